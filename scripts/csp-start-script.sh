#!/bin/sh
# Trunk post_build hook (see Trunk.toml): the page's start-up script.
#
# index.html builds the app's two WebAssembly bundles (issue 21: `calculator` and `tools`, one
# binary each; see src/app/route.rs), and Trunk writes, for each, an inline
# <script type="module"> that starts it and <link rel="modulepreload">/<link rel="preload">
# tags that fetch its files. Both would start, and a visit would download both. This hook
# removes all of them and puts in one script, start-<hash>.js (from
# scripts/start.template.js, with the bundles' file names filled in), which starts only the
# bundle the address needs. Being a file, not inline, it lets a Content-Security-Policy of
# script-src 'self' 'wasm-unsafe-eval' (README, "Put it on your website") start the app with
# no 'unsafe-inline' and no per-build hash to copy.
#
# Fails the build if index.html does not hold exactly two such scripts, or a bundle's files
# are missing, so a change in Trunk's output is noticed rather than shipped broken.
set -eu
dir=${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-$PWD}
html="$dir/index.html"
tmp_html="$dir/.index.html.tmp"
tmp_js="$dir/.start.js.tmp"

# The bundles' files, as Trunk names them: <bin>-<hash>.js and <bin>-<hash>_bg.wasm.
bundles=""
for bin in calculator tools; do
  js=$(cd "$dir" && ls "$bin"-*.js 2>/dev/null || true)
  wasm=$(cd "$dir" && ls "$bin"-*_bg.wasm 2>/dev/null || true)
  if [ "$(printf '%s\n' "$js" | grep -c .)" != 1 ] || [ "$(printf '%s\n' "$wasm" | grep -c .)" != 1 ]; then
    echo "csp-start-script: expected one $bin-*.js and one $bin-*_bg.wasm in the build, found '$js' and '$wasm'" >&2
    exit 1
  fi
  bundles="$bundles${bundles:+, }$bin: { js: './$js', wasm: './$wasm' }"
done

# Trunk's inline module scripts go; a marker stays where the first one was. The release
# minifier may have joined lines, so this works on the whole file at once.
count=$(perl -0 -ne 'my $n = () = /<script type=("module"|module)[^>]*>/g; print $n' "$html")
if [ "$count" != 2 ]; then
  echo "csp-start-script: expected 2 inline module scripts in index.html (one per bundle), found $count" >&2
  exit 1
fi
perl -0 -pe '
  my $first = 1;
  s{<script type=(?:"module"|module)[^>]*>.*?</script>}{$first ? do { $first = 0; "\@\@WORK_STEPS_START_SCRIPT\@\@" } : ""}gse;
  # The preloads of the bundles: the start-up script fetches only the one it starts.
  s{<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*(?:calculator|tools)-[0-9a-f]+(?:_bg\.wasm|\.js)[^>]*>}{}g;
' "$html" > "$tmp_html"
if grep -q -E '(calculator|tools)-[0-9a-f]+(_bg\.wasm|\.js)' "$tmp_html"; then
  echo "csp-start-script: index.html still names a bundle's file after the start-up script was taken out" >&2
  rm -f "$tmp_html"
  exit 1
fi

# Comments are for people reading the template: they do not ship.
grep -v -e '^[[:space:]]*//' "$source_dir/scripts/start.template.js" |
  sed "s|__BUNDLES__|{ $bundles }|" > "$tmp_js"
hash=$(sha256sum "$tmp_js" | cut -c1-16)
name="start-$hash.js"
mv "$tmp_js" "$dir/$name"
sed "s|@@WORK_STEPS_START_SCRIPT@@|<script type=\"module\" src=\"${TRUNK_PUBLIC_URL:-./}$name\"></script>|" \
  "$tmp_html" > "$html"
rm -f "$tmp_html"
echo "csp-start-script: $name starts the calculator or the tools bundle"
