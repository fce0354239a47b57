//! `int`: small ints live in the tagged word; larger ones are `IntObj`s holding a BigInt.
//!
//! **Invariant** (see object.rs): a heap int never holds a value that fits a small int;
//! every constructor here goes through [`from_i64`], [`from_i128`] or [`from_bigint`].
//! Arithmetic never wraps: small-int fast paths use checked or 128-bit arithmetic and
//! promote to BigInt. `bool` is an int whose value is 0 or 1.
use crate::err::*;
use crate::object::*;
use crate::types::*;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;

#[repr(C)]
pub struct IntObj {
    pub hdr: Header,
    pub v: BigInt,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for IntObj {
    fn type_object() -> &'static TypeObject {
        &INT_TYPE
    }
}

/// An int object for `i` (small when it fits).
pub fn from_i64(i: i64) -> Obj {
    match Value::try_small(i) {
        Some(v) => Obj(v),
        None => alloc(IntObj { hdr: Header::new(&INT_TYPE), v: BigInt::from(i) }),
    }
}

/// An int object for `i` (small when it fits).
pub fn from_i128(i: i128) -> Obj {
    match i64::try_from(i) {
        Ok(i) => from_i64(i),
        Err(_) => alloc(IntObj { hdr: Header::new(&INT_TYPE), v: BigInt::from(i) }),
    }
}

/// An int object for `b`, normalized (small when it fits).
pub fn from_bigint(b: BigInt) -> Obj {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_small(i) {
            return Obj(v);
        }
    }
    alloc(IntObj { hdr: Header::new(&INT_TYPE), v: b })
}

/// Parses decimal digits (an int literal from the compiler).
pub fn from_decimal(s: &str) -> Obj {
    match s.parse::<BigInt>() {
        Ok(b) => from_bigint(b),
        Err(_) => Obj::small(0),
    }
}

/// A borrowed view of the value of an int or bool.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    pub fn to_big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }
    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    /// The value as an i64, if it fits.
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

/// The value of an int or bool (None for other types).
#[inline]
pub fn int_ref(v: Value) -> Option<IntRef<'static>> {
    if let Some(i) = v.as_small() {
        return Some(IntRef::Small(i));
    }
    if v.is_null() {
        return None;
    }
    match v.kind() {
        Kind::Int if v.is(&INT_TYPE) => v.downcast::<IntObj>().map(|o| IntRef::Big(&o.v)),
        // An instance of a subclass of int may hold a small value: read it as one, as
        // exact ints in the small range always are.
        Kind::Int => {
            v.downcast::<IntObj>().map(|o| match o.v.to_i64().filter(|i| (SMALL_MIN..=SMALL_MAX).contains(i)) {
                Some(i) => IntRef::Small(i),
                None => IntRef::Big(&o.v),
            })
        }
        Kind::Bool => Some(IntRef::Small((v == py_true()) as i64)),
        _ => None,
    }
}

/// The value of an int or bool as a BigInt (None for other types).
pub fn to_bigint(v: Value) -> Option<BigInt> {
    int_ref(v).map(|r| r.to_big().into_owned())
}

/// The value of an int or bool if it fits an i64 (None for big ints and other types).
pub fn to_i64(v: Value) -> Option<i64> {
    int_ref(v).and_then(|r| r.to_i64())
}

/// Is `v` an int (including bool)?
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || (!v.is_null() && matches!(v.kind(), Kind::Int | Kind::Bool))
}

/// An int argument as an index (`__index__`): TypeError for other types, OverflowError
/// when too big for a machine word.
pub fn index_of(v: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = to_i64(v) {
        return Ok(i);
    }
    if is_int(v) {
        return overflow_error("Python int too large to convert to C ssize_t");
    }
    if let Some(i) = index_dunder(v) {
        return index_of(i?.v(), what);
    }
    type_error(format!("'{}' object cannot be interpreted as an integer{}", v.ty().name, what))
}

/// `operator.index(v)` for instances of classes defined in Python: their `__index__`,
/// which must return an int. None: not such an instance, or no `__index__`.
pub fn index_dunder(v: Value) -> Option<PyResult> {
    if is_int(v) {
        return None;
    }
    let r = crate::class::call_dunder(v, "__index__", &[], &[])?;
    Some(r.and_then(|r| {
        if is_int(r.v()) {
            Ok(r)
        } else {
            type_error(format!("__index__ returned non-int (type {})", r.v().ty().name))
        }
    }))
}

// ---------------------------------------------------------------------------------------
// Arithmetic. Each function takes the two operands' values and returns a normalized int.

/// Results past this many bits raise MemoryError instead of being attempted.
const MAX_RESULT_BITS: u64 = 1 << 34;

#[cold]
fn memory_error<T>() -> PyResult<T> {
    Err(PyErr::bare(&MEMORY_ERROR))
}

pub fn add(a: IntRef, b: IntRef) -> Obj {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i128(x as i128 + y as i128),
        _ => from_bigint(&*a.to_big() + &*b.to_big()),
    }
}

pub fn sub(a: IntRef, b: IntRef) -> Obj {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i128(x as i128 - y as i128),
        _ => from_bigint(&*a.to_big() - &*b.to_big()),
    }
}

pub fn mul(a: IntRef, b: IntRef) -> Obj {
    match (a, b) {
        // Small ints have 63 bits, so the product fits 126 bits.
        (IntRef::Small(x), IntRef::Small(y)) => from_i128(x as i128 * y as i128),
        _ => from_bigint(&*a.to_big() * &*b.to_big()),
    }
}

pub fn neg(a: IntRef) -> Obj {
    match a {
        IntRef::Small(x) => from_i128(-(x as i128)),
        IntRef::Big(b) => from_bigint(-b),
    }
}

pub fn abs(a: IntRef) -> Obj {
    match a {
        IntRef::Small(x) => from_i128((x as i128).abs()),
        IntRef::Big(b) => from_bigint(b.abs()),
    }
}

pub fn invert(a: IntRef) -> Obj {
    match a {
        IntRef::Small(x) => from_i128(-(x as i128) - 1),
        IntRef::Big(b) => from_bigint(-b - 1),
    }
}

/// Floor division and modulo with Python's signs (the remainder has the divisor's sign).
pub fn divmod(a: IntRef, b: IntRef) -> PyResult<(Obj, Obj)> {
    if b.is_zero() {
        return zero_division("integer division or modulo by zero");
    }
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => {
            let (x, y) = (x as i128, y as i128);
            // Truncating division, then moved toward negative infinity when the
            // remainder's sign differs from the divisor's.
            let (mut q, mut r) = (x / y, x % y);
            if r != 0 && (r < 0) != (y < 0) {
                q -= 1;
                r += y;
            }
            Ok((from_i128(q), from_i128(r)))
        }
        _ => {
            let (q, r) = a.to_big().div_mod_floor(&b.to_big());
            Ok((from_bigint(q), from_bigint(r)))
        }
    }
}

pub fn floordiv(a: IntRef, b: IntRef) -> PyResult {
    if b.is_zero() {
        return zero_division("integer division or modulo by zero");
    }
    Ok(divmod(a, b)?.0)
}

pub fn modulo(a: IntRef, b: IntRef) -> PyResult {
    if b.is_zero() {
        return zero_division("integer modulo by zero");
    }
    Ok(divmod(a, b)?.1)
}

/// `a / b`, correctly rounded as CPython's `long_true_divide`.
pub fn truediv(a: IntRef, b: IntRef) -> PyResult<f64> {
    if b.is_zero() {
        return zero_division("division by zero");
    }
    const EXACT: i64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if (-EXACT..=EXACT).contains(&x) && (-EXACT..=EXACT).contains(&y) {
            // Both are exact doubles, so IEEE division rounds the true quotient once.
            return Ok(x as f64 / y as f64);
        }
    }
    let (a, b) = (a.to_big(), b.to_big());
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    // The quotient lies in [2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return overflow_error("integer division result too large for a float");
    }
    if diff < -1080 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has at least 56 bits, then round it exactly.
    let s = 56 - diff;
    let (q, r) = if s >= 0 { (a << s as u64).div_rem(b) } else { a.div_rem(&(b << (-s) as u64)) };
    let sticky = !r.is_zero();
    // value = (q + frac) * 2**-s. Bits of q to drop: down to 53 significant bits, or to
    // the subnormal unit 2**-1074.
    let qbits = q.bits() as i64;
    let drop = (qbits - 53).max(s - 1074);
    let (m, dropped) = round_shift(q, drop, sticky);
    let exp = dropped - s;
    // m * 2**exp is now exactly representable, unless it overflows.
    if m.bits() as i64 + exp > 1024 {
        return overflow_error("integer division result too large for a float");
    }
    let x = ldexp(m.to_u64().unwrap_or(0) as f64, exp);
    Ok(if negative { -x } else { x })
}

/// Drops the low `drop` bits of `q` with round-half-even (`sticky`: bits below `q` were
/// non-zero). Returns the kept mantissa and the power of two it is scaled by.
fn round_shift(q: num_bigint::BigUint, drop: i64, sticky: bool) -> (num_bigint::BigUint, i64) {
    if drop <= 0 {
        return (q, 0);
    }
    let d = drop as u64;
    let kept = &q >> d;
    let low = &q - (&kept << d);
    let half = num_bigint::BigUint::one() << (d - 1);
    let up = match low.cmp(&half) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => sticky || kept.bit(0),
    };
    (if up { kept + 1u32 } else { kept }, drop)
}

/// `x * 2**e` for an exactly representable result (multiplies in steps that stay exact).
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// The int as a float, correctly rounded; OverflowError when out of range.
pub fn to_f64(a: IntRef) -> PyResult<f64> {
    match a {
        IntRef::Small(i) => Ok(i as f64),
        IntRef::Big(b) => {
            let neg = b.is_negative();
            let m = b.magnitude();
            let bits = m.bits() as i64;
            let (q, exp) = round_shift(m.clone(), bits - 53, false);
            if q.bits() as i64 + exp > 1024 {
                return overflow_error("int too large to convert to float");
            }
            let x = ldexp(q.to_u64().unwrap_or(0) as f64, exp);
            Ok(if neg { -x } else { x })
        }
    }
}

/// `a ** b` for ints: an int for b >= 0, a float otherwise (as CPython).
pub fn pow(a: IntRef, b: IntRef) -> PyResult {
    if b.is_negative() {
        let x = to_f64(a)?;
        let y = to_f64(b)?;
        return crate::float::pow(x, y).map(crate::float::new_float);
    }
    // Trivial bases first: they allow any exponent.
    if let Some(x) = a.to_i64() {
        match x {
            0 => return Ok(from_i64(if b.is_zero() { 1 } else { 0 })),
            1 => return Ok(from_i64(1)),
            -1 => {
                let odd = match b {
                    IntRef::Small(e) => e & 1 == 1,
                    IntRef::Big(e) => e.bit(0),
                };
                return Ok(from_i64(if odd { -1 } else { 1 }));
            }
            _ => {}
        }
    }
    let e = match b.to_i64() {
        Some(e) => e as u64,
        None => return memory_error(),
    };
    if let (IntRef::Small(x), true) = (a, e < 128) {
        if let Some(r) = (x as i128).checked_pow(e as u32) {
            return Ok(from_i128(r));
        }
    }
    let base = a.to_big();
    let bits = base.magnitude().bits().saturating_sub(1).max(1);
    if bits.saturating_mul(e) > MAX_RESULT_BITS {
        return memory_error();
    }
    Ok(from_bigint(num_traits::Pow::pow(&*base, e)))
}

/// Builtin `pow(a, b, m)` for ints (m != None).
pub fn pow_mod(a: IntRef, b: IntRef, m: IntRef) -> PyResult {
    if m.is_zero() {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let m = m.to_big();
    let mm = BigInt::from_biguint(Sign::Plus, m.magnitude().clone());
    let mut base = a.to_big().mod_floor(&mm);
    let mut e = b.to_big().into_owned();
    if e.is_negative() {
        base = match mod_inverse(&base, &mm) {
            Some(inv) => inv,
            None => return value_error("base is not invertible for the given modulus"),
        };
        e = -e;
    }
    let mut r = if mm.is_one() { BigInt::zero() } else { base.modpow(&e, &mm) };
    if m.is_negative() && !r.is_zero() {
        r -= &mm;
    }
    Ok(from_bigint(r))
}

/// The inverse of `a` modulo `m` (m > 0, 0 <= a < m), if gcd(a, m) == 1.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (m.clone(), a.clone());
    let (mut t0, mut t1) = (BigInt::zero(), BigInt::one());
    while !r1.is_zero() {
        let q = &r0 / &r1;
        let r2 = &r0 - &q * &r1;
        r0 = std::mem::replace(&mut r1, r2);
        let t2 = &t0 - &q * &t1;
        t0 = std::mem::replace(&mut t1, t2);
    }
    if r0.is_one() {
        Some(t0.mod_floor(m))
    } else {
        None
    }
}

/// The shift count of `<<` / `>>`: ValueError when negative; None when huge.
fn shift_count(b: IntRef) -> PyResult<Option<u64>> {
    if b.is_negative() {
        return value_error("negative shift count");
    }
    Ok(b.to_i64().map(|n| n as u64))
}

pub fn lshift(a: IntRef, b: IntRef) -> PyResult {
    let n = shift_count(b)?;
    if a.is_zero() {
        return Ok(from_i64(0));
    }
    let n = match n {
        Some(n) => n,
        None => {
            // CPython splits the count into 30-bit digits first; past a word it overflows.
            let words = &*b.to_big() / 30u32;
            return if words.to_i64().is_some() {
                memory_error()
            } else {
                overflow_error("too many digits in integer")
            };
        }
    };
    if let IntRef::Small(x) = a {
        if n < 64 {
            if let Some(r) = (x as i128).checked_mul(1i128 << n) {
                return Ok(from_i128(r));
            }
        }
    }
    let base = a.to_big();
    if base.magnitude().bits().saturating_add(n) > MAX_RESULT_BITS {
        return memory_error();
    }
    Ok(from_bigint(&*base << n))
}

pub fn rshift(a: IntRef, b: IntRef) -> PyResult {
    let n = shift_count(b)?;
    let neg = a.is_negative();
    let n = match n {
        Some(n) => n,
        None => return Ok(from_i64(if neg { -1 } else { 0 })),
    };
    match a {
        IntRef::Small(x) => Ok(from_i64(x >> n.min(63))),
        IntRef::Big(v) => {
            if n >= v.bits() {
                return Ok(from_i64(if neg { -1 } else { 0 }));
            }
            // BigInt's >> rounds toward negative infinity, as Python does.
            Ok(from_bigint(v >> n))
        }
    }
}

pub fn bitand(a: IntRef, b: IntRef) -> Obj {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i64(x & y),
        _ => from_bigint(&*a.to_big() & &*b.to_big()),
    }
}

pub fn bitor(a: IntRef, b: IntRef) -> Obj {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i64(x | y),
        _ => from_bigint(&*a.to_big() | &*b.to_big()),
    }
}

pub fn bitxor(a: IntRef, b: IntRef) -> Obj {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i64(x ^ y),
        _ => from_bigint(&*a.to_big() ^ &*b.to_big()),
    }
}

pub fn cmp(a: IntRef, b: IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub fn cmp_float(a: IntRef, x: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Less } else { Greater });
    }
    if let IntRef::Small(i) = a {
        if i.unsigned_abs() <= 1 << 53 {
            return (i as f64).partial_cmp(&x);
        }
    }
    let t = x.trunc();
    // `t` is an integral double, so the conversion is exact.
    let bt: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    match a.to_big().as_ref().cmp(&bt) {
        Equal => Some(if x > t {
            Less
        } else if x < t {
            Greater
        } else {
            Equal
        }),
        o => Some(o),
    }
}

// ---------------------------------------------------------------------------------------
// Text.

/// `sys.get_int_max_str_digits()`: the most decimal digits int/str conversions accept
/// (0: no limit). CPython's default is 4300; `sys.set_int_max_str_digits()` would set it.
pub static MAX_STR_DIGITS: GlobalCell<usize> = GlobalCell::new(4300);

#[cold]
fn str_digits_error<T>(limit: usize) -> PyResult<T> {
    value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Decimal text of an int, with CPython's limit on the number of digits.
pub fn to_decimal(a: IntRef) -> PyResult<String> {
    match a {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => {
            let limit = MAX_STR_DIGITS.get();
            // A quick bound first (log10(2) < 0.30103) so huge values fail fast.
            let bits = b.bits();
            if limit > 0 && bits > 10 && (bits - 1) as f64 * std::f64::consts::LOG10_2 >= limit as f64 {
                return str_digits_error(limit);
            }
            let s = b.to_str_radix(10);
            let digits = s.len() - (b.is_negative() as usize);
            if limit > 0 && digits > limit {
                return str_digits_error(limit);
            }
            Ok(s)
        }
    }
}

/// Digits of |a| in a power-of-two radix (2, 8, 16), lowercase, no sign or prefix.
pub fn magnitude_radix(a: IntRef, radix: u32) -> String {
    match a {
        IntRef::Small(i) => {
            let m = i.unsigned_abs();
            match radix {
                2 => format!("{m:b}"),
                8 => format!("{m:o}"),
                _ => format!("{m:x}"),
            }
        }
        IntRef::Big(b) => b.magnitude().to_str_radix(radix),
    }
}

// ---------------------------------------------------------------------------------------
// Methods.

/// The same int value with type exactly `int` (bools become 0 / 1).
pub fn plain_int(v: Value) -> Obj {
    match int_ref(v) {
        Some(IntRef::Small(i)) => from_i64(i),
        _ => v.new_ref(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }
    fn val(o: &Obj) -> BigInt {
        to_bigint(o.v()).unwrap()
    }

    #[test]
    fn normalization() {
        let o = from_bigint(big("4611686018427387903"));
        assert!(o.v().is_small_int());
        let o = from_bigint(big("4611686018427387904"));
        assert!(!o.v().is_small_int());
        let s = sub(IntRef::Big(&big("4611686018427387904")), IntRef::Small(1));
        assert!(s.v().is_small_int());
        let m = mul(IntRef::Small(1 << 40), IntRef::Small(1 << 40));
        assert_eq!(val(&m), big("1208925819614629174706176"));
    }

    #[test]
    fn floor_div_mod_signs() {
        let cases = [(-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (7, 2, 3, 1), (0, -3, 0, 0)];
        for (a, b, q, r) in cases {
            let (qq, rr) = divmod(IntRef::Small(a), IntRef::Small(b)).unwrap();
            assert_eq!((qq.v().as_small(), rr.v().as_small()), (Some(q), Some(r)), "{a} {b}");
        }
        let a = big("-1180591620717411303424");
        let (q, r) = divmod(IntRef::Big(&a), IntRef::Small(3)).unwrap();
        assert_eq!(val(&q), big("-393530540239137101142"));
        assert_eq!(val(&r), big("2"));
        let a = big("1180591620717411303424");
        assert_eq!(val(&modulo(IntRef::Big(&a), IntRef::Small(-3)).unwrap()), big("-2"));
    }

    #[test]
    fn true_division() {
        let t = |a: &str, b: &str| {
            let (a, b) = (big(a), big(b));
            truediv(IntRef::Big(&a), IntRef::Big(&b))
        };
        assert_eq!(t("1180591620717411303425", "2").unwrap(), 5.902958103587057e+20);
        assert_eq!(t("9007199254740993", "1").unwrap(), 9007199254740992.0);
        assert_eq!(t("1000000000000000000000000000000", "7").unwrap(), 1.4285714285714285e+29);
        assert_eq!(t("-1000000000000000000000000000000", "7").unwrap(), -1.4285714285714285e+29);
        assert_eq!(t("123456789012345678901234567890", "98765").unwrap(), 1.2500054575238767e+24);
        let p1074 = BigInt::one() << 1074u32;
        let p1075 = BigInt::one() << 1075u32;
        assert_eq!(truediv(IntRef::Small(1), IntRef::Big(&p1074)).unwrap(), 5e-324);
        assert_eq!(truediv(IntRef::Small(3), IntRef::Big(&p1075)).unwrap(), 1e-323);
        assert_eq!(truediv(IntRef::Small(1), IntRef::Big(&p1075)).unwrap(), 0.0);
        let p1024 = BigInt::one() << 1024u32;
        assert_eq!(truediv(IntRef::Big(&p1024), IntRef::Small(2)).unwrap(), 8.98846567431158e+307);
        assert!(truediv(IntRef::Big(&p1024), IntRef::Small(1)).is_err());
    }

    #[test]
    fn float_conversion() {
        let f = |s: &str| to_f64(IntRef::Big(&big(s)));
        assert_eq!(f("9007199254740993").unwrap(), 9007199254740992.0);
        assert_eq!(f("18014398509481987").unwrap(), 1.8014398509481988e16);
        let max_ok = (BigInt::one() << 1024u32) - (BigInt::one() << 971u32);
        assert_eq!(to_f64(IntRef::Big(&max_ok)).unwrap(), f64::MAX);
        let too_big = (BigInt::one() << 1024u32) - (BigInt::one() << 970u32);
        assert!(to_f64(IntRef::Big(&too_big)).is_err());
    }

    #[test]
    fn bitwise_and_shifts() {
        let a = big("-1180591620717411303424");
        assert_eq!(val(&bitand(IntRef::Big(&a), IntRef::Small(0xff))), big("0"));
        let b = big("36893488147419103232");
        assert_eq!(val(&bitxor(IntRef::Big(&a), IntRef::Big(&b))), big("-1143698132569992200192"));
        assert_eq!(val(&invert(IntRef::Big(&big("1180591620717411303424")))), big("-1180591620717411303425"));
        assert_eq!(val(&rshift(IntRef::Small(-5), IntRef::Small(100)).unwrap()), big("-1"));
        assert_eq!(val(&rshift(IntRef::Big(&a), IntRef::Small(69)).unwrap()), big("-2"));
        assert_eq!(val(&lshift(IntRef::Small(3), IntRef::Small(70)).unwrap()), big("3541774862152233910272"));
        assert!(lshift(IntRef::Small(1), IntRef::Small(-1)).is_err());
    }

    #[test]
    fn powers() {
        assert_eq!(val(&pow(IntRef::Small(3), IntRef::Small(50)).unwrap()), big("717897987691852588770249"));
        assert_eq!(
            val(&pow(IntRef::Small(-1), IntRef::Big(&big("1267650600228229401496703205377"))).unwrap()),
            big("-1")
        );
        let r = |a, b, m| val(&pow_mod(IntRef::Small(a), IntRef::Small(b), IntRef::Small(m)).unwrap());
        assert_eq!(r(2, -1, 7), big("4"));
        assert_eq!(r(2, 3, -5), big("-2"));
        assert_eq!(r(-2, 3, 5), big("2"));
        assert_eq!(r(3, -2, -7), big("-3"));
        assert_eq!(r(2, 3, 1), big("0"));
        assert!(pow_mod(IntRef::Small(2), IntRef::Small(-1), IntRef::Small(4)).is_err());
    }

    #[test]
    fn float_comparison() {
        use std::cmp::Ordering::*;
        let p = big("9007199254740993");
        assert_eq!(cmp_float(IntRef::Big(&p), 9007199254740992.0), Some(Greater));
        assert_eq!(cmp_float(IntRef::Small(1), 1.0), Some(Equal));
        assert_eq!(cmp_float(IntRef::Big(&-big("1180591620717411303424")), -1.5), Some(Less));
        assert_eq!(cmp_float(IntRef::Small(1), f64::NAN), None);
    }
}
