//! The default output: rustc-style snippets, then the progress figures.

use std::io::{self, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as Level};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::termcolor::{Ansi, ColorChoice, NoColor, WriteColor};
use codespan_reporting::term::{self, Config};

use crate::finding::{Finding, Rule, Severity};
use crate::report::{mode_text, Report};

pub(crate) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    if use_color() {
        render_to(report, &mut Ansi::new(out))
    } else {
        render_to(report, &mut NoColor::new(out))
    }
}

/// `NO_COLOR` (any non-empty value) wins, then `CARGO_TERM_COLOR`, then whether stdout is a terminal.
fn use_color() -> bool {
    if std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty()) {
        return false;
    }
    let choice = match std::env::var("CARGO_TERM_COLOR").as_deref() {
        Ok("always") => ColorChoice::Always,
        Ok("never") => ColorChoice::Never,
        _ => ColorChoice::Auto,
    };
    match choice {
        ColorChoice::Always | ColorChoice::AlwaysAnsi => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::IsTerminal::is_terminal(&std::io::stdout()),
    }
}

fn render_to(report: &Report, out: &mut dyn WriteColor) -> io::Result<()> {
    let mut files = SimpleFiles::new();
    let ids: Vec<usize> = report
        .files
        .iter()
        .map(|file| files.add(file.path.as_str(), file.source.as_str()))
        .collect();
    let config = Config::default();
    for finding in &report.findings {
        let diagnostic = diagnostic(finding, ids[finding.file]);
        term::emit_to_write_style(out, &config, &files, &diagnostic).map_err(io::Error::other)?;
    }
    summary(report, out)
}

fn diagnostic(finding: &Finding, file: usize) -> Diagnostic<usize> {
    let level = match finding.rule.severity() {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Note => Level::Note,
    };
    let mut notes = vec![finding.message.clone()];
    notes.extend(finding.help.as_ref().map(|help| format!("help: {help}")));
    Diagnostic::new(level)
        .with_code(finding.rule.id())
        .with_message(&finding.title)
        .with_labels(vec![Label::primary(
            file,
            finding.loc.start..finding.loc.end.max(finding.loc.start),
        )
        .with_message(&finding.label)])
        .with_notes(notes)
}

fn summary(report: &Report, out: &mut dyn WriteColor) -> io::Result<()> {
    let figures = report.figures();
    writeln!(
        out,
        "audited {} files with code ({} scanned, {} skipped), {} lines: {} use Arc, {} have no error or warning",
        figures.files_total,
        figures.files_scanned,
        figures.files_unparsed,
        figures.lines,
        figures.files_using_arc,
        figures.files_clean,
    )?;
    for rule in Rule::ALL {
        writeln!(out, "{:>6} {} ({})", report.count(rule), rule.id(), rule.severity().name())?;
    }
    writeln!(
        out,
        "hand-written unsafe impls: {} of {} justified by a SAFETY comment",
        figures.unsafe_impls_justified, figures.unsafe_impls
    )?;
    writeln!(out, "#[thread_safe] in use: {}", report.migrated.len())?;
    for migrated in &report.migrated {
        let attribute = &migrated.attribute;
        writeln!(
            out,
            "  {}:{}:{} {} (Send: {}; Sync: {})",
            report.files[migrated.file].path,
            attribute.loc.line,
            attribute.loc.column,
            attribute.subject,
            mode_text(attribute.send.as_ref()),
            mode_text(attribute.sync.as_ref()),
        )?;
    }
    Ok(())
}
