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
