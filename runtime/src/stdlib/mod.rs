//! The standard-library modules the runtime provides natively: `math`, `time`,
//! `random`, `os` (with `os.path`), `io` (`StringIO`), `typing` and `collections.abc`.
//! Each is made on first import ([`native_module`]); their functions are immortal
//! statics. A stdlib module that is not here is a compile-time diagnostic (the
//! frontend's `NATIVE_MODULES` lists these names; keep the two in step).
use crate::err::*;
use crate::func::{Native, NativeFn, NativeFuncObj};
use crate::object::*;
use crate::types::*;

pub mod io;
pub mod math;
pub mod os;
pub mod random;
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
        "time" => time::module(),
        "random" => random::module(),
        "os" => os::module(),
        "os.path" | "posixpath" => os::path_module(),
        "io" => io::module(),
        "typing" => typing::module("typing"),
        "collections.abc" => typing::module("collections.abc"),
        "collections" => typing::collections_module(),
        _ => return None,
    })
}

/// A class defined natively by a stdlib module (`io.StringIO`): how it is built and
/// how its methods are called.
pub struct NativeClass {
    pub ty: &'static TypeObject,
    /// The name its error messages use (`_io.StringIO`).
    pub qualname: &'static str,
    pub new: fn(&[Value], &[Obj]) -> PyResult,
    pub methods: &'static [&'static str],
    pub call_method: fn(Value, &str, &[Value], &[Obj]) -> PyResult,
}

static CLASSES: &[&NativeClass] = &[&io::STRINGIO_CLASS];

fn class_of_type(ty: &TypeObject) -> Option<&'static NativeClass> {
    CLASSES.iter().copied().find(|c| std::ptr::eq(c.ty, ty))
}

/// `T(*args)` for a native class `T`.
pub fn construct(ty: &TypeObject, args: &[Value], kwnames: &[Obj]) -> Option<PyResult> {
    class_of_type(ty).map(|c| (c.new)(args, kwnames))
}

/// `o.name(*args)` for an instance of a native class.
pub fn call_method(o: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> Option<PyResult> {
    if !o.is_heap() {
        return None;
    }
    let c = class_of_type(o.ty())?;
    Some((c.call_method)(o, name, args, kwnames))
}

/// `o.name` for an instance of a native class: a bound method.
pub fn getattr(o: Value, name: &str) -> Option<PyResult> {
    if !o.is_heap() {
        return None;
    }
    let c = class_of_type(o.ty())?;
    Some(match c.methods.iter().find(|m| **m == name) {
        Some(m) => Ok(crate::func::new_bound_method(o.new_ref(), m)),
        None => Err(no_attribute(c, name)),
    })
}

/// `'T' object has no attribute 'name'` for a native class.
pub fn no_attribute(c: &NativeClass, name: &str) -> PyErr {
    PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{name}'", c.qualname))
}

/// An int argument of any size (`'float' object cannot be interpreted as an integer`
/// for anything else, floats included).
pub fn int_arg(v: Value) -> PyResult<num_bigint::BigInt> {
    match crate::int::to_bigint(v) {
        Some(i) => Ok(i),
        None => type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
    }
}
