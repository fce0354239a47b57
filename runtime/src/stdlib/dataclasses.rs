//! `dataclasses`: `@dataclass` reads the class's own `__annotations__` (which the
//! frontend makes class bodies fill in definition order) and the fields of its dataclass
//! bases, and adds `__init__`, `__repr__`, `__eq__`, the order methods, `__hash__` and
//! the frozen `__setattr__`/`__delattr__` as CPython 3.11's `dataclasses.py` would.
//! The generated methods are function objects whose bodies are Rust
//! (`func::new_rust_function`), so they bind, take defaults and word argument errors as
//! the functions CPython generates (`Point.__init__() missing 1 required positional
//! argument: 'y'`). Not supported (a NotImplementedError when used): `InitVar`,
//! `KW_ONLY`, `kw_only=`, `slots=`, `weakref_slot=`, `Field.metadata`.
use super::{native, NativeClass, NativeTable};
use crate::class::{as_class, lookup};
use crate::err::*;
use crate::func::{new_rust_function, split_args};
use crate::object::*;
use crate::ops::CmpOp;
use crate::rust_entry;
use crate::types::*;
use std::cell::{Cell, RefCell};

// ---------------------------------------------------------------------------------------
// Sentinels: MISSING and the default of a field with a default factory (`<factory>`).

unsafe fn dealloc_never(_: *mut Header) {}

pub static MISSING_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "_MISSING_TYPE",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_never,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};
static MISSING: NoneObj = NoneObj { hdr: Header::immortal(&MISSING_TYPE) };

fn missing() -> Value {
    Value(&MISSING as *const NoneObj as u64)
}

pub static FACTORY_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "_HAS_DEFAULT_FACTORY_CLASS",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_never,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};
static FACTORY: NoneObj = NoneObj { hdr: Header::immortal(&FACTORY_TYPE) };

fn factory() -> Value {
    Value(&FACTORY as *const NoneObj as u64)
}

pub static FACTORY_CLASS: NativeClass = NativeClass {
    ty: &FACTORY_TYPE,
    qualname: "dataclasses._HAS_DEFAULT_FACTORY_CLASS",
    new: no_new,
    methods: &[],
    call_method: no_method,
    attr: None,
    repr: Some(|_| Ok("<factory>".into())),
    compare: None,
    binop: None,
    seq: None,
    iter: None,
};

fn no_new(_: &[Value], _: &[Obj]) -> PyResult {
    type_error("pyaot: creating this dataclasses type directly is not supported")
}

fn no_method(o: Value, name: &str, _: &[Value], _: &[Obj]) -> PyResult {
    Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{name}'", o.ty().name)))
}

// ---------------------------------------------------------------------------------------
// Field objects.

#[repr(C)]
pub struct FieldObj {
    pub hdr: Header,
    /// None until the class is processed.
    name: Obj,
    ty: Obj,
    default: Obj,
    default_factory: Obj,
    init: bool,
    repr: bool,
    /// None, True or False.
    hash: Obj,
    compare: bool,
    metadata: Obj,
    /// `_FIELD` once the field belongs to a class, else None.
    processed: bool,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for FieldObj {
    fn type_object() -> &'static TypeObject {
        &FIELD_TYPE
    }
}

pub static FIELD_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "Field",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_payload::<FieldObj>,
    class: None,
    spec: &crate::typeobj::EMPTY_SPEC,
    dict: std::sync::atomic::AtomicU64::new(0),
};

pub static FIELD_CLASS: NativeClass = NativeClass {
    ty: &FIELD_TYPE,
    qualname: "Field",
    new: no_new,
    methods: &[],
    call_method: no_method,
    attr: Some(field_attr),
    repr: Some(field_repr),
    compare: None,
    binop: None,
    seq: None,
    iter: None,
};

fn field_attr(o: Value, name: &str) -> Option<PyResult> {
    let f = o.downcast::<FieldObj>()?;
    Some(Ok(match name {
        "name" => f.name.clone(),
        "type" => f.ty.clone(),
        "default" => f.default.clone(),
        "default_factory" => f.default_factory.clone(),
        "init" => bool_obj(f.init),
        "repr" => bool_obj(f.repr),
        "hash" => f.hash.clone(),
        "compare" => bool_obj(f.compare),
        "kw_only" => bool_obj(false),
        "metadata" => {
            return Some(Err(PyErr::new(
                &NOT_IMPLEMENTED_ERROR,
                "pyaot: Field.metadata (a mappingproxy) is not supported yet",
            )))
        }
        _ => return None,
    }))
}

fn field_repr(o: Value) -> PyResult<String> {
    let Some(f) = o.downcast::<FieldObj>() else { return Ok(String::new()) };
    let r = crate::ops::repr_string;
    let metadata = if f.metadata.v().is_none() { "{}".to_string() } else { r(f.metadata.v())? };
    Ok(format!(
        "Field(name={},type={},default={},default_factory={},init={},repr={},hash={},compare={},metadata=mappingproxy({}),kw_only={},_field_type={})",
        r(f.name.v())?,
        r(f.ty.v())?,
        r(f.default.v())?,
        r(f.default_factory.v())?,
        py_bool(f.init),
        py_bool(f.repr),
        r(f.hash.v())?,
        py_bool(f.compare),
        metadata,
        if f.processed { "False".to_string() } else { r(missing())? },
        if f.processed { "_FIELD" } else { "None" },
    ))
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn as_field(v: Value) -> Option<&'static FieldObj> {
    v.downcast::<FieldObj>()
}

fn is_missing(v: &Obj) -> bool {
    v.v() == missing()
}

/// `field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
/// compare=True, metadata=None, kw_only=MISSING)`.
fn dc_field(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    if !pos.is_empty() {
        return type_error(format!("field() takes 0 positional arguments but {} were given", pos.len()));
    }
    let [default, factory_v, init, repr, hash, compare, metadata, kw_only] =
        kw.parse("field", ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"])?;
    if kw_only.is_some_and(|k| k != missing() && k != bool_obj(false).v()) {
        return Err(unsupported("field(kw_only=True)"));
    }
    let default = default.map_or_else(|| missing().new_ref(), |v| v.new_ref());
    let default_factory = factory_v.map_or_else(|| missing().new_ref(), |v| v.new_ref());
    if !is_missing(&default) && !is_missing(&default_factory) {
        return value_error("cannot specify both default and default_factory");
    }
    let flag = |v: Option<Value>| v.map_or(Ok(true), crate::ops::is_true);
    Ok(alloc(FieldObj {
        hdr: Header::new(&FIELD_TYPE),
        name: none_obj(),
        ty: none_obj(),
        default,
        default_factory,
        init: flag(init)?,
        repr: flag(repr)?,
        hash: hash.map_or_else(none_obj, |v| v.new_ref()),
        compare: flag(compare)?,
        metadata: metadata.map_or_else(none_obj, |v| v.new_ref()),
        processed: false,
    }))
}

/// A processed copy of field `f` (or a new field with `default`) named `name`.
fn named_field(f: Option<&FieldObj>, name: &str, ty: Value, default: Value) -> Obj {
    alloc(FieldObj {
        hdr: Header::new(&FIELD_TYPE),
        name: crate::str::new_str(name),
        ty: ty.new_ref(),
        default: f.map_or_else(|| default.new_ref(), |f| f.default.clone()),
        default_factory: f.map_or_else(|| missing().new_ref(), |f| f.default_factory.clone()),
        init: f.is_none_or(|f| f.init),
        repr: f.is_none_or(|f| f.repr),
        hash: f.map_or_else(none_obj, |f| f.hash.clone()),
        compare: f.is_none_or(|f| f.compare),
        metadata: f.map_or_else(none_obj, |f| f.metadata.clone()),
        processed: true,
    })
}

fn field_name(f: &FieldObj) -> &'static str {
    crate::str::as_str(f.name.v()).unwrap_or("?")
}

fn unsupported(what: &str) -> PyErr {
    PyErr::new(&NOT_IMPLEMENTED_ERROR, format!("pyaot: dataclasses {what} is not supported yet"))
}

// ---------------------------------------------------------------------------------------
// FrozenInstanceError: a class deriving from AttributeError, made on first import.

thread_local! {
    static FROZEN_ERROR: Cell<Option<&'static TypeObject>> = const { Cell::new(None) };
}

fn frozen_error() -> PyResult<&'static TypeObject> {
    if let Some(t) = FROZEN_ERROR.with(|c| c.get()) {
        return Ok(t);
    }
    let ns = crate::dict::new_dict();
    crate::dict::set_item(ns.v(), crate::str::new_str("__module__"), crate::str::new_str("dataclasses"))?;
    let name = "FrozenInstanceError".to_string();
    let cls = crate::class::make_class(name.clone(), name, vec![&ATTRIBUTE_ERROR], ns)?;
    let ty = crate::builtins::as_type(cls.v()).expect("a class");
    FROZEN_ERROR.with(|c| c.set(Some(ty)));
    Ok(ty)
}

// ---------------------------------------------------------------------------------------
// The decorator.

/// The options of `@dataclass(...)`.
#[derive(Clone, Copy)]
struct Options {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    unsafe_hash: bool,
    frozen: bool,
    match_args: bool,
}

impl Options {
    fn pack(self) -> i64 {
        [self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen, self.match_args]
            .iter()
            .enumerate()
            .fold(0, |acc, (i, b)| acc | ((*b as i64) << i))
    }
    fn unpack(p: i64) -> Options {
        let b = |i: u32| p >> i & 1 != 0;
        Options { init: b(0), repr: b(1), eq: b(2), order: b(3), unsafe_hash: b(4), frozen: b(5), match_args: b(6) }
    }
}

/// `dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
/// unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
/// weakref_slot=False)`.
fn dc_dataclass(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    if pos.len() > 1 {
        return type_error(format!("dataclass() takes from 0 to 1 positional arguments but {} were given", pos.len()));
    }
    let names =
        ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"];
    let v = kw.parse("dataclass", names)?;
    let flag = |i: usize, d: bool| v[i].map_or(Ok(d), crate::ops::is_true);
    for (i, what) in [(7, "dataclass(kw_only=True)"), (8, "dataclass(slots=True)"), (9, "dataclass(weakref_slot=True)")]
    {
        if flag(i, false)? {
            return Err(unsupported(what));
        }
    }
    let opts = Options {
        init: flag(0, true)?,
        repr: flag(1, true)?,
        eq: flag(2, true)?,
        order: flag(3, false)?,
        unsafe_hash: flag(4, false)?,
        frozen: flag(5, false)?,
        match_args: flag(6, true)?,
    };
    match pos.first() {
        Some(cls) if !cls.is_none() => process_class(*cls, opts),
        _ => {
            let data = crate::tuple::new_tuple(vec![crate::int::from_i64(opts.pack())]);
            Ok(new_rust_function("wrap", "dataclass.<locals>.wrap", &["cls"], vec![], wrap_entry, data))
        }
    }
}

rust_entry!(wrap_entry, wrap_body);
fn wrap_body(data: &[Obj], args: &[Value]) -> PyResult {
    let opts = Options::unpack(crate::int::to_i64(data[0].v()).unwrap_or(0));
    process_class(args[0], opts)
}

fn class_dict_get(cd: &crate::class::ClassData, name: &str) -> PyResult<Option<Obj>> {
    crate::dict::get_item(cd.dict.v(), crate::str::new_str(name).v())
}

/// Is annotation `ann` `ClassVar` (`typing.ClassVar`, `ClassVar[int]`, or such text)?
fn annotation_is(ann: Value, name: &str) -> bool {
    let text = match crate::stdlib::typing::repr(ann) {
        Some(r) => r,
        None => match crate::str::as_str(ann) {
            Some(s) => s.trim().to_string(),
            None => return false,
        },
    };
    let head = text.split('[').next().unwrap_or("").trim();
    let last = head.rsplit('.').next().unwrap_or("");
    last == name && (head == name || head == format!("typing.{name}") || head == format!("dataclasses.{name}"))
}

fn process_class(cls: Value, opts: Options) -> PyResult {
    let Some((ty, cd)) = as_class(cls) else {
        return type_error("pyaot: @dataclass applies to classes only");
    };
    let cls_name = ty.name;
    // The fields of dataclass bases, the furthest first; a later one replaces an earlier
    // one in place, as a dict update does.
    let mut fields: Vec<(String, Obj)> = Vec::new();
    let mut has_dataclass_bases = false;
    let mut any_frozen_base = false;
    for b in cd.mro[1..].iter().rev() {
        let Some(bc) = b.class else { continue };
        let Some(bf) = class_dict_get(bc, "__dataclass_fields__")? else { continue };
        has_dataclass_bases = true;
        for (k, f) in crate::dict::items_vec(bf.v()) {
            let name = crate::str::as_str(k.v()).unwrap_or("").to_string();
            match fields.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = f,
                None => fields.push((name, f)),
            }
        }
        if class_dict_get(bc, "__setattr__")?.is_some_and(|s| is_generated(s.v(), setattr_entry)) {
            any_frozen_base = true;
        }
    }
    // The class's own annotations, in definition order.
    let anns = match class_dict_get(cd, "__annotations__")? {
        Some(a) if a.v().kind() == Kind::Dict => crate::dict::items_vec(a.v()),
        _ => Vec::new(),
    };
    let set = |k: &str, v: Obj| crate::dict::set_item(cd.dict.v(), crate::str::intern(k), v);
    for (k, ann) in &anns {
        let name = crate::str::as_str(k.v()).unwrap_or("");
        if annotation_is(ann.v(), "InitVar") {
            return Err(unsupported("InitVar"));
        }
        if annotation_is(ann.v(), "KW_ONLY") {
            return Err(unsupported("KW_ONLY"));
        }
        let default = class_dict_get(cd, name)?;
        let given = default.as_ref().and_then(|d| as_field(d.v()));
        if annotation_is(ann.v(), "ClassVar") {
            // A class variable, not a field.
            if given.is_some_and(|f| !is_missing(&f.default_factory)) {
                return type_error(format!("field {name} cannot have a default factory"));
            }
            continue;
        }
        let f = named_field(given, name, ann.v(), default.as_ref().map_or(missing(), |d| d.v()));
        let fo = as_field(f.v()).expect("a field");
        // A mutable default is refused: its class is unhashable (list, dict, set, ...).
        let d = fo.default.v();
        if !is_missing(&fo.default) && unhashable_class(d) {
            return value_error(format!(
                "mutable default {} for field {name} is not allowed: use default_factory",
                crate::ops::repr_string(d.ty().as_value())?
            ));
        }
        if given.is_some() {
            if is_missing(&fo.default) {
                crate::dict::pop(cd.dict.v(), k.v())?;
            } else {
                set(name, fo.default.clone())?;
            }
        }
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = f,
            None => fields.push((name.to_string(), f)),
        }
    }
    for (k, v) in crate::dict::items_vec(cd.dict.v()) {
        if as_field(v.v()).is_some() && !anns.iter().any(|(a, _)| crate::ops::eq(a.v(), k.v()).unwrap_or(false)) {
            return type_error(format!("{} is a field but has no type annotation", crate::ops::repr_string(k.v())?));
        }
    }
    if has_dataclass_bases {
        if any_frozen_base && !opts.frozen {
            return type_error("cannot inherit non-frozen dataclass from a frozen one");
        }
        if !any_frozen_base && opts.frozen {
            return type_error("cannot inherit frozen dataclass from a non-frozen one");
        }
    }
    let fdict = crate::dict::new_dict();
    for (n, f) in &fields {
        crate::dict::set_item(fdict.v(), crate::str::new_str(n), f.clone())?;
    }
    set("__dataclass_fields__", fdict)?;
    let class_hash = class_dict_get(cd, "__hash__")?;
    let has_eq = class_dict_get(cd, "__eq__")?.is_some();
    let has_explicit_hash = match &class_hash {
        None => false,
        Some(h) => !(h.v().is_none() && has_eq),
    };
    if opts.order && !opts.eq {
        return value_error("eq must be true if order is true");
    }
    let post_init = lookup(ty, "__post_init__").is_some();
    let field_objs: Vec<Obj> = fields.iter().map(|(_, f)| f.clone()).collect();
    let data = crate::tuple::new_tuple(vec![
        ty.as_value().new_ref(),
        crate::tuple::new_tuple(field_objs.clone()),
        bool_obj(opts.frozen),
        bool_obj(post_init),
    ]);
    let qual = |m: &str| format!("{}.{m}", cd.qualname);
    let add = |name: &str, params: &[&str], defaults: Vec<Obj>, entry| -> PyResult<bool> {
        if class_dict_get(cd, name)?.is_some() {
            return Ok(true);
        }
        set(name, new_rust_function(name, &qual(name), params, defaults, entry, data.clone()))?;
        Ok(false)
    };
    let fs: Vec<&FieldObj> = field_objs.iter().map(|f| as_field(f.v()).expect("a field")).collect();
    if opts.init {
        let mut params: Vec<&str> =
            vec![if fs.iter().any(|f| field_name(f) == "self") { "__dataclass_self__" } else { "self" }];
        let mut defaults = Vec::new();
        for f in fs.iter().filter(|f| f.init) {
            let has_default = !is_missing(&f.default) || !is_missing(&f.default_factory);
            if has_default {
                defaults.push(if is_missing(&f.default) { factory().new_ref() } else { f.default.clone() });
            } else if !defaults.is_empty() {
                return type_error(format!("non-default argument '{}' follows default argument", field_name(f)));
            }
            params.push(field_name(f));
        }
        add("__init__", &params, defaults, init_entry)?;
    }
    if opts.repr {
        add("__repr__", &["self"], vec![], repr_entry)?;
    }
    if opts.eq {
        add("__eq__", &["self", "other"], vec![], eq_entry)?;
    }
    if opts.order {
        let entries: [(&str, crate::func::ArrayEntry); 4] =
            [("__lt__", lt_entry), ("__le__", le_entry), ("__gt__", gt_entry), ("__ge__", ge_entry)];
        for (name, entry) in entries {
            if add(name, &["self", "other"], vec![], entry)? {
                return type_error(format!(
                    "Cannot overwrite attribute {name} in class {cls_name}. Consider using functools.total_ordering"
                ));
            }
        }
    }
    if opts.frozen {
        let entries: [(&str, &[&str], crate::func::ArrayEntry); 2] = [
            ("__setattr__", &["self", "name", "value"], setattr_entry),
            ("__delattr__", &["self", "name"], delattr_entry),
        ];
        for (name, params, entry) in entries {
            if add(name, params, vec![], entry)? {
                return type_error(format!("Cannot overwrite attribute {name} in class {cls_name}"));
            }
        }
    }
    // CPython's `_hash_action` table.
    let add_hash = || {
        set("__hash__", new_rust_function("__hash__", &qual("__hash__"), &["self"], vec![], hash_entry, data.clone()))
    };
    match (opts.unsafe_hash, opts.eq, opts.frozen, has_explicit_hash) {
        (false, true, false, false) => set("__hash__", none_obj())?,
        (false, true, true, false) => add_hash()?,
        (true, _, _, false) => add_hash()?,
        (true, _, _, true) => return type_error(format!("Cannot overwrite attribute __hash__ in class {cls_name}")),
        _ => {}
    }
    if opts.match_args && class_dict_get(cd, "__match_args__")?.is_none() {
        let names = fs.iter().filter(|f| f.init).map(|f| f.name.clone()).collect();
        set("__match_args__", crate::tuple::new_tuple(names))?;
    }
    Ok(cls.new_ref())
}

/// Is `v`'s class unhashable (`__hash__` is None), as list, dict and set are?
fn unhashable_class(v: Value) -> bool {
    matches!(v.kind(), Kind::List | Kind::Dict | Kind::Set)
        || (crate::class::class_of(v).is_some() && lookup(v.ty(), "__hash__").is_some_and(|h| h.v().is_none()))
}

fn is_generated(f: Value, entry: crate::func::ArrayEntry) -> bool {
    f.downcast::<crate::func::FuncObj>().is_some_and(|fo| std::ptr::fn_addr_eq(fo.entry, entry))
}

// ---------------------------------------------------------------------------------------
// The generated methods. Their data: (class, fields, frozen, has __post_init__).

fn data_fields(data: &[Obj]) -> Vec<&'static FieldObj> {
    crate::tuple::items(data[1].v()).iter().filter_map(|f| as_field(f.v())).collect()
}

rust_entry!(init_entry, init_body);
fn init_body(data: &[Obj], args: &[Value]) -> PyResult {
    let obj = args[0];
    let frozen = data[2].v() == bool_obj(true).v();
    let store = |name: &str, v: Value| match (frozen, obj.ty().class) {
        (true, Some(_)) => crate::attr::generic_setattr(obj, crate::str::intern(name).v(), Some(v)),
        _ => crate::ops::setattr(obj, name, v),
    };
    let mut i = 1;
    for f in data_fields(data) {
        let name = field_name(f);
        let value = if f.init {
            let a = args[i];
            i += 1;
            if a == factory() {
                crate::func::call(f.default_factory.v(), &[], &[])?
            } else {
                a.new_ref()
            }
        } else if !is_missing(&f.default_factory) {
            crate::func::call(f.default_factory.v(), &[], &[])?
        } else if !is_missing(&f.default) {
            f.default.clone()
        } else {
            continue;
        };
        store(name, value.v())?;
    }
    if data[3].v() == bool_obj(true).v() {
        crate::ops::call_method(obj, "__post_init__", &[], &[])?;
    }
    Ok(none_obj())
}

thread_local! {
    /// The objects whose generated `__repr__` is running (`reprlib.recursive_repr`).
    static IN_REPR: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

rust_entry!(repr_entry, repr_body);
fn repr_body(data: &[Obj], args: &[Value]) -> PyResult {
    let obj = args[0];
    if IN_REPR.with(|r| r.borrow().contains(&obj.0)) {
        return Ok(crate::str::new_str("..."));
    }
    IN_REPR.with(|r| r.borrow_mut().push(obj.0));
    let r = (|| {
        let qual = obj.ty().class.map_or(obj.ty().name, |c| c.qualname.as_str());
        let mut parts = Vec::new();
        for f in data_fields(data).into_iter().filter(|f| f.repr) {
            let name = field_name(f);
            let v = crate::ops::getattr(obj, name)?;
            parts.push(format!("{name}={}", crate::ops::repr_string(v.v())?));
        }
        Ok(crate::str::new_string(format!("{qual}({})", parts.join(", "))))
    })();
    IN_REPR.with(|r| r.borrow_mut().retain(|x| *x != obj.0));
    r
}

/// The tuple of `obj`'s fields that compare (or, with `hash`, that hash).
fn field_tuple(data: &[Obj], obj: Value, hash: bool) -> PyResult {
    let mut items = Vec::new();
    for f in data_fields(data) {
        let counts = if hash && !f.hash.v().is_none() { crate::ops::is_true(f.hash.v())? } else { f.compare };
        if counts {
            items.push(crate::ops::getattr(obj, field_name(f))?);
        }
    }
    Ok(crate::tuple::new_tuple(items))
}

/// `self op other`: the field tuples compared when both are of the same class, else
/// NotImplemented.
fn compare_body(op: CmpOp, data: &[Obj], args: &[Value]) -> PyResult {
    let (a, b) = (args[0], args[1]);
    if !b.is_heap() || !std::ptr::eq(a.ty(), b.ty()) {
        return Ok(crate::class::not_implemented().new_ref());
    }
    let (ta, tb) = (field_tuple(data, a, false)?, field_tuple(data, b, false)?);
    crate::ops::compare(op, ta.v(), tb.v())
}

rust_entry!(eq_entry, eq_body);
fn eq_body(data: &[Obj], args: &[Value]) -> PyResult {
    compare_body(CmpOp::Eq, data, args)
}
rust_entry!(lt_entry, lt_body);
fn lt_body(data: &[Obj], args: &[Value]) -> PyResult {
    compare_body(CmpOp::Lt, data, args)
}
rust_entry!(le_entry, le_body);
fn le_body(data: &[Obj], args: &[Value]) -> PyResult {
    compare_body(CmpOp::Le, data, args)
}
rust_entry!(gt_entry, gt_body);
fn gt_body(data: &[Obj], args: &[Value]) -> PyResult {
    compare_body(CmpOp::Gt, data, args)
}
rust_entry!(ge_entry, ge_body);
fn ge_body(data: &[Obj], args: &[Value]) -> PyResult {
    compare_body(CmpOp::Ge, data, args)
}

rust_entry!(hash_entry, hash_body);
fn hash_body(data: &[Obj], args: &[Value]) -> PyResult {
    let t = field_tuple(data, args[0], true)?;
    Ok(crate::int::from_i64(crate::ops::hash(t.v())?))
}

/// The frozen `__setattr__`/`__delattr__`: refused for fields, and for any name on
/// instances of the class itself.
fn frozen_check(data: &[Obj], obj: Value, name: Value, verb: &str) -> PyResult<()> {
    let n = crate::str::as_str(name).unwrap_or("");
    if std::ptr::eq(obj.ty().as_value().0 as *const u8, data[0].v().0 as *const u8)
        || data_fields(data).iter().any(|f| field_name(f) == n)
    {
        let msg = format!("cannot {verb} field {}", crate::ops::repr_string(name)?);
        return Err(PyErr::new(frozen_error()?, msg));
    }
    Ok(())
}

rust_entry!(setattr_entry, setattr_body);
fn setattr_body(data: &[Obj], args: &[Value]) -> PyResult {
    frozen_check(data, args[0], args[1], "assign to")?;
    if args[0].ty().class.is_some() {
        crate::attr::generic_setattr(args[0], args[1], Some(args[2]))?;
    }
    Ok(none_obj())
}

rust_entry!(delattr_entry, delattr_body);
fn delattr_body(data: &[Obj], args: &[Value]) -> PyResult {
    frozen_check(data, args[0], args[1], "delete")?;
    crate::attr::generic_setattr(args[0], args[1], None)?;
    Ok(none_obj())
}

// ---------------------------------------------------------------------------------------
// fields, asdict, astuple, replace, is_dataclass

/// The fields of a dataclass or of one of its instances (None: not a dataclass).
fn fields_of(v: Value) -> PyResult<Option<Vec<Obj>>> {
    let t = crate::builtins::as_type(v).unwrap_or(v.ty());
    if t.class.is_none() {
        return Ok(None);
    }
    match crate::class::lookup(t, "__dataclass_fields__") {
        Some(d) if d.v().kind() == Kind::Dict => {
            Ok(Some(crate::dict::items_vec(d.v()).into_iter().map(|(_, f)| f).collect()))
        }
        _ => Ok(None),
    }
}

fn dc_fields(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("fields", crate::func::Arity::Takes, args, kwnames, 1, 1)?;
    match fields_of(pos[0])? {
        Some(f) => Ok(crate::tuple::new_tuple(f)),
        None => type_error("must be called with a dataclass type or instance"),
    }
}

fn dc_is_dataclass(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("is_dataclass", crate::func::Arity::Takes, args, kwnames, 1, 1)?;
    Ok(bool_obj(fields_of(pos[0])?.is_some()))
}

/// A dataclass instance's fields (None: `v` is not one).
fn instance_fields(v: Value) -> PyResult<Option<Vec<Obj>>> {
    if crate::builtins::as_type(v).is_some() {
        return Ok(None);
    }
    fields_of(v)
}

/// `asdict`'s and `astuple`'s walk: dataclass instances become what `factory` makes of
/// their fields, lists, tuples and dicts are rebuilt with their items converted, and
/// other values are deep-copied (here: values that a deep copy returns unchanged, and
/// sets of them; others raise NotImplementedError).
fn convert(v: Value, factory: Value, as_dict: bool) -> PyResult {
    if let Some(fields) = instance_fields(v)? {
        let mut items = Vec::new();
        for f in &fields {
            let name = field_name(as_field(f.v()).expect("a field"));
            let x = convert(crate::ops::getattr(v, name)?.v(), factory, as_dict)?;
            items.push(if as_dict { crate::tuple::new_tuple(vec![crate::str::new_str(name), x]) } else { x });
        }
        let list = crate::list::new_list(items);
        return crate::func::call(factory, &[list.v()], &[]);
    }
    if crate::class::class_of(v).is_some() {
        return Err(unsupported("asdict()/astuple() of a value that copy.deepcopy would copy"));
    }
    match v.kind() {
        Kind::List => Ok(crate::list::new_list(
            crate::iter::collect(v)?.iter().map(|x| convert(x.v(), factory, as_dict)).collect::<PyResult<_>>()?,
        )),
        Kind::Tuple => Ok(crate::tuple::new_tuple(
            crate::tuple::items(v).iter().map(|x| convert(x.v(), factory, as_dict)).collect::<PyResult<_>>()?,
        )),
        Kind::Dict => {
            let d = crate::dict::new_dict();
            for (k, x) in crate::dict::items_vec(v) {
                crate::dict::set_item(d.v(), convert(k.v(), factory, as_dict)?, convert(x.v(), factory, as_dict)?)?;
            }
            Ok(d)
        }
        Kind::Set => crate::set::construct(false, &[v], &[]),
        Kind::Int | Kind::Float | Kind::Str | Kind::Bool | Kind::NoneType | Kind::FrozenSet => Ok(v.new_ref()),
        _ if v.is_small_int() => Ok(v.new_ref()),
        _ => Err(unsupported("asdict()/astuple() of a value that copy.deepcopy would copy")),
    }
}

fn dc_asdict(args: &[Value], kwnames: &[Obj]) -> PyResult {
    convert_call("asdict", "dict_factory", &DICT_TYPE, true, args, kwnames)
}

fn dc_astuple(args: &[Value], kwnames: &[Obj]) -> PyResult {
    convert_call("astuple", "tuple_factory", &TUPLE_TYPE, false, args, kwnames)
}

fn convert_call(
    fname: &str,
    kwname: &str,
    default: &'static TypeObject,
    as_dict: bool,
    args: &[Value],
    kwnames: &[Obj],
) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    if pos.len() != 1 {
        return type_error(format!("{fname}() takes 1 positional argument but {} were given", pos.len()));
    }
    let [factory_v] = kw.parse(fname, [kwname])?;
    if instance_fields(pos[0])?.is_none() {
        return type_error(format!("{fname}() should be called on dataclass instances"));
    }
    convert(pos[0], factory_v.unwrap_or(default.as_value()), as_dict)
}

/// `replace(obj, /, **changes)`: a new instance from `obj`'s init fields and `changes`.
fn dc_replace(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = split_args(args, kwnames);
    if pos.len() != 1 {
        return type_error(format!("replace() takes 1 positional argument but {} were given", pos.len()));
    }
    let obj = pos[0];
    let Some(fields) = instance_fields(obj)? else {
        return type_error("replace() should be called on dataclass instances");
    };
    let mut vals: Vec<Obj> = kw.vals.iter().map(|v| v.new_ref()).collect();
    let mut names: Vec<Obj> = kw.names.to_vec();
    for f in fields.iter().filter_map(|f| as_field(f.v())) {
        let name = field_name(f);
        let given = names.iter().any(|n| crate::str::as_str(n.v()) == Some(name));
        if !f.init {
            if given {
                return value_error(format!(
                    "field {name} is declared with init=False, it cannot be specified with replace()"
                ));
            }
            continue;
        }
        if !given {
            vals.push(crate::ops::getattr(obj, name)?);
            names.push(crate::str::intern(name));
        }
    }
    let call_args: Vec<Value> = vals.iter().map(|v| v.v()).collect();
    crate::func::call(obj.ty().as_value(), &call_args, &names)
}

// ---------------------------------------------------------------------------------------
// The module.

static FUNCS: NativeTable<7> = [
    native("dataclass", dc_dataclass),
    native("field", dc_field),
    native("fields", dc_fields),
    native("asdict", dc_asdict),
    native("astuple", dc_astuple),
    native("replace", dc_replace),
    native("is_dataclass", dc_is_dataclass),
];

pub fn module() -> PyResult {
    let mut attrs = super::functions(&FUNCS);
    attrs.push(("MISSING", missing().new_ref()));
    attrs.push(("Field", FIELD_TYPE.as_value().new_ref()));
    attrs.push(("FrozenInstanceError", frozen_error()?.as_value().new_ref()));
    for name in ["InitVar", "KW_ONLY"] {
        let form = crate::stdlib::typing::form("dataclasses", name);
        attrs.push((name, form));
    }
    crate::module::new_module("dataclasses", attrs)
}
