//! Type inference over the whole program: a fixpoint that joins the types assigned to
//! each local, the argument types of every direct call into each parameter, and the
//! returned types into each function's result type.
//!
//! The types are hints for codegen's fast paths, which check the value's tag or type at
//! run time and fall back to the runtime's generic operation; so an imprecise type can
//! cost speed but never correctness.
use crate::ir::*;
use std::collections::HashSet;

pub fn infer(m: &mut Module, escaping: &HashSet<FuncId>) {
    let nf = m.functions.len();
    for _round in 0..50 {
        let mut changed = false;
        // Argument types seen at direct call sites and defaults, per function and parameter.
        let mut arg_tys: Vec<Vec<Ty>> = m.functions.iter().map(|f| vec![Ty::Never; f.params.len()]).collect();
        let rets: Vec<Ty> = m.functions.iter().map(|f| f.ret_ty).collect();
        for fi in 0..nf {
            let mut body = std::mem::take(&mut m.functions[fi].body);
            let mut cx = Cx {
                locals: &mut m.functions[fi].locals,
                rets: &rets,
                arg_tys: &mut arg_tys,
                ret: Ty::Never,
                changed: false,
            };
            cx.block(&mut body);
            let falls_off =
                !matches!(body.last().map(|s| &s.kind), Some(StmtKind::Return(_)) | Some(StmtKind::Raise { .. }));
            let mut ret = cx.ret;
            changed |= cx.changed;
            if falls_off {
                ret = ret.join(Ty::NoneT);
            }
            m.functions[fi].body = body;
            let f = &mut m.functions[fi];
            if !f.is_module && f.ret_ty.join(ret) != f.ret_ty {
                f.ret_ty = f.ret_ty.join(ret);
                changed = true;
            }
        }
        for (fi, tys) in arg_tys.into_iter().enumerate() {
            let esc = escaping.contains(&FuncId(fi as u32));
            let f = &mut m.functions[fi];
            for (pi, t) in tys.into_iter().enumerate() {
                let t = if esc { Ty::Any } else { t };
                let old = f.locals[pi].ty;
                if old.join(t) != old {
                    f.locals[pi].ty = old.join(t);
                    changed = true;
                }
            }
        }
        if !changed {
            // Locals never assigned (read only while unbound) constrain nothing.
            for f in &mut m.functions {
                for l in &mut f.locals {
                    if l.ty == Ty::Never {
                        l.ty = Ty::Any;
                    }
                }
            }
            return;
        }
    }
    // No fixpoint (should not happen: types only grow in a finite lattice): be safe.
    for f in &mut m.functions {
        for l in &mut f.locals {
            l.ty = Ty::Any;
        }
        f.ret_ty = Ty::Any;
    }
}

struct Cx<'a> {
    locals: &'a mut Vec<Local>,
    rets: &'a [Ty],
    arg_tys: &'a mut Vec<Vec<Ty>>,
    ret: Ty,
    changed: bool,
}

impl Cx<'_> {
    fn assign(&mut self, v: Var, t: Ty) {
        if let Var::Local(l) = v {
            let old = self.locals[l.0 as usize].ty;
            let new = old.join(t);
            if new != old {
                self.locals[l.0 as usize].ty = new;
                self.changed = true;
            }
        }
    }

    fn target(&mut self, t: &mut Target, ty: Ty) {
        match t {
            Target::Var(v) => self.assign(*v, ty),
            Target::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
            }
            Target::Attr { obj, .. } => {
                self.expr(obj);
            }
            Target::Unpack(ts, _) => ts.iter_mut().for_each(|t| self.target(t, Ty::Any)),
        }
    }

    fn block(&mut self, b: &mut [Stmt]) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Expr(e) | StmtKind::Display(e) => {
                self.expr(e);
            }
            StmtKind::Assign { targets, value } => {
                let t = self.expr(value);
                for tg in targets {
                    self.target(tg, t);
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let vt = self.expr(value);
                let cur = match target {
                    Target::Var(Var::Local(l)) => self.locals[l.0 as usize].ty,
                    _ => Ty::Any,
                };
                let t = binop_ty(*op, cur, vt);
                self.target(target, t);
            }
            StmtKind::If { cond, then, orelse } => {
                self.expr(cond);
                self.block(then);
                self.block(orelse);
            }
            StmtKind::While { cond, body, orelse } => {
                self.expr(cond);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter);
                self.target(target, Ty::Any);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::ForRange { var, start, stop, step, body, orelse } => {
                self.expr(start);
                self.expr(stop);
                self.expr(step);
                self.assign(*var, Ty::Int);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                let t = match v {
                    Some(e) => self.expr(e),
                    None => Ty::NoneT,
                };
                self.ret = self.ret.join(t);
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    match t {
                        Target::Subscript { obj, index } => {
                            self.expr(obj);
                            self.expr(index);
                        }
                        Target::Attr { obj, .. } => {
                            self.expr(obj);
                        }
                        _ => {}
                    }
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.block(body);
                for h in handlers {
                    if let Some(t) = &mut h.ty {
                        self.expr(t);
                    }
                    if let Some(n) = h.name {
                        self.assign(n, Ty::Any);
                    }
                    self.block(&mut h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::ClassDef { var, bases, keywords, decorators, .. } => {
                for e in decorators.iter_mut().chain(bases.iter_mut()).chain(keywords.iter_mut().map(|(_, e)| e)) {
                    self.expr(e);
                }
                self.assign(*var, Ty::Any);
            }
            StmtKind::FuncDef { func, var, defaults, kwdefaults, decorators, .. } => {
                for e in decorators.iter_mut().chain(kwdefaults.iter_mut().map(|(_, e)| e)) {
                    self.expr(e);
                }
                let nparams = self.arg_tys[func.0 as usize].len();
                let first = nparams - defaults.len().min(nparams);
                for (i, d) in defaults.iter_mut().enumerate() {
                    let t = self.expr(d);
                    let slot = &mut self.arg_tys[func.0 as usize][first + i];
                    *slot = slot.join(t);
                }
                self.assign(*var, Ty::Any);
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) -> Ty {
        let t = match &mut e.kind {
            ExprKind::None => Ty::NoneT,
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::SmallInt(_) | ExprKind::BigInt(_) => Ty::Int,
            ExprKind::Float(_) => Ty::Float,
            ExprKind::Str(_) => Ty::Str,
            ExprKind::Bytes(_) | ExprKind::Ellipsis | ExprKind::Complex(..) => Ty::Any,
            // Never (no assignment seen yet) is the bottom of the lattice while iterating.
            ExprKind::Load(Var::Local(l)) => self.locals[l.0 as usize].ty,
            ExprKind::Load(Var::Global(_) | Var::Free(_))
            | ExprKind::Builtin(_)
            | ExprKind::CellRef(_)
            | ExprKind::Import { .. }
            | ExprKind::ImportFrom { .. } => Ty::Any,
            ExprKind::MakeFunction { defaults, kwdefaults, .. } => {
                for e in defaults.iter_mut().chain(kwdefaults.iter_mut().map(|(_, e)| e)) {
                    self.expr(e);
                }
                Ty::Any
            }
            ExprKind::CallEx { func, args, kwargs } => {
                self.expr(func);
                self.expr(args);
                if let Some(k) = kwargs {
                    self.expr(k);
                }
                Ty::Any
            }
            ExprKind::KwArgs(items) => {
                for (_, e) in items.iter_mut() {
                    self.expr(e);
                }
                Ty::Dict
            }
            ExprKind::Star(e) | ExprKind::YieldFrom(e) => {
                self.expr(e);
                Ty::Any
            }
            ExprKind::Yield(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
                Ty::Any
            }
            ExprKind::Globals | ExprKind::Locals => Ty::Dict,
            ExprKind::NamedExpr { var, value } => {
                let t = self.expr(value);
                self.assign(*var, t);
                t
            }
            ExprKind::BinOp { op, left, right } => {
                let (a, b) = (self.expr(left), self.expr(right));
                binop_ty(*op, a, b)
            }
            ExprKind::Unary { op, operand } => {
                let t = self.expr(operand);
                match (op, t) {
                    (UnaryOp::Not, _) => Ty::Bool,
                    (_, Ty::Never) => Ty::Never,
                    (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, Ty::Int | Ty::Bool) => Ty::Int,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Float) => Ty::Float,
                    _ => Ty::Any,
                }
            }
            ExprKind::Compare { first, rest } => {
                let mut all_simple = is_simple(self.expr(first));
                let mut identity_or_in = true;
                for (op, x) in rest.iter_mut() {
                    all_simple &= is_simple(self.expr(x));
                    identity_or_in &= matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn);
                }
                if all_simple || identity_or_in {
                    Ty::Bool
                } else {
                    Ty::Any
                }
            }
            ExprKind::BoolOp { values, .. } => {
                let mut t = Ty::Never;
                for v in values {
                    t = t.join(self.expr(v));
                }
                t
            }
            ExprKind::IfExp { cond, then, orelse } => {
                self.expr(cond);
                let a = self.expr(then);
                a.join(self.expr(orelse))
            }
            ExprKind::Call { func, args, kwargs } => {
                let callee = match &func.kind {
                    ExprKind::Builtin(n) => Some(n.clone()),
                    _ => None,
                };
                self.expr(func);
                let mut arg_tys = Vec::new();
                for a in args.iter_mut() {
                    arg_tys.push(self.expr(a));
                }
                for (_, v) in kwargs.iter_mut() {
                    self.expr(v);
                }
                match callee.as_deref() {
                    Some("len" | "ord" | "hash" | "int" | "id") => Ty::Int,
                    Some("abs") if arg_tys.first() == Some(&Ty::Int) => Ty::Int,
                    Some("abs") if arg_tys.first() == Some(&Ty::Float) => Ty::Float,
                    Some("str" | "repr" | "ascii" | "chr" | "hex" | "bin" | "oct" | "input") => Ty::Str,
                    Some("float") => Ty::Float,
                    Some("bool" | "isinstance" | "callable" | "any" | "all") => Ty::Bool,
                    Some("list" | "sorted") => Ty::List,
                    Some("tuple") => Ty::Tuple,
                    Some("dict") => Ty::Dict,
                    _ => Ty::Any,
                }
            }
            ExprKind::CallDirect { func, args, .. } => {
                for (i, a) in args.iter_mut().enumerate() {
                    if let Some(a) = a {
                        let t = self.expr(a);
                        let slot = &mut self.arg_tys[func.0 as usize][i];
                        *slot = slot.join(t);
                    }
                }
                match self.rets[func.0 as usize] {
                    Ty::Never => Ty::Never,
                    t => t,
                }
            }
            ExprKind::CompAdd { obj, value, .. } => {
                self.expr(obj);
                self.expr(value);
                Ty::NoneT
            }
            ExprKind::CallMethod { obj, args, kwargs, .. } => {
                self.expr(obj);
                for a in args.iter_mut() {
                    self.expr(a);
                }
                for (_, v) in kwargs.iter_mut() {
                    self.expr(v);
                }
                Ty::Any
            }
            ExprKind::Attr { obj, .. } => {
                self.expr(obj);
                Ty::Any
            }
            ExprKind::Subscript { obj, index } => {
                let o = self.expr(obj);
                self.expr(index);
                match o {
                    Ty::Str => Ty::Str,
                    _ => Ty::Any,
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
                Ty::Any
            }
            ExprKind::List(xs) => {
                xs.iter_mut().for_each(|x| {
                    self.expr(x);
                });
                Ty::List
            }
            ExprKind::Tuple(xs) => {
                xs.iter_mut().for_each(|x| {
                    self.expr(x);
                });
                Ty::Tuple
            }
            ExprKind::Dict(items) => {
                for (k, v) in items.iter_mut() {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
                Ty::Dict
            }
            ExprKind::FString(parts) => {
                for p in parts.iter_mut() {
                    if let FPart::Value { value, spec, .. } = p {
                        self.expr(value);
                        if let Some(s) = spec {
                            self.expr(s);
                        }
                    }
                }
                Ty::Str
            }
        };
        e.ty = t;
        t
    }
}

fn is_simple(t: Ty) -> bool {
    matches!(t, Ty::Int | Ty::Float | Ty::Bool | Ty::Str)
}

/// The result type of a binary operator on operands of types `a` and `b`.
pub fn binop_ty(op: BinOp, a: Ty, b: Ty) -> Ty {
    use BinOp::*;
    let int_like = |t: Ty| matches!(t, Ty::Int | Ty::Bool);
    let num = |t: Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Float);
    if a == Ty::Never || b == Ty::Never {
        return Ty::Never;
    }
    match op {
        Add | Sub | Mul | FloorDiv | Mod if int_like(a) && int_like(b) => Ty::Int,
        LShift | RShift if int_like(a) && int_like(b) => Ty::Int,
        BitAnd | BitOr | BitXor if a == Ty::Bool && b == Ty::Bool => Ty::Bool,
        BitAnd | BitOr | BitXor if int_like(a) && int_like(b) => Ty::Int,
        TrueDiv if num(a) && num(b) => Ty::Float,
        Add | Sub | Mul | FloorDiv | Mod if num(a) && num(b) && (a == Ty::Float || b == Ty::Float) => Ty::Float,
        Add if a == Ty::Str && b == Ty::Str => Ty::Str,
        Mul if (a == Ty::Str && int_like(b)) || (int_like(a) && b == Ty::Str) => Ty::Str,
        Mod if a == Ty::Str => Ty::Str,
        Add if a == Ty::List && b == Ty::List => Ty::List,
        Add if a == Ty::Tuple && b == Ty::Tuple => Ty::Tuple,
        _ => Ty::Any,
    }
}
