//! Scope analysis: which names a function binds (its locals), which it declares
//! `global`, and which names the module binds. Python decides this per function body,
//! statically: a name bound anywhere in a function is local everywhere in it unless
//! declared `global`.
//!
//! **Invariant:** this is the only place that decides local vs global vs builtin; codegen
//! and the VM see only resolved [`crate::ir::Var`]s.
use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::{HashMap, HashSet};

/// The names a body binds, in first-binding order, and its `global` declarations.
#[derive(Default, Debug)]
pub struct Bindings {
    pub bound: Vec<String>,
    pub globals: HashSet<String>,
    /// How many binding statements each name has (for direct-call analysis).
    pub count: HashMap<String, u32>,
}

impl Bindings {
    fn bind(&mut self, name: &str) {
        let c = self.count.entry(name.to_string()).or_insert(0);
        if *c == 0 {
            self.bound.push(name.to_string());
        }
        *c += 1;
    }
    fn bind_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::Starred(s) => self.bind_target(&s.value),
            _ => {}
        }
    }
}

/// Collects the bindings of a function or module body (not descending into nested
/// function bodies, whose own bindings are theirs; the nested `def` binds its name here).
pub fn collect(body: &[Stmt]) -> Bindings {
    let mut b = Bindings::default();
    walk(body, &mut b);
    b
}

fn walk(body: &[Stmt], b: &mut Bindings) {
    for s in body {
        match s {
            Stmt::FunctionDef(f) => b.bind(f.name.as_str()),
            Stmt::AsyncFunctionDef(f) => b.bind(f.name.as_str()),
            Stmt::ClassDef(c) => b.bind(c.name.as_str()),
            Stmt::Assign(a) => a.targets.iter().for_each(|t| b.bind_target(t)),
            Stmt::AugAssign(a) => b.bind_target(&a.target),
            Stmt::AnnAssign(a) => {
                if a.value.is_some() {
                    b.bind_target(&a.target)
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| b.bind_target(t)),
            Stmt::For(f) => {
                b.bind_target(&f.target);
                walk(&f.body, b);
                walk(&f.orelse, b);
            }
            Stmt::AsyncFor(f) => {
                b.bind_target(&f.target);
                walk(&f.body, b);
                walk(&f.orelse, b);
            }
            Stmt::While(w) => {
                walk(&w.body, b);
                walk(&w.orelse, b);
            }
            Stmt::If(i) => {
                walk(&i.body, b);
                walk(&i.orelse, b);
            }
            Stmt::With(w) => {
                for it in &w.items {
                    if let Some(v) = &it.optional_vars {
                        b.bind_target(v);
                    }
                }
                walk(&w.body, b);
            }
            Stmt::Try(t) => {
                walk(&t.body, b);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        b.bind(n.as_str());
                    }
                    walk(&h.body, b);
                }
                walk(&t.orelse, b);
                walk(&t.finalbody, b);
            }
            Stmt::TryStar(t) => {
                walk(&t.body, b);
                walk(&t.orelse, b);
                walk(&t.finalbody, b);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    match &a.asname {
                        Some(n) => b.bind(n.as_str()),
                        None => b.bind(a.name.split('.').next().unwrap_or("")),
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    b.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    b.globals.insert(n.to_string());
                }
            }
            Stmt::Match(m) => {
                for c in &m.cases {
                    walk(&c.body, b);
                }
            }
            _ => {}
        }
    }
}
