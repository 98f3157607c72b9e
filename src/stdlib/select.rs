//! `select`: `select.select` over the system's `poll`, and the readiness poller behind the
//! `selectors` module (src/lib_py/selectors.py keeps the keys in Python; the waiting is done
//! here, level-triggered as asyncio's selectors are, on the crate the event loop uses).

use std::cell::RefCell;
use std::os::fd::{BorrowedFd, RawFd};
use std::rc::Rc;
use std::time::{Duration, Instant};

use corun_macros::{function, method, staticmethod};
use polling::{Event, Events, PollMode, Poller as Sys};

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::stdlib::{ClassSpec, Native};

const READ: i64 = 1;
const WRITE: i64 = 2;

pub struct Poller {
    sys: Sys,
    events: RefCell<Events>,
}

native_arg!(Poller, Poller, "select._Poller");

/// `select.poll()`: the descriptors and their event masks, in registration order.
pub struct PollObj {
    fds: RefCell<Vec<(RawFd, i16)>>,
}

native_arg!(PollObj, Poll, "select.poll");

static POLL_SPEC: ClassSpec = ClassSpec {
    key: "select.poll",
    module: "select",
    name: "poll",
    base: None,
    new: None,
    methods: &[],
};

static POLLER: ClassSpec = ClassSpec {
    key: "select._Poller",
    module: "select",
    name: "_Poller",
    base: None,
    new: None,
    methods: &[],
};

fn os_err(ip: &Interp, e: &std::io::Error) -> crate::runtime::exceptions::Exc {
    crate::stdlib::io::os_error(ip, e, None)
}

fn interest(fd: RawFd, mask: i64) -> Event {
    Event::new(fd as usize, mask & READ != 0, mask & WRITE != 0)
}

/// The timeout argument of a wait: None waits without a limit; a negative one does not wait.
fn timeout_of(ip: &Interp, v: &Value) -> PyResult<Option<Duration>> {
    let t = match v {
        Value::None => return Ok(None),
        Value::Int(i) => *i as f64,
        Value::Bool(b) => b.get() as i64 as f64,
        Value::Float(f) => f.get(),
        other => {
            return ip.type_error(format!(
                "'{}' object cannot be interpreted as an integer or float",
                crate::eval::ops::type_name(ip, other)
            ))
        }
    };
    Ok(Some(Duration::from_secs_f64(
        checked_seconds(ip, t)?.max(0.0),
    )))
}

/// A number of seconds as CPython's time conversion takes it: not NaN, and within what its
/// clock counts in nanoseconds.
pub fn checked_seconds(ip: &Interp, t: f64) -> PyResult<f64> {
    if t.is_nan() {
        return Err(ip.err(ExcKind::ValueError, "Invalid value NaN (not a number)"));
    }
    if t.abs() > 9.2e9 {
        return Err(ip.err(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(t)
}

/// Waits on the poller in slices so that Ctrl-C is noticed (the interpreter's waker only wakes
/// the event loop's own poller).
fn wait(ip: &Interp, p: &Poller, timeout: Option<Duration>) -> PyResult<()> {
    ip.flush_if_tty();
    let deadline = timeout.map(|t| Instant::now() + t);
    // Other threads run until the poller's own descriptor says an event is there.
    {
        use std::os::fd::AsRawFd;
        crate::threads::wait_ready(ip, p.sys.as_raw_fd(), false, deadline);
    }
    let mut events = p.events.borrow_mut();
    loop {
        crate::signals::poll(ip)?;
        events.clear();
        let slice = Duration::from_millis(100);
        let wait = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()).min(slice),
            None => slice,
        };
        let n = p
            .sys
            .wait(&mut events, Some(wait))
            .map_err(|e| os_err(ip, &e))?;
        if n > 0 || deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(());
        }
    }
}

#[staticmethod("select._Poller", "_Poller($type)", attr = "__new__")]
fn poller_new(ip: &Interp, _cls: &Value) -> PyResult<Value> {
    let sys = Sys::new().map_err(|e| os_err(ip, &e))?;
    Ok(crate::stdlib::new_obj(
        ip,
        &POLLER,
        Native::Poller(Poller {
            sys,
            events: RefCell::new(Events::new()),
        }),
    ))
}

#[method("select._Poller", "register($self, fd, mask, /)")]
fn register(ip: &Interp, this: &Poller, fd: i32, mask: i64) -> PyResult<()> {
    // SAFETY: the selector unregisters a descriptor before forgetting it, and the kernel drops
    // a closed one from the poller by itself.
    unsafe {
        this.sys
            .add_with_mode(fd, interest(fd, mask), PollMode::Level)
    }
    .map_err(|e| os_err(ip, &e))
}

#[method("select._Poller", "modify($self, fd, mask, /)")]
fn modify(ip: &Interp, this: &Poller, fd: i32, mask: i64) -> PyResult<()> {
    // SAFETY: only borrowed for the call.
    let b = unsafe { BorrowedFd::borrow_raw(fd) };
    this.sys
        .modify_with_mode(b, interest(fd, mask), PollMode::Level)
        .map_err(|e| os_err(ip, &e))
}

/// Unregisters `fd`; a descriptor already closed is gone from the poller anyway.
#[method("select._Poller", "unregister($self, fd, /)")]
fn unregister(_ip: &Interp, this: &Poller, fd: i32) -> PyResult<()> {
    // SAFETY: only borrowed for the call.
    let _ = this.sys.delete(unsafe { BorrowedFd::borrow_raw(fd) });
    Ok(())
}

/// `poll(timeout)`: the ready `(fd, mask)` pairs.
#[method("select._Poller", "poll($self, timeout=None, /)")]
fn poll(ip: &Interp, this: &Poller, timeout: Option<&Value>) -> PyResult<Value> {
    let t = timeout_of(ip, timeout.unwrap_or(&Value::None))?;
    wait(ip, this, t)?;
    let events = this.events.borrow();
    let out = events
        .iter()
        .map(|e| {
            let broken = e.is_err() == Some(true);
            let mut mask = 0;
            if e.readable || broken {
                mask |= READ;
            }
            if e.writable || broken {
                mask |= WRITE;
            }
            Value::tuple(vec![Value::Int(e.key as i64), Value::Int(mask)])
        })
        .collect();
    Ok(Value::list(out))
}

/// A descriptor as `select` and `poll` take it (`PyObject_AsFileDescriptor`).
fn as_fd(ip: &Interp, v: &Value) -> PyResult<RawFd> {
    let fd = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let Ok(method) = crate::eval::ops::getattr(ip, v, intern("fileno")) else {
                return ip.type_error("argument must be an int, or have a fileno() method.");
            };
            match crate::stdlib::call_with(ip, &method, &[])? {
                Value::Int(i) => i,
                _ => return ip.type_error("fileno() returned a non-integer"),
            }
        }
    };
    if fd < 0 {
        return Err(ip.err(
            ExcKind::ValueError,
            format!("file descriptor cannot be a negative integer ({fd})"),
        ));
    }
    Ok(fd as RawFd)
}

fn fds(ip: &Interp, v: &Value) -> PyResult<Vec<(RawFd, Value)>> {
    let items = crate::eval::ops::collect(ip, v)?;
    items.into_iter().map(|o| Ok((as_fd(ip, &o)?, o))).collect()
}

/// `select.select(rlist, wlist, xlist, timeout=None)`.
#[function(select, "select(rlist, wlist, xlist, timeout=None, /)")]
fn select(
    ip: &Interp,
    rlist: &Value,
    wlist: &Value,
    xlist: &Value,
    timeout: Option<&Value>,
) -> PyResult<Value> {
    // Unlike a poll's, select's timeout is a float (or None) and never negative.
    let timeout = timeout.unwrap_or(&Value::None);
    if !matches!(
        timeout,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    ) {
        return ip.type_error("timeout must be a float or None");
    }
    let t = timeout_of(ip, timeout)?;
    if let Value::Int(i) = timeout {
        if *i < 0 {
            return Err(ip.err(ExcKind::ValueError, "timeout must be non-negative"));
        }
    }
    if let Value::Float(f) = timeout {
        if f.get() < 0.0 {
            return Err(ip.err(ExcKind::ValueError, "timeout must be non-negative"));
        }
    }
    let lists = [fds(ip, rlist)?, fds(ip, wlist)?, fds(ip, xlist)?];
    let flags = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut pfds: Vec<libc::pollfd> = Vec::new();
    for (list, f) in lists.iter().zip(flags) {
        for (fd, _) in list {
            pfds.push(libc::pollfd {
                fd: *fd,
                events: f,
                revents: 0,
            });
        }
    }
    wait_pollfds(ip, &mut pfds, t)?;
    let mut at = 0;
    let mut out = Vec::new();
    for list in &lists {
        let mut ready = Vec::new();
        for (_, obj) in list {
            let r = pfds[at].revents;
            if r & (pfds[at].events | libc::POLLHUP | libc::POLLERR) != 0 {
                ready.push(obj.clone());
            }
            at += 1;
        }
        out.push(Value::list(ready));
    }
    Ok(Value::tuple(out))
}

/// `select.poll()`.
#[function(select, "poll()")]
fn poll_new(ip: &Interp) -> PyResult<Value> {
    Ok(crate::stdlib::new_obj(
        ip,
        &POLL_SPEC,
        Native::Poll(PollObj {
            fds: RefCell::new(Vec::new()),
        }),
    ))
}

fn event_mask(ip: &Interp, v: Option<&Value>) -> PyResult<i16> {
    match v {
        None => Ok(libc::POLLIN | libc::POLLPRI | libc::POLLOUT),
        Some(Value::Int(i)) if (0..=0xffff).contains(i) => Ok(*i as u16 as i16),
        Some(Value::Int(_)) => Err(ip.err(
            ExcKind::OverflowError,
            "Python int too large for C unsigned short",
        )),
        Some(other) => ip.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::eval::ops::type_name(ip, other)
        )),
    }
}

#[method("select.poll", "register($self, fd, eventmask=None, /)")]
fn poll_register(
    ip: &Interp,
    this: &PollObj,
    fd: &Value,
    eventmask: Option<&Value>,
) -> PyResult<()> {
    let fd = as_fd(ip, fd)?;
    let mask = event_mask(ip, eventmask)?;
    let mut fds = this.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(())
}

#[method("select.poll", "modify($self, fd, eventmask, /)")]
fn poll_modify(ip: &Interp, this: &PollObj, fd: &Value, eventmask: &Value) -> PyResult<()> {
    let fd = as_fd(ip, fd)?;
    let mask = event_mask(ip, Some(eventmask))?;
    match this.fds.borrow_mut().iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => {
            e.1 = mask;
            Ok(())
        }
        None => Err(os_err(ip, &std::io::Error::from_raw_os_error(libc::ENOENT))),
    }
}

#[method("select.poll", "unregister($self, fd, /)")]
fn poll_unregister(ip: &Interp, this: &PollObj, fd: &Value) -> PyResult<()> {
    let fd = as_fd(ip, fd)?;
    let mut fds = this.fds.borrow_mut();
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(())
        }
        None => {
            let class = Value::Class(ip.exc_class(ExcKind::KeyError).clone());
            match crate::stdlib::call_with(ip, &class, &[Value::Int(fd as i64)])? {
                Value::Exception(e) => Err(crate::runtime::exceptions::Exc(e)),
                _ => Err(ip.err(ExcKind::KeyError, fd.to_string())),
            }
        }
    }
}

/// `poll(timeout=None)`: the ready `(fd, events)` pairs; the timeout is in milliseconds.
#[method("select.poll", "poll($self, timeout=None, /)")]
fn poll_poll(ip: &Interp, this: &PollObj, timeout: Option<&Value>) -> PyResult<Value> {
    let ms = match timeout {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => (*i >= 0).then_some(checked_seconds(ip, *i as f64 / 1000.0)?),
        Some(Value::Float(f)) => {
            let ms = checked_seconds(ip, f.get() / 1000.0)?;
            (ms >= 0.0).then_some(ms)
        }
        Some(other) => {
            return ip.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::eval::ops::type_name(ip, other)
            ))
        }
    };
    let mut pfds: Vec<libc::pollfd> = this
        .fds
        .borrow()
        .iter()
        .map(|(fd, ev)| libc::pollfd {
            fd: *fd,
            events: *ev,
            revents: 0,
        })
        .collect();
    wait_pollfds(ip, &mut pfds, ms.map(Duration::from_secs_f64))?;
    let out = pfds
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| {
            Value::tuple(vec![
                Value::Int(p.fd as i64),
                Value::Int(p.revents as u16 as i64),
            ])
        })
        .collect();
    Ok(Value::list(out))
}

/// Waits on `pfds` with the system's `poll`, in slices so that Ctrl-C is noticed.
fn wait_pollfds(ip: &Interp, pfds: &mut [libc::pollfd], t: Option<Duration>) -> PyResult<i32> {
    ip.flush_if_tty();
    let deadline = t.map(|t| Instant::now() + t);
    // Other threads run until one of the descriptors is ready or the time is out.
    crate::threads::wait_any(ip, pfds, deadline);
    loop {
        crate::signals::poll(ip)?;
        let slice = Duration::from_millis(100);
        let wait = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()).min(slice),
            None => slice,
        };
        // SAFETY: the slice's pollfds, with its length.
        let n = unsafe {
            libc::poll(
                pfds.as_mut_ptr(),
                pfds.len() as libc::nfds_t,
                wait.as_millis() as libc::c_int,
            )
        };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(os_err(ip, &e));
            }
        }
        if n > 0 || deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(n.max(0));
        }
    }
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for (name, v) in [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLWRNORM", libc::POLLWRNORM),
    ] {
        m.set(intern(name), Value::Int(v as i64));
    }
    m.set(
        intern("_Poller"),
        Value::Class(crate::stdlib::class(ip, &POLLER)),
    );
    m.set(
        intern("error"),
        Value::Class(ip.exc_class(ExcKind::OSError).clone()),
    );
    Ok(())
}

crate::native_module!("select", init);
