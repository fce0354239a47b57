//! Lowering of one IR function to Cranelift IR: one `lower_<construct>` per statement
//! and expression form.
//!
//! Reference counting: every expression yields a [`V`] that says whether the code owns
//! a reference to it. Locals own their values (parameters that are never rebound are
//! borrowed from the caller); globals and slots own theirs. Owned temporaries that are
//! alive across a call that can raise are kept in `temps`, so that the error path of
//! that call releases them.
//!
//! Errors: after every call that can raise, a cold block adds a traceback entry,
//! releases the live temporaries and jumps to the *landing* of the innermost context
//! (loop, `try`, `except` body, `finally`), which cleans that context up and continues
//! to the next one out, ending at the function's error exit.
use crate::{ice, user_name, Codegen, InternalError};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types::*, AbiParam, Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
    Value as CV,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, Linkage, Module};
use pyaot_frontend::ir::{self, ExprKind, StmtKind, Target, Ty, Var};
use pyaot_runtime::abi::Abi;
use pyaot_runtime::object::HEADER_REFCNT_OFFSET;
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Own {
    /// The code holds a reference and must release it.
    Owned,
    /// Someone else keeps it alive for as long as the code uses it.
    Borrowed,
    /// Never freed (constants, None, True, False): no count changes needed.
    Immortal,
}

#[derive(Clone, Copy, Debug)]
struct V {
    v: CV,
    own: Own,
}

#[derive(Clone, Copy)]
enum CtxKind<'a> {
    Loop {
        brk: Block,
        cont: Block,
        iter: Option<Variable>,
    },
    Try {
        handler: Block,
    },
    /// An `except` body, or a `finally` body run while an exception propagates: `exc`
    /// is the exception being handled.
    Handler {
        exc: Variable,
        name: Option<Var>,
    },
    Finally {
        body: &'a [ir::Stmt],
    },
}

#[derive(Clone, Copy)]
struct Ctx<'a> {
    id: u32,
    kind: CtxKind<'a>,
}

struct L<'a, 'f, M: Module> {
    cg: &'a mut Codegen<M>,
    m: &'a ir::Module,
    f: &'a ir::Function,
    b: FunctionBuilder<'f>,
    vars: Vec<Variable>,
    /// Does the local own its value? (Parameters never rebound are borrowed.)
    owns: Vec<bool>,
    /// May the local be read while unbound?
    maybe_unbound: Vec<bool>,
    /// For float locals kept unboxed (an F64 variable): the I8 "is bound" flag.
    unboxed: Vec<Option<Variable>>,
    slots: CV,
    /// The closure tuple (functions with free variables).
    closure: Option<CV>,
    temps: Vec<CV>,
    ctx: Vec<Ctx<'a>>,
    next_ctx_id: u32,
    line: u32,
    frefs: HashMap<Abi, FuncRef>,
    local_frefs: HashMap<u32, FuncRef>,
    data_refs: HashMap<&'static str, cranelift_codegen::ir::GlobalValue>,
    ret_block: Block,
    err_exit: Option<Block>,
    landings: HashMap<u32, Block>,
    /// Landing blocks still to be emitted, with the context stack they clean up.
    pending: Vec<(Block, Vec<Ctx<'a>>)>,
    /// Has the current block been terminated?
    filled: bool,
    fname_slot: u32,
    file_slot: u32,
}

pub(crate) fn lower_function<M: Module>(
    cg: &mut Codegen<M>,
    m: &ir::Module,
    fi: usize,
    ctx: &mut Context,
    fbc: &mut FunctionBuilderContext,
) -> Result<(), InternalError> {
    let f = &m.functions[fi];
    let mut sig = cg.module.make_signature();
    if !f.freevars.is_empty() {
        sig.params.push(AbiParam::new(I64));
    }
    for _ in &f.params {
        sig.params.push(AbiParam::new(I64));
    }
    sig.returns.push(AbiParam::new(I64));
    ctx.func.signature = sig;
    ctx.func.name = user_name(cg.direct_ids[fi]);
    let fname_slot = cg.str_const(&f.name);
    let file_slot = cg.str_const(&m.units[f.unit as usize].path);
    let mut b = FunctionBuilder::new(&mut ctx.func, fbc);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let ret_block = b.create_block();
    b.append_block_param(ret_block, I64);
    let slots_gv = cg.module.declare_data_in_func(cg.slots_data, b.func);
    let slots = b.ins().symbol_value(I64, slots_gv);
    let mut l = L {
        cg,
        m,
        f,
        b,
        vars: Vec::new(),
        owns: Vec::new(),
        maybe_unbound: Vec::new(),
        unboxed: Vec::new(),
        slots,
        closure: None,
        temps: Vec::new(),
        ctx: Vec::new(),
        next_ctx_id: 0,
        line: f.line,
        frefs: HashMap::new(),
        local_frefs: HashMap::new(),
        data_refs: HashMap::new(),
        ret_block,
        err_exit: None,
        landings: HashMap::new(),
        pending: Vec::new(),
        filled: false,
        fname_slot,
        file_slot,
    };
    l.lower_body(entry)?;
    l.b.seal_all_blocks();
    let cfg = l.cg.module.isa().frontend_config();
    l.b.finalize(cfg);
    Ok(())
}

/// The array entry of function `fi`: `(func, args) -> V`, loading each argument.
pub(crate) fn lower_array_entry<M: Module>(
    cg: &mut Codegen<M>,
    m: &ir::Module,
    fi: usize,
    ctx: &mut Context,
    fbc: &mut FunctionBuilderContext,
) -> Result<(), InternalError> {
    let mut sig = cg.module.make_signature();
    sig.params.push(AbiParam::new(I64));
    sig.params.push(AbiParam::new(I64));
    sig.returns.push(AbiParam::new(I64));
    ctx.func.signature = sig;
    ctx.func.name = user_name(cg.array_ids[fi]);
    let mut b = FunctionBuilder::new(&mut ctx.func, fbc);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let argp = b.block_params(entry)[1];
    let mut args = Vec::new();
    if !m.functions[fi].freevars.is_empty() {
        let abi = cg.abi(Abi::rt_func_closure)?;
        let fr = cg.module.declare_func_in_func(abi, b.func);
        let fv = b.block_params(entry)[0];
        let call = b.ins().call(fr, &[fv]);
        args.push(b.inst_results(call)[0]);
    }
    for i in 0..m.functions[fi].params.len() {
        args.push(b.ins().load(I64, MemFlagsData::trusted(), argp, (i * 8) as i32));
    }
    let callee = cg.module.declare_func_in_func(cg.direct_ids[fi], b.func);
    let call = b.ins().call(callee, &args);
    let r = b.inst_results(call)[0];
    b.ins().return_(&[r]);
    b.seal_all_blocks();
    b.finalize(cg.module.isa().frontend_config());
    Ok(())
}

/// The constant slots (and the body) through which init registers one module.
pub(crate) struct UnitSlots {
    pub file: u32,
    pub source: u32,
    pub name: u32,
    /// A tuple of the module's global names.
    pub names: u32,
    /// A tuple of the builtins its code still reads as builtins (`Unit::builtins_read`).
    pub builtins_read: u32,
    pub body: ir::FuncId,
    pub first_global: u32,
    pub is_package: bool,
}

/// `__pyaot_init`: creates the constants, registers the slots, the source texts and the
/// imported modules.
pub(crate) fn lower_init<M: Module>(
    cg: &mut Codegen<M>,
    ctx: &mut Context,
    fbc: &mut FunctionBuilderContext,
    units: &[UnitSlots],
    dynamic: bool,
) -> Result<(), InternalError> {
    ctx.func.signature = cg.module.make_signature();
    ctx.func.name = user_name(cg.init_id);
    // Data objects for string bytes must be declared before the builder borrows ctx.
    let consts = cg.consts.clone();
    let mut str_ids: Vec<Option<DataId>> = Vec::new();
    for k in &consts {
        str_ids.push(match k {
            crate::ConstKey::Str(s) | crate::ConstKey::BigInt(s) => Some(cg.str_bytes(s.as_bytes())?),
            crate::ConstKey::Bytes(b) => Some(cg.str_bytes(b)?),
            _ => None,
        });
    }
    let mut b = FunctionBuilder::new(&mut ctx.func, fbc);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let slots_gv = cg.module.declare_data_in_func(cg.slots_data, b.func);
    let slots = b.ins().symbol_value(I64, slots_gv);
    let base = cg.nglobals + cg.ndefaults + crate::MAX_BUILTINS;
    let mut imports: HashMap<Abi, FuncRef> = HashMap::new();
    let mut import = |cg: &mut Codegen<M>, b: &mut FunctionBuilder, f: Abi| -> Result<FuncRef, InternalError> {
        if let Some(r) = imports.get(&f) {
            return Ok(*r);
        }
        let id = cg.abi(f)?;
        let r = cg.module.declare_func_in_func(id, b.func);
        imports.insert(f, r);
        Ok(r)
    };
    for (i, k) in consts.iter().enumerate() {
        let off = ((base + i as u32) * 8) as i32;
        let v = match k {
            crate::ConstKey::Str(s) | crate::ConstKey::BigInt(s) => {
                let gv = cg.module.declare_data_in_func(str_ids[i].expect("bytes declared"), b.func);
                let addr = b.ins().symbol_value(I64, gv);
                let len = b.ins().iconst(I64, s.len() as i64);
                let f = if matches!(k, crate::ConstKey::Str(_)) { Abi::rt_const_str } else { Abi::rt_const_int };
                let fr = import(cg, &mut b, f)?;
                let call = b.ins().call(fr, &[addr, len]);
                b.inst_results(call)[0]
            }
            crate::ConstKey::Bytes(data) => {
                let gv = cg.module.declare_data_in_func(str_ids[i].expect("bytes declared"), b.func);
                let addr = b.ins().symbol_value(I64, gv);
                let len = b.ins().iconst(I64, data.len() as i64);
                let fr = import(cg, &mut b, Abi::rt_const_bytes)?;
                let call = b.ins().call(fr, &[addr, len]);
                b.inst_results(call)[0]
            }
            crate::ConstKey::Float(bits) => {
                let x = b.ins().f64const(f64::from_bits(*bits));
                let fr = import(cg, &mut b, Abi::rt_float_new)?;
                let call = b.ins().call(fr, &[x]);
                b.inst_results(call)[0]
            }
            crate::ConstKey::Complex(re, im) => {
                let re = b.ins().f64const(f64::from_bits(*re));
                let im = b.ins().f64const(f64::from_bits(*im));
                let fr = import(cg, &mut b, Abi::rt_const_complex)?;
                let call = b.ins().call(fr, &[re, im]);
                b.inst_results(call)[0]
            }
            crate::ConstKey::Code(parts, sig, line_flags) => {
                let mut args = Vec::new();
                for t in parts {
                    let slot = cg.const_index[&crate::ConstKey::StrTuple(t.clone())];
                    args.push(b.ins().load(I64, MemFlagsData::trusted(), slots, ((base + slot) * 8) as i32));
                }
                args.push(b.ins().iconst(I64, *sig));
                args.push(b.ins().iconst(I64, *line_flags));
                let fr = import(cg, &mut b, Abi::rt_code_new)?;
                let call = b.ins().call(fr, &args);
                b.inst_results(call)[0]
            }
            crate::ConstKey::StrTuple(items) => {
                let ss = b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    (8 * items.len().max(1)) as u32,
                    3,
                ));
                for (j, s) in items.iter().enumerate() {
                    let slot = cg.const_index[&crate::ConstKey::Str(s.clone())];
                    let sv = b.ins().load(I64, MemFlagsData::trusted(), slots, ((base + slot) * 8) as i32);
                    b.ins().stack_store(I64, sv, ss, (j * 8) as i32);
                }
                let addr = b.ins().stack_addr(I64, ss, 0);
                let n = b.ins().iconst(I64, items.len() as i64);
                let fr = import(cg, &mut b, Abi::rt_tuple_new)?;
                let call = b.ins().call(fr, &[addr, n]);
                b.inst_results(call)[0]
            }
        };
        b.ins().store(MemFlagsData::trusted(), v, slots, off);
    }
    let total = b.ins().iconst(I64, cg.total_slots() as i64);
    let fr = import(cg, &mut b, Abi::rt_register_globals)?;
    b.ins().call(fr, &[slots, total]);
    let load =
        |b: &mut FunctionBuilder, slot: u32| b.ins().load(I64, MemFlagsData::trusted(), slots, (slot * 8) as i32);
    for (i, u) in units.iter().enumerate() {
        let file = load(&mut b, u.file);
        let src = load(&mut b, u.source);
        let fr = import(cg, &mut b, Abi::rt_register_source)?;
        b.ins().call(fr, &[file, src]);
        if i == 0 {
            continue; // the main module is not imported
        }
        let name = load(&mut b, u.name);
        let names = load(&mut b, u.names);
        let reads = load(&mut b, u.builtins_read);
        let body = cg.module.declare_func_in_func(cg.direct_ids[u.body.0 as usize], b.func);
        let body = b.ins().func_addr(I64, body);
        let globals = b.ins().iadd_imm_s(slots, (u.first_global * 8) as i64);
        let package = b.ins().iconst(I64, u.is_package as i64);
        let fr = import(cg, &mut b, Abi::rt_register_module)?;
        b.ins().call(fr, &[name, file, body, globals, names, reads, package]);
    }
    if dynamic {
        // Link the VM behind eval/exec/compile, and keep the module's globals dict.
        let sig = cg.module.make_signature();
        let id = cg.module.declare_function(crate::VM_INIT_SYMBOL, Linkage::Import, &sig).map_err(crate::ice)?;
        let init = cg.module.declare_func_in_func(id, b.func);
        b.ins().call(init, &[]);
        let fr = import(cg, &mut b, Abi::rt_module_globals)?;
        let call = b.ins().call(fr, &[]);
        let d = b.inst_results(call)[0];
        b.ins().store(MemFlagsData::trusted(), d, slots, (cg.dict_slot() * 8) as i32);
    }
    b.ins().return_(&[]);
    b.seal_all_blocks();
    b.finalize(cg.module.isa().frontend_config());
    Ok(())
}

/// The C `main` of an executable: `return rt_main(argc, argv, module_body)`.
pub(crate) fn lower_c_main<M: Module>(
    cg: &mut Codegen<M>,
    ctx: &mut Context,
    fbc: &mut FunctionBuilderContext,
    sig: Signature,
) -> Result<(), InternalError> {
    ctx.func.signature = sig;
    let rt_main = cg.abi(Abi::rt_main)?;
    let mut b = FunctionBuilder::new(&mut ctx.func, fbc);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let argc = b.block_params(entry)[0];
    let argv = b.block_params(entry)[1];
    let body = cg.module.declare_func_in_func(cg.direct_ids[0], b.func);
    let body_addr = b.ins().func_addr(I64, body);
    let f = cg.module.declare_func_in_func(rt_main, b.func);
    let call = b.ins().call(f, &[argc, argv, body_addr]);
    let r = b.inst_results(call)[0];
    b.ins().return_(&[r]);
    b.seal_all_blocks();
    b.finalize(cg.module.isa().frontend_config());
    Ok(())
}

fn ba(v: CV) -> BlockArg {
    BlockArg::Value(v)
}

/// Which locals a function (re)binds: parameters that are never rebound stay borrowed.
fn rebinds(body: &[ir::Stmt], out: &mut Vec<bool>, deleted: &mut Vec<bool>) {
    fn target(t: &Target, out: &mut Vec<bool>) {
        match t {
            Target::Var(Var::Local(l)) => out[l.0 as usize] = true,
            Target::Unpack(ts, _) => ts.iter().for_each(|t| target(t, out)),
            _ => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, out)),
            StmtKind::AugAssign { target: t, .. } => target(t, out),
            StmtKind::For { target: t, body, orelse, .. } => {
                target(t, out);
                rebinds(body, out, deleted);
                rebinds(orelse, out, deleted);
            }
            StmtKind::ForRange { var, body, orelse, .. } => {
                if let Var::Local(l) = var {
                    out[l.0 as usize] = true;
                }
                rebinds(body, out, deleted);
                rebinds(orelse, out, deleted);
            }
            StmtKind::If { then, orelse, .. } => {
                rebinds(then, out, deleted);
                rebinds(orelse, out, deleted);
            }
            StmtKind::While { body, orelse, .. } => {
                rebinds(body, out, deleted);
                rebinds(orelse, out, deleted);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                rebinds(body, out, deleted);
                for h in handlers {
                    if let Some(Var::Local(l)) = h.name {
                        out[l.0 as usize] = true;
                        deleted[l.0 as usize] = true;
                    }
                    rebinds(&h.body, out, deleted);
                }
                rebinds(orelse, out, deleted);
                rebinds(finalbody, out, deleted);
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    if let Target::Var(Var::Local(l)) = t {
                        out[l.0 as usize] = true;
                        deleted[l.0 as usize] = true;
                    }
                }
            }
            StmtKind::FuncDef { var: Var::Local(l), .. } => out[l.0 as usize] = true,
            _ => {}
        }
    }
}

fn abi_binop(op: ir::BinOp) -> i64 {
    use pyaot_runtime::ops::BinOp as R;
    (match op {
        ir::BinOp::Add => R::Add,
        ir::BinOp::Sub => R::Sub,
        ir::BinOp::Mul => R::Mul,
        ir::BinOp::TrueDiv => R::TrueDiv,
        ir::BinOp::FloorDiv => R::FloorDiv,
        ir::BinOp::Mod => R::Mod,
        ir::BinOp::Pow => R::Pow,
        ir::BinOp::LShift => R::LShift,
        ir::BinOp::RShift => R::RShift,
        ir::BinOp::BitOr => R::BitOr,
        ir::BinOp::BitXor => R::BitXor,
        ir::BinOp::BitAnd => R::BitAnd,
        ir::BinOp::MatMul => R::MatMul,
    }) as i64
}

fn abi_cmp(op: ir::CmpOp) -> i64 {
    use pyaot_runtime::ops::CmpOp as R;
    (match op {
        ir::CmpOp::Lt => R::Lt,
        ir::CmpOp::Le => R::Le,
        ir::CmpOp::Eq => R::Eq,
        ir::CmpOp::Ne => R::Ne,
        ir::CmpOp::Gt => R::Gt,
        ir::CmpOp::Ge => R::Ge,
        _ => R::Eq,
    }) as i64
}

fn int_cc(op: ir::CmpOp) -> Option<IntCC> {
    Some(match op {
        ir::CmpOp::Lt => IntCC::SignedLessThan,
        ir::CmpOp::Le => IntCC::SignedLessThanOrEqual,
        ir::CmpOp::Eq => IntCC::Equal,
        ir::CmpOp::Ne => IntCC::NotEqual,
        ir::CmpOp::Gt => IntCC::SignedGreaterThan,
        ir::CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
        _ => return None,
    })
}

fn float_cc(op: ir::CmpOp) -> Option<FloatCC> {
    Some(match op {
        ir::CmpOp::Lt => FloatCC::LessThan,
        ir::CmpOp::Le => FloatCC::LessThanOrEqual,
        ir::CmpOp::Eq => FloatCC::Equal,
        ir::CmpOp::Ne => FloatCC::NotEqual,
        ir::CmpOp::Gt => FloatCC::GreaterThan,
        ir::CmpOp::Ge => FloatCC::GreaterThanOrEqual,
        _ => return None,
    })
}

fn is_intish(t: Ty) -> bool {
    matches!(t, Ty::Int)
}

/// Worth an inline small-int fast path: one operand is an int and the other may be one
/// (an untyped value is often a small int at run time: dict values, list items). The
/// tag check decides at run time; everything else takes the runtime's path.
/// Worth an inline float fast path: values of unknown type (list items, attributes,
/// unpacked tuples) that are often floats at run time, as in numeric code.
fn maybe_floats(a: Ty, b: Ty) -> bool {
    let may = |t: Ty| matches!(t, Ty::Float | Ty::Any);
    may(a) && may(b) && !(a == Ty::Float && b == Ty::Float)
}

fn maybe_small_ints(a: Ty, b: Ty) -> bool {
    let may = |t: Ty| matches!(t, Ty::Int | Ty::Any | Ty::Never);
    (is_intish(a) || is_intish(b)) && may(a) && may(b)
}

impl<'a, M: Module> L<'a, '_, M> {
    // ----------------------------------------------------------------------------------
    // Function skeleton

    fn lower_body(&mut self, entry: Block) -> Result<(), InternalError> {
        let f = self.f;
        let n = f.locals.len();
        let mut rebound = vec![false; n];
        let mut deleted = vec![false; n];
        rebinds(&f.body, &mut rebound, &mut deleted);
        for (r, local) in rebound.iter_mut().zip(&f.locals) {
            *r |= local.walrus;
        }
        let mut params: Vec<CV> = self.b.block_params(entry).to_vec();
        if !f.freevars.is_empty() {
            self.closure = Some(params.remove(0));
        }
        for (i, local) in f.locals.iter().enumerate() {
            let is_param = i < f.params.len();
            if local.cell {
                // Holds the parameter (borrowed) until the cell is made, after the depth check.
                let var = self.b.declare_var(I64);
                let init = if is_param { params[i] } else { self.b.ins().iconst(I64, 0) };
                self.b.def_var(var, init);
                self.vars.push(var);
                self.owns.push(true);
                self.maybe_unbound.push(false);
                self.unboxed.push(None);
                continue;
            }
            if !is_param && local.ty == Ty::Float && !f.is_module && !f.uses_locals {
                // A float local lives in an F64 register, with a flag for "bound".
                let var = self.b.declare_var(F64);
                let flag = self.b.declare_var(I8);
                let z = self.b.ins().f64const(0.0);
                self.b.def_var(var, z);
                let zf = self.b.ins().iconst(I8, 0);
                self.b.def_var(flag, zf);
                self.vars.push(var);
                self.owns.push(false);
                self.maybe_unbound.push(true);
                self.unboxed.push(Some(flag));
                continue;
            }
            self.unboxed.push(None);
            let var = self.b.declare_var(I64);
            self.vars.push(var);
            let owns = !is_param || rebound[i];
            self.owns.push(owns);
            self.maybe_unbound.push(!is_param || deleted[i]);
            if is_param {
                if owns {
                    self.incref(params[i]);
                }
                self.b.def_var(var, params[i]);
            } else {
                let z = self.b.ins().iconst(I64, 0);
                self.b.def_var(var, z);
            }
        }
        if std::ptr::eq(f, &self.m.functions[0]) {
            // The main module's body sets up the program's constants and modules.
            let init = self.cg.module.declare_func_in_func(self.cg.init_id, self.b.func);
            self.b.ins().call(init, &[]);
        } else if !f.is_module {
            self.lower_depth_check()?;
        }
        for (i, local) in f.locals.iter().enumerate() {
            if local.cell {
                let init = self.b.use_var(self.vars[i]);
                let c = self.rt1(Abi::rt_cell_new, &[init])?;
                self.b.def_var(self.vars[i], c);
            }
        }
        self.lower_block(&f.body)?;
        if !self.filled {
            let none = self.none();
            self.b.ins().jump(self.ret_block, &[ba(none)]);
        }
        // The normal return path.
        self.b.switch_to_block(self.ret_block);
        let rv = self.b.block_params(self.ret_block)[0];
        self.lower_exit_cleanup()?;
        self.b.ins().return_(&[rv]);
        // Landings requested along the way (they may request more).
        while let Some((blk, stack)) = self.pending.pop() {
            self.emit_landing(blk, stack)?;
        }
        if let Some(e) = self.err_exit {
            self.b.switch_to_block(e);
            self.b.set_cold_block(e);
            self.lower_exit_cleanup()?;
            let z = self.b.ins().iconst(I64, 0);
            self.b.ins().return_(&[z]);
        }
        Ok(())
    }

    /// Releases the locals and leaves the call depth.
    fn lower_exit_cleanup(&mut self) -> Result<(), InternalError> {
        for i in 0..self.vars.len() {
            if self.owns[i] {
                let v = self.b.use_var(self.vars[i]);
                self.xdecref(v)?;
            }
        }
        if !self.f.is_module {
            let d = self.data_addr("pyaot_depth")?;
            let cur = self.b.ins().load(I64, MemFlagsData::trusted(), d, 0);
            let dec = self.b.ins().iadd_imm_s(cur, -1);
            self.b.ins().store(MemFlagsData::trusted(), dec, d, 0);
        }
        Ok(())
    }

    fn lower_depth_check(&mut self) -> Result<(), InternalError> {
        let d = self.data_addr("pyaot_depth")?;
        let lim = self.data_addr("pyaot_depth_limit")?;
        let cur = self.b.ins().load(I64, MemFlagsData::trusted(), d, 0);
        let inc = self.b.ins().iadd_imm_s(cur, 1);
        self.b.ins().store(MemFlagsData::trusted(), inc, d, 0);
        let limit = self.b.ins().load(I64, MemFlagsData::trusted(), lim, 0);
        let over = self.b.ins().icmp(IntCC::SignedGreaterThan, inc, limit);
        let too_deep = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(too_deep);
        self.b.ins().brif(over, too_deep, &[], ok, &[]);
        self.b.switch_to_block(too_deep);
        self.b.ins().store(MemFlagsData::trusted(), cur, d, 0);
        // Parameters the function owns were increfed above.
        for i in 0..self.f.params.len() {
            if self.owns[i] && !self.f.locals[i].cell {
                let v = self.b.use_var(self.vars[i]);
                self.decref(v)?;
            }
        }
        self.rt(Abi::rt_recursion_error, &[])?;
        let z = self.b.ins().iconst(I64, 0);
        self.b.ins().return_(&[z]);
        self.b.switch_to_block(ok);
        Ok(())
    }

    // ----------------------------------------------------------------------------------
    // Small helpers

    fn rt(&mut self, f: Abi, args: &[CV]) -> Result<Option<CV>, InternalError> {
        let fr = match self.frefs.get(&f) {
            Some(r) => *r,
            None => {
                let id = self.cg.abi(f)?;
                let r = self.cg.module.declare_func_in_func(id, self.b.func);
                self.frefs.insert(f, r);
                r
            }
        };
        let call = self.b.ins().call(fr, args);
        Ok(self.b.inst_results(call).first().copied())
    }

    fn rt1(&mut self, f: Abi, args: &[CV]) -> Result<CV, InternalError> {
        self.rt(f, args)?.ok_or_else(|| InternalError(format!("{f:?} returns nothing")))
    }

    fn data_addr(&mut self, name: &'static str) -> Result<CV, InternalError> {
        let gv = match self.data_refs.get(name) {
            Some(g) => *g,
            None => {
                let id = self.cg.module.declare_data(name, Linkage::Import, true, false).map_err(ice)?;
                let g = self.cg.module.declare_data_in_func(id, self.b.func);
                self.data_refs.insert(name, g);
                g
            }
        };
        Ok(self.b.ins().symbol_value(I64, gv))
    }

    /// The address of a new attribute site's cache.
    fn attr_cache(&mut self) -> CV {
        let i = self.cg.ncaches;
        self.cg.ncaches += 1;
        let gv = match self.data_refs.get("__pyaot_caches") {
            Some(g) => *g,
            None => {
                let g = self.cg.module.declare_data_in_func(self.cg.caches_data, self.b.func);
                self.data_refs.insert("__pyaot_caches", g);
                g
            }
        };
        let base = self.b.ins().symbol_value(I64, gv);
        self.b.ins().iadd_imm_s(base, (i as usize * crate::ATTR_CACHE_SIZE) as i64)
    }

    fn none(&mut self) -> CV {
        self.data_addr("pyaot_None").expect("pyaot_None declares")
    }

    fn bool_obj(&mut self, flag: CV) -> Result<CV, InternalError> {
        let t = self.data_addr("pyaot_True")?;
        let f = self.data_addr("pyaot_False")?;
        Ok(self.b.ins().select(flag, t, f))
    }

    fn iconst(&mut self, i: i64) -> CV {
        self.b.ins().iconst(I64, i)
    }

    fn load_slot(&mut self, slot: u32) -> CV {
        self.b.ins().load(I64, MemFlagsData::trusted(), self.slots, (slot * 8) as i32)
    }

    fn store_slot(&mut self, slot: u32, v: CV) {
        self.b.ins().store(MemFlagsData::trusted(), v, self.slots, (slot * 8) as i32);
    }

    fn str_const(&mut self, s: &str) -> CV {
        let slot = self.cg.str_const(s);
        self.load_slot(slot)
    }

    /// A stack array holding `vals`, and its address.
    fn stack_array(&mut self, vals: &[CV]) -> CV {
        let ss = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * vals.len().max(1)) as u32,
            3,
        ));
        for (i, v) in vals.iter().enumerate() {
            self.b.ins().stack_store(I64, *v, ss, (i * 8) as i32);
        }
        self.b.ins().stack_addr(I64, ss, 0)
    }

    /// A stack array of owned values for a runtime function that steals them: the values
    /// stop being temporaries here. Returns the array's address and the count.
    fn handed_over(&mut self, vals: &[V]) -> (CV, CV) {
        let raw: Vec<CV> = vals.iter().map(|v| v.v).collect();
        let arr = self.stack_array(&raw);
        let n = self.iconst(raw.len() as i64);
        for v in vals {
            self.pop_temp(*v);
        }
        (arr, n)
    }

    /// The direct entry of function `func`, imported into this function once.
    fn direct_ref(&mut self, func: ir::FuncId) -> FuncRef {
        if let Some(r) = self.local_frefs.get(&func.0) {
            return *r;
        }
        let r = self.cg.module.declare_func_in_func(self.cg.direct_ids[func.0 as usize], self.b.func);
        self.local_frefs.insert(func.0, r);
        r
    }

    /// Starts a new block after a terminator (statements after `return` are unreachable).
    fn switch_fresh(&mut self) {
        let blk = self.b.create_block();
        self.b.switch_to_block(blk);
        self.filled = false;
    }

    fn jump(&mut self, blk: Block, args: &[BlockArg]) {
        self.b.ins().jump(blk, args);
        self.filled = true;
    }

    // ----------------------------------------------------------------------------------
    // Reference counting

    fn incref(&mut self, v: CV) {
        let heap = self.b.create_block();
        let bump = self.b.create_block();
        let done = self.b.create_block();
        let tag = self.b.ins().band_imm_s(v, 1);
        self.b.ins().brif(tag, done, &[], heap, &[]);
        self.b.switch_to_block(heap);
        let rc = self.b.ins().load(I64, MemFlagsData::trusted(), v, HEADER_REFCNT_OFFSET);
        let imm = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, rc, 0);
        self.b.ins().brif(imm, done, &[], bump, &[]);
        self.b.switch_to_block(bump);
        let rc1 = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, v, HEADER_REFCNT_OFFSET);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn decref_inner(&mut self, v: CV, maybe_null: bool) -> Result<(), InternalError> {
        let heap = self.b.create_block();
        let dec = self.b.create_block();
        let free = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(free);
        let tag = self.b.ins().band_imm_s(v, 1);
        let skip = if maybe_null {
            let z = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
            let z = self.b.ins().uextend(I64, z);
            self.b.ins().bor(tag, z)
        } else {
            tag
        };
        self.b.ins().brif(skip, done, &[], heap, &[]);
        self.b.switch_to_block(heap);
        let rc = self.b.ins().load(I64, MemFlagsData::trusted(), v, HEADER_REFCNT_OFFSET);
        let live = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, rc, 0);
        self.b.ins().brif(live, dec, &[], done, &[]);
        self.b.switch_to_block(dec);
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, v, HEADER_REFCNT_OFFSET);
        self.b.ins().brif(rc1, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.rt(Abi::rt_dealloc, &[v])?;
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    fn decref(&mut self, v: CV) -> Result<(), InternalError> {
        self.decref_inner(v, false)
    }

    fn xdecref(&mut self, v: CV) -> Result<(), InternalError> {
        self.decref_inner(v, true)
    }

    fn release(&mut self, v: V) -> Result<(), InternalError> {
        if v.own == Own::Owned {
            self.decref(v.v)?;
        }
        Ok(())
    }

    fn to_owned(&mut self, v: V) -> V {
        if v.own == Own::Borrowed {
            self.incref(v.v);
            V { v: v.v, own: Own::Owned }
        } else {
            v
        }
    }

    fn push_temp(&mut self, v: V) {
        if v.own == Own::Owned {
            self.temps.push(v.v);
        }
    }

    fn pop_temp(&mut self, v: V) {
        if v.own == Own::Owned {
            if let Some(i) = self.temps.iter().rposition(|t| *t == v.v) {
                self.temps.remove(i);
            }
        }
    }

    /// Pops a temporary and releases it.
    fn drop_temp(&mut self, v: V) -> Result<(), InternalError> {
        self.pop_temp(v);
        self.release(v)
    }

    // ----------------------------------------------------------------------------------
    // Errors

    /// Branches to the error path when `failed` is true.
    fn error_if(&mut self, failed: CV) -> Result<(), InternalError> {
        let err = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(err);
        self.b.ins().brif(failed, err, &[], cont, &[]);
        self.b.switch_to_block(err);
        self.lower_raise_here()?;
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// The error path at the current point: traceback entry, temporaries, landing.
    fn lower_raise_here(&mut self) -> Result<(), InternalError> {
        let fname = self.load_slot(self.fname_slot);
        let file = self.load_slot(self.file_slot);
        let line = self.b.ins().iconst(I32, self.line as i64);
        self.rt(Abi::rt_traceback_add, &[fname, file, line])?;
        for t in self.temps.clone().into_iter().rev() {
            self.decref(t)?;
        }
        let land = self.landing(self.ctx.len());
        self.b.ins().jump(land, &[]);
        Ok(())
    }

    /// Checks a `V` result (0 = error).
    fn check(&mut self, v: CV) -> Result<(), InternalError> {
        let z = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
        self.error_if(z)
    }

    /// Checks an `I32` result (-1 = error).
    fn check_i32(&mut self, r: CV) -> Result<(), InternalError> {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        self.error_if(neg)
    }

    /// The landing for an error raised with the first `depth` contexts active.
    fn landing(&mut self, depth: usize) -> Block {
        if depth == 0 {
            return match self.err_exit {
                Some(b) => b,
                None => {
                    let b = self.b.create_block();
                    self.err_exit = Some(b);
                    b
                }
            };
        }
        let c = self.ctx[depth - 1];
        match c.kind {
            CtxKind::Try { handler } => handler,
            CtxKind::Loop { iter: None, .. } => self.landing(depth - 1),
            _ => {
                if let Some(b) = self.landings.get(&c.id) {
                    return *b;
                }
                let blk = self.b.create_block();
                self.landings.insert(c.id, blk);
                self.pending.push((blk, self.ctx[..depth].to_vec()));
                blk
            }
        }
    }

    /// Emits a landing: cleans up the innermost context of `stack` and goes on outward.
    fn emit_landing(&mut self, blk: Block, stack: Vec<Ctx<'a>>) -> Result<(), InternalError> {
        let saved_ctx = std::mem::replace(&mut self.ctx, stack);
        let saved_temps = std::mem::take(&mut self.temps);
        self.b.switch_to_block(blk);
        self.b.set_cold_block(blk);
        self.filled = false;
        let c = self.ctx.pop().expect("landing has a context");
        match c.kind {
            CtxKind::Loop { .. } | CtxKind::Handler { .. } | CtxKind::Try { .. } => self.release_ctx(c.kind)?,
            CtxKind::Finally { body } => {
                // The exception is being handled while the finally body runs (so a new
                // one raised there gets it as __context__), then it is raised again.
                let e = self.rt1(Abi::rt_err_fetch, &[])?;
                let var = self.b.declare_var(I64);
                self.b.def_var(var, e);
                self.rt(Abi::rt_exc_push, &[e])?;
                let id = self.new_ctx_id();
                self.ctx.push(Ctx { id, kind: CtxKind::Handler { exc: var, name: None } });
                self.lower_block(body)?;
                self.ctx.pop();
                if !self.filled {
                    self.rt(Abi::rt_exc_pop, &[])?;
                    let e = self.b.use_var(var);
                    self.rt(Abi::rt_err_restore, &[e])?;
                }
            }
        }
        if !self.filled {
            let land = self.landing(self.ctx.len());
            self.jump(land, &[]);
        }
        self.ctx = saved_ctx;
        self.temps = saved_temps;
        Ok(())
    }

    /// Leaving a loop (release its iterator) or an `except`/`finally` body that handles
    /// an exception (stop handling it), whether by a jump or by an error.
    fn release_ctx(&mut self, kind: CtxKind<'a>) -> Result<(), InternalError> {
        match kind {
            CtxKind::Loop { iter: Some(it), .. } => {
                // 0 for a counted `range` loop, which holds no iterator.
                let v = self.b.use_var(it);
                self.xdecref(v)
            }
            CtxKind::Handler { exc, name } => {
                self.rt(Abi::rt_exc_pop, &[])?;
                let v = self.b.use_var(exc);
                self.decref(v)?;
                // `except E as name` unbinds the name however the block is left.
                match name {
                    Some(n) => {
                        let z = self.iconst(0);
                        self.store_var(n, z)
                    }
                    None => Ok(()),
                }
            }
            CtxKind::Loop { iter: None, .. } | CtxKind::Try { .. } | CtxKind::Finally { .. } => Ok(()),
        }
    }

    fn new_ctx_id(&mut self) -> u32 {
        self.next_ctx_id += 1;
        self.next_ctx_id
    }

    /// Cleans up the contexts above `keep` (innermost first) for a jump out of them
    /// (`break`, `continue`, `return`).
    fn unwind_to(&mut self, keep: usize) -> Result<(), InternalError> {
        let mut i = self.ctx.len();
        while i > keep {
            i -= 1;
            let c = self.ctx[i];
            match c.kind {
                CtxKind::Loop { .. } | CtxKind::Handler { .. } | CtxKind::Try { .. } => self.release_ctx(c.kind)?,
                CtxKind::Finally { body } => {
                    let saved = self.ctx.split_off(i);
                    self.lower_block(body)?;
                    self.ctx.extend(saved);
                    if self.filled {
                        // The finally body left by itself (return/break inside it).
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    }

    // ----------------------------------------------------------------------------------
    // Unboxed floats

    fn is_unboxed(&self, e: &ir::Expr) -> Option<ir::LocalId> {
        match e.kind {
            ExprKind::Load(Var::Local(l)) if self.unboxed[l.0 as usize].is_some() => Some(l),
            _ => None,
        }
    }

    /// Reads an unboxed float local (UnboundLocalError when unbound).
    fn load_f64(&mut self, l: ir::LocalId) -> Result<CV, InternalError> {
        let flag = self.unboxed[l.0 as usize].expect("unboxed local");
        let bound = self.b.use_var(flag);
        let unbound = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(unbound);
        self.b.ins().brif(bound, ok, &[], unbound, &[]);
        self.b.switch_to_block(unbound);
        let name = self.f.locals[l.0 as usize].name.clone();
        let n = self.str_const(&name);
        self.rt(Abi::rt_unbound_local, &[n])?;
        self.lower_raise_here()?;
        self.b.switch_to_block(ok);
        Ok(self.b.use_var(self.vars[l.0 as usize]))
    }

    fn store_f64(&mut self, l: ir::LocalId, f: CV) {
        let flag = self.unboxed[l.0 as usize].expect("unboxed local");
        self.b.def_var(self.vars[l.0 as usize], f);
        let one = self.b.ins().iconst(I8, 1);
        self.b.def_var(flag, one);
    }

    /// The f64 value of a float object (or of an int, converted; errors raise).
    fn unbox(&mut self, v: CV) -> Result<CV, InternalError> {
        let ft = self.data_addr("pyaot_type_float")?;
        let done = self.b.create_block();
        self.b.append_block_param(done, F64);
        let heap = self.b.create_block();
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let tag = self.b.ins().band_imm_s(v, 1);
        self.b.ins().brif(tag, slow, &[], heap, &[]);
        self.b.switch_to_block(heap);
        let ty = self.b.ins().load(I64, MemFlagsData::trusted(), v, pyaot_runtime::object::HEADER_TYPE_OFFSET);
        let is_float = self.b.ins().icmp(IntCC::Equal, ty, ft);
        self.b.ins().brif(is_float, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let x = self.b.ins().load(F64, MemFlagsData::trusted(), v, pyaot_runtime::float::FLOAT_VALUE_OFFSET);
        self.b.ins().jump(done, &[ba(x)]);
        self.b.switch_to_block(slow);
        let y = self.rt1(Abi::rt_float_value, &[v])?;
        let e = self.rt1(Abi::rt_err_occurred, &[])?;
        self.error_if(e)?;
        self.b.ins().jump(done, &[ba(y)]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// A numeric operand (int, bool or float) as f64, as Python converts it for float
    /// arithmetic.
    fn operand_f64(&mut self, e: &'a ir::Expr) -> Result<CV, InternalError> {
        if e.ty == Ty::Float {
            return self.expr_f64(e);
        }
        let v = self.expr(e)?;
        self.push_temp(v);
        let tag = self.b.ins().band_imm_s(v.v, 1);
        let small = self.b.create_block();
        let other = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, F64);
        self.b.ins().brif(tag, small, &[], other, &[]);
        self.b.switch_to_block(small);
        let i = self.b.ins().sshr_imm_s(v.v, 1);
        let f = self.b.ins().fcvt_from_sint(F64, i);
        self.b.ins().jump(done, &[ba(f)]);
        self.b.switch_to_block(other);
        let g = self.unbox(v.v)?;
        self.b.ins().jump(done, &[ba(g)]);
        self.b.switch_to_block(done);
        self.drop_temp(v)?;
        Ok(self.b.block_params(done)[0])
    }

    /// Can `e` be computed directly as an f64?
    fn f64_computable(&self, e: &ir::Expr) -> bool {
        let num = |t: Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Float);
        e.ty == Ty::Float
            && match &e.kind {
                ExprKind::Float(_) => true,
                ExprKind::Load(_) => self.is_unboxed(e).is_some(),
                ExprKind::BinOp { op, left, right } => {
                    // int / int stays with the runtime: it is correctly rounded there, and
                    // its ZeroDivisionError message differs from float division's.
                    let has_float = left.ty == Ty::Float || right.ty == Ty::Float;
                    matches!(op, ir::BinOp::Add | ir::BinOp::Sub | ir::BinOp::Mul | ir::BinOp::TrueDiv)
                        && num(left.ty)
                        && num(right.ty)
                        && has_float
                }
                ExprKind::Unary { op: ir::UnaryOp::Neg | ir::UnaryOp::Pos, .. } => true,
                _ => false,
            }
    }

    /// A Float-typed expression as an f64.
    fn expr_f64(&mut self, e: &'a ir::Expr) -> Result<CV, InternalError> {
        self.line = e.line;
        if !self.f64_computable(e) {
            let v = self.expr(e)?;
            self.push_temp(v);
            let f = self.unbox(v.v)?;
            self.drop_temp(v)?;
            return Ok(f);
        }
        match &e.kind {
            ExprKind::Float(x) => Ok(self.b.ins().f64const(*x)),
            ExprKind::Load(Var::Local(l)) => self.load_f64(*l),
            ExprKind::Unary { op, operand } => {
                let x = self.operand_f64(operand)?;
                Ok(if *op == ir::UnaryOp::Neg { self.b.ins().fneg(x) } else { x })
            }
            ExprKind::BinOp { op, left, right } => {
                let a = self.operand_f64(left)?;
                let b = self.operand_f64(right)?;
                self.line = e.line;
                self.f64_binop(*op, a, b)
            }
            _ => Err(InternalError("expr_f64 on a non-float expression".into())),
        }
    }

    fn f64_binop(&mut self, op: ir::BinOp, a: CV, b: CV) -> Result<CV, InternalError> {
        Ok(match op {
            ir::BinOp::Add => self.b.ins().fadd(a, b),
            ir::BinOp::Sub => self.b.ins().fsub(a, b),
            ir::BinOp::Mul => self.b.ins().fmul(a, b),
            _ => {
                // Division: a zero divisor takes the runtime's path, which raises.
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, b, zero);
                let slow = self.b.create_block();
                let fast = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, F64);
                self.b.set_cold_block(slow);
                self.b.ins().brif(is_zero, slow, &[], fast, &[]);
                self.b.switch_to_block(fast);
                let q = self.b.ins().fdiv(a, b);
                self.b.ins().jump(done, &[ba(q)]);
                self.b.switch_to_block(slow);
                let ba_ = self.rt1(Abi::rt_float_new, &[a])?;
                let bb_ = self.rt1(Abi::rt_float_new, &[b])?;
                let va = V { v: ba_, own: Own::Owned };
                let vb = V { v: bb_, own: Own::Owned };
                self.push_temp(va);
                self.push_temp(vb);
                let opc = self.b.ins().iconst(I32, abi_binop(op));
                let r = self.rt1(Abi::rt_binop, &[opc, ba_, bb_])?;
                self.check(r)?;
                self.drop_temp(vb)?;
                self.drop_temp(va)?;
                let rv = V { v: r, own: Own::Owned };
                self.push_temp(rv);
                let f = self.unbox(r)?;
                self.drop_temp(rv)?;
                self.b.ins().jump(done, &[ba(f)]);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
        })
    }

    // ----------------------------------------------------------------------------------
    // Variables

    fn load_var(&mut self, var: Var) -> Result<V, InternalError> {
        match var {
            Var::Local(l) if self.unboxed[l.0 as usize].is_some() => {
                let f = self.load_f64(l)?;
                let v = self.rt1(Abi::rt_float_new, &[f])?;
                Ok(V { v, own: Own::Owned })
            }
            Var::Local(l) if self.f.locals[l.0 as usize].cell => {
                let c = self.b.use_var(self.vars[l.0 as usize]);
                let name = self.f.locals[l.0 as usize].name.clone();
                let n = self.str_const(&name);
                let v = self.rt1(Abi::rt_cell_load, &[c, n])?;
                self.check(v)?;
                Ok(V { v, own: Own::Owned })
            }
            Var::Free(i) => {
                let c = self.closure_value()?;
                let name = self.f.freevars[i as usize].clone();
                let n = self.str_const(&name);
                let idx = self.iconst(i as i64);
                let v = self.rt1(Abi::rt_free_load, &[c, idx, n])?;
                self.check(v)?;
                Ok(V { v, own: Own::Owned })
            }
            Var::Local(l) => {
                let v = self.b.use_var(self.vars[l.0 as usize]);
                if self.maybe_unbound[l.0 as usize] {
                    let unbound = self.b.create_block();
                    let ok = self.b.create_block();
                    self.b.set_cold_block(unbound);
                    self.b.ins().brif(v, ok, &[], unbound, &[]);
                    self.b.switch_to_block(unbound);
                    let name = self.f.locals[l.0 as usize].name.clone();
                    let n = self.str_const(&name);
                    self.rt(Abi::rt_unbound_local, &[n])?;
                    self.lower_raise_here()?;
                    self.b.switch_to_block(ok);
                }
                Ok(V { v, own: Own::Borrowed })
            }
            Var::Global(g) if self.m.global_in_dict(g) => {
                let d = self.load_slot(self.cg.dict_slot());
                let name = self.m.globals[g.0 as usize].name.clone();
                let n = self.str_const(&name);
                let v = self.rt1(Abi::rt_global_load, &[d, n])?;
                self.check(v)?;
                Ok(V { v, own: Own::Owned })
            }
            Var::Global(g) => {
                let slot = self.cg.global_slot(g);
                let v = self.load_slot(slot);
                let unbound = self.b.create_block();
                let bound = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                let glob = &self.m.globals[g.0 as usize];
                let fallback = glob.builtin_fallback;
                let name = glob.name.clone();
                if !fallback {
                    self.b.set_cold_block(unbound);
                }
                self.b.ins().brif(v, bound, &[], unbound, &[]);
                self.b.switch_to_block(bound);
                self.incref(v);
                self.b.ins().jump(done, &[ba(v)]);
                self.b.switch_to_block(unbound);
                if fallback {
                    // Unbound: the builtin (an imported module reads every builtin so).
                    let r = self.builtin_value(&name)?;
                    self.incref(r);
                    self.b.ins().jump(done, &[ba(r)]);
                } else {
                    let n = self.str_const(&name);
                    self.rt(Abi::rt_name_error, &[n])?;
                    self.lower_raise_here()?;
                }
                self.b.switch_to_block(done);
                Ok(V { v: self.b.block_params(done)[0], own: Own::Owned })
            }
        }
    }

    /// The value of builtin `name` (borrowed: a slot caches it after the first lookup).
    fn builtin_value(&mut self, name: &str) -> Result<CV, InternalError> {
        let slot = self.cg.builtin_slot(name);
        let v = self.load_slot(slot);
        let miss = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.set_cold_block(miss);
        self.b.ins().brif(v, done, &[ba(v)], miss, &[]);
        self.b.switch_to_block(miss);
        let n = self.str_const(name);
        let r = self.rt1(Abi::rt_builtin, &[n])?;
        self.check(r)?;
        self.store_slot(slot, r);
        self.b.ins().jump(done, &[ba(r)]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    fn closure_value(&self) -> Result<CV, InternalError> {
        self.closure.ok_or_else(|| InternalError(format!("{} has no closure", self.f.qualname)))
    }

    /// The cell behind a cell local or free variable, as an owned value.
    fn cell_of(&mut self, var: Var) -> Result<CV, InternalError> {
        match var {
            Var::Local(l) if self.f.locals[l.0 as usize].cell => {
                let c = self.b.use_var(self.vars[l.0 as usize]);
                self.incref(c);
                Ok(c)
            }
            Var::Free(i) => {
                let c = self.closure_value()?;
                let idx = self.iconst(i as i64);
                self.rt1(Abi::rt_free_cell, &[c, idx])
            }
            _ => Err(InternalError("a closure captures a variable that is not a cell".into())),
        }
    }

    /// The module's globals dict (a dynamic module's; the frontend makes every module
    /// that asks for it dynamic).
    fn globals_dict(&mut self) -> Result<V, InternalError> {
        if !self.m.dynamic {
            return Err(InternalError("globals() in a module without a globals dict".into()));
        }
        let d = self.load_slot(self.cg.dict_slot());
        Ok(V { v: d, own: Own::Borrowed })
    }

    /// Binds `var` to owned value `v` (or unbinds it when `v` is 0).
    fn store_var(&mut self, var: Var, v: CV) -> Result<(), InternalError> {
        match var {
            Var::Local(l) if self.unboxed[l.0 as usize].is_some() => {
                let flag = self.unboxed[l.0 as usize].expect("unboxed");
                let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
                let unbind = self.b.create_block();
                let bind = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(is_null, unbind, &[], bind, &[]);
                self.b.switch_to_block(unbind);
                let z = self.b.ins().iconst(I8, 0);
                self.b.def_var(flag, z);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(bind);
                let f = self.unbox(v)?;
                self.decref(v)?;
                self.store_f64(l, f);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Var::Local(l) if self.f.locals[l.0 as usize].cell => {
                let c = self.b.use_var(self.vars[l.0 as usize]);
                self.rt(Abi::rt_cell_store, &[c, v])?;
            }
            Var::Free(i) => {
                let c = self.closure_value()?;
                let idx = self.iconst(i as i64);
                self.rt(Abi::rt_free_store, &[c, idx, v])?;
            }
            Var::Local(l) => {
                let i = l.0 as usize;
                let old = self.b.use_var(self.vars[i]);
                self.b.def_var(self.vars[i], v);
                if self.owns[i] {
                    self.xdecref(old)?;
                }
            }
            Var::Global(g) if self.m.global_in_dict(g) => {
                let d = self.load_slot(self.cg.dict_slot());
                let name = self.m.globals[g.0 as usize].name.clone();
                let n = self.str_const(&name);
                let r = self.rt1(Abi::rt_global_store, &[d, n, v])?;
                self.check_i32(r)?;
            }
            Var::Global(g) => {
                let slot = self.cg.global_slot(g);
                let old = self.load_slot(slot);
                self.store_slot(slot, v);
                self.xdecref(old)?;
            }
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Target, v: V) -> Result<(), InternalError> {
        match t {
            Target::Var(var) => {
                let v = self.to_owned(v);
                self.store_var(*var, v.v)
            }
            Target::Subscript { obj, index } => {
                self.push_temp(v);
                let o = self.expr(obj)?;
                self.push_temp(o);
                let i = self.expr(index)?;
                self.push_temp(i);
                let r = self.rt1(Abi::rt_setitem, &[o.v, i.v, v.v])?;
                self.check_i32(r)?;
                self.drop_temp(i)?;
                self.drop_temp(o)?;
                self.drop_temp(v)
            }
            Target::Attr { obj, name } => {
                self.push_temp(v);
                let o = self.expr(obj)?;
                self.push_temp(o);
                let n = self.str_const(name);
                let c = self.attr_cache();
                let r = self.rt1(Abi::rt_setattr_ic, &[o.v, n, v.v, c])?;
                self.check_i32(r)?;
                self.drop_temp(o)?;
                self.drop_temp(v)
            }
            Target::Unpack(ts, star) => {
                self.push_temp(v);
                let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    (8 * ts.len().max(1)) as u32,
                    3,
                ));
                let addr = self.b.ins().stack_addr(I64, ss, 0);
                let n = self.iconst(ts.len() as i64);
                let r = match star {
                    None => self.rt1(Abi::rt_unpack, &[v.v, n, addr])?,
                    Some(s) => {
                        let s = self.iconst(*s as i64);
                        self.rt1(Abi::rt_unpack_ex, &[v.v, n, s, addr])?
                    }
                };
                self.check_i32(r)?;
                self.drop_temp(v)?;
                let items: Vec<CV> =
                    (0..ts.len()).map(|i| self.b.ins().stack_load(I64, I64, ss, (i * 8) as i32)).collect();
                for (k, t) in ts.iter().enumerate() {
                    // The items not stored yet are temporaries until they are.
                    let rest: Vec<CV> = items[k + 1..].to_vec();
                    let before = self.temps.len();
                    self.temps.extend(rest);
                    self.store_target(t, V { v: items[k], own: Own::Owned })?;
                    self.temps.truncate(before);
                }
                Ok(())
            }
        }
    }

    // ----------------------------------------------------------------------------------
    // Statements

    /// Lowers `body` into block `blk`, then goes on to `next` unless the body left by itself.
    fn lower_block_at(&mut self, blk: Block, body: &'a [ir::Stmt], next: Block) -> Result<(), InternalError> {
        self.b.switch_to_block(blk);
        self.filled = false;
        self.lower_block(body)?;
        if !self.filled {
            self.jump(next, &[]);
        }
        Ok(())
    }

    fn lower_block(&mut self, body: &'a [ir::Stmt]) -> Result<(), InternalError> {
        for s in body {
            if self.filled {
                self.switch_fresh();
            }
            self.lower_stmt(s)?;
        }
        Ok(())
    }

    fn lower_stmt(&mut self, s: &'a ir::Stmt) -> Result<(), InternalError> {
        self.line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.expr(e)?;
                self.release(v)
            }
            StmtKind::Display(_) => Err(InternalError("interactive code reached codegen".into())),
            StmtKind::Pass => Ok(()),
            StmtKind::Assign { targets, value }
                if targets.len() == 1 && self.unboxed_target(&targets[0]).is_some() && value.ty == Ty::Float =>
            {
                let l = self.unboxed_target(&targets[0]).expect("checked");
                let f = self.expr_f64(value)?;
                self.store_f64(l, f);
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value)?;
                let v = self.to_owned(v);
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        if v.own == Own::Owned {
                            self.incref(v.v);
                        }
                        self.store_target(t, v)?;
                    } else {
                        self.store_target(t, v)?;
                    }
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.lower_augassign(target, *op, value),
            StmtKind::If { cond, then, orelse } => {
                let c = self.cond(cond)?;
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let after = self.b.create_block();
                self.b.ins().brif(c, then_b, &[], else_b, &[]);
                self.lower_block_at(then_b, then, after)?;
                self.lower_block_at(else_b, orelse, after)?;
                self.b.switch_to_block(after);
                self.filled = false;
                Ok(())
            }
            StmtKind::While { cond, body, orelse } => {
                let header = self.b.create_block();
                let body_b = self.b.create_block();
                let else_b = self.b.create_block();
                let exit = self.b.create_block();
                self.jump(header, &[]);
                self.b.switch_to_block(header);
                self.filled = false;
                self.line = s.line;
                let c = self.cond(cond)?;
                self.b.ins().brif(c, body_b, &[], else_b, &[]);
                self.b.switch_to_block(body_b);
                self.filled = false;
                let id = self.new_ctx_id();
                self.ctx.push(Ctx { id, kind: CtxKind::Loop { brk: exit, cont: header, iter: None } });
                self.lower_block(body)?;
                self.ctx.pop();
                if !self.filled {
                    self.jump(header, &[]);
                }
                self.lower_block_at(else_b, orelse, exit)?;
                self.b.switch_to_block(exit);
                self.filled = false;
                Ok(())
            }
            StmtKind::For { target, iter, body, orelse } => self.lower_for(s.line, target, iter, body, orelse),
            StmtKind::ForRange { var, start, stop, step, body, orelse } => {
                self.lower_for_range(s.line, *var, start, stop, step, body, orelse)
            }
            StmtKind::Break | StmtKind::Continue => {
                let li = self.ctx.iter().rposition(|c| matches!(c.kind, CtxKind::Loop { .. }));
                let Some(li) = li else { return Err(InternalError("break outside loop".into())) };
                let CtxKind::Loop { brk, cont, iter } = self.ctx[li].kind else { unreachable!() };
                self.unwind_to(li + 1)?;
                if self.filled {
                    return Ok(());
                }
                if matches!(s.kind, StmtKind::Break) {
                    if let Some(it) = iter {
                        let v = self.b.use_var(it);
                        self.xdecref(v)?;
                    }
                    self.jump(brk, &[]);
                } else {
                    self.jump(cont, &[]);
                }
                Ok(())
            }
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => {
                        let v = self.expr(e)?;
                        self.to_owned(v)
                    }
                    None => V { v: self.none(), own: Own::Immortal },
                };
                self.push_temp(v);
                self.unwind_to(0)?;
                self.pop_temp(v);
                if !self.filled {
                    let rb = self.ret_block;
                    self.jump(rb, &[ba(v.v)]);
                }
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.lower_delete(t)?;
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                let c = self.cond(test)?;
                let fail = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(fail);
                self.b.ins().brif(c, ok, &[], fail, &[]);
                self.b.switch_to_block(fail);
                match msg {
                    Some(m) => {
                        let mv = self.expr(m)?;
                        self.rt(Abi::rt_assert_fail, &[mv.v])?;
                        self.release(mv)?;
                    }
                    None => {
                        let z = self.iconst(0);
                        self.rt(Abi::rt_assert_fail, &[z])?;
                    }
                }
                self.lower_raise_here()?;
                self.b.switch_to_block(ok);
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => {
                        self.rt(Abi::rt_reraise, &[])?;
                    }
                    (Some(e), None) => {
                        let v = self.expr(e)?;
                        self.rt(Abi::rt_raise, &[v.v])?;
                        self.release(v)?;
                    }
                    (Some(e), Some(c)) => {
                        let v = self.expr(e)?;
                        self.push_temp(v);
                        let cv = self.expr(c)?;
                        self.rt(Abi::rt_raise_from, &[v.v, cv.v])?;
                        self.release(cv)?;
                        self.drop_temp(v)?;
                    }
                }
                self.lower_raise_here()?;
                self.filled = true;
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => self.lower_try(body, handlers, orelse, finalbody),
            StmtKind::FuncDef { func, var, defaults, kwdefaults, closure, decorators } => {
                self.lower_funcdef(*func, *var, defaults, kwdefaults, closure, decorators)
            }
            StmtKind::ClassDef { .. } => Err(InternalError("class definitions reach codegen".into())),
        }
    }

    fn unboxed_target(&self, t: &Target) -> Option<ir::LocalId> {
        match t {
            Target::Var(Var::Local(l)) if self.unboxed[l.0 as usize].is_some() => Some(*l),
            _ => None,
        }
    }

    fn lower_augassign(&mut self, target: &'a Target, op: ir::BinOp, value: &'a ir::Expr) -> Result<(), InternalError> {
        let num = matches!(value.ty, Ty::Int | Ty::Bool | Ty::Float);
        let float_op = matches!(op, ir::BinOp::Add | ir::BinOp::Sub | ir::BinOp::Mul | ir::BinOp::TrueDiv);
        if let (Some(l), true, true) = (self.unboxed_target(target), num, float_op) {
            let cur = self.load_f64(l)?;
            let v = self.operand_f64(value)?;
            let r = self.f64_binop(op, cur, v)?;
            self.store_f64(l, r);
            return Ok(());
        }
        match target {
            Target::Var(var) => {
                let cur = self.load_var(*var)?;
                self.push_temp(cur);
                let val = self.expr(value)?;
                self.push_temp(val);
                let cur_ty = match var {
                    Var::Local(l) => self.f.locals[l.0 as usize].ty,
                    _ => Ty::Any,
                };
                let r = self.binop_values(op, cur, cur_ty, val, value.ty, true)?;
                self.drop_temp(val)?;
                self.drop_temp(cur)?;
                self.store_var(*var, r)
            }
            Target::Subscript { obj, index } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let i = self.expr(index)?;
                self.push_temp(i);
                let cur = self.rt1(Abi::rt_getitem, &[o.v, i.v])?;
                self.check(cur)?;
                let cur = V { v: cur, own: Own::Owned };
                self.push_temp(cur);
                let val = self.expr(value)?;
                self.push_temp(val);
                let r = self.binop_values(op, cur, Ty::Any, val, value.ty, true)?;
                self.drop_temp(val)?;
                self.drop_temp(cur)?;
                let rv = V { v: r, own: Own::Owned };
                self.push_temp(rv);
                let s = self.rt1(Abi::rt_setitem, &[o.v, i.v, r])?;
                self.check_i32(s)?;
                self.drop_temp(rv)?;
                self.drop_temp(i)?;
                self.drop_temp(o)
            }
            Target::Attr { obj, name } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let n = self.str_const(name);
                let c = self.attr_cache();
                let cur = self.rt1(Abi::rt_getattr_ic, &[o.v, n, c])?;
                self.check(cur)?;
                let cur = V { v: cur, own: Own::Owned };
                self.push_temp(cur);
                let val = self.expr(value)?;
                self.push_temp(val);
                let r = self.binop_values(op, cur, Ty::Any, val, value.ty, true)?;
                self.drop_temp(val)?;
                self.drop_temp(cur)?;
                let rv = V { v: r, own: Own::Owned };
                self.push_temp(rv);
                let n = self.str_const(name);
                let c = self.attr_cache();
                let s = self.rt1(Abi::rt_setattr_ic, &[o.v, n, r, c])?;
                self.check_i32(s)?;
                self.drop_temp(rv)?;
                self.drop_temp(o)
            }
            Target::Unpack(..) => Err(InternalError("augmented assignment to a tuple".into())),
        }
    }

    fn lower_delete(&mut self, t: &'a Target) -> Result<(), InternalError> {
        match t {
            Target::Var(var) => {
                // Reading first raises NameError/UnboundLocalError when unbound.
                let v = self.load_var(*var)?;
                self.release(v)?;
                let z = self.iconst(0);
                self.store_var(*var, z)
            }
            Target::Subscript { obj, index } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let i = self.expr(index)?;
                self.push_temp(i);
                let r = self.rt1(Abi::rt_delitem, &[o.v, i.v])?;
                self.check_i32(r)?;
                self.drop_temp(i)?;
                self.drop_temp(o)
            }
            Target::Attr { obj, name } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let n = self.str_const(name);
                let r = self.rt1(Abi::rt_delattr, &[o.v, n])?;
                self.check_i32(r)?;
                self.drop_temp(o)
            }
            Target::Unpack(ts, _) => {
                for t in ts {
                    self.lower_delete(t)?;
                }
                Ok(())
            }
        }
    }

    fn lower_for(
        &mut self,
        line: u32,
        target: &'a Target,
        iter: &'a ir::Expr,
        body: &'a [ir::Stmt],
        orelse: &'a [ir::Stmt],
    ) -> Result<(), InternalError> {
        let seq = self.expr(iter)?;
        let it = self.rt1(Abi::rt_iter, &[seq.v])?;
        self.push_temp(seq);
        self.check(it)?;
        self.drop_temp(seq)?;
        let it_var = self.b.declare_var(I64);
        self.b.def_var(it_var, it);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let ended = self.b.create_block();
        let else_b = self.b.create_block();
        let brk = self.b.create_block();
        let exit = self.b.create_block();
        self.jump(header, &[]);
        let id = self.new_ctx_id();
        self.ctx.push(Ctx { id, kind: CtxKind::Loop { brk, cont: header, iter: Some(it_var) } });
        self.b.switch_to_block(header);
        self.filled = false;
        self.line = line;
        let itv = self.b.use_var(it_var);
        let x = self.rt1(Abi::rt_next, &[itv])?;
        self.b.ins().brif(x, body_b, &[], ended, &[]);
        self.b.switch_to_block(ended);
        let e = self.rt1(Abi::rt_err_occurred, &[])?;
        self.error_if(e)?;
        self.b.ins().jump(else_b, &[]);
        self.b.switch_to_block(body_b);
        self.filled = false;
        self.store_target(target, V { v: x, own: Own::Owned })?;
        self.lower_block(body)?;
        if !self.filled {
            self.jump(header, &[]);
        }
        self.ctx.pop();
        self.finish_iter_loop(it_var, else_b, brk, exit, orelse)
    }

    /// The end of a loop that holds an iterator (0 for a counted range loop): when it
    /// runs out, release the iterator and run the else clause; `break` (which released
    /// the iterator already) and the else clause meet at `exit`.
    fn finish_iter_loop(
        &mut self,
        it: Variable,
        else_b: Block,
        brk: Block,
        exit: Block,
        orelse: &'a [ir::Stmt],
    ) -> Result<(), InternalError> {
        self.b.switch_to_block(else_b);
        self.filled = false;
        let itv = self.b.use_var(it);
        self.xdecref(itv)?;
        self.lower_block(orelse)?;
        if !self.filled {
            self.jump(exit, &[]);
        }
        self.b.switch_to_block(brk);
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(exit);
        self.filled = false;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn lower_for_range(
        &mut self,
        line: u32,
        var: Var,
        start: &'a ir::Expr,
        stop: &'a ir::Expr,
        step: &'a ir::Expr,
        body: &'a [ir::Stmt],
        orelse: &'a [ir::Stmt],
    ) -> Result<(), InternalError> {
        let a = self.expr(start)?;
        self.push_temp(a);
        let b = self.expr(stop)?;
        self.push_temp(b);
        let c = self.expr(step)?;
        self.push_temp(c);
        let ss = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 24, 3));
        let out = self.b.ins().stack_addr(I64, ss, 0);
        let r = self.rt1(Abi::rt_range_args, &[a.v, b.v, c.v, out])?;
        self.check_i32(r)?;
        self.drop_temp(c)?;
        self.drop_temp(b)?;
        self.drop_temp(a)?;
        // Mode 0: a counted loop over i64s. Mode 1 (bounds beyond i64): the runtime
        // wrote a range iterator to out[0], and the same body runs from it.
        let first = self.b.ins().stack_load(I64, I64, ss, 0);
        let stepv = self.b.ins().stack_load(I64, I64, ss, 8);
        let count = self.b.ins().stack_load(I64, I64, ss, 16);
        let by_iter = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        let zero = self.iconst(0);
        let it0 = self.b.ins().select(by_iter, first, zero);
        let it = self.b.declare_var(I64);
        self.b.def_var(it, it0);
        let k = self.b.declare_var(I64);
        let i = self.b.declare_var(I64);
        self.b.def_var(k, zero);
        self.b.def_var(i, first);
        let header = self.b.create_block();
        let counted = self.b.create_block();
        let iterated = self.b.create_block();
        let ended = self.b.create_block();
        let body_b = self.b.create_block();
        self.b.append_block_param(body_b, I64);
        let latch = self.b.create_block();
        let else_b = self.b.create_block();
        let brk = self.b.create_block();
        let exit = self.b.create_block();
        self.jump(header, &[]);
        let id = self.new_ctx_id();
        self.ctx.push(Ctx { id, kind: CtxKind::Loop { brk, cont: latch, iter: Some(it) } });
        self.b.switch_to_block(header);
        self.filled = false;
        self.b.ins().brif(by_iter, iterated, &[], counted, &[]);
        self.b.switch_to_block(counted);
        let kv = self.b.use_var(k);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, kv, count);
        let box_b = self.b.create_block();
        self.b.ins().brif(more, box_b, &[], else_b, &[]);
        self.b.switch_to_block(box_b);
        let iv = self.b.use_var(i);
        let boxed = self.box_i64(iv)?;
        self.b.ins().jump(body_b, &[ba(boxed)]);
        self.b.switch_to_block(iterated);
        self.line = line;
        let itv = self.b.use_var(it);
        let x = self.rt1(Abi::rt_next, &[itv])?;
        self.b.ins().brif(x, body_b, &[ba(x)], ended, &[]);
        self.b.switch_to_block(ended);
        let e = self.rt1(Abi::rt_err_occurred, &[])?;
        self.error_if(e)?;
        self.b.ins().jump(else_b, &[]);
        self.b.switch_to_block(body_b);
        self.filled = false;
        self.line = line;
        let xv = self.b.block_params(body_b)[0];
        self.store_var(var, xv)?;
        self.lower_block(body)?;
        if !self.filled {
            self.jump(latch, &[]);
        }
        self.ctx.pop();
        self.b.switch_to_block(latch);
        let kv = self.b.use_var(k);
        let k1 = self.b.ins().iadd_imm_s(kv, 1);
        self.b.def_var(k, k1);
        let iv = self.b.use_var(i);
        let i1 = self.b.ins().iadd(iv, stepv);
        self.b.def_var(i, i1);
        self.b.ins().jump(header, &[]);
        self.finish_iter_loop(it, else_b, brk, exit, orelse)
    }

    /// A machine integer as an int value (small when it fits, else a heap int).
    fn box_i64(&mut self, i: CV) -> Result<CV, InternalError> {
        let sh = self.b.ins().ishl_imm_s(i, 1);
        let back = self.b.ins().sshr_imm_s(sh, 1);
        let fits = self.b.ins().icmp(IntCC::Equal, back, i);
        let small = self.b.create_block();
        let big = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.set_cold_block(big);
        self.b.ins().brif(fits, small, &[], big, &[]);
        self.b.switch_to_block(small);
        let tagged = self.b.ins().bor_imm_s(sh, 1);
        self.b.ins().jump(done, &[ba(tagged)]);
        self.b.switch_to_block(big);
        let r = self.rt1(Abi::rt_int_from_i64, &[i])?;
        self.b.ins().jump(done, &[ba(r)]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    fn lower_try(
        &mut self,
        body: &'a [ir::Stmt],
        handlers: &'a [ir::Handler],
        orelse: &'a [ir::Stmt],
        finalbody: &'a [ir::Stmt],
    ) -> Result<(), InternalError> {
        let after = self.b.create_block();
        let normal = self.b.create_block(); // where the finally body runs on normal completion
        let has_finally = !finalbody.is_empty();
        if has_finally {
            let id = self.new_ctx_id();
            self.ctx.push(Ctx { id, kind: CtxKind::Finally { body: finalbody } });
        }
        let handler_b = self.b.create_block();
        if !handlers.is_empty() {
            let id = self.new_ctx_id();
            self.ctx.push(Ctx { id, kind: CtxKind::Try { handler: handler_b } });
        }
        self.lower_block(body)?;
        if !handlers.is_empty() {
            self.ctx.pop();
        }
        self.lower_block(orelse)?;
        if !self.filled {
            self.jump(normal, &[]);
        }
        if !handlers.is_empty() {
            self.b.switch_to_block(handler_b);
            self.filled = false;
            let exc = self.rt1(Abi::rt_err_fetch, &[])?;
            let exc_var = self.b.declare_var(I64);
            self.b.def_var(exc_var, exc);
            let exc_v = V { v: exc, own: Own::Owned };
            for h in handlers {
                self.line = h.line;
                let hbody = self.b.create_block();
                let next = self.b.create_block();
                match &h.ty {
                    Some(t) => {
                        self.push_temp(exc_v);
                        let tv = self.expr(t)?;
                        self.push_temp(tv);
                        let m = self.rt1(Abi::rt_exc_matches, &[exc, tv.v])?;
                        self.check_i32(m)?;
                        self.drop_temp(tv)?;
                        self.pop_temp(exc_v);
                        self.b.ins().brif(m, hbody, &[], next, &[]);
                    }
                    None => {
                        self.b.ins().jump(hbody, &[]);
                    }
                }
                self.b.switch_to_block(hbody);
                self.filled = false;
                self.rt(Abi::rt_exc_push, &[exc])?;
                if let Some(name) = h.name {
                    self.incref(exc);
                    self.store_var(name, exc)?;
                }
                let id = self.new_ctx_id();
                self.ctx.push(Ctx { id, kind: CtxKind::Handler { exc: exc_var, name: h.name } });
                self.lower_block(&h.body)?;
                self.ctx.pop();
                if !self.filled {
                    self.release_ctx(CtxKind::Handler { exc: exc_var, name: h.name })?;
                    self.jump(normal, &[]);
                }
                self.b.switch_to_block(next);
                self.filled = false;
            }
            // No handler matched: the exception goes on outward.
            let e = self.b.use_var(exc_var);
            self.rt(Abi::rt_err_restore, &[e])?;
            let land = self.landing(self.ctx.len());
            self.jump(land, &[]);
        }
        if has_finally {
            self.ctx.pop();
        }
        self.lower_block_at(normal, finalbody, after)?;
        self.b.switch_to_block(after);
        self.filled = false;
        Ok(())
    }

    fn lower_funcdef(
        &mut self,
        func: ir::FuncId,
        var: Var,
        defaults: &'a [ir::Expr],
        kwdefaults: &'a [(String, ir::Expr)],
        closure: &'a [Var],
        decorators: &'a [ir::Expr],
    ) -> Result<(), InternalError> {
        let mut decs = Vec::new();
        for d in decorators {
            let v = self.expr(d)?;
            self.push_temp(v);
            decs.push(v);
        }
        let mut f = self.make_function(func, defaults, kwdefaults, closure)?;
        // Decorators apply innermost (last) first.
        for d in decs.into_iter().rev() {
            self.push_temp(f);
            let arr = self.stack_array(&[f.v]);
            let one = self.iconst(1);
            let z = self.iconst(0);
            let r = self.rt1(Abi::rt_call, &[d.v, arr, one, z])?;
            self.check(r)?;
            self.drop_temp(f)?;
            self.drop_temp(d)?;
            f = V { v: r, own: Own::Owned };
        }
        self.store_var(var, f.v)
    }

    /// A new function object for `func` (owned).
    fn make_function(
        &mut self,
        func: ir::FuncId,
        defaults: &'a [ir::Expr],
        kwdefaults: &'a [(String, ir::Expr)],
        closure: &'a [Var],
    ) -> Result<V, InternalError> {
        let mut vals = Vec::new();
        for d in defaults {
            let v = self.expr(d)?;
            let v = self.to_owned(v);
            self.push_temp(v);
            vals.push(v);
        }
        // A directly called function's defaults: one reference for the direct-call slot,
        // one for the tuple.
        for (i, v) in vals.iter().enumerate() {
            let Some(slot) = self.cg.default_slot(func, i as u32) else { break };
            let old = self.load_slot(slot);
            if v.own == Own::Owned {
                self.incref(v.v);
            }
            self.store_slot(slot, v.v);
            self.xdecref(old)?;
        }
        let defaults_tuple = if vals.is_empty() {
            V { v: self.iconst(0), own: Own::Immortal }
        } else {
            let (arr, n) = self.handed_over(&vals);
            V { v: self.rt1(Abi::rt_tuple_new, &[arr, n])?, own: Own::Owned }
        };
        self.push_temp(defaults_tuple);
        let kwd = if kwdefaults.is_empty() {
            V { v: self.iconst(0), own: Own::Immortal }
        } else {
            let d = V { v: self.rt1(Abi::rt_dict_new, &[])?, own: Own::Owned };
            self.push_temp(d);
            for (name, e) in kwdefaults {
                let v = self.expr(e)?;
                self.push_temp(v);
                let n = self.str_const(name);
                let r = self.rt1(Abi::rt_dict_set, &[d.v, n, v.v])?;
                self.check_i32(r)?;
                self.drop_temp(v)?;
            }
            self.pop_temp(d);
            d
        };
        self.push_temp(kwd);
        let clo = if closure.is_empty() {
            V { v: self.iconst(0), own: Own::Immortal }
        } else {
            let mut cells = Vec::new();
            for var in closure {
                let c = self.cell_of(*var)?;
                let c = V { v: c, own: Own::Owned };
                self.push_temp(c);
                cells.push(c);
            }
            let (arr, n) = self.handed_over(&cells);
            V { v: self.rt1(Abi::rt_tuple_new, &[arr, n])?, own: Own::Owned }
        };
        let fdef = &self.m.functions[func.0 as usize];
        let name = self.str_const(&fdef.name.clone());
        let qualname = self.str_const(&fdef.qualname.clone());
        let module = self.str_const(&self.m.units[fdef.unit as usize].name.clone());
        let sig = self.iconst(fdef.packed_sig());
        let code_slot = self.cg.code_const(self.m, fdef);
        let params = self.load_slot(code_slot);
        let entry_ref = self.cg.module.declare_func_in_func(self.cg.array_ids[func.0 as usize], self.b.func);
        let entry = self.b.ins().func_addr(I64, entry_ref);
        let fobj =
            self.rt1(Abi::rt_func_new, &[name, qualname, module, entry, params, defaults_tuple.v, kwd.v, clo.v, sig])?;
        if clo.own == Own::Owned {
            self.decref(clo.v)?;
        }
        self.drop_temp(kwd)?;
        self.drop_temp(defaults_tuple)?;
        Ok(V { v: fobj, own: Own::Owned })
    }

    /// The items of a display or of `*` call arguments, some starred, as a new list.
    /// `f` is the called function for the error message of a lone `*` argument.
    fn starred_list(&mut self, items: &'a [ir::Expr], f: Option<CV>) -> Result<V, InternalError> {
        let z = self.iconst(0);
        let l = V { v: self.rt1(Abi::rt_list_new, &[z, z])?, own: Own::Owned };
        self.push_temp(l);
        for x in items {
            if let ExprKind::Star(inner) = &x.kind {
                let v = self.expr(inner)?;
                self.push_temp(v);
                let fv = match f {
                    Some(f) if items.len() == 1 => f,
                    _ => self.iconst(0),
                };
                self.line = x.line;
                let r = self.rt1(Abi::rt_star_extend, &[l.v, v.v, fv])?;
                self.check_i32(r)?;
                self.drop_temp(v)?;
            } else {
                let v = self.expr(x)?;
                self.push_temp(v);
                let r = self.rt1(Abi::rt_list_append, &[l.v, v.v])?;
                self.check_i32(r)?;
                self.drop_temp(v)?;
            }
        }
        self.pop_temp(l);
        Ok(l)
    }

    fn lower_call_ex(
        &mut self,
        func: &'a ir::Expr,
        args: &'a ir::Expr,
        kwargs: Option<&'a ir::Expr>,
    ) -> Result<V, InternalError> {
        let f = self.expr(func)?;
        self.push_temp(f);
        let ExprKind::Tuple(items) = &args.kind else {
            return Err(InternalError("call arguments are not a tuple".into()));
        };
        let l = self.starred_list(items, Some(f.v))?;
        self.push_temp(l);
        let t = V { v: self.rt1(Abi::rt_list_to_tuple, &[l.v])?, own: Own::Owned };
        self.drop_temp(l)?;
        self.push_temp(t);
        let kw = match kwargs.map(|k| &k.kind) {
            None => V { v: self.iconst(0), own: Own::Immortal },
            Some(ExprKind::KwArgs(items)) => {
                let d = V { v: self.rt1(Abi::rt_dict_new, &[])?, own: Own::Owned };
                self.push_temp(d);
                for (name, e) in items {
                    let v = self.expr(e)?;
                    self.push_temp(v);
                    self.line = e.line;
                    let r = match name {
                        Some(name) => {
                            let n = self.str_const(name);
                            self.rt1(Abi::rt_kwargs_add, &[d.v, n, v.v, f.v])?
                        }
                        None => self.rt1(Abi::rt_kwargs_merge, &[d.v, v.v, f.v])?,
                    };
                    self.check_i32(r)?;
                    self.drop_temp(v)?;
                }
                self.pop_temp(d);
                d
            }
            Some(_) => return Err(InternalError("call keywords are not KwArgs".into())),
        };
        self.push_temp(kw);
        self.line = func.line;
        let r = self.rt1(Abi::rt_call_ex, &[f.v, t.v, kw.v])?;
        self.check(r)?;
        self.drop_temp(kw)?;
        self.drop_temp(t)?;
        self.drop_temp(f)?;
        Ok(V { v: r, own: Own::Owned })
    }

    /// A dict display, in the steps CPython's compiler takes (`ir::dict_steps`): a run of
    /// `k: v` items is evaluated whole before its items go in, `**m` merges as it comes.
    fn lower_dict_display(
        &mut self,
        e: &'a ir::Expr,
        items: &'a [(Option<ir::Expr>, ir::Expr)],
    ) -> Result<V, InternalError> {
        let d = self.rt1(Abi::rt_dict_new, &[])?;
        let dv = V { v: d, own: Own::Owned };
        self.push_temp(dv);
        let key =
            |k: &'a Option<ir::Expr>| k.as_ref().ok_or_else(|| InternalError("a dict item without its key".into()));
        for step in ir::dict_steps(items) {
            match step {
                ir::DictStep::Build(run) => {
                    // Owned, so that evaluating later items cannot free earlier ones.
                    let mut vals = Vec::with_capacity(run.len());
                    for (k, v) in &items[run] {
                        let kv = self.expr(key(k)?)?;
                        let kv = self.to_owned(kv);
                        self.push_temp(kv);
                        let vv = self.expr(v)?;
                        let vv = self.to_owned(vv);
                        self.push_temp(vv);
                        vals.push((kv, vv));
                    }
                    self.line = e.line;
                    for (kv, vv) in &vals {
                        let r = self.rt1(Abi::rt_dict_set, &[d, kv.v, vv.v])?;
                        self.check_i32(r)?;
                    }
                    for (kv, vv) in vals.into_iter().rev() {
                        self.drop_temp(vv)?;
                        self.drop_temp(kv)?;
                    }
                }
                ir::DictStep::Add(run) => {
                    for (k, v) in &items[run] {
                        let kv = self.expr(key(k)?)?;
                        let kv = self.to_owned(kv);
                        self.push_temp(kv);
                        let vv = self.expr(v)?;
                        self.push_temp(vv);
                        self.line = e.line;
                        let r = self.rt1(Abi::rt_dict_set, &[d, kv.v, vv.v])?;
                        self.check_i32(r)?;
                        self.drop_temp(vv)?;
                        self.drop_temp(kv)?;
                    }
                }
                ir::DictStep::Update(i) => {
                    let m = self.expr(&items[i].1)?;
                    self.push_temp(m);
                    self.line = e.line;
                    let r = self.rt1(Abi::rt_dict_update, &[d, m.v])?;
                    self.check_i32(r)?;
                    self.drop_temp(m)?;
                }
            }
        }
        self.pop_temp(dv);
        Ok(dv)
    }

    // ----------------------------------------------------------------------------------
    // Conditions: an expression's truth as an i8 flag.

    fn cond(&mut self, e: &'a ir::Expr) -> Result<CV, InternalError> {
        self.line = e.line;
        match &e.kind {
            ExprKind::Unary { op: ir::UnaryOp::Not, operand } => {
                let c = self.cond(operand)?;
                Ok(self.b.ins().bxor_imm_s(c, 1))
            }
            ExprKind::Compare { first, rest }
                if rest.len() == 1
                    && first.ty == Ty::Float
                    && rest[0].1.ty == Ty::Float
                    && float_cc(rest[0].0).is_some() =>
            {
                let (op, right) = &rest[0];
                let a = self.expr_f64(first)?;
                let b = self.expr_f64(right)?;
                Ok(self.b.ins().fcmp(float_cc(*op).expect("checked"), a, b))
            }
            ExprKind::Compare { first, rest } if rest.len() == 1 => {
                let (op, right) = &rest[0];
                let a = self.expr(first)?;
                self.push_temp(a);
                let b = self.expr(right)?;
                self.push_temp(b);
                let c = self.compare_flag(*op, a, first.ty, b, right.ty)?;
                self.drop_temp(b)?;
                self.drop_temp(a)?;
                Ok(c)
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
                Ok(self.b.block_params(done)[0])
            }
            _ => {
                let v = self.expr(e)?;
                self.push_temp(v);
                let c = self.truth(v.v, e.ty)?;
                self.drop_temp(v)?;
                Ok(c)
            }
        }
    }

    /// The truth of a value as an i8 flag (fast for bools, None and small ints).
    fn truth(&mut self, v: CV, ty: Ty) -> Result<CV, InternalError> {
        let done = self.b.create_block();
        self.b.append_block_param(done, I8);
        let t = self.data_addr("pyaot_True")?;
        let f = self.data_addr("pyaot_False")?;
        let none = self.none();
        let is_t = self.b.ins().icmp(IntCC::Equal, v, t);
        let one = self.b.ins().iconst(I8, 1);
        let zero = self.b.ins().iconst(I8, 0);
        let n1 = self.b.create_block();
        self.b.ins().brif(is_t, done, &[ba(one)], n1, &[]);
        self.b.switch_to_block(n1);
        let is_f = self.b.ins().icmp(IntCC::Equal, v, f);
        let is_n = self.b.ins().icmp(IntCC::Equal, v, none);
        let falsy = self.b.ins().bor(is_f, is_n);
        let n2 = self.b.create_block();
        self.b.ins().brif(falsy, done, &[ba(zero)], n2, &[]);
        self.b.switch_to_block(n2);
        if is_intish(ty) || ty == Ty::Any {
            let tag = self.b.ins().band_imm_s(v, 1);
            let small = self.b.create_block();
            let other = self.b.create_block();
            self.b.ins().brif(tag, small, &[], other, &[]);
            self.b.switch_to_block(small);
            let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
            self.b.ins().jump(done, &[ba(nz)]);
            self.b.switch_to_block(other);
        }
        let r = self.rt1(Abi::rt_is_true, &[v])?;
        self.check_i32(r)?;
        let r8 = self.b.ins().ireduce(I8, r);
        self.b.ins().jump(done, &[ba(r8)]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// A comparison as an i8 flag.
    fn compare_flag(&mut self, op: ir::CmpOp, a: V, at: Ty, b: V, bt: Ty) -> Result<CV, InternalError> {
        match op {
            ir::CmpOp::Is => Ok(self.b.ins().icmp(IntCC::Equal, a.v, b.v)),
            ir::CmpOp::IsNot => Ok(self.b.ins().icmp(IntCC::NotEqual, a.v, b.v)),
            ir::CmpOp::In | ir::CmpOp::NotIn => {
                let r = self.rt1(Abi::rt_contains, &[b.v, a.v])?;
                self.check_i32(r)?;
                let r8 = self.b.ins().ireduce(I8, r);
                Ok(if op == ir::CmpOp::NotIn { self.b.ins().bxor_imm_s(r8, 1) } else { r8 })
            }
            _ => {
                let opc = self.b.ins().iconst(I32, abi_cmp(op));
                if maybe_small_ints(at, bt) {
                    let cc = int_cc(op).expect("ordering op");
                    let done = self.b.create_block();
                    self.b.append_block_param(done, I8);
                    let fast = self.b.create_block();
                    let slow = self.b.create_block();
                    let both = self.b.ins().band(a.v, b.v);
                    let tag = self.b.ins().band_imm_s(both, 1);
                    self.b.ins().brif(tag, fast, &[], slow, &[]);
                    self.b.switch_to_block(fast);
                    let c = self.b.ins().icmp(cc, a.v, b.v);
                    self.b.ins().jump(done, &[ba(c)]);
                    self.b.switch_to_block(slow);
                    let r = self.rt1(Abi::rt_compare_bool, &[opc, a.v, b.v])?;
                    self.check_i32(r)?;
                    let r8 = self.b.ins().ireduce(I8, r);
                    self.b.ins().jump(done, &[ba(r8)]);
                    self.b.switch_to_block(done);
                    Ok(self.b.block_params(done)[0])
                } else {
                    let r = self.rt1(Abi::rt_compare_bool, &[opc, a.v, b.v])?;
                    self.check_i32(r)?;
                    Ok(self.b.ins().ireduce(I8, r))
                }
            }
        }
    }

    // ----------------------------------------------------------------------------------
    // Expressions

    fn expr(&mut self, e: &'a ir::Expr) -> Result<V, InternalError> {
        self.line = e.line;
        if self.f64_computable(e) && !matches!(e.kind, ExprKind::Float(_)) {
            let f = self.expr_f64(e)?;
            let v = self.rt1(Abi::rt_float_new, &[f])?;
            return Ok(V { v, own: Own::Owned });
        }
        let imm = |v| Ok(V { v, own: Own::Immortal });
        match &e.kind {
            ExprKind::None => imm(self.none()),
            ExprKind::Ellipsis => imm(self.data_addr("pyaot_Ellipsis")?),
            ExprKind::Bool(b) => {
                let a = self.data_addr(if *b { "pyaot_True" } else { "pyaot_False" })?;
                imm(a)
            }
            ExprKind::SmallInt(i) => imm(self.iconst((*i << 1) | 1)),
            ExprKind::BigInt(i) => {
                let slot = self.cg.bigint_const(i.to_string());
                imm(self.load_slot(slot))
            }
            ExprKind::Float(x) => {
                let slot = self.cg.float_const(*x);
                Ok(V { v: self.load_slot(slot), own: Own::Borrowed })
            }
            ExprKind::Complex(re, im) => {
                let slot = self.cg.complex_const(*re, *im);
                imm(self.load_slot(slot))
            }
            ExprKind::Str(s) => imm(self.str_const(s)),
            ExprKind::Bytes(data) => {
                let slot = self.cg.bytes_const(data);
                imm(self.load_slot(slot))
            }
            ExprKind::Globals => self.globals_dict(),
            ExprKind::Locals if self.f.is_module => self.globals_dict(),
            ExprKind::Locals => {
                // A snapshot: a new dict of the bound locals.
                let d = self.rt1(Abi::rt_dict_new, &[])?;
                let dv = V { v: d, own: Own::Owned };
                self.push_temp(dv);
                for i in 0..self.f.locals.len() {
                    let name = self.f.locals[i].name.clone();
                    let n = self.str_const(&name);
                    let r = if self.f.locals[i].cell {
                        let c = self.b.use_var(self.vars[i]);
                        self.rt1(Abi::rt_locals_add_cell, &[d, n, c])?
                    } else {
                        let v = self.b.use_var(self.vars[i]);
                        self.rt1(Abi::rt_locals_add, &[d, n, v])?
                    };
                    self.check_i32(r)?;
                }
                self.pop_temp(dv);
                Ok(dv)
            }
            ExprKind::Load(var) => self.load_var(*var),
            ExprKind::Import { module, top } => {
                let n = self.str_const(module);
                let top = self.iconst(*top as i64);
                let m = self.rt1(Abi::rt_import, &[n, top])?;
                self.check(m)?;
                Ok(V { v: m, own: Own::Owned })
            }
            ExprKind::ImportFrom { module, name } => {
                let m = self.str_const(module);
                let n = self.str_const(name);
                let v = self.rt1(Abi::rt_import_from, &[m, n])?;
                self.check(v)?;
                Ok(V { v, own: Own::Owned })
            }
            ExprKind::Builtin(name) => {
                let v = self.builtin_value(name)?;
                Ok(V { v, own: Own::Borrowed })
            }
            ExprKind::BinOp { op, left, right } => {
                let a = self.expr(left)?;
                self.push_temp(a);
                let b = self.expr(right)?;
                self.push_temp(b);
                self.line = e.line;
                let r = self.binop_values(*op, a, left.ty, b, right.ty, false)?;
                self.drop_temp(b)?;
                self.drop_temp(a)?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::Unary { op, operand } => {
                if *op == ir::UnaryOp::Not {
                    let c = self.cond(operand)?;
                    let inv = self.b.ins().bxor_imm_s(c, 1);
                    return imm(self.bool_obj(inv)?);
                }
                let a = self.expr(operand)?;
                self.push_temp(a);
                let code = match op {
                    ir::UnaryOp::Neg => 0,
                    ir::UnaryOp::Pos => 1,
                    ir::UnaryOp::Invert => 2,
                    ir::UnaryOp::Not => 3,
                };
                let opc = self.b.ins().iconst(I32, code);
                let r = self.rt1(Abi::rt_unary, &[opc, a.v])?;
                self.check(r)?;
                self.drop_temp(a)?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::Compare { first, rest } => self.lower_compare(first, rest),
            ExprKind::BoolOp { and, values } => {
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                for (i, x) in values.iter().enumerate() {
                    let v = self.expr(x)?;
                    let v = self.to_owned(v);
                    if i + 1 == values.len() {
                        self.b.ins().jump(done, &[ba(v.v)]);
                    } else {
                        self.push_temp(v);
                        let c = self.truth(v.v, x.ty)?;
                        self.pop_temp(v);
                        let next = self.b.create_block();
                        let (t_blk, f_blk) = if *and { (next, done) } else { (done, next) };
                        let rel = self.b.create_block();
                        // Keep `v` as the result, or release it and go on.
                        if *and {
                            self.b.ins().brif(c, rel, &[], f_blk, &[ba(v.v)]);
                        } else {
                            self.b.ins().brif(c, t_blk, &[ba(v.v)], rel, &[]);
                        }
                        self.b.switch_to_block(rel);
                        self.release(v)?;
                        self.b.ins().jump(next, &[]);
                        self.b.switch_to_block(next);
                    }
                }
                self.b.switch_to_block(done);
                Ok(V { v: self.b.block_params(done)[0], own: Own::Owned })
            }
            ExprKind::IfExp { cond, then, orelse } => {
                let c = self.cond(cond)?;
                let tb = self.b.create_block();
                let eb = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                self.b.ins().brif(c, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                let v = self.expr(then)?;
                let v = self.to_owned(v);
                self.b.ins().jump(done, &[ba(v.v)]);
                self.b.switch_to_block(eb);
                let w = self.expr(orelse)?;
                let w = self.to_owned(w);
                self.b.ins().jump(done, &[ba(w.v)]);
                self.b.switch_to_block(done);
                Ok(V { v: self.b.block_params(done)[0], own: Own::Owned })
            }
            ExprKind::Call { func, args, kwargs } => {
                let f = self.expr(func)?;
                self.push_temp(f);
                let (arr, n, kw, vals) = self.call_args(args, kwargs)?;
                self.line = e.line;
                let r = self.rt1(Abi::rt_call, &[f.v, arr, n, kw])?;
                self.check(r)?;
                for v in vals.into_iter().rev() {
                    self.drop_temp(v)?;
                }
                self.drop_temp(f)?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::CompAdd { set, obj, value } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let v = self.expr(value)?;
                self.push_temp(v);
                self.line = e.line;
                let f = if *set { Abi::rt_set_add } else { Abi::rt_list_append };
                let r = self.rt1(f, &[o.v, v.v])?;
                self.check_i32(r)?;
                self.drop_temp(v)?;
                self.drop_temp(o)?;
                Ok(V { v: self.none(), own: Own::Immortal })
            }
            ExprKind::CallMethod { obj, name, args, kwargs } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let (arr, n, kw, vals) = self.call_args(args, kwargs)?;
                self.line = e.line;
                let nm = self.str_const(name);
                let c = self.attr_cache();
                let r = self.rt1(Abi::rt_call_method_ic, &[o.v, nm, arr, n, kw, c])?;
                self.check(r)?;
                for v in vals.into_iter().rev() {
                    self.drop_temp(v)?;
                }
                self.drop_temp(o)?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::CallDirect { func, global, args } if self.is_self(*func) => {
                // A function calling itself: its def has run, and nothing rebinds it.
                self.call_direct(e, *func, args)
            }
            ExprKind::CallDirect { func, global, args } => {
                // The def must have run: the global is bound.
                let gslot = self.cg.global_slot(*global);
                let g = self.load_slot(gslot);
                let unbound = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(unbound);
                self.b.ins().brif(g, ok, &[], unbound, &[]);
                self.b.switch_to_block(unbound);
                let gname = self.m.globals[global.0 as usize].name.clone();
                let n = self.str_const(&gname);
                self.rt(Abi::rt_name_error, &[n])?;
                self.lower_raise_here()?;
                self.b.switch_to_block(ok);
                self.call_direct(e, *func, args)
            }
            ExprKind::Attr { obj, name } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let n = self.str_const(name);
                self.line = e.line;
                let c = self.attr_cache();
                let r = self.rt1(Abi::rt_getattr_ic, &[o.v, n, c])?;
                self.check(r)?;
                self.drop_temp(o)?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::Subscript { obj, index } => {
                let o = self.expr(obj)?;
                self.push_temp(o);
                let i = self.expr(index)?;
                self.push_temp(i);
                self.line = e.line;
                let r = self.rt1(Abi::rt_getitem, &[o.v, i.v])?;
                self.check(r)?;
                self.drop_temp(i)?;
                self.drop_temp(o)?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut parts = Vec::new();
                for p in [lower, upper, step] {
                    let v = match p {
                        Some(x) => self.expr(x)?,
                        None => V { v: self.none(), own: Own::Immortal },
                    };
                    self.push_temp(v);
                    parts.push(v);
                }
                let r = self.rt1(Abi::rt_slice_new, &[parts[0].v, parts[1].v, parts[2].v])?;
                for v in parts.into_iter().rev() {
                    self.drop_temp(v)?;
                }
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::List(items) | ExprKind::Tuple(items)
                if items.iter().any(|x| matches!(x.kind, ExprKind::Star(_))) =>
            {
                let l = self.starred_list(items, None)?;
                if matches!(e.kind, ExprKind::List(_)) {
                    return Ok(l);
                }
                self.push_temp(l);
                let t = self.rt1(Abi::rt_list_to_tuple, &[l.v])?;
                self.drop_temp(l)?;
                Ok(V { v: t, own: Own::Owned })
            }
            ExprKind::MakeFunction { func, defaults, kwdefaults, closure } => {
                self.make_function(*func, defaults, kwdefaults, closure)
            }
            ExprKind::CellRef(var) => Ok(V { v: self.cell_of(*var)?, own: Own::Owned }),
            ExprKind::CallEx { func, args, kwargs } => self.lower_call_ex(func, args, kwargs.as_deref()),
            ExprKind::Yield(v) => {
                let x = match v {
                    Some(v) => self.expr(v)?,
                    None => V { v: self.none(), own: Own::Immortal },
                };
                let x = self.to_owned(x);
                self.line = e.line;
                let r = self.rt1(Abi::rt_yield, &[x.v])?;
                self.check(r)?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::NamedExpr { var, value } => {
                let v = self.expr(value)?;
                let v = self.to_owned(v);
                // One reference for the variable, one for the expression's value.
                self.incref(v.v);
                self.push_temp(v);
                self.store_var(*var, v.v)?;
                self.pop_temp(v);
                Ok(v)
            }
            ExprKind::YieldFrom(v) => {
                let x = self.expr(v)?;
                self.push_temp(x);
                self.line = e.line;
                let r = self.rt1(Abi::rt_yield_from, &[x.v])?;
                self.check(r)?;
                self.drop_temp(x)?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::KwArgs(_) | ExprKind::Star(_) => Err(InternalError("a starred item outside a display".into())),
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                let mut vals = Vec::new();
                for x in items {
                    let v = self.expr(x)?;
                    let v = self.to_owned(v);
                    self.push_temp(v);
                    vals.push(v);
                }
                let (arr, n) = self.handed_over(&vals);
                let f = if matches!(e.kind, ExprKind::List(_)) { Abi::rt_list_new } else { Abi::rt_tuple_new };
                let r = self.rt1(f, &[arr, n])?;
                Ok(V { v: r, own: Own::Owned })
            }
            ExprKind::Dict(items) => self.lower_dict_display(e, items),
            ExprKind::FString(parts) => {
                let mut vals = Vec::new();
                for p in parts {
                    match p {
                        ir::FPart::Lit(s) => {
                            let v = V { v: self.str_const(s), own: Own::Immortal };
                            vals.push(v);
                        }
                        ir::FPart::Value { value, conv, spec } => {
                            let mut v = self.expr(value)?;
                            self.push_temp(v);
                            let conv_f = match conv {
                                ir::Conversion::None => None,
                                ir::Conversion::Str => Some(Abi::rt_str),
                                ir::Conversion::Repr => Some(Abi::rt_repr),
                                ir::Conversion::Ascii => Some(Abi::rt_ascii),
                            };
                            if let Some(cf) = conv_f {
                                let c = self.rt1(cf, &[v.v])?;
                                self.check(c)?;
                                self.drop_temp(v)?;
                                v = V { v: c, own: Own::Owned };
                                self.push_temp(v);
                            }
                            let sv = match spec {
                                Some(s) => self.expr(s)?,
                                None => V { v: self.str_const(""), own: Own::Immortal },
                            };
                            self.push_temp(sv);
                            let r = self.rt1(Abi::rt_format, &[v.v, sv.v])?;
                            self.check(r)?;
                            self.drop_temp(sv)?;
                            self.drop_temp(v)?;
                            let rv = V { v: r, own: Own::Owned };
                            self.push_temp(rv);
                            vals.push(rv);
                        }
                    }
                }
                let (arr, n) = self.handed_over(&vals);
                let r = self.rt1(Abi::rt_build_str, &[arr, n])?;
                Ok(V { v: r, own: Own::Owned })
            }
        }
    }

    /// Calls function `func`'s direct entry with arguments bound at compile time.
    fn call_direct(
        &mut self,
        e: &'a ir::Expr,
        func: ir::FuncId,
        args: &'a [Option<ir::Expr>],
    ) -> Result<V, InternalError> {
        if self.cg.fast_ids[func.0 as usize].is_some() && args.iter().all(|a| a.is_some()) {
            return self.call_fast(e, func, args);
        }
        let mut vals = Vec::new();
        let mut raw = Vec::new();
        for a in args {
            match a {
                Some(x) => {
                    let v = self.expr(x)?;
                    self.push_temp(v);
                    vals.push(v);
                    raw.push(v.v);
                }
                None => {
                    let slot = self.default_slot_for(func, raw.len())?;
                    raw.push(self.load_slot(slot));
                }
            }
        }
        self.line = e.line;
        let callee = self.direct_ref(func);
        let call = self.b.ins().call(callee, &raw);
        let r = self.b.inst_results(call)[0];
        self.check(r)?;
        for v in vals.into_iter().rev() {
            self.drop_temp(v)?;
        }
        Ok(V { v: r, own: Own::Owned })
    }

    /// Calls a pure int function: its unboxed version when every argument is a small
    /// int and nothing goes wrong there, its ordinary version otherwise.
    fn call_fast(
        &mut self,
        e: &'a ir::Expr,
        func: ir::FuncId,
        args: &'a [Option<ir::Expr>],
    ) -> Result<V, InternalError> {
        let mut vals = Vec::new();
        for a in args.iter().flatten() {
            let v = self.expr(a)?;
            self.push_temp(v);
            vals.push(v);
        }
        self.line = e.line;
        let raw: Vec<CV> = vals.iter().map(|v| v.v).collect();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let boxit = self.b.create_block();
        self.b.set_cold_block(slow);
        let mut all = self.iconst(1);
        for v in &raw {
            all = self.b.ins().band(all, *v);
        }
        let tag = self.b.ins().band_imm_s(all, 1);
        self.b.ins().brif(tag, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let mut unboxed: Vec<CV> = raw.iter().map(|v| self.b.ins().sshr_imm_s(*v, 1)).collect();
        let d = self.data_addr("pyaot_depth")?;
        let lim = self.data_addr("pyaot_depth_limit")?;
        let depth = self.b.ins().load(I64, MemFlagsData::trusted(), d, 0);
        let limit = self.b.ins().load(I64, MemFlagsData::trusted(), lim, 0);
        unboxed.push(self.b.ins().isub(limit, depth));
        let fid = self.cg.fast_ids[func.0 as usize].expect("checked");
        let fref = self.cg.module.declare_func_in_func(fid, self.b.func);
        let call = self.b.ins().call(fref, &unboxed);
        let (r, ok) = (self.b.inst_results(call)[0], self.b.inst_results(call)[1]);
        self.b.ins().brif(ok, boxit, &[], slow, &[]);
        self.b.switch_to_block(boxit);
        let boxed = self.box_i64(r)?;
        self.b.ins().jump(done, &[ba(boxed)]);
        self.b.switch_to_block(slow);
        let callee = self.direct_ref(func);
        let call = self.b.ins().call(callee, &raw);
        let r = self.b.inst_results(call)[0];
        self.check(r)?;
        self.b.ins().jump(done, &[ba(r)]);
        self.b.switch_to_block(done);
        let r = self.b.block_params(done)[0];
        for v in vals.into_iter().rev() {
            self.drop_temp(v)?;
        }
        Ok(V { v: r, own: Own::Owned })
    }

    fn is_self(&self, func: ir::FuncId) -> bool {
        std::ptr::eq(&self.m.functions[func.0 as usize], self.f)
    }

    fn default_slot_for(&mut self, func: ir::FuncId, param: usize) -> Result<u32, InternalError> {
        let f = &self.m.functions[func.0 as usize];
        let first_default = f.params.iter().position(|p| p.has_default).unwrap_or(f.params.len());
        self.cg
            .default_slot(func, (param - first_default) as u32)
            .ok_or_else(|| InternalError(format!("{} is called directly but has no default slots", f.qualname)))
    }

    /// Evaluates call arguments (positional, then keyword values) into a stack array.
    /// Returns (array address, count, kwnames tuple or 0, the values still held as temps).
    #[allow(clippy::type_complexity)]
    fn call_args(
        &mut self,
        args: &'a [ir::Expr],
        kwargs: &'a [(String, ir::Expr)],
    ) -> Result<(CV, CV, CV, Vec<V>), InternalError> {
        let mut vals = Vec::new();
        for a in args.iter().chain(kwargs.iter().map(|(_, e)| e)) {
            let v = self.expr(a)?;
            self.push_temp(v);
            vals.push(v);
        }
        let raw: Vec<CV> = vals.iter().map(|v| v.v).collect();
        let arr = self.stack_array(&raw);
        let n = self.iconst(raw.len() as i64);
        let kw = if kwargs.is_empty() {
            self.iconst(0)
        } else {
            let slot = self.cg.str_tuple_const(kwargs.iter().map(|(k, _)| k.clone()).collect());
            self.load_slot(slot)
        };
        Ok((arr, n, kw, vals))
    }

    fn lower_compare(&mut self, first: &'a ir::Expr, rest: &'a [(ir::CmpOp, ir::Expr)]) -> Result<V, InternalError> {
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let mut left = self.expr(first)?;
        let mut left_ty = first.ty;
        for (i, (op, right)) in rest.iter().enumerate() {
            self.push_temp(left);
            let r = self.expr(right)?;
            self.push_temp(r);
            let last = i + 1 == rest.len();
            let result = match op {
                ir::CmpOp::Lt | ir::CmpOp::Le | ir::CmpOp::Eq | ir::CmpOp::Ne | ir::CmpOp::Gt | ir::CmpOp::Ge
                    if !maybe_small_ints(left_ty, right.ty) =>
                {
                    // The rich comparison's result object, as Python returns it.
                    let opc = self.b.ins().iconst(I32, abi_cmp(*op));
                    let v = self.rt1(Abi::rt_compare, &[opc, left.v, r.v])?;
                    self.check(v)?;
                    V { v, own: Own::Owned }
                }
                _ => {
                    let flag = self.compare_flag(*op, left, left_ty, r, right.ty)?;
                    V { v: self.bool_obj(flag)?, own: Own::Immortal }
                }
            };
            self.pop_temp(r);
            self.drop_temp(left)?;
            if last {
                self.release(r)?;
                let result = self.to_owned(result);
                self.b.ins().jump(done, &[ba(result.v)]);
            } else {
                // Short-circuit on a false result, which becomes the value.
                self.push_temp(r);
                self.push_temp(result);
                let t = self.truth(result.v, Ty::Any)?;
                self.pop_temp(result);
                self.pop_temp(r);
                let next = self.b.create_block();
                let stop = self.b.create_block();
                self.b.ins().brif(t, next, &[], stop, &[]);
                self.b.switch_to_block(stop);
                self.release(r)?;
                let res = self.to_owned(result);
                self.b.ins().jump(done, &[ba(res.v)]);
                self.b.switch_to_block(next);
                self.release(result)?;
                left = r;
                left_ty = right.ty;
            }
        }
        self.b.switch_to_block(done);
        Ok(V { v: self.b.block_params(done)[0], own: Own::Owned })
    }

    /// `a op b` (or `a op= b`), with inline fast paths for small ints.
    /// `a op b` for `+ - *` when both may be floats: inline when both are float objects,
    /// the runtime's operator `f` otherwise.
    fn float_binop_inline(&mut self, op: ir::BinOp, a: V, b: V, f: Abi, opc: CV) -> Result<CV, InternalError> {
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let check = self.b.create_block();
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // A small int (tagged) on either side goes the runtime's way.
        let either = self.b.ins().bor(a.v, b.v);
        let tag = self.b.ins().band_imm_s(either, 1);
        self.b.ins().brif(tag, slow, &[], check, &[]);
        self.b.switch_to_block(check);
        let fty = self.data_addr("pyaot_type_float")?;
        let flags = MemFlagsData::trusted();
        let ta = self.b.ins().load(I64, flags, a.v, pyaot_runtime::object::HEADER_TYPE_OFFSET);
        let tb = self.b.ins().load(I64, flags, b.v, pyaot_runtime::object::HEADER_TYPE_OFFSET);
        let ea = self.b.ins().icmp(IntCC::Equal, ta, fty);
        let eb = self.b.ins().icmp(IntCC::Equal, tb, fty);
        let both = self.b.ins().band(ea, eb);
        self.b.ins().brif(both, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let x = self.b.ins().load(F64, flags, a.v, pyaot_runtime::float::FLOAT_VALUE_OFFSET);
        let y = self.b.ins().load(F64, flags, b.v, pyaot_runtime::float::FLOAT_VALUE_OFFSET);
        let r = match op {
            ir::BinOp::Add => self.b.ins().fadd(x, y),
            ir::BinOp::Sub => self.b.ins().fsub(x, y),
            _ => self.b.ins().fmul(x, y),
        };
        let boxed = self.rt1(Abi::rt_float_new, &[r])?;
        self.b.ins().jump(done, &[ba(boxed)]);
        self.b.switch_to_block(slow);
        let r = self.rt1(f, &[opc, a.v, b.v])?;
        self.check(r)?;
        self.b.ins().jump(done, &[ba(r)]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    fn binop_values(&mut self, op: ir::BinOp, a: V, at: Ty, b: V, bt: Ty, inplace: bool) -> Result<CV, InternalError> {
        let f = if inplace { Abi::rt_inplace } else { Abi::rt_binop };
        let opc = self.b.ins().iconst(I32, abi_binop(op));
        let fast_op =
            matches!(op, ir::BinOp::Add | ir::BinOp::Sub | ir::BinOp::Mul | ir::BinOp::FloorDiv | ir::BinOp::Mod);
        let float_path = matches!(op, ir::BinOp::Add | ir::BinOp::Sub | ir::BinOp::Mul) && maybe_floats(at, bt);
        // Two values of unknown type: small ints first (list items, counters), then floats.
        let both_unknown = at == Ty::Any && bt == Ty::Any;
        if float_path && !both_unknown {
            return self.float_binop_inline(op, a, b, f, opc);
        }
        if !(fast_op && (maybe_small_ints(at, bt) || both_unknown)) {
            let r = self.rt1(f, &[opc, a.v, b.v])?;
            self.check(r)?;
            return Ok(r);
        }
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let both = self.b.ins().band(a.v, b.v);
        let tag = self.b.ins().band_imm_s(both, 1);
        self.b.ins().brif(tag, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        match op {
            ir::BinOp::Add => {
                let t = self.b.ins().iadd_imm_s(b.v, -1);
                let (r, of) = self.b.ins().sadd_overflow(a.v, t);
                self.b.ins().brif(of, slow, &[], done, &[ba(r)]);
            }
            ir::BinOp::Sub => {
                let (r, of) = self.b.ins().ssub_overflow(a.v, b.v);
                let r1 = self.b.ins().bor_imm_s(r, 1);
                self.b.ins().brif(of, slow, &[], done, &[ba(r1)]);
            }
            ir::BinOp::Mul => {
                let x = self.b.ins().sshr_imm_s(a.v, 1);
                let t = self.b.ins().iadd_imm_s(b.v, -1);
                let (r, of) = self.b.ins().smul_overflow(x, t);
                let r1 = self.b.ins().bor_imm_s(r, 1);
                self.b.ins().brif(of, slow, &[], done, &[ba(r1)]);
            }
            _ => {
                // Floor division and modulo with Python's signs; y == 0 goes the slow way.
                let x = self.b.ins().sshr_imm_s(a.v, 1);
                let y = self.b.ins().sshr_imm_s(b.v, 1);
                let nz = self.b.create_block();
                self.b.ins().brif(y, nz, &[], slow, &[]);
                self.b.switch_to_block(nz);
                let q = self.b.ins().sdiv(x, y);
                let rem = self.b.ins().srem(x, y);
                let rem_nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                let sx = self.b.ins().bxor(rem, y);
                let signs_differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                let adjust = self.b.ins().band(rem_nz, signs_differ);
                let adj64 = self.b.ins().uextend(I64, adjust);
                let res = if op == ir::BinOp::FloorDiv {
                    self.b.ins().isub(q, adj64)
                } else {
                    let add = self.b.ins().imul(adj64, y);
                    self.b.ins().iadd(rem, add)
                };
                // Re-tag, unless the quotient left the small range (-(2**62) // -1).
                let sh = self.b.ins().ishl_imm_s(res, 1);
                let back = self.b.ins().sshr_imm_s(sh, 1);
                let fits = self.b.ins().icmp(IntCC::Equal, back, res);
                let tagged = self.b.ins().bor_imm_s(sh, 1);
                self.b.ins().brif(fits, done, &[ba(tagged)], slow, &[]);
            }
        }
        self.b.switch_to_block(slow);
        let r = if float_path {
            self.float_binop_inline(op, a, b, f, opc)?
        } else {
            let r = self.rt1(f, &[opc, a.v, b.v])?;
            self.check(r)?;
            r
        };
        self.b.ins().jump(done, &[ba(r)]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }
}
