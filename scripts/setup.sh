#!/usr/bin/env bash
# Installs what the explorer needs to build, serve and test, and only what is
# missing. Every version is pinned; a second run takes seconds.
#
#   Rust target wasm32-unknown-unknown   (rustup)
#   trunk            TRUNK_VERSION       (crates.io)
#   wasm-bindgen-cli = wasm-bindgen in Cargo.lock (crates.io)
#   wasm-opt         binaryen BINARYEN_VERSION (npm; Debian's binaryen corrupts wasm-bindgen output)
#   esbuild          ESBUILD_NPM_VERSION (npm; minifies the JavaScript of release builds)
#   chromium, chromium-driver            (Debian), only with --browser
#   npm test dependencies                (tests/e2e/package-lock.json), only with --browser
#
# Usage: scripts/setup.sh [--browser]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
source "$here/env.sh"
cd "$IPX_ROOT"

want_browser=false
[[ "${1:-}" == "--browser" ]] && want_browser=true

log() { printf '[setup] %s\n' "$*" >&2; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
  if ! $apt_updated; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
    log "installing trunk $TRUNK_VERSION from crates.io (several minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
ensure_wasm_bindgen() {
  local version
  version="$(wasm_bindgen_lock_version)"
  if [[ "$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen $version" ]] &&
    command -v wasm-bindgen-test-runner >/dev/null; then
    return
  fi
  log "installing wasm-bindgen-cli $version from crates.io (a few minutes, once)"
  if cargo install wasm-bindgen-cli --version "$version" --locked; then
    return
  fi
  # The CLI's own lockfile can name a dependency release the registry here lacks
  # (seen: webpki-roots 1.0.11). Build from the published crate with that one
  # dependency moved to the newest release the registry has, everything else locked.
  log "locked install failed; retrying with webpki-roots moved back to a published release"
  local work
  work="$(mktemp -d)"
  (
    cd "$work"
    local crate="wasm-bindgen-cli-$version"
    local cache
    cache="$(find "${CARGO_HOME:-$HOME/.cargo}/registry/cache" -name "$crate.crate" | head -n 1)"
    [[ -n "$cache" ]] || { log "no $crate.crate in the cargo cache"; exit 1; }
    tar xzf "$cache"
    cd "$crate"
    cargo update -p webpki-roots --precise "$WEBPKI_ROOTS_FALLBACK"
    cargo install --path . --locked
  )
  rm -rf "$work"
}

ensure_wasm_opt() {
  if [[ "$(wasm-opt --version 2>/dev/null)" != *"version $BINARYEN_VERSION"* ]]; then
    log "installing wasm-opt (npm binaryen@$BINARYEN_NPM_VERSION)"
    mkdir -p "$IPX_BINARYEN_DIR"
    npm install --silent --no-audit --no-fund --prefix "$IPX_BINARYEN_DIR" "binaryen@$BINARYEN_NPM_VERSION"
  fi
}

ensure_esbuild() {
  if [[ "$(esbuild --version 2>/dev/null)" != "$ESBUILD_NPM_VERSION" ]]; then
    log "installing esbuild (npm esbuild@$ESBUILD_NPM_VERSION)"
    mkdir -p "$IPX_ESBUILD_DIR"
    npm install --silent --no-audit --no-fund --prefix "$IPX_ESBUILD_DIR" "esbuild@$ESBUILD_NPM_VERSION"
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "installing Node.js and npm (Debian)"
    apt_install nodejs npm
  fi
}

ensure_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing chromium and chromium-driver (Debian)"
    apt_install chromium chromium-driver
  fi
}

# npm ci only when the lockfile changed since the last install.
ensure_e2e_packages() {
  local dir="$IPX_ROOT/tests/e2e"
  local stamp="$dir/node_modules/.ipx-lock-sha"
  local sum
  sum="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]]; then
    log "installing end-to-end test packages (npm ci)"
    npm ci --silent --no-audit --no-fund --prefix "$dir"
    echo "$sum" >"$stamp"
  fi
}

ensure_wasm_target
ensure_node
ensure_wasm_opt
ensure_esbuild
ensure_trunk
ensure_wasm_bindgen
if $want_browser; then
  ensure_browser
  ensure_e2e_packages
fi
# Trunk runs `cargo metadata` even in offline mode; fetch once so later builds
# need no network at all.
cargo fetch --locked --quiet
