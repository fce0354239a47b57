//! `open()` and the text files it returns (`_io.TextIOWrapper` over a file descriptor),
//! with CPython 3.11's argument checks, messages and newline rules.
//!
//! Reading decodes the file in chunks of 8 KiB into `rbuf` *untranslated*, and
//! translates newlines (universal mode) as text is handed out, so the byte position of
//! every point in the buffer is known: `tell()` is the file position minus what is
//! buffered. Writing encodes into a buffer that is written out when it reaches 8 KiB,
//! on `flush()`, before reading or seeking, on `close()`, when the object is freed, and
//! at exit for files still open then (`flush_at_exit`), so no written text is lost.
//!
//! Binary modes (`'rb'`) are not written yet: open() raises NotImplementedError for them
//! when it is called (a program may contain such calls and run, as long as they do not run).
//!
//! Rule: never hold the `st` borrow across a call that may run Python code (`writelines`
//! iterates a Python iterable, which may write to this very file).
use super::codec::{self, Codec, Errors};
use super::{IterProtocol, NativeClass};
use crate::err::*;
use crate::func::{bind, positional, split_args, Arity};
use crate::object::*;
use crate::types::*;
use std::cell::RefCell;
use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};

/// Bytes read from the file at a time, and the write buffer's size (CPython's chunk size).
const CHUNK: usize = 8192;

/// `EISDIR`, which CPython raises itself for a directory opened for reading (Linux, macOS
/// and the BSDs agree on the number).
const EISDIR: i32 = 21;

/// The `newline` argument.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// None: lines end at `\n`, `\r` or `\r\n`, each read as `\n`; `\n` is written as is.
    Translate,
    /// `''`: lines end at `\n`, `\r` or `\r\n`, read and written untranslated.
    Universal,
    /// `'\n'`, `'\r'`, `'\r\n'`: lines end there; `\n` is written as this.
    Fixed(&'static str),
}

/// Newline kinds met while reading, for `newlines` (CPython's order: `\r`, `\n`, `\r\n`).
const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// What changes as the file is used.
struct State {
    /// None once closed.
    file: Option<File>,
    /// Encoded text not written out yet.
    wbuf: Vec<u8>,
    /// Decoded text read ahead, newlines untranslated; `rbuf[rpos..]` is unread.
    rbuf: String,
    rpos: usize,
    /// Bytes read but not decoded yet (an incomplete UTF-8 sequence).
    pending: Vec<u8>,
    /// The last read found the end of the file (cleared at the start of each read call,
    /// so a file that grows is read further, as in CPython).
    eof: bool,
    seen: u8,
    /// The decoded text so far ends with a `\r` that may start a `\r\n`.
    seen_cr: bool,
    /// False while iteration (`next`) is under way: `tell()` refuses, as CPython's does.
    telling: bool,
}

#[repr(C)]
pub struct FileObj {
    pub hdr: Header,
    name: Obj,
    mode: Obj,
    encoding: Obj,
    errors_name: Obj,
    codec: Codec,
    errors: Errors,
    newline: Newline,
    readable: bool,
    writable: bool,
    seekable: bool,
    line_buffering: bool,
    /// Close the descriptor on close (False for `open(fd, closefd=False)`).
    closefd: bool,
    st: RefCell<State>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for FileObj {
    fn type_object() -> &'static TypeObject {
        &FILE_TYPE
    }
}

pub static FILE_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "_io.TextIOWrapper",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<FileObj>,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

pub static FILE_CLASS: NativeClass = NativeClass {
    ty: &FILE_TYPE,
    qualname: "_io.TextIOWrapper",
    new: construct,
    methods: &[
        "read",
        "readline",
        "readlines",
        "write",
        "writelines",
        "close",
        "flush",
        "seek",
        "tell",
        "truncate",
        "fileno",
        "isatty",
        "readable",
        "writable",
        "seekable",
        "__enter__",
        "__exit__",
        "__iter__",
        "__next__",
    ],
    call_method,
    attr: Some(attr),
    repr: Some(repr),
    compare: None,
    binop: None,
    seq: None,
    iter: Some(IterProtocol { check: iter_check, next: iter_next }),
};

// ---------------------------------------------------------------------------------------
// Files open at exit.

/// The addresses of the file objects that are open (not closed, not freed).
static OPEN_FILES: GlobalCell<Vec<usize>> = GlobalCell::new(Vec::new());

fn forget_open(f: &FileObj) {
    let addr = f as *const FileObj as usize;
    OPEN_FILES.with_mut(|v| v.retain(|a| *a != addr));
}

/// Writes out what files still open at exit have buffered (files kept alive by reference
/// cycles; the others were closed or freed). Errors are ignored, as CPython ignores them.
pub fn flush_at_exit() {
    let open = OPEN_FILES.with_mut(|v| v.clone());
    for addr in open {
        // SAFETY: a file object removes its address before it is freed, so this one is alive.
        let f = unsafe { &*(addr as *const FileObj) };
        if let Ok(mut st) = f.st.try_borrow_mut() {
            let _ = flush_buffer(&mut st);
        }
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        if self.st.get_mut().file.is_some() {
            forget_open(self);
            let st = self.st.get_mut();
            let _ = flush_buffer(st);
            release(st, self.closefd);
        }
    }
}

/// Closes the descriptor (or leaves it open for `closefd=False`).
fn release(st: &mut State, closefd: bool) {
    if let Some(f) = st.file.take() {
        if !closefd {
            let _ = f.into_raw_fd();
        }
    }
}

/// Writes the write buffer out.
fn flush_buffer(st: &mut State) -> PyResult<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut st.wbuf);
    let Some(file) = st.file.as_mut() else { return Ok(()) };
    let r = file.write_all(&data);
    // Keep the allocation for the next writes.
    st.wbuf = data;
    st.wbuf.clear();
    r.map_err(|e| os_error(&e, None))
}

// ---------------------------------------------------------------------------------------
// open().

/// The characters of a mode string.
#[derive(Default)]
struct Mode {
    create: bool,
    read: bool,
    write: bool,
    append: bool,
    plus: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut m = Mode::default();
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'x' => &mut m.create,
            'r' => &mut m.read,
            'w' => &mut m.write,
            'a' => &mut m.append,
            '+' => &mut m.plus,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return value_error(format!("invalid mode: '{mode}'")),
        };
        *flag = true;
        if mode[i + 1..].contains(c) {
            return value_error(format!("invalid mode: '{mode}'"));
        }
    }
    if m.text && m.binary {
        return value_error("can't have text and binary mode at once");
    }
    if m.create as u8 + m.read as u8 + m.write as u8 + m.append as u8 > 1 {
        return value_error("must have exactly one of create/read/write/append mode");
    }
    Ok(m)
}

/// An optional str argument of open().
fn opt_str(v: Option<Value>, what: &str) -> PyResult<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match crate::str::as_str(v) {
            Some(s) => Ok(Some(s)),
            None => type_error(format!("open() argument '{what}' must be str or None, not {}", v.ty().name)),
        },
    }
}

#[cold]
fn bad_file_type<T>(v: Value) -> PyResult<T> {
    type_error(format!("expected str, bytes or os.PathLike object, not {}", v.ty().name))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`: the checks in CPython's order (arguments, mode, file,
/// then the file is opened, then buffering, newline and encoding are checked).
pub fn open(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let params = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = bind("open", args, kwnames, params, 1)?;
    let file = file.expect("a required argument");
    let mode_obj = match mode {
        None => crate::str::new_str("r"),
        Some(v) if crate::str::as_str(v).is_some() => v.new_ref(),
        Some(v) => return type_error(format!("open() argument 'mode' must be str, not {}", v.ty().name)),
    };
    let mode_str = crate::str::as_str(mode_obj.v()).unwrap_or("r");
    let buffering = match buffering {
        None => -1,
        Some(v) => crate::int::index_of(v, "")?,
    };
    let encoding = opt_str(encoding, "encoding")?;
    let errors = opt_str(errors, "errors")?;
    let newline = opt_str(newline, "newline")?;
    let closefd = match closefd {
        None => true,
        Some(v) => crate::int::index_of(v, "")? != 0,
    };
    let opener = opener.filter(|v| !v.is_none());

    let m = parse_mode(mode_str)?;
    if m.binary {
        if encoding.is_some() {
            return value_error("binary mode doesn't take an encoding argument");
        }
        if errors.is_some() {
            return value_error("binary mode doesn't take an errors argument");
        }
        if newline.is_some() {
            return value_error("binary mode doesn't take a newline argument");
        }
    }
    let target = file_target(file)?;
    if let Target::Path(_) = target {
        if !closefd {
            return value_error("Cannot use closefd=False with file name");
        }
    }
    if !(m.create || m.read || m.write || m.append) {
        return value_error("Must have exactly one of create/read/write/append mode and at most one plus");
    }
    if m.binary {
        return Err(PyErr::new(
            &NOT_IMPLEMENTED_ERROR,
            format!("pyaot: open() in binary mode ('{mode_str}') is not supported yet"),
        ));
    }
    if opener.is_some() {
        return Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: open() with an opener is not supported yet"));
    }

    let mut f = open_raw(&target, &m, file)?;
    if m.append {
        f.seek(SeekFrom::End(0)).map_err(|e| os_error(&e, None))?;
    }
    if buffering == 0 {
        discard(f, closefd);
        return value_error("can't have unbuffered text I/O");
    }
    let line_buffering = buffering == 1 || (buffering < 0 && f.is_terminal());
    let newline = match newline {
        None => Newline::Translate,
        Some("") => Newline::Universal,
        Some("\n") => Newline::Fixed("\n"),
        Some("\r") => Newline::Fixed("\r"),
        Some("\r\n") => Newline::Fixed("\r\n"),
        Some(other) => {
            discard(f, closefd);
            return value_error(format!("illegal newline value: {other}"));
        }
    };
    let codec = match encoding.map(Codec::lookup).transpose() {
        Ok(c) => c.unwrap_or(Codec::Utf8),
        Err(e) => {
            discard(f, closefd);
            return Err(e);
        }
    };
    let seekable = f.stream_position().is_ok();
    let obj = alloc(FileObj {
        hdr: Header::new(&FILE_TYPE),
        name: file.new_ref(),
        mode: mode_obj,
        encoding: crate::str::new_str(encoding.unwrap_or("utf-8")),
        errors_name: crate::str::new_str(errors.unwrap_or("strict")),
        codec,
        errors: Errors::parse(errors.unwrap_or("strict")),
        newline,
        readable: m.read || m.plus,
        writable: m.write || m.append || m.create || m.plus,
        seekable,
        line_buffering,
        closefd,
        st: RefCell::new(State {
            file: Some(f),
            wbuf: Vec::new(),
            rbuf: String::new(),
            rpos: 0,
            pending: Vec::new(),
            eof: false,
            seen: 0,
            seen_cr: false,
            telling: seekable,
        }),
    });
    OPEN_FILES.with_mut(|v| v.push(obj.v().0 as usize));
    Ok(obj)
}

/// Drops a file opened for a failed open(), leaving the descriptor open for `closefd=False`.
fn discard(f: File, closefd: bool) {
    if !closefd {
        let _ = f.into_raw_fd();
    }
}

enum Target {
    Path(&'static str),
    Fd(i32),
}

fn file_target(file: Value) -> PyResult<Target> {
    if let Some(p) = crate::str::as_str(file) {
        if p.contains('\0') {
            return value_error("embedded null byte");
        }
        return Ok(Target::Path(p));
    }
    if crate::int::is_int(file) {
        // A descriptor that does not fit a C int is taken for a path, as CPython does.
        let Some(fd) = crate::int::to_i64(file).and_then(|i| i32::try_from(i).ok()) else {
            return bad_file_type(file);
        };
        if fd < 0 {
            return value_error("negative file descriptor");
        }
        return Ok(Target::Fd(fd));
    }
    bad_file_type(file)
}

/// Opens the file (FileIO's part): OSError subclasses with the file name, and
/// IsADirectoryError for a directory, as CPython checks after opening.
fn open_raw(target: &Target, m: &Mode, name: Value) -> PyResult<File> {
    let with_name = |e: &std::io::Error| os_error(e, Some(name.new_ref()));
    let f = match target {
        Target::Path(p) => {
            let mut o = std::fs::OpenOptions::new();
            o.read(m.read || m.plus);
            if m.write {
                o.write(true).create(true).truncate(true);
            } else if m.append {
                o.append(true).create(true);
            } else if m.create {
                o.write(true).create_new(true);
            } else if m.plus {
                o.write(true);
            }
            o.open(p).map_err(|e| with_name(&e))?
        }
        // SAFETY: the descriptor is the program's to give; a bad one fails fstat below,
        // and is never closed by us then.
        Target::Fd(fd) => unsafe { File::from_raw_fd(*fd) },
    };
    match f.metadata() {
        Ok(meta) if meta.is_dir() => {
            if let Target::Fd(_) = target {
                let _ = f.into_raw_fd();
            }
            Err(with_name(&std::io::Error::from_raw_os_error(EISDIR)))
        }
        Ok(_) => Ok(f),
        Err(e) => {
            if let Target::Fd(_) = target {
                let _ = f.into_raw_fd();
                return Err(os_error(&e, None));
            }
            Err(with_name(&e))
        }
    }
}

/// `io.TextIOWrapper(...)`: needs a binary buffer.
fn construct(_args: &[Value], _kwnames: &[Obj]) -> PyResult {
    Err(PyErr::new(
        &NOT_IMPLEMENTED_ERROR,
        "pyaot: io.TextIOWrapper() over a binary buffer is not supported yet; use open()",
    ))
}

// ---------------------------------------------------------------------------------------
// Reading.

/// How far a scan of the read buffer got before it needed more text.
#[derive(Clone, Copy, Default)]
struct Scan {
    /// Byte offset in the unread text.
    i: usize,
    /// Characters handed out so far (a translated `\r\n` is one).
    count: usize,
}

impl FileObj {
    /// Reads and decodes the next chunk of the file into the read buffer (at the end of
    /// the file, decodes what is pending and sets `eof`).
    fn fill(&self, st: &mut State) -> PyResult<()> {
        if st.rpos > 0 && st.rpos * 2 >= st.rbuf.len() {
            st.rbuf.drain(..st.rpos);
            st.rpos = 0;
        }
        let mut chunk = [0u8; CHUNK];
        let Some(file) = st.file.as_mut() else { return Ok(()) };
        let n = loop {
            match file.read(&mut chunk) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(os_error(&e, None)),
            }
        };
        let last = n == 0;
        st.eof = last;
        let mut input = std::mem::take(&mut st.pending);
        input.extend_from_slice(&chunk[..n]);
        self.decode_into(st, &input, last)
    }

    /// Decodes `input` onto the read buffer; keeps an incomplete sequence at its end pending.
    fn decode_into(&self, st: &mut State, input: &[u8], last: bool) -> PyResult<()> {
        let mut text = String::new();
        let used = codec::decode(self.codec, input, last, &self.errors, &mut text)?;
        st.pending = input[used..].to_vec();
        if !matches!(self.newline, Newline::Fixed(_)) {
            note_newlines(st, text.as_bytes(), last);
        }
        st.rbuf.push_str(&text);
        Ok(())
    }

    /// Where the text to hand out ends in `avail` (the unread text): Ok(byte offset), or
    /// Err(progress) when that depends on text not read yet. `limit` counts characters;
    /// `line` stops after a line end.
    fn scan(&self, avail: &str, mut s: Scan, limit: Option<usize>, line: bool, eof: bool) -> Result<usize, Scan> {
        let b = avail.as_bytes();
        loop {
            if limit.is_some_and(|n| s.count >= n) {
                return Ok(s.i);
            }
            let Some(&c) = b.get(s.i) else {
                return if eof { Ok(s.i) } else { Err(s) };
            };
            match self.newline {
                // A '\r' followed by '\n' is one line end (one '\n' when translated):
                // look at the next character first.
                Newline::Translate | Newline::Universal
                    if c == b'\r' && (line || self.newline == Newline::Translate) =>
                {
                    let crlf = match b.get(s.i + 1) {
                        Some(&n) => n == b'\n',
                        None if eof => false,
                        None => return Err(s),
                    };
                    if crlf && self.newline == Newline::Translate {
                        s.i += 2;
                        s.count += 1;
                    } else if crlf && limit.is_none_or(|n| s.count + 2 <= n) {
                        s.i += 2;
                        s.count += 2;
                    } else {
                        s.i += 1;
                        s.count += 1;
                    }
                    if line {
                        return Ok(s.i);
                    }
                }
                Newline::Translate | Newline::Universal if c == b'\n' => {
                    s.i += 1;
                    s.count += 1;
                    if line {
                        return Ok(s.i);
                    }
                }
                _ => {
                    s.i += utf8_len(c);
                    s.count += 1;
                    if let Newline::Fixed(nl) = self.newline {
                        if line && avail[..s.i].ends_with(nl) {
                            return Ok(s.i);
                        }
                    }
                }
            }
        }
    }

    /// The next `limit` characters (all with None), or the next line, translated.
    fn take(&self, st: &mut State, limit: Option<usize>, line: bool) -> PyResult<String> {
        let mut s = Scan::default();
        loop {
            let avail = &st.rbuf[st.rpos..];
            match self.scan(avail, s, limit, line, st.eof) {
                Ok(end) => {
                    let text = self.translate(&avail[..end]);
                    st.rpos += end;
                    return Ok(text);
                }
                Err(progress) => {
                    s = progress;
                    self.fill(st)?;
                }
            }
        }
    }

    /// Everything left in the file (decoded in one piece, without copies when it can be).
    fn take_all(&self, st: &mut State) -> PyResult<String> {
        let mut input = std::mem::take(&mut st.pending);
        if let Some(file) = st.file.as_mut() {
            file.read_to_end(&mut input).map_err(|e| os_error(&e, None))?;
        }
        let text = codec::decode_all(self.codec, input, &self.errors)?;
        if !matches!(self.newline, Newline::Fixed(_)) {
            note_newlines(st, text.as_bytes(), true);
        }
        st.eof = true;
        let unread = &st.rbuf[st.rpos..];
        let all = if unread.is_empty() { text } else { unread.to_string() + &text };
        st.rbuf.clear();
        st.rpos = 0;
        Ok(self.translate_owned(all))
    }

    /// `s` with universal newlines translated to `\n` (when they are).
    fn translate(&self, s: &str) -> String {
        if self.newline == Newline::Translate && s.contains('\r') {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s.to_string()
        }
    }

    fn translate_owned(&self, s: String) -> String {
        if self.newline == Newline::Translate && s.contains('\r') {
            self.translate(&s)
        } else {
            s
        }
    }

    /// Forgets the text read ahead (before writing and seeking).
    fn drop_read_ahead(&self, st: &mut State) {
        st.rbuf.clear();
        st.rpos = 0;
        st.pending.clear();
        st.eof = false;
    }

    /// Checks that the file is open and readable, and writes out pending output.
    fn start_read(&self, st: &mut State) -> PyResult<()> {
        if st.file.is_none() {
            return Err(closed_error());
        }
        if !self.readable {
            return Err(unsupported("not readable"));
        }
        flush_buffer(st)?;
        st.eof = false;
        Ok(())
    }

    fn readline(&self, st: &mut State, limit: Option<usize>) -> PyResult<String> {
        self.start_read(st)?;
        self.take(st, limit, true)
    }

    // -----------------------------------------------------------------------------------
    // Writing and positions.

    fn write(&self, st: &mut State, text: &str) -> PyResult<()> {
        if st.file.is_none() {
            return Err(closed_error());
        }
        if !self.writable {
            return Err(unsupported("not writable"));
        }
        let translated = match self.newline {
            Newline::Fixed(nl) if nl != "\n" && text.contains('\n') => std::borrow::Cow::Owned(text.replace('\n', nl)),
            _ => std::borrow::Cow::Borrowed(text),
        };
        let mark = st.wbuf.len();
        if let Err(e) = codec::encode(self.codec, &translated, &self.errors, &mut st.wbuf) {
            st.wbuf.truncate(mark);
            return Err(e);
        }
        if self.readable {
            // As CPython: a write resets the decoder and drops the text read ahead (the
            // file position stays after it).
            self.drop_read_ahead(st);
            st.seen = 0;
            st.seen_cr = false;
        }
        if st.wbuf.len() >= CHUNK || (self.line_buffering && (text.contains('\n') || text.contains('\r'))) {
            flush_buffer(st)?;
        }
        Ok(())
    }

    fn file_position(st: &mut State) -> PyResult<u64> {
        match st.file.as_mut() {
            Some(f) => f.stream_position().map_err(|e| os_error(&e, None)),
            None => Err(closed_error()),
        }
    }

    fn tell(&self, st: &mut State) -> PyResult<i64> {
        if st.file.is_none() {
            return Err(closed_error());
        }
        if !self.seekable {
            return Err(unsupported("underlying stream is not seekable"));
        }
        if !st.telling {
            return Err(PyErr::new(&OS_ERROR, "telling position disabled by next() call"));
        }
        flush_buffer(st)?;
        let raw = Self::file_position(st)?;
        let unread = st.pending.len() + self.codec.encoded_len(&st.rbuf[st.rpos..]);
        Ok(raw.saturating_sub(unread as u64) as i64)
    }

    fn seek(&self, st: &mut State, cookie: i64, whence: i64) -> PyResult<i64> {
        if st.file.is_none() {
            return Err(closed_error());
        }
        if !self.seekable {
            return Err(unsupported("underlying stream is not seekable"));
        }
        let cookie = match whence {
            0 => cookie,
            1 if cookie != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
            1 => self.tell(st)?,
            2 if cookie != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
            2 => {
                flush_buffer(st)?;
                self.drop_read_ahead(st);
                st.seen = 0;
                st.seen_cr = false;
                st.telling = true;
                let f = st.file.as_mut().ok_or_else(closed_error)?;
                return f.seek(SeekFrom::End(0)).map(|p| p as i64).map_err(|e| os_error(&e, None));
            }
            _ => return value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")),
        };
        if cookie < 0 {
            return value_error(format!("negative seek position {cookie}"));
        }
        flush_buffer(st)?;
        self.drop_read_ahead(st);
        if cookie == 0 {
            st.seen = 0;
            st.seen_cr = false;
        }
        st.telling = true;
        let f = st.file.as_mut().ok_or_else(closed_error)?;
        f.seek(SeekFrom::Start(cookie as u64)).map_err(|e| os_error(&e, None))?;
        Ok(cookie)
    }

    fn close(&self, st: &mut State) -> PyResult<()> {
        if st.file.is_none() {
            return Ok(());
        }
        let r = flush_buffer(st);
        forget_open(self);
        release(st, self.closefd);
        r
    }

    /// `newlines`: the kinds of line ends read so far (universal modes).
    fn newlines(&self, st: &State) -> Obj {
        let kinds: Vec<Obj> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
            .iter()
            .filter(|(bit, _)| st.seen & bit != 0)
            .map(|(_, s)| crate::str::new_str(s))
            .collect();
        match kinds.len() {
            0 => none_obj(),
            1 => kinds.into_iter().next().unwrap_or_else(none_obj),
            _ => crate::tuple::new_tuple(kinds),
        }
    }
}

/// Records the newline kinds in freshly decoded text (`last`: nothing follows it).
fn note_newlines(st: &mut State, b: &[u8], last: bool) {
    let mut i = 0;
    if st.seen_cr {
        if b.first() == Some(&b'\n') {
            st.seen |= SEEN_CRLF;
            st.seen_cr = false;
            i = 1;
        } else if !b.is_empty() || last {
            st.seen |= SEEN_CR;
            st.seen_cr = false;
        }
    }
    while i < b.len() {
        match b[i] {
            b'\r' => match b.get(i + 1) {
                Some(b'\n') => {
                    st.seen |= SEEN_CRLF;
                    i += 1;
                }
                Some(_) => st.seen |= SEEN_CR,
                None if last => st.seen |= SEEN_CR,
                None => st.seen_cr = true,
            },
            b'\n' => st.seen |= SEEN_LF,
            _ => {}
        }
        i += 1;
    }
}

/// The length of the UTF-8 sequence that starts with byte `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

#[cold]
fn closed_error() -> PyErr {
    PyErr::new(&VALUE_ERROR, "I/O operation on closed file.")
}

/// The closed-file error of the layers below the text layer (no full stop), which
/// `readable()`, `fileno()` and friends raise in CPython.
#[cold]
fn raw_closed_error() -> PyErr {
    PyErr::new(&VALUE_ERROR, "I/O operation on closed file")
}

#[cold]
fn unsupported(msg: &str) -> PyErr {
    PyErr::new(&UNSUPPORTED_OPERATION, msg)
}

// ---------------------------------------------------------------------------------------
// The Python-facing surface.

fn file_of(v: Value) -> PyResult<&'static FileObj> {
    v.downcast::<FileObj>().ok_or_else(|| PyErr::new(&TYPE_ERROR, "descriptor requires a '_io.TextIOWrapper' object"))
}

/// `print(..., file=f)` for a file object: writes without making a str object
/// (None: `file` is not one).
pub fn write_to(file: Value, s: &str) -> Option<PyResult<()>> {
    let f = file.downcast::<FileObj>()?;
    let mut st = f.st.borrow_mut();
    Some(f.write(&mut st, s))
}

fn iter_check(v: Value) -> PyResult<()> {
    let f = file_of(v)?;
    if f.st.borrow().file.is_none() {
        return Err(closed_error());
    }
    Ok(())
}

/// `next(f)`: the next line; telling is off until the end of the file is reached.
fn iter_next(v: Value) -> PyResult<Option<Obj>> {
    let f = file_of(v)?;
    let mut st = f.st.borrow_mut();
    st.telling = false;
    let line = f.readline(&mut st, None)?;
    if line.is_empty() {
        st.telling = f.seekable;
        return Ok(None);
    }
    Ok(Some(crate::str::new_string(line)))
}

/// A size argument that may be None (`read`, `readlines`): None or negative is "all".
fn opt_size(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if crate::int::is_int(*v) => Ok(usize::try_from(crate::int::index_of(*v, "")?).ok()),
        Some(v) => type_error(format!("argument should be integer or None, not '{}'", v.ty().name)),
    }
}

/// The qualified names of the methods, for argument errors.
static QUALNAMES: &[(&str, &str)] = &[
    ("read", "TextIOWrapper.read"),
    ("readline", "TextIOWrapper.readline"),
    ("readlines", "TextIOWrapper.readlines"),
    ("write", "TextIOWrapper.write"),
    ("close", "TextIOWrapper.close"),
    ("flush", "TextIOWrapper.flush"),
    ("seek", "TextIOWrapper.seek"),
    ("tell", "TextIOWrapper.tell"),
    ("truncate", "TextIOWrapper.truncate"),
    ("fileno", "TextIOWrapper.fileno"),
    ("isatty", "TextIOWrapper.isatty"),
    ("readable", "TextIOWrapper.readable"),
    ("writable", "TextIOWrapper.writable"),
    ("seekable", "TextIOWrapper.seekable"),
    ("__iter__", "TextIOWrapper.__iter__"),
    ("__next__", "TextIOWrapper.__next__"),
];

fn call_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let f = file_of(o)?;
    let q = QUALNAMES.iter().find(|(n, _)| *n == name).map_or("TextIOWrapper", |(_, q)| q);
    let no_args = || positional(q, Arity::Takes, args, kwnames, 0, 0).map(drop);
    match name {
        "read" => {
            let pos = positional(q, Arity::Expected, args, kwnames, 0, 1)?;
            let n = opt_size(pos.first())?;
            let mut st = f.st.borrow_mut();
            f.start_read(&mut st)?;
            let text = match n {
                None => f.take_all(&mut st)?,
                Some(n) => f.take(&mut st, Some(n), false)?,
            };
            Ok(crate::str::new_string(text))
        }
        "readline" => {
            let pos = positional(q, Arity::Expected, args, kwnames, 0, 1)?;
            let limit = match pos.first() {
                Some(v) => usize::try_from(crate::int::index_of(*v, "")?).ok(),
                None => None,
            };
            let mut st = f.st.borrow_mut();
            Ok(crate::str::new_string(f.readline(&mut st, limit)?))
        }
        "readlines" => {
            let pos = positional(q, Arity::Expected, args, kwnames, 0, 1)?;
            let hint = opt_size(pos.first())?.filter(|h| *h > 0);
            iter_check(o)?;
            // As IOBase.readlines: line by line through `next`.
            let mut lines = Vec::new();
            let mut total = 0;
            while let Some(line) = iter_next(o)? {
                if let Some(h) = hint {
                    total += line.v().downcast::<crate::str::StrObj>().map_or(0, |s| s.nchars);
                    if total >= h {
                        lines.push(line);
                        break;
                    }
                }
                lines.push(line);
            }
            Ok(crate::list::new_list(lines))
        }
        "write" => {
            let pos = positional(q, Arity::Takes, args, kwnames, 1, 1)?;
            let Some(s) = pos[0].downcast::<crate::str::StrObj>() else {
                return type_error(format!("write() argument must be str, not {}", pos[0].ty().name));
            };
            f.write(&mut f.st.borrow_mut(), &s.s)?;
            Ok(crate::int::from_i64(s.nchars as i64))
        }
        "writelines" => {
            let pos = positional("_IOBase.writelines", Arity::Takes, args, kwnames, 1, 1)?;
            if f.st.borrow().file.is_none() {
                return Err(closed_error());
            }
            let it = crate::iter::get_iter(pos[0])?;
            while let Some(line) = crate::iter::next(it.v())? {
                crate::ops::call_method(o, "write", &[line.v()], &[])?;
            }
            Ok(none_obj())
        }
        "close" => {
            no_args()?;
            f.close(&mut f.st.borrow_mut())?;
            Ok(none_obj())
        }
        "flush" => {
            no_args()?;
            let mut st = f.st.borrow_mut();
            if st.file.is_none() {
                return Err(closed_error());
            }
            flush_buffer(&mut st)?;
            Ok(none_obj())
        }
        "seek" => {
            let pos = positional(q, Arity::Expected, args, kwnames, 1, 2)?;
            let cookie = crate::int::index_of(pos[0], "")?;
            let whence = match pos.get(1) {
                Some(w) => crate::int::index_of(*w, "")?,
                None => 0,
            };
            Ok(crate::int::from_i64(f.seek(&mut f.st.borrow_mut(), cookie, whence)?))
        }
        "tell" => {
            no_args()?;
            Ok(crate::int::from_i64(f.tell(&mut f.st.borrow_mut())?))
        }
        "truncate" => {
            let pos = positional(q, Arity::Expected, args, kwnames, 0, 1)?;
            let mut st = f.st.borrow_mut();
            if st.file.is_none() {
                return Err(closed_error());
            }
            flush_buffer(&mut st)?;
            if !f.writable {
                return Err(unsupported("truncate"));
            }
            let size = match pos.first().filter(|v| !v.is_none()) {
                Some(v) => crate::int::index_of(*v, "")?,
                None => FileObj::file_position(&mut st)? as i64,
            };
            let file = st.file.as_mut().ok_or_else(closed_error)?;
            let r = u64::try_from(size)
                .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
                .and_then(|n| file.set_len(n));
            r.map_err(|e| os_error(&e, None))?;
            Ok(crate::int::from_i64(size))
        }
        "fileno" | "isatty" | "seekable" => {
            no_args()?;
            let st = f.st.borrow();
            let Some(file) = st.file.as_ref() else { return Err(raw_closed_error()) };
            Ok(match name {
                "fileno" => crate::int::from_i64(file.as_raw_fd() as i64),
                "isatty" => bool_obj(file.is_terminal()),
                _ => bool_obj(f.seekable),
            })
        }
        "readable" | "writable" => {
            no_args()?;
            let able = if name == "readable" { f.readable } else { f.writable };
            // A closed file says False for the direction it never had, as CPython's
            // buffered layers do, and raises for the other.
            if able && f.st.borrow().file.is_none() {
                return Err(raw_closed_error());
            }
            Ok(bool_obj(able))
        }
        "__enter__" => {
            positional("_IOBase.__enter__", Arity::Takes, args, kwnames, 0, 0)?;
            iter_check(o)?;
            Ok(o.new_ref())
        }
        "__exit__" => {
            split_args(args, kwnames).1.none("_IOBase.__exit__")?;
            f.close(&mut f.st.borrow_mut())?;
            Ok(none_obj())
        }
        "__iter__" => {
            no_args()?;
            iter_check(o)?;
            Ok(o.new_ref())
        }
        "__next__" => {
            no_args()?;
            match iter_next(o)? {
                Some(line) => Ok(line),
                None => Err(PyErr::bare(&STOP_ITERATION)),
            }
        }
        _ => Err(super::no_attribute(&FILE_CLASS, name)),
    }
}

fn attr(o: Value, name: &str) -> Option<PyResult> {
    let f = o.downcast::<FileObj>()?;
    Some(Ok(match name {
        "name" => f.name.clone(),
        "mode" => f.mode.clone(),
        "encoding" => f.encoding.clone(),
        "errors" => f.errors_name.clone(),
        "closed" => bool_obj(f.st.borrow().file.is_none()),
        "newlines" => f.newlines(&f.st.borrow()),
        "line_buffering" => bool_obj(f.line_buffering),
        "write_through" => bool_obj(false),
        _ => return None,
    }))
}

fn repr(o: Value) -> PyResult<String> {
    let f = file_of(o)?;
    Ok(format!(
        "<_io.TextIOWrapper name={} mode={} encoding={}>",
        crate::ops::repr_string(f.name.v())?,
        crate::ops::repr_string(f.mode.v())?,
        crate::ops::repr_string(f.encoding.v())?
    ))
}
