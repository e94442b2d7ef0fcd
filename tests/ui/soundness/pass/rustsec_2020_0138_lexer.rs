// RUSTSEC-2020-0138 (lexer): checked with the default assumption, a `ReaderResult` of
// thread-safe values is shared between threads, with no unsafe code.
use thread_safe::thread_safe;

#[thread_safe]
pub enum ReaderResult<T, E> {
    Some(T),
    Err(E),
    Empty,
}

fn main() {
    let results =
        [ReaderResult::Some(String::from("token")), ReaderResult::Err(3_u8), ReaderResult::Empty];
    std::thread::scope(|scope| {
        for result in &results {
            scope.spawn(move || match result {
                ReaderResult::Some(token) => token.len(),
                ReaderResult::Err(code) => usize::from(*code),
                ReaderResult::Empty => 0,
            });
        }
    });
}
