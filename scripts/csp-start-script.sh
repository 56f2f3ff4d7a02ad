#!/bin/sh
# Trunk post_build hook (see Trunk.toml): the page's start-up script.
#
# index.html builds the app's three WebAssembly bundles (issue 21: `calculator`, `tools` and
# `embedded`, one binary each; see src/app/route.rs). Trunk 0.21 takes at most one "main" rust
# link ("only one <link data-trunk rel="rust" data-type="main"/> may be specified") and with
# none builds every binary of the crate, so `calculator` is the main link and the others
# data-type="worker" links (built the same way: cargo, wasm-bindgen --target web, wasm-opt; named <bin>.js and
# <bin>_bg.wasm). Trunk.toml's inject_scripts = false keeps Trunk from writing a start-up
# script or preloads for the main one, but leaves its <link data-trunk> tag. This hook
# 0. shortens the names each bundle's .wasm and glue share (scripts/wasm-short-names.mjs);
# 1. names each bundle's two files by their content, <bin>-<hash>.js and
#    <bin>-<hash>_bg.wasm (Trunk's own hash is of the .wasm alone, and a worker's files get
#    none), so no browser or cache can pair a new .js with an old .wasm;
# 2. writes start-<hash>.js from scripts/start.template.js with those names filled in: it
#    starts only the bundle the address needs;
# 3. loads it with <script type="module" src=…> at the end of <head>. Being a file, not
#    inline, it lets a Content-Security-Policy of script-src 'self' 'wasm-unsafe-eval'
#    (README, "Put it on your website") start the app with no 'unsafe-inline' and no
#    per-build hash to copy.
# 4. removes the leftover <link data-trunk rel="rust"> tag;
# 5. takes each bundle's own style sheets out of index.html (own_styles below), leaving a
#    marker, <meta name=bundle-styles>, where the first was: the start-up script adds the
#    ones of the bundle it starts there, in index.html's order, so a page fetches only the
#    styles its bundle draws with (the tools never the calculator's, the calculator never
#    the tools'). main, forms and print stay in index.html for every page.
# Fails the build if a bundle's files are missing or index.html holds an inline script, so a
# change in Trunk's output is noticed rather than shipped broken.
set -eu
dir=${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-$PWD}
html="$dir/index.html"
tmp_html="$dir/.index.html.tmp"
tmp_js="$dir/.start.js.tmp"

if grep -q -E '<script type=("module"|module)>' "$html"; then
  echo "csp-start-script: index.html has an inline script; is inject_scripts = false gone from Trunk.toml?" >&2
  exit 1
fi

# Each bundle's own style sheets (styles/<name>.css), of these; a bundle not named in
# styles_of loads them all.
own_styles="calculator tasks tracker update-banner embed"
styles_of() {
  case $1 in
    calculator | questions) echo "calculator update-banner" ;;
    tools) echo "tasks tracker update-banner" ;;
    embedded | embedded_questions) echo "calculator embed" ;;
    *) echo "$own_styles" ;;
  esac
}
# The built file of a style sheet: Trunk names it <name>-<16 hex digits>.css.
style_file() {
  found=$(cd "$dir" && ls | grep -E "^$1-[0-9a-f]{16}\.css\$" || true)
  if [ "$(printf '%s\n' "$found" | grep -c .)" != 1 ]; then
    echo "csp-start-script: expected one built $1 style sheet, found '$found'" >&2
    exit 1
  fi
  echo "$found"
}

bundles=""
for bin in calculator questions tools embedded embedded_questions; do
  js=$(cd "$dir" && ls -d "$bin".js "$bin"-*.js 2>/dev/null || true)
  wasm=$(cd "$dir" && ls -d "$bin"_bg.wasm "$bin"-*_bg.wasm 2>/dev/null || true)
  if [ "$(printf '%s\n' "$js" | grep -c .)" != 1 ] || [ "$(printf '%s\n' "$wasm" | grep -c .)" != 1 ]; then
    echo "csp-start-script: expected one $bin .js and one $bin .wasm from Trunk, found '$js' and '$wasm'" >&2
    exit 1
  fi
  # Shorter names between the .wasm and its glue (wasm-bindgen's carry hashes brotli
  # cannot shrink): scripts/wasm-short-names.mjs.
  node "$source_dir/scripts/wasm-short-names.mjs" "$dir/$wasm" "$dir/$js"
  hash=$(cat "$dir/$js" "$dir/$wasm" | sha256sum | cut -c1-16)
  mv "$dir/$js" "$dir/$bin-$hash.js"
  mv "$dir/$wasm" "$dir/$bin-${hash}_bg.wasm"
  css=""
  for sheet in $own_styles; do
    case " $(styles_of "$bin") " in
      *" $sheet "*) css="$css${css:+, }'./$(style_file "$sheet")'" ;;
    esac
  done
  bundles="$bundles${bundles:+, }$bin: { js: './$bin-$hash.js', wasm: './$bin-${hash}_bg.wasm', css: [$css] }"
done

# The bundles' own style sheets leave index.html; a marker stays where the first was.
for sheet in $own_styles; do
  file=$(style_file "$sheet")
  FILE=$file perl -0 -pi -e 's{<link\b[^>]*\Q$ENV{FILE}\E[^>]*>}{<meta name=bundle-styles>}' "$html"
done
perl -0 -pi -e 's{(<meta name=bundle-styles>)}{$n++ ? "" : $1}ge' "$html"
if [ "$(grep -o '<meta name=bundle-styles>' "$html" | grep -c .)" != 1 ]; then
  echo "csp-start-script: expected a marker for the bundles' style sheets in index.html" >&2
  exit 1
fi

# Comments are for people reading the template: they do not ship.
grep -v -e '^[[:space:]]*//' "$source_dir/scripts/start.template.js" |
  sed "s|__BUNDLES__|{ $bundles }|" > "$tmp_js"
hash=$(sha256sum "$tmp_js" | cut -c1-16)
name="start-$hash.js"
mv "$tmp_js" "$dir/$name"
tag="<script type=\"module\" src=\"${TRUNK_PUBLIC_URL:-./}$name\"></script>"
count=$(grep -c '</head>' "$html" || true)
if [ "$count" != 1 ]; then
  echo "csp-start-script: expected one </head> in index.html, found $count" >&2
  exit 1
fi
perl -0 -pe 's{<link\b[^>]*\bdata-trunk\b[^>]*>}{}g' "$html" | sed "s|</head>|$tag</head>|" > "$tmp_html"
if grep -q 'data-trunk' "$tmp_html"; then
  echo "csp-start-script: a <link data-trunk> tag is left in index.html" >&2
  rm -f "$tmp_html"
  exit 1
fi
mv "$tmp_html" "$html"
echo "csp-start-script: $name starts the bundle the address and the device need"
