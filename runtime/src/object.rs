//! The object model: tagged values, the object header, type objects and reference counting.
//!
//! A [`Value`] is one 64-bit word:
//!
//! | bits            | meaning                                                        |
//! |-----------------|----------------------------------------------------------------|
//! | `....xxx1`      | small int: the word shifted right by one (63-bit, two's complement) |
//! | `....x000`, ≠ 0 | pointer to a heap object that starts with a [`Header`]          |
//! | `0`             | no value: the error sentinel (an exception is pending) or an unbound slot |
//!
//! Every heap object starts with a [`Header`]: a reference count and a pointer to its
//! [`TypeObject`]. A negative count marks an immortal object (statics such as `None`,
//! `True`, the type objects, and constants): incref and decref leave it alone.
//!
//! **Invariant:** ints that fit in 63 bits are always small ints; a heap int never holds
//! such a value. So two ints are equal iff their small tags are equal, or both are big and equal.
//!
//! The runtime is single-threaded (one interpreter thread, as under a GIL); reference
//! counts are plain integers. The live-object counter backs the leak check
//! (`PYAOT_CHECK_LEAKS=1`).
use std::cell::UnsafeCell;
use std::mem::offset_of;

/// One Python value: a small int or a pointer to a heap object (see the module docs).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Value(pub u64);

/// The tag bit of a small int.
pub const INT_TAG: u64 = 1;
/// Smallest and largest small int.
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    pub const NULL: Value = Value(0);

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    #[inline]
    pub fn is_small_int(self) -> bool {
        self.0 & INT_TAG != 0
    }
    /// A small int, if `i` fits in 63 bits.
    #[inline]
    pub fn try_small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value(((i << 1) as u64) | INT_TAG))
        } else {
            None
        }
    }
    #[inline]
    pub fn small_unchecked(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        Value(((i << 1) as u64) | INT_TAG)
    }
    #[inline]
    pub fn as_small(self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0 as i64) >> 1)
        } else {
            None
        }
    }
    #[inline]
    pub fn is_heap(self) -> bool {
        self.0 != 0 && self.0 & INT_TAG == 0
    }
    #[inline]
    pub fn header(self) -> *mut Header {
        debug_assert!(self.is_heap());
        self.0 as *mut Header
    }
    /// The type of this value.
    #[inline]
    pub fn ty(self) -> &'static TypeObject {
        if self.is_small_int() {
            &crate::types::INT_TYPE
        } else {
            // SAFETY: a non-null, untagged Value points to a live object whose header
            // holds a pointer to a type object that outlives every instance.
            unsafe { &*(*self.header()).ty }
        }
    }
    #[inline]
    pub fn kind(self) -> Kind {
        self.ty().kind
    }
    #[inline]
    pub fn is(self, t: &TypeObject) -> bool {
        std::ptr::eq(self.ty(), t)
    }
    /// A shared reference to the payload of a heap object of type `T` (or of a class
    /// defined in Python that derives from `T`, whose instances start with a `T`).
    #[inline]
    pub fn downcast<T: PyPayload>(self) -> Option<&'static T> {
        if self.is_heap() && (std::ptr::eq(self.ty(), T::type_object()) || self.ty().has_layout_of(T::type_object())) {
            // SAFETY: the type pointer says the object was allocated as a `T`; the
            // reference lives as long as the caller's reference to the value does,
            // which callers keep (the `'static` is a convenience of a refcounted model).
            Some(unsafe { &*(self.0 as *const T) })
        } else {
            None
        }
    }
    /// Adds a reference (no-op for small ints and immortal objects).
    #[inline]
    pub fn incref(self) {
        if self.is_heap() {
            // SAFETY: heap values point to live objects.
            unsafe { (*self.header()).incref() }
        }
    }
    /// Drops a reference, freeing the object when it was the last one.
    #[inline]
    pub fn decref(self) {
        if self.is_heap() {
            // SAFETY: heap values point to live objects; the caller owned one reference.
            unsafe { Header::decref(self.header()) }
        }
    }
    /// An owned reference to this borrowed value.
    #[inline]
    pub fn new_ref(self) -> Obj {
        self.incref();
        Obj(self)
    }
}

/// The first two words of every heap object.
#[repr(C)]
pub struct Header {
    pub refcnt: UnsafeCell<isize>,
    pub ty: *const TypeObject,
}

/// Offsets that generated code relies on.
pub const HEADER_REFCNT_OFFSET: i32 = offset_of!(Header, refcnt) as i32;
pub const HEADER_TYPE_OFFSET: i32 = offset_of!(Header, ty) as i32;
const _: () = assert!(HEADER_REFCNT_OFFSET == 0 && HEADER_TYPE_OFFSET == 8);
const _: () = assert!(std::mem::size_of::<Header>() == 16);

/// Reference count given to immortal objects.
pub const IMMORTAL: isize = -(1 << 40);

// SAFETY: the runtime runs Python code on one thread at a time; statics holding
// headers are only written through the refcount of mortal objects, which statics are not.
unsafe impl Sync for Header {}

impl Header {
    /// The header of a new object with one reference.
    pub const fn new(ty: &'static TypeObject) -> Header {
        Header { refcnt: UnsafeCell::new(1), ty: ty as *const TypeObject }
    }
    pub const fn immortal(ty: &'static TypeObject) -> Header {
        Header { refcnt: UnsafeCell::new(IMMORTAL), ty: ty as *const TypeObject }
    }
    #[inline]
    pub fn incref(&self) {
        // SAFETY: single-threaded runtime (module docs); the cell is ours to bump.
        unsafe {
            let rc = self.refcnt.get();
            if *rc >= 0 {
                *rc += 1;
            }
        }
    }
    /// # Safety
    /// `h` points to a live object and the caller gives up one reference to it.
    #[inline]
    pub unsafe fn decref(h: *mut Header) {
        let rc = (*h).refcnt.get();
        if *rc > 0 {
            *rc -= 1;
            if *rc == 0 {
                dealloc(h);
            }
        }
    }
}

/// Frees an object whose reference count reached zero.
///
/// # Safety
/// `h` points to a mortal object with no references left.
#[cold]
pub unsafe fn dealloc_zero(h: *mut Header) {
    dealloc(h)
}

thread_local! {
    /// How many deallocations are nested right now, and the objects whose deallocation
    /// was put off because the nesting got too deep (CPython's "trashcan").
    static DEALLOC_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static DEFERRED: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Nesting past which freeing a container defers its contents, so that releasing a
/// million nested lists does not overflow the native stack.
const TRASHCAN_DEPTH: u32 = 200;

/// # Safety
/// `h` points to a mortal object whose count just reached zero.
#[cold]
unsafe fn dealloc(h: *mut Header) {
    if matches!((*(*h).ty).kind, Kind::Float | Kind::Str) && (*(*h).ty).class.is_none() {
        // Leaves: freeing them releases no other object, so no nesting to track.
        live_add(-1);
        ((*(*h).ty).dealloc)(h);
        return;
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        DEFERRED.with(|d| d.borrow_mut().push(h as usize));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    live_add(-1);
    ((*(*h).ty).dealloc)(h);
    if depth == 0 {
        // The outermost deallocation frees what deeper ones put off (which may put off more).
        while let Some(p) = DEFERRED.with(|d| d.borrow_mut().pop()) {
            let p = p as *mut Header;
            live_add(-1);
            ((*(*p).ty).dealloc)(p);
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

/// What kind of builtin object a type describes; the fast dispatch key of the runtime.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    NoneType,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    DictKeys,
    DictValues,
    DictItems,
    Range,
    Slice,
    Type,
    Function,
    NativeFunction,
    BoundMethod,
    Module,
    Exception,
    Iterator,
    Other,
}

/// A type object. Builtin types are immortal statics (see `types.rs`).
#[repr(C)]
pub struct TypeObject {
    pub hdr: Header,
    pub name: &'static str,
    pub kind: Kind,
    /// The base class (`None` only for `object`).
    pub base: Option<&'static TypeObject>,
    /// Frees an instance whose count reached zero (drops its payload).
    pub dealloc: unsafe fn(*mut Header),
    /// What a class defined in Python has: its dict, bases and MRO (None for builtins).
    pub class: Option<&'static crate::class::ClassData>,
    /// What a builtin type declares once: its methods, slot dunders, attributes and
    /// constructor (`typeobj.rs`); its `__dict__` is derived from it.
    pub spec: &'static crate::typeobj::TypeSpec,
    /// The type's namespace (`__dict__`, a dict): made from `spec` on first use for
    /// builtin types, the class namespace for classes defined in Python. 0 until made.
    pub dict: std::sync::atomic::AtomicU64,
}

// SAFETY: type objects are immutable after construction (see `Header`'s Sync).
unsafe impl Sync for TypeObject {}

impl TypeObject {
    /// A builtin type object (an immortal static).
    pub const fn builtin(
        name: &'static str,
        kind: Kind,
        base: Option<&'static TypeObject>,
        dealloc: unsafe fn(*mut Header),
        spec: &'static crate::typeobj::TypeSpec,
    ) -> TypeObject {
        TypeObject {
            hdr: Header::immortal(&crate::types::TYPE_TYPE),
            name,
            kind,
            base,
            dealloc,
            class: None,
            spec,
            dict: std::sync::atomic::AtomicU64::new(0),
        }
    }
    pub fn as_value(&'static self) -> Value {
        Value(self as *const TypeObject as u64)
    }
    /// A class defined in Python whose instances are laid out as builtin type `t`'s
    /// (`class C(list)`: see `class.rs`).
    #[inline]
    pub fn has_layout_of(&self, t: &TypeObject) -> bool {
        self.class.is_some() && self.kind == t.kind && self.kind != Kind::Other && std::ptr::eq(self.layout(), t)
    }
    /// The builtin type whose layout instances of this type have.
    pub fn layout(&self) -> &TypeObject {
        let mut t = self;
        while t.class.is_some() {
            match t.base {
                Some(b) => t = b,
                None => break,
            }
        }
        t
    }
    /// `self` is `other` or a subclass of it.
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if let Some(c) = self.class {
            return c.mro.iter().any(|t| std::ptr::eq(*t, other));
        }
        let mut t: Option<&TypeObject> = Some(self);
        while let Some(c) = t {
            if std::ptr::eq(c, other) {
                return true;
            }
            t = c.base;
        }
        // The one builtin type with a second base: io.UnsupportedOperation (OSError, ValueError).
        std::ptr::eq(self, &crate::err::UNSUPPORTED_OPERATION) && crate::err::VALUE_ERROR.is_subtype(other)
    }
}

/// A Rust struct that is the layout of a Python object of one builtin type.
///
/// # Safety
/// Implementors are `#[repr(C)]` and start with a [`Header`].
pub unsafe trait PyPayload: Sized + 'static {
    fn type_object() -> &'static TypeObject;
}

/// Allocates `payload` on the heap as a new object with one reference.
pub fn alloc<T: PyPayload>(payload: T) -> Obj {
    let b = Box::new(payload);
    let p = Box::into_raw(b) as *mut Header;
    live_add(1);
    Obj(Value(p as u64))
}

/// The `dealloc` of a type whose payload is `T`.
///
/// # Safety
/// `h` was allocated by [`alloc`] with a `T` and has no references left.
pub unsafe fn dealloc_payload<T: PyPayload>(h: *mut Header) {
    drop(Box::from_raw(h as *mut T));
}

/// Is `v` an immortal object (a static, or a constant made immortal)?
pub fn is_immortal(v: Value) -> bool {
    // SAFETY: a heap value points to a live object.
    v.is_heap() && unsafe { *(*v.header()).refcnt.get() < 0 }
}

/// Makes a freshly allocated object immortal (used for constants).
pub fn make_immortal(v: Value) {
    if v.is_heap() {
        // SAFETY: live object, single-threaded runtime.
        unsafe {
            if *(*v.header()).refcnt.get() > 0 {
                *(*v.header()).refcnt.get() = IMMORTAL;
                live_add(-1);
            }
        }
    }
}

/// Number of live mortal heap objects (for the leak check). Atomic only so that unit
/// tests on several threads stay sound; relaxed ordering is all a counter needs.
pub static LIVE: std::sync::atomic::AtomicIsize = std::sync::atomic::AtomicIsize::new(0);

#[inline]
pub fn live_add(d: isize) {
    // A load and a store, not a locked read-modify-write: Python code runs on one thread,
    // and the count is only read by the leak check at exit. (Unit tests on several
    // threads may lose updates; none reads the count.)
    use std::sync::atomic::Ordering::Relaxed;
    LIVE.store(LIVE.load(Relaxed) + d, Relaxed);
}

pub fn live_count() -> isize {
    LIVE.load(std::sync::atomic::Ordering::Relaxed)
}

/// A global for the single interpreter thread.
pub struct GlobalCell<T>(UnsafeCell<T>);
// SAFETY: the runtime runs Python code on one thread (module docs).
unsafe impl<T> Sync for GlobalCell<T> {}
impl<T> GlobalCell<T> {
    pub const fn new(v: T) -> Self {
        GlobalCell(UnsafeCell::new(v))
    }
    /// Runs `f` with exclusive access. `f` must not re-enter this cell.
    #[inline]
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: single thread, and callers never nest accesses to one cell.
        unsafe { f(&mut *self.0.get()) }
    }
    pub fn as_ptr(&self) -> *mut T {
        self.0.get()
    }
}
impl<T: Copy> GlobalCell<T> {
    #[inline]
    pub fn get(&self) -> T {
        // SAFETY: as above.
        unsafe { *self.0.get() }
    }
    #[inline]
    pub fn set(&self, v: T) {
        // SAFETY: as above.
        unsafe { *self.0.get() = v }
    }
}

/// An owned reference: dropping it gives the reference back.
#[repr(transparent)]
#[derive(PartialEq, Eq, Debug)]
pub struct Obj(pub Value);

impl Obj {
    /// Takes ownership of a reference the caller holds.
    #[inline]
    pub fn from_raw(v: Value) -> Obj {
        Obj(v)
    }
    /// Gives the reference to the caller (e.g. to return it across the ABI).
    #[inline]
    pub fn into_raw(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }
    #[inline]
    pub fn v(&self) -> Value {
        self.0
    }
    #[inline]
    pub fn small(i: i64) -> Obj {
        Obj(Value::small_unchecked(i))
    }
}

impl Clone for Obj {
    #[inline]
    fn clone(&self) -> Obj {
        self.0.new_ref()
    }
}

impl Drop for Obj {
    #[inline]
    fn drop(&mut self) {
        self.0.decref()
    }
}

/// An owned reference that can be replaced in place (a writable attribute of an
/// immutable-looking object: `f.__defaults__ = …`). Single-threaded, as the runtime.
pub struct ObjCell(UnsafeCell<Obj>);

impl ObjCell {
    pub fn new(o: Obj) -> ObjCell {
        ObjCell(UnsafeCell::new(o))
    }
    /// The value (borrowed: valid until the next `set`).
    #[inline]
    pub fn get(&self) -> Value {
        // SAFETY: single-threaded; the Obj is only replaced by `set`.
        unsafe { (*self.0.get()).v() }
    }
    /// A new reference to the value.
    #[inline]
    pub fn obj(&self) -> Obj {
        self.get().new_ref()
    }
    /// Replaces the value (the old one is released after the store).
    pub fn set(&self, o: Obj) {
        // SAFETY: single-threaded; no reference into the old Obj outlives this call
        // (callers only hold borrowed Values they got before, which they must not use
        // after running code that may set it).
        let old = unsafe { std::mem::replace(&mut *self.0.get(), o) };
        drop(old);
    }
}

/// An optional owned reference that can be replaced in place (see [`ObjCell`]).
#[derive(Default)]
pub struct OptObjCell(UnsafeCell<Option<Obj>>);

impl OptObjCell {
    pub fn new(o: Option<Obj>) -> OptObjCell {
        OptObjCell(UnsafeCell::new(o))
    }
    #[inline]
    pub fn get(&self) -> Option<Value> {
        // SAFETY: as for `ObjCell::get`.
        unsafe { (*self.0.get()).as_ref().map(Obj::v) }
    }
    #[inline]
    pub fn obj(&self) -> Option<Obj> {
        self.get().map(Value::new_ref)
    }
    pub fn set(&self, o: Option<Obj>) {
        // SAFETY: as for `ObjCell::set`.
        let old = unsafe { std::mem::replace(&mut *self.0.get(), o) };
        drop(old);
    }
}
