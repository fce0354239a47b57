//! Running a program: `sys.argv`, the module body, uncaught exceptions and their
//! traceback, `SystemExit`, flushing output, clearing globals and the leak check.
use crate::err::*;
use crate::object::*;

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: i64 = 1000;

/// Exit status of the leak check when objects are still alive.
pub const LEAK_STATUS: i32 = 70;

static GLOBALS: GlobalCell<Vec<(usize, usize)>> = GlobalCell::new(Vec::new());

/// Remembers a block of global slots, cleared at exit.
pub fn register_globals(slots: *mut Value, n: usize) {
    GLOBALS.with_mut(|g| g.push((slots as usize, n)));
}

fn clear_globals() {
    let blocks = GLOBALS.with_mut(std::mem::take);
    for (p, n) in blocks {
        for i in 0..n {
            // SAFETY: registered by generated code: n writable slots holding owned values.
            let v = unsafe { std::ptr::replace((p as *mut Value).add(i), Value::NULL) };
            v.decref();
        }
    }
}

/// Runs a whole program; returns the exit status.
/// The stack of the thread that runs Python code: deep enough for `MAX_FRAMES` frames.
/// (Only the pages a program touches are ever committed.)
const STACK_BYTES: usize = 1 << 30;

/// The most Python frames the stack above holds (with a wide margin for large frames and
/// runtime calls in between). `sys.setrecursionlimit` above it takes effect at this depth,
/// raising RecursionError instead of overflowing the native stack.
pub const MAX_FRAMES: i64 = 200_000;

/// The limit `sys.setrecursionlimit` last set (what `sys.getrecursionlimit` reports).
pub static RECURSION_LIMIT: GlobalCell<i64> = GlobalCell::new(DEFAULT_RECURSION_LIMIT);

/// Runs a whole program on a thread with a large stack; returns the exit status.
pub fn run_main(args: Vec<String>, body: extern "C" fn() -> Value) -> i32 {
    let thread_args = args.clone();
    let worker = std::thread::Builder::new()
        .name("python".into())
        .stack_size(STACK_BYTES)
        .spawn(move || run_here(thread_args, body));
    match worker {
        Ok(handle) => handle.join().unwrap_or(70),
        // No thread (resource limits): run on this one, with its smaller stack.
        Err(_) => run_here(args, body),
    }
}

fn run_here(args: Vec<String>, body: extern "C" fn() -> Value) -> i32 {
    crate::module::set_argv(args);
    // The module body is the first frame, as in CPython's count against the limit.
    crate::abi::pyaot_depth.set(1);
    let r = body();
    let (status, normal) = if r.is_null() {
        match take_pending() {
            Some(e) => finish_with(e),
            None => {
                crate::io::flush_stdout();
                crate::io::write_stderr("pyaot: internal error: the program failed without an exception\n");
                (1, false)
            }
        }
    } else {
        r.decref();
        (0, true)
    };
    crate::io::flush_stdout();
    clear_globals();
    crate::dynamic::clear_main_globals();
    crate::class::clear_at_exit();
    crate::str::clear_interned();
    clear_handled();
    crate::module::clear_cache();
    crate::stdlib::textfile::flush_at_exit();
    crate::io::flush_stdout();
    crate::class::clear_spare();
    if normal && std::env::var("PYAOT_CHECK_LEAKS").is_ok_and(|v| v == "1") {
        let live = crate::object::live_count();
        if live != 0 {
            crate::io::write_stderr(&format!("pyaot: leak check: {live} objects still alive\n"));
            return LEAK_STATUS;
        }
    }
    status
}

/// Handles the exception that ended the program: the exit status, and whether the
/// program ended normally (SystemExit).
fn finish_with(e: PyErr) -> (i32, bool) {
    if e.matches(&SYSTEM_EXIT) {
        let status = exit_code(&e);
        return (status, true);
    }
    crate::io::flush_stdout();
    let mut out = String::new();
    let mut seen = Vec::new();
    format_exception(e.0.v(), &mut seen, &mut out);
    crate::io::write_stderr(&out);
    (1, false)
}

/// The status `raise SystemExit(code)` exits with (printing a non-int code as CPython does).
fn exit_code(e: &PyErr) -> i32 {
    let args = e.exc().args();
    let code: Obj = match args.len() {
        0 => return 0,
        1 => args[0].clone(),
        _ => e.exc().args_obj().clone(),
    };
    if code.v().is_none() {
        return 0;
    }
    if crate::int::is_int(code.v()) {
        return match crate::int::to_i64(code.v()) {
            Some(i) => i as i32,
            None => -1,
        };
    }
    crate::io::flush_stdout();
    let text = match crate::ops::str_of(code.v()) {
        Ok(s) => crate::str::as_str(s.v()).unwrap_or("").to_string(),
        Err(_) => String::new(),
    };
    crate::io::write_stderr(&format!("{text}\n"));
    1
}

/// Appends CPython's report of exception `e` (its cause or context first) to `out`.
pub fn format_exception(e: Value, seen: &mut Vec<Value>, out: &mut String) {
    seen.push(e);
    let Some(ex) = exc_ref(e) else {
        out.push_str(&format!("{}\n", e.ty().name));
        return;
    };
    let cause = ex.cause().clone();
    let context = ex.context().clone();
    if let Some(c) = cause.filter(|c| !seen.contains(&c.v())) {
        format_exception(c.v(), seen, out);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let Some(c) = context.filter(|c| !ex.suppress_context.get() && !seen.contains(&c.v())) {
        format_exception(c.v(), seen, out);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let frames = ex.tb().clone();
    if !frames.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // As CPython: after three identical frames in a row, one line counts the rest.
        let mut last: Option<(&str, &str, u32)> = None;
        let mut repeats = 0usize;
        let flush_repeats = |out: &mut String, n: usize| {
            if n > 3 {
                let more = n - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {more} more time{}]\n",
                    if more == 1 { "" } else { "s" }
                ));
            }
        };
        for f in frames.iter().rev() {
            let file = crate::str::as_str(f.file).unwrap_or("?");
            let func = crate::str::as_str(f.func).unwrap_or("?");
            let key = (file, func, f.line);
            if last == Some(key) {
                repeats += 1;
            } else {
                flush_repeats(out, repeats);
                last = Some(key);
                repeats = 1;
            }
            if repeats > 3 {
                continue;
            }
            out.push_str(&format!("  File \"{file}\", line {}, in {func}\n", f.line));
            if let Some(text) = crate::err::source_line(f.file, f.line) {
                out.push_str(&format!("    {text}\n"));
            }
        }
        flush_repeats(out, repeats);
    }
    // As traceback.py: the qualified name, after the module unless that is `__main__`.
    let name = match e.ty().class {
        Some(c) if c.module != "__main__" && c.module != "builtins" => format!("{}.{}", c.module, c.qualname),
        Some(c) => c.qualname.clone(),
        None => e.ty().name.to_string(),
    };
    match crate::ops::str_of(e) {
        Ok(s) => match crate::str::as_str(s.v()) {
            Some("") | None => out.push_str(&format!("{name}\n")),
            Some(t) => out.push_str(&format!("{name}: {t}\n")),
        },
        Err(_) => out.push_str(&format!("{name}: <exception str() failed>\n")),
    }
}
