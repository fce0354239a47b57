//! The docstrings of builtin types and of what their namespaces hold (`str.lower.__doc__`).
use crate::object::*;

/// `T.__doc__` of builtin type `t`.
pub fn type_doc(_t: &TypeObject) -> Option<&'static str> {
    None
}

/// The docstring of attribute `name` of builtin type `t`.
pub fn attr_doc(_t: &TypeObject, _name: &str) -> Option<&'static str> {
    None
}

/// The `__text_signature__` of attribute `name` of builtin type `t` (`""`: the type's).
pub fn attr_signature(_t: &TypeObject, _name: &str) -> Option<&'static str> {
    None
}

/// The docstring of builtin function `name` (`len.__doc__`).
pub fn builtin_doc(_name: &str) -> Option<&'static str> {
    None
}

/// The `__text_signature__` of builtin function `name`.
pub fn builtin_signature(_name: &str) -> Option<&'static str> {
    None
}
