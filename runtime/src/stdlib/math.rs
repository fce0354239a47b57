//! `math`, with CPython 3.11's results and errors: each function calls the C library
//! function CPython calls (so results agree to the last bit), and the checks of
//! `mathmodule.c` turn a NaN or infinite result into "math domain error" (ValueError) or
//! "math range error" (OverflowError).
use super::{int_arg, native, NativeTable};
use crate::err::*;
use crate::func::{bind, positional, positional_of, split_args, Arity};
use crate::object::*;
use crate::types::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

// The C library functions that Rust's std implements differently (or not at all).
extern "C" {
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn expm1(x: f64) -> f64;
    fn log1p(x: f64) -> f64;
    // Rust's compiler-builtins defines a `cbrt` of its own (correctly rounded) that the
    // linker prefers; glibc's other name for its cbrt reaches the one CPython calls.
    #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
    fn cbrt(x: f64) -> f64;
    fn exp2(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
}

fn domain<T>() -> PyResult<T> {
    value_error("math domain error")
}

fn range<T>() -> PyResult<T> {
    overflow_error("math range error")
}

/// `math_1` of mathmodule.c: a NaN out of a non-NaN is a domain error; an infinity out
/// of a finite value is a range error when the function can overflow, else a domain
/// error.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range() } else { domain() };
    }
    Ok(r)
}

fn real(v: Value) -> PyResult<f64> {
    crate::float::as_f64(v)
}

fn one_arg<'a>(name: &str, args: &'a [Value], kwnames: &'a [Obj]) -> PyResult<Value> {
    Ok(positional_of("math", name, Arity::Takes, args, kwnames, 1, 1)?[0])
}

fn float(x: f64) -> PyResult {
    Ok(crate::float::new_float(x))
}

macro_rules! math_1 {
    ($($fname:ident => $name:literal, $f:expr, $overflow:expr;)*) => {
        $(fn $fname(args: &[Value], kwnames: &[Obj]) -> PyResult {
            let x = real(one_arg($name, args, kwnames)?)?;
            #[allow(clippy::redundant_closure_call)]
            let r: f64 = ($f)(x);
            float(checked(x, r, $overflow)?)
        })*
    };
}

math_1! {
    m_sqrt => "sqrt", f64::sqrt, false;
    m_exp => "exp", f64::exp, true;
    m_exp2 => "exp2", |x| unsafe_libm(exp2, x), true;
    m_expm1 => "expm1", |x| unsafe_libm(expm1, x), true;
    m_sin => "sin", f64::sin, false;
    m_cos => "cos", f64::cos, false;
    m_tan => "tan", f64::tan, false;
    m_asin => "asin", f64::asin, false;
    m_acos => "acos", f64::acos, false;
    m_atan => "atan", f64::atan, false;
    m_sinh => "sinh", f64::sinh, true;
    m_cosh => "cosh", f64::cosh, true;
    m_tanh => "tanh", f64::tanh, false;
    m_asinh => "asinh", |x| unsafe_libm(asinh, x), false;
    m_acosh => "acosh", |x| unsafe_libm(acosh, x), false;
    m_atanh => "atanh", |x| unsafe_libm(atanh, x), false;
    m_log1p => "log1p", |x| unsafe_libm(log1p, x), false;
    m_fabs => "fabs", f64::abs, false;
    m_erf => "erf", |x| unsafe_libm(erf, x), false;
    m_erfc => "erfc", |x| unsafe_libm(erfc, x), false;
    m_cbrt => "cbrt", |x| unsafe_libm(cbrt, x), false;
}

fn unsafe_libm(f: unsafe extern "C" fn(f64) -> f64, x: f64) -> f64 {
    // SAFETY: pure C library functions of one double, defined for every input.
    unsafe { f(x) }
}

fn two_reals(name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult<(f64, f64)> {
    let pos = positional_of("math", name, Arity::Expected, args, kwnames, 2, 2)?;
    Ok((real(pos[0])?, real(pos[1])?))
}

fn m_atan2(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (y, x) = two_reals("atan2", args, kwnames)?;
    float(y.atan2(x))
}

fn m_copysign(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (x, y) = two_reals("copysign", args, kwnames)?;
    float(x.copysign(y))
}

fn m_fmod(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (x, y) = two_reals("fmod", args, kwnames)?;
    if y.is_infinite() && x.is_finite() {
        return float(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain();
    }
    float(r)
}

fn m_remainder(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (x, y) = two_reals("remainder", args, kwnames)?;
    // SAFETY: pure C library function.
    let r = unsafe { remainder(x, y) };
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain();
    }
    float(r)
}

fn m_nextafter(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (x, y) = two_reals("nextafter", args, kwnames)?;
    // SAFETY: pure C library function.
    float(unsafe { nextafter(x, y) })
}

fn m_pow(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (x, y) = two_reals("pow", args, kwnames)?;
    // The special cases of mathmodule.c's math_pow_impl (C99 Annex F).
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y % 2.0).abs() == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if (x.abs() - 1.0).abs() == 0.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 || y < 0.0 && x.abs() < 1.0 {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        if x == 0.0 && y < 0.0 {
            return domain();
        }
        let r = x.powf(y);
        if r.is_nan() {
            return domain();
        }
        if r.is_infinite() {
            return range();
        }
        r
    };
    float(r)
}

fn m_hypot(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    kw.none("hypot")?;
    let mut xs = Vec::with_capacity(pos.len());
    for v in pos {
        xs.push(real(*v)?.abs());
    }
    float(vector_norm(&mut xs))
}

/// `vector_norm` of CPython 3.11's mathmodule.c, step for step (so results agree to the
/// last bit): the absolute values are scaled by a power of two, squared exactly (a
/// Veltkamp split) and summed with compensation; the square root gets one correction.
fn vector_norm(vec: &mut [f64]) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let max = vec.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    if max.is_infinite() {
        return max;
    }
    if vec.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp(max).1;
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    // Adds x to csum, keeping the rounding error in frac.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    if max_e >= -1023 {
        let scale = crate::int::ldexp(1.0, -max_e);
        for &x in vec.iter() {
            let (hi, lo) = split(x * scale);
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let (hi, lo) = split(h);
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // ldexp(1.0, -max_e) would overflow: divide by max instead.
    for &x in vec.iter() {
        let x = x / max;
        add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn m_dist(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("math.dist", Arity::Expected, args, kwnames, 2, 2)?;
    let p = crate::iter::collect(pos[0])?;
    let q = crate::iter::collect(pos[1])?;
    if p.len() != q.len() {
        return value_error("both points must have the same number of dimensions");
    }
    let mut d = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        d.push((real(a.v())? - real(b.v())?).abs());
    }
    float(vector_norm(&mut d))
}

/// `math.log` of an int, as `loghelper` does it: through a float when the int converts
/// to one, else log(x * 2**e) = log(x) + log(2) * e with x from `_PyLong_Frexp`.
fn log_int(i: &BigInt, f: fn(f64) -> f64) -> PyResult<f64> {
    if !i.is_positive() {
        return domain();
    }
    match i.to_f64().filter(|x| x.is_finite()) {
        Some(x) => Ok(f(x)),
        None => {
            let (x, e) = long_frexp(i);
            Ok(f(x) + f(2.0) * e as f64)
        }
    }
}

/// `_PyLong_Frexp` of a positive int: x in [0.5, 1) and e with i ~= x * 2**e, x rounded
/// to nearest (ties to even) from the top bits of i.
fn long_frexp(i: &BigInt) -> (f64, i64) {
    let bits = i.bits();
    // Keep 55 bits (two more than a double's mantissa) and a sticky bit for the rest;
    // the conversion of that u64 to f64 then rounds as _PyLong_Frexp does.
    let shift = bits.saturating_sub(55);
    let top = (i >> shift).to_u64().unwrap_or(0);
    let sticky = (shift > 0 && i.trailing_zeros().is_some_and(|z| z < shift)) as u64;
    let m = (top | sticky) as f64;
    // m < 2**55 scaled back; a carry out of the top makes x = 1.0, which frexp renormalises.
    let x = m / 2f64.powi(bits.min(55) as i32);
    if x == 1.0 {
        (0.5, bits as i64 + 1)
    } else {
        (x, bits as i64)
    }
}

/// `loghelper` of mathmodule.c: ints of any size, then the float rules.
fn log_of(v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = crate::int::to_bigint(v).filter(|_| v.kind() != Kind::Float) {
        return log_int(&i, f);
    }
    let x = real(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return domain();
    }
    Ok(f(x))
}

fn m_log(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    kw.none("log")?;
    if !(1..=2).contains(&pos.len()) {
        return type_error("math.log requires 1 to 2 arguments");
    }
    let num = log_of(pos[0], f64::ln)?;
    if pos.len() == 1 {
        return float(num);
    }
    let den = log_of(pos[1], f64::ln)?;
    if den == 0.0 {
        return zero_division("float division by zero");
    }
    float(num / den)
}

fn m_log2(args: &[Value], kwnames: &[Obj]) -> PyResult {
    float(log_of(one_arg("log2", args, kwnames)?, f64::log2)?)
}

fn m_log10(args: &[Value], kwnames: &[Obj]) -> PyResult {
    float(log_of(one_arg("log10", args, kwnames)?, f64::log10)?)
}

/// floor/ceil/trunc: ints are returned as they are, floats rounded to an int.
fn rounded(name: &str, args: &[Value], kwnames: &[Obj], f: fn(f64) -> f64) -> PyResult {
    let v = one_arg(name, args, kwnames)?;
    if crate::int::is_int(v) {
        return Ok(crate::int::plain_int(v));
    }
    if v.kind() != Kind::Float {
        // A class's `__floor__`/`__ceil__`/`__trunc__` decides (its result as it is).
        if let Some(r) = crate::class::call_dunder(v, &format!("__{name}__"), &[], &[]) {
            return r;
        }
        if name == "trunc" {
            return type_error(format!("type {} doesn't define __trunc__ method", v.ty().name));
        }
    }
    crate::builtins::float_to_int(f(real(v)?))
}

fn m_floor(args: &[Value], kwnames: &[Obj]) -> PyResult {
    rounded("floor", args, kwnames, f64::floor)
}

fn m_ceil(args: &[Value], kwnames: &[Obj]) -> PyResult {
    rounded("ceil", args, kwnames, f64::ceil)
}

fn m_trunc(args: &[Value], kwnames: &[Obj]) -> PyResult {
    rounded("trunc", args, kwnames, f64::trunc)
}

fn m_modf(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let x = real(one_arg("modf", args, kwnames)?)?;
    // C's modf: the fractional part keeps the sign of x, also when it is zero.
    let (f, i) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { ((x - x.trunc()).copysign(x), x.trunc()) };
    Ok(crate::tuple::new_tuple(vec![crate::float::new_float(f), crate::float::new_float(i)]))
}

/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x for zeros, infinities and NaN).
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Normalise subnormals first, then read the exponent bits.
    let (y, bias) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = y.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp + bias)
}

fn m_frexp(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (m, e) = frexp(real(one_arg("frexp", args, kwnames)?)?);
    Ok(crate::tuple::new_tuple(vec![crate::float::new_float(m), crate::int::from_i64(e)]))
}

fn m_ldexp(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("math.ldexp", Arity::Expected, args, kwnames, 2, 2)?;
    let x = real(pos[0])?;
    if !crate::int::is_int(pos[1]) {
        return type_error("Expected an int as second argument to ldexp.");
    }
    let e = crate::int::to_i64(pos[1]).unwrap_or(if crate::int::to_bigint(pos[1]).is_some_and(|b| b.is_negative()) {
        i64::MIN
    } else {
        i64::MAX
    });
    if x == 0.0 || !x.is_finite() {
        return float(x);
    }
    // Past ±2200 every finite x under- or overflows: clamp, so the scaling loop is short.
    let r = crate::int::ldexp(x, e.clamp(-2200, 2200));
    if r.is_infinite() {
        return range();
    }
    float(r)
}

fn m_degrees(args: &[Value], kwnames: &[Obj]) -> PyResult {
    float(real(one_arg("degrees", args, kwnames)?)? * (180.0 / std::f64::consts::PI))
}

fn m_radians(args: &[Value], kwnames: &[Obj]) -> PyResult {
    float(real(one_arg("radians", args, kwnames)?)? * (std::f64::consts::PI / 180.0))
}

fn m_isnan(args: &[Value], kwnames: &[Obj]) -> PyResult {
    Ok(bool_obj(real(one_arg("isnan", args, kwnames)?)?.is_nan()))
}

fn m_isinf(args: &[Value], kwnames: &[Obj]) -> PyResult {
    Ok(bool_obj(real(one_arg("isinf", args, kwnames)?)?.is_infinite()))
}

fn m_isfinite(args: &[Value], kwnames: &[Obj]) -> PyResult {
    Ok(bool_obj(real(one_arg("isfinite", args, kwnames)?)?.is_finite()))
}

fn m_isclose(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let npos = args.len() - kwnames.len();
    if npos > 2 {
        return type_error(format!("isclose() takes exactly 2 positional arguments ({npos} given)"));
    }
    let [a, b, rel, abs] = bind("isclose", args, kwnames, ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let a = real(a.expect("required"))?;
    let b = real(b.expect("required"))?;
    let rel = rel.map(real).transpose()?.unwrap_or(1e-9);
    let abs = abs.map(real).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return value_error("tolerances must be non-negative");
    }
    if a == b {
        return Ok(bool_obj(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(bool_obj(false));
    }
    let diff = (b - a).abs();
    Ok(bool_obj(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn m_factorial(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let n = int_arg(one_arg("factorial", args, kwnames)?)?;
    if n.is_negative() {
        return value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_u64().filter(|n| *n <= 100_000) else {
        return overflow_error("factorial() argument should not exceed 100000");
    };
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(crate::int::from_bigint(acc))
}

fn m_gcd(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    kw.none("gcd")?;
    let mut g = BigInt::zero();
    for v in pos {
        g = g.gcd(&int_arg(*v)?);
    }
    Ok(crate::int::from_bigint(g))
}

fn m_lcm(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    kw.none("lcm")?;
    let mut l = BigInt::one();
    for v in pos {
        let x = int_arg(*v)?;
        l = if x.is_zero() || l.is_zero() { BigInt::zero() } else { l.lcm(&x) };
    }
    Ok(crate::int::from_bigint(l.abs()))
}

fn m_isqrt(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let n = int_arg(one_arg("isqrt", args, kwnames)?)?;
    if n.is_negative() {
        return value_error("isqrt() argument must be nonnegative");
    }
    Ok(crate::int::from_bigint(n.sqrt()))
}

fn comb_perm(name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let min = if name == "perm" { 1 } else { 2 };
    let pos = positional_of("math", name, Arity::Expected, args, kwnames, min, 2)?;
    let n = int_arg(pos[0])?;
    if pos.len() == 1 || (name == "perm" && pos[1].is_none()) {
        // perm(n) and perm(n, None) are n!.
        return m_factorial(&pos[..1], &[]);
    }
    let k = int_arg(pos[1])?;
    if n.is_negative() {
        return value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return value_error("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Obj::small(0));
    }
    let Some(k) = k.to_u64() else {
        return overflow_error(format!("k must not exceed {}", i64::MAX));
    };
    let k = if name == "comb" {
        let nk = &n - BigInt::from(k);
        if nk < BigInt::from(k) {
            nk.to_u64().unwrap_or(k)
        } else {
            k
        }
    } else {
        k
    };
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
        if name == "comb" {
            acc /= BigInt::from(i + 1);
        }
    }
    Ok(crate::int::from_bigint(acc))
}

fn m_comb(args: &[Value], kwnames: &[Obj]) -> PyResult {
    comb_perm("comb", args, kwnames)
}

fn m_perm(args: &[Value], kwnames: &[Obj]) -> PyResult {
    comb_perm("perm", args, kwnames)
}

fn m_prod(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    crate::func::check_arity("prod", Arity::Takes, pos.len(), 1, 1)?;
    let [start] = kw.parse("prod", ["start"])?;
    let mut acc = start.map_or(Obj::small(1), |s| s.new_ref());
    let it = crate::iter::get_iter(pos[0])?;
    while let Some(x) = crate::iter::next(it.v())? {
        acc = crate::ops::binop(crate::ops::BinOp::Mul, acc.v(), x.v())?;
    }
    Ok(acc)
}

/// `fsum`: Shewchuk's exact sum of partials, rounded once, as mathmodule.c does it.
fn m_fsum(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let it = crate::iter::get_iter(one_arg("fsum", args, kwnames)?)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(v) = crate::iter::next(it.v())? {
        let mut x = real(v.v())?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN input, or an intermediate overflow.
                if xsave.is_finite() {
                    return overflow_error("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return value_error("-inf + inf in fsum");
        }
        return float(special);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half even correctly across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    float(hi)
}

fn m_ulp(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let x = real(one_arg("ulp", args, kwnames)?)?.abs();
    if x.is_nan() || x.is_infinite() {
        return float(x);
    }
    // SAFETY: pure C library function.
    let next = unsafe { nextafter(x, f64::INFINITY) };
    if next.is_infinite() {
        // SAFETY: as above.
        let prev = unsafe { nextafter(x, 0.0) };
        return float(x - prev);
    }
    float(next - x)
}

static FUNCS: NativeTable<44> = [
    native("sqrt", m_sqrt),
    native("exp", m_exp),
    native("exp2", m_exp2),
    native("expm1", m_expm1),
    native("sin", m_sin),
    native("cos", m_cos),
    native("tan", m_tan),
    native("asin", m_asin),
    native("acos", m_acos),
    native("atan", m_atan),
    native("sinh", m_sinh),
    native("cosh", m_cosh),
    native("tanh", m_tanh),
    native("asinh", m_asinh),
    native("acosh", m_acosh),
    native("atanh", m_atanh),
    native("log1p", m_log1p),
    native("fabs", m_fabs),
    native("erf", m_erf),
    native("erfc", m_erfc),
    native("cbrt", m_cbrt),
    native("atan2", m_atan2),
    native("copysign", m_copysign),
    native("fmod", m_fmod),
    native("remainder", m_remainder),
    native("nextafter", m_nextafter),
    native("pow", m_pow),
    native("hypot", m_hypot),
    native("dist", m_dist),
    native("log", m_log),
    native("log2", m_log2),
    native("log10", m_log10),
    native("floor", m_floor),
    native("ceil", m_ceil),
    native("trunc", m_trunc),
    native("modf", m_modf),
    native("frexp", m_frexp),
    native("ldexp", m_ldexp),
    native("degrees", m_degrees),
    native("radians", m_radians),
    native("isnan", m_isnan),
    native("isinf", m_isinf),
    native("isfinite", m_isfinite),
    native("isclose", m_isclose),
];

static INT_FUNCS: NativeTable<9> = [
    native("factorial", m_factorial),
    native("gcd", m_gcd),
    native("lcm", m_lcm),
    native("isqrt", m_isqrt),
    native("comb", m_comb),
    native("perm", m_perm),
    native("prod", m_prod),
    native("fsum", m_fsum),
    native("ulp", m_ulp),
];

pub fn module() -> PyResult {
    let mut attrs: Vec<(&str, Obj)> = super::functions(&FUNCS);
    attrs.extend(super::functions(&INT_FUNCS));
    for (name, x) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        attrs.push((name, crate::float::new_float(x)));
    }
    crate::module::new_module("math", attrs)
}
