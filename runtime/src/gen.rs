//! Generators, for every tier at once: a generator runs its function's ordinary entry
//! on a stack of its own (a `corosensei` coroutine), and `yield` switches back to
//! whoever resumed it. Compiled code and the VM both call [`yield_value`] and
//! [`yield_from`]; neither needs to turn function bodies into state machines.
//!
//! While a generator runs, its frames count against the recursion limit as CPython's
//! do; when it suspends, the depth it added and the exceptions it is handling are saved
//! with it and taken off the thread's state, and put back on the next resume.
//!
//! A coroutine that is suspended must never be dropped (unwinding it needs panics to
//! unwind, and the runtime aborts on panic): a generator that dies while suspended is
//! closed first (GeneratorExit thrown in, as CPython does), and one that refuses to
//! finish is leaked.
use crate::err::*;
use crate::object::*;
use crate::types::*;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::{RefCell, UnsafeCell};

/// What a resumed generator receives at its `yield`.
pub enum Resume {
    Send(Obj),
    Throw(PyErr),
    /// What the generator's `yield from` delegate did when its resumer resumed the
    /// delegate directly (see `resume`): only `yield_from` receives this.
    Delegated(PyResult<Step>),
}

/// Value yielded (owned), and what the body returned (owned, or 0 with an error pending).
type Co = Coroutine<Resume, Value, Value, DefaultStack>;
type Y = Yielder<Resume, Value>;

/// One step of a generator.
pub enum Step {
    Yielded(Obj),
    Returned(Obj),
}

/// Bytes of each generator stack (virtual: only touched pages are committed).
const STACK_BYTES: usize = 16 << 20;
/// Python frames a generator stack holds, with a wide margin (as `program::MAX_FRAMES`).
const STACK_FRAMES: i64 = 3_000;

pub static GENERATOR_TYPE: TypeObject =
    TypeObject::builtin("generator", Kind::Iterator, Some(&OBJECT_TYPE), dealloc_gen, &SPEC);

#[repr(C)]
pub struct GenObj {
    pub hdr: Header,
    pub name: ObjCell,
    pub qualname: ObjCell,
    /// The code object of the generator function (`gi_code`).
    code: Obj,
    state: UnsafeCell<GenState>,
}

// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for GenObj {
    fn type_object() -> &'static TypeObject {
        &GENERATOR_TYPE
    }
}

struct GenState {
    co: Option<Co>,
    started: bool,
    finished: bool,
    running: bool,
    /// Call depth the suspended frames hold.
    depth: i64,
    /// Exceptions being handled inside the suspended frames (innermost last).
    handled: Vec<Obj>,
    /// The yielder of the running coroutine (valid while it is started and unfinished).
    yielder: *const Y,
    /// The generator this one is suspended in `yield from` on (kept alive by that
    /// `yield from`), or null.
    delegate: *const GenObj,
}

thread_local! {
    /// The generators running now, innermost last (whose yielder `yield` uses).
    /// (Each `resume` keeps the one it replaces and puts it back.)
    static RUNNING: std::cell::Cell<*const GenObj> = const { std::cell::Cell::new(std::ptr::null()) };
    /// Stacks of finished generators, kept for reuse.
    static STACKS: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
}

impl GenObj {
    #[allow(clippy::mut_from_ref)]
    fn st(&self) -> &mut GenState {
        // SAFETY: single-threaded runtime; no borrow is held across a resume.
        unsafe { &mut *self.state.get() }
    }
}

fn new_stack() -> PyResult<DefaultStack> {
    if let Some(s) = STACKS.with(|s| s.borrow_mut().pop()) {
        return Ok(s);
    }
    DefaultStack::new(STACK_BYTES).map_err(|_| PyErr::bare(&MEMORY_ERROR))
}

/// A generator for function `f` called with bound arguments `bound` (not started).
pub fn new_generator(f: Value, bound: crate::func::Bound) -> PyResult {
    let func = f.downcast::<crate::func::FuncObj>().expect("a function");
    let args: Vec<Obj> = bound.vals.iter().map(|v| v.new_ref()).collect();
    drop(bound);
    let fobj = f.new_ref();
    let stack = new_stack()?;
    let g = alloc(GenObj {
        hdr: Header::new(&GENERATOR_TYPE),
        name: ObjCell::new(func.name.obj()),
        qualname: ObjCell::new(func.qualname.obj()),
        code: func.code.clone(),
        state: UnsafeCell::new(GenState {
            co: None,
            started: false,
            finished: false,
            running: false,
            depth: 0,
            handled: Vec::new(),
            yielder: std::ptr::null(),
            delegate: std::ptr::null(),
        }),
    });
    let gptr = g.v().0 as usize;
    let co: Co = Coroutine::with_stack(stack, move |y: &Y, first: Resume| {
        // SAFETY: the generator owns this coroutine, so it is alive while the coroutine runs.
        unsafe { (*(gptr as *const GenObj)).st().yielder = y as *const Y };
        match first {
            Resume::Throw(e) => {
                set_pending(e);
                Value::NULL
            }
            Resume::Delegated(_) => unreachable!("a generator delegates only once started"),
            Resume::Send(_) => {
                let func = fobj.v().downcast::<crate::func::FuncObj>().expect("a function");
                let vals: Vec<Value> = args.iter().map(|a| a.v()).collect();
                let r = (func.entry)(fobj.v(), vals.as_ptr());
                drop(vals);
                drop(args);
                drop(fobj);
                r
            }
        }
    });
    as_gen(g.v()).expect("a generator").st().co = Some(co);
    Ok(g)
}

pub fn as_gen(v: Value) -> Option<&'static GenObj> {
    v.downcast::<GenObj>()
}

/// Resumes `g` with `input`.
pub fn resume(g: &GenObj, input: Resume) -> PyResult<Step> {
    let st = g.st();
    if st.running {
        return value_error("generator already executing");
    }
    if st.finished {
        return match input {
            Resume::Send(_) => Ok(Step::Returned(none_obj())),
            Resume::Throw(e) => Err(e),
            Resume::Delegated(step) => step,
        };
    }
    if !st.started {
        if let Resume::Send(v) = &input {
            if !v.v().is_none() {
                return type_error("can't send non-None value to a just-started generator");
            }
        }
    }
    st.started = true;
    let input = match input {
        Resume::Send(v) if !st.delegate.is_null() && st.handled.is_empty() => {
            // Suspended in `yield from` on another generator: resume that one directly,
            // without switching to this generator's stack only to have it pass the value
            // on (CPython, too, sends straight down a chain of `yield from`s). This
            // generator counts as running, and its frames as deep, meanwhile.
            // SAFETY: the delegate is kept alive by the suspended `yield from`.
            let sub = unsafe { &*st.delegate };
            st.running = true;
            let depth_before = crate::abi::pyaot_depth.get();
            crate::abi::pyaot_depth.set(depth_before + st.depth);
            let r = resume(sub, Resume::Send(v));
            crate::abi::pyaot_depth.set(depth_before);
            let st = g.st();
            st.running = false;
            match r {
                Ok(Step::Yielded(x)) => return Ok(Step::Yielded(x)),
                // The delegate is done: this generator's `yield from` goes on with that.
                other => Resume::Delegated(other),
            }
        }
        other => other,
    };
    let st = g.st();
    st.running = true;
    // Put the generator's frames back on the thread's state.
    let depth_before = crate::abi::pyaot_depth.get();
    let limit_before = crate::abi::pyaot_depth_limit.get();
    crate::abi::pyaot_depth.set(depth_before + st.depth);
    crate::abi::pyaot_depth_limit.set(limit_before.min(depth_before + STACK_FRAMES));
    let handled_base = handled_len();
    if !st.handled.is_empty() {
        for h in st.handled.drain(..) {
            push_handled(h);
        }
    }
    let outer = RUNNING.with(|r| r.replace(g as *const GenObj));
    let co = st.co.as_mut().expect("an unfinished generator has its coroutine");
    let r = co.resume(input);
    RUNNING.with(|r| r.set(outer));
    let st = g.st();
    st.running = false;
    if handled_len() > handled_base {
        st.handled = split_handled(handled_base);
    }
    st.depth = crate::abi::pyaot_depth.get() - depth_before;
    crate::abi::pyaot_depth.set(depth_before);
    crate::abi::pyaot_depth_limit.set(limit_before);
    match r {
        CoroutineResult::Yield(v) => Ok(Step::Yielded(Obj::from_raw(v))),
        CoroutineResult::Return(v) => {
            finish(g);
            if v.is_null() {
                let e = take_pending().unwrap_or_else(|| PyErr::new(&RUNTIME_ERROR, "error without exception"));
                Err(escaping(e))
            } else {
                Ok(Step::Returned(Obj::from_raw(v)))
            }
        }
    }
}

/// An error leaving a generator's body: StopIteration becomes RuntimeError (PEP 479),
/// with the StopIteration as its cause.
fn escaping(e: PyErr) -> PyErr {
    if !e.matches(&STOP_ITERATION) {
        return e;
    }
    let re = PyErr::new(&RUNTIME_ERROR, "generator raised StopIteration");
    *re.exc().cause() = Some(e.0.clone());
    *re.exc().context() = Some(e.0);
    re.exc().suppress_context.set(true);
    re
}

/// `__pyaot_genexpr_list__(f, it)`: `list(x for x in it)` without a generator. The
/// compiler passes a generator expression that `list()`, `tuple()`, `sorted()` or `set()`
/// consumes whole as the function of the equivalent list (for `set()`: set)
/// comprehension: the result is the same, items are made (and for a set hashed) in the
/// same order, and an error leaving it is what it would have been leaving the generator.
pub fn genexpr_list(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [f, it] =
        crate::func::positional("__pyaot_genexpr_list__", crate::func::Arity::Expected, args, kwnames, 2, 2)?[..]
    else {
        return type_error("__pyaot_genexpr_list__ expects 2 arguments");
    };
    crate::func::call(f, &[it], &[]).map_err(escaping)
}

/// Marks `g` finished and keeps its stack for the next generator.
fn finish(g: &GenObj) {
    let st = g.st();
    st.finished = true;
    st.depth = 0;
    st.handled.clear();
    st.yielder = std::ptr::null();
    if let Some(co) = st.co.take() {
        if co.done() {
            let stack = co.into_stack();
            STACKS.with(|s| {
                let mut s = s.borrow_mut();
                if s.len() < 16 {
                    s.push(stack)
                }
            });
        } else if !co.started() {
            drop(co);
        } else {
            // Suspended and refusing to finish: it cannot be dropped safely.
            std::mem::forget(co);
        }
    }
}

/// `yield v` (steals `v`) in the running generator: the value sent back, or the error
/// thrown in.
pub fn yield_value(v: Obj) -> PyResult {
    match suspend(v, std::ptr::null()) {
        Resume::Send(x) => Ok(x),
        Resume::Throw(e) => Err(e),
        Resume::Delegated(_) => Err(PyErr::new(&RUNTIME_ERROR, "generator resumed for a delegate it has not")),
    }
}

/// Suspends the running generator, yielding `v` (stolen); `delegate` (or null) is the
/// generator its `yield from` is on, which the resumer may resume directly meanwhile
/// (see `resume`). What the resumer sends back.
fn suspend(v: Obj, delegate: *const GenObj) -> Resume {
    let g = RUNNING.with(|r| r.get());
    if g.is_null() {
        return Resume::Throw(PyErr::new(&RUNTIME_ERROR, "yield outside a running generator"));
    }
    // SAFETY: `g` is RUNNING, so its object is alive (its resumer holds it).
    let g = unsafe { &*g };
    let y = g.st().yielder;
    g.st().delegate = delegate;
    // SAFETY: the yielder belongs to the coroutine running this very code.
    let r = unsafe { &*y }.suspend(v.into_raw());
    g.st().delegate = std::ptr::null();
    r
}

/// `yield from it` in the running generator: delegates until `it` returns, and gives
/// its return value.
pub fn yield_from(iterable: Value) -> PyResult {
    let it = crate::iter::get_iter(iterable)?;
    let mut input = Resume::Send(none_obj());
    loop {
        let step = match as_gen(it.v()) {
            Some(sub) => match input {
                Resume::Throw(e) if e.matches(&GENERATOR_EXIT) => {
                    close(sub)?;
                    return Err(e);
                }
                Resume::Delegated(step) => step,
                other => resume(sub, other),
            },
            None => match input {
                Resume::Throw(e) => return Err(e),
                Resume::Delegated(step) => step,
                Resume::Send(_) => match crate::iter::next(it.v())? {
                    Some(x) => Ok(Step::Yielded(x)),
                    None => Ok(Step::Returned(none_obj())),
                },
            },
        };
        match step {
            Ok(Step::Yielded(x)) => {
                input = match as_gen(it.v()) {
                    Some(sub) => suspend(x, sub),
                    None => match yield_value(x) {
                        Ok(v) => Resume::Send(v),
                        Err(e) => Resume::Throw(e),
                    },
                }
            }
            Ok(Step::Returned(v)) => return Ok(v),
            Err(e) if e.matches(&STOP_ITERATION) && as_gen(it.v()).is_none() => {
                return Ok(e.exc().args().first().cloned().unwrap_or_else(none_obj))
            }
            Err(e) => return Err(e),
        }
    }
}

/// The next value for iteration: None when the generator returns.
pub fn next(g: &GenObj) -> PyResult<Option<Obj>> {
    match resume(g, Resume::Send(none_obj()))? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(_) => Ok(None),
    }
}

pub fn stop_iteration(v: Obj) -> PyErr {
    if v.v().is_none() {
        PyErr::bare(&STOP_ITERATION)
    } else {
        PyErr::with_arg(&STOP_ITERATION, v)
    }
}

/// `g.send(v)`.
pub fn send(g: &GenObj, v: Value) -> PyResult {
    match resume(g, Resume::Send(v.new_ref()))? {
        Step::Yielded(x) => Ok(x),
        Step::Returned(r) => Err(stop_iteration(r)),
    }
}

/// `g.throw(exc)`: raises `exc` at the generator's `yield`.
pub fn throw(g: &GenObj, exc: Value) -> PyResult {
    let e = crate::ops::make_raise(exc, None);
    match resume(g, Resume::Throw(e))? {
        Step::Yielded(x) => Ok(x),
        Step::Returned(r) => Err(stop_iteration(r)),
    }
}

/// `g.close()`.
pub fn close(g: &GenObj) -> PyResult<()> {
    let st = g.st();
    if st.finished || !st.started {
        finish(g);
        return Ok(());
    }
    match resume(g, Resume::Throw(PyErr::bare(&GENERATOR_EXIT))) {
        Ok(Step::Returned(_)) => Ok(()),
        Ok(Step::Yielded(_)) => Err(PyErr::new(&RUNTIME_ERROR, "generator ignored GeneratorExit")),
        Err(e) if e.matches(&GENERATOR_EXIT) || e.matches(&STOP_ITERATION) => Ok(()),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------
// What `generator` declares (see `typeobj.rs`).

use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, EMPTY};

fn gen_of(v: Value) -> PyResult<&'static GenObj> {
    as_gen(v).map_or_else(|| type_error("descriptor requires a 'generator' object"), Ok)
}
fn send_method(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    send(gen_of(v)?, a[0])
}
fn throw_method(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    throw(gen_of(v)?, a[0])
}
fn close_method(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    close(gen_of(v)?)?;
    Ok(none_obj())
}
fn next_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    match next(gen_of(v)?)? {
        Some(x) => Ok(x),
        None => Err(PyErr::bare(&STOP_ITERATION)),
    }
}
fn iter_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    gen_of(v)?;
    Ok(v.new_ref())
}
fn repr_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let g = gen_of(v)?;
    Ok(crate::str::new_string(format!(
        "<generator object {} at {:#x}>",
        crate::str::as_str(g.qualname.get()).unwrap_or("?"),
        v.0
    )))
}
fn str_value(what: &str, to: Option<Value>) -> PyResult<Obj> {
    match to {
        Some(t) if crate::str::as_str(t).is_some() => Ok(t.new_ref()),
        _ => type_error(format!("__{what}__ must be set to a string object")),
    }
}
fn name_get(v: Value) -> PyResult {
    Ok(gen_of(v)?.name.obj())
}
fn name_set(v: Value, to: Option<Value>) -> PyResult<()> {
    gen_of(v)?.name.set(str_value("name", to)?);
    Ok(())
}
fn qualname_get(v: Value) -> PyResult {
    Ok(gen_of(v)?.qualname.obj())
}
fn qualname_set(v: Value, to: Option<Value>) -> PyResult<()> {
    gen_of(v)?.qualname.set(str_value("qualname", to)?);
    Ok(())
}
fn gi_code(v: Value) -> PyResult {
    Ok(gen_of(v)?.code.clone())
}
fn gi_running(v: Value) -> PyResult {
    Ok(bool_obj(gen_of(v)?.st().running))
}
fn gi_suspended(v: Value) -> PyResult {
    let st = gen_of(v)?.st();
    Ok(bool_obj(st.started && !st.finished && !st.running))
}
fn gi_yieldfrom(v: Value) -> PyResult {
    let d = gen_of(v)?.st().delegate;
    Ok(if d.is_null() { none_obj() } else { Value(d as u64).new_ref() })
}
fn gi_frame(v: Value) -> PyResult {
    if gen_of(v)?.st().finished {
        return Ok(none_obj());
    }
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, "pyaot: frame objects (gi_frame) are not supported yet".to_string()))
}

static SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", repr_slot, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__next__", next_slot, Params::NoArgs),
        MethodDef::method("send", send_method, Params::One),
        MethodDef::method("throw", throw_method, Params::Pos(1, 3, crate::func::Arity::Takes)),
        MethodDef::method("close", close_method, Params::NoArgs),
        MethodDef::method("__sizeof__", crate::slots::sizeof, Params::NoArgs),
    ],
    getsets: &[
        GetSetDef::getset("gi_code", gi_code, None),
        GetSetDef::getset("__name__", name_get, Some(name_set)),
        GetSetDef::getset("__qualname__", qualname_get, Some(qualname_set)),
        GetSetDef::getset("gi_yieldfrom", gi_yieldfrom, None),
        GetSetDef::member("gi_running", gi_running, None),
        GetSetDef::getset("gi_frame", gi_frame, None),
        GetSetDef::getset("gi_suspended", gi_suspended, None),
    ],
    ..EMPTY
};

/// # Safety
/// `h` is a generator with no references left.
unsafe fn dealloc_gen(h: *mut Header) {
    let g = &*(h as *const GenObj);
    let st = g.st();
    if st.started && !st.finished {
        // Keep the object alive while its frames run their `finally` blocks.
        *(*h).refcnt.get() = 1;
        // An exception here has nowhere to go (CPython prints it as "ignored").
        let pending = take_pending();
        let _ = close(g);
        finish(g);
        if let Some(p) = pending {
            restore_pending(p);
        }
    }
    finish(g);
    dealloc_payload::<GenObj>(h);
}
