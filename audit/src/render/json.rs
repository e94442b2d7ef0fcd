//! `--format json`: one object, `{"findings": [...], "summary": {...}}` (schema in the README).

use std::io::{self, Write};
use std::path::Path;

use serde_json::{json, Map, Value};

use crate::finding::{Rule, Severity};
use crate::model::Mode;
use crate::report::Report;

pub(crate) fn render(report: &Report, root: &Path, out: &mut dyn Write) -> io::Result<()> {
    let value = to_value(report, root);
    serde_json::to_writer_pretty(&mut *out, &value)?;
    writeln!(out)
}

pub(crate) fn to_value(report: &Report, root: &Path) -> Value {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|finding| {
            let (end_line, end_column) = super::end_position(report, finding);
            json!({
                "rule": finding.rule.id(),
                "severity": finding.rule.severity().name(),
                "file": report.files[finding.file].path,
                "line": finding.loc.line,
                "column": finding.loc.column,
                "end_line": end_line,
                "end_column": end_column,
                "subject": finding.subject,
                "title": finding.title,
                "message": finding.message,
                "help": finding.help,
            })
        })
        .collect();
    let figures = report.figures();
    let by_rule: Map<String, Value> =
        Rule::ALL.iter().map(|rule| (rule.id().to_owned(), json!(report.count(*rule)))).collect();
    let by_severity: Map<String, Value> = [Severity::Error, Severity::Warning, Severity::Note]
        .iter()
        .map(|severity| (severity.name().to_owned(), json!(report.count_severity(*severity))))
        .collect();
    let thread_safe_uses: Vec<Value> = report
        .migrated
        .iter()
        .map(|migrated| {
            let attribute = &migrated.attribute;
            json!({
                "file": report.files[migrated.file].path,
                "line": attribute.loc.line,
                "column": attribute.loc.column,
                "subject": attribute.subject,
                "send": mode(attribute.send.as_ref()),
                "sync": mode(attribute.sync.as_ref()),
                "unchecked_fields": attribute.unchecked_fields,
            })
        })
        .collect();
    json!({
        "findings": findings,
        "summary": {
            "root": root.display().to_string(),
            "files_scanned": figures.files_scanned,
            "files_total": figures.files_total,
            "files_unparsed": figures.files_unparsed,
            "files_using_arc": figures.files_using_arc,
            "files_clean": figures.files_clean,
            "lines": figures.lines,
            "findings": report.findings.len(),
            "by_rule": by_rule,
            "by_severity": by_severity,
            "unsafe_impls": {
                "total": figures.unsafe_impls,
                "justified": figures.unsafe_impls_justified,
                "undocumented": report.count(Rule::UndocumentedUnsafeImpl),
                "unbounded": report.count(Rule::UnboundedGenericImpl),
            },
            "thread_safe_uses": thread_safe_uses,
        },
    })
}

fn mode(mode: Option<&Mode>) -> Value {
    match mode {
        None => Value::Null,
        Some(Mode::Checked) => json!({ "mode": "checked" }),
        Some(Mode::Vouched(reason)) => json!({ "mode": "vouched", "reason": reason }),
    }
}
