//! Classes defined in Python: their type objects (with a dict, bases and a C3 MRO),
//! their instances (a `__dict__`), attribute lookup along the MRO with descriptors
//! (functions bind, `staticmethod`, `classmethod`, `property`), `super`, and the
//! protocols a class implements with dunder methods. Every tier reaches these through
//! the same runtime operations (`ops::getattr`, `func::call`, `ops::binop`, …).
//!
//! Class objects live as long as the program (they are leaked, as module-level classes
//! live until exit in CPython); instances are reference counted.
use crate::err::*;
use crate::func::{FuncObj, NativeFuncObj};
use crate::object::*;
use crate::types::*;
use std::cell::UnsafeCell;

/// What a class defined in Python adds to its type object.
pub struct ClassData {
    pub qualname: String,
    pub module: String,
    pub bases: Vec<&'static TypeObject>,
    /// The method resolution order, the class itself first.
    pub mro: Vec<&'static TypeObject>,
    /// The class namespace (methods and class attributes).
    pub dict: Obj,
    /// Attribute names allowed by `__slots__`, when the class (and its bases) declare them.
    pub slots: Option<Vec<String>>,
    /// Every name some class along the MRO declares in `__slots__`: instances keep these
    /// apart from their `__dict__` (CPython's member descriptors).
    pub slot_names: Vec<String>,
    /// `__init__` along the MRO as last looked up: the class epoch then, and the
    /// attribute (borrowed; 0 for none). See `inline_cache`.
    init_cache: std::cell::Cell<[u64; 2]>,
}

/// `__init__` along the MRO of class `ty`, looked up once per class epoch.
fn init_of(ty: &'static TypeObject, c: &ClassData) -> Option<Obj> {
    let [epoch, attr] = c.init_cache.get();
    if epoch == crate::inline_cache::epoch() {
        return (attr != 0).then(|| Value(attr).new_ref());
    }
    let init = lookup(ty, "__init__");
    // The class namespace keeps the attribute alive while the epoch holds.
    c.init_cache.set([crate::inline_cache::epoch(), init.as_ref().map_or(0, |i| i.v().0)]);
    init
}

/// An instance of a class defined in Python (not deriving from a builtin type).
#[repr(C)]
pub struct InstanceObj {
    pub hdr: Header,
    dict: Obj,
    /// The values of `__slots__` attributes (a dict), when the class has slot names.
    slot_vals: Option<Obj>,
}

/// An instance of a class defined in Python that derives from builtin type `T` (`list`,
/// `dict`): the builtin's payload first, so the builtin's code works on it unchanged
/// (`Value::downcast` accepts it), then the instance dict.
#[repr(C)]
pub struct SubObj<T> {
    pub base: T,
    dict: Obj,
}

unsafe fn dealloc_sub<T>(h: *mut Header) {
    // SAFETY: every object whose type uses this dealloc was allocated as a SubObj<T>.
    drop(Box::from_raw(h as *mut SubObj<T>));
}

/// The builtin types Python classes may derive from, besides `object` and exceptions.
fn sub_layout(kind: Kind) -> Option<unsafe fn(*mut Header)> {
    match kind {
        Kind::List => Some(dealloc_sub::<crate::list::ListObj>),
        Kind::Dict => Some(dealloc_sub::<crate::dict::DictObj>),
        _ => None,
    }
}

unsafe fn dealloc_instance(h: *mut Header) {
    // SAFETY: every object whose type uses this dealloc was allocated as an InstanceObj.
    let mut b = Box::from_raw(h as *mut InstanceObj);
    if b.slot_vals.as_ref().is_some_and(|sv| sv.v() == b.dict.v()) {
        // A fully slotted instance keeps its slots in its (hidden) dict: one reference.
        drop(b.slot_vals.take());
    }
    // Kept, with its emptied dict, for the next instance: three allocations fewer per
    // instance for programs that make and drop many small objects.
    if crate::dict::reset_for_reuse(b.dict.v()) {
        if !b.slot_vals.as_ref().is_none_or(|d| crate::dict::reset_for_reuse(d.v())) {
            drop(b.slot_vals.take());
        }
        let refused = SPARE.with(|s| {
            let mut s = s.borrow_mut();
            if s.len() < SPARE_MAX {
                s.push(b);
                None
            } else {
                Some(b)
            }
        });
        drop(refused);
    } else {
        drop(b);
    }
}

thread_local! {
    /// Freed instances with an empty dict, for reuse (see `dealloc_instance`).
    static SPARE: std::cell::RefCell<Vec<Box<InstanceObj>>> = const { std::cell::RefCell::new(Vec::new()) };
}
const SPARE_MAX: usize = 256;

/// The class data of `v`'s type, if it is a class defined in Python.
#[inline]
pub fn class_of(v: Value) -> Option<&'static ClassData> {
    if v.is_heap() {
        v.ty().class
    } else {
        None
    }
}

/// The type object `t` is, if it is one defined in Python.
pub fn as_class(t: Value) -> Option<(&'static TypeObject, &'static ClassData)> {
    let ty = crate::builtins::as_type(t)?;
    Some((ty, ty.class?))
}

/// Looks `name` up along the MRO of `ty` (class dicts only).
pub fn lookup(ty: &TypeObject, name: &str) -> Option<Obj> {
    ty.class?;
    lookup_key(ty, crate::str::intern(name).v())
}

/// The instance dict of `v` when it is a plain instance of a class defined in Python
/// (not an exception, nor deriving from a builtin type).
#[inline]
pub(crate) fn plain_instance_dict(v: Value) -> Option<&'static crate::dict::DictObj> {
    as_instance(v)?.dict.v().downcast::<crate::dict::DictObj>()
}

/// `v` as a plain instance of a class defined in Python (an `InstanceObj`).
#[inline]
fn as_instance(v: Value) -> Option<&'static InstanceObj> {
    if std::ptr::fn_addr_eq(v.ty().dealloc, dealloc_instance as unsafe fn(*mut Header)) {
        // SAFETY: the dealloc says it is an InstanceObj; the caller's reference to `v`
        // keeps it alive (as for `Value::downcast`).
        Some(unsafe { &*(v.0 as *const InstanceObj) })
    } else {
        None
    }
}

/// The dict of `__slots__` values of `v` when it is a plain instance of a class with
/// slots.
#[inline]
pub(crate) fn plain_instance_slots(v: Value) -> Option<&'static crate::dict::DictObj> {
    as_instance(v)?.slot_vals.as_ref()?.v().downcast::<crate::dict::DictObj>()
}

/// As [`lookup`], with the name a str object.
pub(crate) fn lookup_name(ty: &TypeObject, key: Value) -> Option<Obj> {
    lookup_key(ty, key)
}

/// As [`lookup`], with the name already a str object (made once per attribute access).
fn lookup_key(ty: &TypeObject, key: Value) -> Option<Obj> {
    for t in &ty.class?.mro {
        if let Some(cd) = t.class {
            if let Ok(Some(v)) = crate::dict::get_item(cd.dict.v(), key) {
                return Some(v);
            }
        }
    }
    None
}

/// Is `name` a `__slots__` attribute of instances of class `c`?
pub(crate) fn is_slot(c: &ClassData, name: &str) -> bool {
    c.slot_names.iter().any(|s| s == name)
}

/// Where `v` keeps its `__slots__` attributes: their own dict for plain instances, else
/// (exceptions, subclasses of list and dict) the instance dict.
fn slot_vals(v: Value) -> Option<Value> {
    if let Some(d) = as_instance(v).and_then(|i| i.slot_vals.as_ref()) {
        return Some(d.v());
    }
    instance_dict(v)
}

/// The instance dict of `v`, if it has one.
pub fn instance_dict(v: Value) -> Option<Value> {
    if let Some(e) = exc_ref(v) {
        return Some(e.dict());
    }
    if let Some(i) = as_instance(v) {
        return Some(i.dict.v());
    }
    let dealloc = v.ty().dealloc;
    if std::ptr::fn_addr_eq(dealloc, dealloc_sub::<crate::list::ListObj> as unsafe fn(*mut Header)) {
        // SAFETY: the dealloc says it is a SubObj<ListObj>.
        return Some(unsafe { &*(v.0 as *const SubObj<crate::list::ListObj>) }.dict.v());
    }
    if std::ptr::fn_addr_eq(dealloc, dealloc_sub::<crate::dict::DictObj> as unsafe fn(*mut Header)) {
        // SAFETY: the dealloc says it is a SubObj<DictObj>.
        return Some(unsafe { &*(v.0 as *const SubObj<crate::dict::DictObj>) }.dict.v());
    }
    None
}

// ---------------------------------------------------------------------------------------
// Descriptor objects: bound methods, staticmethod, classmethod, property, super.

macro_rules! simple_type {
    ($id:ident, $name:literal, $kind:ident, $payload:ty) => {
        pub static $id: TypeObject = TypeObject {
            hdr: Header::immortal(&TYPE_TYPE),
            name: $name,
            kind: Kind::$kind,
            base: Some(&OBJECT_TYPE),
            dealloc: dealloc_payload::<$payload>,
            class: None,
        };
    };
}

simple_type!(METHOD_TYPE, "method", BoundMethod, MethodObj);
pub static STATICMETHOD_TYPE: TypeObject = wrap_type("staticmethod");
pub static CLASSMETHOD_TYPE: TypeObject = wrap_type("classmethod");

const fn wrap_type(name: &'static str) -> TypeObject {
    TypeObject {
        hdr: Header::immortal(&TYPE_TYPE),
        name,
        kind: Kind::Other,
        base: Some(&OBJECT_TYPE),
        dealloc: dealloc_wrap,
        class: None,
    }
}

unsafe fn dealloc_wrap(h: *mut Header) {
    // SAFETY: both wrapper types allocate a WrapObj (`alloc_wrap`).
    drop(Box::from_raw(h as *mut WrapObj));
}

unsafe fn dealloc_never(_: *mut Header) {}
simple_type!(PROPERTY_TYPE, "property", Other, PropertyObj);
simple_type!(SUPER_TYPE, "super", Other, SuperObj);

#[repr(C)]
pub struct MethodObj {
    pub hdr: Header,
    pub func: Obj,
    pub recv: Obj,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for MethodObj {
    fn type_object() -> &'static TypeObject {
        &METHOD_TYPE
    }
}

/// `staticmethod(f)` and `classmethod(f)`.
#[repr(C)]
pub struct WrapObj {
    pub hdr: Header,
    pub func: Obj,
}

#[repr(C)]
pub struct PropertyObj {
    pub hdr: Header,
    pub fget: Option<Obj>,
    pub fset: Option<Obj>,
    pub fdel: Option<Obj>,
    /// The name it was given in a class body (`__set_name__`), for error messages.
    name: std::cell::RefCell<Option<String>>,
}

impl PropertyObj {
    /// A new property object (with no name yet).
    pub fn new_obj(fget: Option<Obj>, fset: Option<Obj>, fdel: Option<Obj>) -> Obj {
        alloc(PropertyObj { hdr: Header::new(&PROPERTY_TYPE), fget, fset, fdel, name: Default::default() })
    }

    /// "property 'x'" when the property got a name in a class body, else "property".
    fn describe(&self) -> String {
        match &*self.name.borrow() {
            Some(n) => format!("property '{n}'"),
            None => "property".to_string(),
        }
    }
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for PropertyObj {
    fn type_object() -> &'static TypeObject {
        &PROPERTY_TYPE
    }
}

#[repr(C)]
pub struct SuperObj {
    pub hdr: Header,
    /// The class whose successors in the MRO are searched.
    pub start: Obj,
    pub obj: Obj,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for SuperObj {
    fn type_object() -> &'static TypeObject {
        &SUPER_TYPE
    }
}

fn wrapped(v: Value, ty: &TypeObject) -> Option<Value> {
    if v.is_heap() && v.is(ty) {
        // SAFETY: the type says it is a WrapObj.
        Some(unsafe { &*(v.0 as *const WrapObj) }.func.v())
    } else {
        None
    }
}

pub fn new_method(func: Obj, recv: Obj) -> Obj {
    alloc(MethodObj { hdr: Header::new(&METHOD_TYPE), func, recv })
}

fn is_function(v: Value) -> bool {
    v.downcast::<FuncObj>().is_some()
}

/// The NotImplemented singleton.
pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject {
    hdr: Header::immortal(&TYPE_TYPE),
    name: "NotImplementedType",
    kind: Kind::Other,
    base: Some(&OBJECT_TYPE),
    dealloc: dealloc_never,
    class: None,
};
pub static NOT_IMPLEMENTED: NoneObj = NoneObj { hdr: Header::immortal(&NOT_IMPLEMENTED_TYPE) };

pub fn not_implemented() -> Value {
    Value(&NOT_IMPLEMENTED as *const NoneObj as u64)
}

// ---------------------------------------------------------------------------------------
// Building classes.

/// C3 linearization of `bases` (CPython's `mro_internal`).
fn c3(bases: &[&'static TypeObject]) -> PyResult<Vec<&'static TypeObject>> {
    let mut seqs: Vec<Vec<&'static TypeObject>> = bases.iter().map(|b| mro_of(b)).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().map(|s| s[0]).find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| std::ptr::eq(*x, *c))));
        let Some(h) = head else {
            let names: Vec<&str> = bases.iter().map(|b| b.name).collect();
            return type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        out.push(h);
        for s in &mut seqs {
            if std::ptr::eq(s[0], h) {
                s.remove(0);
            }
        }
    }
}

/// The MRO of any type (builtin types: along their single base).
pub fn mro_of(t: &'static TypeObject) -> Vec<&'static TypeObject> {
    if let Some(c) = t.class {
        return c.mro.clone();
    }
    let mut v = Vec::new();
    let mut c = Some(t);
    while let Some(x) = c {
        v.push(x);
        c = x.base;
    }
    v
}

/// `__build_class__(body, name, qualname, *bases)`: runs the body for the namespace and
/// makes the class.
pub fn build_class(args: &[Value], kwnames: &[Obj]) -> PyResult {
    if args.len() < 3 || !kwnames.is_empty() {
        return type_error("__build_class__: not enough arguments");
    }
    let ns = crate::func::call(args[0], &[], &[])?;
    let name = crate::str::as_str(args[1]).unwrap_or("?").to_string();
    let qualname = crate::str::as_str(args[2]).unwrap_or("?").to_string();
    let mut bases: Vec<&'static TypeObject> = Vec::new();
    for b in &args[3..] {
        match crate::builtins::as_type(*b) {
            Some(t) => bases.push(t),
            None => return type_error("bases must be types"),
        }
    }
    if bases.is_empty() {
        bases.push(&OBJECT_TYPE);
    }
    for b in &bases {
        let ok = b.class.is_some()
            || std::ptr::eq(*b, &OBJECT_TYPE)
            || b.kind == Kind::Exception
            || std::ptr::eq(*b, &LIST_TYPE)
            || std::ptr::eq(*b, &DICT_TYPE);
        if !ok {
            return Err(PyErr::new(
                &NOT_IMPLEMENTED_ERROR,
                format!("pyaot: subclassing the builtin type '{}' is not supported yet", b.name),
            ));
        }
    }
    let cls = make_class(name, qualname, bases, ns)?;
    crate::stdlib::enum_::finish_class(cls.v())?;
    Ok(cls)
}

/// Makes a class from its namespace (also for classes stdlib modules define).
pub fn make_class(name: String, qualname: String, bases: Vec<&'static TypeObject>, ns: Obj) -> PyResult {
    let dict = crate::dict::new_dict();
    let mut classcell = None;
    for (k, v) in crate::dict::items_vec(ns.v()) {
        if crate::str::as_str(k.v()) == Some("__classcell__") {
            classcell = Some(v);
        } else {
            if let (Some(p), Some(n)) = (v.v().downcast::<PropertyObj>(), crate::str::as_str(k.v())) {
                // `property.__set_name__`.
                *p.name.borrow_mut() = Some(n.to_string());
            }
            crate::dict::set_item(dict.v(), k, v)?;
        }
    }
    let set = |k: &str, v: Obj| crate::dict::set_item(dict.v(), crate::str::new_str(k), v);
    let module = match crate::dict::get_item(dict.v(), crate::str::new_str("__module__").v())? {
        Some(m) => crate::str::as_str(m.v()).unwrap_or("__main__").to_string(),
        None => {
            set("__module__", crate::str::new_str("__main__"))?;
            "__main__".to_string()
        }
    };
    set("__qualname__", crate::str::new_str(&qualname))?;
    // A class that defines `__eq__` and not `__hash__` is unhashable, as in CPython.
    let has = |k: &str| crate::dict::get_item(dict.v(), crate::str::new_str(k).v()).map(|v| v.is_some());
    if has("__eq__")? && !has("__hash__")? {
        set("__hash__", none_obj())?;
    }
    // Functions stored as `__init_subclass__`/`__new__` need no wrapping here.
    let slots = match crate::dict::get_item(dict.v(), crate::str::new_str("__slots__").v())? {
        Some(s) => {
            let mut names: Vec<String> = if s.v().kind() == Kind::Str {
                vec![crate::str::as_str(s.v()).unwrap_or("").to_string()]
            } else {
                crate::iter::collect(s.v())?.iter().map(|x| crate::str::as_str(x.v()).unwrap_or("").to_string()).collect()
            };
            // Slots of the bases stay allowed; a base without slots allows anything.
            let mut all_slotted = true;
            for b in &bases {
                match b.class {
                    Some(c) => match &c.slots {
                        Some(bs) => names.extend(bs.iter().cloned()),
                        None => all_slotted = false,
                    },
                    None if std::ptr::eq(*b, &OBJECT_TYPE) => {}
                    None => all_slotted = false,
                }
            }
            all_slotted.then_some(names)
        }
        None => None,
    };
    let mut mro = c3(&bases)?;
    let mut slot_names: Vec<String> = Vec::new();
    if let Some(s) = crate::dict::get_item(dict.v(), crate::str::new_str("__slots__").v())? {
        if s.v().kind() == Kind::Str {
            slot_names.push(crate::str::as_str(s.v()).unwrap_or("").to_string());
        } else {
            slot_names.extend(
                crate::iter::collect(s.v())?.iter().filter_map(|x| crate::str::as_str(x.v()).map(str::to_string)),
            );
        }
    }
    for b in &mro {
        if let Some(c) = b.class {
            slot_names.extend(c.slot_names.iter().filter(|n| !slot_names.contains(n)).cloned().collect::<Vec<_>>());
        }
    }
    slot_names.retain(|n| n != "__dict__" && n != "__weakref__");
    let is_exc = bases.iter().any(|b| b.kind == Kind::Exception);
    let layouts: Vec<Kind> = bases.iter().map(|b| b.kind).filter(|k| sub_layout(*k).is_some()).collect();
    if layouts.iter().any(|k| *k != layouts[0]) || (is_exc && !layouts.is_empty()) {
        return type_error("multiple bases have instance lay-out conflict");
    }
    let (kind, dealloc) = if is_exc {
        let exc_base = bases.iter().find(|b| b.kind == Kind::Exception).expect("an exception base");
        (Kind::Exception, exc_base.dealloc)
    } else if let Some(&k) = layouts.first() {
        (k, sub_layout(k).expect("a layout"))
    } else {
        (Kind::Other, dealloc_instance as unsafe fn(*mut Header))
    };
    let data: &'static ClassData = Box::leak(Box::new(ClassData {
        qualname,
        module,
        bases: bases.clone(),
        mro: Vec::new(),
        dict,
        slots,
        slot_names,
        init_cache: Default::default(),
    }));
    let ty: &'static TypeObject = Box::leak(Box::new(TypeObject {
        hdr: Header::immortal(&TYPE_TYPE),
        name: Box::leak(name.into_boxed_str()),
        kind,
        base: Some(bases[0]),
        dealloc,
        class: Some(data),
    }));
    mro.insert(0, ty);
    // SAFETY: the class data was just leaked and nothing reads its MRO yet.
    unsafe {
        let d = data as *const ClassData as *mut ClassData;
        (*d).mro = mro;
    }
    if let Some(cell) = classcell {
        crate::cell::set(cell.v(), Some(ty.as_value().new_ref()));
    }
    // The class lives to the end; its dict is emptied at exit (see `clear_at_exit`).
    make_immortal(data.dict.v());
    crate::dict::watch(data.dict.v());
    CLASSES.with(|c| c.borrow_mut().push(data));
    Ok(ty.as_value().new_ref())
}

thread_local! {
    static CLASSES: std::cell::RefCell<Vec<&'static ClassData>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Empties the dicts of every class, as CPython's finalization clears module dicts, so
/// that the objects they hold are released before the leak check.
pub fn clear_at_exit() {
    let all: Vec<&'static ClassData> = CLASSES.with(|c| c.borrow_mut().drain(..).collect());
    for c in all {
        crate::dict::clear(c.dict.v());
    }
}

/// Frees the instances kept for reuse (at exit, last before the leak check).
pub fn clear_spare() {
    let spare = SPARE.with(|s| std::mem::take(&mut *s.borrow_mut()));
    drop(spare);
}

// ---------------------------------------------------------------------------------------
// Calling classes and instances.

/// `C(*args)` for a class defined in Python.
pub fn instantiate(ty: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(r) = crate::stdlib::enum_::call_class(ty, args, kwnames) {
        return r;
    }
    let obj = if ty.kind == Kind::Exception {
        let items = args[..args.len() - kwnames.len()].iter().map(|a| a.new_ref()).collect();
        new_exc_args(ty, items)
    } else {
        alloc_instance(ty)
    };
    let init = match ty.class {
        Some(c) => init_of(ty, c),
        None => lookup(ty, "__init__"),
    };
    if ty.kind != Kind::Other && ty.kind != Kind::Exception && init.is_none() {
        // `list.__init__`/`dict.__init__` fill the instance from the arguments.
        crate::func::with_first(obj.v(), args, |full| builtin_init(full, kwnames))?;
        return Ok(obj);
    }
    match init {
        Some(init) => {
            let r = crate::func::with_first(obj.v(), args, |full| call_descr(init.v(), obj.v(), ty, full, kwnames))?;
            if !r.v().is_none() {
                return type_error(format!("__init__() should return None, not '{}'", r.v().ty().name));
            }
        }
        None if !args.is_empty() && ty.kind != Kind::Exception => {
            return type_error(format!("{}() takes no arguments", ty.name));
        }
        None => {}
    }
    Ok(obj)
}

/// A new instance of class `ty` with an empty dict, its `__init__` not called.
pub fn alloc_instance(ty: &'static TypeObject) -> Obj {
    let hdr = Header { refcnt: UnsafeCell::new(1), ty };
    let p = match ty.kind {
        Kind::List => {
            let base = crate::list::ListObj { hdr, items: UnsafeCell::new(Vec::new()) };
            Box::into_raw(Box::new(SubObj { base, dict: crate::dict::new_dict() })) as u64
        }
        Kind::Dict => {
            let base = crate::dict::DictObj { hdr, table: UnsafeCell::new(Default::default()) };
            Box::into_raw(Box::new(SubObj { base, dict: crate::dict::new_dict() })) as u64
        }
        _ => {
            let slotted = ty.class.is_some_and(|c| !c.slot_names.is_empty());
            // Instances of a fully slotted class have no `__dict__` to show: their slot
            // values live in the instance dict itself (one dict, not two).
            let only_slots = slotted && ty.class.is_some_and(|c| c.slots.is_some());
            match SPARE.with(|s| s.borrow_mut().pop()) {
                // A freed instance with its emptied dicts (see `dealloc_instance`).
                Some(mut spare) => {
                    spare.hdr = hdr;
                    let kept = spare.slot_vals.take();
                    spare.slot_vals = if only_slots {
                        drop(kept);
                        Some(spare.dict.clone())
                    } else {
                        slotted.then(|| kept.unwrap_or_else(crate::dict::new_dict))
                    };
                    Box::into_raw(spare) as u64
                }
                None => {
                    let dict = crate::dict::new_dict();
                    let slot_vals =
                        if only_slots { Some(dict.clone()) } else { slotted.then(crate::dict::new_dict) };
                    Box::into_raw(Box::new(InstanceObj { hdr, dict, slot_vals })) as u64
                }
            }
        }
    };
    live_add(1);
    Obj(Value(p))
}

/// `list.__init__(self, iterable=())` and `dict.__init__(self, mapping=(), **kw)` for
/// instances of classes deriving from them (`super().__init__(…)` reaches these too).
fn builtin_init(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let Some((&obj, rest)) = args.split_first() else { return type_error("__init__() needs an argument") };
    match obj.kind() {
        Kind::List => {
            let pos = crate::func::positional("list", crate::func::Arity::Expected, rest, kwnames, 0, 1)?;
            let items = match pos.first() {
                Some(v) => crate::iter::collect(*v)?,
                None => Vec::new(),
            };
            if let Some(l) = obj.downcast::<crate::list::ListObj>() {
                let old = std::mem::replace(l.items(), items);
                drop(old);
            }
            Ok(none_obj())
        }
        Kind::Dict => {
            crate::dict::clear(obj);
            let fresh = crate::dict::construct(rest, kwnames)?;
            crate::dict::update_from(obj, fresh.v())?;
            Ok(none_obj())
        }
        _ => Ok(none_obj()),
    }
}

/// Calls class attribute `attr` found for `obj` (of type `ty`) with `args`, whose first
/// is `obj` itself: functions get it, staticmethods do not, classmethods get the class.
fn call_descr(attr: Value, obj: Value, ty: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(f) = wrapped(attr, &STATICMETHOD_TYPE) {
        return crate::func::call(f, &args[1..], kwnames);
    }
    if let Some(f) = wrapped(attr, &CLASSMETHOD_TYPE) {
        let mut a = args.to_vec();
        a[0] = ty.as_value();
        return crate::func::call(f, &a, kwnames);
    }
    if is_function(attr) || is_object_init(attr) {
        return crate::func::call(attr, args, kwnames);
    }
    let bound = bind(attr, obj, ty)?;
    crate::func::call(bound.v(), &args[1..], kwnames)
}

fn is_object_init(v: Value) -> bool {
    v.downcast::<NativeFuncObj>().is_some_and(|n| n.name == "__init__")
}

/// What `obj.name` gives for class attribute `attr`.
fn bind(attr: Value, obj: Value, ty: &'static TypeObject) -> PyResult {
    if is_function(attr) {
        return Ok(new_method(attr.new_ref(), obj.new_ref()));
    }
    if let Some(f) = wrapped(attr, &STATICMETHOD_TYPE) {
        return Ok(f.new_ref());
    }
    if let Some(f) = wrapped(attr, &CLASSMETHOD_TYPE) {
        return Ok(new_method(f.new_ref(), ty.as_value().new_ref()));
    }
    if let Some(p) = attr.downcast::<PropertyObj>() {
        return match &p.fget {
            Some(g) => crate::func::call(g.v(), &[obj], &[]),
            None => Err(PyErr::new(&ATTRIBUTE_ERROR, "unreadable attribute")),
        };
    }
    Ok(attr.new_ref())
}

/// What `obj.name` gives for class attribute `attr` of `obj`'s type.
pub(crate) fn bind_attr(attr: Value, obj: Value) -> PyResult {
    bind(attr, obj, obj.ty())
}

/// Calls a bound method object.
pub fn call_method_obj(m: &MethodObj, args: &[Value], kwnames: &[Obj]) -> PyResult {
    crate::func::with_first(m.recv.v(), args, |full| crate::func::call(m.func.v(), full, kwnames))
}

/// Calls an object that is neither a function nor a type: a bound method, or an
/// instance whose class defines `__call__`.
pub fn call_object(f: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(m) = f.downcast::<MethodObj>() {
        return call_method_obj(m, args, kwnames);
    }
    if class_of(f).is_some() {
        if let Some(r) = call_dunder(f, "__call__", args, kwnames) {
            return r;
        }
    }
    type_error(format!("'{}' object is not callable", f.ty().name))
}

/// Is `v` an instance whose class defines `__call__`?
pub fn is_callable_instance(v: Value) -> bool {
    v.downcast::<MethodObj>().is_some() || class_of(v).is_some_and(|_| lookup(v.ty(), "__call__").is_some())
}

/// Calls `obj.name(*args)` when `obj`'s class (defined in Python) has `name`; None
/// when it does not.
pub fn call_dunder(obj: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> Option<PyResult> {
    let ty = obj.ty();
    ty.class?;
    let attr = lookup(ty, name)?;
    Some(crate::func::with_first(obj, args, |full| call_descr(attr.v(), obj, ty, full, kwnames)))
}

/// `obj.name(*args)` for instances of classes defined in Python (None: not one).
pub fn call_method(obj: Value, name: &str, args: &[Value], kwnames: &[Obj]) -> Option<PyResult> {
    let ty = obj.ty();
    ty.class?;
    let key = crate::str::intern(name);
    if ty.class.is_some_and(|c| is_slot(c, name)) {
        return None;
    }
    // An instance attribute shadows the class's.
    if let Some(d) = instance_dict(obj) {
        if let Ok(Some(v)) = crate::dict::get_item(d, key.v()) {
            return Some(crate::func::call(v.v(), args, kwnames));
        }
    }
    let attr = lookup_key(ty, key.v())?;
    if attr.v().downcast::<PropertyObj>().is_some() {
        return None;
    }
    Some(crate::func::with_first(obj, args, |full| call_descr(attr.v(), obj, ty, full, kwnames)))
}

// ---------------------------------------------------------------------------------------
// Attributes.

fn no_attribute(obj: Value, name: &str) -> PyErr {
    PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{}'", obj.ty().name, name))
}

/// `obj.name` for instances of classes defined in Python (None: not one).
pub fn getattr(obj: Value, name: &str) -> Option<PyResult> {
    let ty = obj.ty();
    ty.class?;
    let key = crate::str::intern(name);
    let attr = lookup_key(ty, key.v());
    if let Some(a) = &attr {
        if a.v().downcast::<PropertyObj>().is_some() {
            return Some(bind(a.v(), obj, ty));
        }
    }
    let c = ty.class?;
    if name == "__dict__" {
        if c.slots.is_some() {
            return Some(Err(no_attribute(obj, name)));
        }
        return instance_dict(obj).map(|d| Ok(d.new_ref()));
    }
    if is_slot(c, name) {
        if let Some(d) = slot_vals(obj) {
            match crate::dict::get_item(d, key.v()) {
                Ok(Some(v)) => return Some(Ok(v)),
                Ok(None) => {}
                Err(e) => return Some(Err(e)),
            }
        }
    } else if let Some(d) = instance_dict(obj) {
        match crate::dict::get_item(d, key.v()) {
            Ok(Some(v)) => return Some(Ok(v)),
            Ok(None) => {}
            Err(e) => return Some(Err(e)),
        }
    }
    if let Some(a) = attr {
        return Some(bind(a.v(), obj, ty));
    }
    if ty.kind != Kind::Other {
        // Exceptions and subclasses of list/dict: the builtin type's attributes next.
        return None;
    }
    // `object`'s own methods (`obj.__init__`, `obj.__setattr__`), bound.
    if let Some(a) = ty.class.and_then(|c| c.mro[1..].iter().find_map(|b| b.class.is_none().then(|| builtin_type_attr(b, name)).flatten())) {
        return Some(Ok(new_method(a, obj.new_ref())));
    }
    if let Some(ga) = lookup(ty, "__getattr__") {
        let n = crate::str::intern(name);
        return Some(call_descr(ga.v(), obj, ty, &[obj, n.v()], &[]));
    }
    Some(Err(no_attribute(obj, name)))
}

/// `obj.name = v` (None: not an instance of a class defined in Python).
pub fn setattr(obj: Value, name: &str, v: Value) -> Option<PyResult<()>> {
    let ty = obj.ty();
    let c = ty.class?;
    if let Some(sa) = lookup(ty, "__setattr__") {
        let n = crate::str::intern(name);
        return Some(call_descr(sa.v(), obj, ty, &[obj, n.v(), v], &[]).map(drop));
    }
    Some(generic_setattr(obj, c, name, v))
}

/// `object.__setattr__(obj, name, v)` for an instance of a class defined in Python.
pub fn generic_setattr(obj: Value, c: &ClassData, name: &str, v: Value) -> PyResult<()> {
    let ty = obj.ty();
    if let Some(a) = lookup(ty, name) {
        if let Some(p) = a.v().downcast::<PropertyObj>() {
            return match &p.fset {
                Some(s) => crate::func::call(s.v(), &[obj, v], &[]).map(drop),
                None => Err(PyErr::new(
                    &ATTRIBUTE_ERROR,
                    format!("{} of '{}' object has no setter", p.describe(), ty.name),
                )),
            };
        }
    }
    if is_slot(c, name) {
        let d = slot_vals(obj).ok_or_else(|| no_attribute(obj, name))?;
        return crate::dict::set_item(d, crate::str::intern(name), v.new_ref());
    }
    if c.slots.is_some() {
        return Err(no_attribute(obj, name));
    }
    match instance_dict(obj) {
        Some(d) => crate::dict::set_item(d, crate::str::intern(name), v.new_ref()),
        None => Err(no_attribute(obj, name)),
    }
}

/// `object.__setattr__(obj, name, v)`.
fn object_setattr(args: &[Value], _kw: &[Obj]) -> PyResult {
    if args.len() != 3 {
        return type_error("expected 3 arguments");
    }
    let name = crate::str::as_str(args[1]).unwrap_or("");
    match args[0].ty().class {
        Some(c) => generic_setattr(args[0], c, name, args[2])?,
        None => crate::ops::setattr(args[0], name, args[2])?,
    }
    Ok(none_obj())
}

/// `del obj.name` (None: not an instance of a class defined in Python).
pub fn delattr(obj: Value, name: &str) -> Option<PyResult<()>> {
    let ty = obj.ty();
    ty.class?;
    if let Some(da) = lookup(ty, "__delattr__") {
        let n = crate::str::intern(name);
        return Some(call_descr(da.v(), obj, ty, &[obj, n.v()], &[]).map(drop));
    }
    Some(generic_delattr(obj, name))
}

/// `object.__delattr__(obj, name)`.
pub fn generic_delattr(obj: Value, name: &str) -> PyResult<()> {
    let ty = obj.ty();
    if let Some(a) = lookup(ty, name) {
        if let Some(p) = a.v().downcast::<PropertyObj>() {
            return match &p.fdel {
                Some(d) => crate::func::call(d.v(), &[obj], &[]).map(drop),
                None => Err(PyErr::new(
                    &ATTRIBUTE_ERROR,
                    format!("{} of '{}' object has no deleter", p.describe(), ty.name),
                )),
            };
        }
    }
    let key = crate::str::intern(name);
    if ty.class.is_some_and(|c| is_slot(c, name)) {
        // An unset slot: CPython's member descriptor names just the attribute.
        let d = slot_vals(obj).ok_or_else(|| no_attribute(obj, name))?;
        return match crate::dict::pop(d, key.v())? {
            Some(_) => Ok(()),
            None => Err(PyErr::new(&ATTRIBUTE_ERROR, name.to_string())),
        };
    }
    let d = instance_dict(obj).ok_or_else(|| no_attribute(obj, name))?;
    match crate::dict::pop(d, key.v())? {
        Some(_) => Ok(()),
        None => Err(no_attribute(obj, name)),
    }
}

fn object_delattr(args: &[Value], _kw: &[Obj]) -> PyResult {
    if args.len() != 2 {
        return type_error("expected 2 arguments");
    }
    generic_delattr(args[0], crate::str::as_str(args[1]).unwrap_or(""))?;
    Ok(none_obj())
}

/// `object.__init__(self)`.
fn object_init(args: &[Value], kwnames: &[Obj]) -> PyResult {
    if args.len() > 1 || !kwnames.is_empty() {
        // As CPython: the class's name, unless some class defines its own `__init__`.
        let name = match args.first() {
            Some(o) if lookup(o.ty(), "__init__").is_none() => o.ty().name,
            _ => "object",
        };
        return type_error(format!("{name}.__init__() takes exactly one argument (the instance to initialize)"));
    }
    Ok(none_obj())
}

/// `BaseException.__init__(self, *args)`.
fn exception_init(args: &[Value], _kwnames: &[Obj]) -> PyResult {
    if let Some(e) = args.first().and_then(|v| exc_ref(*v)) {
        e.set_args(crate::tuple::new_tuple(args[1..].iter().map(|a| a.new_ref()).collect()));
    }
    Ok(none_obj())
}

static OBJECT_INIT: NativeFuncObj = crate::func::native_static("__init__", object_init);
static OBJECT_SETATTR: NativeFuncObj = crate::func::native_static("__setattr__", object_setattr);
static OBJECT_DELATTR: NativeFuncObj = crate::func::native_static("__delattr__", object_delattr);
static EXCEPTION_INIT: NativeFuncObj = crate::func::native_static("__init__", exception_init);
static BUILTIN_INIT: NativeFuncObj = crate::func::native_static("__init__", builtin_init);
static TYPE_MRO: NativeFuncObj = crate::func::native_static("mro", type_mro);

/// `C.mro()`: the method resolution order as a list.
fn type_mro(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("mro", crate::func::Arity::Takes, args, kwnames, 1, 1)?;
    let mro = crate::builtins::as_type(pos[0]).map(mro_of).unwrap_or_default();
    Ok(crate::list::new_list(mro.into_iter().map(|t| t.as_value().new_ref()).collect()))
}

fn static_fn(f: &'static NativeFuncObj) -> Obj {
    Value(f as *const NativeFuncObj as u64).new_ref()
}

/// Attributes of builtin types reached through `super()` or `Base.name` (`object.__init__`).
fn builtin_type_attr(t: &'static TypeObject, name: &str) -> Option<Obj> {
    match name {
        "__init__" if t.kind == Kind::Exception => Some(static_fn(&EXCEPTION_INIT)),
        "__init__" if std::ptr::eq(t, &OBJECT_TYPE) => Some(static_fn(&OBJECT_INIT)),
        "__init__" if std::ptr::eq(t, &LIST_TYPE) || std::ptr::eq(t, &DICT_TYPE) => Some(static_fn(&BUILTIN_INIT)),
        "__setattr__" if std::ptr::eq(t, &OBJECT_TYPE) => Some(static_fn(&OBJECT_SETATTR)),
        "fromhex" if matches!(t.kind, Kind::Bytes | Kind::ByteArray) => {
            Some(new_method(static_fn(&crate::bytes::FROMHEX), t.as_value().new_ref()))
        }
        "__delattr__" if std::ptr::eq(t, &OBJECT_TYPE) => Some(static_fn(&OBJECT_DELATTR)),
        _ => None,
    }
}

/// `C.name` for type objects (classes defined in Python, and the few attributes of
/// builtin types that Python code reaches through classes). None: not handled here.
pub fn type_getattr(t: Value, name: &str) -> Option<PyResult> {
    let ty = crate::builtins::as_type(t)?;
    let Some(c) = ty.class else {
        if name == "__dict__" {
            return Some(Err(PyErr::new(
                &NOT_IMPLEMENTED_ERROR,
                format!("pyaot: the __dict__ of builtin type '{}' is not supported yet", ty.name),
            )));
        }
        return builtin_type_attr(ty, name).map(Ok);
    };
    match name {
        "__name__" => return Some(Ok(crate::str::new_str(ty.name))),
        "__qualname__" => return Some(Ok(crate::str::new_str(&c.qualname))),
        "__module__" => return Some(Ok(crate::str::new_str(&c.module))),
        "__mro__" => {
            return Some(Ok(crate::tuple::new_tuple(c.mro.iter().map(|t| t.as_value().new_ref()).collect())))
        }
        "__bases__" => {
            return Some(Ok(crate::tuple::new_tuple(c.bases.iter().map(|t| t.as_value().new_ref()).collect())))
        }
        "__dict__" => return Some(Ok(c.dict.clone())),
        // A class's own annotations only (made empty on first access, as CPython 3.10+).
        "__annotations__" => {
            let key = crate::str::intern(name);
            return Some(match crate::dict::get_item(c.dict.v(), key.v()) {
                Ok(Some(a)) => Ok(a),
                Ok(None) => {
                    let d = crate::dict::new_dict();
                    crate::dict::set_item(c.dict.v(), key, d.clone()).map(|_| d)
                }
                Err(e) => Err(e),
            });
        }
        "mro" if lookup(ty, name).is_none() => return Some(Ok(new_method(static_fn(&TYPE_MRO), t.new_ref()))),
        _ => {}
    }
    if let Some(a) = lookup(ty, name) {
        if let Some(f) = wrapped(a.v(), &STATICMETHOD_TYPE) {
            return Some(Ok(f.new_ref()));
        }
        if let Some(f) = wrapped(a.v(), &CLASSMETHOD_TYPE) {
            return Some(Ok(new_method(f.new_ref(), t.new_ref())));
        }
        return Some(Ok(a));
    }
    for b in &c.mro[1..] {
        if b.class.is_none() {
            if let Some(a) = builtin_type_attr(b, name) {
                return Some(Ok(a));
            }
        }
    }
    Some(Err(PyErr::new(&ATTRIBUTE_ERROR, format!("type object '{}' has no attribute '{}'", ty.name, name))))
}

/// `C.name = v` on a class defined in Python.
pub fn type_setattr(t: Value, name: &str, v: Value) -> Option<PyResult<()>> {
    let (_, c) = as_class(t)?;
    if let Some(e) = crate::stdlib::enum_::class_setattr(t, name) {
        return Some(Err(e));
    }
    Some(crate::dict::set_item(c.dict.v(), crate::str::intern(name), v.new_ref()))
}

// ---------------------------------------------------------------------------------------
// super

/// `super(C, obj)`.
pub fn new_super(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("super", crate::func::Arity::Expected, args, kwnames, 2, 2)?;
    if crate::builtins::as_type(pos[0]).is_none() {
        return type_error(format!("super() argument 1 must be a type, not {}", pos[0].ty().name));
    }
    Ok(alloc(SuperObj { hdr: Header::new(&SUPER_TYPE), start: pos[0].new_ref(), obj: pos[1].new_ref() }))
}

/// The attribute `name` after `s.start` in the MRO of `s.obj`, and the class it is in.
fn super_lookup(s: &SuperObj, name: &str) -> Option<Obj> {
    let obj = s.obj.v();
    let objty = crate::builtins::as_type(obj).unwrap_or(obj.ty());
    let mro = mro_of(objty);
    let start = crate::builtins::as_type(s.start.v())?;
    let pos = mro.iter().position(|t| std::ptr::eq(*t, start))?;
    let key = crate::str::intern(name);
    for t in &mro[pos + 1..] {
        match t.class {
            Some(c) => {
                if let Ok(Some(v)) = crate::dict::get_item(c.dict.v(), key.v()) {
                    return Some(v);
                }
            }
            None => {
                if let Some(v) = builtin_type_attr(t, name) {
                    return Some(v);
                }
            }
        }
    }
    None
}

pub fn super_getattr(s: &SuperObj, name: &str) -> PyResult {
    let obj = s.obj.v();
    let Some(a) = super_lookup(s, name) else {
        // A builtin base's own method or `__repr__`/`__str__`: its builtin behaviour.
        let kind_table: &[&'static str] = match obj.kind() {
            Kind::List => crate::list::METHODS,
            Kind::Dict => crate::dict::METHODS,
            _ => &[],
        };
        let found = crate::ops::builtin_dunder(name).or_else(|| kind_table.iter().copied().find(|m| *m == name));
        if let (Some(m), None) = (found, crate::builtins::as_type(obj)) {
            let native = crate::func::Native::BaseMethod(s.obj.clone(), m);
            return Ok(alloc(NativeFuncObj { hdr: Header::new(&BUILTIN_FUNCTION_TYPE), name: m, native }));
        }
        return Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'super' object has no attribute '{name}'")));
    };
    if a.v().downcast::<NativeFuncObj>().is_some() {
        return Ok(new_method(a, s.obj.clone()));
    }
    bind(a.v(), obj, crate::builtins::as_type(obj).unwrap_or(obj.ty()))
}

pub fn as_super(v: Value) -> Option<&'static SuperObj> {
    v.downcast::<SuperObj>()
}

// ---------------------------------------------------------------------------------------
// staticmethod, classmethod, property

pub fn staticmethod(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("staticmethod", crate::func::Arity::Expected, args, kwnames, 1, 1)?;
    Ok(alloc_wrap(&STATICMETHOD_TYPE, pos[0]))
}

pub fn classmethod(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("classmethod", crate::func::Arity::Expected, args, kwnames, 1, 1)?;
    Ok(alloc_wrap(&CLASSMETHOD_TYPE, pos[0]))
}

fn alloc_wrap(ty: &'static TypeObject, f: Value) -> Obj {
    let b = Box::new(WrapObj { hdr: Header::new(ty), func: f.new_ref() });
    live_add(1);
    Obj(Value(Box::into_raw(b) as u64))
}

pub fn property(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [g, s, d, _doc] = crate::func::bind("property", args, kwnames, ["fget", "fset", "fdel", "doc"], 0)?;
    let opt = |v: Option<Value>| v.filter(|x| !x.is_none()).map(|x| x.new_ref());
    Ok(PropertyObj::new_obj(opt(g), opt(s), opt(d)))
}

/// `prop.setter(f)`, `prop.deleter(f)`, `prop.getter(f)`.
pub fn property_method(p: &PropertyObj, name: &str, args: &[Value]) -> PyResult {
    let f = args.first().map(|v| v.new_ref());
    let (mut g, mut s, mut d) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    match name {
        "setter" => s = f,
        "deleter" => d = f,
        "getter" => g = f,
        _ => return Err(PyErr::new(&ATTRIBUTE_ERROR, format!("'property' object has no attribute '{name}'"))),
    }
    // The copy keeps the name, as CPython 3.11's does.
    let name = std::cell::RefCell::new(p.name.borrow().clone());
    Ok(alloc(PropertyObj { hdr: Header::new(&PROPERTY_TYPE), fget: g, fset: s, fdel: d, name }))
}

pub fn as_property(v: Value) -> Option<&'static PropertyObj> {
    v.downcast::<PropertyObj>()
}

// ---------------------------------------------------------------------------------------
// Protocols

/// The result of a binary dunder, or None when neither operand's class defines one
/// that accepts the pair (NotImplemented).
pub fn binop_dunder(a: Value, b: Value, name: &str, rname: &str) -> Option<PyResult> {
    if class_of(a).is_some() {
        if let Some(r) = call_dunder(a, name, &[b], &[]) {
            match r {
                Ok(v) if v.v() == not_implemented() => {}
                other => return Some(other),
            }
        }
    }
    if class_of(b).is_some() {
        if let Some(r) = call_dunder(b, rname, &[a], &[]) {
            match r {
                Ok(v) if v.v() == not_implemented() => {}
                other => return Some(other),
            }
        }
    }
    None
}

/// The default repr of an instance: `<__main__.C object at 0x…>`.
pub fn default_repr(v: Value) -> String {
    let c = v.ty().class.map_or("__main__", |c| c.module.as_str());
    format!("<{}.{} object at {:#x}>", c, v.ty().class.map_or(v.ty().name, |c| c.qualname.as_str()), v.0)
}
