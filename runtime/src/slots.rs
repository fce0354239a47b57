//! Slot wrappers: the bodies behind builtin types' operator dunders (`int.__add__`,
//! `list.__len__`, `BaseException.__str__`). Each calls the runtime's operation as the
//! builtin type itself performs it, never a Python class's override of it, so that
//! `super().__repr__()` and `list.__len__(x)` mean what they mean in CPython.
use crate::err::*;
use crate::object::*;
use crate::types::*;

/// `T.__repr__(self)`: the repr the builtin type makes.
pub fn repr(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let mut out = String::new();
    crate::ops::repr_builtin_into(v, &mut out)?;
    Ok(crate::str::new_string(out))
}

/// `BaseException.__str__(self)`.
pub fn exc_str(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_string(crate::ops::exc_str(v)?))
}

/// `list.__init__(self, iterable=())`, `dict.__init__(self, mapping=(), **kw)`.
pub fn container_init(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::func::with_first(v, args, |full| crate::class::builtin_init(full, kwnames))
}

/// `BaseException.__init__(self, *args)`.
pub fn exc_init(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if !kwnames.is_empty() {
        return type_error(format!("{}() takes no keyword arguments", v.ty().name));
    }
    if let Some(e) = exc_ref(v) {
        e.set_args(crate::tuple::new_tuple(args.iter().map(|a| a.new_ref()).collect()));
    }
    Ok(none_obj())
}

/// The six rich-comparison slot wrappers of a builtin type, in a module `$m`: each
/// returns NotImplemented unless `$accepts(other)`, else `$cmp(op, self, other)`
/// (a `PyResult<bool>`), as the type's own `tp_richcompare` does.
#[macro_export]
macro_rules! cmp_slots {
    ($m:ident, $accepts:expr, $cmp:expr) => {
        mod $m {
            #[allow(unused_imports)]
            use super::*;
            use $crate::err::PyResult;
            use $crate::object::{Obj, Value};
            use $crate::ops::CmpOp;
            fn run(op: CmpOp, a: Value, b: Value) -> PyResult {
                let accepts: fn(Value) -> bool = $accepts;
                if !accepts(b) {
                    return Ok($crate::class::not_implemented().new_ref());
                }
                let cmp: fn(CmpOp, Value, Value) -> PyResult<bool> = $cmp;
                Ok($crate::types::bool_obj(cmp(op, a, b)?))
            }
            pub fn lt(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                run(CmpOp::Lt, a, args[0])
            }
            pub fn le(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                run(CmpOp::Le, a, args[0])
            }
            pub fn eq(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                run(CmpOp::Eq, a, args[0])
            }
            pub fn ne(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                run(CmpOp::Ne, a, args[0])
            }
            pub fn gt(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                run(CmpOp::Gt, a, args[0])
            }
            pub fn ge(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                run(CmpOp::Ge, a, args[0])
            }
        }
    };
}

/// `__getattribute__` as every builtin type's namespace shows it (object's algorithm).
pub fn getattribute(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    match crate::str::as_str(a[0]) {
        Some(_) => crate::ops::getattr_obj(v, a[0]),
        None => type_error(format!("attribute name must be string, not '{}'", a[0].ty().name)),
    }
}

/// `__sizeof__`: the C layout's size, which pyaot's objects do not share.
pub fn sizeof(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: __sizeof__ is not supported yet".to_string()))
}

/// `T.__class_getitem__(item)`: `list[int]` as a generic alias.
pub fn class_getitem(cls: Value, a: &[Value], _: &[Obj]) -> PyResult {
    match crate::builtins::as_type(cls).and_then(|t| crate::stdlib::typing::generic_alias(t.layout(), a[0])) {
        Some(r) => r,
        None => type_error(format!("type '{}' is not subscriptable", cls.ty().name)),
    }
}

/// The binary-operator slot wrappers of a number type, in a module `$m`: `__add__`,
/// `__radd__`, … each `$nb(op, left, right)` (`PyResult<Option<Obj>>`, None meaning
/// NotImplemented) with the receiver on the left, or on the right for the reflected
/// ones, as the type's `nb_*` slots are called; `__pow__(other, mod)` calls `$pow3`
/// when a modulus is given.
#[macro_export]
macro_rules! num_slots {
    ($m:ident, $nb:expr, $pow3:expr) => {
        mod $m {
            #[allow(unused_imports)]
            use super::*;
            use $crate::err::PyResult;
            use $crate::object::{Obj, Value};
            use $crate::ops::BinOp;
            fn run(op: BinOp, a: Value, b: Value) -> PyResult {
                let nb: fn(BinOp, Value, Value) -> PyResult<Option<Obj>> = $nb;
                Ok(nb(op, a, b)?.unwrap_or_else(|| $crate::class::not_implemented().new_ref()))
            }
            macro_rules! pair {
                ($f:ident, $rf:ident, $op:ident) => {
                    #[allow(dead_code)]
                    pub fn $f(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                        run(BinOp::$op, a, args[0])
                    }
                    #[allow(dead_code)]
                    pub fn $rf(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                        run(BinOp::$op, args[0], a)
                    }
                };
            }
            pair!(add, radd, Add);
            pair!(sub, rsub, Sub);
            pair!(mul, rmul, Mul);
            pair!(truediv, rtruediv, TrueDiv);
            pair!(floordiv, rfloordiv, FloorDiv);
            pair!(mod_, rmod, Mod);
            pair!(lshift, rlshift, LShift);
            pair!(rshift, rrshift, RShift);
            pair!(and, rand, BitAnd);
            pair!(or, ror, BitOr);
            pair!(xor, rxor, BitXor);
            #[allow(dead_code)]
            pub fn pow(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                match args.get(1) {
                    Some(m) if !m.is_none() => {
                        let pow3: fn(Value, Value, Value) -> PyResult = $pow3;
                        pow3(a, args[0], *m)
                    }
                    _ => run(BinOp::Pow, a, args[0]),
                }
            }
            #[allow(dead_code)]
            pub fn rpow(a: Value, args: &[Value], _: &[Obj]) -> PyResult {
                match args.get(1) {
                    Some(m) if !m.is_none() => {
                        let pow3: fn(Value, Value, Value) -> PyResult = $pow3;
                        pow3(args[0], a, *m)
                    }
                    _ => run(BinOp::Pow, args[0], a),
                }
            }
        }
    };
}

/// Does ordering `o` (of `a` against `b`) satisfy `a op b`?
pub fn ordering_holds(op: crate::ops::CmpOp, o: std::cmp::Ordering) -> bool {
    use crate::ops::CmpOp;
    match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Eq => o.is_eq(),
        CmpOp::Ne => o.is_ne(),
        CmpOp::Gt => o.is_gt(),
        CmpOp::Ge => o.is_ge(),
    }
}
