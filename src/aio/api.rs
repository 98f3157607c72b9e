//! The rest of the Future and Task API (`add_done_callback`, `exception`, `set_result`, …),
//! the loop object `get_running_loop()` returns, and the module's small functions
//! (`current_task`, `all_tasks`, `iscoroutine`, …), as CPython's `futures.py`, `tasks.py` and
//! `base_events.py` have them.

use std::cell::Cell;
use std::rc::Rc;

use crate::aio::event_loop::Handle;
use crate::aio::future::{DoneCb, FutureObj};
use crate::aio::objects::{aio, recv, AioObj};
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::stdlib::{ClassSpec, Native, NativeObj};
use corun_macros::{function, method, staticmethod};

/// The exception `set_exception` and `throw` take: an instance, or a class to instantiate.
pub fn exception_arg(ip: &Interp, v: &Value) -> PyResult<Exc> {
    let v = match v {
        Value::Class(c) if c.is_subclass(ip.exc_class(ExcKind::BaseException)) => {
            crate::stdlib::call_with(ip, v, &[])?
        }
        _ => v.clone(),
    };
    match v {
        Value::Exception(e) => Ok(Exc(e)),
        _ => ip.type_error("invalid exception object"),
    }
}

// ---- the loop object ----

thread_local! {
    /// The current loop object: the one running, or the last one made or set.
    static LOOP: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
    /// The loop `set_event_loop` set (what `get_event_loop()` gives outside a running loop).
    static SET_LOOP: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
    /// Set once the tasks left at exit have been reported: no second report as they go.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

fn make_loop_object(ip: &Interp) -> Value {
    Value::Native(Rc::new(NativeObj {
        class: crate::stdlib::class(ip, &LOOP_SPEC),
        kind: Native::Aio(AioObj::Loop(Cell::new(false))),
    }))
}

/// The current loop object (corun runs one event loop at a time; each loop object made by
/// `asyncio.run` or `new_event_loop` stands for it while it is current).
pub fn loop_object(ip: &Interp) -> Value {
    if let Some(v) = LOOP.with(|l| l.borrow().clone()) {
        return v;
    }
    let v = make_loop_object(ip);
    LOOP.with(|l| *l.borrow_mut() = Some(v.clone()));
    v
}

/// A fresh loop object made current (`asyncio.run`, `new_event_loop`), in debug mode when
/// `PYTHONASYNCIODEBUG` is set.
pub fn new_loop_object(ip: &Interp) -> Value {
    let v = make_loop_object(ip);
    ip.event_loop.debug.set(
        std::env::var("PYTHONASYNCIODEBUG")
            .map(|v| !v.is_empty())
            .unwrap_or(false),
    );
    LOOP.with(|l| *l.borrow_mut() = Some(v.clone()));
    v
}

pub fn is_current_loop(o: &Rc<NativeObj>) -> bool {
    LOOP.with(|l| matches!(&*l.borrow(), Some(Value::Native(x)) if Rc::ptr_eq(x, o)))
}

fn loop_closed_flag(v: &Value) -> Option<&Cell<bool>> {
    match v {
        Value::Native(o) => match &o.kind {
            Native::Aio(AioObj::Loop(c)) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

/// Closes the loop: what is still scheduled goes away (a task dropped while pending reports
/// "Task was destroyed but it is pending!").
pub fn close_loop(ip: &Interp, lp: &Value) {
    if let Some(c) = loop_closed_flag(lp) {
        if c.get() {
            return;
        }
        c.set(true);
    }
    ip.event_loop.clear();
}

/// True once the tasks left at exit have been reported.
pub fn loop_closing_quietly(_ip: &Interp) -> bool {
    QUIET.with(|q| q.get())
}

/// At exit, as CPython's last garbage collection finds them: the tasks still pending are
/// destroyed (their coroutines shown as done when their loop was closed), and their coroutines
/// closed.
pub fn report_pending_at_exit(ip: &Interp) {
    let pending = ip.event_loop.pending_tasks();
    let closed = LOOP.with(|l| {
        l.borrow()
            .as_ref()
            .and_then(loop_closed_flag)
            .map(|c| c.get())
            .unwrap_or(true)
    });
    if !pending.is_empty() {
        ip.flush_out();
    }
    for t in pending.iter().filter(|t| t.logs_destroy_pending()) {
        if closed {
            crate::aio::future::CORO_AS_DONE.with(|c| c.set(true));
        }
        call_exception_handler(
            ip,
            vec![
                ("task", Value::Future(t.clone())),
                (
                    "message",
                    Value::str("Task was destroyed but it is pending!"),
                ),
            ],
        );
        crate::aio::future::CORO_AS_DONE.with(|c| c.set(false));
    }
    QUIET.with(|q| q.set(true));
    // Their coroutines are finalized, in the order the tasks were made, as CPython's last
    // collection does: one that was suspended is closed (the `finally` blocks around what it
    // was awaiting run), one that never started warns that it was never awaited.
    for t in &pending {
        if let Some(td) = &t.task {
            crate::runtime::coroutine::finalize_in_collection(ip, &td.coro);
        }
    }
    ip.event_loop.tasks.borrow_mut().clear();
}

fn recv_loop<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) if loop_closed_flag(v).is_some() => Ok(v),
        _ => ip.type_error(format!(
            "descriptor '{}' requires a 'BaseEventLoop' object",
            name
        )),
    }
}

pub fn check_closed(ip: &Interp, lp: &Value) -> PyResult<()> {
    if loop_closed_flag(lp).map(|c| c.get()).unwrap_or(false) {
        return Err(ip.err(ExcKind::RuntimeError, "Event loop is closed"));
    }
    Ok(())
}

/// `loop.run_until_complete(future)`, as `base_events.py` has it.
pub fn run_until_complete_on(ip: &Interp, lp: &Value, fut: &Value) -> PyResult<Value> {
    check_closed(ip, lp)?;
    if ip.event_loop.running.get() {
        return Err(ip.err(ExcKind::RuntimeError, "This event loop is already running"));
    }
    LOOP.with(|l| *l.borrow_mut() = Some(lp.clone()));
    let new_task = !matches!(fut, Value::Future(_));
    let f = crate::aio::ensure_future(ip, fut)?;
    let r = ip.event_loop.run_until_complete(ip, &f);
    if new_task && f.is_done() && !f.is_cancelled() {
        f.log_traceback.set(false);
    }
    r
}

/// `loop.shutdown_asyncgens()`: a coroutine closing the async generators still open.
#[method("asyncio._UnixSelectorEventLoop", "shutdown_asyncgens($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn shutdown_asyncgens(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "shutdown_asyncgens")?;
    Ok(Value::Coroutine(crate::aio::shutdown_asyncgens_coro()))
}

/// `loop.shutdown_default_executor()`: a coroutine waiting for the default executor's threads.
#[method("asyncio._UnixSelectorEventLoop", "shutdown_default_executor($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn shutdown_default_executor(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "shutdown_default_executor")?;
    Ok(Value::Coroutine(
        crate::aio::shutdown_default_executor_coro(),
    ))
}

#[method("asyncio._UnixSelectorEventLoop", "run_until_complete($self, future)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_run_until_complete(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let lp = recv_loop(ip, args, "run_until_complete")?;
    run_until_complete_on(ip, lp, &args[1])
}

#[method("asyncio._UnixSelectorEventLoop", "run_forever($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_run_forever(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let lp = recv_loop(ip, args, "run_forever")?;
    check_closed(ip, lp)?;
    if ip.event_loop.running.get() {
        return Err(ip.err(ExcKind::RuntimeError, "This event loop is already running"));
    }
    LOOP.with(|l| *l.borrow_mut() = Some(lp.clone()));
    ip.event_loop.run_forever(ip)?;
    Ok(Value::None)
}

#[method("asyncio._UnixSelectorEventLoop", "stop($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_stop(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "stop")?;
    ip.event_loop.stop();
    Ok(Value::None)
}

#[method("asyncio._UnixSelectorEventLoop", "close($self)", style = py, raw)]
fn loop_close(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let lp = recv_loop(ip, args, "close")?;
    if ip.event_loop.running.get() && loop_closed_flag(lp).map(|c| !c.get()).unwrap_or(false) {
        if let Value::Native(o) = lp {
            if is_current_loop(o) {
                return Err(ip.err(ExcKind::RuntimeError, "Cannot close a running event loop"));
            }
        }
    }
    close_loop(ip, lp);
    Ok(Value::None)
}

#[method("asyncio._UnixSelectorEventLoop", "set_debug($self, enabled)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_set_debug(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "set_debug")?;
    ip.event_loop.debug.set(ops::truthy(ip, &args[1])?);
    Ok(Value::None)
}

#[method("asyncio._UnixSelectorEventLoop", "get_debug($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_get_debug(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "get_debug")?;
    Ok(Value::bool(ip.event_loop.debug.get()))
}

/// A function of `_asyncio_threads` (src/lib_py/_asyncio_threads.py), called with `args`.
fn call_threads_helper(ip: &Interp, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::runtime::modules::import_dotted(ip, "_asyncio_threads")?;
    let Value::Module(m) = m else {
        return Err(ip.err(ExcKind::ImportError, "_asyncio_threads"));
    };
    let f = m
        .get(intern(name))
        .ok_or_else(|| ip.err(ExcKind::AttributeError, name.to_string()))?;
    crate::stdlib::call_with(ip, &f, args)
}

/// `loop.run_in_executor(executor, func, *args)`: `func` runs in a thread of `executor` (the
/// loop's default `ThreadPoolExecutor` for None) while the loop goes on.
#[method("asyncio._UnixSelectorEventLoop", "run_in_executor($self, executor, func, *args)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_run_in_executor(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("BaseEventLoop.run_in_executor() got an unexpected keyword argument");
    }
    let lp = recv_loop(ip, args, "run_in_executor")?;
    check_closed(ip, lp)?;
    if args.len() < 3 {
        return ip.type_error(format!(
            "BaseEventLoop.run_in_executor() missing {} required positional argument{}",
            3 - args.len(),
            if args.len() == 1 {
                "s: 'executor' and 'func'"
            } else {
                ": 'func'"
            }
        ));
    }
    call_threads_helper(ip, "run_in_executor", args)
}

/// `loop.call_soon_threadsafe(callback, *args, context=None)`: `call_soon` that wakes the
/// loop when it waits (a worker thread hands the loop its result this way).
#[method("asyncio._UnixSelectorEventLoop", "call_soon_threadsafe($self, callback, *args, context=None)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_call_soon_threadsafe(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (cb, cargs, ctx) = callback_args(ip, "call_soon_threadsafe", args, kw, 1)?;
    let site = crate::aio::event_loop::CallSite::new(None, debug_site(ip));
    let desc = with_created(ip, callback_source(ip, &cb, &cargs), site);
    let flag = ip
        .event_loop
        .call_soon_cancellable(Handle::call(cb, cargs, site, ctx));
    crate::threads::wake_loop();
    Ok(timer_handle(ip, flag, None, desc))
}

/// `asyncio.to_thread(func, /, *args, **kwargs)`: a coroutine that runs `func` in a thread
/// of the loop's default executor, in a copy of the caller's context.
#[function(asyncio, "to_thread(func, /, *args, **kwargs)", style = py)]
fn to_thread(
    _ip: &Interp,
    func: Value,
    args: &[Value],
    kw: &[(crate::intern::Symbol, Value)],
) -> PyResult<Value> {
    let rest = Value::tuple(args.to_vec());
    let kwargs = crate::runtime::dict::PyDict::new();
    for (k, v) in kw {
        kwargs.set_str(k.as_str(), v.clone());
    }
    let kwargs = Value::Dict(kwargs);
    Ok(crate::aio::objects::native_coro(
        "to_thread",
        "to_thread",
        move |ipr| async move {
            let ip = &*ipr;
            no_running_loop(ip)?;
            let lp = loop_object(ip);
            let f = call_threads_helper(ip, "to_thread", &[lp, func, rest, kwargs])?;
            crate::eval::suspend::await_value(ip, f).await
        },
    ))
}

/// `asyncio.wrap_future(future)`: an asyncio future is returned as it is (corun has no
/// `concurrent.futures`).
#[function(asyncio, "wrap_future(future, *, loop=None)", style = py)]
fn wrap_future(ip: &Interp, future: &Value, _loop: Option<&Value>) -> PyResult<Value> {
    match future {
        v @ Value::Future(_) => Ok(v.clone()),
        other if !matches!(other, Value::Instance(_)) => Err(ip.err(
            ExcKind::AssertionError,
            format!(
                "concurrent.futures.Future is expected, got {}",
                crate::runtime::repr::repr(ip, other)?
            ),
        )),
        other => {
            let lp = loop_object(ip);
            call_threads_helper(ip, "wrap_future", &[other.clone(), lp])
        }
    }
}

/// `asyncio.run_coroutine_threadsafe(coro, loop)`: from another thread, `coro` becomes a task
/// of `loop`; the caller gets a `concurrent.futures.Future` that ends as the task ends.
#[function(asyncio, "run_coroutine_threadsafe(coro, loop)", style = py)]
fn run_coroutine_threadsafe(ip: &Interp, coro: &Value, lp: &Value) -> PyResult<Value> {
    call_threads_helper(ip, "run_coroutine_threadsafe", &[coro.clone(), lp.clone()])
}

#[function(asyncio, "ensure_future(coro_or_future, *, loop=None)", style = py)]
fn ensure_future_fn(ip: &Interp, coro_or_future: &Value, _loop: Option<&Value>) -> PyResult<Value> {
    if !matches!(coro_or_future, Value::Future(_)) && !ip.event_loop.running.get() {
        // Outside a running loop a task goes to the current loop object.
        loop_object(ip);
    }
    Ok(Value::Future(crate::aio::ensure_future(
        ip,
        coro_or_future,
    )?))
}

#[function(asyncio, "new_event_loop()", style = py)]
fn new_event_loop(ip: &Interp) -> PyResult<Value> {
    Ok(new_loop_object(ip))
}

#[function(asyncio, "set_event_loop(loop)", style = py)]
fn set_event_loop(ip: &Interp, r#loop: &Value) -> PyResult<Value> {
    match r#loop {
        Value::None => SET_LOOP.with(|l| *l.borrow_mut() = None),
        v if loop_closed_flag(v).is_some() => {
            SET_LOOP.with(|l| *l.borrow_mut() = Some(v.clone()));
            LOOP.with(|l| *l.borrow_mut() = Some(v.clone()));
        }
        other => {
            return ip.type_error(format!(
                "loop must be an instance of AbstractEventLoop or None, not '{}'",
                ops::type_name(ip, other)
            ))
        }
    }
    Ok(Value::None)
}

/// `reprlib.repr`, as asyncio uses it for callback arguments and future results: long reprs
/// are shortened, containers show their first items.
pub fn short_repr(ip: &Interp, v: &Value) -> String {
    reprlib(ip, v, 6)
}

fn cut(s: &str, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return s.to_string();
    }
    let i = (max - 3) / 2;
    let j = max - 3 - i;
    let head: String = chars[..i].iter().collect();
    let tail: String = chars[chars.len() - j..].iter().collect();
    format!("{}...{}", head, tail)
}

/// `_possibly_sorted`: sorted when the items compare, else as they are.
fn possibly_sorted(ip: &Interp, mut items: Vec<Value>) -> Vec<Value> {
    use crate::syntax::ast::CmpOp;
    let mut failed = false;
    items.sort_by(|a, b| {
        if failed {
            return std::cmp::Ordering::Equal;
        }
        match ops::compare(ip, CmpOp::Lt, a, b) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match ops::compare(ip, CmpOp::Lt, b, a) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(_) => {
                    failed = true;
                    std::cmp::Ordering::Equal
                }
            },
            Err(_) => {
                failed = true;
                std::cmp::Ordering::Equal
            }
        }
    });
    items
}

fn reprlib_iterable(
    ip: &Interp,
    items: &[Value],
    level: usize,
    left: &str,
    right: &str,
    trail: &str,
) -> String {
    let n = items.len();
    let body = if level == 0 && n > 0 {
        "...".to_string()
    } else {
        let mut pieces: Vec<String> = items
            .iter()
            .take(6)
            .map(|x| reprlib(ip, x, level.saturating_sub(1)))
            .collect();
        if n > 6 {
            pieces.push("...".into());
        }
        pieces.join(", ")
    };
    let right = if n == 1 && !trail.is_empty() {
        format!("{}{}", trail, right)
    } else {
        right.to_string()
    };
    format!("{}{}{}", left, body, right)
}

fn reprlib(ip: &Interp, v: &Value, level: usize) -> String {
    let full = || crate::runtime::repr::repr(ip, v).unwrap_or_default();
    match v {
        Value::Str(s) => {
            let chars: Vec<char> = s.s.chars().collect();
            let first: String = chars.iter().take(30).collect();
            let r = crate::runtime::repr::str_repr(&first);
            if r.chars().count() <= 30 {
                return r;
            }
            let head: String = chars.iter().take(13).collect();
            let tail: String = chars[chars.len().saturating_sub(14)..].iter().collect();
            let r = crate::runtime::repr::str_repr(&format!("{}{}", head, tail));
            let rc: Vec<char> = r.chars().collect();
            let h: String = rc[..13.min(rc.len())].iter().collect();
            let t: String = rc[rc.len().saturating_sub(14)..].iter().collect();
            format!("{}...{}", h, t)
        }
        Value::Int(_) | Value::BigInt(_) => cut(&full(), 40),
        Value::List(l) => {
            let items = l.items.borrow().clone();
            reprlib_iterable(ip, &items, level, "[", "]", "")
        }
        Value::Tuple(t) => reprlib_iterable(ip, &t.items, level, "(", ")", ","),
        Value::Set(st) => {
            let items = st.items();
            if items.is_empty() {
                return "set()".into();
            }
            let items = possibly_sorted(ip, items);
            reprlib_iterable(ip, &items, level, "{", "}", "")
        }
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d.items();
            if pairs.is_empty() {
                return "{}".into();
            }
            if level == 0 {
                return "{...}".into();
            }
            let keys = possibly_sorted(ip, pairs.iter().map(|(k, _)| k.clone()).collect());
            let mut pieces = Vec::new();
            for k in keys.iter().take(4) {
                let val = pairs
                    .iter()
                    .find(|(x, _)| x.is(k))
                    .map(|(_, v)| v.clone())
                    .unwrap_or(Value::None);
                pieces.push(format!(
                    "{}: {}",
                    reprlib(ip, k, level - 1),
                    reprlib(ip, &val, level - 1)
                ));
            }
            if pairs.len() > 4 {
                pieces.push("...".into());
            }
            format!("{{{}}}", pieces.join(", "))
        }
        _ => cut(&full(), 30),
    }
}

/// `_format_callback_source(callback, args)`: `f(1, 'a') at x.py:3`.
pub fn callback_source(ip: &Interp, callable: &Value, args: &[Value]) -> String {
    let base = crate::aio::future::callable_desc(ip, callable);
    let (name, at) = match base.find("() at ") {
        Some(i) => (base[..i].to_string(), base[i + 2..].to_string()),
        None => (base.trim_end_matches("()").to_string(), String::new()),
    };
    let items: Vec<String> = args.iter().map(|a| short_repr(ip, a)).collect();
    format!("{}({}){}", name, items.join(", "), at)
}

pub fn handle_repr(cancelled: bool, when: Option<f64>, desc: &str) -> String {
    let mut info = vec![match when {
        Some(_) => "TimerHandle".to_string(),
        None => "Handle".to_string(),
    }];
    if cancelled {
        info.push("cancelled".into());
    }
    if let Some(w) = when {
        info.push(format!("when={}", crate::runtime::repr::float_repr(w)));
    }
    if !cancelled {
        info.push(desc.to_string());
    }
    format!("<{}>", info.join(" "))
}

/// What debug mode names when a step is slow: a task (shown as it is after the step) or a
/// handle.
pub enum SlowTarget {
    Task(Rc<FutureObj>),
    Text(String),
}

pub fn slow_target(h: &Handle) -> Option<SlowTarget> {
    let ip = crate::eval::current()?;
    match h {
        Handle::Step(t, _) => Some(SlowTarget::Task(t.clone())),
        Handle::Done(DoneCb::Wakeup(t), _) => Some(SlowTarget::Task(t.clone())),
        Handle::Done(cb @ (DoneCb::Py(_) | DoneCb::PyCtx(_)), f) => {
            Some(SlowTarget::Text(handle_repr(
                false,
                None,
                &callback_source(&ip, cb.py_callable()?, &[Value::Future(f.clone())]),
            )))
        }
        Handle::Call(call) => Some(SlowTarget::Text(handle_repr(
            false,
            call.site.when(),
            &with_created(
                &ip,
                callback_source(&ip, &call.callable, &call.args),
                call.site,
            ),
        ))),
        _ => None,
    }
}

/// `Executing <Task …> took 0.150 seconds`, as debug mode logs it.
pub fn report_slow(ip: &Interp, target: Option<SlowTarget>, secs: f64) {
    let desc = match target {
        Some(SlowTarget::Task(t)) => crate::aio::future::future_repr(ip, &t).unwrap_or_default(),
        Some(SlowTarget::Text(s)) => s,
        None => return,
    };
    ip.write_err(&format!("Executing {} took {:.3} seconds\n", desc, secs));
}

/// `loop.slow_callback_duration`.
pub fn loop_attr(ip: &Interp, name: crate::intern::Symbol) -> Option<Value> {
    match name.as_str() {
        "slow_callback_duration" => Some(Value::float(ip.event_loop.slow_callback_duration.get())),
        _ => None,
    }
}

/// Sets `loop.slow_callback_duration`; false for any other attribute.
pub fn loop_setattr(ip: &Interp, name: crate::intern::Symbol, v: &Value) -> PyResult<bool> {
    if name.as_str() != "slow_callback_duration" {
        return Ok(false);
    }
    let secs = match v {
        Value::Int(i) => *i as f64,
        Value::Float(f) => f.get(),
        other => {
            return ip.type_error(format!(
                "'<=' not supported between instances of 'float' and '{}'",
                ops::type_name(ip, other)
            ))
        }
    };
    ip.event_loop.slow_callback_duration.set(secs);
    Ok(true)
}

/// A callback that raised: reported as `call_exception_handler` does, and the loop goes on.
pub fn report_callback_error(
    ip: &Interp,
    callable: &Value,
    args: &[Value],
    site: crate::aio::event_loop::CallSite,
    e: &Exc,
) {
    let desc = callback_source(ip, callable, args);
    let handle = timer_handle(
        ip,
        Rc::new(Cell::new(false)),
        site.when(),
        with_created(ip, desc.clone(), site),
    );
    call_exception_handler(
        ip,
        vec![
            (
                "message",
                Value::str(&format!("Exception in callback {}", desc)),
            ),
            ("exception", Value::Exception(e.0.clone())),
            ("handle", handle),
        ],
    );
}

thread_local! {
    /// What `loop.set_exception_handler` set.
    static EXC_HANDLER: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// `loop.call_exception_handler(context)`: the handler the program set, or the default one.
pub fn call_exception_handler(ip: &Interp, ctx: Vec<(&str, Value)>) {
    let handler = EXC_HANDLER.with(|h| h.borrow().clone());
    if let Some(h) = handler {
        let d = crate::runtime::dict::PyDict::new();
        for (k, v) in &ctx {
            let _ = crate::runtime::dict::set(ip, &d, Value::str(k), v.clone());
        }
        let args = [loop_object(ip), Value::Dict(d)];
        if let Err(e) = crate::stdlib::call_with(ip, &h, &args) {
            let mut inner = vec![(
                "message",
                Value::str("Unhandled error in exception handler"),
            )];
            inner.push(("exception", Value::Exception(e.0.clone())));
            let dd = crate::runtime::dict::PyDict::new();
            for (k, v) in &ctx {
                let _ = crate::runtime::dict::set(ip, &dd, Value::str(k), v.clone());
            }
            inner.push(("context", Value::Dict(dd)));
            default_exception_handler(ip, &inner);
        }
        return;
    }
    default_exception_handler(ip, &ctx);
}

/// `BaseEventLoop.default_exception_handler`: the message, then the other keys sorted, then
/// the exception's traceback.
pub fn default_exception_handler(ip: &Interp, ctx: &[(&str, Value)]) {
    let get = |k: &str| ctx.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
    let message = match get("message") {
        Some(Value::Str(s)) if !s.s.is_empty() => s.s.to_string(),
        Some(v) if !v.is_none() => crate::runtime::repr::str_of(ip, &v).unwrap_or_default(),
        _ => "Unhandled exception in event loop".to_string(),
    };
    let mut lines = vec![message];
    let mut keys: Vec<&str> = ctx
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| *k != "message" && *k != "exception")
        .collect();
    keys.sort();
    keys.dedup();
    for k in keys {
        let v = get(k).unwrap_or(Value::None);
        let r = crate::runtime::repr::repr(ip, &v).unwrap_or_default();
        lines.push(format!("{}: {}", k, r));
    }
    let mut s = lines.join("\n");
    s.push('\n');
    if let Some(Value::Exception(e)) = get("exception") {
        s.push_str(&crate::diagnostics::format_traceback(ip, &Exc(e)));
    }
    ip.flush_if_tty();
    ip.write_err(&s);
}

#[method("asyncio._UnixSelectorEventLoop", "set_exception_handler($self, handler)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_set_exception_handler(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "set_exception_handler")?;
    let h = &args[1];
    if h.is_none() {
        EXC_HANDLER.with(|x| *x.borrow_mut() = None);
        return Ok(Value::None);
    }
    if !is_callable(h) {
        return ip.type_error(format!(
            "A callable object or None is expected, got {}",
            crate::runtime::repr::repr(ip, h)?
        ));
    }
    EXC_HANDLER.with(|x| *x.borrow_mut() = Some(h.clone()));
    Ok(Value::None)
}

#[method("asyncio._UnixSelectorEventLoop", "get_exception_handler($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_get_exception_handler(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "get_exception_handler")?;
    Ok(EXC_HANDLER
        .with(|x| x.borrow().clone())
        .unwrap_or(Value::None))
}

fn context_items(ip: &Interp, v: &Value) -> PyResult<Vec<(String, Value)>> {
    let Value::Dict(d) = v else {
        return ip.type_error(format!(
            "'{}' object is not a mapping",
            ops::type_name(ip, v)
        ));
    };
    let pairs: Vec<(Value, Value)> = d.items();
    let mut out = Vec::new();
    for (k, v) in pairs {
        out.push((crate::runtime::repr::str_of(ip, &k)?, v));
    }
    Ok(out)
}

#[method("asyncio._UnixSelectorEventLoop", "call_exception_handler($self, context)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_call_exception_handler(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "call_exception_handler")?;
    let items = context_items(ip, &args[1])?;
    let ctx: Vec<(&str, Value)> = items.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    call_exception_handler(ip, ctx);
    Ok(Value::None)
}

#[method("asyncio._UnixSelectorEventLoop", "default_exception_handler($self, context)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_default_exception_handler(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_loop(ip, args, "default_exception_handler")?;
    let items = context_items(ip, &args[1])?;
    let ctx: Vec<(&str, Value)> = items.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    default_exception_handler(ip, &ctx);
    Ok(Value::None)
}

fn no_running_loop(ip: &Interp) -> PyResult<()> {
    if !ip.event_loop.running.get() {
        return Err(ip.err(ExcKind::RuntimeError, "no running event loop"));
    }
    Ok(())
}

#[method("asyncio._UnixSelectorEventLoop", "create_future($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_create_future(_ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::Future(FutureObj::new()))
}

#[method("asyncio._UnixSelectorEventLoop", "create_task($self, coro, *, name=None, context=None)", style = py, defined_in = "BaseEventLoop")]
fn loop_create_task(
    ip: &Interp,
    _this: &Value,
    coro: &Value,
    name: Option<&Value>,
    context: Option<Value>,
) -> PyResult<Value> {
    let Value::Coroutine(c) = coro else {
        let r = crate::runtime::repr::repr(ip, coro)?;
        return ip.type_error(format!("a coroutine was expected, got {}", r));
    };
    let name = match name {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::runtime::repr::str_of(ip, v)?),
    };
    Ok(Value::Future(crate::aio::new_task_in(
        ip,
        c.clone(),
        name,
        context,
    )?))
}

fn timer_handle(ip: &Interp, flag: Rc<Cell<bool>>, when: Option<f64>, desc: String) -> Value {
    Value::Native(Rc::new(NativeObj {
        class: crate::stdlib::class(
            ip,
            if when.is_some() {
                &TIMER_HANDLE
            } else {
                &HANDLE
            },
        ),
        kind: Native::Aio(AioObj::TimerHandle(flag, when, Rc::from(desc))),
    }))
}

/// Where the running code is, in debug mode (what a handle made now records).
fn debug_site(ip: &Interp) -> Option<(u32, u32)> {
    ip.event_loop
        .debug
        .get()
        .then(|| (ip.cur_file.get(), ip.cur_pos.get()))
}

/// A handle's text with ` created at x.py:14` when debug mode recorded where it was made.
fn with_created(ip: &Interp, desc: String, site: crate::aio::event_loop::CallSite) -> String {
    match site
        .created()
        .and_then(|(f, p)| crate::aio::future::source_location(ip, f, p))
    {
        Some(loc) => format!("{} created at {}", desc, loc),
        None => desc,
    }
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        v @ Value::Instance(_) => {
            crate::eval::classes::user_method(v, crate::intern::sym::__call__).is_some()
        }
        Value::Native(o) => crate::stdlib::is_callable(o),
        _ => false,
    }
}

fn callback_args(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    skip: usize,
) -> PyResult<(Value, Vec<Value>, Option<Value>)> {
    // The binder has checked the call: `context` is the only keyword left.
    let context = kw.first().map(|(_, v)| v.clone());
    let cb = &args[skip];
    // As CPython's `_check_callback`, which `call_later` reaches through `call_at`.
    let checker = if name == "call_later" {
        "call_at"
    } else {
        name
    };
    if matches!(cb, Value::Coroutine(_)) || is_async_function(cb) {
        return ip.type_error(format!("coroutines cannot be used with {}()", checker));
    }
    if !is_callable(cb) {
        return ip.type_error(format!(
            "a callable object was expected by {}(), got {}",
            checker,
            crate::runtime::repr::repr(ip, cb)?
        ));
    }
    let context = crate::aio::context::given_or_copy(ip, context)?;
    Ok((cb.clone(), args[skip + 1..].to_vec(), context))
}

#[method("asyncio._UnixSelectorEventLoop", "call_soon($self, callback, *args, context=None)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_call_soon(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (cb, cargs, ctx) = callback_args(ip, "call_soon", args, kw, 1)?;
    let site = crate::aio::event_loop::CallSite::new(None, debug_site(ip));
    let desc = with_created(ip, callback_source(ip, &cb, &cargs), site);
    let flag = ip
        .event_loop
        .call_soon_cancellable(Handle::call(cb, cargs, site, ctx));
    Ok(timer_handle(ip, flag, None, desc))
}

fn seconds(ip: &Interp, v: Option<&Value>, what: &str) -> PyResult<f64> {
    match v {
        Some(Value::Int(i)) => Ok(*i as f64),
        Some(Value::Float(f)) => Ok(f.get()),
        Some(Value::Bool(b)) => Ok(*b as i64 as f64),
        Some(other) => ip.type_error(format!(
            "unsupported operand type(s) for +: 'float' and '{}'",
            ops::type_name(ip, other)
        )),
        None => ip.type_error(format!(
            "BaseEventLoop.{}() missing 2 required positional arguments",
            what
        )),
    }
}

#[method("asyncio._UnixSelectorEventLoop", "call_later($self, delay, callback, *args, context=None)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_call_later(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let delay = seconds(ip, args.get(1), "call_later")?;
    let (cb, cargs, ctx) = callback_args(ip, "call_later", args, kw, 2)?;
    let when = ip.event_loop.time() + delay;
    let site = crate::aio::event_loop::CallSite::new(Some(when), debug_site(ip));
    let desc = with_created(ip, callback_source(ip, &cb, &cargs), site);
    let flag = ip
        .event_loop
        .call_at(when, Handle::call(cb, cargs, site, ctx));
    Ok(timer_handle(ip, flag, Some(when), desc))
}

#[method("asyncio._UnixSelectorEventLoop", "call_at($self, when, callback, *args, context=None)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_call_at(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let when = seconds(ip, args.get(1), "call_at")?;
    let (cb, cargs, ctx) = callback_args(ip, "call_at", args, kw, 2)?;
    let site = crate::aio::event_loop::CallSite::new(Some(when), debug_site(ip));
    let desc = with_created(ip, callback_source(ip, &cb, &cargs), site);
    let flag = ip
        .event_loop
        .call_at(when, Handle::call(cb, cargs, site, ctx));
    Ok(timer_handle(ip, flag, Some(when), desc))
}

#[method("asyncio._UnixSelectorEventLoop", "time($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_time(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::float(ip.event_loop.time()))
}

#[method("asyncio._UnixSelectorEventLoop", "is_running($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_is_running(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let running = match &args[0] {
        Value::Native(o) => is_current_loop(o) && ip.event_loop.running.get(),
        _ => false,
    };
    Ok(Value::bool(running))
}

#[method("asyncio._UnixSelectorEventLoop", "is_closed($self)", style = py, raw, defined_in = "BaseEventLoop")]
fn loop_is_closed(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let lp = recv_loop(ip, args, "is_closed")?;
    Ok(Value::bool(
        loop_closed_flag(lp).map(|c| c.get()).unwrap_or(false),
    ))
}

fn handle_of<'a>(ip: &Interp, args: &'a [Value]) -> PyResult<(&'a Rc<Cell<bool>>, Option<f64>)> {
    match aio(recv(ip, args, "Handle")?) {
        AioObj::TimerHandle(c, w, _) => Ok((c, *w)),
        _ => ip.type_error("descriptor requires a 'Handle' object"),
    }
}

#[method("asyncio.Handle", "cancel($self)", style = py, raw)]
fn handle_cancel(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    handle_of(ip, args)?.0.set(true);
    Ok(Value::None)
}

#[method("asyncio.TimerHandle", "cancel($self)", style = py, raw)]
fn timer_handle_cancel(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    handle_cancel(ip, args, kw)
}

#[method("asyncio.Handle", "cancelled($self)", style = py, raw)]
fn handle_cancelled(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::bool(handle_of(ip, args)?.0.get()))
}

#[method("asyncio.TimerHandle", "when($self)", style = py, raw)]
fn handle_when(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::float(handle_of(ip, args)?.1.unwrap_or(0.0)))
}

// ---- module functions ----

#[function(asyncio, "current_task(loop=None)", style = py)]
fn current_task(ip: &Interp, _loop: Option<&Value>) -> PyResult<Value> {
    no_running_loop(ip)?;
    Ok(match &*ip.event_loop.current_task.borrow() {
        Some(t) => Value::Future(t.clone()),
        None => Value::None,
    })
}

#[function(asyncio, "all_tasks(loop=None)", style = py)]
fn all_tasks(ip: &Interp, _loop: Option<&Value>) -> PyResult<Value> {
    no_running_loop(ip)?;
    let s = crate::runtime::set::PySet::new();
    for t in ip.event_loop.pending_tasks() {
        crate::runtime::set::add(ip, &s, Value::Future(t))?;
    }
    Ok(Value::Set(s))
}

#[function(asyncio, "get_running_loop()", style = noargs, defined_in = "_asyncio")]
fn get_running_loop(ip: &Interp) -> PyResult<Value> {
    no_running_loop(ip)?;
    Ok(loop_object(ip))
}

#[function(asyncio, "get_event_loop()", style = noargs, defined_in = "_asyncio")]
fn get_event_loop(ip: &Interp) -> PyResult<Value> {
    if ip.event_loop.running.get() {
        return Ok(loop_object(ip));
    }
    if let Some(v) = SET_LOOP.with(|l| l.borrow().clone()) {
        return Ok(v);
    }
    // CPython 3.11's DeprecationWarning here is attributed to asyncio's own file, so the
    // default filters hide it.
    let v = new_loop_object(ip);
    SET_LOOP.with(|l| *l.borrow_mut() = Some(v.clone()));
    Ok(v)
}

#[function(asyncio, "iscoroutine(obj)", style = py)]
fn iscoroutine(_ip: &Interp, obj: &Value) -> PyResult<bool> {
    Ok(matches!(obj, Value::Coroutine(_)))
}

pub(crate) fn is_async_function(v: &Value) -> bool {
    match v {
        Value::Function(f) => f.def.is_async && !f.def.scope.is_generator,
        Value::BoundMethod(m) => is_async_function(&m.func),
        _ => false,
    }
}

#[function(asyncio, "iscoroutinefunction(func)", style = py)]
fn iscoroutinefunction(ip: &Interp, func: &Value) -> PyResult<bool> {
    match func {
        Value::Function(_) | Value::BoundMethod(_) => Ok(is_async_function(func)),
        Value::Builtin(_) | Value::Class(_) | Value::None => Ok(false),
        // Partials, methods of other callables and objects that stand in for coroutine
        // functions (`AsyncMock`): as `inspect.iscoroutinefunction` sees them.
        _ => {
            let inspect = crate::runtime::modules::import_dotted(ip, "inspect")?;
            let check = crate::eval::ops::getattr(ip, &inspect, intern("iscoroutinefunction"))?;
            let r = crate::stdlib::call_with(ip, &check, std::slice::from_ref(func))?;
            crate::eval::ops::truthy(ip, &r)
        }
    }
}

#[function(asyncio, "isfuture(obj)", style = py)]
fn isfuture(_ip: &Interp, obj: &Value) -> PyResult<bool> {
    Ok(matches!(obj, Value::Future(_)))
}

/// `asyncio.Future(*, loop=None)`.
#[staticmethod(Future, "Future($type, *, loop=None)", attr = "__new__")]
pub fn new_future(_ip: &Interp, _cls: &Value, _loop: Option<&Value>) -> PyResult<Value> {
    Ok(Value::Future(FutureObj::new()))
}

/// `asyncio.Task(coro, *, loop=None, name=None, context=None)`.
#[staticmethod(
    Task,
    "Task($type, coro, *, loop=None, name=None, context=None)",
    attr = "__new__"
)]
pub fn new_task_object(
    ip: &Interp,
    _cls: &Value,
    coro: &Value,
    _loop: Option<&Value>,
    name: Option<&Value>,
    context: Option<Value>,
) -> PyResult<Value> {
    no_running_loop(ip)?;
    let Value::Coroutine(c) = coro else {
        let r = crate::runtime::repr::repr(ip, coro)?;
        return ip.type_error(format!("a coroutine was expected, got {}", r));
    };
    let name = match name {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::runtime::repr::str_of(ip, v)?),
    };
    Ok(Value::Future(crate::aio::new_task_in(
        ip,
        c.clone(),
        name,
        context,
    )?))
}

/// `asyncio.AbstractEventLoop()`: an instance of it, or of a program's subclass, is an
/// ordinary object (the class holds no native state).
fn abstract_loop_new(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::Instance(crate::runtime::instance::Instance::new(
            c.clone(),
        ))),
        _ => ip.type_error("AbstractEventLoop.__new__(X): X is not a type object"),
    }
}

/// A method of `AbstractEventLoop`: as CPython's, it raises a bare NotImplementedError for a
/// subclass to define it.
fn abstract_loop_method(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Err(ip.err_noargs(ExcKind::NotImplementedError))
}

macro_rules! abstract_loop_methods {
    ($($id:ident = $name:literal,)*) => {
        $(static $id: crate::runtime::object::BuiltinFn = crate::runtime::object::BuiltinFn {
            name: $name,
            owner: Some("AbstractEventLoop"),
            call: abstract_loop_method,
            sig: None,
        };)*
        static ABSTRACT_LOOP_METHODS: &[&crate::runtime::object::BuiltinFn] = &[$(&$id),*];
    };
}

abstract_loop_methods! {
    ABSTRACT_TIMER_HANDLE_CANCELLED = "_timer_handle_cancelled",
    ABSTRACT_ADD_READER = "add_reader",
    ABSTRACT_ADD_SIGNAL_HANDLER = "add_signal_handler",
    ABSTRACT_ADD_WRITER = "add_writer",
    ABSTRACT_CALL_AT = "call_at",
    ABSTRACT_CALL_EXCEPTION_HANDLER = "call_exception_handler",
    ABSTRACT_CALL_LATER = "call_later",
    ABSTRACT_CALL_SOON = "call_soon",
    ABSTRACT_CALL_SOON_THREADSAFE = "call_soon_threadsafe",
    ABSTRACT_CLOSE = "close",
    ABSTRACT_CONNECT_ACCEPTED_SOCKET = "connect_accepted_socket",
    ABSTRACT_CONNECT_READ_PIPE = "connect_read_pipe",
    ABSTRACT_CONNECT_WRITE_PIPE = "connect_write_pipe",
    ABSTRACT_CREATE_CONNECTION = "create_connection",
    ABSTRACT_CREATE_DATAGRAM_ENDPOINT = "create_datagram_endpoint",
    ABSTRACT_CREATE_FUTURE = "create_future",
    ABSTRACT_CREATE_SERVER = "create_server",
    ABSTRACT_CREATE_TASK = "create_task",
    ABSTRACT_CREATE_UNIX_CONNECTION = "create_unix_connection",
    ABSTRACT_CREATE_UNIX_SERVER = "create_unix_server",
    ABSTRACT_DEFAULT_EXCEPTION_HANDLER = "default_exception_handler",
    ABSTRACT_GET_DEBUG = "get_debug",
    ABSTRACT_GET_EXCEPTION_HANDLER = "get_exception_handler",
    ABSTRACT_GET_TASK_FACTORY = "get_task_factory",
    ABSTRACT_GETADDRINFO = "getaddrinfo",
    ABSTRACT_GETNAMEINFO = "getnameinfo",
    ABSTRACT_IS_CLOSED = "is_closed",
    ABSTRACT_IS_RUNNING = "is_running",
    ABSTRACT_REMOVE_READER = "remove_reader",
    ABSTRACT_REMOVE_SIGNAL_HANDLER = "remove_signal_handler",
    ABSTRACT_REMOVE_WRITER = "remove_writer",
    ABSTRACT_RUN_FOREVER = "run_forever",
    ABSTRACT_RUN_IN_EXECUTOR = "run_in_executor",
    ABSTRACT_RUN_UNTIL_COMPLETE = "run_until_complete",
    ABSTRACT_SENDFILE = "sendfile",
    ABSTRACT_SET_DEBUG = "set_debug",
    ABSTRACT_SET_DEFAULT_EXECUTOR = "set_default_executor",
    ABSTRACT_SET_EXCEPTION_HANDLER = "set_exception_handler",
    ABSTRACT_SET_TASK_FACTORY = "set_task_factory",
    ABSTRACT_SHUTDOWN_ASYNCGENS = "shutdown_asyncgens",
    ABSTRACT_SHUTDOWN_DEFAULT_EXECUTOR = "shutdown_default_executor",
    ABSTRACT_SOCK_ACCEPT = "sock_accept",
    ABSTRACT_SOCK_CONNECT = "sock_connect",
    ABSTRACT_SOCK_RECV = "sock_recv",
    ABSTRACT_SOCK_RECV_INTO = "sock_recv_into",
    ABSTRACT_SOCK_RECVFROM = "sock_recvfrom",
    ABSTRACT_SOCK_RECVFROM_INTO = "sock_recvfrom_into",
    ABSTRACT_SOCK_SENDALL = "sock_sendall",
    ABSTRACT_SOCK_SENDFILE = "sock_sendfile",
    ABSTRACT_SOCK_SENDTO = "sock_sendto",
    ABSTRACT_START_TLS = "start_tls",
    ABSTRACT_STOP = "stop",
    ABSTRACT_SUBPROCESS_EXEC = "subprocess_exec",
    ABSTRACT_SUBPROCESS_SHELL = "subprocess_shell",
    ABSTRACT_TIME = "time",
}

/// `asyncio.AbstractEventLoop` (`asyncio.events`): the methods every loop has, each raising
/// NotImplementedError until a subclass defines it.
static ABSTRACT_LOOP: ClassSpec = ClassSpec {
    key: "asyncio.AbstractEventLoop",
    module: "asyncio.events",
    name: "AbstractEventLoop",
    base: None,
    new: crate::stdlib::ctor(abstract_loop_new),
    methods: ABSTRACT_LOOP_METHODS,
};

/// `asyncio.BaseEventLoop` and `asyncio.selector_events.BaseSelectorEventLoop`: the classes
/// between CPython's loop and AbstractEventLoop. corun's loop defines its methods itself.
static BASE_LOOP: ClassSpec = ClassSpec {
    key: "asyncio.BaseEventLoop",
    module: "asyncio.base_events",
    name: "BaseEventLoop",
    base: Some(&ABSTRACT_LOOP),
    new: None,
    methods: &[],
};

static SELECTOR_LOOP: ClassSpec = ClassSpec {
    key: "asyncio.BaseSelectorEventLoop",
    module: "asyncio.selector_events",
    name: "BaseSelectorEventLoop",
    base: Some(&BASE_LOOP),
    new: None,
    methods: &[],
};

/// Whether a program's class may derive from the native class `c`: AbstractEventLoop, whose
/// instances are ordinary objects.
pub fn is_plain_class(ip: &Interp, c: &crate::runtime::object::Class) -> bool {
    ip.iter_classes
        .borrow()
        .get(ABSTRACT_LOOP.key)
        .is_some_and(|a| std::ptr::eq(&**a, c))
}

static LOOP_SPEC: ClassSpec = ClassSpec {
    key: "asyncio._UnixSelectorEventLoop",
    module: "asyncio.unix_events",
    name: "_UnixSelectorEventLoop",
    base: Some(&SELECTOR_LOOP),
    new: None,
    methods: &[],
};

static HANDLE: ClassSpec = ClassSpec {
    key: "asyncio.Handle",
    module: "asyncio.events",
    name: "Handle",
    base: None,
    new: None,
    methods: &[],
};

static TIMER_HANDLE: ClassSpec = ClassSpec {
    key: "asyncio.TimerHandle",
    module: "asyncio.events",
    name: "TimerHandle",
    base: Some(&HANDLE),
    new: None,
    methods: &[],
};

/// Puts the functions and classes into the module.
pub fn register(ip: &Interp, m: &ModuleObj) {
    m.set(
        intern("Handle"),
        Value::Class(crate::stdlib::class(ip, &HANDLE)),
    );
    m.set(
        intern("TimerHandle"),
        Value::Class(crate::stdlib::class(ip, &TIMER_HANDLE)),
    );
    for spec in [&ABSTRACT_LOOP, &BASE_LOOP] {
        m.set(
            intern(spec.name),
            Value::Class(crate::stdlib::class(ip, spec)),
        );
    }
    let _ = ExcObj::new;
}
