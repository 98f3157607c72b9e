//! Asynchronous iteration, as `async for` and async comprehensions do it: get the async iterator
//! (`__aiter__`), then await its `__anext__()` until StopAsyncIteration.

use crate::eval::{ops, Interp};
use crate::intern::sym;
use crate::runtime::async_gen::{step_awaitable, Op, Step};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;

/// `type(v).__aiter__(v)`, with CPython's TypeError for what has none.
pub fn aiter_of(ip: &Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::AsyncGen(_) => Ok(v.clone()),
        Value::Instance(_) if crate::eval::classes::user_method(v, sym::__aiter__).is_some() => {
            crate::eval::classes::call_dunder(ip, v, sym::__aiter__, &[]).unwrap()
        }
        other => ip.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            ops::type_name(ip, other)
        )),
    }
}

/// `type(it).__anext__(it)`: the awaitable of the next item.
pub fn anext_of(ip: &Interp, it: &Value) -> PyResult<Value> {
    match it {
        Value::AsyncGen(g) => Ok(step_awaitable(ip, g, Op::Send(Value::None))),
        Value::Instance(_) if crate::eval::classes::user_method(it, sym::__anext__).is_some() => {
            crate::eval::classes::call_dunder(ip, it, sym::__anext__, &[]).unwrap()
        }
        other => ip.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            ops::type_name(ip, other)
        )),
    }
}

/// The next item of an async iterator, awaited; None at StopAsyncIteration.
pub async fn async_next(ip: &Interp, it: &Value) -> PyResult<Option<Value>> {
    let r = match it {
        // An async generator's step runs right here, without an awaitable object.
        Value::AsyncGen(g) => Step::new(ip, g.clone(), Op::Send(Value::None)).await,
        other => {
            let aw = anext_of(ip, other)?;
            crate::eval::suspend::await_value(ip, aw).await
        }
    };
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance(ip.exc_class(ExcKind::StopAsyncIteration)) => Ok(None),
        Err(e) => Err(e),
    }
}
