//! Pure int functions: a second, unboxed version of functions that only compute on ints.
//!
//! A function qualifies when its parameters, locals and result are ints and its body
//! uses only local variables, int arithmetic and comparisons, `if`/`while`/`for … in
//! range(…)`, and calls of other qualifying functions. Its *fast version* takes and
//! returns raw `i64`s (plus an "ok" flag) and has no side effects, so whenever anything
//! unusual happens — an overflow, a division by zero, an unbound local, the recursion
//! limit — it returns "not ok" and the caller simply runs the ordinary version with the
//! same arguments, which then behaves exactly as Python does (big ints, exceptions).
//!
//! Callers in ordinary code use the fast version when every argument is a small int.
//! Instead of the shared depth counter, a fast version takes the number of frames the
//! recursion limit still allows as a last argument, so it touches no memory at all.
use crate::{user_name, Codegen, InternalError};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types::*, AbiParam, Block, BlockArg, InstBuilder, Value as CV};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use pyaot_frontend::ir::{self, BinOp, CmpOp, ExprKind, StmtKind, Target, Ty, UnaryOp, Var};

/// Which functions qualify (a fixpoint: a function qualifies only if its callees do).
pub(crate) fn eligible(m: &ir::Module) -> Vec<bool> {
    let mut ok: Vec<bool> = m.functions.iter().map(|f| candidate(f)).collect();
    loop {
        let mut changed = false;
        for i in 0..m.functions.len() {
            if ok[i] && !m.functions[i].body.iter().all(|s| stmt_ok(s, &ok)) {
                ok[i] = false;
                changed = true;
            }
        }
        if !changed {
            return ok;
        }
    }
}

fn candidate(f: &ir::Function) -> bool {
    !f.is_module
        && f.freevars.is_empty()
        && !f.is_generator
        && f.ret_ty == Ty::Int
        && f.locals.iter().all(|l| l.ty == Ty::Int)
}

fn stmt_ok(s: &ir::Stmt, ok: &[bool]) -> bool {
    let block = |b: &[ir::Stmt]| b.iter().all(|s| stmt_ok(s, ok));
    match &s.kind {
        StmtKind::Assign { targets, value } => {
            targets.len() == 1 && matches!(targets[0], Target::Var(Var::Local(_))) && expr_ok(value, ok)
        }
        StmtKind::AugAssign { target: Target::Var(Var::Local(_)), op, value } => int_op(*op) && expr_ok(value, ok),
        StmtKind::If { cond, then, orelse } => cond_ok(cond, ok) && block(then) && block(orelse),
        StmtKind::While { cond, body, orelse } => cond_ok(cond, ok) && block(body) && block(orelse),
        StmtKind::ForRange { var: Var::Local(_), start, stop, step, body, orelse } => {
            expr_ok(start, ok) && expr_ok(stop, ok) && expr_ok(step, ok) && block(body) && block(orelse)
        }
        StmtKind::Return(Some(e)) => expr_ok(e, ok),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => true,
        _ => false,
    }
}

fn int_op(op: BinOp) -> bool {
    use BinOp::*;
    matches!(op, Add | Sub | Mul | FloorDiv | Mod | BitAnd | BitOr | BitXor | LShift | RShift)
}

fn expr_ok(e: &ir::Expr, ok: &[bool]) -> bool {
    e.ty == Ty::Int
        && match &e.kind {
            ExprKind::SmallInt(_) | ExprKind::Load(Var::Local(_)) => true,
            ExprKind::BinOp { op, left, right } => int_op(*op) && expr_ok(left, ok) && expr_ok(right, ok),
            ExprKind::Unary { op: UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, operand } => expr_ok(operand, ok),
            ExprKind::CallDirect { func, args, .. } => {
                ok[func.0 as usize] && args.iter().all(|a| a.as_ref().is_some_and(|a| expr_ok(a, ok)))
            }
            ExprKind::IfExp { cond, then, orelse } => cond_ok(cond, ok) && expr_ok(then, ok) && expr_ok(orelse, ok),
            _ => false,
        }
}

fn cond_ok(e: &ir::Expr, ok: &[bool]) -> bool {
    match &e.kind {
        ExprKind::Bool(_) => true,
        ExprKind::Compare { first, rest } => {
            expr_ok(first, ok) && rest.iter().all(|(op, x)| int_cc(*op).is_some() && expr_ok(x, ok))
        }
        ExprKind::BoolOp { values, .. } => values.iter().all(|v| cond_ok(v, ok)),
        ExprKind::Unary { op: UnaryOp::Not, operand } => cond_ok(operand, ok),
        _ => expr_ok(e, ok),
    }
}

fn int_cc(op: CmpOp) -> Option<IntCC> {
    Some(match op {
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::Le => IntCC::SignedLessThanOrEqual,
        CmpOp::Eq => IntCC::Equal,
        CmpOp::Ne => IntCC::NotEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
        _ => return None,
    })
}

fn ba(v: CV) -> BlockArg {
    BlockArg::Value(v)
}

struct F<'a, 'f, M: Module> {
    cg: &'a mut Codegen<M>,
    b: FunctionBuilder<'f>,
    vars: Vec<Variable>,
    /// "Bound" flags of non-parameter locals.
    flags: Vec<Option<Variable>>,
    bail: Block,
    /// The frame budget passed on to callees.
    budget: CV,
    loops: Vec<(Block, Block)>,
    filled: bool,
}

/// Defines the fast version of function `fi`.
pub(crate) fn lower_fast<M: Module>(
    cg: &mut Codegen<M>,
    m: &ir::Module,
    fi: usize,
    ctx: &mut Context,
    fbc: &mut FunctionBuilderContext,
) -> Result<(), InternalError> {
    let f = &m.functions[fi];
    let mut sig = cg.module.make_signature();
    for _ in 0..f.params.len() + 1 {
        sig.params.push(AbiParam::new(I64));
    }
    sig.returns.push(AbiParam::new(I64));
    sig.returns.push(AbiParam::new(I8));
    ctx.func.signature = sig;
    ctx.func.name = user_name(cg.fast_ids[fi].expect("fast version declared"));
    let mut b = FunctionBuilder::new(&mut ctx.func, fbc);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    // The last parameter: how many more frames the recursion limit allows.
    let budget = params[f.params.len()];
    let mut vars = Vec::new();
    let mut flags = Vec::new();
    for (i, _) in f.locals.iter().enumerate() {
        let v = b.declare_var(I64);
        if i < f.params.len() {
            b.def_var(v, params[i]);
            flags.push(None);
        } else {
            let z = b.ins().iconst(I64, 0);
            b.def_var(v, z);
            let fl = b.declare_var(I8);
            let z8 = b.ins().iconst(I8, 0);
            b.def_var(fl, z8);
            flags.push(Some(fl));
        }
        vars.push(v);
    }
    // The recursion limit applies here too; past it, the ordinary version raises.
    let over = b.ins().icmp_imm_s(IntCC::SignedLessThan, budget, 1);
    let inner_budget = b.ins().iadd_imm_s(budget, -1);
    let bail = b.create_block();
    b.set_cold_block(bail);
    let body = b.create_block();
    b.ins().brif(over, bail, &[], body, &[]);
    b.switch_to_block(body);
    let mut l = F { cg, b, vars, flags, bail, budget: inner_budget, loops: Vec::new(), filled: false };
    l.block(&f.body)?;
    if !l.filled {
        l.b.ins().jump(l.bail, &[]);
    }
    l.b.switch_to_block(l.bail);
    let z = l.b.ins().iconst(I64, 0);
    let no = l.b.ins().iconst(I8, 0);
    l.b.ins().return_(&[z, no]);
    l.b.seal_all_blocks();
    let cfg = l.cg.module.isa().frontend_config();
    l.b.finalize(cfg);
    Ok(())
}

impl<'a, M: Module> F<'a, '_, M> {
    /// Continues only when `bad` is false; otherwise gives up.
    fn bail_if(&mut self, bad: CV) {
        let cont = self.b.create_block();
        self.b.ins().brif(bad, self.bail, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn block(&mut self, body: &'a [ir::Stmt]) -> Result<(), InternalError> {
        for s in body {
            if self.filled {
                let blk = self.b.create_block();
                self.b.switch_to_block(blk);
                self.filled = false;
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    fn store(&mut self, l: ir::LocalId, v: CV) {
        self.b.def_var(self.vars[l.0 as usize], v);
        if let Some(fl) = self.flags[l.0 as usize] {
            let one = self.b.ins().iconst(I8, 1);
            self.b.def_var(fl, one);
        }
    }

    fn jump(&mut self, blk: Block) {
        self.b.ins().jump(blk, &[]);
        self.filled = true;
    }

    fn stmt(&mut self, s: &'a ir::Stmt) -> Result<(), InternalError> {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                let Target::Var(Var::Local(l)) = targets[0] else { return Err(InternalError("fast assign".into())) };
                let v = self.expr(value)?;
                self.store(l, v);
            }
            StmtKind::AugAssign { target: Target::Var(Var::Local(l)), op, value } => {
                let cur = self.load(*l);
                let v = self.expr(value)?;
                let r = self.binop(*op, cur, v);
                self.store(*l, r);
            }
            StmtKind::If { cond, then, orelse } => {
                let c = self.cond(cond)?;
                let (t, e, after) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.ins().brif(c, t, &[], e, &[]);
                for (blk, body) in [(t, then), (e, orelse)] {
                    self.b.switch_to_block(blk);
                    self.filled = false;
                    self.block(body)?;
                    if !self.filled {
                        self.jump(after);
                    }
                }
                self.b.switch_to_block(after);
                self.filled = false;
            }
            StmtKind::While { cond, body, orelse } => {
                let (header, body_b, else_b, exit) =
                    (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.jump(header);
                self.b.switch_to_block(header);
                let c = self.cond(cond)?;
                self.b.ins().brif(c, body_b, &[], else_b, &[]);
                self.b.switch_to_block(body_b);
                self.filled = false;
                self.loops.push((exit, header));
                self.block(body)?;
                self.loops.pop();
                if !self.filled {
                    self.jump(header);
                }
                self.b.switch_to_block(else_b);
                self.filled = false;
                self.block(orelse)?;
                if !self.filled {
                    self.jump(exit);
                }
                self.b.switch_to_block(exit);
                self.filled = false;
            }
            StmtKind::ForRange { var: Var::Local(l), start, stop, step, body, orelse } => {
                let a = self.expr(start)?;
                let z = self.expr(stop)?;
                let st = self.expr(step)?;
                let zero_step = self.b.ins().icmp_imm_s(IntCC::Equal, st, 0);
                self.bail_if(zero_step);
                let i = self.b.declare_var(I64);
                self.b.def_var(i, a);
                let (header, body_b, latch, else_b, exit) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.jump(header);
                self.b.switch_to_block(header);
                let iv = self.b.use_var(i);
                let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, st, 0);
                let below = self.b.ins().icmp(IntCC::SignedLessThan, iv, z);
                let above = self.b.ins().icmp(IntCC::SignedGreaterThan, iv, z);
                let more = self.b.ins().select(up, below, above);
                self.b.ins().brif(more, body_b, &[], else_b, &[]);
                self.b.switch_to_block(body_b);
                self.filled = false;
                self.store(*l, iv);
                self.loops.push((exit, latch));
                self.block(body)?;
                self.loops.pop();
                if !self.filled {
                    self.jump(latch);
                }
                self.b.switch_to_block(latch);
                let iv = self.b.use_var(i);
                let (next, of) = self.b.ins().sadd_overflow(iv, st);
                self.b.def_var(i, next);
                // Stepping past the i64 range means stepping past `stop` too.
                self.b.ins().brif(of, else_b, &[], header, &[]);
                self.b.switch_to_block(else_b);
                self.filled = false;
                self.block(orelse)?;
                if !self.filled {
                    self.jump(exit);
                }
                self.b.switch_to_block(exit);
                self.filled = false;
            }
            StmtKind::Return(Some(e)) => {
                let v = self.expr(e)?;
                let yes = self.b.ins().iconst(I8, 1);
                self.b.ins().return_(&[v, yes]);
                self.filled = true;
            }
            StmtKind::Pass => {}
            StmtKind::Break | StmtKind::Continue => {
                let (brk, cont) = *self.loops.last().ok_or_else(|| InternalError("fast break".into()))?;
                self.jump(if matches!(s.kind, StmtKind::Break) { brk } else { cont });
            }
            _ => return Err(InternalError("statement not allowed in a fast function".into())),
        }
        Ok(())
    }

    fn load(&mut self, l: ir::LocalId) -> CV {
        if let Some(fl) = self.flags[l.0 as usize] {
            let bound = self.b.use_var(fl);
            let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, bound, 0);
            self.bail_if(unbound);
        }
        self.b.use_var(self.vars[l.0 as usize])
    }

    fn binop(&mut self, op: BinOp, x: CV, y: CV) -> CV {
        match op {
            BinOp::Add => {
                let (r, of) = self.b.ins().sadd_overflow(x, y);
                self.bail_if(of);
                r
            }
            BinOp::Sub => {
                let (r, of) = self.b.ins().ssub_overflow(x, y);
                self.bail_if(of);
                r
            }
            BinOp::Mul => {
                let (r, of) = self.b.ins().smul_overflow(x, y);
                self.bail_if(of);
                r
            }
            BinOp::FloorDiv | BinOp::Mod => {
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.bail_if(zero);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                let neg1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let trap = self.b.ins().band(min, neg1);
                self.bail_if(trap);
                let q = self.b.ins().sdiv(x, y);
                let r = self.b.ins().srem(x, y);
                let r_nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let sx = self.b.ins().bxor(r, y);
                let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                let adjust = self.b.ins().band(r_nz, differ);
                let adj = self.b.ins().uextend(I64, adjust);
                if op == BinOp::FloorDiv {
                    self.b.ins().isub(q, adj)
                } else {
                    let add = self.b.ins().imul(adj, y);
                    self.b.ins().iadd(r, add)
                }
            }
            BinOp::BitAnd => self.b.ins().band(x, y),
            BinOp::BitOr => self.b.ins().bor(x, y),
            BinOp::BitXor => self.b.ins().bxor(x, y),
            BinOp::LShift => {
                let bad = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, y, 62);
                self.bail_if(bad);
                let r = self.b.ins().ishl(x, y);
                let back = self.b.ins().sshr(r, y);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, x);
                self.bail_if(lost);
                r
            }
            _ => {
                // RShift: a negative count raises (bail); counts past 63 act as 63.
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                self.bail_if(neg);
                let max = self.b.ins().iconst(I64, 63);
                let big = self.b.ins().icmp(IntCC::SignedGreaterThan, y, max);
                let k = self.b.ins().select(big, max, y);
                self.b.ins().sshr(x, k)
            }
        }
    }

    fn expr(&mut self, e: &'a ir::Expr) -> Result<CV, InternalError> {
        Ok(match &e.kind {
            ExprKind::SmallInt(i) => self.b.ins().iconst(I64, *i),
            ExprKind::Load(Var::Local(l)) => self.load(*l),
            ExprKind::BinOp { op, left, right } => {
                let x = self.expr(left)?;
                let y = self.expr(right)?;
                self.binop(*op, x, y)
            }
            ExprKind::Unary { op, operand } => {
                let x = self.expr(operand)?;
                match op {
                    UnaryOp::Neg => {
                        let z = self.b.ins().iconst(I64, 0);
                        self.binop(BinOp::Sub, z, x)
                    }
                    UnaryOp::Invert => self.b.ins().bnot(x),
                    _ => x,
                }
            }
            ExprKind::CallDirect { func, args, .. } => {
                let mut vals = Vec::new();
                for a in args {
                    let a = a.as_ref().ok_or_else(|| InternalError("fast call with a default".into()))?;
                    vals.push(self.expr(a)?);
                }
                vals.push(self.budget);
                let id = self.cg.fast_ids[func.0 as usize].ok_or_else(|| InternalError("no fast callee".into()))?;
                let callee = self.cg.module.declare_func_in_func(id, self.b.func);
                let call = self.b.ins().call(callee, &vals);
                let (r, ok) = (self.b.inst_results(call)[0], self.b.inst_results(call)[1]);
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                self.bail_if(failed);
                r
            }
            ExprKind::IfExp { cond, then, orelse } => {
                let c = self.cond(cond)?;
                let (t, el, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.append_block_param(done, I64);
                self.b.ins().brif(c, t, &[], el, &[]);
                self.b.switch_to_block(t);
                let a = self.expr(then)?;
                self.b.ins().jump(done, &[ba(a)]);
                self.b.switch_to_block(el);
                let z = self.expr(orelse)?;
                self.b.ins().jump(done, &[ba(z)]);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
            _ => return Err(InternalError("expression not allowed in a fast function".into())),
        })
    }

    fn cond(&mut self, e: &'a ir::Expr) -> Result<CV, InternalError> {
        Ok(match &e.kind {
            ExprKind::Bool(b) => self.b.ins().iconst(I8, *b as i64),
            ExprKind::Unary { op: UnaryOp::Not, operand } => {
                let c = self.cond(operand)?;
                self.b.ins().bxor_imm_s(c, 1)
            }
            ExprKind::Compare { first, rest } => {
                let done = self.b.create_block();
                self.b.append_block_param(done, I8);
                let mut left = self.expr(first)?;
                for (i, (op, right)) in rest.iter().enumerate() {
                    let r = self.expr(right)?;
                    let cc = int_cc(*op).ok_or_else(|| InternalError("fast compare".into()))?;
                    let c = self.b.ins().icmp(cc, left, r);
                    if i + 1 == rest.len() {
                        self.b.ins().jump(done, &[ba(c)]);
                    } else {
                        let next = self.b.create_block();
                        self.b.ins().brif(c, next, &[], done, &[ba(c)]);
                        self.b.switch_to_block(next);
                        left = r;
                    }
                }
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
            ExprKind::BoolOp { and, values } => {
                let done = self.b.create_block();
                self.b.append_block_param(done, I8);
                for (i, v) in values.iter().enumerate() {
                    let c = self.cond(v)?;
                    if i + 1 == values.len() {
                        self.b.ins().jump(done, &[ba(c)]);
                    } else {
                        let next = self.b.create_block();
                        if *and {
                            self.b.ins().brif(c, next, &[], done, &[ba(c)]);
                        } else {
                            self.b.ins().brif(c, done, &[ba(c)], next, &[]);
                        }
                        self.b.switch_to_block(next);
                    }
                }
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
            _ => {
                let v = self.expr(e)?;
                self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0)
            }
        })
    }
}

/// Inlines a fast function's calls to itself, once: a recursive function such as fib
/// then makes half as many calls. (Cranelift does the mechanics; this decides what.)
pub(crate) struct SelfInliner<'a> {
    pub(crate) body: &'a cranelift_codegen::ir::Function,
    pub(crate) index: u32,
}

impl cranelift_codegen::inline::Inline for SelfInliner<'_> {
    fn inline(
        &mut self,
        caller: &cranelift_codegen::ir::Function,
        _inst: cranelift_codegen::ir::Inst,
        _opcode: cranelift_codegen::ir::Opcode,
        callee: cranelift_codegen::ir::FuncRef,
        _args: &[CV],
    ) -> cranelift_codegen::inline::InlineCommand<'_> {
        use cranelift_codegen::inline::InlineCommand;
        use cranelift_codegen::ir::ExternalName;
        let is_self = match &caller.dfg.ext_funcs[callee].name {
            ExternalName::User(r) => caller.params.user_named_funcs()[*r].index == self.index,
            _ => false,
        };
        if is_self {
            InlineCommand::Inline { callee: std::borrow::Cow::Borrowed(self.body), visit_callee: false }
        } else {
            InlineCommand::KeepCall
        }
    }
}
