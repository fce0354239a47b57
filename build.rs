//! Builds the two static libraries executables link (LTO, panic=abort) with a separate
//! cargo invocation and target directory, so that the `pyaot` binary can embed them and
//! link executables with nothing but `cc` (see docs/ARCHITECTURE.md): runtime/archive
//! (the runtime alone) and vm/archive (the runtime, the bytecode VM and the parser, for
//! programs that use eval/exec/compile).
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let target_dir = out_dir.join("runtime-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for p in [
        "runtime/src",
        "runtime/archive/src",
        "runtime/Cargo.toml",
        "runtime/archive/Cargo.toml",
        "vm/src",
        "vm/archive/src",
        "vm/Cargo.toml",
        "vm/archive/Cargo.toml",
        "frontend/src",
        "frontend/Cargo.toml",
        "Cargo.toml",
        "Cargo.lock",
    ] {
        println!("cargo:rerun-if-changed={}", manifest_dir.join(p).display());
    }
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&manifest_dir)
        .args(["build", "--quiet", "-p", "pyaot-runtime-archive", "-p", "pyaot-vm-archive", "--profile", "archive"])
        .args(["--target-dir"])
        .arg(&target_dir);
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET_DIR",
    ] {
        cmd.env_remove(var);
    }
    let status = cmd.status().expect("running cargo for the runtime archive");
    if !status.success() {
        panic!("building the runtime archive failed ({status})");
    }
    // A content hash of both, so the driver names and keys things by it without hashing
    // megabytes at run time.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (file, var) in
        [("libpyaot_runtime_archive.a", "PYAOT_RUNTIME_ARCHIVE"), ("libpyaot_vm_archive.a", "PYAOT_VM_ARCHIVE")]
    {
        let lib = target_dir.join("archive").join(file);
        assert!(lib.exists(), "archive missing at {}", lib.display());
        println!("cargo:rustc-env={var}={}", lib.display());
        for b in std::fs::read(&lib).expect("reading an archive") {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=PYAOT_RUNTIME_HASH={h:016x}");
}
