//! Module objects and the builtin modules (`sys`).
use crate::err::*;
use crate::object::*;
use crate::types::*;

#[repr(C)]
pub struct ModuleObj {
    pub hdr: Header,
    pub name: &'static str,
    /// The module's attributes.
    pub dict: Obj,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for ModuleObj {
    fn type_object() -> &'static TypeObject {
        &MODULE_TYPE
    }
}

/// `import name` for a builtin module.
pub fn import(name: &str) -> PyResult {
    Err(PyErr::new(&crate::err::NAME_ERROR, format!("No module named '{name}'")))
}
