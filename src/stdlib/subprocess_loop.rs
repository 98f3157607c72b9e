//! The event loop's subprocess and pipe methods (`subprocess_exec`, `subprocess_shell`,
//! `connect_read_pipe`, `connect_write_pipe`): written in Python in `asyncio.subprocess`
//! (`src/lib_py/_asyncio_subprocess.py`), loaded the first time a program starts a child.

use corun_macros::method;

use crate::aio::io_api::{forward_to, submodule};
use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::Kwargs;
use crate::runtime::value::Value;

fn forward(
    ip: &Interp,
    name: &str,
    lp: &Value,
    args: &[Value],
    kw: &[(Symbol, Value)],
) -> PyResult<Value> {
    crate::aio::api::check_closed(ip, lp)?;
    forward_to(ip, &submodule(ip, "subprocess")?, name, lp, args, kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "subprocess_exec($self, protocol_factory, program, *args, **kwargs)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn subprocess_exec(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "subprocess_exec", &args[0], &args[1..], kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "subprocess_shell($self, protocol_factory, cmd, *args, **kwargs)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn subprocess_shell(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "subprocess_shell", &args[0], &args[1..], kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "connect_read_pipe($self, protocol_factory, pipe)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn connect_read_pipe(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "connect_read_pipe", &args[0], &args[1..], kw)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "connect_write_pipe($self, protocol_factory, pipe)",
    style = py,
    raw, defined_in = "BaseEventLoop"
)]
fn connect_write_pipe(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    forward(ip, "connect_write_pipe", &args[0], &args[1..], kw)
}
