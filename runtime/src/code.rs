//! Code objects (`f.__code__`): what a function's definition says about it — its name,
//! file and first line, parameter and local names, flags and docstring. One immortal code
//! object per function definition is made by generated code when the module starts
//! (`rt_code_new`), or by the VM for the functions of a code unit; every function object
//! made from that definition shares it. The body itself stays machine code or bytecode:
//! `co_code` and what depends on bytecode are not provided.
use crate::err::*;
use crate::object::*;
use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, EMPTY};
use crate::types::*;

#[repr(C)]
pub struct CodeObj {
    pub hdr: Header,
    pub name: Obj,
    pub qualname: Obj,
    pub filename: Obj,
    pub firstlineno: u32,
    /// Parameter names in CPython's order (the binding of calls reads them).
    pub params: Obj,
    pub varnames: Obj,
    pub freevars: Obj,
    pub cellvars: Obj,
    pub sig: crate::func::Sig,
    pub flags: u32,
    /// The docstring, or None.
    pub doc: Obj,
}

// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for CodeObj {
    fn type_object() -> &'static TypeObject {
        &CODE_TYPE
    }
}

pub static CODE_TYPE: TypeObject =
    TypeObject::builtin("code", Kind::Other, Some(&OBJECT_TYPE), dealloc_payload::<CodeObj>, &SPEC);

/// What a code object is made of.
pub struct CodeParts<'a> {
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    pub params: Value,
    pub varnames: Value,
    pub freevars: Value,
    pub cellvars: Value,
    pub sig: crate::func::Sig,
    pub flags: u32,
    /// The docstring, or 0 for none.
    pub doc: Value,
    pub _marker: std::marker::PhantomData<&'a ()>,
}

/// A new code object.
pub fn new_code(p: &CodeParts) -> Obj {
    let or_empty = |v: Value| if v.is_null() { crate::tuple::new_tuple(Vec::new()) } else { v.new_ref() };
    alloc(CodeObj {
        hdr: Header::new(&CODE_TYPE),
        name: p.name.new_ref(),
        qualname: p.qualname.new_ref(),
        filename: p.filename.new_ref(),
        firstlineno: p.firstlineno,
        params: or_empty(p.params),
        varnames: or_empty(p.varnames),
        freevars: or_empty(p.freevars),
        cellvars: or_empty(p.cellvars),
        sig: p.sig,
        flags: p.flags,
        doc: if p.doc.is_null() { none_obj() } else { p.doc.new_ref() },
    })
}

/// A code object for a function the runtime makes (no file, no body of Python code).
pub fn synthetic(name: &str, qualname: &str, params: Obj, sig: crate::func::Sig) -> Obj {
    let name = crate::str::new_str(name);
    let qualname = crate::str::new_str(qualname);
    let file = crate::str::new_str("<pyaot>");
    new_code(&CodeParts {
        name: name.v(),
        qualname: qualname.v(),
        filename: file.v(),
        firstlineno: 1,
        params: params.v(),
        varnames: params.v(),
        freevars: Value::NULL,
        cellvars: Value::NULL,
        sig,
        flags: 0x3,
        doc: Value::NULL,
        _marker: std::marker::PhantomData,
    })
}

/// `v` as a code object.
pub fn as_code(v: Value) -> Option<&'static CodeObj> {
    v.downcast::<CodeObj>()
}

fn code(v: Value) -> PyResult<&'static CodeObj> {
    as_code(v).map_or_else(|| type_error("descriptor requires a 'code' object"), Ok)
}

fn co_name(v: Value) -> PyResult {
    Ok(code(v)?.name.clone())
}
fn co_qualname(v: Value) -> PyResult {
    Ok(code(v)?.qualname.clone())
}
fn co_filename(v: Value) -> PyResult {
    Ok(code(v)?.filename.clone())
}
fn co_firstlineno(v: Value) -> PyResult {
    Ok(crate::int::from_i64(code(v)?.firstlineno as i64))
}
fn co_varnames(v: Value) -> PyResult {
    Ok(code(v)?.varnames.clone())
}
fn co_freevars(v: Value) -> PyResult {
    Ok(code(v)?.freevars.clone())
}
fn co_cellvars(v: Value) -> PyResult {
    Ok(code(v)?.cellvars.clone())
}
fn co_argcount(v: Value) -> PyResult {
    Ok(crate::int::from_i64(code(v)?.sig.argcount as i64))
}
fn co_posonlyargcount(v: Value) -> PyResult {
    Ok(crate::int::from_i64(code(v)?.sig.posonly as i64))
}
fn co_kwonlyargcount(v: Value) -> PyResult {
    Ok(crate::int::from_i64(code(v)?.sig.kwonly as i64))
}
fn co_nlocals(v: Value) -> PyResult {
    Ok(crate::int::from_i64(crate::tuple::items(code(v)?.varnames.v()).len() as i64))
}
fn co_flags(v: Value) -> PyResult {
    Ok(crate::int::from_i64(code(v)?.flags as i64))
}
fn bytecode_only(_v: Value) -> PyResult {
    Err(PyErr::new(
        &NOT_IMPLEMENTED_ERROR,
        "pyaot: the bytecode of compiled functions (co_code, co_consts, co_names, …) is not available".to_string(),
    ))
}

fn code_repr(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let c = code(v)?;
    Ok(crate::str::new_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        crate::str::as_str(c.name.v()).unwrap_or("?"),
        v.0,
        crate::str::as_str(c.filename.v()).unwrap_or("?"),
        c.firstlineno
    )))
}

fn code_replace(_v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: code.replace() is not supported yet".to_string()))
}

static SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", code_repr, Params::NoArgs),
        MethodDef::method("replace", code_replace, Params::Any),
    ],
    getsets: &[
        GetSetDef::member("co_argcount", co_argcount, None),
        GetSetDef::member("co_posonlyargcount", co_posonlyargcount, None),
        GetSetDef::member("co_kwonlyargcount", co_kwonlyargcount, None),
        GetSetDef::member("co_stacksize", bytecode_only, None),
        GetSetDef::member("co_flags", co_flags, None),
        GetSetDef::member("co_nlocals", co_nlocals, None),
        GetSetDef::member("co_consts", bytecode_only, None),
        GetSetDef::member("co_names", bytecode_only, None),
        GetSetDef::member("co_filename", co_filename, None),
        GetSetDef::member("co_name", co_name, None),
        GetSetDef::member("co_qualname", co_qualname, None),
        GetSetDef::member("co_firstlineno", co_firstlineno, None),
        GetSetDef::member("co_linetable", bytecode_only, None),
        GetSetDef::member("co_exceptiontable", bytecode_only, None),
        GetSetDef::getset("co_varnames", co_varnames, None),
        GetSetDef::getset("co_cellvars", co_cellvars, None),
        GetSetDef::getset("co_freevars", co_freevars, None),
        GetSetDef::getset("co_code", bytecode_only, None),
    ],
    ..EMPTY
};
