//! Lowering: the parser's AST to the typed IR, resolving every name with the scope
//! analysis, and reporting each construct pyaot does not support yet as a diagnostic
//! (all of them, so `pyaot check` lists every one at once).
use crate::diag::{Diagnostic, LineIndex};
use crate::ir::*;
use crate::symtable::SymTable;
use num_bigint::BigInt;
use rustpython_parser::ast::{self, Constant, Ranged};
use std::collections::{HashMap, HashSet};

/// The builtins a name can resolve to when no global binds it.
pub const BUILTINS: &[&str] = &[
    "print",
    "len",
    "range",
    "enumerate",
    "zip",
    "min",
    "max",
    "sum",
    "abs",
    "round",
    "divmod",
    "pow",
    "int",
    "float",
    "complex",
    "str",
    "bool",
    "repr",
    "ascii",
    "isinstance",
    "sorted",
    "reversed",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "chr",
    "ord",
    "hex",
    "bin",
    "oct",
    "any",
    "all",
    "hash",
    "input",
    "iter",
    "next",
    "type",
    "id",
    "callable",
    "object",
    "bytes",
    "bytearray",
    "BaseException",
    "Exception",
    "SystemExit",
    "KeyboardInterrupt",
    "GeneratorExit",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "IndexError",
    "KeyError",
    "ValueError",
    "UnicodeError",
    "TypeError",
    "NameError",
    "UnboundLocalError",
    "AttributeError",
    "RuntimeError",
    "RecursionError",
    "NotImplementedError",
    "StopIteration",
    "AssertionError",
    "MemoryError",
    "EOFError",
    "OSError",
    "SyntaxError",
    "IndentationError",
    "TabError",
    "ImportError",
    "ModuleNotFoundError",
    "FileNotFoundError",
    "FileExistsError",
    "PermissionError",
    "IsADirectoryError",
    "NotADirectoryError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "IOError",
    "EnvironmentError",
    "open",
    "eval",
    "exec",
    "compile",
    "globals",
    "locals",
    "issubclass",
    "getattr",
    "setattr",
    "hasattr",
    "delattr",
    "vars",
    "super",
    "staticmethod",
    "classmethod",
    "property",
    "NotImplemented",
    "Ellipsis",
];

/// Names of CPython 3.11's builtins (`dir(builtins)`) that pyaot does not provide yet:
/// using one is a compile-time diagnostic, not a NameError at run time.
const UNSUPPORTED_BUILTINS: &[&str] = &[
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EncodingWarning",
    "ExceptionGroup",
    "FloatingPointError",
    "FutureWarning",
    "ImportWarning",
    "InterruptedError",
    "PendingDeprecationWarning",
    "ProcessLookupError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeWarning",
    "StopAsyncIteration",
    "SyntaxWarning",
    "SystemError",
    "TimeoutError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "Warning",
    "aiter",
    "anext",
    "breakpoint",
    "copyright",
    "credits",
    "dir",
    "help",
    "license",
    "memoryview",
];

/// Builtins that make a program *dynamic*: it then keeps its globals in a dict.
pub const DYNAMIC_BUILTINS: &[&str] = &["eval", "exec", "compile", "globals", "locals"];

/// Builtins whose calls the compiler lowers itself (they see the caller's namespaces or
/// its class): read as builtins even in imported modules.
const COMPILER_BUILTINS: &[&str] = &["eval", "exec", "compile", "globals", "locals", "super", "vars", "dir"];

/// Where the module being lowered sits in the program.
pub struct UnitCx<'a> {
    /// Its index in [`Module::units`].
    pub index: u32,
    /// `__main__`, `pkg`, `pkg.mod`.
    pub name: &'a str,
    /// The package relative imports start from (`""` for top-level modules).
    pub package: &'a str,
    /// The functions and globals of the modules lowered before this one.
    pub functions_before: usize,
    pub globals_before: &'a [Global],
    /// What `from m import *` binds, for each module of the program.
    pub star_names: &'a HashMap<String, Vec<String>>,
}

impl UnitCx<'_> {
    /// A program of one module (eval/exec code, or a single file).
    pub fn single(star_names: &HashMap<String, Vec<String>>) -> UnitCx<'_> {
        UnitCx { index: 0, name: "__main__", package: "", functions_before: 0, globals_before: &[], star_names }
    }
}

/// The absolute name of `from <level dots><module> import …` in `package`; Err with
/// CPython's ImportError message when it leaves the top-level package.
pub fn absolute_module(package: &str, level: u32, module: Option<&str>) -> Result<String, &'static str> {
    if level == 0 {
        return Ok(module.unwrap_or("").to_string());
    }
    if package.is_empty() {
        return Err("attempted relative import with no known parent package");
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() || parts.is_empty() {
            return Err("attempted relative import beyond top-level package");
        }
    }
    let mut name = parts.join(".");
    if let Some(m) = module {
        name.push('.');
        name.push_str(m);
    }
    Ok(name)
}

/// How a module is lowered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A program file (dynamic when it names one of [`DYNAMIC_BUILTINS`]).
    Program,
    /// Code for `exec` (always dynamic).
    Exec,
    /// An expression for `eval`: the module body returns its value.
    Eval,
    /// Interactive code (`compile(…, 'single')`): expression statements show their value.
    Single,
}

pub struct Lowered {
    pub module: Module,
    /// Functions whose object is used as a value (not only called directly).
    pub escaping: HashSet<FuncId>,
    saw_dynamic: bool,
}

struct ModuleCx {
    st: SymTable,
    unit: u32,
    unit_name: String,
    package: String,
    star_names: HashMap<String, Vec<String>>,

    lines: LineIndex,
    globals: Vec<Global>,
    global_ids: HashMap<String, GlobalId>,
    functions: Vec<Option<Function>>,
    diags: Vec<Diagnostic>,
    escaping: HashSet<FuncId>,
    /// Global name → the def that binds it, when calls may be direct.
    direct: HashMap<String, FuncId>,
    /// FuncIds pre-assigned to top-level defs (by statement start offset).
    def_ids: HashMap<usize, FuncId>,
    /// Parameters (name, has a default) of directly callable defs.
    def_params: HashMap<FuncId, Vec<(String, bool)>>,
    /// Globals live in a dict: unknown names are globals, no call is direct.
    dynamic: bool,
    /// A name of [`DYNAMIC_BUILTINS`] resolved to the builtin.
    saw_dynamic: bool,
    /// The builtins an imported module's code still reads as builtins (see `Unit`).
    builtins_read: std::collections::BTreeSet<String>,
    /// `from __future__ import annotations`: class-body annotations are stored as text.
    future_annotations: bool,
    /// Interactive code (`Mode::Single`): the module's expression statements show their
    /// value (`Display`), those the lowering makes itself do not.
    interactive: bool,
}

struct FnCx {
    /// Index of the function's scope in the symbol table.
    scope: usize,
    kind: FnKind,
    locals: Vec<Local>,
    local_ids: HashMap<String, LocalId>,
    frees: Vec<String>,
    /// How many parameters the function has (they are its first locals).
    param_count: usize,
    declared_global: HashSet<String>,
    is_module: bool,
    loops: u32,
    qual_prefix: String,
    uses_locals: bool,
}

fn span(r: &impl Ranged) -> std::ops::Range<usize> {
    r.start().to_usize()..r.end().to_usize()
}

/// Lowers a parsed module. Returns every diagnostic when anything is unsupported.
/// `expr` is the expression of `Mode::Eval` code (then `suite` is empty).
pub fn lower_module(
    suite: &[ast::Stmt],
    expr: Option<&ast::Expr>,
    src: &str,
    path: &str,
    mode: Mode,
    unit: &UnitCx,
) -> Result<Lowered, Vec<Diagnostic>> {
    let first = lower_module_as(suite, expr, src, path, mode, mode != Mode::Program, unit)?;
    if first.module.dynamic || !first.saw_dynamic {
        return Ok(first);
    }
    if unit.index != 0 {
        // Only the main module may keep its globals in a dict.
        let at = suite.first().map_or(0..0, span);
        return Err(vec![Diagnostic::unsupported("eval, exec, compile, globals or locals in an imported module", at)]);
    }
    // The program names eval/exec/globals/…: lower it again with its globals in a dict.
    lower_module_as(suite, expr, src, path, mode, true, unit)
}

fn lower_module_as(
    suite: &[ast::Stmt],
    expr: Option<&ast::Expr>,
    src: &str,
    path: &str,
    mode: Mode,
    dynamic: bool,
    unit: &UnitCx,
) -> Result<Lowered, Vec<Diagnostic>> {
    let st = SymTable::build(suite, expr);
    let body_id = FuncId(unit.functions_before as u32);
    let mut functions: Vec<Option<Function>> = Vec::new();
    functions.resize_with(unit.functions_before + 1, || None);
    let mut cx = ModuleCx {
        st,
        unit: unit.index,
        unit_name: unit.name.to_string(),
        package: unit.package.to_string(),
        star_names: unit.star_names.clone(),
        lines: LineIndex::new(src),
        globals: unit.globals_before.to_vec(),
        global_ids: HashMap::new(),
        functions,
        diags: Vec::new(),
        escaping: HashSet::new(),
        direct: HashMap::new(),
        def_ids: HashMap::new(),
        def_params: HashMap::new(),
        dynamic,
        saw_dynamic: false,
        builtins_read: Default::default(),
        future_annotations: false,
        interactive: mode == Mode::Single,
    };
    // Names that inner scopes declare global and bind.
    let mut fn_global_binds: HashMap<String, u32> = HashMap::new();
    for sc in cx.st.scopes.iter().skip(1) {
        for g in &sc.globals {
            if let Some(c) = sc.count.get(g) {
                *fn_global_binds.entry(g.clone()).or_insert(0) += c;
            }
        }
    }
    let module_bound = cx.st.scopes[0].bound.clone();
    let module_count = cx.st.scopes[0].count.clone();
    for name in module_bound.iter().chain(fn_global_binds.keys()) {
        cx.global(name);
    }
    // `from m import *` binds the names m exports.
    let star: Vec<String> = suite
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::ImportFrom(i) if i.names.iter().any(|a| a.name.as_str() == "*") => {
                let m = absolute_module(&cx.package, i.level.map_or(0, |l| l.to_u32()), i.module.as_deref()).ok()?;
                cx.star_names.get(&m).cloned()
            }
            _ => None,
        })
        .flatten()
        .collect();
    for name in &star {
        cx.global(name);
    }
    // The module attributes a module's code may read as globals.
    let mut implicit = Vec::new();
    if mode == Mode::Program {
        for (name, value) in [("__name__", unit.name), ("__file__", path)] {
            if src.contains(name) && !module_bound.iter().any(|b| b == name) {
                implicit.push((cx.global(name), value.to_string()));
            }
        }
        // The docstring is the module's `__doc__` (read as `m.__doc__`; None without one).
        if let Some(ast::Stmt::Expr(e)) = suite.first() {
            if let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(doc), .. }) = &*e.value {
                if !module_bound.iter().any(|b| b == "__doc__") {
                    implicit.push((cx.global("__doc__"), doc.clone()));
                }
            }
        }
    }
    for sc in &cx.st.scopes {
        for (msg, at) in &sc.errors {
            cx.diags.push(Diagnostic::syntax(msg.clone(), *at..*at));
        }
    }
    // Top-level defs bound once and never rebound can be called directly.
    for s in suite {
        if let ast::Stmt::FunctionDef(f) = s {
            let id = FuncId(cx.functions.len() as u32);
            cx.functions.push(None);
            cx.def_ids.insert(s.start().to_usize(), id);
            let name = f.name.as_str();
            let a = &f.args;
            let plain = a.posonlyargs.is_empty() && a.vararg.is_none() && a.kwonlyargs.is_empty() && a.kwarg.is_none();
            let generator = cx.st.scope_of(f).is_some_and(|i| cx.st.scopes[i].is_generator);
            if module_count.get(name) == Some(&1)
                && !dynamic
                && !generator
                && !fn_global_binds.contains_key(name)
                && f.decorator_list.is_empty()
                && plain
            {
                cx.def_params.insert(id, a.args.iter().map(|p| (p.def.arg.to_string(), p.default.is_some())).collect());
                cx.direct.insert(name.to_string(), id);
                let g = cx.global_ids[name];
                cx.globals[g.0 as usize].direct = Some(id);
            }
        }
    }
    let mut fcx = FnCx {
        scope: 0,
        kind: FnKind::Module,
        locals: Vec::new(),
        local_ids: HashMap::new(),
        frees: Vec::new(),
        param_count: 0,
        declared_global: HashSet::new(),
        is_module: true,
        loops: 0,
        qual_prefix: String::new(),
        uses_locals: false,
    };
    let mut body: Vec<Stmt> = implicit
        .into_iter()
        .map(|(g, value)| Stmt {
            kind: StmtKind::Assign {
                targets: vec![Target::Var(Var::Global(g))],
                value: Expr::new(ExprKind::Str(value), Ty::Str, 1),
            },
            line: 1,
        })
        .collect();
    body.extend(cx.lower_block(&mut fcx, suite));
    if let Some(e) = expr {
        let value = cx.lower_expr(&mut fcx, e);
        body.push(Stmt { line: value.line, kind: StmtKind::Return(Some(value)) });
    }
    cx.functions[body_id.0 as usize] = Some(Function {
        unit: unit.index,
        name: "<module>".into(),
        qualname: "<module>".into(),
        line: 1,
        params: Vec::new(),
        locals: fcx.locals,
        body,
        ret_ty: if expr.is_some() { Ty::Any } else { Ty::NoneT },
        is_module: true,
        uses_locals: fcx.uses_locals,
        kind: FnKind::Module,
        is_generator: false,
        freevars: Vec::new(),
        posonly: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
        doc: None,
    });
    if !cx.diags.is_empty() {
        cx.diags.sort_by_key(|d| d.span.start);
        return Err(cx.diags);
    }
    let functions =
        cx.functions.into_iter().skip(unit.functions_before).map(|f| f.expect("every function lowered")).collect();
    let globals: Vec<Global> = cx.globals.into_iter().skip(unit.globals_before.len()).collect();
    let global_range = unit.globals_before.len() as u32..(unit.globals_before.len() + globals.len()) as u32;
    Ok(Lowered {
        module: Module {
            path: path.to_string(),
            source: src.to_string(),
            globals,
            functions,
            dynamic,
            units: vec![Unit {
                name: unit.name.to_string(),
                path: path.to_string(),
                source: src.to_string(),
                body: body_id,
                globals: global_range,
                is_package: false,
                builtins_read: cx.builtins_read.iter().cloned().collect(),
            }],
        },
        escaping: cx.escaping,
        saw_dynamic: cx.saw_dynamic,
    })
}

impl ModuleCx {
    fn global(&mut self, name: &str) -> GlobalId {
        if let Some(g) = self.global_ids.get(name) {
            return *g;
        }
        let id = GlobalId(self.globals.len() as u32);
        self.globals.push(Global { name: name.to_string(), builtin_fallback: BUILTINS.contains(&name), direct: None });
        self.global_ids.insert(name.to_string(), id);
        id
    }

    fn line(&self, r: &impl Ranged) -> u32 {
        self.lines.line(r.start().to_usize())
    }

    #[cold]
    fn unsupported(&mut self, what: &str, r: &impl Ranged) {
        self.diags.push(Diagnostic::unsupported(what, span(r)));
    }

    /// Resolves a name read or written in the current function.
    fn resolve(&mut self, f: &FnCx, name: &str) -> Option<Var> {
        if !f.is_module && !f.declared_global.contains(name) {
            if let Some(l) = f.local_ids.get(name) {
                return Some(Var::Local(*l));
            }
            if let Some(i) = f.frees.iter().position(|n| n == name) {
                return Some(Var::Free(i as u32));
            }
        }
        if let Some(g) = self.global_ids.get(name) {
            return Some(Var::Global(*g));
        }
        // In dynamic code a name no one binds here may be bound at run time (by exec or
        // in the globals dict the code runs with). Builtins stay builtins.
        if self.dynamic && !BUILTINS.contains(&name) {
            return Some(Var::Global(self.global(name)));
        }
        // An imported module's code reads every name it does not bind through a global
        // slot, which the importer may fill (`m.name = v`, `m.len = fake`): unbound, the
        // slot falls back to the builtin (or raises NameError). The builtins the compiler
        // itself treats specially stay builtins (setting them on the module is refused).
        if self.unit != 0 && !COMPILER_BUILTINS.contains(&name) && !UNSUPPORTED_BUILTINS.contains(&name) {
            return Some(Var::Global(self.global(name)));
        }
        None
    }

    fn lower_block(&mut self, f: &mut FnCx, body: &[ast::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            match s {
                ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => self.lower_import(f, s, &mut out),
                ast::Stmt::With(w) => {
                    let line = self.line(s);
                    out.extend(self.lower_with(f, line, &w.items, &w.body));
                }
                ast::Stmt::Match(m) => {
                    let line = self.line(s);
                    out.extend(self.lower_match(f, line, m));
                }
                ast::Stmt::AnnAssign(a) => out.extend(self.lower_annassign(f, s, a)),
                _ => out.extend(self.lower_stmt(f, s)),
            }
        }
        out
    }

    /// `target: annotation [= value]`, as CPython 3.11 compiles it (`compiler_annassign`):
    /// the assignment first; without a value, an attribute or subscript target still
    /// evaluates its object (and the parts of a subscript's index, making no slice or
    /// tuple). Then, in a module or class body and unless `from __future__ import
    /// annotations`, the annotation is evaluated: a class body stores a plain name's in
    /// `__annotations__`; any other target's is dropped (nothing is stored for it).
    fn lower_annassign(&mut self, f: &mut FnCx, s: &ast::Stmt, a: &ast::StmtAnnAssign) -> Vec<Stmt> {
        let line = self.line(s);
        let mut out = Vec::new();
        let illegal = match &*a.target {
            ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_) => None,
            ast::Expr::Tuple(_) => Some("only single target (not tuple) can be annotated"),
            ast::Expr::List(_) => Some("only single target (not list) can be annotated"),
            _ => Some("illegal target for annotation"),
        };
        if let Some(msg) = illegal {
            self.diags.push(Diagnostic::syntax(msg, span(&*a.target)));
            return out;
        }
        match (&a.value, &*a.target) {
            (Some(v), _) => {
                let value = self.lower_expr(f, v);
                let target = self.lower_target(f, &a.target);
                out.push(Stmt { kind: StmtKind::Assign { targets: vec![target], value }, line });
            }
            (None, ast::Expr::Attribute(at)) => {
                let obj = self.lower_expr(f, &at.value);
                out.push(Stmt { kind: StmtKind::Expr(obj), line });
            }
            (None, ast::Expr::Subscript(sub)) => {
                let obj = self.lower_expr(f, &sub.value);
                out.push(Stmt { kind: StmtKind::Expr(obj), line });
                self.annotated_index(f, &sub.slice, line, &mut out);
            }
            (None, _) => {}
        }
        let simple = crate::symtable::is_simple_annotation(a);
        if simple && f.kind == FnKind::Class {
            out.extend(self.lower_class_annotation(f, s, a));
        } else if !simple && (f.is_module || f.kind == FnKind::Class) && !self.future_annotations {
            let ann = self.lower_expr(f, &a.annotation);
            out.push(Stmt { kind: StmtKind::Expr(ann), line });
        }
        out
    }

    /// What CPython evaluates of the index of `obj[index]: T` without a value
    /// (`check_ann_subscr`): a slice's bounds and a tuple's items, each dropped.
    fn annotated_index(&mut self, f: &mut FnCx, index: &ast::Expr, line: u32, out: &mut Vec<Stmt>) {
        match index {
            ast::Expr::Slice(sl) => {
                for part in [&sl.lower, &sl.upper, &sl.step].into_iter().flatten() {
                    let e = self.lower_expr(f, part);
                    out.push(Stmt { kind: StmtKind::Expr(e), line });
                }
            }
            ast::Expr::Tuple(t) => {
                for item in &t.elts {
                    self.annotated_index(f, item, line, out);
                }
            }
            other => {
                let e = self.lower_expr(f, other);
                out.push(Stmt { kind: StmtKind::Expr(e), line });
            }
        }
    }

    /// `x: T` in a class body, after its assignment: `__annotations__['x'] = T`, as
    /// CPython's class bodies do (the dict is made where the body begins). Under
    /// `from __future__ import annotations` the value is the annotation's text as
    /// CPython's unparser writes it; forms it would write differently are refused.
    fn lower_class_annotation(&mut self, f: &mut FnCx, s: &ast::Stmt, a: &ast::StmtAnnAssign) -> Option<Stmt> {
        let line = self.line(s);
        let ast::Expr::Name(n) = &*a.target else { return None };
        let value = if self.future_annotations {
            match annotation_text(&a.annotation) {
                Some(t) => Expr::new(ExprKind::Str(t), Ty::Str, line),
                None => {
                    self.unsupported("this annotation under 'from __future__ import annotations'", &*a.annotation);
                    return None;
                }
            }
        } else {
            self.lower_expr(f, &a.annotation)
        };
        let dict = *f.local_ids.get("__annotations__")?;
        let obj = Expr::new(ExprKind::Load(Var::Local(dict)), Ty::Any, line);
        let index = Expr::new(ExprKind::Str(n.id.to_string()), Ty::Str, line);
        Some(Stmt { kind: StmtKind::Assign { targets: vec![Target::Subscript { obj, index }], value }, line })
    }

    /// `import a.b [as x], …` and `from m import a [as x], …`: one assignment per name.
    fn lower_import(&mut self, f: &mut FnCx, s: &ast::Stmt, out: &mut Vec<Stmt>) {
        let line = self.line(s);
        let mut bind = |cx: &mut Self, f: &mut FnCx, name: &str, value: ExprKind| {
            let var = cx.resolve(f, name).expect("an import binds its name");
            let value = Expr::new(value, Ty::Any, line);
            out.push(Stmt { kind: StmtKind::Assign { targets: vec![Target::Var(var)], value }, line });
        };
        match s {
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    let module = a.name.to_string();
                    match &a.asname {
                        Some(x) => bind(self, f, x.as_str(), ExprKind::Import { module, top: false }),
                        None => {
                            let first = module.split('.').next().unwrap_or("").to_string();
                            bind(self, f, &first, ExprKind::Import { module, top: true })
                        }
                    }
                }
            }
            ast::Stmt::ImportFrom(i) => {
                let level = i.level.map_or(0, |l| l.to_u32());
                let module = match absolute_module(&self.package, level, i.module.as_deref()) {
                    Ok(m) => m,
                    Err(msg) => {
                        // CPython raises this ImportError when the statement runs.
                        let arg = Expr::new(ExprKind::Str(msg.into()), Ty::Str, line);
                        let exc = builtin_call("ImportError", vec![arg], line);
                        out.push(Stmt { kind: StmtKind::Raise { exc: Some(exc), cause: None }, line });
                        return;
                    }
                };
                if module == "__future__" {
                    // Features of 3.11 that are on anyway, or (annotations) class-body
                    // annotations kept as their text (`lower_class_annotation`).
                    if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                        self.future_annotations = true;
                    }
                    return;
                }
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if !f.is_module {
                            self.diags.push(Diagnostic::syntax("import * only allowed at module level", span(s)));
                            return;
                        }
                        let Some(names) = self.star_names.get(&module).cloned() else {
                            self.unsupported(&format!("'from {module} import *'"), s);
                            return;
                        };
                        for n in names {
                            let str_e = |v: &str| Expr::new(ExprKind::Str(v.into()), Ty::Str, line);
                            let value =
                                builtin_call("__pyaot_import_star__", vec![str_e(&module), str_e(&n)], line).kind;
                            bind(self, f, &n, value);
                        }
                        continue;
                    }
                    let name = a.name.to_string();
                    let target = a.asname.as_ref().map_or(a.name.as_str(), |x| x.as_str()).to_string();
                    bind(self, f, &target, ExprKind::ImportFrom { module: module.clone(), name });
                }
            }
            _ => unreachable!("lower_import is called on imports"),
        }
    }

    fn lower_stmt(&mut self, f: &mut FnCx, s: &ast::Stmt) -> Option<Stmt> {
        let line = self.line(s);
        let kind = match s {
            ast::Stmt::Expr(e) => {
                let value = self.lower_expr(f, &e.value);
                if self.interactive && f.is_module {
                    StmtKind::Display(value)
                } else {
                    StmtKind::Expr(value)
                }
            }
            ast::Stmt::Pass(_) => StmtKind::Pass,
            ast::Stmt::Assign(a) => {
                let value = self.lower_expr(f, &a.value);
                let targets = a.targets.iter().map(|t| self.lower_target(f, t)).collect();
                StmtKind::Assign { targets, value }
            }
            ast::Stmt::AnnAssign(_) => unreachable!("lowered by lower_block"),
            ast::Stmt::AugAssign(a) => {
                let target = self.lower_target(f, &a.target);
                if matches!(target, Target::Unpack(..)) {
                    self.unsupported("augmented assignment to a tuple", s);
                }
                let value = self.lower_expr(f, &a.value);
                StmtKind::AugAssign { target, op: binop(&a.op), value }
            }
            ast::Stmt::If(i) => {
                let cond = self.lower_expr(f, &i.test);
                let then = self.lower_block(f, &i.body);
                let orelse = self.lower_block(f, &i.orelse);
                StmtKind::If { cond, then, orelse }
            }
            ast::Stmt::While(w) => {
                let cond = self.lower_expr(f, &w.test);
                f.loops += 1;
                let body = self.lower_block(f, &w.body);
                f.loops -= 1;
                let orelse = self.lower_block(f, &w.orelse);
                StmtKind::While { cond, body, orelse }
            }
            ast::Stmt::For(fo) => self.lower_for(f, fo),
            ast::Stmt::Break(_) | ast::Stmt::Continue(_) if f.loops == 0 => {
                self.diags.push(Diagnostic::syntax(
                    if matches!(s, ast::Stmt::Break(_)) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    },
                    span(s),
                ));
                StmtKind::Pass
            }
            ast::Stmt::Break(_) => StmtKind::Break,
            ast::Stmt::Continue(_) => StmtKind::Continue,
            ast::Stmt::Return(r) => {
                if f.is_module {
                    self.diags.push(Diagnostic::syntax("'return' outside function", span(s)));
                }
                StmtKind::Return(r.value.as_ref().map(|v| self.lower_expr(f, v)))
            }
            ast::Stmt::Delete(d) => {
                let targets = d.targets.iter().map(|t| self.lower_target(f, t)).collect();
                StmtKind::Delete(targets)
            }
            ast::Stmt::Assert(a) => {
                let test = self.lower_expr(f, &a.test);
                let msg = a.msg.as_ref().map(|m| self.lower_expr(f, m));
                StmtKind::Assert { test, msg }
            }
            ast::Stmt::Raise(r) => {
                let exc = r.exc.as_ref().map(|e| self.lower_expr(f, e));
                let cause = r.cause.as_ref().map(|e| self.lower_expr(f, e));
                StmtKind::Raise { exc, cause }
            }
            ast::Stmt::Try(t) => {
                let body = self.lower_block(f, &t.body);
                let mut handlers = Vec::new();
                for (i, h) in t.handlers.iter().enumerate() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if h.type_.is_none() && i + 1 != t.handlers.len() {
                        self.diags.push(Diagnostic::syntax("default 'except:' must be last", span(h)));
                    }
                    let ty = h.type_.as_ref().map(|e| self.lower_expr(f, e));
                    let name = h.name.as_ref().and_then(|n| self.resolve(f, n.as_str()));
                    let body = self.lower_block(f, &h.body);
                    handlers.push(Handler { ty, name, body, line: self.line(h) });
                }
                let orelse = self.lower_block(f, &t.orelse);
                let finalbody = self.lower_block(f, &t.finalbody);
                StmtKind::Try { body, handlers, orelse, finalbody }
            }
            ast::Stmt::FunctionDef(d) => return self.lower_def(f, s, d),
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => unreachable!("lowered by lower_block"),
            ast::Stmt::Global(g) => {
                if f.is_module {
                    // `global` at module level changes nothing.
                } else {
                    for n in &g.names {
                        f.declared_global.insert(n.to_string());
                    }
                }
                return None;
            }
            ast::Stmt::Nonlocal(_) => return None,
            ast::Stmt::ClassDef(c) => return self.lower_class(f, s, c),
            ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::AsyncFor(_) | ast::Stmt::AsyncWith(_) => {
                self.unsupported("'async'", s);
                return None;
            }
            ast::Stmt::With(_) => unreachable!("lowered by lower_block"),
            ast::Stmt::Match(_) => unreachable!("lowered by lower_block"),
            ast::Stmt::TryStar(_) => {
                self.unsupported("'except*'", s);
                return None;
            }
            ast::Stmt::TypeAlias(_) => {
                self.unsupported("a 'type' alias", s);
                return None;
            }
        };
        Some(Stmt { kind, line })
    }

    fn lower_for(&mut self, f: &mut FnCx, fo: &ast::StmtFor) -> StmtKind {
        let target = self.lower_target(f, &fo.target);
        // `for v in range(…)` over the builtin range, with a plain variable.
        if let (Target::Var(var), ast::Expr::Call(c)) = (&target, &*fo.iter) {
            if let ast::Expr::Name(n) = &*c.func {
                let is_builtin_range = n.id.as_str() == "range" && self.resolve(f, "range").is_none();
                if is_builtin_range
                    && c.keywords.is_empty()
                    && (1..=3).contains(&c.args.len())
                    && !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
                {
                    let line = self.line(&*fo.iter);
                    let mut args: Vec<Expr> = c.args.iter().map(|a| self.lower_expr(f, a)).collect();
                    let (start, stop, step) = match args.len() {
                        1 => (
                            Expr::new(ExprKind::SmallInt(0), Ty::Int, line),
                            args.remove(0),
                            Expr::new(ExprKind::SmallInt(1), Ty::Int, line),
                        ),
                        2 => {
                            let stop = args.remove(1);
                            (args.remove(0), stop, Expr::new(ExprKind::SmallInt(1), Ty::Int, line))
                        }
                        _ => {
                            let step = args.remove(2);
                            let stop = args.remove(1);
                            (args.remove(0), stop, step)
                        }
                    };
                    f.loops += 1;
                    let body = self.lower_block(f, &fo.body);
                    f.loops -= 1;
                    let orelse = self.lower_block(f, &fo.orelse);
                    return StmtKind::ForRange { var: *var, start, stop, step, body, orelse };
                }
            }
        }
        let iter = self.lower_expr(f, &fo.iter);
        f.loops += 1;
        let body = self.lower_block(f, &fo.body);
        f.loops -= 1;
        let orelse = self.lower_block(f, &fo.orelse);
        StmtKind::For { target, iter, body, orelse }
    }

    fn lower_def(&mut self, f: &mut FnCx, s: &ast::Stmt, d: &ast::StmtFunctionDef) -> Option<Stmt> {
        let line = self.line(s);
        let decorators: Vec<Expr> = d.decorator_list.iter().map(|e| self.lower_expr(f, e)).collect();
        let id = match self.def_ids.get(&s.start().to_usize()) {
            Some(id) if f.is_module => *id,
            _ => self.new_func_id(),
        };
        let (defaults, kwdefaults) = self.lower_defaults(f, &d.args);
        let Some(scope) = self.st.scope_of(d) else {
            self.unsupported("this function definition", s);
            return None;
        };
        let qualname = format!("{}{}", f.qual_prefix, d.name);
        let mut fcx = self.fn_cx(scope, FnKind::Function, &qualname);
        let sig = self.add_params(&mut fcx, &d.args);
        self.add_bound_locals(&mut fcx);
        let body = self.lower_block(&mut fcx, &d.body);
        let closure = self.finish_function(f, id, fcx, d.name.to_string(), qualname, line, sig, body);
        if let Some(func) = self.functions[id.0 as usize].as_mut() {
            func.doc = docstring(&d.body);
        }
        let var = self.resolve(f, d.name.as_str()).expect("def name is bound");
        Some(Stmt { kind: StmtKind::FuncDef { func: id, var, defaults, kwdefaults, closure, decorators }, line })
    }

    /// `class C(bases): body` becomes `C = decorators(__build_class__(body_fn, "C", qualname, *bases))`:
    /// the body is a function returning its namespace, as in CPython.
    fn lower_class(&mut self, f: &mut FnCx, s: &ast::Stmt, c: &ast::StmtClassDef) -> Option<Stmt> {
        let line = self.line(s);
        let decorators: Vec<Expr> = c.decorator_list.iter().map(|e| self.lower_expr(f, e)).collect();
        let builtin = |name: &str| Expr::new(ExprKind::Builtin(name.into()), Ty::Any, line);
        let str_e = |s: &str| Expr::new(ExprKind::Str(s.into()), Ty::Str, line);
        let func = Box::new(builtin("__build_class__"));
        let Some(scope) = self.st.scope_of(c) else {
            self.unsupported("this class", s);
            return None;
        };
        let qualname = format!("{}{}", f.qual_prefix, c.name);
        // The body: its own scope, run once, returning its namespace.
        let id = self.new_func_id();
        let mut fcx = self.fn_cx(scope, FnKind::Class, &qualname);
        self.add_bound_locals(&mut fcx);
        let class_cell = self.st.scopes[scope].cells.contains("__class__");
        if class_cell {
            self.add_local(&mut fcx, "__class__");
        }
        // As CPython's class bodies begin: `__module__ = __name__`.
        let module_local = self.add_local(&mut fcx, "__module__");
        let mut body = vec![Stmt {
            kind: StmtKind::Assign {
                targets: vec![Target::Var(Var::Local(module_local))],
                value: Expr::new(ExprKind::Str(self.unit_name.clone()), Ty::Str, line),
            },
            line,
        }];
        if let Some(doc) = docstring(&c.body) {
            // A class's docstring is its `__doc__`.
            let doc_local = self.add_local(&mut fcx, "__doc__");
            body.push(Stmt {
                kind: StmtKind::Assign {
                    targets: vec![Target::Var(Var::Local(doc_local))],
                    value: Expr::new(ExprKind::Str(doc), Ty::Str, line),
                },
                line,
            });
        }
        if let Some(&ann) = fcx.local_ids.get("__annotations__") {
            // A body with annotations begins with `__annotations__ = {}` (SETUP_ANNOTATIONS).
            body.push(Stmt {
                kind: StmtKind::Assign {
                    targets: vec![Target::Var(Var::Local(ann))],
                    value: Expr::new(ExprKind::Dict(vec![]), Ty::Dict, line),
                },
                line,
            });
        }
        body.extend(self.lower_block(&mut fcx, &c.body));
        if class_cell {
            let cell_local = fcx.local_ids["__class__"];
            let holder = self.add_local(&mut fcx, "__classcell__");
            body.push(Stmt {
                kind: StmtKind::Assign {
                    targets: vec![Target::Var(Var::Local(holder))],
                    value: Expr::new(ExprKind::CellRef(Var::Local(cell_local)), Ty::Any, line),
                },
                line,
            });
        }
        body.push(Stmt { kind: StmtKind::Return(Some(Expr::new(ExprKind::Locals, Ty::Dict, line))), line });
        fcx.uses_locals = true;
        let sig = Sig { params: vec![], posonly: 0, kwonly: 0, varargs: false, varkw: false };
        let closure = self.finish_function(f, id, fcx, c.name.to_string(), qualname.clone(), line, sig, body);
        let make = Expr::new(
            ExprKind::MakeFunction { func: id, defaults: vec![], kwdefaults: vec![], closure },
            Ty::Any,
            line,
        );
        let mut args = vec![make, str_e(c.name.as_str()), str_e(&qualname)];
        args.extend(self.lower_elts(f, &c.bases));
        // Class keywords (`metaclass=M`, the rest for `__init_subclass__`), after the bases.
        let has_star =
            args.iter().any(|a| matches!(a.kind, ExprKind::Star(_))) || c.keywords.iter().any(|k| k.arg.is_none());
        let mut value = if has_star {
            let t = Expr::new(ExprKind::Tuple(args), Ty::Tuple, line);
            let kwargs = if c.keywords.is_empty() {
                None
            } else {
                let items = c
                    .keywords
                    .iter()
                    .map(|k| (k.arg.as_ref().map(|a| a.to_string()), self.lower_expr(f, &k.value)))
                    .collect();
                Some(Box::new(Expr::new(ExprKind::KwArgs(items), Ty::Dict, line)))
            };
            Expr::new(ExprKind::CallEx { func, args: Box::new(t), kwargs }, Ty::Any, line)
        } else {
            let kwargs = c
                .keywords
                .iter()
                .filter_map(|k| Some((k.arg.as_ref()?.to_string(), self.lower_expr(f, &k.value))))
                .collect();
            Expr::new(ExprKind::Call { func, args, kwargs }, Ty::Any, line)
        };
        for d in decorators.into_iter().rev() {
            value = Expr::new(ExprKind::Call { func: Box::new(d), args: vec![value], kwargs: vec![] }, Ty::Any, line);
        }
        let var = self.resolve(f, c.name.as_str()).expect("class name is bound");
        Some(Stmt { kind: StmtKind::Assign { targets: vec![Target::Var(var)], value }, line })
    }

    /// The first parameter of the function being lowered (`self` of a method).
    fn functions_first_param(&self, f: &FnCx) -> Option<LocalId> {
        (f.kind == FnKind::Function && f.param_count > 0).then_some(LocalId(0))
    }

    fn new_func_id(&mut self) -> FuncId {
        let id = FuncId(self.functions.len() as u32);
        self.functions.push(None);
        id
    }

    /// Positional and keyword-only defaults, evaluated where the def runs.
    fn lower_defaults(&mut self, f: &mut FnCx, a: &ast::Arguments) -> (Vec<Expr>, Vec<(String, Expr)>) {
        let defaults = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .filter_map(|p| p.default.as_ref())
            .map(|e| self.lower_expr(f, e))
            .collect();
        let kwdefaults = a
            .kwonlyargs
            .iter()
            .filter_map(|p| Some((p.def.arg.to_string(), p.default.as_ref()?)))
            .map(|(n, e)| (n, self.lower_expr(f, e)))
            .collect();
        (defaults, kwdefaults)
    }

    /// The lowering context of a new function scope.
    fn fn_cx(&self, scope: usize, kind: FnKind, qualname: &str) -> FnCx {
        let sc = &self.st.scopes[scope];
        FnCx {
            scope,
            kind,
            locals: Vec::new(),
            local_ids: HashMap::new(),
            frees: sc.frees.clone(),
            param_count: 0,
            declared_global: sc.globals.clone(),
            is_module: false,
            loops: 0,
            qual_prefix: if matches!(kind, FnKind::Class | FnKind::Comprehension) {
                format!("{qualname}.")
            } else {
                format!("{qualname}.<locals>.")
            },
            uses_locals: false,
        }
    }

    fn add_local(&self, fcx: &mut FnCx, name: &str) -> LocalId {
        if let Some(l) = fcx.local_ids.get(name) {
            return *l;
        }
        let id = LocalId(fcx.locals.len() as u32);
        let cell = self.st.scopes[fcx.scope].cells.contains(name);
        fcx.local_ids.insert(name.to_string(), id);
        fcx.locals.push(Local {
            name: name.to_string(),
            ty: if cell { Ty::Any } else { Ty::Never },
            cell,
            walrus: false,
        });
        id
    }

    /// The parameters, in CPython's order: positional, keyword-only, `*args`, `**kwargs`.
    fn add_params(&mut self, fcx: &mut FnCx, a: &ast::Arguments) -> Sig {
        let mut params = Vec::new();
        let mut seen = HashSet::new();
        let mut add = |cx: &mut Self, fcx: &mut FnCx, def: &ast::Arg, has_default: bool| {
            let name = def.arg.to_string();
            if !seen.insert(name.clone()) {
                cx.diags
                    .push(Diagnostic::syntax(format!("duplicate argument '{name}' in function definition"), span(def)));
            }
            cx.add_local(fcx, &name);
            params.push(Param { name, has_default });
        };
        for p in a.posonlyargs.iter().chain(&a.args) {
            add(self, fcx, &p.def, p.default.is_some());
        }
        for p in &a.kwonlyargs {
            add(self, fcx, &p.def, p.default.is_some());
        }
        if let Some(v) = &a.vararg {
            add(self, fcx, v, false);
        }
        if let Some(k) = &a.kwarg {
            add(self, fcx, k, false);
        }
        fcx.param_count = params.len();
        for g in &self.st.scopes[fcx.scope].globals {
            let all = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| &p.def);
            if let Some(def) = all.chain(a.vararg.as_deref()).chain(a.kwarg.as_deref()).find(|d| d.arg.as_str() == g) {
                self.diags.push(Diagnostic::syntax(format!("name '{g}' is parameter and global"), span(def)));
            }
        }
        Sig {
            params,
            posonly: a.posonlyargs.len() as u32,
            kwonly: a.kwonlyargs.len() as u32,
            varargs: a.vararg.is_some(),
            varkw: a.kwarg.is_some(),
        }
    }

    /// The names the scope binds (not global or nonlocal) become locals.
    fn add_bound_locals(&self, fcx: &mut FnCx) {
        let sc = &self.st.scopes[fcx.scope];
        let names: Vec<String> = sc.bound.iter().filter(|n| sc.is_local(n)).cloned().collect();
        for n in names {
            self.add_local(fcx, &n);
        }
    }

    /// Stores the lowered function `id`; returns its closure, the cells of the enclosing
    /// function `f` that it captures.
    #[allow(clippy::too_many_arguments)]
    fn finish_function(
        &mut self,
        f: &mut FnCx,
        id: FuncId,
        fcx: FnCx,
        name: String,
        qualname: String,
        line: u32,
        sig: Sig,
        body: Vec<Stmt>,
    ) -> Vec<Var> {
        let is_generator = self.st.scopes[fcx.scope].is_generator;
        let closure = fcx.frees.iter().map(|n| self.resolve_cell(f, n)).collect();
        self.functions[id.0 as usize] = Some(Function {
            unit: self.unit,
            name,
            qualname,
            line,
            params: sig.params,
            locals: fcx.locals,
            body,
            ret_ty: Ty::Never,
            is_module: false,
            uses_locals: fcx.uses_locals,
            kind: fcx.kind,
            is_generator,
            freevars: fcx.frees,
            posonly: sig.posonly,
            kwonly: sig.kwonly,
            varargs: sig.varargs,
            varkw: sig.varkw,
            doc: None,
        });
        closure
    }

    /// The cell through which `f` holds `name` for an inner function.
    fn resolve_cell(&mut self, f: &FnCx, name: &str) -> Var {
        if let Some(l) = f.local_ids.get(name) {
            debug_assert!(f.locals[l.0 as usize].cell, "captured local {name} is a cell");
            return Var::Local(*l);
        }
        match f.frees.iter().position(|n| n == name) {
            Some(i) => Var::Free(i as u32),
            None => {
                self.diags.push(Diagnostic::unsupported(format!("capturing '{name}' here"), 0..0));
                Var::Free(0)
            }
        }
    }

    fn lower_lambda(&mut self, f: &mut FnCx, e: &ast::Expr, l: &ast::ExprLambda) -> Expr {
        let line = self.line(e);
        let (defaults, kwdefaults) = self.lower_defaults(f, &l.args);
        let Some(scope) = self.st.scope_of(l) else { return self.unsup_expr("this lambda", e) };
        let id = self.new_func_id();
        let qualname = format!("{}<lambda>", f.qual_prefix);
        let mut fcx = self.fn_cx(scope, FnKind::Lambda, &qualname);
        let sig = self.add_params(&mut fcx, &l.args);
        self.add_bound_locals(&mut fcx);
        let value = self.lower_expr(&mut fcx, &l.body);
        let body = if self.st.scopes[scope].is_generator {
            vec![Stmt { kind: StmtKind::Expr(value), line }]
        } else {
            vec![Stmt { kind: StmtKind::Return(Some(value)), line }]
        };
        let closure = self.finish_function(f, id, fcx, "<lambda>".into(), qualname, line, sig, body);
        Expr::new(ExprKind::MakeFunction { func: id, defaults, kwdefaults, closure }, Ty::Any, line)
    }

    /// A comprehension, as CPython 3.11 compiles it: a function of the first iterable's
    /// iterator (evaluated here), called at once.
    fn lower_comprehension(
        &mut self,
        f: &mut FnCx,
        e: &ast::Expr,
        scope: Option<usize>,
        kind: Comp,
        gens: &[ast::Comprehension],
        elts: &[&ast::Expr],
    ) -> Expr {
        let line = self.line(e);
        let Some(scope) = scope else { return self.unsup_expr("this comprehension", e) };
        if gens.iter().any(|g| g.is_async) {
            return self.unsup_expr("an asynchronous comprehension", e);
        }
        let first = self.lower_expr(f, &gens[0].iter);
        let id = self.new_func_id();
        let name = match kind {
            Comp::List => "<listcomp>",
            Comp::Set => "<setcomp>",
            Comp::Dict => "<dictcomp>",
            Comp::Gen => "<genexpr>",
        };
        let qualname = format!("{}{}", f.qual_prefix, name);
        let mut fcx = self.fn_cx(scope, FnKind::Comprehension, &qualname);
        let dot0 = self.add_local(&mut fcx, ".0");
        self.add_bound_locals(&mut fcx);
        let result = (kind != Comp::Gen).then(|| self.add_local(&mut fcx, ".result"));
        let load = |l: LocalId| Expr::new(ExprKind::Load(Var::Local(l)), Ty::Never, line);
        // The innermost statement.
        let mut inner: Vec<Stmt> = match kind {
            Comp::List | Comp::Set => {
                let v = self.lower_expr(&mut fcx, elts[0]);
                let call = ExprKind::CompAdd {
                    set: kind == Comp::Set,
                    obj: Box::new(load(result.expect("result"))),
                    value: Box::new(v),
                };
                vec![Stmt { kind: StmtKind::Expr(Expr::new(call, Ty::Any, line)), line }]
            }
            Comp::Dict => {
                let key = self.add_local(&mut fcx, ".key");
                let k = self.lower_expr(&mut fcx, elts[0]);
                let v = self.lower_expr(&mut fcx, elts[1]);
                vec![
                    Stmt { kind: StmtKind::Assign { targets: vec![Target::Var(Var::Local(key))], value: k }, line },
                    Stmt {
                        kind: StmtKind::Assign {
                            targets: vec![Target::Subscript { obj: load(result.expect("result")), index: load(key) }],
                            value: v,
                        },
                        line,
                    },
                ]
            }
            Comp::Gen => {
                let v = self.lower_expr(&mut fcx, elts[0]);
                vec![Stmt { kind: StmtKind::Expr(Expr::new(ExprKind::Yield(Some(Box::new(v))), Ty::Any, line)), line }]
            }
        };
        // Wrap it in the loops and conditions, innermost first.
        let mut lowered: Vec<(Target, Option<Expr>, Vec<Expr>)> = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            let iter = if i == 0 { None } else { Some(self.lower_expr(&mut fcx, &g.iter)) };
            let target = self.lower_target(&mut fcx, &g.target);
            let conds = g.ifs.iter().map(|c| self.lower_expr(&mut fcx, c)).collect();
            lowered.push((target, iter, conds));
        }
        for (target, iter, conds) in lowered.into_iter().rev() {
            for c in conds.into_iter().rev() {
                inner = vec![Stmt { kind: StmtKind::If { cond: c, then: inner, orelse: vec![] }, line }];
            }
            let iter = iter.unwrap_or_else(|| load(dot0));
            inner = vec![Stmt { kind: StmtKind::For { target, iter, body: inner, orelse: vec![] }, line }];
        }
        let mut body = Vec::new();
        if let Some(r) = result {
            let init = match kind {
                Comp::List => ExprKind::List(vec![]),
                Comp::Set => builtin_call("set", vec![], line).kind,
                _ => ExprKind::Dict(vec![]),
            };
            body.push(Stmt {
                kind: StmtKind::Assign {
                    targets: vec![Target::Var(Var::Local(r))],
                    value: Expr::new(init, Ty::Never, line),
                },
                line,
            });
        }
        body.extend(inner);
        if let Some(r) = result {
            body.push(Stmt { kind: StmtKind::Return(Some(load(r))), line });
        }
        let sig = Sig {
            params: vec![Param { name: ".0".into(), has_default: false }],
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
        };
        let closure = self.finish_function(f, id, fcx, name.into(), qualname, line, sig, body);
        let make = Expr::new(
            ExprKind::MakeFunction { func: id, defaults: vec![], kwdefaults: vec![], closure },
            Ty::Any,
            line,
        );
        let iter = Expr::new(
            ExprKind::Call {
                func: Box::new(Expr::new(ExprKind::Builtin("iter".into()), Ty::Any, line)),
                args: vec![first],
                kwargs: vec![],
            },
            Ty::Any,
            line,
        );
        Expr::new(ExprKind::Call { func: Box::new(make), args: vec![iter], kwargs: vec![] }, Ty::Never, line)
    }

    fn lower_target(&mut self, f: &mut FnCx, t: &ast::Expr) -> Target {
        match t {
            ast::Expr::Name(n) => match self.resolve(f, n.id.as_str()) {
                Some(v) => Target::Var(v),
                None => {
                    // Bound names always resolve; keep going after an internal miss.
                    self.unsupported("this assignment target", t);
                    Target::Unpack(Vec::new(), None)
                }
            },
            ast::Expr::Subscript(s) => {
                let obj = self.lower_expr(f, &s.value);
                let index = self.lower_expr(f, &s.slice);
                Target::Subscript { obj, index }
            }
            ast::Expr::Attribute(a) => {
                let obj = self.lower_expr(f, &a.value);
                Target::Attr { obj, name: a.attr.to_string() }
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) => {
                let mut star = None;
                let mut targets = Vec::with_capacity(elts.len());
                for (i, e) in elts.iter().enumerate() {
                    match e {
                        ast::Expr::Starred(s) => {
                            if star.is_some() {
                                self.diags
                                    .push(Diagnostic::syntax("multiple starred expressions in assignment", span(e)));
                            }
                            star = Some(i);
                            targets.push(self.lower_target(f, &s.value));
                        }
                        _ => targets.push(self.lower_target(f, e)),
                    }
                }
                Target::Unpack(targets, star)
            }
            ast::Expr::Starred(_) => {
                self.diags.push(Diagnostic::syntax("starred assignment target must be in a list or tuple", span(t)));
                Target::Unpack(Vec::new(), None)
            }
            _ => {
                self.diags.push(Diagnostic::syntax("cannot assign to expression", span(t)));
                Target::Unpack(Vec::new(), None)
            }
        }
    }

    fn lower_expr(&mut self, f: &mut FnCx, e: &ast::Expr) -> Expr {
        let line = self.line(e);
        let kind = match e {
            ast::Expr::Constant(c) => match &c.value {
                Constant::None => ExprKind::None,
                Constant::Bool(b) => ExprKind::Bool(*b),
                Constant::Int(i) => int_const(i),
                Constant::Float(x) => ExprKind::Float(*x),
                Constant::Str(s) => ExprKind::Str(s.clone()),
                Constant::Bytes(b) => ExprKind::Bytes(b.clone()),
                Constant::Complex { real, imag } => ExprKind::Complex(*real, *imag),
                Constant::Ellipsis => ExprKind::Ellipsis,
                Constant::Tuple(_) => return self.unsup_expr("a tuple constant", e),
            },
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                match self.resolve(f, name) {
                    Some(v) => {
                        if let Var::Global(g) = v {
                            if let Some(fid) = self.globals[g.0 as usize].direct {
                                self.escaping.insert(fid);
                            }
                        }
                        ExprKind::Load(v)
                    }
                    None => {
                        if DYNAMIC_BUILTINS.contains(&name) {
                            self.saw_dynamic = true;
                        }
                        if UNSUPPORTED_BUILTINS.contains(&name) {
                            return self.unsup_expr(&format!("the builtin '{name}'"), e);
                        }
                        if self.unit != 0 {
                            self.builtins_read.insert(name.to_string());
                        }
                        ExprKind::Builtin(name.to_string())
                    }
                }
            }
            ast::Expr::BinOp(b) => ExprKind::BinOp {
                op: binop(&b.op),
                left: Box::new(self.lower_expr(f, &b.left)),
                right: Box::new(self.lower_expr(f, &b.right)),
            },
            ast::Expr::UnaryOp(u) => {
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                // Fold `-<int literal>` so that e.g. -9223372036854775808 stays a constant.
                if let (UnaryOp::Neg, ast::Expr::Constant(c)) = (op, &*u.operand) {
                    if let Constant::Int(i) = &c.value {
                        return Expr::new(int_const(&-i.clone()), Ty::Never, line);
                    }
                }
                ExprKind::Unary { op, operand: Box::new(self.lower_expr(f, &u.operand)) }
            }
            ast::Expr::BoolOp(b) => ExprKind::BoolOp {
                and: matches!(b.op, ast::BoolOp::And),
                values: b.values.iter().map(|v| self.lower_expr(f, v)).collect(),
            },
            ast::Expr::Compare(c) => {
                let first = Box::new(self.lower_expr(f, &c.left));
                let rest = c.ops.iter().zip(&c.comparators).map(|(op, e)| (cmpop(op), self.lower_expr(f, e))).collect();
                ExprKind::Compare { first, rest }
            }
            ast::Expr::IfExp(i) => ExprKind::IfExp {
                cond: Box::new(self.lower_expr(f, &i.test)),
                then: Box::new(self.lower_expr(f, &i.body)),
                orelse: Box::new(self.lower_expr(f, &i.orelse)),
            },
            ast::Expr::Call(c) => return self.lower_call(f, e, c),
            ast::Expr::Attribute(a) => {
                ExprKind::Attr { obj: Box::new(self.lower_expr(f, &a.value)), name: a.attr.to_string() }
            }
            ast::Expr::Subscript(s) => ExprKind::Subscript {
                obj: Box::new(self.lower_expr(f, &s.value)),
                index: Box::new(self.lower_expr(f, &s.slice)),
            },
            ast::Expr::Slice(s) => ExprKind::Slice {
                lower: s.lower.as_ref().map(|x| Box::new(self.lower_expr(f, x))),
                upper: s.upper.as_ref().map(|x| Box::new(self.lower_expr(f, x))),
                step: s.step.as_ref().map(|x| Box::new(self.lower_expr(f, x))),
            },
            ast::Expr::List(l) => ExprKind::List(self.lower_elts(f, &l.elts)),
            ast::Expr::Tuple(t) => ExprKind::Tuple(self.lower_elts(f, &t.elts)),
            ast::Expr::Dict(d) => ExprKind::Dict(
                d.keys
                    .iter()
                    .zip(&d.values)
                    .map(|(k, v)| (k.as_ref().map(|k| self.lower_expr(f, k)), self.lower_expr(f, v)))
                    .collect(),
            ),
            ast::Expr::JoinedStr(j) => ExprKind::FString(self.lower_fparts(f, &j.values)),
            ast::Expr::FormattedValue(_) => ExprKind::FString(self.lower_fparts(f, std::slice::from_ref(e))),
            ast::Expr::Lambda(l) => return self.lower_lambda(f, e, l),
            ast::Expr::ListComp(c) => {
                let sc = self.st.scope_of(c);
                return self.lower_comprehension(f, e, sc, Comp::List, &c.generators, &[&c.elt]);
            }
            ast::Expr::SetComp(c) => {
                let sc = self.st.scope_of(c);
                return self.lower_comprehension(f, e, sc, Comp::Set, &c.generators, &[&c.elt]);
            }
            ast::Expr::DictComp(c) => {
                let sc = self.st.scope_of(c);
                return self.lower_comprehension(f, e, sc, Comp::Dict, &c.generators, &[&c.key, &c.value]);
            }
            ast::Expr::GeneratorExp(c) => {
                let sc = self.st.scope_of(c);
                return self.lower_comprehension(f, e, sc, Comp::Gen, &c.generators, &[&c.elt]);
            }
            ast::Expr::Set(st) => return self.lower_set_display(f, e, &st.elts),
            ast::Expr::Await(_) => return self.unsup_expr("'await'", e),
            ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) if f.is_module || f.kind == FnKind::Class => {
                self.diags.push(Diagnostic::syntax("'yield' outside function", span(e)));
                ExprKind::None
            }
            ast::Expr::Yield(y) => ExprKind::Yield(y.value.as_ref().map(|v| Box::new(self.lower_expr(f, v)))),
            ast::Expr::YieldFrom(y) => ExprKind::YieldFrom(Box::new(self.lower_expr(f, &y.value))),
            ast::Expr::NamedExpr(n) => {
                let value = self.lower_expr(f, &n.value);
                let ast::Expr::Name(t) = &*n.target else { return self.unsup_expr("this ':=' target", e) };
                let Some(var) = self.resolve(f, t.id.as_str()) else {
                    return self.unsup_expr("this ':=' target", e);
                };
                return Self::named_expr(f, var, value, line);
            }
            ast::Expr::Starred(_) => {
                self.diags.push(Diagnostic::syntax("can't use starred expression here", span(e)));
                ExprKind::None
            }
        };
        Expr::new(kind, Ty::Never, line)
    }

    #[cold]
    fn unsup_expr(&mut self, what: &str, e: &ast::Expr) -> Expr {
        self.unsupported(what, e);
        Expr::new(ExprKind::None, Ty::Any, self.line(e))
    }

    /// Items of a list or tuple display, or positional call arguments: `*x` is allowed.
    /// `{a, *b, c}`: a call of the runtime's hidden builtin `__pyaot_set_display__` with
    /// the items (a starred item as its iterable) and the positions of the starred ones,
    /// or None for a display of more than two constants (built as CPython builds it, from
    /// a frozenset constant, for CPython's iteration order).
    fn lower_set_display(&mut self, f: &mut FnCx, e: &ast::Expr, elts: &[ast::Expr]) -> Expr {
        let line = self.line(e);
        let mut items = Vec::new();
        let mut stars = Vec::new();
        for (i, x) in elts.iter().enumerate() {
            match x {
                ast::Expr::Starred(s) => {
                    items.push(self.lower_expr(f, &s.value));
                    stars.push(Expr::new(ExprKind::SmallInt(i as i64), Ty::Int, line));
                }
                _ => items.push(self.lower_expr(f, x)),
            }
        }
        let constant = elts.len() > 2 && elts.iter().all(is_folded_constant);
        let how = if constant { ExprKind::None } else { ExprKind::Tuple(stars) };
        let args = vec![Expr::new(ExprKind::List(items), Ty::Any, line), Expr::new(how, Ty::Any, line)];
        builtin_call("__pyaot_set_display__", args, line)
    }

    /// A new local that no Python name can reach (`.with3`, `.m7`).
    fn hidden_local(&self, f: &mut FnCx, prefix: &str) -> LocalId {
        let name = format!("{prefix}{}", f.locals.len());
        self.add_local(f, &name)
    }

    /// `var := value`. A local bound inside an expression is marked, so that codegen's
    /// statement-level analysis of rebound parameters counts it.
    fn named_expr(f: &mut FnCx, var: Var, value: Expr, line: u32) -> Expr {
        if let Var::Local(l) = var {
            f.locals[l.0 as usize].walrus = true;
        }
        Expr::new(ExprKind::NamedExpr { var, value: Box::new(value) }, Ty::Any, line)
    }

    /// `with a as x, b: body` as CPython runs it, in terms of `try`:
    ///
    /// ```text
    /// .with = __pyaot_with_enter__(a)      # protocol check, __enter__; [__exit__, value]
    /// try:
    ///     x = .with[1]
    ///     <the same for b, around body>
    /// except BaseException as .exc:
    ///     if not __pyaot_with_exit__(.with, .exc):   # __exit__(type, exc, None)
    ///         raise
    /// finally:
    ///     __pyaot_with_exit__(.with, None)   # __exit__(None, None, None) unless called
    /// ```
    fn lower_with(&mut self, f: &mut FnCx, line: u32, items: &[ast::WithItem], body: &[ast::Stmt]) -> Vec<Stmt> {
        let Some((first, rest)) = items.split_first() else { return self.lower_block(f, body) };
        let state = self.hidden_local(f, ".with");
        let exc = self.hidden_local(f, ".exc");
        let ex = |kind: ExprKind| Expr::new(kind, Ty::Any, line);
        let load = |l: LocalId| Expr::new(ExprKind::Load(Var::Local(l)), Ty::Never, line);
        let call = |name: &str, args: Vec<Expr>| builtin_call(name, args, line);
        let stmt = |kind: StmtKind| Stmt { kind, line };
        let mgr = self.lower_expr(f, &first.context_expr);
        let enter = stmt(StmtKind::Assign {
            targets: vec![Target::Var(Var::Local(state))],
            value: call("__pyaot_with_enter__", vec![mgr]),
        });
        let mut inner = Vec::new();
        if let Some(v) = &first.optional_vars {
            let target = self.lower_target(f, v);
            let value = ex(ExprKind::Subscript {
                obj: Box::new(load(state)),
                index: Box::new(Expr::new(ExprKind::SmallInt(1), Ty::Int, line)),
            });
            inner.push(stmt(StmtKind::Assign { targets: vec![target], value }));
        }
        inner.extend(self.lower_with(f, line, rest, body));
        let suppress = call("__pyaot_with_exit__", vec![load(state), load(exc)]);
        let reraise = stmt(StmtKind::If {
            cond: ex(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(suppress) }),
            then: vec![stmt(StmtKind::Raise { exc: None, cause: None })],
            orelse: vec![],
        });
        let handler = Handler {
            ty: Some(ex(ExprKind::Builtin("BaseException".into()))),
            name: Some(Var::Local(exc)),
            body: vec![reraise],
            line,
        };
        let finalbody = vec![stmt(StmtKind::Expr(call("__pyaot_with_exit__", vec![load(state), ex(ExprKind::None)])))];
        vec![enter, stmt(StmtKind::Try { body: inner, handlers: vec![handler], orelse: vec![], finalbody })]
    }

    /// `match` as an `if`/`elif` chain. The subject is kept in a hidden local; each case's
    /// pattern becomes a condition that binds its captures with assignment expressions
    /// as it goes (CPython also leaves the names of a failed case partly bound). Sequence,
    /// mapping and class patterns call a hidden runtime builtin that checks the subject's
    /// shape and returns the values the sub-patterns look at (a list, kept in a hidden
    /// local), or None when the shape does not match.
    fn lower_match(&mut self, f: &mut FnCx, line: u32, m: &ast::StmtMatch) -> Vec<Stmt> {
        let subj = self.hidden_local(f, ".match");
        let subject = self.lower_expr(f, &m.subject);
        let mut out = vec![Stmt {
            kind: StmtKind::Assign { targets: vec![Target::Var(Var::Local(subj))], value: subject },
            line,
        }];
        let mut cases = Vec::new();
        for c in &m.cases {
            let mut cond = self.lower_pattern(f, &c.pattern, Subj::Local(subj), line);
            if let Some(g) = &c.guard {
                let g = self.lower_expr(f, g);
                cond = Expr::new(ExprKind::BoolOp { and: true, values: vec![cond, g] }, Ty::Any, line);
            }
            let body = self.lower_block(f, &c.body);
            cases.push((cond, body));
        }
        let mut chain = Vec::new();
        for (cond, body) in cases.into_iter().rev() {
            chain = vec![Stmt { kind: StmtKind::If { cond, then: body, orelse: chain }, line }];
        }
        out.extend(chain);
        out
    }

    /// The condition that pattern `p` matches the subject `s`.
    fn lower_pattern(&mut self, f: &mut FnCx, p: &ast::Pattern, s: Subj, line: u32) -> Expr {
        let ex = |kind: ExprKind| Expr::new(kind, Ty::Any, line);
        let subj = |s: Subj| match s {
            Subj::Local(l) => Expr::new(ExprKind::Load(Var::Local(l)), Ty::Never, line),
            Subj::Item(l, i) => Expr::new(
                ExprKind::Subscript {
                    obj: Box::new(Expr::new(ExprKind::Load(Var::Local(l)), Ty::Never, line)),
                    index: Box::new(Expr::new(ExprKind::SmallInt(i as i64), Ty::Int, line)),
                },
                Ty::Any,
                line,
            ),
        };
        let compare = |a: Expr, op: CmpOp, b: Expr| ex(ExprKind::Compare { first: Box::new(a), rest: vec![(op, b)] });
        let all = |mut values: Vec<Expr>| {
            if values.len() == 1 {
                values.pop().expect("one")
            } else {
                ex(ExprKind::BoolOp { and: true, values })
            }
        };
        match p {
            ast::Pattern::MatchValue(v) => {
                let v = self.lower_expr(f, &v.value);
                compare(subj(s), CmpOp::Eq, v)
            }
            ast::Pattern::MatchSingleton(c) => {
                let v = match c.value {
                    Constant::Bool(b) => ExprKind::Bool(b),
                    _ => ExprKind::None,
                };
                compare(subj(s), CmpOp::Is, ex(v))
            }
            ast::Pattern::MatchAs(a) => {
                let mut parts = Vec::new();
                if let Some(p) = &a.pattern {
                    parts.push(self.lower_pattern(f, p, s, line));
                }
                if let Some(n) = &a.name {
                    parts.push(self.match_bind(f, n.as_str(), subj(s), line));
                }
                if parts.is_empty() {
                    return ex(ExprKind::Bool(true));
                }
                all(parts)
            }
            ast::Pattern::MatchOr(o) => {
                let values = o.patterns.iter().map(|p| self.lower_pattern(f, p, s, line)).collect();
                ex(ExprKind::BoolOp { and: false, values })
            }
            ast::Pattern::MatchStar(_) => ex(ExprKind::Bool(true)),
            ast::Pattern::MatchSequence(q) => {
                let star = q.patterns.iter().position(|p| matches!(p, ast::Pattern::MatchStar(_)));
                let args = vec![
                    subj(s),
                    Expr::new(ExprKind::SmallInt(q.patterns.len() as i64), Ty::Int, line),
                    Expr::new(ExprKind::SmallInt(star.map_or(-1, |i| i as i64)), Ty::Int, line),
                ];
                let (tmp, mut parts) = self.match_shape(f, "__pyaot_match_seq__", args, line);
                for (i, p) in q.patterns.iter().enumerate() {
                    match p {
                        ast::Pattern::MatchStar(st) => {
                            if let Some(n) = &st.name {
                                let item = subj(Subj::Item(tmp, i));
                                parts.push(self.match_bind(f, n.as_str(), item, line));
                            }
                        }
                        _ => parts.push(self.lower_pattern(f, p, Subj::Item(tmp, i), line)),
                    }
                }
                all(parts)
            }
            ast::Pattern::MatchMapping(mm) => {
                let keys = mm.keys.iter().map(|k| self.lower_expr(f, k)).collect();
                let args = vec![subj(s), ex(ExprKind::Tuple(keys)), ex(ExprKind::Bool(mm.rest.is_some()))];
                let (tmp, mut parts) = self.match_shape(f, "__pyaot_match_map__", args, line);
                for (i, p) in mm.patterns.iter().enumerate() {
                    parts.push(self.lower_pattern(f, p, Subj::Item(tmp, i), line));
                }
                if let Some(r) = &mm.rest {
                    let item = subj(Subj::Item(tmp, mm.patterns.len()));
                    parts.push(self.match_bind(f, r.as_str(), item, line));
                }
                all(parts)
            }
            ast::Pattern::MatchClass(c) => {
                let cls = self.lower_expr(f, &c.cls);
                let names = c.kwd_attrs.iter().map(|n| ex(ExprKind::Str(n.to_string()))).collect();
                let args = vec![
                    subj(s),
                    cls,
                    Expr::new(ExprKind::SmallInt(c.patterns.len() as i64), Ty::Int, line),
                    ex(ExprKind::Tuple(names)),
                ];
                let (tmp, mut parts) = self.match_shape(f, "__pyaot_match_class__", args, line);
                for (i, p) in c.patterns.iter().chain(&c.kwd_patterns).enumerate() {
                    parts.push(self.lower_pattern(f, p, Subj::Item(tmp, i), line));
                }
                all(parts)
            }
        }
    }

    /// `(.mN := helper(args)) is not None`, and the hidden local `.mN`.
    fn match_shape(&mut self, f: &mut FnCx, helper: &str, args: Vec<Expr>, line: u32) -> (LocalId, Vec<Expr>) {
        let tmp = self.hidden_local(f, ".m");
        let ex = |kind: ExprKind| Expr::new(kind, Ty::Any, line);
        let bound = Self::named_expr(f, Var::Local(tmp), builtin_call(helper, args, line), line);
        let cond = ex(ExprKind::Compare { first: Box::new(bound), rest: vec![(CmpOp::IsNot, ex(ExprKind::None))] });
        (tmp, vec![cond])
    }

    /// A capture: binds `name` to `value`; true.
    fn match_bind(&mut self, f: &mut FnCx, name: &str, value: Expr, line: u32) -> Expr {
        let Some(var) = self.resolve(f, name) else {
            return Expr::new(ExprKind::Bool(true), Ty::Bool, line);
        };
        let bound = Self::named_expr(f, var, value, line);
        builtin_call("__pyaot_match_bind__", vec![bound], line)
    }

    fn lower_elts(&mut self, f: &mut FnCx, elts: &[ast::Expr]) -> Vec<Expr> {
        elts.iter()
            .map(|x| match x {
                ast::Expr::Starred(s) => {
                    let inner = self.lower_expr(f, &s.value);
                    Expr::new(ExprKind::Star(Box::new(inner)), Ty::Any, self.line(x))
                }
                _ => self.lower_expr(f, x),
            })
            .collect()
    }

    fn lower_fparts(&mut self, f: &mut FnCx, values: &[ast::Expr]) -> Vec<FPart> {
        let mut parts = Vec::new();
        for v in values {
            match v {
                ast::Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) => {
                    parts.push(FPart::Lit(s.clone()))
                }
                ast::Expr::FormattedValue(fv) => {
                    let value = self.lower_expr(f, &fv.value);
                    let conv = match fv.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    let spec = fv.format_spec.as_ref().map(|s| self.lower_expr(f, s));
                    parts.push(FPart::Value { value, conv, spec });
                }
                ast::Expr::JoinedStr(j) => parts.extend(self.lower_fparts(f, &j.values)),
                other => {
                    let value = self.lower_expr(f, other);
                    parts.push(FPart::Value { value, conv: Conversion::None, spec: None });
                }
            }
        }
        parts
    }

    /// `list(x for x in it)`, `tuple(...)`, `sorted(...)`: these builtins take the whole
    /// generator before doing anything else, and nothing runs between its items, so the
    /// generator expression can be the equivalent list comprehension (`set(...)`: the set
    /// comprehension, which hashes each item when it is made, as `set()` does), run through
    /// `__pyaot_genexpr_list__` (which turns a StopIteration leaving it into the
    /// RuntimeError the generator would raise). No generator, no stack switch per item.
    /// `sorted`'s keywords must be evaluated after the generator is made and before it
    /// runs, so only values whose evaluation cannot be told apart are allowed there.
    fn consumed_genexpr(&mut self, f: &mut FnCx, func: &Expr, c: &ast::ExprCall) -> Option<Expr> {
        let ExprKind::Builtin(name) = &func.kind else { return None };
        let [ast::Expr::GeneratorExp(g)] = &c.args[..] else { return None };
        // Keyword values that cannot fail or run code: constants, lambdas without defaults.
        let plain_kw = |k: &ast::Keyword| {
            k.arg.is_some()
                && match &k.value {
                    ast::Expr::Constant(_) => true,
                    ast::Expr::Lambda(l) => l.args.defaults().next().is_none(),
                    _ => false,
                }
        };
        let ok = match name.as_str() {
            "list" | "tuple" | "set" => c.keywords.is_empty(),
            "sorted" => c.keywords.iter().all(plain_kw),
            _ => false,
        };
        if !ok {
            return None;
        }
        let sc = self.st.scope_of(g);
        if let Some(i) = sc {
            // The comprehension's function returns the list; it does not yield.
            self.st.scopes[i].is_generator = false;
        }
        // `set()` adds each item as the generator produces it, hashing it then, as a set
        // comprehension does: the comprehension's set is the result itself (a copy could
        // lay the table out differently).
        let kind = if name == "set" { Comp::Set } else { Comp::List };
        let comp = self.lower_comprehension(f, &c.args[0], sc, kind, &g.generators, &[&g.elt]);
        match comp.kind {
            ExprKind::Call { func: make, mut args, .. } if args.len() == 1 => {
                let it = args.pop()?;
                Some(builtin_call("__pyaot_genexpr_list__", vec![*make, it], comp.line))
            }
            other => Some(Expr::new(other, comp.ty, comp.line)),
        }
    }

    fn lower_call(&mut self, f: &mut FnCx, e: &ast::Expr, c: &ast::ExprCall) -> Expr {
        let line = self.line(e);
        let starred =
            c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none());
        if starred {
            // `f(*a, **k)`: the positional arguments as a tuple, the keywords as a dict.
            let func = Box::new(self.lower_expr(f, &c.func));
            let args = Box::new(Expr::new(ExprKind::Tuple(self.lower_elts(f, &c.args)), Ty::Tuple, line));
            let kwargs = if c.keywords.is_empty() {
                None
            } else {
                let items = c
                    .keywords
                    .iter()
                    .map(|k| (k.arg.as_ref().map(|a| a.to_string()), self.lower_expr(f, &k.value)))
                    .collect();
                Some(Box::new(Expr::new(ExprKind::KwArgs(items), Ty::Dict, line)))
            };
            return Expr::new(ExprKind::CallEx { func, args, kwargs }, Ty::Never, line);
        }
        let mut kwargs = Vec::new();
        for k in &c.keywords {
            if let Some(name) = &k.arg {
                kwargs.push((name.to_string(), self.lower_expr(f, &k.value)));
            }
        }
        let plain_args = &c.args;
        // A method call: `obj.name(...)`.
        if let ast::Expr::Attribute(a) = &*c.func {
            let obj = Box::new(self.lower_expr(f, &a.value));
            let args = self.lower_elts(f, plain_args);
            return Expr::new(ExprKind::CallMethod { obj, name: a.attr.to_string(), args, kwargs }, Ty::Never, line);
        }
        // A direct call of a known top-level function, when the arguments bind statically.
        if let ast::Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            if let Some(Var::Global(g)) = self.resolve(f, name) {
                if let Some(fid) = self.globals[g.0 as usize].direct {
                    if let Some(args) = self.bind_direct(f, fid, c) {
                        return Expr::new(ExprKind::CallDirect { func: fid, global: g, args }, Ty::Never, line);
                    }
                }
            }
        }
        let func = Box::new(self.lower_expr(f, &c.func));
        if let Some(arg) = self.consumed_genexpr(f, &func, c) {
            if matches!(&func.kind, ExprKind::Builtin(n) if n == "set") {
                return arg;
            }
            return Expr::new(ExprKind::Call { func, args: vec![arg], kwargs }, Ty::Never, line);
        }
        let mut args = self.lower_elts(f, plain_args);
        // `super()` in a method is `super(__class__, <first argument>)`.
        if let ExprKind::Builtin(name) = &func.kind {
            if name == "super" && args.is_empty() && kwargs.is_empty() {
                let cls = f.frees.iter().position(|n| n == "__class__");
                let first = self.functions_first_param(f);
                match (cls, first) {
                    (Some(i), Some(p)) => {
                        args.push(Expr::new(ExprKind::Load(Var::Free(i as u32)), Ty::Any, line));
                        args.push(Expr::new(ExprKind::Load(Var::Local(p)), Ty::Any, line));
                    }
                    _ => {
                        self.diags.push(Diagnostic::unsupported("'super()' outside a method", span(e)));
                    }
                }
            }
        }
        // The builtins that see the caller's namespaces get them as arguments.
        if let ExprKind::Builtin(name) = &func.kind {
            if kwargs.is_empty() && plain_args.len() == c.args.len() {
                match (name.as_str(), args.len()) {
                    ("globals", 0) => return Expr::new(ExprKind::Globals, Ty::Dict, line),
                    ("locals", 0) => {
                        f.uses_locals = true;
                        return Expr::new(ExprKind::Locals, Ty::Dict, line);
                    }
                    ("eval" | "exec", 1) => {
                        f.uses_locals = true;
                        args.push(Expr::new(ExprKind::Globals, Ty::Dict, line));
                        args.push(Expr::new(ExprKind::Locals, Ty::Dict, line));
                    }
                    _ => {}
                }
            }
        }
        Expr::new(ExprKind::Call { func, args, kwargs }, Ty::Never, line)
    }

    /// Binds a call's arguments to the parameters of top-level def `fid` at compile time.
    /// None when they do not bind (the generic call then raises CPython's TypeError).
    fn bind_direct(&mut self, f: &mut FnCx, fid: FuncId, c: &ast::ExprCall) -> Option<Vec<Option<Expr>>> {
        let params = self.def_params.get(&fid)?.clone();
        if c.args.len() > params.len() || c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return None;
        }
        let mut slots: Vec<Option<&ast::Expr>> = vec![None; params.len()];
        for (i, a) in c.args.iter().enumerate() {
            slots[i] = Some(a);
        }
        for k in &c.keywords {
            let name = k.arg.as_ref()?;
            let i = params.iter().position(|(p, _)| p == name.as_str())?;
            if slots[i].is_some() {
                return None;
            }
            slots[i] = Some(&k.value);
        }
        if slots.iter().zip(&params).any(|(s, (_, has_default))| s.is_none() && !has_default) {
            return None;
        }
        // Evaluate in source order (positional, then keywords), as CPython does: only
        // direct-bind when keywords appear in parameter order, so order is preserved.
        let mut last = None;
        for k in &c.keywords {
            let i = params.iter().position(|(p, _)| Some(p.as_str()) == k.arg.as_deref())?;
            if last.is_some_and(|l| i < l) {
                return None;
            }
            last = Some(i);
        }
        Some(slots.into_iter().map(|s| s.map(|e| self.lower_expr(f, e))).collect())
    }
}

/// A function's parameters as lowered.
struct Sig {
    params: Vec<Param>,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
}

/// A call of the runtime builtin `name` (the hidden `__pyaot_…__` ones included).
fn builtin_call(name: &str, args: Vec<Expr>, line: u32) -> Expr {
    let func = Box::new(Expr::new(ExprKind::Builtin(name.into()), Ty::Any, line));
    Expr::new(ExprKind::Call { func, args, kwargs: vec![] }, Ty::Any, line)
}

/// What a pattern looks at: the match subject, or item `i` of a hidden list.
#[derive(Clone, Copy)]
enum Subj {
    Local(LocalId),
    Item(LocalId, usize),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}

/// Is `e` a constant after CPython's AST optimizer (a literal, a signed number, a tuple
/// of constants)? A set display of more than two constants is built from a frozenset
/// constant, which gives its iteration order.
fn is_folded_constant(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(u) => {
            !matches!(u.op, ast::UnaryOp::Not)
                && matches!(&*u.operand, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Int(_) | ast::Constant::Float(_) | ast::Constant::Complex { .. } | ast::Constant::Bool(_)))
        }
        ast::Expr::Tuple(t) => t.elts.iter().all(is_folded_constant),
        // Arithmetic on numbers folds, unless it would raise (a zero divisor).
        ast::Expr::BinOp(b) => {
            let zero = matches!(&*b.right, ast::Expr::Constant(c) if matches!(&c.value, ast::Constant::Int(i) if i.to_string() == "0"));
            let divides = matches!(b.op, ast::Operator::Div | ast::Operator::FloorDiv | ast::Operator::Mod);
            let numeric = |x: &ast::Expr| !matches!(x, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_) | ast::Constant::Bytes(_)));
            is_folded_constant(&b.left)
                && is_folded_constant(&b.right)
                && numeric(&b.left)
                && numeric(&b.right)
                && !(zero && divides)
        }
        _ => false,
    }
}

fn int_const(i: &BigInt) -> ExprKind {
    match i64::try_from(i) {
        Ok(v) if (-(1i64 << 62)..(1i64 << 62)).contains(&v) => ExprKind::SmallInt(v),
        _ => ExprKind::BigInt(i.clone()),
    }
}

fn binop(op: &ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: &ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// The text CPython's unparser (`ast_unparse.c`) gives an annotation under
/// `from __future__ import annotations`, for the forms annotations usually take
/// (names, attributes, subscripts, `|`, lists, simple constants); None for others.
fn annotation_text(e: &ast::Expr) -> Option<String> {
    Some(match e {
        ast::Expr::Name(n) => n.id.to_string(),
        ast::Expr::Attribute(a) => {
            if matches!(&*a.value, ast::Expr::Constant(_)) {
                return None;
            }
            format!("{}.{}", annotation_text(&a.value)?, a.attr)
        }
        ast::Expr::Subscript(s) => {
            let index = match &*s.slice {
                ast::Expr::Tuple(t) if !t.elts.is_empty() => {
                    t.elts.iter().map(annotation_text).collect::<Option<Vec<_>>>()?.join(", ")
                }
                other => annotation_text(other)?,
            };
            format!("{}[{}]", annotation_text(&s.value)?, index)
        }
        ast::Expr::List(l) => {
            format!("[{}]", l.elts.iter().map(annotation_text).collect::<Option<Vec<_>>>()?.join(", "))
        }
        ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::BitOr) => {
            // `|` is left-associative: a `|` on the right needs parentheses.
            let right = match &*b.right {
                ast::Expr::BinOp(_) => return None,
                r => annotation_text(r)?,
            };
            format!("{} | {}", annotation_text(&b.left)?, right)
        }
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::None => "None".into(),
            ast::Constant::Ellipsis => "...".into(),
            ast::Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
            ast::Constant::Str(s) if s.chars().all(|ch| (' '..='~').contains(&ch) && ch != '\\' && ch != '\'') => {
                format!("'{s}'")
            }
            _ => return None,
        },
        _ => return None,
    })
}

/// The docstring of a def's or class's body: its first statement, when it is a str
/// constant.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match &*e.value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(doc), .. }) => Some(doc.clone()),
            _ => None,
        },
        _ => None,
    }
}
