#!/usr/bin/env bash
# The size of one bundle, quickly, without a whole `./run.sh build` (issue 21's size work).
#   bash scripts/wasm-size.sh BIN        BIN = calculator, tools or any binary in src/bin/
# Builds that one release binary to WebAssembly with the same settings as Trunk
# (scripts/wasm-env.sh, scripts/release-env.sh, `cargo build --release`), runs wasm-bindgen
# and wasm-opt -Oz as Trunk does, and prints the brotli -q 11 size of the .wasm and its glue
# as shipped. It also keeps a copy with function names, for scripts/wasm-profile.py:
#   python3 scripts/wasm-profile.py target/wasm-size/BIN-named.wasm [N]
# The shipped .wasm is byte for byte the one `./run.sh build` writes to dist/ (checked on
# 7 December 2026: calculator 355,889 bytes with brotli both ways).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: scripts/wasm-size.sh BIN}
source scripts/wasm-env.sh
source scripts/release-env.sh
target=${CARGO_TARGET_DIR:-target}
command -v wasm-opt >/dev/null || {
  echo "wasm-size: no wasm-opt; ./run.sh build installs it in tools/node_modules" >&2
  exit 2
}
cargo build --quiet --release --target wasm32-unknown-unknown --bin "$bin"
out=$target/wasm-size
mkdir -p "$out"
wasm-bindgen --keep-debug --out-dir "$out" --target web "$target/wasm32-unknown-unknown/release/$bin.wasm"
wasm-opt -Oz --debuginfo "$out/${bin}_bg.wasm" -o "$out/$bin-named.wasm"
wasm-opt -Oz --strip-debug "$out/${bin}_bg.wasm" -o "$out/$bin-shipped.wasm"
# As the build hook does (scripts/csp-start-script.sh): the names the .wasm and glue share
# without wasm-bindgen's hashes.
cp "$out/$bin.js" "$out/$bin-shipped.js"
node scripts/wasm-short-names.mjs "$out/$bin-shipped.wasm" "$out/$bin-shipped.js" >/dev/null
echo "$bin: .wasm $(brotli -q 11 -c "$out/$bin-shipped.wasm" | wc -c) bytes with brotli," \
  "glue $(brotli -q 11 -c "$out/$bin-shipped.js" | wc -c)"
echo "profile: python3 scripts/wasm-profile.py $out/$bin-named.wasm"
