//! The output formats: JSON and SARIF by structure, markdown and human by content.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::{fixture, run, stdout};

fn output(format: &str, env: &[(&str, &str)]) -> String {
    let path = fixture("arc");
    let result = run(&["audit", path.to_str().unwrap(), "--format", format], env);
    assert!(result.status.success());
    stdout(&result)
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value.as_object().expect("an object").keys().map(String::as_str).collect()
}

#[test]
fn json_is_one_object_with_findings_and_summary() {
    let report: Value = serde_json::from_str(&output("json", &[])).unwrap();
    assert_eq!(keys(&report), BTreeSet::from(["findings", "summary"]));
    let finding_keys = BTreeSet::from([
        "rule",
        "severity",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "subject",
        "title",
        "message",
        "help",
    ]);
    let findings = report["findings"].as_array().unwrap();
    for finding in findings {
        assert_eq!(keys(finding), finding_keys);
        assert!(finding["line"].as_u64().unwrap() >= 1 && finding["column"].as_u64().unwrap() >= 1);
        assert!(finding["end_line"].as_u64() >= finding["line"].as_u64());
        assert!(["error", "warning", "note"].contains(&finding["severity"].as_str().unwrap()));
    }
    let summary = &report["summary"];
    for key in
        ["files_scanned", "files_total", "files_using_arc", "files_clean", "lines", "findings"]
    {
        assert!(summary[key].is_u64(), "summary.{key}");
    }
    let by_rule: u64 =
        summary["by_rule"].as_object().unwrap().values().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(by_rule, findings.len() as u64);
    assert_eq!(summary["files_scanned"], 8);
    assert_eq!(summary["files_total"], 7, "lib.rs only declares modules");
}

#[test]
fn sarif_follows_the_2_1_0_structure() {
    let sarif: Value = serde_json::from_str(&output("sarif", &[])).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(sarif["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &sarif["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "cargo-thread-safe");
    let rules: Vec<&str> =
        driver["rules"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(rules.iter().collect::<BTreeSet<_>>().len(), rules.len(), "rule ids are unique");
    assert!(run["originalUriBaseIds"]["SRCROOT"]["uri"].as_str().unwrap().ends_with('/'));
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for result in results {
        let index = usize::try_from(result["ruleIndex"].as_u64().unwrap()).unwrap();
        assert_eq!(result["ruleId"], rules[index]);
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap()));
        assert!(!result["message"]["text"].as_str().unwrap().is_empty());
        let location = &result["locations"][0]["physicalLocation"];
        assert!(location["artifactLocation"]["uri"].as_str().unwrap().starts_with("src/"));
        assert_eq!(location["artifactLocation"]["uriBaseId"], "SRCROOT");
        let region = &location["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        assert!(region["startColumn"].as_u64().unwrap() >= 1);
        assert!(region["endLine"].as_u64() >= region["startLine"].as_u64());
        assert!(result["partialFingerprints"].as_object().is_some_and(|f| !f.is_empty()));
    }
}

#[test]
fn markdown_has_the_checklist_severity_groups_and_figures() {
    let markdown = output("markdown", &[]);
    assert!(markdown.starts_with("# Thread-safety audit of "));
    for heading in [
        "## Progress",
        "### Errors (",
        "### Warnings (",
        "### Notes (",
        "## Files",
        "## `#[thread_safe]` in use",
    ] {
        assert!(markdown.contains(heading), "missing {heading}");
    }
    assert!(markdown.contains("| files using `Arc` | 7 of 7 |"), "{markdown}");
    assert!(markdown.contains("| `arc-not-send-sync` | error | 25 |"), "{markdown}");
    assert!(markdown.contains("- [ ] `src/shapes.rs`: 12 errors"), "{markdown}");
    assert!(
        markdown.contains("- [ ] `src/aliases.rs:5:23` **arc-not-send-sync** `RefCell<u8>`"),
        "{markdown}"
    );
    assert!(markdown.contains("| `Vouched` | `src/covered.rs:17` |"), "{markdown}");
}

#[test]
fn human_output_shows_rustc_style_snippets_and_the_summary() {
    let human = output("human", &[]);
    assert!(
        human.contains("error[arc-not-send-sync]: `Arc` of `RefCell<u32>`, which is not Sync"),
        "{human}"
    );
    assert!(human.contains("src/shapes.rs:22:12"), "{human}");
    assert!(human.contains("cells: Arc<RefCell<u32>>,"), "{human}");
    assert!(human.contains("^^^^^^^^^^^^^^^^^ `RefCell<u32>` is not Sync"), "{human}");
    assert!(human.contains("audited 7 files with code"), "{human}");
    assert!(!human.contains('\u{1b}'), "no colour when stdout is not a terminal");
}

#[test]
fn colour_follows_cargo_term_color_and_no_color_wins() {
    assert!(output("human", &[("CARGO_TERM_COLOR", "always")]).contains('\u{1b}'));
    assert!(
        !output("human", &[("CARGO_TERM_COLOR", "always"), ("NO_COLOR", "1")]).contains('\u{1b}')
    );
}
