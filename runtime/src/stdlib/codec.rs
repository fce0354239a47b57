//! Text encodings for files: UTF-8, Latin-1 and ASCII under every name CPython's codec
//! registry gives them, the error handlers `strict`, `ignore`, `replace`,
//! `backslashreplace` and `xmlcharrefreplace`, and CPython's UnicodeDecodeError and
//! UnicodeEncodeError messages (positions count bytes when decoding, characters when
//! encoding, from the start of the text or bytes handed to the codec).
use crate::err::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

/// CPython's aliases of the three codecs (`encodings/aliases.py`), normalized.
const ALIASES: &[(&str, Codec)] = &[
    ("utf_8", Codec::Utf8),
    ("utf8", Codec::Utf8),
    ("u8", Codec::Utf8),
    ("utf", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("cp65001", Codec::Utf8),
    ("latin_1", Codec::Latin1),
    ("latin1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("l1", Codec::Latin1),
    ("8859", Codec::Latin1),
    ("cp819", Codec::Latin1),
    ("csisolatin1", Codec::Latin1),
    ("ibm819", Codec::Latin1),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
    ("ascii", Codec::Ascii),
    ("646", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("ansi_x3_4_1986", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("csascii", Codec::Ascii),
    ("ibm367", Codec::Ascii),
    ("iso646_us", Codec::Ascii),
    ("iso_646_irv_1991", Codec::Ascii),
    ("iso_ir_6", Codec::Ascii),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
];

/// Prefixes of the names of CPython codecs pyaot lacks (`utf-16`, `cp1252`, …): those
/// raise NotImplementedError rather than claim the encoding does not exist.
const OTHER_CODECS: &[&str] =
    &["utf", "ucs", "cp", "iso", "latin", "windows", "mac", "koi8", "shift_jis", "euc", "gb", "big5", "hz", "johab"];

/// An encoding name as the codec registry compares it: lower case, every run of other
/// characters than letters, digits and `.` one `_` between words, `.` as `_`.
fn normalize(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(if c == '.' { '_' } else { c.to_ascii_lowercase() });
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

impl Codec {
    /// The codec called `name` (LookupError `unknown encoding: x` as CPython's for names
    /// no codec has).
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let n = normalize(name);
        if let Some((_, c)) = ALIASES.iter().find(|(a, _)| *a == n) {
            return Ok(*c);
        }
        if OTHER_CODECS.iter().any(|p| n.starts_with(p)) {
            return Err(PyErr::new(
                &NOT_IMPLEMENTED_ERROR,
                format!("pyaot: the '{name}' encoding is not supported yet (utf-8, latin-1 and ascii are)"),
            ));
        }
        Err(PyErr::new(&LOOKUP_ERROR, format!("unknown encoding: {name}")))
    }

    /// The name CPython's codec errors use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }

    /// How many bytes `s` encodes to (exact for text this codec decoded without errors).
    pub fn encoded_len(self, s: &str) -> usize {
        match self {
            Codec::Utf8 => s.len(),
            Codec::Latin1 | Codec::Ascii => s.chars().count(),
        }
    }

    /// The first code point this codec cannot encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Latin1 => 0x100,
            Codec::Ascii => 0x80,
        }
    }
}

/// An error handler (the `errors` argument).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    /// Any other name: an error when an undecodable or unencodable character shows up
    /// (CPython too looks handlers up only then).
    Other(String),
}

impl Errors {
    pub fn parse(name: &str) -> Errors {
        match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "backslashreplace" => Errors::BackslashReplace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            other => Errors::Other(other.to_string()),
        }
    }
}

#[cold]
fn other_handler(name: &str) -> PyErr {
    if matches!(name, "surrogateescape" | "surrogatepass" | "namereplace") {
        PyErr::new(&NOT_IMPLEMENTED_ERROR, format!("pyaot: the '{name}' error handler is not supported yet"))
    } else {
        PyErr::new(&LOOKUP_ERROR, format!("unknown error handler name '{name}'"))
    }
}

/// `\xe9`, `\u20ac`, `\U0001f600`: how CPython's messages and `backslashreplace` show a character.
fn escape(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

#[cold]
fn encode_error(codec: Codec, start: usize, run: &[char]) -> PyErr {
    let what = match run {
        [c] => format!("character '{}' in position {start}", escape(*c)),
        _ => format!("characters in position {start}-{}", start + run.len() - 1),
    };
    let msg = format!("'{}' codec can't encode {what}: ordinal not in range({})", codec.name(), codec.limit());
    PyErr::new(&UNICODE_ENCODE_ERROR, msg)
}

/// Encodes `s`, appending to `out` (on an error `out` may hold part of the text).
pub fn encode(codec: Codec, s: &str, errors: &Errors, out: &mut Vec<u8>) -> PyResult<()> {
    if codec == Codec::Utf8 || s.is_ascii() {
        out.extend_from_slice(s.as_bytes());
        return Ok(());
    }
    let limit = codec.limit();
    let mut chars = s.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if (c as u32) < limit {
            out.push(c as u8);
            continue;
        }
        // The handler gets the whole run of characters the codec cannot encode.
        let mut run = vec![c];
        while let Some(&(_, d)) = chars.peek() {
            if (d as u32) < limit {
                break;
            }
            run.push(d);
            chars.next();
        }
        match errors {
            Errors::Strict => return Err(encode_error(codec, i, &run)),
            Errors::Ignore => {}
            Errors::Replace => out.extend(std::iter::repeat(b'?').take(run.len())),
            Errors::BackslashReplace => run.iter().for_each(|c| out.extend_from_slice(escape(*c).as_bytes())),
            Errors::XmlCharRefReplace => {
                run.iter().for_each(|c| out.extend_from_slice(format!("&#{};", *c as u32).as_bytes()))
            }
            Errors::Other(name) => return Err(other_handler(name)),
        }
    }
    Ok(())
}

/// Bytes `start..end` of `input` do not decode: the handler's replacement, or its error.
fn decode_error(
    codec: Codec,
    input: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &Errors,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        Errors::Strict => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {start}", input[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            Err(PyErr::new(&UNICODE_DECODE_ERROR, format!("'{}' codec can't decode {what}: {reason}", codec.name())))
        }
        Errors::Ignore => Ok(()),
        Errors::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Errors::BackslashReplace => {
            input[start..end].iter().for_each(|b| out.push_str(&format!("\\x{b:02x}")));
            Ok(())
        }
        Errors::XmlCharRefReplace => type_error("don't know how to handle UnicodeDecodeError in error callback"),
        Errors::Other(name) => Err(other_handler(name)),
    }
}

/// Can a UTF-8 sequence start with byte `b`?
fn utf8_start(b: u8) -> bool {
    b < 0x80 || (0xc2..=0xf4).contains(&b)
}

/// Decodes `input`, appending to `out`, and returns how many bytes it used: all of them
/// when `last`, else all but an incomplete UTF-8 sequence at the end (it waits for the
/// next bytes).
pub fn decode(codec: Codec, input: &[u8], last: bool, errors: &Errors, out: &mut String) -> PyResult<usize> {
    match codec {
        Codec::Latin1 => {
            out.extend(input.iter().map(|&b| b as char));
            Ok(input.len())
        }
        Codec::Ascii => {
            for (i, &b) in input.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(codec, input, i, i + 1, "ordinal not in range(128)", errors, out)?;
                }
            }
            Ok(input.len())
        }
        Codec::Utf8 => {
            let mut pos = 0;
            loop {
                let e = match std::str::from_utf8(&input[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(input.len());
                    }
                    Err(e) => e,
                };
                let good = pos + e.valid_up_to();
                // The prefix up to `valid_up_to` is valid UTF-8, as the error says.
                out.push_str(std::str::from_utf8(&input[pos..good]).unwrap_or_default());
                let (len, reason) = match e.error_len() {
                    None if !last => return Ok(good),
                    None => (input.len() - good, "unexpected end of data"),
                    Some(1) if !utf8_start(input[good]) => (1, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                decode_error(codec, input, good, good + len, reason, errors, out)?;
                pos = good + len;
            }
        }
    }
}

/// Decodes all of `input` (nothing follows it), reusing its buffer when it is valid as is.
pub fn decode_all(codec: Codec, input: Vec<u8>, errors: &Errors) -> PyResult<String> {
    if codec == Codec::Utf8 || input.is_ascii() {
        match String::from_utf8(input) {
            Ok(s) => return Ok(s),
            Err(e) if codec == Codec::Utf8 => {
                let mut out = String::new();
                decode(codec, e.as_bytes(), true, errors, &mut out)?;
                return Ok(out);
            }
            // Unreachable: ASCII is valid UTF-8.
            Err(e) => return decode_all(codec, e.into_bytes(), errors),
        }
    }
    let mut out = String::new();
    decode(codec, &input, true, errors, &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(codec: Codec, b: &[u8], last: bool, errors: &str) -> Result<(String, usize), String> {
        let mut out = String::new();
        match decode(codec, b, last, &Errors::parse(errors), &mut out) {
            Ok(n) => Ok((out, n)),
            Err(e) => Err(crate::ops::str_string(e.0.v()).unwrap_or_default()),
        }
    }

    fn enc(codec: Codec, s: &str, errors: &str) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        match encode(codec, s, &Errors::parse(errors), &mut out) {
            Ok(()) => Ok(out),
            Err(e) => Err(crate::ops::str_string(e.0.v()).unwrap_or_default()),
        }
    }

    #[test]
    fn names() {
        for (name, c) in
            [("UTF-8", Codec::Utf8), ("utf 8", Codec::Utf8), ("U8", Codec::Utf8), ("Latin-1", Codec::Latin1)]
        {
            assert_eq!(Codec::lookup(name).ok(), Some(c), "{name}");
        }
        for (name, c) in [("iso-8859-1", Codec::Latin1), ("US-ASCII", Codec::Ascii), ("ansi_x3.4-1968", Codec::Ascii)] {
            assert_eq!(Codec::lookup(name).ok(), Some(c), "{name}");
        }
        assert!(Codec::lookup("utf-16").is_err_and(|e| e.matches(&NOT_IMPLEMENTED_ERROR)));
        assert!(Codec::lookup("foo").is_err_and(|e| e.matches(&LOOKUP_ERROR)));
    }

    #[test]
    fn utf8_errors_as_cpython() {
        assert_eq!(
            dec(Codec::Utf8, b"ab\xe2\x82", true, "strict").unwrap_err(),
            "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data"
        );
        assert_eq!(dec(Codec::Utf8, b"ab\xe2\x82", false, "strict").unwrap(), ("ab".to_string(), 2));
        assert_eq!(
            dec(Codec::Utf8, b"ab\xe2\x82(", true, "strict").unwrap_err(),
            "'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte"
        );
        assert_eq!(
            dec(Codec::Utf8, b"\xff\xfeab\xe9", true, "strict").unwrap_err(),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(dec(Codec::Utf8, b"\xff\xfeab\xe9", true, "replace").unwrap().0, "\u{fffd}\u{fffd}ab\u{fffd}");
        assert_eq!(dec(Codec::Utf8, b"\xff\xfeab\xe9", true, "ignore").unwrap().0, "ab");
        assert_eq!(dec(Codec::Ascii, b"\xffa", true, "backslashreplace").unwrap().0, "\\xffa");
        assert_eq!(
            dec(Codec::Ascii, b"\xff", true, "strict").unwrap_err(),
            "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"
        );
    }

    #[test]
    fn encode_errors_as_cpython() {
        assert_eq!(
            enc(Codec::Ascii, "abc\u{20ac}\u{20ac}d", "strict").unwrap_err(),
            "'ascii' codec can't encode characters in position 3-4: ordinal not in range(128)"
        );
        assert_eq!(
            enc(Codec::Latin1, "abc\u{20ac}d", "strict").unwrap_err(),
            "'latin-1' codec can't encode character '\\u20ac' in position 3: ordinal not in range(256)"
        );
        assert_eq!(enc(Codec::Latin1, "caf\u{e9}", "strict").unwrap(), b"caf\xe9");
        assert_eq!(
            enc(Codec::Ascii, "\u{e9}\u{20ac}\u{1f600}", "backslashreplace").unwrap(),
            b"\\xe9\\u20ac\\U0001f600"
        );
        assert_eq!(enc(Codec::Ascii, "\u{e9}\u{20ac}", "xmlcharrefreplace").unwrap(), b"&#233;&#8364;");
        assert_eq!(enc(Codec::Ascii, "a\u{e9}", "replace").unwrap(), b"a?");
        assert_eq!(enc(Codec::Ascii, "a\u{e9}", "foo").unwrap_err(), "unknown error handler name 'foo'");
    }
}
