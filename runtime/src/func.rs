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
    /// What a function whose body is not machine code runs (the VM's code and globals);
    /// `None` for compiled functions.
    pub extra: Option<Obj>,
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
    new_function_with(name, qualname, entry, params, defaults, None)
}

/// A function object whose `entry` finds what it runs in `extra` (the VM's functions).
pub fn new_function_with(
    name: Value,
    qualname: Value,
    entry: ArrayEntry,
    params: Value,
    defaults: Value,
    extra: Option<Obj>,
) -> Obj {
    let defaults = if defaults.is_null() { crate::tuple::new_tuple(vec![]) } else { defaults.new_ref() };
    alloc(FuncObj {
        hdr: Header::new(&FUNCTION_TYPE),
        name: name.new_ref(),
        qualname: qualname.new_ref(),
        entry,
        params: params.new_ref(),
        defaults,
        extra,
    })
}

/// `f(*args)`, where the last `kwnames.len()` values of `args` are keyword arguments.
pub fn call(f: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(func) = f.downcast::<FuncObj>() {
        let bound = bind_args(func, args, kwnames)?;
        let r = (func.entry)(f, bound.as_ptr());
        return if r.is_null() {
            Err(take_pending().unwrap_or_else(|| PyErr::new(&SYSTEM_ERROR_FALLBACK, "error without exception")))
        } else {
            Ok(Obj::from_raw(r))
        };
    }
    if let Some(nf) = f.downcast::<NativeFuncObj>() {
        return match &nf.native {
            Native::Plain(fun) => fun(args, kwnames),
            Native::Method(recv, name) if crate::io::is_stream(recv.v()) => {
                crate::io::call_method(recv.v(), name, args, kwnames)
            }
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
    let npos = args.len().saturating_sub(kwnames.len());
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
            None => return type_error(format!("{}() got an unexpected keyword argument '{}'", func_name(func), kname)),
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

// ---------------------------------------------------------------------------------------
// Argument checking for native functions and methods: CPython's messages, written once.

/// How a native callable words a wrong number of positional arguments.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Arity {
    /// `f() takes exactly one argument (2 given)`, `f() takes no arguments (1 given)`,
    /// `f() takes at most 2 arguments (3 given)` (METH_O, METH_NOARGS, PyArg_ParseTuple).
    Takes,
    /// `f expected 2 arguments, got 1`, `f expected at most 1 argument, got 2`
    /// (Argument Clinic's positional-only check).
    Expected,
    /// As `Takes`, but naming the method without its type (`count() takes at least 1
    /// argument (0 given)`, PyArg_ParseTuple in methods).
    TakesShort,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks that `n` positional arguments lie in `min..=max`.
/// `name` may be qualified (`list.insert`); the styles that use the short name strip it.
pub fn check_arity(name: &str, style: Arity, n: usize, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    arity_error(name, style, n, min, max)
}

fn short_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

#[cold]
fn arity_error<T>(name: &str, style: Arity, n: usize, min: usize, max: usize) -> PyResult<T> {
    let (name, style) = match style {
        Arity::TakesShort => (short_name(name), Arity::Takes),
        Arity::Expected => (short_name(name), Arity::Expected),
        Arity::Takes => (name, Arity::Takes),
    };
    let msg = match style {
        Arity::Takes if max == 0 => format!("{name}() takes no arguments ({n} given)"),
        Arity::Takes if min == 1 && max == 1 => format!("{name}() takes exactly one argument ({n} given)"),
        Arity::Takes => {
            let (how, k) = if min == max {
                ("exactly", min)
            } else if n < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            format!("{name}() takes {how} {k} argument{} ({n} given)", plural(k))
        }
        Arity::Expected | Arity::TakesShort => {
            let (how, k) = if min == max {
                ("", min)
            } else if n < min {
                ("at least ", min)
            } else {
                ("at most ", max)
            };
            format!("{name} expected {how}{k} argument{}, got {n}", plural(k))
        }
    };
    type_error(msg)
}

/// The keyword part of a call: names and their values.
#[derive(Clone, Copy)]
pub struct Kw<'a> {
    pub names: &'a [Obj],
    pub vals: &'a [Value],
}

/// Splits call arguments (positional first, then one value per keyword name).
pub fn split_args<'a>(args: &'a [Value], kwnames: &'a [Obj]) -> (&'a [Value], Kw<'a>) {
    let npos = args.len().saturating_sub(kwnames.len());
    let (pos, vals) = args.split_at(npos);
    (pos, Kw { names: &kwnames[..vals.len()], vals })
}

impl<'a> Kw<'a> {
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    pub fn len(&self) -> usize {
        self.names.len()
    }
    fn name(&self, i: usize) -> &'a str {
        self.names.get(i).and_then(|n| crate::str::as_str(n.v())).unwrap_or("")
    }
    /// `f() takes no keyword arguments` unless there are none.
    pub fn none(&self, fname: &str) -> PyResult<()> {
        if self.is_empty() {
            Ok(())
        } else {
            type_error(format!("{fname}() takes no keyword arguments"))
        }
    }
    /// The values of the keyword-only parameters `allowed`, in that order
    /// (`'x' is an invalid keyword argument for f()` for others).
    pub fn parse<const N: usize>(&self, fname: &str, allowed: [&str; N]) -> PyResult<[Option<Value>; N]> {
        let mut out = [None; N];
        if self.len() > N {
            return type_error(format!(
                "{fname}() takes at most {N} keyword argument{} ({} given)",
                plural(N),
                self.len()
            ));
        }
        for (i, v) in self.vals.iter().enumerate() {
            let k = self.name(i);
            match allowed.iter().position(|a| *a == k) {
                Some(j) => out[j] = Some(*v),
                None => return type_error(format!("'{k}' is an invalid keyword argument for {fname}()")),
            }
        }
        Ok(out)
    }
}

/// Binds arguments to parameters that may be given by position or by name, as Argument
/// Clinic does (`round(number, ndigits=None)`): the first `min` are required.
pub fn bind<const N: usize>(
    fname: &str,
    args: &[Value],
    kwnames: &[Obj],
    params: [&str; N],
    min: usize,
) -> PyResult<[Option<Value>; N]> {
    let (pos, kw) = split_args(args, kwnames);
    let total = pos.len() + kw.len();
    if total > N {
        let kwword = if pos.is_empty() { "keyword " } else { "" };
        return type_error(format!("{fname}() takes at most {N} {kwword}argument{} ({total} given)", plural(N)));
    }
    let mut out = [None; N];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (i, v) in kw.vals.iter().enumerate() {
        let k = kw.name(i);
        match params.iter().position(|p| *p == k) {
            Some(j) if out[j].is_some() => {
                return type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", j + 1))
            }
            Some(j) => out[j] = Some(*v),
            None => return type_error(format!("'{k}' is an invalid keyword argument for {fname}()")),
        }
    }
    for (j, p) in params.iter().enumerate().take(min) {
        if out[j].is_none() {
            return type_error(format!("{fname}() missing required argument '{p}' (pos {})", j + 1));
        }
    }
    Ok(out)
}

/// Positional arguments only: checks there are no keywords (`list.insert() takes no
/// keyword arguments`) and `min..=max` positionals. `qual` is the qualified name.
pub fn positional<'a>(
    qual: &str,
    style: Arity,
    args: &'a [Value],
    kwnames: &'a [Obj],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let (pos, kw) = split_args(args, kwnames);
    kw.none(qual)?;
    check_arity(qual, style, pos.len(), min, max)?;
    Ok(pos)
}

/// Is `f` callable?
pub fn is_callable(f: Value) -> bool {
    matches!(f.kind(), Kind::Function | Kind::NativeFunction | Kind::BoundMethod | Kind::Type)
}
