//! The static library that executables using eval/exec/compile link against: the
//! runtime plus the VM, the frontend and the parser (`pyaot_vm_init` installs the VM's
//! hooks). Programs that never name those builtins link `runtime/archive` instead.
pub use pyaot_runtime::*;
pub use pyaot_vm::pyaot_vm_init;

/// As in `runtime/archive`: mimalloc serves Python's many small objects fastest.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
