//! The pipeline: discover files, parse them in parallel, then run the rules crate by crate.

use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use rayon::prelude::*;

use crate::discover::{self, SourceFile};
use crate::engine::check::Checker;
use crate::engine::index::CrateIndex;
use crate::finding::{Finding, Rule};
use crate::model::{FileModel, Loc};
use crate::report::{FileEntry, Migrated, Report};
use crate::rules;
use crate::syntax::{self, ParseFailure};

struct Parsed {
    source: SourceFile,
    text: String,
    model: Result<FileModel, ParseFailure>,
}

/// Audits every Rust file under `root`; `on_start` learns the file count, `on_file` is called
/// once per parsed file (from several threads).
pub(crate) fn audit(
    root: &Path,
    on_start: impl FnOnce(usize),
    on_file: &(dyn Fn() + Sync),
) -> Result<Report, String> {
    let sources = discover::discover(root)?;
    on_start(sources.len());
    let parsed: Vec<Parsed> = sources
        .into_par_iter()
        .map(|source| {
            let parsed = parse_one(source);
            on_file();
            parsed
        })
        .collect();

    // One index for the whole tree: each crate's modules sit under its own root segment, so
    // crates of a workspace resolve each other's types by name.
    let mut findings = audit_files(&parsed);

    let mut migrated = Vec::new();
    for (index, file) in parsed.iter().enumerate() {
        match &file.model {
            Ok(model) => migrated.extend(
                model
                    .types
                    .iter()
                    .filter_map(|decl| decl.attribute.clone())
                    .map(|attribute| Migrated { file: index, attribute }),
            ),
            Err(failure) => findings.push(parse_failure(index, &file.source, failure)),
        }
    }
    findings.sort_by_key(|f| (f.file, f.loc.line, f.loc.column, f.rule));
    let files = parsed
        .into_iter()
        .map(|file| {
            let (has_code, uses_arc) = file
                .model
                .as_ref()
                .map_or((false, false), |model| (model.has_code, model.mentions_arc));
            FileEntry {
                path: file.source.display,
                source: file.text,
                has_code,
                uses_arc,
                parsed: file.model.is_ok(),
            }
        })
        .collect();
    Ok(Report { files, findings, migrated })
}

fn audit_files(parsed: &[Parsed]) -> Vec<Finding> {
    let models: Vec<_> = parsed
        .iter()
        .filter_map(|file| file.model.as_ref().ok().map(|model| (&file.source.module, model)))
        .collect();
    let index = CrateIndex::build(&models);
    let mut arcs = Checker::new(&index, true);
    let mut impls = Checker::new(&index, false);
    let mut findings = Vec::new();
    for (file, parsed_file) in parsed.iter().enumerate() {
        let Ok(model) = &parsed_file.model else { continue };
        findings.extend(rules::arc::findings(&mut arcs, file, model));
        findings.extend(rules::unsafe_impl::findings(&mut impls, file, model));
    }
    findings
}

fn parse_one(source: SourceFile) -> Parsed {
    let text = match std::fs::read(&source.path) {
        Ok(bytes) => String::from_utf8(bytes),
        Err(error) => {
            let model = Err(ParseFailure {
                message: format!("cannot read it: {error}"),
                loc: Loc::default(),
            });
            return Parsed { source, text: String::new(), model };
        }
    };
    let Ok(text) = text else {
        let model =
            Err(ParseFailure { message: "it is not UTF-8".to_owned(), loc: Loc::default() });
        return Parsed { source, text: String::new(), model };
    };
    let module = source.module.clone();
    let model = panic::catch_unwind(AssertUnwindSafe(|| syntax::parse(&text, module)))
        .unwrap_or_else(|_| {
            proc_macro2::extra::invalidate_current_thread_spans();
            Err(ParseFailure {
                message: "the audit failed on it (a bug: please report it)".to_owned(),
                loc: Loc::default(),
            })
        });
    Parsed { source, text, model }
}

fn parse_failure(file: usize, source: &SourceFile, failure: &ParseFailure) -> Finding {
    let loc = if failure.loc.line == 0 {
        Loc { line: 1, column: 1, start: 0, end: 0 }
    } else {
        failure.loc
    };
    Finding {
        rule: Rule::ParseError,
        file,
        loc,
        subject: source.display.clone(),
        title: format!("`{}` was skipped: {}", source.display, failure.message),
        message: format!(
            "`{}` does not parse ({}); it was skipped and the audit went on",
            source.display, failure.message
        ),
        label: failure.message.clone(),
        help: Some("fix the syntax error (`cargo check` shows it), then audit again".to_owned()),
    }
}
