//! `--format markdown`: an audit report to commit or paste into an issue, with a per-file
//! checklist, the findings grouped by severity and the progress figures.

use std::io::{self, Write};
use std::path::Path;

use crate::finding::{Rule, Severity};
use crate::report::{mode_text, Report};

pub(crate) fn render(report: &Report, root: &Path, out: &mut dyn Write) -> io::Result<()> {
    let figures = report.figures();
    writeln!(out, "# Thread-safety audit of `{}`\n", root.display())?;
    writeln!(out, "## Progress\n")?;
    writeln!(out, "| figure | value |\n| --- | --- |")?;
    writeln!(
        out,
        "| files audited (with code) | {} of {} scanned |",
        figures.files_total, figures.files_scanned
    )?;
    writeln!(
        out,
        "| files using `Arc` | {} of {} |",
        figures.files_using_arc, figures.files_total
    )?;
    writeln!(
        out,
        "| files without errors or warnings | {} of {} |",
        figures.files_clean, figures.files_total
    )?;
    writeln!(
        out,
        "| hand-written unsafe impls justified | {} of {} |",
        figures.unsafe_impls_justified, figures.unsafe_impls
    )?;
    writeln!(out, "| types using `#[thread_safe]` | {} |", figures.thread_safe_uses)?;
    if figures.files_unparsed > 0 {
        writeln!(out, "| files skipped (do not parse) | {} |", figures.files_unparsed)?;
    }
    writeln!(out, "\n| rule | severity | findings |\n| --- | --- | --- |")?;
    for rule in Rule::ALL {
        writeln!(out, "| `{}` | {} | {} |", rule.id(), rule.severity().name(), report.count(rule))?;
    }

    findings(report, out)?;
    files(report, out)?;
    inventory(report, out)
}

fn findings(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\n## Findings")?;
    for (severity, heading) in
        [(Severity::Error, "Errors"), (Severity::Warning, "Warnings"), (Severity::Note, "Notes")]
    {
        let findings: Vec<_> =
            report.findings.iter().filter(|f| f.rule.severity() == severity).collect();
        writeln!(out, "\n### {heading} ({})\n", findings.len())?;
        if findings.is_empty() {
            writeln!(out, "None.")?;
        }
        for finding in findings {
            writeln!(
                out,
                "- [ ] `{}:{}:{}` **{}** `{}`: {}",
                report.files[finding.file].path,
                finding.loc.line,
                finding.loc.column,
                finding.rule.id(),
                finding.subject,
                escape(&finding.message),
            )?;
        }
    }

    Ok(())
}

/// The per-file checklist.
fn files(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\n## Files\n")?;
    writeln!(
        out,
        "A file is ticked when it has no error or warning; notes are the migration inventory.\n"
    )?;
    for (index, file) in report.files.iter().enumerate() {
        if !file.has_code && file.parsed {
            continue;
        }
        let count = |severity| {
            report
                .findings
                .iter()
                .filter(|f| f.file == index && f.rule.severity() == severity)
                .count()
        };
        let (errors, warnings, notes) =
            (count(Severity::Error), count(Severity::Warning), count(Severity::Note));
        let tick = if report.is_clean(index) { "x" } else { " " };
        let mut detail = Vec::new();
        for (n, what) in [(errors, "error"), (warnings, "warning"), (notes, "note")] {
            if n > 0 {
                detail.push(format!("{n} {what}{}", if n == 1 { "" } else { "s" }));
            }
        }
        let detail =
            if detail.is_empty() { String::new() } else { format!(": {}", detail.join(", ")) };
        writeln!(out, "- [{tick}] `{}`{detail}", file.path)?;
    }

    Ok(())
}

fn inventory(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\n## `#[thread_safe]` in use\n")?;
    if report.migrated.is_empty() {
        writeln!(out, "None yet.")?;
        return Ok(());
    }
    writeln!(
        out,
        "| type | where | Send | Sync | unchecked fields |\n| --- | --- | --- | --- | --- |"
    )?;
    for migrated in &report.migrated {
        let attribute = &migrated.attribute;
        writeln!(
            out,
            "| `{}` | `{}:{}` | {} | {} | {} |",
            attribute.subject,
            report.files[migrated.file].path,
            attribute.loc.line,
            escape(&mode_text(attribute.send.as_ref())),
            escape(&mode_text(attribute.sync.as_ref())),
            attribute.unchecked_fields.join(", "),
        )?;
    }
    Ok(())
}

/// Keeps a message on its table row or list item.
fn escape(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
