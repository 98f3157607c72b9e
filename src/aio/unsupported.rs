//! The event loop's methods that corun does not support, declared with CPython's signatures so
//! that they exist (`dir(loop)`, `hasattr`) and a call raises `NotImplementedError` naming
//! the method (see LIMITATIONS.md), and the few written over others (`getaddrinfo` runs
//! `socket.getaddrinfo` in the default executor, as CPython's does).

use corun_macros::method;

use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::Kwargs;
use crate::runtime::value::Value;

fn unsupported(ip: &Interp, what: &str) -> PyResult<Value> {
    Err(ip.err(
        ExcKind::NotImplementedError,
        format!("corun does not support loop.{what}()"),
    ))
}

/// `loop.getaddrinfo(host, port, ...)`: a coroutine, `socket.getaddrinfo` in the default
/// executor.
#[method(
    "asyncio._UnixSelectorEventLoop",
    "getaddrinfo($self, host, port, *, family=0, type=0, proto=0, flags=0)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn getaddrinfo(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let streams = super::io_api::streams_module(ip)?;
    super::io_api::forward_to(ip, &streams, "getaddrinfo", &args[0], &args[1..], kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "getnameinfo($self, sockaddr, flags=0)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn getnameinfo(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    unsupported(ip, "getnameinfo")
}

/// `loop.get_task_factory()`: None, since none can be set.
#[method(
    "asyncio._UnixSelectorEventLoop",
    "get_task_factory($self)",
    style = py,
    defined_in = "BaseEventLoop"
)]
fn get_task_factory(_ip: &Interp, _this: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

/// `loop.set_task_factory(factory)`: None is the factory there is; another is not supported.
#[method(
    "asyncio._UnixSelectorEventLoop",
    "set_task_factory($self, factory)",
    style = py,
    defined_in = "BaseEventLoop"
)]
fn set_task_factory(ip: &Interp, _this: &Value, factory: &Value) -> PyResult<Value> {
    if matches!(factory, Value::None) {
        return Ok(Value::None);
    }
    if !crate::runtime::builtins::is_callable(factory) {
        return Err(ip.err(
            ExcKind::TypeError,
            "task factory must be a callable or None",
        ));
    }
    unsupported(ip, "set_task_factory")
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "set_default_executor($self, executor)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn set_default_executor(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    unsupported(ip, "set_default_executor")
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "sendfile($self, transport, file, offset=0, count=None, *, fallback=True)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn sendfile(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    unsupported(ip, "sendfile")
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "sock_sendfile($self, sock, file, offset=0, count=None, *, fallback=True)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn sock_sendfile(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    unsupported(ip, "sock_sendfile")
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "sock_recvfrom_into($self, sock, buf, nbytes=0)",
    style = py,
    raw, defined_in = "BaseSelectorEventLoop"
)]
fn sock_recvfrom_into(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    unsupported(ip, "sock_recvfrom_into")
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "start_tls($self, transport, protocol, sslcontext, *, server_side=False, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn start_tls(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    unsupported(ip, "start_tls")
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "connect_accepted_socket($self, protocol_factory, sock, *, ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)",
    style = py,
    raw, defined_in = "BaseSelectorEventLoop"
)]
fn connect_accepted_socket(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    unsupported(ip, "connect_accepted_socket")
}
