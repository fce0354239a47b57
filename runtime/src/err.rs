//! Exceptions: the exception object, the builtin exception types, the pending-exception
//! state that crosses the ABI, the stack of exceptions being handled, and tracebacks.
//!
//! Inside the runtime, failing operations return `Err(PyErr)` carrying the exception.
//! At the ABI (see `abi.rs`) an error becomes the null [`Value`] plus the exception left
//! pending here, as CPython does; generated code checks for null after every call that
//! can raise and adds a traceback frame as it unwinds.
use crate::object::live_add;
use crate::object::*;
use crate::str::new_str;
use crate::tuple::new_tuple;
use std::cell::{Cell, UnsafeCell};

/// A raised exception, owned (an instance whose type is a subclass of BaseException).
#[derive(Debug)]
pub struct PyErr(pub Obj);

pub type PyResult<T = Obj> = Result<T, PyErr>;

/// One traceback entry: where a frame was when the exception passed through it.
#[derive(Clone, Copy)]
pub struct TbFrame {
    pub func: Value,
    pub file: Value,
    pub line: u32,
}

/// The payload of every exception instance. Its type is one of the exception types.
#[repr(C)]
pub struct ExcObj {
    pub hdr: Header,
    args: UnsafeCell<Obj>,
    /// Attributes set on instances of user exception classes.
    pub dict: UnsafeCell<Option<Obj>>,
    /// Frames, innermost first (the order they are added while unwinding).
    pub tb: UnsafeCell<Vec<TbFrame>>,
    pub cause: UnsafeCell<Option<Obj>>,
    pub context: UnsafeCell<Option<Obj>>,
    pub suppress_context: Cell<bool>,
    /// OSError's `filename` and `filename2`, which CPython keeps out of `args`.
    os_filenames: UnsafeCell<Option<Box<(Obj, Option<Obj>)>>>,
    /// Members a program set (`e.value = 5`): a dict, made on first use (`exctypes.rs`).
    members: UnsafeCell<Option<Obj>>,
}

impl ExcObj {
    pub fn args(&self) -> &[Obj] {
        crate::tuple::items(self.args_obj().v())
    }
    /// The `args` tuple.
    pub fn args_obj(&self) -> &Obj {
        // SAFETY: single-threaded; replaced only by `set_args`, never while borrowed.
        unsafe { &*self.args.get() }
    }
    pub fn set_args(&self, t: Obj) {
        // SAFETY: as above; the old tuple is dropped after the store.
        let old = unsafe { std::mem::replace(&mut *self.args.get(), t) };
        drop(old);
    }
    /// The instance dict (made on first use).
    pub fn dict(&self) -> Value {
        // SAFETY: single-threaded; the borrow ends here.
        let d = unsafe { &mut *self.dict.get() };
        d.get_or_insert_with(crate::dict::new_dict).v()
    }
    pub fn tb(&self) -> &mut Vec<TbFrame> {
        // SAFETY: single-threaded; callers do not keep the borrow across Python code.
        unsafe { &mut *self.tb.get() }
    }
    pub fn cause(&self) -> &mut Option<Obj> {
        // SAFETY: as for `tb`.
        unsafe { &mut *self.cause.get() }
    }
    pub fn context(&self) -> &mut Option<Obj> {
        // SAFETY: as for `tb`.
        unsafe { &mut *self.context.get() }
    }
    /// The dict of members a program set, if any.
    pub fn members(&self) -> Option<Value> {
        // SAFETY: single-threaded; the borrow ends here.
        unsafe { (*self.members.get()).as_ref().map(|m| m.v()) }
    }
    /// The dict of members a program set (made on first use).
    pub fn members_or_new(&self) -> Value {
        // SAFETY: single-threaded; the borrow ends here.
        let m = unsafe { &mut *self.members.get() };
        m.get_or_insert_with(crate::dict::new_dict).v()
    }
    /// OSError's filenames (None: no filename was given).
    pub fn os_filenames(&self) -> Option<&(Obj, Option<Obj>)> {
        // SAFETY: single-threaded; set only when the exception is made.
        unsafe { (*self.os_filenames.get()).as_deref() }
    }
}

/// The exception payload of `v`, if `v` is an exception instance.
pub fn exc_ref(v: Value) -> Option<&'static ExcObj> {
    if v.is_heap() && v.kind() == Kind::Exception && !v.is(&crate::types::TYPE_TYPE) {
        // SAFETY: every object whose type has kind Exception was allocated as an ExcObj.
        Some(unsafe { &*(v.0 as *const ExcObj) })
    } else {
        None
    }
}

/// Is `v` an exception type (a type object that derives from BaseException)?
pub fn as_exc_type(v: Value) -> Option<&'static TypeObject> {
    if v.is(&crate::types::TYPE_TYPE) {
        // SAFETY: values of type `type` are type objects.
        let t: &'static TypeObject = unsafe { &*(v.0 as *const TypeObject) };
        if t.is_subtype(&BASE_EXCEPTION) {
            return Some(t);
        }
    }
    None
}

unsafe fn dealloc_exc(h: *mut Header) {
    drop(Box::from_raw(h as *mut ExcObj));
}

macro_rules! exc_types {
    ($( $id:ident = $name:literal : $base:expr $(, $spec:expr)? ;)*) => {
        $( pub static $id: TypeObject =
            TypeObject::builtin($name, Kind::Exception, Some($base), dealloc_exc, exc_types!(@spec $($spec)?)); )*
        /// Every builtin exception type, for name lookup (builtins module).
        pub static EXC_TYPES: &[&TypeObject] = &[$(&$id),*];
    };
    (@spec) => { &crate::exctypes::EXC_SPEC };
    (@spec $spec:expr) => { $spec };
}

exc_types! {
    BASE_EXCEPTION = "BaseException": &crate::types::OBJECT_TYPE, &crate::exctypes::BASE_EXCEPTION_SPEC;
    EXCEPTION = "Exception": &BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION, &crate::exctypes::SYSTEM_EXIT_SPEC;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR;
    LOOKUP_ERROR = "LookupError": &EXCEPTION;
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR;
    KEY_ERROR = "KeyError": &LOOKUP_ERROR, &crate::exctypes::KEY_ERROR_SPEC;
    VALUE_ERROR = "ValueError": &EXCEPTION;
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR;
    TYPE_ERROR = "TypeError": &EXCEPTION;
    NAME_ERROR = "NameError": &EXCEPTION, &crate::exctypes::NAME_ERROR_SPEC;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR, &crate::exctypes::NAME_SUBCLASS_SPEC;
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION, &crate::exctypes::ATTRIBUTE_ERROR_SPEC;
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION;
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR;
    STOP_ITERATION = "StopIteration": &EXCEPTION, &crate::exctypes::STOP_ITERATION_SPEC;
    ASSERTION_ERROR = "AssertionError": &EXCEPTION;
    MEMORY_ERROR = "MemoryError": &EXCEPTION;
    EOF_ERROR = "EOFError": &EXCEPTION;
    OS_ERROR = "OSError": &EXCEPTION, &crate::exctypes::OS_ERROR_SPEC;
    SYNTAX_ERROR = "SyntaxError": &EXCEPTION, &crate::exctypes::SYNTAX_ERROR_SPEC;
    INDENTATION_ERROR = "IndentationError": &SYNTAX_ERROR, &crate::exctypes::SYNTAX_SUBCLASS_SPEC;
    TAB_ERROR = "TabError": &INDENTATION_ERROR, &crate::exctypes::SYNTAX_SUBCLASS_SPEC;
    IMPORT_ERROR = "ImportError": &EXCEPTION, &crate::exctypes::IMPORT_ERROR_SPEC;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": &IMPORT_ERROR, &crate::exctypes::IMPORT_SUBCLASS_SPEC;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": &OS_ERROR, &crate::exctypes::OS_SUBCLASS_SPEC;
    FILE_EXISTS_ERROR = "FileExistsError": &OS_ERROR, &crate::exctypes::OS_SUBCLASS_SPEC;
    PERMISSION_ERROR = "PermissionError": &OS_ERROR, &crate::exctypes::OS_SUBCLASS_SPEC;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": &OS_ERROR, &crate::exctypes::OS_SUBCLASS_SPEC;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": &OS_ERROR, &crate::exctypes::OS_SUBCLASS_SPEC;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": &UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": &UNICODE_ERROR;
    // `io.UnsupportedOperation`: CPython's class derives from OSError and ValueError, the
    // one builtin type with two bases (`TypeObject::is_subtype` knows the second).
    UNSUPPORTED_OPERATION = "io.UnsupportedOperation": &OS_ERROR;
}

/// A new exception instance of builtin type `ty` with the given args.
pub fn new_exc(ty: &'static TypeObject, args: Obj) -> Obj {
    let e = ExcObj {
        hdr: Header { refcnt: UnsafeCell::new(1), ty },
        args: UnsafeCell::new(args),
        dict: UnsafeCell::new(None),
        tb: UnsafeCell::new(Vec::new()),
        cause: UnsafeCell::new(None),
        context: UnsafeCell::new(None),
        suppress_context: Cell::new(false),
        os_filenames: UnsafeCell::new(None),
        members: UnsafeCell::new(None),
    };
    let b = Box::new(e);
    live_add(1);
    Obj(Value(Box::into_raw(b) as u64))
}

/// A new exception of type `ty` called with arguments `items`, as CPython's constructor
/// makes it. OSError and its subclasses with 2 to 5 arguments take them as `(errno,
/// strerror, filename, winerror, filename2)`: a filename leaves `args` as `(errno,
/// strerror)`, and `OSError` itself becomes the subclass its errno names
/// (`OSError(2, …)` is a FileNotFoundError).
pub fn new_exc_args(ty: &'static TypeObject, mut items: Vec<Obj>) -> Obj {
    if !(2..=5).contains(&items.len()) || !ty.is_subtype(&OS_ERROR) {
        return new_exc(ty, new_tuple(items));
    }
    let mut ty = ty;
    if std::ptr::eq(ty, &OS_ERROR) {
        if let Some(n) = crate::int::to_i64(items[0].v()).and_then(|n| i32::try_from(n).ok()) {
            ty = os_error_type(std::io::Error::from_raw_os_error(n).kind());
        }
    }
    let given = |o: Option<&Obj>| o.filter(|f| !f.v().is_none()).cloned();
    let filenames = given(items.get(2)).map(|f| (f, given(items.get(4))));
    if filenames.is_some() {
        items.truncate(2);
    }
    let e = new_exc(ty, new_tuple(items));
    if let Some(ex) = exc_ref(e.v()) {
        // SAFETY: the exception was just made; nothing else refers to it yet.
        unsafe { *ex.os_filenames.get() = filenames.map(Box::new) };
    }
    e
}

/// The OSError subclass for an error kind (CPython's errno map, for the subclasses pyaot has).
pub fn os_error_type(kind: std::io::ErrorKind) -> &'static TypeObject {
    use std::io::ErrorKind as K;
    match kind {
        K::NotFound => &FILE_NOT_FOUND_ERROR,
        K::PermissionDenied => &PERMISSION_ERROR,
        K::AlreadyExists => &FILE_EXISTS_ERROR,
        K::IsADirectory => &IS_A_DIRECTORY_ERROR,
        K::NotADirectory => &NOT_A_DIRECTORY_ERROR,
        _ => &OS_ERROR,
    }
}

/// The OSError for a failed system call, as CPython raises it: the subclass for its
/// errno, `args` `(errno, strerror)`, and `filename` when given
/// (`[Errno 2] No such file or directory: 'x'`).
#[cold]
pub fn os_error(e: &std::io::Error, filename: Option<Obj>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::new(os_error_type(e.kind()), e.to_string());
    };
    // std words an OS error as "<strerror> (os error N)".
    let text = e.to_string();
    let strerror = text.strip_suffix(&format!(" (os error {errno})")).unwrap_or(&text);
    let mut items = vec![crate::int::from_i64(errno as i64), new_str(strerror)];
    items.extend(filename);
    PyErr(new_exc_args(&OS_ERROR, items))
}

/// `e.errno`, `e.strerror`, `e.filename`, `e.filename2` of an OSError (None for other names).
pub fn os_error_attr(e: &ExcObj, name: &str) -> Option<Obj> {
    let args = e.args();
    let parsed = (2..=5).contains(&args.len()) || e.os_filenames().is_some();
    let arg = |i: usize| Some(args.get(i).filter(|_| parsed).cloned().unwrap_or_else(crate::types::none_obj));
    match name {
        "errno" => arg(0),
        "strerror" => arg(1),
        "filename" => Some(e.os_filenames().map_or_else(crate::types::none_obj, |f| f.0.clone())),
        "filename2" => Some(e.os_filenames().and_then(|f| f.1.clone()).unwrap_or_else(crate::types::none_obj)),
        _ => None,
    }
}

/// `str()` of an OSError: `[Errno 2] No such file or directory: 'x'` (None: as any exception).
pub fn os_error_str(e: &ExcObj) -> Option<PyResult<String>> {
    let args = e.args();
    if args.len() < 2 || (args.len() > 5 && e.os_filenames().is_none()) {
        return None;
    }
    let text = || -> PyResult<String> {
        let mut s =
            format!("[Errno {}] {}", crate::ops::str_string(args[0].v())?, crate::ops::str_string(args[1].v())?);
        if let Some((f, f2)) = e.os_filenames() {
            s.push_str(": ");
            s.push_str(&crate::ops::repr_string(f.v())?);
            if let Some(f2) = f2 {
                s.push_str(" -> ");
                s.push_str(&crate::ops::repr_string(f2.v())?);
            }
        }
        Ok(s)
    };
    Some(text())
}

impl PyErr {
    /// An exception of type `ty` with one string argument.
    #[cold]
    pub fn new(ty: &'static TypeObject, msg: impl AsRef<str>) -> PyErr {
        let s = new_str(msg.as_ref());
        PyErr(new_exc(ty, new_tuple(vec![s])))
    }
    /// An exception of type `ty` with one arbitrary argument (e.g. KeyError's key).
    #[cold]
    pub fn with_arg(ty: &'static TypeObject, arg: Obj) -> PyErr {
        PyErr(new_exc(ty, new_tuple(vec![arg])))
    }
    /// An exception of type `ty` with no arguments.
    #[cold]
    pub fn bare(ty: &'static TypeObject) -> PyErr {
        PyErr(new_exc(ty, new_tuple(vec![])))
    }
    pub fn exc(&self) -> &'static ExcObj {
        exc_ref(self.0.v()).expect("PyErr holds an exception instance")
    }
    pub fn ty(&self) -> &'static TypeObject {
        self.0.v().ty()
    }
    pub fn matches(&self, t: &TypeObject) -> bool {
        self.ty().is_subtype(t)
    }
    /// The marker of `ops`' per-kind attribute lookup for "not one of mine" (until every
    /// builtin type declares its attributes in its tables).
    #[cold]
    pub fn legacy_miss() -> PyErr {
        PyErr::new(&ATTRIBUTE_ERROR, LEGACY_MISS)
    }
    pub fn is_legacy_miss(&self) -> bool {
        std::ptr::eq(self.ty(), &ATTRIBUTE_ERROR)
            && self.exc().args().first().and_then(|a| crate::str::as_str(a.v())) == Some(LEGACY_MISS)
    }
}

const LEGACY_MISS: &str = "\0pyaot: not a legacy attribute";

/// NameError for global or builtin `name`.
#[cold]
pub fn name_error(name: &str) -> PyErr {
    PyErr::new(&NAME_ERROR, format!("name '{name}' is not defined"))
}
/// UnboundLocalError for local `name`.
#[cold]
pub fn unbound_local_error(name: &str) -> PyErr {
    PyErr::new(
        &UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}
#[cold]
pub fn recursion_error() -> PyErr {
    PyErr::new(&RECURSION_ERROR, "maximum recursion depth exceeded")
}
/// What a bare `raise` raises: the exception being handled, else RuntimeError.
#[cold]
pub fn reraise_error() -> PyErr {
    match current_handled() {
        Some(e) => PyErr(e),
        None => PyErr::new(&RUNTIME_ERROR, "No active exception to reraise"),
    }
}

#[cold]
pub fn type_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(PyErr::new(&TYPE_ERROR, msg))
}
#[cold]
pub fn value_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(PyErr::new(&VALUE_ERROR, msg))
}
#[cold]
pub fn index_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(PyErr::new(&INDEX_ERROR, msg))
}
#[cold]
pub fn zero_division<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(PyErr::new(&ZERO_DIVISION_ERROR, msg))
}
#[cold]
pub fn overflow_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    Err(PyErr::new(&OVERFLOW_ERROR, msg))
}
#[cold]
pub fn key_error<T>(key: Obj) -> PyResult<T> {
    Err(PyErr::with_arg(&KEY_ERROR, key))
}

// ---------------------------------------------------------------------------------------
// The pending exception (ABI side) and the stack of exceptions being handled.

thread_local! {
    /// The exception an ABI call left pending (thread-local: the runtime runs Python on
    /// one thread, and unit tests run on several).
    static PENDING: std::cell::RefCell<Option<PyErr>> = const { std::cell::RefCell::new(None) };
    /// Exceptions currently being handled by `except` (and `finally`) blocks, innermost
    /// last: what a bare `raise` re-raises and the implicit `__context__` of new ones.
    static HANDLED: std::cell::RefCell<Vec<Obj>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Leaves `e` pending (the ABI's error return), setting its implicit `__context__` to
/// the exception being handled, as raising inside an `except` block does in CPython.
pub fn set_pending(e: PyErr) {
    // A new exception (no traceback yet) is raised here: chain it to the one being
    // handled. One that already passed through frames keeps the context it got when raised.
    if e.exc().tb().is_empty() {
        attach_context(&e);
    }
    restore_pending(e);
}

/// Leaves `e` pending unchanged (re-raising an exception that is already chained).
pub fn restore_pending(e: PyErr) {
    let old = PENDING.with(|p| p.borrow_mut().replace(e));
    drop(old);
}

/// Takes the pending exception, if any.
pub fn take_pending() -> Option<PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
}

pub fn is_pending() -> bool {
    PENDING.with(|p| p.borrow().is_some())
}

/// The exception the innermost active `except` block handles.
pub fn current_handled() -> Option<Obj> {
    HANDLED.with(|h| h.borrow().last().cloned())
}

pub fn push_handled(e: Obj) {
    HANDLED.with(|h| h.borrow_mut().push(e));
}

pub fn pop_handled() {
    let e = HANDLED.with(|h| h.borrow_mut().pop());
    drop(e);
}

pub fn clear_handled() {
    let v = HANDLED.with(|h| std::mem::take(&mut *h.borrow_mut()));
    drop(v);
}

/// Sets `__context__` of a newly raised exception to the exception being handled, as
/// CPython does when raising inside an `except` block.
pub fn attach_context(e: &PyErr) {
    let Some(ctx) = current_handled() else { return };
    if ctx.v() == e.0.v() {
        return;
    }
    // As CPython's _PyErr_SetObject: if `e` is already in the handled exception's
    // context chain, cut it out there, so no cycle forms; then chain `e` to it.
    let mut o = ctx.v();
    let mut steps = 0;
    while let Some(link) = exc_ref(o) {
        let next = link.context().as_ref().map(|c| c.v());
        match next {
            Some(c) if c == e.0.v() => {
                *link.context() = None;
                break;
            }
            Some(c) if steps < 100_000 => {
                o = c;
                steps += 1;
            }
            _ => break,
        }
    }
    *e.exc().context() = Some(ctx);
}

/// Appends a traceback frame to the pending exception.
pub fn add_traceback(func: Value, file: Value, line: u32) {
    PENDING.with(|p| {
        if let Some(e) = &*p.borrow() {
            e.exc().tb().push(TbFrame { func, file, line });
        }
    });
}

// ---------------------------------------------------------------------------------------
// Program sources, for the source lines of traceback frames.

thread_local! {
    /// (file name, source text) of each compiled module: immortal str constants.
    static SOURCES: std::cell::RefCell<Vec<(Value, Value)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Registers the source text of the module whose traceback frames name `file`.
pub fn register_source(file: Value, src: Value) {
    SOURCES.with(|s| s.borrow_mut().push((file, src)));
}

/// Line `line` (1-based) of `file`, stripped, as a traceback shows it.
pub fn source_line(file: Value, line: u32) -> Option<String> {
    let name = crate::str::as_str(file)?;
    let src =
        SOURCES.with(|s| s.borrow().iter().find(|(f, _)| crate::str::as_str(*f) == Some(name)).map(|(_, t)| *t))?;
    let text = crate::str::as_str(src)?.lines().nth((line as usize).checked_sub(1)?)?.trim();
    if text.is_empty() {
        None
    } else {
        Some(text.to_string())
    }
}

/// How many exceptions are being handled now (see [`split_handled`]).
pub fn handled_len() -> usize {
    HANDLED.with(|h| h.borrow().len())
}

/// Takes the exceptions handled above depth `at` off the stack (a generator suspending
/// inside `except` blocks keeps them until it resumes).
pub fn split_handled(at: usize) -> Vec<Obj> {
    HANDLED.with(|h| {
        let mut h = h.borrow_mut();
        let at = at.min(h.len());
        h.split_off(at)
    })
}

/// Reading a free variable whose cell is empty.
pub fn free_var_error(name: &str) -> PyErr {
    PyErr::new(
        &NAME_ERROR,
        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
    )
}

// ---------------------------------------------------------------------------------------
// Traceback objects.

use crate::types::{none_obj, OBJECT_TYPE};

/// `exc.__traceback__`: a view of the frames an exception passed through, outermost
/// first as CPython's `tb_next` chain goes (`tb_lineno`, `tb_next`).
#[repr(C)]
pub struct TracebackObj {
    pub hdr: Header,
    pub(crate) frames: Vec<TbFrame>,
    pub(crate) index: usize,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for TracebackObj {
    fn type_object() -> &'static TypeObject {
        &TRACEBACK_TYPE
    }
}

pub static TRACEBACK_TYPE: TypeObject = TypeObject::builtin(
    "traceback",
    Kind::Other,
    Some(&OBJECT_TYPE),
    dealloc_payload::<TracebackObj>,
    &crate::misctypes::TRACEBACK_SPEC,
);

/// The traceback of exception `e` (None before it was raised).
pub fn traceback_of(e: &ExcObj) -> Obj {
    let mut frames = e.tb().clone();
    if frames.is_empty() {
        return none_obj();
    }
    frames.reverse();
    alloc(TracebackObj { hdr: Header::new(&TRACEBACK_TYPE), frames, index: 0 })
}
