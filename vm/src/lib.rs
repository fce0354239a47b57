//! pyaot's bytecode VM: `eval`, `exec` and `compile` inside compiled programs, and
//! `pyaot run --vm` for whole programs.
//!
//! Source text goes through the same frontend as compiled programs (parser, scopes,
//! typed IR), then `compile.rs` turns the IR into a [`bytecode::CodeUnit`], which the
//! [`cache`] keeps, and `interp.rs` runs it on the runtime's objects. A function defined
//! by VM code is an ordinary runtime function object whose entry is [`vm_entry`], so
//! compiled code calls it like any other, and VM code calls compiled functions through
//! the same `func::call`.
//!
//! **Architecture Invariant:** the VM implements no Python operation itself: every
//! instruction calls the runtime function that AOT code calls.
pub mod bytecode;
pub mod cache;
mod compile;
mod interp;

pub use compile::compile_unit;

use bytecode::{CodeUnit, Const};
use pyaot_frontend::{DiagKind, Mode};
use pyaot_runtime::err::{self, PyErr, PyResult};
use pyaot_runtime::func::{self, FuncObj};
use pyaot_runtime::object::*;
use pyaot_runtime::types::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, OnceLock};

// ---------------------------------------------------------------------------------------
// Code objects and VM function data

/// The type of code objects (`compile()`'s result).
pub static CODE_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "code",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<CodeObj>,
    class: None,
    spec: &pyaot_runtime::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

/// A code object: a compiled unit with its constants as objects.
#[repr(C)]
pub struct CodeObj {
    pub hdr: Header,
    pub unit: Arc<CodeUnit>,
    pub consts: Vec<Obj>,
    /// Per function: its name for tracebacks (an immortal, interned str).
    pub tb_names: Vec<Value>,
    /// Per function: its file name for tracebacks (immortal, interned).
    pub tb_files: Vec<Value>,
    /// Per function: name, qualified name and tuple of parameter names.
    pub funcs: Vec<(Obj, Obj, Obj)>,
    /// Per str constant used as a global's name: where the globals dict had it, and
    /// the builtin it fell back to (immortal).
    pub global_cache: Vec<(std::cell::Cell<pyaot_runtime::dict::EntryCache>, std::cell::Cell<Value>)>,
    /// Per str constant used as an attribute name: the attribute cache of the unit's
    /// `GetAttr`/`SetAttr`/`CallMethod` instructions with that name (compiled code has
    /// one per site; here the sites of one name share one).
    pub attr_cache: Vec<pyaot_runtime::inline_cache::AttrCache>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for CodeObj {
    fn type_object() -> &'static TypeObject {
        &CODE_TYPE
    }
}

/// What a VM function runs: function `index` of `code`, with `globals`.
pub static VM_FUNC_DATA_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "vm_function_data",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<VmFuncData>,
    class: None,
    spec: &pyaot_runtime::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

#[repr(C)]
pub struct VmFuncData {
    pub hdr: Header,
    pub code: Obj,
    pub index: usize,
    pub globals: Obj,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for VmFuncData {
    fn type_object() -> &'static TypeObject {
        &VM_FUNC_DATA_TYPE
    }
}

thread_local! {
    static INTERNED: RefCell<HashMap<String, Value>> = RefCell::new(HashMap::new());
    /// Globals dicts (other than `__main__`'s) that VM functions were defined in, by
    /// address: each is in a cycle with its functions, which exit breaks.
    static FUNC_GLOBALS: RefCell<HashMap<u64, Obj>> = RefCell::new(HashMap::new());
}

fn remember_globals(globals: Value) {
    FUNC_GLOBALS.with(|m| {
        m.borrow_mut().entry(globals.0).or_insert_with(|| globals.new_ref());
    });
}

/// Empties the globals dicts functions were defined in (as CPython's finalization
/// clears module dicts), so that the leak check sees only real leaks.
fn hook_at_exit() {
    let dicts: Vec<Obj> = FUNC_GLOBALS.with(|m| m.borrow_mut().drain().map(|(_, d)| d).collect());
    for d in &dicts {
        pyaot_runtime::dict::clear(d.v());
    }
}

/// An immortal str with this text, one per distinct text (names and file names that
/// tracebacks refer to without owning them).
fn intern(s: &str) -> Value {
    INTERNED.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(v) = m.get(s) {
            return *v;
        }
        let o = pyaot_runtime::str::new_str(s);
        make_immortal(o.v());
        let v = o.into_raw();
        m.insert(s.to_string(), v);
        v
    })
}

fn const_obj(c: &Const) -> Obj {
    match c {
        Const::None => none_obj(),
        Const::Ellipsis => pyaot_runtime::ellipsis::ellipsis().new_ref(),
        Const::Bool(b) => bool_obj(*b),
        Const::Int(i) => pyaot_runtime::int::from_i64(*i),
        Const::BigInt(b) => pyaot_runtime::int::from_bigint(b.clone()),
        Const::Float(x) => pyaot_runtime::float::new_float(*x),
        Const::Complex(re, im) => pyaot_runtime::complex::new_complex(*re, *im),
        Const::Str(s) => pyaot_runtime::str::new_str(s),
        Const::Bytes(b) => pyaot_runtime::bytes::new_bytes(b.clone()),
        Const::StrTuple(items) => {
            pyaot_runtime::tuple::new_tuple(items.iter().map(|s| pyaot_runtime::str::new_str(s)).collect())
        }
        Const::Builtin(name) => pyaot_runtime::builtins::lookup(name).unwrap_or_else(|_| none_obj()),
    }
}

/// A code object for `unit`.
pub fn code_object(unit: Arc<CodeUnit>) -> Obj {
    let consts = unit.consts.iter().map(const_obj).collect();
    let tb_names = unit.funcs.iter().map(|f| intern(&f.name)).collect();
    let strs = |names: &[String]| {
        pyaot_runtime::tuple::new_tuple(names.iter().map(|p| pyaot_runtime::str::new_str(p)).collect())
    };
    let funcs = unit
        .funcs
        .iter()
        .map(|f| {
            let name = pyaot_runtime::str::new_str(&f.name);
            let qualname = pyaot_runtime::str::new_str(&f.qualname);
            let file = pyaot_runtime::str::new_str(&unit.files[f.unit as usize]);
            let doc = f.doc.as_deref().map(pyaot_runtime::str::new_str);
            let (params, varnames, freevars, cellvars) =
                (strs(&f.params), strs(&f.varnames), strs(&f.freevars), strs(&f.cellvars));
            let code = pyaot_runtime::code::new_code(&pyaot_runtime::code::CodeParts {
                name: name.v(),
                qualname: qualname.v(),
                filename: file.v(),
                firstlineno: f.line,
                params: params.v(),
                varnames: varnames.v(),
                freevars: freevars.v(),
                cellvars: cellvars.v(),
                sig: func::Sig::unpack(f.sig),
                flags: f.flags,
                doc: doc.as_ref().map_or(Value::NULL, |d| d.v()),
                _marker: std::marker::PhantomData,
            });
            (name, qualname, code)
        })
        .collect();
    let tb_files = unit.funcs.iter().map(|f| intern(&unit.files[f.unit as usize])).collect();
    let global_cache = unit.consts.iter().map(|_| (Default::default(), std::cell::Cell::new(Value::NULL))).collect();
    let attr_cache = unit.consts.iter().map(|_| Default::default()).collect();
    alloc(CodeObj { hdr: Header::new(&CODE_TYPE), unit, consts, tb_names, tb_files, funcs, global_cache, attr_cache })
}

/// What a `MakeFunction` takes off the stack.
pub(crate) struct FuncExtras {
    pub defaults: Vec<Obj>,
    pub kwdefaults: Option<Obj>,
    pub cells: Vec<Obj>,
}

/// A function object for function `fi` of `code`, defined with `globals`.
fn make_function(code: &CodeObj, code_v: Value, fi: usize, globals: Value, x: FuncExtras) -> Obj {
    let (name, qualname, fcode) = &code.funcs[fi];
    let defaults = if x.defaults.is_empty() { None } else { Some(pyaot_runtime::tuple::new_tuple(x.defaults)) };
    let closure = if x.cells.is_empty() { None } else { Some(pyaot_runtime::tuple::new_tuple(x.cells)) };
    remember_globals(globals);
    let data = alloc(VmFuncData {
        hdr: Header::new(&VM_FUNC_DATA_TYPE),
        code: code_v.new_ref(),
        index: fi,
        globals: globals.new_ref(),
    });
    let opt = |o: &Option<Obj>| o.as_ref().map_or(Value::NULL, Obj::v);
    // `__module__` is the defining globals' `__name__`, as in CPython.
    let module = pyaot_runtime::dict::get_item(globals, pyaot_runtime::str::new_str("__name__").v()).ok().flatten();
    let module = module.filter(|m| pyaot_runtime::str::as_str(m.v()).is_some());
    let parts = func::FuncParts {
        name: name.v(),
        qualname: qualname.v(),
        module: opt(&module),
        code: fcode.v(),
        defaults: opt(&defaults),
        kwdefaults: opt(&x.kwdefaults),
        closure: opt(&closure),
        sig: func::Sig::unpack(code.unit.funcs[fi].sig),
    };
    func::new_function_with(&parts, vm_entry, Some(data))
}

/// The entry of every VM function (the runtime's `ArrayEntry`): runs its bytecode.
pub extern "C" fn vm_entry(f: Value, args: *const Value) -> Value {
    let r = match f.downcast::<FuncObj>().and_then(|fo| Some((fo, fo.extra.as_ref()?.v().downcast::<VmFuncData>()?))) {
        Some((fo, data)) => {
            let n = fo.sig.total();
            // SAFETY: the runtime calls an entry with one bound argument per parameter.
            let args = if n == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(args, n) } };
            call_vm_function(fo, data, args)
        }
        None => Err(PyErr::new(&err::RUNTIME_ERROR, "bad VM function object")),
    };
    match r {
        Ok(v) => v.into_raw(),
        Err(e) => {
            err::set_pending(e);
            Value::NULL
        }
    }
}

/// Runs a VM function with its bound arguments, counting the frame against the
/// recursion limit as compiled functions do.
fn call_vm_function(fo: &FuncObj, data: &VmFuncData, args: &[Value]) -> PyResult {
    let Some(code) = data.code.v().downcast::<CodeObj>() else {
        return Err(PyErr::new(&err::RUNTIME_ERROR, "bad VM function object"));
    };
    let closure = fo.closure.as_ref().map_or(Value::NULL, Obj::v);
    let names = interp::Namespaces { globals: data.globals.v(), ns: data.globals.v(), closure };
    with_frame(|| interp::run(code, data.code.v(), data.index, &names, args))
}

fn with_frame(body: impl FnOnce() -> PyResult) -> PyResult {
    use pyaot_runtime::abi::{pyaot_depth, pyaot_depth_limit};
    let depth = pyaot_depth.get() + 1;
    if depth > pyaot_depth_limit.get() {
        return Err(err::recursion_error());
    }
    pyaot_depth.set(depth);
    let r = body();
    pyaot_depth.set(depth - 1);
    r
}

// ---------------------------------------------------------------------------------------
// Compiling source text

/// Compiled units by (source, filename, mode).
pub static CACHE: LazyLock<cache::CodeCache> = LazyLock::new(|| cache::CodeCache::new(1024));

fn mode_of(mode: &str) -> Mode {
    match mode {
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => Mode::Exec,
    }
}

/// Compiles source text into a unit (not cached). A syntax error becomes CPython's
/// SyntaxError; a construct pyaot does not support yet, NotImplementedError.
pub fn compile_source(src: &str, filename: &str, mode: &str) -> PyResult<CodeUnit> {
    match pyaot_frontend::compile_code(src, filename, mode_of(mode)) {
        Ok(m) => Ok(compile_unit(&m, filename, mode)),
        Err(diags) => {
            let d = &diags[0];
            let lines = pyaot_frontend::diag::LineIndex::new(src);
            let (line, col) = lines.line_col(src, d.span.start);
            let text = Some(lines.line_text(src, line));
            Err(match d.kind {
                DiagKind::Syntax => {
                    let ty = if d.indentation { &err::INDENTATION_ERROR } else { &err::SYNTAX_ERROR };
                    pyaot_runtime::dynamic::syntax_error(ty, &d.message, filename, line, col, text)
                }
                DiagKind::Unsupported => {
                    PyErr::new(&err::NOT_IMPLEMENTED_ERROR, format!("pyaot: {} ({filename}, line {line})", d.message))
                }
            })
        }
    }
}

fn hook_compile(src: &str, filename: &str, mode: &str) -> PyResult {
    let unit = CACHE.get_or_compile(src, filename, mode, || compile_source(src, filename, mode))?;
    Ok(code_object(unit))
}

fn hook_run(code: Value, globals: Value, locals: Value) -> PyResult {
    let Some(c) = code.downcast::<CodeObj>() else {
        return Err(PyErr::new(&err::TYPE_ERROR, "expected a code object"));
    };
    let names = interp::Namespaces { globals, ns: locals, closure: Value::NULL };
    with_frame(|| interp::run(c, code, 0, &names, &[]))
}

fn hook_is_code(v: Value) -> bool {
    v.downcast::<CodeObj>().is_some()
}

/// Installs the VM behind the runtime's eval/exec/compile.
pub fn install() {
    pyaot_runtime::dynamic::install(pyaot_runtime::dynamic::Hooks {
        compile: hook_compile,
        run: hook_run,
        is_code: hook_is_code,
        at_exit: hook_at_exit,
    });
}

/// Called by executables that use eval/exec/compile before their module body runs.
#[no_mangle]
pub extern "C" fn pyaot_vm_init() {
    install();
}

// ---------------------------------------------------------------------------------------
// Whole programs (`pyaot run --vm`)

/// A whole program: its code, and per module (the main one first) the name, file,
/// source text, body function and whether it is a package.
struct Program {
    unit: Arc<CodeUnit>,
    modules: Vec<(String, String, String, usize, bool)>,
}

static MAIN: OnceLock<Program> = OnceLock::new();

/// Runs a whole program on the VM; returns its exit status. `tb_file` is the file name
/// tracebacks show.
pub fn run_program(module: &pyaot_frontend::ir::Module, tb_file: &str, args: Vec<String>) -> i32 {
    install();
    let unit = compile_unit(module, tb_file, "exec");
    let modules = module
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let file = if i == 0 { tb_file.to_string() } else { u.path.clone() };
            (u.name.clone(), file, u.source.clone(), u.body.0 as usize, u.is_package)
        })
        .collect();
    if MAIN.set(Program { unit: Arc::new(unit), modules }).is_err() {
        return 70;
    }
    pyaot_runtime::program::run_main(args, main_body)
}

extern "C" fn main_body() -> Value {
    let Some(p) = MAIN.get() else { return Value::NULL };
    let code = code_object(p.unit.clone());
    for (i, (name, file, src, body, package)) in p.modules.iter().enumerate() {
        err::register_source(intern(file), intern(src));
        if i > 0 {
            // An imported module's body runs with the module's dict as its globals.
            let (code, body) = (code.clone(), *body);
            let run = move |dict: Value| -> PyResult<()> {
                let c = code.v().downcast::<CodeObj>().expect("a code object");
                let names = interp::Namespaces { globals: dict, ns: dict, closure: Value::NULL };
                interp::run(c, code.v(), body, &names, &[]).map(drop)
            };
            pyaot_runtime::module::register(name, file, *package, pyaot_runtime::module::Body::Hook(Box::new(run)));
        }
    }
    let globals = pyaot_runtime::dynamic::main_globals();
    let names = interp::Namespaces { globals: globals.v(), ns: globals.v(), closure: Value::NULL };
    // The module body is the first frame (run_main counted it).
    let Some(c) = code.v().downcast::<CodeObj>() else { return Value::NULL };
    match interp::run(c, code.v(), 0, &names, &[]) {
        Ok(v) => v.into_raw(),
        Err(e) => {
            err::set_pending(e);
            Value::NULL
        }
    }
}
