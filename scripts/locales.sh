#!/bin/sh
# Trunk post_build hook (see Trunk.toml): joins each translation's files,
# locales/<language>/*.ftl in name order, into locales/<language>.ftl in the build, the file
# the app fetches when someone picks that language. English is not copied: build.rs builds
# it into the app, joined the same way.
set -eu
staging=${TRUNK_STAGING_DIR:?run this from Trunk as a post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-$PWD}
mkdir -p "$staging/locales"
for dir in "$source_dir"/locales/*/; do
  lang=$(basename "$dir")
  [ "$lang" = en-GB ] && continue
  out="$staging/locales/$lang.ftl"
  : > "$out"
  # Comments are for translators and blank lines for people: neither ships (as in build.rs).
  for file in "$dir"*.ftl; do
    grep -v -e '^#' -e '^[[:space:]]*$' "$file" >> "$out" || true
  done
done
echo "locales: $(ls "$staging/locales" | tr '\n' ' ')"
