//! The standard-library modules the runtime provides natively: `math`, `cmath`, `time`,
//! `random`, `os` (with `os.path`), `io` (`StringIO`, and the text files of `open`
//! in `textfile`), `array`, `typing`, `collections.abc`, `dataclasses` and `enum`.
//! Each is made on first import ([`native_module`]); their functions are immortal
//! statics. A stdlib module that is not here is a compile-time diagnostic (the
//! frontend's `NATIVE_MODULES` lists these names; keep the two in step).
use crate::err::*;
use crate::func::{Native, NativeFn, NativeFuncObj};
use crate::object::*;
use crate::ops::{BinOp, CmpOp};
use crate::types::*;

pub mod array;
pub mod cmath;
pub mod codec;
pub mod dataclasses;
#[path = "enum.rs"]
pub mod enum_;
pub mod io;
pub mod math;
pub mod os;
pub mod random;
pub mod textfile;
pub mod time;
pub mod typing;

/// A module's functions, as immortal statics.
pub type NativeTable<const N: usize> = [NativeFuncObj; N];

pub const fn native(name: &'static str, f: NativeFn) -> NativeFuncObj {
    NativeFuncObj { hdr: Header::immortal(&BUILTIN_FUNCTION_TYPE), name, native: Native::Plain(f) }
}

/// The attributes for a table of functions.
pub fn functions(table: &'static [NativeFuncObj]) -> Vec<(&'static str, Obj)> {
    table.iter().map(|f| (f.name, Obj(Value(f as *const NativeFuncObj as u64)))).collect()
}

/// A stdlib module, made on import (None: not provided natively).
pub fn native_module(name: &str) -> Option<PyResult> {
    Some(match name {
        "math" => math::module(),
        "cmath" => cmath::module(),
        "time" => time::module(),
        "random" => random::module(),
        "os" => os::module(),
        "os.path" | "posixpath" => os::path_module(),
        "io" => io::module(),
        "array" => array::module(),
        "typing" => typing::module("typing"),
        "collections.abc" => typing::module("collections.abc"),
        "collections" => typing::collections_module(),
        "dataclasses" => dataclasses::module(),
        "enum" => enum_::module(),
        _ => return None,
    })
}

/// A class defined natively by a stdlib module (`io.StringIO`, `array.array`): how it is
/// built, how its methods are called, and the optional hooks through which `ops`,
/// `builtins`, `iter` and `hash` treat its instances (None: the default behaviour).
pub struct NativeClass {
    pub ty: &'static TypeObject,
    /// The name its error messages use (`_io.StringIO`).
    pub qualname: &'static str,
    pub new: fn(&[Value], &[Obj]) -> PyResult,
    pub methods: &'static [&'static str],
    pub call_method: fn(Value, &str, &[Value], &[Obj]) -> PyResult,
    /// Data attributes (`array.typecode`): None when `name` is not one of them.
    pub attr: Option<fn(Value, &str) -> Option<PyResult>>,
    /// `repr(o)` (default: `<T object at 0x…>`).
    pub repr: Option<fn(Value) -> PyResult<String>>,
    /// Comparisons; a class with them is unhashable (as a Python class defining `__eq__`).
    pub compare: Option<CompareFn>,
    pub binop: Option<BinopFn>,
    /// `len`, subscripts, iteration, `in`, `reversed` and truth, for sequences.
    pub seq: Option<SeqProtocol>,
    /// Instances that are their own iterators (files).
    pub iter: Option<IterProtocol>,
}

/// The iterator hooks of a native class whose instances are their own iterators.
#[derive(Clone, Copy)]
pub struct IterProtocol {
    /// What `iter(o)` checks before it returns `o` itself.
    pub check: fn(Value) -> PyResult<()>,
    /// `next(o)`: None when exhausted.
    pub next: fn(Value) -> PyResult<Option<Obj>>,
}

/// `a op b` with an instance of the class on either side; Ok(None) is NotImplemented.
pub type CompareFn = fn(CmpOp, Value, Value) -> PyResult<Option<bool>>;

/// `a op b` (`a op= b` when the flag is set; `a` is then the instance) with an instance
/// of the class on either side; Ok(None) is NotImplemented.
pub type BinopFn = fn(BinOp, Value, Value, bool) -> PyResult<Option<Obj>>;

/// The sequence hooks of a native class.
#[derive(Clone, Copy)]
pub struct SeqProtocol {
    pub len: fn(Value) -> usize,
    /// Item `i`, None past the end. Iteration and `in` fetch items one index at a time,
    /// so the sequence may change meanwhile. Runs no Python code (iterators call it
    /// while they hold their state).
    pub item: fn(Value, usize) -> Option<Obj>,
    /// `o[k]`, `o[k] = v`, `del o[k]` (ints and slices; the class words the errors).
    pub getitem: fn(Value, Value) -> PyResult,
    pub setitem: fn(Value, Value, Value) -> PyResult<()>,
    pub delitem: fn(Value, Value) -> PyResult<()>,
}

static CLASSES: &[&NativeClass] = &[
    &io::STRINGIO_CLASS,
    &array::ARRAY_CLASS,
    &textfile::FILE_CLASS,
    &dataclasses::FIELD_CLASS,
    &dataclasses::FACTORY_CLASS,
];

fn class_of_type(ty: &TypeObject) -> Option<&'static NativeClass> {
    CLASSES.iter().copied().find(|c| std::ptr::eq(c.ty, ty))
}

/// The native class of instance `o`, if it is an instance of one.
#[inline]
pub fn class_of(o: Value) -> Option<&'static NativeClass> {
    if o.is_heap() && o.kind() == Kind::Other {
        class_of_type(o.ty())
    } else {
        None
    }
}

/// `T(*args)` for a native class `T`.
pub fn construct(ty: &TypeObject, args: &[Value], kwnames: &[Obj]) -> Option<PyResult> {
    class_of_type(ty).map(|c| (c.new)(args, kwnames))
}

/// `o.name(*args)` for an instance of a native class.
pub fn call_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> Option<PyResult> {
    let c = class_of(o)?;
    Some((c.call_method)(o, name, args, kwnames))
}

/// `o.name` for an instance of a native class: a data attribute or a bound method.
pub fn getattr(o: Value, name: &str) -> Option<PyResult> {
    let c = class_of(o)?;
    if let Some(r) = c.attr.and_then(|attr| attr(o, name)) {
        return Some(r);
    }
    Some(match c.methods.iter().find(|m| **m == name) {
        Some(m) => Ok(crate::func::new_bound_method(o.new_ref(), m)),
        None => Err(no_attribute(c, name)),
    })
}

/// `o.name = v` for an instance of a native class: its attributes are read-only.
pub fn setattr(o: Value, name: &str) -> Option<PyErr> {
    let c = class_of(o)?;
    let q = c.qualname;
    Some(if c.attr.and_then(|attr| attr(o, name)).is_some() {
        PyErr::new(&ATTRIBUTE_ERROR, format!("attribute '{name}' of '{q}' objects is not writable"))
    } else if c.methods.contains(&name) {
        PyErr::new(&ATTRIBUTE_ERROR, format!("'{q}' object attribute '{name}' is read-only"))
    } else {
        no_attribute(c, name)
    })
}

/// `repr(o)` for an instance of a native class with a repr hook.
pub fn repr(o: Value) -> Option<PyResult<String>> {
    class_of(o)?.repr.map(|r| r(o))
}

/// The sequence hooks of `o`'s native class, if it has them.
#[inline]
pub fn seq(o: Value) -> Option<SeqProtocol> {
    class_of(o)?.seq
}

/// The iterator hooks of `o`'s native class, if its instances are iterators.
#[inline]
pub fn iter_protocol(o: Value) -> Option<IterProtocol> {
    class_of(o)?.iter
}

/// Item `i` of a native sequence (None past its end or for other values).
pub fn seq_item(o: Value, i: usize) -> Option<Obj> {
    seq(o).and_then(|s| (s.item)(o, i))
}

/// `a op b` when either side is an instance of a native class that compares: `a`'s
/// hook first, then `b`'s with the operands swapped (None: neither applies).
pub fn compare(op: CmpOp, a: Value, b: Value) -> Option<PyResult<bool>> {
    if let Some(f) = class_of(a).and_then(|c| c.compare) {
        match f(op, a, b) {
            Ok(None) => {}
            r => return r.transpose(),
        }
    }
    if let Some(f) = class_of(b).and_then(|c| c.compare) {
        let swapped = match op {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        };
        match f(swapped, b, a) {
            Ok(None) => {}
            r => return r.transpose(),
        }
    }
    None
}

/// Does `o`'s native class compare by value (and so refuse `hash`)?
pub fn has_value_compare(o: Value) -> bool {
    class_of(o).is_some_and(|c| c.compare.is_some())
}

/// `a op b` (`a op= b` when `inplace`) when either side is an instance of a native class
/// with operators: `a`'s hook first, then `b`'s (None: neither applies).
pub fn binop(op: BinOp, a: Value, b: Value, inplace: bool) -> Option<PyResult> {
    if let Some(f) = class_of(a).and_then(|c| c.binop) {
        match f(op, a, b, inplace) {
            Ok(None) => {}
            r => return r.transpose(),
        }
    }
    if let Some(f) = class_of(b).and_then(|c| c.binop) {
        match f(op, a, b, false) {
            Ok(None) => {}
            r => return r.transpose(),
        }
    }
    if op == BinOp::BitOr {
        return typing::union(a, b);
    }
    None
}

/// `'T' object has no attribute 'name'` for a native class.
pub fn no_attribute(c: &NativeClass, name: &str) -> PyErr {
    PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{name}'", c.qualname))
}

/// An int argument of any size (`'float' object cannot be interpreted as an integer`
/// for anything else, floats included).
pub fn int_arg(v: Value) -> PyResult<num_bigint::BigInt> {
    if let Some(i) = crate::int::index_dunder(v) {
        return Ok(crate::int::to_bigint(i?.v()).unwrap_or_default());
    }
    match crate::int::to_bigint(v) {
        Some(i) => Ok(i),
        None => type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
    }
}
