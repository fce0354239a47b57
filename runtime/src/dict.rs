//! `dict`: an insertion-ordered hash table with CPython's key semantics
//! (`1`, `1.0` and `True` are one key), and its keys/values/items views.
use crate::err::*;
use crate::object::*;
use crate::types::*;
use std::cell::UnsafeCell;

/// One slot of the entry array; `None` marks a deleted entry.
pub struct Entry {
    pub hash: i64,
    pub key: Obj,
    pub value: Obj,
}

#[derive(Default)]
pub struct DictTable {
    /// Entries in insertion order (deleted ones are None until compaction).
    pub entries: Vec<Option<Entry>>,
    pub len: usize,
}

#[repr(C)]
pub struct DictObj {
    pub hdr: Header,
    pub table: UnsafeCell<DictTable>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for DictObj {
    fn type_object() -> &'static TypeObject {
        &DICT_TYPE
    }
}

impl DictObj {
    #[allow(clippy::mut_from_ref)]
    pub fn table(&self) -> &mut DictTable {
        // SAFETY: single-threaded runtime; callers do not hold it across Python code.
        unsafe { &mut *self.table.get() }
    }
}

/// A keys, values or items view (its type says which).
#[repr(C)]
pub struct DictViewObj {
    pub hdr: Header,
    pub dict: Obj,
}
// SAFETY: repr(C), starts with a Header. (Three types share this payload.)
unsafe impl PyPayload for DictViewObj {
    fn type_object() -> &'static TypeObject {
        &DICT_KEYS_TYPE
    }
}

pub fn new_dict() -> Obj {
    alloc(DictObj { hdr: Header::new(&DICT_TYPE), table: UnsafeCell::new(DictTable::default()) })
}

fn dict_of(d: Value) -> PyResult<&'static DictObj> {
    match d.downcast::<DictObj>() {
        Some(x) => Ok(x),
        None => type_error(format!("expected dict, got {}", d.ty().name)),
    }
}

/// Index of the entry for `key`, if present.
fn find(t: &DictTable, key: Value, hash: i64) -> PyResult<Option<usize>> {
    for (i, e) in t.entries.iter().enumerate() {
        if let Some(e) = e {
            if e.hash == hash && (e.key.v() == key || crate::ops::eq(e.key.v(), key)?) {
                return Ok(Some(i));
            }
        }
    }
    Ok(None)
}

/// `d[key] = value`.
pub fn set_item(d: Value, key: Obj, value: Obj) -> PyResult<()> {
    let dict = dict_of(d)?;
    let h = crate::ops::hash(key.v())?;
    let t = dict.table();
    match find(t, key.v(), h)? {
        Some(i) => {
            let old = std::mem::replace(&mut t.entries[i].as_mut().expect("found entry").value, value);
            drop(old);
        }
        None => {
            t.entries.push(Some(Entry { hash: h, key, value }));
            t.len += 1;
        }
    }
    Ok(())
}

/// `d.get(key)`: a new reference to the value, or None when absent.
pub fn get_item(d: Value, key: Value) -> PyResult<Option<Obj>> {
    let dict = dict_of(d)?;
    let h = crate::ops::hash(key)?;
    let t = dict.table();
    Ok(find(t, key, h)?.map(|i| t.entries[i].as_ref().expect("found entry").value.clone()))
}

/// `d.name(*args)` for dict methods.
pub fn call_method(d: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let _ = (d, args, kwnames);
    Err(PyErr::new(&crate::err::ATTRIBUTE_ERROR, format!("'dict' object has no attribute '{name}'")))
}
