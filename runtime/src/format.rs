//! Text formatting: float repr, `format()` and its spec mini-language, `%`-formatting
//! and `str.format`.
use crate::err::*;
use crate::object::*;

/// `format(v, spec)`.
pub fn format_value(v: Value, spec: &str) -> PyResult {
    if spec.is_empty() {
        return crate::ops::str_of(v);
    }
    value_error(format!("Invalid format specifier '{spec}' for object of type '{}'", v.ty().name))
}
