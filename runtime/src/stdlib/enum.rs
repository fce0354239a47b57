//! `enum`: `Enum`, `IntEnum`, `auto` and `unique`. `Enum` and `IntEnum` are classes
//! made on first import (`class::make_class`); a class is an *enum class* when `Enum` is
//! in its MRO. `__build_class__` calls [`finish_class`], which turns the names the body
//! bound (not dunders, sunders or descriptors) into members: instances of the class with
//! `_name_` and `_value_`, stored back as class attributes, equal values made aliases.
//! What CPython's `EnumType` metaclass does for the class object — `Color(1)`,
//! `Color['RED']`, iteration, `len`, `in`, `<enum 'Color'>`, refusing to reassign a
//! member — is reached through the hooks below, which `class`, `ops`, `iter` and
//! `builtins` consult for type objects. `IntEnum` members are instances whose methods
//! (Rust-bodied, as dataclasses' are) compare, hash, format and compute as their int
//! value; `isinstance(m, int)` is true for them. Not supported (NotImplementedError):
//! `Flag`, `IntFlag`, `StrEnum`, the functional API, `__new__` in an enum class.
use super::{native, NativeTable};
use crate::class::{as_class, lookup, ClassData, PropertyObj};
use crate::err::*;
use crate::func::{new_rust_function, FuncObj};
use crate::object::*;
use crate::ops::{BinOp, CmpOp};
use crate::rust_entry;
use crate::types::*;
use std::cell::Cell;

/// The classes this module makes, once.
#[derive(Clone, Copy)]
struct Bases {
    enum_: &'static TypeObject,
    int_enum: &'static TypeObject,
    /// The metaclass of enum classes, for `type(Color)`: a stand-in deriving from
    /// `object` (the hooks above do its work).
    enum_type: &'static TypeObject,
    /// `Flag`, `IntFlag`, `StrEnum`: defined so that imports work, refused when used.
    unsupported: [&'static TypeObject; 3],
}

thread_local! {
    static BASES: Cell<Option<Bases>> = const { Cell::new(None) };
}

fn bases() -> Option<Bases> {
    BASES.with(|b| b.get())
}

/// Is `ty` an enum class (`Enum` in its MRO)?
fn is_enum(ty: &TypeObject) -> bool {
    match (bases(), ty.class) {
        (Some(b), Some(c)) => c.mro.iter().any(|t| std::ptr::eq(*t, b.enum_)),
        _ => false,
    }
}

fn is_int_enum(ty: &TypeObject) -> bool {
    match (bases(), ty.class) {
        (Some(b), Some(c)) => c.mro.iter().any(|t| std::ptr::eq(*t, b.int_enum)),
        _ => false,
    }
}

/// The enum class `t` is, if it is one.
fn enum_class(t: Value) -> Option<(&'static TypeObject, &'static ClassData)> {
    let (ty, c) = as_class(t)?;
    is_enum(ty).then_some((ty, c))
}

fn class_get(c: &ClassData, name: &str) -> Option<Obj> {
    crate::dict::get_item(c.dict.v(), crate::str::intern(name).v()).ok().flatten()
}

/// The members of an enum class, in definition order (aliases left out).
fn members(c: &ClassData) -> Vec<Obj> {
    let (Some(names), Some(map)) = (class_get(c, "_member_names_"), class_get(c, "_member_map_")) else {
        return Vec::new();
    };
    let names = crate::iter::collect(names.v()).unwrap_or_default();
    names.iter().filter_map(|n| crate::dict::get_item(map.v(), n.v()).ok().flatten()).collect()
}

/// `_name_` or `_value_` of a member.
fn member_attr(m: Value, name: &str) -> PyResult {
    let d = crate::class::instance_dict(m).ok_or_else(|| PyErr::new(&ATTRIBUTE_ERROR, name.to_string()))?;
    match crate::dict::get_item(d, crate::str::intern(name).v())? {
        Some(v) => Ok(v),
        None => Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{name}'", m.ty().name))),
    }
}

/// The int value of an `IntEnum` member (None: `v` is not one).
fn int_value(v: Value) -> Option<Obj> {
    if crate::class::class_of(v).is_some() && is_int_enum(v.ty()) {
        member_attr(v, "_value_").ok()
    } else {
        None
    }
}

/// `isinstance(v, t)` where the class relation is CPython's and not the runtime's:
/// IntEnum members are ints, enum classes are instances of `EnumType`.
pub fn is_instance(v: Value, t: &TypeObject) -> bool {
    let Some(b) = bases() else { return false };
    (std::ptr::eq(t, &INT_TYPE) && v.is_heap() && int_value(v).is_some())
        || (std::ptr::eq(t, b.enum_type) && enum_class(v).is_some())
}

/// `type(v)` for an enum class: `EnumType` (None: `v` is not one).
pub fn metatype(v: Value) -> Option<Obj> {
    enum_class(v)?;
    Some(bases()?.enum_type.as_value().new_ref())
}

fn unsupported(what: &str) -> PyErr {
    PyErr::new(&NOT_IMPLEMENTED_ERROR, format!("pyaot: {what} is not supported yet"))
}

// ---------------------------------------------------------------------------------------
// Making the members.

/// `auto()`: a placeholder the class body binds, replaced by the next value.
#[repr(C)]
pub struct AutoObj {
    pub hdr: Header,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for AutoObj {
    fn type_object() -> &'static TypeObject {
        &AUTO_TYPE
    }
}

pub static AUTO_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "auto",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<AutoObj>,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

fn e_auto(args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::func::positional("auto", crate::func::Arity::Takes, args, kwnames, 0, 0)?;
    Ok(alloc(AutoObj { hdr: Header::new(&AUTO_TYPE) }))
}

fn is_dunder(n: &str) -> bool {
    n.len() > 4
        && n.starts_with("__")
        && n.ends_with("__")
        && !n[2..3].starts_with('_')
        && !n[..n.len() - 2].ends_with('_')
}

fn is_sunder(n: &str) -> bool {
    n.len() > 2
        && n.starts_with('_')
        && n.ends_with('_')
        && !n[1..2].starts_with('_')
        && !n[..n.len() - 1].ends_with("__")
}

/// Functions, methods and properties stay class attributes (CPython: objects with
/// `__get__`, `__set__` or `__delete__`).
fn is_descriptor(v: Value) -> bool {
    v.downcast::<FuncObj>().is_some()
        || v.downcast::<PropertyObj>().is_some()
        || v.is(&crate::class::STATICMETHOD_TYPE)
        || v.is(&crate::class::CLASSMETHOD_TYPE)
}

/// The value `auto()` stands for: `_generate_next_value_(name, 1, count, last_values)`
/// when the class defines it, else one more than the last value (CPython 3.11's default
/// for values that are ints in increasing order; others are refused).
fn next_value(ty: &'static TypeObject, name: &str, count: usize, last: &[Obj]) -> PyResult {
    if let Some(g) = lookup(ty, "_generate_next_value_") {
        let f = crate::ops::getattr(ty.as_value(), "_generate_next_value_").unwrap_or(g);
        let values = crate::list::new_list(last.to_vec());
        let name = crate::str::new_str(name);
        let args = [name.v(), Value::small_unchecked(1), Value::small_unchecked(count as i64), values.v()];
        return crate::func::call(f.v(), &args, &[]);
    }
    let Some(l) = last.last() else { return Ok(Obj::small(1)) };
    let ints: Option<Vec<i64>> = last
        .iter()
        .map(|v| crate::int::to_i64(v.v()).filter(|_| v.v().kind() == Kind::Int || v.v().is_small_int()))
        .collect();
    match ints {
        Some(ints) if ints.iter().max() == ints.last() => {
            crate::ops::binop(BinOp::Add, l.v(), Value::small_unchecked(1))
        }
        _ => Err(unsupported("auto() after a value that is not the largest int so far")),
    }
}

/// Called by `__build_class__` on every new class: makes the members of an enum class.
pub fn finish_class(cls: Value) -> PyResult<()> {
    let Some((ty, c)) = enum_class(cls) else { return Ok(()) };
    let b = bases().expect("enum classes exist once enum is imported");
    if std::ptr::eq(ty, b.enum_) || std::ptr::eq(ty, b.int_enum) || b.unsupported.iter().any(|u| std::ptr::eq(*u, ty)) {
        return Ok(());
    }
    if let Some(u) = b.unsupported.iter().find(|u| c.mro.iter().any(|t| std::ptr::eq(*t, **u))) {
        return Err(unsupported(&format!("enum.{}", u.name)));
    }
    if class_get(c, "__new__").is_some() {
        return Err(unsupported("__new__ in an enum class"));
    }
    for base in &c.mro[1..] {
        if let Some(bc) = base.class {
            if is_enum(base) && !members(bc).is_empty() {
                return type_error(format!("<enum '{}'> cannot extend <enum '{}'>", ty.name, base.name));
            }
        }
    }
    let is_int = is_int_enum(ty);
    let has_init = lookup(ty, "__init__").is_some();
    let mut names: Vec<Obj> = Vec::new();
    let map = crate::dict::new_dict();
    let by_value = crate::dict::new_dict();
    let mut made: Vec<Obj> = Vec::new();
    let mut last_values: Vec<Obj> = Vec::new();
    for (k, v) in crate::dict::items_vec(c.dict.v()) {
        let name = crate::str::as_str(k.v()).unwrap_or("");
        if is_dunder(name) || is_sunder(name) || is_descriptor(v.v()) {
            continue;
        }
        let mut value = if v.v().downcast::<AutoObj>().is_some() {
            next_value(ty, name, made.len(), &last_values)?
        } else {
            v.clone()
        };
        if is_int && value.v().kind() != Kind::Int && !value.v().is_small_int() {
            value = crate::builtins::call_type(INT_TYPE.as_value(), &[value.v()], &[])?;
        }
        last_values.push(value.clone());
        let mut alias = None;
        for m in &made {
            if crate::ops::eq(member_attr(m.v(), "_value_")?.v(), value.v())? {
                alias = Some(m.clone());
                break;
            }
        }
        let member = match alias {
            Some(m) => m,
            None => {
                let m = crate::class::alloc_instance(ty);
                let d = crate::class::instance_dict(m.v()).expect("an instance dict");
                crate::dict::set_item(d, crate::str::intern("_value_"), value.clone())?;
                crate::dict::set_item(d, crate::str::intern("_name_"), k.clone())?;
                if has_init {
                    let args: Vec<Value> = if value.v().kind() == Kind::Tuple {
                        crate::tuple::items(value.v()).iter().map(|x| x.v()).collect()
                    } else {
                        vec![value.v()]
                    };
                    crate::ops::call_method(m.v(), "__init__", &args, &[])?;
                }
                names.push(k.clone());
                // Unhashable values are found by comparison instead.
                if let Err(e) = crate::dict::set_item(by_value.v(), value.clone(), m.clone()) {
                    drop(e);
                }
                made.push(m.clone());
                m
            }
        };
        crate::dict::set_item(map.v(), k.clone(), member.clone())?;
        crate::dict::set_item(c.dict.v(), k, member)?;
    }
    let set = |k: &str, v: Obj| crate::dict::set_item(c.dict.v(), crate::str::intern(k), v);
    set("__members__", crate::dict::copy(map.v())?)?;
    set("_member_names_", crate::list::new_list(names))?;
    set("_member_map_", map)?;
    set("_value2member_map_", by_value)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// What the metaclass does for the class object.

/// `Color(value)`: the member with that value (None: `ty` is not an enum class).
pub fn call_class(ty: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> Option<PyResult> {
    let c = ty.class?;
    if !is_enum(ty) {
        return None;
    }
    Some((|| {
        if args.len() != 1 || !kwnames.is_empty() {
            if args.is_empty() {
                return type_error("EnumType.__call__() missing 1 required positional argument: 'value'");
            }
            return Err(unsupported("the functional API of enum (Enum('Name', ...))"));
        }
        let v = args[0];
        if crate::class::class_of(v).is_some() && std::ptr::eq(v.ty(), ty) {
            return Ok(v.new_ref());
        }
        if let Some(by_value) = class_get(c, "_value2member_map_") {
            if let Ok(Some(m)) = crate::dict::get_item(by_value.v(), v) {
                return Ok(m);
            }
        }
        for m in members(c) {
            if crate::ops::eq(member_attr(m.v(), "_value_")?.v(), v)? {
                return Ok(m);
            }
        }
        value_error(format!("{} is not a valid {}", crate::ops::repr_string(v)?, c.qualname))
    })())
}

/// `Color['RED']` (None: not an enum class).
pub fn class_getitem(t: Value, k: Value) -> Option<PyResult> {
    let (_, c) = enum_class(t)?;
    let map = class_get(c, "_member_map_")?;
    Some(match crate::dict::get_item(map.v(), k) {
        Ok(Some(m)) => Ok(m),
        Ok(None) => Err(PyErr::with_arg(&KEY_ERROR, k.new_ref())),
        Err(e) => Err(e),
    })
}

/// `iter(Color)`: its members in definition order (None: not an enum class).
pub fn class_iter(t: Value) -> Option<PyResult> {
    let (_, c) = enum_class(t)?;
    let list = crate::list::new_list(members(c));
    Some(crate::iter::get_iter(list.v()))
}

/// `reversed(Color)` (None: not an enum class).
pub fn class_reversed(t: Value) -> Option<PyResult> {
    let (_, c) = enum_class(t)?;
    let mut m = members(c);
    m.reverse();
    let list = crate::list::new_list(m);
    Some(crate::iter::get_iter(list.v()))
}

/// `len(Color)` (None: not an enum class).
pub fn class_len(t: Value) -> Option<i64> {
    let (_, c) = enum_class(t)?;
    Some(members(c).len() as i64)
}

/// `x in Color`: CPython 3.11 accepts members only (None: not an enum class).
pub fn class_contains(t: Value, x: Value) -> Option<PyResult<bool>> {
    let (ty, c) = enum_class(t)?;
    Some(if crate::class::class_of(x).is_some() && is_enum(x.ty()) {
        Ok(x.ty().is_subtype(ty) && members(c).iter().any(|m| m.v() == x))
    } else {
        type_error(format!("unsupported operand type(s) for 'in': '{}' and 'EnumType'", x.ty().name))
    })
}

/// `repr(Color)`: `<enum 'Color'>` (None: not an enum class).
pub fn class_repr(t: Value) -> Option<String> {
    let (ty, _) = enum_class(t)?;
    Some(format!("<enum '{}'>", ty.name))
}

/// `Color.RED = …` is refused (None: not an enum class, or not a member's name).
pub fn class_setattr(t: Value, name: &str) -> Option<PyErr> {
    let (_, c) = enum_class(t)?;
    let map = class_get(c, "_member_map_")?;
    matches!(crate::dict::get_item(map.v(), crate::str::intern(name).v()), Ok(Some(_)))
        .then(|| PyErr::new(&ATTRIBUTE_ERROR, format!("cannot reassign member '{name}'")))
}

// ---------------------------------------------------------------------------------------
// The methods of Enum and IntEnum (Rust-bodied functions; data: see each).

rust_entry!(name_entry, name_body);
fn name_body(_: &[Obj], args: &[Value]) -> PyResult {
    member_attr(args[0], "_name_")
}

rust_entry!(value_entry, value_body);
fn value_body(_: &[Obj], args: &[Value]) -> PyResult {
    member_attr(args[0], "_value_")
}

rust_entry!(readonly_entry, readonly_body);
/// The setter of `name` and `value`: CPython's `enum.property` refuses.
fn readonly_body(data: &[Obj], _: &[Value]) -> PyResult {
    let name = crate::ops::repr_string(data[0].v())?;
    Err(PyErr::new(&ATTRIBUTE_ERROR, format!("<enum 'Enum'> cannot set attribute {name}")))
}

rust_entry!(repr_entry, repr_body);
fn repr_body(_: &[Obj], args: &[Value]) -> PyResult {
    let m = args[0];
    let name = member_attr(m, "_name_")?;
    let value = member_attr(m, "_value_")?;
    let s = format!(
        "<{}.{}: {}>",
        m.ty().name,
        crate::str::as_str(name.v()).unwrap_or("?"),
        crate::ops::repr_string(value.v())?
    );
    Ok(crate::str::new_string(s))
}

rust_entry!(str_entry, str_body);
fn str_body(_: &[Obj], args: &[Value]) -> PyResult {
    let m = args[0];
    if let Some(v) = int_value(m) {
        return crate::ops::repr_of(v.v());
    }
    let name = member_attr(m, "_name_")?;
    Ok(crate::str::new_string(format!("{}.{}", m.ty().name, crate::str::as_str(name.v()).unwrap_or("?"))))
}

rust_entry!(format_entry, format_body);
fn format_body(_: &[Obj], args: &[Value]) -> PyResult {
    let spec = crate::str::as_str(args[1]).unwrap_or("");
    match int_value(args[0]) {
        Some(v) => crate::format::format_value(v.v(), spec),
        None => {
            let s = crate::ops::str_of(args[0])?;
            crate::format::format_value(s.v(), spec)
        }
    }
}

rust_entry!(hash_entry, hash_body);
fn hash_body(_: &[Obj], args: &[Value]) -> PyResult {
    let key = match int_value(args[0]) {
        Some(v) => v,
        None => member_attr(args[0], "_name_")?,
    };
    Ok(crate::int::from_i64(crate::ops::hash(key.v())?))
}

/// An operand of IntEnum arithmetic: a member's value, or an int or float as it is
/// (None: NotImplemented).
fn int_operand(v: Value) -> Option<Obj> {
    if let Some(i) = int_value(v) {
        return Some(i);
    }
    matches!(v.kind(), Kind::Int | Kind::Bool | Kind::Float).then(|| v.new_ref())
}

const BINOPS: [(BinOp, &str, &str); 12] = [
    (BinOp::Add, "__add__", "__radd__"),
    (BinOp::Sub, "__sub__", "__rsub__"),
    (BinOp::Mul, "__mul__", "__rmul__"),
    (BinOp::TrueDiv, "__truediv__", "__rtruediv__"),
    (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"),
    (BinOp::Mod, "__mod__", "__rmod__"),
    (BinOp::Pow, "__pow__", "__rpow__"),
    (BinOp::LShift, "__lshift__", "__rlshift__"),
    (BinOp::RShift, "__rshift__", "__rrshift__"),
    (BinOp::BitOr, "__or__", "__ror__"),
    (BinOp::BitXor, "__xor__", "__rxor__"),
    (BinOp::BitAnd, "__and__", "__rand__"),
];

const CMPOPS: [(CmpOp, &str); 6] = [
    (CmpOp::Eq, "__eq__"),
    (CmpOp::Ne, "__ne__"),
    (CmpOp::Lt, "__lt__"),
    (CmpOp::Le, "__le__"),
    (CmpOp::Gt, "__gt__"),
    (CmpOp::Ge, "__ge__"),
];

fn small(data: &Obj) -> usize {
    data.v().as_small().unwrap_or(0) as usize
}

rust_entry!(binop_entry, binop_body);
/// `m op x` (data: the index in BINOPS, and whether reflected).
fn binop_body(data: &[Obj], args: &[Value]) -> PyResult {
    let (op, ..) = BINOPS[small(&data[0])];
    let (Some(a), Some(b)) = (int_operand(args[0]), int_operand(args[1])) else {
        return Ok(crate::class::not_implemented().new_ref());
    };
    if small(&data[1]) == 1 {
        crate::ops::binop(op, b.v(), a.v())
    } else {
        crate::ops::binop(op, a.v(), b.v())
    }
}

rust_entry!(compare_entry, compare_body);
/// `m op x` for comparisons (data: the index in CMPOPS).
fn compare_body(data: &[Obj], args: &[Value]) -> PyResult {
    let (op, _) = CMPOPS[small(&data[0])];
    let (Some(a), Some(b)) = (int_operand(args[0]), int_operand(args[1])) else {
        return Ok(crate::class::not_implemented().new_ref());
    };
    crate::ops::compare(op, a.v(), b.v())
}

rust_entry!(unary_entry, unary_body);
/// Unary operations and conversions of an IntEnum member (data: which).
fn unary_body(data: &[Obj], args: &[Value]) -> PyResult {
    let v = int_value(args[0]).ok_or_else(|| PyErr::new(&TYPE_ERROR, "not an IntEnum member"))?;
    match small(&data[0]) {
        0 => crate::ops::unary(crate::ops::UnaryOp::Neg, v.v()),
        1 => crate::ops::unary(crate::ops::UnaryOp::Pos, v.v()),
        2 => crate::ops::unary(crate::ops::UnaryOp::Invert, v.v()),
        3 => Ok(v.clone()),
        4 => Ok(bool_obj(crate::ops::is_true(v.v())?)),
        5 => crate::builtins::call_type(FLOAT_TYPE.as_value(), &[v.v()], &[]),
        _ if crate::ops::compare_bool(CmpOp::Lt, v.v(), Value::small_unchecked(0))? => {
            crate::ops::unary(crate::ops::UnaryOp::Neg, v.v())
        }
        _ => Ok(v.clone()),
    }
}

const UNARY: [&str; 7] = ["__neg__", "__pos__", "__invert__", "__int__", "__bool__", "__float__", "__abs__"];

/// `@unique`: ValueError when a class has aliases.
fn e_unique(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("unique", crate::func::Arity::Takes, args, kwnames, 1, 1)?;
    let Some((ty, c)) = enum_class(pos[0]) else {
        return type_error("pyaot: unique() applies to enum classes only");
    };
    let mut dups = Vec::new();
    if let Some(map) = class_get(c, "_member_map_") {
        for (k, m) in crate::dict::items_vec(map.v()) {
            let canonical = member_attr(m.v(), "_name_")?;
            if !crate::ops::eq(canonical.v(), k.v())? {
                dups.push(format!(
                    "{} -> {}",
                    crate::str::as_str(k.v()).unwrap_or("?"),
                    crate::str::as_str(canonical.v()).unwrap_or("?")
                ));
            }
        }
    }
    if !dups.is_empty() {
        return value_error(format!("duplicate values found in <enum '{}'>: {}", ty.name, dups.join(", ")));
    }
    Ok(pos[0].new_ref())
}

// ---------------------------------------------------------------------------------------
// The module.

fn method(cls: &str, name: &str, params: &[&str], entry: crate::func::ArrayEntry, data: Vec<Obj>) -> Obj {
    new_rust_function(name, &format!("{cls}.{name}"), params, vec![], entry, crate::tuple::new_tuple(data))
}

fn property(cls: &str, name: &str, entry: crate::func::ArrayEntry) -> Obj {
    let fget = method(cls, name, &["self"], entry, vec![]);
    let fset = method(cls, name, &["self", "value"], readonly_entry, vec![crate::str::new_str(name)]);
    PropertyObj::new_obj(Some(fget), Some(fset), None)
}

fn new_class(name: &str, base: &'static TypeObject, attrs: Vec<(String, Obj)>) -> PyResult<&'static TypeObject> {
    let ns = crate::dict::new_dict();
    crate::dict::set_item(ns.v(), crate::str::new_str("__module__"), crate::str::new_str("enum"))?;
    for (k, v) in attrs {
        crate::dict::set_item(ns.v(), crate::str::new_str(&k), v)?;
    }
    let cls = crate::class::make_class(name.to_string(), name.to_string(), vec![base], ns)?;
    Ok(crate::builtins::as_type(cls.v()).expect("a class"))
}

fn make_bases() -> PyResult<Bases> {
    if let Some(b) = bases() {
        return Ok(b);
    }
    let m = |n: &str, p: &[&str], e, d| (n.to_string(), method("Enum", n, p, e, d));
    let enum_ = new_class(
        "Enum",
        &OBJECT_TYPE,
        vec![
            ("name".into(), property("Enum", "name", name_entry)),
            ("value".into(), property("Enum", "value", value_entry)),
            m("__repr__", &["self"], repr_entry, vec![]),
            m("__str__", &["self"], str_entry, vec![]),
            m("__format__", &["self", "format_spec"], format_entry, vec![]),
            m("__hash__", &["self"], hash_entry, vec![]),
        ],
    )?;
    let mut int_attrs = Vec::new();
    let im = |n: &str, p: &[&str], e, d| (n.to_string(), method("IntEnum", n, p, e, d));
    for (i, (_, n, r)) in BINOPS.iter().enumerate() {
        int_attrs.push(im(n, &["self", "other"], binop_entry, vec![Obj::small(i as i64), Obj::small(0)]));
        int_attrs.push(im(r, &["self", "other"], binop_entry, vec![Obj::small(i as i64), Obj::small(1)]));
    }
    for (i, (_, n)) in CMPOPS.iter().enumerate() {
        int_attrs.push(im(n, &["self", "other"], compare_entry, vec![Obj::small(i as i64)]));
    }
    for (i, n) in UNARY.iter().enumerate() {
        int_attrs.push(im(n, &["self"], unary_entry, vec![Obj::small(i as i64)]));
    }
    int_attrs.push(im("__index__", &["self"], unary_entry, vec![Obj::small(3)]));
    int_attrs.push(im("__hash__", &["self"], hash_entry, vec![]));
    let int_enum = new_class("IntEnum", enum_, int_attrs)?;
    let flag = new_class("Flag", enum_, vec![])?;
    let int_flag = new_class("IntFlag", flag, vec![])?;
    let str_enum = new_class("StrEnum", enum_, vec![])?;
    let enum_type = new_class("EnumType", &OBJECT_TYPE, vec![])?;
    let b = Bases { enum_, int_enum, enum_type, unsupported: [flag, int_flag, str_enum] };
    BASES.with(|c| c.set(Some(b)));
    Ok(b)
}

static FUNCS: NativeTable<2> = [native("auto", e_auto), native("unique", e_unique)];

pub fn module() -> PyResult {
    let b = make_bases()?;
    let mut attrs = super::functions(&FUNCS);
    attrs.push(("Enum", b.enum_.as_value().new_ref()));
    attrs.push(("IntEnum", b.int_enum.as_value().new_ref()));
    attrs.push(("EnumType", b.enum_type.as_value().new_ref()));
    attrs.push(("EnumMeta", b.enum_type.as_value().new_ref()));
    for u in b.unsupported {
        attrs.push((u.name, u.as_value().new_ref()));
    }
    crate::module::new_module("enum", attrs)
}
