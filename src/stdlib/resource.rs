//! `_resource`: the process's resource limits and usage through the C library
//! (`getrlimit`, `setrlimit`, `getrusage`). `resource` (Python, `src/lib_py/resource.py`)
//! checks the arguments, gives CPython's errors and wraps the usage in `struct_rusage`.

use corun_macros::function;

use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::Value;

/// `getrlimit(resource)`: (soft, hard), infinity as -1 (CPython reads `rlim_t` as signed),
/// or None when the system refuses the resource.
#[function(_resource, "getrlimit(resource, /)")]
fn getrlimit(_ip: &Interp, resource: i64) -> PyResult<Value> {
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit fills the struct it is given.
    if unsafe { libc::getrlimit(resource as _, &mut rl) } != 0 {
        return Ok(Value::None);
    }
    Ok(Value::tuple(vec![
        Value::Int(rl.rlim_cur as i64),
        Value::Int(rl.rlim_max as i64),
    ]))
}

/// `setrlimit(resource, soft, hard)`: 0 when done, else the errno.
#[function(_resource, "setrlimit(resource, soft, hard, /)")]
fn setrlimit(_ip: &Interp, resource: i64, soft: i64, hard: i64) -> PyResult<i64> {
    let rl = libc::rlimit {
        rlim_cur: soft as libc::rlim_t,
        rlim_max: hard as libc::rlim_t,
    };
    // SAFETY: setrlimit reads the struct it is given.
    if unsafe { libc::setrlimit(resource as _, &rl) } != 0 {
        return Ok(std::io::Error::last_os_error().raw_os_error().unwrap_or(0) as i64);
    }
    Ok(0)
}

/// `getrusage(who)`: the sixteen fields of `struct_rusage`, or None for a bad `who`.
#[function(_resource, "getrusage(who, /)")]
fn getrusage(_ip: &Interp, who: i64) -> PyResult<Value> {
    // SAFETY: a zeroed rusage is a valid buffer, which getrusage fills.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(who as _, &mut ru) } != 0 {
        return Ok(Value::None);
    }
    let secs = |t: libc::timeval| Value::float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    // `c_long` is i64 on 64-bit targets only.
    #[allow(clippy::useless_conversion)]
    let n = |x: libc::c_long| Value::Int(i64::from(x));
    Ok(Value::tuple(vec![
        secs(ru.ru_utime),
        secs(ru.ru_stime),
        n(ru.ru_maxrss),
        n(ru.ru_ixrss),
        n(ru.ru_idrss),
        n(ru.ru_isrss),
        n(ru.ru_minflt),
        n(ru.ru_majflt),
        n(ru.ru_nswap),
        n(ru.ru_inblock),
        n(ru.ru_oublock),
        n(ru.ru_msgsnd),
        n(ru.ru_msgrcv),
        n(ru.ru_nsignals),
        n(ru.ru_nvcsw),
        n(ru.ru_nivcsw),
    ]))
}

/// `getpagesize()`.
#[function(_resource, "getpagesize()")]
fn getpagesize(_ip: &Interp) -> PyResult<i64> {
    // SAFETY: sysconf without side effects.
    Ok(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64)
}

fn init(_ip: &Interp, _m: &std::rc::Rc<crate::runtime::object::ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_resource", init);
crate::python_module!("resource", "resource.py");
