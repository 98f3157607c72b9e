//! `_thread`: starting threads and the lock everything in `threading` is built on. Native,
//! because a lock's test-and-set must not be split by a thread switch, and because blocking
//! is the scheduler's business (`crate::threads`).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::{function, method};

use super::{ClassSpec, Native};

/// CPython's `_thread.TIMEOUT_MAX` on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

/// A `_thread.lock`: whether it is held, and the threads blocked on it, first come first.
#[derive(Default)]
pub struct Lock {
    locked: Cell<bool>,
    waiters: RefCell<VecDeque<u64>>,
}

native_arg!(Lock, Lock, "_thread.lock");

static LOCK_CLASS: ClassSpec = ClassSpec {
    key: "_thread.lock",
    module: "_thread",
    name: "lock",
    base: None,
    new: None,
    methods: &[],
};

fn new_lock(ip: &Interp) -> Value {
    super::new_obj(ip, &LOCK_CLASS, Native::Lock(Lock::default()))
}

/// The deadline of a blocking acquire (None: without a limit), checked as CPython checks it.
fn deadline(ip: &Interp, blocking: bool, timeout: f64) -> PyResult<Option<Instant>> {
    if !blocking && timeout != -1.0 {
        return Err(ip.err(
            ExcKind::ValueError,
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(ip.err(ExcKind::ValueError, "timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(ip.err(ExcKind::OverflowError, "timeout value is too large"));
    }
    Ok((timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout)))
}

impl Lock {
    /// Takes the lock, waiting until `until` (None: for as long as it takes). Ctrl-C raises
    /// KeyboardInterrupt in the main thread's wait, as CPython's acquire does.
    pub fn acquire(&self, ip: &Interp, until: Option<Instant>) -> PyResult<bool> {
        loop {
            if !self.locked.get() {
                self.locked.set(true);
                return Ok(true);
            }
            if until.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
            let me = crate::threads::current();
            self.waiters.borrow_mut().push_back(me);
            crate::threads::block(ip, until);
            self.waiters.borrow_mut().retain(|w| *w != me);
            if crate::threads::is_main() && crate::signals::pending() {
                crate::signals::poll(ip)?;
            }
        }
    }

    fn release(&self, ip: &Interp) -> PyResult<()> {
        if !self.locked.get() {
            return Err(ip.err(ExcKind::RuntimeError, "release unlocked lock"));
        }
        self.locked.set(false);
        let next = self.waiters.borrow_mut().pop_front();
        if let Some(w) = next {
            crate::threads::wake(w);
        }
        Ok(())
    }
}

pub fn repr(l: &Lock, addr: usize) -> String {
    let state = if l.locked.get() { "locked" } else { "unlocked" };
    format!("<{state} _thread.lock object at {addr:#x}>")
}

#[method("_thread.lock", "acquire($self, /, blocking=True, timeout=-1.0)")]
fn acquire(ip: &Interp, this: &Lock, blocking: bool, timeout: f64) -> PyResult<bool> {
    let until = deadline(ip, blocking, timeout)?;
    if !blocking {
        return this.acquire(ip, Some(Instant::now()));
    }
    this.acquire(ip, until)
}

#[method("_thread.lock", "acquire_lock($self, /, blocking=True, timeout=-1.0)")]
fn acquire_lock(ip: &Interp, this: &Lock, blocking: bool, timeout: f64) -> PyResult<bool> {
    acquire(ip, this, blocking, timeout)
}

#[method("_thread.lock", "__enter__($self, /)")]
fn enter(ip: &Interp, this: &Lock) -> PyResult<bool> {
    this.acquire(ip, None)
}

#[method("_thread.lock", "release($self, /)")]
fn release(ip: &Interp, this: &Lock) -> PyResult<()> {
    this.release(ip)
}

#[method("_thread.lock", "release_lock($self, /)")]
fn release_lock(ip: &Interp, this: &Lock) -> PyResult<()> {
    this.release(ip)
}

#[method("_thread.lock", "__exit__($self, *args)")]
fn exit(ip: &Interp, this: &Lock, _args: &[Value]) -> PyResult<()> {
    this.release(ip)
}

#[method("_thread.lock", "locked($self, /)")]
fn locked(_ip: &Interp, this: &Lock) -> PyResult<bool> {
    Ok(this.locked.get())
}

#[method("_thread.lock", "locked_lock($self, /)")]
fn locked_lock(_ip: &Interp, this: &Lock) -> PyResult<bool> {
    Ok(this.locked.get())
}

#[method("_thread.lock", "_at_fork_reinit($self, /)")]
fn at_fork_reinit(_ip: &Interp, this: &Lock) -> PyResult<()> {
    this.locked.set(false);
    Ok(())
}

#[function(_thread, "allocate_lock()")]
fn allocate_lock(ip: &Interp) -> PyResult<Value> {
    Ok(new_lock(ip))
}

#[function(_thread, "allocate()")]
fn allocate(ip: &Interp) -> PyResult<Value> {
    Ok(new_lock(ip))
}

#[function(_thread, "get_ident()")]
fn get_ident(_ip: &Interp) -> PyResult<i64> {
    Ok(crate::threads::current() as i64)
}

/// The process id for the main thread, as on Linux; a distinct number above it for the others.
#[function(_thread, "get_native_id()")]
fn get_native_id(_ip: &Interp) -> PyResult<i64> {
    let n = (crate::threads::current() - crate::threads::main_ident()) >> 20;
    Ok(std::process::id() as i64 + n as i64)
}

#[function(_thread, "_count()")]
fn count(_ip: &Interp) -> PyResult<i64> {
    Ok(crate::threads::count() as i64)
}

#[function(_thread, "stack_size(size=0, /)")]
fn stack_size(ip: &Interp, size: i64) -> PyResult<i64> {
    if size != 0 && size < 32768 {
        return Err(ip.err(ExcKind::ValueError, "size not valid: 32768 bytes"));
    }
    Ok(0)
}

/// `start_new_thread(function, args, kwargs={})`: an exception the function lets out is
/// reported as CPython reports it (SystemExit ends the thread quietly).
#[function(_thread, "start_new_thread(function, args, kwargs=None, /)")]
fn start_new_thread(
    ip: &Interp,
    function: Value,
    args: Value,
    kwargs: Option<Value>,
) -> PyResult<i64> {
    if !crate::runtime::builtins::is_callable(&function) {
        return ip.type_error("first arg must be callable");
    }
    let Value::Tuple(t) = &args else {
        return ip.type_error("2nd arg must be a tuple");
    };
    let mut kw = Vec::new();
    match &kwargs {
        None => {}
        Some(Value::Dict(d)) => {
            for (k, v) in d.items() {
                let Value::Str(k) = k else {
                    return ip.type_error("keywords must be strings");
                };
                kw.push((intern(&k.s), v));
            }
        }
        Some(_) => return ip.type_error("optional 3rd arg must be a dictionary"),
    }
    let positional: Vec<Value> = t.items.to_vec();
    let body = Box::new(move |ip: &Interp| {
        let mut a: crate::eval::call::Args = positional.into_iter().collect();
        let r = crate::eval::call::call_value(ip, &function, &mut a, &kw);
        if let Err(e) = r {
            if !e.is_instance(ip.exc_class(ExcKind::SystemExit)) {
                let f = crate::runtime::repr::repr(ip, &function).unwrap_or_default();
                ip.flush_out();
                ip.write_err(&format!("Exception ignored in thread started by: {f}\n"));
                ip.write_err(&crate::diagnostics::format_traceback(ip, &e));
            }
        }
    });
    match crate::threads::spawn(ip, body) {
        Ok(id) => Ok(id as i64),
        Err(why) => Err(ip.err(
            ExcKind::RuntimeError,
            format!("can't start new thread: {why}"),
        )),
    }
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    super::add_declared(m, "_thread");
    let lock = Value::Class(super::class(ip, &LOCK_CLASS));
    m.set(intern("LockType"), lock.clone());
    m.set(intern("lock"), lock);
    m.set(intern("TIMEOUT_MAX"), Value::float(TIMEOUT_MAX));
    m.set(
        intern("error"),
        Value::Class(ip.exc_class(ExcKind::RuntimeError).clone()),
    );
    Ok(())
}

crate::native_module!("_thread", init);

/// `sys._current_frames()`: each thread's innermost frame by its identifier.
#[function(sys, "_current_frames()")]
fn current_frames(ip: &Interp) -> PyResult<Value> {
    let d = crate::runtime::dict::PyDict::new();
    let mut found = Vec::new();
    if let Some(f) = crate::runtime::frames::running(ip).into_iter().next() {
        found.push((crate::threads::current(), f));
    }
    crate::threads::for_each_waiting(ip, |ident| {
        if let Some(f) = crate::runtime::frames::running(ip).into_iter().next() {
            found.push((ident, f));
        }
    });
    for (ident, f) in found {
        crate::runtime::dict::set(ip, &d, Value::Int(ident as i64), f)?;
    }
    Ok(Value::Dict(d))
}
