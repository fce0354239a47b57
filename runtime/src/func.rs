//! Function objects and calls: compiled Python functions (`FuncObj`) and native ones
//! (`NativeFuncObj`: builtins and bound methods of builtin types). `call` binds
//! positional, keyword and default arguments once, for every tier.
use crate::err::*;
use crate::object::*;
use crate::types::*;

/// The entry every compiled function has: the function object and its bound arguments
/// (one per parameter, borrowed). Returns a new reference, or 0 with an exception pending.
pub type ArrayEntry = extern "C" fn(func: Value, args: *const Value) -> Value;

#[repr(C)]
pub struct FuncObj {
    pub hdr: Header,
    pub name: Obj,
    pub qualname: Obj,
    pub entry: ArrayEntry,
    /// Tuple of parameter names.
    pub params: Obj,
    /// Tuple of defaults for the last parameters.
    pub defaults: Obj,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for FuncObj {
    fn type_object() -> &'static TypeObject {
        &FUNCTION_TYPE
    }
}

pub type NativeFn = fn(args: &[Value], kwnames: &[Obj]) -> PyResult;

/// What a native function object calls.
pub enum Native {
    /// A builtin function.
    Plain(NativeFn),
    /// A bound method of a builtin type: `ops::call_method(self, name, ...)`.
    Method(Obj, &'static str),
}

#[repr(C)]
pub struct NativeFuncObj {
    pub hdr: Header,
    pub name: &'static str,
    pub native: Native,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for NativeFuncObj {
    fn type_object() -> &'static TypeObject {
        &BUILTIN_FUNCTION_TYPE
    }
}

pub fn new_native(name: &'static str, f: NativeFn) -> Obj {
    alloc(NativeFuncObj { hdr: Header::new(&BUILTIN_FUNCTION_TYPE), name, native: Native::Plain(f) })
}

pub fn new_bound_method(recv: Obj, name: &'static str) -> Obj {
    alloc(NativeFuncObj { hdr: Header::new(&BUILTIN_FUNCTION_TYPE), name, native: Native::Method(recv, name) })
}

pub fn new_function(name: Value, qualname: Value, entry: usize, params: Value, defaults: Value) -> Obj {
    // SAFETY: codegen passes the address of a function with the ArrayEntry signature.
    let entry: ArrayEntry = unsafe { std::mem::transmute(entry) };
    let defaults = if defaults.is_null() { crate::tuple::new_tuple(vec![]) } else { defaults.new_ref() };
    alloc(FuncObj {
        hdr: Header::new(&FUNCTION_TYPE),
        name: name.new_ref(),
        qualname: qualname.new_ref(),
        entry,
        params: params.new_ref(),
        defaults,
    })
}

/// `f(*args)`, where the last `kwnames.len()` values of `args` are keyword arguments.
pub fn call(f: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(func) = f.downcast::<FuncObj>() {
        let bound = bind_args(func, args, kwnames)?;
        let r = (func.entry)(f, bound.as_ptr());
        return if r.is_null() { Err(take_pending().unwrap_or_else(|| PyErr::new(&SYSTEM_ERROR_FALLBACK, "error without exception"))) } else { Ok(Obj::from_raw(r)) };
    }
    if let Some(nf) = f.downcast::<NativeFuncObj>() {
        return match &nf.native {
            Native::Plain(fun) => fun(args, kwnames),
            Native::Method(recv, name) => crate::ops::call_method(recv.v(), name, args, kwnames),
        };
    }
    if f.kind() == Kind::Type {
        return crate::builtins::call_type(f, args, kwnames);
    }
    type_error(format!("'{}' object is not callable", f.ty().name))
}

use crate::err::RUNTIME_ERROR as SYSTEM_ERROR_FALLBACK;

fn func_name(func: &FuncObj) -> &str {
    crate::str::as_str(func.name.v()).unwrap_or("?")
}

/// Binds call arguments to parameters (positional, keywords, defaults) as CPython does,
/// with CPython's error messages.
fn bind_args(func: &FuncObj, args: &[Value], kwnames: &[Obj]) -> PyResult<Vec<Value>> {
    let params = crate::tuple::items(func.params.v());
    let defaults = crate::tuple::items(func.defaults.v());
    let np = params.len();
    let npos = args.len() - kwnames.len();
    if npos > np {
        let name = func_name(func);
        let takes = if defaults.is_empty() {
            format!("{} positional argument{}", np, if np == 1 { "" } else { "s" })
        } else {
            format!("from {} to {} positional arguments", np - defaults.len(), np)
        };
        return type_error(format!(
            "{}() takes {} but {} {} given",
            name,
            takes,
            npos,
            if npos == 1 { "was" } else { "were" }
        ));
    }
    let mut bound = vec![Value::NULL; np];
    bound[..npos].copy_from_slice(&args[..npos]);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let kname = crate::str::as_str(k.v()).unwrap_or("");
        match params.iter().position(|p| crate::str::as_str(p.v()) == Some(kname)) {
            Some(i) if !bound[i].is_null() => {
                return type_error(format!("{}() got multiple values for argument '{}'", func_name(func), kname))
            }
            Some(i) => bound[i] = *v,
            None => {
                return type_error(format!("{}() got an unexpected keyword argument '{}'", func_name(func), kname))
            }
        }
    }
    let first_default = np - defaults.len();
    let mut missing = Vec::new();
    for i in 0..np {
        if bound[i].is_null() {
            if i >= first_default {
                bound[i] = defaults[i - first_default].v();
            } else {
                missing.push(format!("'{}'", crate::str::as_str(params[i].v()).unwrap_or("?")));
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            func_name(func),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list
        ));
    }
    Ok(bound)
}
