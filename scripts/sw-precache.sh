#!/usr/bin/env bash
# Trunk post_build hook (see Trunk.toml): writes sw.js, the service worker that keeps the
# app on the device for offline use, from scripts/sw.template.js. It fills in the list of
# every file of this build (Trunk puts a content hash in the .js, .wasm and .css names, so
# the list changes with each build) and a version: a hash of those files and the template.
# A build that changes nothing gives the same sw.js, so browsers download nothing new.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true

staging=${TRUNK_STAGING_DIR:?run this from Trunk as a post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-$PWD}
template="$source_dir/scripts/sw.template.js"
cd "$staging"
rm -f sw.js

# Every file but the worker itself and pre-compressed copies (a server sends those in
# place of the plain file; the page never asks for them by name). The translations and the
# five bundles (issue 21: calculator-*, questions-*, tools-*, embedded-*,
# embedded_questions-*) count towards the version but
# are not in the shell's list: the worker stores a translation when it is first used, and a
# bundle when a page uses it (see the template). The embedded calculator's bundle is not in
# the shell either: it is for frames on agencies' pages (which register no worker), and a
# device keeps it only once the embed's address has been opened under this worker.
mapfile -t all < <(find . -type f ! -name sw.js ! -name '*.br' ! -name '*.gz' -printf '%P\n' | LC_ALL=C sort)
files=()
names=(calculator questions tools embedded embedded_questions)
declare -A bundle=()
for f in "${all[@]}"; do
  case $f in locales/*) continue ;; esac
  of=
  for name in "${names[@]}"; do
    case $f in "$name"-*.js | "$name"-*_bg.wasm) of=$name ;; esac
  done
  if [ -n "$of" ]; then bundle[$of]+="\"$f\", "; else files+=("$f"); fi
done
[ "${#files[@]}" -gt 0 ] || { echo "sw-precache: no files in $staging" >&2; exit 1; }
bundles=""
for name in "${names[@]}"; do
  [ -n "${bundle[$name]:-}" ] || { echo "sw-precache: no $name bundle in $staging" >&2; exit 1; }
  bundles+="${bundles:+, }$name: [${bundle[$name]%, }]"
done
bundles="{ $bundles }"
# The routes that start the tools and the embedded bundle, and which whole calculator each
# bundle of the questions alone reloads into: the start-up script's own, so the two agree.
tools_line=$(grep -E '^const (TOOLS|EMBEDDED) = \[|^const WHOLE_OF = \{' "$source_dir/scripts/start.template.js")
[ "$(printf '%s\n' "$tools_line" | grep -c .)" = 3 ] || { echo "sw-precache: no TOOLS and EMBEDDED lists and WHOLE_OF table in scripts/start.template.js" >&2; exit 1; }

list="["
for f in "${files[@]}"; do
  case $f in *[\"\\]*) echo "sw-precache: cannot list the file name $f" >&2; exit 1 ;; esac
  list+=$'\n  "'"$f"'",'
done
list="${list%,}"$'\n]'

version=$( { cat "$template"; for f in "${all[@]}"; do printf '%s\0' "$f"; cat "$f"; done; } \
  | sha256sum | cut -c1-16)

sw=$(<"$template")
sw=${sw//__SW_VERSION__/$version}
sw=${sw//__SW_FILES__/$list}
sw=${sw//__SW_BUNDLES__/$bundles}
sw=${sw//__SW_TOOLS__/$tools_line}
printf '%s\n' "$sw" > sw.js
echo "sw-precache: sw.js version $version, ${#files[@]} files in the shell, and the bundles $bundles"
