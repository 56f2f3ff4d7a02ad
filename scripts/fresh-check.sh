#!/usr/bin/env bash
# Checks that the README's commands work on a fresh machine: from a fresh clone of the
# current commit (uncommitted changes are not in it), with a CARGO_HOME that holds only the
# installed tools (Trunk, wasm-bindgen: compiling those is the quarter of an hour this
# skips) and an empty npm cache. It needs the Debian packages and the tools that
# scripts/setup.sh installs, and the network (crates.io, npm).
#
#   1. ./run.sh build, with the network, as a new user runs it: set-up downloads.
#   2. From here cargo is offline (CARGO_NET_OFFLINE), so anything set-up failed to download
#      fails the check: the native tests (cargo test), then ./run.sh, which must serve the
#      app's page and its .wasm.
#   3. ./run.sh when things go wrong: a build that fails (it must exit non-zero with the
#      compiler's error and serve nothing); Trunk stopping by itself once (it must say so
#      and serve again) and every time (it must serve dist/ without live reload).
#
# scripts/fresh-check.sh [--cold]
# It works in $FRESH_CHECK_DIR (default ~/.cache/work-steps-fresh-check), and keeps the
# clone and the logs there until the next run. Cargo must download every crate again each
# run, but the compiled crates (target/, about 5 GB) are kept for the next run, in the same
# place so that cargo can reuse them: a later run compiles only this project. --cold empties
# target/ first, as on a fresh machine.
# Exits non-zero at the first failure. .ci/run runs it after ./test.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cold=0
[ "${1:-}" = --cold ] && cold=1

say() { printf '\n\033[1m[fresh-check]\033[0m %s\n' "$*"; }
fail() {
  printf '\n\033[1m[fresh-check] FAILED:\033[0m %s\n' "$*" >&2
  exit 1
}

commit=$(git -C "$root" rev-parse HEAD)
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]; then
  say "note: uncommitted changes are not checked, only commit ${commit:0:12}"
fi

work=${FRESH_CHECK_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/work-steps-fresh-check}
mkdir -p "$work"
exec 9>"$work/lock"
flock -n 9 || { say "waiting for another fresh-check to finish"; flock 9; }
rm -rf "$work/work-steps" "$work/cargo-home" "$work/npm-cache" "$work/logs"
if [ "$cold" = 1 ]; then rm -rf "$work/target"; fi
logs=$work/logs
mkdir -p "$logs"

server_pid=
stop_server() {
  if [ -n "$server_pid" ]; then kill -TERM -- "-$server_pid" 2>/dev/null || true; fi
}
trap stop_server EXIT

# --- The fresh machine -------------------------------------------------------------------
clone=$work/work-steps
git clone --quiet --no-checkout "$root" "$clone"
git -C "$clone" checkout --quiet --detach "$commit"

# Only the installed tools (and rustup's cargo and rustc) in an otherwise empty CARGO_HOME.
tools_home=${CARGO_HOME:-$HOME/.cargo}
export RUSTUP_HOME=${RUSTUP_HOME:-$HOME/.rustup}
export CARGO_HOME=$work/cargo-home
mkdir -p "$CARGO_HOME/bin"
for tool in "$tools_home"/bin/*; do ln -s "$tool" "$CARGO_HOME/bin/"; done
PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -vxF "$tools_home/bin" | paste -sd:)
export PATH="$CARGO_HOME/bin:$PATH"
export npm_config_cache=$work/npm-cache
export CARGO_TARGET_DIR=$work/target
unset CARGO_NET_OFFLINE
cd "$clone"
say "commit ${commit:0:12}, cloned into $clone; CARGO_HOME holds: $(ls "$CARGO_HOME/bin" | tr '\n' ' ')"
if [ -d "$CARGO_TARGET_DIR" ]; then
  say "reusing the compiled crates in $CARGO_TARGET_DIR (--cold empties it first)"
fi

# A free port for ./run.sh.
port=18080
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
export PORT=$port

timings=()
# The steps are functions run left of `||`, where `set -e` does not reach: each returns its
# first failure itself.
timed() { # NAME COMMAND...: runs it, records how long it took
  local name=$1 start=$SECONDS
  shift
  say "$name"
  "$@" || fail "$name"
  timings+=("$(printf '%-48s %4d s' "$name" $((SECONDS - start)))")
}

# --- ./run.sh in the background, the way a person starts it --------------------------------
# Job control gives ./run.sh its own process group, so stopping it is one Ctrl-C (SIGINT)
# to the group, as a terminal sends.
start_run_sh() { # LOG [VAR=VALUE...]
  local log=$1
  shift
  set -m
  env "$@" ./run.sh >"$log" 2>&1 &
  server_pid=$!
  set +m
}
stop_run_sh() {
  kill -INT -- "-$server_pid" 2>/dev/null || true
  local status=0
  wait "$server_pid" || status=$?
  server_pid=
  return "$status"
}
# Waits until the app's page is served, with the start-up script it names and each .wasm
# that script starts (one bundle or the other, by the address) as application/wasm; false if
# ./run.sh ends first or MINUTES pass.
page_served() { # MINUTES
  local deadline=$((SECONDS + $1 * 60)) page start script wasms wasm
  while [ $SECONDS -lt $deadline ]; do
    if page=$(curl -sf "http://127.0.0.1:$PORT/") && [[ $page == *"<title>Work Steps</title>"* ]]; then
      start=$(grep -o 'start-[0-9a-f]*\.js' <<<"$page" | head -1)
      [ -n "$start" ] || { echo "no start-up script named in the page" >&2; return 1; }
      script=$(curl -sf "http://127.0.0.1:$PORT/$start") || { echo "$start is not served" >&2; return 1; }
      wasms=$(grep -o '[^"/]*_bg\.wasm' <<<"$script" | sort -u)
      [ -n "$wasms" ] || { echo "no .wasm named in $start" >&2; return 1; }
      for wasm in $wasms; do
        curl -sf -o /dev/null -w '%{content_type}\n' "http://127.0.0.1:$PORT/$wasm" | grep -qx 'application/wasm' ||
          { echo "$wasm is not served as application/wasm" >&2; return 1; }
      done
      echo "served: the page, $start and" $wasms "(application/wasm)"
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { echo "./run.sh ended before serving" >&2; return 1; }
    sleep 2
  done
  echo "nothing served on port $PORT after $1 minutes" >&2
  return 1
}
serves() { # LOG MINUTES [VAR=VALUE...]: ./run.sh serves, then stops cleanly on Ctrl-C
  local log=$1 minutes=$2
  shift 2
  start_run_sh "$log" "$@"
  if ! page_served "$minutes"; then
    stop_run_sh || true
    tail -40 "$log"
    return 1
  fi
  stop_run_sh || { tail -20 "$log"; echo "./run.sh did not stop cleanly on Ctrl-C" >&2; return 1; }
}
log_says() { # LOG TEXT
  grep -qF -- "$2" "$1" || { tail -30 "$1"; echo "expected in the output: $2" >&2; return 1; }
}

# --- 1. and 2.: the README's commands, then offline --------------------------------------
release_build() {
  ./run.sh build || return 1
  [ -f dist/index.html ] || { echo "no dist/index.html" >&2; return 1; }
}
timed "./run.sh build (set-up downloads, then builds)" release_build
export CARGO_NET_OFFLINE=true
timed "native tests (cargo test, offline)" cargo test --quiet
serve_first() {
  serves "$logs/serve.log" 30 || return 1
  tail -5 "$logs/serve.log"
}
timed "./run.sh serves the app (offline)" serve_first

# --- 3. ./run.sh when things go wrong ----------------------------------------------------
broken_build() {
  local status=0
  echo 'compile_error!("fresh-check: a deliberately broken build");' >>src/lib.rs
  timeout 600 ./run.sh >"$logs/broken.log" 2>&1 || status=$?
  git checkout --quiet -- src/lib.rs
  [ "$status" -ne 0 ] && [ "$status" -ne 124 ] ||
    { tail -20 "$logs/broken.log"; echo "./run.sh exited with $status" >&2; return 1; }
  log_says "$logs/broken.log" "fresh-check: a deliberately broken build" || return 1
  log_says "$logs/broken.log" "the build failed" || return 1
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "something is serving on port $PORT" >&2
    return 1
  fi
  echo "./run.sh exited with status $status and the compiler's error"
}
timed "./run.sh stops on a failing build" broken_build

# Trunk, except that `serve` ends at once the way Trunk ends when its file watcher thread
# panics (Trunk is built with panic=abort), the first STOPS times.
cat >"$logs/trunk-that-stops" <<EOF
#!/usr/bin/env bash
if [ "\$1" = serve ]; then
  count=\$(cat "$logs/trunk-stops" 2>/dev/null || echo 0)
  if [ "\$count" -lt "\$STOPS" ]; then
    echo \$((count + 1)) >"$logs/trunk-stops"
    echo "thread 'notify-rs debouncer loop' panicked: index out of bounds (simulated by fresh-check)" >&2
    kill -ABRT \$\$
  fi
fi
exec "$(command -v trunk)" "\$@"
EOF
chmod +x "$logs/trunk-that-stops"

trunk_stops_once() {
  rm -f "$logs/trunk-stops"
  serves "$logs/stops-once.log" 10 TRUNK="$logs/trunk-that-stops" STOPS=1 || return 1
  log_says "$logs/stops-once.log" "Trunk stopped by itself (exit status 134)" || return 1
  log_says "$logs/stops-once.log" "starting Trunk again"
}
timed "./run.sh restarts Trunk that stopped" trunk_stops_once

trunk_stops_always() {
  rm -f "$logs/trunk-stops"
  serves "$logs/stops-always.log" 10 TRUNK="$logs/trunk-that-stops" STOPS=99 || return 1
  log_says "$logs/stops-always.log" "WITHOUT live reload"
}
timed "./run.sh serves dist/ when Trunk keeps stopping" trunk_stops_always

say "passed in $((SECONDS / 60)) min $((SECONDS % 60)) s, commit ${commit:0:12}:"
printf '  %s\n' "${timings[@]}"
echo "  (the clone and the logs are in $work)"
