#!/usr/bin/env bash
# Fuzzes the #[thread_safe] pipeline (see README.md). Not part of CI.
#   fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
# SECONDS defaults to 600. Crashes land in fuzz/artifacts/expand/, the corpus grows in
# fuzz/corpus/expand/, libFuzzer's log is fuzz/fuzz-0.log.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift $(( $# > 0 ? 1 : 0 ))

command -v cargo-fuzz >/dev/null || { echo "cargo-fuzz is missing: cargo install cargo-fuzz" >&2; exit 1; }

# Seeds: every #[thread_safe] item of the UI cases, test crates and examples, in the input format.
cargo run --quiet --manifest-path ../Cargo.toml -p expand-props --example fuzz_seeds -- \
    corpus/expand ../tests/ui ../tests/crates ../examples

# One job, one worker: the machine is shared. The dictionary holds the attribute's words.
cargo +nightly fuzz run expand corpus/expand -- \
    -jobs=1 -workers=1 -max_total_time="$seconds" -dict=expand.dict \
    -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$@"
