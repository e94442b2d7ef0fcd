//! Property tests of `#[thread_safe]` on token streams, outside the compiler: for random and
//! mutated arguments and items, the macro never panics, a rejected input gets `compile_error!`
//! spanned at the user's tokens and the item as written, every `unsafe` it writes carries the span
//! of a reason, the expansion of a type parses as items, and generated code uses no syntax newer
//! than Rust 1.78 that the user did not write (see `expand_props::check_with`).
//!
//! Deterministic: `EXPAND_PROPS_SEED=<n>` picks another seed, `EXPAND_PROPS_CASES=<factor>`
//! multiplies the case counts (`EXPAND_PROPS_CASES=20` for a longer hunt).

mod attrs;
mod items;
mod mutate;
mod rng;
mod shrink;

use expand_props::{annotated_items, check_with, Annotated, Outcome, Violation};
use proc_macro2::TokenStream;
use rng::Rng;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Once;

const SEED: u64 = 0x7468_7265_6164_5f73;

#[derive(Default, Debug)]
struct Tally {
    accepted: usize,
    rejected: usize,
    skipped: usize,
}

#[test]
fn annotated_items_of_the_repository() {
    let found = repository_items();
    assert!(
        found.len() > 20,
        "the UI cases and test crates hold annotated items: found {}",
        found.len()
    );
    for (path, case) in &found {
        let outcome = run_one(&format!("{}", path.display()), &case.args, &case.item);
        // A pass case compiles, so the macro must have accepted it.
        let must_pass = path.components().any(|c| c.as_os_str() == "pass")
            || path.starts_with(root().join("tests/crates"));
        assert!(
            !must_pass || outcome == Some(Outcome::Accepted),
            "{} compiles, yet the macro rejects #[thread_safe({})] {}",
            path.display(),
            case.args,
            case.item
        );
    }
}

/// Inputs that broke a promise once (found by this test or the fuzzer), kept for good.
const REGRESSIONS: &[(&str, &str)] = &[
    ("crate", "struct S;"),
    ("crate, send", "struct S;"),
    ("::", "struct S;"),
    ("AtomicPtr ::", "struct S;"),
    ("", "struct r#S { a: u8 }"),
    (
        "reason = \"the coowner holds the registry lock\"",
        "pub struct r#ndle { #[thread_safe(unchecked)] counter: Arc<Cell<u8>> }",
    ),
    ("", "struct S<T> { f: Self<T> }"),
    ("", "struct S<T> { f: Arc<Vec<Self<T>>> }"),
];

#[test]
fn regressions() {
    for (args, item) in REGRESSIONS {
        assert!(run_one("regression", args, item).is_some(), "lexes: {args} / {item}");
    }
}

#[test]
fn mutated_annotated_items() {
    let found = repository_items();
    let tally = run("mutated_annotated_items", 1000, |rng| {
        let (_, base) = rng.pick(&found);
        let args =
            if rng.percent(40) { mutate::mutate(rng, &base.args, 3)? } else { base.args.clone() };
        let item =
            if rng.percent(80) { mutate::mutate(rng, &base.item, 4)? } else { base.item.clone() };
        Some((args, item))
    });
    assert_reaches_both_outcomes(&tally);
}

#[test]
fn generated_items_and_arguments() {
    let tally = run("generated_items_and_arguments", 1000, |rng| {
        Some(if rng.percent(50) {
            items::coherent(rng)
        } else {
            (attrs::args(rng), items::item(rng))
        })
    });
    assert_reaches_both_outcomes(&tally);
}

#[test]
fn mutated_generated_items_and_arguments() {
    let tally = run("mutated_generated_items_and_arguments", 1000, |rng| {
        let (args, item) = if rng.percent(50) {
            items::coherent(rng)
        } else {
            (attrs::args(rng), items::item(rng))
        };
        let args = if rng.percent(40) { mutate::mutate(rng, &args, 3)? } else { args };
        Some((args, mutate::mutate(rng, &item, 4)?))
    });
    assert!(tally.rejected > 0, "{tally:?}");
}

/// Guards the generators: a generator that only produced rejected (or only accepted) inputs
/// would leave half of the pipeline untested.
fn assert_reaches_both_outcomes(tally: &Tally) {
    let total = tally.accepted + tally.rejected;
    assert!(
        tally.accepted * 20 > total && tally.rejected * 20 > total,
        "each outcome in at least 5% of the cases: {tally:?}"
    );
}

fn run(name: &str, cases: usize, make: impl Fn(&mut Rng) -> Option<(String, String)>) -> Tally {
    let seed = std::env::var("EXPAND_PROPS_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(SEED);
    let factor = std::env::var("EXPAND_PROPS_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let stream = name.bytes().fold(seed, |h, b| h.rotate_left(5) ^ u64::from(b));
    let mut tally = Tally::default();
    let mut failures: Vec<(Violation, String)> = Vec::new();
    for case in 0..cases * factor {
        let mut rng = Rng::new(stream, case as u64);
        let Some((args, item)) = make(&mut rng) else {
            tally.skipped += 1;
            continue;
        };
        match quiet_check(&args, &item) {
            Some(Ok(Outcome::Accepted)) => tally.accepted += 1,
            Some(Ok(Outcome::Rejected(_))) => tally.rejected += 1,
            None => tally.skipped += 1,
            // One shrunk reproduction per distinct broken promise, at most eight.
            Some(Err(violation))
                if failures.len() < 8 && failures.iter().all(|(v, _)| *v != violation) =>
            {
                let report =
                    reproduction(&format!("{name}, case {case}"), &args, &item, &violation);
                failures.push((violation, report));
            }
            Some(Err(_)) => {}
        }
    }
    eprintln!("{name}: seed {seed}, {tally:?}");
    let reports: Vec<&str> = failures.iter().map(|(_, report)| report.as_str()).collect();
    assert!(reports.is_empty(), "{} broken promises:\n\n{}", reports.len(), reports.join("\n\n"));
    tally
}

/// Checks one input; `None` if it does not lex. Panics with a shrunk reproduction on a violation.
fn run_one(name: &str, args: &str, item: &str) -> Option<Outcome> {
    match quiet_check(args, item)? {
        Ok(outcome) => Some(outcome),
        Err(violation) => panic!("{}", reproduction(name, args, item, &violation)),
    }
}

/// The violation, the input, and the smallest input found that breaks the same promise.
fn reproduction(name: &str, args: &str, item: &str, violation: &Violation) -> String {
    let kind = std::mem::discriminant(violation);
    let (small_args, small_item) = shrink::shrink(
        args.to_owned(),
        item.to_owned(),
        |a, i| matches!(quiet_check(a, i), Some(Err(v)) if std::mem::discriminant(&v) == kind),
    );
    let small = quiet_check(&small_args, &small_item)
        .and_then(Result::err)
        .unwrap_or_else(|| violation.clone());
    format!("{name}: {violation}\n  args: {args}\n  item: {item}\nshrunk: {small}\n  #[thread_safe({small_args})]\n  {small_item}")
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// `check`, with the panic hook silenced while the macro runs: a panic is reported as a
/// violation, once, after shrinking.
fn quiet_check(args: &str, item: &str) -> Option<Result<Outcome, Violation>> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                default(info);
            }
        }));
    });
    let (args, item) = (args.parse::<TokenStream>().ok()?, item.parse::<TokenStream>().ok()?);
    QUIET.with(|q| q.set(true));
    let result =
        check_with(&args, &item, |output| syn::parse2::<syn::File>(output.clone()).is_ok());
    QUIET.with(|q| q.set(false));
    Some(result)
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// The annotated items of the UI cases, the test crates and the examples.
fn repository_items() -> Vec<(PathBuf, Annotated)> {
    let mut files = Vec::new();
    for dir in ["tests/ui", "tests/crates", "examples"] {
        rust_files(&root().join(dir), &mut files);
    }
    let mut found = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        found.extend(annotated_items(&source).into_iter().map(|case| (file.clone(), case)));
    }
    found
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(entries) = std::fs::read_dir(path) {
        let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for entry in entries {
            rust_files(&entry, out);
        }
    } else if path.extension().is_some_and(|ext| ext == "rs") {
        out.push(path.to_path_buf());
    }
}
