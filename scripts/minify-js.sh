#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): minifies every JavaScript file of a
# release build with the esbuild that scripts/setup.sh pins. Trunk's own
# minifier gives up on the wasm-bindgen glue and on boot.js (it cannot parse
# `export default` or `{ default: init }`) and ships them as written, and
# copy-file assets such as embed.js are never minified.
#
# A file whose SRI hash index.html carries gets its new hash written there,
# since a script or module preload whose integrity does not match is refused.
# Hashed files keep their names: Trunk made the hash from the unminified text,
# which the minified text is a fixed function of, so a name still changes
# exactly when the content does. Debug builds (trunk serve) are left alone.
set -euo pipefail

[[ "${TRUNK_PROFILE:-}" == release ]] || exit 0
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
index="$staging/index.html"
command -v esbuild >/dev/null || {
  echo "minify-js: esbuild not on PATH; run scripts/setup.sh (or ./x build)" >&2
  exit 1
}

# The SRI value of a file, computed with node (which esbuild needs anyway).
sri() {
  node -e 'const fs = require("fs"), crypto = require("crypto");
    const digest = crypto.createHash("sha384").update(fs.readFileSync(process.argv[1]));
    console.log("sha384-" + digest.digest("base64"));' "$1"
}

shopt -s nullglob
for file in "$staging"/*.js; do
  old="$(sri "$file")"
  # No --format: each file stays what it is (module or classic script).
  esbuild "$file" --minify --log-level=warning --outfile="$file.min"
  mv "$file.min" "$file"
  if grep -qF "$old" "$index"; then
    sed -i "s|$old|$(sri "$file")|" "$index"
  fi
done
echo "minify-js: minified $(cd "$staging" && echo *.js)"
