#!/usr/bin/env bash
# Builds the release bundle under several Cargo profile settings and reports,
# for each, the bundle size (raw and gzip) and the browser benchmark's search
# and ready times, to choose the release profile. Slow (one cold build each).
#   scripts/measure-profiles.sh > target/profiles.txt
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/env.sh"
cd "$IPX_ROOT"
export CARGO_NET_OFFLINE=true

# name opt-level lto codegen-units
variants=(
  "z-lto-cu1 z true 1"
  "s-lto-cu1 s true 1"
  "3-lto-cu1 3 true 1"
  "z-nolto-cu16 z false 16"
)
for variant in "${variants[@]}"; do
  read -r name opt lto cgu <<<"$variant"
  out="target/profiles/$name"
  rm -rf "$out/dist"
  CARGO_TARGET_DIR="target/profiles/target" \
    CARGO_PROFILE_RELEASE_OPT_LEVEL="$opt" \
    CARGO_PROFILE_RELEASE_LTO="$lto" \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS="$cgu" \
    trunk build --release --dist "$out/dist" >"$out.log" 2>&1 || { echo "$name: build failed"; continue; }
  wasm=$(find "$out/dist" -name '*_bg.wasm')
  total_gz=$(scripts/bundle-size.sh "$out/dist" | awk '/^TOTAL/ {print $3}')
  printf '%-14s wasm %7d raw %7d gzip | bundle %7d gzip | ' "$name" \
    "$(stat -c %s "$wasm")" "$(gzip -9 -c "$wasm" | wc -c)" "$total_gz"
  node tests/e2e/bench.mjs "$out/dist" 5
done
