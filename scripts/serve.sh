#!/usr/bin/env bash
# `./run.sh` (serve) after set-up: builds once, then serves with Trunk and live reload on
# http://127.0.0.1:${PORT:-8080}. Expects scripts/wasm-env.sh to have been sourced.
#
# - The first build runs on its own, so a build that fails stops here with the compiler's
#   messages and exit status 1 (`trunk serve` would print the error and serve nothing).
# - Trunk 0.21 is built with panic=abort, so a panic in its file watcher thread (seen on a
#   fresh machine: notify-debouncer-full, "index out of bounds") ends the whole server at
#   once, without a word of its own. If Trunk stops without being asked to, this says so and
#   starts it again; if it stops again within a minute, it serves the last build from dist/
#   without live reload (scripts/serve-dist.mjs) and says so.
#
# TRUNK names the Trunk command (scripts/fresh-check.sh sets it to make Trunk fail on purpose).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port=${PORT:-8080}
trunk=${TRUNK:-trunk}
say() { printf '\033[1m[run]\033[0m %s\n' "$*" >&2; }

say "building (the first build after set-up takes several minutes)"
if ! "$trunk" build --offline; then
  say "the build failed (the messages above say why), so nothing is served"
  exit 1
fi

# Ctrl-C (or a TERM) reaches Trunk too; this only notes that stopping was asked for.
stop_asked=0
trap 'stop_asked=1' INT TERM

quick_stops=0
while :; do
  started=$SECONDS
  "$trunk" serve --offline --address 127.0.0.1 --port "$port"
  status=$?
  [ "$stop_asked" = 1 ] && exit 0
  say "Trunk stopped by itself (exit status $status). A 'panicked' line above from notify" \
    "means its file watcher failed, a known fault of Trunk."
  if [ $((SECONDS - started)) -ge 60 ]; then quick_stops=0; fi
  quick_stops=$((quick_stops + 1))
  if [ "$quick_stops" -ge 2 ]; then
    break
  fi
  say "starting Trunk again"
done

say "Trunk stopped twice within a minute: serving the last build WITHOUT live reload on" \
  "http://127.0.0.1:${port}/ (after changing the code, press Ctrl-C and run ./run.sh again)"
"$trunk" build --offline || exit 1
node scripts/serve-dist.mjs dist "$port" &
server=$!
trap 'kill "$server" 2>/dev/null; exit 0' INT TERM
wait "$server" # returns only if the server stops by itself (the port is taken, say)
