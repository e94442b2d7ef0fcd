//! The `unsafe_code` lint sees a vouch at its reason, and never sees check mode.

#[test]
fn ui_unsafe_code() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/unsafe_code/*.rs");
    cases.pass("tests/ui/unsafe_code/pass/*.rs");
}
