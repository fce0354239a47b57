//! `float`: a boxed f64. Generated code reads the value at [`FLOAT_VALUE_OFFSET`].
//!
//! Arithmetic follows CPython's `floatobject.c`: `//` and `%` take the sign of the
//! divisor, `**` applies C99's special cases, and only `**` reports overflow.
use crate::err::*;
use crate::object::*;
use crate::types::*;
use std::mem::offset_of;

#[repr(C)]
pub struct FloatObj {
    pub hdr: Header,
    pub v: f64,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for FloatObj {
    fn type_object() -> &'static TypeObject {
        &FLOAT_TYPE
    }
}
pub const FLOAT_VALUE_OFFSET: i32 = offset_of!(FloatObj, v) as i32;
const _: () = assert!(FLOAT_VALUE_OFFSET == 16);

thread_local! {
    /// Freed float objects kept for reuse (CPython keeps such a free list too): a list
    /// linked through their value fields, and its length.
    static FREE: std::cell::Cell<(*mut FloatObj, u32)> = const { std::cell::Cell::new((std::ptr::null_mut(), 0)) };
}

/// Floats kept on the free list at most.
const FREE_MAX: u32 = 1024;

pub fn new_float(x: f64) -> Obj {
    let p = FREE.with(|f| {
        let (head, n) = f.get();
        if !head.is_null() {
            // SAFETY: the list holds only freed FloatObj allocations (`dealloc_float`),
            // whose value fields hold the next one's address.
            let next = unsafe { (*head).v.to_bits() } as usize as *mut FloatObj;
            f.set((next, n - 1));
        }
        head
    });
    if p.is_null() {
        return alloc(FloatObj { hdr: Header::new(&FLOAT_TYPE), v: x });
    }
    // SAFETY: `p` is a FloatObj allocation nothing refers to any more (taken off the
    // free list above).
    unsafe { p.write(FloatObj { hdr: Header::new(&FLOAT_TYPE), v: x }) };
    live_add(1);
    Obj(Value(p as u64))
}

/// The `dealloc` of float: onto the free list, or back to the allocator when it is full.
///
/// # Safety
/// `h` is a FloatObj made by [`new_float`] with no references left.
pub unsafe fn dealloc_float(h: *mut Header) {
    let p = h as *mut FloatObj;
    let kept = FREE.with(|f| {
        let (head, n) = f.get();
        if n >= FREE_MAX {
            return false;
        }
        (*p).v = f64::from_bits(head as usize as u64);
        f.set((p, n + 1));
        true
    });
    if !kept {
        dealloc_payload::<FloatObj>(h);
    }
}

/// The value of a float object (None for other types).
#[inline]
pub fn float_val(v: Value) -> Option<f64> {
    v.downcast::<FloatObj>().map(|f| f.v)
}

/// The value of an object of type exactly `float` (not a subclass, whose operators a
/// class may override).
#[inline]
pub fn exact_float_val(v: Value) -> Option<f64> {
    if v.is_heap() && v.is(&FLOAT_TYPE) {
        // SAFETY: objects of type float are FloatObjs.
        Some(unsafe { (*(v.0 as *const FloatObj)).v })
    } else {
        None
    }
}

/// The value of a float, int or bool as f64 (TypeError otherwise, OverflowError for
/// ints too large for a float).
pub fn as_f64(v: Value) -> PyResult<f64> {
    if let Some(f) = float_val(v) {
        return Ok(f);
    }
    if let Some(i) = crate::int::int_ref(v) {
        return crate::int::to_f64(i);
    }
    if let Some(f) = float_dunder(v) {
        return f;
    }
    type_error(format!("must be real number, not {}", v.ty().name))
}

/// `PyFloat_AsDouble` for instances of classes defined in Python: their `__float__`
/// (which must return a float), else their `__index__`. None: neither is defined.
pub fn float_dunder(v: Value) -> Option<PyResult<f64>> {
    crate::class::class_of(v)?;
    if let Some(r) = crate::class::call_dunder(v, "__float__", &[], &[]) {
        return Some(r.and_then(|r| match float_val(r.v()) {
            Some(f) => Ok(f),
            None => type_error(format!("{}.__float__ returned non-float (type {})", v.ty().name, r.v().ty().name)),
        }));
    }
    let i = crate::int::index_dunder(v)?;
    Some(i.and_then(|i| as_f64(i.v())))
}

/// The OverflowError CPython raises when a float operation overflows (`errno` ERANGE).
#[cold]
pub fn range_error<T>() -> PyResult<T> {
    let args =
        crate::tuple::new_tuple(vec![crate::int::from_i64(34), crate::str::new_str("Numerical result out of range")]);
    Err(PyErr(new_exc(&OVERFLOW_ERROR, args)))
}

/// Is `x` an odd integer?
fn is_odd_integer(x: f64) -> bool {
    (x % 2.0).abs() == 1.0
}

pub fn truediv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return zero_division("float division by zero");
    }
    Ok(x / y)
}

/// `x % y` with the sign of `y`.
pub fn modulo(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return zero_division("float modulo");
    }
    Ok(mod_unchecked(x, y))
}

/// Python's `x % y` for floats, `y` nonzero: the result takes the sign of the divisor
/// (C's `fmod`, which Rust's `%` is, takes the dividend's).
pub(crate) fn mod_unchecked(x: f64, y: f64) -> f64 {
    let m = x % y; // C's fmod
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// `divmod(x, y)`, as CPython's `float_divmod` (`what` names the operation for errors).
fn divmod_impl(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return zero_division("float floor division by zero");
    }
    Ok(divmod_impl(x, y).0)
}

pub fn divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return zero_division("float divmod()");
    }
    Ok(divmod_impl(x, y))
}

/// Is `x ** y` a complex number? A finite negative base with a finite non-integral
/// exponent: CPython's `float_pow` hands that case to complex's power (see
/// `complex::binop`, which `ops::binop` asks first).
pub fn pow_is_complex(x: f64, y: f64) -> bool {
    x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor()
}

/// `x ** y` as CPython's `float_pow`, for results that are floats.
///
/// A negative base with a non-integral exponent gives a complex number ([`pow_is_complex`]);
/// `binop` declines that case and `ops::binop` computes it with `complex`. Called with it
/// directly, this raises ValueError("negative number cannot be raised to a fractional
/// power") — the message Python 2 used for the same case.
pub fn pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return zero_division("0.0 cannot be raised to a negative power");
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if base < 0.0 {
        if iw != iw.floor() {
            return value_error("negative number cannot be raised to a fractional power");
        }
        base = -base;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return range_error();
    }
    Ok(if negate { -r } else { r })
}

/// `x op y` for two floats (the int operand, if any, already converted); None when the
/// operator does not apply, or when the result is not a float (a complex power).
pub fn binop(op: crate::ops::BinOp, x: f64, y: f64) -> PyResult<Option<f64>> {
    use crate::ops::BinOp::*;
    Ok(Some(match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        TrueDiv => truediv(x, y)?,
        FloorDiv => floordiv(x, y)?,
        Mod => modulo(x, y)?,
        Pow if pow_is_complex(x, y) => return Ok(None),
        Pow => pow(x, y)?,
        _ => return Ok(None),
    }))
}

// ---------------------------------------------------------------------------------------
// Methods.

/// `x.as_integer_ratio()` as exact ints.
pub fn as_integer_ratio(x: f64) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt)> {
    use num_bigint::BigInt;
    if x.is_nan() {
        return value_error("cannot convert NaN to integer ratio");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert Infinity to integer ratio");
    }
    if x == 0.0 {
        return Ok((BigInt::from(0), BigInt::from(1)));
    }
    let (mant, exp) = decompose(x);
    // x = mant * 2**exp with mant odd.
    let m = BigInt::from(mant);
    if exp >= 0 {
        Ok((m << exp as u64, BigInt::from(1)))
    } else {
        Ok((m, BigInt::from(1) << (-exp) as u64))
    }
}

/// A finite non-zero `x` as `m * 2**e` with `m` an odd integer.
fn decompose(x: f64) -> (i64, i64) {
    let bits = x.to_bits();
    let sign = if bits >> 63 != 0 { -1 } else { 1 };
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = (bits & ((1 << 52) - 1)) as i64;
    let (mut m, mut e) = if e == 0 { (f, -1074) } else { (f | (1 << 52), e - 1075) };
    if m != 0 {
        let tz = m.trailing_zeros() as i64;
        m >>= tz;
        e += tz;
    }
    (sign * m, e)
}

/// `float.hex(x)`.
pub fn hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = bits & ((1 << 52) - 1);
    let (lead, exp) = if e == 0 { (0, -1022) } else { (1, e - 1023) };
    format!("{sign}0x{lead}.{f:013x}p{exp:+}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_div_and_mod() {
        assert_eq!(divmod(-7.5, 2.0).unwrap(), (-4.0, 0.5));
        assert_eq!(divmod(7.5, -2.0).unwrap(), (-4.0, -0.5));
        assert_eq!(modulo(-7.0, 2.5).unwrap(), 0.5);
        let z = modulo(0.0, -5.0).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        let z = floordiv(-0.0, 5.0).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        let z = floordiv(0.0, -5.0).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        assert!(modulo(5.0, -0.0).is_err());
    }

    #[test]
    fn powers() {
        assert_eq!(pow(2.0, 0.5).unwrap(), 1.4142135623730951);
        assert_eq!(pow(-2.0, 3.0).unwrap(), -8.0);
        assert_eq!(pow(f64::NAN, 0.0).unwrap(), 1.0);
        assert_eq!(pow(1.0, f64::NAN).unwrap(), 1.0);
        assert_eq!(pow(-1.0, f64::INFINITY).unwrap(), 1.0);
        assert_eq!(pow(f64::NEG_INFINITY, 3.0).unwrap(), f64::NEG_INFINITY);
        let z = pow(f64::NEG_INFINITY, -3.0).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        assert!(pow(-0.0, -1.0).is_err());
        assert!(pow(2.0, 1024.0).is_err());
        assert!(pow(-8.0, 0.5).is_err());
    }

    #[test]
    fn hex_and_ratio() {
        assert_eq!(hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(hex(-0.0), "-0x0.0p+0");
        assert_eq!(hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(hex(0.1), "0x1.999999999999ap-4");
        let (n, d) = as_integer_ratio(0.75).unwrap();
        assert_eq!((n.to_string(), d.to_string()), ("3".into(), "4".into()));
    }
}

/// `float.fromhex(s)`: CPython's `float_fromhex` — an optional sign, `0x`, hex digits
/// with an optional point, and a binary exponent `p±n`; or inf/nan. Correctly rounded
/// (half to even), subnormals included.
pub fn from_hex(s: &str) -> PyResult<f64> {
    use num_traits::ToPrimitive;
    let invalid = || PyErr::new(&VALUE_ERROR, "invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(if neg { -f64::NAN } else { f64::NAN });
    }
    let b = lower.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && b[1] == b'x' {
        i = 2;
    }
    let mut mant = num_bigint::BigUint::default();
    let mut ndigits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mant = (mant << 4u32) + d;
            ndigits += 1;
            if seen_point {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: any exponent this large over- or underflows anyway.
            exp = (exp.saturating_mul(10)).saturating_add((b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(invalid());
    }
    let sign = if neg { -1.0 } else { 1.0 };
    if mant.bits() == 0 {
        return Ok(sign * 0.0);
    }
    // value = mant * 2**e2
    let e2 = exp - 4 * frac_digits;
    let nbits = mant.bits() as i64;
    let top = nbits - 1 + e2;
    if top > 1023 {
        return overflow_error("hexadecimal value too large to represent as a float");
    }
    // Bits the result can hold: 53, fewer for subnormals.
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if prec <= 0 {
        // Below half the smallest subnormal (or exactly half: ties to even, i.e. zero),
        // unless it is above half.
        let half = top == -1075 && mant.count_ones() > 1;
        return Ok(sign * if half { 5e-324 } else { 0.0 });
    }
    let shift = nbits - prec;
    let (q, qexp) = if shift > 0 {
        let q: num_bigint::BigUint = &mant >> shift as u64;
        let rem = &mant - (&q << shift as u64);
        let half = num_bigint::BigUint::from(1u8) << (shift - 1) as u64;
        let q = if rem > half || (rem == half && q.bit(0)) { q + 1u8 } else { q };
        (q, e2 + shift)
    } else {
        (mant, e2)
    };
    let qf = q.to_u64().map_or(f64::INFINITY, |x| x as f64);
    let x = crate::int::ldexp(qf, qexp);
    if x.is_infinite() {
        return overflow_error("hexadecimal value too large to represent as a float");
    }
    Ok(sign * x)
}
