#!/usr/bin/env bash
# Runs every check of the project in order and ends with one summary line,
# "N passed, N failed", counting each test of every runner and each check
# (fmt, clippy, build) as one. Logs of each step are in target/x-logs/.
# Called by `./x test` after setup; expects the tools on PATH (scripts/env.sh).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
source "$here/env.sh"
cd "$IPX_ROOT"

logs="$IPX_ROOT/target/x-logs"
mkdir -p "$logs"
# Everything was fetched by setup: from here on nothing touches the network.
export CARGO_NET_OFFLINE=true
export IPX_DIST="$IPX_ROOT/target/e2e-dist"
# The seeds built as a chunked corpus, for tests/e2e/chunked.test.mjs.
export IPX_DIST_CHUNKED="$IPX_ROOT/target/e2e-dist-chunked"
# The seeds plus tests/anycorpus/, for tests/e2e/anycorpus.test.mjs.
export IPX_DIST_ANYCORPUS="$IPX_ROOT/target/e2e-dist-anycorpus"

passed=0
failed=0
failed_steps=()

# step NAME COUNTER COMMAND...: runs COMMAND with its output in target/x-logs/NAME.log
# and adds to the totals with COUNTER (check | cargo | node).
step() {
  local name="$1" counter="$2" start status
  shift 2
  start=$(date +%s)
  "$@" >"$logs/$name.log" 2>&1
  status=$?
  tally "$name" "$counter" "$status" "$start"
}

# start_step NAME COMMAND...: runs COMMAND in the background, logged like `step`;
# finish_step NAME COUNTER waits for it and adds it to the totals.
declare -A started_pid started_at
start_step() {
  local name="$1"
  shift
  started_at[$name]=$(date +%s)
  "$@" >"$logs/$name.log" 2>&1 &
  started_pid[$name]=$!
}
finish_step() {
  local name="$1" counter="$2" status
  wait "${started_pid[$name]}"
  status=$?
  tally "$name" "$counter" "$status" "${started_at[$name]}"
}

# tally NAME COUNTER STATUS START: counts a finished step and prints its line.
tally() {
  local name="$1" counter="$2" status="$3" start="$4" log="$logs/$1.log" p f
  read -r p f < <("count_$counter" "$log" "$status")
  passed=$((passed + p))
  failed=$((failed + f))
  local verdict=ok
  if ((status != 0 || f > 0)); then
    verdict=FAILED
    failed_steps+=("$name")
    # The log's end, then the failing tests' own lines, so that they come
    # last, where a CI page that shows only the end of the output shows them.
    tail -n 4 "$log" | sed "s/^/  [$name] /"
    failures "$log" | head -n 40 | sed "s/^/  [$name] failure: /"
  fi
  printf '%-14s %-6s %4d passed %3d failed  %4ss  (%s)\n' \
    "$name" "$verdict" "$p" "$f" "$(($(date +%s) - start))" "${log#"$IPX_ROOT"/}"
}

# failures LOG: each failing test's lines (a TAP "not ok" block up to its
# closing "...", at most 24 lines; a Rust panic and the lines after it).
failures() {
  awk '/^[[:space:]]*not ok / { on = 1; n = 0 }
       on && n++ < 24 { print }
       on && /^[[:space:]]*[.][.][.]$/ { on = 0 }
       /panicked at|^error(\[|:)/ { print; for (i = 0; i < 4 && (getline line) > 0; i++) print line }' "$1"
}

# A check counts as one test.
count_check() {
  if (($2 == 0)); then echo "1 0"; else echo "0 1"; fi
}

# Sums cargo/libtest "test result:" lines; a failed run with none counts as one failure.
count_cargo() {
  local p f
  p=$(grep -oE 'test result: [A-Za-z]+\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}')
  f=$(grep -oE '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  if (($2 != 0 && f == 0)); then f=1; fi
  echo "$p $f"
}

# Reads node --test's TAP summary.
count_node() {
  local p f
  p=$(awk '/^# pass / {print $3}' "$1" | tail -n 1)
  f=$(awk '/^# fail / {print $3}' "$1" | tail -n 1)
  p=${p:-0}
  f=${f:-0}
  if (($2 != 0 && f == 0)); then f=1; fi
  echo "$p $f"
}

wasm_tests() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$IPX_ROOT/tests/webdriver.json" \
    WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --locked --target wasm32-unknown-unknown --test web
}

release_build() {
  rm -rf "$IPX_DIST"
  trunk build --release --dist "$IPX_DIST"
}

# The seeds again, chunked (every corpus is past a 1-byte threshold) into
# 8 KB text chunks: one more release build of the crate.
chunked_build() {
  rm -rf "$IPX_DIST_CHUNKED"
  IPX_CHUNK_THRESHOLD=1 IPX_CHUNK_BYTES=8192 trunk build --release --dist "$IPX_DIST_CHUNKED"
}

# The seeds with the fixtures of other shapes (HTML, PDF, Markdown table,
# interviews): one more release build, of the app crate only.
anycorpus_build() {
  local seeds="$IPX_ROOT/target/anycorpus-seeds"
  rm -rf "$IPX_DIST_ANYCORPUS" "$seeds"
  mkdir -p "$seeds"
  cp "$IPX_ROOT"/seeds/* "$IPX_ROOT"/tests/anycorpus/* "$seeds"/
  IP_EXPLORER_SEEDS="$seeds" trunk build --release --dist "$IPX_DIST_ANYCORPUS"
}

# The end-to-end files that open the chunked or the anycorpus bundle; every
# other file opens the seed bundle only.
VARIANT_E2E=(tests/e2e/chunked.test.mjs tests/e2e/chunked-embed.test.mjs
  tests/e2e/passages.test.mjs tests/e2e/anycorpus.test.mjs)

# e2e_tests FILE...: the given end-to-end files, one at a time.
e2e_tests() {
  [[ -f "$IPX_DIST/index.html" ]] || { echo "no release bundle at $IPX_DIST"; return 1; }
  # A timeout per test turns a hung page (e.g. awaiting a ready promise that
  # never resolves) into a failure instead of a stalled run.
  node --test --test-reporter=tap --test-concurrency=1 --test-timeout=120000 "$@"
}

# Every end-to-end file that needs only the seed bundle.
seed_e2e_tests() {
  local files=() f v
  for f in tests/e2e/*.test.mjs; do
    for v in "${VARIANT_E2E[@]}"; do [[ $f == "$v" ]] && continue 2; done
    files+=("$f")
  done
  e2e_tests "${files[@]}"
}

step fmt check cargo fmt --all -- --check
step clippy check cargo clippy --locked --workspace --all-targets -- -D warnings
step clippy-wasm check cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
step test cargo cargo test --locked --workspace
step test-wasm cargo wasm_tests
step build-release check release_build
# The seed bundle's end-to-end files run while the two other bundles build:
# a release build is mostly one core (fat LTO, one codegen unit, wasm-opt),
# the browser the other. Their timings are best-of-three or event-driven.
start_step e2e seed_e2e_tests
step build-chunked check chunked_build
step build-anycorpus check anycorpus_build
step e2e-variants node e2e_tests "${VARIANT_E2E[@]}"
finish_step e2e node

echo
if ((${#failed_steps[@]} > 0)); then
  echo "failed steps: ${failed_steps[*]}"
fi
echo "$passed passed, $failed failed"
((failed == 0))
