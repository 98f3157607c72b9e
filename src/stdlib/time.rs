//! The `time` module: clocks, and `sleep`, which blocks the whole thread as CPython's does.

use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::std_fns;

/// The zero of the monotonic clocks: the first time one is read.
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn t_time(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.time", args, kw, 0, 0)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn t_time_ns(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.time_ns", args, kw, 0, 0)?;
    Ok(Value::Int(since_epoch().as_nanos() as i64))
}

fn mono() -> Duration {
    // A fixed offset keeps the clock well away from zero, as CPython's (boot-based) one is.
    origin().elapsed() + Duration::from_secs(1000)
}

fn t_monotonic(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.monotonic", args, kw, 0, 0)?;
    Ok(Value::Float(mono().as_secs_f64()))
}

fn t_monotonic_ns(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.monotonic_ns", args, kw, 0, 0)?;
    Ok(Value::Int(mono().as_nanos() as i64))
}

fn t_perf_counter(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.perf_counter", args, kw, 0, 0)?;
    Ok(Value::Float(mono().as_secs_f64()))
}

fn t_perf_counter_ns(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.perf_counter_ns", args, kw, 0, 0)?;
    Ok(Value::Int(mono().as_nanos() as i64))
}

/// CPU time of the process, from /proc where there is one, else wall time since start.
fn cpu_time() -> Duration {
    if let Ok(s) = std::fs::read_to_string("/proc/self/stat") {
        // Fields 14 and 15 (utime, stime) after the parenthesised command name, in clock ticks.
        if let Some(rest) = s.rsplit_once(')').map(|(_, r)| r) {
            let f: Vec<&str> = rest.split_whitespace().collect();
            if f.len() > 13 {
                let ticks: u64 =
                    f[11].parse::<u64>().unwrap_or(0) + f[12].parse::<u64>().unwrap_or(0);
                return Duration::from_millis(ticks * 10);
            }
        }
    }
    origin().elapsed()
}

fn t_process_time(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.process_time", args, kw, 0, 0)?;
    Ok(Value::Float(cpu_time().as_secs_f64()))
}

fn t_process_time_ns(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.process_time_ns", args, kw, 0, 0)?;
    Ok(Value::Int(cpu_time().as_nanos() as i64))
}

fn t_sleep(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time.sleep", args, kw, 1, 1)?;
    let secs = match &args[0] {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        Value::BigInt(_) => {
            return Err(ip.err(
                ExcKind::OverflowError,
                "timestamp too large to convert to C _PyTime_t",
            ))
        }
        other => {
            return ip.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(ip, other)
            ))
        }
    };
    if secs.is_nan() {
        return Err(ip.err(ExcKind::ValueError, "Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(ip.err(ExcKind::ValueError, "sleep length must be non-negative"));
    }
    if secs > 1e10 {
        return Err(ip.err(
            ExcKind::OverflowError,
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    // What was printed so far shows before the pause, as it does on a terminal.
    ip.flush_out();
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}

std_fns! { None;
    TIME = "time" => t_time,
    TIME_NS = "time_ns" => t_time_ns,
    MONOTONIC = "monotonic" => t_monotonic,
    MONOTONIC_NS = "monotonic_ns" => t_monotonic_ns,
    PERF_COUNTER = "perf_counter" => t_perf_counter,
    PERF_COUNTER_NS = "perf_counter_ns" => t_perf_counter_ns,
    PROCESS_TIME = "process_time" => t_process_time,
    PROCESS_TIME_NS = "process_time_ns" => t_process_time_ns,
    SLEEP = "sleep" => t_sleep,
}

pub fn make_module(_ip: &Interp) -> Rc<ModuleObj> {
    origin();
    let m = ModuleObj::new(intern("time"), None);
    super::add_fns(
        &m,
        &[
            &TIME,
            &TIME_NS,
            &MONOTONIC,
            &MONOTONIC_NS,
            &PERF_COUNTER,
            &PERF_COUNTER_NS,
            &PROCESS_TIME,
            &PROCESS_TIME_NS,
            &SLEEP,
        ],
    );
    m
}
