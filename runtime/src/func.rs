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
    pub name: ObjCell,
    pub qualname: ObjCell,
    /// `__module__`: the name of the module that defined it (None: `__main__`).
    pub module: OptObjCell,
    pub entry: ArrayEntry,
    /// The code object of its definition (`code.rs`): names, parameters, docstring.
    pub code: Obj,
    /// Tuple of defaults for the last positional parameters.
    pub defaults: ObjCell,
    /// Dict of keyword-only defaults, if any.
    pub kwdefaults: OptObjCell,
    /// `__doc__`: the code's docstring until set.
    pub doc: OptObjCell,
    /// Tuple of cells, one per free variable, if any.
    pub closure: Option<Obj>,
    pub sig: Sig,
    /// What a function whose body is not machine code runs (the VM's code and globals);
    /// `None` for compiled functions.
    pub extra: Option<Obj>,
    /// `__dict__` (function attributes), made on first use.
    pub dict: std::cell::UnsafeCell<Option<Obj>>,
}

impl FuncObj {
    /// Tuple of parameter names, in CPython's order: positional, keyword-only, `*args`,
    /// `**kwargs`.
    #[inline]
    pub fn params(&self) -> Value {
        match crate::code::as_code(self.code.v()) {
            Some(c) => c.params.v(),
            None => self.code.v(),
        }
    }
    /// The function's `__dict__` (made on first use).
    pub fn dict(&self) -> Value {
        // SAFETY: single-threaded runtime; the borrow ends here.
        let d = unsafe { &mut *self.dict.get() };
        d.get_or_insert_with(crate::dict::new_dict).v()
    }
}

/// A function's signature: counts and flags, packed into one word by the compiler
/// (`ir::Function::packed_sig`): bits 0–15 positional count, 16–31 positional-only,
/// 32–47 keyword-only, 48 `*args`, 49 `**kwargs`, 50 generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sig {
    pub argcount: usize,
    pub posonly: usize,
    pub kwonly: usize,
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
}

impl Sig {
    pub fn unpack(p: i64) -> Sig {
        let p = p as u64;
        Sig {
            argcount: (p & 0xffff) as usize,
            posonly: ((p >> 16) & 0xffff) as usize,
            kwonly: ((p >> 32) & 0xffff) as usize,
            varargs: p >> 48 & 1 != 0,
            varkw: p >> 49 & 1 != 0,
            generator: p >> 50 & 1 != 0,
        }
    }
    /// The plain signature of `n` positional parameters.
    pub fn positional(n: usize) -> Sig {
        Sig { argcount: n, posonly: 0, kwonly: 0, varargs: false, varkw: false, generator: false }
    }
    /// How many values the entry receives.
    pub fn total(&self) -> usize {
        self.argcount + self.kwonly + self.varargs as usize + self.varkw as usize
    }
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
    /// A builtin base's method reached through `super()` from a class defined in Python:
    /// the builtin behaviour, whatever the class overrides (`ops::call_builtin_method`).
    BaseMethod(Obj, &'static str),
    /// A method of a builtin type (declared by `owner`) bound to a receiver: `"a".lower`,
    /// or a class method bound to a type: `dict.fromkeys`.
    Bound(Obj, &'static crate::typeobj::MethodDef, &'static TypeObject),
    /// A static method of a builtin type: `str.maketrans`.
    Static(&'static crate::typeobj::MethodDef, &'static TypeObject),
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

/// An immortal native function, for statics.
pub const fn native_static(name: &'static str, f: NativeFn) -> NativeFuncObj {
    NativeFuncObj { hdr: Header::immortal(&BUILTIN_FUNCTION_TYPE), name, native: Native::Plain(f) }
}

pub fn new_native(name: &'static str, f: NativeFn) -> Obj {
    alloc(NativeFuncObj { hdr: Header::new(&BUILTIN_FUNCTION_TYPE), name, native: Native::Plain(f) })
}

pub fn new_bound_method(recv: Obj, name: &'static str) -> Obj {
    alloc(NativeFuncObj { hdr: Header::new(&BUILTIN_FUNCTION_TYPE), name, native: Native::Method(recv, name) })
}

/// The parts of a new function object besides its entry.
pub struct FuncParts {
    pub name: Value,
    pub qualname: Value,
    /// The defining module's name (a str), or 0 for `__main__`.
    pub module: Value,
    /// The code object (`code.rs`).
    pub code: Value,
    /// A tuple, or 0 for none.
    pub defaults: Value,
    /// A dict, or 0 for none.
    pub kwdefaults: Value,
    /// A tuple of cells, or 0 for none.
    pub closure: Value,
    pub sig: Sig,
}

pub fn new_function(parts: &FuncParts, entry: usize) -> Obj {
    // SAFETY: codegen passes the address of a function with the ArrayEntry signature.
    let entry: ArrayEntry = unsafe { std::mem::transmute(entry) };
    new_function_with(parts, entry, None)
}

/// A function object whose `entry` finds what it runs in `extra` (the VM's functions).
pub fn new_function_with(p: &FuncParts, entry: ArrayEntry, extra: Option<Obj>) -> Obj {
    let defaults = if p.defaults.is_null() { crate::tuple::new_tuple(vec![]) } else { p.defaults.new_ref() };
    let opt = |v: Value| (!v.is_null()).then(|| v.new_ref());
    alloc(FuncObj {
        hdr: Header::new(&FUNCTION_TYPE),
        name: ObjCell::new(p.name.new_ref()),
        qualname: ObjCell::new(p.qualname.new_ref()),
        module: OptObjCell::new(opt(p.module)),
        entry,
        code: p.code.new_ref(),
        defaults: ObjCell::new(defaults),
        kwdefaults: OptObjCell::new(opt(p.kwdefaults)),
        doc: OptObjCell::new(None),
        closure: opt(p.closure),
        sig: p.sig,
        extra,
        dict: std::cell::UnsafeCell::new(None),
    })
}

/// `f(*args)`, where the last `kwnames.len()` values of `args` are keyword arguments.
pub fn call(f: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(func) = f.downcast::<FuncObj>() {
        let sig = func.sig;
        if kwnames.is_empty() && args.len() == sig.argcount && sig.total() == sig.argcount && !sig.generator {
            // Exactly the positional parameters: the arguments are the frame's values.
            return call_bound(func, f, args);
        }
        let bound = bind_args(func, args, kwnames)?;
        if func.sig.generator {
            return crate::gen::new_generator(f, bound);
        }
        return call_bound(func, f, &bound.vals);
    }
    if let Some(nf) = f.downcast::<NativeFuncObj>() {
        return match &nf.native {
            Native::Plain(fun) => fun(args, kwnames),
            Native::Method(recv, name) => crate::ops::kind_method(recv.v(), name, args, kwnames),
            Native::BaseMethod(recv, name) => crate::ops::call_builtin_method(recv.v(), name, args, kwnames),
            Native::Bound(recv, def, owner) => crate::descr::call_def(def, owner, recv.v(), args, kwnames),
            Native::Static(def, owner) => crate::descr::call_def(def, owner, Value::NULL, args, kwnames),
        };
    }
    if f.kind() == Kind::Type {
        return crate::builtins::call_type(f, args, kwnames);
    }
    crate::class::call_object(f, args, kwnames)
}

/// Runs `k` with `first` put before `args` (a method's receiver), without allocating for
/// the usual few arguments.
#[inline]
pub fn with_first<R>(first: Value, args: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    let mut buf = [Value::NULL; 8];
    if args.len() < buf.len() {
        buf[0] = first;
        buf[1..=args.len()].copy_from_slice(args);
        return k(&buf[..=args.len()]);
    }
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(first);
    full.extend_from_slice(args);
    k(&full)
}

/// Runs a function's entry with its bound arguments.
pub fn call_bound(func: &FuncObj, f: Value, bound: &[Value]) -> PyResult {
    let r = (func.entry)(f, bound.as_ptr());
    if r.is_null() {
        Err(take_pending().unwrap_or_else(|| PyErr::new(&SYSTEM_ERROR_FALLBACK, "error without exception")))
    } else {
        Ok(Obj::from_raw(r))
    }
}

use crate::err::RUNTIME_ERROR as SYSTEM_ERROR_FALLBACK;

fn qualname(func: &FuncObj) -> &str {
    crate::str::as_str(func.qualname.get()).unwrap_or("?")
}

/// How call-site errors name a callable: `mod.f()` for functions, `len()` for builtins.
pub fn describe(f: Value) -> String {
    if let Some(func) = f.downcast::<FuncObj>() {
        let module = func.module.get().and_then(crate::str::as_str).unwrap_or("__main__");
        return format!("{module}.{}()", qualname(func));
    }
    if let Some(nf) = f.downcast::<NativeFuncObj>() {
        if let Native::Bound(_, def, owner) | Native::Static(def, owner) = &nf.native {
            return format!("{}.{}()", crate::typeobj::builtin_name_parts(owner).1, def.name);
        }
        return format!("{}()", nf.name);
    }
    format!("{} object", f.ty().name)
}

/// Arguments bound to parameters: one value per parameter (borrowed from the caller, or
/// owned by `owned` for the `*args` tuple and `**kwargs` dict).
pub struct Bound {
    pub vals: Vec<Value>,
    pub owned: Vec<Obj>,
}

fn quoted_list(names: &[String]) -> String {
    match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

/// Binds call arguments to parameters (positional, `*args`, keywords, keyword-only,
/// `**kwargs`, defaults) as CPython 3.11 does, with its error messages.
pub fn bind_args(func: &FuncObj, args: &[Value], kwnames: &[Obj]) -> PyResult<Bound> {
    let params = crate::tuple::items(func.params());
    let defaults = crate::tuple::items(func.defaults.get());
    let sig = func.sig;
    let argc = sig.argcount;
    let npos = args.len().saturating_sub(kwnames.len());
    let mut vals = vec![Value::NULL; sig.total()];
    let mut owned = Vec::new();
    let ncopy = npos.min(argc);
    vals[..ncopy].copy_from_slice(&args[..ncopy]);
    if sig.varargs {
        let extra: Vec<Obj> = args[ncopy..npos].iter().map(|v| v.new_ref()).collect();
        let t = crate::tuple::new_tuple(extra);
        vals[argc + sig.kwonly] = t.v();
        owned.push(t);
    }
    let kwdict = if sig.varkw {
        let d = crate::dict::new_dict();
        vals[sig.total() - 1] = d.v();
        owned.push(d.clone());
        Some(d)
    } else {
        None
    };
    let pname = |i: usize| crate::str::as_str(params[i].v()).unwrap_or("?");
    let mut posonly_kw = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let kname = crate::str::as_str(k.v()).unwrap_or("");
        match (sig.posonly..argc + sig.kwonly).find(|&i| pname(i) == kname) {
            Some(i) if !vals[i].is_null() => {
                return type_error(format!("{}() got multiple values for argument '{}'", qualname(func), kname))
            }
            Some(i) => vals[i] = *v,
            None => {
                if let Some(d) = &kwdict {
                    crate::dict::set_item(d.v(), k.clone(), v.new_ref())?;
                } else if (0..sig.posonly).any(|i| pname(i) == kname) {
                    posonly_kw.push(kname.to_string());
                } else {
                    return type_error(format!("{}() got an unexpected keyword argument '{}'", qualname(func), kname));
                }
            }
        }
    }
    if !posonly_kw.is_empty() {
        return type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(func),
            posonly_kw.join(", ")
        ));
    }
    if npos > argc && !sig.varargs {
        let kwonly_given = (argc..argc + sig.kwonly).filter(|&i| !vals[i].is_null()).count();
        let (takes, plural) = if defaults.is_empty() {
            (format!("{argc}"), argc != 1)
        } else {
            (format!("from {} to {}", argc - defaults.len(), argc), true)
        };
        let kw = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if npos != 1 { "s" } else { "" },
                kwonly_given,
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        return type_error(format!(
            "{}() takes {} positional argument{} but {}{} {} given",
            qualname(func),
            takes,
            if plural { "s" } else { "" },
            npos,
            kw,
            if npos == 1 && kwonly_given == 0 { "was" } else { "were" }
        ));
    }
    let first_default = argc - defaults.len().min(argc);
    let mut missing = Vec::new();
    for i in 0..argc {
        if vals[i].is_null() {
            if i >= first_default {
                vals[i] = defaults[i - first_default].v();
            } else {
                missing.push(format!("'{}'", pname(i)));
            }
        }
    }
    if !missing.is_empty() {
        return type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qualname(func),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        ));
    }
    for i in argc..argc + sig.kwonly {
        if vals[i].is_null() {
            let d = match func.kwdefaults.get() {
                Some(d) => crate::dict::get_item(d, params[i].v())?,
                None => None,
            };
            match d {
                // The dict keeps the default alive for the call.
                Some(v) => vals[i] = v.v(),
                None => missing.push(format!("'{}'", pname(i))),
            }
        }
    }
    if !missing.is_empty() {
        return type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qualname(func),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        ));
    }
    Ok(Bound { vals, owned })
}

/// `f(*args, **kwargs)` with the positional arguments in tuple `args` and the keywords
/// in dict `kwargs` (or 0).
pub fn call_ex(f: Value, args: Value, kwargs: Value) -> PyResult {
    let items = crate::tuple::items(args);
    let mut all: Vec<Value> = items.iter().map(|o| o.v()).collect();
    let mut names = Vec::new();
    let mut keep = Vec::new();
    if !kwargs.is_null() {
        for (k, v) in crate::dict::items_vec(kwargs) {
            if k.v().kind() != Kind::Str {
                return type_error("keywords must be strings");
            }
            names.push(k);
            all.push(v.v());
            keep.push(v);
        }
    }
    call(f, &all, &names)
}

/// Adds keyword `name=v` to the keywords being built for a call of `f`.
pub fn kwargs_add(d: Value, name: Value, v: Value, f: Value) -> PyResult<()> {
    if crate::dict::get_item(d, name)?.is_some() {
        return type_error(format!(
            "{} got multiple values for keyword argument '{}'",
            describe(f),
            crate::str::as_str(name).unwrap_or("")
        ));
    }
    crate::dict::set_item(d, name.new_ref(), v.new_ref())
}

/// Merges `**mapping` into the keywords being built for a call of `f`.
pub fn kwargs_merge(d: Value, mapping: Value, f: Value) -> PyResult<()> {
    if mapping.kind() != Kind::Dict {
        return type_error(format!("{} argument after ** must be a mapping, not {}", describe(f), mapping.ty().name));
    }
    for (k, v) in crate::dict::items_vec(mapping) {
        if k.v().kind() != Kind::Str {
            return type_error("keywords must be strings");
        }
        kwargs_add(d, k.v(), v.v(), f)?;
    }
    Ok(())
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

/// As [`positional`] for the qualified name `prefix.name`, which is only formatted for an
/// error (the common call passes the right arguments and formats nothing).
#[inline]
pub fn positional_of<'a>(
    prefix: &str,
    name: &str,
    style: Arity,
    args: &'a [Value],
    kwnames: &'a [Obj],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if kwnames.is_empty() && (min..=max).contains(&args.len()) {
        return Ok(args);
    }
    positional(&format!("{prefix}.{name}"), style, args, kwnames, min, max)
}

/// Is `f` callable?
pub fn is_callable(f: Value) -> bool {
    matches!(f.kind(), Kind::Function | Kind::NativeFunction | Kind::BoundMethod | Kind::Type)
        || crate::class::is_callable_instance(f)
        || (f.is_heap()
            && f.ty().class.is_none()
            && crate::typeobj::lookup(f.ty(), crate::str::intern("__call__").v()).is_some())
}

/// A function object whose body is Rust (`entry`, made with [`rust_entry!`]): methods the
/// runtime generates for a class (`dataclasses`, `enum`). It binds to instances, takes
/// defaults and words argument errors as any Python function does; `data` (a tuple) is
/// what the body needs besides its arguments.
pub fn new_rust_function(
    name: &str,
    qualname: &str,
    params: &[&str],
    defaults: Vec<Obj>,
    entry: ArrayEntry,
    data: Obj,
) -> Obj {
    let name = crate::str::new_str(name);
    let qualname = crate::str::new_str(qualname);
    let params_t = crate::tuple::new_tuple(params.iter().map(|p| crate::str::intern(p)).collect());
    let defaults = crate::tuple::new_tuple(defaults);
    let code = crate::code::synthetic(
        crate::str::as_str(name.v()).unwrap_or(""),
        crate::str::as_str(qualname.v()).unwrap_or(""),
        params_t,
        Sig::positional(params.len()),
    );
    let parts = FuncParts {
        name: name.v(),
        qualname: qualname.v(),
        module: Value(0),
        code: code.v(),
        defaults: defaults.v(),
        kwdefaults: Value(0),
        closure: Value(0),
        sig: Sig::positional(params.len()),
    };
    new_function_with(&parts, entry, Some(data))
}

/// Runs the Rust body of a function made by [`new_rust_function`] with its data and
/// bound arguments, and returns as an entry does (0 with the exception pending).
pub fn run_rust_function(func: Value, args: *const Value, body: fn(&[Obj], &[Value]) -> PyResult) -> Value {
    let Some(f) = func.downcast::<FuncObj>() else { return Value(0) };
    // SAFETY: an array entry receives one value per parameter (`Sig::total`).
    let args = unsafe { std::slice::from_raw_parts(args, f.sig.total()) };
    let data = f.extra.as_ref().map_or(&[][..], |d| crate::tuple::items(d.v()));
    match body(data, args) {
        Ok(v) => v.into_raw(),
        Err(e) => {
            set_pending(e);
            Value(0)
        }
    }
}

/// The array entry of a Rust-bodied function: `rust_entry!(name, body)` defines
/// `extern "C" fn name` running `body(data, args)` (see [`new_rust_function`]).
#[macro_export]
macro_rules! rust_entry {
    ($name:ident, $body:path) => {
        extern "C" fn $name(func: $crate::object::Value, args: *const $crate::object::Value) -> $crate::object::Value {
            $crate::func::run_rust_function(func, args, $body)
        }
    };
}

// ---------------------------------------------------------------------------------------
// What `function` declares (see `typeobj.rs`).

use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, EMPTY};

fn func_of(v: Value) -> PyResult<&'static FuncObj> {
    v.downcast::<FuncObj>().map_or_else(|| type_error("descriptor requires a 'function' object"), Ok)
}

fn str_value(what: &str, v: Option<Value>) -> PyResult<Obj> {
    match v {
        Some(v) if crate::str::as_str(v).is_some() => Ok(v.new_ref()),
        _ => type_error(format!("__{what}__ must be set to a string object")),
    }
}

fn name_get(v: Value) -> PyResult {
    Ok(func_of(v)?.name.obj())
}
fn name_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let f = func_of(v)?;
    f.name.set(str_value("name", to)?);
    Ok(())
}
fn qualname_get(v: Value) -> PyResult {
    Ok(func_of(v)?.qualname.obj())
}
fn qualname_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let f = func_of(v)?;
    f.qualname.set(str_value("qualname", to)?);
    Ok(())
}
fn module_get(v: Value) -> PyResult {
    Ok(func_of(v)?.module.obj().unwrap_or_else(|| crate::str::new_str("__main__")))
}
fn module_set(v: Value, to: Option<Value>) -> PyResult<()> {
    func_of(v)?.module.set(Some(to.map_or_else(none_obj, Value::new_ref)));
    Ok(())
}
fn defaults_get(v: Value) -> PyResult {
    let f = func_of(v)?;
    Ok(if crate::tuple::items(f.defaults.get()).is_empty() { none_obj() } else { f.defaults.obj() })
}
fn defaults_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let f = func_of(v)?;
    match to {
        None => f.defaults.set(crate::tuple::new_tuple(Vec::new())),
        Some(t) if t.is_none() => f.defaults.set(crate::tuple::new_tuple(Vec::new())),
        Some(t) if t.kind() == Kind::Tuple => f.defaults.set(t.new_ref()),
        Some(_) => return type_error("__defaults__ must be set to a tuple object"),
    }
    Ok(())
}
fn kwdefaults_get(v: Value) -> PyResult {
    Ok(func_of(v)?.kwdefaults.obj().filter(|d| crate::dict::len(d.v()) > 0).unwrap_or_else(none_obj))
}
fn kwdefaults_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let f = func_of(v)?;
    match to {
        None => f.kwdefaults.set(None),
        Some(t) if t.is_none() => f.kwdefaults.set(None),
        Some(t) if t.kind() == Kind::Dict => f.kwdefaults.set(Some(t.new_ref())),
        Some(_) => return type_error("__kwdefaults__ must be set to a dict object"),
    }
    Ok(())
}
fn closure_get(v: Value) -> PyResult {
    Ok(func_of(v)?.closure.clone().unwrap_or_else(none_obj))
}
fn code_get(v: Value) -> PyResult {
    Ok(func_of(v)?.code.clone())
}
fn code_set(_v: Value, _to: Option<Value>) -> PyResult<()> {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: replacing a function's __code__ is not supported yet".to_string()))
}
fn doc_get(v: Value) -> PyResult {
    let f = func_of(v)?;
    if let Some(d) = f.doc.obj() {
        return Ok(d);
    }
    Ok(crate::code::as_code(f.code.v()).map_or_else(none_obj, |c| c.doc.clone()))
}
fn doc_set(v: Value, to: Option<Value>) -> PyResult<()> {
    func_of(v)?.doc.set(Some(to.map_or_else(none_obj, Value::new_ref)));
    Ok(())
}
fn dict_get(v: Value) -> PyResult {
    Ok(func_of(v)?.dict().new_ref())
}
fn dict_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let f = func_of(v)?;
    match to {
        Some(d) if d.kind() == Kind::Dict => {
            // SAFETY: single-threaded; the old dict is released after the store.
            let old = unsafe { std::mem::replace(&mut *f.dict.get(), Some(d.new_ref())) };
            drop(old);
            Ok(())
        }
        Some(_) => type_error("__dict__ must be set to a dictionary"),
        None => type_error("cannot delete __dict__"),
    }
}
fn globals_get(v: Value) -> PyResult {
    let f = func_of(v)?;
    crate::module::globals_of_function(f)
}
fn builtins_get(_v: Value) -> PyResult {
    crate::module::import("builtins").and_then(|m| crate::ops::getattr(m.v(), "__dict__"))
}
fn annotations_get(_v: Value) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: function __annotations__ are not supported yet".to_string()))
}
fn annotations_set(_v: Value, _to: Option<Value>) -> PyResult<()> {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: function __annotations__ are not supported yet".to_string()))
}
fn func_repr(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let f = func_of(v)?;
    Ok(crate::str::new_string(format!(
        "<function {} at {:#x}>",
        crate::str::as_str(f.qualname.get()).unwrap_or("?"),
        v.0
    )))
}
fn func_call(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    call(v, args, kwnames)
}
fn func_get(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("__get__", Arity::Expected, args, kwnames, 1, 2)?;
    if pos[0].is_none() {
        return Ok(v.new_ref());
    }
    Ok(crate::class::new_method(v.new_ref(), pos[0].new_ref()))
}

pub static FUNCTION_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", func_repr, Params::NoArgs),
        MethodDef::slot("__call__", func_call, Params::Any),
        MethodDef::slot("__get__", func_get, Params::Any),
    ],
    getsets: &[
        GetSetDef::member("__closure__", closure_get, None),
        GetSetDef::member("__doc__", doc_get, Some(doc_set)),
        GetSetDef::member("__globals__", globals_get, None),
        GetSetDef::member("__module__", module_get, Some(module_set)),
        GetSetDef::member("__builtins__", builtins_get, None),
        GetSetDef::getset("__code__", code_get, Some(code_set)),
        GetSetDef::getset("__defaults__", defaults_get, Some(defaults_set)),
        GetSetDef::getset("__kwdefaults__", kwdefaults_get, Some(kwdefaults_set)),
        GetSetDef::getset("__annotations__", annotations_get, Some(annotations_set)),
        GetSetDef::getset("__dict__", dict_get, Some(dict_set)),
        GetSetDef::getset("__name__", name_get, Some(name_set)),
        GetSetDef::getset("__qualname__", qualname_get, Some(qualname_set)),
    ],
    ..EMPTY
};
