//! Iteration: `iter()` and `next()` for the builtin types, and the iterator objects.
//!
//! Every builtin iterator is an [`IterObj`]: one payload whose [`IterState`] says what it
//! walks. Each kind has its own type object (so `type(iter([])).__name__` is
//! `list_iterator` as in CPython); they live in one static array, [`ITER_TYPES`], so
//! recognizing an `IterObj` is a pointer-range check.
//!
//! Rule: never hold the state borrow across a call that may run Python code (advancing
//! an inner iterator, calling a function, comparing); clone what is needed first.
use crate::err::*;
use crate::func::{positional, Arity};
use crate::object::*;
use crate::types::*;
use std::cell::UnsafeCell;

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// Finished: the underlying container has been released.
    Exhausted,
    List {
        list: Obj,
        i: usize,
    },
    /// The next index to yield, counting down (`-1` when done).
    ListRev {
        list: Obj,
        i: isize,
    },
    Tuple {
        tup: Obj,
        i: usize,
    },
    /// Byte position in the string.
    Str {
        s: Obj,
        pos: usize,
    },
    /// Index of the next byte of a bytes or bytearray (read afresh each time: a
    /// bytearray may change meanwhile).
    Bytes {
        b: Obj,
        i: usize,
    },
    /// `reversed()` of a tuple or str: the next code-point/item index, counting down.
    SeqRev {
        seq: Obj,
        i: isize,
    },
    Range {
        start: i64,
        step: i64,
        i: u64,
        len: u64,
    },
    /// A range beyond machine words: the next item, the step, and how many are left.
    BigRange {
        cur: num_bigint::BigInt,
        step: num_bigint::BigInt,
        left: num_bigint::BigInt,
    },
    Dict {
        dict: Obj,
        pos: usize,
        used: usize,
        remaining: usize,
        part: DictPart,
        rev: bool,
    },
    /// A set's next slot, and its length when the iterator was made.
    Set {
        set: Obj,
        pos: usize,
        used: usize,
    },
    Enumerate {
        it: Obj,
        count: Obj,
    },
    Zip {
        its: Vec<Obj>,
        strict: bool,
    },
    Map {
        f: Obj,
        its: Vec<Obj>,
    },
    Filter {
        f: Obj,
        it: Obj,
    },
    Callable {
        f: Obj,
        sentinel: Obj,
    },
    /// A native sequence (`stdlib::SeqProtocol`): the next index.
    /// An object of a class defined in Python with `__getitem__` and no `__iter__`:
    /// `obj[0]`, `obj[1]`, … until IndexError or StopIteration (CPython's sequence
    /// iterator); for `reversed()`, `obj[len - 1]` down to `obj[0]` (`step` -1).
    GetItem {
        obj: Obj,
        i: i64,
        step: i64,
    },
    NativeSeq {
        seq: Obj,
        i: usize,
    },
}

#[repr(C)]
pub struct IterObj {
    pub hdr: Header,
    pub state: UnsafeCell<IterState>,
}
// SAFETY: repr(C), starts with a Header. (Every type of ITER_TYPES shares this payload;
// `type_object` names the first, and `iter_obj` recognizes all of them.)
unsafe impl PyPayload for IterObj {
    fn type_object() -> &'static TypeObject {
        &ITER_TYPES[0]
    }
}

impl IterObj {
    #[allow(clippy::mut_from_ref)]
    fn state(&self) -> &mut IterState {
        // SAFETY: single-threaded runtime; callers follow the module rule on borrows.
        unsafe { &mut *self.state.get() }
    }
}

macro_rules! iter_types {
    ($( $idx:ident = $name:literal $(=> $spec:expr)? ),* $(,)?) => {
        /// The type objects of the builtin iterators, indexed by the constants below.
        pub static ITER_TYPES: [TypeObject; [$($name),*].len()] = [$(
            TypeObject::builtin($name, Kind::Iterator, Some(&OBJECT_TYPE), dealloc_payload::<IterObj>, iter_types!(@spec $($spec)?))
        ),*];
        iter_types!(@idx 0usize; $($idx)*);
    };
    (@spec) => { &ITER_SPEC };
    (@spec $spec:expr) => { $spec };
    (@idx $n:expr; $first:ident $($rest:ident)*) => {
        pub const $first: usize = $n;
        iter_types!(@idx $n + 1usize; $($rest)*);
    };
    (@idx $n:expr;) => {};
}

iter_types! {
    LIST_ITER = "list_iterator",
    LIST_REV_ITER = "list_reverseiterator",
    TUPLE_ITER = "tuple_iterator",
    STR_ASCII_ITER = "str_ascii_iterator",
    STR_ITER = "str_iterator",
    RANGE_ITER = "range_iterator",
    LONGRANGE_ITER = "longrange_iterator",
    DICT_KEY_ITER = "dict_keyiterator",
    DICT_VALUE_ITER = "dict_valueiterator",
    DICT_ITEM_ITER = "dict_itemiterator",
    DICT_REV_KEY_ITER = "dict_reversekeyiterator",
    DICT_REV_VALUE_ITER = "dict_reversevalueiterator",
    DICT_REV_ITEM_ITER = "dict_reverseitemiterator",
    SET_ITER = "set_iterator",
    ENUMERATE = "enumerate" => &ENUMERATE_SPEC,
    ZIP = "zip" => &ZIP_SPEC,
    REVERSED = "reversed" => &REVERSED_SPEC,
    MAP = "map" => &MAP_SPEC,
    FILTER = "filter" => &FILTER_SPEC,
    CALLABLE_ITER = "callable_iterator",
    BYTES_ITER = "bytes_iterator",
    BYTEARRAY_ITER = "bytearray_iterator",
    // CPython's name for the iterator of any sequence without its own.
    SEQ_ITER = "iterator",
}

// What the iterator types declare (see `typeobj.rs`).

use crate::typeobj::{MethodDef, Params, TypeSpec, BASETYPE, EMPTY};

fn iter_self(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(v.new_ref())
}
fn next_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    match next(v)? {
        Some(x) => Ok(x),
        None => Err(PyErr::bare(&STOP_ITERATION)),
    }
}
fn reduce_slot(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: pickling iterators is not supported yet".to_string()))
}

static ITER_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__iter__", iter_self, Params::NoArgs),
        MethodDef::slot("__next__", next_slot, Params::NoArgs),
        MethodDef::method("__reduce__", reduce_slot, Params::NoArgs),
    ],
    ..EMPTY
};

macro_rules! builtin_iter_spec {
    ($id:ident, $ctor:path) => {
        static $id: TypeSpec = TypeSpec {
            methods: &[
                MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
                MethodDef::slot("__iter__", iter_self, Params::NoArgs),
                MethodDef::slot("__next__", next_slot, Params::NoArgs),
                MethodDef::method("__reduce__", reduce_slot, Params::NoArgs),
            ],
            new: Some(|_cls, args, kwnames| $ctor(args, kwnames)),
            flags: BASETYPE,
            ..EMPTY
        };
    };
}
builtin_iter_spec!(ENUMERATE_SPEC, construct_enumerate);
builtin_iter_spec!(ZIP_SPEC, construct_zip);
builtin_iter_spec!(REVERSED_SPEC, construct_reversed);
builtin_iter_spec!(MAP_SPEC, construct_map);
builtin_iter_spec!(FILTER_SPEC, construct_filter);

/// The type object of builtin iterator kind `idx` (one of the constants above).
pub fn iter_type(idx: usize) -> &'static TypeObject {
    &ITER_TYPES[idx.min(ITER_TYPES.len() - 1)]
}

/// The iterator payload of `v`, if `v` is a builtin iterator.
pub fn iter_obj(v: Value) -> Option<&'static IterObj> {
    if !v.is_heap() {
        return None;
    }
    let t = v.ty() as *const TypeObject as usize;
    let base = ITER_TYPES.as_ptr() as usize;
    let end = base + std::mem::size_of_val(&ITER_TYPES);
    if t >= base && t < end {
        // SAFETY: every object whose type is in ITER_TYPES was allocated as an IterObj.
        Some(unsafe { &*(v.0 as *const IterObj) })
    } else {
        None
    }
}

fn new_iter(idx: usize, state: IterState) -> Obj {
    alloc(IterObj { hdr: Header::new(iter_type(idx)), state: UnsafeCell::new(state) })
}

/// A `range_iterator` over `len` items `start, start+step, …`.
pub fn range_iter(start: i64, step: i64, len: u64) -> Obj {
    let idx = if len > i64::MAX as u64 { LONGRANGE_ITER } else { RANGE_ITER };
    new_iter(idx, IterState::Range { start, step, i: 0, len })
}

/// Iterates over a range object, forwards or backwards.
fn iter_range(r: &crate::range::RangeObj, rev: bool) -> PyResult {
    if r.big.is_none() {
        let len = r.len_i128().clamp(0, u64::MAX as i128) as u64;
        if !rev {
            return Ok(range_iter(r.start, r.step, len));
        }
        if len == 0 {
            return Ok(range_iter(0, 1, 0));
        }
        let last = r.start as i128 + (len as i128 - 1) * r.step as i128;
        if let (Ok(last), Some(step)) = (i64::try_from(last), r.step.checked_neg()) {
            return Ok(range_iter(last, step, len));
        }
    }
    let (start, _, step, len) = r.big_parts();
    let state = if rev {
        let last = &start + (&len - 1u32) * &step;
        IterState::BigRange { cur: last, step: -step, left: len }
    } else {
        IterState::BigRange { cur: start, step, left: len }
    };
    Ok(new_iter(LONGRANGE_ITER, state))
}

fn dict_iter(d: Value, part: DictPart, rev: bool) -> PyResult {
    let dict = crate::dict::dict_obj(d)?;
    let t = dict.table();
    let (used, end) = (t.len, t.entries.len());
    let idx = match (part, rev) {
        (DictPart::Keys, false) => DICT_KEY_ITER,
        (DictPart::Values, false) => DICT_VALUE_ITER,
        (DictPart::Items, false) => DICT_ITEM_ITER,
        (DictPart::Keys, true) => DICT_REV_KEY_ITER,
        (DictPart::Values, true) => DICT_REV_VALUE_ITER,
        (DictPart::Items, true) => DICT_REV_ITEM_ITER,
    };
    let pos = if rev { end } else { 0 };
    Ok(new_iter(idx, IterState::Dict { dict: d.new_ref(), pos, used, remaining: used, part, rev }))
}

/// The dict a keys/values/items view looks at, and which part.
fn view_parts(v: Value) -> Option<(Value, DictPart)> {
    let part = match v.kind() {
        Kind::DictKeys => DictPart::Keys,
        Kind::DictValues => DictPart::Values,
        Kind::DictItems => DictPart::Items,
        _ => return None,
    };
    crate::dict::view_dict(v).map(|d| (d, part))
}

/// `iter(v)`.
pub fn get_iter(v: Value) -> PyResult {
    match v.kind() {
        Kind::List => Ok(new_iter(LIST_ITER, IterState::List { list: v.new_ref(), i: 0 })),
        Kind::Tuple => Ok(new_iter(TUPLE_ITER, IterState::Tuple { tup: v.new_ref(), i: 0 })),
        Kind::Str => {
            let ascii = v.downcast::<crate::str::StrObj>().is_none_or(|s| s.is_ascii());
            Ok(new_iter(if ascii { STR_ASCII_ITER } else { STR_ITER }, IterState::Str { s: v.new_ref(), pos: 0 }))
        }
        Kind::Range => {
            let r = v.downcast::<crate::range::RangeObj>().ok_or_else(|| not_iterable(v))?;
            iter_range(r, false)
        }
        Kind::Bytes => Ok(new_iter(BYTES_ITER, IterState::Bytes { b: v.new_ref(), i: 0 })),
        Kind::ByteArray => Ok(new_iter(BYTEARRAY_ITER, IterState::Bytes { b: v.new_ref(), i: 0 })),
        Kind::Dict => dict_iter(v, DictPart::Keys, false),
        Kind::DictKeys | Kind::DictValues | Kind::DictItems => match view_parts(v) {
            Some((d, part)) => dict_iter(d, part, false),
            None => Err(not_iterable(v)),
        },
        Kind::Set | Kind::FrozenSet => {
            Ok(new_iter(SET_ITER, IterState::Set { set: v.new_ref(), pos: 0, used: crate::set::len(v) }))
        }
        Kind::Iterator => Ok(v.new_ref()),
        Kind::Type if let Some(r) = crate::stdlib::enum_::class_iter(v) => r,
        _ if crate::io::is_stream(v) => Ok(v.new_ref()),
        Kind::Other if let Some(p) = crate::stdlib::iter_protocol(v) => {
            (p.check)(v)?;
            Ok(v.new_ref())
        }
        Kind::Other if crate::stdlib::seq(v).is_some() => {
            Ok(new_iter(SEQ_ITER, IterState::NativeSeq { seq: v.new_ref(), i: 0 }))
        }
        _ if crate::class::class_of(v).is_some() => match crate::class::call_dunder(v, "__iter__", &[], &[]) {
            Some(r) => {
                let it = r?;
                if !is_iterator(it.v()) {
                    return type_error(format!("iter() returned non-iterator of type '{}'", it.v().ty().name));
                }
                Ok(it)
            }
            None if crate::class::lookup(v.ty(), "__getitem__").is_some() => {
                Ok(new_iter(SEQ_ITER, IterState::GetItem { obj: v.new_ref(), i: 0, step: 1 }))
            }
            None => Err(not_iterable(v)),
        },
        _ => match crate::ops::builtin_dunder_call(v, "__iter__", &[]) {
            Some(r) => r,
            None => Err(not_iterable(v)),
        },
    }
}

#[cold]
fn not_iterable(v: Value) -> PyErr {
    PyErr::new(&TYPE_ERROR, format!("'{}' object is not iterable", v.ty().name))
}

/// Is `v` an iterator (`next()` accepts it)?
pub fn is_iterator(v: Value) -> bool {
    iter_obj(v).is_some()
        || crate::io::is_stream(v)
        || crate::stdlib::iter_protocol(v).is_some()
        || crate::gen::as_gen(v).is_some()
        || crate::class::class_of(v).is_some_and(|_| crate::class::lookup(v.ty(), "__next__").is_some())
}

/// The next item of iterator `it`, or None when it is exhausted.
pub fn next(it: Value) -> PyResult<Option<Obj>> {
    let Some(io) = iter_obj(it) else {
        if crate::io::is_stream(it) {
            return crate::io::next_line(it);
        }
        if let Some(p) = crate::stdlib::iter_protocol(it) {
            return (p.next)(it);
        }
        if let Some(g) = crate::gen::as_gen(it) {
            return crate::gen::next(g);
        }
        if let Some(r) = crate::class::call_dunder(it, "__next__", &[], &[]) {
            return match r {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&STOP_ITERATION) => Ok(None),
                Err(e) => Err(e),
            };
        }
        return type_error(format!("'{}' object is not an iterator", it.ty().name));
    };
    let st = io.state();
    match st {
        IterState::Exhausted => Ok(None),
        IterState::List { list, i } => {
            let items = crate::list::list_items(list.v());
            match items.get(*i) {
                Some(x) => {
                    let x = x.clone();
                    *i += 1;
                    Ok(Some(x))
                }
                None => finish(io),
            }
        }
        IterState::ListRev { list, i } => {
            let items = crate::list::list_items(list.v());
            match usize::try_from(*i).ok().and_then(|j| items.get(j)) {
                Some(x) => {
                    let x = x.clone();
                    *i -= 1;
                    Ok(Some(x))
                }
                None => finish(io),
            }
        }
        IterState::Tuple { tup, i } => match crate::tuple::items(tup.v()).get(*i) {
            Some(x) => {
                let x = x.clone();
                *i += 1;
                Ok(Some(x))
            }
            None => finish(io),
        },
        IterState::Str { s, pos } => {
            let text = crate::str::as_str(s.v()).unwrap_or("");
            match text.get(*pos..).and_then(|r| r.chars().next()) {
                Some(c) => {
                    *pos += c.len_utf8();
                    Ok(Some(crate::str::char_str(c)))
                }
                None => finish(io),
            }
        }
        IterState::SeqRev { seq, i } => {
            let Ok(j) = usize::try_from(*i) else { return finish(io) };
            *i -= 1;
            let seq = seq.v();
            if let Some(x) = crate::tuple::items(seq).get(j) {
                return Ok(Some(x.clone()));
            }
            if let Some(x) = crate::stdlib::seq_item(seq, j) {
                return Ok(Some(x));
            }
            if let Some(x) = crate::bytes::item(seq, j) {
                return Ok(Some(x));
            }
            match seq.downcast::<crate::str::StrObj>() {
                Some(so) if j < so.nchars => {
                    let c =
                        if so.is_ascii() { so.s.as_bytes()[j] as char } else { so.s.chars().nth(j).unwrap_or('\0') };
                    Ok(Some(crate::str::char_str(c)))
                }
                _ => finish(io),
            }
        }
        IterState::GetItem { obj, i, step } => {
            if *i < 0 {
                return finish(io);
            }
            let (o, k) = (obj.clone(), crate::int::from_i64(*i));
            *i += *step;
            match crate::class::call_dunder(o.v(), "__getitem__", &[k.v()], &[]) {
                Some(Ok(x)) => Ok(Some(x)),
                Some(Err(e)) if e.matches(&INDEX_ERROR) || e.matches(&STOP_ITERATION) => finish(io),
                Some(Err(e)) => Err(e),
                None => finish(io),
            }
        }
        IterState::Bytes { b, i } => match crate::bytes::item(b.v(), *i) {
            Some(x) => {
                *i += 1;
                Ok(Some(x))
            }
            None => finish(io),
        },
        IterState::NativeSeq { seq, i } => match crate::stdlib::seq_item(seq.v(), *i) {
            Some(x) => {
                *i += 1;
                Ok(Some(x))
            }
            None => finish(io),
        },
        IterState::Range { start, step, i, len } => {
            if *i >= *len {
                return Ok(None);
            }
            let x = *start as i128 + *i as i128 * *step as i128;
            *i += 1;
            Ok(Some(match i64::try_from(x) {
                Ok(v) => crate::int::from_i64(v),
                Err(_) => crate::int::from_bigint(num_bigint::BigInt::from(x)),
            }))
        }
        IterState::BigRange { cur, step, left } => {
            if *left <= num_bigint::BigInt::from(0) {
                return Ok(None);
            }
            let x = cur.clone();
            *cur += &*step;
            *left -= 1u32;
            Ok(Some(crate::int::from_bigint(x)))
        }
        IterState::Dict { .. } => dict_next(io),
        IterState::Set { set, pos, used } => match crate::set::iter_next(set.v(), pos, *used) {
            Ok(Some(x)) => Ok(Some(x)),
            Ok(None) => finish(io),
            Err(e) => {
                // As CPython: once the set changed size, the iterator keeps saying so.
                *used = usize::MAX;
                Err(e)
            }
        },
        IterState::Enumerate { it: inner, .. } => {
            let inner = inner.clone();
            let Some(x) = next(inner.v())? else { return Ok(None) };
            let IterState::Enumerate { count, .. } = io.state() else { return Ok(None) };
            let n = match count.v().as_small() {
                Some(i) => crate::int::from_i64(i + 1),
                None => crate::ops::binop(crate::ops::BinOp::Add, count.v(), Value::small_unchecked(1))?,
            };
            let cur = std::mem::replace(count, n);
            Ok(Some(crate::tuple::new_tuple(vec![cur, x])))
        }
        IterState::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            zip_next(io, &its, strict)
        }
        IterState::Map { f, its } => {
            let (f, its) = (f.clone(), its.clone());
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match next(it.v())? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            let argv: Vec<Value> = args.iter().map(Obj::v).collect();
            crate::func::call(f.v(), &argv, &[]).map(Some)
        }
        IterState::Filter { f, it: inner } => {
            let (f, inner) = (f.clone(), inner.clone());
            while let Some(x) = next(inner.v())? {
                let keep = if f.v().is_none() {
                    crate::ops::is_true(x.v())?
                } else {
                    let r = crate::func::call(f.v(), &[x.v()], &[])?;
                    crate::ops::is_true(r.v())?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
            Ok(None)
        }
        IterState::Callable { f, sentinel } => {
            let (f, sentinel) = (f.clone(), sentinel.clone());
            let r = crate::func::call(f.v(), &[], &[])?;
            if r.v() == sentinel.v() || crate::ops::eq(r.v(), sentinel.v())? {
                *io.state() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(r))
        }
    }
}

/// Marks `io` exhausted (releasing its container) and reports the end.
fn finish(io: &IterObj) -> PyResult<Option<Obj>> {
    let old = std::mem::replace(io.state(), IterState::Exhausted);
    drop(old);
    Ok(None)
}

fn dict_next(io: &IterObj) -> PyResult<Option<Obj>> {
    let IterState::Dict { dict, pos, used, remaining, part, rev } = io.state() else { return Ok(None) };
    let Ok(d) = crate::dict::dict_obj(dict.v()) else { return Ok(None) };
    let t = d.table();
    if t.len != *used {
        *used = usize::MAX;
        return Err(PyErr::new(&RUNTIME_ERROR, "dictionary changed size during iteration"));
    }
    let found = if *rev {
        let mut found = None;
        while *pos > 0 {
            *pos -= 1;
            if let Some(Some(e)) = t.entries.get(*pos) {
                found = Some(e);
                break;
            }
        }
        found
    } else {
        let mut found = None;
        while let Some(slot) = t.entries.get(*pos) {
            *pos += 1;
            if let Some(e) = slot {
                found = Some(e);
                break;
            }
        }
        found
    };
    let Some(e) = found else {
        return finish(io);
    };
    if *remaining == 0 {
        *remaining = usize::MAX;
        return Err(PyErr::new(&RUNTIME_ERROR, "dictionary keys changed during iteration"));
    }
    *remaining -= 1;
    let r = match part {
        DictPart::Keys => e.key.clone(),
        DictPart::Values => e.value.clone(),
        DictPart::Items => crate::tuple::new_tuple(vec![e.key.clone(), e.value.clone()]),
    };
    Ok(Some(r))
}

fn zip_next(io: &IterObj, its: &[Obj], strict: bool) -> PyResult<Option<Obj>> {
    if its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match next(it.v())? {
            Some(x) => items.push(x),
            None => {
                let _ = finish(io);
                if !strict {
                    return Ok(None);
                }
                if i > 0 {
                    let plural = if i == 1 { " ".to_string() } else { "s 1-".to_string() };
                    return value_error(format!("zip() argument {} is shorter than argument{plural}{i}", i + 1));
                }
                for (j, other) in its.iter().enumerate().skip(1) {
                    if next(other.v())?.is_some() {
                        let plural = if j == 1 { " " } else { "s 1-" };
                        return value_error(format!("zip() argument {} is longer than argument{plural}{j}", j + 1));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(crate::tuple::new_tuple(items)))
}

// ---------------------------------------------------------------------------------------
// Helpers for the rest of the runtime.

/// The items of a list or tuple, as new references (empty for other types).
pub fn seq_items(v: Value) -> Vec<Obj> {
    match v.kind() {
        Kind::List => crate::list::list_items(v).to_vec(),
        Kind::Tuple => crate::tuple::items(v).to_vec(),
        _ => Vec::new(),
    }
}

/// All items of an iterable (`list(v)`).
pub fn collect(v: Value) -> PyResult<Vec<Obj>> {
    if matches!(v.kind(), Kind::List | Kind::Tuple) {
        return Ok(seq_items(v));
    }
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(it.v())? {
        out.push(x);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Constructors of the iterator types that are builtins (`enumerate(...)` and friends).

/// `enumerate(iterable, start=0)`.
pub fn construct_enumerate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    if args.is_empty() {
        return type_error("enumerate() missing required argument 'iterable'");
    }
    let [iterable, start] = crate::func::bind("enumerate", args, kwnames, ["iterable", "start"], 1)?;
    let Some(iterable) = iterable else {
        return type_error("enumerate() missing required argument 'iterable'");
    };
    let count = match start {
        Some(s) if crate::int::is_int(s) => {
            if s.kind() == Kind::Bool {
                crate::int::from_i64(crate::int::to_i64(s).unwrap_or(0))
            } else {
                s.new_ref()
            }
        }
        Some(s) => return type_error(format!("'{}' object cannot be interpreted as an integer", s.ty().name)),
        None => Obj::small(0),
    };
    let it = get_iter(iterable)?;
    Ok(new_iter(ENUMERATE, IterState::Enumerate { it, count }))
}

/// `zip(*iterables, strict=False)`.
pub fn construct_zip(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    let [strict] = kw.parse("zip", ["strict"])?;
    let strict = match strict {
        Some(s) => crate::ops::is_true(s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(pos.len());
    for v in pos {
        its.push(get_iter(*v)?);
    }
    Ok(new_iter(ZIP, IterState::Zip { its, strict }))
}

/// `map(func, *iterables)`.
pub fn construct_map(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    kw.none("map")?;
    if pos.len() < 2 {
        return type_error("map() must have at least two arguments.");
    }
    let mut its = Vec::with_capacity(pos.len() - 1);
    for v in &pos[1..] {
        its.push(get_iter(*v)?);
    }
    Ok(new_iter(MAP, IterState::Map { f: pos[0].new_ref(), its }))
}

/// `filter(function or None, iterable)`.
pub fn construct_filter(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("filter", Arity::Expected, args, kwnames, 2, 2)?;
    let it = get_iter(pos[1])?;
    Ok(new_iter(FILTER, IterState::Filter { f: pos[0].new_ref(), it }))
}

/// `reversed(seq)`.
pub fn construct_reversed(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("reversed", Arity::Expected, args, kwnames, 1, 1)?;
    reversed(pos[0])
}

pub fn reversed(v: Value) -> PyResult {
    if let Some(r) = crate::stdlib::enum_::class_reversed(v) {
        return r;
    }
    if crate::class::class_of(v).is_some() && v.kind() == Kind::Other {
        if let Some(r) = crate::class::call_dunder(v, "__reversed__", &[], &[]) {
            return r;
        }
        let ty = v.ty();
        if crate::class::lookup(ty, "__len__").is_some() && crate::class::lookup(ty, "__getitem__").is_some() {
            let n = crate::builtins::len_of(v)?;
            return Ok(new_iter(REVERSED, IterState::GetItem { obj: v.new_ref(), i: n - 1, step: -1 }));
        }
        return Err(not_reversible(v));
    }
    if crate::class::class_of(v).is_some() {
        if let Some(r) = crate::class::call_dunder(v, "__reversed__", &[], &[]) {
            return r;
        }
    }
    reversed_of(v)
}

/// `reversed(v)` as `v`'s builtin type (or builtin base) makes it (`list.__reversed__`).
pub fn reversed_of(v: Value) -> PyResult {
    match v.kind() {
        Kind::List => {
            let n = crate::list::list_items(v).len() as isize;
            Ok(new_iter(LIST_REV_ITER, IterState::ListRev { list: v.new_ref(), i: n - 1 }))
        }
        Kind::Tuple => {
            let n = crate::tuple::items(v).len() as isize;
            Ok(new_iter(REVERSED, IterState::SeqRev { seq: v.new_ref(), i: n - 1 }))
        }
        Kind::Str => {
            let n = v.downcast::<crate::str::StrObj>().map_or(0, |s| s.nchars) as isize;
            Ok(new_iter(REVERSED, IterState::SeqRev { seq: v.new_ref(), i: n - 1 }))
        }
        Kind::Bytes | Kind::ByteArray => {
            let n = crate::bytes::len(v) as isize;
            Ok(new_iter(REVERSED, IterState::SeqRev { seq: v.new_ref(), i: n - 1 }))
        }
        Kind::Range => {
            let r = v.downcast::<crate::range::RangeObj>().ok_or_else(|| not_reversible(v))?;
            iter_range(r, true)
        }
        Kind::Dict => dict_iter(v, DictPart::Keys, true),
        Kind::Other if let Some(s) = crate::stdlib::seq(v) => {
            let n = (s.len)(v) as isize;
            Ok(new_iter(REVERSED, IterState::SeqRev { seq: v.new_ref(), i: n - 1 }))
        }
        Kind::DictKeys | Kind::DictValues | Kind::DictItems => match view_parts(v) {
            Some((d, part)) => dict_iter(d, part, true),
            None => Err(not_reversible(v)),
        },
        _ => Err(not_reversible(v)),
    }
}

#[cold]
fn not_reversible(v: Value) -> PyErr {
    PyErr::new(&TYPE_ERROR, format!("'{}' object is not reversible", v.ty().name))
}

/// `iter(v)` or `iter(callable, sentinel)`.
pub fn builtin_iter(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("iter", Arity::Expected, args, kwnames, 1, 2)?;
    match *pos {
        [v] => get_iter(v),
        [f, sentinel] => {
            if !crate::func::is_callable(f) {
                return type_error("iter(v, w): v must be callable");
            }
            Ok(new_iter(CALLABLE_ITER, IterState::Callable { f: f.new_ref(), sentinel: sentinel.new_ref() }))
        }
        _ => type_error("iter expected at least 1 argument, got 0"),
    }
}

/// `next(it[, default])`.
pub fn builtin_next(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("next", Arity::Expected, args, kwnames, 1, 2)?;
    let it = pos[0];
    if !is_iterator(it) && it.kind() != Kind::Iterator {
        return type_error(format!("'{}' object is not an iterator", it.ty().name));
    }
    if let Some(g) = crate::gen::as_gen(it) {
        return match crate::gen::resume(g, crate::gen::Resume::Send(none_obj()))? {
            crate::gen::Step::Yielded(x) => Ok(x),
            crate::gen::Step::Returned(_) if pos.len() > 1 => Ok(pos[1].new_ref()),
            crate::gen::Step::Returned(r) => Err(crate::gen::stop_iteration(r)),
        };
    }
    if iter_obj(it).is_none() && crate::class::class_of(it).is_some() {
        // A user iterator's own StopIteration (with its arguments) propagates.
        if let Some(r) = crate::class::call_dunder(it, "__next__", &[], &[]) {
            return match (r, pos.get(1)) {
                (Err(e), Some(d)) if e.matches(&STOP_ITERATION) => Ok(d.new_ref()),
                (r, _) => r,
            };
        }
    }
    match next(it)? {
        Some(x) => Ok(x),
        None => match pos.get(1) {
            Some(d) => Ok(d.new_ref()),
            None => Err(PyErr::bare(&STOP_ITERATION)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(it: &Obj) -> Vec<i64> {
        let mut v = Vec::new();
        while let Some(x) = next(it.v()).unwrap() {
            v.push(x.v().as_small().unwrap());
        }
        v
    }

    #[test]
    fn ranges_and_reversed() {
        let r = crate::range::new_range(0, 10, 3);
        assert_eq!(drain(&get_iter(r.v()).unwrap()), vec![0, 3, 6, 9]);
        assert_eq!(drain(&reversed(r.v()).unwrap()), vec![9, 6, 3, 0]);
        let l = crate::list::new_list(vec![Obj::small(1), Obj::small(2)]);
        let it = reversed(l.v()).unwrap();
        assert_eq!(it.v().ty().name, "list_reverseiterator");
        assert_eq!(drain(&it), vec![2, 1]);
    }

    #[test]
    fn dict_size_change() {
        let d = crate::dict::new_dict();
        crate::dict::set_item(d.v(), Obj::small(1), Obj::small(2)).unwrap();
        let it = get_iter(d.v()).unwrap();
        crate::dict::set_item(d.v(), Obj::small(3), Obj::small(4)).unwrap();
        let e = next(it.v()).err().unwrap();
        assert!(e.matches(&RUNTIME_ERROR));
        assert!(next(it.v()).is_err());
    }
}
