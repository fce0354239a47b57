//! `str`: immutable Unicode text. Stored as UTF-8 with its length in code points, so
//! `len`, indexing and slicing count code points as Python does (O(1) for ASCII text).
//!
//! Methods follow CPython 3.11 (`Objects/unicodeobject.c`), with its argument checking
//! and messages; character properties come from [`crate::unicode`].
use crate::err::*;
use crate::func::{bind, Arity};
use crate::object::*;
use crate::typeobj::{MethodDef, Params, TypeSpec, EMPTY};
use crate::types::*;
use crate::unicode as uc;
use std::cell::Cell;

#[repr(C)]
pub struct StrObj {
    pub hdr: Header,
    pub s: String,
    /// Length in code points.
    pub nchars: usize,
    /// Cached hash, or -1 when not computed yet.
    pub hash: Cell<i64>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for StrObj {
    fn type_object() -> &'static TypeObject {
        &STR_TYPE
    }
}

pub fn new_str(s: &str) -> Obj {
    if s.len() <= 1 {
        if let Some(c) = s.chars().next() {
            return char_str(c);
        }
        return empty();
    }
    new_string(s.into())
}

/// Slots of the name cache: attribute and method names looked up by the runtime.
const INTERN_SLOTS: usize = 1024;
/// Entries per set of the cache. A direct-mapped cache indexed by address made two hot
/// names collide in some runs and not others (the addresses move with ASLR): chaos took
/// 0.32 s or 0.55 s by chance.
const INTERN_WAYS: usize = 4;

thread_local! {
    /// A set-associative cache from a name's text (found by its address and length,
    /// checked by content) to a str object with its hash cached: attribute lookups by
    /// name need a str key, and making and hashing a new one for each access was most of
    /// their cost. Each set keeps its most recently added name first.
    static INTERNED: std::cell::RefCell<Vec<Option<(usize, Obj)>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A str object equal to `s`, shared with earlier calls for the same text when it is
/// still cached (for dict keys that are names).
pub fn intern(s: &str) -> Obj {
    let addr = s.as_ptr() as usize;
    let set = ((addr >> 3) ^ (addr >> 13) ^ s.len().wrapping_mul(31)) % (INTERN_SLOTS / INTERN_WAYS) * INTERN_WAYS;
    let cached = INTERNED.with(|t| {
        let t = t.borrow();
        t.get(set..set + INTERN_WAYS)?.iter().find_map(|e| match e {
            Some((a, o)) if *a == addr && as_str(o.v()) == Some(s) => Some(o.clone()),
            _ => None,
        })
    });
    if let Some(o) = cached {
        return o;
    }
    let o = new_str(s);
    let _ = crate::hash::hash(o.v());
    let old = INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_empty() {
            t.resize_with(INTERN_SLOTS, || None);
        }
        // The least recently added name of the set makes room.
        t[set..set + INTERN_WAYS].rotate_right(1);
        std::mem::replace(&mut t[set], Some((addr, o.clone())))
    });
    drop(old);
    o
}

/// Empties the name cache (at exit, before the leak check).
pub fn clear_interned() {
    let all = INTERNED.with(|t| std::mem::take(&mut *t.borrow_mut()));
    drop(all);
}

pub fn new_string(s: String) -> Obj {
    let nchars = s.chars().count();
    alloc(StrObj { hdr: Header::new(&STR_TYPE), s, nchars, hash: Cell::new(-1) })
}

/// Immortal one-character strings for ASCII, then the empty string (built once; a
/// `OnceLock` so that even multi-threaded unit tests see one table).
static SMALL: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();

fn small_strs() -> &'static [Value] {
    SMALL.get_or_init(|| {
        let mut all = Vec::with_capacity(129);
        for b in 0u8..128 {
            let s = String::from(b as char);
            let o = alloc(StrObj { hdr: Header::new(&STR_TYPE), s, nchars: 1, hash: Cell::new(-1) });
            make_immortal(o.v());
            all.push(o.into_raw());
        }
        let e = alloc(StrObj { hdr: Header::new(&STR_TYPE), s: "".into(), nchars: 0, hash: Cell::new(-1) });
        make_immortal(e.v());
        all.push(e.into_raw());
        all
    })
}

/// The empty string.
pub fn empty() -> Obj {
    Obj(small_strs()[128])
}

/// A one-character string (shared for ASCII).
pub fn char_str(c: char) -> Obj {
    if c.is_ascii() {
        return Obj(small_strs()[c as usize]);
    }
    let mut b = [0u8; 4];
    let s: &str = c.encode_utf8(&mut b);
    alloc(StrObj { hdr: Header::new(&STR_TYPE), s: s.into(), nchars: 1, hash: Cell::new(-1) })
}

/// The strs `parts` joined (f-strings).
pub fn concat(parts: &[Obj]) -> Obj {
    let total = parts.iter().map(|p| as_str(p.v()).map_or(0, str::len)).sum();
    let mut s = String::with_capacity(total);
    for p in parts {
        s.push_str(as_str(p.v()).unwrap_or(""));
    }
    new_string(s)
}

/// The text of a str object (None for other types).
pub fn as_str(v: Value) -> Option<&'static str> {
    v.downcast::<StrObj>().map(|o| &*o.s)
}

impl StrObj {
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    /// Byte offset of code point `ci` (0 <= ci <= nchars).
    pub fn byte_offset(&self, ci: usize) -> usize {
        if self.is_ascii() {
            return ci.min(self.s.len());
        }
        self.s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(self.s.len())
    }
    /// Byte offsets of code points `a <= b`.
    fn byte_range(&self, a: usize, b: usize) -> (usize, usize) {
        if self.is_ascii() {
            return (a.min(self.s.len()), b.min(self.s.len()));
        }
        let mut ba = self.s.len();
        let mut bb = self.s.len();
        for (i, (off, _)) in self.s.char_indices().enumerate() {
            if i == a {
                ba = off;
            }
            if i == b {
                bb = off;
                break;
            }
        }
        (ba, bb)
    }
}

fn str_obj(v: Value) -> PyResult<&'static StrObj> {
    match v.downcast::<StrObj>() {
        Some(s) => Ok(s),
        None => type_error(format!("descriptor requires a 'str' object but received a '{}'", v.ty().name)),
    }
}

/// A str argument: `must be str, not int` otherwise.
fn arg_str(v: Value) -> PyResult<&'static StrObj> {
    match v.downcast::<StrObj>() {
        Some(s) => Ok(s),
        None => type_error(format!("must be str, not {}", v.ty().name)),
    }
}

fn arg_index(v: Value) -> PyResult<i64> {
    crate::int::index_of(v, "")
}

// ---------------------------------------------------------------------------------------
// Subscripting and containment.

/// `s[k]`.
pub fn getitem(s: Value, k: Value) -> PyResult {
    let so = str_obj(s)?;
    if let Some(sl) = k.downcast::<crate::range::SliceObj>() {
        let (start, _, step, count) = crate::range::slice_indices(sl, so.nchars as i64)?;
        return Ok(slice(s, so, start, step, count));
    }
    if !crate::int::is_int(k) {
        return type_error(format!("string indices must be integers, not '{}'", k.ty().name));
    }
    let i = crate::range::seq_index(k, so.nchars, "string")?;
    let c = if so.is_ascii() { so.s.as_bytes()[i] as char } else { so.s.chars().nth(i).unwrap_or('\0') };
    Ok(char_str(c))
}

/// The `count` code points at `start + i*step`.
fn slice(s: Value, so: &StrObj, start: i64, step: i64, count: i64) -> Obj {
    if count <= 0 {
        return empty();
    }
    let (start, count) = (start as usize, count as usize);
    if step == 1 {
        if start == 0 && count == so.nchars {
            return s.new_ref();
        }
        let (a, b) = so.byte_range(start, start + count);
        return new_str(&so.s[a..b]);
    }
    let mut out = String::with_capacity(count);
    if so.is_ascii() {
        let bytes = so.s.as_bytes();
        let mut i = start as i64;
        for _ in 0..count {
            if let Some(&b) = bytes.get(i as usize) {
                out.push(b as char);
            }
            i += step;
        }
    } else {
        let chars: Vec<char> = so.s.chars().collect();
        let mut i = start as i64;
        for _ in 0..count {
            if let Some(&c) = chars.get(i as usize) {
                out.push(c);
            }
            i += step;
        }
    }
    new_string(out)
}

/// `item in s`.
pub fn contains(s: Value, item: Value) -> PyResult<bool> {
    let so = str_obj(s)?;
    match as_str(item) {
        Some(sub) => Ok(so.s.contains(sub)),
        None => type_error(format!("'in <string>' requires string as left operand, not {}", item.ty().name)),
    }
}

// ---------------------------------------------------------------------------------------
// repr.

/// CPython's `repr` of a str: the quote choice, escapes of quotes, backslashes and
/// control characters, and `\x`/`\u`/`\U` escapes for non-printable characters (and for
/// every non-ASCII one when `ascii_only`, as `ascii()` does).
pub fn repr_str(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !ascii_only && !c.is_ascii() && uc::is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------------------------------
// Methods: one function each, declared in `SPEC` below with their argument checks.

#[cold]
fn arg_type_error<T>(what: &str, v: Value) -> PyResult<T> {
    type_error(format!("{what} must be str, not {}", v.ty().name))
}

/// Applies `f(c, chars, i, out)` to every character (ASCII text takes the same path;
/// the closures have ASCII fast paths).
fn map_chars(so: &StrObj, f: impl Fn(char, &[char], usize, &mut String)) -> Obj {
    let chars: Vec<char> = so.s.chars().collect();
    let mut out = String::with_capacity(so.s.len());
    for (i, &c) in chars.iter().enumerate() {
        f(c, &chars, i, &mut out);
    }
    new_string(out)
}

fn upper(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(map_chars(str_obj(s)?, |c, _, _, out| uc::push_upper(c, out)))
}

fn lower(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    if so.is_ascii() {
        return Ok(new_string(so.s.to_ascii_lowercase()));
    }
    Ok(map_chars(so, |_, chars, i, out| uc::push_lower_at(chars, i, out)))
}

fn casefold(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(map_chars(str_obj(s)?, |c, _, _, out| uc::push_casefold(c, out)))
}

fn swapcase(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(map_chars(str_obj(s)?, |c, chars, i, out| {
        if uc::is_uppercase(c) {
            uc::push_lower_at(chars, i, out)
        } else if uc::is_lowercase(c) {
            uc::push_upper(c, out)
        } else {
            out.push(c)
        }
    }))
}

fn capitalize(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(map_chars(
        str_obj(s)?,
        |c, chars, i, out| if i == 0 { uc::push_title(c, out) } else { uc::push_lower_at(chars, i, out) },
    ))
}

fn title(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    let chars: Vec<char> = so.s.chars().collect();
    let mut out = String::with_capacity(so.s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            uc::push_lower_at(&chars, i, &mut out);
        } else {
            uc::push_title(c, &mut out);
        }
        prev_cased = uc::is_cased(c);
    }
    Ok(new_string(out))
}

// The predicates.

fn test(s: Value, f: impl Fn(&StrObj) -> bool) -> PyResult {
    Ok(bool_obj(f(str_obj(s)?)))
}

/// Not empty, and `f` holds for every character.
fn all_chars(so: &StrObj, f: fn(char) -> bool) -> bool {
    !so.s.is_empty() && so.s.chars().all(f)
}

/// `islower`/`isupper`: some character is of case `want`, none of case `other` nor
/// titlecase.
fn cased_as(so: &StrObj, want: fn(char) -> bool, other: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in so.s.chars() {
        if other(c) || uc::is_titlecase(c) {
            return false;
        }
        cased |= want(c);
    }
    cased
}

fn isascii(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, StrObj::is_ascii)
}
fn islower(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| cased_as(so, uc::is_lowercase, uc::is_uppercase))
}
fn isupper(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| cased_as(so, uc::is_uppercase, uc::is_lowercase))
}
fn istitle(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in so.s.chars() {
            if uc::is_uppercase(c) || uc::is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if uc::is_lowercase(c) {
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
fn isspace(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| all_chars(so, uc::is_space))
}
fn isdecimal(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| all_chars(so, uc::is_decimal))
}
fn isdigit(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| all_chars(so, uc::is_digit))
}
fn isnumeric(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| all_chars(so, uc::is_numeric))
}
fn isalpha(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| all_chars(so, uc::is_alpha))
}
fn isalnum(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| all_chars(so, uc::is_alnum))
}
fn isidentifier(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| {
        let mut it = so.s.chars();
        match it.next() {
            Some(c) if uc::is_xid_start(c) => it.all(uc::is_xid_continue),
            _ => false,
        }
    })
}
fn isprintable(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    test(s, |so| so.s.chars().all(uc::is_printable))
}

// strip, split, join.

/// `s.strip(chars)` and its one-sided forms (`name` words the error).
fn strip_sides(recv: Value, chars: Option<&Value>, name: &str, left: bool, right: bool) -> PyResult {
    let so = str_obj(recv)?;
    let set: Option<&str> = match chars {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match as_str(*v) {
            Some(t) => Some(t),
            None => return type_error(format!("{name} arg must be None or str")),
        },
    };
    let pred = |c: char| match set {
        None => uc::is_space(c),
        Some(t) => t.contains(c),
    };
    let mut r: &str = &so.s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(if r.len() == so.s.len() { recv.new_ref() } else { new_str(r) })
}

fn strip(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    strip_sides(s, a.first(), "strip", true, true)
}
fn lstrip(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    strip_sides(s, a.first(), "lstrip", true, false)
}
fn rstrip(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    strip_sides(s, a.first(), "rstrip", false, true)
}

fn split(s: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let [sep, maxsplit] = bind("split", a, k, ["sep", "maxsplit"], 0)?;
    split_by(str_obj(s)?, false, sep, maxsplit)
}

fn rsplit(s: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let [sep, maxsplit] = bind("rsplit", a, k, ["sep", "maxsplit"], 0)?;
    split_by(str_obj(s)?, true, sep, maxsplit)
}

fn split_by(so: &StrObj, right: bool, sep: Option<Value>, maxsplit: Option<Value>) -> PyResult {
    let maxsplit = match maxsplit {
        Some(m) => arg_index(m)?,
        None => -1,
    };
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let sep = match sep {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match as_str(v) {
            Some(t) => Some(t),
            None => return type_error(format!("must be str or None, not {}", v.ty().name)),
        },
    };
    let s: &str = &so.s;
    let parts: Vec<&str> = match sep {
        Some("") => return value_error("empty separator"),
        // A one-byte separator splits with a byte search (memchr), not a substring search.
        Some(sep) if sep.len() == 1 => {
            let c = sep.as_bytes()[0] as char;
            if right {
                let mut v: Vec<&str> = s.rsplitn(limit.saturating_add(1), c).collect();
                v.reverse();
                v
            } else {
                s.splitn(limit.saturating_add(1), c).collect()
            }
        }
        Some(sep) => {
            if right {
                let mut v: Vec<&str> = s.rsplitn(limit.saturating_add(1), sep).collect();
                v.reverse();
                v
            } else {
                s.splitn(limit.saturating_add(1), sep).collect()
            }
        }
        None => {
            if right {
                rsplit_whitespace(s, limit)
            } else {
                split_whitespace(s, limit)
            }
        }
    };
    Ok(crate::list::new_list(parts.into_iter().map(new_str).collect()))
}

fn split_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(uc::is_space);
        if rest.is_empty() {
            break;
        }
        if out.len() == limit {
            out.push(rest);
            break;
        }
        let end = rest.find(uc::is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

fn rsplit_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_end_matches(uc::is_space);
        if rest.is_empty() {
            break;
        }
        if out.len() == limit {
            out.push(rest);
            break;
        }
        let start =
            rest.rfind(uc::is_space).map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
        out.push(&rest[start..]);
        rest = &rest[..start];
    }
    out.reverse();
    out
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn splitlines(s: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let [keepends] = bind("splitlines", a, k, ["keepends"], 0)?;
    let keep = match keepends {
        Some(k) => arg_index(k)? != 0,
        None => false,
    };
    let so = str_obj(s)?;
    let s: &str = &so.s;
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(new_str(&s[start..if keep { end } else { i }]));
        start = end;
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(crate::list::new_list(out))
}

fn join(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    let iterable = a[0];
    let items: Vec<Obj> = match iterable.kind() {
        Kind::List | Kind::Tuple => crate::iter::seq_items(iterable),
        _ => {
            let it = match crate::iter::get_iter(iterable) {
                Ok(it) => it,
                Err(e) if e.matches(&TYPE_ERROR) => return type_error("can only join an iterable"),
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = crate::iter::next(it.v())? {
                v.push(x);
            }
            v
        }
    };
    if items.len() == 1 && items[0].v().is(&STR_TYPE) {
        return Ok(items[0].clone());
    }
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        let Some(t) = as_str(x.v()) else {
            return type_error(format!("sequence item {i}: expected str instance, {} found", x.v().ty().name));
        };
        if i > 0 {
            out.push_str(&so.s);
        }
        out.push_str(t);
    }
    Ok(new_string(out))
}

fn replace(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    let old = as_str(a[0]).map_or_else(|| arg_type_error("replace() argument 1", a[0]), Ok)?;
    let new = as_str(a[1]).map_or_else(|| arg_type_error("replace() argument 2", a[1]), Ok)?;
    let count = match a.get(2) {
        Some(c) => arg_index(*c)?,
        None => -1,
    };
    Ok(if count < 0 { new_string(so.s.replace(old, new)) } else { new_string(so.s.replacen(old, new, count as usize)) })
}

// Searching.

/// The optional `start`, `end` arguments after the first (slice-index semantics).
fn start_end(pos: &[Value]) -> PyResult<(i64, i64)> {
    let start = match pos.get(1) {
        Some(v) => crate::range::slice_index(*v)?.unwrap_or(0),
        None => 0,
    };
    let end = match pos.get(2) {
        Some(v) => crate::range::slice_index(*v)?.unwrap_or(i64::MAX),
        None => i64::MAX,
    };
    Ok((start, end))
}

/// CPython's ADJUST_INDICES: `(start, end)` in code points, end clamped to the length.
fn adjust(start: i64, end: i64, len: usize) -> (i64, i64) {
    let len = len as i64;
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 { (start + len).max(0) } else { start };
    (start, end)
}

/// The code-point index of the first (or last) `sub` in `s[start:end]`.
fn find_in(so: &StrObj, sub: &StrObj, start: i64, end: i64, last: bool) -> Option<usize> {
    let (start, end) = adjust(start, end, so.nchars);
    if end - start < sub.nchars as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    let (a, b) = so.byte_range(start, end);
    let hay = &so.s[a..b];
    let off = if last { hay.rfind(&*sub.s) } else { hay.find(&*sub.s) }?;
    Some(start + if so.is_ascii() { off } else { hay[..off].chars().count() })
}

/// `s.find(sub, start, end)` (`last`: `rfind`).
fn search(s: Value, a: &[Value], last: bool) -> PyResult<Option<usize>> {
    let so = str_obj(s)?;
    let sub = arg_str(a[0])?;
    let (start, end) = start_end(a)?;
    Ok(find_in(so, sub, start, end, last))
}

fn find(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(search(s, a, false)?.map_or(-1, |i| i as i64)))
}
fn rfind(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(search(s, a, true)?.map_or(-1, |i| i as i64)))
}
fn index(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    match search(s, a, false)? {
        Some(i) => Ok(crate::int::from_i64(i as i64)),
        None => value_error("substring not found"),
    }
}
fn rindex(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    match search(s, a, true)? {
        Some(i) => Ok(crate::int::from_i64(i as i64)),
        None => value_error("substring not found"),
    }
}

fn count_in(so: &StrObj, sub: &StrObj, start: i64, end: i64) -> usize {
    let (start, end) = adjust(start, end, so.nchars);
    if end - start < sub.nchars as i64 {
        return 0;
    }
    if sub.nchars == 0 {
        return (end - start + 1) as usize;
    }
    let (a, b) = so.byte_range(start as usize, end as usize);
    so.s[a..b].matches(&*sub.s).count()
}

fn count(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    let sub = arg_str(a[0])?;
    let (start, end) = start_end(a)?;
    Ok(crate::int::from_i64(count_in(so, sub, start, end) as i64))
}

fn tail_match(so: &StrObj, sub: &StrObj, start: i64, end: i64, suffix: bool) -> bool {
    let (start, end) = adjust(start, end, so.nchars);
    let n = sub.nchars as i64;
    if end - n < start {
        return false;
    }
    let (a, b) = if suffix { (end - n, end) } else { (start, start + n) };
    let (a, b) = so.byte_range(a as usize, b as usize);
    so.s[a..b] == *sub.s
}

/// `startswith`/`endswith` (`suffix`), named `name` in errors.
fn starts_ends(s: Value, name: &str, suffix: bool, pos: &[Value]) -> PyResult {
    let so = str_obj(s)?;
    let (start, end) = start_end(pos)?;
    let arg = pos[0];
    if arg.kind() == Kind::Tuple {
        for x in crate::tuple::items(arg) {
            let Some(sub) = x.v().downcast::<StrObj>() else {
                return type_error(format!("tuple for {name} must only contain str, not {}", x.v().ty().name));
            };
            if tail_match(so, sub, start, end, suffix) {
                return Ok(bool_obj(true));
            }
        }
        return Ok(bool_obj(false));
    }
    match arg.downcast::<StrObj>() {
        Some(sub) => Ok(bool_obj(tail_match(so, sub, start, end, suffix))),
        None => type_error(format!("{name} first arg must be str or a tuple of str, not {}", arg.ty().name)),
    }
}

fn startswith(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    starts_ends(s, "startswith", false, a)
}
fn endswith(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    starts_ends(s, "endswith", true, a)
}

// Padding.

fn fill_char(v: Value) -> PyResult<char> {
    let Some(t) = v.downcast::<StrObj>() else {
        return type_error(format!("The fill character must be a unicode character, not {}", v.ty().name));
    };
    let mut it = t.s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => type_error("The fill character must be exactly one character long"),
    }
}

/// Reserves room for `extra` more bytes: MemoryError rather than an abort when the
/// request is absurd.
pub fn reserve(out: &mut String, extra: Option<usize>) -> PyResult<()> {
    match extra {
        Some(n) if n <= isize::MAX as usize / 2 && out.try_reserve(n).is_ok() => Ok(()),
        _ => Err(PyErr::bare(&MEMORY_ERROR)),
    }
}

/// `s` padded with `left` and `right` fill characters.
fn pad(so: &StrObj, left: usize, right: usize, fill: char) -> PyResult {
    let mut out = String::new();
    let extra = left.checked_add(right).and_then(|n| n.checked_mul(fill.len_utf8()));
    reserve(&mut out, extra.and_then(|n| n.checked_add(so.s.len())))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&so.s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_string(out))
}

/// Where `ljust`, `rjust` and `center` put the text.
#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn justify(s: Value, a: &[Value], align: Align) -> PyResult {
    let so = str_obj(s)?;
    let width = arg_index(a[0])?;
    let fill = match a.get(1) {
        Some(f) => fill_char(*f)?,
        None => ' ',
    };
    let len = so.nchars as i64;
    if width <= len {
        return Ok(s.new_ref());
    }
    let marg = width - len;
    let (left, right) = match align {
        Align::Left => (0, marg),
        Align::Right => (marg, 0),
        Align::Center => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    pad(so, left as usize, right as usize, fill)
}

fn ljust(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    justify(s, a, Align::Left)
}
fn rjust(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    justify(s, a, Align::Right)
}
fn center(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    justify(s, a, Align::Center)
}

fn zfill(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    let width = arg_index(a[0])?;
    let len = so.nchars as i64;
    if width <= len {
        return Ok(s.new_ref());
    }
    let fill = (width - len) as usize;
    let mut out = String::new();
    reserve(&mut out, fill.checked_add(so.s.len()))?;
    let rest = match so.s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &so.s[1..]
        }
        _ => &so.s[..],
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(new_string(out))
}

fn expandtabs(s: Value, a: &[Value], k: &[Obj]) -> PyResult {
    let [tabsize] = bind("expandtabs", a, k, ["tabsize"], 0)?;
    let tab = match tabsize {
        Some(t) => match arg_index(t) {
            // Beyond i64: reported below as beyond a C int.
            Err(e) if e.matches(&OVERFLOW_ERROR) => i64::MAX,
            r => r?,
        },
        None => 8,
    };
    // CPython takes the tab size as a C int.
    if i32::try_from(tab).is_err() {
        return overflow_error("Python int too large to convert to C int");
    }
    let so = str_obj(s)?;
    let mut out = String::with_capacity(so.s.len());
    let mut col: i64 = 0;
    for c in so.s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    reserve(&mut out, Some(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

// Partitioning and affixes.

fn partition_at(s: Value, sep: Value, right: bool) -> PyResult {
    let so = str_obj(s)?;
    let sep_s = arg_str(sep)?;
    if sep_s.s.is_empty() {
        return value_error("empty separator");
    }
    let found = if right { so.s.rfind(&*sep_s.s) } else { so.s.find(&*sep_s.s) };
    let items = match found {
        Some(i) => vec![new_str(&so.s[..i]), sep.new_ref(), new_str(&so.s[i + sep_s.s.len()..])],
        None if right => vec![empty(), empty(), s.new_ref()],
        None => vec![s.new_ref(), empty(), empty()],
    };
    Ok(crate::tuple::new_tuple(items))
}

fn partition(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    partition_at(s, a[0], false)
}
fn rpartition(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    partition_at(s, a[0], true)
}

fn remove_affix(s: Value, affix: Value, name: &str, suffix: bool) -> PyResult {
    let so = str_obj(s)?;
    let Some(a) = as_str(affix) else {
        return type_error(format!("{name}() argument must be str, not {}", affix.ty().name));
    };
    let r = if suffix { so.s.strip_suffix(a) } else { so.s.strip_prefix(a) };
    Ok(match r {
        Some(rest) if !a.is_empty() => new_str(rest),
        _ => s.new_ref(),
    })
}

fn removeprefix(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    remove_affix(s, a[0], "removeprefix", false)
}
fn removesuffix(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    remove_affix(s, a[0], "removesuffix", true)
}

// Formatting and encoding.

fn format(s: Value, a: &[Value], k: &[Obj]) -> PyResult {
    crate::format::str_format(&str_obj(s)?.s, a, k)
}

fn format_map(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    crate::format::str_format_map(&str_obj(s)?.s, a[0])
}

/// `s.__format__(spec)`: the format mini-language for text.
fn format_slot(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    str_obj(s)?;
    let Some(spec) = as_str(a[0]) else {
        return type_error(format!("__format__() argument must be str, not {}", a[0].ty().name));
    };
    if spec.is_empty() {
        return Ok(s.new_ref());
    }
    Ok(new_string(crate::format::format_string(s, spec)?))
}

fn encode(s: Value, a: &[Value], k: &[Obj]) -> PyResult {
    crate::bytes::str_encode(&str_obj(s)?.s, a, k)
}

// translate and maketrans.

/// What a translation table maps a character to.
enum Mapped {
    /// No entry (a LookupError): the character itself.
    Same,
    /// None: the character goes.
    Delete,
    /// An int: that code point.
    Code(i64),
    /// A str.
    Text(Obj),
}

/// `table[ord(c)]` as `str.translate` reads it (CPython's `charmaptranslate_lookup`).
fn translate_lookup(table: Value, c: char) -> PyResult<Mapped> {
    let key = crate::int::from_i64(c as i64);
    let r = match crate::ops::getitem(table, key.v()) {
        Ok(r) => r,
        Err(e) if e.matches(&LOOKUP_ERROR) => return Ok(Mapped::Same),
        Err(e) => return Err(e),
    };
    if r.v().is_none() {
        return Ok(Mapped::Delete);
    }
    if crate::int::is_int(r.v()) {
        return match crate::int::to_i64(r.v()) {
            Some(code) if (0..0x110000).contains(&code) => Ok(Mapped::Code(code)),
            _ => value_error("character mapping must be in range(0x110000)"),
        };
    }
    if as_str(r.v()).is_some() {
        return Ok(Mapped::Text(r));
    }
    type_error("character mapping must return integer, None or str")
}

fn push_code(out: &mut String, code: i64) -> PyResult<()> {
    match char::from_u32(code as u32) {
        Some(c) => {
            out.push(c);
            Ok(())
        }
        None => Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: surrogate code points in str are not supported yet")),
    }
}

/// `s.translate(table)`, looking characters up in `table` as often as CPython does
/// (observable when `table` is an object with a `__getitem__`): ASCII text first
/// through a cache of one lookup per character, while each maps to at most one ASCII
/// character; then each character, a run of deleted characters ending with a second
/// lookup of the first character that is not deleted.
fn translate(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    let table = a[0];
    let chars: Vec<char> = so.s.chars().collect();
    let mut out = String::with_capacity(so.s.len());
    let mut i = 0;
    if so.is_ascii() {
        const UNKNOWN: u8 = 0xff;
        const DELETED: u8 = 0xfe;
        let mut cache = [UNKNOWN; 128];
        while i < chars.len() {
            let ch = chars[i] as usize & 0x7f;
            if cache[ch] == UNKNOWN {
                cache[ch] = match translate_lookup(table, chars[i])? {
                    Mapped::Same => ch as u8,
                    Mapped::Delete => DELETED,
                    Mapped::Code(code) if code < 128 => code as u8,
                    Mapped::Text(t) => match as_str(t.v()).map(str::as_bytes) {
                        Some([b]) if b.is_ascii() => *b,
                        _ => break,
                    },
                    Mapped::Code(_) => break,
                };
            }
            if cache[ch] != DELETED {
                out.push(cache[ch] as char);
            }
            i += 1;
        }
    }
    while i < chars.len() {
        let c = chars[i];
        match translate_lookup(table, c)? {
            Mapped::Same => out.push(c),
            Mapped::Code(code) => push_code(&mut out, code)?,
            Mapped::Text(t) => out.push_str(as_str(t.v()).unwrap_or("")),
            Mapped::Delete => {
                i += 1;
                while i < chars.len() && matches!(translate_lookup(table, chars[i])?, Mapped::Delete) {
                    i += 1;
                }
                continue;
            }
        }
        i += 1;
    }
    Ok(new_string(out))
}

/// `str.maketrans(x, y=None, z=None)` (a static method).
fn maketrans(_: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let d = crate::dict::new_dict();
    let [x, rest @ ..] = a else { return type_error("maketrans expected at least 1 argument, got 0") };
    if rest.is_empty() {
        if !(x.is_heap() && x.kind() == Kind::Dict) {
            return type_error("if you give only one argument to maketrans it must be a dict");
        }
        for (k, v) in crate::dict::items_vec(*x) {
            let key = if let Some(ks) = k.v().downcast::<StrObj>() {
                let mut it = ks.s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => crate::int::from_i64(c as i64),
                    _ => return value_error("string keys in translate table must be of length 1"),
                }
            } else if crate::int::is_int(k.v()) {
                k
            } else {
                return type_error("keys in translate table must be strings or integers");
            };
            crate::dict::set_item(d.v(), key, v)?;
        }
        return Ok(d);
    }
    let arg = |i: usize| -> PyResult<Option<&'static StrObj>> {
        match rest.get(i) {
            None => Ok(None),
            Some(v) => match v.downcast::<StrObj>() {
                Some(t) => Ok(Some(t)),
                // Argument Clinic names None itself rather than its type.
                None => {
                    let what = if v.is_none() { "None" } else { v.ty().name };
                    type_error(format!("maketrans() argument {} must be str, not {what}", i + 2))
                }
            },
        }
    };
    let (y, z) = (arg(0)?, arg(1)?);
    let Some(xs) = x.downcast::<StrObj>() else {
        return type_error("first maketrans argument must be a string if there is a second argument");
    };
    let y = y.map_or("", |t| &*t.s);
    if xs.nchars != y.chars().count() {
        return value_error("the first two maketrans arguments must have equal length");
    }
    for (c, r) in xs.s.chars().zip(y.chars()) {
        crate::dict::set_item(d.v(), crate::int::from_i64(c as i64), crate::int::from_i64(r as i64))?;
    }
    for c in z.map_or("", |t| &*t.s).chars() {
        crate::dict::set_item(d.v(), crate::int::from_i64(c as i64), none_obj())?;
    }
    Ok(d)
}

fn getnewargs(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    Ok(crate::tuple::new_tuple(vec![new_string(so.s.clone())]))
}

// Operator dunders: what `str` itself does.

fn is_str(v: Value) -> bool {
    v.is_heap() && v.kind() == Kind::Str
}

fn str_order(op: crate::ops::CmpOp, a: Value, b: Value) -> PyResult<bool> {
    // UTF-8 byte order is code point order.
    Ok(crate::slots::ordering_holds(op, as_str(a).cmp(&as_str(b))))
}

crate::cmp_slots!(cmp, is_str, str_order);

fn hash_slot(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(crate::hash::hash(s)?))
}
fn str_slot(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    str_obj(s)?;
    Ok(s.new_ref())
}
fn iter_slot(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    str_obj(s)?;
    crate::iter::get_iter(s)
}
fn len_slot(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(str_obj(s)?.nchars as i64))
}
fn getitem_slot(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    getitem(s, a[0])
}
fn contains_slot(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(contains(s, a[0])?))
}
fn add_slot(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let x = str_obj(s)?;
    let Some(y) = as_str(a[0]) else {
        return type_error(format!("can only concatenate str (not \"{}\") to str", a[0].ty().name));
    };
    let mut out = String::new();
    reserve(&mut out, x.s.len().checked_add(y.len()))?;
    out.push_str(&x.s);
    out.push_str(y);
    Ok(new_string(out))
}

/// The count of `seq * n` as a sequence's `__mul__` takes it: any integer (`__index__`),
/// negative meaning 0 (CPython's `wrap_indexargfunc`).
pub(crate) fn repeat_count(n: Value) -> PyResult<usize> {
    match crate::int::index_of(n, "") {
        Ok(i) => Ok(i.max(0) as usize),
        Err(e) if e.matches(&OVERFLOW_ERROR) => overflow_error("cannot fit 'int' into an index-sized integer"),
        Err(e) => Err(e),
    }
}

fn mul_slot(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    str_obj(s)?;
    let n = repeat_count(a[0])?;
    crate::ops::repeat(s, crate::int::from_i64(n as i64).v())
}
fn mod_slot(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    crate::format::percent_format(&str_obj(s)?.s, a[0])
}
fn rmod_slot(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    str_obj(s)?;
    match as_str(a[0]) {
        Some(fmt) => crate::format::percent_format(fmt, s),
        None => Ok(crate::class::not_implemented().new_ref()),
    }
}

/// `str(object='')`, `str(object=b'', encoding='utf-8', errors='strict')`. Only `str`
/// itself reaches here: classes cannot derive from `str` yet.
fn str_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    if pos.len() + kw.len() > 3 {
        return type_error(format!("str() takes at most 3 arguments ({} given)", pos.len() + kw.len()));
    }
    let [object, encoding, errors] = bind("str", args, kwnames, ["object", "encoding", "errors"], 0)?;
    let Some(object) = object else { return Ok(empty()) };
    if encoding.is_some() || errors.is_some() {
        if object.kind() == Kind::Str {
            return type_error("decoding str is not supported");
        }
        if let Some(r) = crate::bytes::str_from(object, encoding, errors) {
            return r;
        }
        return type_error(format!("decoding to str: need a bytes-like object, {} found", object.ty().name));
    }
    crate::ops::str_of(object)
}

/// What `str` declares (see `typeobj.rs`), in CPython's order.
pub static SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__hash__", hash_slot, Params::NoArgs),
        MethodDef::slot("__str__", str_slot, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", cmp::lt, Params::One),
        MethodDef::slot("__le__", cmp::le, Params::One),
        MethodDef::slot("__eq__", cmp::eq, Params::One),
        MethodDef::slot("__ne__", cmp::ne, Params::One),
        MethodDef::slot("__gt__", cmp::gt, Params::One),
        MethodDef::slot("__ge__", cmp::ge, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__mod__", mod_slot, Params::One),
        MethodDef::slot("__rmod__", rmod_slot, Params::One),
        MethodDef::slot("__len__", len_slot, Params::NoArgs),
        MethodDef::slot("__getitem__", getitem_slot, Params::One),
        MethodDef::slot("__add__", add_slot, Params::One),
        MethodDef::slot("__mul__", mul_slot, Params::One),
        MethodDef::slot("__rmul__", mul_slot, Params::One),
        MethodDef::slot("__contains__", contains_slot, Params::One),
        MethodDef::method("encode", encode, Params::Any),
        MethodDef::method("replace", replace, Params::Pos(2, 3, Arity::Expected)),
        MethodDef::method("split", split, Params::Any),
        MethodDef::method("rsplit", rsplit, Params::Any),
        MethodDef::method("join", join, Params::One),
        MethodDef::method("capitalize", capitalize, Params::NoArgs),
        MethodDef::method("casefold", casefold, Params::NoArgs),
        MethodDef::method("title", title, Params::NoArgs),
        MethodDef::method("center", center, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("count", count, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("expandtabs", expandtabs, Params::Any),
        MethodDef::method("find", find, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("partition", partition, Params::One),
        MethodDef::method("index", index, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("ljust", ljust, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("lower", lower, Params::NoArgs),
        MethodDef::method("lstrip", lstrip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("rfind", rfind, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("rindex", rindex, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("rjust", rjust, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("rstrip", rstrip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("rpartition", rpartition, Params::One),
        MethodDef::method("splitlines", splitlines, Params::Any),
        MethodDef::method("strip", strip, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("swapcase", swapcase, Params::NoArgs),
        MethodDef::method("translate", translate, Params::One),
        MethodDef::method("upper", upper, Params::NoArgs),
        MethodDef::method("startswith", startswith, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("endswith", endswith, Params::Pos(1, 3, Arity::TakesShort)),
        MethodDef::method("removeprefix", removeprefix, Params::One),
        MethodDef::method("removesuffix", removesuffix, Params::One),
        MethodDef::method("isascii", isascii, Params::NoArgs),
        MethodDef::method("islower", islower, Params::NoArgs),
        MethodDef::method("isupper", isupper, Params::NoArgs),
        MethodDef::method("istitle", istitle, Params::NoArgs),
        MethodDef::method("isspace", isspace, Params::NoArgs),
        MethodDef::method("isdecimal", isdecimal, Params::NoArgs),
        MethodDef::method("isdigit", isdigit, Params::NoArgs),
        MethodDef::method("isnumeric", isnumeric, Params::NoArgs),
        MethodDef::method("isalpha", isalpha, Params::NoArgs),
        MethodDef::method("isalnum", isalnum, Params::NoArgs),
        MethodDef::method("isidentifier", isidentifier, Params::NoArgs),
        MethodDef::method("isprintable", isprintable, Params::NoArgs),
        MethodDef::method("zfill", zfill, Params::One),
        MethodDef::method("format", format, Params::Any),
        MethodDef::method("format_map", format_map, Params::One),
        MethodDef::method("__format__", format_slot, Params::One),
        MethodDef::stat("maketrans", maketrans, Params::Pos(1, 3, Arity::Expected)),
        MethodDef::method("__sizeof__", crate::slots::sizeof, Params::NoArgs),
        MethodDef::method("__getnewargs__", getnewargs, Params::NoArgs),
    ],
    new: Some(str_new),
    ..EMPTY
};

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Obj {
        new_str(x)
    }
    fn call(recv: &str, name: &str, args: &[Value]) -> String {
        let r = s(recv);
        match crate::ops::call_method(r.v(), name, args, &[]) {
            Ok(o) => match as_str(o.v()) {
                Some(t) => t.to_string(),
                None => format!("<{}>", o.v().ty().name),
            },
            Err(e) => format!("{}", e.ty().name),
        }
    }

    #[test]
    fn case_methods() {
        assert_eq!(call("ΣΑΣ", "lower", &[]), "σας");
        assert_eq!(call("AΣ b", "lower", &[]), "aς b");
        assert_eq!(call("ΣΣ", "swapcase", &[]), "σς");
        assert_eq!(call("ǅx", "swapcase", &[]), "ǅX");
        assert_eq!(call("ß", "upper", &[]), "SS");
        assert_eq!(call("ﬁx", "capitalize", &[]), "Fix");
        assert_eq!(call("they're bill's", "title", &[]), "They'Re Bill'S");
        assert_eq!(call("h3llo w0rld", "title", &[]), "H3Llo W0Rld");
        assert_eq!(call("éÉß", "casefold", &[]), "ééss");
    }

    #[test]
    fn split_and_friends() {
        let a = s(" ");
        assert_eq!(call("ab", "center", &[Obj::small(5).v()]), "  ab ");
        assert_eq!(call("abc", "center", &[Obj::small(6).v()]), " abc  ");
        assert_eq!(call("-12", "zfill", &[Obj::small(6).v()]), "-00012");
        assert_eq!(call("a\tb\n\tc", "expandtabs", &[Obj::small(4).v()]), "a   b\n    c");
        assert_eq!(call("xyzabczy", "rstrip", &[s("yz").v()]), "xyzabc");
        assert_eq!(call("  \x1c a \u{3000}", "strip", &[]), "a");
        assert_eq!(split_whitespace("  a b  c  ", 1), vec!["a", "b  c  "]);
        assert_eq!(rsplit_whitespace("  a b  c  ", 1), vec!["  a b", "c"]);
        assert_eq!(rsplit_whitespace(" 1 2 ", 0), vec![" 1 2"]);
        assert_eq!(call("a", "split", &[a.v(), Obj::small(1).v(), Obj::small(1).v()]), "TypeError");
    }

    #[test]
    fn huge_widths_raise() {
        // CPython 3.11: MemoryError for widths that cannot be allocated (10**15: past
        // any address space).
        let w = crate::int::from_decimal("1000000000000000");
        let big = crate::int::from_decimal("9223372036854775807");
        let e = s("é");
        assert_eq!(call("a", "zfill", &[w.v()]), "MemoryError");
        assert_eq!(call("a", "zfill", &[big.v()]), "MemoryError");
        assert_eq!(call("a", "center", &[w.v()]), "MemoryError");
        assert_eq!(call("a", "ljust", &[w.v()]), "MemoryError");
        assert_eq!(call("a", "rjust", &[w.v(), e.v()]), "MemoryError");
        assert_eq!(call("a", "center", &[big.v(), e.v()]), "MemoryError");
        assert_eq!(call("a", "expandtabs", &[w.v()]), "OverflowError");
    }

    #[test]
    fn find_count() {
        let sub = |x: &str| new_str(x);
        let f = |h: &str, n: &str, a: i64, b: i64, last: bool| {
            let h = sub(h);
            let n = sub(n);
            let (ho, no) = (h.v().downcast::<StrObj>().unwrap(), n.v().downcast::<StrObj>().unwrap());
            find_in(ho, no, a, b, last).map(|i| i as i64).unwrap_or(-1)
        };
        assert_eq!(f("abc", "", 3, i64::MAX, false), 3);
        assert_eq!(f("abc", "", 4, i64::MAX, false), -1);
        assert_eq!(f("abc", "", 2, 1, false), -1);
        assert_eq!(f("abc", "", 1, i64::MAX, true), 3);
        assert_eq!(f("éaé", "é", 0, i64::MAX, true), 2);
        assert_eq!(f("abc", "c", -1, i64::MAX, false), 2);
    }

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr_str("a'b\"c", false), r#"'a\'b"c'"#);
        assert_eq!(repr_str("a'b", false), r#""a'b""#);
        assert_eq!(
            repr_str("\x00\x7f\u{80}\u{a0}\u{ad} é\u{2028}\u{1f600}\u{d7ff}", false),
            "'\\x00\\x7f\\x80\\xa0\\xad é\\u2028😀\\ud7ff'"
        );
        assert_eq!(repr_str("é\u{2028}\u{1f600}", true), "'\\xe9\\u2028\\U0001f600'");
    }
}
