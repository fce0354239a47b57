//! Whole programs: the main file and every module it imports, found next to it or on
//! `PYTHONPATH`, lowered into one IR [`Module`] whose functions and globals share one
//! numbering (each module is a [`Unit`]).
//!
//! Which module an import names is decided here, at compile time, as CPython's path
//! finder would at run time: builtin modules first (`sys`, `time`), then a package
//! directory or a `.py` file in each search directory in order, then the standard
//! library. A standard-library module pyaot does not provide is a diagnostic; any other
//! name nothing provides compiles to the ModuleNotFoundError CPython raises.
use crate::diag::Diagnostic;
use crate::ir::*;
use crate::lower::{absolute_module, Mode, UnitCx};
use crate::stdlib_names::STDLIB_MODULES;
use crate::symtable::SymTable;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The modules the runtime provides. Keep in step with `runtime/src/module.rs::import`
/// (`tests/programs/stdlib/native_modules_import.py` imports each one).
pub const NATIVE_MODULES: &[&str] = &[
    "sys",
    "builtins",
    "math",
    "cmath",
    "time",
    "random",
    "os",
    "os.path",
    "io",
    "array",
    "typing",
    "collections.abc",
    "dataclasses",
    "enum",
];

/// Modules CPython builds into the interpreter: no file can shadow them.
const BUILTIN_MODULES: &[&str] = &["sys", "builtins", "time", "itertools", "errno", "gc", "atexit", "marshal"];

/// The diagnostics of one file.
pub struct FileDiagnostics {
    pub path: String,
    pub source: String,
    pub diags: Vec<Diagnostic>,
}

struct Found {
    name: String,
    path: PathBuf,
    is_package: bool,
    source: String,
    suite: Vec<ast::Stmt>,
}

impl Found {
    /// The package its relative imports start from.
    fn package(&self) -> String {
        if self.is_package {
            self.name.clone()
        } else {
            parent(&self.name).to_string()
        }
    }
}

struct Finder {
    dirs: Vec<PathBuf>,
    /// Module name → index in `found`, or None when no file provides it.
    known: HashMap<String, Option<usize>>,
    found: Vec<Found>,
    errors: Vec<FileDiagnostics>,
}

/// Compiles the program whose main file is `path` (absolute, as tracebacks show it).
pub fn compile_program(src: &str, path: &str) -> Result<Module, Vec<FileDiagnostics>> {
    let main_err = |diags| vec![FileDiagnostics { path: path.to_string(), source: src.to_string(), diags }];
    let suite = crate::parse(src, path).map_err(main_err)?;
    let main_dir = Path::new(path).parent().map(Path::to_path_buf).unwrap_or_default();
    let mut dirs = vec![main_dir];
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        dirs.extend(std::env::split_paths(&pp).filter(|p| !p.as_os_str().is_empty()));
    }
    let mut finder = Finder { dirs, known: HashMap::new(), found: Vec::new(), errors: Vec::new() };
    let mut main_diags = Vec::new();
    finder.scan(&suite, "", &mut main_diags);
    // Modules found while scanning are scanned in turn (the list grows as we go).
    let mut i = 0;
    while i < finder.found.len() {
        let package = finder.found[i].package();
        let suite = std::mem::take(&mut finder.found[i].suite);
        let mut diags = Vec::new();
        finder.scan(&suite, &package, &mut diags);
        finder.found[i].suite = suite;
        if !diags.is_empty() {
            let f = &finder.found[i];
            finder.errors.push(FileDiagnostics {
                path: f.path.to_string_lossy().into_owned(),
                source: f.source.clone(),
                diags,
            });
        }
        i += 1;
    }
    if !main_diags.is_empty() {
        finder.errors.insert(0, FileDiagnostics { path: path.to_string(), source: src.to_string(), diags: main_diags });
    }
    if !finder.errors.is_empty() {
        return Err(finder.errors);
    }
    let star_names: HashMap<String, Vec<String>> =
        finder.found.iter().map(|f| (f.name.clone(), exported_names(&f.suite))).collect();

    // Lower the main module, then each imported one, appending to one numbering.
    let unit = UnitCx::single(&star_names);
    let lowered = crate::lower::lower_module(&suite, None, src, path, Mode::Program, &unit).map_err(main_err)?;
    let mut module = lowered.module;
    let mut escaping = lowered.escaping;
    let mut errors = Vec::new();
    for f in &finder.found {
        let path_s = f.path.to_string_lossy().into_owned();
        let package = f.package();
        let unit = UnitCx {
            index: module.units.len() as u32,
            name: &f.name,
            package: &package,
            functions_before: module.functions.len(),
            globals_before: &module.globals,
            star_names: &star_names,
        };
        match crate::lower::lower_module(&f.suite, None, &f.source, &path_s, Mode::Program, &unit) {
            Ok(l) => {
                let mut u = l.module.units.into_iter().next().expect("one unit");
                u.is_package = f.is_package;
                module.units.push(u);
                module.functions.extend(l.module.functions);
                module.globals.extend(l.module.globals);
                escaping.extend(l.escaping);
            }
            Err(diags) => errors.push(FileDiagnostics { path: path_s, source: f.source.clone(), diags }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    crate::infer::infer(&mut module, &escaping);
    Ok(module)
}

fn parent(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(p, _)| p)
}

/// What `from m import *` binds: `__all__` when m assigns it a literal list or tuple of
/// strings, else every name m binds at module level that does not start with `_`.
fn exported_names(suite: &[ast::Stmt]) -> Vec<String> {
    for s in suite {
        if let ast::Stmt::Assign(a) = s {
            let is_all = a.targets.iter().any(|t| matches!(t, ast::Expr::Name(n) if n.id.as_str() == "__all__"));
            let elts = match &*a.value {
                ast::Expr::List(l) => Some(&l.elts),
                ast::Expr::Tuple(t) => Some(&t.elts),
                _ => None,
            };
            if let (true, Some(elts)) = (is_all, elts) {
                let names: Option<Vec<String>> = elts
                    .iter()
                    .map(|e| match e {
                        ast::Expr::Constant(c) => match &c.value {
                            ast::Constant::Str(s) => Some(s.clone()),
                            _ => None,
                        },
                        _ => None,
                    })
                    .collect();
                if let Some(n) = names {
                    return n;
                }
            }
        }
    }
    let st = SymTable::build(suite, None);
    st.scopes[0].bound.iter().filter(|n| !n.starts_with('_')).cloned().collect()
}

impl Finder {
    /// Finds the modules the imports in `suite` (at any depth) name.
    fn scan(&mut self, suite: &[ast::Stmt], package: &str, diags: &mut Vec<Diagnostic>) {
        for s in suite {
            match s {
                ast::Stmt::Import(i) => {
                    for a in &i.names {
                        self.require(a.name.as_str(), s, diags);
                    }
                }
                ast::Stmt::ImportFrom(i) => {
                    let level = i.level.map_or(0, |l| l.to_u32());
                    let Ok(module) = absolute_module(package, level, i.module.as_deref()) else {
                        continue; // lowering reports it
                    };
                    if module == "__future__" {
                        continue;
                    }
                    if self.require(&module, s, diags) {
                        for a in &i.names {
                            if a.name.as_str() != "*" {
                                // `from pkg import sub` may name a submodule.
                                let sub = format!("{module}.{}", a.name);
                                if self.is_package(&module) {
                                    self.locate(&sub);
                                }
                            }
                        }
                    }
                }
                ast::Stmt::FunctionDef(d) => self.scan(&d.body, package, diags),
                ast::Stmt::AsyncFunctionDef(d) => self.scan(&d.body, package, diags),
                ast::Stmt::ClassDef(c) => self.scan(&c.body, package, diags),
                ast::Stmt::If(x) => {
                    self.scan(&x.body, package, diags);
                    self.scan(&x.orelse, package, diags);
                }
                ast::Stmt::While(x) => {
                    self.scan(&x.body, package, diags);
                    self.scan(&x.orelse, package, diags);
                }
                ast::Stmt::For(x) => {
                    self.scan(&x.body, package, diags);
                    self.scan(&x.orelse, package, diags);
                }
                ast::Stmt::With(x) => self.scan(&x.body, package, diags),
                ast::Stmt::Try(x) => {
                    self.scan(&x.body, package, diags);
                    for h in &x.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        self.scan(&h.body, package, diags);
                    }
                    self.scan(&x.orelse, package, diags);
                    self.scan(&x.finalbody, package, diags);
                }
                ast::Stmt::Match(m) => {
                    for c in &m.cases {
                        self.scan(&c.body, package, diags);
                    }
                }
                _ => {}
            }
        }
    }

    /// Makes sure `name` (and its parent packages) can be imported. Returns whether the
    /// module exists (natively or as a file): false for names left to fail at run time.
    fn require(&mut self, name: &str, at: &ast::Stmt, diags: &mut Vec<Diagnostic>) -> bool {
        let top = name.split('.').next().unwrap_or(name);
        if BUILTIN_MODULES.contains(&top) || !self.locate(name) {
            if NATIVE_MODULES.contains(&name) {
                return true;
            }
            if STDLIB_MODULES.contains(&top) {
                let span = at.start().to_usize()..at.end().to_usize();
                diags.push(Diagnostic::unsupported(format!("the standard-library module '{name}'"), span));
            }
            return false;
        }
        true
    }

    fn is_package(&self, name: &str) -> bool {
        matches!(self.known.get(name), Some(Some(i)) if self.found[*i].is_package)
    }

    /// Finds the file of module `name` (its parents first); remembers what it found.
    fn locate(&mut self, name: &str) -> bool {
        if let Some(k) = self.known.get(name) {
            return k.is_some();
        }
        let dirs: Vec<PathBuf> = match name.rsplit_once('.') {
            None => self.dirs.clone(),
            Some((p, _)) => {
                if !self.locate(p) || !self.is_package(p) {
                    self.known.insert(name.to_string(), None);
                    return false;
                }
                let i = self.known[p].expect("located");
                vec![self.found[i].path.parent().map(Path::to_path_buf).unwrap_or_default()]
            }
        };
        let last = name.rsplit('.').next().unwrap_or(name);
        for d in dirs {
            let init = d.join(last).join("__init__.py");
            let file = d.join(format!("{last}.py"));
            let (path, is_package) = if init.is_file() {
                (init, true)
            } else if file.is_file() {
                (file, false)
            } else {
                continue;
            };
            let path = std::path::absolute(&path).unwrap_or(path);
            let path_s = path.to_string_lossy().into_owned();
            let source = match std::fs::read(&path).map(String::from_utf8) {
                Ok(Ok(s)) => s,
                _ => {
                    self.errors.push(FileDiagnostics {
                        path: path_s,
                        source: String::new(),
                        diags: vec![Diagnostic::unsupported("a module file that is not readable UTF-8 text", 0..0)],
                    });
                    self.known.insert(name.to_string(), None);
                    return false;
                }
            };
            let suite = match crate::parse(&source, &path_s) {
                Ok(s) => s,
                Err(diags) => {
                    self.errors.push(FileDiagnostics { path: path_s, source: source.clone(), diags });
                    Vec::new()
                }
            };
            self.known.insert(name.to_string(), Some(self.found.len()));
            self.found.push(Found { name: name.to_string(), path, is_package, source, suite });
            return true;
        }
        self.known.insert(name.to_string(), None);
        false
    }
}
