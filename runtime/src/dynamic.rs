//! The runtime's side of dynamic code: the main module's globals dict, global variables
//! reached by name, the builtins `eval`, `exec`, `compile`, `globals` and `locals`, and
//! the hooks through which they reach the bytecode VM.
//!
//! The VM (`pyaot-vm`) depends on this crate, not the reverse: it installs [`Hooks`] when
//! it is linked. A program that never names eval/exec/compile is linked without the VM
//! (and without the parser); there the builtins find no hooks and say so.
use crate::err::*;
use crate::func::{bind, split_args};
use crate::object::*;
use crate::types::*;
use std::sync::OnceLock;

/// What the VM provides.
pub struct Hooks {
    /// Compiles `src` (mode "exec", "eval" or "single") into a code object. Raises
    /// SyntaxError.
    pub compile: fn(src: &str, filename: &str, mode: &str) -> PyResult,
    /// Runs code object `code` with a globals dict and a locals mapping; returns the
    /// value of an "eval" code object (None for the others).
    pub run: fn(code: Value, globals: Value, locals: Value) -> PyResult,
    /// Is `v` a code object?
    pub is_code: fn(Value) -> bool,
    /// At exit, before the leak check: breaks the cycles between globals dicts and the
    /// functions defined in them (there is no cycle collector yet).
    pub at_exit: fn(),
}

static HOOKS: OnceLock<Hooks> = OnceLock::new();

/// Installs the VM's hooks (once; later calls are ignored).
pub fn install(h: Hooks) {
    let _ = HOOKS.set(h);
}

fn hooks(what: &str) -> PyResult<&'static Hooks> {
    match HOOKS.get() {
        Some(h) => Ok(h),
        None => Err(PyErr::new(
            &RUNTIME_ERROR,
            format!("{what}() is not available: this executable was linked without the bytecode VM"),
        )),
    }
}

// ---------------------------------------------------------------------------------------
// The main module's globals

static MAIN_GLOBALS: GlobalCell<Option<Obj>> = GlobalCell::new(None);

/// Does the main module keep its globals in a dict (a dynamic program)?
pub fn has_main_globals() -> bool {
    MAIN_GLOBALS.with_mut(|g| g.is_some())
}

/// The `__main__` module's globals dict (a new reference), created on first use.
pub fn main_globals() -> Obj {
    if let Some(d) = MAIN_GLOBALS.with_mut(|g| g.clone()) {
        return d;
    }
    let d = crate::dict::new_dict();
    let set = |k: &str, v: Obj| {
        let _ = crate::dict::set_item(d.v(), crate::str::new_str(k), v);
    };
    set("__name__", crate::str::new_str("__main__"));
    set("__doc__", none_obj());
    set("__builtins__", crate::module::builtins_module());
    MAIN_GLOBALS.with_mut(|g| *g = Some(d.clone()));
    d
}

/// Empties and drops the main module's globals (at exit, before the leak check). The
/// dict is emptied first: functions defined by `exec` refer back to it.
pub fn clear_main_globals() {
    if let Some(d) = MAIN_GLOBALS.with_mut(Option::take) {
        crate::dict::clear(d.v());
    }
    if let Some(h) = HOOKS.get() {
        (h.at_exit)();
    }
}

/// Reads global `name` (a str) of globals dict `d`, then the builtins. Raises NameError.
pub fn load_global(d: Value, name: Value) -> PyResult {
    if let Some(v) = crate::dict::get_item(d, name)? {
        return Ok(v);
    }
    load_builtin(name)
}

/// The builtin `name`, or NameError.
pub fn load_builtin(name: Value) -> PyResult {
    crate::builtins::lookup(crate::str::as_str(name).unwrap_or("?"))
}

/// `name = v` in globals dict `d`.
pub fn store_global(d: Value, name: Value, v: Obj) -> PyResult<()> {
    crate::dict::set_item(d, name.new_ref(), v)
}

/// `del name` in globals dict `d`. Raises NameError.
pub fn delete_global(d: Value, name: Value) -> PyResult<()> {
    match crate::dict::pop(d, name)? {
        Some(_) => Ok(()),
        None => Err(name_error(crate::str::as_str(name).unwrap_or("?"))),
    }
}

// ---------------------------------------------------------------------------------------
// The builtins

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn compile(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [src, filename, mode, _, _, _] =
        bind("compile", args, kwnames, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3)?;
    let (src, filename, mode) =
        (src.unwrap_or(Value::NULL), filename.unwrap_or(Value::NULL), mode.unwrap_or(Value::NULL));
    let h = hooks("compile")?;
    if (h.is_code)(src) {
        return Ok(src.new_ref());
    }
    let Some(text) = crate::str::as_str(src) else {
        return type_error("compile() arg 1 must be a string, bytes or AST object");
    };
    let Some(fname) = crate::str::as_str(filename) else {
        return type_error(format!(
            "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
            filename.ty().name
        ));
    };
    let Some(mode) = crate::str::as_str(mode) else {
        return type_error(format!("compile() argument 'mode' must be str, not {}", mode.ty().name));
    };
    if !matches!(mode, "exec" | "eval" | "single") {
        return value_error("compile() mode must be 'exec', 'eval' or 'single'");
    }
    if text.contains('\0') {
        return Err(PyErr::new(&SYNTAX_ERROR, "source code string cannot contain null bytes"));
    }
    (h.compile)(text, fname, mode)
}

fn eval_or_exec(fname: &str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    kw.none(fname)?;
    crate::func::check_arity(fname, crate::func::Arity::Expected, pos.len(), 1, 3)?;
    let is_eval = fname == "eval";
    let given = |i: usize| pos.get(i).copied().filter(|v| !v.is_none());
    let globals = match given(1) {
        Some(g) if g.is(&DICT_TYPE) => g.new_ref(),
        Some(g) if is_eval => {
            let msg = if g.kind() == Kind::Dict {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            };
            return type_error(msg);
        }
        Some(g) => return type_error(format!("exec() globals must be a dict, not {}", g.ty().name)),
        None => main_globals(),
    };
    let locals = match given(2) {
        Some(l) if l.kind() == Kind::Dict => l.new_ref(),
        Some(l) => {
            return type_error(if is_eval {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {}", l.ty().name)
            })
        }
        None => globals.clone(),
    };
    let h = hooks(fname)?;
    let key = crate::str::new_str("__builtins__");
    if !crate::dict::contains(globals.v(), key.v())? {
        crate::dict::set_item(globals.v(), key, crate::module::builtins_module())?;
    }
    let src = pos[0];
    let code = if (h.is_code)(src) {
        src.new_ref()
    } else if let Some(text) = crate::str::as_str(src) {
        if text.contains('\0') {
            return Err(PyErr::new(&SYNTAX_ERROR, "source code string cannot contain null bytes"));
        }
        let text = if is_eval { text.trim_start_matches([' ', '\t']) } else { text };
        (h.compile)(text, "<string>", fname)?
    } else {
        return type_error(format!("{fname}() arg 1 must be a string, bytes or code object"));
    };
    let r = (h.run)(code.v(), globals.v(), locals.v())?;
    if is_eval {
        Ok(r)
    } else {
        Ok(none_obj())
    }
}

/// `eval(source, globals=None, locals=None)`.
pub fn eval(args: &[Value], kwnames: &[Obj]) -> PyResult {
    eval_or_exec("eval", args, kwnames)
}

/// `exec(source, globals=None, locals=None)`.
pub fn exec(args: &[Value], kwnames: &[Obj]) -> PyResult {
    eval_or_exec("exec", args, kwnames)
}

/// `globals()` reached without the compiler's help (e.g. through an alias): the main
/// module's dict. (Calls the compiler sees are lowered to the calling code's dict.)
pub fn globals(args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::func::positional("globals", crate::func::Arity::Takes, args, kwnames, 0, 0)?;
    Ok(main_globals())
}

/// `locals()` reached without the compiler's help: as at module level.
pub fn locals(args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::func::positional("locals", crate::func::Arity::Takes, args, kwnames, 0, 0)?;
    Ok(main_globals())
}

// ---------------------------------------------------------------------------------------
// SyntaxError

/// A SyntaxError as CPython builds it: `args == (msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`.
pub fn syntax_error(
    ty: &'static TypeObject,
    msg: &str,
    filename: &str,
    lineno: u32,
    offset: u32,
    text: Option<&str>,
) -> PyErr {
    let int = |i: u32| crate::int::from_i64(i as i64);
    let text = match text {
        Some(t) => crate::str::new_str(t),
        None => none_obj(),
    };
    let details = crate::tuple::new_tuple(vec![
        crate::str::new_str(filename),
        int(lineno),
        int(offset),
        text,
        int(lineno),
        int(offset),
    ]);
    PyErr(new_exc(ty, crate::tuple::new_tuple(vec![crate::str::new_str(msg), details])))
}

/// The SyntaxError attributes (`msg`, `filename`, `lineno`, `offset`, `text`, …).
pub fn syntax_error_attr(e: &ExcObj, name: &str) -> Option<Obj> {
    let args = e.args();
    let details = args.get(1).map(|d| crate::tuple::items(d.v())).filter(|d| d.len() == 6);
    let field = |i: usize| Some(details.map_or_else(none_obj, |d| d[i].clone()));
    match name {
        "msg" => Some(args.first().cloned().unwrap_or_else(none_obj)),
        "filename" => field(0),
        "lineno" => field(1),
        "offset" => field(2),
        "text" => field(3),
        "end_lineno" => field(4),
        "end_offset" => field(5),
        _ => None,
    }
}

/// `str()` of a SyntaxError: `msg (filename, line N)`.
pub fn syntax_error_str(e: &ExcObj) -> Option<String> {
    let args = e.args();
    if args.len() != 2 {
        return None;
    }
    let msg = crate::ops::str_string(args[0].v()).ok()?;
    let d = crate::tuple::items(args[1].v());
    if d.len() != 6 {
        return Some(msg);
    }
    let file = crate::str::as_str(d[0].v()).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = crate::int::to_i64(d[1].v());
    Some(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}
