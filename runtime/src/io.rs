//! Standard streams: buffered stdout, unbuffered stderr, stdin for `input()`, and the
//! `sys.stdin` / `sys.stdout` / `sys.stderr` objects (immortal [`StreamObj`]s).
//!
//! Stdout is block-buffered like CPython's when it is not a terminal (line-buffered
//! when it is); the buffer is flushed at exit, by `print(flush=True)`, by
//! `sys.stdout.flush()`, before `input()` reads, and whenever it grows large.
//! Write errors (e.g. a closed pipe) are ignored.
use crate::err::*;
use crate::func::{positional, Arity};
use crate::object::*;
use crate::types::*;
use std::io::{BufRead, IsTerminal, Read, Write};

/// The payload of the three stream objects.
#[repr(C)]
pub struct StreamObj {
    pub hdr: Header,
    /// 0 = stdin, 1 = stdout, 2 = stderr.
    pub fd: u8,
}

unsafe fn dealloc_never(_: *mut Header) {
    // The stream objects are immortal statics.
}

/// `type(sys.stdout)`.
pub static STREAM_TYPE: TypeObject =
    TypeObject::builtin("_io.TextIOWrapper", Kind::Other, Some(&OBJECT_TYPE), dealloc_never, &SPEC);

pub static STDIN: StreamObj = StreamObj { hdr: Header::immortal(&STREAM_TYPE), fd: 0 };
pub static STDOUT: StreamObj = StreamObj { hdr: Header::immortal(&STREAM_TYPE), fd: 1 };
pub static STDERR: StreamObj = StreamObj { hdr: Header::immortal(&STREAM_TYPE), fd: 2 };

pub fn stdin_value() -> Value {
    Value(&STDIN as *const StreamObj as u64)
}
pub fn stdout_value() -> Value {
    Value(&STDOUT as *const StreamObj as u64)
}
pub fn stderr_value() -> Value {
    Value(&STDERR as *const StreamObj as u64)
}

/// Is `v` one of the standard stream objects?
pub fn is_stream(v: Value) -> bool {
    v.is_heap() && v.is(&STREAM_TYPE)
}

fn stream_fd(v: Value) -> Option<u8> {
    if is_stream(v) {
        // SAFETY: objects of STREAM_TYPE are the StreamObj statics above.
        Some(unsafe { (*(v.0 as *const StreamObj)).fd })
    } else {
        None
    }
}

struct OutBuf {
    buf: Vec<u8>,
    /// None until the first write checks whether stdout is a terminal.
    line_buffered: Option<bool>,
}

static OUT: GlobalCell<OutBuf> = GlobalCell::new(OutBuf { buf: Vec::new(), line_buffered: None });
const OUT_LIMIT: usize = 1 << 16;

/// Writes to stdout (buffered).
pub fn write_stdout(s: &str) {
    let flush = OUT.with_mut(|o| {
        let line = *o.line_buffered.get_or_insert_with(|| std::io::stdout().is_terminal());
        o.buf.extend_from_slice(s.as_bytes());
        o.buf.len() >= OUT_LIMIT || (line && s.contains('\n'))
    });
    if flush {
        flush_stdout();
    }
}

/// Writes out stdout's buffer.
pub fn flush_stdout() {
    let data = OUT.with_mut(|o| std::mem::take(&mut o.buf));
    if data.is_empty() {
        return;
    }
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(&data);
    let _ = out.flush();
    // Keep the allocation for the next writes.
    OUT.with_mut(|o| {
        if o.buf.is_empty() {
            let mut data = data;
            data.clear();
            o.buf = data;
        }
    });
}

/// Writes to stderr (unbuffered).
pub fn write_stderr(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}

/// Writes `s` to a file object (`print(file=...)`): the standard streams directly,
/// anything else through its `write` method.
pub fn write_to(file: Value, s: &str) -> PyResult<()> {
    match stream_fd(file) {
        Some(1) => {
            write_stdout(s);
            Ok(())
        }
        Some(2) => {
            write_stderr(s);
            Ok(())
        }
        Some(_) => Err(PyErr::new(&OS_ERROR, "not writable")),
        None if let Some(r) = crate::stdlib::textfile::write_to(file, s) => r,
        None => {
            let text = crate::str::new_str(s);
            crate::ops::call_method(file, "write", &[text.v()], &[]).map(drop)
        }
    }
}

/// `file.flush()` (`print(flush=True)`).
pub fn flush_file(file: Value) -> PyResult<()> {
    match stream_fd(file) {
        Some(1) => {
            flush_stdout();
            Ok(())
        }
        Some(_) => Ok(()),
        None => crate::ops::call_method(file, "flush", &[], &[]).map(drop),
    }
}

/// Reads one line from stdin, with its newline; "" at end of input.
pub fn read_line() -> String {
    flush_stdout();
    let mut raw = Vec::new();
    let _ = std::io::stdin().lock().read_until(b'\n', &mut raw);
    String::from_utf8_lossy(&raw).into_owned()
}

fn read_all() -> String {
    flush_stdout();
    let mut raw = Vec::new();
    let _ = std::io::stdin().lock().read_to_end(&mut raw);
    String::from_utf8_lossy(&raw).into_owned()
}

/// The next line of `sys.stdin` when iterating over it.
pub fn next_line(v: Value) -> PyResult<Option<Obj>> {
    match stream_fd(v) {
        Some(0) => {
            let line = read_line();
            Ok(if line.is_empty() { None } else { Some(crate::str::new_string(line)) })
        }
        _ => Err(PyErr::new(&OS_ERROR, "not readable")),
    }
}

/// `input([prompt])`.
pub fn input(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("input", Arity::Expected, args, kwnames, 0, 1)?;
    if let Some(p) = pos.first() {
        let s = crate::ops::str_of(*p)?;
        write_stdout(crate::str::as_str(s.v()).unwrap_or(""));
    }
    flush_stdout();
    let mut line = read_line();
    if line.is_empty() {
        return Err(PyErr::new(&EOF_ERROR, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(crate::str::new_string(line))
}

// ---------------------------------------------------------------------------------------
// What the stream type declares (see `typeobj.rs`).

use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, EMPTY};

fn fd_of(o: Value) -> PyResult<u8> {
    stream_fd(o).map_or_else(|| type_error("descriptor requires a '_io.TextIOWrapper' object"), Ok)
}

fn write_method(o: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let fd = fd_of(o)?;
    let Some(s) = a[0].downcast::<crate::str::StrObj>() else {
        return type_error(format!("write() argument must be str, not {}", a[0].ty().name));
    };
    if fd == 0 {
        return Err(PyErr::new(&OS_ERROR, "not writable"));
    }
    write_to(o, &s.s)?;
    Ok(crate::int::from_i64(s.nchars as i64))
}

fn flush_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    fd_of(o)?;
    flush_file(o)?;
    Ok(none_obj())
}

fn isatty_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let tty = match fd_of(o)? {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    };
    Ok(bool_obj(tty))
}

fn readable_fd(o: Value) -> PyResult<()> {
    if fd_of(o)? != 0 {
        return Err(PyErr::new(&OS_ERROR, "not readable"));
    }
    Ok(())
}

fn readline_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    readable_fd(o)?;
    Ok(crate::str::new_string(read_line()))
}

fn read_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    readable_fd(o)?;
    Ok(crate::str::new_string(read_all()))
}

fn readlines_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    readable_fd(o)?;
    let text = read_all();
    let lines = text.split_inclusive('\n').map(crate::str::new_str).collect();
    Ok(crate::list::new_list(lines))
}

fn fileno_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(fd_of(o)? as i64))
}

fn readable_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(fd_of(o)? == 0))
}

fn writable_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(fd_of(o)? != 0))
}

fn false_method(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    fd_of(o)?;
    Ok(bool_obj(false))
}

fn next_slot(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    match next_line(o)? {
        Some(l) => Ok(l),
        None => Err(PyErr::bare(&STOP_ITERATION)),
    }
}

fn iter_slot(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    fd_of(o)?;
    Ok(o.new_ref())
}

fn repr_slot(o: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::repr_of(o)
}

fn name_get(o: Value) -> PyResult {
    Ok(crate::str::new_str(match fd_of(o)? {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }))
}

fn encoding_get(o: Value) -> PyResult {
    fd_of(o)?;
    Ok(crate::str::new_str("utf-8"))
}

fn closed_get(o: Value) -> PyResult {
    fd_of(o)?;
    Ok(bool_obj(false))
}

fn mode_get(o: Value) -> PyResult {
    Ok(crate::str::new_str(if fd_of(o)? == 0 { "r" } else { "w" }))
}

static SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", repr_slot, Params::NoArgs),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__next__", next_slot, Params::NoArgs),
        MethodDef::method("write", write_method, Params::One),
        MethodDef::method("read", read_method, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("readline", readline_method, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("readlines", readlines_method, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("flush", flush_method, Params::NoArgs),
        MethodDef::method("fileno", fileno_method, Params::NoArgs),
        MethodDef::method("seekable", false_method, Params::NoArgs),
        MethodDef::method("readable", readable_method, Params::NoArgs),
        MethodDef::method("writable", writable_method, Params::NoArgs),
        MethodDef::method("isatty", isatty_method, Params::NoArgs),
    ],
    getsets: &[
        GetSetDef::getset("name", name_get, None),
        GetSetDef::getset("encoding", encoding_get, None),
        GetSetDef::getset("closed", closed_get, None),
        GetSetDef::getset("mode", mode_get, None),
    ],
    ..EMPTY
};
