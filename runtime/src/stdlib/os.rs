//! `os` (the process environment, the working directory, a few constants) and
//! `os.path` (POSIX path arithmetic as `posixpath.py` does it, and file tests).
use super::{native, NativeTable};
use crate::err::*;
use crate::func::{positional, split_args, Arity};
use crate::object::*;
use crate::types::*;

fn path_arg(fname: &str, v: Value) -> PyResult<String> {
    match crate::str::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => type_error(format!("{fname}: path should be string, bytes or os.PathLike, not {}", v.ty().name)),
    }
}

fn str_arg(v: Value) -> PyResult<String> {
    match crate::str::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => type_error(format!("expected str, bytes or os.PathLike object, not {}", v.ty().name)),
    }
}

fn s(x: &str) -> PyResult {
    Ok(crate::str::new_str(x))
}

fn os_getenv(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [key, default] = crate::func::bind("getenv", args, kwnames, ["key", "default"], 1)?;
    let key = key.expect("required");
    let Some(k) = crate::str::as_str(key) else {
        return type_error(format!("str expected, not {}", key.ty().name));
    };
    match std::env::var(k) {
        Ok(v) => s(&v),
        Err(_) => Ok(default.map_or_else(none_obj, |d| d.new_ref())),
    }
}

fn os_getcwd(args: &[Value], kwnames: &[Obj]) -> PyResult {
    positional("getcwd", Arity::Takes, args, kwnames, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => s(&p.to_string_lossy()),
        Err(e) => Err(PyErr::new(&OS_ERROR, e.to_string())),
    }
}

fn os_getpid(args: &[Value], kwnames: &[Obj]) -> PyResult {
    positional("getpid", Arity::Takes, args, kwnames, 0, 0)?;
    Ok(crate::int::from_i64(std::process::id() as i64))
}

fn os_cpu_count(args: &[Value], kwnames: &[Obj]) -> PyResult {
    positional("cpu_count", Arity::Takes, args, kwnames, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => crate::int::from_i64(n.get() as i64),
        Err(_) => none_obj(),
    })
}

fn os_listdir(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("listdir", Arity::Takes, args, kwnames, 0, 1)?;
    let dir = match pos.first() {
        Some(v) => path_arg("listdir", *v)?,
        None => ".".into(),
    };
    match std::fs::read_dir(&dir) {
        Ok(rd) => {
            let names =
                rd.filter_map(|e| e.ok()).map(|e| crate::str::new_str(&e.file_name().to_string_lossy())).collect();
            Ok(crate::list::new_list(names))
        }
        Err(e) => Err(os_error(&e, &dir)),
    }
}

/// The OSError for a failed call on `path` (`[Errno 2] No such file or directory: 'x'`).
fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    crate::err::os_error(e, Some(crate::str::new_str(path)))
}

/// `os.remove(path)` and `os.unlink(path)`.
fn os_remove(fname: &'static str, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [path] = crate::func::bind(fname, args, kwnames, ["path"], 1)?;
    let p = path_arg(fname, path.expect("required"))?;
    match std::fs::remove_file(&p) {
        Ok(()) => Ok(none_obj()),
        Err(e) => Err(os_error(&e, &p)),
    }
}

fn os_unlink(args: &[Value], kwnames: &[Obj]) -> PyResult {
    os_remove("unlink", args, kwnames)
}

fn os_remove_fn(args: &[Value], kwnames: &[Obj]) -> PyResult {
    os_remove("remove", args, kwnames)
}

static FUNCS: NativeTable<7> = [
    native("getenv", os_getenv),
    native("getcwd", os_getcwd),
    native("getpid", os_getpid),
    native("cpu_count", os_cpu_count),
    native("listdir", os_listdir),
    native("remove", os_remove_fn),
    native("unlink", os_unlink),
];

pub fn module() -> PyResult {
    let mut attrs = super::functions(&FUNCS);
    let environ = crate::dict::new_dict();
    let mut vars: Vec<(String, String)> =
        std::env::vars_os().filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))).collect();
    vars.sort();
    for (k, v) in vars {
        crate::dict::set_item(environ.v(), crate::str::new_str(&k), crate::str::new_str(&v))?;
    }
    attrs.push(("environ", environ));
    attrs.push(("path", path_module()?));
    for (k, v) in [
        ("sep", "/"),
        ("altsep", ""),
        ("pathsep", ":"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("devnull", "/dev/null"),
        ("name", "posix"),
    ] {
        attrs.push((k, if k == "altsep" { none_obj() } else { crate::str::new_str(v) }));
    }
    crate::module::new_module("os", attrs)
}

// ---------------------------------------------------------------------------------------
// os.path (posixpath)

fn join(a: &str, rest: &[String]) -> String {
    let mut path = a.to_string();
    for b in rest {
        if b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let mut head = head.to_string();
    if !head.is_empty() && head.chars().any(|c| c != '/') {
        head = head.trim_end_matches('/').to_string();
    }
    (head, tail.to_string())
}

fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    let Some(dot) = p.rfind('.') else { return (p.to_string(), String::new()) };
    if dot as i64 > sep {
        let start = (sep + 1) as usize;
        if p[start..dot].chars().any(|c| c != '.') {
            return (p[..dot].to_string(), p[dot..].to_string());
        }
    }
    (p.to_string(), String::new())
}

fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = "/".repeat(initial) + &comps.join("/");
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn paths(fname: &str, args: &[Value], kwnames: &[Obj], n: usize) -> PyResult<Vec<String>> {
    let pos = positional(fname, Arity::Takes, args, kwnames, n, n)?;
    pos.iter().map(|v| str_arg(*v)).collect()
}

fn p_join(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    kw.none("join")?;
    if pos.is_empty() {
        return type_error("join() missing 1 required positional argument: 'a'");
    }
    let all: Vec<String> = pos.iter().map(|v| str_arg(*v)).collect::<PyResult<_>>()?;
    s(&join(&all[0], &all[1..]))
}

fn p_basename(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let p = &paths("basename", args, kwnames, 1)?[0];
    s(&p[p.rfind('/').map_or(0, |i| i + 1)..])
}

fn p_dirname(args: &[Value], kwnames: &[Obj]) -> PyResult {
    s(&split(&paths("dirname", args, kwnames, 1)?[0]).0)
}

fn pair(a: String, b: String) -> PyResult {
    Ok(crate::tuple::new_tuple(vec![crate::str::new_str(&a), crate::str::new_str(&b)]))
}

fn p_split(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (h, t) = split(&paths("split", args, kwnames, 1)?[0]);
    pair(h, t)
}

fn p_splitext(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (r, e) = splitext(&paths("splitext", args, kwnames, 1)?[0]);
    pair(r, e)
}

fn p_normpath(args: &[Value], kwnames: &[Obj]) -> PyResult {
    s(&normpath(&paths("normpath", args, kwnames, 1)?[0]))
}

fn p_isabs(args: &[Value], kwnames: &[Obj]) -> PyResult {
    Ok(bool_obj(paths("isabs", args, kwnames, 1)?[0].starts_with('/')))
}

fn p_abspath(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let p = paths("abspath", args, kwnames, 1)?.remove(0);
    let p = if p.starts_with('/') {
        p
    } else {
        let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
        join(&cwd, &[p])
    };
    s(&normpath(&p))
}

fn p_expanduser(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let p = paths("expanduser", args, kwnames, 1)?.remove(0);
    if p == "~" || p.starts_with("~/") {
        if let Ok(home) = std::env::var("HOME") {
            let home = home.trim_end_matches('/');
            let home = if home.is_empty() { "/" } else { home };
            return s(&format!("{home}{}", &p[1..]));
        }
    }
    s(&p)
}

fn meta(fname: &str, args: &[Value], kwnames: &[Obj]) -> PyResult<Option<std::fs::Metadata>> {
    let pos = positional(fname, Arity::Takes, args, kwnames, 1, 1)?;
    let p = path_arg(fname, pos[0])?;
    Ok(std::fs::metadata(p).ok())
}

fn p_exists(args: &[Value], kwnames: &[Obj]) -> PyResult {
    Ok(bool_obj(meta("exists", args, kwnames)?.is_some()))
}

fn p_isfile(args: &[Value], kwnames: &[Obj]) -> PyResult {
    Ok(bool_obj(meta("isfile", args, kwnames)?.is_some_and(|m| m.is_file())))
}

fn p_isdir(args: &[Value], kwnames: &[Obj]) -> PyResult {
    Ok(bool_obj(meta("isdir", args, kwnames)?.is_some_and(|m| m.is_dir())))
}

fn p_getsize(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("getsize", Arity::Takes, args, kwnames, 1, 1)?;
    let p = path_arg("getsize", pos[0])?;
    match std::fs::metadata(&p) {
        Ok(m) => Ok(crate::int::from_i64(m.len() as i64)),
        Err(e) => Err(os_error(&e, &p)),
    }
}

static PATH_FUNCS: NativeTable<13> = [
    native("join", p_join),
    native("basename", p_basename),
    native("dirname", p_dirname),
    native("split", p_split),
    native("splitext", p_splitext),
    native("normpath", p_normpath),
    native("isabs", p_isabs),
    native("abspath", p_abspath),
    native("expanduser", p_expanduser),
    native("exists", p_exists),
    native("isfile", p_isfile),
    native("isdir", p_isdir),
    native("getsize", p_getsize),
];

pub fn path_module() -> PyResult {
    let mut attrs = super::functions(&PATH_FUNCS);
    attrs.push(("sep", crate::str::new_str("/")));
    crate::module::new_module("posixpath", attrs)
}
