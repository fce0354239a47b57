//! Compiler tests beyond program output: golden diagnostics, a mutation fuzzer that
//! checks that no input panics the compiler, and deterministic object output.
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `pyaot <args> NAME.py` in `tests/<dir>` for every program there and compares
/// `render(output)` with the sibling `NAME.<ext>` file; `PYAOT_BLESS=1` rewrites those
/// files from pyaot's current output (review the diff before committing).
fn check_goldens(dir: &str, ext: &str, min: usize, args: &[&str], render: fn(&std::process::Output) -> String) {
    let dir = root().join("tests").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the golden test folder exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= min, "expected at least {min} programs in {}, found {}", dir.display(), files.len());
    let bless = std::env::var_os("PYAOT_BLESS").is_some();
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().expect("file name").to_string_lossy().into_owned();
        let out = Command::new(env!("CARGO_BIN_EXE_pyaot"))
            .args(args)
            .arg(&name)
            .current_dir(&dir)
            .output()
            .expect("running pyaot");
        let actual = render(&out);
        let golden = f.with_extension(ext);
        if bless {
            std::fs::write(&golden, &actual).expect("writing golden file");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != actual {
            failures.push(format!("{name}:\n--- expected\n{expected}--- actual\n{actual}"));
        }
    }
    assert!(failures.is_empty(), "{ext} files differ (PYAOT_BLESS=1 to update):\n{}", failures.join("\n"));
}

/// `pyaot check` on each tests/diagnostics/*.py prints exactly the sibling `.stderr`
/// file (last line: the exit status).
#[test]
fn diagnostics_golden() {
    check_goldens("diagnostics", "stderr", 10, &["check"], |out| {
        format!("{}exit: {}\n", String::from_utf8_lossy(&out.stderr), out.status.code().unwrap_or(-1))
    });
}

/// `pyaot run --emit=bytecode` on each tests/bytecode/*.py prints exactly the sibling
/// `.bytecode` file.
#[test]
fn bytecode_golden() {
    check_goldens("bytecode", "bytecode", 4, &["run", "--emit=bytecode"], |out| {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    });
}

/// A small deterministic PRNG (xorshift64*), so fuzz runs are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "+=",
    "**",
    "//",
    "%",
    "<<",
    "not ",
    " and ",
    " or ",
    " is ",
    " in ",
    "def f(a, b=1):",
    "return",
    "yield x",
    "lambda x: x",
    "class C:",
    "global g",
    "nonlocal n",
    "del x",
    "try:",
    "except ValueError as e:",
    "finally:",
    "raise",
    "assert x, 'm'",
    "while x:",
    "for i in range(3):",
    "break",
    "continue",
    "if x:",
    "elif y:",
    "else:",
    "import sys",
    "from m import a",
    "with f() as g:",
    "match x:",
    "case [a, *b]:",
    "async def g():",
    "await g()",
    "x := 1",
    "*a",
    "**k",
    "f'{x!r:>{w}}'",
    "'''",
    "\"",
    "'",
    "\\",
    "\t",
    "    ",
    "\n",
    "0x1F",
    "1e400",
    "10**100",
    "-0.0",
    "None",
    "True",
    "print(",
    "é",
    "🐍",
    "#",
];

/// Mutates a seed program: drops, duplicates, swaps and inserts lines and tokens.
fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    for _ in 0..1 + rng.below(3) {
        if lines.is_empty() {
            lines.push(String::new());
        }
        let i = rng.below(lines.len());
        match rng.below(6) {
            0 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            3 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                let l = &mut lines[i];
                let mut at = rng.below(l.len() + 1);
                while !l.is_char_boundary(at) {
                    at -= 1;
                }
                l.insert_str(at, t);
            }
            4 => {
                let indent = " ".repeat(4 * rng.below(3));
                lines.insert(i, format!("{indent}{}", TOKENS[rng.below(TOKENS.len())]));
            }
            _ => {
                let l = &mut lines[i];
                let mut at = rng.below(l.len() + 1);
                while !l.is_char_boundary(at) {
                    at -= 1;
                }
                l.truncate(at);
            }
        }
    }
    lines.join("\n") + "\n"
}

fn seeds() -> Vec<String> {
    let mut out = Vec::new();
    fn walk(dir: &Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                if let Ok(s) = std::fs::read_to_string(&p) {
                    out.push(s);
                }
            }
        }
    }
    walk(&root().join("tests/programs"), &mut out);
    walk(&root().join("tests/diagnostics"), &mut out);
    walk(&root().join("examples"), &mut out);
    out.push("def f(n):\n    return n if n < 2 else f(n-1) + f(n-2)\nprint(f(10))\n".into());
    out
}

/// Any input yields a program or diagnostics, never a panic or an internal error, and
/// every generated function passes the Cranelift verifier.
#[test]
fn fuzz_compiler_never_panics() {
    let seeds = seeds();
    let iterations: usize = std::env::var("PYAOT_FUZZ_ITERS").ok().and_then(|s| s.parse().ok()).unwrap_or(400);
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut compiled = 0;
    for it in 0..iterations {
        let seed = &seeds[rng.below(seeds.len())];
        let src = mutate(&mut rng, seed);
        let result = std::panic::catch_unwind(|| match pyaot_frontend::compile_module(&src, "fuzz.py") {
            Ok(m) => {
                // The bytecode compiler takes every module codegen takes.
                let unit = pyaot_vm::compile_unit(&m, "fuzz.py", "exec");
                assert!(!unit.funcs.is_empty());
                pyaot_codegen::compile_object(&m, pyaot_codegen::Options { verify: true }).map(|_| true)
            }
            Err(_) => Ok(false),
        });
        match result {
            Ok(Ok(true)) => compiled += 1,
            Ok(Ok(false)) => {}
            Ok(Err(e)) => panic!("iteration {it}: internal error {e}\n--- program\n{src}"),
            Err(_) => panic!("iteration {it}: the compiler panicked\n--- program\n{src}"),
        }
    }
    assert!(compiled > 0, "no mutated program compiled: the fuzzer tests nothing");
}

/// Compiling the same program twice gives the same object bytes.
#[test]
fn object_output_is_deterministic() {
    for src in seeds().iter().take(40) {
        let Ok(m1) = pyaot_frontend::compile_module(src, "det.py") else { continue };
        let m2 = pyaot_frontend::compile_module(src, "det.py").expect("compiles twice");
        let a = pyaot_codegen::compile_object(&m1, pyaot_codegen::Options { verify: true }).expect("compiles");
        let b = pyaot_codegen::compile_object(&m2, pyaot_codegen::Options { verify: true }).expect("compiles");
        assert!(a == b, "object bytes differ between two compilations of:\n{src}");
    }
}
