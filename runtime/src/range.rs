//! `range` and `slice` objects.
use crate::object::*;
use crate::types::*;

#[repr(C)]
pub struct RangeObj {
    pub hdr: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for RangeObj {
    fn type_object() -> &'static TypeObject {
        &RANGE_TYPE
    }
}

impl RangeObj {
    /// Number of items.
    pub fn len(&self) -> i64 {
        let (lo, hi, st) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if st > 0 && lo < hi {
            (hi - lo - 1) / st + 1
        } else if st < 0 && lo > hi {
            (lo - hi - 1) / (-st) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Obj {
    alloc(RangeObj { hdr: Header::new(&RANGE_TYPE), start, stop, step })
}

#[repr(C)]
pub struct SliceObj {
    pub hdr: Header,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for SliceObj {
    fn type_object() -> &'static TypeObject {
        &SLICE_TYPE
    }
}

pub fn new_slice(start: Obj, stop: Obj, step: Obj) -> Obj {
    alloc(SliceObj { hdr: Header::new(&SLICE_TYPE), start, stop, step })
}
