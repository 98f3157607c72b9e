//! `Task.get_stack()` and `Task.print_stack()`, written in Python (`_asyncio_stack.py`, loaded
//! on first use): they only read frames and print, nothing hot.

use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::Value;
use corun_macros::method;

fn helper(ip: &Interp, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::runtime::modules::import_dotted(ip, "_asyncio_stack")?;
    let f = crate::eval::ops::getattr(ip, &m, crate::intern::intern(name))?;
    crate::stdlib::call_with(ip, &f, args)
}

/// `task.get_stack(*, limit=None)`: the frames of the task, outermost first.
#[method("Task", "get_stack($self, /, *, limit=None)")]
fn get_stack(ip: &Interp, this: Value, limit: Value) -> PyResult<Value> {
    helper(ip, "get_stack", &[this, limit])
}

/// `task.print_stack(*, limit=None, file=None)`.
#[method("Task", "print_stack($self, /, *, limit=None, file=None)")]
fn print_stack(ip: &Interp, this: Value, limit: Value, file: Value) -> PyResult<Value> {
    helper(ip, "print_stack", &[this, limit, file])
}

crate::python_module!("_asyncio_stack", "_asyncio_stack.py");
