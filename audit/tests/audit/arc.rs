//! `arc-not-send-sync` on tests/fixtures/arc: every finding, and none of the traps.

use crate::common::{audit_json, expected, findings, fixture};

#[test]
fn reports_exactly_the_unsound_arcs() {
    let report = audit_json(&fixture("arc"));
    let want = expected(
        "arc-not-send-sync",
        &[
            ("src/aliases.rs", "RefCell<u8>"),
            ("src/aliases.rs", "Mutex<Session>"),
            ("src/aliases.rs", "RefCell<u16>"),
            ("src/aliases.rs", "Mutex<std::rc::Rc<u8>>"),
            ("src/covered.rs", "OnlySend"),
            ("src/covered.rs", "Slot<Rc<u8>>"),
            ("src/covered.rs", "Pinned"),
            ("src/generics.rs", "Holder<Rc<u8>>"),
            ("src/generics.rs", "BadNode"),
            ("src/nested.rs", "RefCell<u8>"),
            ("src/renamed.rs", "Cellish<u8>"),
            ("src/renamed.rs", "std::cell::Cell<u8>"),
            ("src/shapes.rs", "RefCell<u32>"),
            ("src/shapes.rs", "Packet"),
            ("src/shapes.rs", "Held<'a>"),
            ("src/shapes.rs", "Mutex<NonNull<u8>>"),
            ("src/shapes.rs", "dyn Any"),
            ("src/shapes.rs", "RwLock<Cell<u8>>"),
            ("src/shapes.rs", "[Cell<u8>]"),
            ("src/shapes.rs", "Rc<u8>"),
            ("src/shapes.rs", "Counter"),
            ("src/shapes.rs", "Mixed"),
            ("src/shapes.rs", "inner::Local"),
            ("src/shapes.rs", "crate::shapes::Counter"),
            ("src/traits.rs", "dyn Plain"),
        ],
    );
    assert_eq!(findings(&report, Some("arc-not-send-sync")), want);
}

fn message_of(subject: &str) -> String {
    let report = audit_json(&fixture("arc"));
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["rule"] == "arc-not-send-sync" && finding["subject"] == subject)
        .unwrap_or_else(|| panic!("no finding for {subject}"))
        .clone();
    finding["message"].as_str().unwrap().to_owned()
}

#[test]
fn the_message_shows_the_chain() {
    let message = message_of("Mutex<Session>");
    assert!(
        message.contains("`Mutex<Session>` is not Send, because `Session` is not Send"),
        "{message}"
    );
    assert!(message.contains("its field `handle` is `Handle`"), "{message}");
    assert!(message.contains("a type alias for `*mut u8`"), "{message}");
    assert!(message.contains("raw pointers are neither Send nor Sync"), "{message}");
}

#[test]
fn a_bound_of_a_hand_written_impl_is_checked_with_the_argument() {
    let message = message_of("Slot<Rc<u8>>");
    assert!(
        message.contains("its `unsafe impl` requires `T: Send`, but `Rc<u8>` is not Send"),
        "{message}"
    );
}

#[test]
fn the_same_inner_type_twice_in_a_file_is_one_finding() {
    let report = audit_json(&fixture("arc"));
    let counters: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["subject"] == "Counter")
        .collect();
    assert_eq!(counters.len(), 1);
    assert_eq!(counters[0]["line"], 41, "the `Arc::new(Counter {{ .. }})` site");
}

#[test]
fn a_type_alias_is_reported_where_it_is_defined() {
    let report = audit_json(&fixture("arc"));
    let alias = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["file"] == "src/aliases.rs" && finding["subject"] == "RefCell<u8>")
        .unwrap()
        .clone();
    assert_eq!(alias["line"], 5);
    assert!(alias["message"].as_str().unwrap().contains("in a type alias"));
}

#[test]
fn a_generic_alias_is_reported_where_its_arguments_make_it_unsound() {
    let report = audit_json(&fixture("arc"));
    let site = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["subject"] == "Mutex<std::rc::Rc<u8>>")
        .unwrap()
        .clone();
    assert_eq!(site["line"], 28);
    let message = site["message"].as_str().unwrap();
    assert!(
        message.contains("through the generic type alias `Locked<std::rc::Rc<u8>>`"),
        "{message}"
    );
}

#[test]
fn the_inventory_lists_thread_safe_uses_with_their_reasons() {
    let report = audit_json(&fixture("arc"));
    let uses = report["summary"]["thread_safe_uses"].as_array().unwrap();
    assert_eq!(uses.len(), 1);
    assert_eq!(uses[0]["subject"], "Vouched");
    assert_eq!(uses[0]["send"]["mode"], "vouched");
    assert_eq!(uses[0]["send"]["reason"], "the pointer is owned by this value and never aliased");
    assert_eq!(uses[0]["unchecked_fields"][0], "ptr");
}

#[test]
fn the_demo_crate_of_the_readme_shows_one_finding_of_each_kind() {
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("demo");
    let report = audit_json(&demo);
    let mut want = expected("arc-not-send-sync", &[("src/cache.rs", "CacheEntry")]);
    want.extend(expected("undocumented-unsafe-impl", &[("src/pool.rs", "Send for LegacyPool")]));
    want.extend(expected("unbounded-generic-impl", &[("src/queue.rs", "Sync for Queue<T>")]));
    want.extend(expected(
        "manual-unsafe-impl",
        &[("src/pool.rs", "Send for LegacyPool"), ("src/queue.rs", "Sync for Queue<T>")],
    ));
    assert_eq!(findings(&report, None), want);
    assert_eq!(report["summary"]["thread_safe_uses"][0]["subject"], "MemoryPool");
}
