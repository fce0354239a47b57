//! User-defined classes: their type objects, instances, attribute lookup along the MRO,
//! and the protocols (`__call__`, `__iter__`, …) that user classes implement in Python.

use crate::err::*;
use crate::object::*;

/// Calls an object that is neither a function nor a type.
pub fn call_object(f: Value, _args: &[Value], _kwnames: &[Obj]) -> PyResult {
    type_error(format!("'{}' object is not callable", f.ty().name))
}

/// Is `v` an instance whose class defines `__call__`?
pub fn is_callable_instance(_v: Value) -> bool {
    false
}
