#!/usr/bin/env bash
# Checks the release build against the size budgets in size-budget.txt.
#   scripts/check-size.sh [dist folder]          (default: dist)
#   scripts/check-size.sh --files VISIT [dist]   lists the files of one visit (see below)
# Every file is measured as `brotli -q 11` would send it; the bytes are deterministic for a
# given toolchain, so a failure means something really grew. Exits 1, naming what is over
# and its files, when any budget is exceeded.
#
# Two kinds of line are checked:
# - parts of dist/ by kind (wasm, js, css, locales, other, total), so growth is named where
#   it happens;
# - visits (issue 21): every file one first visit downloads, from the app's five bundles
#   (see src/app/route.rs) only the one it starts:
#     embed             the calculator on an agency's page: embed.js (on that page), then
#                       the frame's index.html, start-up script, styles and the
#                       embedded_questions bundle, the calculator's questions alone (the
#                       embedded page registers no service worker);
#     visit-calculator  #/ or #/better-off in English: the shell, the questions bundle,
#                       sw.js and the icon and manifest the page links to;
#     visit-tools       #/tasks, #/tracker or #/your-data in English: the same with the
#                       tools bundle;
#   and what the calculator's first visits have downloaded in all once the person has gone
#   on to the answer (the page reloads into the whole calculator; the rest is cached):
#     embed-answer      embed with the embedded bundle;
#     visit-calculator-answer  visit-calculator with the calculator bundle.
#   tests/e2e/bundles.test.mjs checks that these lists are what the browser really fetches.
set -euo pipefail
cd "$(dirname "$0")/.."
list_only=
if [ "${1:-}" = --files ]; then
  list_only=${2:?--files needs a visit name}
  shift 2
fi
dist=${1:-dist}
budget_file=size-budget.txt

[ -d "$dist" ] || { echo "check-size: no $dist/ folder; run ./run.sh build first" >&2; exit 2; }

# The part a file counts towards: its extension, or "other".
part_of() {
  case "$1" in
    locales/*) echo locales ;;
    *.wasm) echo wasm ;;
    *.js) echo js ;;
    *.css) echo css ;;
    *) echo other ;;
  esac
}

# Whether the file `$2` (relative to dist/) is fetched by the visit `$1`.
in_visit() {
  local visit=$1 f=$2
  case "$f" in
    embed-demo.*) return 1 ;; # the made-up agency's demo page, not the app's
    index.html | start-*.js) return 0 ;;
    *.css) css_in_visit "$visit" "$f"; return ;;
  esac
  case "$visit:$f" in
    embed*:embed.js | embed*:embedded_questions-*.js | embed*:embedded_questions-*_bg.wasm) return 0 ;;
    embed-answer:embedded-*.js | embed-answer:embedded-*_bg.wasm) return 0 ;;
    visit-*:sw.js | visit-*:favicon.svg | visit-*:manifest.webmanifest) return 0 ;;
    visit-calculator*:questions-*.js | visit-calculator*:questions-*_bg.wasm) return 0 ;;
    visit-calculator-answer:calculator-*.js | visit-calculator-answer:calculator-*_bg.wasm) return 0 ;;
    visit-tools:tools-*.js | visit-tools:tools-*_bg.wasm) return 0 ;;
  esac
  return 1
}
VISITS=(embed embed-answer visit-calculator visit-calculator-answer visit-tools)

# Whether the style sheet `$2` is fetched by the visit `$1`: index.html links some on every
# page; a bundle's own are listed with it in the start-up script (scripts/csp-start-script.sh),
# which adds only the ones of the bundle it starts.
css_in_visit() {
  local bundle start
  case $1 in
    embed | embed-answer) bundle=embedded_questions ;;
    visit-calculator | visit-calculator-answer) bundle=questions ;;
    *) bundle=tools ;;
  esac
  start=$(cat "$dist"/start-*.js)
  if ! grep -q -F "'./$2'" <<<"$start"; then
    return 0
  fi
  grep -o -E "(^|[ {,])$bundle: \{[^}]*\}" <<<"$start" | grep -q -F "'./$2'"
}

mapfile -t names < <(cd "$dist" && find . -type f ! -name '*.br' ! -name '*.gz' -printf '%P\n' | LC_ALL=C sort)

if [ -n "$list_only" ]; then
  case " ${VISITS[*]} " in *" $list_only "*) ;; *) echo "check-size: no visit $list_only (${VISITS[*]})" >&2; exit 2 ;; esac
  for f in "${names[@]}"; do
    if in_visit "$list_only" "$f"; then echo "$f"; fi
  done
  exit 0
fi

command -v brotli >/dev/null || { echo "check-size: brotli is not installed" >&2; exit 2; }

declare -A used=() budget=()
files=()
for f in "${names[@]}"; do
  bytes=$(brotli -c -q 11 "$dist/$f" | wc -c)
  part=$(part_of "$f")
  used[$part]=$(( ${used[$part]:-0} + bytes ))
  used[total]=$(( ${used[total]:-0} + bytes ))
  for visit in "${VISITS[@]}"; do
    if in_visit "$visit" "$f"; then
      used[$visit]=$(( ${used[$visit]:-0} + bytes ))
      part="$part,$visit"
    fi
  done
  files+=("$bytes $part $f")
done

while read -r part limit _; do
  case "$part" in ''|'#'*) continue ;; esac
  budget[$part]=$limit
done < "$budget_file"
for line in total "${VISITS[@]}"; do
  [ -n "${budget[$line]:-}" ] || { echo "check-size: $budget_file has no '$line' line" >&2; exit 2; }
done

printf '%-24s %10s %10s\n' part brotli budget
over=()
for part in wasm js css locales other total "${VISITS[@]}"; do
  [ -n "${used[$part]:-}${budget[$part]:-}" ] || continue
  u=${used[$part]:-0}
  b=${budget[$part]:-}
  if [ -z "$b" ]; then
    printf '%-24s %10d %10s  (no budget)\n' "$part" "$u" -
  elif [ "$u" -gt "$b" ]; then
    printf '%-24s %10d %10d  OVER by %d bytes\n' "$part" "$u" "$b" $((u - b))
    over+=("$part")
  else
    printf '%-24s %10d %10d  %d bytes to spare\n' "$part" "$u" "$b" $((b - u))
  fi
done

if [ ${#over[@]} -gt 0 ]; then
  echo
  for part in "${over[@]}"; do
    if [ "$part" = total ]; then
      echo "The whole app is over its ${budget[total]}-byte budget. Every file, largest first:"
    else
      echo "$part is over its ${budget[$part]}-byte budget. Its files, largest first:"
    fi
    printf '%s\n' "${files[@]}" | sort -rn | while read -r bytes parts name; do
      if [ "$part" = total ] || [[ ",$parts," == *",$part,"* ]]; then
        printf '  %10d  %s\n' "$bytes" "$name"
      fi
    done
  done
  echo
  echo "Size budget exceeded (brotli bytes; budgets in $budget_file). Make the part that grew"
  echo "smaller; raise a budget only if the growth is worth it (issue 21's targets: the embed's"
  echo "first load 204800, each visit in English 307200)."
  exit 1
fi
echo "Size budgets: ok"
