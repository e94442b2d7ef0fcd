"""Prices encodings of the same checks with no proc macro at all: how cheap can they be?

    python3 bench/encodings.py [--n 1000] [--reps 7] [--out DIR]

Renders the N-type model of `model.py` once per encoding below, each on top of the floor (version
c of render.py: the types and their hand-written `unsafe impl`s), then times `cargo check --lib`
of every crate, interleaved, and prints the median CPU seconds and the ratio to the floor. No
thread-safe code is involved: each number is what any macro emitting that encoding would cost if
the macro itself cost nothing. BENCHMARKS.md reads the results.

Every encoding asserts the same claims, each distinct field type once per type: each checked field
is `Send` (and `Sync`, if checked or vouched), and the inner type of each `Arc` is `Send + Sync`.
A generic type's claims are made given `T: Send + Sync`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen  # noqa: E402
import model  # noqa: E402
import render  # noqa: E402
from model import BOTH, Field, FieldType, TypeDef  # noqa: E402

HELPERS = """
#[allow(dead_code)]
mod helpers {
    use core::marker::PhantomData;
    pub struct SendSync<C: ?Sized + Send + Sync>(PhantomData<C>);
    pub struct SendOnly<C: ?Sized + Send>(PhantomData<C>);
    #[diagnostic::on_unimplemented(message = "a field of `{Owner}` is `{Self}`, which is not thread-safe")]
    pub trait FieldIsSendSync<Owner: ?Sized> {}
    #[diagnostic::do_not_recommend]
    impl<T: ?Sized + Send + Sync, O: ?Sized> FieldIsSendSync<O> for T {}
    #[diagnostic::on_unimplemented(message = "a field of `{Owner}` is `{Self}`, which is not `Send`")]
    pub trait FieldIsSend<Owner: ?Sized> {}
    #[diagnostic::do_not_recommend]
    impl<T: ?Sized + Send, O: ?Sized> FieldIsSend<O> for T {}
    pub struct FieldSendSync<C: ?Sized + FieldIsSendSync<O>, O: ?Sized>(PhantomData<C>, PhantomData<O>);
    pub struct FieldSend<C: ?Sized + FieldIsSend<O>, O: ?Sized>(PhantomData<C>, PhantomData<O>);
}
"""

# name -> what it is, for the printed table.
ENCODINGS = {
    "floor": "the types and their unsafe impls alone (version c)",
    "item": "+ one empty `const _: () = { struct Checks; };` per type",
    "whole": "+ one assertion of the whole type (check mode); vouched types per field",
    "let": "+ per field: `let _: SendSync<F>;` in a const body (a generic fn's, if generic)",
    "struct": "+ per field: a field `SendSync<F>` of one check struct per type",
    "message": "+ per field: `FieldSendSync<F, Owner>` (message trait naming the type) in a struct",
}


def claims(t: TypeDef) -> list[tuple[str, bool]]:
    """(type, needs Sync too) for each distinct claim of `t`, in field order."""
    return [(ty, traits == BOTH) for ty, traits in render.distinct_checks(t)]


def assertion(encoding: str, ty: str, both: bool, owner: str) -> str:
    if encoding == "message":
        return f"helpers::{'FieldSendSync' if both else 'FieldSend'}<{ty}, {owner}>"
    return f"helpers::{'SendSync' if both else 'SendOnly'}<{ty}>"


def checks(encoding: str, t: TypeDef) -> str:
    owner = f"{t.name}{t.params}"
    params = "<T>" if t.generic else ""
    where = " where T: Send + Sync" if t.generic else ""
    # A generic check struct must use `T`; an fn need not.
    keep = ", ::core::marker::PhantomData<fn() -> T>" if t.generic else ""
    if encoding == "item":
        return "const _: () = { #[allow(dead_code)] struct Checks; };\n"
    found = claims(t)
    if encoding == "whole" and not t.vouched:
        both = t.checked == BOTH
        arcs = [(ty, True) for f in t.all_fields for ty in f.ty.arc_inners]
        found = [(owner, both), *dict.fromkeys(arcs)]
    types = [assertion(encoding, ty, both, owner) for ty, both in found]
    if encoding == "let":
        lets = " ".join(f"let _: {ty};" for ty in types)
        if t.generic:
            return f"const _: () = {{ #[allow(dead_code)] fn checks{params}(){where} {{ {lets} }} }};\n"
        return f"const _: () = {{ {lets} }};\n"
    fields = ", ".join(types)
    return (
        f"const _: () = {{ #[allow(dead_code)] struct Checks{params}({fields}{keep}){where}; }};\n"
    )


def lib_rs(encoding: str, types: list[TypeDef]) -> str:
    floor = render.lib_rs("c", types)
    if encoding == "floor":
        return floor
    return floor + HELPERS + "".join(checks(encoding, t) for t in types)


def cargo_check(crate: str, must_pass: bool = True) -> float:
    """CPU seconds of `cargo check --lib` of the crate alone, rebuilt in full."""
    os.utime(os.path.join(crate, "src", "lib.rs"))
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=os.path.join(crate, "target"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(["cargo", "check", "--lib", "-q"], cwd=crate, env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if must_pass and done.returncode != 0:
        sys.exit(f"`cargo check` failed in {crate}:\n{done.stderr[-4000:]}")
    if not must_pass and done.returncode == 0:
        sys.exit(f"`cargo check` accepted a field that is not Send in {crate}: the encoding checks nothing")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def rejects_a_bad_field(out: str, encoding: str) -> None:
    """An encoding counts only if it fails on a type with an `Rc` field: proves it checks."""
    field = Field("f0", FieldType("std::rc::Rc<u8>", "std::rc::Rc::new(0)"))
    bad = TypeDef("Bad", False, None, [field], BOTH, {}, all_fields=[field])
    crate = os.path.join(out, "rejects", encoding)
    gen.write(os.path.join(crate, "Cargo.toml"), render.cargo_toml("c", gen.REPO).replace("bench-types", f"rejects-{encoding}"))
    gen.write(os.path.join(crate, "src", "lib.rs"), lib_rs(encoding, [bad]))
    cargo_check(crate, must_pass=False)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of types (default 1000)")
    parser.add_argument("--reps", type=int, default=7, help="interleaved repetitions (default 7)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(gen.REPO), "bench-out", "encodings"))
    args = parser.parse_args(argv)
    types = model.build(args.n)
    crates = {}
    for encoding in ENCODINGS:
        crate = os.path.abspath(os.path.join(args.out, f"n{args.n}", encoding))
        gen.write(os.path.join(crate, "Cargo.toml"), render.cargo_toml("c", gen.REPO).replace("bench-types", f"bench-{encoding}"))
        gen.write(os.path.join(crate, "src", "lib.rs"), lib_rs(encoding, types))
        crates[encoding] = crate
    for encoding, crate in crates.items():
        cargo_check(crate)  # warm-up, and proof that the encoding compiles
        if encoding not in ("floor", "item"):
            rejects_a_bad_field(os.path.abspath(args.out), encoding)
    samples: dict[str, list[float]] = {encoding: [] for encoding in crates}
    start = time.time()
    for rep in range(args.reps):
        for encoding, crate in crates.items():
            samples[encoding].append(cargo_check(crate))
        print(f"  rep {rep + 1}/{args.reps} done", flush=True)
    floor = statistics.median(samples["floor"])
    print(f"\nN = {args.n}, `cargo check --lib`, median CPU seconds of {args.reps} interleaved runs"
          f" ({time.time() - start:.0f} s); load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"  {'encoding':9} {'cpu s':>6} {'/floor':>7}  what")
    for encoding, what in ENCODINGS.items():
        median = statistics.median(samples[encoding])
        print(f"  {encoding:9} {median:6.2f} {median / floor:7.2f}  {what}")


if __name__ == "__main__":
    main(sys.argv[1:])
