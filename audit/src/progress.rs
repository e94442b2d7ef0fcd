//! A progress bar on stderr, only for large trees and only when stderr is a terminal.

use std::io::IsTerminal;
use std::sync::OnceLock;

use indicatif::{ProgressBar, ProgressStyle};

/// Below this many files the audit finishes before a bar would be worth drawing.
const MIN_FILES: usize = 500;

#[derive(Default)]
pub(crate) struct Progress {
    bar: OnceLock<ProgressBar>,
}

impl Progress {
    pub(crate) fn start(&self, files: usize) {
        if files < MIN_FILES || !std::io::stderr().is_terminal() {
            return;
        }
        let bar = ProgressBar::new(files as u64);
        if let Ok(style) =
            ProgressStyle::with_template("parsing {bar:40} {pos}/{len} files, {eta} left")
        {
            bar.set_style(style);
        }
        let _ = self.bar.set(bar);
    }

    pub(crate) fn tick(&self) {
        if let Some(bar) = self.bar.get() {
            bar.inc(1);
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}
