#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): minifies the wasm-bindgen JS glue of a
# release build, which Trunk's own minifier leaves as it is (it fails on
# `export default`). Uses the esbuild that scripts/setup.sh pins, then writes
# the new file's SRI hash into index.html's <link rel=modulepreload>, since a
# preload whose integrity does not match fails the module import. The file
# keeps its name: the hash in it was made from the unminified glue, which the
# minified text is a fixed function of, so the name still changes exactly when
# the content does.
set -euo pipefail

[[ "${TRUNK_PROFILE:-}" == release ]] || exit 0
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
index="$staging/index.html"
command -v esbuild >/dev/null || {
  echo "minify-glue: esbuild not on PATH; run scripts/setup.sh (or ./x build)" >&2
  exit 1
}

sri() { echo "sha384-$(openssl dgst -sha384 -binary "$1" | base64 -w0)"; }

shopt -s nullglob
glues=()
for file in "$staging"/*.js; do
  # The glue is the module the page preloads; its name pairs with the _bg.wasm.
  [[ -f "${file%.js}_bg.wasm" ]] && glues+=("$file")
done
((${#glues[@]} == 1)) || {
  echo "minify-glue: expected one wasm-bindgen glue file in $staging, found ${#glues[@]}" >&2
  exit 1
}
glue="${glues[0]}"
old="$(sri "$glue")"
grep -qF "$old" "$index" || {
  echo "minify-glue: $index has no integrity $old for $(basename "$glue")" >&2
  exit 1
}
esbuild "$glue" --minify --format=esm --log-level=warning --outfile="$glue.min"
mv "$glue.min" "$glue"
new="$(sri "$glue")"
sed -i "s|$old|$new|" "$index"
echo "minify-glue: $(basename "$glue") minified, index.html integrity updated"
