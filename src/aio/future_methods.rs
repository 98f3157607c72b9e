//! The methods of `asyncio.Future` and `asyncio.Task` (CPython's `_asyncio.Future` and
//! `_asyncio.Task`). CPython's Task declares Future's methods again under its own name, so each
//! shared method is declared for both classes, over one body.

use std::rc::Rc;

use crate::aio::future::{DoneCb, FutureObj};
use crate::eval::{ops, Interp};
use crate::runtime::bind::{descriptor_mismatch, At, FromArg};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use corun_macros::method;

/// The future a receiver holds: a Future, a Task, or an instance of a subclass of either.
fn future_of(v: &Value) -> Option<&Rc<FutureObj>> {
    match v {
        Value::Future(f) => Some(f),
        Value::Instance(i) => match &i.base {
            Some(Value::Future(f)) => Some(f),
            _ => None,
        },
        _ => None,
    }
}

/// A receiver of a method of `Future` (a Task is one too).
impl<'a> FromArg<'a> for &'a Rc<FutureObj> {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match future_of(v) {
            Some(f) => Ok(f),
            None if at.is_recv() => Err(descriptor_mismatch(ip, at.sig.name, "_asyncio.Future", v)),
            None => Err(at.wrong_type(ip, "Future", v)),
        }
    }
}

/// The receiver of a method of `Task`: a future that is a task.
pub struct TaskRef<'a>(&'a Rc<FutureObj>);

impl<'a> FromArg<'a> for TaskRef<'a> {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match future_of(v) {
            Some(f) if f.task.is_some() => Ok(TaskRef(f)),
            _ if at.is_recv() => Err(descriptor_mismatch(ip, at.sig.name, "_asyncio.Task", v)),
            _ => Err(at.wrong_type(ip, "Task", v)),
        }
    }
}

impl TaskRef<'_> {
    fn task(&self) -> &crate::aio::future::TaskData {
        self.0.task.as_ref().expect("a TaskRef holds a task")
    }
}

// ---- shared by Future and Task ----

fn cancel(ip: &Interp, f: &Rc<FutureObj>, msg: Option<Value>) -> bool {
    f.cancel(ip, msg.filter(|m| !m.is_none()))
}

fn add_done_callback(
    ip: &Interp,
    f: &Rc<FutureObj>,
    callback: &Value,
    context: Option<Value>,
) -> PyResult<()> {
    let context = crate::aio::context::given_or_copy(ip, context)?;
    f.add_done_callback(ip, DoneCb::py(callback.clone(), context));
    Ok(())
}

fn remove_done_callback(ip: &Interp, f: &Rc<FutureObj>, callback: &Value) -> PyResult<i64> {
    let cbs = f.callbacks.take().into_vec();
    let mut kept = Vec::with_capacity(cbs.len());
    let mut removed = 0;
    for cb in cbs {
        let drop_it = match cb.py_callable() {
            Some(v) => v.is(callback) || ops::equals(ip, v, callback).unwrap_or(false),
            None => false,
        };
        if drop_it {
            removed += 1;
        } else {
            kept.push(cb);
        }
    }
    // What `__eq__` may have added meanwhile goes after the callbacks kept.
    kept.extend(f.callbacks.take());
    f.callbacks.set_vec(kept);
    Ok(removed)
}

fn exception(ip: &Interp, f: &Rc<FutureObj>) -> PyResult<Value> {
    if f.is_cancelled() {
        return Err(f.make_cancelled_error(ip));
    }
    if !f.is_done() {
        return Err(ip.err(ExcKind::InvalidStateError, "Exception is not set."));
    }
    f.log_traceback.set(false);
    Ok(match f.exception() {
        Some(e) => Value::Exception(e.0),
        None => Value::None,
    })
}

fn set_result(ip: &Interp, f: &Rc<FutureObj>, result: Value) -> PyResult<()> {
    if f.task.is_some() {
        return Err(ip.err(
            ExcKind::RuntimeError,
            "Task does not support set_result operation",
        ));
    }
    f.set_result(ip, result)
}

fn set_exception(ip: &Interp, f: &Rc<FutureObj>, exception: &Value) -> PyResult<()> {
    if f.task.is_some() {
        return Err(ip.err(
            ExcKind::RuntimeError,
            "Task does not support set_exception operation",
        ));
    }
    if f.is_done() {
        return Err(ip.err(ExcKind::InvalidStateError, "invalid state"));
    }
    let e = crate::aio::api::exception_arg(ip, exception)?;
    if e.is_instance(ip.exc_class(ExcKind::StopIteration)) {
        return ip.type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        );
    }
    f.set_exception(ip, e)
}

// ---- Future ----

#[method("Future", "result($self, /)")]
fn future_result(ip: &Interp, this: &Rc<FutureObj>) -> PyResult<Value> {
    this.result(ip)
}

#[method("Future", "done($self, /)")]
fn future_done(_ip: &Interp, this: &Rc<FutureObj>) -> PyResult<bool> {
    Ok(this.is_done())
}

#[method("Future", "cancelled($self, /)")]
fn future_cancelled(_ip: &Interp, this: &Rc<FutureObj>) -> PyResult<bool> {
    Ok(this.is_cancelled())
}

#[method("Future", "cancel($self, /, msg=None)")]
fn future_cancel(ip: &Interp, this: &Rc<FutureObj>, msg: Option<Value>) -> PyResult<bool> {
    Ok(cancel(ip, this, msg))
}

#[method("Future", "add_done_callback($self, fn, /, *, context=None)")]
fn future_add_done_callback(
    ip: &Interp,
    this: &Rc<FutureObj>,
    callback: &Value,
    context: Option<Value>,
) -> PyResult<()> {
    add_done_callback(ip, this, callback, context)
}

#[method("Future", "remove_done_callback($self, fn, /)")]
fn future_remove_done_callback(
    ip: &Interp,
    this: &Rc<FutureObj>,
    callback: &Value,
) -> PyResult<i64> {
    remove_done_callback(ip, this, callback)
}

#[method("Future", "exception($self, /)")]
fn future_exception(ip: &Interp, this: &Rc<FutureObj>) -> PyResult<Value> {
    exception(ip, this)
}

#[method("Future", "set_result($self, result, /)")]
fn future_set_result(ip: &Interp, this: &Rc<FutureObj>, result: Value) -> PyResult<()> {
    set_result(ip, this, result)
}

#[method("Future", "set_exception($self, exception, /)")]
fn future_set_exception(ip: &Interp, this: &Rc<FutureObj>, exception: &Value) -> PyResult<()> {
    set_exception(ip, this, exception)
}

#[method("Future", "get_loop($self, /)")]
fn future_get_loop(ip: &Interp, _this: &Rc<FutureObj>) -> PyResult<Value> {
    Ok(crate::aio::api::loop_object(ip))
}

// ---- Task ----

#[method("Task", "result($self, /)")]
fn task_result(ip: &Interp, this: TaskRef) -> PyResult<Value> {
    this.0.result(ip)
}

#[method("Task", "done($self, /)")]
fn task_done(_ip: &Interp, this: TaskRef) -> PyResult<bool> {
    Ok(this.0.is_done())
}

#[method("Task", "cancelled($self, /)")]
fn task_cancelled(_ip: &Interp, this: TaskRef) -> PyResult<bool> {
    Ok(this.0.is_cancelled())
}

#[method("Task", "cancel($self, /, msg=None)")]
fn task_cancel(ip: &Interp, this: TaskRef, msg: Option<Value>) -> PyResult<bool> {
    Ok(cancel(ip, this.0, msg))
}

#[method("Task", "add_done_callback($self, fn, /, *, context=None)")]
fn task_add_done_callback(
    ip: &Interp,
    this: TaskRef,
    callback: &Value,
    context: Option<Value>,
) -> PyResult<()> {
    add_done_callback(ip, this.0, callback, context)
}

#[method("Task", "remove_done_callback($self, fn, /)")]
fn task_remove_done_callback(ip: &Interp, this: TaskRef, callback: &Value) -> PyResult<i64> {
    remove_done_callback(ip, this.0, callback)
}

#[method("Task", "exception($self, /)")]
fn task_exception(ip: &Interp, this: TaskRef) -> PyResult<Value> {
    exception(ip, this.0)
}

#[method("Task", "set_result($self, result, /)")]
fn task_set_result(ip: &Interp, this: TaskRef, result: Value) -> PyResult<()> {
    set_result(ip, this.0, result)
}

#[method("Task", "set_exception($self, exception, /)")]
fn task_set_exception(ip: &Interp, this: TaskRef, exception: &Value) -> PyResult<()> {
    set_exception(ip, this.0, exception)
}

#[method("Task", "get_name($self, /)")]
fn task_get_name(_ip: &Interp, this: TaskRef) -> PyResult<String> {
    Ok(this.task().name())
}

#[method("Task", "set_name($self, value, /)")]
fn task_set_name(ip: &Interp, this: TaskRef, value: &Value) -> PyResult<()> {
    let name = crate::runtime::repr::str_of(ip, value)?;
    this.task().set_name(name);
    Ok(())
}

#[method("Task", "get_coro($self, /)")]
fn task_get_coro(_ip: &Interp, this: TaskRef) -> PyResult<Value> {
    Ok(Value::Coroutine(this.task().coro.clone()))
}

#[method("Task", "cancelling($self, /)")]
fn task_cancelling(_ip: &Interp, this: TaskRef) -> PyResult<i64> {
    Ok(this.task().cancels_requested() as i64)
}

#[method("Task", "uncancel($self, /)")]
fn task_uncancel(_ip: &Interp, this: TaskRef) -> PyResult<i64> {
    let td = this.task();
    let n = td.cancels_requested();
    if n > 0 {
        td.set_cancels_requested(n - 1);
    }
    Ok(td.cancels_requested() as i64)
}
