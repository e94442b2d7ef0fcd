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
    let stripped = normalized.trim_end_matches(['.', '!', '?', ':', ' ']);
    // "..." is all punctuation: keep it whole so it is recognised.
    let normalized = if stripped.is_empty() { normalized.as_str() } else { stripped };
    let example = "e.g. \"`ptr` is only dereferenced while `lock` is held\"";
    if trimmed.is_empty() {
        return Some(format!(
            "empty reason: say why the unchecked fields are safe for {traits}, {example}"
        ));
    }
    if PLACEHOLDERS.contains(&normalized) || is_unfinished(normalized) {
        return Some(format!(
            "\"{trimmed}\" is a placeholder, not a reason: say why the unchecked fields are safe for {traits}, {example}"
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

#[cfg(test)]
mod tests {
    use super::problem;
    use proc_macro2::Span;

    fn check(text: &str) -> Option<String> {
        problem(&syn::LitStr::new(text, Span::call_site()), "`Send`")
    }

    #[test]
    fn explanations_pass() {
        assert_eq!(check("all access to `ptr` holds `lock`"), None);
        assert_eq!(check("  the pool owns every block it hands out  "), None);
    }

    #[test]
    fn placeholders_fail_whatever_their_case() {
        for text in
            ["TODO", "todo.", "Safe!", "trust me", "N/A", "none", "...", "FIXME: explain why later"]
        {
            assert!(check(text).is_some_and(|p| p.contains("placeholder")), "{text}");
        }
    }

    #[test]
    fn a_word_that_merely_starts_like_a_placeholder_is_not_one() {
        assert_eq!(check("today only the owner thread touches the cell"), None);
    }

    #[test]
    fn empty_and_short_reasons_fail() {
        assert!(check("   ").is_some_and(|p| p.starts_with("empty reason")));
        assert!(check("it is owned").is_some_and(|p| p.contains("too short")));
        assert!(check("exclusively-owned-pointer-to-heap").is_some_and(|p| p.contains("1 word;")));
    }
}
