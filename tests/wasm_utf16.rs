//! The wasm boundary's byte -> UTF-16 conversion, tested natively. `src/wasm.rs` only
//! compiles for wasm32, so this test includes the pure module's source directly; its
//! `#[cfg(test)]` tests run here, and again on wasm32 through `src/wasm.rs`.

#[path = "../src/wasm/utf16.rs"]
mod utf16;
