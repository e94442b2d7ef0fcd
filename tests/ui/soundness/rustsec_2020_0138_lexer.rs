// RUSTSEC-2020-0138 (lexer): claiming `ReaderResult<T, E>` is thread-safe when only `T: Send` and
// `E: Send` is refused, because a shared `ReaderResult` hands out `&T` and `&E`.
// Fix: drop the `bound` (the default assumes `T` and `E` are `Send + Sync`) or bound by `Sync`.
use thread_safe::thread_safe;

#[thread_safe(bound = "T: Send, E: Send")]
pub enum ReaderResult<T, E> {
    Some(T),
    Err(E),
    Empty,
}

fn main() {}
