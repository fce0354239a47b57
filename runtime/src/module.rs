//! Module objects, the import system and the builtin modules (`sys`).
//!
//! Every module a program imports is known before it runs: the modules compiled into
//! it register themselves ([`register`]) and the native ones are listed in
//! [`native_module`]. `import` runs a module's body once, on first import, and caches
//! the module until exit ([`clear_cache`] drops them all before the leak check), as
//! `sys.modules` does. Native functions are immortal statics.
use crate::err::*;
use crate::func::{positional, Arity};
use crate::object::*;
use crate::types::*;
use std::cell::Cell;

#[repr(C)]
pub struct ModuleObj {
    pub hdr: Header,
    pub name: String,
    /// The module's attributes (for a compiled module: those that are not its globals).
    pub dict: Obj,
    /// A compiled module's globals live in the program's slots, not in `dict`.
    pub statics: Option<Statics>,
    /// The file it was loaded from (None: built in).
    pub file: Option<String>,
    /// Its body is still running (a circular import sees it partly initialized).
    pub initializing: Cell<bool>,
}

/// The globals of a compiled module: `names[i]` lives in `slots[i]`.
pub struct Statics {
    slots: *mut Value,
    names: Vec<String>,
    /// The builtins the module's code reads by name (compiled to read the builtin).
    builtins_read: Vec<String>,
}

impl Statics {
    fn slot(&self, name: &str) -> Option<*mut Value> {
        let i = self.names.iter().position(|n| n == name)?;
        // SAFETY: `slots` has one word per name (registered by generated code).
        Some(unsafe { self.slots.add(i) })
    }
}

/// How a module of the program is made.
pub enum Body {
    /// Compiled code: the body's direct entry and where its globals live.
    Compiled { body: extern "C" fn() -> Value, slots: *mut Value, names: Vec<String>, builtins_read: Vec<String> },
    /// Another tier's code (the VM's) running with the module's dict as its globals.
    Hook(Box<dyn Fn(Value) -> PyResult<()>>),
}

struct Registered {
    name: String,
    file: String,
    is_package: bool,
    body: std::rc::Rc<Body>,
}

/// The modules compiled into the program, by name.
static REGISTRY: GlobalCell<Vec<Registered>> = GlobalCell::new(Vec::new());
/// The modules imported so far (`sys.modules`), in import order.
static LOADED: GlobalCell<Vec<(String, Obj)>> = GlobalCell::new(Vec::new());

/// Makes module `name` of the program importable.
pub fn register(name: &str, file: &str, is_package: bool, body: Body) {
    REGISTRY.with_mut(|r| {
        r.push(Registered { name: name.into(), file: file.into(), is_package, body: std::rc::Rc::new(body) })
    });
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
    let loaded = LOADED.with_mut(std::mem::take);
    for (_, m) in &loaded {
        if let Some(mo) = m.v().downcast::<ModuleObj>() {
            // Module dicts may hold functions whose globals are the dict: break that.
            crate::dict::clear(mo.dict.v());
        }
    }
    drop(loaded);
    let m = SYS.with_mut(Option::take);
    drop(m);
    let m = BUILTINS.with_mut(Option::take);
    drop(m);
    let r = REGISTRY.with_mut(std::mem::take);
    drop(r);
}

fn loaded(name: &str) -> Option<Obj> {
    LOADED.with_mut(|l| l.iter().find(|(n, _)| n == name).map(|(_, m)| m.clone()))
}

fn forget(name: &str) {
    let m = LOADED.with_mut(|l| l.iter().position(|(n, _)| n == name).map(|i| l.remove(i)));
    drop(m);
}

/// `import name` (an absolute, possibly dotted name): the module, its body run on
/// first import; the parent packages are imported first and get it as an attribute.
pub fn import(name: &str) -> PyResult {
    if let Some(m) = loaded(name) {
        return Ok(m);
    }
    let parent = name.rsplit_once('.');
    let parent_mod = match parent {
        Some((p, _)) => {
            let pm = import(p)?;
            // The parent's body may have imported this module.
            if let Some(m) = loaded(name) {
                return Ok(m);
            }
            Some(pm)
        }
        None => None,
    };
    let m = match native_module(name) {
        Some(m) => {
            let m = m?;
            LOADED.with_mut(|l| l.push((name.to_string(), m.clone())));
            m
        }
        None => load_registered(name, parent_mod.as_ref())?,
    };
    if let (Some((_, last)), Some(pm)) = (parent, parent_mod) {
        setattr(pm.v(), last, m.v())?;
    }
    Ok(m)
}

/// `import a.b.c` binds `a`: imports the whole name, returns the top-level package.
pub fn import_top(name: &str) -> PyResult {
    let m = import(name)?;
    match name.split_once('.') {
        Some((top, _)) => import(top),
        None => Ok(m),
    }
}

fn load_registered(name: &str, parent: Option<&Obj>) -> PyResult {
    let found = REGISTRY
        .with_mut(|r| r.iter().find(|e| e.name == name).map(|e| (e.file.clone(), e.is_package, e.body.clone())));
    let Some((file, is_package, body)) = found else {
        let msg = match (parent, name.rsplit_once('.')) {
            (Some(p), Some((pname, _))) if !is_package_module(p.v()) => {
                format!("No module named '{name}'; '{pname}' is not a package")
            }
            _ => format!("No module named '{name}'"),
        };
        return Err(PyErr::new(&MODULE_NOT_FOUND_ERROR, msg));
    };
    let dict = crate::dict::new_dict();
    let set = |k: &str, v: Obj| crate::dict::set_item(dict.v(), crate::str::new_str(k), v);
    set("__name__", crate::str::new_str(name))?;
    set("__file__", crate::str::new_str(&file))?;
    let package = if is_package { name } else { name.rsplit_once('.').map_or("", |(p, _)| p) };
    set("__package__", crate::str::new_str(package))?;
    let statics = match &*body {
        Body::Compiled { slots, names, builtins_read, .. } => {
            Some(Statics { slots: *slots, names: names.clone(), builtins_read: builtins_read.clone() })
        }
        Body::Hook(_) => None,
    };
    let m = alloc(ModuleObj {
        hdr: Header::new(&MODULE_TYPE),
        name: name.to_string(),
        dict,
        statics,
        file: Some(file),
        initializing: Cell::new(true),
    });
    LOADED.with_mut(|l| l.push((name.to_string(), m.clone())));
    let r = match &*body {
        Body::Compiled { body, .. } => {
            let v = body();
            if v.is_null() {
                Err(take_pending().unwrap_or_else(|| {
                    PyErr::new(&RUNTIME_ERROR, "pyaot: a module body failed without an exception".to_string())
                }))
            } else {
                v.decref();
                Ok(())
            }
        }
        Body::Hook(run) => {
            let dict = module_of(m.v())?.dict.v();
            run(dict)
        }
    };
    if let Some(mo) = m.v().downcast::<ModuleObj>() {
        mo.initializing.set(false);
    }
    match r {
        Ok(()) => Ok(m),
        Err(e) => {
            forget(name);
            Err(e)
        }
    }
}

fn is_package_module(m: Value) -> bool {
    let Some(mo) = m.downcast::<ModuleObj>() else { return false };
    let name = mo.name.as_str();
    REGISTRY.with_mut(|r| r.iter().any(|e| e.name == name && e.is_package))
}

/// `from module import name`: the attribute, else the submodule, else ImportError.
pub fn import_from(module: &str, name: &str) -> PyResult {
    let m = import(module)?;
    if let Some(v) = lookup(m.v(), name)? {
        return Ok(v);
    }
    match getattr_hook(m.v(), name) {
        Ok(Some(v)) => return Ok(v),
        Err(e) if !e.matches(&ATTRIBUTE_ERROR) => return Err(e),
        _ => {}
    }
    let sub = format!("{module}.{name}");
    if REGISTRY.with_mut(|r| r.iter().any(|e| e.name == sub)) {
        return import(&sub);
    }
    let mo = module_of(m.v())?;
    let location = mo.file.as_deref().unwrap_or("unknown location");
    let msg = if mo.initializing.get() {
        format!(
            "cannot import name '{name}' from partially initialized module '{module}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{name}' from '{module}' ({location})")
    };
    Err(PyErr::new(&IMPORT_ERROR, msg))
}

/// One name of `from module import *` (`__pyaot_import_star__(module, name)`): a
/// submodule the name is not yet bound to is imported first (`_handle_fromlist`), then
/// the name is read as an attribute, so a name in `__all__` that the module lacks raises
/// AttributeError as in CPython.
pub fn import_star_name(args: &[Value], _kwnames: &[Obj]) -> PyResult {
    let (Some(module), Some(name)) =
        (args.first().and_then(|m| crate::str::as_str(*m)), args.get(1).and_then(|n| crate::str::as_str(*n)))
    else {
        return type_error("__pyaot_import_star__ expects two str arguments");
    };
    let m = import(module)?;
    if lookup(m.v(), name)?.is_none() {
        let sub = format!("{module}.{name}");
        if REGISTRY.with_mut(|r| r.iter().any(|e| e.name == sub)) {
            import(&sub)?;
        }
    }
    getattr(m.v(), name)
}

/// The module's `__getattr__` (PEP 562) called with `name`; None: it defines none.
fn getattr_hook(m: Value, name: &str) -> PyResult<Option<Obj>> {
    match lookup(m, "__getattr__")? {
        Some(f) => {
            let n = crate::str::new_str(name);
            crate::func::call(f.v(), &[n.v()], &[]).map(Some)
        }
        None => Ok(None),
    }
}

fn module_of(m: Value) -> PyResult<&'static ModuleObj> {
    match m.downcast::<ModuleObj>() {
        Some(x) => Ok(x),
        None => type_error(format!("expected module, got {}", m.ty().name)),
    }
}

/// `m.name` if it exists.
fn lookup(m: Value, name: &str) -> PyResult<Option<Obj>> {
    let mo = module_of(m)?;
    if let Some(slot) = mo.statics.as_ref().and_then(|s| s.slot(name)) {
        // SAFETY: a registered global slot of a module that lives until exit.
        let v = unsafe { *slot };
        if !v.is_null() {
            return Ok(Some(v.new_ref()));
        }
    }
    let key = crate::str::new_str(name);
    match crate::dict::get_item(mo.dict.v(), key.v())? {
        Some(v) => Ok(Some(v)),
        None if mo.name == "builtins" => Ok(crate::builtins::lookup(name).ok()),
        None => Ok(None),
    }
}

/// `m.name` (CPython's `module_getattro`): the module type's data descriptors
/// (`__class__`), the module's own attributes, the module type's other attributes, then
/// the module's `__getattr__` (None: not found).
pub fn getattr_opt(m: Value, name: Value) -> PyResult<Option<Obj>> {
    let s = crate::str::as_str(name).unwrap_or("");
    let ty = m.ty();
    let attr = crate::typeobj::lookup(ty, name);
    if let Some(a) = &attr {
        if crate::descr::is_data(a.v()) {
            return crate::descr::get(a.v(), Some(m), ty).map(Some);
        }
    }
    if let Some(v) = lookup(m, s)? {
        return Ok(Some(v));
    }
    if let Some(a) = attr {
        return crate::descr::get(a.v(), Some(m), ty).map(Some);
    }
    if let Some(v) = getattr_hook(m, s)? {
        return Ok(Some(v));
    }
    if s == "__doc__" {
        // A module without a docstring.
        return Ok(Some(none_obj()));
    }
    Ok(None)
}

/// The AttributeError message for `m.name` when `m` is a module (None: it is not).
pub fn no_attribute_message(m: Value, name: &str) -> Option<String> {
    let mo = m.downcast::<ModuleObj>()?;
    Some(if mo.initializing.get() {
        format!(
            "partially initialized module '{}' has no attribute '{name}' (most likely due to a circular import)",
            mo.name
        )
    } else {
        format!("module '{}' has no attribute '{name}'", mo.name)
    })
}

/// Every attribute of module `m`, as a new dict (`dir(m)`).
pub fn namespace(m: Value) -> PyResult {
    let mo = module_of(m)?;
    let d = crate::dict::new_dict();
    if let Some(st) = &mo.statics {
        for (i, n) in st.names.iter().enumerate() {
            // SAFETY: `slots` has one word per name (registered by generated code).
            let v = unsafe { *st.slots.add(i) };
            if !v.is_null() {
                crate::dict::set_item(d.v(), crate::str::new_str(n), v.new_ref())?;
            }
        }
    }
    crate::dict::update_from(d.v(), mo.dict.v())?;
    Ok(d)
}

/// `m.name`.
pub fn getattr(m: Value, name: &str) -> PyResult {
    if let Some(v) = lookup(m, name)? {
        return Ok(v);
    }
    if let Some(v) = getattr_hook(m, name)? {
        return Ok(v);
    }
    let mo = module_of(m)?;
    if name == "__doc__" {
        // A module without a docstring.
        return Ok(none_obj());
    }
    let msg = if mo.initializing.get() {
        format!(
            "partially initialized module '{}' has no attribute '{name}' (most likely due to a circular import)",
            mo.name
        )
    } else {
        format!("module '{}' has no attribute '{name}'", mo.name)
    };
    Err(PyErr::new(&ATTRIBUTE_ERROR, msg))
}

/// Compiled code of module `mo` reads `name` as the builtin: a module attribute of that
/// name would not be seen by it (it would under CPython), so setting one is refused.
fn check_not_builtin_read(mo: &ModuleObj, name: &str) -> PyResult<()> {
    if mo.statics.as_ref().is_some_and(|s| s.builtins_read.iter().any(|b| b == name)) {
        return Err(PyErr::new(
            &NOT_IMPLEMENTED_ERROR,
            format!(
                "pyaot: setting attribute '{name}' of module '{}', whose code reads the builtin '{name}', is not supported yet",
                mo.name
            ),
        ));
    }
    Ok(())
}

/// `m.name = v`.
pub fn setattr(m: Value, name: &str, v: Value) -> PyResult<()> {
    let mo = module_of(m)?;
    check_not_builtin_read(mo, name)?;
    if let Some(slot) = mo.statics.as_ref().and_then(|s| s.slot(name)) {
        // SAFETY: as in `lookup`; the slot owns its value.
        let old = unsafe { std::ptr::replace(slot, v.new_ref().into_raw()) };
        old.decref();
        return Ok(());
    }
    crate::dict::set_item(mo.dict.v(), crate::str::new_str(name), v.new_ref())
}

/// `del m.name`.
pub fn delattr(m: Value, name: &str) -> PyResult<()> {
    let mo = module_of(m)?;
    if let Some(slot) = mo.statics.as_ref().and_then(|s| s.slot(name)) {
        // SAFETY: as in `setattr`.
        let old = unsafe { std::ptr::replace(slot, Value::NULL) };
        if !old.is_null() {
            old.decref();
            return Ok(());
        }
    }
    let key = crate::str::new_str(name);
    if crate::dict::get_item(mo.dict.v(), key.v())?.is_none() {
        return Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'module' object has no attribute '{name}'")));
    }
    crate::dict::delitem(mo.dict.v(), key.v())
}

/// `repr(m)`.
pub fn repr(m: Value) -> String {
    match m.downcast::<ModuleObj>() {
        Some(mo) => match &mo.file {
            Some(f) => format!("<module '{}' from '{f}'>", mo.name),
            None => format!("<module '{}' (built-in)>", mo.name),
        },
        None => "<module '?'>".into(),
    }
}

/// A module the runtime provides, made on import (None: not a native module).
fn native_module(name: &str) -> Option<PyResult> {
    match name {
        "sys" => Some(Ok(sys_module())),
        "builtins" => Some(Ok(builtins_module())),
        _ => crate::stdlib::native_module(name),
    }
}

/// The current value of `sys.<name>` if `sys` was imported (e.g. a reassigned
/// `sys.stdout` that `print` must honour).
pub fn sys_attr(name: &str) -> Option<Obj> {
    let sys = SYS.with_mut(|s| s.clone())?;
    getattr(sys.v(), name).ok()
}

/// A native module with these attributes.
pub fn new_module(name: &str, attrs: Vec<(&str, Obj)>) -> PyResult {
    let dict = crate::dict::new_dict();
    crate::dict::set_item(dict.v(), crate::str::new_str("__name__"), crate::str::new_str(name))?;
    for (k, v) in attrs {
        crate::dict::set_item(dict.v(), crate::str::new_str(k), v)?;
    }
    Ok(alloc(ModuleObj {
        hdr: Header::new(&MODULE_TYPE),
        name: name.to_string(),
        dict,
        statics: None,
        file: None,
        initializing: Cell::new(false),
    }))
}

static SYS_FUNCS: crate::stdlib::NativeTable<3> = [
    crate::stdlib::native("exit", sys_exit),
    crate::stdlib::native("getrecursionlimit", sys_getrecursionlimit),
    crate::stdlib::native("setrecursionlimit", sys_setrecursionlimit),
];

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
    let mut attrs = crate::stdlib::functions(&SYS_FUNCS);
    attrs.extend([
        ("argv", argv),
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
    ]);
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

/// `f.__globals__`: the dict of the module that defined `f`, where one exists (the main
/// module of a program that uses eval/exec/globals keeps its globals in one).
pub fn globals_of_function(f: &crate::func::FuncObj) -> PyResult {
    let module = f.module.get().and_then(crate::str::as_str).unwrap_or("__main__");
    if module == "__main__" && crate::dynamic::has_main_globals() {
        return Ok(crate::dynamic::main_globals());
    }
    Err(PyErr::new(
        &NOT_IMPLEMENTED_ERROR,
        "pyaot: __globals__ of a function of a compiled module (whose globals are not a dict) is not supported yet"
            .to_string(),
    ))
}
