//! The pyperformance programs (pinned pyperformance 1.14.0, fetched from PyPI by
//! `bench/pyperformance/fetch.py`) with our pyperf stand-in: each program pyaot compiles
//! must print exactly what CPython prints, in every tier; the others must be refused at
//! compile time. `bench/pyperformance/compare.py --check` does the work.
use std::process::Command;

#[test]
fn pyperformance_programs_match_cpython() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("python3")
        .arg(format!("{root}/bench/pyperformance/compare.py"))
        .args(["--check", "--pyaot", env!("CARGO_BIN_EXE_pyaot")])
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "compare.py --check failed:\n{stdout}\n{stderr}");
}
