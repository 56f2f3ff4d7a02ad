#!/usr/bin/env bash
# Side by side: our engine and the reference model's compiled engine
# (policyengine-uk-compiled, from the Python package registry) on the same households, on
# this machine, in one run. Each household of the oracle's cases file is swept over 121
# hours points (0 to 60 a week in half hours) by both; the table gives the time per
# household and the ratio, with the reference's start-up cost kept apart (see
# scripts/bench_reference.py for what each column means).
#
#   scripts/bench-vs-reference.sh [CASES.jsonl]      default: tests/oracle/public.jsonl
#
# The reference is installed at run time into a virtual environment outside the repository
# ($BENCH_VENV, default /tmp/bench-reference-venv); nothing of it is committed. Pin another
# release with REFERENCE=policyengine-uk-compiled==X.Y.Z. Times only: nothing here passes or
# fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-tests/oracle/public.jsonl}
venv=${BENCH_VENV:-/tmp/bench-reference-venv}
reference=${REFERENCE:-policyengine-uk-compiled==0.66.0}
target=${CARGO_TARGET_DIR:-target}
out=${BENCH_OUT:-$target/bench}
mkdir -p "$out"

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import policyengine_uk_compiled' >/dev/null 2>&1; then
  "$venv/bin/pip" install --quiet "$reference"
fi

cargo build --quiet --release --example sweep_timing
"$target/release/examples/sweep_timing" "$cases" >"$out/ours.jsonl"
"$venv/bin/python" scripts/bench_reference.py "$cases" "$out/ours.jsonl" \
  --json "$out/vs-reference.json" "${@:2}" 2>&1 | grep -v -e '^policyengine_uk_compiled .* check PyPI' -e '^AI guides:'
