//! What the small builtin types declare (see `typeobj.rs`): `builtin_function_or_method`,
//! `cell`, `NoneType`, `NotImplementedType`, `ellipsis` and `traceback`.
use crate::err::*;
use crate::func::{Native, NativeFuncObj};
use crate::object::*;
use crate::typeobj::{builtin_name_parts, GetSetDef, MethodDef, Params, TypeSpec, EMPTY};
use crate::types::*;

// ---------------------------------------------------------------------------------------
// builtin_function_or_method

fn native(v: Value) -> PyResult<&'static NativeFuncObj> {
    v.downcast::<NativeFuncObj>().map_or_else(|| type_error("builtin_function_or_method expected"), Ok)
}

/// The receiver a builtin method is bound to (None: a plain builtin function).
fn bound_self(nf: &NativeFuncObj) -> Option<&Obj> {
    match &nf.native {
        Native::Bound(recv, _, _) | Native::Method(recv, _) | Native::BaseMethod(recv, _) => Some(recv),
        _ => None,
    }
}

fn bf_name(v: Value) -> PyResult {
    Ok(crate::str::new_str(native(v)?.name))
}

fn bf_qualname(v: Value) -> PyResult {
    let nf = native(v)?;
    Ok(crate::str::new_string(match &nf.native {
        Native::Bound(recv, def, owner) => match crate::builtins::as_type(recv.v()) {
            // A class method bound to its type: `dict.fromkeys`.
            Some(t) if !std::ptr::eq(*owner, &TYPE_TYPE) => format!("{}.{}", builtin_name_parts(t).1, def.name),
            _ => format!("{}.{}", builtin_name_parts(owner).1, def.name),
        },
        Native::Static(def, owner) => format!("{}.{}", builtin_name_parts(owner).1, def.name),
        Native::Method(recv, m) | Native::BaseMethod(recv, m) => format!("{}.{m}", recv.v().ty().name),
        Native::Plain(_) => nf.name.to_string(),
    }))
}

fn bf_self(v: Value) -> PyResult {
    let nf = native(v)?;
    match bound_self(nf) {
        Some(r) => Ok(r.clone()),
        // A builtin function's `__self__` is its module.
        None => match &nf.native {
            Native::Static(..) => Ok(none_obj()),
            _ => crate::module::import("builtins"),
        },
    }
}

fn bf_module(v: Value) -> PyResult {
    let nf = native(v)?;
    Ok(match &nf.native {
        Native::Plain(_) => crate::str::new_str("builtins"),
        _ => none_obj(),
    })
}

fn bf_doc(v: Value) -> PyResult {
    let nf = native(v)?;
    let doc = match &nf.native {
        Native::Bound(_, def, owner) | Native::Static(def, owner) => crate::docs::attr_doc(owner, def.name),
        Native::Plain(_) => crate::docs::builtin_doc(nf.name),
        _ => None,
    };
    Ok(doc.map_or_else(none_obj, crate::str::new_str))
}

fn bf_text_signature(v: Value) -> PyResult {
    let nf = native(v)?;
    let sig = match &nf.native {
        Native::Bound(_, def, owner) | Native::Static(def, owner) => crate::docs::attr_signature(owner, def.name),
        Native::Plain(_) => crate::docs::builtin_signature(nf.name),
        _ => None,
    };
    Ok(sig.map_or_else(none_obj, crate::str::new_str))
}

fn bf_repr(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::repr_of(v)
}

fn bf_call(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::func::call(v, args, kwnames)
}

fn bf_hash(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(crate::hash::hash(v)?))
}

/// Two builtin methods are equal when they bind the same method to the same object.
fn bf_same(a: Value, b: Value) -> bool {
    match (a.downcast::<NativeFuncObj>(), b.downcast::<NativeFuncObj>()) {
        (Some(x), Some(y)) => match (&x.native, &y.native) {
            (Native::Bound(r1, d1, _), Native::Bound(r2, d2, _)) => r1.v() == r2.v() && std::ptr::eq(*d1, *d2),
            _ => a == b,
        },
        _ => false,
    }
}

fn bf_is(v: Value) -> bool {
    v.is_heap() && v.is(&BUILTIN_FUNCTION_TYPE)
}

fn bf_compare(op: crate::ops::CmpOp, a: Value, b: Value) -> PyResult<bool> {
    use crate::ops::CmpOp;
    match op {
        CmpOp::Eq => Ok(bf_same(a, b)),
        CmpOp::Ne => Ok(!bf_same(a, b)),
        _ => type_error(format!(
            "'{}' not supported between instances of 'builtin_function_or_method' and '{}'",
            op.symbol(),
            b.ty().name
        )),
    }
}

fn bf_cmp_slot(op: crate::ops::CmpOp, v: Value, a: &[Value]) -> PyResult {
    if !matches!(op, crate::ops::CmpOp::Eq | crate::ops::CmpOp::Ne) || !bf_is(a[0]) {
        return Ok(crate::class::not_implemented().new_ref());
    }
    Ok(bool_obj(bf_compare(op, v, a[0])?))
}
fn bf_lt(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    bf_cmp_slot(crate::ops::CmpOp::Lt, v, a)
}
fn bf_le(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    bf_cmp_slot(crate::ops::CmpOp::Le, v, a)
}
fn bf_eq(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    bf_cmp_slot(crate::ops::CmpOp::Eq, v, a)
}
fn bf_ne(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    bf_cmp_slot(crate::ops::CmpOp::Ne, v, a)
}
fn bf_gt(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    bf_cmp_slot(crate::ops::CmpOp::Gt, v, a)
}
fn bf_ge(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    bf_cmp_slot(crate::ops::CmpOp::Ge, v, a)
}

fn not_picklable(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: pickling is not supported yet".to_string()))
}

pub static BUILTIN_FUNCTION_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", bf_repr, Params::NoArgs),
        MethodDef::slot("__hash__", bf_hash, Params::NoArgs),
        MethodDef::slot("__call__", bf_call, Params::Any),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", bf_lt, Params::One),
        MethodDef::slot("__le__", bf_le, Params::One),
        MethodDef::slot("__eq__", bf_eq, Params::One),
        MethodDef::slot("__ne__", bf_ne, Params::One),
        MethodDef::slot("__gt__", bf_gt, Params::One),
        MethodDef::slot("__ge__", bf_ge, Params::One),
        MethodDef::method("__reduce__", not_picklable, Params::NoArgs),
    ],
    getsets: &[
        GetSetDef::member("__module__", bf_module, None),
        GetSetDef::getset("__doc__", bf_doc, None),
        GetSetDef::getset("__name__", bf_name, None),
        GetSetDef::getset("__qualname__", bf_qualname, None),
        GetSetDef::getset("__self__", bf_self, None),
        GetSetDef::getset("__text_signature__", bf_text_signature, None),
    ],
    ..EMPTY
};

// ---------------------------------------------------------------------------------------
// cell

fn cell_contents_get(v: Value) -> PyResult {
    match crate::cell::get(v) {
        Some(x) => Ok(x),
        None => value_error("Cell is empty"),
    }
}

fn cell_contents_set(v: Value, to: Option<Value>) -> PyResult<()> {
    crate::cell::set(v, to.map(Value::new_ref));
    Ok(())
}

fn cell_repr(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_string(match crate::cell::get(v) {
        Some(x) => format!("<cell at {:#x}: {} object at {:#x}>", v.0, x.v().ty().name, x.v().0),
        None => format!("<cell at {:#x}: empty>", v.0),
    }))
}

fn cell_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("cell", crate::func::Arity::Expected, args, kwnames, 0, 1)?;
    Ok(crate::cell::new_cell(pos.first().copied().unwrap_or(Value::NULL)))
}

pub static CELL_SPEC: TypeSpec = TypeSpec {
    methods: &[MethodDef::slot("__repr__", cell_repr, Params::NoArgs)],
    getsets: &[GetSetDef::getset("cell_contents", cell_contents_get, Some(cell_contents_set))],
    new: Some(cell_new),
    ..EMPTY
};

// ---------------------------------------------------------------------------------------
// The singletons' types.

fn singleton_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::ellipsis::construct_singleton(cls, args, kwnames).unwrap_or_else(|| type_error("not a singleton type"))
}

fn none_repr(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_str("None"))
}
fn false_(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(false))
}
fn true_(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(true))
}
fn not_implemented_repr(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_str("NotImplemented"))
}
fn ellipsis_repr(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_str("Ellipsis"))
}
fn not_implemented_reduce(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_str("NotImplemented"))
}
fn ellipsis_reduce(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::str::new_str("Ellipsis"))
}

pub static NONE_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", none_repr, Params::NoArgs),
        MethodDef::slot("__bool__", false_, Params::NoArgs),
    ],
    new: Some(singleton_new),
    ..EMPTY
};

pub static NOT_IMPLEMENTED_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", not_implemented_repr, Params::NoArgs),
        MethodDef::slot("__bool__", true_, Params::NoArgs),
        MethodDef::method("__reduce__", not_implemented_reduce, Params::NoArgs),
    ],
    new: Some(singleton_new),
    ..EMPTY
};

pub static ELLIPSIS_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", ellipsis_repr, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::method("__reduce__", ellipsis_reduce, Params::NoArgs),
    ],
    new: Some(singleton_new),
    ..EMPTY
};

// ---------------------------------------------------------------------------------------
// traceback

fn tb(v: Value) -> PyResult<&'static TracebackObj> {
    v.downcast::<TracebackObj>().map_or_else(|| type_error("traceback expected"), Ok)
}

fn tb_lineno(v: Value) -> PyResult {
    let t = tb(v)?;
    Ok(crate::int::from_i64(t.frames.get(t.index).map_or(0, |f| f.line) as i64))
}

fn tb_next(v: Value) -> PyResult {
    let t = tb(v)?;
    if t.index + 1 < t.frames.len() {
        return Ok(alloc(TracebackObj {
            hdr: Header::new(&TRACEBACK_TYPE),
            frames: t.frames.clone(),
            index: t.index + 1,
        }));
    }
    Ok(none_obj())
}

fn tb_frame(_v: Value) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: frame objects (tb_frame) are not supported yet".to_string()))
}

fn tb_lasti(_v: Value) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: tb_lasti is not supported (no bytecode offsets)".to_string()))
}

fn tb_dir(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    tb(v)?;
    Ok(crate::list::new_list(
        ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"].iter().map(|n| crate::str::new_str(n)).collect(),
    ))
}

pub static TRACEBACK_SPEC: TypeSpec = TypeSpec {
    methods: &[MethodDef::method("__dir__", tb_dir, Params::NoArgs)],
    getsets: &[
        GetSetDef::getset("tb_frame", tb_frame, None),
        GetSetDef::member("tb_lasti", tb_lasti, None),
        GetSetDef::getset("tb_next", tb_next, None),
        GetSetDef::member("tb_lineno", tb_lineno, None),
    ],
    ..EMPTY
};
