//! Python's operators, implemented once for every tier: arithmetic, comparison, truth,
//! containment, subscripting, attributes, `str`/`repr`, hashing and equality.
//! Each dispatches on the operands' kinds and calls the type's module.
use crate::err::*;
use crate::int::IntRef;
use crate::object::*;
use crate::types::*;
use std::cmp::Ordering;

/// Binary operators; the numbering is part of the ABI (codegen passes it as an i32).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(i32)]
pub enum BinOp {
    Add = 0,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    MatMul,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::BitAnd,
        BinOp::MatMul,
    ];
    pub fn from_i32(i: i32) -> BinOp {
        Self::ALL.get(i as usize).copied().unwrap_or(BinOp::MatMul)
    }
    /// The operator as Python writes it (for error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::MatMul => "@",
        }
    }
}

/// Comparison operators (ABI numbering).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(i32)]
pub enum CmpOp {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_i32(i: i32) -> CmpOp {
        match i {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            _ => CmpOp::Ge,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// Unary operators (ABI numbering).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(i32)]
pub enum UnaryOp {
    Neg = 0,
    Pos,
    Invert,
    Not,
}

impl UnaryOp {
    pub fn from_i32(i: i32) -> UnaryOp {
        match i {
            0 => UnaryOp::Neg,
            1 => UnaryOp::Pos,
            2 => UnaryOp::Invert,
            _ => UnaryOp::Not,
        }
    }
}

/// The exception that `raise exc [from cause]` raises.
pub fn make_raise(exc: Value, cause: Option<Value>) -> PyErr {
    let e = match instantiate_exc(exc) {
        Ok(e) => e,
        Err(e) => return e,
    };
    if let Some(c) = cause {
        let c = if c.is_none() {
            None
        } else {
            match instantiate_exc(c) {
                Ok(c) => Some(c.0),
                Err(_) => return PyErr::new(&TYPE_ERROR, "exception causes must derive from BaseException"),
            }
        };
        let ex = e.exc();
        *ex.cause() = c;
        ex.suppress_context.set(true);
    }
    attach_context(&e);
    e
}

/// An exception instance from a class (called with no arguments) or an instance.
fn instantiate_exc(v: Value) -> PyResult<PyErr> {
    if exc_ref(v).is_some() {
        return Ok(PyErr(v.new_ref()));
    }
    if let Some(t) = as_exc_type(v) {
        return Ok(PyErr::bare(t));
    }
    type_error("exceptions must derive from BaseException")
}

/// `except ty:` matching, where `ty` is a class or a tuple of classes. As in CPython,
/// every class of the tuple is checked before any is matched, and tuples do not nest.
pub fn exc_matches(exc: Value, ty: Value) -> PyResult<bool> {
    let bad = || type_error("catching classes that do not inherit from BaseException is not allowed");
    if ty.is_heap() && ty.kind() == Kind::Tuple {
        let mut types = Vec::new();
        for t in crate::tuple::items(ty) {
            match as_exc_type(t.v()) {
                Some(t) => types.push(t),
                None => return bad(),
            }
        }
        return Ok(types.iter().any(|t| exc.ty().is_subtype(t)));
    }
    match as_exc_type(ty) {
        Some(t) => Ok(exc.ty().is_subtype(t)),
        None => bad(),
    }
}

// ---------------------------------------------------------------------------------------
// Recursion guard for the operations that recurse into containers.

thread_local! {
    /// Nesting depth of container operations in progress (repr, comparison, hash).
    /// Thread-local rather than a `GlobalCell` so that unit tests may run in parallel.
    static NEST: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}
/// A hard cap on that nesting, whatever the recursion limit, to protect the native stack.
const MAX_NEST: i64 = 10_000;

/// One level of recursion into a container; RecursionError past the recursion limit (the
/// Python call depth counts too, as CPython shares one counter). Leaves the level on drop.
pub struct RecursionGuard(());

impl RecursionGuard {
    /// `what` completes the message: "" or e.g. " in comparison".
    pub fn enter(what: &str) -> PyResult<RecursionGuard> {
        let n = NEST.with(|c| c.get()) + 1;
        let depth = crate::abi::pyaot_depth.get();
        if n > MAX_NEST || n.saturating_add(depth) > crate::abi::pyaot_depth_limit.get() {
            return Err(PyErr::new(&RECURSION_ERROR, format!("maximum recursion depth exceeded{what}")));
        }
        NEST.with(|c| c.set(n));
        Ok(RecursionGuard(()))
    }
}

impl Drop for RecursionGuard {
    fn drop(&mut self) {
        NEST.with(|c| c.set(c.get() - 1));
    }
}

// ---------------------------------------------------------------------------------------
// Arithmetic.

/// A number operand: int (or bool) or float.
#[derive(Clone, Copy)]
enum Num {
    I(IntRef<'static>),
    F(f64),
}

#[inline]
fn num(v: Value) -> Option<Num> {
    if let Some(i) = crate::int::int_ref(v) {
        return Some(Num::I(i));
    }
    crate::float::float_val(v).map(Num::F)
}

fn num_to_f64(n: Num) -> PyResult<f64> {
    match n {
        Num::I(i) => crate::int::to_f64(i),
        Num::F(x) => Ok(x),
    }
}

/// Exact comparison of two numbers (None when a NaN is involved).
fn num_cmp(x: Num, y: Num) -> Option<Ordering> {
    match (x, y) {
        (Num::I(i), Num::I(j)) => Some(crate::int::cmp(i, j)),
        (Num::I(i), Num::F(f)) => crate::int::cmp_float(i, f),
        (Num::F(f), Num::I(i)) => crate::int::cmp_float(i, f).map(Ordering::reverse),
        (Num::F(f), Num::F(g)) => f.partial_cmp(&g),
    }
}

#[cold]
fn unsupported_binop<T>(op: BinOp, a: Value, b: Value) -> PyResult<T> {
    let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
    type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", a.ty().name, b.ty().name))
}

/// `a op b`.
/// The dunder names of a binary operator and of its reflection.
fn dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

fn is_user(v: Value) -> bool {
    crate::class::class_of(v).is_some()
}

pub fn binop(op: BinOp, a: Value, b: Value) -> PyResult {
    // A float with a float or a small int (which converts exactly as CPython's
    // PyLong_AsDouble does: rounded to nearest, ties to even).
    let as_float = |v: Value, other: Value| {
        crate::float::exact_float_val(v).or_else(|| {
            if other.is_small_int() {
                None
            } else {
                v.as_small().map(|i| i as f64)
            }
        })
    };
    if let (Some(x), Some(y)) = (as_float(a, b), as_float(b, a)) {
        // Float arithmetic first, before the dispatch below would reach the same function.
        if let Some(r) = crate::float::binop(op, x, y)? {
            return Ok(crate::float::new_float(r));
        }
    }
    if is_user(a) || is_user(b) {
        let (n, r, _) = dunders(op);
        if let Some(res) = crate::class::binop_dunder(a, b, n, r) {
            return res;
        }
    }
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        // Small ints have 63 bits: sums and differences fit an i64.
        match op {
            BinOp::Add => return Ok(crate::int::from_i64(x + y)),
            BinOp::Sub => return Ok(crate::int::from_i64(x - y)),
            _ => {}
        }
    }
    // complex: arithmetic with a complex operand, and negative floats to fractional powers.
    if let Some(r) = crate::complex::binop(op, a, b) {
        return r;
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return match num_binop(op, x, y, a, b)? {
            Some(r) => Ok(r),
            None => unsupported_binop(op, a, b),
        };
    }
    if let Some(r) = crate::set::binop(op, a, b)? {
        return Ok(r);
    }
    if let Some(r) = crate::stdlib::binop(op, a, b, false) {
        return r;
    }
    if let Some(r) = view_binop(op, a, b) {
        return r;
    }
    seq_binop(op, a, b)
}

/// `a op b` for two numbers (ints, bools, floats) as the number types compute it; None
/// when either is not a number or the operator does not apply (NotImplemented).
pub(crate) fn number_binop(op: BinOp, a: Value, b: Value) -> PyResult<Option<Obj>> {
    match (num(a), num(b)) {
        (Some(x), Some(y)) => num_binop(op, x, y, a, b),
        _ => Ok(None),
    }
}

/// `a op b` where a dict view is an operand, through the operator slots in the views'
/// tables: `a.__op__(b)`, then `b.__rop__(a)`, each skipped when it is not declared or
/// gives NotImplemented (None: neither answered).
fn view_binop(op: BinOp, a: Value, b: Value) -> Option<PyResult> {
    let is_view = |v: Value| v.is_heap() && matches!(v.kind(), Kind::DictKeys | Kind::DictValues | Kind::DictItems);
    if !is_view(a) && !is_view(b) {
        return None;
    }
    let (name, rname, _) = dunders(op);
    for (x, dunder, y) in [(a, name, b), (b, rname, a)] {
        match builtin_dunder_call(x, dunder, &[y]) {
            Some(Ok(r)) if r.v() == crate::class::not_implemented() => {}
            Some(r) => return Some(r),
            None => {}
        }
    }
    None
}

/// Arithmetic on two numbers; None when the operator does not apply to them.
fn num_binop(op: BinOp, x: Num, y: Num, a: Value, b: Value) -> PyResult<Option<Obj>> {
    use crate::int;
    if let (Num::I(i), Num::I(j)) = (x, y) {
        let both_bool = a.is(&BOOL_TYPE) && b.is(&BOOL_TYPE);
        return Ok(Some(match op {
            BinOp::Add => int::add(i, j),
            BinOp::Sub => int::sub(i, j),
            BinOp::Mul => int::mul(i, j),
            BinOp::TrueDiv => crate::float::new_float(int::truediv(i, j)?),
            BinOp::FloorDiv => int::floordiv(i, j)?,
            BinOp::Mod => int::modulo(i, j)?,
            BinOp::Pow => int::pow(i, j)?,
            BinOp::LShift => int::lshift(i, j)?,
            BinOp::RShift => int::rshift(i, j)?,
            BinOp::BitAnd if both_bool => bool_obj(a == py_true() && b == py_true()),
            BinOp::BitOr if both_bool => bool_obj(a == py_true() || b == py_true()),
            BinOp::BitXor if both_bool => bool_obj((a == py_true()) != (b == py_true())),
            BinOp::BitAnd => int::bitand(i, j),
            BinOp::BitOr => int::bitor(i, j),
            BinOp::BitXor => int::bitxor(i, j),
            BinOp::MatMul => return Ok(None),
        }));
    }
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
            let (fx, fy) = (num_to_f64(x)?, num_to_f64(y)?);
            Ok(crate::float::binop(op, fx, fy)?.map(crate::float::new_float))
        }
        _ => Ok(None),
    }
}

/// Builtin `pow(a, b, m)`; with `m` None it is `a ** b`.
pub fn pow3(a: Value, b: Value, m: Value) -> PyResult {
    if m.is_null() || m.is_none() {
        return binop(BinOp::Pow, a, b);
    }
    // complex: `pow(z, w, m)` refuses the modulus ("complex modulo").
    if let Some(r) = crate::complex::pow3(a, b, m) {
        return r;
    }
    match (crate::int::int_ref(a), crate::int::int_ref(b), crate::int::int_ref(m)) {
        (Some(x), Some(y), Some(z)) => crate::int::pow_mod(x, y, z),
        _ => {
            if num(a).is_some() && num(b).is_some() && num(m).is_some() {
                type_error("pow() 3rd argument not allowed unless all arguments are integers")
            } else {
                type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    a.ty().name,
                    b.ty().name,
                    m.ty().name
                ))
            }
        }
    }
}

/// Builtin `divmod(a, b)` for numbers.
pub fn divmod(a: Value, b: Value) -> PyResult {
    match (num(a), num(b)) {
        (Some(Num::I(i)), Some(Num::I(j))) => {
            let (q, r) = crate::int::divmod(i, j)?;
            Ok(crate::tuple::new_tuple(vec![q, r]))
        }
        (Some(x), Some(y)) => {
            let (q, r) = crate::float::divmod(num_to_f64(x)?, num_to_f64(y)?)?;
            Ok(crate::tuple::new_tuple(vec![crate::float::new_float(q), crate::float::new_float(r)]))
        }
        _ => type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", a.ty().name, b.ty().name)),
    }
}

/// MemoryError, for a result that cannot be allocated (as CPython raises it).
#[cold]
fn no_memory() -> PyErr {
    PyErr::bare(&MEMORY_ERROR)
}

/// The count of a sequence repetition: an int, clamped at 0.
fn repeat_count(n: Value) -> PyResult<usize> {
    match crate::int::int_ref(n) {
        Some(i) => match i.to_i64() {
            Some(c) => Ok(c.max(0) as usize),
            None => overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name)),
        },
        None => type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().name)),
    }
}

/// The length of a repetition of `len` items (or bytes of a str), `count` times; past
/// `isize::MAX` it is an error, as in CPython. Whether it can be allocated is up to the
/// allocation itself.
fn check_repeat(len: usize, count: usize, is_str: bool) -> PyResult<usize> {
    match (len as u64).checked_mul(count as u64).filter(|t| *t <= isize::MAX as u64) {
        Some(t) => Ok(t as usize),
        None if is_str => overflow_error("repeated string is too long"),
        None => Err(no_memory()),
    }
}

fn repeat_items(items: &[Obj], count: usize) -> PyResult<Vec<Obj>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let total = check_repeat(items.len(), count, false)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| no_memory())?;
    for _ in 0..count {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

/// `seq * n` for str, list and tuple.
pub(crate) fn repeat(seq: Value, n: Value) -> PyResult {
    let count = repeat_count(n)?;
    match seq.kind() {
        Kind::Str => {
            let s = crate::str::as_str(seq).unwrap_or("");
            if count == 1 {
                return Ok(seq.new_ref());
            }
            let total = check_repeat(s.len(), count, true)?;
            let mut out: Vec<u8> = Vec::new();
            out.try_reserve_exact(total).map_err(|_| no_memory())?;
            if total > 0 {
                // Doubling copies; every chunk is a whole number of copies of `s`.
                out.extend_from_slice(s.as_bytes());
                while out.len() < total {
                    let n = (total - out.len()).min(out.len());
                    out.extend_from_within(..n);
                }
            }
            Ok(crate::str::new_string(String::from_utf8(out).unwrap_or_default()))
        }
        Kind::List => {
            let items: Vec<Obj> = crate::list::list_items(seq).to_vec();
            Ok(crate::list::new_list(repeat_items(&items, count)?))
        }
        Kind::Bytes | Kind::ByteArray => crate::bytes::repeat(seq, count),
        _ => {
            if count == 1 {
                return Ok(seq.new_ref());
            }
            Ok(crate::tuple::new_tuple(repeat_items(crate::tuple::items(seq), count)?))
        }
    }
}

fn is_sequence(v: Value) -> bool {
    matches!(v.kind(), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray) && !v.is_small_int()
}

/// The operators of the non-numeric builtin types.
pub(crate) fn seq_binop(op: BinOp, a: Value, b: Value) -> PyResult {
    match op {
        BinOp::Add if a.is_heap() && matches!(a.kind(), Kind::Bytes | Kind::ByteArray) => crate::bytes::concat(a, b),
        BinOp::Add => {
            let what = match a.kind() {
                Kind::Str if !a.is_small_int() => "str",
                Kind::List => "list",
                Kind::Tuple => "tuple",
                _ => return unsupported_binop(op, a, b),
            };
            if a.kind() != b.kind() || b.is_small_int() {
                return type_error(format!("can only concatenate {what} (not \"{}\") to {what}", b.ty().name));
            }
            match a.kind() {
                Kind::Str => {
                    let (x, y) = (crate::str::as_str(a).unwrap_or(""), crate::str::as_str(b).unwrap_or(""));
                    let mut s = String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    Ok(crate::str::new_string(s))
                }
                Kind::List => {
                    let mut items: Vec<Obj> = crate::list::list_items(a).to_vec();
                    items.extend(crate::list::list_items(b).iter().cloned());
                    Ok(crate::list::new_list(items))
                }
                _ => {
                    let (x, y) = (crate::tuple::items(a), crate::tuple::items(b));
                    if y.is_empty() {
                        return Ok(a.new_ref());
                    }
                    if x.is_empty() {
                        return Ok(b.new_ref());
                    }
                    let mut items: Vec<Obj> = x.to_vec();
                    items.extend(y.iter().cloned());
                    Ok(crate::tuple::new_tuple(items))
                }
            }
        }
        BinOp::Mul => {
            if is_sequence(a) {
                repeat(a, b)
            } else if is_sequence(b) {
                repeat(b, a)
            } else {
                unsupported_binop(op, a, b)
            }
        }
        BinOp::Mod if a.kind() == Kind::Str && !a.is_small_int() => {
            crate::format::percent_format(crate::str::as_str(a).unwrap_or(""), b)
        }
        BinOp::Mod if a.is_heap() && matches!(a.kind(), Kind::Bytes | Kind::ByteArray) => crate::bytes::percent(a, b),
        BinOp::BitOr if a.kind() == Kind::Dict && b.kind() == Kind::Dict => {
            let d = crate::dict::copy(a)?;
            crate::dict::update_from(d.v(), b)?;
            Ok(d)
        }
        _ => unsupported_binop(op, a, b),
    }
}

/// `l *= n` for a list `l`.
pub(crate) fn inplace_repeat(a: Value, b: Value) -> PyResult<()> {
    let count = repeat_count(b)?;
    if let Some(lo) = a.downcast::<crate::list::ListObj>() {
        let items: Vec<Obj> = lo.items().clone();
        let new_items = repeat_items(&items, count)?;
        let old = std::mem::replace(lo.items(), new_items);
        drop(old);
    }
    Ok(())
}

/// `a op= b`: in place for lists (`+=` extends, `*=` repeats) and dicts (`|=`),
/// otherwise as `binop`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult {
    if is_user(a) {
        let (_, _, i) = dunders(op);
        if let Some(r) = crate::class::call_dunder(a, i, &[b], &[]) {
            match r {
                Ok(v) if v.v() == crate::class::not_implemented() => {}
                other => return other,
            }
        }
    }
    if a.is_heap() {
        match (op, a.kind()) {
            (BinOp::Add, Kind::List) => {
                crate::list::extend(a, b)?;
                return Ok(a.new_ref());
            }
            (BinOp::Mul, Kind::List) => {
                inplace_repeat(a, b)?;
                return Ok(a.new_ref());
            }
            (BinOp::BitOr, Kind::Dict) => {
                crate::dict::update_from(a, b)?;
                return Ok(a.new_ref());
            }
            (BinOp::Add, Kind::ByteArray) => return crate::bytes::iadd(a, b),
            (BinOp::Mul, Kind::ByteArray) => return crate::bytes::imul(a, repeat_count(b)?),
            (_, Kind::Set) => {
                if let Some(r) = crate::set::inplace(op, a, b)? {
                    return Ok(r);
                }
            }
            (_, Kind::Other) if let Some(r) = crate::stdlib::binop(op, a, b, true) => return r,
            _ => {}
        }
    }
    binop(op, a, b).map_err(|e| {
        // The message names the augmented operator (`+=`), as CPython's does.
        let plain =
            format!("unsupported operand type(s) for {}: ", if op == BinOp::Pow { "** or pow()" } else { op.symbol() });
        let msg = e.exc().args().first().and_then(|m| crate::str::as_str(m.v()));
        match msg {
            Some(m) if e.matches(&TYPE_ERROR) && m.starts_with(&plain) => PyErr::new(
                &TYPE_ERROR,
                format!("unsupported operand type(s) for {}=: {}", op.symbol(), &m[plain.len()..]),
            ),
            _ => e,
        }
    })
}

pub fn unary(op: UnaryOp, a: Value) -> PyResult {
    if is_user(a) {
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => "",
        };
        if !name.is_empty() {
            if let Some(r) = crate::class::call_dunder(a, name, &[], &[]) {
                return r;
            }
        }
    }
    // complex: `-z`, `+z`.
    if let Some(r) = crate::complex::unary(op, a) {
        return r;
    }
    let sym = match op {
        UnaryOp::Not => return Ok(bool_obj(!is_true(a)?)),
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
    };
    match (op, num(a)) {
        (UnaryOp::Neg, Some(Num::I(i))) => Ok(crate::int::neg(i)),
        (UnaryOp::Neg, Some(Num::F(x))) => Ok(crate::float::new_float(-x)),
        (UnaryOp::Pos, Some(Num::I(_))) => Ok(crate::int::plain_int(a)),
        (UnaryOp::Pos, Some(Num::F(_))) => Ok(a.new_ref()),
        (UnaryOp::Invert, Some(Num::I(i))) => Ok(crate::int::invert(i)),
        _ => type_error(format!("bad operand type for unary {sym}: '{}'", a.ty().name)),
    }
}

// ---------------------------------------------------------------------------------------
// Comparison.

pub fn compare(op: CmpOp, a: Value, b: Value) -> PyResult {
    if is_user(a) || is_user(b) {
        if let Some(r) = rich_compare(op, a, b) {
            return r;
        }
    }
    Ok(bool_obj(compare_bool(op, a, b)?))
}

fn ord_result(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

#[cold]
fn unorderable<T>(op: CmpOp, a: Value, b: Value) -> PyResult<T> {
    type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), a.ty().name, b.ty().name))
}

/// An instance of a class defined in Python deriving from `list` or `dict`.
fn has_builtin_layout(v: Value) -> bool {
    crate::class::class_of(v).is_some() && !matches!(v.kind(), Kind::Other | Kind::Exception)
}

/// A comparison where an operand's class is defined in Python: its rich comparison
/// dunders (reflected as CPython does), identity for `==`/`!=` by default.
fn rich_compare(op: CmpOp, a: Value, b: Value) -> Option<PyResult> {
    let (n, r) = match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
    };
    if let Some(res) = crate::class::binop_dunder(a, b, n, r) {
        return Some(res);
    }
    if has_builtin_layout(a) || has_builtin_layout(b) {
        // `class C(list)` without comparison methods compares as a list.
        return None;
    }
    match op {
        CmpOp::Ne => match crate::class::binop_dunder(a, b, "__eq__", "__eq__") {
            Some(Ok(v)) => Some(is_true(v.v()).map(|t| bool_obj(!t))),
            Some(Err(e)) => Some(Err(e)),
            None => Some(Ok(bool_obj(a != b))),
        },
        CmpOp::Eq => Some(Ok(bool_obj(a == b))),
        _ => None,
    }
}

pub fn compare_bool(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(ord_result(op, x.cmp(&y)));
    }
    if is_user(a) || is_user(b) {
        if let Some(r) = rich_compare(op, a, b) {
            return is_true(r?.v());
        }
        if !has_builtin_layout(a) && !has_builtin_layout(b) {
            return unorderable(op, a, b);
        }
    }
    match op {
        CmpOp::Eq => return eq(a, b),
        CmpOp::Ne => return Ok(!eq(a, b)?),
        _ => {}
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_cmp(x, y).is_some_and(|o| ord_result(op, o)));
    }
    if a.is_small_int() || b.is_small_int() {
        return unorderable(op, a, b);
    }
    if let Some(r) = crate::stdlib::compare(op, a, b) {
        return r;
    }
    match (a.kind(), b.kind()) {
        (Kind::Str, Kind::Str) => {
            // UTF-8 byte order is code point order.
            Ok(ord_result(op, crate::str::as_str(a).cmp(&crate::str::as_str(b))))
        }
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) | (Kind::Slice, Kind::Slice) => seq_order(op, a, b),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            Ok(crate::bytes::cmp(a, b).is_some_and(|o| ord_result(op, o)))
        }
        (Kind::DictKeys | Kind::DictItems, _) | (_, Kind::DictKeys | Kind::DictItems) => {
            match crate::dict::view_compare(op, a, b)? {
                Some(r) => Ok(r),
                None => unorderable(op, a, b),
            }
        }
        _ => match crate::set::order(op, a, b)? {
            Some(r) => Ok(r),
            None => unorderable(op, a, b),
        },
    }
}

/// `a == b` with the identity shortcut containers use (so a NaN equals itself there).
pub fn same_or_eq(a: Value, b: Value) -> PyResult<bool> {
    Ok(a == b || eq(a, b)?)
}

/// Item `i` of a list or tuple, or of a slice's (start, stop, step), if there is one.
fn seq_item(v: Value, i: usize) -> Option<Obj> {
    match v.kind() {
        Kind::List => crate::list::list_items(v).get(i).cloned(),
        Kind::Tuple => crate::tuple::items(v).get(i).cloned(),
        Kind::Slice => v.downcast::<crate::range::SliceObj>().and_then(|s| match i {
            0 => Some(s.start.clone()),
            1 => Some(s.stop.clone()),
            2 => Some(s.step.clone()),
            _ => None,
        }),
        _ => None,
    }
}

fn seq_len(v: Value) -> usize {
    match v.kind() {
        Kind::List => crate::list::list_items(v).len(),
        Kind::Tuple => crate::tuple::items(v).len(),
        Kind::Slice => 3,
        _ => 0,
    }
}

/// Lexicographic ordering of two lists, tuples or slices: the first items that differ
/// decide; otherwise the lengths.
pub(crate) fn seq_order(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let _guard = RecursionGuard::enter(" in comparison")?;
    let mut i = 0;
    loop {
        match (seq_item(a, i), seq_item(b, i)) {
            (Some(x), Some(y)) => {
                if !same_or_eq(x.v(), y.v())? {
                    return match op {
                        CmpOp::Eq => Ok(false),
                        CmpOp::Ne => Ok(true),
                        _ => compare_bool(op, x.v(), y.v()),
                    };
                }
            }
            _ => return Ok(ord_result(op, seq_len(a).cmp(&seq_len(b)))),
        }
        i += 1;
    }
}

/// `a == b`.
pub fn eq(a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a == b);
    }
    if a.is_null() || b.is_null() {
        return Ok(false);
    }
    if is_user(a) || is_user(b) {
        if let Some(r) = rich_compare(CmpOp::Eq, a, b) {
            return is_true(r?.v());
        }
        // Subclasses of builtin types without `__eq__` compare as their base.
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_cmp(x, y) == Some(Ordering::Equal));
    }
    // complex: exact equality with ints, floats and complexes.
    if let Some(r) = crate::complex::eq(a, b) {
        return Ok(r);
    }
    if a.is_small_int() || b.is_small_int() {
        return Ok(false);
    }
    match (a.kind(), b.kind()) {
        (Kind::Str, Kind::Str) => Ok(a == b || crate::str::as_str(a) == crate::str::as_str(b)),
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) | (Kind::Slice, Kind::Slice) => {
            if a == b {
                return Ok(true);
            }
            if seq_len(a) != seq_len(b) {
                return Ok(false);
            }
            seq_order(CmpOp::Eq, a, b)
        }
        (Kind::Dict, Kind::Dict) => dict_eq(a, b),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            Ok(a == b || crate::bytes::cmp(a, b) == Some(Ordering::Equal))
        }
        (Kind::Range, Kind::Range) => Ok(range_eq(a, b)),
        (Kind::DictKeys | Kind::DictItems, _) | (_, Kind::DictKeys | Kind::DictItems) => {
            Ok(crate::dict::view_compare(CmpOp::Eq, a, b)?.unwrap_or(a == b))
        }
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => Ok(crate::set::eq(a, b)?.unwrap_or(false)),
        (Kind::BoundMethod, Kind::BoundMethod) => {
            // Bound methods are equal when they bind the same function to the same object.
            match (a.downcast::<crate::class::MethodObj>(), b.downcast::<crate::class::MethodObj>()) {
                (Some(x), Some(y)) => Ok(x.recv.v() == y.recv.v() && eq(x.func.v(), y.func.v())?),
                _ => Ok(a == b),
            }
        }
        _ if crate::stdlib::typing::is_form(a) && crate::stdlib::typing::is_form(b) => {
            // Generic aliases are equal when they name the same thing (`List[int]`).
            Ok(crate::stdlib::typing::repr(a) == crate::stdlib::typing::repr(b))
        }
        _ => crate::stdlib::compare(CmpOp::Eq, a, b).unwrap_or(Ok(a == b)),
    }
}

pub(crate) fn dict_eq(a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if crate::dict::len(a) != crate::dict::len(b) {
        return Ok(false);
    }
    let _guard = RecursionGuard::enter(" in comparison")?;
    for (k, v) in crate::dict::items_vec(a) {
        match crate::dict::get_item(b, k.v())? {
            Some(w) => {
                if !same_or_eq(v.v(), w.v())? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Ranges are equal when they yield the same items.
pub(crate) fn range_eq(a: Value, b: Value) -> bool {
    use crate::range::RangeObj;
    match (a.downcast::<RangeObj>(), b.downcast::<RangeObj>()) {
        (Some(x), Some(y)) => {
            let (xs, _, xst, xn) = x.big_parts();
            let (ys, _, yst, yn) = y.big_parts();
            xn == yn && (xn == 0.into() || (xs == ys && (xn == 1.into() || xst == yst)))
        }
        _ => a == b,
    }
}

/// `hash(v)`.
pub fn hash(v: Value) -> PyResult<i64> {
    crate::hash::hash(v)
}

/// Truth value.
pub fn is_true(v: Value) -> PyResult<bool> {
    if let Some(i) = v.as_small() {
        return Ok(i != 0);
    }
    if v.is_null() {
        return Ok(false);
    }
    if is_user(v) {
        if let Some(r) = crate::class::call_dunder(v, "__bool__", &[], &[]) {
            let r = r?;
            if !r.v().is(&BOOL_TYPE) {
                return type_error(format!("__bool__ should return bool, returned {}", r.v().ty().name));
            }
            return Ok(r.v() == py_true());
        }
        if crate::class::lookup(v.ty(), "__len__").is_some() {
            return Ok(crate::builtins::len_of(v)? != 0);
        }
    }
    Ok(match v.kind() {
        Kind::Bool => v == py_true(),
        Kind::NoneType => false,
        // A heap int of type int never holds a small value, so it is not zero (an
        // instance of a subclass may).
        Kind::Int => v.ty().class.is_none() || !matches!(crate::int::int_ref(v), Some(crate::int::IntRef::Small(0))),
        Kind::Float => crate::float::float_val(v).is_some_and(|x| x != 0.0),
        Kind::Str => v.downcast::<crate::str::StrObj>().is_some_and(|s| !s.s.is_empty()),
        Kind::List => !crate::list::list_items(v).is_empty(),
        Kind::Tuple => !crate::tuple::items(v).is_empty(),
        Kind::Bytes | Kind::ByteArray => crate::bytes::len(v) != 0,
        Kind::Dict => crate::dict::len(v) != 0,
        Kind::Set | Kind::FrozenSet => crate::set::len(v) != 0,
        Kind::DictKeys | Kind::DictValues | Kind::DictItems => crate::dict::view_len(v) != 0,
        Kind::Range => v.downcast::<crate::range::RangeObj>().is_some_and(|r| !r.is_empty()),
        Kind::Other if let Some(s) = crate::stdlib::seq(v) => (s.len)(v) != 0,
        // complex: a nonzero part.
        Kind::Complex if let Some(t) = crate::complex::is_true(v) => t,
        _ => true,
    })
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    if let Some(r) = crate::stdlib::enum_::class_contains(container, item) {
        return r;
    }
    if is_user(container) {
        if let Some(r) = crate::class::call_dunder(container, "__contains__", &[item], &[]) {
            return is_true(r?.v());
        }
        let it = crate::iter::get_iter(container).map_err(|e| {
            if e.matches(&TYPE_ERROR) && !defines_iteration(container) {
                PyErr::new(&TYPE_ERROR, format!("argument of type '{}' is not iterable", container.ty().name))
            } else {
                e
            }
        })?;
        while let Some(x) = crate::iter::next(it.v())? {
            if same_or_eq(x.v(), item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if container.is_heap() {
        match container.kind() {
            Kind::Str => return crate::str::contains(container, item),
            Kind::Bytes | Kind::ByteArray => return crate::bytes::contains(container, item),
            Kind::List => return crate::list::contains(container, item),
            Kind::Tuple => return crate::tuple::contains(container, item),
            Kind::Dict => return crate::dict::contains(container, item),
            Kind::Set | Kind::FrozenSet => return crate::set::contains(container, item),
            Kind::DictKeys | Kind::DictValues | Kind::DictItems => return crate::dict::view_contains(container, item),
            Kind::Range => return crate::range::contains(container, item),
            Kind::Other if let Some(s) = crate::stdlib::seq(container) => {
                let mut i = 0;
                while let Some(x) = (s.item)(container, i) {
                    if same_or_eq(x.v(), item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                return Ok(false);
            }
            _ if crate::iter::is_iterator(container) => {
                let it = crate::iter::get_iter(container)?;
                while let Some(x) = crate::iter::next(it.v())? {
                    if same_or_eq(x.v(), item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => {}
        }
    }
    if let Some(r) = builtin_dunder_call(container, "__contains__", &[item]) {
        return is_true(r?.v());
    }
    type_error(format!("argument of type '{}' is not iterable", container.ty().name))
}

// ---------------------------------------------------------------------------------------
// str(), repr(), ascii().

thread_local! {
    /// Containers whose repr is being built (for `[...]` on self-reference).
    static REPR_STACK: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Marks `v` as being repr'd; None if it already is (a recursive structure).
struct ReprEnter(u64);

impl ReprEnter {
    fn enter(v: Value) -> Option<ReprEnter> {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if s.contains(&v.0) {
                None
            } else {
                s.push(v.0);
                Some(ReprEnter(v.0))
            }
        })
    }
}

impl Drop for ReprEnter {
    fn drop(&mut self) {
        let me = self.0;
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|x| *x == me) {
                s.remove(p);
            }
        });
    }
}

const REPR_DEPTH: &str = " while getting the repr of an object";
const STR_DEPTH: &str = " while getting the str of an object";

pub fn str_of(v: Value) -> PyResult {
    if v.is(&STR_TYPE) {
        return Ok(v.new_ref());
    }
    Ok(crate::str::new_string(str_string(v)?))
}

/// `str(v)` as Rust text.
pub fn str_string(v: Value) -> PyResult<String> {
    if let Some(s) = crate::str::as_str(v) {
        return Ok(s.to_string());
    }
    if is_user(v) && crate::class::lookup(v.ty(), "__str__").is_some() {
        return dunder_string(v, "__str__");
    }
    if exc_ref(v).is_some() {
        return exc_str(v);
    }
    repr_string(v)
}

/// `str(e)` of an exception as BaseException defines it.
pub(crate) fn exc_str(v: Value) -> PyResult<String> {
    let Some(e) = exc_ref(v) else { return repr_string(v) };
    if v.ty().is_subtype(&SYNTAX_ERROR) {
        if let Some(s) = crate::dynamic::syntax_error_str(e) {
            return Ok(s);
        }
    }
    if v.ty().is_subtype(&OS_ERROR) {
        if let Some(s) = crate::err::os_error_str(e) {
            return s;
        }
    }
    let args = e.args();
    match args.len() {
        0 => Ok(String::new()),
        1 if v.ty().is_subtype(&KEY_ERROR) => repr_string(args[0].v()),
        1 => {
            // An exception whose argument is an exception, and so on: bounded depth.
            let _guard = RecursionGuard::enter(STR_DEPTH)?;
            str_string(args[0].v())
        }
        _ => repr_string(e.args_obj().v()),
    }
}

pub fn repr_of(v: Value) -> PyResult {
    Ok(crate::str::new_string(repr_string(v)?))
}

/// `repr(v)` as Rust text.
pub fn repr_string(v: Value) -> PyResult<String> {
    let mut out = String::new();
    repr_into(v, &mut out)?;
    Ok(out)
}

pub fn ascii_of(v: Value) -> PyResult {
    Ok(crate::str::new_string(escape_non_ascii(&repr_string(v)?)))
}

/// `ascii()`'s escapes of every non-ASCII character.
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

fn repr_seq(items: impl Iterator<Item = Obj>, out: &mut String) -> PyResult<()> {
    for (i, x) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(x.v(), out)?;
    }
    Ok(())
}

/// Items of a list by index, each fetched when needed (the list may change meanwhile).
fn list_iter(v: Value) -> impl Iterator<Item = Obj> {
    let mut i = 0;
    std::iter::from_fn(move || {
        let x = crate::list::list_items(v).get(i).cloned();
        i += 1;
        x
    })
}

/// Calls a dunder that must return a str (`__str__`, `__repr__`).
fn dunder_string(v: Value, name: &str) -> PyResult<String> {
    let r = crate::class::call_dunder(v, name, &[], &[]).unwrap_or_else(|| Ok(crate::str::new_str("")))?;
    match crate::str::as_str(r.v()) {
        Some(s) => Ok(s.to_string()),
        None => type_error(format!("{name} returned non-string (type {})", r.v().ty().name)),
    }
}

fn repr_into(v: Value, out: &mut String) -> PyResult<()> {
    if is_user(v) {
        if crate::class::lookup(v.ty(), "__repr__").is_some() {
            let _guard = RecursionGuard::enter("")?;
            out.push_str(&dunder_string(v, "__repr__")?);
            return Ok(());
        }
        if v.kind() == Kind::Other {
            out.push_str(&crate::class::default_repr(v));
            return Ok(());
        }
    }
    repr_builtin_into(v, out)
}

/// The repr of `v` as its builtin type (or builtin base) makes it.
pub(crate) fn repr_builtin_into(v: Value, out: &mut String) -> PyResult<()> {
    use std::fmt::Write;
    if crate::class::class_of(v).is_some() && v.kind() == Kind::Other {
        out.push_str(&crate::class::default_repr(v));
        return Ok(());
    }
    if let Some(i) = v.as_small() {
        let _ = write!(out, "{i}");
        return Ok(());
    }
    if v.is_null() {
        out.push_str("<NULL>");
        return Ok(());
    }
    let addr = v.0 as usize;
    if let Some(r) = crate::stdlib::typing::repr(v) {
        out.push_str(&r);
        return Ok(());
    }
    if v == crate::class::not_implemented() {
        out.push_str("NotImplemented");
        return Ok(());
    }
    if crate::ellipsis::is_ellipsis(v) {
        out.push_str("Ellipsis");
        return Ok(());
    }
    match v.kind() {
        Kind::Int => {
            if let Some(i) = crate::int::int_ref(v) {
                out.push_str(&crate::int::to_decimal(i)?);
            }
        }
        Kind::Bool => out.push_str(if v == py_true() { "True" } else { "False" }),
        Kind::Float => out.push_str(&crate::format::float_repr(crate::float::float_val(v).unwrap_or(0.0))),
        Kind::Str => out.push_str(&crate::str::repr_str(crate::str::as_str(v).unwrap_or(""), false)),
        Kind::Bytes | Kind::ByteArray => crate::bytes::repr_into(v, out),
        Kind::NoneType => out.push_str("None"),
        Kind::List => {
            let Some(_busy) = ReprEnter::enter(v) else {
                out.push_str("[...]");
                return Ok(());
            };
            let _guard = RecursionGuard::enter(REPR_DEPTH)?;
            out.push('[');
            repr_seq(list_iter(v), out)?;
            out.push(']');
        }
        Kind::Tuple => {
            let Some(_busy) = ReprEnter::enter(v) else {
                out.push_str("(...)");
                return Ok(());
            };
            let _guard = RecursionGuard::enter(REPR_DEPTH)?;
            let items = crate::tuple::items(v);
            out.push('(');
            repr_seq(items.iter().cloned(), out)?;
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Kind::Dict => {
            let Some(_busy) = ReprEnter::enter(v) else {
                out.push_str("{...}");
                return Ok(());
            };
            let _guard = RecursionGuard::enter(REPR_DEPTH)?;
            out.push('{');
            for (i, (k, x)) in crate::dict::items_vec(v).into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(k.v(), out)?;
                out.push_str(": ");
                repr_into(x.v(), out)?;
            }
            out.push('}');
        }
        Kind::Set | Kind::FrozenSet => {
            let frozen = v.kind() == Kind::FrozenSet;
            let Some(_busy) = ReprEnter::enter(v) else {
                out.push_str(v.ty().name);
                out.push_str("(...)");
                return Ok(());
            };
            let _guard = RecursionGuard::enter(REPR_DEPTH)?;
            let keys = crate::set::items(v);
            if keys.is_empty() {
                out.push_str(v.ty().name);
                out.push_str("()");
                return Ok(());
            }
            if frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            repr_seq(keys.into_iter(), out)?;
            out.push('}');
            if frozen {
                out.push(')');
            }
        }
        Kind::DictKeys | Kind::DictValues | Kind::DictItems => {
            let Some(_busy) = ReprEnter::enter(v) else {
                out.push_str("...");
                return Ok(());
            };
            let _guard = RecursionGuard::enter(REPR_DEPTH)?;
            out.push_str(v.ty().name);
            out.push_str("([");
            let pairs = crate::dict::view_dict(v).map(crate::dict::items_vec).unwrap_or_default();
            for (i, (k, x)) in pairs.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match v.kind() {
                    Kind::DictKeys => repr_into(k.v(), out)?,
                    Kind::DictValues => repr_into(x.v(), out)?,
                    _ => {
                        out.push('(');
                        repr_into(k.v(), out)?;
                        out.push_str(", ");
                        repr_into(x.v(), out)?;
                        out.push(')');
                    }
                }
            }
            out.push_str("])");
        }
        Kind::Range => {
            if let Some(r) = v.downcast::<crate::range::RangeObj>() {
                // `bounds` gives the exact values, also for bounds beyond i64.
                let (start, stop, step) = r.bounds();
                out.push_str("range(");
                repr_into(start.v(), out)?;
                out.push_str(", ");
                repr_into(stop.v(), out)?;
                if step.v().as_small() != Some(1) {
                    out.push_str(", ");
                    repr_into(step.v(), out)?;
                }
                out.push(')');
            }
        }
        Kind::Slice => {
            if let Some(s) = v.downcast::<crate::range::SliceObj>() {
                out.push_str("slice(");
                repr_into(s.start.v(), out)?;
                out.push_str(", ");
                repr_into(s.stop.v(), out)?;
                out.push_str(", ");
                repr_into(s.step.v(), out)?;
                out.push(')');
            }
        }
        Kind::Type => match crate::class::as_class(v) {
            Some(_) if let Some(r) = crate::stdlib::enum_::class_repr(v) => out.push_str(&r),
            Some((_, c)) => {
                let _ = write!(out, "<class '{}.{}'>", c.module, c.qualname);
            }
            None => {
                let _ = write!(out, "<class '{}'>", type_name_of(v));
            }
        },
        Kind::Function => {
            let q = v.downcast::<crate::func::FuncObj>().and_then(|f| crate::str::as_str(f.qualname.get()));
            let _ = write!(out, "<function {} at {addr:#x}>", q.unwrap_or("?"));
        }
        Kind::NativeFunction | Kind::BoundMethod => match v.downcast::<crate::func::NativeFuncObj>() {
            Some(nf) => match &nf.native {
                crate::func::Native::Bound(recv, def, _) => {
                    let _ = write!(
                        out,
                        "<built-in method {} of {} object at {:#x}>",
                        def.name,
                        recv.v().ty().name,
                        recv.v().0 as usize
                    );
                }
                crate::func::Native::Method(recv, name) => {
                    let _ = write!(
                        out,
                        "<built-in method {name} of {} object at {:#x}>",
                        recv.v().ty().name,
                        recv.v().0 as usize
                    );
                }
                _ => {
                    let _ = write!(out, "<built-in function {}>", nf.name);
                }
            },
            None => {
                let _ = write!(out, "<{} object at {addr:#x}>", v.ty().name);
            }
        },
        Kind::Module => out.push_str(&crate::module::repr(v)),
        Kind::Exception => match exc_ref(v) {
            Some(e) => {
                let _guard = RecursionGuard::enter(REPR_DEPTH)?;
                out.push_str(v.ty().name);
                let args = e.args();
                if args.len() == 1 {
                    out.push('(');
                    repr_into(args[0].v(), out)?;
                    out.push(')');
                } else {
                    repr_into(e.args_obj().v(), out)?;
                }
            }
            None => {
                let _ = write!(out, "<{} object at {addr:#x}>", v.ty().name);
            }
        },
        Kind::Other if let Some(r) = crate::stdlib::repr(v) => out.push_str(&r?),
        // complex: `(1+2j)`.
        Kind::Complex => out.push_str(&crate::complex::repr(v).unwrap_or_default()),
        Kind::Other if crate::io::is_stream(v) => {
            let (name, mode) = if v == crate::io::stdin_value() {
                ("<stdin>", "r")
            } else if v == crate::io::stderr_value() {
                ("<stderr>", "w")
            } else {
                ("<stdout>", "w")
            };
            let _ = write!(out, "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>");
        }
        Kind::Iterator if crate::gen::as_gen(v).is_some() => {
            let g = crate::gen::as_gen(v).expect("a generator");
            let _ =
                write!(out, "<generator object {} at {addr:#x}>", crate::str::as_str(g.qualname.get()).unwrap_or("?"));
        }
        Kind::Other if let Some(r) = crate::descr::repr(v) => out.push_str(&r?),
        Kind::Iterator | Kind::Other => {
            let _ = write!(out, "<{} object at {addr:#x}>", v.ty().name);
        }
    }
    Ok(())
}

/// The name of a type object.
fn type_name_of(t: Value) -> &'static str {
    if t.is(&TYPE_TYPE) {
        // SAFETY: values whose type is `type` are type objects (static, immortal).
        unsafe { (*(t.0 as *const TypeObject)).name }
    } else {
        t.ty().name
    }
}

// ---------------------------------------------------------------------------------------
// Subscripting.

/// `seq[i]` for a small int `i` within `len` items (negative counts from the end).
#[inline]
fn small_index(k: Value, len: usize) -> Option<usize> {
    let i = k.as_small()?;
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if (0..len as i64).contains(&j) {
        Some(j as usize)
    } else {
        None
    }
}

pub fn getitem(o: Value, k: Value) -> PyResult {
    if is_user(o) {
        if let Some(r) = crate::class::call_dunder(o, "__getitem__", &[k], &[]) {
            return r;
        }
    }
    // Fast path: a list or tuple indexed in range by a small int. Everything else,
    // errors included, goes the general way below.
    if let Some(l) = o.downcast::<crate::list::ListObj>() {
        if let Some(j) = small_index(k, l.items().len()) {
            return Ok(l.items()[j].clone());
        }
    } else if let Some(t) = o.downcast::<crate::tuple::TupleObj>() {
        if let Some(j) = small_index(k, t.items.len()) {
            return Ok(t.items[j].clone());
        }
    }
    if o.is_heap() {
        match o.kind() {
            Kind::Str => return crate::str::getitem(o, k),
            Kind::Bytes | Kind::ByteArray => return crate::bytes::getitem(o, k),
            Kind::List => return crate::list::getitem(o, k),
            Kind::Tuple => return crate::tuple::getitem(o, k),
            Kind::Dict => return crate::dict::getitem(o, k),
            Kind::Range => return crate::range::getitem(o, k),
            Kind::Type => {
                if let Some(r) = crate::builtins::as_type(o).and_then(|t| crate::stdlib::typing::generic_alias(t, k)) {
                    return r;
                }
                if let Some(r) = crate::stdlib::enum_::class_getitem(o, k) {
                    return r;
                }
                return type_error(format!("type '{}' is not subscriptable", type_name_of(o)));
            }
            // `List[int]` is `List` (annotations only need it to evaluate).
            Kind::Other if crate::stdlib::typing::is_form(o) => return crate::stdlib::typing::subscript(o, k),
            Kind::Other if let Some(s) = crate::stdlib::seq(o) => return (s.getitem)(o, k),
            _ => {}
        }
    }
    if let Some(r) = builtin_dunder_call(o, "__getitem__", &[k]) {
        return r;
    }
    type_error(format!("'{}' object is not subscriptable", o.ty().name))
}

pub fn setitem(o: Value, k: Value, v: Value) -> PyResult<()> {
    if is_user(o) {
        if let Some(r) = crate::class::call_dunder(o, "__setitem__", &[k, v], &[]) {
            return r.map(drop);
        }
    }
    if let Some(l) = o.downcast::<crate::list::ListObj>() {
        if let Some(j) = small_index(k, l.items().len()) {
            let old = std::mem::replace(&mut l.items()[j], v.new_ref());
            drop(old);
            return Ok(());
        }
    }
    if o.is_heap() {
        match o.kind() {
            Kind::List => return crate::list::setitem(o, k, v),
            Kind::ByteArray => return crate::bytes::setitem(o, k, v),
            Kind::Dict => return crate::dict::setitem(o, k, v),
            Kind::Other if let Some(s) = crate::stdlib::seq(o) => return (s.setitem)(o, k, v),
            _ => {}
        }
    }
    if let Some(r) = builtin_dunder_call(o, "__setitem__", &[k, v]) {
        return r.map(drop);
    }
    type_error(format!("'{}' object does not support item assignment", o.ty().name))
}

pub fn delitem(o: Value, k: Value) -> PyResult<()> {
    if is_user(o) {
        if let Some(r) = crate::class::call_dunder(o, "__delitem__", &[k], &[]) {
            return r.map(drop);
        }
    }
    if o.is_heap() {
        match o.kind() {
            Kind::List => return crate::list::delitem(o, k),
            Kind::ByteArray => return crate::bytes::delitem(o, k),
            Kind::Dict => return crate::dict::delitem(o, k),
            Kind::Other if let Some(s) = crate::stdlib::seq(o) => return (s.delitem)(o, k),
            _ => {}
        }
    }
    if let Some(r) = builtin_dunder_call(o, "__delitem__", &[k]) {
        return r.map(drop);
    }
    type_error(format!("'{}' object doesn't support item deletion", o.ty().name))
}

// ---------------------------------------------------------------------------------------
// Dunders of types declared only by their tables.

/// Calls dunder `name` of `o` when `o`'s type is a builtin type whose table declares it
/// (or one of its builtin bases but `object` does): the slot of a type that the
/// operations here do not know by kind. None: no such dunder.
pub fn builtin_dunder_call(o: Value, name: &str, args: &[Value]) -> Option<PyResult> {
    if !o.is_heap() || o.ty().class.is_some() {
        return None;
    }
    let key = crate::str::intern(name);
    let (attr, owner) = crate::typeobj::lookup_where(o.ty(), key.v())?;
    if std::ptr::eq(owner, &OBJECT_TYPE) {
        return None;
    }
    if let Some(d) = crate::descr::as_method_descr(attr.v()) {
        return Some(crate::descr::call_def(d.def, d.owner, o, args, &[]));
    }
    Some(crate::descr::get(attr.v(), Some(o), o.ty()).and_then(|f| crate::func::call(f.v(), args, &[])))
}

// ---------------------------------------------------------------------------------------
// Attributes.

/// `'T' object has no attribute 'name'` (with the wording of modules and type objects).
#[cold]
pub fn no_attribute_error(o: Value, name: &str) -> PyErr {
    let msg = if let Some(t) = crate::builtins::as_type(o) {
        format!("type object '{}' has no attribute '{name}'", t.name)
    } else if let Some(m) = crate::module::no_attribute_message(o, name) {
        m
    } else {
        format!("'{}' object has no attribute '{name}'", o.ty().name)
    };
    PyErr::new(&ATTRIBUTE_ERROR, msg)
}

/// The AttributeError of the legacy per-kind lookup: "not found there".
#[cold]
fn legacy_miss<T>() -> PyResult<T> {
    Err(PyErr::legacy_miss())
}

/// The `&'static` spelling of `name` in a method table, if it is there.
fn method_name(table: &'static [&'static str], name: &str) -> Option<&'static str> {
    table.iter().copied().find(|m| *m == name)
}

/// `o.name`.
pub fn getattr(o: Value, name: &str) -> PyResult {
    let key = crate::str::intern(name);
    getattr_obj(o, key.v())
}

/// `o.name`, with the name a str object.
pub fn getattr_obj(o: Value, name: Value) -> PyResult {
    match getattr_opt(o, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute_error(o, crate::str::as_str(name).unwrap_or(""))),
    }
}

/// `o.name`; None when `o` has no such attribute (no AttributeError is made).
pub fn getattr_opt(o: Value, name: Value) -> PyResult<Option<Obj>> {
    let s = crate::str::as_str(name).unwrap_or("");
    if crate::builtins::as_type(o).is_some() {
        if let Some(v) = crate::attr::type_getattr(o, name)? {
            return Ok(Some(v));
        }
        return Ok(crate::class::type_getattr_hooks(o, s).transpose()?);
    }
    if o.kind() == Kind::Module {
        return crate::module::getattr_opt(o, name);
    }
    if let Some(sp) = crate::class::as_super(o) {
        return crate::class::super_getattr(sp, o, name);
    }
    if let Some(v) = crate::attr::getattr(o, name)? {
        return Ok(Some(v));
    }
    if let Some(m) = o.downcast::<crate::class::MethodObj>() {
        // A bound method forwards what its type lacks to its function (`m.__name__`).
        return getattr_opt(m.func.v(), name);
    }
    if let Some(r) = legacy_getattr(o, s) {
        return r.map(Some);
    }
    crate::attr::getattr_hook(o, name)
}

/// Attributes of the builtin types not declared in their type's tables yet (None: not
/// one of them).
fn legacy_getattr(o: Value, name: &str) -> Option<PyResult> {
    Some(legacy_getattr_inner(o, name)).filter(|r| !matches!(r, Err(e) if e.is_legacy_miss()))
}

fn legacy_getattr_inner(o: Value, name: &str) -> PyResult {
    if let Some(r) = crate::stdlib::typing::getattr(o, name) {
        return r;
    }
    let table: &'static [&'static str] = match o.kind() {
        Kind::Other if let Some(r) = crate::stdlib::getattr(o, name) => return r,
        _ => &[],
    };
    match method_name(table, name) {
        Some(m) => Ok(crate::func::new_bound_method(o.new_ref(), m)),
        None => legacy_miss(),
    }
}

/// `o.name = v`.
pub fn setattr(o: Value, name: &str, v: Value) -> PyResult<()> {
    let key = crate::str::intern(name);
    setattr_obj(o, key.v(), Some(v))
}

/// `del o.name`.
pub fn delattr(o: Value, name: &str) -> PyResult<()> {
    let key = crate::str::intern(name);
    setattr_obj(o, key.v(), None)
}

/// `o.name = v` (`v` None: `del o.name`), with the name a str object.
pub fn setattr_obj(o: Value, name: Value, v: Option<Value>) -> PyResult<()> {
    let s = crate::str::as_str(name).unwrap_or("");
    if crate::builtins::as_type(o).is_some() {
        return crate::attr::type_setattr(o, name, v);
    }
    if o.kind() == Kind::Module {
        return match v {
            Some(v) => crate::module::setattr(o, s, v),
            None => crate::module::delattr(o, s),
        };
    }
    if let Some(v) = v {
        if o.ty().class.is_none() {
            if let Some(r) = legacy_setattr(o, s, v) {
                return r;
            }
        }
    }
    crate::attr::setattr(o, name, v)
}

/// Stores of attributes of the builtin types not declared in their type's tables yet
/// (None: not one of them).
fn legacy_setattr(o: Value, name: &str, _v: Value) -> Option<PyResult<()>> {
    match o.kind() {
        Kind::Other if let Some(e) = crate::stdlib::setattr(o, name) => return Some(Err(e)),
        _ => {}
    }
    None
}

/// `o.name(*args)`.
pub fn call_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let key = crate::str::intern(name);
    call_method_obj(o, key.v(), args, kwnames)
}

/// `o.name(*args)`, with the name a str object.
pub fn call_method_obj(o: Value, name: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(p) = crate::class::as_property(o) {
        let s = crate::str::as_str(name).unwrap_or("");
        if matches!(s, "setter" | "getter" | "deleter") {
            return crate::class::property_method(p, s, args);
        }
    }
    crate::attr::call_method(o, name, args, kwnames)
}

/// The names `super()` finds on a builtin base (with the base's own methods).
pub fn builtin_dunder(name: &str) -> Option<&'static str> {
    ["__repr__", "__str__"].into_iter().find(|n| *n == name)
}

/// `o.name(*args)` as `o`'s builtin type (or builtin base) does it, never through the
/// methods of a class defined in Python: `super().append(x)`, `super().__repr__()`.
pub fn call_builtin_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    match name {
        "__repr__" | "__str__" => {
            crate::func::positional(name, crate::func::Arity::Takes, args, kwnames, 0, 0)?;
            let mut out = String::new();
            if name == "__str__" && exc_ref(o).is_some() {
                out = exc_str(o)?;
            } else {
                repr_builtin_into(o, &mut out)?;
            }
            return Ok(crate::str::new_string(out));
        }
        _ => kind_method(o, name, args, kwnames),
    }
}

/// `o.name(*args)` by the kind of `o`'s type.
pub(crate) fn kind_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    match o.kind() {
        Kind::Other if let Some(r) = crate::stdlib::call_method(o, name, args, kwnames) => r,
        _ => Err(no_attribute_error(o, name)),
    }
}

/// The items of a list or tuple of exactly `n` items: what `a, b = v` takes without an
/// iterator (as CPython's UNPACK_SEQUENCE fast path).
#[inline]
pub fn unpack_exact(v: Value, n: usize) -> Option<&'static [Obj]> {
    let items: &'static [Obj] = match v.kind() {
        Kind::Tuple => crate::tuple::items(v),
        Kind::List => v.downcast::<crate::list::ListObj>()?.items().as_slice(),
        _ => return None,
    };
    (items.len() == n).then_some(items)
}

/// Does the class of `v` (defined in Python) define a way to iterate it?
fn defines_iteration(v: Value) -> bool {
    crate::class::class_of(v).is_some()
        && ["__iter__", "__getitem__"].iter().any(|n| crate::class::lookup(v.ty(), n).is_some())
}

/// `iter(v)` for unpacking, with CPython's message when `v` cannot be iterated at all.
fn unpack_iter(v: Value) -> PyResult {
    crate::iter::get_iter(v).map_err(|e| {
        if e.matches(&TYPE_ERROR) && !defines_iteration(v) {
            PyErr::new(&TYPE_ERROR, format!("cannot unpack non-iterable {} object", v.ty().name))
        } else {
            e
        }
    })
}

/// Unpacks exactly `n` items (`a, b = v`).
pub fn unpack(v: Value, n: usize) -> PyResult<Vec<Obj>> {
    if let Some(items) = unpack_exact(v, n) {
        return Ok(items.to_vec());
    }
    let it = unpack_iter(v)?;
    let mut out = Vec::with_capacity(n);
    while let Some(x) = crate::iter::next(it.v())? {
        if out.len() == n {
            return value_error(format!("too many values to unpack (expected {n})"));
        }
        out.push(x);
    }
    if out.len() < n {
        return value_error(format!("not enough values to unpack (expected {n}, got {})", out.len()));
    }
    Ok(out)
}

/// Unpacks `before` items, a list of the middle ones, then `after` items
/// (`a, *b, c = v`; UNPACK_EX).
pub fn unpack_ex(v: Value, before: usize, after: usize) -> PyResult<Vec<Obj>> {
    let it = unpack_iter(v)?;
    let mut items = Vec::new();
    while let Some(x) = crate::iter::next(it.v())? {
        items.push(x);
    }
    if items.len() < before + after {
        return value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        ));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    items.push(crate::list::new_list(middle));
    items.extend(tail);
    Ok(items)
}

#[cfg(test)]
mod tests {
    //! Expected results from CPython 3.11.
    use super::*;

    fn show(r: PyResult) -> String {
        match r {
            Ok(o) => repr_string(o.v()).unwrap_or_default(),
            Err(e) => format!("{}: {}", e.ty().name, str_string(e.0.v()).unwrap_or_default()),
        }
    }
    fn int(s: &str) -> Obj {
        crate::int::from_decimal(s)
    }

    #[test]
    fn huge_repetitions_raise() {
        let list = crate::list::new_list(vec![Obj::small(0)]);
        let pair = crate::list::new_list(vec![Obj::small(1), Obj::small(2)]);
        let tup = crate::tuple::new_tuple(vec![Obj::small(1)]);
        let tup2 = crate::tuple::new_tuple(vec![Obj::small(1), Obj::small(2)]);
        let a = crate::str::new_str("a");
        let ab = crate::str::new_str("ab");
        let mul = |x: &Obj, n: &str| show(binop(BinOp::Mul, x.v(), int(n).v()));
        // Sizes past any machine's address space (2**48 items), so that no allocation
        // can succeed whatever the memory and overcommit settings.
        assert_eq!(mul(&list, "281474976710656"), "MemoryError: ");
        assert_eq!(mul(&a, "281474976710656"), "MemoryError: ");
        assert_eq!(mul(&tup, "1099511627776"), "MemoryError: ");
        assert_eq!(mul(&ab, "4611686018427387904"), "OverflowError: repeated string is too long");
        assert_eq!(mul(&pair, "4611686018427387904"), "MemoryError: ");
        assert_eq!(mul(&tup2, "4611686018427387904"), "MemoryError: ");
        assert_eq!(mul(&a, "9223372036854775808"), "OverflowError: cannot fit 'int' into an index-sized integer");
        assert_eq!(show(inplace(BinOp::Mul, list.v(), int("281474976710656").v())), "MemoryError: ");
        assert_eq!(show(binop(BinOp::Mul, list.v(), int("3").v())), "[0, 0, 0]");
        assert_eq!(mul(&ab, "3"), "'ababab'");
        assert_eq!(show(binop(BinOp::Mul, int("2").v(), crate::str::new_str("hé").v())), "'héhé'");
        assert_eq!(mul(&ab, "0"), "''");
        assert_eq!(mul(&ab, "-3"), "''");
        assert_eq!(mul(&tup2, "2"), "(1, 2, 1, 2)");
    }

    #[test]
    fn except_tuples_are_checked_whole() {
        let bad = "TypeError: catching classes that do not inherit from BaseException is not allowed";
        let e = PyErr::bare(&VALUE_ERROR);
        let m = |ty: Obj| match exc_matches(e.0.v(), ty.v()) {
            Ok(b) => b.to_string(),
            Err(e) => format!("{}: {}", e.ty().name, str_string(e.0.v()).unwrap_or_default()),
        };
        let ve = || VALUE_ERROR.as_value().new_ref();
        let te = || TYPE_ERROR.as_value().new_ref();
        let t = crate::tuple::new_tuple;
        assert_eq!(m(t(vec![ve(), Obj::small(5)])), bad);
        assert_eq!(m(t(vec![Obj::small(5), ve()])), bad);
        assert_eq!(m(t(vec![t(vec![ve()])])), bad);
        assert_eq!(m(t(vec![te(), INT_TYPE.as_value().new_ref()])), bad);
        assert_eq!(m(Obj::small(5)), bad);
        assert_eq!(m(t(vec![])), "false");
        assert_eq!(m(t(vec![te(), ve()])), "true");
        assert_eq!(m(t(vec![te()])), "false");
        assert_eq!(m(EXCEPTION.as_value().new_ref()), "true");
    }

    #[test]
    fn raise_from_a_non_exception() {
        let ve = VALUE_ERROR.as_value();
        let show_err = |e: PyErr| format!("{}: {}", e.ty().name, str_string(e.0.v()).unwrap_or_default());
        let five = Obj::small(5);
        assert_eq!(
            show_err(make_raise(ve, Some(five.v()))),
            "TypeError: exception causes must derive from BaseException"
        );
        assert_eq!(
            show_err(make_raise(ve, Some(INT_TYPE.as_value()))),
            "TypeError: exception causes must derive from BaseException"
        );
        assert_eq!(
            show_err(make_raise(five.v(), Some(Obj::small(6).v()))),
            "TypeError: exceptions must derive from BaseException"
        );
        let e = make_raise(ve, Some(ve));
        assert_eq!(show_err(e), "ValueError: ");
    }

    #[test]
    fn str_of_deeply_nested_exceptions() {
        let mut e = new_exc(&VALUE_ERROR, crate::tuple::new_tuple(vec![crate::str::new_str("x")]));
        for _ in 0..20_000 {
            e = new_exc(&VALUE_ERROR, crate::tuple::new_tuple(vec![e]));
        }
        let got = show(str_of(e.v()));
        assert_eq!(got, "RecursionError: maximum recursion depth exceeded while getting the str of an object");
        let got = show(repr_of(e.v()));
        assert_eq!(got, "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
        // Dropping 20,000 nested exceptions recursively would exhaust the stack: leak them.
        std::mem::forget(e);
        let shallow = new_exc(
            &VALUE_ERROR,
            crate::tuple::new_tuple(vec![new_exc(&KEY_ERROR, crate::tuple::new_tuple(vec![crate::str::new_str("k")]))]),
        );
        assert_eq!(show(str_of(shallow.v())), "\"'k'\"");
    }
}
