//! Text formatting as CPython does it: `format()` and its spec mini-language for int,
//! bool, float and str (`Objects/stringlib/unicode_format.h`, `Python/formatter_unicode.c`),
//! `%`-formatting (`PyUnicode_Format`) and `str.format`.
//!
//! Error messages are CPython 3.11's, word for word. Widths and precisions count code
//! points. The digits of floats come from [`crate::numfmt`].
use crate::err::*;
use crate::int::IntRef;
use crate::object::*;

pub use crate::numfmt::float_repr;

// ---------------------------------------------------------------------------------------
// The format-spec mini-language.

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spec {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alt: bool,
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, or None when omitted.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// A run of decimal digits (any Unicode decimal digit, as CPython accepts) at `*pos`.
/// Returns the number of digits consumed and their value.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<(usize, usize)> {
    let mut n: usize = 0;
    let mut count = 0;
    while let Some(&c) = chars.get(*pos) {
        let Some(d) = crate::unicode::decimal_value(c) else { break };
        n = match n.checked_mul(10).and_then(|x| x.checked_add(d as usize)).filter(|x| *x <= isize::MAX as usize) {
            Some(x) => x,
            None => return value_error("Too many decimal digits in format string"),
        };
        *pos += 1;
        count += 1;
    }
    Ok((count, n))
}

/// The presentation type as CPython prints it in errors: the character, or `\x..`.
fn code_repr(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        c.to_string()
    } else {
        format!("\\x{u:x}")
    }
}

#[cold]
pub(crate) fn unknown_code<T>(c: char, tyname: &str) -> PyResult<T> {
    value_error(format!("Unknown format code '{}' for object of type '{tyname}'", code_repr(c)))
}

pub(crate) fn parse_spec(spec: &str, default_align: char, default_ty: Option<char>, tyname: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alt: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: default_ty,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = chars[1];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        s.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        s.alt = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    let (consumed, width) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        s.width = width;
    }
    if pos < end && chars[pos] == ',' {
        s.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if s.grouping.is_some() {
            return value_error("Cannot specify both ',' and '_'.");
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && s.grouping == Some('_') {
        return value_error("Cannot specify both ',' and '_'.");
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (consumed, p) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return value_error("Format specifier missing precision");
        }
        s.precision = Some(p);
    }
    if end - pos > 1 {
        return value_error(format!("Invalid format specifier '{spec}' for object of type '{tyname}'"));
    }
    if end - pos == 1 {
        s.ty = Some(chars[pos]);
    }
    if let Some(g) = s.grouping {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => return value_error(format!("Cannot specify '{g}' with '{}'.", code_repr(t))),
        }
    }
    Ok(s)
}

/// MemoryError, for results too large to allocate (as CPython reports them).
#[cold]
fn no_memory() -> PyErr {
    PyErr::bare(&MEMORY_ERROR)
}

/// An empty string with room for `bytes` (None: more than can be counted), or MemoryError.
fn string_with_room(bytes: Option<usize>) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes.ok_or_else(no_memory)?).map_err(|_| no_memory())?;
    Ok(s)
}

/// Appends `k` copies of `c` (a block at a time, for huge widths).
fn push_fill(out: &mut String, c: char, k: usize) {
    if k == 0 {
        return;
    }
    let n = k.min(1024);
    let block: String = std::iter::repeat_n(c, n).collect();
    let mut left = k;
    while left > 0 {
        let m = left.min(n);
        out.push_str(&block[..m * c.len_utf8()]);
        left -= m;
    }
}

/// Bytes of `k` fill characters `c` plus `more`, if that can be counted.
fn fill_bytes(c: char, k: usize, more: usize) -> Option<usize> {
    k.checked_mul(c.len_utf8())?.checked_add(more)
}

/// Pads `body` (of `n` code points) to the spec's width.
pub(crate) fn pad(body: &str, n: usize, spec: &Spec) -> PyResult<String> {
    let total = spec.width.saturating_sub(n);
    if total == 0 {
        return Ok(body.to_string());
    }
    let (left, right) = match spec.align {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    let mut out = string_with_room(fill_bytes(spec.fill, total, body.len()))?;
    push_fill(&mut out, spec.fill, left);
    out.push_str(body);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// Inserts the separator `sep` every `size` digits, and pads with zeros to `min_width`
/// (separators included), as CPython's `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &str, group: Option<(char, usize)>, min_width: usize) -> PyResult<String> {
    let Some((sep, size)) = group else {
        let zeros = min_width.saturating_sub(digits.chars().count());
        let mut out = string_with_room(zeros.checked_add(digits.len()))?;
        push_fill(&mut out, '0', zeros);
        out.push_str(digits);
        return Ok(out);
    };
    // Digits are ASCII, and so is the separator (',' or '_'). Groups are produced from
    // the right: build the text reversed.
    let d = digits.as_bytes();
    let size = size.max(1);
    let room = (d.len() + d.len() / size).max(min_width).checked_add(2).ok_or_else(no_memory)?;
    let mut rev: Vec<u8> = Vec::new();
    rev.try_reserve_exact(room).map_err(|_| no_memory())?;
    let mut remaining = d.len() as i64;
    let mut min_w = min_width as i64;
    let mut end = d.len();
    loop {
        let len = (size as i64).min(remaining.max(min_w).max(1));
        let n_zeros = (len - remaining).max(0) as usize;
        let n_chars = remaining.min(len).max(0) as usize;
        rev.extend(d[end - n_chars..end].iter().rev());
        rev.resize(rev.len() + n_zeros, b'0');
        end -= n_chars;
        remaining -= n_chars as i64;
        min_w -= len;
        if remaining <= 0 && min_w <= 0 {
            break;
        }
        min_w -= 1;
        rev.push(sep as u8);
    }
    rev.reverse();
    Ok(String::from_utf8(rev).unwrap_or_default())
}

/// Lays out a number: sign, prefix, (grouped, zero-padded) digits, then the rest
/// (fraction, exponent, `%`), padded to the width per the alignment.
pub(crate) fn layout_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    spec: &Spec,
    group: Option<(char, usize)>,
) -> PyResult<String> {
    let n_left = sign.chars().count() + prefix.chars().count();
    let n_rest = rest.chars().count();
    let min_width = if spec.fill == '0' && spec.align == '=' { spec.width.saturating_sub(n_left + n_rest) } else { 0 };
    let grouped = if digits.is_empty() { String::new() } else { group_digits(digits, group, min_width)? };
    let n = n_left + grouped.chars().count() + n_rest;
    let total = spec.width.saturating_sub(n);
    let (left, inner, right) = match spec.align {
        '<' => (0, 0, total),
        '^' => (total / 2, 0, total - total / 2),
        '=' => (0, total, 0),
        _ => (total, 0, 0),
    };
    let text_bytes = sign.len() + prefix.len() + grouped.len() + rest.len();
    let mut out = string_with_room(fill_bytes(spec.fill, total, text_bytes))?;
    push_fill(&mut out, spec.fill, left);
    out.push_str(sign);
    out.push_str(prefix);
    push_fill(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    out.push_str(rest);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

pub(crate) fn sign_str(negative: bool, spec: &Spec) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(v, spec)`.
pub fn format_value(v: Value, spec: &str) -> PyResult {
    if spec.is_empty() {
        return crate::ops::str_of(v);
    }
    Ok(crate::str::new_string(format_string(v, spec)?))
}

/// `format(v, spec)` as Rust text.
pub fn format_string(v: Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return crate::ops::str_string(v);
    }
    if let Some(i) = crate::int::int_ref(v) {
        return format_int(i, spec, v.ty().name);
    }
    if let Some(x) = crate::float::float_val(v) {
        return format_float(x, spec, "float");
    }
    if let Some(s) = crate::str::as_str(v) {
        return format_str(s, spec);
    }
    // complex: `format_complex_internal`.
    if let Some(r) = crate::complex::format(v, spec) {
        return r;
    }
    if let Some(r) = crate::class::call_dunder(v, "__format__", &[crate::str::new_str(spec).v()], &[]) {
        let r = r?;
        return match crate::str::as_str(r.v()) {
            Some(s) => Ok(s.to_string()),
            None => type_error(format!("__format__ must return a str, not {}", r.v().ty().name)),
        };
    }
    type_error(format!("unsupported format string passed to {}.__format__", v.ty().name))
}

fn format_str(s: &str, spec: &str) -> PyResult<String> {
    let sp = parse_spec(spec, '<', Some('s'), "str")?;
    if sp.ty != Some('s') {
        return unknown_code(sp.ty.unwrap_or('s'), "str");
    }
    match sp.sign {
        Some(' ') => return value_error("Space not allowed in string format specifier"),
        Some(_) => return value_error("Sign not allowed in string format specifier"),
        None => {}
    }
    if sp.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if sp.alt {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if sp.align == '=' {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    let mut n = s.chars().count();
    let body = match sp.precision {
        Some(p) if p < n => {
            n = p;
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            &s[..cut]
        }
        _ => s,
    };
    pad(body, n, &sp)
}

fn format_int(i: IntRef, spec: &str, tyname: &str) -> PyResult<String> {
    let sp = parse_spec(spec, '>', Some('d'), tyname)?;
    let ty = sp.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = crate::int::to_f64(i)?;
            return float_with_spec(x, &sp);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        _ => return unknown_code(ty, tyname),
    }
    if sp.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if sp.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if sp.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if sp.alt {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let Some(x) = i.to_i64() else { return overflow_error("Python int too large to convert to C long") };
        let c = Some(x).filter(|x| (0..=0x10ffff).contains(x)).and_then(|x| char::from_u32(x as u32));
        // Lone surrogates cannot live in Rust text; pyaot reports them as out of range.
        let Some(c) = c else { return overflow_error("%c arg not in range(0x110000)") };
        return layout_number("", "", &c.to_string(), "", &sp, None);
    }
    let (digits, prefix) = match ty {
        'b' => (crate::int::magnitude_radix(i, 2), "0b"),
        'o' => (crate::int::magnitude_radix(i, 8), "0o"),
        'x' => (crate::int::magnitude_radix(i, 16), "0x"),
        'X' => (crate::int::magnitude_radix(i, 16).to_ascii_uppercase(), "0X"),
        _ => {
            let s = crate::int::to_decimal(i)?;
            (s.trim_start_matches('-').to_string(), "")
        }
    };
    let prefix = if sp.alt { prefix } else { "" };
    let group = match (sp.grouping, ty) {
        (Some(','), _) => Some((',', 3)),
        (Some(_), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Some(_), _) => Some(('_', 3)),
        (None, _) => None,
    };
    layout_number(sign_str(i.is_negative(), &sp), prefix, &digits, "", &sp, group)
}

fn format_float(x: f64, spec: &str, tyname: &str) -> PyResult<String> {
    let sp = parse_spec(spec, '>', None, tyname)?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => float_with_spec(x, &sp),
        Some(t) => unknown_code(t, tyname),
    }
}

/// Formats a float for a parsed spec whose type is a float presentation (or none).
fn float_with_spec(x: f64, sp: &Spec) -> PyResult<String> {
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_error("precision too big");
    }
    let mut add_dot_0 = false;
    let mut percent = false;
    let mut x = x;
    let ty = match sp.ty {
        None => {
            add_dot_0 = true;
            if sp.precision.is_some() {
                b'g'
            } else {
                b'r'
            }
        }
        Some('n') => b'g',
        Some('%') => {
            percent = true;
            x *= 100.0;
            b'f'
        }
        Some(c) => c as u8,
    };
    let prec = sp.precision.unwrap_or(6);
    let (mut neg, body) = crate::numfmt::format_float(x, ty, prec, sp.alt, add_dot_0)?;
    if sp.no_neg_0 && neg && is_zero_text(&body) {
        neg = false;
    }
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    let mut rest = rest.to_string();
    if percent {
        rest.push('%');
    }
    let group = sp.grouping.map(|g| (g, 3));
    layout_number(sign_str(neg, sp), "", digits, &rest, sp, group)
}

/// Does formatted float text stand for zero (all mantissa digits zero)?
pub(crate) fn is_zero_text(body: &str) -> bool {
    let mant = body.split(['e', 'E']).next().unwrap_or("");
    mant.chars().any(|c| c.is_ascii_digit()) && mant.chars().all(|c| c == '0' || c == '.')
}

// ---------------------------------------------------------------------------------------
// `%`-formatting.

/// Where the arguments of a `%` format come from (CPython's `unicode_formatter_t`).
struct PercentArgs {
    /// The current argument source: the tuple, the single argument, or a dict value.
    args: Obj,
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
}

impl PercentArgs {
    fn next(&mut self) -> PyResult<Obj> {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(x) = crate::tuple::items(self.args.v()).get(idx as usize) {
                return Ok(x.clone());
            }
        }
        type_error("not enough arguments for format string")
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// The int argument of a `*` width (a C ssize_t).
fn star_arg(pa: &mut PercentArgs) -> PyResult<i64> {
    let v = pa.next()?;
    match crate::int::int_ref(v.v()) {
        Some(i) => match i.to_i64() {
            Some(n) => Ok(n),
            None => overflow_error("Python int too large to convert to C ssize_t"),
        },
        None => type_error("* wants int"),
    }
}

/// The int argument of a `*` precision (a C int).
fn star_prec(pa: &mut PercentArgs) -> PyResult<i32> {
    let v = pa.next()?;
    match crate::int::int_ref(v.v()) {
        Some(i) => match i.to_i64().and_then(|n| i32::try_from(n).ok()) {
            Some(n) => Ok(n),
            None => overflow_error("Python int too large to convert to C int"),
        },
        None => type_error("* wants int"),
    }
}

/// `fmt % args`.
pub fn percent_format(fmt: &str, args: Value) -> PyResult {
    Ok(crate::str::new_string(percent_format_string(fmt, args)?))
}

/// `fmt % args` as Rust text.
pub fn percent_format_string(fmt: &str, args: Value) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    percent_chars(&chars, args, false)
}

/// `fmt % args` for the bytes of a bytes or bytearray `fmt` (CPython's
/// `_PyBytes_FormatEx`): the bytes of the result.
pub fn percent_format_bytes(fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    // The bytes as the latin-1 characters they are; the result holds only such
    // characters (the format's, bytes-like arguments', and ASCII), so each is one byte.
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let text = percent_chars(&chars, args, true)?;
    Ok(text.chars().map(|c| c as u32 as u8).collect())
}

/// `%`-formatting of the characters `chars`, of a str or (`bytes`) of bytes.
fn percent_chars(chars: &[char], args: Value, bytes: bool) -> PyResult<String> {
    let is_tuple = args.is_heap() && args.kind() == Kind::Tuple;
    // Subscriptable arguments are mappings for `%(key)s`, except the format's own types
    // and tuples (then no argument goes unconverted).
    let is_mapping = args.is_heap()
        && (matches!(args.kind(), Kind::Dict | Kind::List | Kind::Range)
            || (!bytes && matches!(args.kind(), Kind::Bytes | Kind::ByteArray)));
    let mut pa = PercentArgs {
        args: args.new_ref(),
        arglen: if is_tuple { crate::tuple::items(args).len() as i64 } else { -1 },
        argidx: if is_tuple { 0 } else { -2 },
        dict: if is_mapping { Some(args) } else { None },
    };
    let mut out = String::with_capacity(chars.len() + 16);
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        percent_one(chars, &mut pos, &mut pa, &mut out, bytes)?;
    }
    if pa.argidx < pa.arglen && pa.dict.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return type_error(format!("not all arguments converted during {what} formatting"));
    }
    Ok(out)
}

/// One conversion, `pos` just past its `%`.
fn percent_one(chars: &[char], pos: &mut usize, pa: &mut PercentArgs, out: &mut String, bytes: bool) -> PyResult<()> {
    // Mapping key.
    if chars.get(*pos) == Some(&'(') {
        let Some(dict) = pa.dict else { return type_error("format requires a mapping") };
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while *pos < chars.len() {
            match chars[*pos] {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            *pos += 1;
        }
        if depth != 0 {
            return value_error("incomplete format key");
        }
        let key = &chars[start..*pos];
        *pos += 1;
        let k = if bytes {
            crate::bytes::new_bytes(key.iter().map(|&c| c as u32 as u8).collect())
        } else {
            crate::str::new_string(key.iter().collect())
        };
        pa.args = crate::ops::getitem(dict, k.v())?;
        pa.arglen = -1;
        pa.argidx = -2;
    }
    // Flags.
    let mut flags = 0u8;
    while let Some(&c) = chars.get(*pos) {
        flags |= match c {
            '-' => F_LJUST,
            '+' => F_SIGN,
            ' ' => F_BLANK,
            '#' => F_ALT,
            '0' => F_ZERO,
            _ => break,
        };
        *pos += 1;
    }
    // Width.
    let mut width: usize = 0;
    if chars.get(*pos) == Some(&'*') {
        *pos += 1;
        let w = star_arg(pa)?;
        if w < 0 {
            flags |= F_LJUST;
        }
        width = w.unsigned_abs() as usize;
    } else {
        while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
            width = match width
                .checked_mul(10)
                .and_then(|w| w.checked_add(d as usize))
                .filter(|w| *w <= isize::MAX as usize)
            {
                Some(w) => w,
                None => return value_error("width too big"),
            };
            *pos += 1;
        }
    }
    // Precision.
    let mut prec: Option<usize> = None;
    if chars.get(*pos) == Some(&'.') {
        *pos += 1;
        if chars.get(*pos) == Some(&'*') {
            *pos += 1;
            let p = star_prec(pa)?;
            prec = Some(p.max(0) as usize);
        } else {
            let mut p: usize = 0;
            while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
                p = match p.checked_mul(10).and_then(|x| x.checked_add(d as usize)).filter(|x| *x <= i32::MAX as usize)
                {
                    Some(x) => x,
                    None => return value_error("precision too big"),
                };
                *pos += 1;
            }
            prec = Some(p);
        }
    }
    // Length modifiers are accepted and ignored.
    while matches!(chars.get(*pos), Some('h' | 'l' | 'L')) {
        *pos += 1;
    }
    let Some(&conv) = chars.get(*pos) else { return value_error("incomplete format") };
    *pos += 1;
    let v = pa.next()?;
    let v = v.v();
    let (text, numeric) = match conv {
        's' | 'b' if bytes => (percent_bytes_text(v)?, false),
        'r' | 'a' if bytes => (crate::ops::escape_non_ascii(&crate::ops::repr_string(v)?), false),
        'c' if bytes => (percent_byte(v)?.to_string(), false),
        's' => (crate::ops::str_string(v)?, false),
        'r' => (crate::ops::repr_string(v)?, false),
        'a' => (crate::ops::escape_non_ascii(&crate::ops::repr_string(v)?), false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (percent_int(v, conv, flags, prec)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = crate::float::as_f64(v)?;
            let (neg, body) = crate::numfmt::format_float(x, conv as u8, prec.unwrap_or(6), flags & F_ALT != 0, false)?;
            (if neg { format!("-{body}") } else { body }, true)
        }
        'c' => (percent_char(v)?.to_string(), false),
        _ => {
            let shown = if (31..=126).contains(&(conv as u32)) { conv } else { '?' };
            return value_error(format!(
                "unsupported format character '{shown}' ({:#x}) at index {}",
                conv as u32,
                *pos - 1
            ));
        }
    };
    let conv = if conv == 'b' { 's' } else { conv };
    percent_output(out, &text, conv, numeric, flags, width, prec)
}

/// The bytes of a `%s`/`%b` argument of bytes formatting, as latin-1 characters: a
/// bytes-like object or what its `__bytes__` returns.
fn percent_bytes_text(v: Value) -> PyResult<String> {
    let latin1 = |b: &[u8]| b.iter().map(|&c| c as char).collect::<String>();
    if let Some(b) = crate::bytes::buffer(v) {
        return Ok(latin1(b));
    }
    if let Some(r) = crate::class::call_dunder(v, "__bytes__", &[], &[]) {
        let r = r?;
        return match crate::bytes::buffer(r.v()).filter(|_| r.v().kind() == Kind::Bytes) {
            Some(b) => Ok(latin1(b)),
            None => type_error(format!("__bytes__ returned non-bytes (type {})", r.v().ty().name)),
        };
    }
    if let Some(b) = crate::stdlib::array::raw_bytes(v) {
        return Ok(latin1(&b));
    }
    type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.ty().name
    ))
}

/// The byte of a `%c` argument of bytes formatting: an int in range(256) or a single byte.
fn percent_byte(v: Value) -> PyResult<char> {
    if let Some(b) = crate::bytes::buffer(v) {
        return match b {
            [c] => Ok(*c as char),
            _ => type_error("%c requires an integer in range(256) or a single byte"),
        };
    }
    match crate::int::index_of(v, "") {
        Ok(i) if (0..=255).contains(&i) => Ok(i as u8 as char),
        Ok(_) => overflow_error("%c arg not in range(256)"),
        Err(e) if e.matches(&OVERFLOW_ERROR) => overflow_error("%c arg not in range(256)"),
        Err(_) => type_error("%c requires an integer in range(256) or a single byte"),
    }
}

/// `%d`-style conversions: the digits with sign, `#` prefix and precision zeros.
fn percent_int(v: Value, conv: char, flags: u8, prec: Option<usize>) -> PyResult<String> {
    let owned;
    let i = match crate::int::int_ref(v) {
        Some(i) => i,
        None => {
            let x = match crate::float::float_val(v) {
                Some(x) if !matches!(conv, 'o' | 'x' | 'X') => x,
                _ => {
                    let what = if matches!(conv, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
                    return type_error(format!("%{conv} format: {what} is required, not {}", v.ty().name));
                }
            };
            if x.is_nan() {
                return value_error("cannot convert float NaN to integer");
            }
            if x.is_infinite() {
                return overflow_error("cannot convert float infinity to integer");
            }
            let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default();
            owned = b;
            IntRef::Big(&owned)
        }
    };
    // CPython's `_PyUnicode_FormatLong` keeps room for sign and prefix in a C int.
    if prec.is_some_and(|p| p > i32::MAX as usize - 3) {
        return overflow_error("precision too large");
    }
    let digits = match conv {
        'o' => crate::int::magnitude_radix(i, 8),
        'x' => crate::int::magnitude_radix(i, 16),
        'X' => crate::int::magnitude_radix(i, 16).to_ascii_uppercase(),
        _ => crate::int::to_decimal(i)?.trim_start_matches('-').to_string(),
    };
    let zeros = prec.map_or(0, |p| p.saturating_sub(digits.len()));
    let mut s = string_with_room((digits.len() + 3).checked_add(zeros))?;
    if i.is_negative() {
        s.push('-');
    }
    if flags & F_ALT != 0 {
        match conv {
            'o' => s.push_str("0o"),
            'x' => s.push_str("0x"),
            'X' => s.push_str("0X"),
            _ => {}
        }
    }
    push_fill(&mut s, '0', zeros);
    s.push_str(&digits);
    Ok(s)
}

fn percent_char(v: Value) -> PyResult<char> {
    if let Some(s) = crate::str::as_str(v) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => type_error("%c requires int or char"),
        };
    }
    match crate::int::int_ref(v) {
        Some(i) => match i.to_i64().filter(|x| (0..=0x10ffff).contains(x)) {
            // Lone surrogates cannot live in Rust text; pyaot reports them as out of range.
            Some(x) => char::from_u32(x as u32).map_or_else(|| overflow_error("%c arg not in range(0x110000)"), Ok),
            None => overflow_error("%c arg not in range(0x110000)"),
        },
        None => type_error("%c requires int or char"),
    }
}

/// Writes one converted argument with sign, prefix and padding (CPython's
/// `unicode_format_arg_output`).
fn percent_output(
    out: &mut String,
    text: &str,
    conv: char,
    numeric: bool,
    flags: u8,
    width: usize,
    prec: Option<usize>,
) -> PyResult<()> {
    let mut body = text;
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some((cut, _)) = prec.and_then(|p| body.char_indices().nth(p)) {
            body = &body[..cut];
        }
    }
    // Byte offset of what follows the sign; signs and prefixes are ASCII.
    let mut start = 0;
    let mut sign: Option<char> = None;
    if numeric {
        match body.as_bytes().first() {
            Some(&c) if c == b'-' || c == b'+' => {
                sign = Some(c as char);
                start = 1;
            }
            _ if flags & F_SIGN != 0 => sign = Some('+'),
            _ if flags & F_BLANK != 0 => sign = Some(' '),
            _ => {}
        }
    }
    let fill = if numeric && flags & F_ZERO != 0 { '0' } else { ' ' };
    let has_prefix = flags & F_ALT != 0 && matches!(conv, 'x' | 'X' | 'o');
    let prefix = if has_prefix { body.get(start..start + 2).unwrap_or("") } else { "" };
    let mut len = body[start..].chars().count();
    let mut width = width.max(len);
    out.try_reserve(width.saturating_sub(len).saturating_add(body.len()).saturating_add(1)).map_err(|_| no_memory())?;
    if sign.is_some() {
        if fill != ' ' {
            out.extend(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    if has_prefix {
        if fill != ' ' {
            out.push_str(prefix);
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && flags & F_LJUST == 0 {
        push_fill(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    let digits_from = if has_prefix { start + 2 } else { start };
    out.push_str(body.get(digits_from..).unwrap_or(""));
    if width > len {
        push_fill(out, ' ', width - len);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// `str.format`.

/// Automatic (`{}`) versus manual (`{0}`) field numbering; they do not mix.
#[derive(PartialEq)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct FormatArgs<'a> {
    pos: &'a [Value],
    kwnames: &'a [Obj],
    kwvals: &'a [Value],
    /// `format_map`'s mapping: names are looked up in it (`mapping[name]`), and the
    /// format string may have no positional fields.
    mapping: Option<Value>,
    state: AutoNumber,
    next: usize,
}

/// `fmt.format(*args, **kwargs)`: the last `kwnames.len()` of `args` are the keyword
/// arguments' values.
pub fn str_format(fmt: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let npos = args.len().saturating_sub(kwnames.len());
    let mut fa = FormatArgs {
        pos: &args[..npos],
        kwnames,
        kwvals: &args[npos..],
        mapping: None,
        state: AutoNumber::Init,
        next: 0,
    };
    let chars: Vec<char> = fmt.chars().collect();
    Ok(crate::str::new_string(build_string(&chars, &mut fa, 2)?))
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(fmt: &str, mapping: Value) -> PyResult {
    let mut fa =
        FormatArgs { pos: &[], kwnames: &[], kwvals: &[], mapping: Some(mapping), state: AutoNumber::Init, next: 0 };
    let chars: Vec<char> = fmt.chars().collect();
    Ok(crate::str::new_string(build_string(&chars, &mut fa, 2)?))
}

fn build_string(chars: &[char], fa: &mut FormatArgs, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return value_error("Max string recursion exceeded");
    }
    let mut out = String::with_capacity(chars.len());
    let mut pos = 0;
    let end = chars.len();
    while pos < end {
        let c = chars[pos];
        pos += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        let at_end = pos >= end;
        if c == '}' {
            if at_end || chars[pos] != '}' {
                return value_error("Single '}' encountered in format string");
            }
            pos += 1;
            out.push('}');
            continue;
        }
        if at_end {
            return value_error("Single '{' encountered in format string");
        }
        if chars[pos] == '{' {
            pos += 1;
            out.push('{');
            continue;
        }
        let field = parse_field(chars, &mut pos)?;
        render_field(&field, fa, depth, &mut out)?;
    }
    Ok(out)
}

/// The parts of one replacement field.
struct Field<'a> {
    name: &'a [char],
    conversion: Option<char>,
    spec: &'a [char],
}

/// Parses a replacement field, `pos` just past its `{`; leaves `pos` past its `}`.
fn parse_field<'a>(chars: &'a [char], pos: &mut usize) -> PyResult<Field<'a>> {
    let end = chars.len();
    // The field name: up to '}', ':' or '!', where brackets may hide any of them.
    let start = *pos;
    let mut stop = None;
    while *pos < end {
        let c = chars[*pos];
        *pos += 1;
        match c {
            '[' => {
                while *pos < end && chars[*pos] != ']' {
                    *pos += 1;
                }
                if *pos < end {
                    *pos += 1;
                }
            }
            '{' => return value_error("unexpected '{' in field name"),
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(mut stop) = stop else { return value_error("expected '}' before end of string") };
    let name = &chars[start..*pos - 1];
    let mut conversion = None;
    if stop == '!' {
        if *pos >= end {
            return value_error("end of string while looking for conversion specifier");
        }
        conversion = Some(chars[*pos]);
        *pos += 1;
        if *pos >= end {
            return value_error("unmatched '{' in format spec");
        }
        stop = chars[*pos];
        *pos += 1;
        if stop != ':' && stop != '}' {
            return value_error("expected ':' after conversion specifier");
        }
    }
    let mut spec: &[char] = &[];
    if stop == ':' {
        let spec_start = *pos;
        let mut count = 1;
        loop {
            if *pos >= end {
                return value_error("unmatched '{' in format spec");
            }
            let c = chars[*pos];
            *pos += 1;
            if c == '{' {
                count += 1;
            } else if c == '}' {
                count -= 1;
                if count == 0 {
                    break;
                }
            }
        }
        spec = &chars[spec_start..*pos - 1];
    }
    Ok(Field { name, conversion, spec })
}

/// Formats one replacement field into `out`.
fn render_field(field: &Field, fa: &mut FormatArgs, depth: i32, out: &mut String) -> PyResult<()> {
    let obj = field_object(field.name, fa)?;
    let obj = match field.conversion {
        None => obj,
        Some('r') => crate::ops::repr_of(obj.v())?,
        Some('s') => crate::ops::str_of(obj.v())?,
        Some('a') => crate::ops::ascii_of(obj.v())?,
        Some(c) => return value_error(format!("Unknown conversion specifier {}", code_repr(c))),
    };
    let spec_text: String =
        if field.spec.contains(&'{') { build_string(field.spec, fa, depth - 1)? } else { field.spec.iter().collect() };
    out.push_str(&format_string(obj.v(), &spec_text)?);
    Ok(())
}

/// A run of ASCII-or-Unicode decimal digits as an index (-1 when not all digits or empty).
fn field_integer(s: &[char]) -> PyResult<i64> {
    if s.is_empty() {
        return Ok(-1);
    }
    let mut n: i64 = 0;
    for &c in s {
        let Some(d) = crate::unicode::decimal_value(c) else { return Ok(-1) };
        n = match n.checked_mul(10).and_then(|x| x.checked_add(d as i64)) {
            Some(x) => x,
            None => return value_error("Too many decimal digits in format string"),
        };
    }
    Ok(n)
}

/// The object a field name designates: an argument, then `.attr` and `[key]` steps.
fn field_object(name: &[char], fa: &mut FormatArgs) -> PyResult<Obj> {
    let first_end = name.iter().position(|c| *c == '.' || *c == '[').unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = field_integer(first)?;
    let empty = first.is_empty();
    if empty || index != -1 {
        if fa.state == AutoNumber::Init {
            fa.state = if empty { AutoNumber::Auto } else { AutoNumber::Manual };
        }
        if fa.state == AutoNumber::Manual && empty {
            return value_error("cannot switch from manual field specification to automatic field numbering");
        }
        if fa.state == AutoNumber::Auto && !empty {
            return value_error("cannot switch from automatic field numbering to manual field specification");
        }
        if empty {
            index = fa.next as i64;
            fa.next += 1;
        }
    }
    let mut obj = if index == -1 {
        let key: String = first.iter().collect();
        if let Some(m) = fa.mapping {
            crate::ops::getitem(m, crate::str::new_string(key).v())?
        } else {
            let found = fa.kwnames.iter().position(|k| crate::str::as_str(k.v()) == Some(key.as_str()));
            match found.and_then(|i| fa.kwvals.get(i)) {
                Some(v) => v.new_ref(),
                None => return key_error(crate::str::new_string(key)),
            }
        }
    } else if fa.mapping.is_some() {
        return value_error("Format string contains positional fields");
    } else {
        match fa.pos.get(index as usize) {
            Some(v) => v.new_ref(),
            None => {
                return Err(PyErr::new(
                    &INDEX_ERROR,
                    format!("Replacement index {index} out of range for positional args tuple"),
                ))
            }
        }
    };
    let mut i = first_end;
    while i < name.len() {
        let c = name[i];
        i += 1;
        let start = i;
        match c {
            '.' => {
                while i < name.len() && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                let attr: String = name[start..i].iter().collect();
                if attr.is_empty() {
                    return value_error("Empty attribute in format string");
                }
                obj = crate::ops::getattr(obj.v(), &attr)?;
            }
            '[' => {
                while i < name.len() && name[i] != ']' {
                    i += 1;
                }
                if i >= name.len() {
                    return value_error("Missing ']' in format string");
                }
                let key = &name[start..i];
                i += 1;
                if key.is_empty() {
                    return value_error("Empty attribute in format string");
                }
                let k = match field_integer(key)? {
                    -1 => crate::str::new_string(key.iter().collect()),
                    n => crate::int::from_i64(n),
                };
                obj = crate::ops::getitem(obj.v(), k.v())?;
            }
            _ => return value_error("Only '.' or '[' may follow ']' in format field specifier"),
        }
    }
    Ok(obj)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod limits {
    //! Huge widths and precisions; expected results from CPython 3.11. Widths that
    //! cannot be allocated are past any address space (10**15 bytes), so that the tests
    //! do not depend on the machine's memory.
    use super::*;

    fn show(r: PyResult<String>) -> String {
        match r {
            Ok(s) if s.len() > 60 => format!("len {}", s.chars().count()),
            Ok(s) => s,
            Err(e) => format!("{}: {}", e.ty().name, crate::ops::str_string(e.0.v()).unwrap_or_default()),
        }
    }
    fn int(s: &str) -> Obj {
        crate::int::from_decimal(s)
    }
    fn fmt(v: Obj, spec: &str) -> String {
        show(format_string(v.v(), spec))
    }
    fn pct(f: &str, args: Vec<Obj>) -> String {
        let t = crate::tuple::new_tuple(args);
        show(percent_format_string(f, t.v()))
    }

    #[test]
    fn huge_widths_and_precisions() {
        let s = |x: &str| crate::str::new_str(x);
        let fl = crate::float::new_float;
        assert_eq!(fmt(int("1"), "1000000000000000"), "MemoryError: ");
        assert_eq!(fmt(s("x"), "1000000000000000"), "MemoryError: ");
        assert_eq!(fmt(int("1"), "01000000000000000"), "MemoryError: ");
        assert_eq!(fmt(fl(1.5), "01000000000000000"), "MemoryError: ");
        assert_eq!(fmt(fl(1.0), "1000000000000000"), "MemoryError: ");
        assert_eq!(fmt(s("a"), "9223372036854775807"), "MemoryError: ");
        assert_eq!(fmt(s("a"), "9223372036854775808"), "ValueError: Too many decimal digits in format string");
        assert_eq!(fmt(s("a"), ".1000000000000"), "a");
        assert_eq!(fmt(fl(1.0), ".1000000000000f"), "ValueError: precision too big");
        assert_eq!(fmt(fl(1.0), ".70000f"), "len 70002");
        assert_eq!(fmt(fl(1.5), ".2147483647e"), "2e+00");
        assert_eq!(fmt(fl(1.5), "#.2147483647e"), "2.e+00");
        assert_eq!(fmt(fl(2.5), ".2147483647E"), "2E+00");
        assert_eq!(fmt(fl(2.5), ".2147483647"), "2.5");
        assert_eq!(fmt(fl(2.5), ".2147483647n"), "2.5");
        assert_eq!(
            pct("%.*d", vec![int("1000000000000000"), int("1")]),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(
            pct("%.*d", vec![int("2147483648"), int("1")]),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(
            pct("%.*d", vec![int("-2147483649"), int("1")]),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(pct("%.*d", vec![int("-2147483648"), int("1")]), "1");
        assert_eq!(pct("%.*d", vec![int("2147483647"), int("1")]), "OverflowError: precision too large");
        assert_eq!(pct("%.2147483645d", vec![int("1")]), "OverflowError: precision too large");
        assert_eq!(pct("%.2147483647x", vec![int("1")]), "OverflowError: precision too large");
        assert_eq!(pct("%.2147483647d", vec![fl(1.5)]), "OverflowError: precision too large");
        assert_eq!(pct("%.2147483648d", vec![int("1")]), "ValueError: precision too big");
        assert_eq!(
            pct("%.*s", vec![int("1000000000000000"), s("ab")]),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(
            pct("%.*e", vec![int("1000000000000000"), fl(1.0)]),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(pct("%*d", vec![int("1000000000000000"), int("1")]), "MemoryError: ");
        assert_eq!(
            pct("%*d", vec![int("9223372036854775808"), int("1")]),
            "OverflowError: Python int too large to convert to C ssize_t"
        );
        assert_eq!(
            pct("%*.*d", vec![int("1000000000000000"), int("1000000000000000"), int("1")]),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(pct("%.*d", vec![fl(1.5), int("1")]), "TypeError: * wants int");
        assert_eq!(pct("%1000000000000000d", vec![int("1")]), "MemoryError: ");
        assert_eq!(pct("%01000000000000000d", vec![int("1")]), "MemoryError: ");
        assert_eq!(pct("%-1000000000000000s", vec![s("x")]), "MemoryError: ");
        assert_eq!(pct("%.2147483647e", vec![fl(1.5)]), "2e+00");
        assert_eq!(pct("%#.2147483647E", vec![fl(1.5)]), "2.E+00");
        assert_eq!(pct("%.2147483647g", vec![fl(1.0)]), "1");
        assert_eq!(pct("%.2147483647s", vec![s("ab")]), "ab");
        assert_eq!(pct("%.70000e", vec![fl(1.5)]), "len 70006");
    }

    #[test]
    fn padding_and_grouping() {
        let fl = crate::float::new_float;
        assert_eq!(fmt(int("1234567"), "020,"), "0,000,000,001,234,567");
        assert_eq!(fmt(int("-1234567"), "=+020_x"), "-0000_0000_0012_d687");
        assert_eq!(fmt(fl(1.5), "^+12,.3f"), "   +1.500   ");
        assert_eq!(fmt(crate::str::new_str("é"), "*^6"), "**é***");
        assert_eq!(fmt(int("233"), "05c"), "0000é");
        assert_eq!(pct("%-#8x|", vec![int("255")]), "0xff    |");
        assert_eq!(pct("%+08.3d", vec![int("-5")]), "-0000005");
        assert_eq!(pct("%#012o", vec![int("8")]), "0o0000000010");
        assert_eq!(pct("%-5.2s|", vec![crate::str::new_str("héllo")]), "hé   |");
        assert_eq!(pct("% 6d", vec![int("42")]), "    42");
    }
}
