//! The output formats.

mod human;
mod json;
mod markdown;
mod sarif;

use std::io::{self, Write};
use std::path::Path;

use crate::cli::Format;
use crate::finding::Finding;
use crate::report::Report;

pub(crate) fn render(
    report: &Report,
    root: &Path,
    format: Format,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human => human::render(report, out),
        Format::Json => json::render(report, root, out),
        Format::Sarif => sarif::render(report, root, out),
        Format::Markdown => markdown::render(report, root, out),
    }
}

/// 1-based line and column (in characters) of the end of a finding's span.
pub(crate) fn end_position(report: &Report, finding: &Finding) -> (usize, usize) {
    let source = &report.files[finding.file].source;
    let end = finding.loc.end.max(finding.loc.start);
    let Some(before) = source.get(..end) else { return (finding.loc.line, finding.loc.column) };
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
    if line < finding.loc.line || (line == finding.loc.line && column < finding.loc.column) {
        (finding.loc.line, finding.loc.column)
    } else {
        (line, column)
    }
}
