#!/usr/bin/env bash
# The browser benchmark behind `./x bench`: builds the release bundle, serves it
# on 127.0.0.1 with cache headers, and runs tests/e2e/bench-browser.mjs in
# headless Chromium. Prints a markdown report and PASS/MISS per budget; the
# report is also written to target/bench/.
#
#   ./x bench [args...]           seed corpus (args go to bench-browser.mjs, e.g. --runs 3)
#   ./x bench --large [args...]   the 20 MB Rust-documentation corpus of the engine
#                                 bench, written out as seed files and built with
#                                 IP_EXPLORER_SEEDS (IPX_BENCH_MB sets the size)
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
source "$here/env.sh"
cd "$IPX_ROOT"
export CARGO_NET_OFFLINE=true

large=false
if [[ "${1:-}" == "--large" ]]; then
  large=true
  shift
fi

mkdir -p target/bench
if $large; then
  mb="${IPX_BENCH_MB:-20}"
  seeds="$IPX_ROOT/target/bench/rustdocs-${mb}mb-seeds"
  dist="$IPX_ROOT/target/bench/dist-rustdocs-${mb}mb"
  if [[ ! -f "$seeds.complete" ]]; then
    echo "writing ${mb} MB of Rust documentation text as seed files into $seeds" >&2
    rm -rf "$seeds"
    IPX_BENCH_WRITE_SEEDS="$seeds" IPX_BENCH_MB="$mb" cargo bench --bench search >&2 || exit 1
    touch "$seeds.complete"
  fi
  # The corpus compiler runs in build.rs; optimise it, or 20 MB takes minutes.
  export CARGO_PROFILE_RELEASE_BUILD_OVERRIDE_OPT_LEVEL=3
  export IP_EXPLORER_SEEDS="$seeds"
  label="Rust documentation, ${mb} MB of text"
  set -- --label "$label" --out "$IPX_ROOT/target/bench/browser-rustdocs.md" \
    --url-query iterator --type "iterator adapters" \
    --queries "iterator,borrow checker,lifetime elision,vec push,hashmap entry,\"trait object\",asynchronous,closur,thread spawn join,mutabel referense" \
    "$@"
else
  dist="$IPX_ROOT/target/bench/dist-seeds"
  unset IP_EXPLORER_SEEDS
fi

start=$(date +%s%N)
rm -rf "$dist"
trunk build --release --dist "$dist" >target/bench/build.log 2>&1 || {
  tail -n 40 target/bench/build.log
  exit 1
}
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
echo "release build into ${dist#"$IPX_ROOT"/}: ${elapsed_ms} ms" >&2
exec node tests/e2e/bench-browser.mjs --dist "$dist" "$@"
