//! Type objects as Python sees them: namespaces, MROs and the tables builtin types are
//! declared with.
//!
//! Every builtin type declares what it has once, in a [`TypeSpec`]: its methods, its
//! operator dunders (slot wrappers), class and static methods ([`MethodDef`]), its data
//! attributes ([`GetSetDef`]) and its constructor. The type's `__dict__` (a dict, shown
//! through a read-only mappingproxy) is made from that table on first use, holding the
//! descriptor objects of `descr.rs`; attribute lookup (`attr.rs`) finds methods there by
//! walking the MRO, as CPython's `_PyType_Lookup` does, for builtin types and classes
//! defined in Python alike. A method call on a builtin object ends in the function the
//! table names: no method is found by matching its name in Rust code.
//!
//! **Invariant:** a builtin type's dict never changes once made (builtin types are
//! immutable, as in CPython), so what a cache learned from it stays true.
use crate::err::*;
use crate::func::Arity;
use crate::object::*;
use crate::types::*;
use std::sync::atomic::Ordering;

/// A method's body: the receiver (the type for class methods, 0 for static methods),
/// then the arguments (positional first, then one value per keyword name).
pub type MethFn = fn(Value, &[Value], &[Obj]) -> PyResult;

/// How a method's arguments are checked before its body runs.
#[derive(Clone, Copy, Debug)]
pub enum Params {
    /// No arguments (CPython's METH_NOARGS): `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// Exactly one positional argument (METH_O).
    One,
    /// `min..=max` positional arguments, no keywords; `Arity` words the error.
    Pos(u8, u8, Arity),
    /// The body checks its own arguments (keywords allowed).
    Any,
}

/// What a [`MethodDef`] is in the type's dict.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethKind {
    /// A method of instances (`method_descriptor`).
    Method,
    /// A class method (`classmethod_descriptor`): the body receives the type.
    Class,
    /// A static method (a `staticmethod` of a builtin function): the body receives 0.
    Static,
    /// An operator dunder (`wrapper_descriptor`, bound: `method-wrapper`).
    Slot,
}

/// One method of a builtin type.
pub struct MethodDef {
    pub name: &'static str,
    pub f: MethFn,
    pub params: Params,
    pub kind: MethKind,
}

impl MethodDef {
    pub const fn method(name: &'static str, f: MethFn, params: Params) -> MethodDef {
        MethodDef { name, f, params, kind: MethKind::Method }
    }
    pub const fn class(name: &'static str, f: MethFn, params: Params) -> MethodDef {
        MethodDef { name, f, params, kind: MethKind::Class }
    }
    pub const fn stat(name: &'static str, f: MethFn, params: Params) -> MethodDef {
        MethodDef { name, f, params, kind: MethKind::Static }
    }
    pub const fn slot(name: &'static str, f: MethFn, params: Params) -> MethodDef {
        MethodDef { name, f, params, kind: MethKind::Slot }
    }
}

/// Reads a data attribute of an instance.
pub type GetFn = fn(Value) -> PyResult;
/// Sets (`Some`) or deletes (`None`) a data attribute of an instance.
pub type SetFn = fn(Value, Option<Value>) -> PyResult<()>;

/// One data attribute of a builtin type (`slice.start`, `function.__name__`).
pub struct GetSetDef {
    pub name: &'static str,
    pub get: GetFn,
    /// None: read-only (`attribute 'x' of 'T' objects is not writable`).
    pub set: Option<SetFn>,
    /// Shown as a `member_descriptor` (a C struct member in CPython) rather than a
    /// `getset_descriptor`.
    pub member: bool,
}

impl GetSetDef {
    pub const fn getset(name: &'static str, get: GetFn, set: Option<SetFn>) -> GetSetDef {
        GetSetDef { name, get, set, member: false }
    }
    pub const fn member(name: &'static str, get: GetFn, set: Option<SetFn>) -> GetSetDef {
        GetSetDef { name, get, set, member: true }
    }
}

/// `T.__new__(cls, *args)`: makes an instance of `cls` (T or a subclass of T).
pub type NewFn = fn(&'static TypeObject, &[Value], &[Obj]) -> PyResult;

/// What a builtin type declares.
pub struct TypeSpec {
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    /// Names the namespace holds None under (`list.__hash__`: unhashable).
    pub nones: &'static [&'static str],
    /// The constructor (`__new__`); None: the type cannot be instantiated from Python.
    pub new: Option<NewFn>,
    pub flags: u32,
}

/// Python classes may derive from the type.
pub const BASETYPE: u32 = 1;

/// A spec with nothing in it (`TypeSpec { methods: …, ..EMPTY }`).
pub const EMPTY: TypeSpec = TypeSpec { methods: &[], getsets: &[], nones: &[], new: None, flags: 0 };
pub static EMPTY_SPEC: TypeSpec = EMPTY;

// ---------------------------------------------------------------------------------------
// Namespaces and MROs.

/// The namespace of type `t` (its `__dict__`, borrowed: it lives as long as the type).
#[inline]
pub fn type_dict(t: &'static TypeObject) -> Value {
    let d = t.dict.load(Ordering::Acquire);
    if d != 0 {
        return Value(d);
    }
    if let Some(c) = t.class {
        return c.dict.v();
    }
    build_dict(t)
}

/// Makes a builtin type's dict from its spec.
#[cold]
fn build_dict(t: &'static TypeObject) -> Value {
    let d = crate::dict::new_dict();
    let put = |name: &'static str, v: Obj| {
        // The dict lives as long as the type: so do its keys and values.
        let key = crate::str::intern(name);
        make_immortal(key.v());
        make_immortal(v.v());
        // A fresh dict of str keys: storing cannot fail.
        let _ = crate::dict::set_item(d.v(), key, v);
    };
    if t.spec.new.is_some() {
        put("__new__", crate::descr::new_bound(t.as_value().new_ref(), &NEW_DEF, t));
    }
    for m in t.spec.methods {
        put(m.name, crate::descr::for_method(t, m));
    }
    for g in t.spec.getsets {
        put(g.name, crate::descr::for_getset(t, g));
    }
    for n in t.spec.nones {
        put(n, none_obj());
    }
    if !crate::dict::contains(d.v(), crate::str::intern("__doc__").v()).unwrap_or(true) {
        let doc = crate::docs::type_doc(t).map_or_else(none_obj, crate::str::new_str);
        put("__doc__", doc);
    }
    let d = d.into_raw();
    make_immortal(d);
    // Another thread (unit tests) may have made it meanwhile: keep the first.
    match t.dict.compare_exchange(0, d.0, Ordering::AcqRel, Ordering::Acquire) {
        Ok(_) => d,
        Err(first) => Value(first),
    }
}

/// `T.__new__`: bound to `T`, called with the class to make an instance of first.
static NEW_DEF: MethodDef = MethodDef::method("__new__", tp_new_wrapper, Params::Any);

/// `T.__new__(cls, *args)` (CPython's `tp_new_wrapper`).
fn tp_new_wrapper(t: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let Some(owner) = crate::builtins::as_type(t) else { return type_error("__new__ of a non-type") };
    let (pos, _) = crate::func::split_args(args, kwnames);
    let Some(&first) = pos.first() else {
        return type_error(format!("{}.__new__(): not enough arguments", owner.name));
    };
    let Some(cls) = crate::builtins::as_type(first) else {
        return type_error(format!("{}.__new__(X): X is not a type object ({})", owner.name, first.ty().name));
    };
    if !cls.is_subtype(owner) {
        return type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name, cls.name, cls.name, owner.name
        ));
    }
    match owner.spec.new {
        Some(new) => new(cls, &args[1..], kwnames),
        None => type_error(format!("cannot create '{}' instances", owner.name)),
    }
}

/// The MRO of a type, itself first.
pub enum Mro {
    Class(std::slice::Iter<'static, &'static TypeObject>),
    Chain(Option<&'static TypeObject>),
}

impl Iterator for Mro {
    type Item = &'static TypeObject;
    #[inline]
    fn next(&mut self) -> Option<&'static TypeObject> {
        match self {
            Mro::Class(it) => it.next().copied(),
            Mro::Chain(t) => {
                let cur = (*t)?;
                *t = cur.base;
                Some(cur)
            }
        }
    }
}

/// The MRO of `t` (builtin types: along their single base).
#[inline]
pub fn mro(t: &'static TypeObject) -> Mro {
    match t.class {
        Some(c) => Mro::Class(c.mro.iter()),
        None => Mro::Chain(Some(t)),
    }
}

/// `name` (a str) along the MRO of `t`, in every type's namespace (CPython's
/// `_PyType_Lookup`).
pub fn lookup(t: &'static TypeObject, name: Value) -> Option<Obj> {
    for b in mro(t) {
        if let Some(v) = crate::dict::get_name(type_dict(b), name) {
            return Some(v);
        }
    }
    None
}

/// As [`lookup`], also saying which type along the MRO holds the name.
pub fn lookup_where(t: &'static TypeObject, name: Value) -> Option<(Obj, &'static TypeObject)> {
    for b in mro(t) {
        if let Some(v) = crate::dict::get_name(type_dict(b), name) {
            return Some((v, b));
        }
    }
    None
}

/// `tp_name`'s parts: `__module__` and `__name__` of a builtin type (`_io.StringIO`).
pub fn builtin_name_parts(t: &TypeObject) -> (&'static str, &'static str) {
    match t.name.rsplit_once('.') {
        Some((m, n)) => (m, n),
        None => ("builtins", t.name),
    }
}
