#!/usr/bin/env bash
# Trunk post_build hook (see Trunk.toml): writes sw.js, the service worker that keeps the
# app on the device for offline use, from scripts/sw.template.js. It fills in the list of
# every file of this build (Trunk puts a content hash in the .js, .wasm and .css names, so
# the list changes with each build) and a version: a hash of those files and the template.
# A build that changes nothing gives the same sw.js, so browsers download nothing new.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true

staging=${TRUNK_STAGING_DIR:?run this from Trunk as a post_build hook}
template="${TRUNK_SOURCE_DIR:-$PWD}/scripts/sw.template.js"
cd "$staging"
rm -f sw.js

# Every file but the worker itself and pre-compressed copies (a server sends those in
# place of the plain file; the page never asks for them by name). The translations count
# towards the version but are not listed: the worker stores each when it is first used.
mapfile -t all < <(find . -type f ! -name sw.js ! -name '*.br' ! -name '*.gz' -printf '%P\n' | LC_ALL=C sort)
files=()
for f in "${all[@]}"; do
  case $f in locales/*) ;; *) files+=("$f") ;; esac
done
[ "${#files[@]}" -gt 0 ] || { echo "sw-precache: no files in $staging" >&2; exit 1; }

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
printf '%s\n' "$sw" > sw.js
echo "sw-precache: sw.js version $version, ${#files[@]} files"
