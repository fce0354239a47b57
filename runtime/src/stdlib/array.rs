//! `array`: `array.array`, a sequence of machine numbers of one C type (typecodes
//! b B h H i I l L q Q f d; CPython's `u`, an array of wide characters, is refused).
//! Items are stored packed in native byte order, as CPython stores them, and every
//! value stored is checked against its C type with CPython's messages
//! (`signed char is greater than maximum`, …).
//!
//! Rule: never hold the `data` borrow across a call that may run Python code (an
//! iterator's `next`, a comparison); copy the items needed out first.
use super::{NativeClass, SeqProtocol};
use crate::err::*;
use crate::func::{check_arity, positional, split_args, Arity};
use crate::int::IntRef;
use crate::object::*;
use crate::ops::{BinOp, CmpOp};
use crate::range::SliceObj;
use crate::types::*;
use num_traits::ToPrimitive;
use std::cell::RefCell;

// ---------------------------------------------------------------------------------------
// Typecodes.

/// A C type's range, with CPython's messages for values below and above it.
struct Bound {
    min: i128,
    max: i128,
    below: &'static str,
    above: &'static str,
}

const C_LONG: Bound = Bound {
    min: i64::MIN as i128,
    max: i64::MAX as i128,
    below: "Python int too large to convert to C long",
    above: "Python int too large to convert to C long",
};
const C_SHORT: Bound = Bound {
    min: i16::MIN as i128,
    max: i16::MAX as i128,
    below: "signed short integer is less than minimum",
    above: "signed short integer is greater than maximum",
};
const C_INT: Bound = Bound {
    min: i32::MIN as i128,
    max: i32::MAX as i128,
    below: "signed integer is less than minimum",
    above: "signed integer is greater than maximum",
};
const C_ULONG: Bound = Bound {
    min: 0,
    max: u64::MAX as i128,
    below: "can't convert negative value to unsigned int",
    above: "Python int too large to convert to C unsigned long",
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Signed,
    Unsigned,
    Float,
}

/// One typecode: its C type's size and kind, and the checks a value stored passes in
/// order (CPython converts through a wider C type first, whose messages come first).
pub struct TypeCode {
    code: char,
    size: usize,
    kind: ItemKind,
    bounds: &'static [Bound],
}

static TYPECODES: [TypeCode; 12] = [
    TypeCode {
        code: 'b',
        size: 1,
        kind: ItemKind::Signed,
        bounds: &[
            C_LONG,
            C_SHORT,
            Bound {
                min: i8::MIN as i128,
                max: i8::MAX as i128,
                below: "signed char is less than minimum",
                above: "signed char is greater than maximum",
            },
        ],
    },
    TypeCode {
        code: 'B',
        size: 1,
        kind: ItemKind::Unsigned,
        bounds: &[
            C_LONG,
            Bound {
                min: 0,
                max: u8::MAX as i128,
                below: "unsigned byte integer is less than minimum",
                above: "unsigned byte integer is greater than maximum",
            },
        ],
    },
    TypeCode { code: 'h', size: 2, kind: ItemKind::Signed, bounds: &[C_LONG, C_SHORT] },
    TypeCode {
        code: 'H',
        size: 2,
        kind: ItemKind::Unsigned,
        bounds: &[
            C_LONG,
            C_INT,
            Bound {
                min: 0,
                max: u16::MAX as i128,
                below: "unsigned short is less than minimum",
                above: "unsigned short is greater than maximum",
            },
        ],
    },
    TypeCode { code: 'i', size: 4, kind: ItemKind::Signed, bounds: &[C_LONG, C_INT] },
    TypeCode {
        code: 'I',
        size: 4,
        kind: ItemKind::Unsigned,
        bounds: &[
            C_ULONG,
            Bound { min: 0, max: u32::MAX as i128, below: "", above: "unsigned int is greater than maximum" },
        ],
    },
    TypeCode { code: 'l', size: 8, kind: ItemKind::Signed, bounds: &[C_LONG] },
    TypeCode { code: 'L', size: 8, kind: ItemKind::Unsigned, bounds: &[C_ULONG] },
    TypeCode {
        code: 'q',
        size: 8,
        kind: ItemKind::Signed,
        bounds: &[Bound {
            min: i64::MIN as i128,
            max: i64::MAX as i128,
            below: "int too big to convert",
            above: "int too big to convert",
        }],
    },
    TypeCode {
        code: 'Q',
        size: 8,
        kind: ItemKind::Unsigned,
        bounds: &[Bound {
            min: 0,
            max: u64::MAX as i128,
            below: "can't convert negative int to unsigned",
            above: "int too big to convert",
        }],
    },
    TypeCode { code: 'f', size: 4, kind: ItemKind::Float, bounds: &[] },
    TypeCode { code: 'd', size: 8, kind: ItemKind::Float, bounds: &[] },
];

/// One item's value.
#[derive(Clone, Copy)]
enum Item {
    Int(i128),
    Float(f64),
}

impl Item {
    fn to_obj(self) -> Obj {
        match self {
            Item::Int(i) => crate::int::from_i128(i),
            Item::Float(x) => crate::float::new_float(x),
        }
    }

    /// `self == v` as Python compares the item's object with `v`.
    fn eq_value(self, v: Value) -> PyResult<bool> {
        match (self, crate::int::int_ref(v), crate::float::float_val(v)) {
            (Item::Int(i), Some(IntRef::Small(j)), _) => Ok(i == j as i128),
            (Item::Int(i), Some(IntRef::Big(b)), _) => Ok(b.to_i128() == Some(i)),
            (Item::Float(x), _, Some(y)) => Ok(x == y),
            _ => crate::ops::eq(self.to_obj().v(), v),
        }
    }
}

impl TypeCode {
    fn read(&self, b: &[u8]) -> Item {
        // The slices come from `chunks_exact(self.size)`, so the conversions never fail.
        let a8 = |b: &[u8]| <[u8; 8]>::try_from(b).unwrap_or_default();
        let a4 = |b: &[u8]| <[u8; 4]>::try_from(b).unwrap_or_default();
        let a2 = |b: &[u8]| <[u8; 2]>::try_from(b).unwrap_or_default();
        match (self.kind, self.size) {
            (ItemKind::Signed, 1) => Item::Int(b[0] as i8 as i128),
            (ItemKind::Unsigned, 1) => Item::Int(b[0] as i128),
            (ItemKind::Signed, 2) => Item::Int(i16::from_ne_bytes(a2(b)) as i128),
            (ItemKind::Unsigned, 2) => Item::Int(u16::from_ne_bytes(a2(b)) as i128),
            (ItemKind::Signed, 4) => Item::Int(i32::from_ne_bytes(a4(b)) as i128),
            (ItemKind::Unsigned, 4) => Item::Int(u32::from_ne_bytes(a4(b)) as i128),
            (ItemKind::Signed, _) => Item::Int(i64::from_ne_bytes(a8(b)) as i128),
            (ItemKind::Unsigned, _) => Item::Int(u64::from_ne_bytes(a8(b)) as i128),
            (ItemKind::Float, 4) => Item::Float(f32::from_ne_bytes(a4(b)) as f64),
            (ItemKind::Float, _) => Item::Float(f64::from_ne_bytes(a8(b))),
        }
    }

    /// The bytes of an item that `convert` produced for this typecode: the first
    /// `self.size` of the result.
    fn encode(&self, x: Item) -> [u8; 8] {
        let mut out = [0u8; 8];
        let mut put = |b: &[u8]| out[..b.len()].copy_from_slice(b);
        match (x, self.size) {
            (Item::Int(i), 1) => put(&[i as u8]),
            (Item::Int(i), 2) => put(&(i as u16).to_ne_bytes()),
            (Item::Int(i), 4) => put(&(i as u32).to_ne_bytes()),
            (Item::Int(i), _) => put(&(i as u64).to_ne_bytes()),
            (Item::Float(x), 4) => put(&(x as f32).to_ne_bytes()),
            (Item::Float(x), _) => put(&x.to_ne_bytes()),
        }
        out
    }

    /// Appends an item that `convert` produced for this typecode.
    fn push(&self, x: Item, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.encode(x)[..self.size]);
    }

    /// The item for Python value `v`, with CPython's errors when it does not fit.
    fn convert(&self, v: Value) -> PyResult<Item> {
        if self.kind == ItemKind::Float {
            let x = crate::float::as_f64(v)?;
            // 'f' rounds to the nearest float (C's double-to-float conversion).
            return Ok(Item::Float(if self.size == 4 { x as f32 as f64 } else { x }));
        }
        let i = match crate::int::int_ref(v) {
            Some(IntRef::Small(i)) => i as i128,
            Some(IntRef::Big(b)) => {
                b.to_i128().unwrap_or(if b.sign() == num_bigint::Sign::Minus { i128::MIN } else { i128::MAX })
            }
            None => return type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
        };
        for b in self.bounds {
            if i < b.min {
                return overflow_error(b.below);
            }
            if i > b.max {
                return overflow_error(b.above);
            }
        }
        Ok(Item::Int(i))
    }
}

// ---------------------------------------------------------------------------------------
// The array object.

#[repr(C)]
pub struct ArrayObj {
    pub hdr: Header,
    tc: &'static TypeCode,
    /// The items, `tc.size` bytes each.
    data: RefCell<Vec<u8>>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for ArrayObj {
    fn type_object() -> &'static TypeObject {
        &ARRAY_TYPE
    }
}

pub static ARRAY_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    // `m.T`: the name CPython's messages and repr use; `__name__` is `array`.
    name: "array.array",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<ArrayObj>,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

pub static ARRAY_CLASS: NativeClass = NativeClass {
    ty: &ARRAY_TYPE,
    qualname: "array.array",
    new: construct,
    methods: &[
        "append",
        "byteswap",
        "count",
        "extend",
        "frombytes",
        "fromlist",
        "index",
        "insert",
        "pop",
        "remove",
        "reverse",
        "tobytes",
        "tolist",
    ],
    call_method,
    attr: Some(attr),
    repr: Some(repr),
    compare: Some(compare),
    binop: Some(binop),
    seq: Some(SeqProtocol { len, item, getitem, setitem, delitem }),
    iter: None,
};

fn new_array(tc: &'static TypeCode, data: Vec<u8>) -> Obj {
    alloc(ArrayObj { hdr: Header::new(&ARRAY_TYPE), tc, data: RefCell::new(data) })
}

fn as_array(v: Value) -> Option<&'static ArrayObj> {
    v.downcast::<ArrayObj>()
}

/// The machine bytes of an array (the buffer other bytes-like consumers read), if `v` is one.
pub fn raw_bytes(v: Value) -> Option<Vec<u8>> {
    as_array(v).map(|a| a.data.borrow().clone())
}

/// `a.frombytes(b)`: appends the items packed in `b`.
fn from_bytes(a: &ArrayObj, b: &[u8]) -> PyResult<()> {
    if b.len() % a.tc.size != 0 {
        return value_error("bytes length not a multiple of item size");
    }
    a.data.borrow_mut().extend_from_slice(b);
    Ok(())
}

impl ArrayObj {
    fn len(&self) -> usize {
        self.data.borrow().len() / self.tc.size
    }

    fn get(&self, i: usize) -> Option<Item> {
        let s = self.tc.size;
        self.data.borrow().get(i * s..(i + 1) * s).map(|b| self.tc.read(b))
    }

    fn items(&self) -> Vec<Item> {
        self.data.borrow().chunks_exact(self.tc.size).map(|b| self.tc.read(b)).collect()
    }

    fn push(&self, x: Item) {
        self.tc.push(x, &mut self.data.borrow_mut());
    }

    /// Converts and appends each item of `iterable` as it comes (what is appended before
    /// an error stays, as in CPython).
    fn extend_iter(&self, iterable: Value) -> PyResult<()> {
        let it = crate::iter::get_iter(iterable)?;
        while let Some(x) = crate::iter::next(it.v())? {
            self.push(self.tc.convert(x.v())?);
        }
        Ok(())
    }

    /// The items at `start + i*step` for `i < count` (as `slice_indices` computes them).
    fn pick(&self, start: i64, step: i64, count: i64) -> Vec<u8> {
        let s = self.tc.size;
        let data = self.data.borrow();
        let mut out = Vec::with_capacity(count.max(0) as usize * s);
        let mut i = start;
        for _ in 0..count {
            if let Some(b) = usize::try_from(i).ok().and_then(|j| data.get(j * s..(j + 1) * s)) {
                out.extend_from_slice(b);
            }
            i = i.wrapping_add(step);
        }
        out
    }

    fn remove_at(&self, i: usize) {
        let s = self.tc.size;
        self.data.borrow_mut().drain(i * s..(i + 1) * s);
    }

    /// The index of the first item equal to `v` in `start..stop`.
    fn find(&self, v: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
        let mut i = start;
        while i < stop {
            let Some(x) = self.get(i) else { break };
            if x.eq_value(v)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    }
}

/// `array(typecode[, initializer])`.
fn construct(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    kw.none("array.array")?;
    check_arity("array", Arity::Takes, pos.len(), 1, 2)?;
    let tc = typecode_arg(pos[0])?;
    let a = new_array(tc, Vec::new());
    let Some(&init) = pos.get(1) else { return Ok(a) };
    let ao = as_array(a.v()).expect("an array");
    if crate::str::as_str(init).is_some() {
        return type_error(format!("cannot use a str to initialize an array with typecode '{}'", tc.code));
    }
    if let Some(b) = crate::bytes::buffer(init) {
        from_bytes(ao, b)?;
        return Ok(a);
    }
    match as_array(init) {
        Some(other) if std::ptr::eq(other.tc, tc) => *ao.data.borrow_mut() = other.data.borrow().clone(),
        Some(other) => {
            for x in other.items() {
                ao.push(tc.convert(x.to_obj().v())?);
            }
        }
        None => ao.extend_iter(init)?,
    }
    Ok(a)
}

fn typecode_arg(v: Value) -> PyResult<&'static TypeCode> {
    let mut chars = crate::str::as_str(v).unwrap_or("").chars();
    let c = match (chars.next(), chars.next()) {
        (Some(c), None) => c,
        _ => return type_error(format!("array() argument 1 must be a unicode character, not {}", v.ty().name)),
    };
    if c == 'u' {
        return value_error("array typecode 'u' (wide characters) is not supported by pyaot");
    }
    match TYPECODES.iter().find(|t| t.code == c) {
        Some(t) => Ok(t),
        None => value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"),
    }
}

fn attr(o: Value, name: &str) -> Option<PyResult> {
    let a = as_array(o)?;
    match name {
        "typecode" => Some(Ok(crate::str::char_str(a.tc.code))),
        "itemsize" => Some(Ok(crate::int::from_i64(a.tc.size as i64))),
        _ => None,
    }
}

fn repr(o: Value) -> PyResult<String> {
    let Some(a) = as_array(o) else { return Ok(String::new()) };
    let items = a.items();
    if items.is_empty() {
        return Ok(format!("array('{}')", a.tc.code));
    }
    let mut out = format!("array('{}', [", a.tc.code);
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match x {
            Item::Int(i) => out.push_str(&i.to_string()),
            Item::Float(x) => out.push_str(&crate::format::float_repr(x)),
        }
    }
    out.push_str("])");
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// The sequence protocol.

fn len(o: Value) -> usize {
    as_array(o).map_or(0, |a| a.len())
}

fn item(o: Value, i: usize) -> Option<Obj> {
    as_array(o)?.get(i).map(Item::to_obj)
}

#[cold]
fn bad_index<T>() -> PyResult<T> {
    type_error("array indices must be integers")
}

fn array_of(o: Value) -> PyResult<&'static ArrayObj> {
    as_array(o).ok_or_else(|| PyErr::new(&TYPE_ERROR, "descriptor requires a 'array.array' object"))
}

fn getitem(o: Value, k: Value) -> PyResult {
    let a = array_of(o)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        let (start, _, step, count) = crate::range::slice_indices(sl, a.len() as i64)?;
        return Ok(new_array(a.tc, a.pick(start, step, count)));
    }
    if !crate::int::is_int(k) {
        return bad_index();
    }
    let i = crate::range::seq_index(k, a.len(), "array")?;
    Ok(a.get(i).map(Item::to_obj).unwrap_or_else(none_obj))
}

fn setitem(o: Value, k: Value, v: Value) -> PyResult<()> {
    let a = array_of(o)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        return set_slice(a, sl, v);
    }
    if !crate::int::is_int(k) {
        return bad_index();
    }
    let i = crate::range::seq_index(k, a.len(), "array assignment")?;
    let x = a.tc.convert(v)?;
    let s = a.tc.size;
    a.data.borrow_mut()[i * s..(i + 1) * s].copy_from_slice(&a.tc.encode(x)[..s]);
    Ok(())
}

fn set_slice(a: &ArrayObj, sl: &SliceObj, v: Value) -> PyResult<()> {
    let Some(other) = as_array(v) else {
        return type_error(format!("can only assign array (not \"{}\") to array slice", v.ty().name));
    };
    if !std::ptr::eq(other.tc, a.tc) {
        return type_error("bad argument type for built-in operation");
    }
    // Copied first: `a[:] = a` reads what it writes.
    let new = other.data.borrow().clone();
    let s = a.tc.size;
    let len = a.len() as i64;
    let (start, stop, step, count) = crate::range::slice_indices(sl, len)?;
    let mut data = a.data.borrow_mut();
    if step == 1 {
        let start = start.clamp(0, len) as usize;
        let stop = stop.clamp(start as i64, len) as usize;
        data.splice(start * s..stop * s, new);
        return Ok(());
    }
    let n = new.len() / s;
    if n as i64 != count {
        return value_error(format!("attempt to assign array of size {n} to extended slice of size {count}"));
    }
    let mut i = start;
    for b in new.chunks_exact(s) {
        if let Ok(j) = usize::try_from(i) {
            data[j * s..(j + 1) * s].copy_from_slice(b);
        }
        i = i.wrapping_add(step);
    }
    Ok(())
}

fn delitem(o: Value, k: Value) -> PyResult<()> {
    let a = array_of(o)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        let (start, _, step, count) = crate::range::slice_indices(sl, a.len() as i64)?;
        if count <= 0 {
            return Ok(());
        }
        // The doomed indices, ascending.
        let (first, step) = if step < 0 { (start + (count - 1) * step, -step) } else { (start, step) };
        let s = a.tc.size;
        let mut data = a.data.borrow_mut();
        let mut kept = Vec::with_capacity(data.len() - count as usize * s);
        let mut next = first;
        let mut left = count;
        for (j, b) in data.chunks_exact(s).enumerate() {
            if left > 0 && j as i64 == next {
                left -= 1;
                next += step;
            } else {
                kept.extend_from_slice(b);
            }
        }
        *data = kept;
        return Ok(());
    }
    if !crate::int::is_int(k) {
        return bad_index();
    }
    let i = crate::range::seq_index(k, a.len(), "array assignment")?;
    a.remove_at(i);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Comparison and operators.

/// Arrays compare item by item, as lists do (no identity shortcut: `nan != nan`).
fn compare(op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_array(a), as_array(b)) else { return Ok(None) };
    let (xs, ys) = (x.items(), y.items());
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && xs.len() != ys.len() {
        return Ok(Some(op == CmpOp::Ne));
    }
    for (p, q) in xs.iter().zip(ys.iter()) {
        let same = match (*p, *q) {
            (Item::Int(i), Item::Int(j)) => i == j,
            (Item::Float(u), Item::Float(v)) => u == v,
            _ => crate::ops::eq(p.to_obj().v(), q.to_obj().v())?,
        };
        if !same {
            return Ok(Some(match op {
                CmpOp::Eq => false,
                CmpOp::Ne => true,
                _ => crate::ops::compare_bool(op, p.to_obj().v(), q.to_obj().v())?,
            }));
        }
    }
    let (m, n) = (xs.len(), ys.len());
    Ok(Some(match op {
        CmpOp::Lt => m < n,
        CmpOp::Le => m <= n,
        CmpOp::Eq => m == n,
        CmpOp::Ne => m != n,
        CmpOp::Gt => m > n,
        CmpOp::Ge => m >= n,
    }))
}

/// `+` (concatenation), `*` (repetition), and their in-place forms.
fn binop(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Option<Obj>> {
    match op {
        BinOp::Add => {
            let Some(x) = as_array(a) else { return Ok(None) };
            let Some(y) = as_array(b) else {
                let t = b.ty().name;
                return if inplace {
                    type_error(format!("can only extend array with array (not \"{t}\")"))
                } else {
                    type_error(format!("can only append array (not \"{t}\") to array"))
                };
            };
            if !std::ptr::eq(x.tc, y.tc) {
                return type_error(if inplace {
                    "can only extend with array of same kind"
                } else {
                    "bad argument type for built-in operation"
                });
            }
            let tail = y.data.borrow().clone();
            if inplace {
                x.data.borrow_mut().extend_from_slice(&tail);
                return Ok(Some(a.new_ref()));
            }
            let mut data = x.data.borrow().clone();
            data.extend_from_slice(&tail);
            Ok(Some(new_array(x.tc, data)))
        }
        BinOp::Mul => {
            let (arr, n) = match (as_array(a), as_array(b)) {
                (Some(x), _) => (x, b),
                // `seq * array` is the other sequence's to refuse.
                (None, Some(_)) if matches!(a.kind(), Kind::Str | Kind::List | Kind::Tuple) && a.is_heap() => {
                    return Ok(None)
                }
                (None, Some(y)) => (y, a),
                (None, None) => return Ok(None),
            };
            if !crate::int::is_int(n) {
                return type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().name));
            }
            let Some(count) = crate::int::to_i64(n) else {
                return overflow_error("cannot fit 'int' into an index-sized integer");
            };
            let data = arr.data.borrow().clone();
            let count = count.max(0) as usize;
            let total = data.len().checked_mul(count).filter(|t| *t <= isize::MAX as usize);
            let Some(total) = total else { return Err(PyErr::bare(&MEMORY_ERROR)) };
            let mut out = Vec::new();
            if out.try_reserve_exact(total).is_err() {
                return Err(PyErr::bare(&MEMORY_ERROR));
            }
            for _ in 0..count {
                out.extend_from_slice(&data);
            }
            if inplace {
                *arr.data.borrow_mut() = out;
                return Ok(Some(a.new_ref()));
            }
            Ok(Some(new_array(arr.tc, out)))
        }
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------------------------------
// Methods.

fn call_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let a = array_of(o)?;
    let q = format!("array.{name}");
    match name {
        "append" => {
            let pos = positional(&q, Arity::Takes, args, kwnames, 1, 1)?;
            a.push(a.tc.convert(pos[0])?);
            Ok(none_obj())
        }
        "extend" => {
            let (pos, kw) = split_args(args, kwnames);
            match pos.len() {
                0 => return type_error("extend() takes exactly 1 positional argument (0 given)"),
                1 if kw.is_empty() => {}
                _ => return type_error(format!("extend() takes at most 1 argument ({} given)", pos.len() + kw.len())),
            }
            match as_array(pos[0]) {
                Some(other) if std::ptr::eq(other.tc, a.tc) => {
                    let tail = other.data.borrow().clone();
                    a.data.borrow_mut().extend_from_slice(&tail);
                }
                Some(_) => return type_error("can only extend with array of same kind"),
                None => a.extend_iter(pos[0])?,
            }
            Ok(none_obj())
        }
        "fromlist" => {
            let pos = positional(&q, Arity::Takes, args, kwnames, 1, 1)?;
            if pos[0].kind() != Kind::List || pos[0].is_small_int() {
                return type_error("arg must be list");
            }
            // All or nothing, as CPython.
            let items =
                crate::list::list_items(pos[0]).iter().map(|x| a.tc.convert(x.v())).collect::<PyResult<Vec<Item>>>()?;
            let mut data = a.data.borrow_mut();
            for x in items {
                a.tc.push(x, &mut data);
            }
            Ok(none_obj())
        }
        "insert" => {
            let pos = positional(&q, Arity::Expected, args, kwnames, 2, 2)?;
            let i = crate::int::index_of(pos[0], "")?;
            let x = a.tc.convert(pos[1])?;
            let n = a.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            let s = a.tc.size;
            a.data.borrow_mut().splice(at * s..at * s, a.tc.encode(x)[..s].iter().copied());
            Ok(none_obj())
        }
        "pop" => {
            let pos = positional(&q, Arity::Expected, args, kwnames, 0, 1)?;
            let i = match pos.first() {
                Some(v) => crate::int::index_of(*v, "")?,
                None => -1,
            };
            let n = a.len() as i64;
            if n == 0 {
                return index_error("pop from empty array");
            }
            let j = if i < 0 { i + n } else { i };
            if !(0..n).contains(&j) {
                return index_error("pop index out of range");
            }
            let x = a.get(j as usize).map(Item::to_obj).unwrap_or_else(none_obj);
            a.remove_at(j as usize);
            Ok(x)
        }
        "remove" => {
            let pos = positional(&q, Arity::Takes, args, kwnames, 1, 1)?;
            match a.find(pos[0], 0, usize::MAX)? {
                Some(i) if i < a.len() => {
                    a.remove_at(i);
                    Ok(none_obj())
                }
                _ => value_error("array.remove(x): x not in array"),
            }
        }
        "index" => {
            let pos = positional(&q, Arity::Expected, args, kwnames, 1, 3)?;
            let (start, stop) = crate::list::index_bounds(pos, a.len() as i64)?;
            match a.find(pos[0], start as usize, stop as usize)? {
                Some(i) => Ok(crate::int::from_i64(i as i64)),
                None => value_error("array.index(x): x not in array"),
            }
        }
        "count" => {
            let pos = positional(&q, Arity::Takes, args, kwnames, 1, 1)?;
            let mut n = 0;
            let mut i = 0;
            while let Some(x) = a.get(i) {
                if x.eq_value(pos[0])? {
                    n += 1;
                }
                i += 1;
            }
            Ok(crate::int::from_i64(n))
        }
        "reverse" => {
            positional(&q, Arity::Takes, args, kwnames, 0, 0)?;
            let s = a.tc.size;
            let mut data = a.data.borrow_mut();
            // Reversing the bytes reverses the items and each item's bytes; the second
            // pass puts every item's bytes back in order.
            data.reverse();
            data.chunks_exact_mut(s).for_each(|b| b.reverse());
            Ok(none_obj())
        }
        "byteswap" => {
            positional(&q, Arity::Takes, args, kwnames, 0, 0)?;
            a.data.borrow_mut().chunks_exact_mut(a.tc.size).for_each(|b| b.reverse());
            Ok(none_obj())
        }
        "tolist" => {
            positional(&q, Arity::Takes, args, kwnames, 0, 0)?;
            Ok(crate::list::new_list(a.items().into_iter().map(Item::to_obj).collect()))
        }
        "tobytes" => {
            positional(&q, Arity::Takes, args, kwnames, 0, 0)?;
            Ok(crate::bytes::new_bytes(a.data.borrow().clone()))
        }
        "frombytes" => {
            let pos = positional(&q, Arity::Takes, args, kwnames, 1, 1)?;
            let Some(b) = crate::bytes::buffer(pos[0]).map(|b| b.to_vec()).or_else(|| raw_bytes(pos[0])) else {
                return type_error(format!("a bytes-like object is required, not '{}'", pos[0].ty().name));
            };
            from_bytes(a, &b)?;
            Ok(none_obj())
        }
        _ => Err(super::no_attribute(&ARRAY_CLASS, name)),
    }
}

pub fn module() -> PyResult {
    crate::module::new_module(
        "array",
        vec![
            ("array", ARRAY_TYPE.as_value().new_ref()),
            ("ArrayType", ARRAY_TYPE.as_value().new_ref()),
            ("typecodes", crate::str::new_str("bBuhHiIlLqQfd")),
        ],
    )
}
