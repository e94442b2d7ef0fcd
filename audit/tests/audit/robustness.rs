//! Files that do not parse are reported and skipped; no input makes the audit panic; ignored
//! files are not audited.

use std::fmt::Write as _;

use crate::common::{audit_json, expected, findings, fixture, run, TempTree};

#[test]
fn a_file_that_does_not_parse_is_reported_and_the_audit_goes_on() {
    let report = audit_json(&fixture("broken"));
    let mut want = expected("parse-error", &[("src/bad.rs", "src/bad.rs")]);
    want.extend(expected("arc-not-send-sync", &[("src/good.rs", "Rc<u8>")]));
    assert_eq!(findings(&report, None), want);
    assert_eq!(report["summary"]["files_unparsed"], 1);
}

#[test]
fn gitignored_files_are_skipped() {
    let tree = TempTree::new(
        "ignored",
        &[
            (".gitignore", b"generated/\n"),
            ("src/lib.rs", b"pub struct Fine;\n"),
            ("generated/bad.rs", b"pub struct X { a: std::sync::Arc<std::rc::Rc<u8>> }\n"),
        ],
    );
    let report = audit_json(&tree.0);
    assert_eq!(report["summary"]["files_scanned"], 1);
    assert!(findings(&report, None).is_empty());
}

#[test]
fn hostile_inputs_do_not_panic() {
    let deep_type = format!(
        "pub struct D {{ a: {}u8{} }}",
        "std::sync::Arc<Vec<".repeat(300),
        ">>".repeat(300)
    );
    let deep_expr = format!("pub fn f() -> u8 {{ {}1{} }}", "(".repeat(3000), ")".repeat(3000));
    let cyclic = "pub type A = B; pub type B = A; pub struct S { x: std::sync::Arc<A> }\n\
                  use self::C as D; use self::D as C; pub struct T { y: std::sync::Arc<C> }";
    let tree = TempTree::new(
        "hostile",
        &[
            ("src/empty.rs", b""),
            ("src/latin1.rs", b"pub struct \xe9;\n"),
            ("src/deep_type.rs", deep_type.as_bytes()),
            ("src/deep_expr.rs", deep_expr.as_bytes()),
            ("src/cyclic.rs", cyclic.as_bytes()),
            ("src/garbage.rs", b"}}}{{{ unsafe impl<> Send for {} #[thread_safe(= = ,)] struct"),
            ("src/attr.rs", b"#[thread_safe(send = 1, sync(\"x\"), reason)] pub struct Odd(u8);\n"),
        ],
    );
    for format in ["human", "json", "sarif", "markdown"] {
        let output = run(&["audit", tree.0.to_str().unwrap(), "--format", format], &[]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{format}: {stderr}");
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
    }
    let output = run(&["audit", tree.0.to_str().unwrap(), "--format", "json"], &[]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["summary"]["files_unparsed"], 2, "latin1.rs and garbage.rs");
    // Alone, a file is parsed by the thread that runs the audit: it must have the large stack too.
    let alone = tree.0.join("src/deep_expr.rs");
    let output = run(&["audit", alone.to_str().unwrap(), "--format", "json"], &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn modules_that_glob_import_each_other_resolve_quickly_enough_to_finish() {
    // Bindings crates re-export every module into every other; naive resolution of a name that
    // none of them defines explores all paths through the globs, exponentially.
    let modules = 24;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut lib = String::new();
    for i in 0..modules {
        let _ = write!(lib, "pub mod m{i};\npub use m{i}::*;\n");
        let mut module = String::from("pub use crate::*;\n");
        for j in 0..modules {
            let _ = writeln!(module, "pub use super::m{j}::*;");
        }
        let _ = writeln!(
            module,
            "pub struct S{i} {{ a: std::sync::Arc<Missing{i}>, b: Vec<Unknown> }}"
        );
        files.push((format!("src/m{i}.rs"), module.into_bytes()));
    }
    files.push(("src/lib.rs".to_owned(), lib.into_bytes()));
    let borrowed: Vec<(&str, &[u8])> =
        files.iter().map(|(path, text)| (path.as_str(), text.as_slice())).collect();
    let tree = TempTree::new("globs", &borrowed);
    let report = audit_json(&tree.0);
    assert_eq!(report["summary"]["files_total"], modules);
    assert!(findings(&report, None).is_empty());
}

#[test]
fn each_crate_of_a_workspace_resolves_its_own_types() {
    let tree = TempTree::new(
        "workspace",
        &[
            ("Cargo.toml", b"[workspace]\nmembers = [\"a\", \"b\"]\n"),
            ("a/Cargo.toml", b"[package]\nname = \"a\"\n"),
            (
                "a/src/lib.rs",
                b"mod config;\npub struct App { c: std::sync::Arc<config::Config> }\n",
            ),
            ("a/src/config.rs", b"pub struct Config { hits: std::cell::Cell<u8> }\n"),
            ("b/Cargo.toml", b"[package]\nname = \"b\"\n"),
            (
                "b/src/lib.rs",
                b"mod config;\npub struct App { c: std::sync::Arc<config::Config> }\n",
            ),
            ("b/src/config.rs", b"pub struct Config { hits: std::sync::atomic::AtomicU8 }\n"),
        ],
    );
    let report = audit_json(&tree.0);
    assert_eq!(
        findings(&report, None),
        expected("arc-not-send-sync", &[("a/src/lib.rs", "config::Config")])
    );
}

#[test]
fn a_crate_sees_the_types_of_another_crate_of_the_workspace() {
    let tree = TempTree::new(
        "cross-crate",
        &[
            ("Cargo.toml", b"[workspace]\nmembers = [\"app\", \"shared-state\"]\n"),
            ("app/Cargo.toml", b"[package]\nname = \"app\"\n"),
            (
                "app/src/main.rs",
                b"use shared_state::Counter;\nstruct App { a: std::sync::Arc<Counter>, b: std::sync::Arc<shared_state::Fine> }\nfn main() {}\n",
            ),
            ("shared-state/Cargo.toml", b"[package]\nname = \"shared-state\"\n"),
            (
                "shared-state/src/lib.rs",
                b"pub struct Counter { pub hits: std::cell::Cell<u64> }\npub struct Fine { pub hits: u64 }\n",
            ),
        ],
    );
    let report = audit_json(&tree.0);
    assert_eq!(
        findings(&report, None),
        expected("arc-not-send-sync", &[("app/src/main.rs", "Counter")])
    );
}
