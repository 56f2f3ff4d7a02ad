#!/bin/sh
# Trunk post_build hook (see Trunk.toml): moves the inline <script type="module"> that
# Trunk writes into index.html, which starts the WebAssembly, into its own file
# start-<hash>.js and loads it with <script type="module" src=…>. Then a
# Content-Security-Policy of script-src 'self' 'wasm-unsafe-eval' (README, "Put it on your
# website") lets the app start with no 'unsafe-inline' and no per-build hash to copy.
# Fails the build if index.html does not hold exactly one such script, so a change in
# Trunk's output is noticed rather than shipped with a policy that blocks the app.
set -eu
dir=${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}
html="$dir/index.html"
tmp_js="$dir/.start.js.tmp"
tmp_html="$dir/.index.html.tmp"

# Lines from <script type="module"> to its </script> go to tmp_js; the rest stays, with
# a marker line where the script was. Counts the scripts moved.
count=$(awk -v js="$tmp_js" -v out="$tmp_html" '
  BEGIN { inside = 0; n = 0 }
  {
    line = $0
    if (!inside) {
      # Quoted as Trunk writes it, or bare once the release minifier has run.
      if (!match(line, /<script type=("module"|module)>/)) { print line > out; next }
      n++
      before = substr(line, 1, RSTART - 1)
      line = substr(line, RSTART + RLENGTH)
      if (before ~ /[^ \t]/) print before > out
      print "@@WORK_STEPS_START_SCRIPT@@" > out
      inside = 1
    }
    j = index(line, "</script>")
    if (j == 0) { print line > js; next }
    print substr(line, 1, j - 1) > js
    after = substr(line, j + length("</script>"))
    if (after ~ /[^ \t]/) print after > out
    inside = 0
  }
  END { print n }
' "$html")

if [ "$count" != 1 ]; then
  rm -f "$tmp_js" "$tmp_html"
  echo "csp-start-script: expected 1 inline module script in index.html, found $count" >&2
  exit 1
fi

hash=$(sha256sum "$tmp_js" | cut -c1-16)
name="start-$hash.js"
mv "$tmp_js" "$dir/$name"
sed "s|@@WORK_STEPS_START_SCRIPT@@|<script type=\"module\" src=\"${TRUNK_PUBLIC_URL:-./}$name\"></script>|" \
  "$tmp_html" > "$html"
rm -f "$tmp_html"
echo "csp-start-script: moved the start-up script to $name"
