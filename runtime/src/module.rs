//! Module objects and the builtin modules (`sys`).
//!
//! `sys` is created on first import and cached until exit ([`clear_cache`] drops it
//! before the leak check). Its functions are immortal native-function statics.
use crate::err::*;
use crate::func::{positional, Arity, Native, NativeFuncObj};
use crate::object::*;
use crate::types::*;

#[repr(C)]
pub struct ModuleObj {
    pub hdr: Header,
    pub name: &'static str,
    /// The module's attributes.
    pub dict: Obj,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for ModuleObj {
    fn type_object() -> &'static TypeObject {
        &MODULE_TYPE
    }
}

/// The command-line arguments, for `sys.argv`.
static ARGV: GlobalCell<Vec<String>> = GlobalCell::new(Vec::new());
/// The `sys` module once imported.
static SYS: GlobalCell<Option<Obj>> = GlobalCell::new(None);
/// The `builtins` module once made (the `__builtins__` of globals dicts).
static BUILTINS: GlobalCell<Option<Obj>> = GlobalCell::new(None);

/// Sets what `sys.argv` will hold (called by `run_main` before the program runs).
pub fn set_argv(args: Vec<String>) {
    ARGV.with_mut(|a| *a = args);
}

/// Drops the cached modules (before the leak check).
pub fn clear_cache() {
    let m = SYS.with_mut(Option::take);
    drop(m);
    let m = BUILTINS.with_mut(Option::take);
    drop(m);
}

/// `import name` for a builtin module.
pub fn import(name: &str) -> PyResult {
    match name {
        "sys" => Ok(sys_module()),
        "builtins" => Ok(builtins_module()),
        _ => Err(PyErr::new(&MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'"))),
    }
}

fn module_of(m: Value) -> PyResult<&'static ModuleObj> {
    match m.downcast::<ModuleObj>() {
        Some(x) => Ok(x),
        None => type_error(format!("expected module, got {}", m.ty().name)),
    }
}

/// `m.name`.
pub fn getattr(m: Value, name: &str) -> PyResult {
    let mo = module_of(m)?;
    let key = crate::str::new_str(name);
    match crate::dict::get_item(mo.dict.v(), key.v())? {
        Some(v) => Ok(v),
        None if mo.name == "builtins" && crate::builtins::lookup(name).is_ok() => crate::builtins::lookup(name),
        None => Err(PyErr::new(&ATTRIBUTE_ERROR, format!("module '{}' has no attribute '{name}'", mo.name))),
    }
}

/// `m.name = v`.
pub fn setattr(m: Value, name: &str, v: Value) -> PyResult<()> {
    let mo = module_of(m)?;
    crate::dict::set_item(mo.dict.v(), crate::str::new_str(name), v.new_ref())
}

/// The current value of `sys.<name>` if `sys` was imported (e.g. a reassigned
/// `sys.stdout` that `print` must honour).
pub fn sys_attr(name: &str) -> Option<Obj> {
    let sys = SYS.with_mut(|s| s.clone())?;
    getattr(sys.v(), name).ok()
}

fn new_module(name: &'static str, attrs: Vec<(&str, Obj)>) -> PyResult {
    let dict = crate::dict::new_dict();
    crate::dict::set_item(dict.v(), crate::str::new_str("__name__"), crate::str::new_str(name))?;
    for (k, v) in attrs {
        crate::dict::set_item(dict.v(), crate::str::new_str(k), v)?;
    }
    Ok(alloc(ModuleObj { hdr: Header::new(&MODULE_TYPE), name, dict }))
}

const fn native(name: &'static str, f: crate::func::NativeFn) -> NativeFuncObj {
    NativeFuncObj { hdr: Header::immortal(&BUILTIN_FUNCTION_TYPE), name, native: Native::Plain(f) }
}

static SYS_EXIT: NativeFuncObj = native("exit", sys_exit);
static SYS_GETRECURSIONLIMIT: NativeFuncObj = native("getrecursionlimit", sys_getrecursionlimit);
static SYS_SETRECURSIONLIMIT: NativeFuncObj = native("setrecursionlimit", sys_setrecursionlimit);

fn static_fn(f: &'static NativeFuncObj) -> Obj {
    Obj(Value(f as *const NativeFuncObj as u64))
}

/// The `builtins` module: its attributes are the builtins (looked up by name).
pub fn builtins_module() -> Obj {
    if let Some(m) = BUILTINS.with_mut(|s| s.clone()) {
        return m;
    }
    let m = match new_module("builtins", vec![]) {
        Ok(m) => m,
        Err(_) => return none_obj(),
    };
    BUILTINS.with_mut(|s| *s = Some(m.clone()));
    m
}

fn sys_module() -> Obj {
    if let Some(m) = SYS.with_mut(|s| s.clone()) {
        return m;
    }
    let argv = ARGV.with_mut(|a| a.clone());
    let argv = crate::list::new_list(argv.iter().map(|a| crate::str::new_str(a)).collect());
    let version_info = crate::tuple::new_tuple(vec![
        Obj::small(3),
        Obj::small(11),
        Obj::small(7),
        crate::str::new_str("final"),
        Obj::small(0),
    ]);
    let attrs = vec![
        ("argv", argv),
        ("exit", static_fn(&SYS_EXIT)),
        ("getrecursionlimit", static_fn(&SYS_GETRECURSIONLIMIT)),
        ("setrecursionlimit", static_fn(&SYS_SETRECURSIONLIMIT)),
        ("stdin", crate::io::stdin_value().new_ref()),
        ("stdout", crate::io::stdout_value().new_ref()),
        ("stderr", crate::io::stderr_value().new_ref()),
        ("__stdin__", crate::io::stdin_value().new_ref()),
        ("__stdout__", crate::io::stdout_value().new_ref()),
        ("__stderr__", crate::io::stderr_value().new_ref()),
        ("maxsize", crate::int::from_i64(i64::MAX)),
        ("maxunicode", crate::int::from_i64(0x10FFFF)),
        ("platform", crate::str::new_str("linux")),
        ("byteorder", crate::str::new_str(if cfg!(target_endian = "little") { "little" } else { "big" })),
        ("version_info", version_info),
    ];
    // Building the module only fails on unhashable keys, which these are not.
    let m = match new_module("sys", attrs) {
        Ok(m) => m,
        Err(_) => return none_obj(),
    };
    SYS.with_mut(|s| *s = Some(m.clone()));
    m
}

/// The exception `sys.exit(arg)` and `exit(arg)` raise.
pub fn system_exit(arg: Option<Value>) -> PyErr {
    match arg {
        None => PyErr::bare(&SYSTEM_EXIT),
        Some(v) if v.is_none() => PyErr::bare(&SYSTEM_EXIT),
        Some(v) if v.kind() == Kind::Tuple => PyErr(new_exc(&SYSTEM_EXIT, v.new_ref())),
        Some(v) => PyErr::with_arg(&SYSTEM_EXIT, v.new_ref()),
    }
}

fn sys_exit(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("sys.exit", Arity::Expected, args, kwnames, 0, 1)?;
    Err(system_exit(pos.first().copied()))
}

fn sys_getrecursionlimit(args: &[Value], kwnames: &[Obj]) -> PyResult {
    positional("sys.getrecursionlimit", Arity::Takes, args, kwnames, 0, 0)?;
    Ok(crate::int::from_i64(crate::program::RECURSION_LIMIT.get()))
}

fn sys_setrecursionlimit(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("sys.setrecursionlimit", Arity::Takes, args, kwnames, 1, 1)?;
    if pos[0].kind() == Kind::Float {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    let n = crate::int::index_of(pos[0], "")?;
    if n < 1 {
        return value_error("recursion limit must be greater or equal than 1");
    }
    let depth = crate::abi::pyaot_depth.get();
    if n <= depth {
        return Err(PyErr::new(
            &RECURSION_ERROR,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    crate::program::RECURSION_LIMIT.set(n);
    crate::abi::pyaot_depth_limit.set(n.min(crate::program::MAX_FRAMES));
    Ok(none_obj())
}
