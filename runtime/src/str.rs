//! `str`: immutable Unicode text. Stored as UTF-8 with its length in code points, so
//! `len`, indexing and slicing count code points as Python does (O(1) for ASCII text).
//!
//! Methods follow CPython 3.11 (`Objects/unicodeobject.c`), with its argument checking
//! and messages; character properties come from [`crate::unicode`].
use crate::err::*;
use crate::func::{bind, positional, positional_of, Arity};
use crate::object::*;
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
// Methods.

/// The names of str's methods (bound-method lookup).
pub static METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];

/// `s.name(*args)` for str methods.
pub fn call_method(s: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let so = str_obj(s)?;
    let noargs = |qual: &str| positional(qual, Arity::Takes, args, kwnames, 0, 0).map(|_| ());
    match name {
        "upper" => {
            noargs("str.upper")?;
            Ok(map_chars(so, |c, _, _, out| uc::push_upper(c, out)))
        }
        "lower" => {
            noargs("str.lower")?;
            Ok(lower(so))
        }
        "casefold" => {
            noargs("str.casefold")?;
            Ok(map_chars(so, |c, _, _, out| uc::push_casefold(c, out)))
        }
        "swapcase" => {
            noargs("str.swapcase")?;
            Ok(map_chars(so, |c, chars, i, out| {
                if uc::is_uppercase(c) {
                    uc::push_lower_at(chars, i, out)
                } else if uc::is_lowercase(c) {
                    uc::push_upper(c, out)
                } else {
                    out.push(c)
                }
            }))
        }
        "capitalize" => {
            noargs("str.capitalize")?;
            Ok(map_chars(
                so,
                |c, chars, i, out| if i == 0 { uc::push_title(c, out) } else { uc::push_lower_at(chars, i, out) },
            ))
        }
        "title" => {
            noargs("str.title")?;
            Ok(title(so))
        }
        "isupper" | "islower" | "istitle" | "isspace" | "isalpha" | "isalnum" | "isdigit" | "isdecimal"
        | "isnumeric" | "isidentifier" | "isprintable" | "isascii" => {
            positional_of("str", name, Arity::Takes, args, kwnames, 0, 0)?;
            Ok(bool_obj(predicate(so, name)))
        }
        "strip" | "lstrip" | "rstrip" => {
            let pos = positional_of("str", name, Arity::Expected, args, kwnames, 0, 1)?;
            strip(s, so, name, pos.first().copied())
        }
        "split" | "rsplit" => {
            let [sep, maxsplit] = bind(name, args, kwnames, ["sep", "maxsplit"], 0)?;
            split(so, name == "rsplit", sep, maxsplit)
        }
        "splitlines" => {
            let [keepends] = bind(name, args, kwnames, ["keepends"], 0)?;
            let keep = match keepends {
                Some(k) => arg_index(k)? != 0,
                None => false,
            };
            Ok(splitlines(so, keep))
        }
        "join" => {
            let pos = positional("str.join", Arity::Takes, args, kwnames, 1, 1)?;
            join(so, pos[0])
        }
        "replace" => {
            let pos = positional("str.replace", Arity::Expected, args, kwnames, 2, 3)?;
            let old = as_str(pos[0]).map_or_else(|| arg_type_error("replace() argument 1", pos[0]), Ok)?;
            let new = as_str(pos[1]).map_or_else(|| arg_type_error("replace() argument 2", pos[1]), Ok)?;
            let count = match pos.get(2) {
                Some(c) => arg_index(*c)?,
                None => -1,
            };
            Ok(if count < 0 {
                new_string(so.s.replace(old, new))
            } else {
                new_string(so.s.replacen(old, new, count as usize))
            })
        }
        "startswith" | "endswith" => {
            let pos = positional_of("str", name, Arity::TakesShort, args, kwnames, 1, 3)?;
            starts_ends(so, name, pos)
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            let pos = positional_of("str", name, Arity::TakesShort, args, kwnames, 1, 3)?;
            let sub = arg_str(pos[0])?;
            let (start, end) = start_end(pos)?;
            if name == "count" {
                return Ok(crate::int::from_i64(count(so, sub, start, end) as i64));
            }
            let r = find(so, sub, start, end, name.starts_with('r'));
            match r {
                Some(i) => Ok(crate::int::from_i64(i as i64)),
                None if name.ends_with("find") => Ok(crate::int::from_i64(-1)),
                None => value_error("substring not found"),
            }
        }
        "center" | "ljust" | "rjust" => {
            let pos = positional_of("str", name, Arity::Expected, args, kwnames, 1, 2)?;
            let width = arg_index(pos[0])?;
            let fill = match pos.get(1) {
                Some(f) => fill_char(*f)?,
                None => ' ',
            };
            justify(s, so, name, width, fill)
        }
        "zfill" => {
            let pos = positional("str.zfill", Arity::Takes, args, kwnames, 1, 1)?;
            let width = arg_index(pos[0])?;
            zfill(s, so, width)
        }
        "partition" | "rpartition" => {
            let pos = positional_of("str", name, Arity::Takes, args, kwnames, 1, 1)?;
            partition(s, so, pos[0], name == "rpartition")
        }
        "expandtabs" => {
            let [tabsize] = bind("expandtabs", args, kwnames, ["tabsize"], 0)?;
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
            expandtabs(so, tab)
        }
        "removeprefix" | "removesuffix" => {
            let pos = positional_of("str", name, Arity::Takes, args, kwnames, 1, 1)?;
            let Some(a) = as_str(pos[0]) else {
                return type_error(format!("{name}() argument must be str, not {}", pos[0].ty().name));
            };
            let r = if name == "removeprefix" { so.s.strip_prefix(a) } else { so.s.strip_suffix(a) };
            Ok(match r {
                Some(rest) if !a.is_empty() => new_str(rest),
                _ => s.new_ref(),
            })
        }
        "format" => format_method(so, args, kwnames),
        "encode" => crate::bytes::str_encode(&so.s, args, kwnames),
        _ => Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'str' object has no attribute '{name}'"))),
    }
}

/// `fmt.format(*args, **kwargs)`.
fn format_method(so: &StrObj, args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::format::str_format(&so.s, args, kwnames)
}

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

fn lower(so: &StrObj) -> Obj {
    if so.is_ascii() {
        return new_string(so.s.to_ascii_lowercase());
    }
    map_chars(so, |_, chars, i, out| uc::push_lower_at(chars, i, out))
}

fn title(so: &StrObj) -> Obj {
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
    new_string(out)
}

fn predicate(so: &StrObj, name: &str) -> bool {
    let s = &so.s;
    match name {
        "isascii" => so.is_ascii(),
        "islower" => {
            let mut cased = false;
            for c in s.chars() {
                if uc::is_uppercase(c) || uc::is_titlecase(c) {
                    return false;
                }
                cased |= uc::is_lowercase(c);
            }
            cased
        }
        "isupper" => {
            let mut cased = false;
            for c in s.chars() {
                if uc::is_lowercase(c) || uc::is_titlecase(c) {
                    return false;
                }
                cased |= uc::is_uppercase(c);
            }
            cased
        }
        "istitle" => {
            let (mut cased, mut prev_cased) = (false, false);
            for c in s.chars() {
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
        }
        "isidentifier" => {
            let mut it = s.chars();
            match it.next() {
                Some(c) if uc::is_xid_start(c) => it.all(uc::is_xid_continue),
                _ => false,
            }
        }
        "isprintable" => s.chars().all(uc::is_printable),
        _ => {
            let f: fn(char) -> bool = match name {
                "isspace" => uc::is_space,
                "isalpha" => uc::is_alpha,
                "isalnum" => uc::is_alnum,
                "isdigit" => uc::is_digit,
                "isdecimal" => uc::is_decimal,
                _ => uc::is_numeric,
            };
            !s.is_empty() && s.chars().all(f)
        }
    }
}

fn strip(recv: Value, so: &StrObj, name: &str, chars: Option<Value>) -> PyResult {
    let set: Option<&str> = match chars {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match as_str(v) {
            Some(t) => Some(t),
            None => return type_error(format!("{name} arg must be None or str")),
        },
    };
    let pred = |c: char| match set {
        None => uc::is_space(c),
        Some(t) => t.contains(c),
    };
    let s: &str = &so.s;
    let r = match name {
        "strip" => s.trim_start_matches(pred).trim_end_matches(pred),
        "lstrip" => s.trim_start_matches(pred),
        _ => s.trim_end_matches(pred),
    };
    Ok(if r.len() == s.len() { recv.new_ref() } else { new_str(r) })
}

fn split(so: &StrObj, right: bool, sep: Option<Value>, maxsplit: Option<Value>) -> PyResult {
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

fn splitlines(so: &StrObj, keep: bool) -> Obj {
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
    crate::list::new_list(out)
}

fn join(so: &StrObj, iterable: Value) -> PyResult {
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
fn find(so: &StrObj, sub: &StrObj, start: i64, end: i64, last: bool) -> Option<usize> {
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

fn count(so: &StrObj, sub: &StrObj, start: i64, end: i64) -> usize {
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

fn starts_ends(so: &StrObj, name: &str, pos: &[Value]) -> PyResult {
    let (start, end) = start_end(pos)?;
    let suffix = name == "endswith";
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

fn justify(s: Value, so: &StrObj, name: &str, width: i64, fill: char) -> PyResult {
    let len = so.nchars as i64;
    if width <= len {
        return Ok(s.new_ref());
    }
    let marg = width - len;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    pad(so, left as usize, right as usize, fill)
}

fn zfill(s: Value, so: &StrObj, width: i64) -> PyResult {
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

fn partition(s: Value, so: &StrObj, sep: Value, right: bool) -> PyResult {
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

fn expandtabs(so: &StrObj, tab: i64) -> PyResult {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Obj {
        new_str(x)
    }
    fn call(recv: &str, name: &str, args: &[Value]) -> String {
        let r = s(recv);
        match call_method(r.v(), name, args, &[]) {
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
            find(ho, no, a, b, last).map(|i| i as i64).unwrap_or(-1)
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
