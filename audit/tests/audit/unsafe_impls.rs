//! `undocumented-unsafe-impl`, `unbounded-generic-impl` and `manual-unsafe-impl` on
//! tests/fixtures/impls.

use crate::common::{audit_json, expected, findings, fixture};

#[test]
fn undocumented_impls_are_those_without_a_meaningful_safety_comment() {
    let report = audit_json(&fixture("impls"));
    let want = expected(
        "undocumented-unsafe-impl",
        &[
            ("src/comments.rs", "Send for Bare"),
            ("src/comments.rs", "Send for Placeholder"),
            ("src/comments.rs", "Send for Empty"),
            ("src/comments.rs", "Send for OneWord"),
            ("src/comments.rs", "Send for Pair"),
            ("src/comments.rs", "Send for Spaced"),
        ],
    );
    assert_eq!(findings(&report, Some("undocumented-unsafe-impl")), want);
}

#[test]
fn unbounded_generic_impls_lack_the_bound_their_trait_needs() {
    let report = audit_json(&fixture("impls"));
    let want = expected(
        "unbounded-generic-impl",
        &[
            ("src/generics.rs", "Send for NoBound<T>"),
            ("src/generics.rs", "Sync for SyncNoBound<T>"),
            ("src/generics.rs", "Send for TwoParams<A, B>"),
            ("src/generics.rs", "Send for Lends<T>"),
        ],
    );
    assert_eq!(findings(&report, Some("unbounded-generic-impl")), want);
    let lends = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "unbounded-generic-impl" && f["subject"] == "Send for Lends<T>")
        .unwrap()
        .clone();
    let message = lends["message"].as_str().unwrap();
    assert!(message.contains("bounds `T` by `Sync` but not `Send`"), "{message}");
    let two = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["rule"] == "unbounded-generic-impl" && f["subject"] == "Send for TwoParams<A, B>"
        })
        .unwrap()
        .clone();
    let message = two["message"].as_str().unwrap();
    assert!(message.contains("every `B`") && !message.contains("`A`"), "{message}");
}

#[test]
fn every_hand_written_unsafe_impl_is_in_the_inventory_and_negative_impls_are_not() {
    let report = audit_json(&fixture("impls"));
    let manual = findings(&report, Some("manual-unsafe-impl"));
    assert_eq!(manual.len(), 21, "{manual:?}");
    assert!(!manual.iter().any(|(_, _, subject)| subject.contains("Negative")));
    assert_eq!(report["summary"]["unsafe_impls"]["total"], 21);
    assert_eq!(report["summary"]["unsafe_impls"]["justified"], 15);
}

#[test]
fn the_inventory_message_says_what_the_compiler_would_derive_without_the_impl() {
    let report = audit_json(&fixture("impls"));
    let documented = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "manual-unsafe-impl" && f["subject"] == "Send for Documented")
        .unwrap()
        .clone();
    let message = documented["message"].as_str().unwrap();
    assert!(message.contains("justified by its SAFETY comment"), "{message}");
    assert!(
        message.contains("without it, `Documented` is not Send: its field `0` is `*mut u8`"),
        "{message}"
    );
}

#[test]
fn thread_safe_uses_record_each_trait_mode() {
    let report = audit_json(&fixture("impls"));
    let uses = report["summary"]["thread_safe_uses"].as_array().unwrap();
    let migrated = uses.iter().find(|u| u["subject"] == "Migrated").unwrap();
    assert_eq!(migrated["send"]["reason"], "the handle is owned by this value");
    assert_eq!(migrated["sync"]["mode"], "checked");
    assert_eq!(migrated["unchecked_fields"][0], "handle");
    let checked = uses.iter().find(|u| u["subject"] == "Checked").unwrap();
    assert_eq!(checked["send"]["mode"], "checked");
    assert_eq!(checked["sync"]["mode"], "checked");
}
