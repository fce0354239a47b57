//! Descriptors: the objects type dicts hold, and the protocol that turns a class
//! attribute into what `obj.name` gives (`__get__`), or stores through it (`__set__`,
//! `__delete__`).
//!
//! The builtin descriptor types are CPython's: `method_descriptor` (`str.lower`),
//! `classmethod_descriptor` (`dict.fromkeys`), `wrapper_descriptor` (`int.__add__`),
//! `method-wrapper` (`(1).__add__`), `getset_descriptor` and `member_descriptor`
//! (`function.__name__`, `slice.start`), and `mappingproxy` (a type's `__dict__`).
//! A bound method of a builtin object is a `builtin_function_or_method` (`"a".lower`).
//! Descriptor objects in type dicts are immortal, as the dicts are.
use crate::err::*;
use crate::func::{Arity, Native, NativeFuncObj};
use crate::object::*;
use crate::typeobj::*;
use crate::types::*;

/// A method, class method or slot wrapper of a builtin type (its type says which).
#[repr(C)]
pub struct MethodDescrObj {
    pub hdr: Header,
    pub def: &'static MethodDef,
    /// The type that declares it (the receiver must be an instance of it).
    pub owner: &'static TypeObject,
}

/// A slot wrapper bound to an object: `(1).__add__`.
#[repr(C)]
pub struct MethodWrapperObj {
    pub hdr: Header,
    pub def: &'static MethodDef,
    pub owner: &'static TypeObject,
    pub recv: Obj,
}

/// A data attribute of a builtin type.
#[repr(C)]
pub struct GetSetDescrObj {
    pub hdr: Header,
    pub def: &'static GetSetDef,
    pub owner: &'static TypeObject,
}

/// A read-only view of a mapping: what `T.__dict__` gives.
#[repr(C)]
pub struct MappingProxyObj {
    pub hdr: Header,
    pub mapping: Obj,
}

unsafe fn dealloc_method_descr(h: *mut Header) {
    // SAFETY: the three method descriptor types allocate a MethodDescrObj.
    drop(Box::from_raw(h as *mut MethodDescrObj));
}
unsafe fn dealloc_getset(h: *mut Header) {
    // SAFETY: both getset types allocate a GetSetDescrObj.
    drop(Box::from_raw(h as *mut GetSetDescrObj));
}

pub static METHOD_DESCRIPTOR_TYPE: TypeObject =
    TypeObject::builtin("method_descriptor", Kind::Other, Some(&OBJECT_TYPE), dealloc_method_descr, &METHOD_DESCR_SPEC);
pub static CLASSMETHOD_DESCRIPTOR_TYPE: TypeObject = TypeObject::builtin(
    "classmethod_descriptor",
    Kind::Other,
    Some(&OBJECT_TYPE),
    dealloc_method_descr,
    &METHOD_DESCR_SPEC,
);
pub static WRAPPER_DESCRIPTOR_TYPE: TypeObject = TypeObject::builtin(
    "wrapper_descriptor",
    Kind::Other,
    Some(&OBJECT_TYPE),
    dealloc_method_descr,
    &METHOD_DESCR_SPEC,
);
pub static METHOD_WRAPPER_TYPE: TypeObject = TypeObject::builtin(
    "method-wrapper",
    Kind::Other,
    Some(&OBJECT_TYPE),
    dealloc_payload::<MethodWrapperObj>,
    &METHOD_WRAPPER_SPEC,
);
pub static GETSET_DESCRIPTOR_TYPE: TypeObject =
    TypeObject::builtin("getset_descriptor", Kind::Other, Some(&OBJECT_TYPE), dealloc_getset, &GETSET_SPEC);
pub static MEMBER_DESCRIPTOR_TYPE: TypeObject =
    TypeObject::builtin("member_descriptor", Kind::Other, Some(&OBJECT_TYPE), dealloc_getset, &GETSET_SPEC);
pub static MAPPINGPROXY_TYPE: TypeObject = TypeObject::builtin(
    "mappingproxy",
    Kind::Other,
    Some(&OBJECT_TYPE),
    dealloc_payload::<MappingProxyObj>,
    &MAPPINGPROXY_SPEC,
);

// SAFETY (all four): repr(C), starts with a Header.
unsafe impl PyPayload for MethodWrapperObj {
    fn type_object() -> &'static TypeObject {
        &METHOD_WRAPPER_TYPE
    }
}
unsafe impl PyPayload for MappingProxyObj {
    fn type_object() -> &'static TypeObject {
        &MAPPINGPROXY_TYPE
    }
}

/// `v` as a method descriptor, class method descriptor or slot wrapper.
pub fn as_method_descr(v: Value) -> Option<&'static MethodDescrObj> {
    if v.is_heap()
        && (v.is(&METHOD_DESCRIPTOR_TYPE) || v.is(&CLASSMETHOD_DESCRIPTOR_TYPE) || v.is(&WRAPPER_DESCRIPTOR_TYPE))
    {
        // SAFETY: the type says it was allocated as a MethodDescrObj; the caller's
        // reference keeps it alive (descriptors in type dicts are immortal anyway).
        Some(unsafe { &*(v.0 as *const MethodDescrObj) })
    } else {
        None
    }
}

/// `v` as a getset or member descriptor.
pub fn as_getset(v: Value) -> Option<&'static GetSetDescrObj> {
    if v.is_heap() && (v.is(&GETSET_DESCRIPTOR_TYPE) || v.is(&MEMBER_DESCRIPTOR_TYPE)) {
        // SAFETY: as for `as_method_descr`.
        Some(unsafe { &*(v.0 as *const GetSetDescrObj) })
    } else {
        None
    }
}

/// The descriptor a type dict holds for method `m` of `owner`.
pub fn for_method(owner: &'static TypeObject, m: &'static MethodDef) -> Obj {
    let ty = match m.kind {
        MethKind::Method => &METHOD_DESCRIPTOR_TYPE,
        MethKind::Class => &CLASSMETHOD_DESCRIPTOR_TYPE,
        MethKind::Slot => &WRAPPER_DESCRIPTOR_TYPE,
        MethKind::Static => {
            let f = alloc(NativeFuncObj {
                hdr: Header::new(&BUILTIN_FUNCTION_TYPE),
                name: m.name,
                native: Native::Static(m, owner),
            });
            make_immortal(f.v());
            return crate::class::new_staticmethod(f.v());
        }
    };
    let b = Box::new(MethodDescrObj { hdr: Header::new(ty), def: m, owner });
    live_add(1);
    Obj(Value(Box::into_raw(b) as u64))
}

/// The descriptor a type dict holds for data attribute `g` of `owner`.
pub fn for_getset(owner: &'static TypeObject, g: &'static GetSetDef) -> Obj {
    let ty = if g.member { &MEMBER_DESCRIPTOR_TYPE } else { &GETSET_DESCRIPTOR_TYPE };
    let b = Box::new(GetSetDescrObj { hdr: Header::new(ty), def: g, owner });
    live_add(1);
    Obj(Value(Box::into_raw(b) as u64))
}

/// Method `def` of `owner` bound to `recv` (a `builtin_function_or_method`).
pub fn new_bound(recv: Obj, def: &'static MethodDef, owner: &'static TypeObject) -> Obj {
    alloc(NativeFuncObj {
        hdr: Header::new(&BUILTIN_FUNCTION_TYPE),
        name: def.name,
        native: Native::Bound(recv, def, owner),
    })
}

/// Slot wrapper `def` of `owner` bound to `recv` (a `method-wrapper`).
pub fn new_method_wrapper(recv: Obj, def: &'static MethodDef, owner: &'static TypeObject) -> Obj {
    alloc(MethodWrapperObj { hdr: Header::new(&METHOD_WRAPPER_TYPE), def, owner, recv })
}

// ---------------------------------------------------------------------------------------
// Calling builtin methods.

/// Checks the arguments of a call of `def` as its `Params` say (only formatting the
/// method's qualified name for an error).
#[inline]
pub fn check_args<'a>(def: &MethodDef, owner: &TypeObject, args: &'a [Value], kwnames: &'a [Obj]) -> PyResult<()> {
    use crate::func::positional_of;
    let owner_name = || crate::typeobj::builtin_name_parts(owner).1;
    if def.kind == MethKind::Slot && !matches!(def.params, Params::Any) {
        return check_slot_args(def, args, kwnames);
    }
    match def.params {
        Params::Any => Ok(()),
        Params::NoArgs => positional_of(owner_name(), def.name, Arity::Takes, args, kwnames, 0, 0).map(drop),
        Params::One => positional_of(owner_name(), def.name, Arity::Takes, args, kwnames, 1, 1).map(drop),
        Params::Pos(min, max, style) => {
            positional_of(owner_name(), def.name, style, args, kwnames, min as usize, max as usize).map(drop)
        }
    }
}

/// The argument checks of a slot wrapper, worded as CPython's `wrap_*` functions word them.
#[inline]
fn check_slot_args(def: &MethodDef, args: &[Value], kwnames: &[Obj]) -> PyResult<()> {
    let (min, max) = match def.params {
        Params::NoArgs => (0, 0),
        Params::One => (1, 1),
        Params::Pos(min, max, _) => (min as usize, max as usize),
        Params::Any => return Ok(()),
    };
    if kwnames.is_empty() && (min..=max).contains(&args.len()) {
        return Ok(());
    }
    slot_args_error(def, args.len() - kwnames.len(), !kwnames.is_empty(), min, max)
}

#[cold]
fn slot_args_error(def: &MethodDef, n: usize, kw: bool, min: usize, max: usize) -> PyResult<()> {
    if kw {
        return type_error(format!("wrapper {}() takes no keyword arguments", def.name));
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if max <= 1 && min == max {
        // check_num_args
        return type_error(format!("expected {min} argument{}, got {n}", plural(min)));
    }
    // PyArg_UnpackTuple with an empty name.
    let (how, k) = if min == max {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    type_error(format!(" expected {how}{k} argument{}, got {n}", plural(k)))
}

/// Calls method `def` of `owner` on `recv` (checked to be an instance of `owner`).
#[inline]
pub fn call_def(
    def: &'static MethodDef,
    owner: &'static TypeObject,
    recv: Value,
    args: &[Value],
    kwnames: &[Obj],
) -> PyResult {
    check_args(def, owner, args, kwnames)?;
    (def.f)(recv, args, kwnames)
}

/// `descriptor 'lower' for 'str' objects doesn't apply to a 'int' object`.
#[cold]
fn wrong_receiver(def: &MethodDef, owner: &TypeObject, recv: Value) -> PyErr {
    let oname = builtin_name_parts(owner).1;
    if def.kind == MethKind::Slot {
        PyErr::new(
            &TYPE_ERROR,
            format!("descriptor '{}' requires a '{oname}' object but received a '{}'", def.name, recv.ty().name),
        )
    } else {
        PyErr::new(
            &TYPE_ERROR,
            format!("descriptor '{}' for '{oname}' objects doesn't apply to a '{}' object", def.name, recv.ty().name),
        )
    }
}

/// Is `recv` an instance of `owner` (for a descriptor of `owner` applied to it)?
#[inline]
fn applies(owner: &'static TypeObject, recv: Value) -> bool {
    std::ptr::eq(recv.ty(), owner) || recv.ty().is_subtype(owner)
}

/// Calls a method descriptor as a function: `str.lower("A")`, `dict.fromkeys("ab")`
/// (through the descriptor itself: `dict.__dict__['fromkeys'](dict, "ab")`).
pub fn call_method_descr(d: &'static MethodDescrObj, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, _) = crate::func::split_args(args, kwnames);
    let oname = builtin_name_parts(d.owner).1;
    let Some(&recv) = pos.first() else {
        return type_error(if d.def.kind == MethKind::Class {
            format!("descriptor '{}' of '{oname}' object needs an argument", d.def.name)
        } else {
            format!("unbound method {oname}.{}() needs an argument", d.def.name)
        });
    };
    if d.def.kind == MethKind::Class {
        match crate::builtins::as_type(recv) {
            Some(t) if t.is_subtype(d.owner) => {}
            Some(t) => {
                return type_error(format!(
                    "descriptor '{}' requires a subtype of '{oname}' but received '{}'",
                    d.def.name, t.name
                ))
            }
            None => {
                return type_error(format!(
                    "descriptor '{}' for type '{oname}' needs a type, not a '{}' as arg 2",
                    d.def.name,
                    recv.ty().name
                ))
            }
        }
    } else if !applies(d.owner, recv) {
        return Err(wrong_receiver(d.def, d.owner, recv));
    }
    call_def(d.def, d.owner, recv, &args[1..], kwnames)
}

/// Calls a bound slot wrapper: `(1).__add__(2)`.
pub fn call_method_wrapper(w: &MethodWrapperObj, args: &[Value], kwnames: &[Obj]) -> PyResult {
    call_def(w.def, w.owner, w.recv.v(), args, kwnames)
}

// ---------------------------------------------------------------------------------------
// The descriptor protocol.

/// Is `attr` a data descriptor (its type defines `__set__` or `__delete__`): it takes
/// precedence over the instance dict.
pub fn is_data(attr: Value) -> bool {
    if !attr.is_heap() {
        return false;
    }
    let t = attr.ty();
    if as_getset(attr).is_some() || crate::class::as_property(attr).is_some() {
        return true;
    }
    if t.class.is_some() {
        return crate::class::lookup(t, "__set__").is_some() || crate::class::lookup(t, "__delete__").is_some();
    }
    false
}

/// What `obj.name` (`obj` Some) or `T.name` (`obj` None) gives for attribute `attr`
/// found in the dict of a type along the MRO of `ty` (`descr.__get__(obj, ty)`).
pub fn get(attr: Value, obj: Option<Value>, ty: &'static TypeObject) -> PyResult {
    if !attr.is_heap() {
        return Ok(attr.new_ref());
    }
    let at = attr.ty();
    if std::ptr::eq(at, &FUNCTION_TYPE) {
        return Ok(match obj {
            Some(o) => crate::class::new_method(attr.new_ref(), o.new_ref()),
            None => attr.new_ref(),
        });
    }
    if let Some(d) = as_method_descr(attr) {
        return match (d.def.kind, obj) {
            (MethKind::Class, _) => {
                let t = match obj {
                    Some(o) if crate::builtins::as_type(o).is_none() => o.ty(),
                    Some(o) => crate::builtins::as_type(o).unwrap_or(ty),
                    None => ty,
                };
                if !t.is_subtype(d.owner) {
                    return type_error(format!(
                        "descriptor '{}' for type '{}' doesn't apply to type '{}'",
                        d.def.name,
                        builtin_name_parts(d.owner).1,
                        t.name
                    ));
                }
                Ok(new_bound(t.as_value().new_ref(), d.def, d.owner))
            }
            (_, None) => Ok(attr.new_ref()),
            (kind, Some(o)) => {
                if !applies(d.owner, o) {
                    return Err(wrong_receiver(d.def, d.owner, o));
                }
                Ok(if kind == MethKind::Slot {
                    new_method_wrapper(o.new_ref(), d.def, d.owner)
                } else {
                    new_bound(o.new_ref(), d.def, d.owner)
                })
            }
        };
    }
    if let Some(g) = as_getset(attr) {
        return match obj {
            None => Ok(attr.new_ref()),
            Some(o) if !applies(g.owner, o) => type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                g.def.name,
                builtin_name_parts(g.owner).1,
                o.ty().name
            )),
            Some(o) => (g.def.get)(o),
        };
    }
    if at.class.is_none() {
        // The descriptors of class.rs: staticmethod, classmethod, property.
        if let Some(r) = crate::class::builtin_descr_get(attr, obj, ty) {
            return r;
        }
        return Ok(attr.new_ref());
    }
    // An instance of a class defined in Python with `__get__`.
    match crate::class::lookup(at, "__get__") {
        Some(g) => {
            let inst = obj.unwrap_or_else(none);
            crate::func::call(g.v(), &[attr, inst, ty.as_value()], &[])
        }
        None => Ok(attr.new_ref()),
    }
}

/// Stores `v` (None: deletes) through data descriptor `attr` on `obj`; None when `attr`
/// is not a data descriptor.
pub fn set(attr: Value, obj: Value, v: Option<Value>) -> Option<PyResult<()>> {
    if !attr.is_heap() {
        return None;
    }
    if let Some(g) = as_getset(attr) {
        if !applies(g.owner, obj) {
            return Some(type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                g.def.name,
                builtin_name_parts(g.owner).1,
                obj.ty().name
            )));
        }
        return Some(match g.def.set {
            Some(s) => s(obj, v),
            // A read-only struct member (CPython's READONLY `PyMemberDef`).
            None if g.def.member => Err(PyErr::new(&ATTRIBUTE_ERROR, "readonly attribute".to_string())),
            None => Err(PyErr::new(
                &ATTRIBUTE_ERROR,
                format!("attribute '{}' of '{}' objects is not writable", g.def.name, builtin_name_parts(g.owner).1),
            )),
        });
    }
    if crate::class::as_property(attr).is_some() {
        return Some(crate::class::property_set(attr, obj, v));
    }
    let at = attr.ty();
    at.class?;
    let (name, args): (&str, Vec<Value>) = match v {
        Some(v) => ("__set__", vec![attr, obj, v]),
        None => ("__delete__", vec![attr, obj]),
    };
    match crate::class::lookup(at, name) {
        Some(f) => Some(crate::func::call(f.v(), &args, &[]).map(drop)),
        None if is_data(attr) => Some(Err(PyErr::new(
            &ATTRIBUTE_ERROR,
            if v.is_some() { "__set__".to_string() } else { "__delete__".to_string() },
        ))),
        None => None,
    }
}

// ---------------------------------------------------------------------------------------
// Reprs and attributes of the descriptor types.

/// The repr of a descriptor object, bound builtin method or mappingproxy.
pub fn repr(v: Value) -> Option<PyResult<String>> {
    if let Some(d) = as_method_descr(v) {
        let oname = builtin_name_parts(d.owner).1;
        return Some(Ok(match d.def.kind {
            MethKind::Slot => format!("<slot wrapper '{}' of '{oname}' objects>", d.def.name),
            MethKind::Class => format!("<method '{}' of '{oname}' objects>", d.def.name),
            _ => format!("<method '{}' of '{oname}' objects>", d.def.name),
        }));
    }
    if let Some(g) = as_getset(v) {
        let oname = builtin_name_parts(g.owner).1;
        let what = if g.def.member { "member" } else { "attribute" };
        return Some(Ok(format!("<{what} '{}' of '{oname}' objects>", g.def.name)));
    }
    if let Some(w) = v.downcast::<MethodWrapperObj>() {
        return Some(Ok(format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            w.def.name,
            w.recv.v().ty().name,
            w.recv.v().0 as usize
        )));
    }
    if let Some(p) = v.downcast::<MappingProxyObj>() {
        return Some(crate::ops::repr_string(p.mapping.v()).map(|r| format!("mappingproxy({r})")));
    }
    None
}

/// `T.__dict__`: a read-only view of the type's namespace.
pub fn mappingproxy(mapping: Value) -> Obj {
    alloc(MappingProxyObj { hdr: Header::new(&MAPPINGPROXY_TYPE), mapping: mapping.new_ref() })
}

/// The mapping a mappingproxy shows.
pub fn proxied(v: Value) -> Option<Value> {
    v.downcast::<MappingProxyObj>().map(|p| p.mapping.v())
}

fn descr_name(v: Value) -> PyResult {
    if let Some(d) = as_method_descr(v) {
        return Ok(crate::str::new_str(d.def.name));
    }
    if let Some(g) = as_getset(v) {
        return Ok(crate::str::new_str(g.def.name));
    }
    if let Some(w) = v.downcast::<MethodWrapperObj>() {
        return Ok(crate::str::new_str(w.def.name));
    }
    type_error("descriptor expected")
}

fn descr_owner(v: Value) -> Option<&'static TypeObject> {
    if let Some(d) = as_method_descr(v) {
        return Some(d.owner);
    }
    if let Some(g) = as_getset(v) {
        return Some(g.owner);
    }
    v.downcast::<MethodWrapperObj>().map(|w| w.owner)
}

fn descr_qualname(v: Value) -> PyResult {
    let owner = descr_owner(v).map(|o| builtin_name_parts(o).1).unwrap_or("?");
    let name = descr_name(v)?;
    Ok(crate::str::new_string(format!("{owner}.{}", crate::str::as_str(name.v()).unwrap_or(""))))
}

fn descr_objclass(v: Value) -> PyResult {
    match descr_owner(v) {
        Some(o) => Ok(o.as_value().new_ref()),
        None => type_error("descriptor expected"),
    }
}

fn descr_doc(v: Value) -> PyResult {
    let owner = descr_owner(v);
    let name = descr_name(v)?;
    let doc = owner.and_then(|o| crate::docs::attr_doc(o, crate::str::as_str(name.v()).unwrap_or("")));
    Ok(doc.map_or_else(none_obj, crate::str::new_str))
}

fn descr_text_signature(v: Value) -> PyResult {
    let owner = descr_owner(v);
    let name = descr_name(v)?;
    let sig = owner.and_then(|o| crate::docs::attr_signature(o, crate::str::as_str(name.v()).unwrap_or("")));
    Ok(sig.map_or_else(none_obj, crate::str::new_str))
}

fn wrapper_self(v: Value) -> PyResult {
    match v.downcast::<MethodWrapperObj>() {
        Some(w) => Ok(w.recv.clone()),
        None => type_error("method-wrapper expected"),
    }
}

/// `descr.__get__(obj, type=None)`.
fn descr_dunder_get(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("__get__", Arity::Expected, args, kwnames, 1, 2)?;
    let obj = Some(pos[0]).filter(|o| !o.is_none());
    let ty = match pos.get(1).filter(|t| !t.is_none()) {
        Some(t) => match crate::builtins::as_type(*t) {
            Some(t) => t,
            None => return type_error("__get__(None, None) is invalid"),
        },
        None => match obj {
            Some(o) => o.ty(),
            None => return type_error("__get__(None, None) is invalid"),
        },
    };
    get(v, obj, ty)
}

fn descr_dunder_set(v: Value, args: &[Value], _kwnames: &[Obj]) -> PyResult {
    set(v, args[0], Some(args[1])).unwrap_or_else(|| type_error("not a data descriptor"))?;
    Ok(none_obj())
}

fn descr_dunder_delete(v: Value, args: &[Value], _kwnames: &[Obj]) -> PyResult {
    set(v, args[0], None).unwrap_or_else(|| type_error("not a data descriptor"))?;
    Ok(none_obj())
}

fn descr_dunder_call(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::func::call(v, args, kwnames)
}

fn descr_dunder_repr(v: Value, _args: &[Value], _kwnames: &[Obj]) -> PyResult {
    Ok(crate::str::new_string(repr(v).unwrap_or_else(|| type_error("descriptor expected"))?))
}

const DESCR_GETSETS: &[GetSetDef] = &[
    GetSetDef::getset("__doc__", descr_doc, None),
    GetSetDef::getset("__qualname__", descr_qualname, None),
    GetSetDef::getset("__text_signature__", descr_text_signature, None),
    GetSetDef::member("__objclass__", descr_objclass, None),
    GetSetDef::member("__name__", descr_name, None),
];

static METHOD_DESCR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", descr_dunder_repr, Params::NoArgs),
        MethodDef::slot("__call__", descr_dunder_call, Params::Any),
        MethodDef::slot("__get__", descr_dunder_get, Params::Any),
    ],
    getsets: DESCR_GETSETS,
    ..EMPTY
};

static GETSET_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", descr_dunder_repr, Params::NoArgs),
        MethodDef::slot("__get__", descr_dunder_get, Params::Any),
        MethodDef::slot("__set__", descr_dunder_set, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::slot("__delete__", descr_dunder_delete, Params::One),
    ],
    getsets: &[
        GetSetDef::getset("__doc__", descr_doc, None),
        GetSetDef::getset("__qualname__", descr_qualname, None),
        GetSetDef::member("__objclass__", descr_objclass, None),
        GetSetDef::member("__name__", descr_name, None),
    ],
    ..EMPTY
};

static METHOD_WRAPPER_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", descr_dunder_repr, Params::NoArgs),
        MethodDef::slot("__call__", descr_dunder_call, Params::Any),
    ],
    getsets: &[
        GetSetDef::member("__self__", wrapper_self, None),
        GetSetDef::getset("__name__", descr_name, None),
        GetSetDef::getset("__qualname__", descr_qualname, None),
        GetSetDef::getset("__doc__", descr_doc, None),
        GetSetDef::getset("__text_signature__", descr_text_signature, None),
    ],
    ..EMPTY
};

// mappingproxy: the methods of a read-only mapping, each passed to the proxied mapping.

fn proxy_target(v: Value) -> PyResult<Value> {
    proxied(v).map_or_else(|| type_error("mappingproxy expected"), Ok)
}

fn proxy_forward(v: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::ops::call_method(proxy_target(v)?, name, args, kwnames)
}

fn proxy_keys(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    proxy_forward(v, "keys", a, k)
}
fn proxy_values(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    proxy_forward(v, "values", a, k)
}
fn proxy_items(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    proxy_forward(v, "items", a, k)
}
fn proxy_get(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    proxy_forward(v, "get", a, k)
}
fn proxy_copy(v: Value, a: &[Value], k: &[Obj]) -> PyResult {
    proxy_forward(v, "copy", a, k)
}
fn proxy_getitem(v: Value, a: &[Value], _k: &[Obj]) -> PyResult {
    crate::ops::getitem(proxy_target(v)?, a[0])
}
fn proxy_len(v: Value, _a: &[Value], _k: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(crate::builtins::len_of(proxy_target(v)?)?))
}
fn proxy_contains(v: Value, a: &[Value], _k: &[Obj]) -> PyResult {
    Ok(bool_obj(crate::ops::contains(proxy_target(v)?, a[0])?))
}
fn proxy_iter(v: Value, _a: &[Value], _k: &[Obj]) -> PyResult {
    crate::iter::get_iter(proxy_target(v)?)
}
fn proxy_str(v: Value, _a: &[Value], _k: &[Obj]) -> PyResult {
    crate::ops::str_of(proxy_target(v)?)
}

static MAPPINGPROXY_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", descr_dunder_repr, Params::NoArgs),
        MethodDef::slot("__str__", proxy_str, Params::NoArgs),
        MethodDef::slot("__getitem__", proxy_getitem, Params::One),
        MethodDef::slot("__len__", proxy_len, Params::NoArgs),
        MethodDef::slot("__contains__", proxy_contains, Params::One),
        MethodDef::slot("__iter__", proxy_iter, Params::NoArgs),
        MethodDef::method("get", proxy_get, Params::Any),
        MethodDef::method("keys", proxy_keys, Params::NoArgs),
        MethodDef::method("values", proxy_values, Params::NoArgs),
        MethodDef::method("items", proxy_items, Params::NoArgs),
        MethodDef::method("copy", proxy_copy, Params::NoArgs),
    ],
    ..EMPTY
};
