#!/usr/bin/env bash
# Runs the cargo-fuzz (libFuzzer) targets in fuzz/ for a given time each.
# Installs cargo-fuzz (pinned) on first use; the default test run never needs it.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   (default: 60 s, every target)
#
# Rust here is stable only, and libFuzzer needs nightly flags (-Zsanitizer):
# RUSTC_BOOTSTRAP=1 lets the stable compiler accept them. Findings go to
# fuzz/artifacts/<target>/, the growing corpus to fuzz/corpus/<target>/.
# Each target's last libFuzzer status line (execs, cov, ft) is printed at the end;
# full logs are in target/x-logs/fuzz-<target>.log. One input may take at most
# PER_INPUT seconds (default 10): a slow path is a finding, like a crash.
# What each target checks is in fuzz/checks.rs; `cargo test --test fuzz_replay`
# runs every corpus file and past finding through the same checks.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
source "$here/env.sh"
cd "$IPX_ROOT"

CARGO_FUZZ_VERSION="0.13.2"

log() { printf '[fuzz] %s\n' "$*" >&2; }

if [[ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]]; then
  log "installing cargo-fuzz $CARGO_FUZZ_VERSION from crates.io (a minute or two, once)"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked || exit 1
fi

seconds="${1:-60}"
shift || true
if [[ ! "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: ./x fuzz [SECONDS] [TARGET...]" >&2
  exit 2
fi
export RUSTC_BOOTSTRAP=1
targets=("$@")
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(cargo fuzz list --fuzz-dir fuzz)
fi

logs="$IPX_ROOT/target/x-logs"
mkdir -p "$logs"
status=0
summary=()
for target in "${targets[@]}"; do
  log "$target: ${seconds}s"
  mkdir -p "fuzz/corpus/$target"
  # Each target starts from its committed corpus (new finds are written there);
  # the targets that take plain text also read the seed documents, so they
  # start from real pages instead of growing inputs from nothing.
  dirs=("fuzz/corpus/$target")
  case "$target" in
    tokenize | query | facts | compile) dirs+=(seeds) ;;
  esac
  cargo fuzz run --fuzz-dir fuzz --release "$target" "${dirs[@]}" -- \
    -max_total_time="$seconds" -timeout="${PER_INPUT:-10}" -print_final_stats=1 \
    >"$logs/fuzz-$target.log" 2>&1
  code=$?
  line="$(grep -E '^#[0-9]+' "$logs/fuzz-$target.log" | tail -n 1)"
  if ((code != 0)); then
    status=1
    summary+=("$target: FAILED (exit $code), see target/x-logs/fuzz-$target.log; $line")
  else
    summary+=("$target: ok; $line")
  fi
done
printf '%s\n' "${summary[@]}"
exit "$status"
