//! `typing` and `collections.abc` for annotations: every name exists, and subscripting
//! one (`List[int]`) gives it back, so annotations and type aliases evaluate. They are
//! not classes: `isinstance(x, Sequence)` raises TypeError (CPython's ABCs are not
//! implemented yet).
use super::{native, NativeTable};
use crate::err::*;
use crate::func::{positional, split_args, Arity};
use crate::object::*;
use crate::types::*;

/// A name of `typing` (`typing.List`): its repr is its qualified name.
#[repr(C)]
pub struct FormObj {
    pub hdr: Header,
    pub name: String,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for FormObj {
    fn type_object() -> &'static TypeObject {
        &FORM_TYPE
    }
}

pub static FORM_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "_SpecialForm",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<FormObj>,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

/// The type of `TypeVar("T")`: a name as the others, whose type is called TypeVar.
pub static TYPEVAR_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "TypeVar",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<FormObj>,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

/// Is `v` one of these names (subscripting gives it back)?
pub fn is_form(v: Value) -> bool {
    v.is_heap() && (v.is(&FORM_TYPE) || v.is(&TYPEVAR_TYPE))
}

fn form_ref(v: Value) -> Option<&'static FormObj> {
    if is_form(v) {
        // SAFETY: both types are allocated with a FormObj payload.
        Some(unsafe { &*(v.0 as *const FormObj) })
    } else {
        None
    }
}

/// `repr` of a name.
pub fn repr(v: Value) -> Option<String> {
    form_ref(v).map(|f| f.name.clone())
}

/// `T.__name__`, `List.__name__` (None: not a name of typing).
pub fn getattr(v: Value, attr: &str) -> Option<PyResult> {
    let f = form_ref(v)?;
    match attr {
        "__name__" => {
            let n = f.name.trim_start_matches('~');
            let n = n.split('[').next().unwrap_or(n);
            let n = n.rsplit('.').next().unwrap_or(n);
            Some(Ok(crate::str::new_str(n)))
        }
        _ => None,
    }
}

/// `List[int]`: a name whose repr shows its arguments, as typing's generic aliases do.
pub fn subscript(o: Value, k: Value) -> PyResult {
    alias(repr(o).unwrap_or_default(), k)
}

/// `list[int]`, `dict[str, int]`: the builtin containers subscript to a name showing its
/// arguments, as CPython's `types.GenericAlias` (None: `t` is not one of them).
pub fn generic_alias(t: &TypeObject, k: Value) -> Option<PyResult> {
    let generic = [&LIST_TYPE, &DICT_TYPE, &TUPLE_TYPE, &SET_TYPE, &FROZENSET_TYPE, &TYPE_TYPE];
    generic.iter().any(|g| std::ptr::eq(*g, t)).then(|| alias(t.name.to_string(), k))
}

/// `int | None`, `A | B`: a union of types (and these names), shown as CPython's
/// `types.UnionType` shows it, duplicates dropped (None: an operand is something else).
pub fn union(a: Value, b: Value) -> Option<PyResult> {
    let part = |x: Value| -> Option<PyResult<String>> {
        if x.is_none() {
            Some(Ok("None".into()))
        } else if is_form(x) || crate::builtins::as_type(x).is_some() {
            Some(arg_repr(x))
        } else {
            None
        }
    };
    let (pa, pb) = (part(a)?, part(b)?);
    if a.is_none() && b.is_none() {
        return None;
    }
    if [a, b].iter().any(|x| repr(*x).is_some_and(|r| r.starts_with("typing."))) {
        return Some(Err(PyErr::new(
            &NOT_IMPLEMENTED_ERROR,
            "pyaot: '|' with a typing name (a typing.Union) is not supported yet",
        )));
    }
    Some((|| {
        let mut names: Vec<String> = Vec::new();
        for p in [pa?, pb?] {
            for n in p.split(" | ") {
                if !names.iter().any(|m| m == n) {
                    names.push(n.to_string());
                }
            }
        }
        Ok(alloc(FormObj { hdr: Header::new(&FORM_TYPE), name: names.join(" | ") }))
    })())
}

fn alias(base: String, k: Value) -> PyResult {
    let items: Vec<Value> =
        if k.kind() == Kind::Tuple { crate::tuple::items(k).iter().map(|x| x.v()).collect() } else { vec![k] };
    let mut args: Vec<String> = Vec::new();
    for x in items {
        args.push(arg_repr(x)?);
    }
    let name = match base.as_str() {
        // typing's Union flattens repeats, and shows a Union with None as Optional.
        "typing.Union" => {
            let mut uniq: Vec<String> = Vec::new();
            for a in args {
                if !uniq.contains(&a) {
                    uniq.push(a);
                }
            }
            match uniq.as_slice() {
                [one] => one.clone(),
                [a, n] if n == "NoneType" => format!("typing.Optional[{a}]"),
                [n, a] if n == "NoneType" => format!("typing.Optional[{a}]"),
                _ => format!("typing.Union[{}]", uniq.join(", ")),
            }
        }
        _ => format!("{base}[{}]", args.join(", ")),
    };
    Ok(alloc(FormObj { hdr: Header::new(&FORM_TYPE), name }))
}

fn arg_repr(x: Value) -> PyResult<String> {
    if let Some(r) = repr(x) {
        return Ok(r);
    }
    if x.kind() == Kind::List {
        // `Callable[[int, str], bool]`: the parameter types, each shown as an argument.
        let mut parts = Vec::new();
        for i in crate::iter::collect(x)? {
            parts.push(arg_repr(i.v())?);
        }
        return Ok(format!("[{}]", parts.join(", ")));
    }
    if x.is_none() {
        return Ok("NoneType".into());
    }
    if crate::ellipsis::is_ellipsis(x) {
        // `Tuple[int, ...]`, `Callable[..., int]`.
        return Ok("...".into());
    }
    if let Some(t) = crate::builtins::as_type(x) {
        return Ok(match t.class {
            Some(c) if c.module != "builtins" => format!("{}.{}", c.module, c.qualname),
            _ => t.name.to_string(),
        });
    }
    crate::ops::repr_string(x)
}

pub fn form(module: &str, name: &str) -> Obj {
    alloc(FormObj { hdr: Header::new(&FORM_TYPE), name: format!("{module}.{name}") })
}

const TYPING_NAMES: &[&str] = &[
    "Any",
    "List",
    "Dict",
    "Tuple",
    "Set",
    "FrozenSet",
    "Optional",
    "Union",
    "Callable",
    "Iterable",
    "Iterator",
    "Generator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "Type",
    "Generic",
    "Protocol",
    "ClassVar",
    "Final",
    "Literal",
    "NoReturn",
    "Never",
    "Hashable",
    "Sized",
    "Container",
    "Collection",
    "Reversible",
    "AbstractSet",
    "MutableSet",
    "Deque",
    "DefaultDict",
    "Counter",
    "OrderedDict",
    "ChainMap",
    "AnyStr",
    "SupportsInt",
    "SupportsFloat",
    "SupportsAbs",
    "SupportsIndex",
    "Awaitable",
    "Coroutine",
    "AsyncIterator",
    "AsyncIterable",
    "AsyncGenerator",
    "ItemsView",
    "KeysView",
    "ValuesView",
    "Self",
    "TypeAlias",
    "Annotated",
    "LiteralString",
    "Required",
    "NotRequired",
];

const ABC_NAMES: &[&str] = &[
    "Iterable",
    "Iterator",
    "Generator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "Set",
    "MutableSet",
    "Callable",
    "Hashable",
    "Sized",
    "Container",
    "Collection",
    "Reversible",
    "Awaitable",
    "Coroutine",
    "AsyncIterable",
    "AsyncIterator",
    "AsyncGenerator",
    "ItemsView",
    "KeysView",
    "ValuesView",
    "MappingView",
    "ByteString",
];

/// `TypeVar("T", ...)`: a name standing for itself, shown as `~T`.
fn t_typevar(args: &[Value], kwnames: &[Obj]) -> PyResult {
    named(args, kwnames, "TypeVar", &TYPEVAR_TYPE)
}

/// `NewType("N", t)`: as a TypeVar for now.
fn t_newtype(args: &[Value], kwnames: &[Obj]) -> PyResult {
    named(args, kwnames, "NewType", &FORM_TYPE)
}

fn named(args: &[Value], kwnames: &[Obj], what: &str, ty: &'static TypeObject) -> PyResult {
    let (pos, _) = split_args(args, kwnames);
    let Some(name) = pos.first().and_then(|v| crate::str::as_str(*v)) else {
        return type_error(format!("{what}() argument 'name' must be str"));
    };
    Ok(alloc(FormObj { hdr: Header::new(ty), name: format!("~{name}") }))
}

/// `cast(typ, val)` is `val`.
fn t_cast(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("cast", Arity::Takes, args, kwnames, 2, 2)?;
    Ok(pos[1].new_ref())
}

/// Decorators that change nothing at run time.
fn t_identity(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("overload", Arity::Takes, args, kwnames, 1, 1)?;
    Ok(pos[0].new_ref())
}

static FUNCS: NativeTable<6> = [
    native("TypeVar", t_typevar),
    native("NewType", t_newtype),
    native("cast", t_cast),
    native("overload", t_identity),
    native("final", t_identity),
    native("no_type_check", t_identity),
];

pub fn module(name: &str) -> PyResult {
    let (names, mut attrs) = if name == "typing" {
        let mut attrs = super::functions(&FUNCS);
        attrs.push(("TYPE_CHECKING", bool_obj(false)));
        attrs.push(("Text", crate::builtins::lookup("str")?));
        (TYPING_NAMES, attrs)
    } else {
        (ABC_NAMES, Vec::new())
    };
    for n in names {
        attrs.push((*n, form(name, n)));
    }
    crate::module::new_module(name, attrs)
}

/// `collections`, so far only as the parent of `collections.abc`.
pub fn collections_module() -> PyResult {
    crate::module::new_module("collections", Vec::new())
}
