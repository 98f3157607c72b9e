//! `_signal`, under `signal` (src/lib_py/signal.py makes the enums): setting the handlers of
//! signals, and sending them. Native because it installs C handlers. The C handler only notes
//! the signal (`signals::on_signal`); the Python handler runs on the interpreter thread at the
//! evaluator's next check, the one Ctrl-C uses, as CPython runs handlers between bytecodes.

use std::cell::RefCell;
use std::rc::Rc;

use corun_macros::{function, method};

use crate::eval::call::{call_value, Args};
use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;

/// One more than the highest signal number.
const NSIG: i32 = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

const NAMES: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

thread_local! {
    /// The handler of each signal as Python sees it: `SIG_DFL` (0), `SIG_IGN` (1), None (set
    /// outside Python) or a callable. Empty until `signal` is imported.
    static HANDLERS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// SIGINT's C handler (Ctrl-C's), kept while SIGINT is ignored or defaulted from Python.
    static SIGINT_ACTION: RefCell<Option<libc::sigaction>> = const { RefCell::new(None) };
}

fn check_range(ip: &Interp, signalnum: i64) -> PyResult<i32> {
    if signalnum < 1 || signalnum >= NSIG as i64 {
        return Err(ip.err(ExcKind::ValueError, "signal number out of range"));
    }
    Ok(signalnum as i32)
}

fn errno_error(ip: &Interp) -> crate::runtime::exceptions::Exc {
    ip.os_error(&std::io::Error::last_os_error())
}

/// The disposition the process has for `sig`, as `getsignal` shows one not set from Python.
fn current(sig: i32) -> Value {
    // SAFETY: sigaction with a null new action only reads the current disposition.
    let handler = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 {
            return Value::None;
        }
        old.sa_sigaction
    };
    match handler {
        libc::SIG_DFL => Value::Int(SIG_DFL),
        libc::SIG_IGN => Value::Int(SIG_IGN),
        _ => Value::None,
    }
}

/// Sets the C disposition of `sig`: `action` is SIG_DFL, SIG_IGN or `on_signal`.
fn set_action(ip: &Interp, sig: i32, action: libc::sighandler_t) -> PyResult<()> {
    // SAFETY: installs a handler that only touches atomics and wakes threads.
    unsafe {
        let mut new: libc::sigaction = std::mem::zeroed();
        new.sa_sigaction = action;
        new.sa_flags = libc::SA_ONSTACK | libc::SA_RESTART;
        libc::sigemptyset(&mut new.sa_mask);
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, &new, &mut old) != 0 {
            return Err(errno_error(ip));
        }
        // Ctrl-C's own handler is put back when SIGINT gets a Python handler again.
        if sig == libc::SIGINT
            && old.sa_sigaction != libc::SIG_DFL
            && old.sa_sigaction != libc::SIG_IGN
            && old.sa_sigaction != on_signal_action()
        {
            SIGINT_ACTION.with(|a| *a.borrow_mut() = Some(old));
        }
    }
    Ok(())
}

fn on_signal_action() -> libc::sighandler_t {
    crate::signals::on_signal as *const () as libc::sighandler_t
}

/// `signal(signalnum, handler, /)`: sets the handler of a signal, returns the one it had.
#[function(_signal, "signal(signalnum, handler, /)")]
fn signal(ip: &Interp, signalnum: i64, handler: Value) -> PyResult<Value> {
    let sig = check_range(ip, signalnum)?;
    let action =
        if crate::runtime::builtins::is_callable(&handler) {
            on_signal_action()
        } else {
            match handler {
                Value::Int(SIG_IGN) => libc::SIG_IGN,
                Value::Int(SIG_DFL) => libc::SIG_DFL,
                _ => return Err(ip.err(
                    ExcKind::TypeError,
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                )),
            }
        };
    if sig == libc::SIGINT && action == on_signal_action() {
        // A callable for SIGINT runs from Ctrl-C's own handler (see `run_sigint_handler`).
        match SIGINT_ACTION.with(|a| a.borrow_mut().take()) {
            // SAFETY: puts back the handler sigaction gave for SIGINT before.
            Some(old) => unsafe {
                if libc::sigaction(sig, &old, std::ptr::null_mut()) != 0 {
                    return Err(errno_error(ip));
                }
            },
            None if current(sig).is_none() => {}
            None => set_action(ip, sig, action)?,
        }
    } else {
        set_action(ip, sig, action)?;
    }
    Ok(HANDLERS.with(|h| std::mem::replace(&mut h.borrow_mut()[sig as usize], handler)))
}

/// `getsignal(signalnum, /)`: the handler of a signal.
#[function(_signal, "getsignal(signalnum, /)")]
fn getsignal(ip: &Interp, signalnum: i64) -> PyResult<Value> {
    let sig = check_range(ip, signalnum)?;
    Ok(HANDLERS.with(|h| h.borrow()[sig as usize].clone()))
}

/// `default_int_handler(signalnum, frame, /)`: SIGINT's default handler.
#[function(_signal, "default_int_handler(signalnum, frame, /)")]
fn default_int_handler(ip: &Interp, _signalnum: Value, _frame: Value) -> PyResult<Value> {
    Err(ip.err_noargs(ExcKind::KeyboardInterrupt))
}

/// `raise_signal(signalnum, /)`: sends a signal to the process; its handler runs at once.
#[function(_signal, "raise_signal(signalnum, /)")]
fn raise_signal(ip: &Interp, signalnum: i64) -> PyResult<()> {
    let sig = i32::try_from(signalnum).unwrap_or(-1);
    // SAFETY: raise is a plain libc call.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(errno_error(ip));
    }
    sent_to_self(ip, sig)
}

/// After this process sent itself `sig`: its Python handler runs now. The signal may be
/// caught on another thread (Ctrl-C's handler always passes SIGINT on through one), so its
/// arrival is waited for, briefly.
pub fn sent_to_self(ip: &Interp, sig: i32) -> PyResult<()> {
    let handled = HANDLERS.with(|h| {
        h.borrow()
            .get(sig as usize)
            .is_some_and(crate::runtime::builtins::is_callable)
    });
    if handled {
        crate::signals::wait_for_signal(Some(std::time::Duration::from_millis(500)));
    }
    crate::signals::poll(ip)
}

/// `strsignal(signalnum, /)`: the system's description of a signal, None if it has none.
#[function(_signal, "strsignal(signalnum, /)")]
fn strsignal(ip: &Interp, signalnum: i64) -> PyResult<Value> {
    let sig = check_range(ip, signalnum)?;
    // SAFETY: strsignal returns a C string valid until the next call, copied at once.
    let text = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if text.starts_with("Unknown signal") {
        return Ok(Value::None);
    }
    Ok(Value::string(text))
}

/// `valid_signals()`: the numbers of the signals this system has, as a list.
#[function(_signal, "valid_signals()")]
fn valid_signals(_ip: &Interp) -> PyResult<Value> {
    // SAFETY: sigfillset and sigismember only touch the local set.
    let items = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        (1..NSIG)
            .filter(|&s| libc::sigismember(&set, s) == 1)
            .map(|s| Value::Int(s as i64))
            .collect()
    };
    Ok(Value::list(items))
}

/// `alarm(seconds, /)`: SIGALRM after `seconds`; the seconds left of the alarm before.
#[function(_signal, "alarm(seconds, /)")]
fn alarm(_ip: &Interp, seconds: i64) -> PyResult<i64> {
    let secs = seconds.clamp(0, u32::MAX as i64) as u32;
    // SAFETY: alarm is a plain libc call.
    Ok(unsafe { libc::alarm(secs) } as i64)
}

fn timeval(secs: f64) -> libc::timeval {
    let secs = secs.max(0.0);
    let whole = secs.trunc();
    let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
    // A positive time too small for the clock still arms the timer, as in CPython.
    if whole == 0.0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: whole as libc::time_t,
        tv_usec: usec,
    }
}

fn itimer_pair(v: &libc::itimerval) -> Value {
    let f = |t: &libc::timeval| Value::float(t.tv_sec as f64 + t.tv_usec as f64 / 1e6);
    Value::tuple(vec![f(&v.it_value), f(&v.it_interval)])
}

/// `setitimer(which, seconds, interval=0.0, /)`: arms an interval timer; the old (delay,
/// interval). An OSError stands for CPython's `ItimerError` (a subclass of it).
#[function(_signal, "setitimer(which, seconds, interval=0.0, /)")]
fn setitimer(ip: &Interp, which: i64, seconds: f64, interval: f64) -> PyResult<Value> {
    let new = libc::itimerval {
        it_interval: timeval(interval),
        it_value: timeval(seconds),
    };
    // SAFETY: setitimer only reads `new` and writes `old`.
    let old = unsafe {
        let mut old: libc::itimerval = std::mem::zeroed();
        if libc::setitimer(which as libc::c_int, &new, &mut old) != 0 {
            return Err(errno_error(ip));
        }
        old
    };
    Ok(itimer_pair(&old))
}

/// `getitimer(which, /)`: the (delay, interval) of an interval timer.
#[function(_signal, "getitimer(which, /)")]
fn getitimer(ip: &Interp, which: i64) -> PyResult<Value> {
    // SAFETY: getitimer only writes `cur`.
    let cur = unsafe {
        let mut cur: libc::itimerval = std::mem::zeroed();
        if libc::getitimer(which as libc::c_int, &mut cur) != 0 {
            return Err(errno_error(ip));
        }
        cur
    };
    Ok(itimer_pair(&cur))
}

/// `pause()`: waits for a signal, then runs its handler.
#[function(_signal, "pause()")]
fn pause(ip: &Interp) -> PyResult<()> {
    // The C handlers wake this thread (signals::on_signal); Ctrl-C's too. Other threads
    // run meanwhile.
    crate::threads::wait_signal(ip);
    crate::signals::poll(ip)
}

/// Runs the Python handlers of the signals in `mask` (bit n-1 for signal n), lowest first, as
/// CPython does. When one raises, the ones not run yet stay pending.
pub fn run_handlers(ip: &Interp, mask: u64) -> PyResult<()> {
    for sig in 1..NSIG {
        let bit = 1u64 << (sig - 1);
        if mask & bit == 0 {
            continue;
        }
        if let Err(e) = call_handler(ip, sig) {
            let rest = mask & !(bit | (bit - 1));
            if rest != 0 {
                crate::signals::requeue(rest);
            }
            return Err(e);
        }
    }
    Ok(())
}

fn call_handler(ip: &Interp, sig: i32) -> PyResult<()> {
    let h = HANDLERS.with(|h| h.borrow().get(sig as usize).cloned());
    let Some(h) = h.filter(crate::runtime::builtins::is_callable) else {
        return Ok(());
    };
    // The frame is not given (None): corun has no frame objects.
    let mut args: Args = [Value::Int(sig as i64), Value::None].into_iter().collect();
    call_value(ip, &h, &mut args, &[])?;
    Ok(())
}

/// Ctrl-C arrived: runs SIGINT's Python handler if one other than `default_int_handler` is
/// set, and says whether it did (otherwise Ctrl-C raises KeyboardInterrupt, or cancels
/// `asyncio.run`'s task).
pub fn run_sigint_handler(ip: &Interp) -> PyResult<bool> {
    let h = HANDLERS.with(|h| h.borrow().get(libc::SIGINT as usize).cloned());
    let Some(h) = h.filter(crate::runtime::builtins::is_callable) else {
        return Ok(false);
    };
    let default = INT_DEFAULT.with(|d| d.borrow().clone());
    if default.is_some_and(|d| d.is(&h)) {
        return Ok(false);
    }
    call_handler(ip, libc::SIGINT)?;
    Ok(true)
}

/// `loop.add_signal_handler(sig, callback, *args)`: the callback is called soon on the loop
/// each time the signal arrives (through `_loop_handler`, set as the signal's handler).
#[method(
    "asyncio._UnixSelectorEventLoop",
    "add_signal_handler($self, sig, callback, *args)",
    style = py
)]
fn add_signal_handler(
    ip: &Interp,
    _this: &Value,
    sig: &Value,
    callback: &Value,
    args: &[Value],
) -> PyResult<()> {
    if matches!(callback, Value::Coroutine(_)) || crate::aio::api::is_async_function(callback) {
        return Err(ip.err(
            ExcKind::TypeError,
            "coroutines cannot be used with add_signal_handler()",
        ));
    }
    let sig = loop_signal(ip, sig)?;
    if sig == libc::SIGKILL || sig == libc::SIGSTOP {
        return Err(ip.err(ExcKind::RuntimeError, format!("sig {sig} cannot be caught")));
    }
    let module = crate::runtime::modules::import_dotted(ip, "_signal")?;
    let handler = crate::eval::ops::getattr(ip, &module, intern("_loop_handler"))?;
    LOOP_HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        h.retain(|(s, _, _)| *s != sig);
        h.push((sig, callback.clone(), args.to_vec()));
    });
    signal(ip, sig as i64, handler)?;
    Ok(())
}

/// `loop.remove_signal_handler(sig)`: whether the signal had a handler on the loop; its
/// handler goes back to the default.
#[method(
    "asyncio._UnixSelectorEventLoop",
    "remove_signal_handler($self, sig)",
    style = py
)]
fn remove_signal_handler(ip: &Interp, _this: &Value, sig: &Value) -> PyResult<bool> {
    let sig = loop_signal(ip, sig)?;
    let had = LOOP_HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        let n = h.len();
        h.retain(|(s, _, _)| *s != sig);
        h.len() != n
    });
    if !had {
        return Ok(false);
    }
    let default = if sig == libc::SIGINT {
        INT_DEFAULT
            .with(|d| d.borrow().clone())
            .unwrap_or(Value::Int(SIG_DFL))
    } else {
        Value::Int(SIG_DFL)
    };
    signal(ip, sig as i64, default)?;
    Ok(true)
}

/// The signal number the loop's methods take (CPython's `_check_signal`).
fn loop_signal(ip: &Interp, sig: &Value) -> PyResult<i32> {
    use num_traits::ToPrimitive;
    let Some(n) = crate::runtime::numbers::index_opt(ip, sig)? else {
        return Err(ip.err(
            ExcKind::TypeError,
            format!(
                "sig must be an int, not {}",
                crate::runtime::repr::repr(ip, sig)?
            ),
        ));
    };
    match n.to_i32() {
        Some(s) if (1..NSIG).contains(&s) && valid(s) => Ok(s),
        _ => Err(ip.err(ExcKind::ValueError, format!("invalid signal number {n}"))),
    }
}

fn valid(sig: i32) -> bool {
    // SAFETY: sigfillset and sigismember only touch the local set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        libc::sigismember(&set, sig) == 1
    }
}

/// The handler of a signal given to the loop: queues its callback on the loop.
#[function(_signal, "_loop_handler(signalnum, frame, /)")]
fn loop_handler(ip: &Interp, signalnum: i64, _frame: Value) -> PyResult<()> {
    let entry = LOOP_HANDLERS.with(|h| {
        h.borrow()
            .iter()
            .find(|(s, _, _)| *s as i64 == signalnum)
            .map(|(_, cb, args)| (cb.clone(), args.clone()))
    });
    if let Some((cb, args)) = entry {
        let ctx = crate::aio::context::given_or_copy(ip, None)?;
        let site = crate::aio::event_loop::CallSite::new(None, None);
        ip.event_loop
            .call_soon(crate::aio::event_loop::Handle::call(cb, args, site, ctx));
    }
    Ok(())
}

thread_local! {
    /// The loop's signal callbacks: signal, callback, arguments.
    static LOOP_HANDLERS: RefCell<Vec<(i32, Value, Vec<Value>)>> = const { RefCell::new(Vec::new()) };
    static INT_DEFAULT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for (name, sig) in NAMES {
        m.set(intern(name), Value::Int(*sig as i64));
    }
    m.set(intern("SIGRTMIN"), Value::Int(libc::SIGRTMIN() as i64));
    m.set(intern("SIGRTMAX"), Value::Int(libc::SIGRTMAX() as i64));
    m.set(intern("NSIG"), Value::Int(NSIG as i64));
    m.set(intern("SIG_DFL"), Value::Int(SIG_DFL));
    m.set(intern("SIG_IGN"), Value::Int(SIG_IGN));
    m.set(intern("ITIMER_REAL"), Value::Int(libc::ITIMER_REAL as i64));
    m.set(
        intern("ITIMER_VIRTUAL"),
        Value::Int(libc::ITIMER_VIRTUAL as i64),
    );
    m.set(intern("ITIMER_PROF"), Value::Int(libc::ITIMER_PROF as i64));
    m.set(intern("SIG_BLOCK"), Value::Int(libc::SIG_BLOCK as i64));
    m.set(intern("SIG_UNBLOCK"), Value::Int(libc::SIG_UNBLOCK as i64));
    m.set(intern("SIG_SETMASK"), Value::Int(libc::SIG_SETMASK as i64));
    let default = m.get(intern("default_int_handler")).unwrap_or(Value::None);
    INT_DEFAULT.with(|d| *d.borrow_mut() = Some(default.clone()));
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        if h.is_empty() {
            *h = (0..NSIG).map(current).collect();
            // Ctrl-C raises KeyboardInterrupt unless SIGINT was ignored at start.
            if h[libc::SIGINT as usize].is_none() {
                h[libc::SIGINT as usize] = default;
            }
        }
    });
    Ok(())
}

crate::native_module!("_signal", init);
crate::python_module!("signal", "signal.py");
