//! The rustdoc of a generated impl: the justification, next to the impl it justifies.

use crate::args::Reason;
use crate::checks::Context;
use crate::plan::Trait;
use std::fmt::Write;

pub(crate) fn impl_doc(
    cx: &Context<'_>,
    trait_: Trait,
    reason: &Reason,
    predicates: &[String],
) -> String {
    let name = trait_.name();
    let mut doc = format!(
        "`{name}` is vouched for by `#[thread_safe]`.\n\n**Reason:** {}\n\n",
        markdown_text(reason.lit.value().trim())
    );
    let unchecked: Vec<String> = cx
        .model
        .fields
        .iter()
        .filter_map(|site| {
            let unchecked = site.unchecked.as_ref()?;
            let note = unchecked
                .note
                .as_ref()
                .map(|note| format!(" ({})", markdown_text(note.value().trim())));
            Some(format!("`{}`{}", site.display_name(), note.unwrap_or_default()))
        })
        .collect();
    let _ =
        write!(doc, "**Unchecked fields** (covered by the reason): {}.\n\n", unchecked.join(", "));
    let checked: Vec<String> = cx
        .model
        .fields
        .iter()
        .filter(|site| site.unchecked.is_none())
        .map(|site| format!("`{}`", site.display_name()))
        .collect();
    if checked.is_empty() {
        doc.push_str("**Checked fields:** none.\n\n");
    } else {
        let _ =
            write!(doc, "**Checked fields** (each must be `{name}`): {}.\n\n", checked.join(", "));
    }
    let origin = trait_.written_bound(cx.args).map_or_else(
        || "default: the generic parameters of the unchecked fields are `Send + Sync`".to_owned(),
        |bound| format!("written as `bound = \"{}\"`", bound.lit.value()),
    );
    if predicates.is_empty() {
        let _ = write!(doc, "**Bounds:** none ({origin}).");
    } else {
        let list: Vec<String> =
            predicates.iter().map(|p| format!("`{}`", p.replace("::core::marker::", ""))).collect();
        let _ = write!(doc, "**Bounds:** {} ({origin}).", list.join(", "));
    }
    doc
}

/// `text` for rustdoc: code spans (between backticks) as written, elsewhere `<`, `>` and `[`
/// escaped, so that "like a Box<T>" does not become an HTML tag nor "[the pool]" a link.
fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for ch in text.chars() {
        match ch {
            '`' => {
                in_code = !in_code;
                out.push(ch);
            }
            '<' if !in_code => out.push_str("&lt;"),
            '>' if !in_code => out.push_str("&gt;"),
            '[' | ']' if !in_code => {
                out.push('\\');
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::markdown_text;

    #[test]
    fn reasons_render_as_written() {
        assert_eq!(markdown_text("a Box<T>, `Vec<T>`"), "a Box&lt;T&gt;, `Vec<T>`");
        assert_eq!(markdown_text("see [the pool]"), "see \\[the pool\\]");
    }
}
