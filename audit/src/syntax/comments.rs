//! Finds the `// SAFETY:` comment of a hand-written impl in the lines around it.

use crate::model::SafetyComment;

/// `lines` is the whole file; `first_line` is the first line of the item (its attributes
/// included) and `item_lines` the lines from its `unsafe` keyword to its end, all 1-based.
pub(crate) fn safety_comment(
    lines: &[&str],
    first_line: usize,
    unsafe_line: usize,
    last_line: usize,
) -> SafetyComment {
    let mut comment = comments_above(lines, first_line);
    for number in first_line..=last_line {
        if let Some(line) = lines.get(number.wrapping_sub(1)) {
            let trimmed = line.trim_start();
            if number < unsafe_line && is_comment(trimmed) {
                comment.push(strip(trimmed));
            } else if number >= unsafe_line {
                if let Some(at) = trimmed.find("//").or_else(|| trimmed.find("/*")) {
                    comment.push(strip(&trimmed[at..]));
                }
            }
        }
    }
    judge(&comment.join("\n"))
}

/// The comment lines directly above `first_line`, top to bottom; a blank line or code ends them.
fn comments_above(lines: &[&str], first_line: usize) -> Vec<String> {
    let mut found = Vec::new();
    let mut number = first_line.saturating_sub(1);
    let mut in_block = false;
    while number >= 1 {
        let Some(line) = lines.get(number - 1) else { break };
        let trimmed = line.trim();
        if in_block {
            found.push(strip(trimmed));
            in_block = !trimmed.contains("/*");
        } else if trimmed.ends_with("*/") && !trimmed.contains("/*") {
            found.push(strip(trimmed));
            in_block = true;
        } else if is_comment(trimmed) {
            found.push(strip(trimmed));
        } else if !(trimmed.starts_with("#[") && trimmed.ends_with(']')) {
            break;
        }
        number -= 1;
    }
    found.reverse();
    found
}

fn is_comment(trimmed: &str) -> bool {
    trimmed.starts_with("//") || trimmed.starts_with("/*") || trimmed.starts_with('*')
}

fn strip(comment: &str) -> String {
    let mut text = comment.trim();
    for prefix in ["///", "//!", "//", "/**", "/*!", "/*", "*"] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest;
            break;
        }
    }
    text.trim_end_matches("*/").trim().to_owned()
}

/// Looks for `SAFETY:` (any case) or a `# Safety` heading and judges what follows it.
fn judge(comment: &str) -> SafetyComment {
    let lower = comment.to_lowercase();
    let mut search = 0;
    while let Some(found) = lower[search..].find("safety") {
        let at = search + found;
        let after = &lower[at + "safety".len()..];
        let heading = lower[..at].trim_end().ends_with('#');
        let colon = after.trim_start_matches([' ', '\t']).starts_with(':');
        if colon || heading {
            let rest = &comment[at + "safety".len()..];
            let rest = if colon { rest.trim_start().trim_start_matches(':') } else { rest };
            let justification = crate::syntax::span::collapse_whitespace(rest);
            return if is_placeholder(&justification) {
                SafetyComment::Placeholder(justification)
            } else {
                SafetyComment::Justified(justification)
            };
        }
        search = at + "safety".len();
    }
    SafetyComment::Missing
}

/// Empty, a placeholder word, or too short to explain anything.
pub(crate) fn is_placeholder(justification: &str) -> bool {
    const PLACEHOLDERS: [&str; 12] = [
        "todo",
        "fixme",
        "xxx",
        "tbd",
        "safe",
        "trust me",
        "n/a",
        "na",
        "none",
        "...",
        "?",
        "it is safe",
    ];
    let normalized = justification
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() && c != '.' && c != '?')
        .trim()
        .to_lowercase();
    let starts_with_marker = ["todo", "fixme", "xxx", "tbd"].iter().any(|marker| {
        normalized
            .strip_prefix(marker)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    });
    let words = normalized.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric));
    normalized.is_empty()
        || PLACEHOLDERS.contains(&normalized.as_str())
        || starts_with_marker
        || words.count() < 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment_for(source: &str) -> SafetyComment {
        let lines: Vec<&str> = source.lines().collect();
        let unsafe_line = lines.iter().position(|l| l.contains("unsafe impl")).unwrap() + 1;
        safety_comment(&lines, unsafe_line, unsafe_line, unsafe_line)
    }

    #[test]
    fn a_line_comment_directly_above_justifies() {
        let found =
            comment_for("// SAFETY: the driver serializes access.\nunsafe impl Send for A {}");
        assert_eq!(found, SafetyComment::Justified("the driver serializes access.".into()));
    }

    #[test]
    fn any_case_and_doc_comments_count() {
        let found =
            comment_for("/// Safety: owned allocation, never aliased.\nunsafe impl Send for A {}");
        assert!(matches!(found, SafetyComment::Justified(_)));
    }

    #[test]
    fn a_comment_above_the_previous_impl_does_not_count() {
        let found = comment_for(
            "// SAFETY: fine for Sync here.\nunsafe impl Sync for A {}\nunsafe impl Send for A {}",
        );
        let lines: Vec<&str> =
            "// SAFETY: fine\nunsafe impl Sync for A {}\nunsafe impl Send for A {}"
                .lines()
                .collect();
        assert!(matches!(found, SafetyComment::Justified(_)));
        assert_eq!(safety_comment(&lines, 3, 3, 3), SafetyComment::Missing);
    }

    #[test]
    fn placeholders_count_as_none() {
        assert_eq!(
            comment_for("// SAFETY: TODO\nunsafe impl Send for A {}"),
            SafetyComment::Placeholder("TODO".into())
        );
        assert!(matches!(
            comment_for("// SAFETY:\nunsafe impl Send for A {}"),
            SafetyComment::Placeholder(_)
        ));
        assert!(is_placeholder("FIXME: later"));
        assert!(is_placeholder("safe"));
        assert!(!is_placeholder("the pointer is never dereferenced"));
    }

    #[test]
    fn a_blank_line_ends_the_comment_and_block_comments_work() {
        assert_eq!(
            comment_for("// SAFETY: far away from it.\n\nunsafe impl Send for A {}"),
            SafetyComment::Missing
        );
        assert!(matches!(
            comment_for("/* SAFETY:\n   owned, never shared. */\nunsafe impl Send for A {}"),
            SafetyComment::Justified(_)
        ));
    }

    #[test]
    fn a_trailing_comment_on_the_impl_counts() {
        assert!(matches!(
            comment_for("unsafe impl Send for A {} // SAFETY: owned, never shared."),
            SafetyComment::Justified(_)
        ));
    }

    #[test]
    fn a_comment_without_the_marker_is_missing() {
        assert_eq!(comment_for("// it's fine\nunsafe impl Send for A {}"), SafetyComment::Missing);
    }
}
