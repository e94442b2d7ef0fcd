"""Renders the model of `model.py` as the three versions of the user crate.

- `a`: `#[thread_safe]` on every type (ours).
- `b`: hand-written `unsafe impl`s, plus `static_assertions::assert_impl_all!` for every checked
  field type and every Arc inner type, and a generic fn of assertions for each generic type:
  what a careful team writes without us.
- `c`: the hand-written `unsafe impl`s alone, nothing checked: the floor.

`main.rs` is the same in all three, so their release binaries can be compared byte for byte.
"""

from __future__ import annotations

from model import BOTH, Field, TypeDef

VERSIONS = ("a", "b", "c")

PRELUDE = """\
#![allow(unused_imports)]
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, AtomicUsize};
use std::sync::{Arc, Mutex, RwLock};
"""


def lib_rs(version: str, types: list[TypeDef]) -> str:
    out = [PRELUDE]
    if version == "a":
        out.append("use thread_safe::thread_safe;\n")
    if version == "b":
        out.append("#[allow(dead_code)]\nfn assert_send<X: ?Sized + Send>() {}\n")
        out.append("fn assert_send_sync<X: ?Sized + Send + Sync>() {}\n")
    for t in types:
        out.append("\n")
        if version == "a":
            out.append(_attribute(t))
        out.append(_item(t, annotated=version == "a"))
        if version in ("b", "c"):
            out.append(_unsafe_impls(t))
        if version == "b":
            out.append(_assertions(t))
    return "".join(out)


def _attribute(t: TypeDef) -> str:
    if t.vouched and t.one_reason:
        return f'#[thread_safe(reason = "{t.vouched["Send"]}")]\n'
    if t.vouched:
        return f'#[thread_safe(send = "{t.vouched["Send"]}", sync = "{t.vouched["Sync"]}")]\n'
    if t.checked == BOTH:
        return "#[thread_safe]\n"
    return f"#[thread_safe({', '.join(x.lower() for x in t.checked)})]\n"


def _field(f: Field, annotated: bool, vis: str = "") -> str:
    mark = "#[thread_safe(unchecked)] " if annotated and f.unchecked else ""
    name = f"{f.name}: " if f.name else ""
    return f"{mark}{vis}{name}{f.ty.ty}"


def _item(t: TypeDef, annotated: bool) -> str:
    if t.variants is None:
        body = "".join(f"    {_field(f, annotated, 'pub ')},\n" for f in t.fields)
        return f"pub struct {t.name}{t.params} {{\n{body}}}\n"
    lines = []
    for v in t.variants:
        inner = ", ".join(_field(f, annotated) for f in v.fields)
        if not v.fields:
            lines.append(f"    {v.name},\n")
        elif v.named:
            lines.append(f"    {v.name} {{ {inner} }},\n")
        else:
            lines.append(f"    {v.name}({inner}),\n")
    return f"pub enum {t.name}{t.params} {{\n{''.join(lines)}}}\n"


def _unsafe_impls(t: TypeDef) -> str:
    # The sound default a careful author writes for a generic vouch: T: Send + Sync, as Arc does.
    params = "<T: Send + Sync>" if t.generic else ""
    out = []
    for trait in BOTH:
        if trait in t.vouched:
            out.append(f"// SAFETY: {t.vouched[trait]}.\n")
            out.append(f"unsafe impl{params} {trait} for {t.name}{t.params} {{}}\n")
    return "".join(out)


def distinct_checks(t: TypeDef) -> list[tuple[str, tuple[str, ...]]]:
    """(type, traits) pairs to assert, each distinct type once, in field order."""
    traits = tuple(x for x in BOTH if x in t.checked or x in t.vouched)
    seen: dict[str, tuple[str, ...]] = {}
    for f in t.all_fields:
        if not f.unchecked:
            seen.setdefault(f.ty.ty, traits)
        for inner in f.ty.arc_inners:
            seen[inner] = BOTH if inner not in seen else tuple(set(seen[inner]) | set(BOTH))
    return [(ty, tuple(x for x in BOTH if x in tr)) for ty, tr in seen.items()]


def _assertions(t: TypeDef) -> str:
    checks = distinct_checks(t)
    if not t.generic:
        return "".join(
            f"static_assertions::assert_impl_all!({ty}: {', '.join(tr)});\n" for ty, tr in checks
        )
    calls = "".join(
        f"    {'assert_send_sync' if tr == BOTH else 'assert_send'}::<{ty}>();\n"
        for ty, tr in checks
    )
    return f"#[allow(dead_code)]\nfn assert_{t.name.lower()}<T: Send + Sync>() {{\n{calls}}}\n"


def main_rs(types: list[TypeDef], sample: int = 16) -> str:
    """A program that sends or shares one value of each of the first `sample` types."""
    body = []
    for t in types[:sample]:
        value = _value(t)
        call = f"share(Arc::new({value}))" if t.traits == BOTH else f"send({value})"
        body.append(f"    total += {call};\n")
    return (
        "#![allow(unused_imports)]\n"
        "use bench_types::*;\n"
        "use std::cell::{Cell, RefCell};\n"
        "use std::collections::HashMap;\n"
        "use std::marker::PhantomData;\n"
        "use std::ptr::NonNull;\n"
        "use std::sync::atomic::{AtomicU64, AtomicUsize};\n"
        "use std::sync::{Arc, Mutex, RwLock};\n\n"
        "fn send<V: Send + 'static>(value: V) -> usize {\n"
        "    std::thread::spawn(move || std::mem::size_of_val(&value)).join().unwrap_or(0)\n"
        "}\n\n"
        "fn share<V: Send + Sync + 'static>(value: Arc<V>) -> usize {\n"
        "    let other = Arc::clone(&value);\n"
        "    std::thread::spawn(move || std::mem::size_of_val(&*other)).join().unwrap_or(0)\n"
        "        + std::mem::size_of_val(&*value)\n"
        "}\n\n"
        "fn main() {\n"
        "    let mut total = 0;\n"
        f"{''.join(body)}"
        '    println!("{total}");\n'
        "}\n"
    )


def _value(t: TypeDef) -> str:
    turbofish = "::<u64>" if t.generic else ""
    if t.variants is None:
        inits = ", ".join(f"{f.name}: {f.ty.ctor}" for f in t.fields)
        return f"{t.name}{turbofish} {{ {inits} }}"
    v = t.variants[0]
    return f"{t.name}{turbofish}::{v.name}({', '.join(f.ty.ctor for f in v.fields)})"


def cargo_toml(version: str, main_repo: str) -> str:
    deps = {
        "a": f'thread-safe = {{ path = "{main_repo}" }}\n',
        "b": 'static_assertions = "1"\n',
        "c": "",
    }[version]
    return (
        "[package]\n"
        'name = "bench-types"\n'
        'version = "0.0.0"\n'
        'edition = "2021"\n'
        "publish = false\n\n"
        f"[dependencies]\n{deps}\n"
        "# A workspace of its own: never part of the repository's workspace.\n"
        "[workspace]\n"
    )
