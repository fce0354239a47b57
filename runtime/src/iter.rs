//! Iteration: `iter()` and `next()` for the builtin types, and the iterator objects.
use crate::err::*;
use crate::object::*;

/// `iter(v)`.
pub fn get_iter(v: Value) -> PyResult {
    type_error(format!("'{}' object is not iterable", v.ty().name))
}

/// The next item of iterator `it`, or None when it is exhausted.
pub fn next(it: Value) -> PyResult<Option<Obj>> {
    type_error(format!("'{}' object is not an iterator", it.ty().name))
}
