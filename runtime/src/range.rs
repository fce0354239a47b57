//! `range` and `slice` objects, and the slice arithmetic every sequence shares
//! ([`slice_indices`], CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`).
//!
//! A range keeps its bounds as machine words; a range whose bounds do not fit (rare)
//! keeps them as big ints in `big` instead, and the word fields then hold saturated
//! stand-ins. Code that reads the fields directly should use [`RangeObj::bounds`].
use crate::err::*;
use crate::object::*;
use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, EMPTY};
use crate::types::*;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[repr(C)]
pub struct RangeObj {
    pub hdr: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The exact bounds when they do not all fit a machine word.
    pub big: Option<Box<BigRange>>,
}

/// Bounds of a range beyond the machine-word range, and its length.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for RangeObj {
    fn type_object() -> &'static TypeObject {
        &RANGE_TYPE
    }
}

impl RangeObj {
    /// Number of items (saturated to i128 for big ranges).
    pub fn len_i128(&self) -> i128 {
        match &self.big {
            Some(b) => b.len.to_i128().unwrap_or(i128::MAX),
            None => range_len(self.start, self.stop, self.step),
        }
    }
    /// Number of items, saturated to i64 (see [`RangeObj::len_checked`]).
    pub fn len(&self) -> i64 {
        self.len_i128().min(i64::MAX as i128) as i64
    }
    /// `len(r)`: OverflowError when the length does not fit a machine word.
    pub fn len_checked(&self) -> PyResult<i64> {
        i64::try_from(self.len_i128()).or_else(|_| overflow_error("Python int too large to convert to C ssize_t"))
    }
    pub fn is_empty(&self) -> bool {
        self.len_i128() == 0
    }
    /// The `i`-th item (0 <= i < len) of a machine-word range.
    pub fn item(&self, i: i64) -> i128 {
        self.start as i128 + i as i128 * self.step as i128
    }
    /// `(start, stop, step, len)` exactly, whatever the representation.
    pub fn big_parts(&self) -> (BigInt, BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone(), b.len.clone()),
            None => (
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
                BigInt::from(range_len(self.start, self.stop, self.step)),
            ),
        }
    }
    /// `r.start`, `r.stop`, `r.step` as int objects (for repr, equality, attributes).
    pub fn bounds(&self) -> (Obj, Obj, Obj) {
        match &self.big {
            Some(b) => (
                crate::int::from_bigint(b.start.clone()),
                crate::int::from_bigint(b.stop.clone()),
                crate::int::from_bigint(b.step.clone()),
            ),
            None => {
                (crate::int::from_i64(self.start), crate::int::from_i64(self.stop), crate::int::from_i64(self.step))
            }
        }
    }
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// A range from big-int bounds (machine words when they fit).
pub fn new_range_big(start: BigInt, stop: BigInt, step: BigInt) -> Obj {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return new_range(a, b, c);
    }
    let len = big_len(&start, &stop, &step);
    let sat = |x: &BigInt| x.to_i64().unwrap_or(if x.is_negative() { i64::MIN } else { i64::MAX });
    let (a, b, c) = (sat(&start), sat(&stop), sat(&step));
    alloc(RangeObj {
        hdr: Header::new(&RANGE_TYPE),
        start: a,
        stop: b,
        step: c,
        big: Some(Box::new(BigRange { start, stop, step, len })),
    })
}

/// Number of items of `range(start, stop, step)` (step != 0), exactly.
pub fn range_len(start: i64, stop: i64, step: i64) -> i128 {
    let (lo, hi, st) = (start as i128, stop as i128, step as i128);
    if st > 0 && lo < hi {
        (hi - lo - 1) / st + 1
    } else if st < 0 && lo > hi {
        (lo - hi - 1) / (-st) + 1
    } else {
        0
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Obj {
    alloc(RangeObj { hdr: Header::new(&RANGE_TYPE), start, stop, step, big: None })
}

fn range_of(r: Value) -> PyResult<&'static RangeObj> {
    match r.downcast::<RangeObj>() {
        Some(x) => Ok(x),
        None => type_error(format!("expected range, got {}", r.ty().name)),
    }
}

/// A range bound: an int (or bool); TypeError otherwise.
fn range_arg(v: Value) -> PyResult<BigInt> {
    match crate::int::to_bigint(v) {
        Some(b) => Ok(b),
        None => type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn construct(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("range", crate::func::Arity::Expected, args, kwnames, 1, 3)?;
    if let [stop] = *pos {
        if let Some(n) = crate::int::to_i64(stop) {
            return Ok(new_range(0, n, 1));
        }
    }
    let (start, stop, step) = match *pos {
        [stop] => (BigInt::zero(), range_arg(stop)?, BigInt::one()),
        [start, stop] => (range_arg(start)?, range_arg(stop)?, BigInt::one()),
        [start, stop, step] => {
            let (a, b, c) = (range_arg(start)?, range_arg(stop)?, range_arg(step)?);
            if c.is_zero() {
                return value_error("range() arg 3 must not be zero");
            }
            (a, b, c)
        }
        _ => return type_error("range expected at least 1 argument, got 0"),
    };
    Ok(new_range_big(start, stop, step))
}

fn item_obj(x: i128) -> PyResult {
    match i64::try_from(x) {
        Ok(i) => Ok(crate::int::from_i64(i)),
        Err(_) => Ok(crate::int::from_bigint(num_bigint::BigInt::from(x))),
    }
}

/// `r[k]`: an int for an index, a range for a slice.
pub fn getitem(r: Value, k: Value) -> PyResult {
    let ro = range_of(r)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        return slice_range(ro, sl);
    }
    if !crate::int::is_int(k) {
        return type_error(format!("range indices must be integers or slices, not {}", k.ty().name));
    }
    if ro.big.is_none() {
        let len = ro.len_i128();
        let i = match crate::int::to_i64(k) {
            Some(i) => i as i128,
            None => return index_error("cannot fit 'int' into an index-sized integer"),
        };
        let i = if i < 0 { i + len } else { i };
        if i < 0 || i >= len {
            return index_error("range object index out of range");
        }
        return item_obj(ro.start as i128 + i * ro.step as i128);
    }
    let (start, _, step, len) = ro.big_parts();
    let mut i = crate::int::to_bigint(k).unwrap_or_default();
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return index_error("range object index out of range");
    }
    Ok(crate::int::from_bigint(start + i * step))
}

/// `r[slice]`: CPython's `compute_slice`, in big ints.
fn slice_range(ro: &RangeObj, sl: &SliceObj) -> PyResult {
    let bound = |v: Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match crate::int::to_bigint(v) {
            Some(b) => Ok(Some(b)),
            None => type_error("slice indices must be integers or None or have an __index__ method"),
        }
    };
    let step = bound(sl.step.v())?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return value_error("slice step cannot be zero");
    }
    let start = bound(sl.start.v())?;
    let stop = bound(sl.stop.v())?;
    let (rstart, _, rstep, len) = ro.big_parts();
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), &len - 1u32) } else { (BigInt::zero(), len.clone()) };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        let Some(mut v) = v else { return default.clone() };
        if v.is_negative() {
            v += &len;
            if v < lower {
                v = lower.clone();
            }
        } else if v > upper {
            v = upper.clone();
        }
        v
    };
    let (start, stop) =
        if neg { (clamp(start, &upper), clamp(stop, &lower)) } else { (clamp(start, &lower), clamp(stop, &upper)) };
    Ok(new_range_big(&rstart + start * &rstep, &rstart + stop * &rstep, rstep * step))
}

/// `item in r`: arithmetic for ints, a scan comparing with `==` otherwise.
pub fn contains(r: Value, item: Value) -> PyResult<bool> {
    let ro = range_of(r)?;
    if crate::int::is_int(item) {
        if ro.big.is_none() {
            let Some(x) = crate::int::to_i64(item) else { return Ok(false) };
            let (x, start, stop, step) = (x as i128, ro.start as i128, ro.stop as i128, ro.step as i128);
            let inside = if step > 0 { start <= x && x < stop } else { stop < x && x <= start };
            return Ok(inside && (x - start) % step == 0);
        }
        let x = crate::int::to_bigint(item).unwrap_or_default();
        let (start, stop, step, _) = ro.big_parts();
        let inside = if step.is_positive() { start <= x && x < stop } else { stop < x && x <= start };
        return Ok(inside && ((x - start) % step).is_zero());
    }
    let (start, _, step, len) = ro.big_parts();
    let mut i = BigInt::zero();
    while i < len {
        let v = crate::int::from_bigint(&start + &i * &step);
        if crate::ops::eq(v.v(), item)? {
            return Ok(true);
        }
        i += 1u32;
    }
    Ok(false)
}

/// `hash(r)`: as CPython, the hash of `(len, start, step)` with None for the parts that
/// do not matter (one item: step; no item: start and step).
pub fn hash(r: Value) -> PyResult<i64> {
    use crate::hash::{combine_tuple, hash_int, hash_pointer};
    use crate::int::IntRef;
    let (start, _, step, n) = range_of(r)?.big_parts();
    let none_h = hash_pointer(none());
    let lanes = [
        hash_int(IntRef::Big(&n)),
        if n.is_zero() { none_h } else { hash_int(IntRef::Big(&start)) },
        if n <= BigInt::one() { none_h } else { hash_int(IntRef::Big(&step)) },
    ];
    combine_tuple(lanes.into_iter().map(Ok))
}

// ---------------------------------------------------------------------------------------
// range's methods: one function per entry of `RANGE_SPEC`.

/// `r.count(x)` (`count` true) or `r.index(x)`: arithmetic for ints, a scan comparing
/// with `==` for other values.
fn count_or_index(r: Value, x: Value, count: bool) -> PyResult {
    let ro = range_of(r)?;
    if crate::int::is_int(x) {
        let found = contains(r, x)?;
        if count {
            return Ok(Obj::small(found as i64));
        }
        if !found {
            let shown = crate::ops::repr_of(x)?;
            return value_error(format!("{} is not in range", crate::str::as_str(shown.v()).unwrap_or("?")));
        }
        let (start, _, step, _) = ro.big_parts();
        let i = (crate::int::to_bigint(x).unwrap_or_default() - start) / step;
        return Ok(crate::int::from_bigint(i));
    }
    let (start, _, step, len) = ro.big_parts();
    let mut i = BigInt::zero();
    let mut n: i64 = 0;
    while i < len {
        let v = crate::int::from_bigint(&start + &i * &step);
        if crate::list::eq_item(v.v(), x)? {
            if !count {
                return Ok(crate::int::from_bigint(i));
            }
            n += 1;
        }
        i += 1u32;
    }
    if !count {
        return value_error("sequence.index(x): x not in sequence");
    }
    Ok(crate::int::from_i64(n))
}

fn count(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
    count_or_index(r, a[0], true)
}

fn index(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
    count_or_index(r, a[0], false)
}

/// `r.__reduce__()`: `(range, (start, stop, step))`.
fn range_reduce(r: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let (start, stop, step) = range_of(r)?.bounds();
    let args = crate::tuple::new_tuple(vec![start, stop, step]);
    Ok(crate::tuple::new_tuple(vec![RANGE_TYPE.as_value().new_ref(), args]))
}

// Operator dunders: what range itself does.

/// range's comparisons: only `==` and `!=` (same items), and only with ranges.
fn range_compare(op: crate::ops::CmpOp, r: Value, other: Value) -> PyResult {
    use crate::ops::CmpOp;
    if other.downcast::<RangeObj>().is_none() || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(crate::class::not_implemented().new_ref());
    }
    Ok(bool_obj(crate::ops::range_eq(r, other) == (op == CmpOp::Eq)))
}

mod range_slots {
    use super::*;
    use crate::ops::CmpOp;
    pub fn lt(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
        range_compare(CmpOp::Lt, r, a[0])
    }
    pub fn le(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
        range_compare(CmpOp::Le, r, a[0])
    }
    pub fn eq(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
        range_compare(CmpOp::Eq, r, a[0])
    }
    pub fn ne(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
        range_compare(CmpOp::Ne, r, a[0])
    }
    pub fn gt(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
        range_compare(CmpOp::Gt, r, a[0])
    }
    pub fn ge(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
        range_compare(CmpOp::Ge, r, a[0])
    }
    pub fn hash(r: Value, _: &[Value], _: &[Obj]) -> PyResult {
        Ok(crate::int::from_i64(super::hash(r)?))
    }
    pub fn iter(r: Value, _: &[Value], _: &[Obj]) -> PyResult {
        crate::iter::get_iter(r)
    }
    pub fn reversed(r: Value, _: &[Value], _: &[Obj]) -> PyResult {
        crate::iter::reversed_of(r)
    }
    pub fn bool(r: Value, _: &[Value], _: &[Obj]) -> PyResult {
        Ok(bool_obj(!range_of(r)?.is_empty()))
    }
    pub fn len(r: Value, _: &[Value], _: &[Obj]) -> PyResult {
        Ok(crate::int::from_i64(range_of(r)?.len_checked()?))
    }
    pub fn getitem(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
        super::getitem(r, a[0])
    }
    pub fn contains(r: Value, a: &[Value], _: &[Obj]) -> PyResult {
        Ok(bool_obj(super::contains(r, a[0])?))
    }
}

fn range_start(r: Value) -> PyResult {
    Ok(range_of(r)?.bounds().0)
}
fn range_stop(r: Value) -> PyResult {
    Ok(range_of(r)?.bounds().1)
}
fn range_step(r: Value) -> PyResult {
    Ok(range_of(r)?.bounds().2)
}

/// `range.__new__(range, …)` (range cannot be subclassed).
fn range_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    construct(args, kwnames)
}

/// What `range` declares (see `typeobj.rs`).
pub static RANGE_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__hash__", range_slots::hash, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", range_slots::lt, Params::One),
        MethodDef::slot("__le__", range_slots::le, Params::One),
        MethodDef::slot("__eq__", range_slots::eq, Params::One),
        MethodDef::slot("__ne__", range_slots::ne, Params::One),
        MethodDef::slot("__gt__", range_slots::gt, Params::One),
        MethodDef::slot("__ge__", range_slots::ge, Params::One),
        MethodDef::slot("__iter__", range_slots::iter, Params::NoArgs),
        MethodDef::slot("__bool__", range_slots::bool, Params::NoArgs),
        MethodDef::slot("__len__", range_slots::len, Params::NoArgs),
        MethodDef::slot("__getitem__", range_slots::getitem, Params::One),
        MethodDef::slot("__contains__", range_slots::contains, Params::One),
        MethodDef::method("__reversed__", range_slots::reversed, Params::NoArgs),
        MethodDef::method("__reduce__", range_reduce, Params::NoArgs),
        MethodDef::method("count", count, Params::One),
        MethodDef::method("index", index, Params::One),
    ],
    getsets: &[
        GetSetDef::member("start", range_start, None),
        GetSetDef::member("stop", range_stop, None),
        GetSetDef::member("step", range_step, None),
    ],
    new: Some(range_new),
    ..EMPTY
};

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

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn construct_slice(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("slice", crate::func::Arity::Expected, args, kwnames, 1, 3)?;
    let none = none_obj;
    Ok(match *pos {
        [stop] => new_slice(none(), stop.new_ref(), none()),
        [start, stop] => new_slice(start.new_ref(), stop.new_ref(), none()),
        [start, stop, step] => new_slice(start.new_ref(), stop.new_ref(), step.new_ref()),
        _ => return type_error("slice expected at least 1 argument, got 0"),
    })
}

fn slice_of(s: Value) -> PyResult<&'static SliceObj> {
    match s.downcast::<SliceObj>() {
        Some(x) => Ok(x),
        None => type_error(format!("expected slice, got {}", s.ty().name)),
    }
}

/// An integer as `PyNumber_Index` reads it, in arbitrary precision (`__index__` of
/// classes defined in Python included); `msg` words the TypeError for other values.
fn index_big(v: Value, msg: impl FnOnce() -> String) -> PyResult<BigInt> {
    if let Some(b) = crate::int::to_bigint(v) {
        return Ok(b);
    }
    match crate::int::index_dunder(v) {
        Some(r) => Ok(crate::int::to_bigint(r?.v()).unwrap_or_default()),
        None => type_error(msg()),
    }
}

/// `s.indices(length)`: the start, stop and step the slice selects from a sequence of
/// `length` items, in arbitrary precision (`_PySlice_GetLongIndices`).
fn indices(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let sl = slice_of(s)?;
    let length = index_big(a[0], || format!("'{}' object cannot be interpreted as an integer", a[0].ty().name))?;
    if length.is_negative() {
        return value_error("length should not be negative");
    }
    let bound = |v: Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        index_big(v, || "slice indices must be integers or None or have an __index__ method".to_string()).map(Some)
    };
    let step = bound(sl.step.v())?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return value_error("slice step cannot be zero");
    }
    let (lower, upper) =
        if step.is_negative() { (BigInt::from(-1), &length - 1u32) } else { (BigInt::zero(), length.clone()) };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        let Some(mut v) = v else { return default.clone() };
        if v.is_negative() {
            v += &length;
            if v < lower {
                v = lower.clone();
            }
        } else if v > upper {
            v = upper.clone();
        }
        v
    };
    let neg = step.is_negative();
    let start = clamp(bound(sl.start.v())?, if neg { &upper } else { &lower });
    let stop = clamp(bound(sl.stop.v())?, if neg { &lower } else { &upper });
    let parts = vec![crate::int::from_bigint(start), crate::int::from_bigint(stop), crate::int::from_bigint(step)];
    Ok(crate::tuple::new_tuple(parts))
}

/// `s.__reduce__()`: `(slice, (start, stop, step))`.
fn slice_reduce(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let sl = slice_of(s)?;
    let args = crate::tuple::new_tuple(vec![sl.start.clone(), sl.stop.clone(), sl.step.clone()]);
    Ok(crate::tuple::new_tuple(vec![SLICE_TYPE.as_value().new_ref(), args]))
}

fn is_slice(v: Value) -> bool {
    v.downcast::<SliceObj>().is_some()
}

// Slices compare as the tuples (start, stop, step).
crate::cmp_slots!(slice_cmp, is_slice, crate::ops::seq_order);

fn slice_start(s: Value) -> PyResult {
    Ok(slice_of(s)?.start.clone())
}
fn slice_stop(s: Value) -> PyResult {
    Ok(slice_of(s)?.stop.clone())
}
fn slice_step(s: Value) -> PyResult {
    Ok(slice_of(s)?.step.clone())
}

/// `slice.__new__(slice, …)` (slice cannot be subclassed).
fn slice_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    construct_slice(args, kwnames)
}

/// What `slice` declares (see `typeobj.rs`): slices are unhashable in 3.11.
pub static SLICE_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", slice_cmp::lt, Params::One),
        MethodDef::slot("__le__", slice_cmp::le, Params::One),
        MethodDef::slot("__eq__", slice_cmp::eq, Params::One),
        MethodDef::slot("__ne__", slice_cmp::ne, Params::One),
        MethodDef::slot("__gt__", slice_cmp::gt, Params::One),
        MethodDef::slot("__ge__", slice_cmp::ge, Params::One),
        MethodDef::method("indices", indices, Params::One),
        MethodDef::method("__reduce__", slice_reduce, Params::NoArgs),
    ],
    getsets: &[
        GetSetDef::member("start", slice_start, None),
        GetSetDef::member("stop", slice_stop, None),
        GetSetDef::member("step", slice_step, None),
    ],
    nones: &["__hash__"],
    new: Some(slice_new),
    ..EMPTY
};

/// A slice bound as CPython's `_PyEval_SliceIndex` reads it: ints clamp to the
/// machine-word range; None means "absent".
pub fn slice_index(v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    index_clamped(v).map(Some)
}

/// An int clamped to i64 (TypeError for non-ints, CPython's slice-index message).
pub fn index_clamped(v: Value) -> PyResult<i64> {
    if let Some(i) = crate::int::to_i64(v) {
        return Ok(i);
    }
    if crate::int::is_int(v) {
        let negative = crate::int::to_bigint(v).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false);
        return Ok(if negative { i64::MIN } else { i64::MAX });
    }
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// Resolves a slice against a sequence of length `len`: `(start, stop, step, count)`,
/// with CPython's clamping (the indices of the selected items are `start + i*step` for
/// `i < count`). ValueError for a zero step.
pub fn slice_indices(slice: &SliceObj, len: i64) -> PyResult<(i64, i64, i64, i64)> {
    let step = match slice_index(slice.step.v())? {
        None => 1,
        Some(0) => return value_error("slice step cannot be zero"),
        // -step must not overflow.
        Some(s) => s.max(-i64::MAX),
    };
    let start = slice_index(slice.start.v())?;
    let stop = slice_index(slice.stop.v())?;
    Ok(adjust_indices(start, stop, step, len))
}

/// `PySlice_AdjustIndices` with absent bounds filled in for `step`'s direction.
pub fn adjust_indices(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64, i64) {
    let len = len.max(0);
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        let Some(mut v) = v else { return default };
        if v < 0 {
            v += len;
            if v < 0 {
                v = if step < 0 { -1 } else { 0 };
            }
        } else if v >= len {
            v = if step < 0 { len - 1 } else { len };
        }
        v
    };
    let (start, stop) =
        if step < 0 { (clamp(start, len - 1), clamp(stop, -1)) } else { (clamp(start, 0), clamp(stop, len)) };
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, count)
}

/// A sequence index: negative counts from the end; `what` names the sequence in
/// "… index out of range". Big ints give CPython's "cannot fit" IndexError.
pub fn seq_index(k: Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match crate::int::to_i64(k) {
        Some(i) => i,
        None => return index_error("cannot fit 'int' into an index-sized integer"),
    };
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return index_error(format!("{what} index out of range"));
    }
    Ok(j as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64, i64) {
        adjust_indices(start, stop, step, len)
    }

    #[test]
    fn slice_indices_match_cpython() {
        // Expected values from CPython: slice(start, stop, step).indices(len) + len(range(...)).
        assert_eq!(idx(None, None, 1, 5), (0, 5, 1, 5));
        assert_eq!(idx(None, None, -1, 5), (4, -1, -1, 5));
        assert_eq!(idx(Some(-10), Some(10), 1, 3), (0, 3, 1, 3));
        assert_eq!(idx(Some(10), Some(-10), -1, 3), (2, -1, -1, 3));
        assert_eq!(idx(Some(1), None, 2, 6), (1, 6, 2, 3));
        assert_eq!(idx(Some(-2), Some(-5), -2, 6), (4, 1, -2, 2));
        assert_eq!(idx(Some(i64::MAX), None, 1, 3), (3, 3, 1, 0));
        assert_eq!(idx(Some(i64::MIN), Some(i64::MAX), -i64::MAX, 3), (-1, 2, -i64::MAX, 0));
        assert_eq!(idx(None, None, i64::MAX, 3), (0, 3, i64::MAX, 1));
        assert_eq!(idx(None, None, -i64::MAX, 3), (2, -1, -i64::MAX, 1));
        assert_eq!(idx(Some(2), Some(1), 1, 5), (2, 1, 1, 0));
        assert_eq!(idx(None, None, 3, 0), (0, 0, 3, 0));
        assert_eq!(idx(None, None, -3, 0), (-1, -1, -3, 0));
    }

    #[test]
    fn range_lengths() {
        assert_eq!(range_len(0, 10, 3), 4);
        assert_eq!(range_len(10, 0, -3), 4);
        assert_eq!(range_len(0, 0, 1), 0);
        assert_eq!(range_len(i64::MIN, i64::MAX, 1), u64::MAX as i128);
    }
}
