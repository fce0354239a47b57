//! The symbol table: every scope of a module (the module, each `def`, `lambda`,
//! comprehension and class body) with the names it binds, declares `global` or
//! `nonlocal`, and uses; then, as CPython's `symtable.c` does, which names are *cells*
//! (bound here and captured by an inner function) and which are *free* (captured from an
//! enclosing function). Class bodies are skipped when inner functions look outward.
//!
//! **Invariant:** this is the only place that decides local vs cell vs free vs global;
//! lowering asks it and codegen and the VM see only resolved [`crate::ir::Var`]s.
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Names bound here, in first-binding order (parameters first).
    pub bound: Vec<String>,
    /// How many binding statements each name has (for direct-call analysis).
    pub count: HashMap<String, u32>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Names read (or written) here.
    pub uses: HashSet<String>,
    pub children: Vec<usize>,
    /// Contains `yield` or `yield from` (a generator function).
    pub is_generator: bool,
    /// Calls `super` or names `__class__` (a method needing the `__class__` cell).
    pub uses_class_cell: bool,
    // Results of the analysis.
    /// Bound names captured by an inner scope.
    pub cells: HashSet<String>,
    /// Names captured from enclosing functions, in a fixed order (the closure's order).
    pub frees: Vec<String>,
    /// Errors found (message, offset).
    pub errors: Vec<(String, usize)>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            bound: Vec::new(),
            count: HashMap::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            uses: HashSet::new(),
            children: Vec::new(),
            is_generator: false,
            uses_class_cell: false,
            cells: HashSet::new(),
            frees: Vec::new(),
            errors: Vec::new(),
        }
    }
    pub fn binds(&self, name: &str) -> bool {
        self.count.contains_key(name)
    }
    /// A name bound here and not declared global or nonlocal: a local (or cell).
    pub fn is_local(&self, name: &str) -> bool {
        self.binds(name) && !self.globals.contains(name) && !self.nonlocals.contains(name)
    }
}

/// Every scope of a module; scope 0 is the module. Nodes that open a scope are keyed by
/// their address in the AST, which lives as long as lowering does.
pub struct SymTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymTable {
    pub fn build(suite: &[Stmt], expr: Option<&Expr>) -> SymTable {
        let mut b = Builder {
            t: SymTable { scopes: vec![Scope::new(ScopeKind::Module, None)], by_node: HashMap::new() },
            cur: 0,
        };
        b.stmts(suite);
        if let Some(e) = expr {
            b.expr(e);
        }
        let mut t = b.t;
        analyze(&mut t.scopes, 0, &HashMap::new());
        t
    }
    /// The scope a def/lambda/comprehension/class node opens.
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&key(node)).copied()
    }
}

/// Is `a` CPython's *simple* annotated assignment: a name not in parentheses (`x: int`,
/// not `(x): int`)? The parser's own `simple` flag does not see the parentheses.
pub fn is_simple_annotation(a: &ast::StmtAnnAssign) -> bool {
    matches!(&*a.target, Expr::Name(_)) && a.target.start() == a.start()
}

struct Builder {
    t: SymTable,
    cur: usize,
}

impl Builder {
    fn s(&mut self) -> &mut Scope {
        &mut self.t.scopes[self.cur]
    }
    fn bind(&mut self, name: &str) {
        let s = self.s();
        let c = s.count.entry(name.to_string()).or_insert(0);
        if *c == 0 {
            s.bound.push(name.to_string());
        }
        *c += 1;
        s.uses.insert(name.to_string());
    }
    fn use_name(&mut self, name: &str) {
        self.s().uses.insert(name.to_string());
    }
    fn open(&mut self, kind: ScopeKind, node: usize) -> usize {
        let idx = self.t.scopes.len();
        self.t.scopes.push(Scope::new(kind, Some(self.cur)));
        self.t.scopes[self.cur].children.push(idx);
        self.t.by_node.insert(node, idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }
    fn bind_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::Starred(s) => self.bind_target(&s.value),
            other => self.expr(other),
        }
    }

    fn args(&mut self, a: &ast::Arguments) {
        for p in a.posonlyargs.iter().chain(&a.args) {
            self.bind(p.def.arg.as_str());
        }
        for p in &a.kwonlyargs {
            self.bind(p.def.arg.as_str());
        }
        if let Some(v) = &a.vararg {
            self.bind(v.arg.as_str());
        }
        if let Some(k) = &a.kwarg {
            self.bind(k.arg.as_str());
        }
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn arg_defaults(&mut self, a: &ast::Arguments) {
        for p in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                f.decorator_list.iter().for_each(|d| self.expr(d));
                self.arg_defaults(&f.args);
                self.bind(f.name.as_str());
                let prev = self.open(ScopeKind::Function, key(f));
                self.args(&f.args);
                self.stmts(&f.body);
                self.cur = prev;
            }
            Stmt::AsyncFunctionDef(f) => self.bind(f.name.as_str()),
            Stmt::ClassDef(c) => {
                c.decorator_list.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|d| self.expr(d));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.bind(c.name.as_str());
                let prev = self.open(ScopeKind::Class, key(c));
                self.stmts(&c.body);
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.bind_target(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.bind_target(t));
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                self.bind_target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                let name = match &*a.target {
                    Expr::Name(n) if is_simple_annotation(a) => Some(n.id.as_str()),
                    _ => None,
                };
                if let Some(n) = name {
                    let s = self.s();
                    if s.kind != ScopeKind::Module && (s.globals.contains(n) || s.nonlocals.contains(n)) {
                        let what = if s.globals.contains(n) { "global" } else { "nonlocal" };
                        s.errors.push((format!("annotated name '{n}' can't be {what}"), a.start().to_usize()));
                    }
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.bind_target(&a.target);
                } else if !matches!(&*a.target, Expr::Name(_)) {
                    self.expr(&a.target);
                } else if let Some(n) = name.filter(|_| self.s().kind == ScopeKind::Function) {
                    // `x: int` makes `x` a local of its function, unbound until assigned.
                    self.bind(n);
                }
                // Module and class bodies evaluate annotations (`lower_annassign`); a class
                // body with any annotated assignment gets `__annotations__` where it begins,
                // as CPython's SETUP_ANNOTATIONS, and stores plain names' annotations there.
                match self.s().kind {
                    ScopeKind::Class => {
                        self.expr(&a.annotation);
                        self.bind("__annotations__");
                    }
                    ScopeKind::Module if name.is_none() => self.expr(&a.annotation),
                    _ => {}
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.bind_target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::AsyncFor(f) => self.bind_target(&f.target),
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.bind_target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::AsyncWith(_) => {}
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::TryStar(t) => {
                self.stmts(&t.body);
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    match &a.asname {
                        Some(n) => self.bind(n.as_str()),
                        None => self.bind(a.name.split('.').next().unwrap_or("")),
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() != "*" {
                        self.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
                    }
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let n = n.as_str();
                    if self.s().kind != ScopeKind::Module {
                        if self.s().uses.contains(n) {
                            let msg = if self.s().binds(n) {
                                format!("name '{n}' is assigned to before global declaration")
                            } else {
                                format!("name '{n}' is used prior to global declaration")
                            };
                            self.s().errors.push((msg, s.start().to_usize()));
                        }
                        self.s().globals.insert(n.to_string());
                    }
                }
            }
            Stmt::Nonlocal(nl) => {
                for n in &nl.names {
                    let n = n.as_str();
                    if self.s().kind == ScopeKind::Module {
                        self.s()
                            .errors
                            .push(("nonlocal declaration not allowed at module level".into(), s.start().to_usize()));
                    } else {
                        if self.s().uses.contains(n) {
                            let msg = if self.s().binds(n) {
                                format!("name '{n}' is assigned to before nonlocal declaration")
                            } else {
                                format!("name '{n}' is used prior to nonlocal declaration")
                            };
                            self.s().errors.push((msg, s.start().to_usize()));
                        }
                        self.s().nonlocals.insert(n.to_string());
                    }
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::TypeAlias(_) => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        match p {
            ast::Pattern::MatchValue(v) => self.expr(&v.value),
            ast::Pattern::MatchSingleton(_) => {}
            ast::Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            ast::Pattern::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            ast::Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().for_each(|p| self.pattern(p));
                c.kwd_patterns.iter().for_each(|p| self.pattern(p));
            }
            ast::Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            ast::Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            ast::Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn comprehension(&mut self, node: usize, gens: &[ast::Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        let prev = self.open(ScopeKind::Comprehension, node);
        self.bind(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.bind_target(&g.target);
            g.ifs.iter().for_each(|c| self.expr(c));
        }
        elts.iter().for_each(|e| self.expr(e));
        self.cur = prev;
    }

    /// `name := value` binds in the nearest enclosing scope that is not a comprehension.
    fn walrus_target(&mut self, name: &str) {
        if self.s().kind != ScopeKind::Comprehension {
            self.bind(name);
            return;
        }
        let mut comps = Vec::new();
        let mut i = self.cur;
        while self.t.scopes[i].kind == ScopeKind::Comprehension {
            comps.push(i);
            i = self.t.scopes[i].parent.expect("a comprehension has a parent");
        }
        let owner_is_module = self.t.scopes[i].kind == ScopeKind::Module;
        let saved = self.cur;
        self.cur = i;
        self.bind(name);
        self.cur = saved;
        for c in comps {
            let s = &mut self.t.scopes[c];
            if owner_is_module {
                s.globals.insert(name.to_string());
            } else {
                s.nonlocals.insert(name.to_string());
            }
            s.uses.insert(name.to_string());
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                let name = n.id.as_str();
                if name == "super" || name == "__class__" {
                    self.s().uses_class_cell = true;
                }
                self.use_name(name)
            }
            Expr::Lambda(l) => {
                self.arg_defaults(&l.args);
                let prev = self.open(ScopeKind::Lambda, key(l));
                self.args(&l.args);
                self.expr(&l.body);
                self.cur = prev;
            }
            Expr::ListComp(c) => self.comprehension(key(c), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(key(c), &c.generators, &[&c.elt]),
            Expr::GeneratorExp(c) => {
                self.comprehension(key(c), &c.generators, &[&c.elt]);
                let idx = *self.t.by_node.get(&key(c)).expect("scope just opened");
                self.t.scopes[idx].is_generator = true;
            }
            Expr::DictComp(c) => self.comprehension(key(c), &c.generators, &[&c.key, &c.value]),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(t.id.as_str());
                }
            }
            Expr::Yield(y) => {
                self.s().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.s().is_generator = true;
                self.expr(&y.value);
            }
            Expr::Await(a) => self.expr(&a.value),
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                d.keys.iter().flatten().for_each(|k| self.expr(k));
                d.values.iter().for_each(|v| self.expr(v));
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x);
                }
            }
        }
    }
}

/// Decides cells and frees for scope `idx` and its children. `visible` maps each name
/// bound in an enclosing function scope to that scope. Returns the names `idx` needs
/// from outside (its frees).
fn analyze(scopes: &mut [Scope], idx: usize, visible: &HashMap<String, usize>) -> Vec<String> {
    let kind = scopes[idx].kind;
    let mut inner_visible = visible.clone();
    match kind {
        ScopeKind::Module => {}
        ScopeKind::Class => {
            // Class-level names are not visible to methods; `__class__` is.
            inner_visible.insert("__class__".into(), idx);
        }
        _ => {
            for n in &scopes[idx].bound {
                if scopes[idx].is_local(n) {
                    inner_visible.insert(n.clone(), idx);
                }
            }
            // A declared-global name hides an enclosing binding of the same name.
            for g in &scopes[idx].globals {
                inner_visible.remove(g);
            }
        }
    }
    let mut frees: Vec<String> = Vec::new();
    let add_free = |frees: &mut Vec<String>, n: &str| {
        if !frees.iter().any(|f| f == n) {
            frees.push(n.to_string());
        }
    };
    let children = scopes[idx].children.clone();
    for c in children {
        let child_frees = analyze(scopes, c, &inner_visible);
        for n in child_frees {
            if kind == ScopeKind::Class && n == "__class__" {
                scopes[idx].cells.insert(n);
            } else if kind != ScopeKind::Class && kind != ScopeKind::Module && scopes[idx].is_local(&n) {
                scopes[idx].cells.insert(n);
            } else if visible.contains_key(&n) {
                add_free(&mut frees, &n);
            }
        }
    }
    if kind == ScopeKind::Module {
        return Vec::new();
    }
    let s = &scopes[idx];
    let mut own: Vec<String> = Vec::new();
    let mut nonlocal_errors = Vec::new();
    let mut names: Vec<&String> = s.uses.iter().collect();
    names.sort();
    for n in names {
        if s.globals.contains(n) {
            continue;
        }
        if s.nonlocals.contains(n) {
            if visible.contains_key(n) {
                own.push(n.clone());
            } else {
                nonlocal_errors.push(format!("no binding for nonlocal '{n}' found"));
            }
            continue;
        }
        if s.binds(n) {
            continue;
        }
        if visible.contains_key(n) {
            own.push(n.clone());
        }
    }
    if s.uses_class_cell && kind != ScopeKind::Class && visible.contains_key("__class__") && !s.binds("__class__") {
        own.push("__class__".into());
    }
    for n in own {
        add_free(&mut frees, &n);
    }
    for m in nonlocal_errors {
        scopes[idx].errors.push((m, 0));
    }
    // A fixed order: sorted, so that both tiers agree.
    frees.sort();
    scopes[idx].frees = frees.clone();
    frees
}
