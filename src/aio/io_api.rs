//! The loop's I/O methods that watch descriptors (`add_reader`, `remove_reader`, `add_writer`,
//! `remove_writer`, as `selector_events.py` has them), and what the natively written waits on
//! a descriptor share (`wait_ready`): the `sock_*` methods of the `socket` module use it.

use std::os::fd::RawFd;
use std::rc::Rc;

use corun_macros::{function, method};

use crate::aio::event_loop::{CallSite, EventLoop, NativeFn};
use crate::aio::future::FutureObj;
use crate::eval::Interp;
use crate::intern::{intern, Symbol};
use crate::runtime::coroutine::{BoxFuture, CoKind, CoroBody, CoroNames, Coroutine};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::Kwargs;
use crate::runtime::value::Value;

/// `selectors._fileobj_to_fd`: an int, or an object with a `fileno()` method.
pub fn fileobj_to_fd(ip: &Interp, v: &Value) -> PyResult<RawFd> {
    let fd = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let method = crate::eval::ops::getattr(ip, v, intern("fileno")).map_err(|_| {
                let r = crate::runtime::repr::repr(ip, v).unwrap_or_default();
                ip.err(ExcKind::ValueError, format!("Invalid file object: {r}"))
            })?;
            match crate::stdlib::call_with(ip, &method, &[])? {
                Value::Int(i) => i,
                other => {
                    let r = crate::runtime::repr::repr(ip, &other)?;
                    return Err(ip.err(ExcKind::ValueError, format!("Invalid file object: {r}")));
                }
            }
        }
    };
    if fd < 0 || fd > i32::MAX as i64 {
        return Err(ip.err(
            ExcKind::ValueError,
            format!("Invalid file descriptor: {fd}"),
        ));
    }
    Ok(fd as RawFd)
}

/// Waits (in a task) until `fd` is ready for reading, or writing; the watch goes when the
/// wait ends, however it ends. `what` names the wait in traces and timelines.
pub async fn wait_ready(
    ip: &Interp,
    fd: RawFd,
    write: bool,
    what: impl FnOnce() -> String,
) -> PyResult<()> {
    let fut = FutureObj::untracked();
    crate::aio::trace::label(ip, &fut, None, what);
    let done = fut.clone();
    let cb: NativeFn = Rc::new(move |ip: &Interp| {
        if !done.is_done() {
            let _ = done.set_result(ip, Value::None);
        }
    });
    ip.event_loop
        .io
        .watch(fd, write, Some(cb))
        .map_err(|e| crate::stdlib::io::os_error(ip, &e, None))?;
    let r = crate::eval::suspend::await_future(ip, fut.clone()).await;
    let _ = ip.event_loop.io.watch(fd, write, None);
    crate::aio::cancel_sleep_timer(&fut);
    r.map(|_| ())
}

/// A coroutine object whose body is written in Rust (what the loop's `sock_*` methods return).
pub fn native_coro(
    name: &'static str,
    body: impl FnOnce(Rc<Interp>) -> BoxFuture + 'static,
) -> Value {
    let names = CoroNames::new(Rc::from(name), Rc::from(name));
    Value::Coroutine(Coroutine::with_names(
        CoKind::Coroutine,
        names,
        CoroBody::Native(Box::new(body)),
    ))
}

/// The callback of `add_reader`/`add_writer`: `callback(*args)`, whose errors go to the loop's
/// exception handler as a handle's do.
fn py_callback(callback: Value, args: Vec<Value>) -> NativeFn {
    Rc::new(move |ip: &Interp| {
        if let Err(e) = crate::stdlib::call_with(ip, &callback, &args) {
            if EventLoop::is_escaping_error(ip, &e) {
                ip.event_loop.escape(e);
                return;
            }
            let site = CallSite::new(None, None);
            crate::aio::api::report_callback_error(ip, &callback, &args, site, &e);
        }
    })
}

fn add(
    ip: &Interp,
    lp: &Value,
    fd: &Value,
    write: bool,
    cb: &Value,
    args: &[Value],
) -> PyResult<()> {
    crate::aio::api::check_closed(ip, lp)?;
    let fd = fileobj_to_fd(ip, fd)?;
    ip.event_loop
        .io
        .watch(fd, write, Some(py_callback(cb.clone(), args.to_vec())))
        .map_err(|e| crate::stdlib::io::os_error(ip, &e, None))?;
    Ok(())
}

fn remove(ip: &Interp, fd: &Value, write: bool) -> PyResult<bool> {
    let fd = fileobj_to_fd(ip, fd)?;
    ip.event_loop
        .io
        .watch(fd, write, None)
        .map_err(|e| crate::stdlib::io::os_error(ip, &e, None))
}

/// `loop.add_reader(fd, callback, *args)`.
#[method(
    "asyncio._UnixSelectorEventLoop",
    "add_reader($self, fd, callback, *args)",
    style = py, defined_in = "BaseSelectorEventLoop"
)]
fn add_reader(
    ip: &Interp,
    this: &Value,
    fd: &Value,
    callback: &Value,
    args: &[Value],
) -> PyResult<()> {
    add(ip, this, fd, false, callback, args)
}

/// `loop.add_writer(fd, callback, *args)`.
#[method(
    "asyncio._UnixSelectorEventLoop",
    "add_writer($self, fd, callback, *args)",
    style = py, defined_in = "BaseSelectorEventLoop"
)]
fn add_writer(
    ip: &Interp,
    this: &Value,
    fd: &Value,
    callback: &Value,
    args: &[Value],
) -> PyResult<()> {
    add(ip, this, fd, true, callback, args)
}

/// `loop.remove_reader(fd)`: whether a reader was watching it.
#[method("asyncio._UnixSelectorEventLoop", "remove_reader($self, fd)", style = py, defined_in = "BaseSelectorEventLoop")]
fn remove_reader(ip: &Interp, _this: &Value, fd: &Value) -> PyResult<bool> {
    remove(ip, fd, false)
}

/// `loop.remove_writer(fd)`: whether a writer was watching it.
#[method("asyncio._UnixSelectorEventLoop", "remove_writer($self, fd)", style = py, defined_in = "BaseSelectorEventLoop")]
fn remove_writer(ip: &Interp, _this: &Value, fd: &Value) -> PyResult<bool> {
    remove(ip, fd, true)
}

/// `asyncio.streams` (shipped Python: transports, servers, streams), imported the first time
/// a program needs it.
pub fn streams_module(ip: &Interp) -> PyResult<Value> {
    submodule(ip, "streams")
}

/// `asyncio.<part>`, one of the submodules shipped in Python, imported when first needed.
pub fn submodule(ip: &Interp, part: &str) -> PyResult<Value> {
    let name = crate::syntax::ast::DottedName {
        parts: vec![intern("asyncio"), intern(part)],
        span: Default::default(),
    };
    crate::runtime::modules::import(ip, &name)
}

/// The names `asyncio` gets from `asyncio.streams` when first asked for (its `__getattr__`).
pub const STREAM_NAMES: &[&str] = &[
    "open_connection",
    "start_server",
    "open_unix_connection",
    "start_unix_server",
    "StreamReader",
    "StreamWriter",
    "StreamReaderProtocol",
    "IncompleteReadError",
    "LimitOverrunError",
    "SendfileNotAvailableError",
    "AbstractServer",
    "Server",
    "BaseProtocol",
    "Protocol",
    "BufferedProtocol",
    "DatagramProtocol",
    "SubprocessProtocol",
    "BaseTransport",
    "ReadTransport",
    "WriteTransport",
    "Transport",
    "DatagramTransport",
    "SubprocessTransport",
];

/// The names `asyncio` gets from `asyncio.subprocess` when first asked for.
pub const SUBPROCESS_NAMES: &[&str] = &["create_subprocess_exec", "create_subprocess_shell"];

/// `asyncio._label_wait(fut, what, among=None)`: names the wait on `fut` in timelines and
/// traces (`Process.wait()`, `StreamReader.readline()`), for the waits written in Python;
/// with `among` (a tuple or list of tasks), their names follow in parentheses
/// (`TaskGroup(Task-2, Task-3)`).
#[function(asyncio, "_label_wait(fut, what, among=None, /)")]
fn label_wait(ip: &Interp, fut: &Value, what: &Value, among: &Value) -> PyResult<()> {
    if let (Value::Future(f), Value::Str(s)) = (fut, what) {
        crate::aio::trace::label(ip, f, None, || {
            let items: Vec<Value> = match among {
                Value::Tuple(t) => t.items.to_vec(),
                Value::List(l) => l.items.borrow().clone(),
                _ => return s.s.as_str().to_owned(),
            };
            let futs: Vec<_> = items
                .into_iter()
                .filter_map(|v| match v {
                    Value::Future(f) => Some(f),
                    _ => None,
                })
                .collect();
            format!("{}({})", s.s.as_str(), crate::aio::trace::names_of(&futs))
        });
    }
    Ok(())
}

/// `asyncio.__getattr__(name)`: the I/O names, loaded on first use and kept in the module.
#[function(asyncio, "__getattr__(name, /)")]
fn asyncio_getattr(ip: &Interp, name: &str) -> PyResult<Value> {
    let sym = intern(name);
    let v = if name == "streams" || name == "subprocess" {
        submodule(ip, name)?
    } else if STREAM_NAMES.contains(&name) {
        crate::eval::ops::getattr(ip, &streams_module(ip)?, sym)?
    } else if SUBPROCESS_NAMES.contains(&name) {
        crate::eval::ops::getattr(ip, &submodule(ip, "subprocess")?, sym)?
    } else {
        return Err(ip.err(
            ExcKind::AttributeError,
            format!("module 'asyncio' has no attribute '{name}'"),
        ));
    };
    if let Some(Value::Module(m)) = ip.modules.borrow().get(&intern("asyncio")) {
        m.set(sym, v.clone());
    }
    Ok(v)
}

/// The loop's methods written in Python in `asyncio.streams` (`_loop_<name>(loop, …)`).
fn forward(
    ip: &Interp,
    name: &str,
    lp: &Value,
    args: &[Value],
    kw: &[(Symbol, Value)],
) -> PyResult<Value> {
    forward_to(ip, &streams_module(ip)?, name, lp, args, kw)
}

/// Calls `module._loop_<name>(loop, *args, **kw)`: a loop method written in Python.
pub fn forward_to(
    ip: &Interp,
    module: &Value,
    name: &str,
    lp: &Value,
    args: &[Value],
    kw: &[(Symbol, Value)],
) -> PyResult<Value> {
    let f = crate::eval::ops::getattr(ip, module, intern(&format!("_loop_{name}")))?;
    let mut a = crate::eval::call::Args::new();
    a.push(lp.clone());
    for v in args {
        a.push(v.clone());
    }
    crate::eval::call::call_value(ip, &f, &mut a, kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "create_connection($self, protocol_factory, *args, **kwargs)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn create_connection(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "create_connection", &args[0], &args[1..], kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "create_server($self, protocol_factory, *args, **kwargs)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn create_server(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "create_server", &args[0], &args[1..], kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "create_unix_connection($self, protocol_factory, *args, **kwargs)",
    style = py,
    raw
)]
fn create_unix_connection(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "create_unix_connection", &args[0], &args[1..], kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "create_unix_server($self, protocol_factory, *args, **kwargs)",
    style = py,
    raw
)]
fn create_unix_server(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "create_unix_server", &args[0], &args[1..], kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "create_datagram_endpoint($self, protocol_factory, *args, **kwargs)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn create_datagram_endpoint(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "create_datagram_endpoint", &args[0], &args[1..], kw)
}
