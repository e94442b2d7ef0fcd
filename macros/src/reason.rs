//! What counts as a reason: a sentence that explains, not a placeholder.

use syn::LitStr;

/// The shortest reason accepted, in characters after trimming; together with `MIN_REASON_WORDS`
/// it lets "all access to `ptr` holds `lock`" through and stops "ok", "safe" and "see docs".
pub(crate) const MIN_REASON_CHARS: usize = 20;
pub(crate) const MIN_REASON_WORDS: usize = 3;

const PLACEHOLDERS: &[&str] = &[
    "...",
    "…",
    "fine",
    "fixme",
    "it is safe",
    "it's safe",
    "justification",
    "later",
    "n/a",
    "na",
    "none",
    "ok",
    "okay",
    "placeholder",
    "reason",
    "safe",
    "safe enough",
    "see above",
    "see below",
    "should be safe",
    "tbd",
    "this is safe",
    "todo",
    "trust me",
    "unsafe",
    "xxx",
    "yes",
];

/// A reason that begins with one of these marks itself as unfinished ("TODO: explain").
const UNFINISHED_PREFIXES: &[&str] = &["todo", "fixme", "xxx", "tbd"];

/// `None` when `lit` is a reason; otherwise what is wrong with it, for the user.
pub(crate) fn problem(lit: &LitStr, traits: &str) -> Option<String> {
    let text = lit.value();
    let trimmed = text.trim();
    let normalized = trimmed.to_lowercase();
    let normalized = normalized.trim_end_matches(['.', '!', '?', ':', ' ']);
    let example = "e.g. \"`ptr` is only dereferenced while `lock` is held\"";
    if trimmed.is_empty() {
        return Some(format!(
            "empty reason: say why {traits} is sound for the unchecked fields, {example}"
        ));
    }
    if PLACEHOLDERS.contains(&normalized) || is_unfinished(normalized) {
        return Some(format!(
            "\"{trimmed}\" is a placeholder, not a reason: say why {traits} is sound for the unchecked fields, {example}"
        ));
    }
    let chars = trimmed.chars().count();
    let words = trimmed.split_whitespace().count();
    if chars < MIN_REASON_CHARS || words < MIN_REASON_WORDS {
        return Some(format!(
            "reason too short to justify an `unsafe impl` ({chars} characters, {words} word{}; at least {MIN_REASON_CHARS} characters and {MIN_REASON_WORDS} words): say what makes the unchecked fields safe for {traits}, {example}",
            if words == 1 { "" } else { "s" }
        ));
    }
    None
}

fn is_unfinished(normalized: &str) -> bool {
    UNFINISHED_PREFIXES.iter().any(|prefix| {
        normalized
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.chars().next().map_or(true, |next| !next.is_alphanumeric()))
    })
}
