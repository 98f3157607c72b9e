//! Coroutine objects driven by hand: `send`, `throw`, `close`, `__await__()` (an iterator over
//! the coroutine, CPython's `coroutine_wrapper`), and the attributes of coroutines, generators
//! and async generators (`cr_running`, `gi_frame`, …). A task drives a coroutine the same way:
//! all of it goes through `iterators::gen_resume`.

use std::rc::Rc;

use crate::eval::ops::Iter;
use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::bind::{At, FromArg};
use crate::runtime::coroutine::{CoKind, CoroState, Coroutine};
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::iterators::{gen_resume, IterObj};
use crate::runtime::value::Value;
use corun_macros::method;

/// A coroutine as a method's receiver: the coroutine itself or what its `__await__()` gave.
pub struct Coro(Rc<Coroutine>);

impl<'a> FromArg<'a> for Coro {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match v {
            Value::Coroutine(c) if c.kind == CoKind::Coroutine => Ok(Coro(c.clone())),
            Value::Iterator(_) => match wrapped(v) {
                Some(c) => Ok(Coro(c)),
                None => Err(at.wrong_type(ip, "coroutine", v)),
            },
            _ => Err(at.wrong_type(ip, "coroutine", v)),
        }
    }
}

/// The coroutine a `coroutine_wrapper` iterates, if `v` is one.
pub fn wrapped(v: &Value) -> Option<Rc<Coroutine>> {
    let Value::Iterator(o) = v else { return None };
    if o.class.name.as_str() != "coroutine_wrapper" {
        return None;
    }
    match &*o.it.try_borrow().ok()? {
        Iter::Gen(c) if c.kind == CoKind::Coroutine => Some(c.clone()),
        _ => None,
    }
}

/// One step: what the coroutine yields, or StopIteration with what it returned.
fn step(ip: &Interp, c: &Coroutine, send: Option<Value>, throw: Option<Exc>) -> PyResult<Value> {
    if matches!(&*c.state.borrow(), CoroState::Done(_)) && throw.is_none() {
        return Err(ip.err(
            ExcKind::RuntimeError,
            "cannot reuse already awaited coroutine",
        ));
    }
    match gen_resume(ip, c, send, throw)? {
        Some(v) => Ok(v),
        None => {
            let v = c.take_returned();
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(Exc(ExcObj::new(
                ip.exc_class(ExcKind::StopIteration).clone(),
                args,
            )))
        }
    }
}

/// The exception `throw(typ, val)` of a coroutine or generator raises: `typ` itself, or the
/// class called with `val`.
pub fn thrown(ip: &Interp, typ: &Value, val: Option<&Value>) -> PyResult<Exc> {
    match (typ, val) {
        (Value::Class(_), Some(v)) if !v.is_none() => {
            if let Value::Exception(e) = v {
                return Ok(Exc(e.clone()));
            }
            let args: Vec<Value> = match v {
                Value::Tuple(t) => t.items.to_vec(),
                v => vec![v.clone()],
            };
            let mut a: crate::eval::call::Args = args.into_iter().collect();
            let e = crate::eval::call::call_value(ip, typ, &mut a, &[])?;
            crate::eval::sync::make_exception(ip, e)
        }
        (Value::Exception(_), Some(v)) if !v.is_none() => {
            ip.type_error("instance exception may not have a separate value")
        }
        (Value::Class(c), _)
            if c.kind == crate::runtime::object::ClassKind::Exception && c.user =>
        {
            crate::eval::sync::construct_exception(ip, c, Default::default(), false)
        }
        _ => crate::eval::sync::make_exception(ip, typ.clone()),
    }
}

fn close(ip: &Interp, c: &Coroutine) -> PyResult<()> {
    if !matches!(&*c.state.borrow(), CoroState::Running(..)) {
        *c.state.borrow_mut() = CoroState::Done(Value::None);
        return Ok(());
    }
    let exit = ip.err_noargs(ExcKind::GeneratorExit);
    match gen_resume(ip, c, None, Some(exit)) {
        Ok(Some(_)) => Err(ip.err(ExcKind::RuntimeError, "coroutine ignored GeneratorExit")),
        Ok(None) => Ok(()),
        Err(e)
            if e.is_instance(ip.exc_class(ExcKind::GeneratorExit))
                || e.is_instance(ip.exc_class(ExcKind::StopIteration)) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

#[method(coroutine, "send($self, value, /)")]
fn send(ip: &Interp, this: Coro, value: Value) -> PyResult<Value> {
    step(ip, &this.0, Some(value), None)
}

#[method(coroutine, "throw($self, typ, val=None, tb=None, /)", style = unpack)]
fn throw(
    ip: &Interp,
    this: Coro,
    typ: &Value,
    val: Option<&Value>,
    _tb: Option<&Value>,
) -> PyResult<Value> {
    let e = thrown(ip, typ, val)?;
    step(ip, &this.0, None, Some(e))
}

#[method(coroutine, "close($self, /)")]
fn close_method(ip: &Interp, this: Coro) -> PyResult<()> {
    close(ip, &this.0)
}

/// `coro.__await__()`: an iterator that steps the coroutine, for code that drives it by hand
/// or delegates to it with `yield from`.
#[method(coroutine, "__await__($self, /)")]
fn await_(ip: &Interp, this: Coro) -> PyResult<Value> {
    let class = ip
        .iter_classes
        .borrow_mut()
        .entry("coroutine_wrapper")
        .or_insert_with(|| {
            let c = crate::runtime::object::Class::new_builtin(
                "coroutine_wrapper",
                "builtins",
                crate::runtime::object::ClassKind::Iterator,
                Some(ip.types.object.clone()),
            );
            for d in crate::runtime::bind::type_members("coroutine_wrapper") {
                c.dict.borrow_mut().insert(
                    crate::intern::intern(d.f.name),
                    crate::runtime::bind::member_value(d),
                );
            }
            c
        })
        .clone();
    Ok(IterObj::wrap(class, Iter::Gen(this.0)))
}

#[method("coroutine_wrapper", "send($self, value, /)")]
fn wrapper_send(ip: &Interp, this: Coro, value: Value) -> PyResult<Value> {
    step(ip, &this.0, Some(value), None)
}

#[method(
    "coroutine_wrapper",
    "throw($self, typ, val=None, tb=None, /)",
    style = unpack
)]
fn wrapper_throw(
    ip: &Interp,
    this: Coro,
    typ: &Value,
    val: Option<&Value>,
    _tb: Option<&Value>,
) -> PyResult<Value> {
    let e = thrown(ip, typ, val)?;
    step(ip, &this.0, None, Some(e))
}

#[method("coroutine_wrapper", "close($self, /)")]
fn wrapper_close(ip: &Interp, this: Coro) -> PyResult<()> {
    close(ip, &this.0)
}

/// `next(wrapper)`: `send(None)`.
pub fn next(ip: &Interp, wrapper: &Value) -> PyResult<Value> {
    match wrapped(wrapper) {
        Some(c) => step(ip, &c, None, None),
        None => Err(ip.err_noargs(ExcKind::StopIteration)),
    }
}

/// `wrapper.__next__()`.
#[method("coroutine_wrapper", "__next__($self, /)")]
fn wrapper_next(ip: &Interp, this: Coro) -> PyResult<Value> {
    step(ip, &this.0, None, None)
}

/// The attributes of a coroutine (`cr_`), generator (`gi_`) or async generator (`ag_`)
/// beyond its names; None when `name` is none of them.
pub fn getattr(ip: &Interp, c: &Rc<Coroutine>, name: Symbol) -> PyResult<Option<Value>> {
    let name = name.as_str();
    let prefix = match c.kind {
        CoKind::Coroutine => "cr_",
        CoKind::Generator => "gi_",
        CoKind::AsyncGenerator => "ag_",
        _ => return Ok(None),
    };
    let Some(what) = name.strip_prefix(prefix) else {
        return Ok(None);
    };
    let (done, created, running) = match &*c.state.borrow() {
        CoroState::Done(_) => (true, false, false),
        CoroState::Created(_) => (false, true, false),
        CoroState::Executing => (false, false, true),
        CoroState::Running(..) => (false, false, false),
    };
    let awaits = match c.kind {
        CoKind::Generator => "yieldfrom",
        _ => "await",
    };
    match what {
        "running" => Ok(Some(Value::bool(running))),
        "suspended" if c.kind == CoKind::Generator => {
            Ok(Some(Value::bool(!done && !created && !running)))
        }
        "frame" if done => Ok(Some(Value::None)),
        // A coroutine that has not started or has finished awaits nothing.
        w if w == awaits && (done || created || running) => Ok(Some(Value::None)),
        "origin" if c.kind == CoKind::Coroutine => Ok(Some(Value::None)),
        "frame" => Ok(Some(crate::runtime::frames::of_coroutine(ip, c)?)),
        "code" => Err(ip.err(
            ExcKind::NotImplementedError,
            format!(
                "corun does not support {}{} (frame and code objects)",
                prefix, what
            ),
        )),
        // What it is suspended in an `await` or `yield from` of, when that is a coroutine
        // (generator) of its own.
        w if w == awaits => {
            let of = match (c.kind, &*c.state.borrow()) {
                (CoKind::Generator, CoroState::Running(_, Some(d))) => Some(d.clone()),
                (CoKind::Generator, _) => None,
                _ => c.awaited(),
            };
            let wanted = match c.kind {
                CoKind::Generator => CoKind::Generator,
                _ => CoKind::Coroutine,
            };
            if let Some(d) = of.filter(|d| d.kind == wanted) {
                return Ok(Some(Coroutine::into_value(d)));
            }
            let kind = match c.kind {
                CoKind::Coroutine => "coroutine",
                CoKind::Generator => "generator",
                _ => "async generator",
            };
            Err(ip.err(
                ExcKind::NotImplementedError,
                format!(
                    "corun does not support {}{} of a suspended {}",
                    prefix, what, kind
                ),
            ))
        }
        _ => Ok(None),
    }
}
