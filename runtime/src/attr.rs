//! The one attribute algorithm: `object.__getattribute__`, `type.__getattribute__`,
//! `object.__setattr__`/`__delattr__` and the method-call shortcut, as CPython 3.11 has
//! them (`PyObject_GenericGetAttr`, `type_getattro`, `_PyObject_GetMethod`).
//!
//! `obj.name` looks `name` up along the MRO of `type(obj)` (`typeobj::lookup`); a data
//! descriptor found there wins, then the instance's `__dict__`, then any other class
//! attribute through its `__get__`. Classes defined in Python may replace the whole
//! algorithm (`__getattribute__`) or extend it (`__getattr__`). Type objects look in
//! their metatype first for data descriptors, then along their own MRO. Modules and
//! `super` objects have their own rules, as in CPython.
//!
//! Names are str objects (interned by the callers); a missing attribute is `Ok(None)`
//! here, so `hasattr` and `__getattr__` fallbacks make no exception object.
use crate::descr;
use crate::err::*;
use crate::object::*;
use crate::typeobj::{self, lookup};
use crate::types::*;

fn name_str(name: Value) -> &'static str {
    crate::str::as_str(name).unwrap_or("")
}

/// The instance dict of `o`, if its type gives instances one.
pub fn instance_dict(o: Value) -> Option<Value> {
    if !o.is_heap() {
        return None;
    }
    if let Some(f) = o.downcast::<crate::func::FuncObj>() {
        return Some(f.dict());
    }
    crate::class::instance_dict(o)
}

/// `o.name` as `object.__getattribute__` finds it (None: not found).
pub fn generic_getattr(o: Value, name: Value) -> PyResult<Option<Obj>> {
    let ty = o.ty();
    let attr = lookup(ty, name);
    if let Some(a) = &attr {
        if descr::is_data(a.v()) {
            return descr::get(a.v(), Some(o), ty).map(Some);
        }
    }
    if let Some(c) = ty.class {
        if crate::class::is_slot(c, name_str(name)) {
            if let Some(v) = crate::class::slot_value(o, name)? {
                return Ok(Some(v));
            }
        } else if let Some(d) = instance_dict(o) {
            if let Some(v) = crate::dict::get_name(d, name) {
                return Ok(Some(v));
            }
        }
    } else if let Some(d) = instance_dict(o) {
        if let Some(v) = crate::dict::get_name(d, name) {
            return Ok(Some(v));
        }
    }
    match attr {
        Some(a) => descr::get(a.v(), Some(o), ty).map(Some),
        None => Ok(None),
    }
}

/// `o.name` for every object but type objects, modules and `super` (None: not found,
/// `__getattr__` included).
pub fn getattr(o: Value, name: Value) -> PyResult<Option<Obj>> {
    let ty = o.ty();
    if ty.class.is_some() {
        if let Some(ga) = crate::class::lookup(ty, "__getattribute__") {
            let r = crate::func::with_first(o, &[name], |full| crate::class::call_descr_pub(ga.v(), o, ty, full, &[]));
            return match r {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&ATTRIBUTE_ERROR) => match getattr_hook(o, name)? {
                    Some(v) => Ok(Some(v)),
                    None => Err(e),
                },
                Err(e) => Err(e),
            };
        }
    }
    generic_getattr(o, name)
}

/// `o.__getattr__(name)` when `o`'s class defines it (None: it does not).
pub fn getattr_hook(o: Value, name: Value) -> PyResult<Option<Obj>> {
    let ty = o.ty();
    if ty.class.is_none() {
        return Ok(None);
    }
    match crate::class::lookup(ty, "__getattr__") {
        Some(ga) => {
            crate::func::with_first(o, &[name], |full| crate::class::call_descr_pub(ga.v(), o, ty, full, &[])).map(Some)
        }
        None => Ok(None),
    }
}

/// `T.name` for a type object `t` (CPython's `type_getattro`; None: not found).
pub fn type_getattr(tv: Value, name: Value) -> PyResult<Option<Obj>> {
    let Some(t) = crate::builtins::as_type(tv) else { return Ok(None) };
    let meta = tv.ty();
    let meta_attr = lookup(meta, name);
    if let Some(ma) = &meta_attr {
        if descr::is_data(ma.v()) {
            return descr::get(ma.v(), Some(tv), meta).map(Some);
        }
    }
    if let Some(a) = lookup(t, name) {
        return descr::get(a.v(), None, t).map(Some);
    }
    match meta_attr {
        Some(ma) => descr::get(ma.v(), Some(tv), meta).map(Some),
        None => Ok(None),
    }
}

/// `o.name = v` (`v` None: `del o.name`) as `object.__setattr__` does it.
pub fn generic_setattr(o: Value, name: Value, v: Option<Value>) -> PyResult<()> {
    let ty = o.ty();
    let attr = lookup(ty, name);
    if let Some(a) = &attr {
        if let Some(r) = descr::set(a.v(), o, v) {
            return r;
        }
    }
    let s = name_str(name);
    if let Some(c) = ty.class {
        if crate::class::is_slot(c, s) {
            return crate::class::set_slot_value(o, name, v);
        }
        if c.slots.is_some() {
            return Err(no_attr_set(o, s, attr.is_some()));
        }
    }
    match instance_dict(o) {
        Some(d) => match v {
            Some(v) => crate::dict::set_item(d, name.new_ref(), v.new_ref()),
            None => match crate::dict::pop(d, name)? {
                Some(_) => Ok(()),
                None => Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{s}'", ty.name))),
            },
        },
        None => Err(no_attr_set(o, s, attr.is_some())),
    }
}

#[cold]
fn no_attr_set(o: Value, name: &str, in_class: bool) -> PyErr {
    let msg = if in_class {
        format!("'{}' object attribute '{name}' is read-only", o.ty().name)
    } else {
        format!("'{}' object has no attribute '{name}'", o.ty().name)
    };
    PyErr::new(&ATTRIBUTE_ERROR, msg)
}

/// `o.name = v` / `del o.name` for every object but type objects and modules.
pub fn setattr(o: Value, name: Value, v: Option<Value>) -> PyResult<()> {
    let ty = o.ty();
    if ty.class.is_some() {
        let hook = if v.is_some() { "__setattr__" } else { "__delattr__" };
        if let Some(sa) = crate::class::lookup(ty, hook) {
            let r = match v {
                Some(v) => crate::func::with_first(o, &[name, v], |full| {
                    crate::class::call_descr_pub(sa.v(), o, ty, full, &[])
                }),
                None => {
                    crate::func::with_first(o, &[name], |full| crate::class::call_descr_pub(sa.v(), o, ty, full, &[]))
                }
            };
            return r.map(drop);
        }
    }
    generic_setattr(o, name, v)
}

/// `T.name = v` / `del T.name` on a type object.
pub fn type_setattr(tv: Value, name: Value, v: Option<Value>) -> PyResult<()> {
    let Some(t) = crate::builtins::as_type(tv) else { return type_error("type expected") };
    let s = name_str(name);
    let meta = tv.ty();
    if let Some(ma) = lookup(meta, name) {
        if let Some(r) = descr::set(ma.v(), tv, v) {
            return r;
        }
    }
    let Some(c) = t.class else {
        return type_error(format!("cannot set '{s}' attribute of immutable type '{}'", t.name));
    };
    if let Some(e) = crate::stdlib::enum_::class_setattr(tv, s) {
        return Err(e);
    }
    match v {
        Some(v) => crate::dict::set_item(c.dict.v(), name.new_ref(), v.new_ref()),
        None => match crate::dict::pop(c.dict.v(), name)? {
            Some(_) => Ok(()),
            None => Err(PyErr::new(&ATTRIBUTE_ERROR, format!("type object '{}' has no attribute '{s}'", t.name))),
        },
    }
}

/// What `obj.name(...)` calls, without making a bound method where CPython's
/// `LOAD_METHOD` would not: `Method(f)` is to be called with `obj` first.
pub enum Callee {
    /// A function or builtin method found on the class: call it with the receiver first.
    Method(Obj),
    /// A builtin method of the receiver's type (no receiver check needed).
    Builtin(&'static crate::typeobj::MethodDef, &'static TypeObject),
    /// Anything else: the attribute itself, to be called with the arguments as given.
    Attr(Obj),
}

/// Finds what `o.name(...)` calls (None: no such attribute).
pub fn method(o: Value, name: Value) -> PyResult<Option<Callee>> {
    let ty = o.ty();
    let special = ty.kind == Kind::Type
        || ty.kind == Kind::Module
        || crate::class::as_super(o).is_some()
        || (ty.class.is_some() && crate::class::lookup(ty, "__getattribute__").is_some());
    if !special {
        if let Some(a) = lookup(ty, name) {
            let av = a.v();
            let plain_fn = av.is_heap() && av.is(&FUNCTION_TYPE);
            let builtin = descr::as_method_descr(av).filter(|d| d.def.kind == crate::typeobj::MethKind::Method);
            if plain_fn || builtin.is_some() {
                // An instance attribute of that name shadows the method.
                let shadowed = match (ty.class, instance_dict(o)) {
                    (Some(c), _) if crate::class::is_slot(c, name_str(name)) => false,
                    (_, Some(d)) => crate::dict::get_name(d, name).is_some(),
                    _ => false,
                };
                if !shadowed {
                    if let Some(d) = builtin {
                        if std::ptr::eq(ty, d.owner) || ty.is_subtype(d.owner) {
                            return Ok(Some(Callee::Builtin(d.def, d.owner)));
                        }
                    } else {
                        return Ok(Some(Callee::Method(a)));
                    }
                }
            }
        }
    }
    Ok(crate::ops::getattr_opt(o, name)?.map(Callee::Attr))
}

/// `o.name(*args)`.
pub fn call_method(o: Value, name: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    match method(o, name)? {
        Some(Callee::Builtin(def, owner)) => descr::call_def(def, owner, o, args, kwnames),
        Some(Callee::Method(f)) => crate::func::with_first(o, args, |full| crate::func::call(f.v(), full, kwnames)),
        Some(Callee::Attr(f)) => crate::func::call(f.v(), args, kwnames),
        None => Err(crate::ops::no_attribute_error(o, name_str(name))),
    }
}

/// `dir(o)`: the sorted names of `o`'s attributes, as `object.__dir__`,
/// `type.__dir__` and `module.__dir__` find them (a class's own `__dir__` first).
pub fn dir(o: Value) -> PyResult {
    let ty = o.ty();
    let names = if ty.class.is_some() && crate::class::lookup(ty, "__dir__").is_some() {
        let r = crate::ops::call_method(o, "__dir__", &[], &[])?;
        return crate::builtins::sorted_list(r.v());
    } else if let Some(t) = crate::builtins::as_type(o) {
        let d = crate::dict::new_dict();
        merge_class_dict(d.v(), t)?;
        d
    } else if ty.kind == Kind::Module {
        let d = crate::module::namespace(o)?;
        return crate::builtins::sorted_list(d.v());
    } else {
        let d = crate::dict::new_dict();
        if let Some(inst) = instance_dict(o) {
            crate::dict::update_from(d.v(), inst)?;
        }
        if let Some(c) = ty.class {
            for n in &c.slot_names {
                crate::dict::set_item(d.v(), crate::str::new_str(n), none_obj())?;
            }
        }
        merge_class_dict(d.v(), ty)?;
        d
    };
    crate::builtins::sorted_list(names.v())
}

/// Adds the names of `t`'s namespace and of its bases' (recursively) to dict `d`
/// (CPython's `merge_class_dict`).
fn merge_class_dict(d: Value, t: &'static TypeObject) -> PyResult<()> {
    crate::dict::update_from(d, typeobj::type_dict(t))?;
    let bases: Vec<&'static TypeObject> = match t.class {
        Some(c) => c.bases.clone(),
        None => t.base.into_iter().collect(),
    };
    for b in bases {
        merge_class_dict(d, b)?;
    }
    Ok(())
}
