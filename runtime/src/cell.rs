//! Cells: the boxes through which a function and the functions nested in it share a
//! variable (CPython's cell objects). A closure is a tuple of cells.
use crate::err::*;
use crate::object::*;
use crate::types::*;
use std::cell::UnsafeCell;

pub static CELL_TYPE: TypeObject = TypeObject::builtin(
    "cell",
    Kind::Other,
    Some(&OBJECT_TYPE),
    dealloc_payload::<CellObj>,
    &crate::misctypes::CELL_SPEC,
);

#[repr(C)]
pub struct CellObj {
    pub hdr: Header,
    value: UnsafeCell<Option<Obj>>,
}

// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for CellObj {
    fn type_object() -> &'static TypeObject {
        &CELL_TYPE
    }
}

/// A cell holding `v` (borrowed), or an empty one for 0.
pub fn new_cell(v: Value) -> Obj {
    let value = (!v.is_null()).then(|| v.new_ref());
    alloc(CellObj { hdr: Header::new(&CELL_TYPE), value: UnsafeCell::new(value) })
}

fn cell(c: Value) -> &'static CellObj {
    c.downcast::<CellObj>().expect("compiled code passes cells")
}

/// The cell's value, if it holds one.
pub fn get(c: Value) -> Option<Obj> {
    // SAFETY: single-threaded runtime; the borrow ends here.
    unsafe { (*cell(c).value.get()).clone() }
}

/// Sets (or, with None, empties) the cell.
pub fn set(c: Value, v: Option<Obj>) {
    // SAFETY: single-threaded runtime; the old value is dropped after the store, so a
    // destructor that reads the cell sees the new value.
    let old = unsafe { std::mem::replace(&mut *cell(c).value.get(), v) };
    drop(old);
}

/// Cell `i` of closure tuple `closure`.
pub fn closure_cell(closure: Value, i: usize) -> Value {
    crate::tuple::items(closure)[i].v()
}

/// The value of a cell local (UnboundLocalError when empty).
pub fn load_local(c: Value, name: &str) -> PyResult {
    get(c).ok_or_else(|| unbound_local_error(name))
}

/// The value of free variable `i` (NameError when its cell is empty).
pub fn load_free(closure: Value, i: usize, name: &str) -> PyResult {
    get(closure_cell(closure, i)).ok_or_else(|| free_var_error(name))
}
