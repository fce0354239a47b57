//! `cmath`, with CPython 3.11's results and errors (`Modules/cmathmodule.c`).
//!
//! Each function follows the C code step by step and calls the same C library functions,
//! so results agree to the last bit. Arguments with an infinite or NaN part take their
//! result from a table of C99 Annex G's special values, indexed by the kind of each
//! part. Every function also reports what the C code leaves in `errno`: EDOM becomes
//! ValueError("math domain error"), ERANGE OverflowError("math range error").
use super::{native, NativeTable};
use crate::complex::{as_complex, new_complex, Complex, Errno};
use crate::err::*;
use crate::func::{bind, positional_of, Arity};
use crate::object::*;
use crate::types::*;
use std::f64::consts::{E, LN_10, LN_2, PI};

// The C library functions that Rust's std implements differently.
extern "C" {
    fn asinh(x: f64) -> f64;
    fn log1p(x: f64) -> f64;
}

fn c_asinh(x: f64) -> f64 {
    // SAFETY: a pure C library function of one double, defined for every input.
    unsafe { asinh(x) }
}

fn c_log1p(x: f64) -> f64 {
    // SAFETY: as for `c_asinh`.
    unsafe { log1p(x) }
}

/// Past this size, squares and sums may overflow: formulas switch to ones that do not.
const LARGE: f64 = f64::MAX / 4.0;
/// 2**53: turns a subnormal into a normal number.
const SCALE_UP: f64 = 9007199254740992.0;
/// 2**-27, the square root of 2**-53 (up to the factor the odd exponent leaves).
const SCALE_DOWN: f64 = 1.0 / 134217728.0;
/// `DBL_MANT_DIG`.
const MANT_DIG: f64 = 53.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

/// The kind of a part, as the row or column of a special-value table.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

/// A table of results for arguments with an infinite or NaN part: rows by the real
/// part, columns by the imaginary part, each ordered -inf, negative, -0, +0, positive,
/// +inf, nan. Entries for two finite parts are never read.
type Table = [[(f64, f64); 7]; 7];

/// The table's value for `z` when a part of it is not finite.
fn special(z: Complex, table: &Table) -> Option<Complex> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    let (re, im) = table[special_type(z.re)][special_type(z.im)];
    Some(c(re, im))
}

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// An unlikely value in the table places that are never read.
const U: f64 = -9.542631940771103e33;
const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;

#[rustfmt::skip]
static ACOS: Table = [
    [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
    [(P12, INF), (U, U), (P12, 0.0), (P12, -0.0), (U, U), (P12, -INF), (P12, N)],
    [(P12, INF), (U, U), (P12, 0.0), (P12, -0.0), (U, U), (P12, -INF), (P12, N)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
    [(P14, INF), (0.0, INF), (0.0, INF), (0.0, -INF), (0.0, -INF), (P14, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];

// CPython 3.11's table: acosh(±0 + i nan) is nan+nanj there.
#[rustfmt::skip]
static ACOSH: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0.0, -P12), (0.0, P12), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0.0, -P12), (0.0, P12), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
static ASINH: Table = [
    [(-INF, -P14), (-INF, -0.0), (-INF, -0.0), (-INF, 0.0), (-INF, 0.0), (-INF, P14), (-INF, N)],
    [(-INF, -P12), (U, U), (U, U), (U, U), (U, U), (-INF, P12), (N, N)],
    [(-INF, -P12), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (-INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
static ATANH: Table = [
    [(-0.0, -P12), (-0.0, -P12), (-0.0, -P12), (-0.0, P12), (-0.0, P12), (-0.0, P12), (-0.0, N)],
    [(-0.0, -P12), (U, U), (U, U), (U, U), (U, U), (-0.0, P12), (N, N)],
    [(-0.0, -P12), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (-0.0, P12), (-0.0, N)],
    [(0.0, -P12), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, P12), (0.0, N)],
    [(0.0, -P12), (U, U), (U, U), (U, U), (U, U), (0.0, P12), (N, N)],
    [(0.0, -P12), (0.0, -P12), (0.0, -P12), (0.0, P12), (0.0, P12), (0.0, P12), (0.0, N)],
    [(0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N)],
];

#[rustfmt::skip]
static COSH: Table = [
    [(INF, N), (U, U), (INF, 0.0), (INF, -0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, 0.0), (U, U), (1.0, 0.0), (1.0, -0.0), (U, U), (N, 0.0), (N, 0.0)],
    [(N, 0.0), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, 0.0), (N, 0.0)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
static EXP: Table = [
    [(0.0, 0.0), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
static LOG: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -P), (-INF, P), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -0.0), (-INF, 0.0), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
static SINH: Table = [
    [(INF, N), (U, U), (-INF, -0.0), (-INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0.0, N), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (0.0, N), (0.0, N)],
    [(0.0, N), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, N), (0.0, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
static SQRT: Table = [
    [(INF, -INF), (0.0, -INF), (0.0, -INF), (0.0, INF), (0.0, INF), (INF, INF), (N, INF)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];

// CPython 3.11's table: tanh(±0 ± i∞) and tanh(±0 + i nan) are nan+nanj there.
#[rustfmt::skip]
static TANH: Table = [
    [(-1.0, 0.0), (U, U), (-1.0, -0.0), (-1.0, 0.0), (U, U), (-1.0, 0.0), (-1.0, 0.0)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(1.0, 0.0), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (1.0, 0.0), (1.0, 0.0)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
static RECT: Table = [
    [(INF, N), (U, U), (-INF, 0.0), (-INF, -0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0.0, 0.0), (U, U), (-0.0, 0.0), (-0.0, -0.0), (U, U), (0.0, 0.0), (0.0, 0.0)],
    [(0.0, 0.0), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];

type Res = (Complex, Errno);

/// `i·z`-style rotations the inverse and plain trigonometric functions reduce to:
/// `f(z) = -i g(i z)`.
fn via_hyperbolic(z: Complex, g: fn(Complex) -> Res) -> Res {
    let (s, e) = g(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

pub fn acos(z: Complex) -> Res {
    if let Some(r) = special(z, &ACOS) {
        return (r, Errno::Ok);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        // Avoid overflow for large arguments.
        let re = z.im.abs().atan2(z.re);
        let im = -((z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0).copysign(z.im);
        return (c(re, im), Errno::Ok);
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
    let s2 = sqrt(c(1.0 + z.re, z.im)).0;
    (c(2.0 * s1.re.atan2(s2.re), c_asinh(s2.re * s1.im - s2.im * s1.re)), Errno::Ok)
}

pub fn acosh(z: Complex) -> Res {
    if let Some(r) = special(z, &ACOSH) {
        return (r, Errno::Ok);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        return (c(re, z.im.atan2(z.re)), Errno::Ok);
    }
    let s1 = sqrt(c(z.re - 1.0, z.im)).0;
    let s2 = sqrt(c(z.re + 1.0, z.im)).0;
    (c(c_asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * s1.im.atan2(s2.re)), Errno::Ok)
}

pub fn asin(z: Complex) -> Res {
    via_hyperbolic(z, asinh_c)
}

pub fn asinh_c(z: Complex) -> Res {
    if let Some(r) = special(z, &ASINH) {
        return (r, Errno::Ok);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 { l.copysign(z.re) } else { -l.copysign(-z.re) };
        return (c(re, z.im.atan2(z.re.abs())), Errno::Ok);
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
    let s2 = sqrt(c(1.0 - z.im, z.re)).0;
    let re = c_asinh(s1.re * s2.im - s2.re * s1.im);
    (c(re, z.im.atan2(s1.re * s2.re - s1.im * s2.im)), Errno::Ok)
}

pub fn atan(z: Complex) -> Res {
    via_hyperbolic(z, atanh)
}

pub fn atanh(z: Complex) -> Res {
    if let Some(r) = special(z, &ATANH) {
        return (r, Errno::Ok);
    }
    // Reduce to a non-negative real part: atanh(-z) = -atanh(z).
    if z.re < 0.0 {
        let (r, e) = atanh(crate::complex::neg(z));
        return (crate::complex::neg(r), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // |z| large: atanh(z) is about 1/z ± i·pi/2.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return (c(z.re / 4.0 / h / h, (PI / 2.0).copysign(z.im)), Errno::Ok);
    }
    if z.re == 1.0 && ay < sqrt_dbl_min() {
        // C99: atanh(1 ± 0i) is inf ± 0i, with divide-by-zero.
        if ay == 0.0 {
            return (c(INF, z.im), Errno::Dom);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return (c(re, (2.0f64.atan2(-ay) / 2.0).copysign(z.im)), Errno::Ok);
    }
    let re = c_log1p(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0;
    let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    (c(re, im), Errno::Ok)
}

pub fn cos(z: Complex) -> Res {
    // cos(z) = cosh(iz)
    cosh(c(-z.im, z.re))
}

/// The EDOM rule of cosh and sinh at special values: an infinite imaginary part with a
/// real part that is not a NaN.
fn inf_im_errno(z: Complex) -> Errno {
    if z.im.is_infinite() && !z.re.is_nan() {
        Errno::Dom
    } else {
        Errno::Ok
    }
}

fn overflow_errno(r: Complex) -> Errno {
    if r.re.is_infinite() || r.im.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

pub fn cosh(z: Complex) -> Res {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re = INF.copysign(z.im.cos());
            let im = INF.copysign(z.im.sin());
            if z.re > 0.0 {
                c(re, im)
            } else {
                c(re, -im)
            }
        } else {
            special(z, &COSH).unwrap_or(z)
        };
        return (r, inf_im_errno(z));
    }
    let r = if z.re.abs() > log_large() {
        // cosh(z.re) overflows where cosh(z) need not.
        let x1 = z.re - 1.0f64.copysign(z.re);
        c(z.im.cos() * x1.cosh() * E, z.im.sin() * x1.sinh() * E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    (r, overflow_errno(r))
}

pub fn exp(z: Complex) -> Res {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            } else {
                c(0.0f64.copysign(z.im.cos()), 0.0f64.copysign(z.im.sin()))
            }
        } else {
            special(z, &EXP).unwrap_or(z)
        };
        let dom = z.im.is_infinite() && (z.re.is_finite() || (z.re.is_infinite() && z.re > 0.0));
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    (r, overflow_errno(r))
}

/// The natural logarithm, with care where `log(hypot(re, im))` loses accuracy: near
/// |z| = 1 (log1p), for subnormal |z| (rescaled) and past the largest float (halved).
pub fn log(z: Complex) -> Res {
    if let Some(r) = special(z, &LOG) {
        return (r, Errno::Ok);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            (ax * SCALE_UP).hypot(ay * SCALE_UP).ln() - MANT_DIG * LN_2
        } else {
            // log(±0 ± 0i)
            return (c(-INF, z.im.atan2(z.re)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            c_log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    (c(re, z.im.atan2(z.re)), Errno::Ok)
}

pub fn log10(z: Complex) -> Res {
    let (r, e) = log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

pub fn sin(z: Complex) -> Res {
    via_hyperbolic(z, sinh)
}

pub fn sinh(z: Complex) -> Res {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re = INF.copysign(z.im.cos());
            let im = INF.copysign(z.im.sin());
            if z.re > 0.0 {
                c(re, im)
            } else {
                c(-re, im)
            }
        } else {
            special(z, &SINH).unwrap_or(z)
        };
        return (r, inf_im_errno(z));
    }
    let r = if z.re.abs() > log_large() {
        let x1 = z.re - 1.0f64.copysign(z.re);
        c(z.im.cos() * x1.sinh() * E, z.im.sin() * x1.cosh() * E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    (r, overflow_errno(r))
}

/// The principal square root: for x, y >= 0, s = sqrt((x + hypot(x, y))/2) computed as
/// 2*sqrt(x/8 + hypot(x/8, y/8)) (no overflow) and d = y/(2s); subnormal arguments are
/// scaled up first. Symmetries give the other quadrants.
pub fn sqrt(z: Complex) -> Res {
    if let Some(r) = special(z, &SQRT) {
        return (r, Errno::Ok);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Errno::Ok);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax *= SCALE_UP;
        (ax + ax.hypot(ay * SCALE_UP)).sqrt() * SCALE_DOWN
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 { c(s, d.copysign(z.im)) } else { c(d, s.copysign(z.im)) };
    (r, Errno::Ok)
}

pub fn tan(z: Complex) -> Res {
    via_hyperbolic(z, tanh)
}

/// tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2),
/// with 1-tanh(x)^2 as 1/cosh(x)^2, and for large |x| its limit (no overflow).
pub fn tanh(z: Complex) -> Res {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0.0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            c(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special(z, &TANH).unwrap_or(z)
        };
        let dom = z.im.is_infinite() && z.re.is_finite();
        return (r, if dom { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.re.abs() > log_large() {
        c(1.0f64.copysign(z.re), 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp())
    } else {
        let tx = z.re.tanh();
        let ty = z.im.tan();
        let cx = 1.0 / z.re.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

/// `rect(r, phi)`: polar to rectangular, with C99-style special values (as
/// `exp(log(r) + i phi)` for positive r).
pub fn rect(r: f64, phi: f64) -> Res {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let re = INF.copysign(phi.cos());
            let im = INF.copysign(phi.sin());
            if r > 0.0 {
                c(re, im)
            } else {
                c(-re, -im)
            }
        } else {
            special(c(r, phi), &RECT).unwrap_or(c(r, phi))
        };
        let dom = r != 0.0 && !r.is_nan() && phi.is_infinite();
        return (z, if dom { Errno::Dom } else { Errno::Ok });
    }
    if phi == 0.0 {
        // Keeps the sign of a zero phi (CPython's workaround for buggy libms).
        return (c(r, r * phi), Errno::Ok);
    }
    (c(r * phi.cos(), r * phi.sin()), Errno::Ok)
}

// ---------------------------------------------------------------------------------------
// The functions of the module.

fn result(r: Res) -> PyResult {
    match r {
        (z, Errno::Ok) => Ok(new_complex(z.re, z.im)),
        (_, Errno::Dom) => value_error("math domain error"),
        (_, Errno::Range) => overflow_error("math range error"),
    }
}

fn one_arg(name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult<Complex> {
    as_complex(positional_of("cmath", name, Arity::Takes, args, kwnames, 1, 1)?[0])
}

macro_rules! cmath_1 {
    ($($fname:ident => $name:literal, $f:expr;)*) => {
        $(fn $fname(args: &[Value], kwnames: &[Obj]) -> PyResult {
            result($f(one_arg($name, args, kwnames)?))
        })*
    };
}

cmath_1! {
    m_acos => "acos", acos;
    m_acosh => "acosh", acosh;
    m_asin => "asin", asin;
    m_asinh => "asinh", asinh_c;
    m_atan => "atan", atan;
    m_atanh => "atanh", atanh;
    m_cos => "cos", cos;
    m_cosh => "cosh", cosh;
    m_exp => "exp", exp;
    m_log10 => "log10", log10;
    m_sin => "sin", sin;
    m_sinh => "sinh", sinh;
    m_sqrt => "sqrt", sqrt;
    m_tan => "tan", tan;
    m_tanh => "tanh", tanh;
}

/// `log(z[, base])`: errno is the last step's (so `log(0, 2)` is `-inf+nanj`, as in
/// CPython), and dividing by `log(base) == 0` is a domain error.
fn m_log(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("cmath.log", Arity::Expected, args, kwnames, 1, 2)?;
    let x = as_complex(pos[0])?;
    let (mut r, mut e) = log(x);
    if let Some(&base) = pos.get(1) {
        let (lb, eb) = log(as_complex(base)?);
        e = eb;
        let (q, zero) = crate::complex::quot(r, lb);
        r = q;
        if zero {
            e = Errno::Dom;
        }
    }
    result((r, e))
}

fn m_phase(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let z = one_arg("phase", args, kwnames)?;
    Ok(crate::float::new_float(z.im.atan2(z.re)))
}

fn m_polar(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let z = one_arg("polar", args, kwnames)?;
    let phi = z.im.atan2(z.re);
    match crate::complex::abs_value(z) {
        (r, Errno::Ok) => Ok(crate::tuple::new_tuple(vec![crate::float::new_float(r), crate::float::new_float(phi)])),
        _ => overflow_error("math range error"),
    }
}

fn m_rect(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("cmath.rect", Arity::Expected, args, kwnames, 2, 2)?;
    let r = crate::float::as_f64(pos[0])?;
    let phi = crate::float::as_f64(pos[1])?;
    result(rect(r, phi))
}

fn m_isfinite(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let z = one_arg("isfinite", args, kwnames)?;
    Ok(bool_obj(z.re.is_finite() && z.im.is_finite()))
}

fn m_isnan(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let z = one_arg("isnan", args, kwnames)?;
    Ok(bool_obj(z.re.is_nan() || z.im.is_nan()))
}

fn m_isinf(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let z = one_arg("isinf", args, kwnames)?;
    Ok(bool_obj(z.re.is_infinite() || z.im.is_infinite()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: Boost's "weak" test on |a - b|.
fn m_isclose(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let npos = args.len() - kwnames.len();
    if npos > 2 {
        return type_error(format!("isclose() takes exactly 2 positional arguments ({npos} given)"));
    }
    let [a, b, rel, abs] = bind("isclose", args, kwnames, ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let (Some(a), Some(b)) = (a, b) else { return type_error("isclose() missing required argument 'a' (pos 1)") };
    let a = as_complex(a)?;
    let b = as_complex(b)?;
    let rel = rel.map(crate::float::as_f64).transpose()?.unwrap_or(1e-9);
    let abs = abs.map(crate::float::as_f64).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return value_error("tolerances must be non-negative");
    }
    if a.re == b.re && a.im == b.im {
        // Also two infinities of the same sign.
        return Ok(bool_obj(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(bool_obj(false));
    }
    let modulus = |z: Complex| crate::complex::abs_value(z).0;
    let diff = modulus(crate::complex::diff(a, b));
    Ok(bool_obj(diff <= rel * modulus(b) || diff <= rel * modulus(a) || diff <= abs))
}

static FUNCS: NativeTable<23> = [
    native("acos", m_acos),
    native("acosh", m_acosh),
    native("asin", m_asin),
    native("asinh", m_asinh),
    native("atan", m_atan),
    native("atanh", m_atanh),
    native("cos", m_cos),
    native("cosh", m_cosh),
    native("exp", m_exp),
    native("isclose", m_isclose),
    native("isfinite", m_isfinite),
    native("isinf", m_isinf),
    native("isnan", m_isnan),
    native("log", m_log),
    native("log10", m_log10),
    native("phase", m_phase),
    native("polar", m_polar),
    native("rect", m_rect),
    native("sin", m_sin),
    native("sinh", m_sinh),
    native("sqrt", m_sqrt),
    native("tan", m_tan),
    native("tanh", m_tanh),
];

pub fn module() -> PyResult {
    let mut attrs: Vec<(&str, Obj)> = super::functions(&FUNCS);
    for (name, x) in [("pi", PI), ("e", E), ("tau", std::f64::consts::TAU), ("inf", INF), ("nan", f64::NAN)] {
        attrs.push((name, crate::float::new_float(x)));
    }
    attrs.push(("infj", new_complex(0.0, INF)));
    attrs.push(("nanj", new_complex(0.0, f64::NAN)));
    crate::module::new_module("cmath", attrs)
}

#[cfg(test)]
mod tests {
    //! Expected values from CPython 3.11 (`cmath_testcases.txt` and the interpreter).
    use super::*;

    #[test]
    fn special_values_and_errors() {
        assert_eq!(sqrt(c(-1.0, 0.0)), (c(0.0, 1.0), Errno::Ok));
        assert_eq!(log(c(0.0, 0.0)).1, Errno::Dom);
        assert_eq!(atanh(c(1.0, 0.0)).1, Errno::Dom);
        assert_eq!(exp(c(1000.0, 0.0)).1, Errno::Range);
        assert_eq!(exp(c(1.0, INF)).1, Errno::Dom);
        let (r, e) = tanh(c(0.0, INF));
        assert!(r.re.is_nan() && r.im.is_nan() && e == Errno::Dom);
        assert_eq!(acos(c(2.0, 0.0)).0, c(0.0, -1.3169578969248166));
    }
}
