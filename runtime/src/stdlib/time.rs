//! `time`: the clocks CPython reads (`clock_gettime` with the same clock ids), `sleep`.
use super::{native, NativeTable};
use crate::err::*;
use crate::func::{positional, positional_of, Arity};
use crate::object::*;
use crate::types::none_obj;

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

const CLOCK_REALTIME: i32 = 0;
const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

/// Nanoseconds on `clock`.
fn nanos(clock: i32) -> i128 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec (64-bit fields on the 64-bit Linux
    // targets we build for); the clock ids are Linux's.
    let r = unsafe { clock_gettime(clock, &mut ts) };
    if r != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn no_args(name: &str, args: &[Value], kwnames: &[Obj]) -> PyResult<()> {
    positional_of("time", name, Arity::Takes, args, kwnames, 0, 0).map(drop)
}

fn seconds(name: &str, clock: i32, args: &[Value], kwnames: &[Obj]) -> PyResult {
    no_args(name, args, kwnames)?;
    Ok(crate::float::new_float(nanos(clock) as f64 * 1e-9))
}

fn ns(name: &str, clock: i32, args: &[Value], kwnames: &[Obj]) -> PyResult {
    no_args(name, args, kwnames)?;
    Ok(crate::int::from_i128(nanos(clock)))
}

fn t_time(a: &[Value], k: &[Obj]) -> PyResult {
    seconds("time", CLOCK_REALTIME, a, k)
}
fn t_time_ns(a: &[Value], k: &[Obj]) -> PyResult {
    ns("time_ns", CLOCK_REALTIME, a, k)
}
fn t_perf_counter(a: &[Value], k: &[Obj]) -> PyResult {
    seconds("perf_counter", CLOCK_MONOTONIC, a, k)
}
fn t_perf_counter_ns(a: &[Value], k: &[Obj]) -> PyResult {
    ns("perf_counter_ns", CLOCK_MONOTONIC, a, k)
}
fn t_monotonic(a: &[Value], k: &[Obj]) -> PyResult {
    seconds("monotonic", CLOCK_MONOTONIC, a, k)
}
fn t_monotonic_ns(a: &[Value], k: &[Obj]) -> PyResult {
    ns("monotonic_ns", CLOCK_MONOTONIC, a, k)
}
fn t_process_time(a: &[Value], k: &[Obj]) -> PyResult {
    seconds("process_time", CLOCK_PROCESS_CPUTIME_ID, a, k)
}
fn t_process_time_ns(a: &[Value], k: &[Obj]) -> PyResult {
    ns("process_time_ns", CLOCK_PROCESS_CPUTIME_ID, a, k)
}

fn t_sleep(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("time.sleep", Arity::Takes, args, kwnames, 1, 1)?;
    let s = match crate::float::as_f64(pos[0]) {
        Ok(s) => s,
        Err(_) => {
            return type_error(format!("'{}' object cannot be interpreted as an integer", pos[0].ty().name));
        }
    };
    if s.is_nan() {
        return value_error("Invalid value NaN (not a number)");
    }
    if s < 0.0 {
        return value_error("sleep length must be non-negative");
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e9)));
    Ok(none_obj())
}

static FUNCS: NativeTable<9> = [
    native("time", t_time),
    native("time_ns", t_time_ns),
    native("perf_counter", t_perf_counter),
    native("perf_counter_ns", t_perf_counter_ns),
    native("monotonic", t_monotonic),
    native("monotonic_ns", t_monotonic_ns),
    native("process_time", t_process_time),
    native("process_time_ns", t_process_time_ns),
    native("sleep", t_sleep),
];

pub fn module() -> PyResult {
    crate::module::new_module("time", super::functions(&FUNCS))
}
