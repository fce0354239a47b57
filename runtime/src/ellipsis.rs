//! `Ellipsis` (`...`): one immortal object of type `ellipsis`, as CPython's
//! `Py_Ellipsis`. Compiled code reads it as the data symbol `pyaot_Ellipsis`; it hashes
//! and compares by identity, and its repr is `Ellipsis`.
use crate::err::PyResult;
use crate::object::*;

unsafe fn dealloc_never(_: *mut Header) {
    // The singleton is immortal and never freed.
}

/// The type of `...`.
pub static ELLIPSIS_TYPE: TypeObject = TypeObject::builtin(
    "ellipsis",
    Kind::Other,
    Some(&crate::types::OBJECT_TYPE),
    dealloc_never,
    &crate::misctypes::ELLIPSIS_SPEC,
);

/// The payload of the singleton: a header and nothing else.
#[repr(C)]
pub struct EllipsisObj {
    pub hdr: Header,
}

#[export_name = "pyaot_Ellipsis"]
pub static ELLIPSIS: EllipsisObj = EllipsisObj { hdr: Header::immortal(&ELLIPSIS_TYPE) };

/// `...` (immortal: a borrowed and an owned reference are the same word).
#[inline]
pub fn ellipsis() -> Value {
    Value(&ELLIPSIS as *const EllipsisObj as u64)
}

/// Is `v` the Ellipsis object?
#[inline]
pub fn is_ellipsis(v: Value) -> bool {
    v == ellipsis()
}

/// Calling the type of one of the singletons, `type(...)()`, `type(None)()` or
/// `type(NotImplemented)()`, gives the singleton, as CPython's `ellipsis_new`, `none_new`
/// and `notimplemented_new` do (None: `ty` is another type).
pub fn construct_singleton(ty: &TypeObject, args: &[Value], kwnames: &[Obj]) -> Option<PyResult> {
    let (value, name) = if std::ptr::eq(ty, &ELLIPSIS_TYPE) {
        (ellipsis(), "EllipsisType")
    } else if std::ptr::eq(ty, &crate::types::NONE_TYPE) {
        (crate::types::none(), "NoneType")
    } else if std::ptr::eq(ty, &crate::class::NOT_IMPLEMENTED_TYPE) {
        (crate::class::not_implemented(), "NotImplementedType")
    } else {
        return None;
    };
    if !args.is_empty() || !kwnames.is_empty() {
        return Some(crate::err::type_error(format!("{name} takes no arguments")));
    }
    Some(Ok(value.new_ref()))
}
