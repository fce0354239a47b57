//! `io`: `StringIO`, an in-memory text stream (what programs hand to `print(file=…)`),
//! and the names of the file machinery (`open`, `TextIOWrapper`, `UnsupportedOperation`;
//! the files themselves are `textfile`'s).
//! Positions count characters, as CPython's do.
use super::NativeClass;
use crate::err::*;
use crate::func::{bind, positional, Arity};
use crate::object::*;
use crate::types::*;
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct StringIOObj {
    pub hdr: Header,
    buf: RefCell<String>,
    /// Length of `buf` in characters.
    nchars: Cell<usize>,
    /// The stream position, in characters.
    pos: Cell<usize>,
    closed: Cell<bool>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for StringIOObj {
    fn type_object() -> &'static TypeObject {
        &STRINGIO_TYPE
    }
}

pub static STRINGIO_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "StringIO",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<StringIOObj>,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

pub static STRINGIO_CLASS: NativeClass = NativeClass {
    ty: &STRINGIO_TYPE,
    qualname: "_io.StringIO",
    new: new_stringio,
    methods: &[
        "write",
        "writelines",
        "getvalue",
        "read",
        "readline",
        "readlines",
        "seek",
        "tell",
        "truncate",
        "close",
        "flush",
        "isatty",
        "readable",
        "writable",
        "seekable",
    ],
    call_method,
    attr: Some(attr),
    repr: None,
    compare: None,
    binop: None,
    seq: None,
    iter: None,
};

fn attr(o: Value, name: &str) -> Option<PyResult> {
    let sio = o.downcast::<StringIOObj>()?;
    match name {
        "closed" => Some(Ok(bool_obj(sio.closed.get()))),
        _ => None,
    }
}

fn new_stringio(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [initial, _newline] = bind("StringIO", args, kwnames, ["initial_value", "newline"], 0)?;
    let text = match initial.filter(|v| !v.is_none()) {
        Some(v) => match crate::str::as_str(v) {
            Some(s) => s.to_string(),
            None => {
                return type_error(format!("initial_value must be str or None, not {}", v.ty().name));
            }
        },
        None => String::new(),
    };
    let n = text.chars().count();
    Ok(alloc(StringIOObj {
        hdr: Header::new(&STRINGIO_TYPE),
        buf: RefCell::new(text),
        nchars: Cell::new(n),
        pos: Cell::new(0),
        closed: Cell::new(false),
    }))
}

/// Byte offset of character `i` of `s` (its length when past the end).
fn byte_at(s: &str, i: usize) -> usize {
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

impl StringIOObj {
    fn write(&self, t: &str) -> usize {
        let n = t.chars().count();
        let mut buf = self.buf.borrow_mut();
        let pos = self.pos.get();
        if pos == self.nchars.get() {
            buf.push_str(t);
            self.nchars.set(pos + n);
        } else {
            if pos > self.nchars.get() {
                // Writing past the end pads with NULs, as CPython does.
                let pad = pos - self.nchars.get();
                buf.extend(std::iter::repeat('\0').take(pad));
                self.nchars.set(pos);
            }
            let start = byte_at(&buf, pos);
            let end = byte_at(&buf, pos + n);
            buf.replace_range(start..end, t);
            self.nchars.set(buf.chars().count());
        }
        self.pos.set(pos + n);
        n
    }

    /// Up to `n` characters from the position (all with None), and advances.
    fn read(&self, n: Option<usize>) -> String {
        let buf = self.buf.borrow();
        let pos = self.pos.get();
        if pos >= self.nchars.get() {
            return String::new();
        }
        let end = n.map_or(self.nchars.get(), |n| (pos + n).min(self.nchars.get()));
        let out = buf[byte_at(&buf, pos)..byte_at(&buf, end)].to_string();
        self.pos.set(end);
        out
    }

    /// The next line, or its first `limit` characters.
    fn readline_limit(&self, limit: Option<usize>) -> String {
        let buf = self.buf.borrow();
        let pos = self.pos.get().min(self.nchars.get());
        let start = byte_at(&buf, pos);
        let rest = &buf[start..];
        let mut line = match rest.find('\n') {
            Some(i) => &rest[..=i],
            None => rest,
        };
        if let Some(n) = limit {
            line = &line[..byte_at(line, n)];
        }
        self.pos.set(pos + line.chars().count());
        line.to_string()
    }
    fn readline(&self) -> String {
        self.readline_limit(None)
    }
}

/// An optional size argument: None or negative means no limit.
fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v.filter(|v| !v.is_none()) {
        Some(v) => Ok(usize::try_from(crate::int::index_of(*v, "")?).ok()),
        None => Ok(None),
    }
}

fn call_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let Some(sio) = o.downcast::<StringIOObj>() else {
        return type_error("descriptor requires a '_io.StringIO' object");
    };
    let q = format!("StringIO.{name}");
    if sio.closed.get() && !matches!(name, "close") {
        return value_error("I/O operation on closed file");
    }
    match name {
        "write" => {
            let pos = positional(&q, Arity::Takes, args, kwnames, 1, 1)?;
            let Some(t) = crate::str::as_str(pos[0]) else {
                return type_error(format!("string argument expected, got '{}'", pos[0].ty().name));
            };
            Ok(crate::int::from_i64(sio.write(t) as i64))
        }
        "writelines" => {
            let pos = positional(&q, Arity::Takes, args, kwnames, 1, 1)?;
            let it = crate::iter::get_iter(pos[0])?;
            while let Some(line) = crate::iter::next(it.v())? {
                let Some(t) = crate::str::as_str(line.v()) else {
                    return type_error(format!("string argument expected, got '{}'", line.v().ty().name));
                };
                sio.write(t);
            }
            Ok(none_obj())
        }
        "getvalue" => {
            positional(&q, Arity::Takes, args, kwnames, 0, 0)?;
            Ok(crate::str::new_str(&sio.buf.borrow()))
        }
        "read" => {
            let pos = positional(&q, Arity::Expected, args, kwnames, 0, 1)?;
            let n = match pos.first().filter(|v| !v.is_none()) {
                Some(v) => Some(crate::int::index_of(*v, "")?).filter(|n| *n >= 0).map(|n| n as usize),
                None => None,
            };
            Ok(crate::str::new_string(sio.read(n)))
        }
        "readline" => {
            let pos = positional(&q, Arity::Expected, args, kwnames, 0, 1)?;
            Ok(crate::str::new_string(sio.readline_limit(size_arg(pos.first())?)))
        }
        "readlines" => {
            let pos = positional(&q, Arity::Expected, args, kwnames, 0, 1)?;
            // Lines until their total length reaches the hint (when it is positive).
            let hint = size_arg(pos.first())?.filter(|h| *h > 0);
            let mut lines = Vec::new();
            let mut total = 0;
            loop {
                let l = sio.readline();
                if l.is_empty() {
                    break;
                }
                total += l.chars().count();
                lines.push(crate::str::new_string(l));
                if hint.is_some_and(|h| total >= h) {
                    break;
                }
            }
            Ok(crate::list::new_list(lines))
        }
        "seek" => {
            let pos = positional(&q, Arity::Expected, args, kwnames, 1, 2)?;
            let p = crate::int::index_of(pos[0], "")?;
            let whence = match pos.get(1) {
                Some(w) => crate::int::index_of(*w, "")?,
                None => 0,
            };
            match whence {
                0 if p < 0 => return value_error(format!("Negative seek position {p}")),
                0 => sio.pos.set(p as usize),
                1 | 2 if p != 0 => return Err(PyErr::new(&OS_ERROR, "Can't do nonzero cur-relative seeks")),
                1 => {}
                2 => sio.pos.set(sio.nchars.get()),
                _ => return value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")),
            }
            Ok(crate::int::from_i64(sio.pos.get() as i64))
        }
        "tell" => {
            positional(&q, Arity::Takes, args, kwnames, 0, 0)?;
            Ok(crate::int::from_i64(sio.pos.get() as i64))
        }
        "truncate" => {
            let pos = positional(&q, Arity::Expected, args, kwnames, 0, 1)?;
            let size = match pos.first().filter(|v| !v.is_none()) {
                Some(v) => {
                    let n = crate::int::index_of(*v, "")?;
                    if n < 0 {
                        return value_error(format!("Negative size value {n}"));
                    }
                    n as usize
                }
                None => sio.pos.get(),
            };
            if size < sio.nchars.get() {
                let mut buf = sio.buf.borrow_mut();
                let b = byte_at(&buf, size);
                buf.truncate(b);
                sio.nchars.set(size);
            }
            Ok(crate::int::from_i64(size as i64))
        }
        "close" => {
            positional(&q, Arity::Takes, args, kwnames, 0, 0)?;
            sio.closed.set(true);
            Ok(none_obj())
        }
        "flush" => Ok(none_obj()),
        "isatty" => Ok(bool_obj(false)),
        "readable" | "writable" | "seekable" => Ok(bool_obj(true)),
        _ => Err(super::no_attribute(&STRINGIO_CLASS, name)),
    }
}

pub fn module() -> PyResult {
    crate::module::new_module(
        "io",
        vec![
            ("StringIO", STRINGIO_TYPE.as_value().new_ref()),
            ("TextIOWrapper", super::textfile::FILE_TYPE.as_value().new_ref()),
            ("UnsupportedOperation", UNSUPPORTED_OPERATION.as_value().new_ref()),
            ("open", crate::builtins::lookup("open")?),
        ],
    )
}
