//! Unicode character properties and case mappings with CPython 3.11's semantics.
//!
//! The property tables come from CPython's own database (Unicode 14.0, see
//! `unicode_tables.rs` and its generator), so `str.isalpha()`, `str.isspace()`, `repr()`
//! and friends agree with the oracle even where Rust's `char` methods differ (Rust uses
//! newer Unicode and other property definitions). Case mappings use Rust's full mappings,
//! restricted to the characters CPython considers cased (the only ones it maps).
#[path = "unicode_tables.rs"]
mod tables;

fn in_table(t: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    t.binary_search_by(|&(lo, hi)| {
        if hi < c {
            std::cmp::Ordering::Less
        } else if lo > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// `str.isprintable()` for one character (what `repr` keeps unescaped).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(tables::PRINTABLE, c)
}

/// `str.isspace()` for one character (also what `split()` and `strip()` remove).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f');
    }
    in_table(tables::SPACE, c)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(tables::ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::DECIMAL, c)
}

/// The value of a decimal digit of any script (what `int()` and `float()` accept).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() {
        return None;
    }
    let u = c as u32;
    let t = tables::DECIMAL;
    let i = t.partition_point(|&(lo, _)| lo <= u);
    let &(lo, hi) = t.get(i.checked_sub(1)?)?;
    // Decimal digits come in runs of ten starting at zero (the generator checks it).
    if u <= hi {
        Some((u - lo) % 10)
    } else {
        None
    }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::NUMERIC, c)
}

pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// May start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(tables::XID_START, c)
}

/// May continue an identifier (XID_Continue).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(tables::XID_CONTINUE, c)
}

/// General category Lt.
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(tables::TITLECASE, c)
}

/// The Lowercase property (what `islower()` tests per character).
pub fn is_lowercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(tables::LOWERCASE, c)
}

/// The Uppercase property.
pub fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(tables::UPPERCASE, c)
}

/// The Cased property: has case (lower, upper or title).
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    is_lowercase(c) || is_uppercase(c) || is_titlecase(c)
}

pub fn is_case_ignorable(c: char) -> bool {
    in_table(tables::CASE_IGNORABLE, c)
}

fn push_codes(out: &mut String, codes: &[u32]) {
    out.extend(codes.iter().filter_map(|&u| char::from_u32(u)));
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if is_cased(c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// Appends the full lowercase mapping of `c` (without the final-sigma rule; see
/// [`push_lower_at`]).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if is_cased(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    if let Ok(i) = tables::TITLE_MAP.binary_search_by_key(&(c as u32), |&(k, _)| k) {
        push_codes(out, tables::TITLE_MAP[i].1);
    } else {
        push_upper(c, out);
    }
}

/// Appends the full case folding of `c`.
pub fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Ok(i) = tables::CASEFOLD_MAP.binary_search_by_key(&(c as u32), |&(k, _)| k) {
        push_codes(out, tables::CASEFOLD_MAP[i].1);
    } else {
        push_lower(c, out);
    }
}

/// Appends the lowercase mapping of `chars[i]`, applying the Final_Sigma rule to
/// capital sigma as CPython does: `ς` when preceded by a cased letter (skipping
/// case-ignorable ones) and not followed by one.
pub fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let Some(&c) = chars.get(i) else { return };
    if c != '\u{3a3}' {
        push_lower(c, out);
        return;
    }
    let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
    let mut final_sigma = matches!(before, Some(&x) if is_cased(x));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
        final_sigma = !matches!(after, Some(&x) if is_cased(x));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties() {
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(is_printable('é') && !is_printable('\u{a0}') && !is_printable('\x7f'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('²'), None);
        assert!(is_digit('²') && !is_decimal('²'));
        assert!(is_numeric('一') && !is_digit('一'));
        assert!(is_xid_start('é') && !is_xid_start('1') && is_xid_continue('1'));
    }

    #[test]
    fn mappings() {
        let mut s = String::new();
        push_upper('ß', &mut s);
        push_title('ß', &mut s);
        push_casefold('ß', &mut s);
        push_title('ǆ', &mut s);
        assert_eq!(s, "SSSsssǅ");
    }
}
