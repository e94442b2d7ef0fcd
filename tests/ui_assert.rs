//! UI tests of the assertion macros: `tests/ui/assert/*.rs` must fail to compile with the
//! reviewed `.stderr` beside each case, `tests/ui/assert/pass/*.rs` must compile and run.
//!
//! The `.stderr` files are rustc 1.95.0's output (pinned by rust-toolchain.toml). Regenerate them
//! with `TRYBUILD=overwrite cargo test --test ui_assert`, then read the diff as a user would.

#[test]
fn ui_assert() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/assert/*.rs");
    cases.pass("tests/ui/assert/pass/*.rs");
}
