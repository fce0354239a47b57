//! The interpreter loop: runs one function of a code object on a frame.
//!
//! A flat `match` over [`Op`]; each arm calls the runtime function that AOT code calls for
//! the same operation (`ops::binop`, `func::call`, `iter::next`, …), so the tiers cannot
//! drift apart. Values on the stack and in locals are owned references ([`Obj`]), so an
//! early return or an unwinding truncation releases them.
//!
//! Errors: an arm returns `Err(PyErr)`; the loop makes it pending, adds a traceback entry
//! for this frame (function, file, line of the instruction) and goes to the instruction's
//! landing, dropping the stack down to the landing's depth — or leaves the function.
use crate::bytecode::*;
use crate::{CodeObj, VmFuncData};
use pyaot_runtime::err::{self, PyErr, PyResult};
use pyaot_runtime::object::*;
use pyaot_runtime::types::*;
use pyaot_runtime::{cell, dict, dynamic, func, gen, inline_cache, iter, list, module, ops, set, str as pystr, tuple};

/// Where a frame's names live.
pub struct Namespaces {
    pub globals: Value,
    /// The module-level namespace (`locals` of exec/eval), or the globals.
    pub ns: Value,
    /// The closure tuple of the running function, or 0.
    pub closure: Value,
}

type Frame = (Vec<Option<Obj>>, Vec<Obj>);

thread_local! {
    /// Locals and value stacks of finished frames, reused so that a call allocates nothing.
    static FRAMES: std::cell::RefCell<Vec<Frame>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs function `idx` of `code` with bound arguments `args` (borrowed, one per parameter).
pub fn run(code: &CodeObj, code_v: Value, idx: usize, names: &Namespaces, args: &[Value]) -> PyResult {
    let f = &code.unit.funcs[idx];
    let (mut locals, mut stack) = FRAMES.with(|p| p.borrow_mut().pop()).unwrap_or_default();
    locals.extend(args.iter().map(|a| Some(a.new_ref())));
    locals.resize_with(f.locals.len(), || None);
    for &c in &f.cells {
        let v = locals[c as usize].take();
        locals[c as usize] = Some(cell::new_cell(v.as_ref().map_or(Value::NULL, Obj::v)));
    }
    stack.reserve(f.max_stack as usize);
    let r = execute(code, code_v, idx, names, &mut locals, &mut stack);
    locals.clear();
    stack.clear();
    FRAMES.with(|p| {
        let mut p = p.borrow_mut();
        if p.len() < 256 {
            p.push((locals, stack));
        }
    });
    r
}

fn execute(
    code: &CodeObj,
    code_v: Value,
    idx: usize,
    names: &Namespaces,
    locals: &mut [Option<Obj>],
    stack: &mut Vec<Obj>,
) -> PyResult {
    let f = &code.unit.funcs[idx];
    let mut pc = 0usize;
    loop {
        let r = step(code, code_v, f, names, locals, stack, &mut pc);
        match r {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(Flow::Raise(e)) => {
                let at = pc - 1;
                err::set_pending(e);
                err::add_traceback(code.tb_names[idx], code.tb_files[idx], f.lines[at]);
                pc = unwind(f, at, stack)?;
            }
            Err(Flow::Unwind) => {
                pc = unwind(f, pc - 1, stack)?;
            }
        }
    }
}

/// How an instruction failed.
enum Flow {
    /// A new error: add this frame to its traceback.
    Raise(PyErr),
    /// The pending exception goes on outward, its traceback unchanged.
    Unwind,
}

impl From<PyErr> for Flow {
    fn from(e: PyErr) -> Flow {
        Flow::Raise(e)
    }
}

/// The landing of the instruction at `at` for the pending exception: its target, with the
/// stack cut to its depth; or the pending exception leaves the function.
fn unwind(f: &FuncCode, at: usize, stack: &mut Vec<Obj>) -> PyResult<usize> {
    match f.landing[at] {
        NO_LANDING => {
            Err(err::take_pending().unwrap_or_else(|| PyErr::new(&err::RUNTIME_ERROR, "error without exception")))
        }
        l => {
            let l = f.landings[l as usize];
            stack.truncate(l.depth as usize);
            Ok(l.target as usize)
        }
    }
}

/// The values of owned references, borrowed.
#[inline]
fn values(objs: &[Obj]) -> &[Value] {
    // SAFETY: `Obj` is `repr(transparent)` over `Value`, so the slices have one layout.
    unsafe { &*(objs as *const [Obj] as *const [Value]) }
}

/// A global (or, failing that, a builtin) through the code object's cache for name `n`.
#[inline]
fn load_global(code: &CodeObj, globals: Value, n: ConstIdx) -> PyResult {
    let name = code.consts[n as usize].v();
    let (entry, builtin) = &code.global_cache[n as usize];
    if let Some(v) = dict::get_cached(globals, name, entry)? {
        return Ok(v.new_ref());
    }
    let b = builtin.get();
    if !b.is_null() {
        return Ok(b.new_ref());
    }
    let v = dynamic::load_builtin(name)?;
    // Builtins are immortal statics: the cache may keep the value without a reference.
    if v.v().is_heap() && is_immortal(v.v()) {
        builtin.set(v.v());
    }
    Ok(v)
}

#[inline]
fn pop(stack: &mut Vec<Obj>) -> Obj {
    // The compiler balances the stack: an empty pop is a bug, turned into None.
    stack.pop().unwrap_or_else(none_obj)
}

#[inline]
fn top(stack: &[Obj]) -> Value {
    stack.last().map_or(Value::NULL, Obj::v)
}

fn name_of(code: &CodeObj, c: ConstIdx) -> &'static str {
    pystr::as_str(code.consts[c as usize].v()).unwrap_or("")
}

fn kwnames_of(code: &CodeObj, c: ConstIdx) -> &'static [Obj] {
    if c == NO_KW {
        &[]
    } else {
        tuple::items(code.consts[c as usize].v())
    }
}

#[inline]
fn truth(v: Value) -> PyResult<bool> {
    if let Some(i) = v.as_small() {
        return Ok(i != 0);
    }
    if v == py_true() {
        return Ok(true);
    }
    if v == py_false() || v.is_none() {
        return Ok(false);
    }
    ops::is_true(v)
}

#[cold]
fn unbound_local(f: &FuncCode, l: u32) -> PyErr {
    err::unbound_local_error(f.locals.get(l as usize).map_or("?", String::as_str))
}

/// `a op b` with the small-int fast path codegen also inlines; the fallback is the
/// runtime's operator.
#[inline]
fn binop(op: u32, a: Value, b: Value, inplace: bool) -> PyResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        let r = match op {
            0 => x.checked_add(y),
            1 => x.checked_sub(y),
            2 => x.checked_mul(y),
            // Floor division and modulo round toward negative infinity, as Python's.
            4 if y != 0 => Some(x / y - ((x % y != 0) && ((x < 0) != (y < 0))) as i64),
            5 if y != 0 => {
                let r = x % y;
                Some(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
            }
            _ => None,
        };
        if let Some(v) = r.and_then(Value::try_small) {
            return Ok(Obj::from_raw(v));
        }
    } else if let (Some(x), Some(y)) = (float_of(a), float_of(b)) {
        // Float arithmetic that cannot raise: the same IEEE operation ops::binop does.
        let r = match op {
            0 => Some(x + y),
            1 => Some(x - y),
            2 => Some(x * y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(pyaot_runtime::float::new_float(r));
        }
    }
    let op = ops::BinOp::from_i32(op as i32);
    if inplace {
        ops::inplace(op, a, b)
    } else {
        ops::binop(op, a, b)
    }
}

#[inline]
fn float_of(v: Value) -> Option<f64> {
    v.downcast::<pyaot_runtime::float::FloatObj>().map(|f| f.v)
}

fn compare(op: u32, a: Value, b: Value) -> PyResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        let r = match op {
            0 => Some(x < y),
            1 => Some(x <= y),
            2 => Some(x == y),
            3 => Some(x != y),
            4 => Some(x > y),
            5 => Some(x >= y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(bool_obj(r));
        }
    }
    match op {
        6 => Ok(bool_obj(a == b)),
        7 => Ok(bool_obj(a != b)),
        8 => Ok(bool_obj(ops::contains(b, a)?)),
        9 => Ok(bool_obj(!ops::contains(b, a)?)),
        _ => ops::compare(ops::CmpOp::from_i32(op as i32), a, b),
    }
}

/// The `locals()` snapshot of a function frame.
fn snapshot(f: &FuncCode, locals: &[Option<Obj>]) -> PyResult {
    let d = dict::new_dict();
    for (i, (name, v)) in f.locals.iter().zip(locals).enumerate() {
        let v = match v {
            Some(c) if f.cells.contains(&(i as u32)) => cell::get(c.v()),
            v => v.clone(),
        };
        if let Some(v) = v {
            dict::set_item(d.v(), pystr::new_str(name), v)?;
        }
    }
    Ok(d)
}

fn cell_local(locals: &[Option<Obj>], l: u32) -> Value {
    locals[l as usize].as_ref().map_or(Value::NULL, Obj::v)
}

/// Runs one instruction. `Ok(Some(v))` returns `v` from the function.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn step(
    code: &CodeObj,
    code_v: Value,
    f: &FuncCode,
    names: &Namespaces,
    locals: &mut [Option<Obj>],
    stack: &mut Vec<Obj>,
    pc: &mut usize,
) -> Result<Option<Obj>, Flow> {
    let op = f.code[*pc];
    *pc += 1;
    match op {
        Op::LoadConst(c) => stack.push(code.consts[c as usize].clone()),
        Op::LoadFast(l) => match &locals[l as usize] {
            Some(v) => stack.push(v.clone()),
            None => return Err(unbound_local(f, l).into()),
        },
        Op::StoreFast(l) => locals[l as usize] = Some(pop(stack)),
        Op::DeleteFast(l) => {
            if locals[l as usize].take().is_none() {
                return Err(unbound_local(f, l).into());
            }
        }
        Op::UnbindFast(l) => locals[l as usize] = None,
        Op::LoadGlobal(n) => stack.push(load_global(code, names.globals, n)?),
        Op::StoreGlobal(n) => {
            let v = pop(stack);
            dynamic::store_global(names.globals, code.consts[n as usize].v(), v)?;
        }
        Op::DeleteGlobal(n) => dynamic::delete_global(names.globals, code.consts[n as usize].v())?,
        Op::UnbindGlobal(n) => drop(dict::pop(names.globals, code.consts[n as usize].v())?),
        Op::LoadName(n) => {
            let name = code.consts[n as usize].v();
            if names.ns != names.globals {
                if let Some(v) = dict::get_item(names.ns, name)? {
                    stack.push(v);
                    return Ok(None);
                }
            }
            stack.push(load_global(code, names.globals, n)?);
        }
        Op::StoreName(n) => {
            let v = pop(stack);
            dict::set_item(names.ns, code.consts[n as usize].clone(), v)?;
        }
        Op::DeleteName(n) => {
            if dict::pop(names.ns, code.consts[n as usize].v())?.is_none() {
                return Err(err::name_error(name_of(code, n)).into());
            }
        }
        Op::UnbindName(n) => drop(dict::pop(names.ns, code.consts[n as usize].v())?),
        Op::Globals => stack.push(names.globals.new_ref()),
        Op::Locals => {
            if f.is_module {
                stack.push(names.ns.new_ref())
            } else {
                stack.push(snapshot(f, locals)?)
            }
        }
        Op::Pop => drop(pop(stack)),
        Op::Dup => stack.push(stack.last().cloned().unwrap_or_else(none_obj)),
        Op::Dup2 => {
            let n = stack.len();
            if n >= 2 {
                let (a, b) = (stack[n - 2].clone(), stack[n - 1].clone());
                stack.push(a);
                stack.push(b);
            }
        }
        Op::Rot2 => {
            let n = stack.len();
            if n >= 2 {
                stack.swap(n - 1, n - 2);
            }
        }
        Op::Rot3 => {
            let v = pop(stack);
            let n = stack.len();
            stack.insert(n.saturating_sub(2), v);
        }
        Op::BinOp(o) | Op::Inplace(o) => {
            let b = pop(stack);
            let a = pop(stack);
            stack.push(binop(o, a.v(), b.v(), matches!(op, Op::Inplace(_)))?);
        }
        Op::Unary(o) => {
            let a = pop(stack);
            stack.push(ops::unary(ops::UnaryOp::from_i32(o as i32), a.v())?);
        }
        Op::Compare(o) => {
            let b = pop(stack);
            let a = pop(stack);
            stack.push(compare(o, a.v(), b.v())?);
        }
        Op::Jump(t) => *pc = t as usize,
        Op::PopJumpIfFalse(t) => {
            let v = pop(stack);
            if !truth(v.v())? {
                *pc = t as usize;
            }
        }
        Op::PopJumpIfTrue(t) => {
            let v = pop(stack);
            if truth(v.v())? {
                *pc = t as usize;
            }
        }
        Op::JumpIfFalseOrPop(t) => {
            if !truth(top(stack))? {
                *pc = t as usize;
            } else {
                drop(pop(stack));
            }
        }
        Op::JumpIfTrueOrPop(t) => {
            if truth(top(stack))? {
                *pc = t as usize;
            } else {
                drop(pop(stack));
            }
        }
        Op::BuildTuple(n) => {
            let items = stack.split_off(stack.len() - n as usize);
            stack.push(tuple::new_tuple(items));
        }
        Op::BuildList(n) => {
            let items = stack.split_off(stack.len() - n as usize);
            stack.push(pyaot_runtime::list::new_list(items));
        }
        Op::BuildDict(n) => {
            let items = stack.split_off(stack.len() - 2 * n as usize);
            let d = dict::new_dict();
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                dict::set_item(d.v(), k, v)?;
            }
            stack.push(d);
        }
        Op::MapAdd => {
            let v = pop(stack);
            let k = pop(stack);
            dict::set_item(top(stack), k, v)?;
        }
        Op::DictUpdate => {
            let m = pop(stack);
            dict::display_update(top(stack), m.v())?;
        }
        Op::BuildStr(n) => {
            let parts = stack.split_off(stack.len() - n as usize);
            stack.push(pystr::concat(&parts));
        }
        Op::FormatValue(conv, has_spec) => {
            let spec = if has_spec == 1 { Some(pop(stack)) } else { None };
            let v = pop(stack);
            let v = match conv {
                1 => ops::str_of(v.v())?,
                2 => ops::repr_of(v.v())?,
                3 => ops::ascii_of(v.v())?,
                _ => v,
            };
            let spec = spec.as_ref().and_then(|s| pystr::as_str(s.v())).unwrap_or("");
            stack.push(pyaot_runtime::format::format_value(v.v(), spec)?);
        }
        Op::BuildSlice => {
            let step = pop(stack);
            let stop = pop(stack);
            let start = pop(stack);
            stack.push(pyaot_runtime::range::new_slice(start, stop, step));
        }
        Op::GetItem => {
            let k = pop(stack);
            let o = pop(stack);
            stack.push(ops::getitem(o.v(), k.v())?);
        }
        Op::SetItem => {
            let k = pop(stack);
            let o = pop(stack);
            let v = pop(stack);
            ops::setitem(o.v(), k.v(), v.v())?;
        }
        Op::DelItem => {
            let k = pop(stack);
            let o = pop(stack);
            ops::delitem(o.v(), k.v())?;
        }
        Op::GetAttr(n) => {
            let o = pop(stack);
            stack.push(inline_cache::getattr(o.v(), code.consts[n as usize].v(), &code.attr_cache[n as usize])?);
        }
        Op::SetAttr(n) => {
            let o = pop(stack);
            let v = pop(stack);
            inline_cache::setattr(o.v(), code.consts[n as usize].v(), v.v(), &code.attr_cache[n as usize])?;
        }
        Op::DelAttr(n) => {
            let o = pop(stack);
            ops::delattr(o.v(), name_of(code, n))?;
        }
        Op::Call(n) | Op::CallKw(n, _) => {
            let kw = if let Op::CallKw(_, kw) = op { kw } else { NO_KW };
            let base = stack.len() - n as usize;
            let r = {
                let args = values(&stack[base..]);
                call(stack[base - 1].v(), args, kwnames_of(code, kw))?
            };
            stack.truncate(base - 1);
            stack.push(r);
        }
        Op::CallMethod(name, n, kw) => {
            let base = stack.len() - n as usize;
            let r = {
                let args = values(&stack[base..]);
                let (nm, cache) = (code.consts[name as usize].v(), &code.attr_cache[name as usize]);
                inline_cache::call_method(stack[base - 1].v(), nm, args, kwnames_of(code, kw), cache)?
            };
            stack.truncate(base - 1);
            stack.push(r);
        }
        Op::GetIter => {
            let v = pop(stack);
            stack.push(iter::get_iter(v.v())?);
        }
        Op::ForIter(exit) => match iter::next(top(stack))? {
            Some(item) => stack.push(item),
            None => {
                drop(pop(stack));
                *pc = exit as usize;
            }
        },
        Op::Unpack(n) => {
            let v = pop(stack);
            let items = ops::unpack(v.v(), n as usize)?;
            stack.extend(items.into_iter().rev());
        }
        Op::UnpackEx(before, after) => {
            let v = pop(stack);
            let items = ops::unpack_ex(v.v(), before as usize, after as usize)?;
            stack.extend(items.into_iter().rev());
        }
        Op::MakeFunction(fi, nd, nkw, ncells) => {
            let cells = stack.split_off(stack.len() - ncells as usize);
            let kwdefaults = if nkw == 1 { Some(pop(stack)) } else { None };
            let defaults = stack.split_off(stack.len() - nd as usize);
            let parts = crate::FuncExtras { defaults, kwdefaults, cells };
            stack.push(crate::make_function(code, code_v, fi as usize, names.globals, parts));
        }
        Op::LoadCell(l) => match cell::get(cell_local(locals, l)) {
            Some(v) => stack.push(v),
            None => return Err(unbound_local(f, l).into()),
        },
        Op::StoreCell(l) => {
            let v = pop(stack);
            cell::set(cell_local(locals, l), Some(v));
        }
        Op::DeleteCell(l) => {
            let c = cell_local(locals, l);
            if cell::get(c).is_none() {
                return Err(unbound_local(f, l).into());
            }
            cell::set(c, None);
        }
        Op::UnbindCell(l) => cell::set(cell_local(locals, l), None),
        Op::LoadFree(i) => stack.push(cell::load_free(names.closure, i as usize, &f.freevars[i as usize])?),
        Op::StoreFree(i) => {
            let v = pop(stack);
            cell::set(cell::closure_cell(names.closure, i as usize), Some(v));
        }
        Op::DeleteFree(i) => {
            let c = cell::closure_cell(names.closure, i as usize);
            if cell::get(c).is_none() {
                return Err(err::free_var_error(&f.freevars[i as usize]).into());
            }
            cell::set(c, None);
        }
        Op::UnbindFree(i) => cell::set(cell::closure_cell(names.closure, i as usize), None),
        Op::CellOfLocal(l) => stack.push(cell_local(locals, l).new_ref()),
        Op::CellOfFree(i) => stack.push(cell::closure_cell(names.closure, i as usize).new_ref()),
        Op::ListAppend => {
            let v = pop(stack);
            list::list_of(top(stack))?.items().push(v);
        }
        Op::SetAdd => {
            let v = pop(stack);
            set::comp_add(top(stack), v)?;
        }
        Op::ListExtend(lone) => {
            let it = pop(stack);
            let fv = if lone == 1 { stack[stack.len() - 2].v() } else { Value::NULL };
            list::star_extend(top(stack), it.v(), fv)?;
        }
        Op::ListToTuple => {
            let l = pop(stack);
            stack.push(tuple::new_tuple(list::list_items(l.v()).to_vec()));
        }
        Op::KwAdd => {
            let v = pop(stack);
            let name = pop(stack);
            let fv = stack[stack.len() - 3].v();
            func::kwargs_add(top(stack), name.v(), v.v(), fv)?;
        }
        Op::KwMerge => {
            let m = pop(stack);
            let fv = stack[stack.len() - 3].v();
            func::kwargs_merge(top(stack), m.v(), fv)?;
        }
        Op::CallEx(kw) => {
            let kwargs = if kw == 1 { Some(pop(stack)) } else { None };
            let args = pop(stack);
            let fv = pop(stack);
            stack.push(func::call_ex(fv.v(), args.v(), kwargs.as_ref().map_or(Value::NULL, Obj::v))?);
        }
        Op::Yield => {
            let v = pop(stack);
            stack.push(gen::yield_value(v)?);
        }
        Op::YieldFrom => {
            let v = pop(stack);
            stack.push(gen::yield_from(v.v())?);
        }
        Op::Return => return Ok(Some(pop(stack))),
        Op::Raise(kind) => {
            let e = match kind {
                0 => err::reraise_error(),
                1 => {
                    let exc = pop(stack);
                    ops::make_raise(exc.v(), None)
                }
                _ => {
                    let cause = pop(stack);
                    let exc = pop(stack);
                    ops::make_raise(exc.v(), Some(cause.v()))
                }
            };
            return Err(e.into());
        }
        Op::AssertFail(has_msg) => {
            let e = if has_msg == 1 {
                PyErr::with_arg(&err::ASSERTION_ERROR, pop(stack))
            } else {
                PyErr::bare(&err::ASSERTION_ERROR)
            };
            return Err(e.into());
        }
        Op::FetchExc => {
            let e = err::take_pending()
                .unwrap_or_else(|| PyErr::new(&err::RUNTIME_ERROR, "internal error: no pending exception"));
            stack.push(e.0);
        }
        Op::ExcMatchOrJump(t) => {
            let ty = pop(stack);
            if !ops::exc_matches(top(stack), ty.v())? {
                *pc = t as usize;
            }
        }
        Op::PushExcInfo => err::push_handled(top(stack).new_ref()),
        Op::PopExcInfo => err::pop_handled(),
        Op::Reraise => {
            let e = pop(stack);
            err::restore_pending(PyErr(e));
            return Err(Flow::Unwind);
        }
        Op::Unwind => return Err(Flow::Unwind),
        Op::Import(n, top) => {
            let name = name_of(code, n);
            stack.push(if top != 0 { module::import_top(name)? } else { module::import(name)? })
        }
        Op::ImportFrom(m, n) => stack.push(module::import_from(name_of(code, m), name_of(code, n))?),
        Op::Display => {
            let v = pop(stack);
            if !v.v().is_none() {
                let r = ops::repr_of(v.v())?;
                let mut s = pystr::as_str(r.v()).unwrap_or("").to_string();
                s.push('\n');
                pyaot_runtime::io::write_to(pyaot_runtime::io::stdout_value(), &s)?;
            }
        }
    }
    Ok(None)
}

/// Calls `f`: a VM function with exactly its positional arguments runs here directly;
/// everything else goes through the runtime's one `func::call`.
#[inline]
fn call(f: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if kwnames.is_empty() {
        if let Some(fo) = f.downcast::<func::FuncObj>() {
            if let Some(data) = fo.extra.as_ref().and_then(|x| x.v().downcast::<VmFuncData>()) {
                if fo.sig == func::Sig::positional(args.len()) {
                    return crate::call_vm_function(fo, data, args);
                }
            }
        }
    }
    func::call(f, args, kwnames)
}
