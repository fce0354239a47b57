//! `tuple`: an immutable sequence.
use crate::err::*;
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

/// `t.name(*args)` for tuple methods.
pub fn call_method(t: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let _ = (t, args, kwnames);
    Err(PyErr::new(&crate::err::ATTRIBUTE_ERROR, format!("'tuple' object has no attribute '{name}'")))
}
