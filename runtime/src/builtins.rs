//! The builtin functions and the calls of builtin types (`int(x)`, `ValueError("m")`).
use crate::err::*;
use crate::object::*;

/// The builtin called `name` (function, type or exception class).
pub fn lookup(name: &str) -> PyResult {
    for t in crate::err::EXC_TYPES {
        if t.name == name {
            return Ok(t.as_value().new_ref());
        }
    }
    Err(PyErr::new(&NAME_ERROR, format!("name '{name}' is not defined")))
}

/// Calling a type object: constructors of builtin types and exceptions.
pub fn call_type(t: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(et) = as_exc_type(t) {
        if !kwnames.is_empty() {
            return type_error(format!("{}() takes no keyword arguments", et.name));
        }
        let items = args.iter().map(|a| a.new_ref()).collect();
        return Ok(new_exc(et, crate::tuple::new_tuple(items)));
    }
    type_error(format!("cannot create '{}' instances", t.ty().name))
}
