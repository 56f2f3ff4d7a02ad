#!/usr/bin/env bash
# Every timing in one run, printed as tables (see BENCHMARKS.md for what each means and the
# figures last measured). Times only: nothing here passes or fails.
#
#   scripts/bench.sh [native] [wasm] [load] [reference]     default: all four
#
#   native     criterion: one scenario, one point, the 121-point sweep for five households
#   wasm       the same sweep and the per-edit work in WebAssembly, in headless Chromium
#   load       release build at 4x CPU slowdown: first render, interactive, bytes, hours edit
#              (builds dist with trunk into $BENCH_DIST, default target/bench/dist)
#   reference  side by side with the reference model's compiled engine (installs it into a
#              virtual environment outside the repository: scripts/bench-vs-reference.sh)
#
# The machine should be otherwise idle: other builds running at the same time make every
# figure slower and noisier.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
target=${CARGO_TARGET_DIR:-target}
out="$target/bench"
mkdir -p "$out"
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(native wasm load reference)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rustc: $(rustc --version)"

for part in "${parts[@]}"; do
  case "$part" in
    native)
      echo; echo "== native (criterion, release profile)"
      cargo bench --quiet --bench engine 2>&1 | tee "$out/native.txt" |
        grep -E '^[A-Za-z]|time:' |
        grep -v -E '^(Benchmarking|Found|Warming|Collecting|Analyzing|Gnuplot|Compiling|Finished|Running)'
      echo; echo "== native, every oracle household: fastest round (examples/sweep_timing)"
      cargo build --quiet --release --example sweep_timing
      "$target/release/examples/sweep_timing" tests/oracle/public.jsonl |
        node -e 'const l = require("fs").readFileSync(0, "utf8").trim().split("\n").map(JSON.parse);
          for (const r of l) console.log(`${r.id.padEnd(42)} ${r.us_min.toFixed(1).padStart(8)} µs  (median round ${r.us_per_household.toFixed(1)})`);'
      ;;
    wasm)
      echo; echo "== WebAssembly in headless Chromium (wasm-timing profile = release settings)"
      (
        source scripts/wasm-env.sh
        export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
        export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
        cargo test --profile wasm-timing --target wasm32-unknown-unknown \
          --test wasm_timing -- --nocapture 2>&1
      ) | tee "$out/wasm.txt" | grep 'wasm-timing |' | sed 's/^.*wasm-timing | //'
      ;;
    load)
      echo; echo "== loading and the hours edit, release build, CPU 4x slower"
      dist=${BENCH_DIST:-$out/dist}
      (
        source scripts/wasm-env.sh
        trunk build --release --offline --public-url ./ --dist "$dist" >"$out/trunk.log" 2>&1
      )
      node scripts/measure-load.mjs --dist "$dist" --json "$out/load.json"
      ;;
    reference)
      echo; echo "== side by side with the reference model"
      scripts/bench-vs-reference.sh
      ;;
    *)
      echo "unknown part: $part (native, wasm, load, reference)" >&2
      exit 2
      ;;
  esac
done
