//! The Send/Sync advisories listed in `docs/soundness.md`, each modelled as a fail case (the
//! exploit is rejected) and a pass case (sound uses compile and run).

#[test]
fn ui_soundness() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/soundness/*.rs");
    cases.pass("tests/ui/soundness/pass/*.rs");
}
