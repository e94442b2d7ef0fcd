compile_error! {
    "`#[thread_safe]` applies to a struct, enum or union, not to a function; to check that a type used here is thread-safe, use `assert_send_sync!`"
}
fn not_a_type() {}
