"""Times `cargo thread-safe audit` on generated crates and `cargo clippy` beside it; prints the
markdown rows that BENCHMARKS.md's `## Audit` section shows.

    cargo build --release -p cargo-thread-safe
    python3 audit/benches/measure.py WORKDIR [--binary target/release/cargo-thread-safe]
        [--big-modules 2000] [--clippy-modules 200] [--runs 5]

WORKDIR receives the generated crates (outside the repository; nothing is committed).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CLIPPY_LINTS = [
    "-W", "clippy::arc_with_non_send_sync",
    "-W", "clippy::non_send_fields_in_send_ty",
    "-W", "clippy::undocumented_unsafe_blocks",
]


def generate(out: str, modules: int) -> None:
    if os.path.exists(out):
        shutil.rmtree(out)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out, "--modules", str(modules)], check=True)


def timed(command: list[str], cwd: str | None = None, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system, children included) and the output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, result.stdout + result.stderr


def audit(binary: str, crate: str, runs: int) -> tuple[float, float, dict]:
    """Median wall and CPU time of `audit --format json` (files warm in the page cache), and the
    summary."""
    walls, cpus = [], []
    summary = {}
    for _ in range(runs):
        elapsed, cpu, output = timed([binary, "audit", crate, "--format", "json"])
        walls.append(elapsed)
        cpus.append(cpu)
        summary = json.loads(output)["summary"]
    return statistics.median(walls), statistics.median(cpus), summary


def clippy(crate: str, runs: int) -> tuple[float, float, int]:
    """Median wall and CPU time of a from-scratch `cargo clippy` of the crate (it has no
    dependencies), and its warning count."""
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(crate, "target"), CARGO_TERM_COLOR="never")
    walls, cpus = [], []
    warnings = 0
    for _ in range(runs):
        subprocess.run(["cargo", "clean"], cwd=crate, env=env, capture_output=True, check=True)
        elapsed, cpu, output = timed(["cargo", "clippy", "--", *CLIPPY_LINTS], cwd=crate, env=env)
        walls.append(elapsed)
        cpus.append(cpu)
        warnings = sum(1 for line in output.splitlines() if line.startswith("warning:") and "generated" not in line)
    return statistics.median(walls), statistics.median(cpus), warnings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir")
    parser.add_argument("--binary", default=os.path.join("target", "release", "cargo-thread-safe"))
    parser.add_argument("--big-modules", type=int, default=2000)
    parser.add_argument("--clippy-modules", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)

    print("| what | files | lines | wall (median) | CPU (median) | lines/s (wall) | reported |")
    print("| --- | --- | --- | --- | --- | --- | --- |")

    def row(what: str, summary: dict, wall: float, cpu: float, reported: str) -> None:
        print(f"| {what} | {summary['files_scanned']} | {summary['lines']:,} | {wall:.2f} s | {cpu:.2f} s "
              f"| {summary['lines'] / wall:,.0f} | {reported} |")

    big = os.path.join(args.workdir, "big")
    generate(big, args.big_modules)
    wall, cpu, summary = audit(binary, big, args.runs)
    row("audit (large tree)", summary, wall, cpu, f"{summary['findings']:,} findings")

    small = os.path.join(args.workdir, "clippy")
    generate(small, args.clippy_modules)
    wall, cpu, summary = audit(binary, small, args.runs)
    by_rule = ", ".join(f"{n} {rule}" for rule, n in summary["by_rule"].items() if n)
    row("audit", summary, wall, cpu, by_rule)
    wall, cpu, warnings = clippy(small, max(1, args.runs // 2))
    row("cargo clippy, 3 lints, from scratch", summary, wall, cpu, f"{warnings} warnings")


if __name__ == "__main__":
    main()
