//! Driving the stages: reading the program, diagnostics, the build cache, linking.
use crate::Emit;
use pyaot_frontend::{diag, DiagKind, Diagnostic};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime library that executables link, built by build.rs.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(env!("PYAOT_RUNTIME_ARCHIVE"));
/// The runtime with the bytecode VM and the parser, for programs that use eval/exec/compile.
static VM_ARCHIVE: &[u8] = include_bytes!(env!("PYAOT_VM_ARCHIVE"));

/// Exit statuses of the compiler itself.
const EXIT_SYNTAX: i32 = 1;
const EXIT_UNSUPPORTED: i32 = 2;
const EXIT_INTERNAL: i32 = 70;

fn read_source(file: &Path) -> Result<String, i32> {
    let bytes = std::fs::read(file).map_err(|e| {
        eprintln!("pyaot: can't open file '{}': {e}", file.display());
        2
    })?;
    String::from_utf8(bytes).map_err(|e| {
        // As CPython reports a source file that is not UTF-8 (no encoding declarations yet).
        let bad = e.as_bytes()[e.utf8_error().valid_up_to()];
        let line = e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
        eprintln!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{bad:02x}' in file {} on line {line}, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            module_path(file)
        );
        EXIT_SYNTAX
    })
}

fn display_path(file: &Path) -> String {
    file.to_string_lossy().into_owned()
}

/// The path tracebacks show: absolute, as CPython 3.11 shows the main script's.
fn module_path(file: &Path) -> String {
    std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf()).to_string_lossy().into_owned()
}

/// Prints diagnostics; returns the exit status they call for.
fn report(diags: &[Diagnostic], path: &str, src: &str) -> i32 {
    let mut status = EXIT_UNSUPPORTED;
    for d in diags {
        eprintln!("{}", diag::render(d, path, src));
        if d.kind == DiagKind::Syntax {
            status = EXIT_SYNTAX;
        }
    }
    if diags.iter().all(|d| d.kind == DiagKind::Syntax) {
        EXIT_SYNTAX
    } else {
        status.max(EXIT_UNSUPPORTED).min(EXIT_UNSUPPORTED)
    }
}

/// Compiles the program whose main file is `file`, with every module it imports.
fn frontend(file: &Path) -> Result<(pyaot_frontend::ir::Module, String), i32> {
    let src = read_source(file)?;
    program(file, &src).map(|m| (m, src))
}

fn program(file: &Path, src: &str) -> Result<pyaot_frontend::ir::Module, i32> {
    let main = module_path(file);
    pyaot_frontend::compile_program(src, &main).map_err(|files| {
        let mut status = 0;
        for f in &files {
            // The main file as the user named it; imported ones by their full path.
            let shown = if f.path == main { display_path(file) } else { f.path.clone() };
            status = status.max(report(&f.diags, &shown, &f.source));
        }
        status
    })
}

fn codegen_opts() -> pyaot_codegen::Options {
    pyaot_codegen::Options { verify: cfg!(debug_assertions) || std::env::var_os("PYAOT_VERIFY").is_some() }
}

pub fn check(file: &Path) -> i32 {
    match frontend(file) {
        Ok(_) => 0,
        Err(s) => s,
    }
}

pub fn emit(file: &Path, what: Emit) -> i32 {
    let src = match read_source(file) {
        Ok(s) => s,
        Err(s) => return s,
    };
    let path = display_path(file);
    let text = match what {
        Emit::Ast => pyaot_frontend::dump_ast(&src, &path).map_err(|d| report(&d, &path, &src)),
        Emit::Ir => program(file, &src).map(|m| m.to_string()),
        Emit::Bytecode => {
            program(file, &src).map(|m| pyaot_vm::compile_unit(&m, &module_path(file), "exec").disassemble())
        }
        Emit::Clif => program(file, &src).and_then(|m| {
            pyaot_codegen::emit_clif(&m).map_err(|e| {
                eprintln!("pyaot: {e}");
                EXIT_INTERNAL
            })
        }),
    };
    match text {
        Ok(t) => {
            println!("{t}");
            0
        }
        Err(s) => s,
    }
}

pub fn run_jit(file: &Path, args: Vec<String>) -> i32 {
    let (m, _) = match frontend(file) {
        Ok(x) => x,
        Err(s) => return s,
    };
    let mut argv = vec![display_path(file)];
    argv.extend(args);
    let vm_init = pyaot_vm::pyaot_vm_init as extern "C" fn() as *const u8;
    match pyaot_codegen::jit_run(&m, codegen_opts(), argv, &[(pyaot_codegen::VM_INIT_SYMBOL, vm_init)]) {
        Ok(status) => status,
        Err(e) => {
            eprintln!("pyaot: {e}");
            EXIT_INTERNAL
        }
    }
}

pub fn run_vm(file: &Path, args: Vec<String>) -> i32 {
    let (m, _) = match frontend(file) {
        Ok(x) => x,
        Err(s) => return s,
    };
    let mut argv = vec![display_path(file)];
    argv.extend(args);
    pyaot_vm::run_program(&m, &module_path(file), argv)
}

/// The cache directory: $PYAOT_CACHE_DIR, else the user's cache directory.
fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("PYAOT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("pyaot");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache").join("pyaot");
    }
    std::env::temp_dir().join("pyaot-cache")
}

/// A 128-bit content hash, as hex.
fn hash_hex(parts: &[&[u8]]) -> String {
    let mut out = String::new();
    for seed in [0x9e37_79b9_u64, 0x85eb_ca6b] {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        seed.hash(&mut h);
        for p in parts {
            p.hash(&mut h);
        }
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

/// The archive executables link, written once into the cache directory: the one with
/// the VM only for programs that use eval/exec/compile (pay as you go).
fn runtime_archive(dir: &Path, with_vm: bool) -> Result<PathBuf, String> {
    let (name, bytes) = if with_vm { ("libpyaot_vm", VM_ARCHIVE) } else { ("libpyaot_runtime", RUNTIME_ARCHIVE) };
    let path = dir.join(format!("{name}-{}.a", env!("PYAOT_RUNTIME_HASH")));
    if !path.exists() {
        let tmp = dir.join(format!(".rt-{}.tmp", std::process::id()));
        std::fs::write(&tmp, bytes).map_err(|e| format!("writing {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, &path).map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    Ok(path)
}

/// Compiles `m` into the executable `out`.
fn compile_executable(m: &pyaot_frontend::ir::Module, out: &Path) -> Result<(), i32> {
    let obj = pyaot_codegen::compile_object(m, codegen_opts()).map_err(|e| {
        eprintln!("pyaot: {e}");
        EXIT_INTERNAL
    })?;
    let dir = cache_dir();
    std::fs::create_dir_all(&dir).map_err(|e| {
        eprintln!("pyaot: cannot create {}: {e}", dir.display());
        EXIT_INTERNAL
    })?;
    let rt = runtime_archive(&dir, m.dynamic).map_err(|e| {
        eprintln!("pyaot: {e}");
        EXIT_INTERNAL
    })?;
    let obj_path =
        dir.join(format!(".obj-{}-{}.o", std::process::id(), hash_hex(&[out.as_os_str().as_encoded_bytes()])));
    std::fs::write(&obj_path, obj).map_err(|e| {
        eprintln!("pyaot: writing {}: {e}", obj_path.display());
        EXIT_INTERNAL
    })?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let result = Command::new(&cc)
        .arg(&obj_path)
        .arg(&rt)
        .arg("-o")
        .arg(out)
        .args(["-Wl,--gc-sections", "-s", "-lpthread", "-ldl", "-lm"])
        .output();
    let _ = std::fs::remove_file(&obj_path);
    match result {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => {
            eprintln!("pyaot: linking with {cc} failed:\n{}", String::from_utf8_lossy(&o.stderr));
            Err(EXIT_INTERNAL)
        }
        Err(e) => {
            eprintln!("pyaot: cannot run the C compiler '{cc}' to link: {e}");
            Err(EXIT_INTERNAL)
        }
    }
}

pub fn build(file: &Path, output: Option<PathBuf>) -> i32 {
    let (m, _) = match frontend(file) {
        Ok(x) => x,
        Err(s) => return s,
    };
    let out = output.unwrap_or_else(|| file.with_extension(""));
    match compile_executable(&m, &out) {
        Ok(()) => 0,
        Err(s) => s,
    }
}

pub fn run_aot(file: &Path, args: Vec<String>, force: bool) -> i32 {
    let src = match read_source(file) {
        Ok(s) => s,
        Err(s) => return s,
    };
    let path = display_path(file);
    // The frontend always runs (it takes milliseconds): the key covers every module the
    // program imports, which only it finds.
    let m = match program(file, &src) {
        Ok(m) => m,
        Err(s) => return s,
    };
    let mut parts: Vec<&[u8]> =
        vec![env!("CARGO_PKG_VERSION").as_bytes(), env!("PYAOT_RUNTIME_HASH").as_bytes(), compiler_id()];
    for u in &m.units {
        parts.push(u.path.as_bytes());
        parts.push(u.source.as_bytes());
    }
    let key = hash_hex(&parts);
    let exe = cache_dir().join("bin").join(&key);
    if force || !exe.exists() {
        if let Some(parent) = exe.parent() {
            if let Err(e) = std::fs::create_dir_all(parent) {
                eprintln!("pyaot: cannot create {}: {e}", parent.display());
                return EXIT_INTERNAL;
            }
        }
        let tmp = exe.with_extension(format!("tmp{}", std::process::id()));
        if let Err(s) = compile_executable(&m, &tmp) {
            return s;
        }
        if let Err(e) = std::fs::rename(&tmp, &exe) {
            eprintln!("pyaot: cannot write {}: {e}", exe.display());
            return EXIT_INTERNAL;
        }
    }
    exec(&exe, &path, args)
}

/// Identifies this compiler binary, so a rebuilt compiler never reuses stale executables.
fn compiler_id() -> &'static [u8] {
    static ID: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let exe = std::env::current_exe().ok();
        let meta = exe.as_ref().and_then(|p| std::fs::metadata(p).ok());
        let stamp = meta.map(|m| format!("{:?}{}", m.modified().ok(), m.len())).unwrap_or_default();
        stamp.into_bytes()
    })
}

#[cfg(unix)]
fn exec(exe: &Path, argv0: &str, args: Vec<String>) -> i32 {
    use std::os::unix::process::CommandExt;
    let err = Command::new(exe).arg0(argv0).args(args).exec();
    eprintln!("pyaot: cannot run {}: {err}", exe.display());
    EXIT_INTERNAL
}
