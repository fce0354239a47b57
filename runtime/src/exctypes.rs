//! What the builtin exception types declare (see `typeobj.rs`): `BaseException`'s
//! methods and attributes (`args`, `__cause__`, `with_traceback`, `add_note`, …) and the
//! members of the types that have their own (`StopIteration.value`, `SystemExit.code`,
//! `OSError.errno`, `SyntaxError.lineno`, `ImportError.name`, `AttributeError.obj`, …).
//!
//! A member set by a program (`e.value = 5`) is kept in the exception's hidden member
//! dict; until then it reads what CPython's `__init__` would have stored, from `args`.
use crate::err::*;
use crate::func::Arity;
use crate::object::*;
use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, BASETYPE, EMPTY};
use crate::types::*;

fn exc(v: Value) -> PyResult<&'static ExcObj> {
    exc_ref(v).map_or_else(
        || type_error(format!("descriptor requires a 'BaseException' object but received a '{}'", v.ty().name)),
        Ok,
    )
}

/// `T.__new__(cls, *args)`: an exception of class `cls` with `args` (keywords are left to
/// `__init__`).
fn exc_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, _) = crate::func::split_args(args, kwnames);
    Ok(new_exc_args(cls, pos.iter().map(|a| a.new_ref()).collect()))
}

fn with_traceback(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    traceback_set(v, Some(a[0]))?;
    Ok(v.new_ref())
}

fn add_note(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let e = exc(v)?;
    if crate::str::as_str(a[0]).is_none() {
        return type_error(format!("note must be a str, not '{}'", a[0].ty().name));
    }
    let key = crate::str::intern("__notes__");
    let notes = match crate::dict::get_name(e.dict(), key.v()) {
        Some(n) => n,
        None => {
            let l = crate::list::new_list(Vec::new());
            crate::dict::set_item(e.dict(), key, l.clone())?;
            l
        }
    };
    if notes.v().kind() != Kind::List {
        return type_error("Cannot add note: __notes__ is not a list");
    }
    crate::list::list_of(notes.v())?.items().push(a[0].new_ref());
    Ok(none_obj())
}

fn not_supported(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: pickling exceptions is not supported yet".to_string()))
}

fn args_get(v: Value) -> PyResult {
    Ok(exc(v)?.args_obj().clone())
}

fn args_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let e = exc(v)?;
    let Some(to) = to else { return type_error("args may not be deleted") };
    let t = if to.is(&TUPLE_TYPE) { to.new_ref() } else { crate::tuple::new_tuple(crate::iter::collect(to)?) };
    e.set_args(t);
    Ok(())
}

fn traceback_get(v: Value) -> PyResult {
    Ok(traceback_of(exc(v)?))
}

fn traceback_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let e = exc(v)?;
    match to {
        None => type_error("__traceback__ may not be deleted"),
        Some(t) if t.is_none() => {
            e.tb().clear();
            Ok(())
        }
        Some(t) if t.is(&TRACEBACK_TYPE) => match t.downcast::<TracebackObj>() {
            Some(tb) => {
                let mut frames: Vec<TbFrame> = tb.frames[tb.index..].to_vec();
                frames.reverse();
                *e.tb() = frames;
                Ok(())
            }
            None => type_error("__traceback__ must be a traceback or None"),
        },
        Some(_) => type_error("__traceback__ must be a traceback or None"),
    }
}

fn opt(o: &Option<Obj>) -> Obj {
    o.clone().unwrap_or_else(none_obj)
}

/// An exception or None, for `__cause__`/`__context__` (`what` names it in the error).
fn exc_or_none(to: Option<Value>, what: &str) -> PyResult<Option<Obj>> {
    match to {
        None => type_error(format!("{what} may not be deleted")),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if exc_ref(v).is_some() => Ok(Some(v.new_ref())),
        Some(_) => type_error(format!("exception {what} must be None or derive from BaseException")),
    }
}

fn cause_get(v: Value) -> PyResult {
    Ok(opt(exc(v)?.cause()))
}

fn cause_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let e = exc(v)?;
    let c = exc_or_none(to, "cause")?;
    *e.cause() = c;
    e.suppress_context.set(true);
    Ok(())
}

fn context_get(v: Value) -> PyResult {
    Ok(opt(exc(v)?.context()))
}

fn context_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let e = exc(v)?;
    let c = exc_or_none(to, "context")?;
    *e.context() = c;
    Ok(())
}

fn suppress_get(v: Value) -> PyResult {
    Ok(bool_obj(exc(v)?.suppress_context.get()))
}

fn suppress_set(v: Value, to: Option<Value>) -> PyResult<()> {
    let e = exc(v)?;
    match to {
        Some(t) => {
            e.suppress_context.set(crate::ops::is_true(t)?);
            Ok(())
        }
        None => type_error("can't delete attribute"),
    }
}

fn dict_get(v: Value) -> PyResult {
    Ok(exc(v)?.dict().new_ref())
}

pub static BASE_EXCEPTION_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__str__", crate::slots::exc_str, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__setattr__", crate::objtype::object_setattr_slot, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::slot("__delattr__", crate::objtype::object_delattr_slot, Params::One),
        MethodDef::slot("__init__", crate::slots::exc_init, Params::Any),
        MethodDef::method("__reduce__", not_supported, Params::NoArgs),
        MethodDef::method("__setstate__", not_supported, Params::One),
        MethodDef::method("with_traceback", with_traceback, Params::One),
        MethodDef::method("add_note", add_note, Params::One),
    ],
    getsets: &[
        GetSetDef::member("__suppress_context__", suppress_get, Some(suppress_set)),
        GetSetDef::getset("__dict__", dict_get, None),
        GetSetDef::getset("args", args_get, Some(args_set)),
        GetSetDef::getset("__traceback__", traceback_get, Some(traceback_set)),
        GetSetDef::getset("__context__", context_get, Some(context_set)),
        GetSetDef::getset("__cause__", cause_get, Some(cause_set)),
    ],
    new: Some(exc_new),
    flags: BASETYPE,
    ..EMPTY
};

/// What every other builtin exception type declares: its own `__new__` and `__init__`.
pub static EXC_SPEC: TypeSpec = TypeSpec {
    methods: &[MethodDef::slot("__init__", crate::slots::exc_init, Params::Any)],
    new: Some(exc_new),
    flags: BASETYPE,
    ..EMPTY
};

// ---------------------------------------------------------------------------------------
// Members of particular exception types.

/// The member `name` of `e` as set by the program (None: never set).
fn member(e: &ExcObj, name: &str) -> Option<Obj> {
    let m = e.members()?;
    crate::dict::get_name(m, crate::str::intern(name).v())
}

fn set_member(v: Value, name: &str, to: Option<Value>) -> PyResult<()> {
    let e = exc(v)?;
    let to = to.unwrap_or_else(none);
    crate::dict::set_item(e.members_or_new(), crate::str::intern(name), to.new_ref())
}

fn arg0_or_none(e: &ExcObj) -> Obj {
    e.args().first().cloned().unwrap_or_else(none_obj)
}

macro_rules! member_fns {
    ($get:ident, $set:ident, $name:literal, $default:expr) => {
        fn $get(v: Value) -> PyResult {
            let e = exc(v)?;
            let default: fn(&ExcObj) -> Obj = $default;
            Ok(member(e, $name).unwrap_or_else(|| default(e)))
        }
        fn $set(v: Value, to: Option<Value>) -> PyResult<()> {
            set_member(v, $name, to)
        }
    };
}

member_fns!(value_get, value_set, "value", arg0_or_none);
member_fns!(code_get, code_set, "code", |e| match e.args().len() {
    0 => none_obj(),
    1 => e.args()[0].clone(),
    _ => e.args_obj().clone(),
});
member_fns!(name_get, name_set, "name", |_| none_obj());
member_fns!(obj_get, obj_set, "obj", |_| none_obj());
member_fns!(path_get, path_set, "path", |_| none_obj());
member_fns!(import_msg_get, import_msg_set, "msg", |e| if e.args().len() == 1 {
    e.args()[0].clone()
} else {
    none_obj()
});
member_fns!(chars_written_get, chars_written_set, "characters_written", |_| none_obj());

fn os_field(v: Value, name: &'static str) -> PyResult {
    let e = exc(v)?;
    if let Some(m) = member(e, name) {
        return Ok(m);
    }
    Ok(os_error_attr(e, name).unwrap_or_else(none_obj))
}
fn errno_get(v: Value) -> PyResult {
    os_field(v, "errno")
}
fn errno_set(v: Value, to: Option<Value>) -> PyResult<()> {
    set_member(v, "errno", to)
}
fn strerror_get(v: Value) -> PyResult {
    os_field(v, "strerror")
}
fn strerror_set(v: Value, to: Option<Value>) -> PyResult<()> {
    set_member(v, "strerror", to)
}
fn filename_get(v: Value) -> PyResult {
    os_field(v, "filename")
}
fn filename_set(v: Value, to: Option<Value>) -> PyResult<()> {
    set_member(v, "filename", to)
}
fn filename2_get(v: Value) -> PyResult {
    os_field(v, "filename2")
}
fn filename2_set(v: Value, to: Option<Value>) -> PyResult<()> {
    set_member(v, "filename2", to)
}

fn syntax_field(v: Value, name: &'static str) -> PyResult {
    let e = exc(v)?;
    if let Some(m) = member(e, name) {
        return Ok(m);
    }
    Ok(crate::dynamic::syntax_error_attr(e, name).unwrap_or_else(none_obj))
}
macro_rules! syntax_fns {
    ($get:ident, $set:ident, $name:literal) => {
        fn $get(v: Value) -> PyResult {
            syntax_field(v, $name)
        }
        fn $set(v: Value, to: Option<Value>) -> PyResult<()> {
            set_member(v, $name, to)
        }
    };
}
syntax_fns!(msg_get, msg_set, "msg");
syntax_fns!(sfilename_get, sfilename_set, "filename");
syntax_fns!(lineno_get, lineno_set, "lineno");
syntax_fns!(offset_get, offset_set, "offset");
syntax_fns!(text_get, text_set, "text");
syntax_fns!(end_lineno_get, end_lineno_set, "end_lineno");
syntax_fns!(end_offset_get, end_offset_set, "end_offset");
syntax_fns!(print_file_get, print_file_set, "print_file_and_line");

pub static STOP_ITERATION_SPEC: TypeSpec = TypeSpec {
    methods: &[MethodDef::slot("__init__", crate::slots::exc_init, Params::Any)],
    getsets: &[GetSetDef::member("value", value_get, Some(value_set))],
    flags: BASETYPE,
    ..EMPTY
};

pub static SYSTEM_EXIT_SPEC: TypeSpec = TypeSpec {
    methods: &[MethodDef::slot("__init__", crate::slots::exc_init, Params::Any)],
    getsets: &[GetSetDef::member("code", code_get, Some(code_set))],
    flags: BASETYPE,
    ..EMPTY
};

/// `OSError.__init__`: `__new__` already parsed `(errno, strerror, filename, …)`.
fn os_error_init(v: Value, _args: &[Value], kwnames: &[Obj]) -> PyResult {
    if !kwnames.is_empty() {
        return type_error(format!("{}() takes no keyword arguments", v.ty().name));
    }
    Ok(none_obj())
}

pub static OS_ERROR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__str__", crate::slots::exc_str, Params::NoArgs),
        MethodDef::slot("__init__", os_error_init, Params::Any),
        MethodDef::method("__reduce__", not_supported, Params::NoArgs),
    ],
    getsets: &[
        GetSetDef::member("errno", errno_get, Some(errno_set)),
        GetSetDef::member("strerror", strerror_get, Some(strerror_set)),
        GetSetDef::member("filename", filename_get, Some(filename_set)),
        GetSetDef::member("filename2", filename2_get, Some(filename2_set)),
        GetSetDef::getset("characters_written", chars_written_get, Some(chars_written_set)),
    ],
    new: Some(exc_new),
    flags: BASETYPE,
    ..EMPTY
};

pub static SYNTAX_ERROR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__str__", crate::slots::exc_str, Params::NoArgs),
        MethodDef::slot("__init__", crate::slots::exc_init, Params::Any),
    ],
    getsets: &[
        GetSetDef::member("msg", msg_get, Some(msg_set)),
        GetSetDef::member("filename", sfilename_get, Some(sfilename_set)),
        GetSetDef::member("lineno", lineno_get, Some(lineno_set)),
        GetSetDef::member("offset", offset_get, Some(offset_set)),
        GetSetDef::member("text", text_get, Some(text_set)),
        GetSetDef::member("end_lineno", end_lineno_get, Some(end_lineno_set)),
        GetSetDef::member("end_offset", end_offset_get, Some(end_offset_set)),
        GetSetDef::member("print_file_and_line", print_file_get, Some(print_file_set)),
    ],
    flags: BASETYPE,
    ..EMPTY
};

/// `__init__(self, *args, name=None, ...)` of the exception types that take keyword
/// members (`ImportError(msg, name=..., path=...)`, `AttributeError(name=..., obj=...)`).
fn init_with_members(v: Value, args: &[Value], kwnames: &[Obj], allowed: &[&str]) -> PyResult {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    for (i, n) in kw.names.iter().enumerate() {
        let k = crate::str::as_str(n.v()).unwrap_or("");
        if !allowed.contains(&k) {
            return type_error(format!("'{k}' is an invalid keyword argument for {}()", v.ty().name));
        }
        set_member(v, allowed[allowed.iter().position(|a| *a == k).unwrap_or(0)], Some(kw.vals[i]))?;
    }
    crate::slots::exc_init(v, pos, &[])
}
fn import_error_init(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    init_with_members(v, args, kwnames, &["name", "path"])
}
fn name_error_init(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    init_with_members(v, args, kwnames, &["name"])
}
fn attribute_error_init(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    init_with_members(v, args, kwnames, &["name", "obj"])
}

pub static IMPORT_ERROR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__str__", crate::slots::exc_str, Params::NoArgs),
        MethodDef::slot("__init__", import_error_init, Params::Any),
        MethodDef::method("__reduce__", not_supported, Params::NoArgs),
    ],
    getsets: &[
        GetSetDef::member("msg", import_msg_get, Some(import_msg_set)),
        GetSetDef::member("name", name_get, Some(name_set)),
        GetSetDef::member("path", path_get, Some(path_set)),
    ],
    flags: BASETYPE,
    ..EMPTY
};

pub static NAME_ERROR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__str__", crate::slots::exc_str, Params::NoArgs),
        MethodDef::slot("__init__", name_error_init, Params::Any),
    ],
    getsets: &[GetSetDef::member("name", name_get, Some(name_set))],
    flags: BASETYPE,
    ..EMPTY
};

pub static ATTRIBUTE_ERROR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__str__", crate::slots::exc_str, Params::NoArgs),
        MethodDef::slot("__init__", attribute_error_init, Params::Any),
    ],
    getsets: &[GetSetDef::member("name", name_get, Some(name_set)), GetSetDef::member("obj", obj_get, Some(obj_set))],
    flags: BASETYPE,
    ..EMPTY
};

pub static KEY_ERROR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__str__", crate::slots::exc_str, Params::NoArgs),
        MethodDef::slot("__init__", crate::slots::exc_init, Params::Any),
    ],
    flags: BASETYPE,
    ..EMPTY
};

/// The subclasses CPython declares with only their base's `__init__` (`FileNotFoundError`,
/// `ModuleNotFoundError`, `IndentationError`, `UnboundLocalError`, …).
pub static OS_SUBCLASS_SPEC: TypeSpec =
    TypeSpec { methods: &[MethodDef::slot("__init__", os_error_init, Params::Any)], flags: BASETYPE, ..EMPTY };
pub static IMPORT_SUBCLASS_SPEC: TypeSpec =
    TypeSpec { methods: &[MethodDef::slot("__init__", import_error_init, Params::Any)], flags: BASETYPE, ..EMPTY };
pub static NAME_SUBCLASS_SPEC: TypeSpec =
    TypeSpec { methods: &[MethodDef::slot("__init__", name_error_init, Params::Any)], flags: BASETYPE, ..EMPTY };
pub static SYNTAX_SUBCLASS_SPEC: TypeSpec =
    TypeSpec { methods: &[MethodDef::slot("__init__", crate::slots::exc_init, Params::Any)], flags: BASETYPE, ..EMPTY };
