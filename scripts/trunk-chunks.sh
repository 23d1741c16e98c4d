#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): copies the index shards and text chunks of a chunked
# corpus, which build.rs wrote into its OUT_DIR, into Trunk's staging
# directory, so they land beside the wasm in dist/. Cargo names the OUT_DIR;
# asking it again with the flags Trunk used is a no-op build that replays the
# build script's output, including `out_dir`. Nothing is copied for a corpus
# in one bundle (build.rs leaves chunks/ empty).
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "${BASH_SOURCE[0]}")/..}"
: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
profile=()
if [[ "${TRUNK_PROFILE:-debug}" == release ]]; then profile=(--release); fi
out_dir=$(
  cargo build "${profile[@]}" --locked --target wasm32-unknown-unknown --bin ip-explorer \
    --message-format=json 2>/dev/null |
    grep '"reason":"build-script-executed"' |
    grep '#ip-explorer@' |
    sed -n 's/.*"out_dir":"\([^"]*\)".*/\1/p' |
    tail -n 1
)
if [[ -z "$out_dir" || ! -d "$out_dir/chunks" ]]; then
  echo "trunk-chunks: cannot find the build script's output directory" >&2
  exit 1
fi
shopt -s nullglob
files=("$out_dir"/chunks/*.bin)
if ((${#files[@]} > 0)); then
  cp "${files[@]}" "$TRUNK_STAGING_DIR/"
  echo "trunk-chunks: copied ${#files[@]} index shards and text chunks"
fi
