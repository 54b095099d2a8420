//! The native programs' allocator settings (`rasd`, `examples/corpus_bench.rs`; both run
//! with mimalloc as their global allocator). mimalloc's run-time options (`mi_option_set`)
//! are numbered as in the `mi_option_e` of the mimalloc v3 that libmimalloc-sys builds
//! (`c_src/mimalloc/v3/include/mimalloc.h`). Not in the wasm module, which has its own
//! allocator (`src/wasm/heap.rs`).

use std::ffi::{c_int, c_long};

// The functions below are mimalloc's own (linked through this crate).
use mimalloc as _;

extern "C" {
    #[cfg(test)]
    fn mi_option_get(option: c_int) -> c_long;
    fn mi_option_set(option: c_int, value: c_long);
}

/// `mi_option_purge_delay`: milliseconds before freed memory goes back to the system.
pub const PURGE_DELAY: c_int = 15;
/// `mi_option_os_tag` (100 unless set): a neighbour of `PURGE_DELAY` the test reads
/// to check the numbering.
#[cfg(test)]
pub const OS_TAG: c_int = 18;

/// Freed memory stays with the process instead of going back to the system after a
/// second: the analysis frees and allocates the same sizes file after file, and each
/// page given back was faulted in and zeroed again by the kernel (38–46 k minor faults
/// on all of SaudiNewsNet, ~545 without purging; docs/MEASUREMENTS.md, speed17). The
/// process's peak grows a little (2–3 %); it ends when the report is written.
pub fn keep_freed_memory() {
    // SAFETY: sets an option mimalloc reads on its own; any value is valid for it.
    unsafe { mi_option_set(PURGE_DELAY, -1) }
}

#[cfg(test)]
pub fn get(option: c_int) -> c_long {
    // SAFETY: reads an option; out-of-range numbers are answered with 0.
    unsafe { mi_option_get(option) }
}

#[cfg(test)]
mod tests {
    use super as allocator;

    /// The option numbers are mimalloc v3's: its defaults for `os_tag` and the options
    /// around it, and for the purge delay unless the environment sets one.
    #[test]
    fn allocator_options_are_numbered_as_mimalloc_v3() {
        assert_eq!(allocator::get(allocator::OS_TAG), 100);
        assert_eq!(allocator::get(allocator::OS_TAG + 1), 32, "max_errors");
        assert_eq!(allocator::get(allocator::OS_TAG + 2), 32, "max_warnings");
        let set_outside =
            ["MIMALLOC_PURGE_DELAY", "MIMALLOC_RESET_DELAY"].iter().any(|v| std::env::var_os(v).is_some());
        if !set_outside {
            assert_eq!(allocator::get(allocator::PURGE_DELAY), 1000);
        }
        allocator::keep_freed_memory();
        assert_eq!(allocator::get(allocator::PURGE_DELAY), -1);
    }
}
