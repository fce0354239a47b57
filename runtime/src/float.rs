//! `float`: a boxed f64. Generated code reads the value at [`FLOAT_VALUE_OFFSET`].
use crate::err::*;
use crate::object::*;
use crate::types::*;
use std::mem::offset_of;

#[repr(C)]
pub struct FloatObj {
    pub hdr: Header,
    pub v: f64,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for FloatObj {
    fn type_object() -> &'static TypeObject {
        &FLOAT_TYPE
    }
}
pub const FLOAT_VALUE_OFFSET: i32 = offset_of!(FloatObj, v) as i32;
const _: () = assert!(FLOAT_VALUE_OFFSET == 16);

pub fn new_float(x: f64) -> Obj {
    alloc(FloatObj { hdr: Header::new(&FLOAT_TYPE), v: x })
}

/// The value of a float, int or bool as f64 (TypeError otherwise, OverflowError for
/// ints too large for a float).
pub fn as_f64(v: Value) -> PyResult<f64> {
    if let Some(i) = v.as_small() {
        return Ok(i as f64);
    }
    if let Some(f) = v.downcast::<FloatObj>() {
        return Ok(f.v);
    }
    match v.kind() {
        Kind::Bool => Ok((v == py_true()) as i64 as f64),
        Kind::Int => {
            let b = crate::int::to_bigint(v).unwrap_or_default();
            let f = num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                overflow_error("int too large to convert to float")
            } else {
                Ok(f)
            }
        }
        _ => type_error(format!("must be real number, not {}", v.ty().name)),
    }
}
