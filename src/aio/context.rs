//! Which `contextvars` context code runs in. The `contextvars` module (shipped in Python) keeps
//! a context's mapping; the interpreter keeps only which context is current, so that each task
//! step and each loop callback can run in its own: entering one is a swap of this one slot.
//! None stands for an empty context nobody holds (what a program that never sets a context
//! variable runs in): copying it costs nothing, and the module makes a real one on first use.

use crate::eval::ops;
use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;
use std::rc::Rc;

/// Makes `ctx` current; returns the context that was.
#[inline]
pub fn enter(ip: &Interp, ctx: Option<Value>) -> Option<Value> {
    ip.event_loop.context.replace(ctx)
}

/// `contextvars.copy_context()` for a new task or callback: None while the current context
/// is the empty one.
pub fn copy_current(ip: &Interp) -> PyResult<Option<Value>> {
    match ip.event_loop.context.take() {
        None => Ok(None),
        Some(ctx) => {
            ip.event_loop.context.set(Some(ctx.clone()));
            let copy = ops::getattr(ip, &ctx, intern("copy"))?;
            Ok(Some(crate::stdlib::call_with(ip, &copy, &[])?))
        }
    }
}

/// The context a task or callback runs in: the one given (`context=`), else a copy of the
/// current one.
pub fn given_or_copy(ip: &Interp, given: Option<Value>) -> PyResult<Option<Value>> {
    match given {
        Some(Value::None) | None => copy_current(ip),
        Some(ctx) => Ok(Some(ctx)),
    }
}

/// The current context, or None for the empty one nobody holds yet.
#[function(_corun_context, "current()")]
fn current(ip: &Interp) -> PyResult<Value> {
    let cur = ip.event_loop.context.take();
    ip.event_loop.context.set(cur.clone());
    Ok(cur.unwrap_or(Value::None))
}

/// Makes `context` current (None: the empty one); returns the context that was.
#[function(_corun_context, "swap(context, /)")]
fn swap(ip: &Interp, context: Value) -> PyResult<Value> {
    let new = (!matches!(context, Value::None)).then_some(context);
    Ok(enter(ip, new).unwrap_or(Value::None))
}

pub fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_corun_context", init);
crate::python_module!("contextvars", "contextvars.py");
