//! The compiler↔runtime ABI: every `extern "C"` entry that generated code may call.
//!
//! Conventions (the same for AOT code, JIT code and, later, the VM):
//! - `V` is a [`Value`] word. Arguments are **borrowed** unless the line says "steals".
//!   Returned values are **new references** owned by the caller.
//! - "raises": on error the function leaves an exception pending (see `err.rs`) and
//!   returns 0 (for `V`) or -1 (for `I32`). Functions not marked "raises" never fail.
//! - `Ptr` is a pointer-sized address (`usize`), e.g. of an array of `V` on the caller's stack.
//!
//! Codegen declares its imports from [`ABI`], and the JIT resolves them through the same
//! table, so a name or signature cannot drift: each entry casts the function to the
//! signature listed here, which the Rust compiler checks.
#![allow(clippy::missing_safety_doc)]

use crate::err::{self, PyErr, PyResult};
use crate::object::*;
use crate::ops;
use crate::types::*;

pub type V = Value;
pub type I32 = i32;
pub type I64 = i64;
pub type F64 = f64;
pub type Ptr = usize;

/// The machine type of an ABI parameter or result.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AbiTy {
    V,
    I32,
    I64,
    F64,
    Ptr,
}

/// One entry of the table.
pub struct AbiFn {
    pub name: &'static str,
    pub params: &'static [AbiTy],
    pub ret: Option<AbiTy>,
    /// The function's address in this process (used by the JIT).
    pub addr: fn() -> *const u8,
}

macro_rules! abi_ret {
    () => {
        None
    };
    ($t:ident) => {
        Some(AbiTy::$t)
    };
}

macro_rules! abi_table {
    ($( $(#[doc = $doc:literal])* fn $name:ident ( $($p:ident : $pt:ident),* ) $(-> $rt:ident)? ; )*) => {
        /// Every function of the ABI, in declaration order.
        pub static ABI: &[AbiFn] = &[ $( AbiFn {
            name: stringify!($name),
            params: &[$(AbiTy::$pt),*],
            ret: abi_ret!($($rt)?),
            addr: || $name as extern "C" fn($($pt),*) $(-> $rt)? as *const u8,
        } ),* ];

        /// Typed handles on [`ABI`] entries: `Abi::rt_add as usize` is the index.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        pub enum Abi { $($name),* }
    };
}

/// Data symbols that generated code reads: name and address.
pub fn data_symbols() -> [(&'static str, *const u8); 7] {
    [
        ("pyaot_type_float", &FLOAT_TYPE as *const _ as *const u8),
        ("pyaot_None", &NONE as *const _ as *const u8),
        ("pyaot_Ellipsis", &crate::ellipsis::ELLIPSIS as *const _ as *const u8),
        ("pyaot_True", &TRUE as *const _ as *const u8),
        ("pyaot_False", &FALSE as *const _ as *const u8),
        ("pyaot_depth", pyaot_depth.as_ptr() as *const u8),
        ("pyaot_depth_limit", pyaot_depth_limit.as_ptr() as *const u8),
    ]
}

/// Current depth of Python calls, and the limit past which a call raises RecursionError.
#[no_mangle]
pub static pyaot_depth: GlobalCell<i64> = GlobalCell::new(0);
#[no_mangle]
pub static pyaot_depth_limit: GlobalCell<i64> = GlobalCell::new(crate::program::DEFAULT_RECURSION_LIMIT);

abi_table! {
    /// Adds a reference.
    fn rt_incref(v: V);
    /// Drops a reference.
    fn rt_decref(v: V);
    /// Frees an object whose count generated code brought to zero.
    fn rt_dealloc(v: V);
    /// An int object for a machine integer (small or big).
    fn rt_int_from_i64(i: I64) -> V;
    /// Checks `range()` arguments; writes start, step and item count (3 × i64) to `out` and
    /// returns 0, or, for bounds beyond i64, writes a range iterator (new reference) to
    /// `out[0]` and returns 1. Raises.
    fn rt_range_args(start: V, stop: V, step: V, out: Ptr) -> I32;
    /// An immortal str constant from UTF-8 bytes.
    fn rt_const_str(ptr: Ptr, len: Ptr) -> V;
    /// An immortal int constant from its decimal digits (with optional '-').
    fn rt_const_int(ptr: Ptr, len: Ptr) -> V;
    /// An immortal bytes constant from its bytes.
    fn rt_const_bytes(ptr: Ptr, len: Ptr) -> V;
    /// An immortal complex constant from its parts.
    fn rt_const_complex(re: F64, im: F64) -> V;
    /// A new float object.
    fn rt_float_new(x: F64) -> V;
    /// The value of a float object, or of an int/bool converted to float. Raises.
    fn rt_float_value(v: V) -> F64;

    /// `raise exc` (a class or an instance). Raises; returns 0.
    fn rt_raise(exc: V) -> V;
    /// `raise exc from cause`. Raises; returns 0.
    fn rt_raise_from(exc: V, cause: V) -> V;
    /// Bare `raise`: re-raises the exception being handled. Raises; returns 0.
    fn rt_reraise() -> V;
    /// Takes the pending exception (new reference); the handler now owns it.
    fn rt_err_fetch() -> V;
    /// Makes `exc` pending again. Steals `exc`.
    fn rt_err_restore(exc: V);
    /// Is an exception pending? 1 or 0.
    fn rt_err_occurred() -> I32;
    /// Does exception `exc` match `except ty` (a class or tuple of classes)? 1/0. Raises.
    fn rt_exc_matches(exc: V, ty: V) -> I32;
    /// Entering an `except` block that handles `exc`.
    fn rt_exc_push(exc: V);
    /// Leaving the innermost `except` block.
    fn rt_exc_pop();
    /// Adds a frame (function name, file name: immortal strs) to the pending exception's traceback.
    fn rt_traceback_add(func: V, file: V, line: I32);
    /// Raises NameError for global or builtin `name`. Returns 0.
    fn rt_name_error(name: V) -> V;
    /// Raises UnboundLocalError for local `name`. Returns 0.
    fn rt_unbound_local(name: V) -> V;
    /// Raises AssertionError (with `msg` unless it is 0). Returns 0.
    fn rt_assert_fail(msg: V) -> V;
    /// Raises RecursionError. Returns 0.
    fn rt_recursion_error() -> V;

    /// `a op b` for a binary operator (see `ops::BinOp`). Raises.
    fn rt_binop(op: I32, a: V, b: V) -> V;
    /// `a op= b` (lists extend in place). Raises.
    fn rt_inplace(op: I32, a: V, b: V) -> V;
    /// A unary operator (see `ops::UnaryOp`). Raises.
    fn rt_unary(op: I32, a: V) -> V;
    /// `a op b` for a comparison (see `ops::CmpOp`), as an object. Raises.
    fn rt_compare(op: I32, a: V, b: V) -> V;
    /// `a op b` for a comparison, as truth: 1/0. Raises.
    fn rt_compare_bool(op: I32, a: V, b: V) -> I32;
    /// Truth of `v`: 1/0. Raises.
    fn rt_is_true(v: V) -> I32;
    /// `item in container`: 1/0. Raises.
    fn rt_contains(container: V, item: V) -> I32;

    /// A tuple of `n` values at `items`. Steals the values.
    fn rt_tuple_new(items: Ptr, n: Ptr) -> V;
    /// A list of `n` values at `items`. Steals the values.
    fn rt_list_new(items: Ptr, n: Ptr) -> V;
    /// An empty dict.
    fn rt_dict_new() -> V;
    /// `d[k] = v` on a dict (for displays). Raises (unhashable key).
    fn rt_dict_set(d: V, k: V, v: V) -> I32;
    /// `**m` in a dict display: merges mapping `m` into dict `d`. Raises.
    fn rt_dict_update(d: V, m: V) -> I32;
    /// Concatenates `n` str objects at `parts` (f-strings). Steals the parts.
    fn rt_build_str(parts: Ptr, n: Ptr) -> V;
    /// `format(v, spec)`. Raises.
    fn rt_format(v: V, spec: V) -> V;
    /// `str(v)`. Raises.
    fn rt_str(v: V) -> V;
    /// `repr(v)`. Raises.
    fn rt_repr(v: V) -> V;
    /// `ascii(v)`. Raises.
    fn rt_ascii(v: V) -> V;
    /// `o[k]`. Raises.
    fn rt_getitem(o: V, k: V) -> V;
    /// `o[k] = v`. Raises.
    fn rt_setitem(o: V, k: V, v: V) -> I32;
    /// `del o[k]`. Raises.
    fn rt_delitem(o: V, k: V) -> I32;
    /// A slice object; missing parts are None.
    fn rt_slice_new(start: V, stop: V, step: V) -> V;
    /// `o.name`. Raises.
    fn rt_getattr(o: V, name: V) -> V;
    /// `o.name = v`. Raises.
    fn rt_setattr(o: V, name: V, v: V) -> I32;
    /// `o.name` through the site's attribute cache (`inline_cache::AttrCache`, 32 zeroed
    /// bytes per site). Raises.
    fn rt_getattr_ic(o: V, name: V, cache: Ptr) -> V;
    /// `o.name = v` through the site's attribute cache. Raises.
    fn rt_setattr_ic(o: V, name: V, v: V, cache: Ptr) -> I32;
    /// `del o.name`.
    fn rt_delattr(o: V, name: V) -> I32;

    /// Calls `f` with `nargs` values at `args` (positional first, then one per name in
    /// the tuple `kwnames`, which is 0 when there are none). Raises.
    fn rt_call(f: V, args: Ptr, nargs: Ptr, kwnames: V) -> V;
    /// `o.name(*args)`, same argument layout as `rt_call`. Raises.
    fn rt_call_method(o: V, name: V, args: Ptr, nargs: Ptr, kwnames: V) -> V;
    /// `rt_call_method` through the site's attribute cache. Raises.
    fn rt_call_method_ic(o: V, name: V, args: Ptr, nargs: Ptr, kwnames: V, cache: Ptr) -> V;
    /// The builtin called `name` (a str). Raises NameError.
    fn rt_builtin(name: V) -> V;
    /// `import name` (absolute): the module, or with `top` its top-level package.
    /// Raises ImportError (ModuleNotFoundError) and whatever the module's body raises.
    fn rt_import(name: V, top: I64) -> V;
    /// `from module import name`. Raises ImportError.
    fn rt_import_from(module: V, name: V) -> V;
    /// Makes compiled module `name` importable: its body's direct entry, its globals
    /// (`names`, a tuple of str, live in consecutive words at `slots`).
    fn rt_register_module(name: V, file: V, body: Ptr, slots: Ptr, names: V, builtins_read: V, package: I64);

    /// `iter(v)`. Raises.
    fn rt_iter(v: V) -> V;
    /// The next item, or 0 when exhausted (no exception pending) or on error (pending). Raises.
    fn rt_next(it: V) -> V;
    /// Unpacks exactly `n` items of `v` into `out` (new references). Raises.
    fn rt_unpack(v: V, n: Ptr, out: Ptr) -> I32;
    /// `a, *b, c = v`: as `rt_unpack` for `n` targets, the one at `star` receiving a list.
    fn rt_unpack_ex(v: V, n: Ptr, star: Ptr, out: Ptr) -> I32;

    /// A function object. `entry` is `extern "C" fn(func: V, args: *const V) -> V` taking
    /// the bound arguments; `code` its definition's code object (`rt_code_new`);
    /// `defaults` a tuple of the last parameters' defaults (or 0); `module` the defining
    /// module's name (or 0).
    fn rt_func_new(name: V, qualname: V, module: V, entry: Ptr, code: V, defaults: V, kwdefaults: V, closure: V, sig: I64) -> V;
    /// An immortal code object (`f.__code__`): `strs` is the str tuple (name, qualname,
    /// filename) or (name, qualname, filename, docstring); the others str tuples of
    /// names; `line_flags` the first line in the low 32 bits and `co_flags` in the high ones.
    fn rt_code_new(strs: V, params: V, varnames: V, freevars: V, cellvars: V, sig: I64, line_flags: I64) -> V;
    /// The closure tuple of function `f` (borrowed; 0 when it has none).
    fn rt_func_closure(f: V) -> Ptr;
    /// A new cell holding `v` (0: empty).
    fn rt_cell_new(v: V) -> V;
    /// The value in cell local `cell` named `name`. Raises UnboundLocalError.
    fn rt_cell_load(cell: V, name: V) -> V;
    /// Puts `v` in `cell` (0 empties it). Steals `v`.
    fn rt_cell_store(cell: V, v: V);
    /// The value of free variable `i` (closure cell `i`) named `name`. Raises NameError.
    fn rt_free_load(closure: V, i: I64, name: V) -> V;
    /// Puts `v` in closure cell `i` (0 empties it). Steals `v`.
    fn rt_free_store(closure: V, i: I64, v: V);
    /// Closure cell `i` itself.
    fn rt_free_cell(closure: V, i: I64) -> V;
    /// `f(*args, **kwargs)`: `args` a tuple, `kwargs` a dict or 0. Raises.
    fn rt_call_ex(f: V, args: V, kwargs: V) -> V;
    /// Adds keyword `name=v` to dict `d` of a call of `f`. Raises on a repeated name.
    fn rt_kwargs_add(d: V, name: V, v: V, f: V) -> I32;
    /// Merges `**m` into dict `d` of a call of `f`. Raises.
    fn rt_kwargs_merge(d: V, m: V, f: V) -> I32;
    /// Appends the items of `*it` to list `l` (`f`: the called function, or 0). Raises.
    fn rt_star_extend(l: V, it: V, f: V) -> I32;
    /// A tuple of the items of list `l`.
    fn rt_list_to_tuple(l: V) -> V;
    /// `l.append(v)` on a list being built.
    fn rt_list_append(l: V, v: V) -> I32;
    /// Adds `v` to set `s` (a set comprehension's). Raises (unhashable `v`).
    fn rt_set_add(s: V, v: V) -> I32;
    /// Adds cell local `name` to a `locals()` snapshot, if the cell holds a value.
    fn rt_locals_add_cell(d: V, name: V, cell: V) -> I32;
    /// `yield v` in a generator: the value sent in. Steals `v`. Raises (what is thrown in).
    fn rt_yield(v: V) -> V;
    /// `yield from it` in a generator: the delegate's return value. Raises.
    fn rt_yield_from(it: V) -> V;

    /// Runs a program: sets `sys.argv`, runs `body` (`extern "C" fn() -> V`), reports an
    /// uncaught exception, flushes output. Returns the exit status.
    fn rt_main(argc: I32, argv: Ptr, body: Ptr) -> I32;
    /// Registers the module's global slots (`n` words at `slots`) so that exit clears them.
    fn rt_register_globals(slots: Ptr, n: Ptr);
    /// Registers the source text of module `file` (both immortal strs) for tracebacks.
    fn rt_register_source(file: V, src: V);

    /// The main module's globals dict (programs that use eval/exec/globals keep their
    /// globals there).
    fn rt_module_globals() -> V;
    /// Global `name` of globals dict `d`, else the builtin. Raises NameError.
    fn rt_global_load(d: V, name: V) -> V;
    /// Binds global `name` of dict `d` to `v` (steals `v`), or unbinds it when `v` is 0.
    /// Raises.
    fn rt_global_store(d: V, name: V, v: V) -> I32;
    /// `d[name] = v` when `v` is not 0 (builds `locals()` snapshots). Raises.
    fn rt_locals_add(d: V, name: V, v: V) -> I32;
}

// --------------------------------------------------------------------------------------
// The entries. Each is a thin adapter from the C convention to the runtime's Rust API.

#[inline]
fn ret(r: PyResult<Obj>) -> V {
    match r {
        Ok(o) => o.into_raw(),
        Err(e) => {
            err::set_pending(e);
            Value::NULL
        }
    }
}

#[inline]
fn ret_i32(r: PyResult<bool>) -> I32 {
    match r {
        Ok(b) => b as I32,
        Err(e) => {
            err::set_pending(e);
            -1
        }
    }
}

#[inline]
fn ret_unit(r: PyResult<()>) -> I32 {
    match r {
        Ok(()) => 0,
        Err(e) => {
            err::set_pending(e);
            -1
        }
    }
}

/// The `n` values at `p`, borrowed.
///
/// # Safety
/// `p` points to `n` initialized values that stay alive while the slice is used (or `n` is 0).
unsafe fn slice_of<'a>(p: Ptr, n: Ptr) -> &'a [Value] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p as *const Value, n)
    }
}

/// Takes ownership of `n` values at `p`.
///
/// # Safety
/// As for [`slice_of`], and the caller gives up one reference to each value.
unsafe fn take_owned(p: Ptr, n: Ptr) -> Vec<Obj> {
    slice_of(p, n).iter().map(|v| Obj::from_raw(*v)).collect()
}

/// The `n` bytes at `p`.
///
/// # Safety
/// `p` points to `n` readable bytes that outlive the slice (constants in the program image).
unsafe fn bytes_of<'a>(p: Ptr, n: Ptr) -> &'a [u8] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p as *const u8, n)
    }
}

fn kwnames_of(kw: V) -> &'static [Obj] {
    if kw.is_null() {
        &[]
    } else {
        crate::tuple::items(kw)
    }
}

#[no_mangle]
pub extern "C" fn rt_incref(v: V) {
    v.incref()
}
#[no_mangle]
pub extern "C" fn rt_decref(v: V) {
    v.decref()
}
#[no_mangle]
pub extern "C" fn rt_dealloc(v: V) {
    // SAFETY: generated code calls this once, when it dropped the last reference to `v`.
    unsafe { crate::object::dealloc_zero(v.header()) }
}
#[no_mangle]
pub extern "C" fn rt_int_from_i64(i: I64) -> V {
    crate::int::from_i64(i).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_range_args(start: V, stop: V, step: V, out: Ptr) -> I32 {
    let small = [start, stop, step].map(crate::int::to_i64);
    let counted = match small {
        [Some(_), Some(_), Some(0)] => Some(Err(PyErr::new(&err::VALUE_ERROR, "range() arg 3 must not be zero"))),
        [Some(a), Some(b), Some(s)] => {
            // A count beyond i64 (e.g. range(-1, 2**63 - 1)) goes the general way too.
            i64::try_from(crate::range::range_len(a, b, s)).ok().map(|n| Ok((0, [a, s, n])))
        }
        _ => None,
    };
    let r = match counted {
        Some(r) => r,
        // Bounds or count beyond i64, or not ints: the general range object (which
        // raises for non-ints) and its iterator.
        _ => crate::func::call(RANGE_TYPE.as_value(), &[start, stop, step], &[])
            .and_then(|r| crate::iter::get_iter(r.v()))
            .map(|it| (1, [it.into_raw().0 as i64, 0, 0])),
    };
    match r {
        Ok((mode, vals)) => {
            // SAFETY: generated code passes room for three i64 at `out`.
            unsafe { std::ptr::copy_nonoverlapping(vals.as_ptr(), out as *mut i64, 3) };
            mode
        }
        Err(e) => {
            err::set_pending(e);
            -1
        }
    }
}
#[no_mangle]
pub extern "C" fn rt_const_str(ptr: Ptr, len: Ptr) -> V {
    // SAFETY: codegen passes the address and length of UTF-8 data in the program image.
    let b = unsafe { bytes_of(ptr, len) };
    let s = crate::str::new_str(&String::from_utf8_lossy(b));
    make_immortal(s.v());
    s.into_raw()
}
#[no_mangle]
pub extern "C" fn rt_const_int(ptr: Ptr, len: Ptr) -> V {
    // SAFETY: as for rt_const_str.
    let b = unsafe { bytes_of(ptr, len) };
    let v = crate::int::from_decimal(std::str::from_utf8(b).unwrap_or("0"));
    make_immortal(v.v());
    v.into_raw()
}
#[no_mangle]
pub extern "C" fn rt_const_bytes(ptr: Ptr, len: Ptr) -> V {
    // SAFETY: as for rt_const_str (any bytes).
    let b = unsafe { bytes_of(ptr, len) };
    let v = crate::bytes::new_bytes(b.to_vec());
    make_immortal(v.v());
    v.into_raw()
}
#[no_mangle]
pub extern "C" fn rt_const_complex(re: F64, im: F64) -> V {
    let v = crate::complex::new_complex(re, im);
    make_immortal(v.v());
    v.into_raw()
}
#[no_mangle]
pub extern "C" fn rt_float_new(x: F64) -> V {
    crate::float::new_float(x).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_float_value(v: V) -> F64 {
    match crate::float::as_f64(v) {
        Ok(x) => x,
        Err(e) => {
            err::set_pending(e);
            0.0
        }
    }
}

#[no_mangle]
pub extern "C" fn rt_raise(exc: V) -> V {
    err::set_pending(ops::make_raise(exc, None));
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_raise_from(exc: V, cause: V) -> V {
    err::set_pending(ops::make_raise(exc, Some(cause)));
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_reraise() -> V {
    err::set_pending(err::reraise_error());
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_err_fetch() -> V {
    match err::take_pending() {
        Some(e) => e.0.into_raw(),
        None => PyErr::new(&err::SYSTEM_EXIT, "internal error: no pending exception").0.into_raw(),
    }
}
#[no_mangle]
pub extern "C" fn rt_err_restore(exc: V) {
    err::restore_pending(PyErr(Obj::from_raw(exc)));
}
#[no_mangle]
pub extern "C" fn rt_err_occurred() -> I32 {
    err::is_pending() as I32
}
#[no_mangle]
pub extern "C" fn rt_exc_matches(exc: V, ty: V) -> I32 {
    ret_i32(ops::exc_matches(exc, ty))
}
#[no_mangle]
pub extern "C" fn rt_exc_push(exc: V) {
    err::push_handled(exc.new_ref());
}
#[no_mangle]
pub extern "C" fn rt_exc_pop() {
    err::pop_handled();
}
#[no_mangle]
pub extern "C" fn rt_traceback_add(func: V, file: V, line: I32) {
    err::add_traceback(func, file, line.max(0) as u32);
}
#[no_mangle]
pub extern "C" fn rt_name_error(name: V) -> V {
    err::set_pending(err::name_error(crate::str::as_str(name).unwrap_or("?")));
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_unbound_local(name: V) -> V {
    err::set_pending(err::unbound_local_error(crate::str::as_str(name).unwrap_or("?")));
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_assert_fail(msg: V) -> V {
    let e = if msg.is_null() {
        PyErr::bare(&err::ASSERTION_ERROR)
    } else {
        PyErr::with_arg(&err::ASSERTION_ERROR, msg.new_ref())
    };
    err::set_pending(e);
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_recursion_error() -> V {
    err::set_pending(err::recursion_error());
    Value::NULL
}

#[no_mangle]
pub extern "C" fn rt_binop(op: I32, a: V, b: V) -> V {
    ret(ops::binop(ops::BinOp::from_i32(op), a, b))
}
#[no_mangle]
pub extern "C" fn rt_inplace(op: I32, a: V, b: V) -> V {
    ret(ops::inplace(ops::BinOp::from_i32(op), a, b))
}
#[no_mangle]
pub extern "C" fn rt_unary(op: I32, a: V) -> V {
    ret(ops::unary(ops::UnaryOp::from_i32(op), a))
}
#[no_mangle]
pub extern "C" fn rt_compare(op: I32, a: V, b: V) -> V {
    ret(ops::compare(ops::CmpOp::from_i32(op), a, b))
}
#[no_mangle]
pub extern "C" fn rt_compare_bool(op: I32, a: V, b: V) -> I32 {
    ret_i32(ops::compare_bool(ops::CmpOp::from_i32(op), a, b))
}
#[no_mangle]
pub extern "C" fn rt_is_true(v: V) -> I32 {
    ret_i32(ops::is_true(v))
}
#[no_mangle]
pub extern "C" fn rt_contains(container: V, item: V) -> I32 {
    ret_i32(ops::contains(container, item))
}

#[no_mangle]
pub extern "C" fn rt_tuple_new(items: Ptr, n: Ptr) -> V {
    // SAFETY: codegen passes n owned values.
    crate::tuple::new_tuple(unsafe { take_owned(items, n) }).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_list_new(items: Ptr, n: Ptr) -> V {
    // SAFETY: codegen passes n owned values.
    crate::list::new_list(unsafe { take_owned(items, n) }).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_dict_new() -> V {
    crate::dict::new_dict().into_raw()
}
#[no_mangle]
pub extern "C" fn rt_dict_set(d: V, k: V, v: V) -> I32 {
    ret_unit(crate::dict::set_item(d, k.new_ref(), v.new_ref()))
}
#[no_mangle]
pub extern "C" fn rt_dict_update(d: V, m: V) -> I32 {
    ret_unit(crate::dict::display_update(d, m))
}
#[no_mangle]
pub extern "C" fn rt_build_str(parts: Ptr, n: Ptr) -> V {
    // SAFETY: codegen passes n owned str values.
    crate::str::concat(&unsafe { take_owned(parts, n) }).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_format(v: V, spec: V) -> V {
    ret(crate::format::format_value(v, crate::str::as_str(spec).unwrap_or("")))
}
#[no_mangle]
pub extern "C" fn rt_str(v: V) -> V {
    ret(ops::str_of(v))
}
#[no_mangle]
pub extern "C" fn rt_repr(v: V) -> V {
    ret(ops::repr_of(v))
}
#[no_mangle]
pub extern "C" fn rt_ascii(v: V) -> V {
    ret(ops::ascii_of(v))
}
#[no_mangle]
pub extern "C" fn rt_getitem(o: V, k: V) -> V {
    ret(ops::getitem(o, k))
}
#[no_mangle]
pub extern "C" fn rt_setitem(o: V, k: V, v: V) -> I32 {
    ret_unit(ops::setitem(o, k, v))
}
#[no_mangle]
pub extern "C" fn rt_delitem(o: V, k: V) -> I32 {
    ret_unit(ops::delitem(o, k))
}
#[no_mangle]
pub extern "C" fn rt_slice_new(start: V, stop: V, step: V) -> V {
    crate::range::new_slice(start.new_ref(), stop.new_ref(), step.new_ref()).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_getattr(o: V, name: V) -> V {
    ret(ops::getattr(o, crate::str::as_str(name).unwrap_or("")))
}
#[no_mangle]
pub extern "C" fn rt_setattr(o: V, name: V, v: V) -> I32 {
    ret_unit(ops::setattr(o, crate::str::as_str(name).unwrap_or(""), v))
}
/// The attribute cache at `p`.
///
/// # Safety
/// `p` is the address of a site's cache: 32 bytes, 8-aligned, zeroed before first use,
/// used only by this thread, living as long as the program (a data object of the
/// program image or of the JIT's memory). An `AttrCache` is valid for any bytes.
unsafe fn cache_at<'a>(p: Ptr) -> &'a crate::inline_cache::AttrCache {
    &*(p as *const crate::inline_cache::AttrCache)
}
#[no_mangle]
pub extern "C" fn rt_getattr_ic(o: V, name: V, cache: Ptr) -> V {
    // SAFETY: codegen passes the site's cache (see `cache_at`).
    ret(crate::inline_cache::getattr(o, name, unsafe { cache_at(cache) }))
}
#[no_mangle]
pub extern "C" fn rt_setattr_ic(o: V, name: V, v: V, cache: Ptr) -> I32 {
    // SAFETY: codegen passes the site's cache (see `cache_at`).
    ret_unit(crate::inline_cache::setattr(o, name, v, unsafe { cache_at(cache) }))
}
#[no_mangle]
pub extern "C" fn rt_delattr(o: V, name: V) -> I32 {
    ret_unit(ops::delattr(o, crate::str::as_str(name).unwrap_or("")))
}

#[no_mangle]
pub extern "C" fn rt_call(f: V, args: Ptr, nargs: Ptr, kwnames: V) -> V {
    // SAFETY: codegen passes nargs borrowed values.
    let args = unsafe { slice_of(args, nargs) };
    ret(crate::func::call(f, args, kwnames_of(kwnames)))
}
#[no_mangle]
pub extern "C" fn rt_call_method(o: V, name: V, args: Ptr, nargs: Ptr, kwnames: V) -> V {
    // SAFETY: codegen passes nargs borrowed values.
    let args = unsafe { slice_of(args, nargs) };
    ret(ops::call_method(o, crate::str::as_str(name).unwrap_or(""), args, kwnames_of(kwnames)))
}
#[no_mangle]
pub extern "C" fn rt_call_method_ic(o: V, name: V, args: Ptr, nargs: Ptr, kwnames: V, cache: Ptr) -> V {
    // SAFETY: codegen passes nargs borrowed values and the site's cache (see `cache_at`).
    let (args, cache) = unsafe { (slice_of(args, nargs), cache_at(cache)) };
    ret(crate::inline_cache::call_method(o, name, args, kwnames_of(kwnames), cache))
}
#[no_mangle]
pub extern "C" fn rt_builtin(name: V) -> V {
    ret(crate::builtins::lookup(crate::str::as_str(name).unwrap_or("")))
}
#[no_mangle]
pub extern "C" fn rt_import(name: V, top: I64) -> V {
    let name = crate::str::as_str(name).unwrap_or("");
    ret(if top != 0 { crate::module::import_top(name) } else { crate::module::import(name) })
}
#[no_mangle]
pub extern "C" fn rt_import_from(module: V, name: V) -> V {
    let module = crate::str::as_str(module).unwrap_or("");
    ret(crate::module::import_from(module, crate::str::as_str(name).unwrap_or("")))
}
#[no_mangle]
pub extern "C" fn rt_register_module(
    name: V,
    file: V,
    body: Ptr,
    slots: Ptr,
    names: V,
    builtins_read: V,
    package: I64,
) {
    // SAFETY: generated code passes the direct entry of a module body, `() -> V`.
    let body: extern "C" fn() -> V = unsafe { std::mem::transmute(body) };
    let strs = |t: V| -> Vec<String> {
        crate::tuple::items(t).iter().map(|n| crate::str::as_str(n.v()).unwrap_or("").to_string()).collect()
    };
    let body = crate::module::Body::Compiled {
        body,
        slots: slots as *mut Value,
        names: strs(names),
        builtins_read: strs(builtins_read),
    };
    let s = |v: V| crate::str::as_str(v).unwrap_or("");
    crate::module::register(s(name), s(file), package != 0, body);
}

#[no_mangle]
pub extern "C" fn rt_iter(v: V) -> V {
    ret(crate::iter::get_iter(v))
}
#[no_mangle]
pub extern "C" fn rt_next(it: V) -> V {
    match crate::iter::next(it) {
        Ok(Some(o)) => o.into_raw(),
        Ok(None) => Value::NULL,
        Err(e) => {
            err::set_pending(e);
            Value::NULL
        }
    }
}
#[no_mangle]
pub extern "C" fn rt_unpack(v: V, n: Ptr, out: Ptr) -> I32 {
    if v.is_heap() {
        if let Some(items) = ops::unpack_exact(v, n) {
            for (i, it) in items.iter().enumerate() {
                // SAFETY: codegen passes room for n values at `out`.
                unsafe { *(out as *mut Value).add(i) = it.v().new_ref().into_raw() };
            }
            return 0;
        }
    }
    match ops::unpack(v, n) {
        Ok(items) => {
            for (i, it) in items.into_iter().enumerate() {
                // SAFETY: codegen passes room for n values at `out`.
                unsafe { *(out as *mut Value).add(i) = it.into_raw() };
            }
            0
        }
        Err(e) => {
            err::set_pending(e);
            -1
        }
    }
}

#[no_mangle]
pub extern "C" fn rt_unpack_ex(v: V, n: Ptr, star: Ptr, out: Ptr) -> I32 {
    match ops::unpack_ex(v, star, n - 1 - star) {
        Ok(items) => {
            for (i, it) in items.into_iter().enumerate() {
                // SAFETY: codegen passes room for n values at `out`.
                unsafe { *(out as *mut Value).add(i) = it.into_raw() };
            }
            0
        }
        Err(e) => {
            err::set_pending(e);
            -1
        }
    }
}

#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub extern "C" fn rt_func_new(
    name: V,
    qualname: V,
    module: V,
    entry: Ptr,
    params: V,
    defaults: V,
    kwdefaults: V,
    closure: V,
    sig: I64,
) -> V {
    let parts = crate::func::FuncParts {
        name,
        qualname,
        module,
        code: params,
        defaults,
        kwdefaults,
        closure,
        sig: crate::func::Sig::unpack(sig),
    };
    crate::func::new_function(&parts, entry).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_code_new(
    strs: V,
    params: V,
    varnames: V,
    freevars: V,
    cellvars: V,
    sig: I64,
    line_flags: I64,
) -> V {
    let s = crate::tuple::items(strs);
    let at = |i: usize| s.get(i).map_or(Value::NULL, Obj::v);
    let c = crate::code::new_code(&crate::code::CodeParts {
        name: at(0),
        qualname: at(1),
        filename: at(2),
        firstlineno: line_flags as u32,
        params,
        varnames,
        freevars,
        cellvars,
        sig: crate::func::Sig::unpack(sig),
        flags: (line_flags >> 32) as u32,
        doc: at(3),
        _marker: std::marker::PhantomData,
    });
    // The code object lives as long as the program: so do the constants it holds.
    if let Some(code) = crate::code::as_code(c.v()) {
        for part in [&code.params, &code.varnames, &code.freevars, &code.cellvars, &code.doc] {
            make_immortal(part.v());
        }
    }
    make_immortal(c.v());
    c.into_raw()
}
#[no_mangle]
pub extern "C" fn rt_func_closure(f: V) -> Ptr {
    match f.downcast::<crate::func::FuncObj>().and_then(|f| f.closure.as_ref()) {
        Some(c) => c.v().0 as Ptr,
        None => 0,
    }
}
#[no_mangle]
pub extern "C" fn rt_cell_new(v: V) -> V {
    crate::cell::new_cell(v).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_cell_load(cell: V, name: V) -> V {
    ret(crate::cell::load_local(cell, crate::str::as_str(name).unwrap_or("?")))
}
#[no_mangle]
pub extern "C" fn rt_cell_store(cell: V, v: V) {
    crate::cell::set(cell, (!v.is_null()).then(|| Obj::from_raw(v)));
}
#[no_mangle]
pub extern "C" fn rt_free_load(closure: V, i: I64, name: V) -> V {
    ret(crate::cell::load_free(closure, i as usize, crate::str::as_str(name).unwrap_or("?")))
}
#[no_mangle]
pub extern "C" fn rt_free_store(closure: V, i: I64, v: V) {
    crate::cell::set(crate::cell::closure_cell(closure, i as usize), (!v.is_null()).then(|| Obj::from_raw(v)));
}
#[no_mangle]
pub extern "C" fn rt_free_cell(closure: V, i: I64) -> V {
    crate::cell::closure_cell(closure, i as usize).new_ref().into_raw()
}
#[no_mangle]
pub extern "C" fn rt_call_ex(f: V, args: V, kwargs: V) -> V {
    ret(crate::func::call_ex(f, args, kwargs))
}
#[no_mangle]
pub extern "C" fn rt_kwargs_add(d: V, name: V, v: V, f: V) -> I32 {
    ret_unit(crate::func::kwargs_add(d, name, v, f))
}
#[no_mangle]
pub extern "C" fn rt_kwargs_merge(d: V, m: V, f: V) -> I32 {
    ret_unit(crate::func::kwargs_merge(d, m, f))
}
#[no_mangle]
pub extern "C" fn rt_star_extend(l: V, it: V, f: V) -> I32 {
    ret_unit(crate::list::star_extend(l, it, f))
}
#[no_mangle]
pub extern "C" fn rt_list_to_tuple(l: V) -> V {
    crate::tuple::new_tuple(crate::list::list_items(l).to_vec()).into_raw()
}
#[no_mangle]
pub extern "C" fn rt_set_add(s: V, v: V) -> I32 {
    ret_unit(crate::set::comp_add(s, v.new_ref()))
}
#[no_mangle]
pub extern "C" fn rt_list_append(l: V, v: V) -> I32 {
    match l.downcast::<crate::list::ListObj>() {
        Some(lo) => {
            lo.items().push(v.new_ref());
            0
        }
        None => ret_unit(Err(PyErr::new(&crate::err::TYPE_ERROR, "list expected"))),
    }
}
#[no_mangle]
pub extern "C" fn rt_locals_add_cell(d: V, name: V, cell: V) -> I32 {
    match crate::cell::get(cell) {
        Some(v) => rt_locals_add(d, name, v.v()),
        None => 0,
    }
}
#[no_mangle]
pub extern "C" fn rt_yield(v: V) -> V {
    ret(crate::gen::yield_value(Obj::from_raw(v)))
}
#[no_mangle]
pub extern "C" fn rt_yield_from(it: V) -> V {
    ret(crate::gen::yield_from(it))
}

#[no_mangle]
pub extern "C" fn rt_main(argc: I32, argv: Ptr, body: Ptr) -> I32 {
    let mut args = Vec::new();
    for i in 0..argc.max(0) as usize {
        // SAFETY: the C runtime passes argc valid NUL-terminated strings.
        let s = unsafe { std::ffi::CStr::from_ptr(*(argv as *const *const std::ffi::c_char).add(i)) };
        args.push(s.to_string_lossy().into_owned());
    }
    // SAFETY: generated code passes the module body's address.
    let body: extern "C" fn() -> V = unsafe { std::mem::transmute(body) };
    crate::program::run_main(args, body)
}
#[no_mangle]
pub extern "C" fn rt_register_source(file: V, src: V) {
    err::register_source(file, src);
}
#[no_mangle]
pub extern "C" fn rt_register_globals(slots: Ptr, n: Ptr) {
    crate::program::register_globals(slots as *mut Value, n);
}

#[no_mangle]
pub extern "C" fn rt_module_globals() -> V {
    crate::dynamic::main_globals().into_raw()
}
#[no_mangle]
pub extern "C" fn rt_global_load(d: V, name: V) -> V {
    ret(crate::dynamic::load_global(d, name))
}
#[no_mangle]
pub extern "C" fn rt_global_store(d: V, name: V, v: V) -> I32 {
    if v.is_null() {
        return ret_unit(crate::dict::pop(d, name).map(drop));
    }
    ret_unit(crate::dynamic::store_global(d, name, Obj::from_raw(v)))
}
#[no_mangle]
pub extern "C" fn rt_locals_add(d: V, name: V, v: V) -> I32 {
    if v.is_null() {
        return 0;
    }
    ret_unit(crate::dict::set_item(d, name.new_ref(), v.new_ref()))
}
