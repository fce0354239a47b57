//! CPython's wording for common syntax errors. The parser says "invalid syntax" for most
//! mistakes; when it fails, this scan of the source looks for the errors CPython's
//! tokenizer and parser name precisely — unterminated strings, unmatched or unclosed
//! brackets, bad indentation, a missing ':' — and reports the first one, at the line and
//! offset CPython reports.
use crate::diag::Diagnostic;

/// A better diagnostic for source text the parser rejected at byte `failed_at`, when one
/// of the known errors is found no later than that. `statements` is false for an `eval`
/// expression.
pub fn refine(src: &str, statements: bool, failed_at: usize) -> Option<Diagnostic> {
    let mut scan = scan(src);
    let mut found: Vec<(usize, Diagnostic)> = Vec::new();
    let tokens_ok = scan.error.is_none();
    if let Some(d) = scan.error.take() {
        found.push(d);
    }
    if statements && tokens_ok {
        if let Some(d) = indentation(src, &scan.lines) {
            found.push(d);
        }
    }
    found.sort_by_key(|(at, _)| *at);
    // An unclosed bracket is found at the end of the text: the parser failing there too.
    let failed_at = if failed_at >= src.trim_end().len() { src.len() } else { failed_at };
    found.into_iter().next().filter(|(at, _)| *at <= failed_at).map(|(_, d)| d)
}

/// One logical line: where it starts, its indentation, and whether it ends with ':'.
struct Logical {
    start: usize,
    indent: usize,
    /// Byte offset of the logical line's end (its last non-blank character + 1).
    end: usize,
    ends_with_colon: bool,
    /// A ':' outside brackets (a compound statement's header or a one-liner).
    has_colon: bool,
}

struct Scan {
    lines: Vec<Logical>,
    /// (position for ordering, diagnostic) of the first tokenizer-level error.
    error: Option<(usize, Diagnostic)>,
}

fn line_of(src: &str, at: usize) -> usize {
    src[..at.min(src.len())].matches('\n').count() + 1
}

fn scan(src: &str) -> Scan {
    let b = src.as_bytes();
    let mut lines: Vec<Logical> = Vec::new();
    let mut brackets: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    let mut at_line_start = true;
    let mut continued = false;
    while i < b.len() {
        let c = b[i];
        if at_line_start && brackets.is_empty() && !continued {
            // The start of a logical line: measure its indentation.
            let mut j = i;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
            at_line_start = false;
            if j < b.len() && b[j] != b'\n' && b[j] != b'#' && b[j] != b'\r' {
                lines.push(Logical { start: i, indent: j - i, end: j, ends_with_colon: false, has_colon: false });
            }
            i = j;
            continue;
        }
        match c {
            b'\n' => {
                at_line_start = true;
                continued = false;
                i += 1;
                continue;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                continued = true;
                i += 2;
                at_line_start = true;
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let mut start = i;
                while start > 0 && b"rRbBfFuU".contains(&b[start - 1]) {
                    start -= 1;
                }
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                let mut j = if triple { i + 3 } else { i + 1 };
                let mut closed = false;
                while j < b.len() {
                    if b[j] == b'\\' {
                        j += 2;
                        continue;
                    }
                    if triple {
                        if b[j] == c && b.get(j + 1) == Some(&c) && b.get(j + 2) == Some(&c) {
                            j += 3;
                            closed = true;
                            break;
                        }
                    } else if b[j] == c {
                        j += 1;
                        closed = true;
                        break;
                    } else if b[j] == b'\n' {
                        break;
                    }
                    j += 1;
                }
                if !closed {
                    let what = if triple {
                        "unterminated triple-quoted string literal"
                    } else {
                        "unterminated string literal"
                    };
                    let detected = line_of(src, j.min(b.len()).saturating_sub(if triple { 1 } else { 0 }));
                    let msg = format!("{what} (detected at line {detected})");
                    return Scan { lines, error: Some((start, Diagnostic::syntax(msg, start..start))) };
                }
                i = j;
                mark(&mut lines, i, false, &brackets);
                continue;
            }
            b'(' | b'[' | b'{' => brackets.push((c, i)),
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match brackets.pop() {
                    None => {
                        let msg = format!("unmatched '{}'", c as char);
                        return Scan { lines, error: Some((i, Diagnostic::syntax(msg, i..i))) };
                    }
                    Some((o, at)) if o != open => {
                        let mut msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, o as char
                        );
                        if line_of(src, at) != line_of(src, i) {
                            msg.push_str(&format!(" on line {}", line_of(src, at)));
                        }
                        return Scan { lines, error: Some((i, Diagnostic::syntax(msg, i..i))) };
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        if c != b' ' && c != b'\t' && c != b'\r' {
            mark(&mut lines, i + 1, c == b':', &brackets);
        }
        i += 1;
    }
    if let Some((o, at)) = brackets.last() {
        let msg = format!("'{}' was never closed", *o as char);
        return Scan { lines, error: Some((src.len(), Diagnostic::syntax(msg, *at..*at))) };
    }
    Scan { lines, error: None }
}

/// Notes a token ending at `end` on the current logical line.
fn mark(lines: &mut [Logical], end: usize, colon: bool, brackets: &[(u8, usize)]) {
    if let Some(l) = lines.last_mut() {
        l.end = end;
        l.ends_with_colon = colon && brackets.is_empty();
        if colon && brackets.is_empty() {
            l.has_colon = true;
        }
    }
}

const COMPOUND: &[&str] = &["if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def", "class"];

fn first_word<'a>(src: &'a str, l: &Logical) -> &'a str {
    let text = &src[l.start + l.indent..];
    let end = text.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(text.len());
    &text[..end]
}

/// A byte offset whose column (1-based, in characters) is `col` on the line starting at `start`.
fn at_col(src: &str, start: usize, col: usize) -> usize {
    src[start..].char_indices().nth(col.saturating_sub(1)).map_or(src.len(), |(i, _)| start + i)
}

fn indentation(src: &str, lines: &[Logical]) -> Option<(usize, Diagnostic)> {
    let mut stack = vec![0usize];
    let mut prev: Option<&Logical> = None;
    for l in lines {
        let top = *stack.last().unwrap_or(&0);
        let word = first_word(src, l);
        if let Some(p) = prev.filter(|p| p.ends_with_colon) {
            if l.indent <= top {
                let header = first_word(src, p);
                let what = match header {
                    "def" => "function definition".to_string(),
                    "class" => "class definition".to_string(),
                    h => format!("'{h}' statement"),
                };
                let msg = format!("expected an indented block after {what} on line {}", line_of(src, p.start));
                let at = at_col(src, l.start, l.indent + 1);
                return Some((l.start, Diagnostic::indentation(msg, at..at)));
            }
            stack.push(l.indent);
        } else if l.indent > top {
            let at = at_col(src, l.start, l.indent);
            return Some((l.start, Diagnostic::indentation("unexpected indent", at..at)));
        } else if l.indent < top {
            while stack.last().is_some_and(|t| *t > l.indent) {
                stack.pop();
            }
            if stack.last() != Some(&l.indent) {
                let line_len = src[l.start..].find('\n').unwrap_or(src.len() - l.start);
                let at = at_col(src, l.start, line_len + 1);
                return Some((
                    l.start,
                    Diagnostic::indentation("unindent does not match any outer indentation level", at..at),
                ));
            }
        }
        if COMPOUND.contains(&word) && !l.has_colon {
            let at = l.end;
            return Some((l.start, Diagnostic::syntax("expected ':'", at..at)));
        }
        prev = Some(l);
    }
    None
}
