//! `complex`: a pair of f64s, as CPython 3.11's `Objects/complexobject.c`.
//!
//! Everything the type does lives here, as plain functions the object model calls
//! (`ops`, `hash`, `builtins`, `format` each hold a one-line hook): the constructor and
//! its string syntax, arithmetic with ints, floats and complexes (CPython's `c_quot`,
//! `c_pow` with its small-integer-exponent path, and the `errno` checks that turn results
//! into ZeroDivisionError or OverflowError), exact equality with ints and floats, the
//! hash, `repr` and `format()`, and the attributes `real`, `imag` and `conjugate()`.
//!
//! The arithmetic reproduces the C code's order of operations, so results agree with
//! CPython's to the last bit (and NaNs appear exactly where CPython's do: `inf + 0j`
//! squared is `nan+nanj` there too).
use crate::err::*;
use crate::object::*;
use crate::ops::{BinOp, UnaryOp};
use crate::types::*;

/// The layout of a complex object.
#[repr(C)]
pub struct ComplexObj {
    pub hdr: Header,
    pub re: f64,
    pub im: f64,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for ComplexObj {
    fn type_object() -> &'static TypeObject {
        &COMPLEX_TYPE
    }
}

/// The type object of `complex`.
pub static COMPLEX_TYPE: TypeObject =
    TypeObject::builtin("complex", Kind::Complex, Some(&OBJECT_TYPE), dealloc_payload::<ComplexObj>, &SPEC);

/// A complex value (CPython's `Py_complex`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

/// What a C math function left in `errno`: nothing, EDOM or ERANGE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Errno {
    Ok,
    Dom,
    Range,
}

pub fn new_complex(re: f64, im: f64) -> Obj {
    alloc(ComplexObj { hdr: Header::new(&COMPLEX_TYPE), re, im })
}

fn new_c(c: Complex) -> Obj {
    new_complex(c.re, c.im)
}

/// The value of a complex object (None for anything else).
#[inline]
pub fn parts(v: Value) -> Option<Complex> {
    v.downcast::<ComplexObj>().map(|c| Complex::new(c.re, c.im))
}

// ---------------------------------------------------------------------------------------
// Elementary operations (`_Py_c_*`).

pub fn sum(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re + b.re, a.im + b.im)
}

pub fn diff(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re - b.re, a.im - b.im)
}

pub fn neg(a: Complex) -> Complex {
    Complex::new(-a.re, -a.im)
}

pub fn prod(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` by Smith's algorithm (divide through by the larger part of `b`); the flag is
/// set when `b` is zero (C's EDOM), and the result is then 0.
pub fn quot(a: Complex, b: Complex) -> (Complex, bool) {
    let abs_re = b.re.abs();
    let abs_im = b.im.abs();
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return (Complex::new(0.0, 0.0), true);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        (Complex::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom), false)
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        (Complex::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom), false)
    } else {
        // A part of `b` is a NaN.
        (Complex::new(f64::NAN, f64::NAN), false)
    }
}

/// `a ** b` by polar form. EDOM for zero to a negative or complex power, and where the
/// C library's `cos`/`sin` of an infinite phase would set it.
fn pow_general(a: Complex, b: Complex) -> (Complex, Errno) {
    if b.re == 0.0 && b.im == 0.0 {
        return (Complex::new(1.0, 0.0), Errno::Ok);
    }
    if a.re == 0.0 && a.im == 0.0 {
        let e = if b.im != 0.0 || b.re < 0.0 { Errno::Dom } else { Errno::Ok };
        return (Complex::new(0.0, 0.0), e);
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    // Range errors of the intermediate steps are decided by the result (see `pow`).
    let e = if phase.is_infinite() { Errno::Dom } else { Errno::Ok };
    (Complex::new(len * phase.cos(), len * phase.sin()), e)
}

/// `x ** n` for `n >= 0` by repeated squaring.
fn pow_unsigned(x: Complex, n: i64) -> Complex {
    let mut r = Complex::new(1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask = mask.wrapping_shl(1);
        p = prod(p, p);
    }
    r
}

fn pow_int(x: Complex, n: i64) -> (Complex, Errno) {
    if n > 0 {
        return (pow_unsigned(x, n), Errno::Ok);
    }
    let (r, zero) = quot(Complex::new(1.0, 0.0), pow_unsigned(x, n.saturating_neg()));
    (r, if zero { Errno::Dom } else { Errno::Ok })
}

/// `a ** b` as `complex_pow`: integral exponents up to 100 by multiplication, others by
/// polar form; an infinite part of the result is ERANGE (unless EDOM came first).
pub fn pow(a: Complex, b: Complex) -> (Complex, Errno) {
    let (p, e) = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        pow_int(a, b.re as i64)
    } else {
        pow_general(a, b)
    };
    let e = if p.re.is_infinite() || p.im.is_infinite() {
        if e == Errno::Ok {
            Errno::Range
        } else {
            e
        }
    } else if e == Errno::Range {
        Errno::Ok
    } else {
        e
    };
    (p, e)
}

/// `abs(z)`: C99's rules for infinities and NaNs, else `hypot` (ERANGE when it overflows).
pub fn abs_value(z: Complex) -> (f64, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return (z.re.abs(), Errno::Ok);
        }
        if z.im.is_infinite() {
            return (z.im.abs(), Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.re.hypot(z.im);
    (r, if r.is_finite() { Errno::Ok } else { Errno::Range })
}

// ---------------------------------------------------------------------------------------
// Conversions.

/// An operand of complex arithmetic (`to_complex`): a complex, int or float; None for
/// other types (NotImplemented). Ints too large for a float raise OverflowError.
fn operand(v: Value) -> Option<PyResult<Complex>> {
    if let Some(c) = parts(v) {
        return Some(Ok(c));
    }
    if let Some(x) = crate::float::float_val(v) {
        return Some(Ok(Complex::new(x, 0.0)));
    }
    let i = crate::int::int_ref(v)?;
    Some(crate::int::to_f64(i).map(|x| Complex::new(x, 0.0)))
}

/// `__complex__` of an instance of a class defined in Python (None: it has none). The
/// result must be a complex.
fn complex_dunder(v: Value) -> Option<PyResult<Complex>> {
    crate::class::class_of(v)?;
    crate::class::lookup(v.ty(), "__complex__")?;
    let r = crate::class::call_dunder(v, "__complex__", &[], &[])?;
    Some(r.and_then(|r| match parts(r.v()) {
        Some(c) => Ok(c),
        None => type_error(format!("__complex__ returned non-complex (type {})", r.v().ty().name)),
    }))
}

/// `PyComplex_AsCComplex`: a complex, the result of `__complex__`, or any real number
/// (TypeError "must be real number, not T" for the rest). The argument conversion of
/// `cmath`'s functions.
pub fn as_complex(v: Value) -> PyResult<Complex> {
    if let Some(c) = parts(v) {
        return Ok(c);
    }
    if let Some(c) = complex_dunder(v) {
        return c;
    }
    Ok(Complex::new(crate::float::as_f64(v)?, 0.0))
}

// ---------------------------------------------------------------------------------------
// Operators.

#[cold]
fn pow_error(e: Errno) -> PyErr {
    match e {
        Errno::Range => PyErr::new(&OVERFLOW_ERROR, "complex exponentiation"),
        _ => PyErr::new(&ZERO_DIVISION_ERROR, "0.0 to a negative or complex power"),
    }
}

fn pow_obj(a: Complex, b: Complex) -> PyResult {
    match pow(a, b) {
        (p, Errno::Ok) => Ok(new_c(p)),
        (_, e) => Err(pow_error(e)),
    }
}

/// `a op b` when an operand is a complex, and a negative float base to a fractional
/// power (whose result is complex: CPython's `float_pow` hands that case to
/// `complex_pow`). None when this does not apply: the caller goes on to the other types
/// and to its TypeError.
pub fn binop(op: BinOp, a: Value, b: Value) -> Option<PyResult> {
    if parts(a).is_none() && parts(b).is_none() {
        if op != BinOp::Pow || (crate::float::float_val(a).is_none() && crate::float::float_val(b).is_none()) {
            return None;
        }
        // Conversion errors (an int too large) are left to the float path, which raises them.
        let x = operand(a)?.ok()?;
        let y = operand(b)?.ok()?;
        if !crate::float::pow_is_complex(x.re, y.re) {
            return None;
        }
        return Some(pow_obj(x, y));
    }
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow) {
        return None;
    }
    let x = match operand(a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match operand(b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(match op {
        BinOp::Add => Ok(new_c(sum(x, y))),
        BinOp::Sub => Ok(new_c(diff(x, y))),
        BinOp::Mul => Ok(new_c(prod(x, y))),
        BinOp::TrueDiv => match quot(x, y) {
            (_, true) => zero_division("complex division by zero"),
            (q, false) => Ok(new_c(q)),
        },
        _ => pow_obj(x, y),
    })
}

/// The `nb_power` slot `pow(a, b, m)` reaches for each type, as CPython's `ternary_op`
/// tries them (the first operand's type, then the second's, then the modulus's).
#[derive(Clone, Copy)]
enum PowSlot {
    Int,
    Float,
    Complex,
    Other,
}

fn pow_slot(v: Value) -> PowSlot {
    if crate::int::is_int(v) {
        PowSlot::Int
    } else if crate::float::float_val(v).is_some() {
        PowSlot::Float
    } else if parts(v).is_some() {
        PowSlot::Complex
    } else {
        PowSlot::Other
    }
}

/// `pow(a, b, m)` with `m` not None, when a complex is among them: CPython tries each
/// type's power in turn; int's declines, float's refuses a modulus, complex's converts
/// `a` and `b` and then refuses it ("complex modulo"). None: no complex involved, or no
/// type accepted (the caller raises its TypeError).
pub fn pow3(a: Value, b: Value, m: Value) -> Option<PyResult> {
    if parts(a).is_none() && parts(b).is_none() && parts(m).is_none() {
        return None;
    }
    let mut tried: Vec<u8> = Vec::with_capacity(3);
    for v in [a, b, m] {
        let slot = pow_slot(v);
        let id = slot as u8;
        if tried.contains(&id) {
            continue;
        }
        tried.push(id);
        match slot {
            PowSlot::Float => {
                return Some(type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            PowSlot::Complex => match (operand(a), operand(b)) {
                (Some(Err(e)), _) | (Some(Ok(_)), Some(Err(e))) => return Some(Err(e)),
                (Some(Ok(_)), Some(Ok(_))) => return Some(value_error("complex modulo")),
                _ => {}
            },
            PowSlot::Int | PowSlot::Other => {}
        }
    }
    None
}

/// `-z` and `+z` (None for other operators and other values).
pub fn unary(op: UnaryOp, a: Value) -> Option<PyResult> {
    let z = parts(a)?;
    match op {
        UnaryOp::Neg => Some(Ok(new_c(neg(z)))),
        UnaryOp::Pos => Some(Ok(a.new_ref())),
        _ => None,
    }
}

/// `abs(z)` (None when `v` is not a complex).
pub fn abs(v: Value) -> Option<PyResult> {
    let z = parts(v)?;
    Some(match abs_value(z) {
        (r, Errno::Ok) => Ok(crate::float::new_float(r)),
        _ => overflow_error("absolute value too large"),
    })
}

/// Truth: a nonzero part.
pub fn is_true(v: Value) -> Option<bool> {
    parts(v).map(|z| z.re != 0.0 || z.im != 0.0)
}

/// `a == b` when either is a complex, as `complex_richcompare`: exact against ints (a
/// complex with a zero imaginary part compares its real part as a float does), floats and
/// complexes. None for other types (NotImplemented).
pub fn eq(a: Value, b: Value) -> Option<bool> {
    let (z, other) = match (parts(a), parts(b)) {
        (Some(z), _) => (z, b),
        (None, Some(z)) => (z, a),
        (None, None) => return None,
    };
    if let Some(w) = parts(other) {
        return Some(z.re == w.re && z.im == w.im);
    }
    if let Some(x) = crate::float::float_val(other) {
        return Some(z.re == x && z.im == 0.0);
    }
    let i = crate::int::int_ref(other)?;
    Some(z.im == 0.0 && crate::int::cmp_float(i, z.re) == Some(std::cmp::Ordering::Equal))
}

/// CPython's `complex_hash`: the real part's hash plus 1000003 times the imaginary
/// part's (wrapping), so that `hash(x + 0j) == hash(x)`; -1 becomes -2.
pub fn hash(v: Value) -> Option<i64> {
    let z = parts(v)?;
    let hr = crate::hash::hash_float(z.re, v) as u64;
    let hi = crate::hash::hash_float(z.im, v) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1_000_003)) as i64;
    Some(if h == -1 { -2 } else { h })
}

// ---------------------------------------------------------------------------------------
// What `complex` declares (see `typeobj.rs`).

fn value_of(z: Value) -> PyResult<Complex> {
    parts(z).map_or_else(
        || type_error(format!("descriptor requires a 'complex' object but received a '{}'", z.ty().name)),
        Ok,
    )
}

fn real_get(z: Value) -> PyResult {
    Ok(crate::float::new_float(value_of(z)?.re))
}

fn imag_get(z: Value) -> PyResult {
    Ok(crate::float::new_float(value_of(z)?.im))
}

fn conjugate(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let c = value_of(z)?;
    Ok(new_complex(c.re, -c.im))
}

/// `complex`'s `nb_*` slots: None (NotImplemented) unless both operands convert.
fn nb(op: BinOp, a: Value, b: Value) -> PyResult<Option<Obj>> {
    if operand(a).is_none() || operand(b).is_none() {
        return Ok(None);
    }
    binop(op, a, b).transpose()
}

fn pow3_slot(a: Value, b: Value, m: Value) -> PyResult {
    pow3(a, b, m).unwrap_or_else(|| value_error("complex modulo"))
}

crate::num_slots!(num, nb, pow3_slot);

fn accepts_number(v: Value) -> bool {
    operand(v).is_some()
}

fn compare(op: crate::ops::CmpOp, a: Value, b: Value) -> PyResult<bool> {
    use crate::ops::CmpOp;
    match op {
        CmpOp::Eq => Ok(eq(a, b).unwrap_or(false)),
        CmpOp::Ne => Ok(!eq(a, b).unwrap_or(false)),
        _ => type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.ty().name,
            b.ty().name
        )),
    }
}

fn cmp_slot(op: crate::ops::CmpOp, z: Value, args: &[Value]) -> PyResult {
    use crate::ops::CmpOp;
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !accepts_number(args[0]) {
        return Ok(crate::class::not_implemented().new_ref());
    }
    Ok(bool_obj(compare(op, z, args[0])?))
}
fn lt(z: Value, a: &[Value], _: &[Obj]) -> PyResult {
    cmp_slot(crate::ops::CmpOp::Lt, z, a)
}
fn le(z: Value, a: &[Value], _: &[Obj]) -> PyResult {
    cmp_slot(crate::ops::CmpOp::Le, z, a)
}
fn eq_slot(z: Value, a: &[Value], _: &[Obj]) -> PyResult {
    cmp_slot(crate::ops::CmpOp::Eq, z, a)
}
fn ne_slot(z: Value, a: &[Value], _: &[Obj]) -> PyResult {
    cmp_slot(crate::ops::CmpOp::Ne, z, a)
}
fn gt(z: Value, a: &[Value], _: &[Obj]) -> PyResult {
    cmp_slot(crate::ops::CmpOp::Gt, z, a)
}
fn ge(z: Value, a: &[Value], _: &[Obj]) -> PyResult {
    cmp_slot(crate::ops::CmpOp::Ge, z, a)
}

fn neg_slot(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(new_c(neg(value_of(z)?)))
}
fn pos_slot(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let c = value_of(z)?;
    Ok(new_complex(c.re, c.im))
}
fn abs_slot(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    match abs_value(value_of(z)?) {
        (r, Errno::Ok) => Ok(crate::float::new_float(r)),
        _ => overflow_error("absolute value too large"),
    }
}
fn bool_slot(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let c = value_of(z)?;
    Ok(bool_obj(c.re != 0.0 || c.im != 0.0))
}
fn complex_slot(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let c = value_of(z)?;
    Ok(new_complex(c.re, c.im))
}
fn hash_slot(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    value_of(z)?;
    Ok(crate::int::from_i64(hash(z).unwrap_or(0)))
}
fn repr_slot(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_string(repr_parts(value_of(z)?)))
}
fn format_slot(z: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let Some(spec) = crate::str::as_str(a[0]) else {
        return type_error(format!("format() argument must be str, not {}", a[0].ty().name));
    };
    Ok(crate::str::new_string(format_spec(value_of(z)?, spec)?))
}
fn getnewargs(z: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let c = value_of(z)?;
    Ok(crate::tuple::new_tuple(vec![crate::float::new_float(c.re), crate::float::new_float(c.im)]))
}
fn complex_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let z = construct(args, kwnames)?;
    if std::ptr::eq(cls, &COMPLEX_TYPE) {
        return Ok(z);
    }
    crate::class::new_builtin_subclass_instance(cls, z.v())
}

use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, BASETYPE, EMPTY};

static SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", repr_slot, Params::NoArgs),
        MethodDef::slot("__hash__", hash_slot, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", lt, Params::One),
        MethodDef::slot("__le__", le, Params::One),
        MethodDef::slot("__eq__", eq_slot, Params::One),
        MethodDef::slot("__ne__", ne_slot, Params::One),
        MethodDef::slot("__gt__", gt, Params::One),
        MethodDef::slot("__ge__", ge, Params::One),
        MethodDef::slot("__add__", num::add, Params::One),
        MethodDef::slot("__radd__", num::radd, Params::One),
        MethodDef::slot("__sub__", num::sub, Params::One),
        MethodDef::slot("__rsub__", num::rsub, Params::One),
        MethodDef::slot("__mul__", num::mul, Params::One),
        MethodDef::slot("__rmul__", num::rmul, Params::One),
        MethodDef::slot("__pow__", num::pow, Params::Pos(1, 2, crate::func::Arity::Expected)),
        MethodDef::slot("__rpow__", num::rpow, Params::Pos(1, 2, crate::func::Arity::Expected)),
        MethodDef::slot("__neg__", neg_slot, Params::NoArgs),
        MethodDef::slot("__pos__", pos_slot, Params::NoArgs),
        MethodDef::slot("__abs__", abs_slot, Params::NoArgs),
        MethodDef::slot("__bool__", bool_slot, Params::NoArgs),
        MethodDef::slot("__truediv__", num::truediv, Params::One),
        MethodDef::slot("__rtruediv__", num::rtruediv, Params::One),
        MethodDef::method("conjugate", conjugate, Params::NoArgs),
        MethodDef::method("__complex__", complex_slot, Params::NoArgs),
        MethodDef::method("__format__", format_slot, Params::One),
        MethodDef::method("__getnewargs__", getnewargs, Params::NoArgs),
    ],
    getsets: &[GetSetDef::member("real", real_get, None), GetSetDef::member("imag", imag_get, None)],
    new: Some(complex_new),
    flags: BASETYPE,
    ..EMPTY
};

// ---------------------------------------------------------------------------------------
// repr() and format().

/// A float as `PyOS_double_to_string(x, 'r', 0, 0)`: shortest round-trip digits, no
/// ".0" added. Returns the sign (none for NaN) and the text.
fn short(x: f64) -> (bool, String) {
    // The 'r' presentation allocates a few dozen bytes at most: it cannot fail.
    crate::numfmt::format_float(x, b'r', 0, false, false).unwrap_or_default()
}

/// `repr(z)`: `2j` when the real part is +0, else `(re±imj)`.
pub fn repr_parts(z: Complex) -> String {
    let (ineg, im) = short(z.im);
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}{im}j", if ineg { "-" } else { "" });
    }
    let (rneg, re) = short(z.re);
    format!("({}{re}{}{im}j)", if rneg { "-" } else { "" }, if ineg { "-" } else { "+" })
}

/// `repr(v)` for a complex `v` (None for other values).
pub fn repr(v: Value) -> Option<String> {
    parts(v).map(repr_parts)
}

/// `format(v, spec)` for a complex `v` (None for other values), as CPython's
/// `format_complex_internal`: each part formatted as a float (the imaginary one always
/// signed unless the real part is left out), then the whole padded. With no
/// presentation type it is `str()`'s layout, with parentheses.
pub fn format(v: Value, spec: &str) -> Option<PyResult<String>> {
    let z = parts(v)?;
    if spec.is_empty() {
        return Some(Ok(repr_parts(z)));
    }
    Some(format_spec(z, spec))
}

fn format_spec(z: Complex, spec: &str) -> PyResult<String> {
    use crate::format::{layout_number, pad, parse_spec, sign_str, unknown_code, Spec};
    let sp = parse_spec(spec, '>', None, "complex")?;
    if let Some(t) = sp.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return unknown_code(t, "complex");
        }
    }
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_error("precision too big");
    }
    if sp.fill == '0' {
        return value_error("Zero padding is not allowed in complex format specifier");
    }
    if sp.align == '=' {
        return value_error("'=' alignment flag is not allowed in complex format specifier");
    }
    let (mut code, default_prec, skip_re, parens) = match sp.ty {
        None => {
            let skip = z.re == 0.0 && z.re.is_sign_positive();
            (b'r', 0, skip, !skip)
        }
        Some('n') => (b'g', 6, false, false),
        Some(c) => (c as u8, 6, false, false),
    };
    let prec = match sp.precision {
        Some(p) => {
            if code == b'r' {
                code = b'g';
            }
            p
        }
        None => default_prec,
    };
    // Each part: sign, grouped digits and the rest, with no padding of its own.
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        let (mut neg, mut body) = crate::numfmt::format_float(x, code, prec, sp.alt, false)?;
        if code == b'r' && sp.alt && x.is_finite() && !body.contains('.') {
            // The alternate form always has a decimal point.
            let at = body.find('e').unwrap_or(body.len());
            body.insert(at, '.');
        }
        if sp.no_neg_0 && neg && crate::format::is_zero_text(&body) {
            neg = false;
        }
        let tmp = Spec { fill: ' ', align: '<', sign, width: 0, ..sp.clone() };
        let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
        let (digits, rest) = body.split_at(split);
        layout_number(sign_str(neg, &tmp), "", digits, rest, &tmp, tmp.grouping.map(|g| (g, 3)))
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        out.push_str(&part(z.re, sp.sign)?);
    }
    out.push_str(&part(z.im, if skip_re { sp.sign } else { Some('+') })?);
    out.push('j');
    if parens {
        out.push(')');
    }
    let n = out.chars().count();
    pad(&out, n, &sp)
}

// ---------------------------------------------------------------------------------------
// The constructor.

/// `complex(real=0, imag=0)` and `complex(string)`, as CPython 3.11's `complex_new`.
pub fn construct(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [r, i] = crate::func::bind("complex", args, kwnames, ["real", "imag"], 0)?;
    let zero = Obj::small(0);
    let r = r.unwrap_or(zero.v());
    if r.is(&COMPLEX_TYPE) && i.is_none() {
        return Ok(r.new_ref());
    }
    if let Some(s) = crate::str::as_str(r) {
        if i.is_some() {
            return type_error("complex() can't take second arg if first is a string");
        }
        return from_string(s).map(new_c);
    }
    if i.is_some_and(|i| crate::str::as_str(i).is_some()) {
        return type_error("complex() second arg can't be a string");
    }
    let cr_dunder = complex_dunder(r).transpose()?;
    if cr_dunder.is_none() && !is_number(r) {
        return type_error(format!("complex() first argument must be a string or a number, not '{}'", r.ty().name));
    }
    if let Some(i) = i {
        if !is_number(i) {
            return type_error(format!("complex() second argument must be a number, not '{}'", i.ty().name));
        }
    }
    let (mut cr, cr_is_complex) = match cr_dunder.or_else(|| parts(r)) {
        Some(c) => (c, true),
        None => (Complex::new(crate::float::as_f64(r)?, 0.0), false),
    };
    let mut ci = match i {
        None => Complex::new(cr.im, 0.0),
        Some(i) => match parts(i) {
            Some(c) => {
                cr.re -= c.im;
                c
            }
            None => Complex::new(crate::float::as_f64(i)?, 0.0),
        },
    };
    if cr_is_complex && i.is_some() {
        ci.re += cr.im;
    }
    Ok(new_complex(cr.re, ci.re))
}

/// Does `v` have `nb_float` or `nb_index`, or is it a complex (what `complex()` accepts
/// as a part)?
fn is_number(v: Value) -> bool {
    crate::int::is_int(v)
        || crate::float::float_val(v).is_some()
        || parts(v).is_some()
        || (crate::class::class_of(v).is_some()
            && (crate::class::lookup(v.ty(), "__float__").is_some()
                || crate::class::lookup(v.ty(), "__index__").is_some()))
}

/// `Py_ISSPACE`: ASCII whitespace only.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `complex(s)`: the text made ASCII as CPython does (whitespace to spaces, decimal
/// digits of any script to ASCII digits, anything else ends it with '?'), underscores
/// between digits removed, then parsed.
pub fn from_string(s: &str) -> PyResult<Complex> {
    let mut text: Vec<u8> = Vec::with_capacity(s.len());
    if s.is_ascii() {
        text.extend_from_slice(s.as_bytes());
    } else {
        for ch in s.chars() {
            if (ch as u32) < 127 {
                text.push(ch as u8);
            } else if crate::unicode::is_space(ch) {
                text.push(b' ');
            } else if let Some(d) = crate::unicode::decimal_value(ch) {
                text.push(b'0' + d as u8);
            } else {
                text.push(b'?');
                break;
            }
        }
    }
    if !text.contains(&b'_') {
        return parse_complex(&text);
    }
    let bad = || value_error(format!("could not convert string to complex: {}", crate::str::repr_str(s, false)));
    let mut out = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &c in &text {
        if c == 0 {
            // An embedded NUL ends the C string early.
            return bad();
        }
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return bad();
            }
        } else {
            out.push(c);
            if prev == b'_' && !c.is_ascii_digit() {
                return bad();
            }
        }
        prev = c;
    }
    if prev == b'_' {
        return bad();
    }
    parse_complex(&out)
}

/// The forms `<float>`, `<float>j`, `<float><signed float>j`, `<float><sign>j`,
/// `<sign>j` and `j`, with surrounding whitespace and optional parentheses
/// (`complex_from_string_inner`).
fn parse_complex(s: &[u8]) -> PyResult<Complex> {
    let malformed = || value_error("complex() arg is a malformed string");
    let at = |p: usize| s.get(p).copied().unwrap_or(0);
    let mut p = 0;
    while is_c_space(at(p)) {
        p += 1;
    }
    let bracket = at(p) == b'(';
    if bracket {
        p += 1;
        while is_c_space(at(p)) {
            p += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    let is_j = |b: u8| b == b'j' || b == b'J';
    let unit = |b: u8| if b == b'+' { 1.0 } else { -1.0 };
    if let Some((z, end)) = scan_float(s, p) {
        p = end;
        if matches!(at(p), b'+' | b'-') {
            x = z;
            match scan_float(s, p) {
                Some((w, end)) => {
                    y = w;
                    p = end;
                }
                None => {
                    y = unit(at(p));
                    p += 1;
                }
            }
            if !is_j(at(p)) {
                return malformed();
            }
            p += 1;
        } else if is_j(at(p)) {
            p += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if matches!(at(p), b'+' | b'-') {
            y = unit(at(p));
            p += 1;
        } else {
            y = 1.0;
        }
        if !is_j(at(p)) {
            return malformed();
        }
        p += 1;
    }
    while is_c_space(at(p)) {
        p += 1;
    }
    if bracket {
        if at(p) != b')' {
            return malformed();
        }
        p += 1;
        while is_c_space(at(p)) {
            p += 1;
        }
    }
    if p != s.len() {
        return malformed();
    }
    Ok(Complex::new(x, y))
}

/// The longest float at `s[i..]` as `PyOS_string_to_double` reads it (a sign, digits
/// with an optional point, an optional exponent; or `inf`, `infinity`, `nan` in any
/// case; no whitespace), with its end. Overflow gives an infinity.
fn scan_float(s: &[u8], i: usize) -> Option<(f64, usize)> {
    let at = |p: usize| s.get(p).copied().unwrap_or(0);
    let digits = |mut p: usize| {
        while at(p).is_ascii_digit() {
            p += 1;
        }
        p
    };
    let mut p = i;
    if matches!(at(p), b'+' | b'-') {
        p += 1;
    }
    let int_end = digits(p);
    let mut end = int_end;
    let mut any = int_end > p;
    if at(int_end) == b'.' {
        let frac_end = digits(int_end + 1);
        if any || frac_end > int_end + 1 {
            any = true;
            end = frac_end;
        }
    }
    if !any {
        return scan_inf_nan(s, i);
    }
    if matches!(at(end), b'e' | b'E') {
        let mut q = end + 1;
        if matches!(at(q), b'+' | b'-') {
            q += 1;
        }
        let exp_end = digits(q);
        if exp_end > q {
            end = exp_end;
        }
    }
    // ASCII by construction; Rust's parser is correctly rounded, as CPython's dtoa.
    let text = std::str::from_utf8(&s[i..end]).ok()?;
    text.parse::<f64>().ok().map(|x| (x, end))
}

/// `inf`, `infinity` or `nan` (any case, optionally signed) at `s[i..]`.
fn scan_inf_nan(s: &[u8], i: usize) -> Option<(f64, usize)> {
    let mut p = i;
    let negate = match s.get(p) {
        Some(b'-') => {
            p += 1;
            true
        }
        Some(b'+') => {
            p += 1;
            false
        }
        _ => false,
    };
    let rest = &s[p.min(s.len())..];
    let starts = |w: &str| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes());
    let (x, n) = if starts("infinity") {
        (f64::INFINITY, 8)
    } else if starts("inf") {
        (f64::INFINITY, 3)
    } else if starts("nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if negate { -x } else { x }, p + n))
}

#[cfg(test)]
mod tests {
    //! Expected values from CPython 3.11.
    use super::*;

    fn c(re: f64, im: f64) -> Complex {
        Complex::new(re, im)
    }

    #[test]
    fn reprs() {
        assert_eq!(repr_parts(c(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr_parts(c(0.0, 2.0)), "2j");
        assert_eq!(repr_parts(c(-0.0, -0.0)), "(-0-0j)");
        assert_eq!(repr_parts(c(0.0, -0.0)), "-0j");
        assert_eq!(repr_parts(c(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(repr_parts(c(1e16, 1e-20)), "(1e+16+1e-20j)");
        assert_eq!(repr_parts(c(1.0, -f64::NAN)), "(1+nanj)");
    }

    #[test]
    fn strings() {
        let ok = |s: &str| from_string(s).ok().map(|z| (z.re, z.im));
        assert_eq!(ok("1+2j"), Some((1.0, 2.0)));
        assert_eq!(ok(" ( 1-j ) "), Some((1.0, -1.0)));
        assert_eq!(ok("j"), Some((0.0, 1.0)));
        assert_eq!(ok("1_0j"), Some((0.0, 10.0)));
        assert_eq!(ok("1e500j"), Some((0.0, f64::INFINITY)));
        assert_eq!(ok("-InFiNiTy"), Some((f64::NEG_INFINITY, 0.0)));
        assert_eq!(ok("١+٢j"), Some((1.0, 2.0)));
        assert_eq!(ok(".5-.5J"), Some((0.5, -0.5)));
        for bad in ["", "1e", "1 +2j", "(1+2j", "1+2", "1+-2j", "\x1c1j", "1\x002j", "é", "."] {
            assert!(from_string(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn powers() {
        assert_eq!(pow(c(1.0, 1.0), c(100.0, 0.0)), (c(-1125899906842624.0, 0.0), Errno::Ok));
        assert_eq!(pow(c(0.0, 0.0), c(-1.0, 0.0)).1, Errno::Dom);
        assert_eq!(pow(c(1.0, 1.0), c(f64::INFINITY, 0.0)).1, Errno::Dom);
        assert_eq!(pow(c(1e200, 0.0), c(2.5, 0.0)).1, Errno::Range);
        let (z, e) = pow(c(f64::INFINITY, 0.0), c(2.0, 0.0));
        assert!(z.re.is_nan() && z.im.is_nan() && e == Errno::Ok);
        assert_eq!(pow(c(-8.0, 0.0), c(0.5, 0.0)).0, c(1.7319121124709868e-16, 2.8284271247461903));
    }

    #[test]
    fn division() {
        assert_eq!(quot(c(1.0, 0.0), c(0.0, 0.0)).1, true);
        assert_eq!(quot(c(1.0, 2.0), c(3.0, 4.0)).0, c(0.44, 0.08));
    }
}
