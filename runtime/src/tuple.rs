//! `tuple`: an immutable sequence.
use crate::err::*;
use crate::func::{positional, Arity};
use crate::object::*;
use crate::typeobj::{MethodDef, Params, TypeSpec, BASETYPE, EMPTY};
use crate::types::*;

#[repr(C)]
pub struct TupleObj {
    pub hdr: Header,
    pub items: Box<[Obj]>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for TupleObj {
    fn type_object() -> &'static TypeObject {
        &TUPLE_TYPE
    }
}

pub fn new_tuple(items: Vec<Obj>) -> Obj {
    alloc(TupleObj { hdr: Header::new(&TUPLE_TYPE), items: items.into_boxed_slice() })
}

/// The items of a tuple (empty for other types).
pub fn items(v: Value) -> &'static [Obj] {
    match v.downcast::<TupleObj>() {
        Some(t) => &t.items,
        None => &[],
    }
}

fn tuple_of(t: Value) -> PyResult<&'static TupleObj> {
    match t.downcast::<TupleObj>() {
        Some(x) => Ok(x),
        None => type_error(format!("descriptor requires a 'tuple' object but received a '{}'", t.ty().name)),
    }
}

/// `t[k]`.
pub fn getitem(t: Value, k: Value) -> PyResult {
    let to = tuple_of(t)?;
    if let Some(sl) = k.downcast::<crate::range::SliceObj>() {
        let (start, _, step, count) = crate::range::slice_indices(sl, to.items.len() as i64)?;
        if step == 1 && start == 0 && count as usize == to.items.len() {
            return Ok(t.new_ref());
        }
        return Ok(new_tuple(crate::list::pick(&to.items, start, step, count)));
    }
    if !crate::int::is_int(k) {
        return type_error(format!("tuple indices must be integers or slices, not {}", k.ty().name));
    }
    let i = crate::range::seq_index(k, to.items.len(), "tuple")?;
    Ok(to.items[i].clone())
}

/// `x in t`.
pub fn contains(t: Value, x: Value) -> PyResult<bool> {
    for item in tuple_of(t)?.items.iter() {
        if crate::list::eq_item(item.v(), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `hash(t)`: CPython's xxHash-based combination of the items' hashes.
pub fn hash(t: Value) -> PyResult<i64> {
    let _guard = crate::ops::RecursionGuard::enter("")?;
    let items = tuple_of(t)?.items.iter();
    crate::hash::combine_tuple(items.map(|o| crate::ops::hash(o.v())))
}

// ---------------------------------------------------------------------------------------
// Methods: one function per entry of `SPEC`.

/// `t.index(x[, start[, stop]])`.
fn index(t: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let to = tuple_of(t)?;
    let len = to.items.len() as i64;
    let (start, stop) = crate::list::index_bounds(a, len)?;
    let mut i = start;
    while i < stop.min(len) {
        if crate::list::eq_item(to.items[i as usize].v(), a[0])? {
            return Ok(crate::int::from_i64(i));
        }
        i += 1;
    }
    value_error("tuple.index(x): x not in tuple")
}

/// `t.count(x)`.
fn count(t: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let mut n = 0;
    for item in tuple_of(t)?.items.iter() {
        if crate::list::eq_item(item.v(), a[0])? {
            n += 1;
        }
    }
    Ok(crate::int::from_i64(n))
}

/// `t.__getnewargs__()`: `(tuple(t),)`, what pickle and copy use.
fn getnewargs(t: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let to = tuple_of(t)?;
    let whole = if t.is(&TUPLE_TYPE) { t.new_ref() } else { new_tuple(to.items.to_vec()) };
    Ok(new_tuple(vec![whole]))
}

// Operator dunders: what tuple itself does.

fn is_tuple(v: Value) -> bool {
    v.is_heap() && v.kind() == Kind::Tuple
}

crate::cmp_slots!(cmp, is_tuple, crate::ops::seq_order);

fn hash_slot(t: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(hash(t)?))
}
fn iter_slot(t: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::iter::get_iter(t)
}
fn len_slot(t: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(tuple_of(t)?.items.len() as i64))
}
fn getitem_slot(t: Value, a: &[Value], _: &[Obj]) -> PyResult {
    getitem(t, a[0])
}
fn contains_slot(t: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(contains(t, a[0])?))
}
/// `t + other`: TypeError unless `other` is a tuple (the sequence concatenation slot
/// raises rather than returning NotImplemented).
fn add_slot(t: Value, a: &[Value], _: &[Obj]) -> PyResult {
    tuple_of(t)?;
    crate::ops::seq_binop(crate::ops::BinOp::Add, t, a[0])
}
/// `t * n` and `n * t`: `n` must be an index (`'str' object cannot be interpreted as an
/// integer`), a negative count gives the empty tuple.
fn mul_slot(t: Value, a: &[Value], _: &[Obj]) -> PyResult {
    tuple_of(t)?;
    let n = repeat_count(a[0])?;
    crate::ops::repeat(t, crate::int::from_i64(n).v())
}

/// A repetition count as CPython's sequence slot wrappers read it
/// (`PyNumber_AsSsize_t(n, OverflowError)`).
fn repeat_count(n: Value) -> PyResult<i64> {
    let i = if crate::int::is_int(n) {
        n.new_ref()
    } else {
        match crate::int::index_dunder(n) {
            Some(r) => r?,
            None => return type_error(format!("'{}' object cannot be interpreted as an integer", n.ty().name)),
        }
    };
    match crate::int::to_i64(i.v()) {
        Some(c) => Ok(c),
        None => overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name)),
    }
}

/// `tuple.__new__(cls, iterable=())`.
fn tuple_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if !std::ptr::eq(cls, &TUPLE_TYPE) {
        return Err(PyErr::new(
            &NOT_IMPLEMENTED_ERROR,
            format!("pyaot: subclassing the builtin type '{}' is not supported yet", cls.name),
        ));
    }
    let pos = positional("tuple", Arity::Expected, args, kwnames, 0, 1)?;
    match pos.first() {
        Some(v) if v.is(&TUPLE_TYPE) => Ok(v.new_ref()),
        Some(v) => Ok(new_tuple(crate::iter::collect(*v)?)),
        None => Ok(new_tuple(Vec::new())),
    }
}

/// What `tuple` declares (see `typeobj.rs`).
pub static SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__hash__", hash_slot, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", cmp::lt, Params::One),
        MethodDef::slot("__le__", cmp::le, Params::One),
        MethodDef::slot("__eq__", cmp::eq, Params::One),
        MethodDef::slot("__ne__", cmp::ne, Params::One),
        MethodDef::slot("__gt__", cmp::gt, Params::One),
        MethodDef::slot("__ge__", cmp::ge, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__len__", len_slot, Params::NoArgs),
        MethodDef::slot("__getitem__", getitem_slot, Params::One),
        MethodDef::slot("__add__", add_slot, Params::One),
        MethodDef::slot("__mul__", mul_slot, Params::One),
        MethodDef::slot("__rmul__", mul_slot, Params::One),
        MethodDef::slot("__contains__", contains_slot, Params::One),
        MethodDef::method("__getnewargs__", getnewargs, Params::NoArgs),
        MethodDef::method("index", index, Params::Pos(1, 3, Arity::Expected)),
        MethodDef::method("count", count, Params::One),
        MethodDef::class("__class_getitem__", crate::slots::class_getitem, Params::One),
    ],
    new: Some(tuple_new),
    flags: BASETYPE,
    ..EMPTY
};
