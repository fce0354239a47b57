//! `tuple`: an immutable sequence.
use crate::err::*;
use crate::func::{positional, Arity};
use crate::object::*;
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

/// The names of tuple's methods (bound-method lookup).
pub static METHODS: &[&str] = &["count", "index"];

/// `t.name(*args)` for tuple methods.
pub fn call_method(t: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let to = tuple_of(t)?;
    match name {
        "index" => {
            let pos = positional("tuple.index", Arity::Expected, args, kwnames, 1, 3)?;
            let len = to.items.len() as i64;
            let (start, stop) = crate::list::index_bounds(pos, len)?;
            let mut i = start;
            while i < stop.min(len) {
                if crate::list::eq_item(to.items[i as usize].v(), pos[0])? {
                    return Ok(crate::int::from_i64(i));
                }
                i += 1;
            }
            value_error("tuple.index(x): x not in tuple")
        }
        "count" => {
            let pos = positional("tuple.count", Arity::Takes, args, kwnames, 1, 1)?;
            let mut n = 0;
            for item in to.items.iter() {
                if crate::list::eq_item(item.v(), pos[0])? {
                    n += 1;
                }
            }
            Ok(crate::int::from_i64(n))
        }
        _ => Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'tuple' object has no attribute '{name}'"))),
    }
}
