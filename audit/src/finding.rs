//! What the audit reports.

use crate::model::Loc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Rule {
    ArcNotSendSync,
    UnboundedGenericImpl,
    UndocumentedUnsafeImpl,
    ManualUnsafeImpl,
    ParseError,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

impl Rule {
    pub(crate) const ALL: [Rule; 5] = [
        Rule::ArcNotSendSync,
        Rule::UnboundedGenericImpl,
        Rule::UndocumentedUnsafeImpl,
        Rule::ManualUnsafeImpl,
        Rule::ParseError,
    ];

    /// The stable id used in every output format and by `--deny`.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Rule::ArcNotSendSync => "arc-not-send-sync",
            Rule::UnboundedGenericImpl => "unbounded-generic-impl",
            Rule::UndocumentedUnsafeImpl => "undocumented-unsafe-impl",
            Rule::ManualUnsafeImpl => "manual-unsafe-impl",
            Rule::ParseError => "parse-error",
        }
    }

    pub(crate) fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.id() == id)
    }

    pub(crate) fn severity(self) -> Severity {
        match self {
            Rule::ArcNotSendSync | Rule::UnboundedGenericImpl => Severity::Error,
            Rule::UndocumentedUnsafeImpl | Rule::ParseError => Severity::Warning,
            Rule::ManualUnsafeImpl => Severity::Note,
        }
    }

    /// One sentence for rule listings (SARIF, markdown).
    pub(crate) fn summary(self) -> &'static str {
        match self {
            Rule::ArcNotSendSync => "An `Arc<X>` whose `X` is not Send + Sync",
            Rule::UnboundedGenericImpl => {
                "An `unsafe impl Send/Sync` with a type parameter that lacks the bound the trait needs"
            }
            Rule::UndocumentedUnsafeImpl => {
                "An `unsafe impl Send/Sync` without a `// SAFETY:` comment that explains it"
            }
            Rule::ManualUnsafeImpl => {
                "A hand-written `unsafe impl Send/Sync`: a candidate for `#[thread_safe]`"
            }
            Rule::ParseError => "A file that does not parse; it was skipped",
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Finding {
    pub(crate) rule: Rule,
    /// Index into the report's files.
    pub(crate) file: usize,
    pub(crate) loc: Loc,
    /// The type or impl the finding is about, as written (`CacheEntry`, `Send for LruCache`).
    pub(crate) subject: String,
    /// One line, rustc-style: the headline of the diagnostic.
    pub(crate) title: String,
    /// The full explanation.
    pub(crate) message: String,
    /// A short text under the snippet.
    pub(crate) label: String,
    pub(crate) help: Option<String>,
}
