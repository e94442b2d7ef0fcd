//! The command line: cargo's subcommand word, `--deny`, errors.

use crate::common::{fixture, run, stdout};

fn audit(args: &[&str]) -> std::process::Output {
    let path = fixture("arc");
    let mut all = vec!["audit", path.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all, &[])
}

#[test]
fn accepts_the_subcommand_word_cargo_passes() {
    let path = fixture("arc");
    let via_cargo = run(&["thread-safe", "audit", path.to_str().unwrap(), "--format", "json"], &[]);
    let direct = run(&["audit", path.to_str().unwrap(), "--format", "json"], &[]);
    assert!(via_cargo.status.success());
    assert_eq!(stdout(&via_cargo), stdout(&direct));
}

#[test]
fn audits_the_current_directory_by_default() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cargo-thread-safe"))
        .args(["audit", "--format", "json"])
        .current_dir(fixture("impls"))
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(stdout(&output).contains("\"Send for Bare\""));
}

#[test]
fn deny_exits_1_only_for_the_denied_rules() {
    assert_eq!(audit(&[]).status.code(), Some(0));
    assert_eq!(audit(&["--deny", "arc-not-send-sync"]).status.code(), Some(1));
    assert_eq!(audit(&["--deny", "unbounded-generic-impl"]).status.code(), Some(0));
    assert_eq!(
        audit(&["--deny", "unbounded-generic-impl", "--deny", "manual-unsafe-impl"]).status.code(),
        Some(1)
    );
    assert_eq!(audit(&["--deny", "all"]).status.code(), Some(1));
}

#[test]
fn an_unknown_rule_is_a_usage_error_that_lists_the_rules() {
    let output = audit(&["--deny", "arc"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown rule `arc`") && stderr.contains("arc-not-send-sync"),
        "{stderr}"
    );
}

#[test]
fn a_missing_path_is_an_error() {
    let output = run(&["audit", "/nonexistent/thread-safe-audit"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("error:"));
}

#[test]
fn a_single_file_can_be_audited() {
    let path = fixture("arc").join("src/nested.rs");
    let output = run(&["audit", path.to_str().unwrap(), "--format", "json"], &[]);
    assert!(stdout(&output).contains("\"file\": \"nested.rs\""), "{}", stdout(&output));
}

#[test]
fn the_help_lists_every_rule_id() {
    let help = stdout(&run(&["audit", "--help"], &[]));
    for id in [
        "arc-not-send-sync",
        "unbounded-generic-impl",
        "undocumented-unsafe-impl",
        "manual-unsafe-impl",
        "parse-error",
    ] {
        assert!(help.contains(id), "{help}");
    }
}
