#!/usr/bin/env bash
# ./run.sh          install what is missing, build, and serve on http://127.0.0.1:${PORT:-8080}
#                   with live reload; a failed build stops it with the compiler's messages
#                   (scripts/serve.sh)
# ./run.sh build    write a release build to dist/ that works from any sub-path of a static host
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
# shellcheck source=scripts/wasm-env.sh
source scripts/wasm-env.sh

case "${1:-serve}" in
  serve)
    exec bash scripts/serve.sh
    ;;
  build)
    # Release-only compiler settings for a smaller .wasm (see the file).
    # shellcheck source=scripts/release-env.sh
    source scripts/release-env.sh
    # A relative public URL makes every asset path relative, so dist/ can be
    # hosted at https://example.org/ or https://example.org/any/sub/path/.
    trunk build --release --offline --public-url ./
    total=$(find dist -type f -exec cat {} + | wc -c)
    brotli_total=0
    for f in $(find dist -type f); do
      brotli_total=$((brotli_total + $(brotli -c -q 11 "$f" | wc -c)))
    done
    echo "dist/: $(find dist -type f | wc -l) files, ${total} bytes, ${brotli_total} bytes with brotli"
    ;;
  *)
    echo "usage: ./run.sh [serve|build]" >&2
    exit 2
    ;;
esac
