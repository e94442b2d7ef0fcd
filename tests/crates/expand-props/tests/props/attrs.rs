//! Arguments of `#[thread_safe(...)]`: mostly the real keys with right and wrong values, sometimes
//! garbage (unknown keys, paths, literals as keys, nested groups, missing or doubled commas).

use crate::rng::Rng;

const REASONS: &[&str] = &[
    "\"the raw pointers point into buffers this pool owns and frees only in Drop\"",
    "\"the handle is only dereferenced while the global registry lock is held\"",
    "r\"every access to the cell goes through the owner's mutex, see Pool::with\"",
    "r#\"the pointer is never dereferenced; it is only compared for identity\"#",
];

const BAD_VALUES: &[&str] = &[
    "\"\"",
    "\"TODO\"",
    "\"safe\"",
    "\"trust me\"",
    "\"n/a\"",
    "\"...\"",
    "\"ok\"",
    "42",
    "-1",
    "1.5",
    "true",
    "ident",
    "a::b",
    "'c'",
    "b\"bytes\"",
    "c\"cstr\"",
    "\"a\" \"b\"",
    "(\"x\")",
    "[1, 2]",
    "{}",
    "= \"x\"",
    "\"reason\" + 1",
    "'a",
];

const BOUNDS: &[&str] = &[
    "\"T: Send\"",
    "\"T: Send + Sync, U: Sync\"",
    "\"\"",
    "\"T:\"",
    "\"where T: Send\"",
    "\"'a: 'b\"",
    "\"T::Item: Send\"",
    "\"for<'x> &'x T: Send\"",
    "\"<T as Iterator>::Item: Sync\"",
    "\"T: ?Sized\"",
    "\"Vec<T>: Send,\"",
    "\"T: Send U: Sync\"",
    "\"T: Send, , U: Send\"",
    "\"[T; N]: Send\"",
    "\"T: \\\"x\\\"\"",
];

const KEYS: &[&str] = &[
    "send",
    "sync",
    "reason",
    "bound",
    "crate",
    "unchecked",
    "Send",
    "reasons",
    "r#send",
    "self",
    "thread_safe::send",
    "::send",
    "_",
    "send::sync",
];

pub(crate) fn args(rng: &mut Rng) -> String {
    if rng.percent(8) {
        let count = 1 + rng.below(8);
        return crate::mutate::soup(rng, count);
    }
    let sep = if rng.percent(90) { ", " } else { *rng.pick(&[" ", ",, ", "; ", ", ,"]) };
    let mut args = rng.list(0, 4, sep, |rng| entry(rng, 2));
    if rng.percent(10) {
        args.push(',');
    }
    args
}

fn entry(rng: &mut Rng, depth: usize) -> String {
    let key = if rng.percent(85) { *rng.pick(&KEYS[..6]) } else { *rng.pick(KEYS) };
    match rng.below(10) {
        0..=2 => key.to_owned(),
        3..=6 => format!("{key} = {}", value(rng, key)),
        7 if depth > 0 => format!("{key}({})", rng.list(0, 3, ", ", |rng| entry(rng, depth - 1))),
        7 => format!("{key}()"),
        8 => format!("{key} = {}", rng.pick(BAD_VALUES)),
        _ => format!("{key} {}", rng.pick(BAD_VALUES)),
    }
}

fn value(rng: &mut Rng, key: &str) -> String {
    match key {
        "bound" => (*rng.pick(BOUNDS)).to_owned(),
        "crate" => (*rng.pick(&[
            "\"::thread_safe\"",
            "\"my::reexport\"",
            "\"\"",
            "\"a b\"",
            "\"crate\"",
            "\"::\"",
        ]))
        .to_owned(),
        _ if rng.percent(80) => (*rng.pick(REASONS)).to_owned(),
        _ => (*rng.pick(BAD_VALUES)).to_owned(),
    }
}
