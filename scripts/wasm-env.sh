# Sourced: environment for building and testing for wasm32-unknown-unknown.
# See scripts/setup.sh for why there are two routes.
export PATH="$PWD/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  # Debian's rustc-web, with std compiled from source for wasm32.
  export PATH="/usr/bin:$PATH"
  export RUSTC=/usr/bin/rustc
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
fi
