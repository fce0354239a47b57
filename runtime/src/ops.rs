//! Python's operators, implemented once for every tier: arithmetic, comparison, truth,
//! containment, subscripting, attributes, `str`/`repr`, hashing and equality.
//! Each dispatches on the operands' kinds and calls the type's module.
use crate::err::*;
use crate::object::*;
use crate::types::*;

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
                Err(e) => return e,
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

/// `except ty:` matching, where `ty` is a class or a tuple of classes.
pub fn exc_matches(exc: Value, ty: Value) -> PyResult<bool> {
    if ty.kind() == Kind::Tuple {
        for t in crate::tuple::items(ty) {
            if exc_matches(exc, t.v())? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match as_exc_type(ty) {
        Some(t) => Ok(exc.ty().is_subtype(t)),
        None => type_error("catching classes that do not inherit from BaseException is not allowed"),
    }
}

#[cold]
fn unsupported_binop<T>(op: BinOp, a: Value, b: Value) -> PyResult<T> {
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a.ty().name,
        b.ty().name
    ))
}

/// `a op b`.
pub fn binop(op: BinOp, a: Value, b: Value) -> PyResult {
    unsupported_binop(op, a, b)
}

/// `a op= b`: in place for lists, otherwise as `binop`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult {
    binop(op, a, b)
}

pub fn unary(op: UnaryOp, a: Value) -> PyResult {
    match op {
        UnaryOp::Not => Ok(bool_obj(!is_true(a)?)),
        _ => type_error(format!("bad operand type for unary op: '{}'", a.ty().name)),
    }
}

pub fn compare(op: CmpOp, a: Value, b: Value) -> PyResult {
    Ok(bool_obj(compare_bool(op, a, b)?))
}

pub fn compare_bool(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    match op {
        CmpOp::Eq => eq(a, b),
        CmpOp::Ne => Ok(!eq(a, b)?),
        _ => type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.ty().name,
            b.ty().name
        )),
    }
}

/// `a == b`.
pub fn eq(a: Value, b: Value) -> PyResult<bool> {
    Ok(a == b)
}

/// `hash(v)`.
pub fn hash(v: Value) -> PyResult<i64> {
    Ok(v.0 as i64)
}

/// Truth value.
pub fn is_true(v: Value) -> PyResult<bool> {
    Ok(!(v == py_false() || v.is_none() || v.as_small() == Some(0)))
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    let _ = item;
    type_error(format!("argument of type '{}' is not iterable", container.ty().name))
}

pub fn str_of(v: Value) -> PyResult {
    if v.kind() == Kind::Str {
        return Ok(v.new_ref());
    }
    repr_of(v)
}

pub fn repr_of(v: Value) -> PyResult {
    Ok(crate::str::new_string(format!("<{} object>", v.ty().name)))
}

pub fn ascii_of(v: Value) -> PyResult {
    repr_of(v)
}

pub fn getitem(o: Value, k: Value) -> PyResult {
    let _ = k;
    type_error(format!("'{}' object is not subscriptable", o.ty().name))
}

pub fn setitem(o: Value, k: Value, v: Value) -> PyResult<()> {
    let _ = (k, v);
    type_error(format!("'{}' object does not support item assignment", o.ty().name))
}

pub fn delitem(o: Value, k: Value) -> PyResult<()> {
    let _ = k;
    type_error(format!("'{}' object does not support item deletion", o.ty().name))
}

pub fn getattr(o: Value, name: &str) -> PyResult {
    Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{}'", o.ty().name, name)))
}

pub fn setattr(o: Value, name: &str, v: Value) -> PyResult<()> {
    let _ = v;
    Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{}'", o.ty().name, name)))
}

/// `o.name(*args)`: dispatches to the method tables of the builtin types.
pub fn call_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    match o.kind() {
        Kind::Str => crate::str::call_method(o, name, args, kwnames),
        Kind::List => crate::list::call_method(o, name, args, kwnames),
        Kind::Tuple => crate::tuple::call_method(o, name, args, kwnames),
        Kind::Dict => crate::dict::call_method(o, name, args, kwnames),
        _ => {
            let f = getattr(o, name)?;
            crate::func::call(f.v(), args, kwnames)
        }
    }
}

/// Unpacks exactly `n` items (`a, b = v`).
pub fn unpack(v: Value, n: usize) -> PyResult<Vec<Obj>> {
    let it = crate::iter::get_iter(v)?;
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
