//! Waiting for futures: `wait_for`, `wait`, `as_completed`, `shield` (CPython's `tasks.py`) and
//! `timeout`/`timeout_at` (its `timeouts.py`), step for step so that callbacks run in the same
//! order.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::aio::ensure_future;
use crate::aio::event_loop::Handle;
use crate::aio::future::{DoneCb, FutureObj, NativeCb};
use crate::aio::objects::{aio, native_coro, recv, AioObj};
use crate::eval::suspend::{await_future, await_value};
use crate::eval::{ops, Interp};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::stdlib::{ClassSpec, Native, NativeObj};
use corun_macros::{function, method};

fn timeout_secs(ip: &Interp, v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i as f64)),
        Value::Float(f) => Ok(Some(f.get())),
        Value::Bool(b) => Ok(Some(*b as i64 as f64)),
        other => ip.type_error(format!(
            "'<=' not supported between instances of '{}' and 'int'",
            ops::type_name(ip, other)
        )),
    }
}

fn no_running_loop(ip: &Interp) -> PyResult<()> {
    if !ip.event_loop.running.get() {
        return Err(ip.err(ExcKind::RuntimeError, "no running event loop"));
    }
    Ok(())
}

/// `_release_waiter` bound to `waiter`.
fn release_waiter(waiter: &Rc<FutureObj>) -> NativeCb {
    let w = waiter.clone();
    Rc::new(move |ip: &Interp, _f: &Rc<FutureObj>| {
        if !w.is_done() {
            let _ = w.set_result(ip, Value::None);
        }
    })
}

fn release_timer(waiter: &Rc<FutureObj>) -> Handle {
    let w = waiter.clone();
    Handle::Native(Rc::new(move |ip: &Interp| {
        if !w.is_done() {
            let _ = w.set_result(ip, Value::None);
        }
    }))
}

/// `_cancel_and_wait`.
async fn cancel_and_wait(ip: &Interp, fut: &Rc<FutureObj>) -> PyResult<()> {
    let waiter = FutureObj::untracked();
    crate::aio::trace::label(ip, &waiter, None, || {
        format!(
            "cancel({})",
            crate::aio::trace::names_of(std::slice::from_ref(fut))
        )
    });
    let cb = release_waiter(&waiter);
    fut.add_done_callback(ip, DoneCb::Native(Box::new(cb.clone())));
    fut.cancel(ip, None);
    let r = await_future(ip, waiter).await;
    fut.remove_native_callback(&cb);
    r.map(|_| ())
}

fn is_cancelled_error(ip: &Interp, e: &Exc) -> bool {
    e.is_instance(ip.exc_class(ExcKind::CancelledError))
}

fn timeout_from(ip: &Interp, e: Exc) -> Exc {
    if is_cancelled_error(ip, &e) {
        let t = ip.err_noargs(ExcKind::TimeoutError);
        *t.0.cause.borrow_mut() = Some(e.0.clone());
        t.0.suppress_context.set(true);
        *t.0.context.borrow_mut() = Some(e.0);
        t
    } else {
        e
    }
}

#[function(asyncio, "wait_for(fut, timeout)", style = py)]
fn wait_for(_ip: &Interp, fut: Value, timeout: Value) -> PyResult<Value> {
    Ok(native_coro("wait_for", "wait_for", move |ipr| async move {
        let ip = &*ipr;
        no_running_loop(ip)?;
        let Some(timeout) = timeout_secs(ip, &timeout)? else {
            return await_value(ip, fut).await;
        };
        if timeout <= 0.0 {
            let fut = ensure_future(ip, &fut)?;
            if fut.is_done() {
                return fut.result(ip);
            }
            cancel_and_wait(ip, &fut).await?;
            return fut.result(ip).map_err(|e| timeout_from(ip, e));
        }
        let waiter = FutureObj::untracked();
        let handle = ip.event_loop.call_later(timeout, release_timer(&waiter));
        let cb = release_waiter(&waiter);
        let r = async {
            let fut = ensure_future(ip, &fut)?;
            crate::aio::trace::label(ip, &waiter, None, || {
                format!(
                    "wait_for({}, {})",
                    crate::aio::trace::names_of(std::slice::from_ref(&fut)),
                    timeout
                )
            });
            fut.add_done_callback(ip, DoneCb::Native(Box::new(cb.clone())));
            if let Err(e) = await_future(ip, waiter.clone()).await {
                if is_cancelled_error(ip, &e) {
                    if fut.is_done() {
                        return fut.result(ip);
                    }
                    fut.remove_native_callback(&cb);
                    cancel_and_wait(ip, &fut).await?;
                }
                return Err(e);
            }
            if fut.is_done() {
                fut.result(ip)
            } else {
                fut.remove_native_callback(&cb);
                cancel_and_wait(ip, &fut).await?;
                fut.result(ip).map_err(|e| timeout_from(ip, e))
            }
        }
        .await;
        handle.set(true);
        r
    }))
}

/// The futures of an iterable, each once, in the order given (CPython goes through a set).
fn futures_of(ip: &Interp, fs: &Value, what: &str) -> PyResult<Vec<Value>> {
    if matches!(fs, Value::Future(_) | Value::Coroutine(_)) {
        return ip.type_error(format!(
            "expect {} of futures, not {}",
            what,
            ops::type_name(ip, fs)
        ));
    }
    let items = ops::collect(ip, fs)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        if !out.iter().any(|x| x.is(&v)) {
            out.push(v);
        }
    }
    Ok(out)
}

#[function(asyncio, "wait(fs, *, timeout=None, return_when='ALL_COMPLETED')", style = py)]
fn wait(
    _ip: &Interp,
    fs: Value,
    timeout: Option<Value>,
    return_when: Option<Value>,
) -> PyResult<Value> {
    let timeout = timeout.unwrap_or(Value::None);
    let return_when = return_when.unwrap_or_else(|| Value::str("ALL_COMPLETED"));
    Ok(native_coro("wait", "wait", move |ipr| async move {
        let ip = &*ipr;
        let items = futures_of(ip, &fs, "a list")?;
        if items.is_empty() {
            return Err(ip.err(ExcKind::ValueError, "Set of Tasks/Futures is empty."));
        }
        let mode = match &return_when {
            Value::Str(s) if &*s.s == "FIRST_COMPLETED" => 0,
            Value::Str(s) if &*s.s == "FIRST_EXCEPTION" => 1,
            Value::Str(s) if &*s.s == "ALL_COMPLETED" => 2,
            other => {
                let r = crate::runtime::repr::str_of(ip, other)?;
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!("Invalid return_when value: {}", r),
                ));
            }
        };
        let mut fs = Vec::with_capacity(items.len());
        for v in &items {
            match v {
                Value::Future(f) => fs.push(f.clone()),
                Value::Coroutine(_) => {
                    return ip.type_error("Passing coroutines is forbidden, use tasks explicitly.")
                }
                _ => fs.push(ensure_future(ip, v)?),
            }
        }
        no_running_loop(ip)?;
        let timeout = timeout_secs(ip, &timeout)?;
        let waiter = FutureObj::untracked();
        let handle: Rc<RefCell<Option<Rc<Cell<bool>>>>> = Rc::new(RefCell::new(None));
        if let Some(t) = timeout {
            *handle.borrow_mut() = Some(ip.event_loop.call_later(t, release_timer(&waiter)));
        }
        let counter = Rc::new(Cell::new(fs.len()));
        let on_completion: NativeCb = {
            let waiter = waiter.clone();
            let handle = handle.clone();
            Rc::new(move |ip: &Interp, f: &Rc<FutureObj>| {
                counter.set(counter.get().saturating_sub(1));
                // In CPython's order: the exception is asked for (which counts as retrieving
                // it) only when the count and the mode have not decided already.
                let wake = counter.get() == 0
                    || mode == 0
                    || (mode == 1 && !f.is_cancelled() && {
                        f.log_traceback.set(false);
                        f.has_exception()
                    });
                if wake {
                    if let Some(h) = &*handle.borrow() {
                        h.set(true);
                    }
                    if !waiter.is_done() {
                        let _ = waiter.set_result(ip, Value::None);
                    }
                }
            })
        };
        crate::aio::trace::label(ip, &waiter, None, || {
            format!("wait({})", crate::aio::trace::names_of(&fs))
        });
        for f in &fs {
            f.add_done_callback(ip, DoneCb::Native(Box::new(on_completion.clone())));
        }
        let r = await_future(ip, waiter).await;
        if let Some(h) = &*handle.borrow() {
            h.set(true);
        }
        for f in &fs {
            f.remove_native_callback(&on_completion);
        }
        r?;
        let done = crate::runtime::set::PySet::new();
        let pending = crate::runtime::set::PySet::new();
        for f in fs {
            let target = if f.is_done() { &done } else { &pending };
            crate::runtime::set::add(ip, target, Value::Future(f))?;
        }
        Ok(Value::tuple(vec![Value::Set(done), Value::Set(pending)]))
    }))
}

/// `as_completed(fs, *, timeout=None)`: a generator, as in CPython; its setup runs when it is
/// first iterated.
#[function(asyncio, "as_completed(fs, *, timeout=None)", style = py)]
fn as_completed(_ip: &Interp, fs: Value, timeout: Option<Value>) -> PyResult<Value> {
    let timeout = timeout.unwrap_or(Value::None);
    let name: Rc<str> = Rc::from("as_completed");
    let body = crate::runtime::coroutine::CoroBody::Native(Box::new(move |ipr: Rc<Interp>| {
        Box::pin(async move {
            let ip = &*ipr;
            let (queue, n) = as_completed_setup(ip, &fs, &timeout)?;
            // One coroutine per step, made as the step is taken: a loop that stops early
            // leaves none behind unawaited.
            for _ in 0..n {
                let one = wait_for_one(queue.clone());
                crate::eval::suspend::YieldPoint {
                    ip,
                    value: Some(one),
                }
                .await?;
            }
            Ok(Value::None)
        })
    }));
    Ok(Value::Generator(
        crate::runtime::coroutine::Coroutine::with_kind(
            crate::runtime::coroutine::CoKind::Generator,
            name.clone(),
            name,
            body,
        ),
    ))
}

/// Starts `as_completed`: the queue its futures go into as they finish, and how many there are.
fn as_completed_setup(ip: &Interp, fs: &Value, timeout: &Value) -> PyResult<(Value, usize)> {
    let items = futures_of(ip, fs, "an iterable")?;
    let timeout = timeout_secs(ip, timeout)?;
    let queue = crate::aio::queues::new_fifo(ip)?;
    let mut todo: Vec<Rc<FutureObj>> = Vec::with_capacity(items.len());
    for v in &items {
        todo.push(ensure_future(ip, v)?);
    }
    let n = todo.len();
    let todo = Rc::new(RefCell::new(todo));
    let handle: Rc<RefCell<Option<Rc<Cell<bool>>>>> = Rc::new(RefCell::new(None));
    let qobj = match &queue {
        Value::Native(o) => o.clone(),
        _ => unreachable!("a queue"),
    };
    let put = |ip: &Interp, q: &Rc<NativeObj>, v: Value| {
        if let AioObj::Queue(q) = aio(q) {
            let _ = crate::aio::queues::put_nowait(ip, q, v);
        }
    };
    let on_completion: NativeCb = {
        let todo = todo.clone();
        let handle = handle.clone();
        let qobj = qobj.clone();
        Rc::new(move |ip: &Interp, f: &Rc<FutureObj>| {
            if todo.borrow().is_empty() {
                return;
            }
            todo.borrow_mut().retain(|x| !Rc::ptr_eq(x, f));
            put(ip, &qobj, Value::Future(f.clone()));
            if todo.borrow().is_empty() {
                if let Some(h) = &*handle.borrow() {
                    h.set(true);
                }
            }
        })
    };
    for f in todo.borrow().iter() {
        f.add_done_callback(ip, DoneCb::Native(Box::new(on_completion.clone())));
    }
    if let Some(t) = timeout {
        if n > 0 {
            let todo = todo.clone();
            let qobj = qobj.clone();
            let cb = on_completion.clone();
            let h = ip.event_loop.call_later(
                t,
                Handle::Native(Rc::new(move |ip: &Interp| {
                    let fs = std::mem::take(&mut *todo.borrow_mut());
                    for f in fs {
                        f.remove_native_callback(&cb);
                        put(ip, &qobj, Value::None);
                    }
                })),
            );
            *handle.borrow_mut() = Some(h);
        }
    }
    Ok((queue, n))
}

/// `as_completed`'s `_wait_for_one()`: the next future to finish, or TimeoutError.
fn wait_for_one(queue: Value) -> Value {
    native_coro(
        "_wait_for_one",
        "as_completed.<locals>._wait_for_one",
        move |ipr| async move {
            let ip = &*ipr;
            let get = crate::aio::queues::q_get(ip, &[queue], &[])?;
            match await_value(ip, get).await? {
                Value::Future(f) => f.result(ip),
                _ => Err(ip.err_noargs(ExcKind::TimeoutError)),
            }
        },
    )
}

#[function(asyncio, "shield(arg)", style = py)]
fn shield(ip: &Interp, arg: &Value) -> PyResult<Value> {
    let inner = ensure_future(ip, arg)?;
    if inner.is_done() {
        return Ok(Value::Future(inner));
    }
    let outer = FutureObj::new();
    let inner_cb: NativeCb = {
        let outer = outer.clone();
        Rc::new(move |ip: &Interp, inner: &Rc<FutureObj>| {
            if !inner.is_cancelled() {
                inner.log_traceback.set(false);
            }
            if outer.is_cancelled() {
                return;
            }
            if inner.is_cancelled() {
                outer.cancel(ip, None);
            } else {
                let e = inner.exception();
                match e {
                    Some(e) => {
                        let _ = outer.set_exception(ip, e);
                    }
                    None => {
                        let v = inner.result_value();
                        let _ = outer.set_result(ip, v);
                    }
                }
            }
        })
    };
    inner.add_done_callback(ip, DoneCb::Native(Box::new(inner_cb.clone())));
    let outer_cb: NativeCb = {
        let inner = inner.clone();
        Rc::new(move |_ip: &Interp, _outer: &Rc<FutureObj>| {
            if !inner.is_done() {
                inner.remove_native_callback(&inner_cb);
            }
        })
    };
    outer.add_done_callback(ip, DoneCb::Native(Box::new(outer_cb)));
    Ok(Value::Future(outer))
}

// ---- asyncio.timeout ----

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TState {
    Created,
    Entered,
    Expiring,
    Expired,
    Exited,
}

pub struct Timeout {
    pub state: Cell<TState>,
    pub when: Cell<Option<f64>>,
    pub handler: RefCell<Option<Rc<Cell<bool>>>>,
    pub task: RefCell<Option<Rc<FutureObj>>>,
    /// The task's `cancelling()` when the block was entered: cancellations requested before
    /// it are not this timeout's to absorb.
    pub cancelling: Cell<u32>,
}

fn timeout_of(o: &NativeObj) -> &Timeout {
    match aio(o) {
        AioObj::Timeout(t) => t,
        _ => unreachable!("a timeout"),
    }
}

fn recv_timeout<'a>(ip: &Interp, args: &'a [Value]) -> PyResult<&'a Rc<NativeObj>> {
    let o = recv(ip, args, "Timeout")?;
    match aio(o) {
        AioObj::Timeout(_) => Ok(o),
        _ => ip.type_error("descriptor requires a 'Timeout' object"),
    }
}

fn reschedule(ip: &Interp, o: &Rc<NativeObj>, when: Option<f64>) -> PyResult<()> {
    let t = timeout_of(o);
    if t.state.get() == TState::Created {
        return Err(ip.err(ExcKind::RuntimeError, "Timeout has not been entered"));
    }
    if t.state.get() != TState::Entered {
        let s = state_name(t.state.get());
        return Err(ip.err(
            ExcKind::RuntimeError,
            format!("Cannot change state of {} Timeout", s),
        ));
    }
    t.when.set(when);
    if let Some(h) = t.handler.borrow_mut().take() {
        h.set(true);
    }
    if let Some(when) = when {
        let obj = o.clone();
        let h = Handle::Native(Rc::new(move |ip: &Interp| {
            let t = timeout_of(&obj);
            if let Some(task) = &*t.task.borrow() {
                task.cancel(ip, None);
            }
            t.state.set(TState::Expiring);
            *t.handler.borrow_mut() = None;
        }));
        let flag = if when <= ip.event_loop.time() {
            ip.event_loop.call_soon_cancellable(h)
        } else {
            ip.event_loop.call_at(when, h)
        };
        *t.handler.borrow_mut() = Some(flag);
    }
    Ok(())
}

fn state_name(s: TState) -> &'static str {
    match s {
        TState::Created => "created",
        TState::Entered => "active",
        TState::Expiring => "expiring",
        TState::Expired => "expired",
        TState::Exited => "finished",
    }
}

pub fn timeout_repr(t: &Timeout) -> String {
    let mut info = String::new();
    if t.state.get() == TState::Entered {
        match t.when.get() {
            Some(w) => {
                let r = (w * 1000.0).round() / 1000.0;
                info = format!(" when={}", crate::runtime::repr::float_repr(r));
            }
            None => info = " when=None".to_string(),
        }
    }
    format!("<Timeout [{}]{}>", state_name(t.state.get()), info)
}

fn make_timeout(ip: &Interp, when: Option<f64>) -> Value {
    Value::Native(NativeObj::make(
        crate::stdlib::class(ip, &TIMEOUT),
        Native::Aio(AioObj::Timeout(Timeout {
            state: Cell::new(TState::Created),
            when: Cell::new(when),
            handler: RefCell::new(None),
            task: RefCell::new(None),
            cancelling: Cell::new(0),
        })),
    ))
}

#[function(asyncio, "timeout(delay)", style = py)]
fn timeout_fn(ip: &Interp, delay: &Value) -> PyResult<Value> {
    no_running_loop(ip)?;
    let when = timeout_secs(ip, delay)?.map(|d| ip.event_loop.time() + d);
    Ok(make_timeout(ip, when))
}

#[function(asyncio, "timeout_at(when)", style = py)]
fn timeout_at(ip: &Interp, when: &Value) -> PyResult<Value> {
    Ok(make_timeout(ip, timeout_secs(ip, when)?))
}

#[method("asyncio.Timeout", "when($self)", style = py, raw)]
fn t_when(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(match timeout_of(recv_timeout(ip, args)?).when.get() {
        Some(w) => Value::float(w),
        None => Value::None,
    })
}

#[method("asyncio.Timeout", "reschedule($self, when)", style = py, raw)]
fn t_reschedule(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_timeout(ip, args)?;
    let when = timeout_secs(ip, &args[1])?;
    reschedule(ip, o, when)?;
    Ok(Value::None)
}

#[method("asyncio.Timeout", "expired($self)", style = py, raw)]
fn t_expired(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let s = timeout_of(recv_timeout(ip, args)?).state.get();
    Ok(Value::bool(matches!(s, TState::Expiring | TState::Expired)))
}

#[method("asyncio.Timeout", "__aenter__($self)", style = py, raw)]
fn t_aenter(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_timeout(ip, args)?.clone();
    Ok(native_coro(
        "__aenter__",
        "Timeout.__aenter__",
        move |ipr| async move {
            let ip = &*ipr;
            let t = timeout_of(&o);
            if t.state.get() != TState::Created {
                return Err(ip.err(ExcKind::RuntimeError, "Timeout has already been entered"));
            }
            let task = ip.event_loop.current_task.borrow().clone();
            let Some(task) = task else {
                return Err(ip.err(
                    ExcKind::RuntimeError,
                    "Timeout should be used inside a task",
                ));
            };
            t.state.set(TState::Entered);
            t.cancelling
                .set(task.task.as_ref().map_or(0, |td| td.cancels_requested()));
            *t.task.borrow_mut() = Some(task);
            reschedule(ip, &o, t.when.get())?;
            Ok(Value::Native(o.clone()))
        },
    ))
}

#[method("asyncio.Timeout", "__aexit__($self, exc_type, exc_val, exc_tb)", style = py, raw)]
fn t_aexit(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_timeout(ip, args)?.clone();
    let exc_type = args.get(1).cloned().unwrap_or(Value::None);
    let exc_val = args.get(2).cloned().unwrap_or(Value::None);
    Ok(native_coro(
        "__aexit__",
        "Timeout.__aexit__",
        move |ipr| async move {
            let ip = &*ipr;
            let t = timeout_of(&o);
            if let Some(h) = t.handler.borrow_mut().take() {
                h.set(true);
            }
            match t.state.get() {
                TState::Expiring => {
                    t.state.set(TState::Expired);
                    let task = t.task.borrow().clone();
                    let remaining = match task.as_ref().and_then(|t| t.task.as_ref()) {
                        Some(td) => {
                            let n = td.cancels_requested().saturating_sub(1);
                            td.set_cancels_requested(n);
                            n
                        }
                        None => 0,
                    };
                    let is_cancel = matches!(&exc_type,
                    Value::Class(c) if Rc::ptr_eq(c, ip.exc_class(ExcKind::CancelledError)));
                    if remaining <= t.cancelling.get() && is_cancel {
                        // `raise TimeoutError from exc_val`
                        return Err(match exc_val {
                            Value::Exception(e) => timeout_from(ip, Exc(e)),
                            _ => ip.err_noargs(ExcKind::TimeoutError),
                        });
                    }
                }
                TState::Entered => t.state.set(TState::Exited),
                _ => {}
            }
            Ok(Value::None)
        },
    ))
}

static TIMEOUT: ClassSpec = ClassSpec {
    key: "asyncio.Timeout",
    module: "asyncio.timeouts",
    name: "Timeout",
    base: None,
    new: None,
    methods: &[],
};

pub fn register(ip: &Interp, m: &ModuleObj) {
    for name in ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"] {
        m.set(crate::intern::intern(name), Value::str(name));
    }
    m.set(
        crate::intern::intern("Timeout"),
        Value::Class(crate::stdlib::class(ip, &TIMEOUT)),
    );
}
