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
    /// `__new__` defined in Python along the MRO, cached as `init_cache`.
    new_cache: std::cell::Cell<[u64; 2]>,
    /// Where instances of a class deriving from a builtin type (a `SubObj`) keep their
    /// `__dict__`: its offset in the object (CPython's `tp_dictoffset`); 0 for the others.
    dict_offset: usize,
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

/// `__new__` defined in Python along the MRO of class `ty`, looked up once per class epoch.
fn new_of(ty: &'static TypeObject, c: &ClassData) -> Option<Obj> {
    let [epoch, attr] = c.new_cache.get();
    if epoch == crate::inline_cache::epoch() {
        return (attr != 0).then(|| Value(attr).new_ref());
    }
    let new = lookup(ty, "__new__");
    c.new_cache.set([crate::inline_cache::epoch(), new.as_ref().map_or(0, |i| i.v().0)]);
    new
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

/// How instances of a class deriving from a builtin type are laid out: their dealloc and
/// where their `__dict__` is (`SubObj<T>` for the builtin's payload `T`).
#[derive(Clone, Copy)]
struct SubLayout {
    dealloc: unsafe fn(*mut Header),
    dict_offset: usize,
}

macro_rules! sub {
    ($t:ty) => {
        Some(SubLayout { dealloc: dealloc_sub::<$t>, dict_offset: std::mem::offset_of!(SubObj<$t>, dict) })
    };
}

/// The builtin layouts Python classes may derive from, besides `object` and exceptions.
fn sub_layout(kind: Kind) -> Option<SubLayout> {
    match kind {
        Kind::List => sub!(crate::list::ListObj),
        Kind::Dict => sub!(crate::dict::DictObj),
        Kind::Int => sub!(crate::int::IntObj),
        Kind::Float => sub!(crate::float::FloatObj),
        Kind::Complex => sub!(crate::complex::ComplexObj),
        Kind::Str => sub!(crate::str::StrObj),
        Kind::Tuple => sub!(crate::tuple::TupleObj),
        Kind::Set | Kind::FrozenSet => sub!(crate::set::SetObj),
        Kind::Bytes | Kind::ByteArray => sub!(crate::bytes::BytesObj),
        // A metaclass: its instances are classes (leaked type objects, no instance dict).
        Kind::Type => Some(SubLayout { dealloc: dealloc_never, dict_offset: 0 }),
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
    let off = v.ty().class?.dict_offset;
    if off == 0 {
        return None;
    }
    // SAFETY: a class with a dict offset lays its instances out as `SubObj<T>`, whose
    // `dict` field (an `Obj`) is at that offset; the caller's reference keeps `v` alive.
    Some(unsafe { (*((v.0 as usize + off) as *const Obj)).v() })
}

// ---------------------------------------------------------------------------------------
// Descriptor objects: bound methods, staticmethod, classmethod, property, super.

use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, BASETYPE, EMPTY};

pub static METHOD_TYPE: TypeObject =
    TypeObject::builtin("method", Kind::BoundMethod, Some(&OBJECT_TYPE), dealloc_payload::<MethodObj>, &METHOD_SPEC);
pub static STATICMETHOD_TYPE: TypeObject =
    TypeObject::builtin("staticmethod", Kind::Other, Some(&OBJECT_TYPE), dealloc_wrap, &STATICMETHOD_SPEC);
pub static CLASSMETHOD_TYPE: TypeObject =
    TypeObject::builtin("classmethod", Kind::Other, Some(&OBJECT_TYPE), dealloc_wrap, &CLASSMETHOD_SPEC);
pub static PROPERTY_TYPE: TypeObject =
    TypeObject::builtin("property", Kind::Other, Some(&OBJECT_TYPE), dealloc_payload::<PropertyObj>, &PROPERTY_SPEC);
pub static SUPER_TYPE: TypeObject =
    TypeObject::builtin("super", Kind::Other, Some(&OBJECT_TYPE), dealloc_payload::<SuperObj>, &SUPER_SPEC);

unsafe fn dealloc_wrap(h: *mut Header) {
    // SAFETY: both wrapper types allocate a WrapObj (`alloc_wrap`).
    drop(Box::from_raw(h as *mut WrapObj));
}

unsafe fn dealloc_never(_: *mut Header) {}

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
    /// `__doc__`: the `doc` argument, else the getter's docstring.
    doc: Option<Obj>,
    /// The doc came from the getter (`getter()` then takes the new getter's).
    getter_doc: bool,
    /// The name it was given in a class body (`__set_name__`), for error messages.
    name: std::cell::RefCell<Option<String>>,
}

impl PropertyObj {
    /// A new property object (with no name yet).
    pub fn new_obj(fget: Option<Obj>, fset: Option<Obj>, fdel: Option<Obj>) -> Obj {
        let doc = fget.as_ref().and_then(|g| crate::ops::getattr(g.v(), "__doc__").ok()).filter(|d| !d.v().is_none());
        let getter_doc = doc.is_some();
        alloc(PropertyObj {
            hdr: Header::new(&PROPERTY_TYPE),
            fget,
            fset,
            fdel,
            doc,
            getter_doc,
            name: Default::default(),
        })
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
pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject::builtin(
    "NotImplementedType",
    Kind::Other,
    Some(&OBJECT_TYPE),
    dealloc_never,
    &crate::misctypes::NOT_IMPLEMENTED_SPEC,
);
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
        let head =
            seqs.iter().map(|s| s[0]).find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| std::ptr::eq(*x, *c))));
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

/// Makes a class of metaclass `type` from its namespace (for classes stdlib modules define;
/// `type.__new__` is `typenew::type_new`).
pub fn make_class(name: String, qualname: String, bases: Vec<&'static TypeObject>, ns: Obj) -> PyResult {
    make_class_with(&TYPE_TYPE, name, qualname, bases, ns)
}

/// Is `b` a type Python classes may derive from? (NotImplementedError for builtin base
/// types whose subclasses pyaot cannot lay out yet.)
fn check_base(b: &'static TypeObject) -> PyResult<()> {
    if b.class.is_some() || b.kind == Kind::Exception || std::ptr::eq(b, &OBJECT_TYPE) {
        return Ok(());
    }
    if b.spec.flags & crate::typeobj::BASETYPE == 0 {
        return type_error(format!("type '{}' is not an acceptable base type", b.name));
    }
    if sub_layout(b.kind).is_none() {
        return Err(PyErr::new(
            &NOT_IMPLEMENTED_ERROR,
            format!("pyaot: subclassing the builtin type '{}' is not supported yet", b.name),
        ));
    }
    Ok(())
}

/// Makes a class of metaclass `meta` from namespace `ns` (a dict the class takes over).
pub fn make_class_with(
    meta: &'static TypeObject,
    name: String,
    qualname: String,
    mut bases: Vec<&'static TypeObject>,
    ns: Obj,
) -> PyResult {
    if bases.is_empty() {
        bases.push(&OBJECT_TYPE);
    }
    for b in &bases {
        check_base(b)?;
    }
    let dict = crate::dict::new_dict();
    let mut classcell = None;
    for (k, v) in crate::dict::items_vec(ns.v()) {
        match crate::str::as_str(k.v()) {
            Some("__classcell__") => classcell = Some(v),
            Some("__qualname__") => {}
            key => {
                // A plain function as `__init_subclass__`/`__class_getitem__` is a class
                // method, and as `__new__` a static method, as `type.__new__` makes them.
                let v = match key {
                    Some("__init_subclass__" | "__class_getitem__") if is_function(v.v()) => {
                        alloc_wrap(&CLASSMETHOD_TYPE, v.v())
                    }
                    Some("__new__") if is_function(v.v()) => alloc_wrap(&STATICMETHOD_TYPE, v.v()),
                    _ => v,
                };
                if let (Some(p), Some(n)) = (v.v().downcast::<PropertyObj>(), key) {
                    // `property.__set_name__`.
                    *p.name.borrow_mut() = Some(n.to_string());
                }
                crate::dict::set_item(dict.v(), k, v)?;
            }
        }
    }
    let set = |k: &str, v: Obj| crate::dict::set_item(dict.v(), crate::str::new_str(k), v);
    let has = |k: &str| crate::dict::get_name(dict.v(), crate::str::intern(k).v()).is_some();
    let module = match crate::dict::get_name(dict.v(), crate::str::intern("__module__").v()) {
        Some(m) => crate::str::as_str(m.v()).unwrap_or("__main__").to_string(),
        None => {
            set("__module__", crate::str::new_str("__main__"))?;
            "__main__".to_string()
        }
    };
    if !has("__doc__") {
        set("__doc__", none_obj())?;
    }
    // A class that defines `__eq__` and not `__hash__` is unhashable, as in CPython.
    if has("__eq__") && !has("__hash__") {
        set("__hash__", none_obj())?;
    }
    let slots = match crate::dict::get_item(dict.v(), crate::str::new_str("__slots__").v())? {
        Some(s) => {
            let mut names: Vec<String> = if s.v().kind() == Kind::Str {
                vec![crate::str::as_str(s.v()).unwrap_or("").to_string()]
            } else {
                crate::iter::collect(s.v())?
                    .iter()
                    .map(|x| crate::str::as_str(x.v()).unwrap_or("").to_string())
                    .collect()
            };
            // Slots of the bases stay allowed; a base without slots allows anything.
            let mut all_slotted = !names.iter().any(|n| n == "__dict__");
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
    let mut pending_getsets: Vec<(Obj, &'static GetSetDef)> = Vec::new();
    // The builtin layout the bases impose: at most one (besides plain objects).
    let layouts: Vec<Kind> = bases.iter().map(|b| b.kind).filter(|k| sub_layout(*k).is_some()).collect();
    if layouts.iter().any(|k| *k != layouts[0]) || (is_exc && !layouts.is_empty()) {
        return type_error("multiple bases have instance lay-out conflict");
    }
    let (kind, dealloc, dict_offset) = if is_exc {
        let exc_base = bases.iter().find(|b| b.kind == Kind::Exception).expect("an exception base");
        (Kind::Exception, exc_base.dealloc, 0)
    } else if let Some(&k) = layouts.first() {
        let l = sub_layout(k).expect("a layout");
        (k, l.dealloc, l.dict_offset)
    } else {
        (Kind::Other, dealloc_instance as unsafe fn(*mut Header), 0)
    };
    // The class that first gives instances a `__dict__` holds its descriptor, as CPython's.
    let base_has_dict = bases.iter().any(|b| b.kind == Kind::Exception || b.class.is_some_and(|c| c.slots.is_none()));
    if slots.is_none() && !base_has_dict && kind != Kind::Type {
        for (n, g) in [("__dict__", &DICT_GETSET), ("__weakref__", &WEAKREF_GETSET)] {
            let key = crate::str::intern(n);
            if crate::dict::get_name(dict.v(), key.v()).is_none() {
                pending_getsets.push((key, g));
            }
        }
    }
    let data: &'static ClassData = Box::leak(Box::new(ClassData {
        qualname,
        module,
        bases: bases.clone(),
        mro: Vec::new(),
        dict,
        slots,
        slot_names,
        init_cache: Default::default(),
        new_cache: Default::default(),
        dict_offset,
    }));
    let ty: &'static TypeObject = Box::leak(Box::new(TypeObject {
        hdr: Header::immortal(meta),
        name: Box::leak(name.into_boxed_str()),
        kind,
        base: Some(bases[0]),
        dealloc,
        class: Some(data),
        spec: &crate::typeobj::EMPTY_SPEC,
        dict: std::sync::atomic::AtomicU64::new(data.dict.v().0),
    }));
    mro.insert(0, ty);
    for (key, g) in pending_getsets {
        crate::dict::set_item(data.dict.v(), key, crate::descr::for_getset(ty, g))?;
    }
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

/// `C(*args)` for a class defined in Python (`type.__call__`): `__new__`, then
/// `__init__` when the result is an instance of `C`.
pub fn instantiate(ty: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if let Some(r) = crate::stdlib::enum_::call_class(ty, args, kwnames) {
        return r;
    }
    let Some(c) = ty.class else { return crate::builtins::call_builtin_type(ty, args, kwnames) };
    let init = init_of(ty, c);
    let obj = match new_of(ty, c) {
        Some(new) => {
            // `__new__` is a static method that takes the class first.
            let f = wrapped(new.v(), &STATICMETHOD_TYPE).unwrap_or(new.v());
            crate::func::with_first(ty.as_value(), args, |full| crate::func::call(f, full, kwnames))?
        }
        None => builtin_new(ty, init.is_some(), args, kwnames)?,
    };
    if !obj.v().ty().is_subtype(ty) {
        return Ok(obj);
    }
    match init {
        Some(init) => {
            let r = crate::func::with_first(obj.v(), args, |full| call_descr(init.v(), obj.v(), ty, full, kwnames))?;
            if !r.v().is_none() {
                return type_error(format!("__init__() should return None, not '{}'", r.v().ty().name));
            }
        }
        None if ty.kind != Kind::Other => builtin_init_of(ty, obj.v(), args, kwnames)?,
        None => {}
    }
    Ok(obj)
}

/// The instance `C(*args)` makes when no class along the MRO defines `__new__` in Python:
/// the builtin base's constructor (`object.__new__`, `int.__new__`, an exception's).
fn builtin_new(ty: &'static TypeObject, has_init: bool, args: &[Value], kwnames: &[Obj]) -> PyResult {
    match ty.kind {
        Kind::Other => {
            if !has_init && !args.is_empty() {
                return type_error(format!("{}() takes no arguments", ty.name));
            }
            Ok(alloc_instance(ty))
        }
        Kind::Exception => {
            let (pos, _) = crate::func::split_args(args, kwnames);
            Ok(new_exc_args(ty, pos.iter().map(|a| a.new_ref()).collect()))
        }
        _ => match ty.layout().spec.new {
            Some(new) => new(ty, args, kwnames),
            None => type_error(format!("cannot create '{}' instances", ty.name)),
        },
    }
}

/// `__init__` of the builtin base of `ty` (`list.__init__`, `BaseException.__init__`) on
/// a new instance, when no class defines `__init__` in Python.
fn builtin_init_of(ty: &'static TypeObject, obj: Value, args: &[Value], kwnames: &[Obj]) -> PyResult<()> {
    let key = crate::str::intern("__init__");
    if let Some((init, owner)) = crate::typeobj::lookup_where(ty, key.v()) {
        if !std::ptr::eq(owner, &OBJECT_TYPE) {
            if let Some(d) = crate::descr::as_method_descr(init.v()) {
                crate::descr::call_def(d.def, d.owner, obj, args, kwnames)?;
            }
        }
    }
    Ok(())
}

/// An instance of class `cls` (defined in Python, deriving from a builtin type) holding
/// the value of `base`, an instance of that builtin type (`float.__new__(Celsius, 3.0)`).
pub fn new_builtin_subclass_instance(cls: &'static TypeObject, base: Value) -> PyResult {
    let Some(c) = cls.class else { return Ok(base.new_ref()) };
    let hdr = || Header { refcnt: UnsafeCell::new(1), ty: cls };
    let dict = || crate::dict::new_dict();
    let p = match cls.kind {
        Kind::Int => {
            let v = crate::int::to_bigint(base).unwrap_or_default();
            Box::into_raw(Box::new(SubObj { base: crate::int::IntObj { hdr: hdr(), v }, dict: dict() })) as u64
        }
        Kind::Float => {
            let v = crate::float::float_val(base).unwrap_or(0.0);
            Box::into_raw(Box::new(SubObj { base: crate::float::FloatObj { hdr: hdr(), v }, dict: dict() })) as u64
        }
        Kind::Complex => {
            let z = crate::complex::parts(base).unwrap_or(crate::complex::Complex::new(0.0, 0.0));
            let base = crate::complex::ComplexObj { hdr: hdr(), re: z.re, im: z.im };
            Box::into_raw(Box::new(SubObj { base, dict: dict() })) as u64
        }
        Kind::Str => {
            let Some(so) = base.downcast::<crate::str::StrObj>() else { return type_error("str expected") };
            let base = crate::str::StrObj {
                hdr: hdr(),
                s: so.s.clone(),
                nchars: so.nchars,
                hash: std::cell::Cell::new(so.hash.get()),
            };
            Box::into_raw(Box::new(SubObj { base, dict: dict() })) as u64
        }
        Kind::Tuple => {
            let items: Box<[Obj]> = crate::tuple::items(base).to_vec().into_boxed_slice();
            Box::into_raw(Box::new(SubObj { base: crate::tuple::TupleObj { hdr: hdr(), items }, dict: dict() })) as u64
        }
        Kind::FrozenSet | Kind::Set => {
            let base = crate::set::payload_copy(base, hdr())?;
            Box::into_raw(Box::new(SubObj { base, dict: dict() })) as u64
        }
        Kind::Bytes | Kind::ByteArray => {
            let data = crate::bytes::buffer(base).unwrap_or(&[]).to_vec();
            let base = crate::bytes::BytesObj::with_header(hdr(), data);
            Box::into_raw(Box::new(SubObj { base, dict: dict() })) as u64
        }
        _ => {
            return Err(PyErr::new(
                &NOT_IMPLEMENTED_ERROR,
                format!("pyaot: subclassing the builtin type '{}' is not supported yet", cls.layout().name),
            ))
        }
    };
    let _ = c;
    live_add(1);
    Ok(Obj(Value(p)))
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
        Kind::Set | Kind::FrozenSet => {
            let base = crate::set::empty_payload(hdr);
            Box::into_raw(Box::new(SubObj { base, dict: crate::dict::new_dict() })) as u64
        }
        Kind::ByteArray | Kind::Bytes => {
            let base = crate::bytes::BytesObj::with_header(hdr, Vec::new());
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
                    let slot_vals = if only_slots { Some(dict.clone()) } else { slotted.then(crate::dict::new_dict) };
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
pub(crate) fn builtin_init(args: &[Value], kwnames: &[Obj]) -> PyResult {
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
    crate::descr::get(attr, Some(obj), ty)
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
    if let Some(d) = crate::descr::as_method_descr(f) {
        return crate::descr::call_method_descr(d, args, kwnames);
    }
    if let Some(w) = f.downcast::<crate::descr::MethodWrapperObj>() {
        return crate::descr::call_method_wrapper(w, args, kwnames);
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

// ---------------------------------------------------------------------------------------
// Attributes (the algorithm is `attr.rs`'s).

fn no_attribute(obj: Value, name: &str) -> PyErr {
    PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{}'", obj.ty().name, name))
}

/// What `T.name` finds for a type object beyond its namespaces (None: nothing).
pub fn type_getattr_hooks(t: Value, name: &str) -> Option<PyResult> {
    let _ = (crate::builtins::as_type(t)?, name);
    None
}

/// Every class defined in Python that names `t` among its bases.
pub fn subclasses(t: &'static TypeObject) -> Vec<&'static TypeObject> {
    CLASSES.with(|c| {
        c.borrow()
            .iter()
            .filter(|d| d.bases.iter().any(|b| std::ptr::eq(*b, t)))
            .filter_map(|d| d.mro.first().copied())
            .collect()
    })
}

/// `obj.__class__ = to`, where CPython allows it: both classes defined in Python, with
/// the same instance layout.
pub fn set_class(obj: Value, to: Value) -> PyResult<()> {
    let Some(new) = crate::builtins::as_type(to) else {
        return type_error(format!("__class__ must be set to a class, not '{}' object", to.ty().name));
    };
    let old = obj.ty();
    if old.class.is_none() || new.class.is_none() {
        return type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    let same_layout = std::ptr::fn_addr_eq(old.dealloc, new.dealloc)
        && old.kind == new.kind
        && old.class.map(|c| &c.slot_names) == new.class.map(|c| &c.slot_names)
        && old.class.map(|c| c.slots.is_some()) == new.class.map(|c| c.slots.is_some());
    if !same_layout {
        return type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", new.name, old.name));
    }
    // SAFETY: `obj` is a live heap object (it has a class defined in Python), and the new
    // type has the same layout and dealloc, so every reader of the header still finds a
    // type that describes the object.
    unsafe { (*obj.header()).ty = new };
    Ok(())
}

/// `object.__new__(cls)` for a class defined in Python.
pub fn new_instance(cls: &'static TypeObject) -> PyResult {
    if cls.kind == Kind::Exception {
        return Ok(new_exc_args(cls, Vec::new()));
    }
    Ok(alloc_instance(cls))
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

/// `super(start, obj).name`: `name` in the MRO of `obj` (or of `obj` itself when it is a
/// subclass of `start`) after `start`, through its `__get__`; then the attributes of the
/// super object itself (None: neither has it).
pub fn super_getattr(s: &SuperObj, sv: Value, name: Value) -> PyResult<Option<Obj>> {
    let obj = s.obj.v();
    let n = crate::str::as_str(name).unwrap_or("");
    if let (Some(start), true) = (crate::builtins::as_type(s.start.v()), n != "__class__") {
        let objty = match crate::builtins::as_type(obj) {
            Some(t) if t.is_subtype(start) => t,
            _ => obj.ty(),
        };
        let inst = if obj == objty.as_value() { None } else { Some(obj) };
        let mut after = false;
        for t in crate::typeobj::mro(objty) {
            if !after {
                after = std::ptr::eq(t, start);
                continue;
            }
            if let Some(a) = crate::dict::get_name(crate::typeobj::type_dict(t), name) {
                return crate::descr::get(a.v(), inst, objty).map(Some);
            }
        }
        // A builtin base's own dunder not in its table yet: its builtin behaviour.
        if let (Some(m), None) = (crate::ops::builtin_dunder(n), crate::builtins::as_type(obj)) {
            let native = crate::func::Native::BaseMethod(s.obj.clone(), m);
            return Ok(Some(alloc(NativeFuncObj { hdr: Header::new(&BUILTIN_FUNCTION_TYPE), name: m, native })));
        }
    }
    crate::attr::generic_getattr(sv, name)
}

pub fn as_super(v: Value) -> Option<&'static SuperObj> {
    v.downcast::<SuperObj>()
}

// ---------------------------------------------------------------------------------------
// staticmethod, classmethod, property

fn alloc_wrap(ty: &'static TypeObject, f: Value) -> Obj {
    let b = Box::new(WrapObj { hdr: Header::new(ty), func: f.new_ref() });
    live_add(1);
    Obj(Value(Box::into_raw(b) as u64))
}

fn property_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [g, s, d, doc] = crate::func::bind("property", args, kwnames, ["fget", "fset", "fdel", "doc"], 0)?;
    let opt = |v: Option<Value>| v.filter(|x| !x.is_none()).map(|x| x.new_ref());
    let p = PropertyObj::new_obj(opt(g), opt(s), opt(d));
    if let (Some(doc), Some(po)) = (opt(doc), p.v().downcast::<PropertyObj>()) {
        // SAFETY-free: a fresh object nobody else sees yet.
        let po = po as *const PropertyObj as *mut PropertyObj;
        // SAFETY: `p` was just allocated and is referenced only here.
        unsafe {
            (*po).doc = Some(doc);
            (*po).getter_doc = false;
        }
    }
    Ok(p)
}

/// `prop.setter(f)`, `prop.deleter(f)`, `prop.getter(f)`: a copy with one function
/// replaced.
fn property_copy(p: &PropertyObj, which: u8, f: Value) -> Obj {
    let f = Some(f.new_ref()).filter(|f| !f.v().is_none());
    let (mut g, mut s, mut d) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let (doc, getter_doc) = if which == 0 && p.getter_doc {
        let doc = g.as_ref().and_then(|g| crate::ops::getattr(g.v(), "__doc__").ok()).filter(|d| !d.v().is_none());
        let has = doc.is_some();
        (doc, has)
    } else {
        (p.doc.clone(), p.getter_doc)
    };
    // The copy keeps the name, as CPython 3.11's does.
    let name = std::cell::RefCell::new(p.name.borrow().clone());
    alloc(PropertyObj { hdr: Header::new(&PROPERTY_TYPE), fget: g, fset: s, fdel: d, doc, getter_doc, name })
}

fn prop(v: Value) -> PyResult<&'static PropertyObj> {
    v.downcast::<PropertyObj>().map_or_else(|| type_error("descriptor requires a 'property' object"), Ok)
}

fn property_getter(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(property_copy(prop(v)?, 0, a[0]))
}
fn property_setter(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(property_copy(prop(v)?, 1, a[0]))
}
fn property_deleter(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(property_copy(prop(v)?, 2, a[0]))
}
fn property_set_name(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    if let Some(n) = crate::str::as_str(a[1]) {
        prop(v)?.set_name(n);
    }
    Ok(none_obj())
}
fn opt_or_none(o: &Option<Obj>) -> Obj {
    o.clone().unwrap_or_else(none_obj)
}
fn property_fget(v: Value) -> PyResult {
    Ok(opt_or_none(&prop(v)?.fget))
}
fn property_fset(v: Value) -> PyResult {
    Ok(opt_or_none(&prop(v)?.fset))
}
fn property_fdel(v: Value) -> PyResult {
    Ok(opt_or_none(&prop(v)?.fdel))
}
fn property_doc(v: Value) -> PyResult {
    Ok(opt_or_none(&prop(v)?.doc))
}
fn property_abstract(v: Value) -> PyResult {
    let p = prop(v)?;
    for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
        if is_abstract(f.v())? {
            return Ok(bool_obj(true));
        }
    }
    Ok(bool_obj(false))
}

/// `f.__isabstractmethod__` is true.
fn is_abstract(f: Value) -> PyResult<bool> {
    match crate::ops::getattr_opt(f, crate::str::intern("__isabstractmethod__").v())? {
        Some(v) => crate::ops::is_true(v.v()),
        None => Ok(false),
    }
}

fn descr_get_slot(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("__get__", crate::func::Arity::Expected, args, kwnames, 1, 2)?;
    let obj = Some(pos[0]).filter(|o| !o.is_none());
    let ty = match pos.get(1).filter(|t| !t.is_none()).and_then(|t| crate::builtins::as_type(*t)) {
        Some(t) => t,
        None => match obj {
            Some(o) => o.ty(),
            None => return type_error("__get__(None, None) is invalid"),
        },
    };
    crate::descr::get(v, obj, ty)
}
fn property_set_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    property_set(v, a[0], Some(a[1]))?;
    Ok(none_obj())
}
fn property_delete_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    property_set(v, a[0], None)?;
    Ok(none_obj())
}

static PROPERTY_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__get__", descr_get_slot, Params::Any),
        MethodDef::slot("__set__", property_set_slot, Params::Pos(2, 2, crate::func::Arity::Expected)),
        MethodDef::slot("__delete__", property_delete_slot, Params::One),
        MethodDef::method("getter", property_getter, Params::One),
        MethodDef::method("setter", property_setter, Params::One),
        MethodDef::method("deleter", property_deleter, Params::One),
        MethodDef::method("__set_name__", property_set_name, Params::Pos(2, 2, crate::func::Arity::Expected)),
    ],
    getsets: &[
        GetSetDef::member("fget", property_fget, None),
        GetSetDef::member("fset", property_fset, None),
        GetSetDef::member("fdel", property_fdel, None),
        GetSetDef::member("__doc__", property_doc, None),
        GetSetDef::getset("__isabstractmethod__", property_abstract, None),
    ],
    new: Some(property_new),
    flags: BASETYPE,
    ..EMPTY
};

// staticmethod and classmethod

fn wrap_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional(cls.name, crate::func::Arity::Expected, args, kwnames, 1, 1)?;
    Ok(alloc_wrap(cls, pos[0]))
}
fn wrap_func(v: Value) -> PyResult {
    match wrapped(v, &STATICMETHOD_TYPE).or_else(|| wrapped(v, &CLASSMETHOD_TYPE)) {
        Some(f) => Ok(f.new_ref()),
        None => type_error("descriptor requires a staticmethod or classmethod object"),
    }
}
fn wrap_abstract(v: Value) -> PyResult {
    Ok(bool_obj(is_abstract(wrap_func(v)?.v())?))
}
fn staticmethod_call(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let f = wrap_func(v)?;
    crate::func::call(f.v(), args, kwnames)
}

static STATICMETHOD_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__get__", descr_get_slot, Params::Any),
        MethodDef::slot("__call__", staticmethod_call, Params::Any),
    ],
    getsets: &[
        GetSetDef::member("__func__", wrap_func, None),
        GetSetDef::member("__wrapped__", wrap_func, None),
        GetSetDef::getset("__isabstractmethod__", wrap_abstract, None),
    ],
    new: Some(wrap_new),
    flags: BASETYPE,
    ..EMPTY
};

static CLASSMETHOD_SPEC: TypeSpec = TypeSpec {
    methods: &[MethodDef::slot("__get__", descr_get_slot, Params::Any)],
    getsets: &[
        GetSetDef::member("__func__", wrap_func, None),
        GetSetDef::member("__wrapped__", wrap_func, None),
        GetSetDef::getset("__isabstractmethod__", wrap_abstract, None),
    ],
    new: Some(wrap_new),
    flags: BASETYPE,
    ..EMPTY
};

// bound methods

fn method_of(v: Value) -> PyResult<&'static MethodObj> {
    v.downcast::<MethodObj>().map_or_else(|| type_error("method expected"), Ok)
}
fn method_func(v: Value) -> PyResult {
    Ok(method_of(v)?.func.clone())
}
fn method_self(v: Value) -> PyResult {
    Ok(method_of(v)?.recv.clone())
}
fn method_doc(v: Value) -> PyResult {
    crate::ops::getattr(method_of(v)?.func.v(), "__doc__")
}
fn method_call(v: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    call_method_obj(method_of(v)?, args, kwnames)
}
fn method_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = crate::func::positional("method", crate::func::Arity::Expected, args, kwnames, 2, 2)?;
    if !crate::func::is_callable(pos[0]) {
        return type_error("first argument must be callable");
    }
    if pos[1].is_none() {
        return type_error("instance must not be None");
    }
    Ok(new_method(pos[0].new_ref(), pos[1].new_ref()))
}

static METHOD_SPEC: TypeSpec = TypeSpec {
    methods: &[MethodDef::slot("__call__", method_call, Params::Any)],
    getsets: &[
        GetSetDef::member("__func__", method_func, None),
        GetSetDef::member("__self__", method_self, None),
        GetSetDef::getset("__doc__", method_doc, None),
    ],
    new: Some(method_new),
    ..EMPTY
};

// super

fn super_of(v: Value) -> PyResult<&'static SuperObj> {
    v.downcast::<SuperObj>().map_or_else(|| type_error("super expected"), Ok)
}
fn super_thisclass(v: Value) -> PyResult {
    Ok(super_of(v)?.start.clone())
}
fn super_self(v: Value) -> PyResult {
    Ok(super_of(v)?.obj.clone())
}
fn super_self_class(v: Value) -> PyResult {
    let s = super_of(v)?;
    let obj = s.obj.v();
    Ok(match (crate::builtins::as_type(obj), crate::builtins::as_type(s.start.v())) {
        (Some(t), Some(start)) if t.is_subtype(start) => obj.new_ref(),
        _ => obj.ty().as_value().new_ref(),
    })
}
fn super_repr(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let s = super_of(v)?;
    let start = crate::builtins::as_type(s.start.v()).map_or("?", |t| t.name);
    let self_class = super_self_class(v)?;
    let sc = crate::builtins::as_type(self_class.v()).map_or("?", |t| t.name);
    Ok(crate::str::new_string(format!("<super: <class '{start}'>, <{sc} object>>")))
}
fn super_new(_cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    new_super(args, kwnames)
}

static SUPER_SPEC: TypeSpec = TypeSpec {
    methods: &[MethodDef::slot("__repr__", super_repr, Params::NoArgs)],
    getsets: &[
        GetSetDef::member("__thisclass__", super_thisclass, None),
        GetSetDef::member("__self__", super_self, None),
        GetSetDef::member("__self_class__", super_self_class, None),
    ],
    new: Some(super_new),
    flags: BASETYPE,
    ..EMPTY
};

/// `prop.setter(f)` and friends (what `@x.setter` calls).
pub fn property_method(p: &PropertyObj, name: &str, args: &[Value]) -> PyResult {
    let Some(&f) = args.first() else { return type_error(format!("{name}() takes exactly one argument (0 given)")) };
    let which = match name {
        "getter" => 0,
        "setter" => 1,
        _ => 2,
    };
    Ok(property_copy(p, which, f))
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

// ---------------------------------------------------------------------------------------
// The descriptor protocol of staticmethod, classmethod and property (see `descr.rs`).

/// `staticmethod(f)` made by the runtime (builtin static methods).
pub fn new_staticmethod(f: Value) -> Obj {
    alloc_wrap(&STATICMETHOD_TYPE, f)
}

/// `attr.__get__(obj, ty)` for staticmethod, classmethod and property (None: `attr` is
/// none of them).
pub fn builtin_descr_get(attr: Value, obj: Option<Value>, ty: &'static TypeObject) -> Option<PyResult> {
    if let Some(f) = wrapped(attr, &STATICMETHOD_TYPE) {
        return Some(Ok(f.new_ref()));
    }
    if let Some(f) = wrapped(attr, &CLASSMETHOD_TYPE) {
        let t = match obj {
            Some(o) if crate::builtins::as_type(o).is_none() => o.ty(),
            _ => ty,
        };
        return Some(Ok(new_method(f.new_ref(), t.as_value().new_ref())));
    }
    if let Some(p) = attr.downcast::<PropertyObj>() {
        let Some(o) = obj else { return Some(Ok(attr.new_ref())) };
        return Some(match &p.fget {
            Some(g) => crate::func::call(g.v(), &[o], &[]),
            None => Err(PyErr::new(&ATTRIBUTE_ERROR, format!("unreadable attribute"))),
        });
    }
    None
}

/// Stores through (`Some`) or deletes through (`None`) property `attr` on `obj`.
pub fn property_set(attr: Value, obj: Value, v: Option<Value>) -> PyResult<()> {
    let Some(p) = attr.downcast::<PropertyObj>() else { return type_error("property expected") };
    match v {
        Some(v) => match &p.fset {
            Some(s) => crate::func::call(s.v(), &[obj, v], &[]).map(drop),
            None => Err(PyErr::new(
                &ATTRIBUTE_ERROR,
                format!("{} of '{}' object has no setter", p.describe(), obj.ty().name),
            )),
        },
        None => match &p.fdel {
            Some(d) => crate::func::call(d.v(), &[obj], &[]).map(drop),
            None => Err(PyErr::new(
                &ATTRIBUTE_ERROR,
                format!("{} of '{}' object has no deleter", p.describe(), obj.ty().name),
            )),
        },
    }
}

impl PropertyObj {
    /// `property.__set_name__`: the name it has in a class body.
    pub fn set_name(&self, name: &str) {
        *self.name.borrow_mut() = Some(name.to_string());
    }
}

/// Calls class attribute `attr` found for `obj` (of type `ty`) with `args`, whose first
/// is `obj` itself (see `call_descr`).
pub fn call_descr_pub(attr: Value, obj: Value, ty: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    call_descr(attr, obj, ty, args, kwnames)
}

/// The value of `__slots__` attribute `name` of `o` (None: unset).
pub fn slot_value(o: Value, name: Value) -> PyResult<Option<Obj>> {
    match slot_vals(o) {
        Some(d) => crate::dict::get_item(d, name),
        None => Ok(None),
    }
}

/// Sets (`Some`) or deletes (`None`) `__slots__` attribute `name` of `o`.
pub fn set_slot_value(o: Value, name: Value, v: Option<Value>) -> PyResult<()> {
    let s = crate::str::as_str(name).unwrap_or("");
    let d = slot_vals(o).ok_or_else(|| no_attribute(o, s))?;
    match v {
        Some(v) => crate::dict::set_item(d, name.new_ref(), v.new_ref()),
        // An unset slot: CPython's member descriptor names just the attribute.
        None => match crate::dict::pop(d, name)? {
            Some(_) => Ok(()),
            None => Err(PyErr::new(&ATTRIBUTE_ERROR, s.to_string())),
        },
    }
}

// ---------------------------------------------------------------------------------------
// `__dict__` and `__weakref__` of instances of classes defined in Python.

static DICT_GETSET: GetSetDef = GetSetDef::getset("__dict__", instance_dict_get, Some(instance_dict_set));
static WEAKREF_GETSET: GetSetDef = GetSetDef::getset("__weakref__", weakref_get, None);

fn instance_dict_get(o: Value) -> PyResult {
    match crate::attr::instance_dict(o) {
        Some(d) => Ok(d.new_ref()),
        None => Err(PyErr::new(&ATTRIBUTE_ERROR, "This object has no __dict__".to_string())),
    }
}

fn instance_dict_set(o: Value, v: Option<Value>) -> PyResult<()> {
    let Some(v) = v else { return type_error("cannot delete __dict__") };
    if v.kind() != Kind::Dict {
        return type_error(format!("__dict__ must be set to a dictionary, not a '{}'", v.ty().name));
    }
    let slot: Option<*mut Obj> = if let Some(i) = as_instance(o) {
        if i.slot_vals.as_ref().is_some_and(|sv| sv.v() == i.dict.v()) {
            None
        } else {
            Some(&i.dict as *const Obj as *mut Obj)
        }
    } else {
        None
    };
    match slot {
        Some(p) => {
            // SAFETY: `p` is the dict field of a live instance (`o` is borrowed by the
            // caller); nothing else borrows it across this store, and the old dict is
            // released after the new one is in place.
            let old = unsafe { std::ptr::replace(p, v.new_ref()) };
            drop(old);
            Ok(())
        }
        None => Err(PyErr::new(
            &NOT_IMPLEMENTED_ERROR,
            format!("pyaot: assigning __dict__ of '{}' objects is not supported yet", o.ty().name),
        )),
    }
}

fn weakref_get(_o: Value) -> PyResult {
    Ok(none_obj())
}
