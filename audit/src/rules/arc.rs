//! `arc-not-send-sync`: an `Arc<X>` in a field type, a fn signature, a type alias or an
//! `Arc::new(StructLiteral { .. })` whose `X` is not Send + Sync.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::engine::check::{Checker, Env};
use crate::engine::explain::Why;
use crate::engine::index::Resolved;
use crate::engine::known;
use crate::finding::{Finding, Rule};
use crate::model::{FileModel, Loc, SiteContext, Trait, Ty, TyKind, TyPath};

/// One `Arc` whose inner type fails, before deduplication.
struct Unsound {
    loc: Loc,
    subject: String,
    context: String,
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
            let literal = enum_of_variant(checker, &site.literal, &env);
            judge(
                checker,
                literal.as_ref().unwrap_or(&site.literal),
                &env,
                site.loc,
                "`Arc::new`",
                &mut unsound,
            );
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

/// Every `Arc<X>` inside `ty`, outer ones first, and those that a generic alias written in `ty`
/// holds for the arguments given here.
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
                } else if let Some(id) = generic_alias(checker, path, env) {
                    expand_alias(checker, id, ty, path, env, context, out);
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

/// The `Arc`s directly written in `ty` (no alias expansion), with their inner types.
fn arcs_in<'t>(checker: &Checker<'_, '_>, ty: &'t Ty, env: &Env<'_>, out: &mut Vec<&'t Ty>) {
    match &ty.kind {
        TyKind::Path(path) => {
            if let Some(inner) = path.args.first().filter(|_| names_arc(checker, path, env)) {
                out.push(inner);
            }
            for arg in &path.args {
                arcs_in(checker, arg, env, out);
            }
        }
        TyKind::Ref { inner, .. } => arcs_in(checker, inner, env, out),
        TyKind::Elements(elements) => {
            for element in elements {
                arcs_in(checker, element, env, out);
            }
        }
        TyKind::RawPtr | TyKind::TraitObject(_) | TyKind::Opaque => {}
    }
}

fn generic_alias(checker: &Checker<'_, '_>, path: &TyPath, env: &Env<'_>) -> Option<usize> {
    if is_param(path, env) {
        return None;
    }
    match checker.index().resolve(env.module, path) {
        Resolved::Alias(id) if !checker.index().aliases[id].params.is_empty() => Some(id),
        _ => None,
    }
}

/// `type Shared<T> = Arc<T>;` used as `Shared<RefCell<u8>>`: the Arc is unsound only with these
/// arguments, so it is reported here; an Arc that fails whatever the arguments was reported at
/// the alias.
fn expand_alias(
    checker: &mut Checker<'_, '_>,
    id: usize,
    ty: &Ty,
    path: &TyPath,
    env: &Env<'_>,
    context: &'static str,
    out: &mut Vec<Unsound>,
) {
    let alias = checker.index().aliases[id];
    let free = Env::free(&alias.module, &alias.params);
    let bound = Env::instantiate(&alias.module, &alias.params, path, env);
    let mut inners = Vec::new();
    arcs_in(checker, &alias.target, &free, &mut inners);
    for inner in inners {
        let fails_anyway =
            [Trait::Send, Trait::Sync].iter().any(|&tr| checker.check(inner, &free, tr).is_some());
        if fails_anyway {
            continue;
        }
        let send = checker.check(inner, &bound, Trait::Send);
        let sync = checker.check(inner, &bound, Trait::Sync);
        if send.is_some() || sync.is_some() {
            let subject = substitute(&inner.text, &alias.params, &path.args);
            let context = format!("{context}, through the generic type alias `{}`", ty.text);
            out.push(Unsound { loc: ty.loc, subject, context, send, sync });
        }
    }
}

/// `inner` with each alias parameter replaced by its argument as written.
fn substitute(inner: &str, params: &[String], args: &[Ty]) -> String {
    let mut out = String::with_capacity(inner.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let arg = params.iter().position(|param| param == word).and_then(|i| args.get(i));
        out.push_str(arg.map_or(word.as_str(), |arg| arg.text.as_str()));
        word.clear();
    };
    for c in inner.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn is_param(path: &TyPath, env: &Env<'_>) -> bool {
    !path.global
        && path
            .segments
            .first()
            .is_some_and(|first| env.bindings.iter().any(|(name, _)| name == first))
}

fn names_arc(checker: &Checker<'_, '_>, path: &TyPath, env: &Env<'_>) -> bool {
    if is_param(path, env) {
        return false;
    }
    match checker.index().resolve(env.module, path) {
        Resolved::External(full) => known::is_arc(&full),
        _ => false,
    }
}

/// `Packet::Raw { .. }` builds a `Packet`: the enum, written as the path before the variant.
fn enum_of_variant(checker: &Checker<'_, '_>, literal: &Ty, env: &Env<'_>) -> Option<Ty> {
    let TyKind::Path(path) = &literal.kind else { return None };
    if path.segments.len() < 2 || checker.index().resolve(env.module, path) != Resolved::Opaque {
        return None;
    }
    let segments = path.segments[..path.segments.len() - 1].to_vec();
    let text = segments.join("::");
    let enum_path = TyPath { segments, global: path.global, args: Vec::new() };
    matches!(checker.index().resolve(env.module, &enum_path), Resolved::Type(_)).then(|| Ty {
        kind: TyKind::Path(enum_path),
        text,
        loc: literal.loc,
    })
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
        out.push(Unsound {
            loc,
            subject: inner.text.clone(),
            context: context.to_owned(),
            send,
            sync,
        });
    }
}
