# Sourced by x and scripts/*: pinned tool versions and the environment that keeps
# Trunk and Cargo offline once scripts/setup.sh has run.
# shellcheck shell=bash

IPX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export IPX_ROOT

# Pinned versions (see ../shared/TOOLCHAIN.md for why these).
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
BINARYEN_NPM_VERSION="132.0.0"
# Minifies the JavaScript of release builds (scripts/minify-js.sh).
ESBUILD_NPM_VERSION="0.28.2"
WEBPKI_ROOTS_FALLBACK="1.0.10"

# Tools installed outside Cargo live here, per version, shared by all checkouts.
IPX_TOOLS="${IPX_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/ip-explorer}"
IPX_BINARYEN_DIR="$IPX_TOOLS/binaryen-$BINARYEN_NPM_VERSION"
IPX_ESBUILD_DIR="$IPX_TOOLS/esbuild-$ESBUILD_NPM_VERSION"
export IPX_TOOLS

export PATH="$IPX_BINARYEN_DIR/node_modules/.bin:$IPX_ESBUILD_DIR/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Trunk must never reach out: no update check, no tool downloads (Trunk.toml
# pins the tools and sets offline = true).
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# The version of the wasm-bindgen crate in Cargo.lock.
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$IPX_ROOT/Cargo.lock"
}
