//! The static library that executables built by pyaot link against.
//! It only re-exports the runtime: a separate crate, because rustc skips LTO for
//! `crate-type = ["staticlib", "rlib"]` (see docs/ARCHITECTURE.md).
pub use pyaot_runtime::*;

/// Python programs allocate many small, short-lived objects: mimalloc serves them
/// faster than glibc's malloc (see docs/BENCHMARKS.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
