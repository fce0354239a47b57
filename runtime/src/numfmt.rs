//! Float to text, as CPython's `PyOS_double_to_string`: the shortest round-trip `repr`
//! and the `e`, `f`, `g` presentations with their flags.
//!
//! Digits come from Rust's float formatting, which is correctly rounded (round half to
//! even on the exact binary value) like CPython's dtoa; this module only lays them out
//! the way CPython does.

/// `repr(x)` / `str(x)` of a float.
pub fn float_repr(x: f64) -> String {
    let (neg, body) = format_float(x, b'r', 0, false, true);
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

/// A decimal exponent as CPython writes it: sign and at least two digits.
fn push_exp(out: &mut String, e: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if e < 0 { '-' } else { '+' });
    let a = e.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// Splits Rust's `{:e}` output ("1.25e-3") into mantissa and exponent.
fn split_exp(s: &str) -> (&str, i32) {
    match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse().unwrap_or(0)),
        None => (s, 0),
    }
}

/// Removes trailing zeros after a decimal point, and the point if nothing follows it.
fn strip_zeros(s: &mut String) {
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
}

/// Formats `x` for presentation `ty` (`b'e'`, `b'f'`, `b'g'`, their upper-case forms, or
/// `b'r'` for the shortest repr), with `prec` digits (ignored by `r`), the alternate form
/// `alt` (`#`), and `add_dot_0` (integral results in fixed notation get ".0", and `g`
/// switches to exponents one digit earlier, as for `format(x, ".3")`).
///
/// Returns whether a minus sign is due and the text without sign. NaN has no sign.
pub fn format_float(x: f64, ty: u8, prec: usize, alt: bool, add_dot_0: bool) -> (bool, String) {
    let upper = ty.is_ascii_uppercase();
    if x.is_nan() {
        return (false, if upper { "NAN".into() } else { "nan".into() });
    }
    let neg = x.is_sign_negative();
    let ax = x.abs();
    if ax.is_infinite() {
        return (neg, if upper { "INF".into() } else { "inf".into() });
    }
    let body = match ty.to_ascii_lowercase() {
        b'f' => {
            let mut s = format!("{ax:.prec$}");
            if alt && prec == 0 {
                s.push('.');
            }
            s
        }
        b'e' => {
            let s = format!("{ax:.prec$e}");
            let (mant, e) = split_exp(&s);
            let mut out = mant.to_string();
            if alt && prec == 0 {
                out.push('.');
            }
            push_exp(&mut out, e, upper);
            out
        }
        b'g' => {
            let p = prec.max(1);
            let s = format!("{:.*e}", p - 1, ax);
            let (mant, e) = split_exp(&s);
            let threshold = if add_dot_0 { p as i64 - 1 } else { p as i64 };
            let e64 = e as i64;
            if e64 < -4 || e64 >= threshold {
                let mut m = mant.to_string();
                if alt {
                    if !m.contains('.') {
                        m.push('.');
                    }
                } else {
                    strip_zeros(&mut m);
                }
                push_exp(&mut m, e, upper);
                m
            } else {
                let decimals = (p as i64 - 1 - e64).max(0) as usize;
                let mut s = format!("{ax:.decimals$}");
                if alt {
                    if !s.contains('.') {
                        s.push('.');
                    }
                } else {
                    strip_zeros(&mut s);
                }
                if add_dot_0 && !s.contains('.') {
                    s.push_str(".0");
                }
                s
            }
        }
        _ => repr_body(ax, add_dot_0),
    };
    (neg, body)
}

/// The shortest round-trip digits of `ax` (finite, non-negative) laid out as `repr`.
fn repr_body(ax: f64, add_dot_0: bool) -> String {
    // Rust's `{:e}` gives the shortest digit count that round-trips, but when two
    // strings of that length round-trip it may not pick the one nearest the exact
    // value (1000000000000000.2 prints as ...0.3). The correctly rounded string with
    // that many digits is the nearest one, and it round-trips whenever any does — as
    // CPython's dtoa chooses.
    let shortest = format!("{ax:e}");
    let ndigits = split_exp(&shortest).0.chars().filter(|c| c.is_ascii_digit()).count();
    let nearest = format!("{ax:.*e}", ndigits.saturating_sub(1));
    let s = if nearest.parse::<f64>() == Ok(ax) { nearest } else { shortest };
    let (mant, e) = split_exp(&s);
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    if !(-4..16).contains(&e) {
        let mut out = String::with_capacity(digits.len() + 6);
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        push_exp(&mut out, e, false);
        return out;
    }
    let mut out = String::with_capacity(digits.len() + 20);
    if e >= 0 {
        let int_len = e as usize + 1;
        if digits.len() <= int_len {
            out.push_str(&digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
            if add_dot_0 {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    } else {
        out.push_str("0.");
        for _ in 0..(-e - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_pick_nearest_of_equal_length() {
        assert_eq!(float_repr(1000000000000000.2), "1000000000000000.2");
        assert_eq!(float_repr(0.3), "0.3");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
    }

    #[test]
    fn reprs() {
        // Expected strings from CPython 3.11's repr().
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (100.0, "100.0"),
            (1.5e300, "1.5e+300"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (9007199254740993.0, "9007199254740992.0"),
            (0.30000000000000004, "0.30000000000000004"),
            (1234.5678, "1234.5678"),
            (-2.5e-7, "-2.5e-07"),
            (1e22, "1e+22"),
            (1.7e-308, "1.7e-308"),
            (123e-20, "1.23e-18"),
            (0.001, "0.001"),
            (3.14159, "3.14159"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "{x:e}");
        }
    }

    fn f(x: f64, ty: u8, prec: usize, alt: bool, dot0: bool) -> String {
        let (neg, b) = format_float(x, ty, prec, alt, dot0);
        if neg {
            format!("-{b}")
        } else {
            b
        }
    }

    #[test]
    fn presentations() {
        // Expected strings from CPython 3.11 (format() and %-formatting).
        assert_eq!(f(100.0, b'g', 3, false, true), "1e+02");
        assert_eq!(f(1234.5, b'g', 3, false, true), "1.23e+03");
        assert_eq!(f(1.0, b'g', 0, false, true), "1e+00");
        assert_eq!(f(0.5, b'g', 0, false, true), "0.5");
        assert_eq!(f(1e16, b'g', 17, false, true), "1e+16");
        assert_eq!(f(123.0, b'g', 6, false, false), "123");
        assert_eq!(f(1.0, b'f', 0, true, false), "1.");
        assert_eq!(f(1.0, b'e', 0, true, false), "1.e+00");
        assert_eq!(f(1.0, b'g', 6, true, false), "1.00000");
        assert_eq!(f(100.0, b'g', 3, true, false), "100.");
        assert_eq!(f(0.1, b'g', 50, false, false), "0.1000000000000000055511151231257827021181583404541");
        assert_eq!(f(1e-7, b'g', 6, false, false), "1e-07");
        assert_eq!(f(1e-4, b'g', 6, false, false), "0.0001");
        assert_eq!(f(123456789.0, b'g', 6, false, false), "1.23457e+08");
        assert_eq!(f(1234567.0, b'g', 7, false, false), "1234567");
        assert_eq!(f(0.0, b'g', 6, false, false), "0");
        assert_eq!(f(-0.0, b'g', 6, false, false), "-0");
        assert_eq!(f(0.0, b'e', 6, false, false), "0.000000e+00");
        assert_eq!(f(1.0, b'E', 6, false, false), "1.000000E+00");
        assert_eq!(f(1e20, b'G', 6, false, false), "1E+20");
        assert_eq!(f(1e20, b'F', 6, false, false), "100000000000000000000.000000");
        assert_eq!(f(f64::INFINITY, b'F', 6, false, false), "INF");
        assert_eq!(
            f(1e100, b'f', 6, false, false),
            "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"
        );
        assert_eq!(f(1234.5, b'e', 6, false, false), "1.234500e+03");
        assert_eq!(f(1e-5, b'g', 6, false, false), "1e-05");
        assert_eq!(f(12345.0, b'e', 0, false, false), "1e+04");
        assert_eq!(f(-12345.0, b'e', 3, false, false), "-1.234e+04");
        assert_eq!(f(1.5, b'f', 0, false, false), "2");
        assert_eq!(f(2.5, b'f', 0, false, false), "2");
        assert_eq!(f(0.125, b'f', 2, false, false), "0.12");
        assert_eq!(f(0.375, b'f', 2, false, false), "0.38");
        assert_eq!(f(1.5, b'e', 0, false, false), "2e+00");
        assert_eq!(f(9.995, b'g', 3, false, false), "9.99");
        assert_eq!(f(9.9999, b'g', 3, false, false), "10");
        assert_eq!(f(99999.5, b'g', 5, false, false), "1e+05");
        assert_eq!(f(0.0001234, b'g', 6, true, false), "0.000123400");
    }

    #[test]
    fn huge_precision() {
        let s = f(1.0, b'f', 2000, false, false);
        assert_eq!(s.len(), 2002);
        assert!(s.starts_with("1.000"));
        let s = f(0.1, b'e', 1000, false, false);
        assert!(s.ends_with("0000e-01"));
    }
}
