#!/usr/bin/env bash
# Checks the release build against the size budgets in size-budget.txt.
#   scripts/check-size.sh [dist folder]      (default: dist)
# Every file is measured as `brotli -q 11` would send it; the bytes are deterministic for a
# given toolchain, so a failure means something really grew. Exits 1, naming the part that
# is over and its files, when any budget is exceeded.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
budget_file=size-budget.txt

command -v brotli >/dev/null || { echo "check-size: brotli is not installed" >&2; exit 2; }
[ -d "$dist" ] || { echo "check-size: no $dist/ folder; run ./run.sh build first" >&2; exit 2; }

# The part a file counts towards: its extension, or "other".
part_of() {
  case "$1" in
    */locales/*) echo locales ;;
    *.wasm) echo wasm ;;
    *.js) echo js ;;
    *.css) echo css ;;
    *) echo other ;;
  esac
}

declare -A used=() budget=()
files=()
while IFS= read -r -d '' f; do
  bytes=$(brotli -c -q 11 "$f" | wc -c)
  part=$(part_of "$f")
  used[$part]=$(( ${used[$part]:-0} + bytes ))
  used[total]=$(( ${used[total]:-0} + bytes ))
  files+=("$bytes $part ${f#"$dist"/}")
done < <(find "$dist" -type f -print0 | sort -z)

while read -r part limit _; do
  case "$part" in ''|'#'*) continue ;; esac
  budget[$part]=$limit
done < "$budget_file"
[ -n "${budget[total]:-}" ] || { echo "check-size: $budget_file has no 'total' line" >&2; exit 2; }

printf '%-10s %10s %10s\n' part brotli budget
over=()
for part in wasm js css locales other total; do
  [ -n "${used[$part]:-}${budget[$part]:-}" ] || continue
  u=${used[$part]:-0}
  b=${budget[$part]:-}
  if [ -z "$b" ]; then
    printf '%-10s %10d %10s  (no budget)\n' "$part" "$u" -
  elif [ "$u" -gt "$b" ]; then
    printf '%-10s %10d %10d  OVER by %d bytes\n' "$part" "$u" "$b" $((u - b))
    over+=("$part")
  else
    printf '%-10s %10d %10d  %d bytes to spare\n' "$part" "$u" "$b" $((b - u))
  fi
done

# What a visit downloads in English: everything but the translations, which are fetched
# (and kept offline) only when their language is picked.
printf '%-10s %10d  (a visit in English: all but locales/)\n' visit $(( ${used[total]:-0} - ${used[locales]:-0} ))

if [ ${#over[@]} -gt 0 ]; then
  echo
  for part in "${over[@]}"; do
    if [ "$part" = total ]; then
      echo "The whole app is over its ${budget[total]}-byte budget. Every file, largest first:"
    else
      echo "The $part files are over their ${budget[$part]}-byte budget:"
    fi
    printf '%s\n' "${files[@]}" | sort -rn | while read -r bytes p name; do
      if [ "$part" = total ] || [ "$p" = "$part" ]; then
        printf '  %10d  %s\n' "$bytes" "$name"
      fi
    done
  done
  echo
  echo "Size budget exceeded (brotli bytes; budgets in $budget_file). Make the part that grew"
  echo "smaller; raise a budget only if the growth is worth it (the target for the total is 307200)."
  exit 1
fi
echo "Size budgets: ok"
