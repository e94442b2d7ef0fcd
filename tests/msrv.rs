//! The minimum supported Rust version (README, "Minimum supported Rust version"). A user on that
//! version compiles the library crates and every dependency they pull in, so each must declare a
//! `rust-version` no newer. No toolchain that old is installed where the tests run: this checks
//! what cargo records, and clippy's `incompatible_msrv` (CI's clippy step) checks the std APIs
//! the code calls against the same `rust-version`.

use serde_json::Value;
use std::process::Command;

/// The crates users build: the facade and the two crates it re-exports.
const LIBRARY_CRATES: [&str; 3] = ["thread-safe", "thread-safe-core", "thread-safe-macros"];
/// `#[diagnostic::on_unimplemented]` needs 1.78.
const MSRV: (u64, u64) = (1, 78);

#[test]
fn library_crates_and_their_dependencies_support_the_msrv() {
    let metadata = metadata();
    let mut stack: Vec<String> =
        LIBRARY_CRATES.iter().map(|name| package_id(&metadata, name)).collect();
    let mut seen = Vec::new();
    while let Some(id) = stack.pop() {
        if seen.contains(&id) {
            continue;
        }
        let package = package(&metadata, &id);
        let declared = package["rust_version"].as_str().map(version);
        assert!(
            declared.is_some_and(|declared| declared <= MSRV),
            "{} {} declares rust-version {}; the library crates promise Rust {}.{}",
            package["name"].as_str().unwrap_or_default(),
            package["version"].as_str().unwrap_or_default(),
            package["rust_version"].as_str().unwrap_or("(none)"),
            MSRV.0,
            MSRV.1
        );
        stack.extend(built_dependencies(&metadata, &id));
        seen.push(id);
    }
    assert!(
        seen.len() > LIBRARY_CRATES.len(),
        "syn, quote and proc-macro2 are among them: {seen:?}"
    );
}

#[test]
fn library_crates_declare_exactly_the_msrv() {
    let metadata = metadata();
    for name in LIBRARY_CRATES {
        let package = package(&metadata, &package_id(&metadata, name));
        assert_eq!(package["rust_version"].as_str().map(version), Some(MSRV), "{name}");
    }
}

#[test]
fn every_workspace_member_declares_a_rust_version() {
    let metadata = metadata();
    for id in metadata["workspace_members"].as_array().expect("members") {
        let package = package(&metadata, id.as_str().expect("id"));
        assert!(package["rust_version"].is_string(), "{} sets no rust-version", package["name"]);
    }
}

fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON")
}

fn package_id(metadata: &Value, name: &str) -> String {
    let packages = metadata["packages"].as_array().expect("packages");
    let package = packages
        .iter()
        .find(|p| p["name"] == name && p["source"].is_null())
        .expect("a workspace package");
    package["id"].as_str().expect("id").to_owned()
}

fn package<'a>(metadata: &'a Value, id: &str) -> &'a Value {
    let packages = metadata["packages"].as_array().expect("packages");
    packages.iter().find(|p| p["id"] == id).expect("every resolved id is a package")
}

/// The normal and build dependencies of `id` as resolved in Cargo.lock (dev-dependencies are not
/// built by users).
fn built_dependencies(metadata: &Value, id: &str) -> Vec<String> {
    let nodes = metadata["resolve"]["nodes"].as_array().expect("resolve");
    let node = nodes.iter().find(|n| n["id"] == id).expect("every package is resolved");
    node["deps"]
        .as_array()
        .expect("deps")
        .iter()
        .filter(|dep| {
            dep["dep_kinds"]
                .as_array()
                .is_some_and(|kinds| kinds.iter().any(|k| k["kind"] != "dev"))
        })
        .map(|dep| dep["pkg"].as_str().expect("pkg").to_owned())
        .collect()
}

/// `"1.71"` or `"1.71.0"` as (major, minor).
fn version(text: &str) -> (u64, u64) {
    let mut parts =
        text.split('.').map(|part| part.parse::<u64>().expect("a numeric rust-version"));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}
