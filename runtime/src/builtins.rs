//! The builtin functions and the calls of builtin types (`int(x)`, `ValueError("m")`).
//!
//! Builtin functions are immortal [`NativeFuncObj`] statics listed in [`BUILTIN_FNS`];
//! the builtin types are the type-object statics of `types.rs`, `iter.rs` and `err.rs`,
//! so `type(3) is int` holds. Argument checking goes through `func.rs`'s helpers, which
//! word errors as CPython does. Operations that `ops.rs` owns (arithmetic, comparison,
//! str/repr, hashing) are called, never redone here.
use crate::err::*;
use crate::func::{bind, positional, split_args, Arity, Native, NativeFn, NativeFuncObj};
use crate::iter;
use crate::object::*;
use crate::ops::{self, BinOp, CmpOp};
use crate::types::*;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::FromPrimitive;

const fn native(name: &'static str, f: NativeFn) -> NativeFuncObj {
    NativeFuncObj { hdr: Header::immortal(&BUILTIN_FUNCTION_TYPE), name, native: Native::Plain(f) }
}

/// Every builtin function, by name.
pub static BUILTIN_FNS: [NativeFuncObj; 51] = [
    native("print", print),
    native("len", len),
    native("min", min),
    native("max", max),
    native("sum", sum),
    native("abs", abs),
    native("round", round),
    native("divmod", divmod),
    native("pow", pow),
    native("repr", repr),
    native("ascii", ascii),
    native("format", format),
    native("isinstance", isinstance),
    native("issubclass", issubclass),
    native("sorted", sorted),
    native("chr", chr),
    native("ord", ord),
    native("hex", hex),
    native("oct", oct),
    native("bin", bin),
    native("any", any),
    native("all", all),
    native("hash", hash),
    native("id", id),
    native("callable", callable),
    native("input", crate::io::input),
    native("iter", iter::builtin_iter),
    native("next", iter::builtin_next),
    native("getattr", getattr),
    native("setattr", setattr),
    native("hasattr", hasattr),
    native("exit", exit),
    native("quit", exit),
    native("eval", crate::dynamic::eval),
    native("exec", crate::dynamic::exec),
    native("compile", crate::dynamic::compile),
    native("globals", crate::dynamic::globals),
    native("locals", crate::dynamic::locals),
    native("__build_class__", crate::typenew::build_class),
    native("delattr", delattr),
    native("vars", vars),
    native("__pyaot_set_display__", crate::set::display),
    native("__pyaot_with_enter__", with_enter),
    native("__pyaot_with_exit__", with_exit),
    native("__pyaot_genexpr_list__", crate::gen::genexpr_list),
    native("__pyaot_import_star__", crate::module::import_star_name),
    native("__pyaot_match_seq__", crate::pattern::match_seq),
    native("__pyaot_match_map__", crate::pattern::match_map),
    native("__pyaot_match_class__", crate::pattern::match_class),
    native("__pyaot_match_bind__", crate::pattern::match_bind),
    native("open", crate::stdlib::textfile::open),
];

/// The builtin types, by name.
fn builtin_type(name: &str) -> Option<&'static TypeObject> {
    Some(match name {
        "int" => &INT_TYPE,
        "float" => &FLOAT_TYPE,
        "complex" => &crate::complex::COMPLEX_TYPE,
        "str" => &STR_TYPE,
        "bytes" => &BYTES_TYPE,
        "bytearray" => &BYTEARRAY_TYPE,
        "bool" => &BOOL_TYPE,
        "list" => &LIST_TYPE,
        "tuple" => &TUPLE_TYPE,
        "dict" => &DICT_TYPE,
        "set" => &SET_TYPE,
        "frozenset" => &FROZENSET_TYPE,
        "range" => &RANGE_TYPE,
        "slice" => &SLICE_TYPE,
        "type" => &TYPE_TYPE,
        "object" => &OBJECT_TYPE,
        "super" => &crate::class::SUPER_TYPE,
        "staticmethod" => &crate::class::STATICMETHOD_TYPE,
        "classmethod" => &crate::class::CLASSMETHOD_TYPE,
        "property" => &crate::class::PROPERTY_TYPE,
        "enumerate" => iter::iter_type(iter::ENUMERATE),
        "zip" => iter::iter_type(iter::ZIP),
        "reversed" => iter::iter_type(iter::REVERSED),
        "map" => iter::iter_type(iter::MAP),
        "filter" => iter::iter_type(iter::FILTER),
        "ImportError" => &crate::err::IMPORT_ERROR,
        "ModuleNotFoundError" => &crate::err::MODULE_NOT_FOUND_ERROR,
        "IOError" | "EnvironmentError" => &crate::err::OS_ERROR,
        _ => return EXC_TYPES.iter().copied().find(|t| t.name == name),
    })
}

/// The builtin called `name` (function, type or exception class).
pub fn lookup(name: &str) -> PyResult {
    if name == "NotImplemented" {
        return Ok(crate::class::not_implemented().new_ref());
    }
    if name == "Ellipsis" {
        return Ok(crate::ellipsis::ellipsis().new_ref());
    }
    if let Some(t) = builtin_type(name) {
        return Ok(t.as_value().new_ref());
    }
    if let Some(f) = BUILTIN_FNS.iter().find(|f| f.name == name) {
        return Ok(Value(f as *const NativeFuncObj as u64).new_ref());
    }
    Err(name_error(name))
}

/// The type object `v` is, if it is one (its type is `type` or a metaclass).
#[inline]
pub fn as_type(v: Value) -> Option<&'static TypeObject> {
    if v.is_heap() && v.kind() == Kind::Type {
        // SAFETY: values whose type has the layout of `type` are type objects, which are
        // immortal.
        Some(unsafe { &*(v.0 as *const TypeObject) })
    } else {
        None
    }
}

/// Calling a type object: `type(C).__call__(C, *args)`.
pub fn call_type(t: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let Some(ty) = as_type(t) else {
        return type_error(format!("'{}' object is not callable", t.ty().name));
    };
    crate::typenew::call(ty, t, args, kwnames)
}

/// `type.__call__` for a builtin type: its constructor (`__new__`, then `__init__`).
pub fn call_builtin_type(ty: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let t = ty.as_value();
    if ty.class.is_some() {
        return crate::class::instantiate(ty, args, kwnames);
    }
    if let Some(r) = crate::stdlib::construct(ty, args, kwnames) {
        return r;
    }
    if let Some(new) = ty.spec.new {
        // `type.__call__`: `T.__new__`, then `T.__init__` when T (or a builtin base but
        // `object`) declares one.
        let obj = new(ty, args, kwnames)?;
        // `type(x)` returns at once; otherwise `__init__` of the new object's own type.
        let one_arg_type = std::ptr::eq(ty, &TYPE_TYPE) && args.len() == 1;
        if obj.v().ty().is_subtype(ty) && !one_arg_type {
            crate::typenew::init_object(obj.v(), args, kwnames)?;
        }
        return Ok(obj);
    }
    if let Some(et) = as_exc_type(t) {
        if !kwnames.is_empty() {
            return type_error(format!("{}() takes no keyword arguments", et.name));
        }
        let items = args.iter().map(|a| a.new_ref()).collect();
        return Ok(new_exc_args(et, items));
    }
    type_error(format!("cannot create '{}' instances", ty.name))
}

/// The payload of `object()` instances.
#[repr(C)]
pub struct PlainObj {
    pub hdr: Header,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for PlainObj {
    fn type_object() -> &'static TypeObject {
        &OBJECT_TYPE
    }
}

fn text(o: &Obj) -> &str {
    crate::str::as_str(o.v()).unwrap_or("")
}

// ---------------------------------------------------------------------------------------
// int(), float().

pub(crate) fn int_new(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    if pos.len() + kw.len() > 2 {
        return type_error(format!("int() takes at most 2 arguments ({} given)", pos.len() + kw.len()));
    }
    let [kw_base] = kw.parse("int", ["base"])?;
    if kw_base.is_some() && pos.len() == 2 {
        return type_error("argument for int() given by name ('base') and position (2)");
    }
    let base = pos.get(1).copied().or(kw_base);
    let Some(&x) = pos.first() else {
        if base.is_some() {
            return type_error("int() missing string argument");
        }
        return Ok(Obj::small(0));
    };
    if let Some(b) = base {
        let b = crate::int::index_of(b, "")?;
        let Some(s) = crate::str::as_str(x) else {
            return type_error("int() can't convert non-string with explicit base");
        };
        if b != 0 && !(2..=36).contains(&b) {
            return value_error("int() base must be >= 2 and <= 36, or 0");
        }
        return parse_int(s, b as u32);
    }
    int_of(x)
}

/// `int(x)` for one argument.
pub fn int_of(x: Value) -> PyResult {
    if x.is_small_int() || x.is(&INT_TYPE) {
        return Ok(x.new_ref());
    }
    if x.is(&BOOL_TYPE) {
        return Ok(Obj::small((x == py_true()) as i64));
    }
    if x.kind() == Kind::Int && crate::class::class_of(x).is_some() {
        // A subclass of int: its own `__int__`/`__index__`, else its value.
        if let Some(r) = number_dunder(x, &["__int__", "__index__"], "int", crate::int::is_int) {
            return r;
        }
        return Ok(crate::int::plain_int(x));
    }
    if let Some(s) = crate::str::as_str(x) {
        return parse_int(s, 10);
    }
    if x.kind() == Kind::Float {
        return float_to_int(crate::float::as_f64(x)?);
    }
    if let Some(r) = number_dunder(x, &["__int__", "__index__"], "int", crate::int::is_int) {
        return r;
    }
    type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", x.ty().name))
}

/// `int(x)`/`float(x)` for an instance whose class defines one of `names` (tried in
/// order): its result, which must pass `ok` (None: the class defines none of them).
fn number_dunder(x: Value, names: &[&str], what: &str, ok: fn(Value) -> bool) -> Option<PyResult> {
    crate::class::class_of(x)?;
    let name = names.iter().find(|n| crate::class::lookup(x.ty(), n).is_some())?;
    Some(crate::class::call_dunder(x, name, &[], &[])?.and_then(|r| {
        if ok(r.v()) {
            Ok(r)
        } else {
            type_error(format!("{name} returned non-{what} (type {})", r.v().ty().name))
        }
    }))
}

/// The int a float truncates to (errors for nan and infinities).
pub fn float_to_int(f: f64) -> PyResult {
    if f.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 1e18 {
        return Ok(crate::int::from_i64(t as i64));
    }
    Ok(crate::int::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

/// `int(s, base)` for a str: whitespace, sign, base prefixes, underscores between digits,
/// decimal digits of any script; CPython's error messages.
pub fn parse_int(s: &str, base: u32) -> PyResult {
    // Fast path: a plain run of up to 18 ASCII decimal digits, optionally signed (what
    // int() meets most). Anything else takes the general parser below.
    if base == 10 || base == 0 {
        let b = s.as_bytes();
        let (neg, digits) = match b.first() {
            Some(b'-') => (true, &b[1..]),
            Some(b'+') => (false, &b[1..]),
            _ => (false, b),
        };
        let plain = !digits.is_empty() && digits.len() <= 18 && digits.iter().all(u8::is_ascii_digit);
        // Base 0 rejects leading zeros ("010"), so only base 10 or a single digit is fast.
        if plain && (base == 10 || digits.len() == 1 || digits[0] != b'0') {
            let v = digits.iter().fold(0i64, |acc, d| acc * 10 + (d - b'0') as i64);
            return Ok(crate::int::from_i64(if neg { -v } else { v }));
        }
    }
    let invalid = || -> PyResult {
        let r: String = crate::str::repr_str(s, false).chars().take(200).collect();
        value_error(format!("invalid literal for int() with base {base}: {r}"))
    };
    let t = s.trim_matches(crate::unicode::is_space);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let base0 = base == 0;
    let lower2: String = t.chars().take(2).flat_map(char::to_lowercase).collect();
    let (base, body, prefixed) = match (base, lower2.as_str()) {
        (0 | 16, "0x") => (16, &t[2..], true),
        (0 | 8, "0o") => (8, &t[2..], true),
        (0 | 2, "0b") => (2, &t[2..], true),
        (0, _) => (10, t, false),
        (b, _) => (b, t, false),
    };
    // Digits with underscores only between digits (or right after a base prefix).
    let mut digits: Vec<u8> = Vec::with_capacity(body.len());
    let mut prev_underscore = false;
    for (i, c) in body.chars().enumerate() {
        if c == '_' {
            if prev_underscore || (i == 0 && !prefixed) {
                return invalid();
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = if let Some(d) = crate::unicode::decimal_value(c) {
            d
        } else if c.is_ascii_alphabetic() {
            (c.to_ascii_lowercase() as u32) - ('a' as u32) + 10
        } else {
            return invalid();
        };
        if d >= base {
            return invalid();
        }
        digits.push(if d < 10 { b'0' + d as u8 } else { b'a' + (d - 10) as u8 });
    }
    if digits.is_empty() || prev_underscore {
        return invalid();
    }
    // Base 0 without a prefix: no leading zeros unless the value is zero.
    if let (true, false, Some(b'0')) = (base0, prefixed, digits.first()) {
        if digits.iter().any(|&d| d != b'0') {
            return invalid();
        }
    }
    let limit = crate::int::MAX_STR_DIGITS.get();
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ));
    }
    let Some(mag) = BigInt::parse_bytes(&digits, base) else { return invalid() };
    Ok(crate::int::from_bigint(if neg { -mag } else { mag }))
}

pub(crate) fn float_new(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("float", Arity::Expected, args, kwnames, 0, 1)?;
    let Some(&x) = pos.first() else { return Ok(crate::float::new_float(0.0)) };
    float_of(x)
}

/// `float(x)` for one argument.
pub fn float_of(x: Value) -> PyResult {
    if x.is_heap() && x.is(&FLOAT_TYPE) {
        return Ok(x.new_ref());
    }
    if crate::class::class_of(x).is_some() {
        // A class's own `__float__` (or `__index__`) comes before its builtin base's value.
        if let Some(f) = crate::float::float_dunder(x) {
            return Ok(crate::float::new_float(f?));
        }
    }
    if let Some(f) = crate::float::float_val(x) {
        return Ok(crate::float::new_float(f));
    }
    if crate::int::is_int(x) {
        return Ok(crate::float::new_float(crate::float::as_f64(x)?));
    }
    if let Some(s) = crate::str::as_str(x) {
        return match parse_float(s) {
            Some(f) => Ok(crate::float::new_float(f)),
            None => value_error(format!("could not convert string to float: {}", crate::str::repr_str(s, false))),
        };
    }
    if let Some(f) = crate::float::float_dunder(x) {
        return Ok(crate::float::new_float(f?));
    }
    type_error(format!("float() argument must be a string or a real number, not '{}'", x.ty().name))
}

/// Python's float syntax (with underscores between digits, any script's decimal
/// digits, surrounding whitespace, `inf`/`infinity`/`nan` in any case).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(crate::unicode::is_space);
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => ("-", &t[1..]),
        Some(b'+') => ("", &t[1..]),
        _ => ("", t),
    };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Some(if sign == "-" { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Some(f64::NAN);
    }
    // Normalize to ASCII, checking the grammar: digits [. digits] [e [sign] digits].
    let mut out = String::with_capacity(body.len() + 1);
    out.push_str(sign);
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    let digit_run = |i: &mut usize, out: &mut String| -> Option<usize> {
        let mut n = 0;
        while let Some(&c) = chars.get(*i) {
            if let Some(d) = crate::unicode::decimal_value(c) {
                out.push((b'0' + d as u8) as char);
                n += 1;
                *i += 1;
            } else if c == '_' {
                // Only between two digits.
                let next_is_digit = chars.get(*i + 1).and_then(|&c| crate::unicode::decimal_value(c)).is_some();
                if n == 0 || !next_is_digit {
                    return None;
                }
                *i += 1;
            } else {
                break;
            }
        }
        Some(n)
    };
    let int_digits = digit_run(&mut i, &mut out)?;
    let mut frac_digits = 0;
    if chars.get(i) == Some(&'.') {
        out.push('.');
        i += 1;
        frac_digits = digit_run(&mut i, &mut out)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(chars.get(i), Some('e' | 'E')) {
        out.push('e');
        i += 1;
        if let Some(&c @ ('+' | '-')) = chars.get(i) {
            out.push(c);
            i += 1;
        }
        if digit_run(&mut i, &mut out)? == 0 {
            return None;
        }
    }
    if i != chars.len() {
        return None;
    }
    out.parse::<f64>().ok()
}

// ---------------------------------------------------------------------------------------
// The builtin functions.

fn print(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    let [sep, end, file, flush] = kw.parse("print", ["sep", "end", "file", "flush"])?;
    let sep_or = |v: Option<Value>, what: &str, default: &'static str| -> PyResult<Option<&'static str>> {
        match v {
            None => Ok(Some(default)),
            Some(v) if v.is_none() => Ok(Some(default)),
            Some(v) => match crate::str::as_str(v) {
                Some(s) => Ok(Some(s)),
                None => type_error(format!("{what} must be None or a string, not {}", v.ty().name)),
            },
        }
    };
    let sep = sep_or(sep, "sep", " ")?.unwrap_or(" ");
    let end = sep_or(end, "end", "\n")?.unwrap_or("\n");
    let redirected = match file {
        Some(f) if !f.is_none() => Some(f.new_ref()),
        _ => crate::module::sys_attr("stdout").filter(|f| f.v() != crate::io::stdout_value() && !f.v().is_none()),
    };
    match redirected {
        None => {
            let mut out = String::new();
            for (i, a) in pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                match crate::str::as_str(*a) {
                    Some(s) => out.push_str(s),
                    None => out.push_str(text(&ops::str_of(*a)?)),
                }
            }
            out.push_str(end);
            crate::io::write_stdout(&out);
            if let Some(f) = flush {
                if ops::is_true(f)? {
                    crate::io::flush_stdout();
                }
            }
        }
        Some(f) => {
            for (i, a) in pos.iter().enumerate() {
                if i > 0 {
                    crate::io::write_to(f.v(), sep)?;
                }
                let s = ops::str_of(*a)?;
                crate::io::write_to(f.v(), text(&s))?;
            }
            crate::io::write_to(f.v(), end)?;
            if let Some(fl) = flush {
                if ops::is_true(fl)? {
                    crate::io::flush_file(f.v())?;
                }
            }
        }
    }
    Ok(none_obj())
}

/// `len(v)` as a machine integer.
pub fn len_of(v: Value) -> PyResult<i64> {
    if let Some(n) = crate::stdlib::enum_::class_len(v) {
        return Ok(n);
    }
    if crate::class::class_of(v).is_some() {
        if let Some(r) = crate::class::call_dunder(v, "__len__", &[], &[]) {
            let r = r?;
            return match r.v().as_small() {
                Some(i) if i >= 0 => Ok(i),
                Some(_) => value_error("__len__() should return >= 0"),
                None => type_error(format!("'{}' object cannot be interpreted as an integer", r.v().ty().name)),
            };
        }
    }
    Ok(match v.kind() {
        Kind::Str => v.downcast::<crate::str::StrObj>().map_or(0, |s| s.nchars) as i64,
        Kind::List => crate::list::list_items(v).len() as i64,
        Kind::Tuple => crate::tuple::items(v).len() as i64,
        Kind::Bytes | Kind::ByteArray => crate::bytes::len(v) as i64,
        Kind::Dict => crate::dict::len(v) as i64,
        Kind::Set | Kind::FrozenSet => crate::set::len(v) as i64,
        Kind::DictKeys | Kind::DictValues | Kind::DictItems => crate::dict::view_len(v) as i64,
        Kind::Range => match v.downcast::<crate::range::RangeObj>() {
            Some(r) => r.len_checked()?,
            None => 0,
        },
        Kind::Other if let Some(s) = crate::stdlib::seq(v) => (s.len)(v) as i64,
        _ => match ops::builtin_dunder_call(v, "__len__", &[]) {
            Some(r) => crate::int::index_of(r?.v(), "")?,
            None => return type_error(format!("object of type '{}' has no len()", v.ty().name)),
        },
    })
}

fn len(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("len", Arity::Takes, args, kwnames, 1, 1)?;
    Ok(crate::int::from_i64(len_of(pos[0])?))
}

fn min(args: &[Value], kwnames: &[Obj]) -> PyResult {
    min_max(args, kwnames, "min", CmpOp::Lt)
}

fn max(args: &[Value], kwnames: &[Obj]) -> PyResult {
    min_max(args, kwnames, "max", CmpOp::Gt)
}

fn min_max(args: &[Value], kwnames: &[Obj], name: &str, op: CmpOp) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    if pos.is_empty() {
        return type_error(format!("{name} expected at least 1 argument, got 0"));
    }
    let [key, default] = kw.parse(name, ["key", "default"])?;
    if pos.len() > 1 && default.is_some() {
        return type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"));
    }
    let key = key.filter(|k| !k.is_none());
    let items: Obj = if pos.len() == 1 {
        iter::get_iter(pos[0])?
    } else {
        crate::tuple::new_tuple(pos.iter().map(|v| v.new_ref()).collect())
    };
    let it = if pos.len() == 1 { items } else { iter::get_iter(items.v())? };
    let mut best: Option<(Obj, Obj)> = None;
    while let Some(x) = iter::next(it.v())? {
        let k = match key {
            Some(f) => crate::func::call(f, &[x.v()], &[])?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => ops::compare_bool(op, k.v(), bk.v())?,
        };
        if better {
            best = Some((x, k));
        }
    }
    match best {
        Some((x, _)) => Ok(x),
        None => match default {
            Some(d) => Ok(d.new_ref()),
            None => value_error(format!("{name}() arg is an empty sequence")),
        },
    }
}

fn sum(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    if pos.is_empty() {
        return type_error("sum() takes at least 1 positional argument (0 given)");
    }
    let [iterable, start] = bind("sum", args, kwnames, ["iterable", "start"], 1)?;
    let _ = kw;
    let Some(iterable) = iterable else {
        return type_error("sum() takes at least 1 positional argument (0 given)");
    };
    let mut acc = match start {
        Some(s) => {
            if s.kind() == Kind::Str {
                return type_error("sum() can't sum strings [use ''.join(seq) instead]");
            }
            s.new_ref()
        }
        None => Obj::small(0),
    };
    let it = iter::get_iter(iterable)?;
    while let Some(x) = iter::next(it.v())? {
        // `binop` has the small-int fast path.
        acc = ops::binop(BinOp::Add, acc.v(), x.v())?;
    }
    Ok(acc)
}

fn abs(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("abs", Arity::Takes, args, kwnames, 1, 1)?;
    let x = pos[0];
    if let Some(r) = crate::class::call_dunder(x, "__abs__", &[], &[]) {
        return r;
    }
    if let Some(i) = crate::int::int_ref(x) {
        return Ok(crate::int::abs(i));
    }
    // complex: `hypot` of the parts.
    if let Some(r) = crate::complex::abs(x) {
        return r;
    }
    match crate::float::float_val(x) {
        Some(f) => Ok(crate::float::new_float(f.abs())),
        None => type_error(format!("bad operand type for abs(): '{}'", x.ty().name)),
    }
}

fn round(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [number, ndigits] = bind("round", args, kwnames, ["number", "ndigits"], 1)?;
    let Some(x) = number else { return type_error("round() missing required argument 'number' (pos 1)") };
    let ndigits = ndigits.filter(|n| !n.is_none());
    if crate::int::is_int(x) {
        let Some(n) = ndigits else { return int_of(x) };
        if !crate::int::is_int(n) {
            return type_error(format!("'{}' object cannot be interpreted as an integer", n.ty().name));
        }
        let n = crate::range::index_clamped(n)?;
        return round_int(x, n);
    }
    if x.kind() == Kind::Float {
        let f = crate::float::as_f64(x)?;
        let Some(n) = ndigits else { return float_to_int(f.round_ties_even()) };
        if !crate::int::is_int(n) {
            return type_error(format!("'{}' object cannot be interpreted as an integer", n.ty().name));
        }
        let n = crate::range::index_clamped(n)?;
        return Ok(crate::float::new_float(round_float(f, n)?));
    }
    type_error(format!("type {} doesn't define __round__ method", x.ty().name))
}

/// `round(int, n)`: unchanged for n >= 0, otherwise half-even to a multiple of 10**-n.
pub(crate) fn round_int(x: Value, n: i64) -> PyResult {
    if n >= 0 {
        return int_of(x);
    }
    let v = crate::int::to_bigint(x).unwrap_or_default();
    let ndig = v.magnitude().to_string().len() as i64;
    if n < -ndig {
        return Ok(Obj::small(0));
    }
    let p = num_traits::pow(BigInt::from(10), (-n) as usize);
    let (q, r) = v.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let up = twice > p || (twice == p && q.is_odd());
    let q = if up { q + 1 } else { q };
    Ok(crate::int::from_bigint(q * p))
}

/// `round(float, n)`: correctly rounded, half-even on the exact binary value (CPython's
/// dtoa-based algorithm gives the same result).
pub fn round_float(x: f64, n: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if n > NDIGITS_MAX || x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if n < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let r = if n >= 0 {
        // Rust's fixed-precision formatting is exact and rounds half to even.
        format!("{:.*}", n as usize, x).parse::<f64>().unwrap_or(x)
    } else {
        let k = (-n) as usize;
        let (mant, exp) = decompose(x.abs());
        let mut num = BigInt::from(mant);
        let mut den = num_traits::pow(BigInt::from(10), k);
        if exp >= 0 {
            num <<= exp as usize;
        } else {
            den <<= (-exp) as usize;
        }
        let (q, r) = num.div_rem(&den);
        let twice: BigInt = &r * 2;
        let up = twice > den || (twice == den && q.is_odd());
        let q = if up { q + 1 } else { q };
        let sign = if x < 0.0 { "-" } else { "" };
        format!("{sign}{q}e{k}").parse::<f64>().unwrap_or(f64::INFINITY)
    };
    if r.is_infinite() {
        return overflow_error("rounded value too large to represent");
    }
    // Keep the sign of zero results (round(-0.4, 0) is -0.0).
    Ok(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}

/// `x` (finite, >= 0) as `mant * 2**exp`.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    let m = bits & ((1u64 << 52) - 1);
    if e == 0 {
        (m, -1074)
    } else {
        (m | (1u64 << 52), e - 1075)
    }
}

fn divmod(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("divmod", Arity::Expected, args, kwnames, 2, 2)?;
    ops::divmod(pos[0], pos[1])
}

fn pow(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [base, exp, m] = bind("pow", args, kwnames, ["base", "exp", "mod"], 2)?;
    let (Some(base), Some(exp)) = (base, exp) else {
        return type_error("pow() missing required argument 'base' (pos 1)");
    };
    match m.filter(|m| !m.is_none()) {
        None => ops::binop(BinOp::Pow, base, exp),
        Some(m) => ops::pow3(base, exp, m),
    }
}

fn repr(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("repr", Arity::Takes, args, kwnames, 1, 1)?;
    ops::repr_of(pos[0])
}

fn ascii(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("ascii", Arity::Takes, args, kwnames, 1, 1)?;
    ops::ascii_of(pos[0])
}

fn format(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("format", Arity::Expected, args, kwnames, 1, 2)?;
    let spec = match pos.get(1) {
        Some(s) => match crate::str::as_str(*s) {
            Some(t) => t,
            None => return type_error(format!("format() argument 2 must be str, not {}", s.ty().name)),
        },
        None => "",
    };
    crate::format::format_value(pos[0], spec)
}

/// `isinstance(v, classinfo)` for a type or a (nested) tuple of types.
pub fn is_instance(v: Value, classinfo: Value) -> PyResult<bool> {
    if let Some(t) = as_type(classinfo) {
        // IntEnum members are ints (their class derives from int in CPython).
        return Ok(v.ty().is_subtype(t) || crate::stdlib::enum_::is_instance(v, t));
    }
    if classinfo.kind() == Kind::Tuple {
        for c in crate::tuple::items(classinfo) {
            if is_instance(v, c.v())? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

/// Is `v` an instance of type `t` (`type.__instancecheck__`)?
pub fn is_instance_of_type(v: Value, t: &'static TypeObject) -> bool {
    v.ty().is_subtype(t) || crate::stdlib::enum_::is_instance(v, t)
}

/// The items of iterable `v`, sorted, as a list (`dir()`'s result).
pub fn sorted_list(v: Value) -> PyResult {
    let l = crate::list::new_list(iter::collect(v)?);
    crate::list::sort(l.v(), None, false)?;
    Ok(l)
}

fn isinstance(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("isinstance", Arity::Expected, args, kwnames, 2, 2)?;
    Ok(bool_obj(is_instance(pos[0], pos[1])?))
}

fn is_subclass(c: &TypeObject, classinfo: Value) -> PyResult<bool> {
    if let Some(t) = as_type(classinfo) {
        return Ok(c.is_subtype(t));
    }
    if classinfo.kind() == Kind::Tuple {
        for x in crate::tuple::items(classinfo) {
            if is_subclass(c, x.v())? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

fn issubclass(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("issubclass", Arity::Expected, args, kwnames, 2, 2)?;
    let Some(c) = as_type(pos[0]) else { return type_error("issubclass() arg 1 must be a class") };
    Ok(bool_obj(is_subclass(c, pos[1])?))
}

fn sorted(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    crate::func::check_arity("sorted", Arity::Expected, pos.len(), 1, 1)?;
    let [key, reverse] = kw.parse("sort", ["key", "reverse"])?;
    let reverse = match reverse {
        Some(r) => crate::int::index_of(r, "")? != 0,
        None => false,
    };
    let l = crate::list::new_list(iter::collect(pos[0])?);
    crate::list::sort(l.v(), key.filter(|k| !k.is_none()), reverse)?;
    Ok(l)
}

fn chr(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("chr", Arity::Takes, args, kwnames, 1, 1)?;
    let i = crate::int::index_of(pos[0], "")?;
    if !(0..0x110000).contains(&i) {
        return value_error("chr() arg not in range(0x110000)");
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(crate::str::char_str(c)),
        None => value_error("chr() of a surrogate code point is not supported"),
    }
}

fn ord(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("ord", Arity::Takes, args, kwnames, 1, 1)?;
    if let Some(b) = crate::bytes::buffer(pos[0]) {
        return match b {
            [c] => Ok(Obj::small(*c as i64)),
            _ => type_error(format!("ord() expected a character, but string of length {} found", b.len())),
        };
    }
    let Some(s) = pos[0].downcast::<crate::str::StrObj>() else {
        return type_error(format!("ord() expected string of length 1, but {} found", pos[0].ty().name));
    };
    let mut it = s.s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(Obj::small(c as i64)),
        _ => type_error(format!("ord() expected a character, but string of length {} found", s.nchars)),
    }
}

fn radix(args: &[Value], kwnames: &[Obj], name: &str, prefix: &str, base: u32) -> PyResult {
    let pos = positional(name, Arity::Takes, args, kwnames, 1, 1)?;
    let Some(b) = crate::int::to_bigint(pos[0]) else {
        return type_error(format!("'{}' object cannot be interpreted as an integer", pos[0].ty().name));
    };
    let sign = if b.sign() == Sign::Minus { "-" } else { "" };
    let digits = b.magnitude().to_str_radix(base);
    Ok(crate::str::new_string(format!("{sign}{prefix}{digits}")))
}

fn hex(args: &[Value], kwnames: &[Obj]) -> PyResult {
    radix(args, kwnames, "hex", "0x", 16)
}

fn oct(args: &[Value], kwnames: &[Obj]) -> PyResult {
    radix(args, kwnames, "oct", "0o", 8)
}

fn bin(args: &[Value], kwnames: &[Obj]) -> PyResult {
    radix(args, kwnames, "bin", "0b", 2)
}

fn any_all(args: &[Value], kwnames: &[Obj], name: &str, want: bool) -> PyResult {
    let pos = positional(name, Arity::Takes, args, kwnames, 1, 1)?;
    let it = iter::get_iter(pos[0])?;
    while let Some(x) = iter::next(it.v())? {
        if ops::is_true(x.v())? == want {
            return Ok(bool_obj(want));
        }
    }
    Ok(bool_obj(!want))
}

fn any(args: &[Value], kwnames: &[Obj]) -> PyResult {
    any_all(args, kwnames, "any", true)
}

fn all(args: &[Value], kwnames: &[Obj]) -> PyResult {
    any_all(args, kwnames, "all", false)
}

fn hash(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("hash", Arity::Takes, args, kwnames, 1, 1)?;
    Ok(crate::int::from_i64(ops::hash(pos[0])?))
}

fn id(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("id", Arity::Takes, args, kwnames, 1, 1)?;
    Ok(crate::int::from_bigint(BigInt::from(pos[0].0)))
}

fn callable(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("callable", Arity::Takes, args, kwnames, 1, 1)?;
    Ok(bool_obj(crate::func::is_callable(pos[0])))
}

fn attr_name(v: Value, what: &str) -> PyResult<&'static str> {
    match crate::str::as_str(v) {
        Some(s) => Ok(s),
        None => type_error(format!("{what}(): attribute name must be string")),
    }
}

fn getattr(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("getattr", Arity::Expected, args, kwnames, 2, 3)?;
    let name = attr_name(pos[1], "getattr")?;
    match ops::getattr(pos[0], name) {
        Err(e) if e.matches(&ATTRIBUTE_ERROR) && pos.len() == 3 => Ok(pos[2].new_ref()),
        r => r,
    }
}

fn hasattr(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("hasattr", Arity::Expected, args, kwnames, 2, 2)?;
    let name = attr_name(pos[1], "hasattr")?;
    match ops::getattr(pos[0], name) {
        Ok(_) => Ok(bool_obj(true)),
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Ok(bool_obj(false)),
        Err(e) => Err(e),
    }
}

fn setattr(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("setattr", Arity::Expected, args, kwnames, 3, 3)?;
    let name = attr_name(pos[1], "setattr")?;
    ops::setattr(pos[0], name, pos[2])?;
    Ok(none_obj())
}

fn delattr(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("delattr", Arity::Expected, args, kwnames, 2, 2)?;
    let name = attr_name(pos[1], "delattr")?;
    ops::delattr(pos[0], name)?;
    Ok(none_obj())
}

/// Does `v`'s type define the special method `name`? (Looked up on the type, as
/// CPython's `_PyObject_LookupSpecial`; native types answer through their method tables.)
fn has_special(v: Value, name: &str) -> bool {
    if crate::class::class_of(v).is_some() {
        return crate::class::lookup(v.ty(), name).is_some();
    }
    ops::getattr(v, name).is_ok()
}

/// The start of a `with` block (the frontend's lowering calls this hidden builtin):
/// checks the context manager protocol with CPython 3.11's messages, calls
/// `__enter__`, and returns the block's state `[bound __exit__, value]`.
fn with_enter(args: &[Value], _kwnames: &[Obj]) -> PyResult {
    let Some(&mgr) = args.first() else { return type_error("with: no context manager") };
    if !has_special(mgr, "__enter__") {
        return type_error(format!("'{}' object does not support the context manager protocol", mgr.ty().name));
    }
    if !has_special(mgr, "__exit__") {
        return type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            mgr.ty().name
        ));
    }
    let exit = ops::getattr(mgr, "__exit__")?;
    let value = ops::call_method(mgr, "__enter__", &[], &[])?;
    Ok(crate::list::new_list(vec![exit, value]))
}

/// The end of a `with` block: calls `__exit__` once (a second call does nothing) with
/// the exception that left the block, or None; returns whether to suppress it.
fn with_exit(args: &[Value], _kwnames: &[Obj]) -> PyResult {
    let (Some(&state), Some(&exc)) = (args.first(), args.get(1)) else { return type_error("with: bad state") };
    let Some(l) = state.downcast::<crate::list::ListObj>() else { return type_error("with: bad state") };
    let exit = match l.items().first_mut() {
        Some(slot) if !slot.v().is_none() => std::mem::replace(slot, none_obj()),
        _ => return Ok(bool_obj(false)),
    };
    if exc.is_none() {
        let n = none();
        crate::func::call(exit.v(), &[n, n, n], &[])?;
        return Ok(bool_obj(false));
    }
    let tb = ops::getattr(exc, "__traceback__")?;
    let r = crate::func::call(exit.v(), &[exc.ty().as_value(), exc, tb.v()], &[])?;
    Ok(bool_obj(ops::is_true(r.v())?))
}

fn vars(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("vars", Arity::Expected, args, kwnames, 1, 1)?;
    match ops::getattr(pos[0], "__dict__") {
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => type_error("vars() argument must have __dict__ attribute"),
        r => r,
    }
}

fn exit(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [code] = bind("exit", args, kwnames, ["code"], 0)?;
    Err(crate::module::system_exit(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_str(s: &str, base: u32) -> String {
        match parse_int(s, base) {
            Ok(o) => crate::int::to_bigint(o.v()).unwrap().to_string(),
            Err(e) => format!("{}", e.ty().name),
        }
    }

    #[test]
    fn int_parsing() {
        assert_eq!(int_str("  12  ", 10), "12");
        assert_eq!(int_str("0x_1f", 16), "31");
        assert_eq!(int_str("0x_1f", 0), "31");
        assert_eq!(int_str("_0x1f", 0), "ValueError");
        assert_eq!(int_str("0_0", 0), "0");
        assert_eq!(int_str("0_1", 0), "ValueError");
        assert_eq!(int_str("010", 0), "ValueError");
        assert_eq!(int_str("1_000", 10), "1000");
        assert_eq!(int_str("1__000", 10), "ValueError");
        assert_eq!(int_str("1_", 10), "ValueError");
        assert_eq!(int_str("+ 1", 10), "ValueError");
        assert_eq!(int_str("-0", 10), "0");
        assert_eq!(int_str("0b", 0), "ValueError");
        assert_eq!(int_str("0B11", 0), "3");
        assert_eq!(int_str("١_٢", 10), "12");
        assert_eq!(int_str("z", 36), "35");
        assert_eq!(int_str("z", 35), "ValueError");
        assert_eq!(int_str("0o17", 8), "15");
        assert_eq!(int_str("0o", 10), "ValueError");
        assert_eq!(int_str(&"9".repeat(4301), 10), "ValueError");
    }

    #[test]
    fn float_parsing() {
        assert_eq!(parse_float("1_0.5"), Some(10.5));
        assert_eq!(parse_float("١.٥"), Some(1.5));
        assert_eq!(parse_float("infinity "), Some(f64::INFINITY));
        assert!(parse_float(" -NaN").unwrap().is_nan());
        assert_eq!(parse_float("1e5_0"), Some(1e50));
        for bad in ["1__0", "_1", "1_", "1._5", "1_e5", "1e_5", ".", "e5", "+-1", "in f", "nan(1)", "0x1p3", "1e", ""] {
            assert_eq!(parse_float(bad), None, "{bad}");
        }
        assert_eq!(parse_float("1."), Some(1.0));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("\u{a0}1.5\u{2003}"), Some(1.5));
    }

    #[test]
    fn rounding() {
        assert_eq!(round_float(0.125, 2).unwrap(), 0.12);
        assert_eq!(round_float(0.375, 2).unwrap(), 0.38);
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_float(1234.5678, -2).unwrap(), 1200.0);
        assert_eq!(round_float(0.5, -1).unwrap(), 0.0);
        assert!(round_float(-1.5, -1).unwrap().is_sign_negative());
        assert_eq!(round_float(1e300, -300).unwrap(), 1e300);
        assert_eq!(round_float(1e308, -307).unwrap(), 1e308);
        assert!(round_float(1.7976931348623157e308, -308).is_err());
        assert_eq!(round_float(5e-324, 400).unwrap(), 5e-324);
        assert_eq!(round_float(1.23456, i64::MIN).unwrap(), 0.0);
        let r = |x: i64, n: i64| crate::int::to_i64(round_int(Obj::small(x).v(), n).unwrap().v()).unwrap();
        assert_eq!((r(5, -1), r(15, -1), r(25, -1), r(-25, -1), r(-5, -1)), (0, 20, 20, -20, 0));
        assert_eq!(r(12345, i64::MIN), 0);
    }
}
