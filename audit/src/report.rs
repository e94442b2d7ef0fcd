//! The result of an audit, shared by every output format.

use crate::finding::{Finding, Rule, Severity};
use crate::model::{Mode, ThreadSafeUse};

#[derive(Debug)]
pub(crate) struct FileEntry {
    pub(crate) path: String,
    pub(crate) source: String,
    /// Parsed, and holds more than `mod`/`use` declarations.
    pub(crate) has_code: bool,
    pub(crate) uses_arc: bool,
    pub(crate) parsed: bool,
}

/// A `#[thread_safe]` already in the code, with where it is.
#[derive(Debug)]
pub(crate) struct Migrated {
    pub(crate) file: usize,
    pub(crate) attribute: ThreadSafeUse,
}

#[derive(Debug)]
pub(crate) struct Report {
    pub(crate) files: Vec<FileEntry>,
    /// Sorted by file, line, column and rule.
    pub(crate) findings: Vec<Finding>,
    pub(crate) migrated: Vec<Migrated>,
}

/// The progress figures every format shows.
#[derive(Debug, Default)]
pub(crate) struct Figures {
    pub(crate) files_scanned: usize,
    pub(crate) files_total: usize,
    pub(crate) files_unparsed: usize,
    pub(crate) files_using_arc: usize,
    pub(crate) files_clean: usize,
    pub(crate) lines: usize,
    pub(crate) unsafe_impls: usize,
    pub(crate) unsafe_impls_justified: usize,
    pub(crate) thread_safe_uses: usize,
}

impl Report {
    pub(crate) fn count(&self, rule: Rule) -> usize {
        self.findings.iter().filter(|finding| finding.rule == rule).count()
    }

    pub(crate) fn count_severity(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|finding| finding.rule.severity() == severity).count()
    }

    /// A file is clean when it has no error or warning (notes are inventory).
    pub(crate) fn is_clean(&self, file: usize) -> bool {
        !self.findings.iter().any(|f| f.file == file && f.rule.severity() != Severity::Note)
    }

    pub(crate) fn figures(&self) -> Figures {
        let audited = || self.files.iter().enumerate().filter(|(_, file)| file.has_code);
        let unsafe_impls = self.count(Rule::ManualUnsafeImpl);
        Figures {
            files_scanned: self.files.len(),
            files_total: audited().count(),
            files_unparsed: self.files.iter().filter(|file| !file.parsed).count(),
            files_using_arc: audited().filter(|(_, file)| file.uses_arc).count(),
            files_clean: audited().filter(|(index, _)| self.is_clean(*index)).count(),
            lines: self.files.iter().map(|file| file.source.lines().count()).sum(),
            unsafe_impls,
            unsafe_impls_justified: unsafe_impls - self.count(Rule::UndocumentedUnsafeImpl),
            thread_safe_uses: self.migrated.len(),
        }
    }
}

pub(crate) fn mode_text(mode: Option<&Mode>) -> String {
    match mode {
        None => "not named".to_owned(),
        Some(Mode::Checked) => "checked".to_owned(),
        Some(Mode::Vouched(reason)) => format!("vouched: \"{reason}\""),
    }
}
