//! UI tests of `#[thread_safe]`: every fail case's `.stderr` is the message a user reads.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/thread_safe/*.rs");
    t.pass("tests/ui/thread_safe/pass/*.rs");
}
