//! Mounts every module of `macros/src` at this crate's root, as `macros/src/lib.rs` declares them,
//! so that the harness follows the macro crate when it gains or loses a module.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let src = Path::new(&manifest_dir).join("../../../macros/src");
    let lib = src.join("lib.rs");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = std::fs::read_to_string(&lib).expect("macros/src/lib.rs is readable");
    let mut mounts = String::new();
    let mut test_only = false;
    for line in text.lines() {
        // Test modules need the macro crate's dev-dependencies; the pipeline does not use them.
        let after_cfg_test = std::mem::replace(&mut test_only, line.trim() == "#[cfg(test)]");
        let Some(name) = module_name(line).filter(|_| !after_cfg_test) else { continue };
        let file = src.join(format!("{name}.rs"));
        let file = if file.exists() { file } else { src.join(name).join("mod.rs") };
        let file = file.canonicalize().expect("each module of macros/src has a file");
        // The macro crate's own clippy run lints this code; here it would only be linted twice.
        writeln!(
            mounts,
            "#[allow(clippy::all, clippy::pedantic)]\n#[path = {:?}]\nmod {name};",
            file.display().to_string()
        )
        .unwrap();
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("pipeline.rs");
    std::fs::write(out, mounts).expect("OUT_DIR is writable");
}

/// `mod args;` (or `pub(crate) mod args;`) declared at the start of a line of lib.rs.
fn module_name(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let line =
        line.strip_prefix("pub(crate) ").or_else(|| line.strip_prefix("pub ")).unwrap_or(line);
    let name = line.strip_prefix("mod ")?.strip_suffix(';')?.trim();
    name.chars().all(|c| c.is_alphanumeric() || c == '_').then_some(name)
}
