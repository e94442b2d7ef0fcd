use std::cell::Cell;

#[thread_safe(send = "the cell is only read and written by the thread that owns the value", sync)]
pub enum State {
    Idle,
    Busy(#[thread_safe(unchecked)] *const Cell<u8>, u32),
    Done { code: i32, #[cfg(feature = "trace")] trace: String },
}
