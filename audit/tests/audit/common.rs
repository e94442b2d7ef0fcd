use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Runs the binary with `args`; colour variables are cleared unless `env` sets them.
pub(crate) fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cargo-thread-safe"));
    command.args(args).env_remove("NO_COLOR").env_remove("CARGO_TERM_COLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("the binary runs")
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

pub(crate) fn audit_json(path: &Path) -> Value {
    let output = run(&["audit", path.to_str().unwrap(), "--format", "json"], &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_str(&stdout(&output)).expect("valid JSON")
}

/// `(rule, file, subject)` of each finding, of `rule` only when given.
pub(crate) fn findings(report: &Value, rule: Option<&str>) -> BTreeSet<(String, String, String)> {
    let all = report["findings"].as_array().expect("findings is an array");
    let found: Vec<(String, String, String)> = all
        .iter()
        .filter(|finding| rule.is_none_or(|rule| finding["rule"] == rule))
        .map(|finding| {
            let text = |key: &str| finding[key].as_str().expect("string field").to_owned();
            (text("rule"), text("file"), text("subject"))
        })
        .collect();
    let unique: BTreeSet<_> = found.iter().cloned().collect();
    assert_eq!(unique.len(), found.len(), "a finding is reported twice: {found:?}");
    unique
}

pub(crate) fn expected(rule: &str, items: &[(&str, &str)]) -> BTreeSet<(String, String, String)> {
    items
        .iter()
        .map(|(file, subject)| (rule.to_owned(), (*file).to_owned(), (*subject).to_owned()))
        .collect()
}

/// A fresh directory under the system temp dir, removed when dropped.
pub(crate) struct TempTree(pub(crate) PathBuf);

impl TempTree {
    pub(crate) fn new(name: &str, files: &[(&str, &[u8])]) -> Self {
        let dir =
            std::env::temp_dir().join(format!("cargo-thread-safe-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, contents) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, contents).unwrap();
        }
        TempTree(dir)
    }
}

impl Drop for TempTree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
