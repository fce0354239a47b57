//! Diagnostics: the one type for user-facing compile errors, and its one renderer.
//!
//! Two kinds never mix: *unsupported* constructs (valid Python that pyaot cannot compile
//! yet; exit status 2) and *syntax errors* (invalid Python; printed the way CPython prints
//! them). Internal compiler errors are bugs and are not diagnostics.
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagKind {
    Unsupported,
    Syntax,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub kind: DiagKind,
    pub message: String,
    /// Byte range in the source.
    pub span: Range<usize>,
    /// A syntax error that CPython raises as IndentationError.
    pub indentation: bool,
}

impl Diagnostic {
    #[cold]
    pub fn unsupported(what: impl Into<String>, span: Range<usize>) -> Diagnostic {
        Diagnostic {
            kind: DiagKind::Unsupported,
            message: format!("{} is not supported yet", what.into()),
            span,
            indentation: false,
        }
    }
    #[cold]
    pub fn syntax(message: impl Into<String>, span: Range<usize>) -> Diagnostic {
        Diagnostic { kind: DiagKind::Syntax, message: message.into(), span, indentation: false }
    }
    #[cold]
    pub fn indentation(message: impl Into<String>, span: Range<usize>) -> Diagnostic {
        Diagnostic { kind: DiagKind::Syntax, message: message.into(), span, indentation: true }
    }
    /// The exception CPython raises for this syntax error.
    pub fn exception_name(&self) -> &'static str {
        if self.indentation {
            "IndentationError"
        } else {
            "SyntaxError"
        }
    }
}

/// Line starts of a source text, to turn byte offsets into 1-based line and column.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }
    /// 1-based line of byte offset `off`.
    pub fn line(&self, off: usize) -> u32 {
        match self.starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    /// 1-based line and 1-based column (in characters) of byte offset `off`.
    pub fn line_col(&self, src: &str, off: usize) -> (u32, u32) {
        let line = self.line(off);
        let start = self.starts[line as usize - 1];
        let off = off.min(src.len());
        let col = src.get(start..off).map_or(0, |s| s.chars().count()) as u32 + 1;
        (line, col)
    }
    /// The text of 1-based line `line`, without its newline.
    pub fn line_text<'a>(&self, src: &'a str, line: u32) -> &'a str {
        let i = line as usize - 1;
        let start = self.starts.get(i).copied().unwrap_or(src.len());
        let end = self.starts.get(i + 1).map_or(src.len(), |e| e - 1);
        src.get(start..end.max(start)).unwrap_or("").trim_end_matches('\r')
    }
}

/// Renders a diagnostic for the terminal (no colours).
pub fn render(d: &Diagnostic, path: &str, src: &str) -> String {
    match d.kind {
        DiagKind::Unsupported => {
            let span = clamp_span(src, d.span.clone());
            let report = &[Level::ERROR
                .primary_title(&d.message)
                .element(Snippet::source(src).path(path).annotation(AnnotationKind::Primary.span(span)))];
            Renderer::plain().render(report).to_string()
        }
        DiagKind::Syntax => {
            // CPython's layout: File "x.py", line N / the line / a caret / SyntaxError: msg
            let idx = LineIndex::new(src);
            let (line, col) = idx.line_col(src, d.span.start.min(src.len()));
            let text = idx.line_text(src, line);
            let trimmed = text.trim_start();
            let indent = text.chars().count() - trimmed.chars().count();
            let caret_col = (col as usize).saturating_sub(1).saturating_sub(indent);
            format!(
                "  File \"{path}\", line {line}\n    {}\n    {}^\n{}: {}",
                trimmed.trim_end(),
                " ".repeat(caret_col),
                d.exception_name(),
                d.message
            )
        }
    }
}

/// Keeps a span inside the text and on one line, so the caret stays readable.
fn clamp_span(src: &str, span: Range<usize>) -> Range<usize> {
    let start = span.start.min(src.len());
    let mut end = span.end.clamp(start, src.len());
    if let Some(nl) = src[start..end].find('\n') {
        end = start + nl;
    }
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    if end == start && end < src.len() {
        end = src[start..].char_indices().nth(1).map_or(src.len(), |(i, _)| start + i);
    }
    start..end
}
