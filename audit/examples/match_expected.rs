//! Checks a `--format json` report against an `expected.json` of the form
//! `{"findings": [{"rule", "file", "subject"}, ...], "files_using_arc": N, "files_total": N}`:
//! every expected finding must be reported, and nothing else. Used by `.ci/run` on the shared
//! service fixture.
//!
//! ```text
//! cargo run -p cargo-thread-safe --example match_expected -- report.json expected.json
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;

use serde_json::Value;

type Key = (String, String, String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [report, expected] = args.as_slice() else {
        eprintln!("usage: match_expected REPORT.json EXPECTED.json");
        return ExitCode::from(2);
    };
    match compare(report, expected) {
        Ok(problems) if problems.is_empty() => {
            println!("the audit reports exactly the expected findings");
            ExitCode::SUCCESS
        }
        Ok(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            ExitCode::from(1)
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

fn load(path: &str) -> Result<Value, String> {
    let text =
        std::fs::read_to_string(path).map_err(|error| format!("cannot read {path}: {error}"))?;
    serde_json::from_str(&text).map_err(|error| format!("{path} is not JSON: {error}"))
}

/// How many times each `(rule, file, subject)` occurs.
fn counted(findings: &Value) -> Result<BTreeMap<Key, usize>, String> {
    let mut counts = BTreeMap::new();
    for finding in findings.as_array().ok_or("`findings` is not an array")? {
        let field = |name: &str| {
            finding[name]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("a finding has no `{name}`"))
        };
        *counts.entry((field("rule")?, field("file")?, field("subject")?)).or_default() += 1;
    }
    Ok(counts)
}

fn compare(report: &str, expected: &str) -> Result<Vec<String>, String> {
    let report = load(report)?;
    let expected = load(expected)?;
    let got = counted(&report["findings"])?;
    let want = counted(&expected["findings"])?;
    let mut problems = Vec::new();
    for (key, count) in &want {
        let found = got.get(key).copied().unwrap_or(0);
        if found < *count {
            problems.push(format!("missing: {} {} `{}`", key.0, key.1, key.2));
        }
    }
    for (key, count) in &got {
        let allowed = want.get(key).copied().unwrap_or(0);
        if *count > allowed {
            problems
                .push(format!("unexpected: {} {} `{}` ({count} reported)", key.0, key.1, key.2));
        }
    }
    for figure in ["files_using_arc", "files_total"] {
        if !expected[figure].is_null() && expected[figure] != report["summary"][figure] {
            problems.push(format!(
                "summary.{figure} is {}, expected {}",
                report["summary"][figure], expected[figure]
            ));
        }
    }
    Ok(problems)
}
