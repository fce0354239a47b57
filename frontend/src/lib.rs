//! pyaot's frontend: parsing (rustpython-parser), diagnostics, scope analysis, and the
//! typed IR that codegen and the VM both consume.
//!
//! **Architecture Invariant:** the parser's AST never leaves this crate; other crates
//! see only [`ir`] and [`diag`], so the parser can be replaced.
pub mod diag;
mod infer;
pub mod ir;
mod lower;
mod program;
mod stdlib_names;
mod symtable;
mod syntax;

pub use diag::{DiagKind, Diagnostic};
pub use lower::{Mode, BUILTINS};
pub use program::{compile_program, FileDiagnostics, NATIVE_MODULES};

use rustpython_parser::{Parse, ParseErrorType};

/// The parsed module as the parser sees it, for `--emit=ast`.
pub fn dump_ast(src: &str, path: &str) -> Result<String, Vec<Diagnostic>> {
    let suite = parse(src, path)?;
    Ok(format!("{suite:#?}"))
}

fn parse(src: &str, path: &str) -> Result<Vec<rustpython_parser::ast::Stmt>, Vec<Diagnostic>> {
    // The parser is third-party code: a panic inside it must not take the compiler down.
    let parsed = std::panic::catch_unwind(|| rustpython_parser::ast::Suite::parse(src, path));
    let Ok(parsed) = parsed else {
        return Err(vec![Diagnostic::syntax("invalid syntax", 0..0)]);
    };
    parsed.map_err(|e| vec![syntax::refine(src, true, e.offset.to_usize()).unwrap_or_else(|| syntax_diag(&e))])
}

/// Parses, resolves and type-checks a module into the typed IR.
pub fn compile_module(src: &str, path: &str) -> Result<ir::Module, Vec<Diagnostic>> {
    compile_code(src, path, Mode::Program)
}

/// Parses, resolves and type-checks code in any [`Mode`] (eval/exec strings included).
pub fn compile_code(src: &str, path: &str, mode: Mode) -> Result<ir::Module, Vec<Diagnostic>> {
    let star_names = std::collections::HashMap::new();
    let unit = lower::UnitCx::single(&star_names);
    let lowered = if mode == Mode::Eval {
        let expr = parse_expr(src, path)?;
        lower::lower_module(&[], Some(&expr), src, path, mode, &unit)?
    } else {
        let suite = parse(src, path)?;
        lower::lower_module(&suite, None, src, path, mode, &unit)?
    };
    let mut module = lowered.module;
    infer::infer(&mut module, &lowered.escaping);
    Ok(module)
}

fn parse_expr(src: &str, path: &str) -> Result<rustpython_parser::ast::Expr, Vec<Diagnostic>> {
    let parsed = std::panic::catch_unwind(|| rustpython_parser::ast::ModExpression::parse(src, path));
    let Ok(parsed) = parsed else {
        return Err(vec![Diagnostic::syntax("invalid syntax", 0..0)]);
    };
    parsed
        .map(|m| *m.body)
        .map_err(|e| vec![syntax::refine(src, false, e.offset.to_usize()).unwrap_or_else(|| syntax_diag(&e))])
}

fn syntax_diag(e: &rustpython_parser::ParseError) -> Diagnostic {
    let off = e.offset.to_usize();
    let msg = match &e.error {
        ParseErrorType::Eof => "unexpected EOF while parsing".to_string(),
        ParseErrorType::Lexical(l) => l.to_string(),
        _ => "invalid syntax".to_string(),
    };
    Diagnostic::syntax(msg, off..off)
}
