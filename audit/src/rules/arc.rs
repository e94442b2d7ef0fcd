//! `arc-not-send-sync`: an `Arc<X>` in a field type, a fn signature, a type alias or an
//! `Arc::new(StructLiteral { .. })` whose `X` is not Send + Sync.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::engine::check::{Checker, Env};
use crate::engine::explain::Why;
use crate::engine::index::Resolved;
use crate::engine::known;
use crate::finding::{Finding, Rule};
use crate::model::{FileModel, Loc, SiteContext, Trait, Ty, TyKind};

/// One `Arc` whose inner type fails, before deduplication.
struct Unsound {
    loc: Loc,
    subject: String,
    context: &'static str,
    send: Option<Why>,
    sync: Option<Why>,
}

/// The findings of one file; the same inner type written several times in a file is one finding.
pub(crate) fn findings(
    checker: &mut Checker<'_, '_>,
    file_index: usize,
    file: &FileModel,
) -> Vec<Finding> {
    let mut unsound = Vec::new();
    for site in &file.type_sites {
        let env = Env::free(&site.module, &site.params);
        let context = match site.context {
            SiteContext::Field => "a field type",
            SiteContext::Signature => "a fn signature",
            SiteContext::Alias => "a type alias",
        };
        walk(checker, &site.ty, &env, context, &mut unsound);
    }
    for site in &file.arc_news {
        let env = Env::free(&site.module, &site.params);
        if names_arc(checker, &site.callee, &env) {
            judge(checker, &site.literal, &env, site.loc, "`Arc::new`", &mut unsound);
        }
    }
    unsound.sort_by_key(|found| found.loc);
    let mut first_by_subject: HashMap<String, usize> = HashMap::new();
    let mut findings: Vec<Finding> = Vec::new();
    let mut also: Vec<Vec<usize>> = Vec::new();
    for found in unsound {
        if let Some(&at) = first_by_subject.get(&found.subject) {
            also[at].push(found.loc.line);
            continue;
        }
        first_by_subject.insert(found.subject.clone(), findings.len());
        also.push(Vec::new());
        findings.push(finding(file_index, &found));
    }
    for (finding, lines) in findings.iter_mut().zip(also) {
        if !lines.is_empty() {
            let lines: Vec<String> = lines.iter().map(ToString::to_string).collect();
            let _ = write!(finding.message, " (also written on line {})", lines.join(", "));
        }
    }
    findings
}

fn finding(file: usize, found: &Unsound) -> Finding {
    let subject = &found.subject;
    let reasons: Vec<String> = match (&found.send, &found.sync) {
        (Some(send), Some(sync)) => vec![send.describe(), sync.describe_first_step()],
        (send, sync) => send.iter().chain(sync).map(Why::describe).collect(),
    };
    let missing = match (&found.send, &found.sync) {
        (Some(_), Some(_)) => "neither Send nor Sync",
        (Some(_), None) => "not Send",
        _ => "not Sync",
    };
    Finding {
        rule: Rule::ArcNotSendSync,
        file,
        loc: found.loc,
        subject: subject.clone(),
        title: format!("`Arc` of `{subject}`, which is {missing}"),
        message: format!(
            "`Arc<{subject}>` in {} shares `{subject}` between threads, which needs `{subject}: Send + Sync`, but {}",
            found.context,
            reasons.join("; and ")
        ),
        label: format!("`{subject}` is {missing}"),
        help: Some(format!(
            "use `Rc<{subject}>` if it stays on one thread, or make `{subject}` thread-safe (a `Mutex`, an atomic) and keep it so with `#[thread_safe]`"
        )),
    }
}

/// Every `Arc<X>` inside `ty`, outer ones first.
fn walk(
    checker: &mut Checker<'_, '_>,
    ty: &Ty,
    env: &Env<'_>,
    context: &'static str,
    out: &mut Vec<Unsound>,
) {
    match &ty.kind {
        TyKind::Path(path) => {
            if let Some(inner) = path.args.first() {
                if names_arc(checker, path, env) {
                    judge(checker, inner, env, ty.loc, context, out);
                }
            }
            for arg in &path.args {
                walk(checker, arg, env, context, out);
            }
        }
        TyKind::Ref { inner, .. } => walk(checker, inner, env, context, out),
        TyKind::Elements(elements) => {
            for element in elements {
                walk(checker, element, env, context, out);
            }
        }
        TyKind::RawPtr | TyKind::TraitObject(_) | TyKind::Opaque => {}
    }
}

fn names_arc(checker: &Checker<'_, '_>, path: &crate::model::TyPath, env: &Env<'_>) -> bool {
    let is_param = path
        .segments
        .first()
        .is_some_and(|first| env.bindings.iter().any(|(name, _)| name == first));
    if is_param && !path.global {
        return false;
    }
    match checker.index().resolve(env.module, path) {
        Resolved::External(full) => known::is_arc(&full),
        _ => false,
    }
}

fn judge(
    checker: &mut Checker<'_, '_>,
    inner: &Ty,
    env: &Env<'_>,
    loc: Loc,
    context: &'static str,
    out: &mut Vec<Unsound>,
) {
    let send = checker.check(inner, env, Trait::Send);
    let sync = checker.check(inner, env, Trait::Sync);
    if send.is_some() || sync.is_some() {
        out.push(Unsound { loc, subject: inner.text.clone(), context, send, sync });
    }
}
