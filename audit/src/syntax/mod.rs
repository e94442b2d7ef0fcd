//! From source text to a [`FileModel`]: syn parses, the collector keeps what the rules need.

mod attr;
mod collect;
mod comments;
mod span;
mod ty;

use crate::model::{FileModel, Loc, ModPath};

/// A file that syn could not parse.
#[derive(Debug)]
pub(crate) struct ParseFailure {
    pub(crate) message: String,
    pub(crate) loc: Loc,
}

/// Parses one file whose items live in `module` of their crate.
pub(crate) fn parse(source: &str, module: ModPath) -> Result<FileModel, ParseFailure> {
    let result = match syn::parse_file(source) {
        Ok(file) => Ok(collect::collect(&file, source, module)),
        Err(error) => {
            Err(ParseFailure { message: error.to_string(), loc: span::loc(error.span()) })
        }
    };
    // Every parse adds the file to proc-macro2's per-thread span table; nothing above keeps a
    // span, so dropping the table keeps memory flat (and offsets in range) on large trees.
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}
