//! Making classes and calling them, as CPython 3.11's `type_new`, `__build_class__` and
//! `type_call` do: the metaclass (the most derived of the bases' metaclasses, or the
//! `metaclass=` keyword), its `__prepare__`, the class body, `type.__new__` (the
//! namespace copied, `__qualname__` and `__classcell__` taken out, `__init_subclass__`
//! and `__class_getitem__` made class methods and `__new__` a static method, `__set_name__`
//! called on the attributes, then the parent's `__init_subclass__`), and calling a class:
//! its `__new__`, then its `__init__` when `__new__` returned an instance of it.
//!
//! A class whose metaclass is not `type` is an ordinary type object whose header names
//! the metaclass, so `type(C)` is the metaclass and its attributes and operators reach
//! classes through the one attribute algorithm.
use crate::err::*;
use crate::object::*;
use crate::types::*;

/// `__build_class__(body, name, qualname, *bases, metaclass=…, **kwds)`.
pub fn build_class(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    if pos.len() < 3 {
        return type_error("__build_class__: not enough arguments");
    }
    let (body, name, qualname) = (pos[0], pos[1], pos[2]);
    let bases_v: Vec<Value> = pos[3..].to_vec();
    let mut meta: Option<Value> = None;
    let mut kw_names: Vec<Obj> = Vec::new();
    let mut kw_vals: Vec<Value> = Vec::new();
    for (n, v) in kw.names.iter().zip(kw.vals) {
        if crate::str::as_str(n.v()) == Some("metaclass") {
            meta = Some(*v);
        } else {
            kw_names.push(n.clone());
            kw_vals.push(*v);
        }
    }
    let bases_t = crate::tuple::new_tuple(bases_v.iter().map(|b| b.new_ref()).collect());
    // The metaclass: given, or the type of the first base; a type is replaced by the most
    // derived metaclass of the bases.
    let meta = match meta {
        Some(m) => m.new_ref(),
        None => match bases_v.first() {
            Some(b) => b.ty().as_value().new_ref(),
            None => TYPE_TYPE.as_value().new_ref(),
        },
    };
    let meta = match crate::builtins::as_type(meta.v()) {
        Some(m) => calculate_metaclass(m, &bases_v)?.as_value().new_ref(),
        None => meta,
    };
    // `__prepare__(name, bases, **kwds)`.
    let ns = match crate::ops::getattr_opt(meta.v(), crate::str::intern("__prepare__").v())? {
        Some(prep) => {
            let mut a = vec![name, bases_t.v()];
            a.extend(&kw_vals);
            crate::func::call(prep.v(), &a, &kw_names)?
        }
        None => crate::dict::new_dict(),
    };
    if !is_mapping(ns.v()) {
        let mname =
            crate::builtins::as_type(meta.v()).map_or_else(|| "<metaclass>".to_string(), |t| t.name.to_string());
        return type_error(format!("{mname}.__prepare__() must return a mapping, not {}", ns.v().ty().name));
    }
    // The body returns its namespace; its names go into the prepared mapping in order.
    let body_ns = crate::func::call(body, &[], &[])?;
    if ns.v().kind() == Kind::Dict && ns.v().ty().class.is_none() {
        crate::dict::update_from(ns.v(), body_ns.v())?;
    } else {
        for (k, v) in crate::dict::items_vec(body_ns.v()) {
            crate::ops::setitem(ns.v(), k.v(), v.v())?;
        }
    }
    // `__qualname__` travels in the namespace, as the body's first statement sets it.
    if crate::ops::contains(ns.v(), crate::str::intern("__qualname__").v()).ok() != Some(true) {
        crate::ops::setitem(ns.v(), crate::str::intern("__qualname__").v(), qualname)?;
    }
    let mut a = vec![name, bases_t.v(), ns.v()];
    a.extend(&kw_vals);
    let cls = crate::func::call(meta.v(), &a, &kw_names)?;
    if let Some(t) = crate::builtins::as_type(cls.v()) {
        if t.class.is_some() {
            crate::stdlib::enum_::finish_class(cls.v())?;
        }
    }
    Ok(cls)
}

fn is_mapping(v: Value) -> bool {
    v.kind() == Kind::Dict || crate::typeobj::lookup(v.ty(), crate::str::intern("__getitem__").v()).is_some()
}

/// The most derived of `meta` and the metaclasses of `bases` (CPython's
/// `_PyType_CalculateMetaclass`), or the metaclass conflict TypeError.
pub fn calculate_metaclass(meta: &'static TypeObject, bases: &[Value]) -> PyResult<&'static TypeObject> {
    let mut winner = meta;
    for b in bases {
        let t = b.ty();
        if winner.is_subtype(t) {
            continue;
        }
        if t.is_subtype(winner) {
            winner = t;
            continue;
        }
        return type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, ns, **kwds)`: a new class.
pub fn type_new(meta: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    if pos.len() == 1 && kw.is_empty() && std::ptr::eq(meta, &TYPE_TYPE) {
        if let Some(m) = crate::stdlib::enum_::metatype(pos[0]) {
            return Ok(m);
        }
        return Ok(pos[0].ty().as_value().new_ref());
    }
    if pos.len() != 3 {
        return type_error("type() takes 1 or 3 arguments");
    }
    let Some(name) = crate::str::as_str(pos[0]) else {
        return type_error(format!("type.__new__() argument 1 must be str, not {}", pos[0].ty().name));
    };
    if pos[1].kind() != Kind::Tuple {
        return type_error(format!("type.__new__() argument 2 must be tuple, not {}", pos[1].ty().name));
    }
    if pos[2].kind() != Kind::Dict {
        return type_error(format!("type.__new__() argument 3 must be dict, not {}", pos[2].ty().name));
    }
    let base_vals: Vec<Value> = crate::tuple::items(pos[1]).iter().map(Obj::v).collect();
    // The winner among the metaclasses makes the class (its own `__new__` if it has one).
    let winner = calculate_metaclass(meta, &base_vals)?;
    if !std::ptr::eq(winner, meta) {
        if let Some(new) = crate::class::lookup(winner, "__new__") {
            let f = crate::descr::get(new.v(), None, winner)?;
            let mut a = vec![winner.as_value()];
            a.extend_from_slice(args);
            return crate::func::call(f.v(), &a, kwnames);
        }
    }
    let mut bases: Vec<&'static TypeObject> = Vec::new();
    for b in &base_vals {
        match crate::builtins::as_type(*b) {
            Some(t) => bases.push(t),
            None => return type_error(format!("bases must be types, not {}", b.ty().name)),
        }
    }
    let qualname = match crate::dict::get_name(pos[2], crate::str::intern("__qualname__").v()) {
        Some(q) => match crate::str::as_str(q.v()) {
            Some(q) => q.to_string(),
            None => {
                return type_error(format!("type __qualname__ must be a str, not {}", q.v().ty().name));
            }
        },
        None => name.to_string(),
    };
    let ns = crate::dict::copy(pos[2])?;
    let cls = crate::class::make_class_with(winner, name.to_string(), qualname, bases, ns)?;
    let t = crate::builtins::as_type(cls.v()).map_or_else(|| type_error("class expected"), Ok)?;
    set_names(t)?;
    init_subclass(t, kw)?;
    Ok(cls)
}

/// Calls `__set_name__(cls, name)` on every attribute of the new class `t` whose type has it.
fn set_names(t: &'static TypeObject) -> PyResult<()> {
    let Some(c) = t.class else { return Ok(()) };
    let key = crate::str::intern("__set_name__");
    for (k, v) in crate::dict::items_vec(c.dict.v()) {
        let vt = v.v().ty();
        let Some(sn) = crate::typeobj::lookup(vt, key.v()) else { continue };
        let f = crate::descr::get(sn.v(), Some(v.v()), vt)?;
        if let Err(e) = crate::func::call(f.v(), &[t.as_value(), k.v()], &[]) {
            // As CPython 3.11: the error is wrapped, naming the attribute and the class.
            let msg = format!(
                "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                vt.name,
                crate::str::as_str(k.v()).unwrap_or("?"),
                t.name
            );
            let wrapped = PyErr::new(&RUNTIME_ERROR, msg);
            *wrapped.exc().cause() = Some(e.0.clone());
            wrapped.exc().suppress_context.set(true);
            return Err(wrapped);
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kwds)` for the new class `t`.
fn init_subclass(t: &'static TypeObject, kw: crate::func::Kw) -> PyResult<()> {
    let key = crate::str::intern("__init_subclass__");
    let Some(c) = t.class else { return Ok(()) };
    // The first class after `t` along its MRO that has it.
    for b in c.mro.iter().skip(1) {
        if let Some(f) = crate::dict::get_name(crate::typeobj::type_dict(b), key.v()) {
            let bound = crate::descr::get(f.v(), None, t)?;
            let vals: Vec<Value> = kw.vals.to_vec();
            crate::func::call(bound.v(), &vals, kw.names)?;
            return Ok(());
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Calling a class.

/// `C(*args)` for a type object: the metaclass's own `__call__` when a Python class
/// defines one (`class Meta(type): def __call__(cls, …)`), else `type.__call__`.
pub fn call(t: &'static TypeObject, tv: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let meta = tv.ty();
    if meta.class.is_some() {
        if let Some(c) = crate::class::lookup(meta, "__call__") {
            let f = crate::descr::get(c.v(), Some(tv), meta)?;
            return crate::func::call(f.v(), args, kwnames);
        }
    }
    type_call(t, args, kwnames)
}

/// `type.__call__(cls, *args)`: `cls.__new__(cls, *args)`, then `__init__` on the result
/// when it is an instance of `cls`.
pub fn type_call(t: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if t.class.is_some() {
        return crate::class::instantiate(t, args, kwnames);
    }
    crate::builtins::call_builtin_type(t, args, kwnames)
}

/// Runs `type(obj).__init__(obj, *args)` for a new object, unless that is `object`'s
/// (whose argument checks `__new__` already made).
pub fn init_object(obj: Value, args: &[Value], kwnames: &[Obj]) -> PyResult<()> {
    let t = obj.ty();
    let key = crate::str::intern("__init__");
    let Some((init, owner)) = crate::typeobj::lookup_where(t, key.v()) else { return Ok(()) };
    if std::ptr::eq(owner, &OBJECT_TYPE) {
        return Ok(());
    }
    if let Some(d) = crate::descr::as_method_descr(init.v()) {
        crate::descr::call_def(d.def, d.owner, obj, args, kwnames)?;
        return Ok(());
    }
    let f = crate::descr::get(init.v(), Some(obj), t)?;
    let r = crate::func::call(f.v(), args, kwnames)?;
    if !r.v().is_none() {
        return type_error(format!("__init__() should return None, not '{}'", r.v().ty().name));
    }
    Ok(())
}
