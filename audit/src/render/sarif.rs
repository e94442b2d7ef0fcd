//! `--format sarif`: SARIF 2.1.0 for code-scanning services.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use serde_json::{json, Value};

use crate::finding::{Rule, Severity};
use crate::report::Report;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub(crate) fn render(report: &Report, root: &Path, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_value(report, root))?;
    writeln!(out)
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

pub(crate) fn to_value(report: &Report, root: &Path) -> Value {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id(),
                "shortDescription": { "text": rule.summary() },
                "defaultConfiguration": { "level": level(rule.severity()) },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|finding| {
            let (end_line, end_column) = super::end_position(report, finding);
            let file = &report.files[finding.file].path;
            let rule_index = Rule::ALL.iter().position(|rule| *rule == finding.rule).unwrap_or_default();
            let mut text = finding.message.clone();
            if let Some(help) = &finding.help {
                text.push_str("\nhelp: ");
                text.push_str(help);
            }
            json!({
                "ruleId": finding.rule.id(),
                "ruleIndex": rule_index,
                "level": level(finding.rule.severity()),
                "message": { "text": text },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": file, "uriBaseId": "SRCROOT" },
                        "region": {
                            "startLine": finding.loc.line,
                            "startColumn": finding.loc.column,
                            "endLine": end_line,
                            "endColumn": end_column,
                        },
                    },
                }],
                // Stable when lines move: code-scanning services match results across runs by it.
                "partialFingerprints": {
                    "threadSafeSubject/v1": format!("{}:{}:{}", finding.rule.id(), file, finding.subject),
                },
            })
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "cargo-thread-safe",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": rules,
                },
            },
            "originalUriBaseIds": { "SRCROOT": { "uri": root_uri(root) } },
            "results": results,
        }],
    })
}

/// The audited root as a `file:` URI ending in `/`, as SARIF wants for a base.
fn root_uri(root: &Path) -> String {
    let absolute = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    let mut uri = String::from("file://");
    for component in absolute
        .to_string_lossy()
        .split(['/', '\\'])
        .filter(|part| !part.is_empty() && *part != ".")
    {
        uri.push('/');
        for byte in component.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                uri.push(char::from(byte));
            } else {
                let _ = write!(uri, "%{byte:02X}");
            }
        }
    }
    uri.push('/');
    uri
}
