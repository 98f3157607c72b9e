//! `with` and `async with`: enter each context manager in turn, run the body, and always exit,
//! passing the exception (if any) to `__exit__`/`__aexit__`, which may suppress it.

use std::future::Future;
use std::pin::Pin;

use crate::eval::call::{call_value, Args};
use crate::eval::suspend::{await_value, eval_maybe, exec_block_async};
use crate::eval::sync::{assign, chain_context, eval, exec_block};
use crate::eval::{classes, ops, Ctl, Frame, Interp};
use crate::intern::{sym, Symbol};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::syntax::ast::{Stmt, WithItem};

type LocalBoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// A context manager's enter or exit method, as `with` calls it.
enum Special {
    /// A plain function its class holds: called with the manager as its first argument, as
    /// CPython calls a method found on the type, without making a bound method.
    Method(Value),
    /// Anything else, bound as an attribute of the manager.
    Bound(Value),
}

impl Special {
    /// The function to call, with the manager put first in `a` when it is a method.
    fn callee(&self, mgr: &Value, a: &mut Args) -> &Value {
        match self {
            Special::Method(f) => {
                a.push(mgr.clone());
                f
            }
            Special::Bound(f) => f,
        }
    }

    fn call0(&self, ip: &Interp, mgr: &Value) -> PyResult<Value> {
        let mut a = Args::new();
        let f = self.callee(mgr, &mut a);
        call_value(ip, f, &mut a, &[])
    }
}

/// The special method `name` of `obj`, looked up on its type as CPython does.
fn special(ip: &Interp, obj: &Value, name: Symbol) -> PyResult<Option<Special>> {
    if let Some(cls) = classes::user_class(obj) {
        return Ok(match cls.lookup(name) {
            Some(f @ Value::Function(_)) => Some(Special::Method(f)),
            Some(_) => Some(Special::Bound(ops::getattr(ip, obj, name)?)),
            None => None,
        });
    }
    match ops::getattr(ip, obj, name) {
        Ok(v) => Ok(Some(Special::Bound(v))),
        Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The enter and exit methods of a context manager, or CPython's TypeError.
fn manager_methods(ip: &Interp, mgr: &Value, is_async: bool) -> PyResult<(Special, Special)> {
    let (enter, exit, what, exit_name) = if is_async {
        (
            sym::__aenter__,
            sym::__aexit__,
            "asynchronous context manager",
            "__aexit__",
        )
    } else {
        (sym::__enter__, sym::__exit__, "context manager", "__exit__")
    };
    let Some(enter) = special(ip, mgr, enter)? else {
        return ip.type_error(format!(
            "'{}' object does not support the {} protocol",
            ops::type_name(ip, mgr),
            what
        ));
    };
    let Some(exit) = special(ip, mgr, exit)? else {
        return ip.type_error(format!(
            "'{}' object does not support the {} protocol (missed {} method)",
            ops::type_name(ip, mgr),
            what,
            exit_name
        ));
    };
    Ok((enter, exit))
}

/// Calls the exit method with the exception the body raised (or three Nones).
fn call_exit(ip: &Interp, mgr: &Value, exit: &Special, e: Option<&Exc>) -> PyResult<Value> {
    let mut a = Args::new();
    let f = exit.callee(mgr, &mut a);
    match e {
        Some(e) => {
            a.push(Value::Class(e.0.class.clone()));
            a.push(Value::Exception(e.0.clone()));
            a.push(crate::runtime::traceback::of_exception(ip, &e.0));
        }
        None => {
            a.push(Value::None);
            a.push(Value::None);
            a.push(Value::None);
        }
    }
    call_value(ip, f, &mut a, &[])
}

/// An exit method may pass the exception through frames of its own (a `contextmanager`
/// generator re-raising it); when `with` re-raises it, its traceback is the one it had.
fn save_tb(e: &Exc) -> (Vec<crate::runtime::exceptions::TbEntry>, u32) {
    (e.0.traceback.borrow().clone(), e.0.tb_frame.get())
}

fn restore_tb(e: &Exc, saved: (Vec<crate::runtime::exceptions::TbEntry>, u32)) {
    *e.0.traceback.borrow_mut() = saved.0;
    e.0.tb_frame.set(saved.1);
}

/// What the exit method's answer means for the body's exception `e`: suppressed, or raised
/// again with the traceback it had (the exit method may have passed it through frames of its
/// own), or replaced by the exit method's own exception (then `e`, its context, stays as the
/// exit method left it: `assertRaises` clears its traceback).
fn exit_outcome(
    ip: &Interp,
    e: Exc,
    saved: (Vec<crate::runtime::exceptions::TbEntry>, u32),
    res: PyResult<Value>,
) -> PyResult<Ctl> {
    match res {
        Ok(v) => {
            if ops::truthy(ip, &v)? {
                Ok(Ctl::Normal)
            } else {
                restore_tb(&e, saved);
                Err(e)
            }
        }
        Err(e2) => {
            if std::rc::Rc::ptr_eq(&e2.0, &e.0) {
                restore_tb(&e, saved);
            }
            Err(chain_context(e2, &e))
        }
    }
}

/// `with` on the sync path.
pub fn exec_with(ip: &Interp, f: &mut Frame, items: &[WithItem], body: &[Stmt]) -> PyResult<Ctl> {
    let Some((item, rest)) = items.split_first() else {
        return exec_block(ip, f, body);
    };
    let mgr = eval(ip, f, &item.context)?;
    let (enter, exit) = manager_methods(ip, &mgr, false)?;
    let v = enter.call0(ip, &mgr)?;
    let r = match &item.vars {
        Some(t) => assign(ip, f, t, v).and_then(|_| exec_with(ip, f, rest, body)),
        None => exec_with(ip, f, rest, body),
    };
    match r {
        Ok(c) => {
            // An error raised by the exit method is placed at the `with` line, as CPython does.
            ip.cur_pos.set(item.context.span.start);
            call_exit(ip, &mgr, &exit, None)?;
            Ok(c)
        }
        Err(e) => {
            ip.traceback_here(&e);
            ip.cur_pos.set(item.context.span.start);
            let outer = f.handling.replace(e.clone());
            let saved = save_tb(&e);
            // The exit method runs while the exception is being handled (`sys.exc_info()`,
            // the context of what it raises).
            ip.enter_handler(&e);
            let res = call_exit(ip, &mgr, &exit, Some(&e));
            ip.leave_handler(&e);
            f.handling = outer;
            exit_outcome(ip, e, saved, res)
        }
    }
}

/// `with` and `async with` on the suspend path.
pub fn exec_with_async<'a>(
    ip: &'a Interp,
    f: &'a mut Frame<'_>,
    items: &'a [WithItem],
    body: &'a [Stmt],
    is_async: bool,
) -> LocalBoxFuture<'a, PyResult<Ctl>> {
    Box::pin(async move {
        let Some((item, rest)) = items.split_first() else {
            return exec_block_async(ip, f, body).await;
        };
        let mgr = eval_maybe(ip, f, &item.context).await?;
        let (enter, exit) = manager_methods(ip, &mgr, is_async)?;
        let mut v = enter.call0(ip, &mgr)?;
        if is_async {
            v = await_value(ip, v).await?;
        }
        let r = match &item.vars {
            Some(t) => match assign(ip, f, t, v) {
                Ok(()) => exec_with_async(ip, f, rest, body, is_async).await,
                Err(e) => Err(e),
            },
            None => exec_with_async(ip, f, rest, body, is_async).await,
        };
        match r {
            Ok(c) => {
                ip.cur_pos.set(item.context.span.start);
                let x = call_exit(ip, &mgr, &exit, None)?;
                if is_async {
                    await_value(ip, x).await?;
                }
                Ok(c)
            }
            Err(e) => {
                ip.traceback_here(&e);
                ip.cur_pos.set(item.context.span.start);
                let outer = f.handling.replace(e.clone());
                let saved = save_tb(&e);
                ip.enter_handler(&e);
                let mut res = call_exit(ip, &mgr, &exit, Some(&e));
                if is_async {
                    if let Ok(x) = res {
                        res = await_value(ip, x).await;
                    }
                }
                ip.leave_handler(&e);
                f.handling = outer;
                exit_outcome(ip, e, saved, res)
            }
        }
    })
}
