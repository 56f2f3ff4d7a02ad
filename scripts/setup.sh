#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test the app, and nothing else.
# Idempotent: every step checks first, so on a warm machine this takes seconds.
# Sourced by run.sh and test.sh; afterwards scripts/wasm-env.sh sets up wasm builds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# rustup can add the wasm32 target on most machines; where it cannot (no download
# allowed), Debian's rustc-web builds the standard library for wasm32 from source.
wasm_route() {
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo rustup
  else
    echo debian
  fi
}

apt_missing=()
need_apt() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed" || apt_missing+=("$1"); }
need_apt chromium
need_apt chromium-driver
need_apt brotli
command -v node >/dev/null || { need_apt nodejs; need_apt npm; }
if [ "$(wasm_route)" = debian ]; then
  for p in rustc-web cargo-web rust-web-src lld-22; do need_apt "$p"; done
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${apt_missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# cargo install, trying the crate's own lock file first (reproducible), then a fresh
# resolution if the registry no longer serves a locked version.
cargo_install() {
  say "installing $1 $2 (a few minutes, once)"
  cargo install "$1" --version "$2" --locked --quiet || cargo install "$1" --version "$2" --quiet
}

# Trunk 0.21: 0.22 needs a newer rustc than either toolchain here.
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  cargo_install trunk '~0.21'
fi

# wasm-bindgen-cli must be exactly the version in Cargo.lock.
wbg_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wbg_version}\$"; then
  cargo_install wasm-bindgen-cli "$wbg_version"
fi

# wasm-opt from npm's binaryen: Debian's binaryen is too old for current rustc output.
if ! tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  say "installing wasm-opt (npm binaryen)"
  (cd tools && npm ci --silent --no-audit --no-fund)
fi

# End-to-end test libraries: playwright-core drives Debian's Chromium (never a downloaded one).
if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
  say "installing end-to-end test libraries (npm)"
  (cd tests/e2e && npm ci --silent --no-audit --no-fund)
fi

# Trunk builds offline, so the crates must be in cargo's cache first.
cargo fetch --quiet

# The standard library's own crates (dlmalloc, rustc-demangle and others), when it is built
# from source for wasm32 (always on the Debian route; on the rustup route when rust-src is
# installed, see scripts/release-env.sh). The project's `cargo fetch` does not download them,
# so without this a fresh machine's first offline build fails with "no matching package
# named `dlmalloc` found". The library's manifest asks for unstable cargo features, hence
# RUSTC_BOOTSTRAP; --locked keeps its Cargo.lock as shipped.
if [ "$(wasm_route)" = debian ]; then
  std_rustc=/usr/bin/rustc std_cargo=/usr/bin/cargo
else
  std_rustc=rustc std_cargo=cargo
fi
std_manifest="$("$std_rustc" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
if [ -f "$std_manifest" ]; then
  RUSTC="$std_rustc" RUSTC_BOOTSTRAP=1 "$std_cargo" fetch --quiet --locked --manifest-path "$std_manifest"
elif [ "$(wasm_route)" = debian ]; then
  say "the standard library's source is missing: $std_manifest (package rust-web-src)"
  exit 1
fi
