//! The bytecode compiler: the frontend's resolved, typed IR to a [`CodeUnit`].
//!
//! Scope decisions (local, global, builtin) are the frontend's: this file only maps each
//! resolved [`Var`] to an instruction. Module-level names use the `*Name` instructions
//! (namespace, then globals, then builtins, as CPython's LOAD_NAME), names in functions
//! the `*Fast` and `*Global` ones.
//!
//! Errors: every instruction records its *landing* — where an error raised by it goes,
//! and the stack depth expected there — computed from the static nesting of `try`,
//! `except` and `finally` (the same contexts codegen keeps). A `break`, `continue` or
//! `return` that leaves such a context emits its cleanup inline (finally bodies too).
use crate::bytecode::*;
use pyaot_frontend::ir::{self, ExprKind, StmtKind, Target, Var};
use std::collections::HashMap;

/// Compiles a module into a code unit.
pub fn compile_unit(m: &ir::Module, filename: &str, mode: &str) -> CodeUnit {
    let mut unit = UnitCx { consts: Vec::new(), strs: HashMap::new() };
    let funcs = m.functions.iter().map(|f| FnCx::new(&mut unit, m, f).compile()).collect();
    let mut files: Vec<String> = m.units.iter().map(|u| u.path.clone()).collect();
    files[0] = filename.to_string();
    CodeUnit { files, mode: mode.to_string(), consts: unit.consts, funcs }
}

struct UnitCx {
    consts: Vec<Const>,
    strs: HashMap<String, ConstIdx>,
}

impl UnitCx {
    fn add(&mut self, c: Const) -> ConstIdx {
        if let Const::Str(s) = &c {
            if let Some(i) = self.strs.get(s) {
                return *i;
            }
            self.strs.insert(s.clone(), self.consts.len() as ConstIdx);
        }
        self.consts.push(c);
        (self.consts.len() - 1) as ConstIdx
    }
    fn str(&mut self, s: &str) -> ConstIdx {
        self.add(Const::Str(s.to_string()))
    }
}

#[derive(Clone)]
enum Ctx<'a> {
    Loop {
        is_for: bool,
        breaks: Vec<usize>,
        cont: Label,
    },
    /// A `try` body with handlers: errors go to `landing`.
    Try {
        landing: u32,
    },
    /// An `except` body (the exception on the stack): errors go to `landing`.
    Handler {
        name: Option<Var>,
        landing: u32,
    },
    /// A `try` body or handler with a `finally`: errors go to `landing`.
    Finally {
        body: &'a [ir::Stmt],
        landing: u32,
    },
}

impl Ctx<'_> {
    fn landing(&self) -> Option<u32> {
        match self {
            Ctx::Loop { .. } => None,
            Ctx::Try { landing } | Ctx::Handler { landing, .. } | Ctx::Finally { landing, .. } => Some(*landing),
        }
    }
}

struct FnCx<'a, 'u> {
    unit: &'u mut UnitCx,
    m: &'a ir::Module,
    f: &'a ir::Function,
    code: Vec<Op>,
    lines: Vec<u32>,
    landing: Vec<u32>,
    landings: Vec<Landing>,
    depth: u32,
    max: u32,
    line: u32,
    ctx: Vec<Ctx<'a>>,
}

impl<'a, 'u> FnCx<'a, 'u> {
    fn new(unit: &'u mut UnitCx, m: &'a ir::Module, f: &'a ir::Function) -> Self {
        FnCx {
            unit,
            m,
            f,
            code: Vec::new(),
            lines: Vec::new(),
            landing: Vec::new(),
            landings: Vec::new(),
            depth: 0,
            max: 0,
            line: f.line,
            ctx: Vec::new(),
        }
    }

    fn compile(mut self) -> FuncCode {
        self.block(&self.f.body);
        if !ends_in_return(&self.f.body) {
            self.konst(Const::None);
            self.emit(Op::Return);
        }
        FuncCode {
            unit: self.f.unit,
            name: self.f.name.clone(),
            qualname: self.f.qualname.clone(),
            params: self.f.params.iter().map(|p| p.name.clone()).collect(),
            locals: self.f.locals.iter().map(|l| l.name.clone()).collect(),
            cells: self.f.locals.iter().enumerate().filter(|(_, l)| l.cell).map(|(i, _)| i as u32).collect(),
            freevars: self.f.freevars.clone(),
            sig: self.f.packed_sig(),
            doc: self.f.doc.clone(),
            line: self.f.line,
            varnames: self.f.varnames(),
            cellvars: self.f.cellvars(),
            flags: self.f.co_flags(),
            code: self.code,
            lines: self.lines,
            landing: self.landing,
            landings: self.landings,
            max_stack: self.max,
            is_module: self.f.is_module,
        }
    }

    // ----------------------------------------------------------------------------------
    // Emitting

    fn emit(&mut self, op: Op) -> usize {
        let (pop, push) = op.stack_effect();
        debug_assert!(self.depth >= pop, "stack underflow at {op:?}");
        self.depth = self.depth.saturating_sub(pop) + push;
        self.max = self.max.max(self.depth);
        let landing = self.ctx.iter().rev().find_map(Ctx::landing).unwrap_or(NO_LANDING);
        self.code.push(op);
        self.lines.push(self.line);
        self.landing.push(landing);
        self.code.len() - 1
    }

    fn here(&self) -> Label {
        self.code.len() as Label
    }

    /// Points the jump at `at` to `target`.
    fn patch(&mut self, at: usize, target: Label) {
        self.code[at] = match self.code[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::ExcMatchOrJump(_) => Op::ExcMatchOrJump(target),
            other => other,
        };
    }

    fn new_landing(&mut self, depth: u32) -> u32 {
        self.landings.push(Landing { target: 0, depth });
        (self.landings.len() - 1) as u32
    }

    fn set_landing_here(&mut self, l: u32) {
        self.landings[l as usize].target = self.here();
    }

    fn konst(&mut self, c: Const) {
        let i = self.unit.add(c);
        self.emit(Op::LoadConst(i));
    }

    // ----------------------------------------------------------------------------------
    // Variables

    fn is_cell(&self, v: Var) -> bool {
        matches!(v, Var::Local(l) if self.f.locals[l.0 as usize].cell)
    }

    fn load(&mut self, v: Var) {
        match v {
            Var::Local(l) if self.is_cell(v) => self.emit(Op::LoadCell(l.0)),
            Var::Free(i) => self.emit(Op::LoadFree(i)),
            Var::Local(l) => self.emit(Op::LoadFast(l.0)),
            Var::Global(g) => {
                let n = self.global_name(g);
                self.emit(if self.f.is_module { Op::LoadName(n) } else { Op::LoadGlobal(n) })
            }
        };
    }

    fn store(&mut self, v: Var) {
        match v {
            Var::Local(l) if self.is_cell(v) => self.emit(Op::StoreCell(l.0)),
            Var::Free(i) => self.emit(Op::StoreFree(i)),
            Var::Local(l) => self.emit(Op::StoreFast(l.0)),
            Var::Global(g) => {
                let n = self.global_name(g);
                self.emit(if self.f.is_module { Op::StoreName(n) } else { Op::StoreGlobal(n) })
            }
        };
    }

    fn delete(&mut self, v: Var) {
        match v {
            Var::Local(l) if self.is_cell(v) => self.emit(Op::DeleteCell(l.0)),
            Var::Free(i) => self.emit(Op::DeleteFree(i)),
            Var::Local(l) => self.emit(Op::DeleteFast(l.0)),
            Var::Global(g) => {
                let n = self.global_name(g);
                self.emit(if self.f.is_module { Op::DeleteName(n) } else { Op::DeleteGlobal(n) })
            }
        };
    }

    fn unbind(&mut self, v: Var) {
        match v {
            Var::Local(l) if self.is_cell(v) => self.emit(Op::UnbindCell(l.0)),
            Var::Free(i) => self.emit(Op::UnbindFree(i)),
            Var::Local(l) => self.emit(Op::UnbindFast(l.0)),
            Var::Global(g) => {
                let n = self.global_name(g);
                self.emit(if self.f.is_module { Op::UnbindName(n) } else { Op::UnbindGlobal(n) })
            }
        };
    }

    fn global_name(&mut self, g: ir::GlobalId) -> ConstIdx {
        let name = &self.m.globals[g.0 as usize].name;
        self.unit.str(name)
    }

    fn store_target(&mut self, t: &'a Target) {
        match t {
            Target::Var(v) => self.store(*v),
            Target::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
                self.emit(Op::SetItem);
            }
            Target::Attr { obj, name } => {
                self.expr(obj);
                let n = self.unit.str(name);
                self.emit(Op::SetAttr(n));
            }
            Target::Unpack(ts, star) => {
                self.emit(match star {
                    None => Op::Unpack(ts.len() as u32),
                    Some(s) => Op::UnpackEx(*s as u32, (ts.len() - 1 - s) as u32),
                });
                for t in ts {
                    self.store_target(t);
                }
            }
        }
    }

    // ----------------------------------------------------------------------------------
    // Statements

    fn block(&mut self, body: &'a [ir::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a ir::Stmt) {
        self.line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e);
                self.emit(Op::Pop);
            }
            StmtKind::Display(e) => {
                self.expr(e);
                self.emit(Op::Display);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(target, *op, value),
            StmtKind::If { cond, then, orelse } => {
                self.expr(cond);
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.block(then);
                if orelse.is_empty() {
                    let h = self.here();
                    self.patch(jf, h);
                } else {
                    let j = self.emit(Op::Jump(0));
                    let h = self.here();
                    self.patch(jf, h);
                    self.block(orelse);
                    let h = self.here();
                    self.patch(j, h);
                }
            }
            StmtKind::While { cond, body, orelse } => {
                let top = self.here();
                self.line = s.line;
                self.expr(cond);
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.ctx.push(Ctx::Loop { is_for: false, breaks: Vec::new(), cont: top });
                self.block(body);
                self.line = s.line;
                self.emit(Op::Jump(top));
                let breaks = self.pop_loop();
                let h = self.here();
                self.patch(jf, h);
                self.block(orelse);
                let end = self.here();
                for b in breaks {
                    self.patch(b, end);
                }
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter);
                self.emit(Op::GetIter);
                self.for_loop(s.line, |c| c.store_target(target), body, orelse);
            }
            StmtKind::ForRange { var, start, stop, step, body, orelse } => {
                self.konst(Const::Builtin("range".into()));
                self.expr(start);
                self.expr(stop);
                self.expr(step);
                self.emit(Op::Call(3));
                self.emit(Op::GetIter);
                let var = *var;
                self.for_loop(s.line, move |c| c.store(var), body, orelse);
            }
            StmtKind::Break => self.jump_out(true),
            StmtKind::Continue => self.jump_out(false),
            StmtKind::Return(v) => {
                match v {
                    Some(e) => self.expr(e),
                    None => self.konst(Const::None),
                }
                self.unwind_for_return();
                self.emit(Op::Return);
            }
            StmtKind::Pass => {}
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.del_target(t);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                let jt = self.emit(Op::PopJumpIfTrue(0));
                match msg {
                    Some(m) => {
                        self.expr(m);
                        self.emit(Op::AssertFail(1));
                    }
                    None => {
                        self.emit(Op::AssertFail(0));
                    }
                }
                let h = self.here();
                self.patch(jt, h);
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e);
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e);
                    self.expr(c);
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::Try { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::FuncDef { func, var, defaults, kwdefaults, closure, decorators } => {
                for d in decorators {
                    self.expr(d);
                }
                self.make_function(*func, defaults, kwdefaults, closure);
                for _ in decorators {
                    self.emit(Op::Call(1));
                }
                self.store(*var);
            }
            StmtKind::ClassDef { .. } => unreachable!("class definitions are lowered by the frontend"),
        }
    }

    fn make_function(
        &mut self,
        func: ir::FuncId,
        defaults: &'a [ir::Expr],
        kwdefaults: &'a [(String, ir::Expr)],
        closure: &[Var],
    ) {
        for d in defaults {
            self.expr(d);
        }
        if !kwdefaults.is_empty() {
            self.emit(Op::BuildDict(0));
            for (name, e) in kwdefaults {
                self.emit(Op::Dup);
                self.konst(Const::Str(name.clone()));
                self.expr(e);
                self.emit(Op::Rot3);
                self.emit(Op::SetItem);
            }
        }
        for v in closure {
            match v {
                Var::Local(l) => self.emit(Op::CellOfLocal(l.0)),
                Var::Free(i) => self.emit(Op::CellOfFree(*i)),
                Var::Global(_) => unreachable!("closures capture cells"),
            };
        }
        self.emit(Op::MakeFunction(func.0, defaults.len() as u32, !kwdefaults.is_empty() as u32, closure.len() as u32));
    }

    /// A dict display, in the steps CPython's compiler takes (`ir::dict_steps`): a run of
    /// `k: v` items is one BuildDict (merged into the dict with DictUpdate once there is
    /// one), a long run MapAdds each item, and `**m` is a DictUpdate.
    fn dict_display(&mut self, e: &'a ir::Expr, items: &'a [(Option<ir::Expr>, ir::Expr)]) {
        let mut made = false;
        for step in ir::dict_steps(items) {
            match step {
                ir::DictStep::Build(run) => {
                    let n = run.len() as u32;
                    for (k, v) in &items[run] {
                        self.dict_key(k);
                        self.expr(v);
                    }
                    self.line = e.line;
                    self.emit(Op::BuildDict(n));
                    if made {
                        self.emit(Op::DictUpdate);
                    }
                }
                ir::DictStep::Add(run) => {
                    if !made {
                        self.emit(Op::BuildDict(0));
                    }
                    for (k, v) in &items[run] {
                        self.dict_key(k);
                        self.expr(v);
                        self.line = e.line;
                        self.emit(Op::MapAdd);
                    }
                }
                ir::DictStep::Update(i) => {
                    if !made {
                        self.emit(Op::BuildDict(0));
                    }
                    self.expr(&items[i].1);
                    self.line = e.line;
                    self.emit(Op::DictUpdate);
                }
            }
            made = true;
        }
        if !made {
            self.emit(Op::BuildDict(0));
        }
    }

    /// The key of a `k: v` dict item (`dict_steps` never gives a `**m` item as one).
    fn dict_key(&mut self, k: &'a Option<ir::Expr>) {
        match k {
            Some(k) => self.expr(k),
            None => self.konst(Const::None),
        }
    }

    /// Builds a list from display items, some starred (`lone`: the items are the only
    /// arguments of a call, whose function is under the list).
    fn starred_list(&mut self, items: &'a [ir::Expr], in_call: bool) {
        self.emit(Op::BuildList(0));
        for x in items {
            match &x.kind {
                ExprKind::Star(inner) => {
                    self.expr(inner);
                    self.line = x.line;
                    self.emit(Op::ListExtend((in_call && items.len() == 1) as u32));
                }
                _ => {
                    self.expr(x);
                    self.emit(Op::ListAppend);
                }
            }
        }
    }

    /// The loop of a `for`: the iterator is on the stack.
    fn for_loop(&mut self, line: u32, store: impl FnOnce(&mut Self), body: &'a [ir::Stmt], orelse: &'a [ir::Stmt]) {
        let top = self.here();
        self.line = line;
        let fi = self.emit(Op::ForIter(0));
        store(self);
        self.ctx.push(Ctx::Loop { is_for: true, breaks: Vec::new(), cont: top });
        self.block(body);
        self.line = line;
        self.emit(Op::Jump(top));
        let breaks = self.pop_loop();
        // Exhausted: ForIter popped the iterator (its effect counted the item instead).
        self.depth -= 1;
        let h = self.here();
        self.patch(fi, h);
        self.block(orelse);
        let end = self.here();
        for b in breaks {
            self.patch(b, end);
        }
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.ctx.pop() {
            Some(Ctx::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    /// `break` (or `continue`): cleans up the contexts inside the loop, then jumps.
    fn jump_out(&mut self, is_break: bool) {
        let Some(li) = self.ctx.iter().rposition(|c| matches!(c, Ctx::Loop { .. })) else {
            return;
        };
        let depth = self.depth;
        self.cleanup_above(li + 1);
        if is_break {
            if let Ctx::Loop { is_for: true, .. } = self.ctx[li] {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            if let Ctx::Loop { breaks, .. } = &mut self.ctx[li] {
                breaks.push(j);
            }
        } else if let Ctx::Loop { cont, .. } = self.ctx[li] {
            self.emit(Op::Jump(cont));
        }
        self.depth = depth;
    }

    /// Leaves the contexts above `keep`, innermost first (jumps out of them).
    fn cleanup_above(&mut self, keep: usize) {
        let mut i = self.ctx.len();
        while i > keep {
            i -= 1;
            match self.ctx[i].clone() {
                Ctx::Loop { is_for, .. } => {
                    if is_for {
                        self.emit(Op::Pop);
                    }
                }
                Ctx::Try { .. } => {}
                Ctx::Handler { name, .. } => {
                    self.emit(Op::PopExcInfo);
                    if let Some(n) = name {
                        self.unbind(n);
                    }
                    self.emit(Op::Pop);
                }
                Ctx::Finally { body, .. } => {
                    let saved = self.ctx.split_off(i);
                    self.block(body);
                    self.ctx.extend(saved);
                }
            }
        }
    }

    /// Before `return` (the value on the stack): stops handling exceptions and runs the
    /// finally bodies; the frame's exit releases what stays on the stack.
    fn unwind_for_return(&mut self) {
        let mut i = self.ctx.len();
        while i > 0 {
            i -= 1;
            match self.ctx[i].clone() {
                Ctx::Handler { name, .. } => {
                    self.emit(Op::PopExcInfo);
                    if let Some(n) = name {
                        self.unbind(n);
                    }
                }
                Ctx::Finally { body, .. } => {
                    let saved = self.ctx.split_off(i);
                    self.block(body);
                    self.ctx.extend(saved);
                }
                Ctx::Loop { .. } | Ctx::Try { .. } => {}
            }
        }
    }

    fn try_stmt(
        &mut self,
        body: &'a [ir::Stmt],
        handlers: &'a [ir::Handler],
        orelse: &'a [ir::Stmt],
        finalbody: &'a [ir::Stmt],
    ) {
        let d = self.depth;
        let line = self.line;
        let fin = if finalbody.is_empty() {
            None
        } else {
            let l = self.new_landing(d);
            self.ctx.push(Ctx::Finally { body: finalbody, landing: l });
            Some(l)
        };
        let mut to_normal = Vec::new();
        if handlers.is_empty() {
            self.block(body);
        } else {
            let lt = self.new_landing(d);
            self.ctx.push(Ctx::Try { landing: lt });
            self.block(body);
            self.ctx.pop();
            self.block(orelse);
            to_normal.push(self.emit(Op::Jump(0)));
            // The handlers: the exception is on the stack.
            self.set_landing_here(lt);
            self.depth = d;
            self.line = handlers[0].line;
            self.emit(Op::FetchExc);
            for h in handlers {
                self.line = h.line;
                let next = match &h.ty {
                    Some(t) => {
                        self.expr(t);
                        Some(self.emit(Op::ExcMatchOrJump(0)))
                    }
                    None => None,
                };
                self.emit(Op::PushExcInfo);
                if let Some(n) = h.name {
                    self.emit(Op::Dup);
                    self.store(n);
                }
                let lh = self.new_landing(d + 1);
                self.ctx.push(Ctx::Handler { name: h.name, landing: lh });
                self.block(&h.body);
                self.ctx.pop();
                self.emit(Op::PopExcInfo);
                if let Some(n) = h.name {
                    self.unbind(n);
                }
                self.emit(Op::Pop);
                to_normal.push(self.emit(Op::Jump(0)));
                // An error inside the handler: stop handling, then go on outward.
                self.set_landing_here(lh);
                self.depth = d + 1;
                self.emit(Op::PopExcInfo);
                if let Some(n) = h.name {
                    self.unbind(n);
                }
                self.emit(Op::Pop);
                self.emit(Op::Unwind);
                self.depth = d + 1;
                if let Some(j) = next {
                    let hh = self.here();
                    self.patch(j, hh);
                }
            }
            // No handler matched.
            self.emit(Op::Reraise);
        }
        if handlers.is_empty() {
            self.block(orelse);
        }
        if let Some(lf) = fin {
            self.ctx.pop();
            let normal = self.here();
            for j in to_normal.drain(..) {
                self.patch(j, normal);
            }
            self.depth = d;
            self.block(finalbody);
            let skip = self.emit(Op::Jump(0));
            // The finally body on an exception: handled while it runs, then raised again.
            self.set_landing_here(lf);
            self.depth = d;
            self.line = line;
            self.emit(Op::FetchExc);
            self.emit(Op::PushExcInfo);
            let lfh = self.new_landing(d + 1);
            self.ctx.push(Ctx::Handler { name: None, landing: lfh });
            self.block(finalbody);
            self.ctx.pop();
            self.emit(Op::PopExcInfo);
            self.emit(Op::Reraise);
            self.set_landing_here(lfh);
            self.depth = d + 1;
            self.emit(Op::PopExcInfo);
            self.emit(Op::Pop);
            self.emit(Op::Unwind);
            let after = self.here();
            self.patch(skip, after);
        } else {
            let after = self.here();
            for j in to_normal {
                self.patch(j, after);
            }
        }
        self.depth = d;
    }

    fn augassign(&mut self, target: &'a Target, op: ir::BinOp, value: &'a ir::Expr) {
        match target {
            Target::Var(v) => {
                self.load(*v);
                self.expr(value);
                self.emit(Op::Inplace(op as u32));
                self.store(*v);
            }
            Target::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
                self.emit(Op::Dup2);
                self.emit(Op::GetItem);
                self.expr(value);
                self.emit(Op::Inplace(op as u32));
                self.emit(Op::Rot3);
                self.emit(Op::SetItem);
            }
            Target::Attr { obj, name } => {
                self.expr(obj);
                self.emit(Op::Dup);
                let n = self.unit.str(name);
                self.emit(Op::GetAttr(n));
                self.expr(value);
                self.emit(Op::Inplace(op as u32));
                self.emit(Op::Rot2);
                self.emit(Op::SetAttr(n));
            }
            Target::Unpack(..) => {}
        }
    }

    fn del_target(&mut self, t: &'a Target) {
        match t {
            Target::Var(v) => self.delete(*v),
            Target::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
                self.emit(Op::DelItem);
            }
            Target::Attr { obj, name } => {
                self.expr(obj);
                let n = self.unit.str(name);
                self.emit(Op::DelAttr(n));
            }
            Target::Unpack(ts, _) => {
                for t in ts {
                    self.del_target(t);
                }
            }
        }
    }

    // ----------------------------------------------------------------------------------
    // Expressions

    fn expr(&mut self, e: &'a ir::Expr) {
        self.line = e.line;
        match &e.kind {
            ExprKind::None => self.konst(Const::None),
            ExprKind::Ellipsis => self.konst(Const::Ellipsis),
            ExprKind::Bool(b) => self.konst(Const::Bool(*b)),
            ExprKind::SmallInt(i) => self.konst(Const::Int(*i)),
            ExprKind::BigInt(b) => self.konst(Const::BigInt(b.clone())),
            ExprKind::Float(x) => self.konst(Const::Float(*x)),
            ExprKind::Complex(re, im) => self.konst(Const::Complex(*re, *im)),
            ExprKind::Str(s) => {
                let i = self.unit.str(s);
                self.emit(Op::LoadConst(i));
            }
            ExprKind::Bytes(b) => self.konst(Const::Bytes(b.clone())),
            ExprKind::Load(v) => self.load(*v),
            ExprKind::Import { module, top } => {
                let n = self.unit.str(module);
                self.emit(Op::Import(n, *top as u32));
            }
            ExprKind::ImportFrom { module, name } => {
                let m = self.unit.str(module);
                let n = self.unit.str(name);
                self.emit(Op::ImportFrom(m, n));
            }
            ExprKind::Builtin(name) => {
                let n = self.unit.str(name);
                self.emit(if self.f.is_module { Op::LoadName(n) } else { Op::LoadGlobal(n) });
            }
            ExprKind::BinOp { op, left, right } => {
                self.expr(left);
                self.expr(right);
                self.line = e.line;
                self.emit(Op::BinOp(*op as u32));
            }
            ExprKind::Unary { op, operand } => {
                self.expr(operand);
                self.line = e.line;
                self.emit(Op::Unary(*op as u32));
            }
            ExprKind::Compare { first, rest } => self.compare(first, rest),
            ExprKind::BoolOp { and, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v);
                    if i + 1 < values.len() {
                        jumps.push(self.emit(if *and { Op::JumpIfFalseOrPop(0) } else { Op::JumpIfTrueOrPop(0) }));
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            ExprKind::IfExp { cond, then, orelse } => {
                self.expr(cond);
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(then);
                let j = self.emit(Op::Jump(0));
                self.depth -= 1;
                let h = self.here();
                self.patch(jf, h);
                self.expr(orelse);
                let end = self.here();
                self.patch(j, end);
            }
            ExprKind::Call { func, args, kwargs } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for (_, v) in kwargs {
                    self.expr(v);
                }
                self.line = e.line;
                let n = (args.len() + kwargs.len()) as u32;
                if kwargs.is_empty() {
                    self.emit(Op::Call(n));
                } else {
                    let kw = self.unit.add(Const::StrTuple(kwargs.iter().map(|(k, _)| k.clone()).collect()));
                    self.emit(Op::CallKw(n, kw));
                }
            }
            ExprKind::CallDirect { func, global, args } => {
                // The frontend bound the arguments to parameters; pass the leading ones by
                // position and the others by name (they are in parameter order).
                let name = self.global_name(*global);
                self.emit(if self.f.is_module { Op::LoadName(name) } else { Op::LoadGlobal(name) });
                let params = &self.m.functions[func.0 as usize].params;
                let npos = args.iter().take_while(|a| a.is_some()).count();
                let mut kw = Vec::new();
                let mut n = 0;
                for (i, a) in args.iter().enumerate() {
                    if let Some(a) = a {
                        self.expr(a);
                        n += 1;
                        if i >= npos {
                            kw.push(params[i].name.clone());
                        }
                    }
                }
                self.line = e.line;
                if kw.is_empty() {
                    self.emit(Op::Call(n));
                } else {
                    let k = self.unit.add(Const::StrTuple(kw));
                    self.emit(Op::CallKw(n, k));
                }
            }
            ExprKind::CompAdd { set, obj, value } => {
                self.expr(obj);
                self.expr(value);
                self.line = e.line;
                self.emit(if *set { Op::SetAdd } else { Op::ListAppend });
                self.emit(Op::Pop);
                self.konst(Const::None);
            }
            ExprKind::CallMethod { obj, name, args, kwargs } => {
                self.expr(obj);
                for a in args {
                    self.expr(a);
                }
                for (_, v) in kwargs {
                    self.expr(v);
                }
                self.line = e.line;
                let n = self.unit.str(name);
                let kw = if kwargs.is_empty() {
                    NO_KW
                } else {
                    self.unit.add(Const::StrTuple(kwargs.iter().map(|(k, _)| k.clone()).collect()))
                };
                self.emit(Op::CallMethod(n, (args.len() + kwargs.len()) as u32, kw));
            }
            ExprKind::Attr { obj, name } => {
                self.expr(obj);
                self.line = e.line;
                let n = self.unit.str(name);
                self.emit(Op::GetAttr(n));
            }
            ExprKind::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
                self.line = e.line;
                self.emit(Op::GetItem);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step] {
                    match part {
                        Some(p) => self.expr(p),
                        None => self.konst(Const::None),
                    }
                }
                self.emit(Op::BuildSlice);
            }
            ExprKind::List(items) | ExprKind::Tuple(items)
                if items.iter().any(|x| matches!(x.kind, ExprKind::Star(_))) =>
            {
                self.starred_list(items, false);
                if matches!(e.kind, ExprKind::Tuple(_)) {
                    self.emit(Op::ListToTuple);
                }
            }
            ExprKind::MakeFunction { func, defaults, kwdefaults, closure } => {
                self.make_function(*func, defaults, kwdefaults, closure)
            }
            ExprKind::CellRef(v) => {
                match v {
                    Var::Local(l) => self.emit(Op::CellOfLocal(l.0)),
                    Var::Free(i) => self.emit(Op::CellOfFree(*i)),
                    Var::Global(_) => unreachable!("only cells have cells"),
                };
            }
            ExprKind::CallEx { func, args, kwargs } => {
                self.expr(func);
                let ExprKind::Tuple(items) = &args.kind else { unreachable!("call arguments are a tuple") };
                self.starred_list(items, true);
                self.emit(Op::ListToTuple);
                if let Some(k) = kwargs {
                    let ExprKind::KwArgs(items) = &k.kind else { unreachable!("call keywords are KwArgs") };
                    self.emit(Op::BuildDict(0));
                    for (name, v) in items {
                        match name {
                            Some(n) => {
                                self.konst(Const::Str(n.clone()));
                                self.expr(v);
                                self.line = v.line;
                                self.emit(Op::KwAdd);
                            }
                            None => {
                                self.expr(v);
                                self.line = v.line;
                                self.emit(Op::KwMerge);
                            }
                        }
                    }
                }
                self.line = e.line;
                self.emit(Op::CallEx(kwargs.is_some() as u32));
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v),
                    None => self.konst(Const::None),
                }
                self.line = e.line;
                self.emit(Op::Yield);
            }
            ExprKind::NamedExpr { var, value } => {
                self.expr(value);
                self.emit(Op::Dup);
                self.store(*var);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v);
                self.line = e.line;
                self.emit(Op::YieldFrom);
            }
            ExprKind::KwArgs(_) | ExprKind::Star(_) => unreachable!("starred items only in displays and calls"),
            ExprKind::List(items) => {
                for i in items {
                    self.expr(i);
                }
                self.emit(Op::BuildList(items.len() as u32));
            }
            ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(i);
                }
                self.emit(Op::BuildTuple(items.len() as u32));
            }
            ExprKind::Dict(items) => self.dict_display(e, items),
            ExprKind::FString(parts) => {
                for p in parts {
                    match p {
                        ir::FPart::Lit(s) => {
                            let i = self.unit.str(s);
                            self.emit(Op::LoadConst(i));
                        }
                        ir::FPart::Value { value, conv, spec } => {
                            self.expr(value);
                            if let Some(s) = spec {
                                self.expr(s);
                            }
                            self.line = e.line;
                            let conv = match conv {
                                ir::Conversion::None => 0,
                                ir::Conversion::Str => 1,
                                ir::Conversion::Repr => 2,
                                ir::Conversion::Ascii => 3,
                            };
                            self.emit(Op::FormatValue(conv, spec.is_some() as u32));
                        }
                    }
                }
                self.emit(Op::BuildStr(parts.len() as u32));
            }
            ExprKind::Globals => {
                self.emit(Op::Globals);
            }
            ExprKind::Locals => {
                self.emit(Op::Locals);
            }
        }
    }

    /// `a < b <= c`: each operand once, stopping at the first false comparison.
    fn compare(&mut self, first: &'a ir::Expr, rest: &'a [(ir::CmpOp, ir::Expr)]) {
        self.expr(first);
        let mut cleanups = Vec::new();
        for (i, (op, e)) in rest.iter().enumerate() {
            self.expr(e);
            let last = i + 1 == rest.len();
            if !last {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
            }
            self.emit(Op::Compare(cmp_code(*op)));
            if !last {
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let j = self.emit(Op::Jump(0));
            // A false comparison: [.., operand, result] → [.., result].
            let d = self.depth;
            self.depth += 1;
            let here = self.here();
            for c in cleanups {
                self.patch(c, here);
            }
            self.emit(Op::Rot2);
            self.emit(Op::Pop);
            self.depth = d;
            let end = self.here();
            self.patch(j, end);
        }
    }
}

/// The `Compare` operand: the runtime's `ops::CmpOp` numbering, then is, is not, in, not in.
pub fn cmp_code(op: ir::CmpOp) -> u32 {
    match op {
        ir::CmpOp::Lt => 0,
        ir::CmpOp::Le => 1,
        ir::CmpOp::Eq => 2,
        ir::CmpOp::Ne => 3,
        ir::CmpOp::Gt => 4,
        ir::CmpOp::Ge => 5,
        ir::CmpOp::Is => 6,
        ir::CmpOp::IsNot => 7,
        ir::CmpOp::In => 8,
        ir::CmpOp::NotIn => 9,
    }
}

fn ends_in_return(body: &[ir::Stmt]) -> bool {
    matches!(body.last(), Some(ir::Stmt { kind: StmtKind::Return(_), .. }))
}

#[cfg(test)]
mod tests {
    use pyaot_frontend::ir;
    use pyaot_runtime::ops;

    /// `Op::BinOp(op as u32)` relies on the IR and the runtime numbering operators alike.
    #[test]
    fn operator_numbering_matches_the_runtime() {
        let bin = [
            (ir::BinOp::Add, ops::BinOp::Add),
            (ir::BinOp::Sub, ops::BinOp::Sub),
            (ir::BinOp::Mul, ops::BinOp::Mul),
            (ir::BinOp::TrueDiv, ops::BinOp::TrueDiv),
            (ir::BinOp::FloorDiv, ops::BinOp::FloorDiv),
            (ir::BinOp::Mod, ops::BinOp::Mod),
            (ir::BinOp::Pow, ops::BinOp::Pow),
            (ir::BinOp::LShift, ops::BinOp::LShift),
            (ir::BinOp::RShift, ops::BinOp::RShift),
            (ir::BinOp::BitOr, ops::BinOp::BitOr),
            (ir::BinOp::BitXor, ops::BinOp::BitXor),
            (ir::BinOp::BitAnd, ops::BinOp::BitAnd),
            (ir::BinOp::MatMul, ops::BinOp::MatMul),
        ];
        for (a, b) in bin {
            assert_eq!(a as u32, b as u32, "{a:?}");
        }
        let un = [
            (ir::UnaryOp::Neg, ops::UnaryOp::Neg),
            (ir::UnaryOp::Pos, ops::UnaryOp::Pos),
            (ir::UnaryOp::Invert, ops::UnaryOp::Invert),
            (ir::UnaryOp::Not, ops::UnaryOp::Not),
        ];
        for (a, b) in un {
            assert_eq!(a as u32, b as u32, "{a:?}");
        }
        let cmp = [
            (ir::CmpOp::Lt, ops::CmpOp::Lt),
            (ir::CmpOp::Le, ops::CmpOp::Le),
            (ir::CmpOp::Eq, ops::CmpOp::Eq),
            (ir::CmpOp::Ne, ops::CmpOp::Ne),
            (ir::CmpOp::Gt, ops::CmpOp::Gt),
            (ir::CmpOp::Ge, ops::CmpOp::Ge),
        ];
        for (a, b) in cmp {
            assert_eq!(super::cmp_code(a), b as u32, "{a:?}");
        }
    }
}
