//! What `int`, `bool` and `float` declare (see `typeobj.rs`): their methods
//! (`int.to_bytes`, `float.fromhex`, …), number slots (`int.__add__`, …) and data
//! attributes (`real`, `numerator`, …). The arithmetic itself is `int.rs`'s, `float.rs`'s
//! and `ops.rs`'s; these wrappers only say what each type's own slot accepts.
use crate::err::*;
use crate::func::Arity;
use crate::int::{int_ref, IntRef};
use crate::object::*;
use crate::ops::{BinOp, CmpOp};
use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, BASETYPE, EMPTY};
use crate::types::*;

fn int_arg(v: Value) -> PyResult<IntRef<'static>> {
    int_ref(v)
        .map_or_else(|| type_error(format!("descriptor requires a 'int' object but received a '{}'", v.ty().name)), Ok)
}

fn float_arg(v: Value) -> PyResult<f64> {
    crate::float::float_val(v).map_or_else(
        || type_error(format!("descriptor requires a 'float' object but received a '{}'", v.ty().name)),
        Ok,
    )
}

fn is_int(v: Value) -> bool {
    int_ref(v).is_some()
}

fn is_number(v: Value) -> bool {
    is_int(v) || crate::float::float_val(v).is_some()
}

// ---------------------------------------------------------------------------------------
// int

/// `int`'s `nb_*` slots: ints only (NotImplemented for anything else).
fn int_nb(op: BinOp, a: Value, b: Value) -> PyResult<Option<Obj>> {
    if !is_int(a) || !is_int(b) {
        return Ok(None);
    }
    crate::ops::number_binop(op, a, b)
}

fn int_pow3(a: Value, b: Value, m: Value) -> PyResult {
    crate::ops::pow3(a, b, m)
}

crate::num_slots!(int_num, int_nb, int_pow3);

fn int_compare(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    crate::ops::compare_bool(op, crate::int::plain_int(a).v(), crate::int::plain_int(b).v())
}

crate::cmp_slots!(int_cmp, is_int, int_compare);

fn int_divmod(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
    if !is_int(args[0]) {
        return Ok(crate::class::not_implemented().new_ref());
    }
    crate::ops::divmod(a, args[0])
}
fn int_rdivmod(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
    if !is_int(args[0]) {
        return Ok(crate::class::not_implemented().new_ref());
    }
    crate::ops::divmod(args[0], a)
}
fn int_neg(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::neg(int_arg(a)?))
}
fn int_pos(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    int_arg(a)?;
    Ok(crate::int::plain_int(a))
}
fn int_abs(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::abs(int_arg(a)?))
}
fn int_invert(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::invert(int_arg(a)?))
}
fn int_bool(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(!matches!(int_arg(a)?, IntRef::Small(0))))
}
fn int_int(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    int_arg(a)?;
    Ok(crate::int::plain_int(a))
}
fn int_float(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::float::new_float(crate::int::to_f64(int_arg(a)?)?))
}
fn int_hash(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(crate::hash::hash_int(int_arg(a)?)))
}
fn int_repr(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_string(crate::int::to_decimal(int_arg(a)?)?))
}
fn int_round(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
    int_arg(a)?;
    match args.first().filter(|n| !n.is_none()) {
        None => Ok(crate::int::plain_int(a)),
        Some(n) => {
            if !is_int(*n) {
                return type_error(format!("'{}' object cannot be interpreted as an integer", n.ty().name));
            }
            crate::builtins::round_int(a, crate::range::index_clamped(*n)?)
        }
    }
}
fn int_getnewargs(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    int_arg(a)?;
    Ok(crate::tuple::new_tuple(vec![crate::int::plain_int(a)]))
}
fn int_format(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
    let Some(spec) = crate::str::as_str(args[0]) else {
        return type_error(format!("format() argument must be str, not {}", args[0].ty().name));
    };
    int_arg(a)?;
    if spec.is_empty() {
        return int_repr(a, &[], &[]);
    }
    crate::format::format_value(a, spec)
}
fn bit_length(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(match int_arg(a)? {
        IntRef::Small(i) => (64 - i.unsigned_abs().leading_zeros()) as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}
fn bit_count(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(match int_arg(a)? {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b.magnitude().iter_u64_digits().map(|d| d.count_ones() as i64).sum(),
    }))
}
fn as_integer_ratio(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    int_arg(a)?;
    Ok(crate::tuple::new_tuple(vec![crate::int::plain_int(a), crate::int::from_i64(1)]))
}
fn int_real(a: Value) -> PyResult {
    int_arg(a)?;
    Ok(crate::int::plain_int(a))
}
fn int_imag(a: Value) -> PyResult {
    int_arg(a)?;
    Ok(crate::int::from_i64(0))
}
fn int_denominator(a: Value) -> PyResult {
    int_arg(a)?;
    Ok(crate::int::from_i64(1))
}

/// `byteorder` of `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder(v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match crate::str::as_str(v) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => value_error("byteorder must be either 'little' or 'big'"),
            None => type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", v.ty().name)),
        },
    }
}

fn signed_kw(kw: crate::func::Kw, fname: &str, rest: &mut Vec<(Obj, Value)>) -> PyResult<bool> {
    let mut signed = false;
    for (n, v) in kw.names.iter().zip(kw.vals) {
        if crate::str::as_str(n.v()) == Some("signed") {
            signed = crate::ops::is_true(*v)?;
        } else {
            rest.push((n.clone(), *v));
        }
    }
    let _ = fname;
    Ok(signed)
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(a: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    use num_bigint::{BigInt, Sign};
    let i = crate::int::to_bigint(a).map_or_else(|| type_error("descriptor requires a 'int' object"), Ok)?;
    let (pos, kw) = crate::func::split_args(args, kwnames);
    let mut rest = Vec::new();
    let signed = signed_kw(kw, "to_bytes", &mut rest)?;
    let names: Vec<Obj> = rest.iter().map(|(n, _)| n.clone()).collect();
    let mut all: Vec<Value> = pos.to_vec();
    all.extend(rest.iter().map(|(_, v)| *v));
    let [length, order] = crate::func::bind("to_bytes", &all, &names, ["length", "byteorder"], 0)?;
    let length = match length {
        Some(l) => crate::int::index_of(l, "")?,
        None => 1,
    };
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    let little = byteorder(order)?;
    if !signed && i.sign() == Sign::Minus {
        return overflow_error("can't convert negative int to unsigned");
    }
    let mut bytes = if signed { i.to_signed_bytes_le() } else { i.magnitude().to_bytes_le() };
    if i.sign() == Sign::NoSign {
        bytes.clear();
    }
    // Minimal two's complement may need no sign byte when it fits in `length`.
    let fill = if signed && i.sign() == Sign::Minus { 0xff } else { 0 };
    while bytes.len() > length as usize {
        let top = bytes[bytes.len() - 1];
        let next_sign = bytes.len() >= 2 && (bytes[bytes.len() - 2] & 0x80 != 0) == (fill == 0xff);
        if top == fill && (!signed || next_sign) {
            bytes.pop();
        } else {
            return overflow_error("int too big to convert");
        }
    }
    if signed && bytes.len() == length as usize && length > 0 {
        // The top bit must carry the sign.
        let neg = bytes[bytes.len() - 1] & 0x80 != 0;
        if neg != (i.sign() == Sign::Minus) {
            return overflow_error("int too big to convert");
        }
    }
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    let _ = BigInt::from(0);
    Ok(crate::bytes::new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
fn from_bytes(cls: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    use num_bigint::{BigInt, Sign};
    let (pos, kw) = crate::func::split_args(args, kwnames);
    let mut rest = Vec::new();
    let signed = signed_kw(kw, "from_bytes", &mut rest)?;
    let names: Vec<Obj> = rest.iter().map(|(n, _)| n.clone()).collect();
    let mut all: Vec<Value> = pos.to_vec();
    all.extend(rest.iter().map(|(_, v)| *v));
    let [data, order] = crate::func::bind("from_bytes", &all, &names, ["bytes", "byteorder"], 1)?;
    let Some(data) = data else { return type_error("from_bytes() missing required argument 'bytes' (pos 1)") };
    let little = byteorder(order)?;
    let mut bytes: Vec<u8> = match crate::bytes::buffer(data) {
        Some(b) => b.to_vec(),
        None if crate::str::as_str(data).is_some() => {
            return type_error("cannot convert 'str' object to bytes");
        }
        None => {
            let items = crate::iter::collect(data)
                .map_err(|_| PyErr::new(&TYPE_ERROR, format!("cannot convert '{}' object to bytes", data.ty().name)))?;
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                let n = crate::int::index_of(x.v(), "")?;
                if !(0..256).contains(&n) {
                    return value_error("bytes must be in range(0, 256)");
                }
                out.push(n as u8);
            }
            out
        }
    };
    if !little {
        bytes.reverse();
    }
    let v = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let n = crate::int::from_bigint(v);
    match crate::builtins::as_type(cls) {
        Some(t) if !std::ptr::eq(t, &INT_TYPE) => crate::func::call(cls, &[n.v()], &[]),
        _ => Ok(n),
    }
}

fn int_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let v = crate::builtins::int_new(args, kwnames)?;
    if std::ptr::eq(cls, &INT_TYPE) {
        return Ok(v);
    }
    crate::class::new_builtin_subclass_instance(cls, v.v())
}

pub static INT_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", int_repr, Params::NoArgs),
        MethodDef::slot("__hash__", int_hash, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", int_cmp::lt, Params::One),
        MethodDef::slot("__le__", int_cmp::le, Params::One),
        MethodDef::slot("__eq__", int_cmp::eq, Params::One),
        MethodDef::slot("__ne__", int_cmp::ne, Params::One),
        MethodDef::slot("__gt__", int_cmp::gt, Params::One),
        MethodDef::slot("__ge__", int_cmp::ge, Params::One),
        MethodDef::slot("__add__", int_num::add, Params::One),
        MethodDef::slot("__radd__", int_num::radd, Params::One),
        MethodDef::slot("__sub__", int_num::sub, Params::One),
        MethodDef::slot("__rsub__", int_num::rsub, Params::One),
        MethodDef::slot("__mul__", int_num::mul, Params::One),
        MethodDef::slot("__rmul__", int_num::rmul, Params::One),
        MethodDef::slot("__mod__", int_num::mod_, Params::One),
        MethodDef::slot("__rmod__", int_num::rmod, Params::One),
        MethodDef::slot("__divmod__", int_divmod, Params::One),
        MethodDef::slot("__rdivmod__", int_rdivmod, Params::One),
        MethodDef::slot("__pow__", int_num::pow, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::slot("__rpow__", int_num::rpow, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::slot("__neg__", int_neg, Params::NoArgs),
        MethodDef::slot("__pos__", int_pos, Params::NoArgs),
        MethodDef::slot("__abs__", int_abs, Params::NoArgs),
        MethodDef::slot("__bool__", int_bool, Params::NoArgs),
        MethodDef::slot("__invert__", int_invert, Params::NoArgs),
        MethodDef::slot("__lshift__", int_num::lshift, Params::One),
        MethodDef::slot("__rlshift__", int_num::rlshift, Params::One),
        MethodDef::slot("__rshift__", int_num::rshift, Params::One),
        MethodDef::slot("__rrshift__", int_num::rrshift, Params::One),
        MethodDef::slot("__and__", int_num::and, Params::One),
        MethodDef::slot("__rand__", int_num::rand, Params::One),
        MethodDef::slot("__xor__", int_num::xor, Params::One),
        MethodDef::slot("__rxor__", int_num::rxor, Params::One),
        MethodDef::slot("__or__", int_num::or, Params::One),
        MethodDef::slot("__ror__", int_num::ror, Params::One),
        MethodDef::slot("__int__", int_int, Params::NoArgs),
        MethodDef::slot("__float__", int_float, Params::NoArgs),
        MethodDef::slot("__floordiv__", int_num::floordiv, Params::One),
        MethodDef::slot("__rfloordiv__", int_num::rfloordiv, Params::One),
        MethodDef::slot("__truediv__", int_num::truediv, Params::One),
        MethodDef::slot("__rtruediv__", int_num::rtruediv, Params::One),
        MethodDef::slot("__index__", int_int, Params::NoArgs),
        MethodDef::method("conjugate", int_int, Params::NoArgs),
        MethodDef::method("bit_length", bit_length, Params::NoArgs),
        MethodDef::method("bit_count", bit_count, Params::NoArgs),
        MethodDef::method("to_bytes", to_bytes, Params::Any),
        MethodDef::class("from_bytes", from_bytes, Params::Any),
        MethodDef::method("as_integer_ratio", as_integer_ratio, Params::NoArgs),
        MethodDef::method("__trunc__", int_int, Params::NoArgs),
        MethodDef::method("__floor__", int_int, Params::NoArgs),
        MethodDef::method("__ceil__", int_int, Params::NoArgs),
        MethodDef::method("__round__", int_round, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("__getnewargs__", int_getnewargs, Params::NoArgs),
        MethodDef::method("__format__", int_format, Params::One),
        MethodDef::method("__sizeof__", crate::slots::sizeof, Params::NoArgs),
    ],
    getsets: &[
        GetSetDef::getset("real", int_real, None),
        GetSetDef::getset("imag", int_imag, None),
        GetSetDef::getset("numerator", int_real, None),
        GetSetDef::getset("denominator", int_denominator, None),
    ],
    new: Some(int_new),
    flags: BASETYPE,
    ..EMPTY
};

// ---------------------------------------------------------------------------------------
// bool

fn is_bool(v: Value) -> bool {
    v.is_heap() && v.is(&BOOL_TYPE)
}

/// `bool`'s `&`, `|`, `^`: a bool for two bools, else int's.
fn bool_nb(op: BinOp, a: Value, b: Value) -> PyResult<Option<Obj>> {
    if is_bool(a) && is_bool(b) {
        let (x, y) = (a == py_true(), b == py_true());
        return Ok(Some(bool_obj(match op {
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            _ => x ^ y,
        })));
    }
    int_nb(op, a, b)
}

crate::num_slots!(bool_num, bool_nb, int_pow3);

fn bool_repr(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_str(if a == py_true() { "True" } else { "False" }))
}

fn bool_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("bool", Arity::Expected, args, kwnames, 0, 1)?;
    Ok(bool_obj(match pos.first() {
        Some(v) => crate::ops::is_true(*v)?,
        None => false,
    }))
}

pub static BOOL_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", bool_repr, Params::NoArgs),
        MethodDef::slot("__and__", bool_num::and, Params::One),
        MethodDef::slot("__rand__", bool_num::rand, Params::One),
        MethodDef::slot("__xor__", bool_num::xor, Params::One),
        MethodDef::slot("__rxor__", bool_num::rxor, Params::One),
        MethodDef::slot("__or__", bool_num::or, Params::One),
        MethodDef::slot("__ror__", bool_num::ror, Params::One),
    ],
    new: Some(bool_new),
    ..EMPTY
};

// ---------------------------------------------------------------------------------------
// float

/// `float`'s `nb_*` slots: a float with a float or an int (NotImplemented otherwise).
fn float_nb(op: BinOp, a: Value, b: Value) -> PyResult<Option<Obj>> {
    if !is_number(a) || !is_number(b) {
        return Ok(None);
    }
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow)
    {
        return Ok(None);
    }
    let x = crate::float::float_val(a).map_or_else(|| crate::int::to_f64(int_arg(a)?), Ok)?;
    let y = crate::float::float_val(b).map_or_else(|| crate::int::to_f64(int_arg(b)?), Ok)?;
    match crate::float::binop(op, x, y)? {
        Some(r) => Ok(Some(crate::float::new_float(r))),
        // A negative base to a fractional power: complex's power.
        None => crate::complex::binop(op, crate::float::new_float(x).v(), crate::float::new_float(y).v()).transpose(),
    }
}

fn float_pow3(_a: Value, _b: Value, _m: Value) -> PyResult {
    type_error("pow() 3rd argument not allowed unless all arguments are integers")
}

crate::num_slots!(float_num, float_nb, float_pow3);

fn float_compare(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let x = crate::float::new_float(float_arg(a)?);
    let y = match crate::float::float_val(b) {
        Some(f) => crate::float::new_float(f),
        None => crate::int::plain_int(b),
    };
    crate::ops::compare_bool(op, x.v(), y.v())
}

crate::cmp_slots!(float_cmp, is_number, float_compare);

fn float_divmod(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
    if !is_number(args[0]) {
        return Ok(crate::class::not_implemented().new_ref());
    }
    crate::ops::divmod(crate::float::new_float(float_arg(a)?).v(), args[0])
}
fn float_rdivmod(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
    if !is_number(args[0]) {
        return Ok(crate::class::not_implemented().new_ref());
    }
    crate::ops::divmod(args[0], crate::float::new_float(float_arg(a)?).v())
}
fn float_neg(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::float::new_float(-float_arg(a)?))
}
fn float_pos(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::float::new_float(float_arg(a)?))
}
fn float_abs(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::float::new_float(float_arg(a)?.abs()))
}
fn float_bool(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(float_arg(a)? != 0.0))
}
fn float_int(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::builtins::float_to_int(float_arg(a)?)
}
fn float_float(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::float::new_float(float_arg(a)?))
}
fn float_floor(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::builtins::float_to_int(float_arg(a)?.floor())
}
fn float_ceil(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::builtins::float_to_int(float_arg(a)?.ceil())
}
fn float_hash(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(crate::hash::hash_float(float_arg(a)?, a)))
}
fn float_repr(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_string(crate::format::float_repr(float_arg(a)?)))
}
fn float_round(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
    let f = float_arg(a)?;
    match args.first().filter(|n| !n.is_none()) {
        None => crate::builtins::float_to_int(f.round_ties_even()),
        Some(n) => {
            if !is_int(*n) {
                return type_error(format!("'{}' object cannot be interpreted as an integer", n.ty().name));
            }
            let n = crate::range::index_clamped(*n)?;
            Ok(crate::float::new_float(crate::builtins::round_float(f, n)?))
        }
    }
}
fn float_getnewargs(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::tuple::new_tuple(vec![crate::float::new_float(float_arg(a)?)]))
}
fn float_format(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
    let Some(spec) = crate::str::as_str(args[0]) else {
        return type_error(format!("format() argument must be str, not {}", args[0].ty().name));
    };
    let f = float_arg(a)?;
    if spec.is_empty() {
        return Ok(crate::str::new_string(crate::format::float_repr(f)));
    }
    crate::format::format_value(crate::float::new_float(f).v(), spec)
}
fn is_integer(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let x = float_arg(a)?;
    Ok(bool_obj(x.is_finite() && x == x.floor()))
}
fn float_as_integer_ratio(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let (n, d) = crate::float::as_integer_ratio(float_arg(a)?)?;
    Ok(crate::tuple::new_tuple(vec![crate::int::from_bigint(n), crate::int::from_bigint(d)]))
}
fn float_hex(a: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_string(crate::float::hex(float_arg(a)?)))
}
fn fromhex(cls: Value, args: &[Value], _: &[Obj]) -> PyResult {
    let Some(s) = crate::str::as_str(args[0]) else {
        return type_error(format!("fromhex() argument must be str, not {}", args[0].ty().name));
    };
    let x = crate::float::from_hex(s)?;
    let f = crate::float::new_float(x);
    match crate::builtins::as_type(cls) {
        Some(t) if !std::ptr::eq(t, &FLOAT_TYPE) => crate::func::call(cls, &[f.v()], &[]),
        _ => Ok(f),
    }
}
fn getformat(_cls: Value, args: &[Value], _: &[Obj]) -> PyResult {
    match crate::str::as_str(args[0]) {
        Some("double") | Some("float") => Ok(crate::str::new_str("IEEE, little-endian")),
        Some(_) => value_error("__getformat__() argument 1 must be 'double' or 'float'"),
        None => type_error(format!("__getformat__() argument must be str, not {}", args[0].ty().name)),
    }
}
fn float_real(a: Value) -> PyResult {
    Ok(crate::float::new_float(float_arg(a)?))
}
fn float_imag(a: Value) -> PyResult {
    float_arg(a)?;
    Ok(crate::float::new_float(0.0))
}

fn float_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let v = crate::builtins::float_new(args, kwnames)?;
    if std::ptr::eq(cls, &FLOAT_TYPE) {
        return Ok(v);
    }
    crate::class::new_builtin_subclass_instance(cls, v.v())
}

pub static FLOAT_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", float_repr, Params::NoArgs),
        MethodDef::slot("__hash__", float_hash, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", float_cmp::lt, Params::One),
        MethodDef::slot("__le__", float_cmp::le, Params::One),
        MethodDef::slot("__eq__", float_cmp::eq, Params::One),
        MethodDef::slot("__ne__", float_cmp::ne, Params::One),
        MethodDef::slot("__gt__", float_cmp::gt, Params::One),
        MethodDef::slot("__ge__", float_cmp::ge, Params::One),
        MethodDef::slot("__add__", float_num::add, Params::One),
        MethodDef::slot("__radd__", float_num::radd, Params::One),
        MethodDef::slot("__sub__", float_num::sub, Params::One),
        MethodDef::slot("__rsub__", float_num::rsub, Params::One),
        MethodDef::slot("__mul__", float_num::mul, Params::One),
        MethodDef::slot("__rmul__", float_num::rmul, Params::One),
        MethodDef::slot("__mod__", float_num::mod_, Params::One),
        MethodDef::slot("__rmod__", float_num::rmod, Params::One),
        MethodDef::slot("__divmod__", float_divmod, Params::One),
        MethodDef::slot("__rdivmod__", float_rdivmod, Params::One),
        MethodDef::slot("__pow__", float_num::pow, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::slot("__rpow__", float_num::rpow, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::slot("__neg__", float_neg, Params::NoArgs),
        MethodDef::slot("__pos__", float_pos, Params::NoArgs),
        MethodDef::slot("__abs__", float_abs, Params::NoArgs),
        MethodDef::slot("__bool__", float_bool, Params::NoArgs),
        MethodDef::slot("__int__", float_int, Params::NoArgs),
        MethodDef::slot("__float__", float_float, Params::NoArgs),
        MethodDef::slot("__floordiv__", float_num::floordiv, Params::One),
        MethodDef::slot("__rfloordiv__", float_num::rfloordiv, Params::One),
        MethodDef::slot("__truediv__", float_num::truediv, Params::One),
        MethodDef::slot("__rtruediv__", float_num::rtruediv, Params::One),
        MethodDef::method("conjugate", float_float, Params::NoArgs),
        MethodDef::method("__trunc__", float_int, Params::NoArgs),
        MethodDef::method("__floor__", float_floor, Params::NoArgs),
        MethodDef::method("__ceil__", float_ceil, Params::NoArgs),
        MethodDef::method("__round__", float_round, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("as_integer_ratio", float_as_integer_ratio, Params::NoArgs),
        MethodDef::class("fromhex", fromhex, Params::One),
        MethodDef::method("hex", float_hex, Params::NoArgs),
        MethodDef::method("is_integer", is_integer, Params::NoArgs),
        MethodDef::class("__getformat__", getformat, Params::One),
        MethodDef::method("__getnewargs__", float_getnewargs, Params::NoArgs),
        MethodDef::method("__format__", float_format, Params::One),
    ],
    getsets: &[GetSetDef::getset("real", float_real, None), GetSetDef::getset("imag", float_imag, None)],
    new: Some(float_new),
    flags: BASETYPE,
    ..EMPTY
};
