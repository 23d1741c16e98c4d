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
# full logs are in target/x-logs/fuzz-<target>.log. Each run appends its executions
# to fuzz/runs.tsv (commit that file), and the totals per target are printed last.
# One input may take at most PER_INPUT seconds (default 10): a slow path is a
# finding, like a crash.
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
  # Those inputs are cut at MAX_LEN bytes (default 4096): a whole seed page
  # per execution made them 20-50 times slower, and every rule they exercise
  # works within a paragraph; the long-input cases (run-on lines, big tables)
  # have their own tests in the corpus crate.
  dirs=("fuzz/corpus/$target")
  limits=()
  case "$target" in
    tokenize | query | facts | compile)
      dirs+=(seeds)
      limits=(-max_len="${MAX_LEN:-4096}")
      ;;
  esac
  # No sanitizer: the workspace has no `unsafe` code, so AddressSanitizer
  # would only halve the executions; panics and timeouts are the findings.
  cargo fuzz run --fuzz-dir fuzz --release --sanitizer none "$target" "${dirs[@]}" -- \
    "${limits[@]}" -max_total_time="$seconds" -timeout="${PER_INPUT:-10}" -print_final_stats=1 \
    >"$logs/fuzz-$target.log" 2>&1
  code=$?
  line="$(grep -E '^#[0-9]+' "$logs/fuzz-$target.log" | tail -n 1)"
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/fuzz-$target.log" | tail -n 1)"
  printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$(git rev-parse --short HEAD)" "$target" \
    "${execs:-0}" "$( ((code == 0)) && echo clean || echo "finding (exit $code)")" >>fuzz/runs.tsv
  if ((code != 0)); then
    status=1
    summary+=("$target: FAILED (exit $code), see target/x-logs/fuzz-$target.log; $line")
  else
    summary+=("$target: ok; $line")
  fi
done
printf '%s\n' "${summary[@]}"
# Executions per target over every run recorded in fuzz/runs.tsv.
awk -F'\t' '!/^#/ { n[$3] += $4 } END { for (t in n) printf "total %s: %d executions\n", t, n[t] }' \
  fuzz/runs.tsv | sort
exit "$status"
