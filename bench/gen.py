"""Writes the benchmark crates to disk, outside the repository.

    python3 bench/gen.py OUT N [N ...]

OUT/n<N>/{a,b,c}: the three versions of the user crate with N types (see render.py).
OUT/deps/{ours,syn,sa}: empty crates whose only cost is a dependency tree: ours (the
`thread-safe` facade), syn + quote + proc-macro2 as our macros crate uses them, static_assertions.
"""

from __future__ import annotations

import os
import shutil
import sys
import tomllib

import model
import render

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    # Unchanged files keep their mtime, so cargo's fingerprints of a prebuilt crate stay valid.
    if os.path.exists(path):
        with open(path) as f:
            if f.read() == text:
                return
    with open(path, "w") as f:
        f.write(text)


def _pin_toolchain(crate: str) -> None:
    shutil.copyfile(os.path.join(REPO, "rust-toolchain.toml"), os.path.join(crate, "rust-toolchain.toml"))


def user_crates(out: str, n: int, repo: str = REPO) -> dict[str, str]:
    """Writes the three versions with N types; returns version -> crate dir.

    `repo` is the checkout of thread-safe that version `a` depends on.
    """
    types = model.build(n)
    main = render.main_rs(types)
    crates = {}
    for v in render.VERSIONS:
        crate = os.path.join(out, f"n{n}", v)
        write(os.path.join(crate, "Cargo.toml"), render.cargo_toml(v, repo))
        write(os.path.join(crate, "src", "lib.rs"), render.lib_rs(v, types))
        write(os.path.join(crate, "src", "main.rs"), main)
        _pin_toolchain(crate)
        if v == "a" and not os.path.exists(os.path.join(crate, "Cargo.lock")):
            # The repository's lock file: the same syn, quote and proc-macro2 as its own build.
            shutil.copyfile(os.path.join(repo, "Cargo.lock"), os.path.join(crate, "Cargo.lock"))
        crates[v] = crate
    return crates


def _inline(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_inline(x) for x in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_inline(x)}" for k, x in value.items()) + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


def _macro_deps(repo: str) -> str:
    """syn, quote and proc-macro2 exactly as macros/Cargo.toml asks for them."""
    with open(os.path.join(repo, "macros", "Cargo.toml"), "rb") as f:
        deps = tomllib.load(f)["dependencies"]
    return "".join(f"{name} = {_inline(deps[name])}\n" for name in ("syn", "quote", "proc-macro2"))


def _manifest(name: str, lib: str, deps: str) -> str:
    return (
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"{lib}[dependencies]\n{deps}"
    )


def dep_crates(out: str, repo: str = REPO) -> dict[str, str]:
    """Writes one empty crate per dependency tree; returns tree -> crate dir.

    Each is a library that a user would build, so that `cargo check` compiles a proc macro's
    dependencies in full (it must run the macro) but only checks the rest, as for a real user.
    """
    root = os.path.join(out, "deps")
    # syn + quote + proc-macro2 behind an empty proc-macro crate: our tree minus our own code.
    write(
        os.path.join(root, "syn", "macro", "Cargo.toml"),
        _manifest("deps-syn-macro", "[lib]\nproc-macro = true\n\n", _macro_deps(repo)),
    )
    write(os.path.join(root, "syn", "macro", "src", "lib.rs"), "extern crate proc_macro;\n")
    trees = {
        "ours": f'thread-safe = {{ path = "{repo}" }}\n',
        "syn": 'deps-syn-macro = { path = "macro" }\n',
        "sa": 'static_assertions = "1"\n',
    }
    crates = {}
    for name, deps in trees.items():
        crate = os.path.join(root, name)
        write(os.path.join(crate, "Cargo.toml"), _manifest(f"deps-{name}", "", deps) + "\n[workspace]\n")
        write(os.path.join(crate, "src", "lib.rs"), "")
        _pin_toolchain(crate)
        if name != "sa" and not os.path.exists(os.path.join(crate, "Cargo.lock")):
            shutil.copyfile(os.path.join(repo, "Cargo.lock"), os.path.join(crate, "Cargo.lock"))
        crates[name] = crate
    return crates


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        sys.exit(__doc__)
    out = os.path.abspath(argv[0])
    for n in argv[1:]:
        for v, crate in user_crates(out, int(n)).items():
            print(f"{v}: {crate}")
    for name, crate in dep_crates(out).items():
        print(f"{name}: {crate}")


if __name__ == "__main__":
    main(sys.argv[1:])
