//! `object` and `type`, the roots of the type hierarchy: what their namespaces hold
//! (`object.__hash__`, `object.__init_subclass__`, `type.__name__`, `type.mro`, …).
use crate::descr;
use crate::err::*;
use crate::func::Arity;
use crate::object::*;
use crate::typeobj::*;
use crate::types::*;

fn type_of(v: Value) -> PyResult<&'static TypeObject> {
    match crate::builtins::as_type(v) {
        Some(t) => Ok(t),
        None => type_error(format!("descriptor requires a 'type' object but received a '{}'", v.ty().name)),
    }
}

// ---------------------------------------------------------------------------------------
// object

/// `<mod.Name object at 0x…>` (`object.__repr__`).
pub fn default_repr(v: Value) -> String {
    let t = v.ty();
    match t.class {
        Some(c) => format!("<{}.{} object at {:#x}>", c.module, c.qualname, v.0),
        None => {
            let (m, n) = builtin_name_parts(t);
            if m == "builtins" {
                format!("<{n} object at {:#x}>", v.0)
            } else {
                format!("<{m}.{n} object at {:#x}>", v.0)
            }
        }
    }
}

fn object_repr(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_string(default_repr(v)))
}

fn object_str(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::repr_of(v)
}

fn object_hash(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(crate::hash::hash_pointer(v)))
}

fn object_eq(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(if v == a[0] { bool_obj(true) } else { crate::class::not_implemented().new_ref() })
}

fn object_ne(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    // `__ne__` inverts `__eq__` unless that is NotImplemented.
    let eq = crate::ops::call_method(v, "__eq__", a, &[])?;
    if eq.v() == crate::class::not_implemented() {
        return Ok(eq);
    }
    Ok(bool_obj(!crate::ops::is_true(eq.v())?))
}

fn object_order(_v: Value, _a: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::class::not_implemented().new_ref())
}

fn object_getattribute(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let name = attr_name(a[0])?;
    match crate::attr::generic_getattr(v, name)? {
        Some(r) => Ok(r),
        None => Err(crate::ops::no_attribute_error(v, crate::str::as_str(name).unwrap_or(""))),
    }
}

/// An attribute name argument: a str (`attribute name must be string, not 'int'`).
fn attr_name(v: Value) -> PyResult<Value> {
    if crate::str::as_str(v).is_some() {
        Ok(v)
    } else {
        type_error(format!("attribute name must be string, not '{}'", v.ty().name))
    }
}

/// `object.__setattr__(self, name, value)` refuses to bypass a type object's own rules.
fn check_not_type(v: Value, what: &str) -> PyResult<()> {
    if crate::builtins::as_type(v).is_some() {
        return type_error(format!("can't apply this {what} to type object"));
    }
    Ok(())
}

pub(crate) fn object_setattr_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    check_not_type(v, "__setattr__")?;
    let name = attr_name(a[0])?;
    if v.kind() == Kind::Module {
        crate::module::setattr(v, crate::str::as_str(name).unwrap_or(""), a[1])?;
    } else {
        crate::attr::generic_setattr(v, name, Some(a[1]))?;
    }
    Ok(none_obj())
}

pub(crate) fn object_delattr_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    check_not_type(v, "__delattr__")?;
    let name = attr_name(a[0])?;
    crate::attr::generic_setattr(v, name, None)?;
    Ok(none_obj())
}

/// `object.__init__(self, *args, **kwargs)`.
/// Does some type along the MRO of `t` before `object` define `name`?
fn overrides(t: &'static TypeObject, name: &str) -> bool {
    let key = crate::str::intern(name);
    lookup_where(t, key.v()).is_some_and(|(_, owner)| !std::ptr::eq(owner, &OBJECT_TYPE))
}

fn object_init(v: Value, args: &[Value], _kwnames: &[Obj]) -> PyResult {
    if !args.is_empty() {
        let t = v.ty();
        // As CPython: excess arguments are an error unless `__new__` is overridden and
        // `__init__` is not.
        let init_overridden = overrides(t, "__init__");
        let new_overridden = overrides(t, "__new__");
        if init_overridden || !new_overridden {
            let name = if init_overridden { "object" } else { t.name };
            return type_error(format!("{name}.__init__() takes exactly one argument (the instance to initialize)"));
        }
    }
    Ok(none_obj())
}

/// `object.__new__(cls, *args, **kwargs)`.
fn object_new(cls: &'static TypeObject, args: &[Value], _kwnames: &[Obj]) -> PyResult {
    if !args.is_empty() {
        let init_overridden = overrides(cls, "__init__");
        let new_overridden = overrides(cls, "__new__");
        if new_overridden || !init_overridden {
            return type_error(format!("{}() takes no arguments", cls.name));
        }
    }
    if cls.class.is_some() {
        return crate::class::new_instance(cls);
    }
    if std::ptr::eq(cls, &OBJECT_TYPE) {
        return Ok(alloc(crate::builtins::PlainObj { hdr: Header::new(&OBJECT_TYPE) }));
    }
    type_error(format!("object.__new__({}) is not safe, use {}.__new__()", cls.name, cls.name))
}

fn object_format(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let Some(spec) = crate::str::as_str(a[0]) else {
        return type_error(format!("__format__() argument must be str, not {}", a[0].ty().name));
    };
    if !spec.is_empty() {
        return type_error(format!("unsupported format string passed to {}.__format__", v.ty().name));
    }
    crate::ops::str_of(v)
}

fn object_dir(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::attr::dir(v)
}

fn object_init_subclass(cls: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let name = crate::builtins::as_type(cls).map_or("object", |t| t.name);
    if !kwnames.is_empty() {
        return type_error(format!("{name}.__init_subclass__() takes no keyword arguments"));
    }
    if !args.is_empty() {
        return type_error(format!("{name}.__init_subclass__() takes no arguments ({} given)", args.len()));
    }
    Ok(none_obj())
}

fn object_subclasshook(_cls: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::class::not_implemented().new_ref())
}

fn not_supported(what: &str) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, format!("pyaot: {what} is not supported yet")))
}

fn object_reduce(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    not_supported("pickling (object.__reduce__)")
}

fn object_sizeof(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    not_supported("__sizeof__")
}

fn object_getstate(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    match crate::attr::instance_dict(v) {
        Some(d) if crate::dict::len(d) > 0 => Ok(d.new_ref()),
        _ if v.ty().class.is_some_and(|c| !c.slot_names.is_empty()) => not_supported("__getstate__ of slotted objects"),
        _ => Ok(none_obj()),
    }
}

fn object_class_get(v: Value) -> PyResult {
    if let Some(m) = crate::stdlib::enum_::metatype(v) {
        return Ok(m);
    }
    Ok(v.ty().as_value().new_ref())
}

fn object_class_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let Some(to) = to else { return type_error("can't delete __class__ attribute") };
    crate::class::set_class(v, to)
}

pub static OBJECT_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", object_repr, Params::NoArgs),
        MethodDef::slot("__hash__", object_hash, Params::NoArgs),
        MethodDef::slot("__str__", object_str, Params::NoArgs),
        MethodDef::slot("__getattribute__", object_getattribute, Params::One),
        MethodDef::slot("__setattr__", object_setattr_slot, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::slot("__delattr__", object_delattr_slot, Params::One),
        MethodDef::slot("__lt__", object_order, Params::One),
        MethodDef::slot("__le__", object_order, Params::One),
        MethodDef::slot("__eq__", object_eq, Params::One),
        MethodDef::slot("__ne__", object_ne, Params::One),
        MethodDef::slot("__gt__", object_order, Params::One),
        MethodDef::slot("__ge__", object_order, Params::One),
        MethodDef::slot("__init__", object_init, Params::Any),
        MethodDef::method("__reduce_ex__", object_reduce, Params::One),
        MethodDef::method("__reduce__", object_reduce, Params::NoArgs),
        MethodDef::method("__getstate__", object_getstate, Params::NoArgs),
        MethodDef::class("__subclasshook__", object_subclasshook, Params::Any),
        MethodDef::class("__init_subclass__", object_init_subclass, Params::Any),
        MethodDef::method("__format__", object_format, Params::One),
        MethodDef::method("__sizeof__", object_sizeof, Params::NoArgs),
        MethodDef::method("__dir__", object_dir, Params::NoArgs),
    ],
    getsets: &[GetSetDef::getset("__class__", object_class_get, Some(object_class_set))],
    new: Some(object_new),
    flags: BASETYPE,
    ..EMPTY
};

// ---------------------------------------------------------------------------------------
// type

fn type_name_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    Ok(crate::str::new_str(match t.class {
        Some(_) => t.name,
        None => builtin_name_parts(t).1,
    }))
}

fn type_qualname_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    Ok(crate::str::new_str(match t.class {
        Some(c) => &c.qualname,
        None => builtin_name_parts(t).1,
    }))
}

fn type_module_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    match t.class {
        Some(c) => match crate::dict::get_name(c.dict.v(), crate::str::intern("__module__").v()) {
            Some(m) => Ok(m),
            None => Err(PyErr::new(&ATTRIBUTE_ERROR, "__module__".to_string())),
        },
        None => Ok(crate::str::new_str(builtin_name_parts(t).0)),
    }
}

fn type_module_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let t = type_of(v)?;
    let Some(c) = t.class else {
        return type_error(format!("cannot set '__module__' attribute of immutable type '{}'", t.name));
    };
    let key = crate::str::intern("__module__");
    match to {
        Some(m) => crate::dict::set_item(c.dict.v(), key, m.new_ref()),
        None => type_error("cannot delete '__module__' attribute"),
    }
}

fn type_bases_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    let bases: Vec<Obj> = match t.class {
        Some(c) => c.bases.iter().map(|b| b.as_value().new_ref()).collect(),
        None => t.base.iter().map(|b| b.as_value().new_ref()).collect(),
    };
    Ok(crate::tuple::new_tuple(bases))
}

fn type_base_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    Ok(t.base.map_or_else(none_obj, |b| b.as_value().new_ref()))
}

fn type_mro_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    Ok(crate::tuple::new_tuple(mro(t).map(|b| b.as_value().new_ref()).collect()))
}

fn type_dict_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    Ok(descr::mappingproxy(type_dict(t)))
}

fn type_doc_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    match t.class {
        Some(_) => match crate::dict::get_name(type_dict(t), crate::str::intern("__doc__").v()) {
            Some(d) => descr::get(d.v(), None, t),
            None => Ok(none_obj()),
        },
        None => Ok(crate::docs::type_doc(t).map_or_else(none_obj, crate::str::new_str)),
    }
}

fn type_doc_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let t = type_of(v)?;
    let Some(c) = t.class else {
        return type_error(format!("cannot set '__doc__' attribute of immutable type '{}'", t.name));
    };
    let key = crate::str::intern("__doc__");
    match to {
        Some(d) => crate::dict::set_item(c.dict.v(), key, d.new_ref()),
        None => type_error("cannot delete '__doc__' attribute"),
    }
}

fn type_text_signature_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    Ok(crate::docs::attr_signature(t, "").map_or_else(none_obj, crate::str::new_str))
}

fn type_annotations_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    let Some(c) = t.class else {
        return Err(PyErr::new(
            &ATTRIBUTE_ERROR,
            format!("type object '{}' has no attribute '__annotations__'", t.name),
        ));
    };
    // A class's own annotations only (made empty on first access, as CPython 3.10+).
    let key = crate::str::intern("__annotations__");
    match crate::dict::get_name(c.dict.v(), key.v()) {
        Some(a) => Ok(a),
        None => {
            let d = crate::dict::new_dict();
            crate::dict::set_item(c.dict.v(), key, d.clone())?;
            Ok(d)
        }
    }
}

fn type_annotations_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let t = type_of(v)?;
    let Some(c) = t.class else {
        return type_error(format!("cannot set '__annotations__' attribute of immutable type '{}'", t.name));
    };
    let key = crate::str::intern("__annotations__");
    match to {
        Some(d) => crate::dict::set_item(c.dict.v(), key, d.new_ref()),
        None => match crate::dict::pop(c.dict.v(), key.v())? {
            Some(_) => Ok(()),
            None => Err(PyErr::new(&ATTRIBUTE_ERROR, "__annotations__".to_string())),
        },
    }
}

fn type_abstractmethods_get(v: Value) -> PyResult {
    let t = type_of(v)?;
    let found = t.class.and_then(|c| crate::dict::get_name(c.dict.v(), crate::str::intern("__abstractmethods__").v()));
    found.ok_or_else(|| PyErr::new(&ATTRIBUTE_ERROR, "__abstractmethods__".to_string()))
}

fn type_layout_get(_v: Value) -> PyResult {
    not_supported("the C layout of types (__basicsize__, __itemsize__, __flags__, offsets)")
}

fn type_mro_method(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let t = type_of(v)?;
    Ok(crate::list::new_list(mro(t).map(|b| b.as_value().new_ref()).collect()))
}

fn type_subclasses(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let t = type_of(v)?;
    if t.class.is_none() {
        return not_supported("__subclasses__() of builtin types");
    }
    Ok(crate::list::new_list(crate::class::subclasses(t).into_iter().map(|s| s.as_value().new_ref()).collect()))
}

fn type_instancecheck(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let t = type_of(v)?;
    Ok(bool_obj(crate::builtins::is_instance_of_type(a[0], t)))
}

fn type_subclasscheck(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let t = type_of(v)?;
    match crate::builtins::as_type(a[0]) {
        Some(s) => Ok(bool_obj(s.is_subtype(t))),
        None => type_error("issubclass() arg 1 must be a class"),
    }
}

fn type_prepare(_cls: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::dict::new_dict())
}

fn type_dir(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::attr::dir(v)
}

fn type_repr(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::repr_of(v)
}

fn type_call(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let t = type_of(v)?;
    crate::typenew::type_call(t, args, kwnames)
}

fn type_getattribute(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let name = attr_name(a[0])?;
    crate::ops::getattr_obj(v, name)
}

fn type_setattr_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let name = attr_name(a[0])?;
    crate::attr::type_setattr(v, name, Some(a[1]))?;
    Ok(none_obj())
}

fn type_delattr_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let name = attr_name(a[0])?;
    crate::attr::type_setattr(v, name, None)?;
    Ok(none_obj())
}

fn type_init(_v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, _) = crate::func::split_args(args, kwnames);
    if pos.len() != 1 && pos.len() != 3 {
        return type_error("type.__init__() takes 1 or 3 arguments");
    }
    Ok(none_obj())
}

fn type_or(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::binop(crate::ops::BinOp::BitOr, v, a[0])
}

fn type_ror(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::binop(crate::ops::BinOp::BitOr, a[0], v)
}

fn type_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::typenew::type_new(cls, args, kwnames)
}

pub static TYPE_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", type_repr, Params::NoArgs),
        MethodDef::slot("__call__", type_call, Params::Any),
        MethodDef::slot("__getattribute__", type_getattribute, Params::One),
        MethodDef::slot("__setattr__", type_setattr_slot, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::slot("__delattr__", type_delattr_slot, Params::One),
        MethodDef::slot("__init__", type_init, Params::Any),
        MethodDef::slot("__or__", type_or, Params::One),
        MethodDef::slot("__ror__", type_ror, Params::One),
        MethodDef::method("mro", type_mro_method, Params::NoArgs),
        MethodDef::method("__subclasses__", type_subclasses, Params::NoArgs),
        MethodDef::class("__prepare__", type_prepare, Params::Any),
        MethodDef::method("__instancecheck__", type_instancecheck, Params::One),
        MethodDef::method("__subclasscheck__", type_subclasscheck, Params::One),
        MethodDef::method("__dir__", type_dir, Params::NoArgs),
        MethodDef::method("__sizeof__", object_sizeof, Params::NoArgs),
    ],
    getsets: &[
        GetSetDef::member("__basicsize__", type_layout_get, None),
        GetSetDef::member("__itemsize__", type_layout_get, None),
        GetSetDef::member("__flags__", type_layout_get, None),
        GetSetDef::member("__weakrefoffset__", type_layout_get, None),
        GetSetDef::member("__base__", type_base_get, None),
        GetSetDef::member("__dictoffset__", type_layout_get, None),
        GetSetDef::member("__mro__", type_mro_get, None),
        GetSetDef::getset("__name__", type_name_get, None),
        GetSetDef::getset("__qualname__", type_qualname_get, None),
        GetSetDef::getset("__bases__", type_bases_get, None),
        GetSetDef::getset("__module__", type_module_get, Some(type_module_set)),
        GetSetDef::getset("__abstractmethods__", type_abstractmethods_get, None),
        GetSetDef::getset("__dict__", type_dict_get, None),
        GetSetDef::getset("__doc__", type_doc_get, Some(type_doc_set)),
        GetSetDef::getset("__text_signature__", type_text_signature_get, None),
        GetSetDef::getset("__annotations__", type_annotations_get, Some(type_annotations_set)),
    ],
    new: Some(type_new),
    flags: BASETYPE,
    ..EMPTY
};
