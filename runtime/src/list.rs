//! `list`: a mutable sequence.
//! Rule: never hold the `items()` borrow across a call that may run Python code.
use crate::err::*;
use crate::object::*;
use crate::types::*;
use std::cell::UnsafeCell;

#[repr(C)]
pub struct ListObj {
    pub hdr: Header,
    pub items: UnsafeCell<Vec<Obj>>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for ListObj {
    fn type_object() -> &'static TypeObject {
        &LIST_TYPE
    }
}

impl ListObj {
    #[allow(clippy::mut_from_ref)]
    pub fn items(&self) -> &mut Vec<Obj> {
        // SAFETY: single-threaded runtime; see the module rule about borrows.
        unsafe { &mut *self.items.get() }
    }
}

pub fn new_list(items: Vec<Obj>) -> Obj {
    alloc(ListObj { hdr: Header::new(&LIST_TYPE), items: UnsafeCell::new(items) })
}

/// `l.name(*args)` for list methods.
pub fn call_method(l: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let _ = (l, args, kwnames);
    Err(PyErr::new(&crate::err::ATTRIBUTE_ERROR, format!("'list' object has no attribute '{name}'")))
}
