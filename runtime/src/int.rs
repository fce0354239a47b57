//! `int`: small ints live in the tagged word; larger ones are `IntObj`s holding a BigInt.
//! Invariant (see object.rs): a heap int never holds a value that fits a small int.
use crate::err::*;
use crate::object::*;
use crate::types::*;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

#[repr(C)]
pub struct IntObj {
    pub hdr: Header,
    pub v: BigInt,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for IntObj {
    fn type_object() -> &'static TypeObject {
        &INT_TYPE
    }
}

/// An int object for `i` (small when it fits).
pub fn from_i64(i: i64) -> Obj {
    match Value::try_small(i) {
        Some(v) => Obj(v),
        None => alloc(IntObj { hdr: Header::new(&INT_TYPE), v: BigInt::from(i) }),
    }
}

/// An int object for `b`, normalized (small when it fits).
pub fn from_bigint(b: BigInt) -> Obj {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_small(i) {
            return Obj(v);
        }
    }
    alloc(IntObj { hdr: Header::new(&INT_TYPE), v: b })
}

/// Parses decimal digits (an int literal from the compiler).
pub fn from_decimal(s: &str) -> Obj {
    match s.parse::<BigInt>() {
        Ok(b) => from_bigint(b),
        Err(_) => Obj::small(0),
    }
}

/// The value of an int or bool as a BigInt (None for other types).
pub fn to_bigint(v: Value) -> Option<BigInt> {
    if let Some(i) = v.as_small() {
        return Some(BigInt::from(i));
    }
    match v.kind() {
        Kind::Int => v.downcast::<IntObj>().map(|o| o.v.clone()),
        Kind::Bool => Some(BigInt::from((v == py_true()) as i64)),
        _ => None,
    }
}

/// The value of an int or bool if it fits an i64 (None for big ints and other types).
pub fn to_i64(v: Value) -> Option<i64> {
    if let Some(i) = v.as_small() {
        return Some(i);
    }
    match v.kind() {
        Kind::Int => v.downcast::<IntObj>().and_then(|o| o.v.to_i64()),
        Kind::Bool => Some((v == py_true()) as i64),
        _ => None,
    }
}

/// Is `v` an int (including bool)?
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || matches!(v.kind(), Kind::Int | Kind::Bool)
}

/// An int argument as an index (`__index__`): TypeError for other types, OverflowError
/// when too big for a machine word.
pub fn index_of(v: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = to_i64(v) {
        return Ok(i);
    }
    if is_int(v) {
        return overflow_error("Python int too large to convert to C ssize_t");
    }
    type_error(format!("'{}' object cannot be interpreted as an integer{}", v.ty().name, what))
}
