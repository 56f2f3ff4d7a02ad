# Sourced after scripts/wasm-env.sh by `./run.sh build`: compiler settings that make the
# release .wasm smaller (issue 10: the whole app within 300 KB with brotli; see
# size-budget.txt and scripts/check-size.sh). Only the release build uses them, so debug
# builds and the browser tests keep panic messages and Debug output.
#
#  -Zlocation-detail=none   no file/line/column strings for panics and #[track_caller]
#  -Zfmt-debug=none         `{:?}` prints nothing, and no Debug code ships; the app must not
#                           show Debug text to anyone (use an explicit name instead)
#  -Cpanic=immediate-abort  a panic traps at once, with no message formatting or panic hook;
#                           it still shows as a page error ("unreachable"), so the end-to-end
#                           tests still see it; run `trunk serve` for the message
#  optimize_for_size        the standard library's smaller variants (sorting, formatting)
#
# -Z flags need RUSTC_BOOTSTRAP (wasm-env.sh sets it on the Debian route); the last two need
# the standard library built from source, which the Debian route always does and the rustup
# route does only when the rust-src component is installed.
export RUSTC_BOOTSTRAP=1
release_rustflags="-Zlocation-detail=none -Zfmt-debug=none"
if [ -z "${CARGO_UNSTABLE_BUILD_STD:-}" ] &&
  rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
fi
if [ -n "${CARGO_UNSTABLE_BUILD_STD:-}" ]; then
  release_rustflags="$release_rustflags -Zunstable-options -Cpanic=immediate-abort"
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
fi
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$release_rustflags"
unset release_rustflags
