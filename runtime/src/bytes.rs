//! `bytes` (immutable, hashable) and `bytearray` (mutable, unhashable): one payload and
//! one implementation of every operation, the type of the receiver deciding the type of
//! results (`bytearray(b'a b').split()` gives bytearrays) and whether it may change.
//!
//! Methods follow CPython 3.11 (`Objects/bytes_methods.c`, `bytesobject.c`,
//! `bytearrayobject.c`) with its ASCII-only character classes and its messages.
//! Either type is a *buffer* wherever CPython accepts a bytes-like object.
//!
//! Rule (as for lists): never hold a bytearray's `data()` borrow across a call that may
//! run Python code (iterating an arbitrary iterable, `__index__`); collect first.
use crate::err::*;
use crate::func::{bind, Arity};
use crate::object::*;
use crate::range::SliceObj;
use crate::stdlib::codec::{Codec, Errors};
use crate::typeobj::{MethodDef, Params, TypeSpec, EMPTY};
use crate::types::*;
use std::cell::{Cell, UnsafeCell};

/// The payload of both types (`hash` is only used by `bytes`).
#[repr(C)]
pub struct BytesObj {
    pub hdr: Header,
    data: UnsafeCell<Vec<u8>>,
    /// Cached hash, or -1 when not computed yet.
    hash: Cell<i64>,
}
// SAFETY: repr(C), starts with a Header. (BYTEARRAY_TYPE's objects share this payload;
// `obj` below recognizes both kinds.)
unsafe impl PyPayload for BytesObj {
    fn type_object() -> &'static TypeObject {
        &BYTES_TYPE
    }
}

impl BytesObj {
    pub fn data(&self) -> &[u8] {
        // SAFETY: single-threaded runtime; see the module rule about borrows.
        unsafe { &*self.data.get() }
    }
    #[allow(clippy::mut_from_ref)]
    fn data_mut(&self) -> &mut Vec<u8> {
        // SAFETY: as above; only bytearrays are ever mutated.
        unsafe { &mut *self.data.get() }
    }
}

fn alloc_of(ty: &'static TypeObject, data: Vec<u8>) -> Obj {
    alloc(BytesObj { hdr: Header::new(ty), data: UnsafeCell::new(data), hash: Cell::new(-1) })
}

pub fn new_bytes(data: Vec<u8>) -> Obj {
    alloc_of(&BYTES_TYPE, data)
}

pub fn new_bytearray(data: Vec<u8>) -> Obj {
    alloc_of(&BYTEARRAY_TYPE, data)
}

/// A new object of `like`'s type (bytes or bytearray) holding `data`.
fn new_like(like: Value, data: Vec<u8>) -> Obj {
    if like.kind() == Kind::ByteArray {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// The payload of a bytes or bytearray object.
#[inline]
fn obj(v: Value) -> Option<&'static BytesObj> {
    if v.is_heap() && matches!(v.kind(), Kind::Bytes | Kind::ByteArray) {
        // SAFETY: only the two builtin types have these kinds (classes deriving from
        // them get Kind::Other), and both allocate a BytesObj.
        Some(unsafe { &*(v.0 as *const BytesObj) })
    } else {
        None
    }
}

/// The contents of a bytes-like object (bytes or bytearray).
#[inline]
pub fn buffer(v: Value) -> Option<&'static [u8]> {
    obj(v).map(|o| o.data())
}

/// The length of a bytes or bytearray (0 for other values).
pub fn len(v: Value) -> usize {
    buffer(v).map_or(0, |b| b.len())
}

fn this(v: Value) -> PyResult<&'static BytesObj> {
    match obj(v) {
        Some(o) => Ok(o),
        None => type_error(format!("descriptor requires a 'bytes' object but received a '{}'", v.ty().name)),
    }
}

#[cold]
fn no_memory() -> PyErr {
    PyErr::bare(&MEMORY_ERROR)
}

#[cold]
fn need_buffer<T>(v: Value) -> PyResult<T> {
    type_error(format!("a bytes-like object is required, not '{}'", v.ty().name))
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn buffer_arg(v: Value) -> PyResult<&'static [u8]> {
    match buffer(v) {
        Some(b) => Ok(b),
        None => need_buffer(v),
    }
}

/// A byte given as an int (`byte must be in range(0, 256)`).
fn byte_arg(v: Value) -> PyResult<u8> {
    let i = match crate::int::index_of(v, "") {
        Err(e) if e.matches(&OVERFLOW_ERROR) => i64::MAX,
        r => r?,
    };
    match u8::try_from(i) {
        Ok(b) => Ok(b),
        Err(_) => value_error("byte must be in range(0, 256)"),
    }
}

/// The bytes of the ints an iterator yields (`what` words the range error: "bytes" or "byte").
fn bytes_of_iterator(it: Value, what: &str) -> PyResult<Vec<u8>> {
    let items = crate::iter::collect(it)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let i = match crate::int::index_of(x.v(), "") {
            Err(e) if e.matches(&OVERFLOW_ERROR) => i64::MAX,
            r => r?,
        };
        match u8::try_from(i) {
            Ok(b) => out.push(b),
            Err(_) => return value_error(format!("{what} must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// The contents of any bytes-like object, including `array.array` (copied).
fn any_buffer(v: Value) -> Option<Vec<u8>> {
    buffer(v).map(|b| b.to_vec()).or_else(|| crate::stdlib::array::raw_bytes(v))
}

// ---------------------------------------------------------------------------------------
// Construction.

/// What `bytes(...)` and `bytearray(...)` hold.
enum Made {
    Data(Vec<u8>),
    /// The argument itself: `bytes(b)` of a bytes object `b` is `b`.
    Itself(Value),
}

/// The contents of `bytes(...)` and `bytearray(...)` (`ty`): from nothing, a count, a
/// str and an encoding, a bytes-like object, or an iterable of ints.
fn construct_data(ty: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult<Made> {
    let name = ty.name;
    let [source, encoding, errors] = bind(name, args, kwnames, ["source", "encoding", "errors"], 0)?;
    let text_arg = |v: Option<Value>, what: &str| -> PyResult<Option<&'static str>> {
        match v {
            None => Ok(None),
            Some(v) => match crate::str::as_str(v) {
                Some(s) => Ok(Some(s)),
                None => type_error(format!("{name}() argument '{what}' must be str, not {}", v.ty().name)),
            },
        }
    };
    let encoding = text_arg(encoding, "encoding")?;
    let errors = text_arg(errors, "errors")?;
    let Some(source) = source else {
        if encoding.is_some() {
            return type_error("encoding without a string argument");
        }
        if errors.is_some() {
            return type_error("errors without a string argument");
        }
        return Ok(Made::Data(Vec::new()));
    };
    if let Some(s) = crate::str::as_str(source) {
        let Some(enc) = encoding else {
            return type_error("string argument without an encoding");
        };
        return Ok(Made::Data(encode(s, enc, errors.unwrap_or("strict"))?));
    }
    if encoding.is_some() {
        return type_error("encoding without a string argument");
    }
    if errors.is_some() {
        return type_error("errors without a string argument");
    }
    if crate::int::is_int(source) {
        let n = crate::int::index_of(source, "")?;
        if n < 0 {
            return value_error("negative count");
        }
        let mut data = Vec::new();
        data.try_reserve_exact(n as usize).map_err(|_| no_memory())?;
        data.resize(n as usize, 0);
        return Ok(Made::Data(data));
    }
    if let Some(b) = any_buffer(source) {
        if source.kind() == Kind::Bytes && std::ptr::eq(ty, &BYTES_TYPE) {
            return Ok(Made::Itself(source));
        }
        return Ok(Made::Data(b));
    }
    let it = match crate::iter::get_iter(source) {
        Ok(it) => it,
        Err(e) if e.matches(&TYPE_ERROR) => {
            return type_error(format!("cannot convert '{}' object to {name}", source.ty().name))
        }
        Err(e) => return Err(e),
    };
    let what = if std::ptr::eq(ty, &BYTES_TYPE) { "bytes" } else { "byte" };
    Ok(Made::Data(bytes_of_iterator(it.v(), what)?))
}

/// `bytes.__new__(cls, source=b'', encoding='utf-8', errors='strict')`. Only `bytes`
/// itself reaches here: classes cannot derive from it yet.
fn bytes_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    Ok(match construct_data(&BYTES_TYPE, args, kwnames)? {
        Made::Data(d) => new_bytes(d),
        Made::Itself(b) => b.new_ref(),
    })
}

/// `bytearray.__new__(cls, *args)`: an empty array, which `__init__` fills.
fn bytearray_new(_cls: &'static TypeObject, _args: &[Value], _kwnames: &[Obj]) -> PyResult {
    Ok(new_bytearray(Vec::new()))
}

/// `s.encode(encoding, errors)`'s bytes.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    let mut out = Vec::with_capacity(s.len());
    crate::stdlib::codec::encode(codec, s, &Errors::parse(errors), &mut out)?;
    Ok(out)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(s: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (encoding, errors) = codec_args("encode", args, kwnames)?;
    Ok(new_bytes(encode(s, encoding, errors)?))
}

/// The `encoding` and `errors` arguments of `encode`/`decode`.
fn codec_args(fname: &str, args: &[Value], kwnames: &[Obj]) -> PyResult<(&'static str, &'static str)> {
    let [encoding, errors] = bind(fname, args, kwnames, ["encoding", "errors"], 0)?;
    let text = |v: Option<Value>, what: &str, default: &'static str| -> PyResult<&'static str> {
        match v {
            None => Ok(default),
            Some(v) => match crate::str::as_str(v) {
                Some(s) => Ok(s),
                None => type_error(format!("{fname}() argument '{what}' must be str, not {}", v.ty().name)),
            },
        }
    };
    Ok((text(encoding, "encoding", "utf-8")?, text(errors, "errors", "strict")?))
}

/// Decodes `data` (`bytes.decode`, `str(b, encoding)`).
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult {
    let codec = Codec::lookup(encoding)?;
    let s = crate::stdlib::codec::decode_all(codec, data.to_vec(), &Errors::parse(errors))?;
    Ok(crate::str::new_string(s))
}

/// `str(object, encoding, errors)` for a bytes-like object (None: not bytes-like).
pub fn str_from(object: Value, encoding: Option<Value>, errors: Option<Value>) -> Option<PyResult> {
    let data = any_buffer(object)?;
    let text = |v: Option<Value>, what: &str, default: &'static str| -> PyResult<&'static str> {
        match v {
            None => Ok(default),
            Some(v) => match crate::str::as_str(v) {
                Some(s) => Ok(s),
                None => type_error(format!("str() argument '{what}' must be str, not {}", v.ty().name)),
            },
        }
    };
    Some((|| decode(&data, text(encoding, "encoding", "utf-8")?, text(errors, "errors", "strict")?))())
}

// ---------------------------------------------------------------------------------------
// repr, hash, comparison.

/// CPython's repr of bytes: `b'...'` (double quotes when only `'` occurs), with `\t`,
/// `\n`, `\r`, `\\`, the quote escaped and `\xhh` for other bytes outside 0x20..0x7f.
pub fn repr_into(v: Value, out: &mut String) {
    let data = buffer(v).unwrap_or(&[]);
    let array = v.kind() == Kind::ByteArray;
    if array {
        out.push_str("bytearray(");
    }
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { b'"' } else { b'\'' };
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            // bytearray's repr escapes `'` whatever the quote (CPython's bytearray_repr).
            c if c == quote || (array && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    if array {
        out.push(')');
    }
}

/// `hash(b)` for bytes (cached): CPython's `_Py_HashBytes`.
pub fn hash(v: Value) -> i64 {
    let Some(o) = obj(v) else { return crate::hash::hash_pointer(v) };
    let h = o.hash.get();
    if h != -1 {
        return h;
    }
    let h = crate::hash::hash_bytes(o.data());
    o.hash.set(h);
    h
}

/// The order of two bytes-like objects (None unless both are).
pub fn cmp(a: Value, b: Value) -> Option<std::cmp::Ordering> {
    Some(buffer(a)?.cmp(buffer(b)?))
}

// ---------------------------------------------------------------------------------------
// Sequence protocol.

/// Item `i` as an int, if there is one (iteration).
pub fn item(v: Value, i: usize) -> Option<Obj> {
    buffer(v)?.get(i).map(|b| Obj::small(*b as i64))
}

fn index_name(v: Value) -> &'static str {
    if v.kind() == Kind::ByteArray {
        "bytearray"
    } else {
        "byte"
    }
}

/// `b[k]`.
pub fn getitem(v: Value, k: Value) -> PyResult {
    if let Some(sl) = k.downcast::<SliceObj>() {
        let len = this(v)?.data().len();
        // The slice's `__index__` may run Python code: read the bytes after it.
        let (start, _, step, count) = crate::range::slice_indices(sl, len as i64)?;
        let data = this(v)?.data();
        if step == 1 && count == data.len() as i64 && v.kind() == Kind::Bytes {
            return Ok(v.new_ref());
        }
        return Ok(new_like(v, pick(data, start, step, count)));
    }
    let data = this(v)?.data();
    if !crate::int::is_int(k) {
        return type_error(format!("{} indices must be integers or slices, not {}", index_name(v), k.ty().name));
    }
    let what = if v.kind() == Kind::ByteArray { "bytearray" } else { "" };
    let i = crate::range::seq_index(k, data.len(), what).map_err(|e| {
        if what.is_empty() && e.matches(&INDEX_ERROR) {
            PyErr::new(&INDEX_ERROR, "index out of range")
        } else {
            e
        }
    })?;
    Ok(Obj::small(data[i] as i64))
}

/// The `count` bytes at `start + i*step`.
fn pick(data: &[u8], start: i64, step: i64, count: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(count.max(0) as usize);
    let mut i = start;
    for _ in 0..count {
        if let Some(b) = usize::try_from(i).ok().and_then(|j| data.get(j)) {
            out.push(*b);
        }
        i = i.wrapping_add(step);
    }
    out
}

/// `ba[k] = x` (bytes refuse item assignment in `ops::setitem`).
pub fn setitem(v: Value, k: Value, x: Value) -> PyResult<()> {
    let o = this(v)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        return set_slice(o, sl, x);
    }
    if !crate::int::is_int(k) {
        return type_error(format!("bytearray indices must be integers or slices, not {}", k.ty().name));
    }
    let b = byte_arg(x)?;
    let i = crate::range::seq_index(k, o.data().len(), "bytearray")?;
    o.data_mut()[i] = b;
    Ok(())
}

fn set_slice(o: &BytesObj, sl: &SliceObj, x: Value) -> PyResult<()> {
    // The new bytes, taken before touching the array (`ba[:] = ba` copies first).
    let new: Vec<u8> = match any_buffer(x) {
        Some(b) => b,
        None if crate::int::is_int(x) || crate::str::as_str(x).is_some() => {
            return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        }
        None => match crate::iter::get_iter(x) {
            Ok(it) => bytes_of_iterator(it.v(), "byte")?,
            Err(e) if e.matches(&TYPE_ERROR) => {
                return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            }
            Err(e) => return Err(e),
        },
    };
    let len = o.data().len() as i64;
    let (start, stop, step, count) = crate::range::slice_indices(sl, len)?;
    let data = o.data_mut();
    if step == 1 {
        let start = start.clamp(0, len) as usize;
        let stop = (stop.max(start as i64)).clamp(0, len) as usize;
        data.splice(start..stop, new);
        return Ok(());
    }
    if new.len() as i64 != count {
        return value_error(format!("attempt to assign bytes of size {} to extended slice of size {count}", new.len()));
    }
    let mut i = start;
    for b in new {
        if let Some(slot) = usize::try_from(i).ok().and_then(|j| data.get_mut(j)) {
            *slot = b;
        }
        i = i.wrapping_add(step);
    }
    Ok(())
}

/// `del ba[k]`.
pub fn delitem(v: Value, k: Value) -> PyResult<()> {
    let o = this(v)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        let len = o.data().len() as i64;
        let (start, _, step, count) = crate::range::slice_indices(sl, len)?;
        if count <= 0 {
            return Ok(());
        }
        let data = o.data_mut();
        if step == 1 {
            let a = start as usize;
            data.drain(a..a + count as usize);
            return Ok(());
        }
        let (mut next, st) = if step < 0 { (start + (count - 1) * step, -step) } else { (start, step) };
        let mut left = count;
        let mut j = 0i64;
        data.retain(|_| {
            let doomed = left > 0 && j == next;
            if doomed {
                left -= 1;
                next += st;
            }
            j += 1;
            !doomed
        });
        return Ok(());
    }
    if !crate::int::is_int(k) {
        return type_error(format!("bytearray indices must be integers or slices, not {}", k.ty().name));
    }
    let i = crate::range::seq_index(k, o.data().len(), "bytearray")?;
    o.data_mut().remove(i);
    Ok(())
}

/// `x in b`: an int (a byte) or a bytes-like subsequence.
pub fn contains(v: Value, x: Value) -> PyResult<bool> {
    this(v)?;
    if crate::int::is_int(x) {
        let b = byte_arg(x)?;
        return Ok(this(v)?.data().contains(&b));
    }
    let sub = buffer_arg(x)?;
    let data = this(v)?.data();
    Ok(find_in(data, sub, 0, data.len()).is_some())
}

// ---------------------------------------------------------------------------------------
// Operators.

/// `a + b` where `a` is bytes-like.
pub fn concat(a: Value, b: Value) -> PyResult {
    let x = buffer(a).unwrap_or(&[]);
    let Some(y) = buffer(b) else {
        return type_error(format!("can't concat {} to {}", b.ty().name, a.ty().name));
    };
    let mut out = Vec::with_capacity(x.len() + y.len());
    out.extend_from_slice(x);
    out.extend_from_slice(y);
    Ok(new_like(a, out))
}

/// `b * count`.
pub fn repeat(v: Value, count: usize) -> PyResult {
    let data = buffer(v).unwrap_or(&[]);
    if count == 1 && v.kind() == Kind::Bytes {
        return Ok(v.new_ref());
    }
    Ok(new_like(v, repeated(data, count)?))
}

fn repeated(data: &[u8], count: usize) -> PyResult<Vec<u8>> {
    let Some(total) = data.len().checked_mul(count).filter(|t| *t <= isize::MAX as usize) else {
        return Err(no_memory());
    };
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| no_memory())?;
    for _ in 0..count {
        out.extend_from_slice(data);
    }
    Ok(out)
}

/// `b % args`: printf-style formatting of bytes, giving an object of `b`'s type.
pub fn percent(fmt: Value, args: Value) -> PyResult {
    let f = this(fmt)?.data().to_vec();
    Ok(new_like(fmt, crate::format::percent_format_bytes(&f, args)?))
}

/// `ba += b` (extends in place).
pub fn iadd(a: Value, b: Value) -> PyResult {
    let o = this(a)?;
    let Some(y) = any_buffer(b) else {
        return type_error(format!("can't concat {} to {}", b.ty().name, a.ty().name));
    };
    o.data_mut().extend_from_slice(&y);
    Ok(a.new_ref())
}

/// `ba *= count` (repeats in place).
pub fn imul(a: Value, count: usize) -> PyResult {
    let o = this(a)?;
    let new = repeated(o.data(), count)?;
    *o.data_mut() = new;
    Ok(a.new_ref())
}

// ---------------------------------------------------------------------------------------
// Methods: one function each, declared in `BYTES_SPEC` and `BYTEARRAY_SPEC` below with
// their argument checks. The methods of both types take either type's objects and make
// results of the receiver's type. Each reads the receiver's bytes only after converting
// its arguments (which may run Python code that changes a bytearray).

/// The contents of the receiver (read after the arguments are converted).
fn data_of(v: Value) -> PyResult<&'static [u8]> {
    Ok(this(v)?.data())
}

/// ASCII whitespace as CPython's bytes methods see it.
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The optional `start`, `end` arguments after the first (slice-index semantics).
fn start_end(pos: &[Value]) -> PyResult<(i64, i64)> {
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match pos.get(i) {
            Some(v) => Ok(crate::range::slice_index(*v)?.unwrap_or(default)),
            None => Ok(default),
        }
    };
    Ok((get(1, 0)?, get(2, i64::MAX)?))
}

/// CPython's ADJUST_INDICES: `(start, end)` clamped to `0..=len` (start may exceed end).
fn adjust((start, end): (i64, i64), len: usize) -> (usize, usize) {
    let n = len as i64;
    let end = if end > n {
        n
    } else if end < 0 {
        (end + n).max(0)
    } else {
        end
    };
    let start = if start < 0 { (start + n).max(0) } else { start };
    (start as usize, end as usize)
}

/// The first occurrence of `sub` in `data[start..end]` (an absolute index).
fn find_in(data: &[u8], sub: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || start > data.len() {
        return None;
    }
    let hay = &data[start..end];
    if sub.is_empty() {
        return Some(start);
    }
    hay.windows(sub.len()).position(|w| w == sub).map(|i| i + start)
}

fn rfind_in(data: &[u8], sub: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || start > data.len() {
        return None;
    }
    let hay = &data[start..end];
    if sub.is_empty() {
        return Some(end);
    }
    hay.windows(sub.len()).rposition(|w| w == sub).map(|i| i + start)
}

fn count_in(data: &[u8], sub: &[u8], start: usize, end: usize) -> usize {
    if start > end || start > data.len() {
        return 0;
    }
    let hay = &data[start..end];
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while i + sub.len() <= hay.len() {
        if &hay[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

/// The needle of `find`/`count`/`index`: an int (one byte) or a bytes-like object.
fn needle(v: Value) -> PyResult<Vec<u8>> {
    if crate::int::is_int(v) {
        return Ok(vec![byte_arg(v)?]);
    }
    match buffer(v) {
        Some(b) => Ok(b.to_vec()),
        None => type_error(format!("argument should be integer or bytes-like object, not '{}'", v.ty().name)),
    }
}

/// `find`'s search: the needle and `data[start..end]` (`last`: from the right).
fn search(v: Value, a: &[Value], last: bool) -> PyResult<Option<usize>> {
    let sub = needle(a[0])?;
    let bounds = start_end(a)?;
    let data = data_of(v)?;
    let (start, end) = adjust(bounds, data.len());
    Ok(if last { rfind_in(data, &sub, start, end) } else { find_in(data, &sub, start, end) })
}

fn find(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(search(v, a, false)?.map_or(-1, |i| i as i64)))
}
fn rfind(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(search(v, a, true)?.map_or(-1, |i| i as i64)))
}
fn index(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    match search(v, a, false)? {
        Some(i) => Ok(crate::int::from_i64(i as i64)),
        None => value_error("subsection not found"),
    }
}
fn rindex(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    match search(v, a, true)? {
        Some(i) => Ok(crate::int::from_i64(i as i64)),
        None => value_error("subsection not found"),
    }
}
fn count(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let sub = needle(a[0])?;
    let bounds = start_end(a)?;
    let data = data_of(v)?;
    let (start, end) = adjust(bounds, data.len());
    Ok(crate::int::from_i64(count_in(data, &sub, start, end) as i64))
}

/// `startswith`/`endswith`'s test of one prefix.
fn affix_matches(data: &[u8], p: &[u8], start: usize, end: usize, ends: bool) -> bool {
    if start > data.len() || start > end {
        return false;
    }
    let hay = &data[start..end];
    if ends {
        hay.ends_with(p)
    } else {
        hay.starts_with(p)
    }
}

/// `startswith`/`endswith` (`ends`), named `name` in errors.
fn starts_ends(v: Value, a: &[Value], name: &str, ends: bool) -> PyResult {
    let bounds = start_end(a)?;
    let data = data_of(v)?;
    let (start, end) = adjust(bounds, data.len());
    let bad = |x: Value| type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", x.ty().name));
    if a[0].kind() == Kind::Tuple && a[0].is_heap() {
        for p in crate::tuple::items(a[0]) {
            let Some(pb) = buffer(p.v()) else { return bad(p.v()) };
            if affix_matches(data, pb, start, end, ends) {
                return Ok(bool_obj(true));
            }
        }
        return Ok(bool_obj(false));
    }
    let Some(pb) = buffer(a[0]) else { return bad(a[0]) };
    Ok(bool_obj(affix_matches(data, pb, start, end, ends)))
}

fn startswith(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    starts_ends(v, a, "startswith", false)
}
fn endswith(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    starts_ends(v, a, "endswith", true)
}

// Case and character classes (ASCII only).

fn map_bytes(v: Value, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult {
    Ok(new_like(v, f(data_of(v)?)))
}

fn upper(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    map_bytes(v, <[u8]>::to_ascii_uppercase)
}
fn lower(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    map_bytes(v, <[u8]>::to_ascii_lowercase)
}
fn swapcase(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    map_bytes(v, |d| {
        d.iter().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
    })
}
fn capitalize(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    map_bytes(v, |d| {
        d.iter()
            .enumerate()
            .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect()
    })
}
fn title(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    map_bytes(v, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn test(v: Value, f: impl Fn(&[u8]) -> bool) -> PyResult {
    Ok(bool_obj(f(data_of(v)?)))
}

/// Not empty, and `f` holds for every byte.
fn all_bytes(data: &[u8], f: fn(&u8) -> bool) -> bool {
    !data.is_empty() && data.iter().all(f)
}

fn isascii(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(v, <[u8]>::is_ascii)
}
fn isalnum(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(v, |d| all_bytes(d, u8::is_ascii_alphanumeric))
}
fn isalpha(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(v, |d| all_bytes(d, u8::is_ascii_alphabetic))
}
fn isdigit(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(v, |d| all_bytes(d, u8::is_ascii_digit))
}
fn isspace(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(v, |d| all_bytes(d, |c| is_ws(*c)))
}
fn islower(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(v, |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase))
}
fn isupper(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(v, |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase))
}
fn istitle(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    // Uppercase only after uncased, lowercase only after cased.
    test(v, |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// Splitting, stripping, joining.

/// Splits on runs of whitespace (`maxsplit` < 0: no limit), from the right when `rev`.
fn split_ws(data: &[u8], maxsplit: i64, rev: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let n = data.len();
    let mut left = maxsplit;
    if !rev {
        let mut i = 0;
        loop {
            while i < n && is_ws(data[i]) {
                i += 1;
            }
            if i == n {
                break;
            }
            if left == 0 {
                // The rest, as it is (trailing whitespace kept, as CPython does).
                out.push(&data[i..]);
                break;
            }
            let s = i;
            while i < n && !is_ws(data[i]) {
                i += 1;
            }
            out.push(&data[s..i]);
            left -= 1;
        }
    } else {
        let mut j = n;
        loop {
            while j > 0 && is_ws(data[j - 1]) {
                j -= 1;
            }
            if j == 0 {
                break;
            }
            if left == 0 {
                out.push(&data[..j]);
                break;
            }
            let e = j;
            while j > 0 && !is_ws(data[j - 1]) {
                j -= 1;
            }
            out.push(&data[j..e]);
            left -= 1;
        }
        out.reverse();
    }
    out
}

/// Splits on `sep` (non-empty).
fn split_sep<'a>(data: &'a [u8], sep: &[u8], maxsplit: i64, rev: bool) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut left = maxsplit;
    if !rev {
        let mut start = 0;
        while left != 0 {
            match find_in(data, sep, start, data.len()) {
                Some(i) => {
                    out.push(&data[start..i]);
                    start = i + sep.len();
                    left -= 1;
                }
                None => break,
            }
        }
        out.push(&data[start..]);
    } else {
        let mut end = data.len();
        while left != 0 {
            match rfind_in(data, sep, 0, end) {
                Some(i) => {
                    out.push(&data[i + sep.len()..end]);
                    end = i;
                    left -= 1;
                }
                None => break,
            }
        }
        out.push(&data[..end]);
        out.reverse();
    }
    out
}

fn new_list_of(like: Value, parts: Vec<&[u8]>) -> Obj {
    crate::list::new_list(parts.into_iter().map(|p| new_like(like, p.to_vec())).collect())
}

/// `split`/`rsplit` (`rev`).
fn split_method(v: Value, a: &[Value], k: &[Obj], name: &str, rev: bool) -> PyResult {
    let [sep, maxsplit] = bind(name, a, k, ["sep", "maxsplit"], 0)?;
    let maxsplit = match maxsplit {
        Some(m) => crate::int::index_of(m, "")?,
        None => -1,
    };
    let sep = match sep {
        Some(s) if !s.is_none() => Some(buffer_arg(s)?.to_vec()),
        _ => None,
    };
    let data = data_of(v)?;
    match sep {
        Some(sep) if sep.is_empty() => value_error("empty separator"),
        Some(sep) => Ok(new_list_of(v, split_sep(data, &sep, maxsplit, rev))),
        None => Ok(new_list_of(v, split_ws(data, maxsplit, rev))),
    }
}

fn split(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    split_method(v, a, k, "split", false)
}
fn rsplit(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    split_method(v, a, k, "rsplit", true)
}

fn lines(data: &[u8], keep: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut i, n) = (0, data.len());
    while i < n {
        let s = i;
        while i < n && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut e = i;
        if i < n {
            if data[i] == b'\r' && i + 1 < n && data[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                e = i;
            }
        }
        out.push(&data[s..e]);
    }
    out
}

fn splitlines(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let [keepends] = bind("splitlines", a, k, ["keepends"], 0)?;
    let keep = match keepends {
        Some(k) => crate::ops::is_true(k)?,
        None => false,
    };
    Ok(new_list_of(v, lines(data_of(v)?, keep)))
}

fn strip_set<'a>(data: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let drop = |c: u8| match chars {
        Some(set) => set.contains(&c),
        None => is_ws(c),
    };
    let (mut i, mut j) = (0, data.len());
    if left {
        while i < j && drop(data[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && drop(data[j - 1]) {
            j -= 1;
        }
    }
    &data[i..j]
}

fn strip_sides(v: Value, a: &[Value], left: bool, right: bool) -> PyResult {
    let chars = match a.first() {
        Some(c) if !c.is_none() => Some(buffer_arg(*c)?.to_vec()),
        _ => None,
    };
    Ok(new_like(v, strip_set(data_of(v)?, chars.as_deref(), left, right).to_vec()))
}

fn strip(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    strip_sides(v, a, true, true)
}
fn lstrip(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    strip_sides(v, a, true, false)
}
fn rstrip(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    strip_sides(v, a, false, true)
}

fn join(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let items = crate::iter::collect(a[0])?;
    let sep = data_of(v)?.to_vec();
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = any_buffer(x.v()) else {
            return type_error(format!("sequence item {i}: expected a bytes-like object, {} found", x.v().ty().name));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(new_like(v, out))
}

fn replace_all(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(b);
            if i + 1 == data.len() && left > 0 {
                out.extend_from_slice(new);
            }
        }
        if data.is_empty() && left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while i < data.len() {
        if left > 0 && data[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
            left -= 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

fn replace(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let old = buffer_arg(a[0])?.to_vec();
    let new = buffer_arg(a[1])?.to_vec();
    let count = match a.get(2) {
        Some(c) => crate::int::index_of(*c, "")?,
        None => -1,
    };
    Ok(new_like(v, replace_all(data_of(v)?, &old, &new, count)))
}

fn partition_at(v: Value, sep: Value, right: bool) -> PyResult {
    let sep = buffer_arg(sep)?.to_vec();
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let data = data_of(v)?;
    let at = if right { rfind_in(data, &sep, 0, data.len()) } else { find_in(data, &sep, 0, data.len()) };
    let parts: [Vec<u8>; 3] = match at {
        Some(i) => [data[..i].to_vec(), sep.clone(), data[i + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), data.to_vec()],
        None => [data.to_vec(), Vec::new(), Vec::new()],
    };
    Ok(crate::tuple::new_tuple(parts.into_iter().map(|p| new_like(v, p)).collect()))
}

fn partition(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    partition_at(v, a[0], false)
}
fn rpartition(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    partition_at(v, a[0], true)
}

// Padding.

/// A padding argument: a bytes-like object of length 1.
fn fill_arg(fname: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match buffer(*v) {
        Some([b]) => Ok(*b),
        _ => type_error(format!("{fname}() argument 2 must be a byte string of length 1, not {}", v.ty().name)),
    }
}

/// Where `ljust`, `rjust` and `center` put the bytes.
#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn justify(v: Value, a: &[Value], name: &str, align: Align) -> PyResult {
    let width = crate::int::index_of(a[0], "")?;
    let fill = fill_arg(name, a.get(1))?;
    let data = data_of(v)?;
    let n = data.len() as i64;
    if width <= n {
        return Ok(new_like(v, data.to_vec()));
    }
    let pad = (width - n) as usize;
    let left = match align {
        Align::Left => 0,
        Align::Right => pad,
        // CPython's centering: the odd byte goes left when the width is odd.
        Align::Center => pad / 2 + (pad & width as usize & 1),
    };
    let mut out = Vec::new();
    out.try_reserve_exact(width as usize).map_err(|_| no_memory())?;
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(width as usize, fill);
    Ok(new_like(v, out))
}

fn ljust(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    justify(v, a, "ljust", Align::Left)
}
fn rjust(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    justify(v, a, "rjust", Align::Right)
}
fn center(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    justify(v, a, "center", Align::Center)
}

fn zfill(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let width = crate::int::index_of(a[0], "")?;
    let data = data_of(v)?;
    let n = data.len() as i64;
    if width <= n {
        return Ok(new_like(v, data.to_vec()));
    }
    let pad = (width - n) as usize;
    let mut out = Vec::new();
    out.try_reserve_exact(width as usize).map_err(|_| no_memory())?;
    out.resize(pad, b'0');
    out.extend_from_slice(data);
    if let Some(&c @ (b'+' | b'-')) = data.first() {
        out[0] = c;
        out[pad] = b'0';
    }
    Ok(new_like(v, out))
}

fn expandtabs(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let [tabsize] = bind("expandtabs", a, k, ["tabsize"], 0)?;
    let tab = match tabsize {
        Some(t) => crate::int::index_of(t, "")?,
        None => 8,
    };
    let data = data_of(v)?;
    let mut out = Vec::with_capacity(data.len());
    let mut col = 0i64;
    for &c in data {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.try_reserve(n as usize).map_err(|_| no_memory())?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_like(v, out))
}

fn remove_affix(v: Value, affix: Value, suffix: bool) -> PyResult {
    let a = buffer_arg(affix)?.to_vec();
    let data = data_of(v)?;
    let r = if suffix { data.strip_suffix(&a[..]) } else { data.strip_prefix(&a[..]) };
    Ok(new_like(v, r.unwrap_or(data).to_vec()))
}

fn removeprefix(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    remove_affix(v, a[0], false)
}
fn removesuffix(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    remove_affix(v, a[0], true)
}

// Conversions.

fn decode_method(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let (encoding, errors) = codec_args("decode", a, k)?;
    decode(data_of(v)?, encoding, errors)
}

/// `b.hex(sep=<none>, bytes_per_sep=1)`.
fn hex(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let [sep, per] = bind("hex", a, k, ["sep", "bytes_per_sep"], 0)?;
    let sep = match sep {
        None => None,
        Some(s) => {
            let c = if let Some(t) = crate::str::as_str(s) {
                let mut it = t.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) if c.is_ascii() => Some(c),
                    (Some(_), None) => return value_error("sep must be ASCII."),
                    _ => None,
                }
            } else if let Some(b) = buffer(s) {
                match b {
                    [c] => Some(*c as char),
                    _ => None,
                }
            } else {
                return type_error(format!("object of type '{}' has no len()", s.ty().name));
            };
            match c {
                Some(c) => Some(c),
                None => return value_error("sep must be length 1."),
            }
        }
    };
    let per = match per {
        Some(p) => crate::int::index_of(p, "")?,
        None => 1,
    };
    let data = data_of(v)?;
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let (Some(c), true) = (sep, i > 0 && group > 0) {
            // Groups count from the right for a positive `bytes_per_sep`, from the left
            // for a negative one.
            let boundary = if per > 0 { (data.len() - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(c);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(crate::str::new_string(out))
}

fn hex_digit(c: char) -> Option<u8> {
    c.to_digit(16).map(|d| d as u8)
}

/// CPython's `Py_ISSPACE` (what `fromhex` skips).
fn is_space(c: char) -> bool {
    c.is_ascii() && is_ws(c as u8)
}

/// `bytes.fromhex(string)` and `bytearray.fromhex(string)` (class methods: `cls` is the
/// type).
fn fromhex(cls: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let Some(s) = crate::str::as_str(a[0]) else {
        return type_error(format!("fromhex() argument must be str, not {}", a[0].ty().name));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |i: usize| value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    loop {
        while i < chars.len() && is_space(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let Some(top) = hex_digit(chars[i]) else { return bad(i) };
        i += 1;
        let Some(bot) = chars.get(i).and_then(|c| hex_digit(*c)) else { return bad(i) };
        i += 1;
        out.push(top * 16 + bot);
    }
    // Only the two types themselves reach here: classes cannot derive from them yet.
    let array = crate::builtins::as_type(cls).is_some_and(|t| t.is_subtype(&BYTEARRAY_TYPE));
    Ok(alloc_of(if array { &BYTEARRAY_TYPE } else { &BYTES_TYPE }, out))
}

/// `bytes.maketrans(frm, to)` (a static method of both types): a 256-byte table.
fn maketrans(_: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let Some(frm) = any_buffer(a[0]) else { return need_buffer(a[0]) };
    let Some(to) = any_buffer(a[1]) else { return need_buffer(a[1]) };
    if frm.len() != to.len() {
        return value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.into_iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

/// `b.translate(table, /, delete=b'')`.
fn translate(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let (pos, kw) = crate::func::split_args(a, k);
    let total = pos.len() + kw.len();
    if total > 2 {
        return type_error(format!("translate() takes at most 2 arguments ({total} given)"));
    }
    if pos.is_empty() {
        return type_error("translate() takes at least 1 positional argument (0 given)");
    }
    let [kw_delete] = kw.parse("translate", ["delete"])?;
    let table = match pos[0] {
        t if t.is_none() => None,
        t => match any_buffer(t) {
            Some(b) if b.len() == 256 => Some(b),
            Some(_) => return value_error("translation table must be 256 characters long"),
            None => return need_buffer(t),
        },
    };
    let delete = match pos.get(1).copied().or(kw_delete) {
        Some(d) => match any_buffer(d) {
            Some(b) => b,
            None => return need_buffer(d),
        },
        None => Vec::new(),
    };
    let mut gone = [false; 256];
    for b in delete {
        gone[b as usize] = true;
    }
    let data = data_of(v)?;
    let out: Vec<u8> =
        data.iter().filter(|b| !gone[**b as usize]).map(|&b| table.as_ref().map_or(b, |t| t[b as usize])).collect();
    Ok(new_like(v, out))
}

fn getnewargs(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::tuple::new_tuple(vec![new_bytes(data_of(v)?.to_vec())]))
}

/// `b.__bytes__()`: the bytes object itself.
fn bytes_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    if v.is(&BYTES_TYPE) {
        return Ok(v.new_ref());
    }
    Ok(new_bytes(data_of(v)?.to_vec()))
}

// The mutating methods of bytearray.

fn append(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let b = byte_arg(a[0])?;
    this(v)?.data_mut().push(b);
    Ok(none_obj())
}

fn extend(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let x = a[0];
    let new = match any_buffer(x) {
        Some(b) => b,
        None => {
            let it = match crate::iter::get_iter(x) {
                Ok(it) => it,
                Err(e) if e.matches(&TYPE_ERROR) => {
                    return type_error(format!("can't extend bytearray with {}", x.ty().name))
                }
                Err(e) => return Err(e),
            };
            bytes_of_iterator(it.v(), "byte")?
        }
    };
    this(v)?.data_mut().extend_from_slice(&new);
    Ok(none_obj())
}

fn pop(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let i = match a.first() {
        Some(i) => crate::int::index_of(*i, "")?,
        None => -1,
    };
    let d = this(v)?.data_mut();
    if d.is_empty() {
        return index_error("pop from empty bytearray");
    }
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return index_error("pop index out of range");
    }
    Ok(Obj::small(d.remove(j as usize) as i64))
}

fn insert(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let i = crate::int::index_of(a[0], "")?;
    let b = byte_arg(a[1])?;
    let d = this(v)?.data_mut();
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(at as usize, b);
    Ok(none_obj())
}

fn remove(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let b = byte_arg(a[0])?;
    let d = this(v)?.data_mut();
    match d.iter().position(|x| *x == b) {
        Some(i) => {
            d.remove(i);
            Ok(none_obj())
        }
        None => value_error("value not found in bytearray"),
    }
}

fn reverse(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    this(v)?.data_mut().reverse();
    Ok(none_obj())
}

fn clear(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    this(v)?.data_mut().clear();
    Ok(none_obj())
}

fn copy(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(new_bytearray(data_of(v)?.to_vec()))
}

/// `ba.__reduce_ex__(proto)`'s value (CPython's `_common_reduce`): the type and the
/// arguments that remake the contents (a latin-1 str before protocol 3), no state.
fn reduce_with(v: Value, proto: i64) -> PyResult {
    let data = data_of(v)?;
    let args = if data.is_empty() {
        Vec::new()
    } else if proto < 3 {
        vec![crate::str::new_string(data.iter().map(|&b| b as char).collect()), crate::str::new_str("latin-1")]
    } else {
        vec![new_bytes(data.to_vec())]
    };
    Ok(crate::tuple::new_tuple(vec![v.ty().as_value().new_ref(), crate::tuple::new_tuple(args), none_obj()]))
}

fn reduce(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    reduce_with(v, 2)
}

fn reduce_ex(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let proto = match a.first() {
        Some(p) => match crate::int::index_of(*p, "") {
            Ok(p) if i32::try_from(p).is_ok() => p,
            Ok(_) => return overflow_error("Python int too large to convert to C int"),
            Err(e) if e.matches(&OVERFLOW_ERROR) => return overflow_error("Python int too large to convert to C int"),
            Err(e) => return Err(e),
        },
        None => 0,
    };
    reduce_with(v, proto)
}

/// `ba.__alloc__()`: the size of the C buffer, which pyaot's bytearrays do not share.
fn alloc_slot(_: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: bytearray.__alloc__ is not supported yet"))
}

// Operator dunders: what the types themselves do.

fn is_bytes(v: Value) -> bool {
    v.is_heap() && v.kind() == Kind::Bytes
}

fn bytes_order(op: crate::ops::CmpOp, a: Value, b: Value) -> PyResult<bool> {
    Ok(cmp(a, b).is_some_and(|o| crate::slots::ordering_holds(op, o)))
}

/// bytearray compares with any bytes-like object.
fn is_buffer(v: Value) -> bool {
    buffer(v).is_some() || crate::stdlib::array::raw_bytes(v).is_some()
}

fn bytearray_order(op: crate::ops::CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let (x, y) = (any_buffer(a).unwrap_or_default(), any_buffer(b).unwrap_or_default());
    Ok(crate::slots::ordering_holds(op, x.cmp(&y)))
}

crate::cmp_slots!(bytes_cmp, is_bytes, bytes_order);
crate::cmp_slots!(bytearray_cmp, is_buffer, bytearray_order);

fn hash_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    this(v)?;
    Ok(crate::int::from_i64(hash(v)))
}
fn iter_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    this(v)?;
    crate::iter::get_iter(v)
}
fn len_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(data_of(v)?.len() as i64))
}
fn getitem_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    getitem(v, a[0])
}
fn setitem_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    setitem(v, a[0], a[1])?;
    Ok(none_obj())
}
fn delitem_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    delitem(v, a[0])?;
    Ok(none_obj())
}
fn contains_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(contains(v, a[0])?))
}
fn add_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    this(v)?;
    concat(v, a[0])
}
fn mul_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    this(v)?;
    repeat(v, crate::str::repeat_count(a[0])?)
}
fn iadd_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    iadd(v, a[0])
}
fn imul_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    this(v)?;
    imul(v, crate::str::repeat_count(a[0])?)
}
fn mod_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    percent(v, a[0])
}
/// `b.__rmod__(x)`: `x % b` when `x` is of `b`'s type, else NotImplemented.
fn rmod_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    this(v)?;
    if a[0].is_heap() && a[0].kind() == v.kind() {
        return percent(a[0], v);
    }
    Ok(crate::class::not_implemented().new_ref())
}
fn init_slot(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let o = this(v)?;
    let data = match construct_data(&BYTEARRAY_TYPE, a, k)? {
        Made::Data(d) => d,
        Made::Itself(s) => buffer(s).unwrap_or(&[]).to_vec(),
    };
    *o.data_mut() = data;
    Ok(none_obj())
}

/// What `bytes` declares (see `typeobj.rs`), in CPython's order.
pub static BYTES_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__hash__", hash_slot, Params::NoArgs),
        MethodDef::slot("__str__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", bytes_cmp::lt, Params::One),
        MethodDef::slot("__le__", bytes_cmp::le, Params::One),
        MethodDef::slot("__eq__", bytes_cmp::eq, Params::One),
        MethodDef::slot("__ne__", bytes_cmp::ne, Params::One),
        MethodDef::slot("__gt__", bytes_cmp::gt, Params::One),
        MethodDef::slot("__ge__", bytes_cmp::ge, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__mod__", mod_slot, Params::One),
        MethodDef::slot("__rmod__", rmod_slot, Params::One),
        MethodDef::slot("__len__", len_slot, Params::NoArgs),
        MethodDef::slot("__getitem__", getitem_slot, Params::One),
        MethodDef::slot("__add__", add_slot, Params::One),
        MethodDef::slot("__mul__", mul_slot, Params::One),
        MethodDef::slot("__rmul__", mul_slot, Params::One),
        MethodDef::slot("__contains__", contains_slot, Params::One),
        MethodDef::method("__getnewargs__", getnewargs, Params::NoArgs),
        MethodDef::method("__bytes__", bytes_slot, Params::NoArgs),
        MethodDef::method("capitalize", capitalize, Params::NoArgs),
        MethodDef::method("center", center, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("count", count, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("decode", decode_method, Params::Any),
        MethodDef::method("endswith", endswith, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("expandtabs", expandtabs, Params::Any),
        MethodDef::method("find", find, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::class("fromhex", fromhex, Params::One),
        MethodDef::method("hex", hex, Params::Any),
        MethodDef::method("index", index, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("isalnum", isalnum, Params::NoArgs),
        MethodDef::method("isalpha", isalpha, Params::NoArgs),
        MethodDef::method("isascii", isascii, Params::NoArgs),
        MethodDef::method("isdigit", isdigit, Params::NoArgs),
        MethodDef::method("islower", islower, Params::NoArgs),
        MethodDef::method("isspace", isspace, Params::NoArgs),
        MethodDef::method("istitle", istitle, Params::NoArgs),
        MethodDef::method("isupper", isupper, Params::NoArgs),
        MethodDef::method("join", join, Params::One),
        MethodDef::method("ljust", ljust, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("lower", lower, Params::NoArgs),
        MethodDef::method("lstrip", lstrip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::stat("maketrans", maketrans, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::method("partition", partition, Params::One),
        MethodDef::method("replace", replace, Params::Pos(2, 3, Arity::Expected)),
        MethodDef::method("removeprefix", removeprefix, Params::One),
        MethodDef::method("removesuffix", removesuffix, Params::One),
        MethodDef::method("rfind", rfind, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("rindex", rindex, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("rjust", rjust, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("rpartition", rpartition, Params::One),
        MethodDef::method("rsplit", rsplit, Params::Any),
        MethodDef::method("rstrip", rstrip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("split", split, Params::Any),
        MethodDef::method("splitlines", splitlines, Params::Any),
        MethodDef::method("startswith", startswith, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("strip", strip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("swapcase", swapcase, Params::NoArgs),
        MethodDef::method("title", title, Params::NoArgs),
        MethodDef::method("translate", translate, Params::Any),
        MethodDef::method("upper", upper, Params::NoArgs),
        MethodDef::method("zfill", zfill, Params::One),
    ],
    new: Some(bytes_new),
    ..EMPTY
};

/// What `bytearray` declares (see `typeobj.rs`), in CPython's order: no `__hash__`
/// (unhashable), `__init__` filling the empty array `__new__` makes.
pub static BYTEARRAY_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__str__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", bytearray_cmp::lt, Params::One),
        MethodDef::slot("__le__", bytearray_cmp::le, Params::One),
        MethodDef::slot("__eq__", bytearray_cmp::eq, Params::One),
        MethodDef::slot("__ne__", bytearray_cmp::ne, Params::One),
        MethodDef::slot("__gt__", bytearray_cmp::gt, Params::One),
        MethodDef::slot("__ge__", bytearray_cmp::ge, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__init__", init_slot, Params::Any),
        MethodDef::slot("__mod__", mod_slot, Params::One),
        MethodDef::slot("__rmod__", rmod_slot, Params::One),
        MethodDef::slot("__len__", len_slot, Params::NoArgs),
        MethodDef::slot("__getitem__", getitem_slot, Params::One),
        MethodDef::slot("__setitem__", setitem_slot, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::slot("__delitem__", delitem_slot, Params::One),
        MethodDef::slot("__add__", add_slot, Params::One),
        MethodDef::slot("__mul__", mul_slot, Params::One),
        MethodDef::slot("__rmul__", mul_slot, Params::One),
        MethodDef::slot("__contains__", contains_slot, Params::One),
        MethodDef::slot("__iadd__", iadd_slot, Params::One),
        MethodDef::slot("__imul__", imul_slot, Params::One),
        MethodDef::method("__alloc__", alloc_slot, Params::NoArgs),
        MethodDef::method("__reduce__", reduce, Params::NoArgs),
        MethodDef::method("__reduce_ex__", reduce_ex, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("__sizeof__", crate::slots::sizeof, Params::NoArgs),
        MethodDef::method("append", append, Params::One),
        MethodDef::method("capitalize", capitalize, Params::NoArgs),
        MethodDef::method("center", center, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("clear", clear, Params::NoArgs),
        MethodDef::method("copy", copy, Params::NoArgs),
        MethodDef::method("count", count, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("decode", decode_method, Params::Any),
        MethodDef::method("endswith", endswith, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("expandtabs", expandtabs, Params::Any),
        MethodDef::method("extend", extend, Params::One),
        MethodDef::method("find", find, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::class("fromhex", fromhex, Params::One),
        MethodDef::method("hex", hex, Params::Any),
        MethodDef::method("index", index, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("insert", insert, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::method("isalnum", isalnum, Params::NoArgs),
        MethodDef::method("isalpha", isalpha, Params::NoArgs),
        MethodDef::method("isascii", isascii, Params::NoArgs),
        MethodDef::method("isdigit", isdigit, Params::NoArgs),
        MethodDef::method("islower", islower, Params::NoArgs),
        MethodDef::method("isspace", isspace, Params::NoArgs),
        MethodDef::method("istitle", istitle, Params::NoArgs),
        MethodDef::method("isupper", isupper, Params::NoArgs),
        MethodDef::method("join", join, Params::One),
        MethodDef::method("ljust", ljust, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("lower", lower, Params::NoArgs),
        MethodDef::method("lstrip", lstrip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::stat("maketrans", maketrans, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::method("partition", partition, Params::One),
        MethodDef::method("pop", pop, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("remove", remove, Params::One),
        MethodDef::method("replace", replace, Params::Pos(2, 3, Arity::Expected)),
        MethodDef::method("removeprefix", removeprefix, Params::One),
        MethodDef::method("removesuffix", removesuffix, Params::One),
        MethodDef::method("reverse", reverse, Params::NoArgs),
        MethodDef::method("rfind", rfind, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("rindex", rindex, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("rjust", rjust, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("rpartition", rpartition, Params::One),
        MethodDef::method("rsplit", rsplit, Params::Any),
        MethodDef::method("rstrip", rstrip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("split", split, Params::Any),
        MethodDef::method("splitlines", splitlines, Params::Any),
        MethodDef::method("startswith", startswith, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("strip", strip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("swapcase", swapcase, Params::NoArgs),
        MethodDef::method("title", title, Params::NoArgs),
        MethodDef::method("translate", translate, Params::Any),
        MethodDef::method("upper", upper, Params::NoArgs),
        MethodDef::method("zfill", zfill, Params::One),
    ],
    nones: &["__hash__"],
    new: Some(bytearray_new),
    ..EMPTY
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits() {
        assert_eq!(split_ws(b"  a b  ", -1, false), vec![&b"a"[..], b"b"]);
        assert_eq!(split_ws(b"  a b  c ", 1, true), vec![&b"  a b"[..], b"c"]);
        assert_eq!(split_ws(b" a b c ", 1, false), vec![&b"a"[..], b"b c "]);
        assert_eq!(split_sep(b"a,b,,c", b",", 2, false), vec![&b"a"[..], b"b", b",c"]);
        assert_eq!(split_sep(b"a,b,,c", b",", 2, true), vec![&b"a,b"[..], b"", b"c"]);
        assert_eq!(lines(b"a\nb\r\nc\rd", true), vec![&b"a\n"[..], b"b\r\n", b"c\r", b"d"]);
    }

    #[test]
    fn replaces() {
        assert_eq!(replace_all(b"abc", b"", b"-", -1), b"-a-b-c-");
        assert_eq!(replace_all(b"aaa", b"a", b"b", 2), b"bba");
        assert_eq!(replace_all(b"", b"", b"x", -1), b"x");
    }

    #[test]
    fn counts() {
        assert_eq!(count_in(b"abc", b"", 0, 3), 4);
        assert_eq!(count_in(b"abab", b"ab", 1, 4), 1);
        assert_eq!(find_in(b"abc", b"", 3, 3), Some(3));
        assert_eq!(find_in(b"abc", b"", 5, 3), None);
    }
}

impl BytesObj {
    /// A bytes payload with header `hdr` (an instance of a class deriving from bytes or
    /// bytearray, made by `class.rs`).
    pub fn with_header(hdr: Header, data: Vec<u8>) -> BytesObj {
        BytesObj { hdr, data: UnsafeCell::new(data), hash: Cell::new(-1) }
    }
}
