//! Float to text, as CPython's `PyOS_double_to_string`: the shortest round-trip `repr`
//! and the `e`, `f`, `g` presentations with their flags.
//!
//! Digits come from Rust's float formatting, which is correctly rounded (round half to
//! even on the exact binary value) like CPython's dtoa; this module only lays them out
//! the way CPython does.
use crate::err::{PyErr, PyResult, MEMORY_ERROR};

/// `repr(x)` / `str(x)` of a float.
pub fn float_repr(x: f64) -> String {
    // The shortest repr allocates nothing beyond a few dozen bytes: it cannot fail.
    let (neg, body) = format_float(x, b'r', 0, false, true).unwrap_or_default();
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

/// The most digits ever handed to Rust's formatter (whose precision is a u16). An f64's
/// exact decimal expansion has at most 1074 fraction digits and 767 significant digits,
/// so every digit beyond this cap is a zero.
const MAX_RUST_PREC: usize = 1100;

/// `digits` followed by `zeros` zeros, with room for `extra` more bytes; MemoryError
/// when that cannot be allocated.
fn with_zeros(digits: &str, zeros: usize, extra: usize) -> PyResult<String> {
    let mut v: Vec<u8> = Vec::new();
    v.try_reserve_exact(digits.len().saturating_add(zeros).saturating_add(extra))
        .map_err(|_| PyErr::bare(&MEMORY_ERROR))?;
    v.extend_from_slice(digits.as_bytes());
    v.resize(v.len() + zeros, b'0');
    // Digits, '.' and zeros are ASCII.
    Ok(String::from_utf8(v).unwrap_or_default())
}

/// `{ax:.prec$}` for any precision: digits past the cap are zeros.
fn fixed(ax: f64, prec: usize) -> PyResult<String> {
    let p = prec.min(MAX_RUST_PREC);
    let s = format!("{ax:.p$}");
    if p == prec {
        return Ok(s);
    }
    with_zeros(&s, prec - p, 1)
}

/// `{ax:.prec$e}` for any precision, split into mantissa and exponent: mantissa digits
/// past the cap are zeros.
fn sci(ax: f64, prec: usize) -> PyResult<(String, i32)> {
    let p = prec.min(MAX_RUST_PREC);
    let s = format!("{ax:.p$e}");
    let (mant, e) = split_exp(&s);
    Ok((with_zeros(mant, prec - p, 8)?, e))
}

/// Formats `x` for presentation `ty` (`b'e'`, `b'f'`, `b'g'`, their upper-case forms, or
/// `b'r'` for the shortest repr), with `prec` digits (ignored by `r`), the alternate form
/// `alt` (`#`), and `add_dot_0` (integral results in fixed notation get ".0", and `g`
/// switches to exponents one digit earlier, as for `format(x, ".3")`).
///
/// Returns whether a minus sign is due and the text without sign. NaN has no sign.
pub fn format_float(x: f64, ty: u8, prec: usize, alt: bool, add_dot_0: bool) -> PyResult<(bool, String)> {
    let upper = ty.is_ascii_uppercase();
    if x.is_nan() {
        return Ok((false, if upper { "NAN".into() } else { "nan".into() }));
    }
    let neg = x.is_sign_negative();
    let ax = x.abs();
    if ax.is_infinite() {
        return Ok((neg, if upper { "INF".into() } else { "inf".into() }));
    }
    let body = match ty.to_ascii_lowercase() {
        b'f' => {
            let mut s = fixed(ax, prec)?;
            if alt && prec == 0 {
                s.push('.');
            }
            s
        }
        b'e' => {
            // CPython adds one to the precision in a C int: at INT_MAX it wraps, and
            // dtoa then gives a single digit and no padding, as for precision 0.
            let prec = if prec == i32::MAX as usize { 0 } else { prec };
            let (mut out, e) = sci(ax, prec)?;
            if alt && prec == 0 {
                out.push('.');
            }
            push_exp(&mut out, e, upper);
            out
        }
        b'g' => {
            let p = prec.max(1);
            // Without `#` trailing zeros are stripped: digits past the exact expansion
            // need not be generated.
            let cap = if alt { usize::MAX } else { MAX_RUST_PREC };
            let (mant, e) = sci(ax, (p - 1).min(cap))?;
            let threshold = if add_dot_0 { p as i64 - 1 } else { p as i64 };
            let e64 = e as i64;
            if e64 < -4 || e64 >= threshold {
                let mut m = mant;
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
                let mut s = fixed(ax, decimals.min(cap))?;
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
    Ok((neg, body))
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
        let (neg, b) = format_float(x, ty, prec, alt, dot0).unwrap();
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

    #[test]
    fn precision_beyond_rust_limit() {
        // (x, type, precision, alt, digits, trailing zeros, exponent) from CPython 3.11's
        // format(x, ".{prec}{type}"), split so the zeros need not be spelled out.
        let cases: &[(f64, u8, usize, bool, &str, usize, &str)] = &[
            (1.0_f64, b'f', 70000, false, "1.", 70000, ""),
            (1.5_f64, b'e', 70000, false, "1.5", 69999, "e+00"),
            (2.5_f64, b'g', 70000, false, "2.5", 0, ""),
            (2.5_f64, b'g', 70000, true, "2.5", 69998, ""),
            (1e-300_f64, b'f', 1100, false, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000002505909183520875968569614680770370524992534231990046604318405148467630281218195010089496230627027825414891031146499880413081224609160619018271942662793458427551041478278701507022263926060379361392435977509403014386614147912551359088259101734169222292122040491862182202915561954185941852588326204092831631787205015401996986616948980410676557942431921652541808732242554300585073938340203330993157646467433638479065531661724812599598594906293782493759617177861888792970476530542335134710418229637566637950767497147854236589795152044892049176025289756709261767081824924720105632337755616538050643653812583050224659631159300563236507929025398878153811554013986009587978081167432804936359631140419153283449560376539011485874652862548828125", 51, ""),
            (0.1_f64, b'e', 2000, false, "1.000000000000000055511151231257827021181583404541015625", 1946, "e-01"),
            (1e+300_f64, b'g', 70000, false, "100000000000000005250476025520442024870446858110815915491585411551180245798890819578637137508044786404370444383288387817694252323536043057564479218478670698284838720092657580373783023379478809005936895323497079994508111903896764088007465274278014249457925878882005684283811566947219638686545940054016", 1, ""),
            (1e-300_f64, b'g', 70000, false, "1.00000000000000002505909183520875968569614680770370524992534231990046604318405148467630281218195010089496230627027825414891031146499880413081224609160619018271942662793458427551041478278701507022263926060379361392435977509403014386614147912551359088259101734169222292122040491862182202915561954185941852588326204092831631787205015401996986616948980410676557942431921652541808732242554300585073938340203330993157646467433638479065531661724812599598594906293782493759617177861888792970476530542335134710418229637566637950767497147854236589795152044892049176025289756709261767081824924720105632337755616538050643653812583050224659631159300563236507929025398878153811554013986009587978081167432804936359631140419153283449560376539011485874652862548828125", 0, "e-300"),
            (5e-324_f64, b'f', 70000, false, "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625", 68926, ""),
            (5e-324_f64, b'e', 70000, false, "4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625", 69250, "e-324"),
            (-1e+300_f64, b'f', 1200, false, "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.", 1200, ""),
            (1.7976931348623157e+308_f64, b'e', 1101, false, "1.79769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", 793, "e+308"),
            (0.5_f64, b'g', 1102, false, "0.5", 0, ""),
            (1e-05_f64, b'g', 2000, true, "1.0000000000000000818030539140313095458623138256371021270751953125", 1935, "e-05"),
        ];
        for &(x, ty, prec, alt, core, zeros, suffix) in cases {
            let want = format!("{core}{}{suffix}", "0".repeat(zeros));
            assert_eq!(f(x, ty, prec, alt, false), want, "{x:e} {} {prec}", ty as char);
        }
    }
}
