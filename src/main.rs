//! The wasm entry point: mounts the explorer. Everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    ip_explorer::start();
}
