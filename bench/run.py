"""The compile-time and run-time benchmark of `#[thread_safe]` (see BENCHMARKS.md).

    python3 bench/run.py [--sizes 100,1000] [--reps 3] [--out DIR] [--no-deps]
    python3 bench/run.py --at HEAD   # measure a commit (exported with `git archive`), not the
                                     # working tree that others may be editing
    python3 bench/run.py --smoke     # N = 16: only checks that the three versions compile

Generates the three versions of the user crate for each N (gen.py), prebuilds their
dependencies, then times `cargo check` and `cargo build --release` of the crate itself,
interleaved a b c a b c ..., and prints medians, the ratios a/b and a/c, and the `.text` size
of each release binary. Then times a clean build of each dependency tree (ours, syn + quote +
proc-macro2 alone, static_assertions). Raw samples go to OUT/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import elf  # noqa: E402
import gen  # noqa: E402

MODES = {"check": ["check"], "release": ["build", "--release"]}
LABELS = {"a": "#[thread_safe]", "b": "unsafe impl + static_assertions", "c": "unsafe impl alone"}
TREES = {"ours": "thread-safe", "syn": "syn + quote + proc-macro2", "sa": "static_assertions"}


def cargo(args: list[str], crate: str, target: str) -> tuple[float, float]:
    """Runs cargo in `crate`; returns (wall seconds, CPU seconds of cargo and its rustcs)."""
    env = dict(os.environ, CARGO_TARGET_DIR=target, CARGO_TERM_COLOR="never")
    # A touched crate is rebuilt in full, as after a real edit, not replayed from the cache.
    env["CARGO_INCREMENTAL"] = "0"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(["cargo", *args], cwd=crate, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"`cargo {' '.join(args)}` failed in {crate}:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def target_of(out: str, crate: str) -> str:
    # One target dir per generated crate: cargo hashes a root package by its path relative to
    # its workspace, so n100/a and n1000/a would share (and clobber) each other's artifacts.
    return os.path.join(out, "target", os.path.relpath(crate, out).replace(os.sep, "-"))


def touch(crate: str) -> None:
    for name in ("lib.rs", "main.rs"):
        os.utime(os.path.join(crate, "src", name))


def machine() -> str:
    model = next(
        (line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if "model name" in line),
        platform.processor(),
    )
    rustc = subprocess.run(["rustc", "-V"], cwd=gen.REPO, capture_output=True, text=True)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, {model}; {rustc.stdout.strip()}; load average {load}"


def prebuild(crates: dict[str, str], out: str, n: int) -> None:
    for v, crate in crates.items():
        target = target_of(out, crate)
        subprocess.run(["cargo", "fetch", "-q"], cwd=crate, check=True)
        for mode, args in MODES.items():
            print(f"  prebuild n={n} {v} {mode}", flush=True)
            cargo([*args, "--offline"], crate, target)


def time_user_crates(all_crates: dict[int, dict[str, str]], out: str, reps: int) -> dict:
    samples: dict = {}
    text: dict = {}
    for rep in range(reps):
        for n, crates in all_crates.items():
            for mode, args in MODES.items():
                for v, crate in crates.items():
                    target = target_of(out, crate)
                    touch(crate)
                    wall, cpu = cargo([*args, "--offline"], crate, target)
                    samples.setdefault(f"{n}/{mode}/{v}", []).append([wall, cpu])
                    if mode == "release":
                        binary = os.path.join(target, "release", "bench-types")
                        text.setdefault(f"{n}/{v}", set()).add(elf.text_size(binary))
                    print(f"  rep {rep + 1} n={n} {mode:7} {v}: {wall:6.2f}s wall {cpu:6.2f}s cpu", flush=True)
    return {"samples": samples, "text": {k: sorted(s) for k, s in text.items()}}


def time_dep_trees(out: str, reps: int, repo: str) -> dict:
    crates = gen.dep_crates(out, repo)
    for crate in crates.values():
        subprocess.run(["cargo", "fetch", "-q"], cwd=crate, check=True)
    samples: dict = {}
    for rep in range(reps):
        for name, crate in crates.items():
            for mode, args in MODES.items():
                target = target_of(out, crate)
                shutil.rmtree(target, ignore_errors=True)
                wall, cpu = cargo([*args, "--offline"], crate, target)
                samples.setdefault(f"{mode}/{name}", []).append([wall, cpu])
                print(f"  rep {rep + 1} clean {mode:7} {name}: {wall:6.2f}s wall {cpu:6.2f}s cpu", flush=True)
    return samples


def med(pairs: list[list[float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def report_user_crates(result: dict, sizes: list[int]) -> None:
    s = result["samples"]
    for n in sizes:
        print(f"\nN = {n}: median seconds, wall / cpu (cpu = user + sys of cargo and rustc)")
        print(f"  {'version':36} {'cargo check':>16} {'cargo build --release':>24}")
        for v, label in LABELS.items():
            cells = [med(s[f"{n}/{m}/{v}"]) for m in MODES]
            row = "".join(f"{w:>12.2f} / {c:<7.2f}" for w, c in cells)
            print(f"  {v} {label:34} {row}")
        for base in ("b", "c"):
            cells = []
            for m in MODES:
                (wa, ca), (wb, cb) = med(s[f"{n}/{m}/a"]), med(s[f"{n}/{m}/{base}"])
                cells.append(f"{wa / wb:>12.2f} / {ca / cb:<7.2f}")
            print(f"  a/{base} {'':34}{''.join(cells)}")
        sizes_text = {v: result["text"][f"{n}/{v}"] for v in LABELS}
        same = sizes_text["a"] == sizes_text["c"] and len(sizes_text["a"]) == 1
        listed = ", ".join(f"{v} {'/'.join(map(str, t))}" for v, t in sizes_text.items())
        print(f"  .text bytes of the release binary: {listed}: a == c: {'yes' if same else 'NO'}")


def report_dep_trees(samples: dict) -> None:
    print("\nClean build of each dependency tree: median seconds, wall / cpu")
    print(f"  {'tree':36} {'cargo check':>16} {'cargo build --release':>24}")
    for name, label in TREES.items():
        row = "".join(f"{w:>12.2f} / {c:<7.2f}" for w, c in (med(samples[f"{m}/{name}"]) for m in MODES))
        print(f"  {name:4} {label:31} {row}")
    cells = []
    for m in MODES:
        (wo, co), (ws, cs) = med(samples[f"{m}/ours"]), med(samples[f"{m}/syn"])
        cells.append(f"{wo / ws:>12.2f} / {co / cs:<7.2f}")
    print(f"  ours/syn {'':27}{''.join(cells)}")


def export(rev: str, out: str) -> str:
    """A copy of thread-safe at `rev`, so that edits to the working tree do not move the target."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", rev], cwd=gen.REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    dest = os.path.join(out, f"thread-safe-{commit}")
    if not os.path.exists(dest):
        os.makedirs(dest)
        archive = subprocess.run(["git", "archive", commit], cwd=gen.REPO, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=True)
    return dest


def smoke(out: str) -> None:
    # Two full cycles of the type mix, so every kind appears, and nested types too.
    crates = gen.user_crates(out, 16)
    for v, crate in crates.items():
        cargo(["check", "-q"], crate, target_of(out, crate))
        print(f"bench smoke: version {v} ({LABELS[v]}) compiles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000", help="comma-separated N (default 100,1000)")
    parser.add_argument("--reps", type=int, default=3, help="interleaved repetitions (default 3)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(gen.REPO), "bench-out"))
    parser.add_argument("--no-deps", action="store_true", help="skip the dependency-tree builds")
    parser.add_argument("--smoke", action="store_true", help="N = 16: check that all versions compile")
    parser.add_argument("--at", metavar="REV", help="measure thread-safe at this commit")
    parser.add_argument("--thread-safe", metavar="DIR", help="measure this checkout of thread-safe")
    opts = parser.parse_args()
    out = os.path.abspath(opts.out)
    if opts.smoke:
        smoke(out)
        return
    sizes = [int(x) for x in opts.sizes.split(",")]
    repo = export(opts.at, out) if opts.at else os.path.abspath(opts.thread_safe or gen.REPO)
    print(f"machine: {machine()}\nthread-safe: {repo}", flush=True)
    all_crates = {n: gen.user_crates(out, n, repo) for n in sizes}
    for n, crates in all_crates.items():
        prebuild(crates, out, n)
    result = time_user_crates(all_crates, out, opts.reps)
    deps = None if opts.no_deps else time_dep_trees(out, opts.reps, repo)
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump({"machine": machine(), "user": result, "deps": deps}, f, indent=1)
    print(f"\nmachine at the end: {machine()}")
    report_user_crates(result, sizes)
    if deps:
        report_dep_trees(deps)


if __name__ == "__main__":
    main()
