//! `str`: immutable Unicode text. Stored as UTF-8 with its length in code points, so
//! `len`, indexing and slicing count code points as Python does (O(1) for ASCII text).
use crate::err::*;
use crate::object::*;
use crate::types::*;
use std::cell::Cell;

#[repr(C)]
pub struct StrObj {
    pub hdr: Header,
    pub s: Box<str>,
    /// Length in code points.
    pub nchars: usize,
    /// Cached hash, or -1 when not computed yet.
    pub hash: Cell<i64>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for StrObj {
    fn type_object() -> &'static TypeObject {
        &STR_TYPE
    }
}

pub fn new_str(s: &str) -> Obj {
    new_string(s.into())
}

pub fn new_string(s: String) -> Obj {
    let nchars = s.chars().count();
    alloc(StrObj { hdr: Header::new(&STR_TYPE), s: s.into_boxed_str(), nchars, hash: Cell::new(-1) })
}

/// The text of a str object (None for other types).
pub fn as_str(v: Value) -> Option<&'static str> {
    v.downcast::<StrObj>().map(|o| &*o.s)
}

impl StrObj {
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
}

/// `s.name(*args)` for str methods.
pub fn call_method(s: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let _ = (s, args, kwnames);
    Err(PyErr::new(&crate::err::ATTRIBUTE_ERROR, format!("'str' object has no attribute '{name}'")))
}
