//! The rules about hand-written `unsafe impl Send/Sync`: `undocumented-unsafe-impl`,
//! `unbounded-generic-impl` and the `manual-unsafe-impl` inventory.

use std::fmt::Write as _;

use crate::engine::check::{Checker, Env};
use crate::engine::index::Resolved;
use crate::finding::{Finding, Rule};
use crate::model::{FileModel, ImplDecl, SafetyComment, Trait, TyKind};

pub(crate) fn findings(
    checker: &mut Checker<'_, '_>,
    file_index: usize,
    file: &FileModel,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for decl in file.impls.iter().filter(|decl| !decl.negative) {
        let at = |rule, message: String, label: &str, help: Option<String>| Finding {
            rule,
            file: file_index,
            loc: decl.loc,
            subject: decl.subject.clone(),
            title: title(rule, decl),
            message,
            label: label.to_owned(),
            help,
        };
        findings.push(at(
            Rule::ManualUnsafeImpl,
            inventory_message(checker, decl),
            "hand-written impl",
            Some(migration_help(decl)),
        ));
        if let Some(message) = undocumented_message(decl) {
            findings.push(at(
                Rule::UndocumentedUnsafeImpl,
                message,
                "no SAFETY comment explains this impl",
                Some(format!(
                    "write `// SAFETY: <why {}>` directly above the impl, or replace it with `#[thread_safe]` and a reason",
                    duty(decl.tr)
                )),
            ));
        }
        let unbounded = unbounded_params(checker, decl);
        if !unbounded.is_empty() {
            let (message, fix) = unbounded_message(decl, &unbounded);
            findings.push(at(
                Rule::UnboundedGenericImpl,
                message,
                "holds for every type argument",
                Some(fix),
            ));
        }
    }
    findings
}

fn title(rule: Rule, decl: &ImplDecl) -> String {
    let subject = &decl.subject;
    match (rule, &decl.safety) {
        (Rule::UndocumentedUnsafeImpl, SafetyComment::Placeholder(_)) => {
            format!("`unsafe impl {subject}` with a placeholder SAFETY comment")
        }
        (Rule::UndocumentedUnsafeImpl, _) => {
            format!("`unsafe impl {subject}` without a SAFETY comment")
        }
        (Rule::UnboundedGenericImpl, _) => {
            format!(
                "`unsafe impl {subject}` holds for type parameters without a `{}` bound",
                decl.tr.name()
            )
        }
        _ => format!("hand-written `unsafe impl {subject}`"),
    }
}

fn duty(tr: Trait) -> &'static str {
    match tr {
        Trait::Send => "every field may move to another thread",
        Trait::Sync => {
            "every field may be used through shared references from several threads at once"
        }
    }
}

fn inventory_message(checker: &mut Checker<'_, '_>, decl: &ImplDecl) -> String {
    let justification = match &decl.safety {
        SafetyComment::Justified(text) => format!("justified by its SAFETY comment (\"{text}\")"),
        SafetyComment::Placeholder(text) if text.is_empty() => {
            "its SAFETY comment is empty".to_owned()
        }
        SafetyComment::Placeholder(text) => {
            format!("its SAFETY comment is a placeholder (\"{text}\")")
        }
        SafetyComment::Missing => "no SAFETY comment".to_owned(),
    };
    let mut message = format!("hand-written `unsafe impl {}`: {justification}", decl.subject);
    if let Some(without) = without_impl(checker, decl) {
        let _ = write!(message, "; without it, {without}");
    }
    message
}

/// What the compiler would derive without the impl, when it would not derive the trait.
fn without_impl(checker: &mut Checker<'_, '_>, decl: &ImplDecl) -> Option<String> {
    let TyKind::Path(path) = &decl.self_ty.kind else { return None };
    let Resolved::Type(id) = checker.index().resolve(&decl.module, path) else { return None };
    let params: Vec<String> = decl.params.iter().map(|param| param.name.clone()).collect();
    let env = Env::free(&decl.module, &params);
    checker.structural(id, &decl.self_ty, path, &env, decl.tr).map(|why| why.describe())
}

fn undocumented_message(decl: &ImplDecl) -> Option<String> {
    let subject = &decl.subject;
    match &decl.safety {
        SafetyComment::Justified(_) => None,
        SafetyComment::Missing => Some(format!(
            "`unsafe impl {subject}` has no `// SAFETY:` comment saying why {}",
            duty(decl.tr)
        )),
        SafetyComment::Placeholder(text) => Some(format!(
            "`unsafe impl {subject}` has a placeholder `// SAFETY: {text}` that does not say why {}",
            duty(decl.tr)
        )),
    }
}

/// Type parameters without the bound the impl needs: `Send` for a Send impl, `Send` or `Sync`
/// for a Sync impl (the Send/Sync variance bug class of the `RustSec` advisories).
fn unbounded_params(checker: &Checker<'_, '_>, decl: &ImplDecl) -> Vec<Unbounded> {
    let gives = |bounds: &[crate::model::TyPath], tr| {
        bounds.iter().any(|bound| checker.bound_gives(bound, &decl.module, tr, false))
    };
    decl.params
        .iter()
        .filter(|param| !param.bounded_indirectly)
        .filter(|param| match decl.tr {
            Trait::Send => !gives(&param.bounds, Trait::Send),
            Trait::Sync => !gives(&param.bounds, Trait::Send) && !gives(&param.bounds, Trait::Sync),
        })
        .map(|param| Unbounded {
            name: param.name.clone(),
            sync_only: gives(&param.bounds, Trait::Sync),
        })
        .collect()
}

/// A type parameter without the bound its impl needs.
struct Unbounded {
    name: String,
    /// Bounded by `Sync` but not `Send`, in a Send impl.
    sync_only: bool,
}

fn unbounded_message(decl: &ImplDecl, params: &[Unbounded]) -> (String, String) {
    let list: Vec<String> = params.iter().map(|param| format!("`{}`", param.name)).collect();
    let list = list.join(", ");
    let example = &params[0].name;
    let subject = &decl.subject;
    match decl.tr {
        Trait::Send if params.iter().all(|param| param.sync_only) => (
            format!(
                "`unsafe impl {subject}` bounds {list} by `Sync` but not `Send`: that is right only when the value merely lends `&{example}` to the thread it moves to (as `&{example}` itself does); if it ever moves or drops a `{example}` there, it needs `{example}: Send`"
            ),
            format!("if the value owns `{example}` values, add `{example}: Send`; if it only lends them, say so in the SAFETY comment"),
        ),
        Trait::Send => (
            format!(
                "`unsafe impl {subject}` holds for every {list}, even one that is not Send (`{example} = Rc<u8>`): a value of it can then move to another thread"
            ),
            format!("add the bound: `unsafe impl<{example}: Send> ...`, or use `#[thread_safe]`, whose default bounds are sound"),
        ),
        Trait::Sync => (
            format!(
                "`unsafe impl {subject}` holds for every {list}, even one that is neither Send nor Sync (`{example} = Rc<u8>`): sharing the value between threads shares or hands over `{example}` values"
            ),
            format!("add the bounds the sharing needs, e.g. `unsafe impl<{example}: Send + Sync> ...`, or use `#[thread_safe]`, whose default bounds are sound"),
        ),
    }
}

fn migration_help(decl: &ImplDecl) -> String {
    let key = decl.tr.name().to_lowercase();
    let reason = match &decl.safety {
        SafetyComment::Justified(text) => text.clone(),
        _ => "<why it is sound>".to_owned(),
    };
    format!(
        "replace it with `#[thread_safe({key} = \"{}\")]` on the type and mark only the fields the reason covers `#[thread_safe(unchecked)]`: every other field stays checked",
        reason.replace('"', "'")
    )
}
