// The expansion works inside a `#![no_implicit_prelude]` module.
#[no_implicit_prelude]
mod inner {
    use ::thread_safe::thread_safe;

    #[thread_safe]
    pub struct Checked {
        value: ::std::vec::Vec<u8>,
        shared: ::std::sync::Arc<::std::sync::Mutex<u8>>,
    }

    #[thread_safe(reason = "the pointer is uniquely owned and freed in Drop, never aliased")]
    pub struct Vouched<T> {
        #[thread_safe(unchecked)]
        ptr: *mut T,
    }
}

fn main() {}
