//! Positions and source text of syntax nodes (proc-macro2 `span-locations`).

use proc_macro2::Span;

use crate::model::Loc;

pub(crate) fn loc(span: Span) -> Loc {
    let start = span.start();
    let bytes = span.byte_range();
    Loc { line: start.line, column: start.column + 1, start: bytes.start, end: bytes.end }
}

/// The text as written, on one line: runs of whitespace become one space.
pub(crate) fn text(span: Span) -> String {
    // Only call-site spans have no text, and a parsed file has none of those.
    collapse_whitespace(&span.source_text().unwrap_or_default())
}

pub(crate) fn collapse_whitespace(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
