//! The event loop's subprocess and pipe methods (`subprocess_exec`, `subprocess_shell`,
//! `connect_read_pipe`, `connect_write_pipe`): written in Python in `asyncio.subprocess`
//! (`src/lib_py/_asyncio_subprocess.py`), loaded the first time a program starts a child.

use corun_macros::method;

use crate::aio::io_api::{forward_to, submodule};
use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::exceptions::PyResult;
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
    "subprocess_exec($self, *args, **kwargs)",
    style = py
)]
fn subprocess_exec(
    ip: &Interp,
    this: &Value,
    args: &[Value],
    kwargs: &[(Symbol, Value)],
) -> PyResult<Value> {
    forward(ip, "subprocess_exec", this, args, kwargs)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "subprocess_shell($self, *args, **kwargs)",
    style = py
)]
fn subprocess_shell(
    ip: &Interp,
    this: &Value,
    args: &[Value],
    kwargs: &[(Symbol, Value)],
) -> PyResult<Value> {
    forward(ip, "subprocess_shell", this, args, kwargs)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "connect_read_pipe($self, *args, **kwargs)",
    style = py
)]
fn connect_read_pipe(
    ip: &Interp,
    this: &Value,
    args: &[Value],
    kwargs: &[(Symbol, Value)],
) -> PyResult<Value> {
    forward(ip, "connect_read_pipe", this, args, kwargs)
}

#[method(
    "asyncio._UnixSelectorEventLoop",
    "connect_write_pipe($self, *args, **kwargs)",
    style = py
)]
fn connect_write_pipe(
    ip: &Interp,
    this: &Value,
    args: &[Value],
    kwargs: &[(Symbol, Value)],
) -> PyResult<Value> {
    forward(ip, "connect_write_pipe", this, args, kwargs)
}
