//! The rest of the Future and Task API (`add_done_callback`, `exception`, `set_result`, …),
//! the loop object `get_running_loop()` returns, and the module's small functions
//! (`current_task`, `all_tasks`, `iscoroutine`, …), as CPython's `futures.py`, `tasks.py` and
//! `base_events.py` have them.

use std::cell::Cell;
use std::rc::Rc;

use crate::aio::event_loop::Handle;
use crate::aio::future::{DoneCb, FutureObj};
use crate::aio::objects::{aio, recv, AioObj};
use crate::aio::take_kwargs;
use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::{BuiltinFn, Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::stdlib::{ClassSpec, Native, NativeObj};

fn recv_future<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<FutureObj>> {
    match args.first() {
        Some(Value::Future(f)) => Ok(f),
        _ => ip.type_error(format!(
            "descriptor '{}' requires a '_asyncio.Future' object",
            name
        )),
    }
}

fn recv_task<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<FutureObj>> {
    match args.first() {
        Some(Value::Future(f)) if f.task.is_some() => Ok(f),
        _ => ip.type_error(format!(
            "descriptor '{}' requires a '_asyncio.Task' object",
            name
        )),
    }
}

fn add_done_callback(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [_context] = take_kwargs(ip, "add_done_callback", kw, ["context"])?;
    check_args(ip, "add_done_callback", &args[1..], &[], 1, 1)?;
    let f = recv_future(ip, args, "add_done_callback")?;
    f.add_done_callback(ip, DoneCb::Py(args[1].clone()));
    Ok(Value::None)
}

fn remove_done_callback(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "remove_done_callback", &args[1..], kw, 1, 1)?;
    let f = recv_future(ip, args, "remove_done_callback")?;
    let cbs = std::mem::take(&mut *f.callbacks.borrow_mut());
    let mut kept = Vec::with_capacity(cbs.len());
    let mut removed = 0;
    for cb in cbs {
        let drop_it = match &cb {
            DoneCb::Py(v) => v.is(&args[1]) || ops::equals(ip, v, &args[1]).unwrap_or(false),
            _ => false,
        };
        if drop_it {
            removed += 1;
        } else {
            kept.push(cb);
        }
    }
    let mut cur = f.callbacks.borrow_mut();
    kept.append(&mut cur);
    *cur = kept;
    Ok(Value::Int(removed))
}

fn exception(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "exception", &args[1..], kw, 0, 0)?;
    let f = recv_future(ip, args, "exception")?;
    if f.is_cancelled() {
        return Err(f.make_cancelled_error(ip));
    }
    if !f.is_done() {
        return Err(ip.err(ExcKind::InvalidStateError, "Exception is not set."));
    }
    Ok(match &*f.exception.borrow() {
        Some(e) => Value::Exception(e.0.clone()),
        None => Value::None,
    })
}

fn set_result(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set_result", &args[1..], kw, 1, 1)?;
    let f = recv_future(ip, args, "set_result")?;
    if f.task.is_some() {
        return Err(ip.err(
            ExcKind::RuntimeError,
            "Task does not support set_result operation",
        ));
    }
    f.set_result(ip, args[1].clone())?;
    Ok(Value::None)
}

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

fn set_exception(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set_exception", &args[1..], kw, 1, 1)?;
    let f = recv_future(ip, args, "set_exception")?;
    if f.task.is_some() {
        return Err(ip.err(
            ExcKind::RuntimeError,
            "Task does not support set_exception operation",
        ));
    }
    if f.is_done() {
        return Err(ip.err(ExcKind::InvalidStateError, "invalid state"));
    }
    let e = exception_arg(ip, &args[1])?;
    if e.is_instance(ip.exc_class(ExcKind::StopIteration)) {
        return ip.type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        );
    }
    f.set_exception(ip, e)?;
    Ok(Value::None)
}

fn get_loop(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "get_loop", &args[1..], kw, 0, 0)?;
    recv_future(ip, args, "get_loop")?;
    Ok(loop_object(ip))
}

fn cancelling(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "cancelling", &args[1..], kw, 0, 0)?;
    let t = recv_task(ip, args, "cancelling")?;
    let td = t.task.as_ref().unwrap();
    Ok(Value::Int(td.num_cancels_requested.get() as i64))
}

fn uncancel(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "uncancel", &args[1..], kw, 0, 0)?;
    let t = recv_task(ip, args, "uncancel")?;
    let td = t.task.as_ref().unwrap();
    let n = td.num_cancels_requested.get();
    if n > 0 {
        td.num_cancels_requested.set(n - 1);
    }
    Ok(Value::Int(td.num_cancels_requested.get() as i64))
}

fn get_coro(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "get_coro", &args[1..], kw, 0, 0)?;
    let t = recv_task(ip, args, "get_coro")?;
    Ok(Value::Coroutine(t.task.as_ref().unwrap().coro.clone()))
}

fn set_name(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set_name", &args[1..], kw, 1, 1)?;
    let t = recv_task(ip, args, "set_name")?;
    let name = crate::runtime::repr::str_of(ip, &args[1])?;
    *t.task.as_ref().unwrap().name.borrow_mut() = name;
    Ok(Value::None)
}

// ---- the loop object ----

thread_local! {
    static LOOP: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// The one loop object (corun has one event loop per interpreter).
pub fn loop_object(ip: &Interp) -> Value {
    if let Some(v) = LOOP.with(|l| l.borrow().clone()) {
        return v;
    }
    let v = Value::Native(Rc::new(NativeObj {
        class: crate::stdlib::class(ip, &LOOP_SPEC),
        kind: Native::Aio(AioObj::Loop),
    }));
    LOOP.with(|l| *l.borrow_mut() = Some(v.clone()));
    v
}

fn no_running_loop(ip: &Interp) -> PyResult<()> {
    if !ip.event_loop.running.get() {
        return Err(ip.err(ExcKind::RuntimeError, "no running event loop"));
    }
    Ok(())
}

fn loop_create_future(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "create_future", &args[1..], kw, 0, 0)?;
    Ok(Value::Future(FutureObj::new()))
}

fn loop_create_task(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [name, _context] = take_kwargs(ip, "create_task", kw, ["name", "context"])?;
    check_args(ip, "create_task", &args[1..], &[], 1, 1)?;
    let Value::Coroutine(c) = &args[1] else {
        let r = crate::runtime::repr::repr(ip, &args[1])?;
        return ip.type_error(format!("a coroutine was expected, got {}", r));
    };
    let name = match name {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::runtime::repr::str_of(ip, &v)?),
    };
    Ok(Value::Future(crate::aio::new_task(ip, c.clone(), name)))
}

fn timer_handle(ip: &Interp, flag: Rc<Cell<bool>>, when: Option<f64>) -> Value {
    Value::Native(Rc::new(NativeObj {
        class: crate::stdlib::class(
            ip,
            if when.is_some() {
                &TIMER_HANDLE
            } else {
                &HANDLE
            },
        ),
        kind: Native::Aio(AioObj::TimerHandle(flag, when)),
    }))
}

fn callback_args(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    skip: usize,
) -> PyResult<(Value, Vec<Value>)> {
    let [_context] = take_kwargs(ip, name, kw, ["context"])?;
    let Some(cb) = args.get(skip) else {
        return ip.type_error(format!(
            "BaseEventLoop.{}() missing 1 required positional argument: 'callback'",
            name
        ));
    };
    let callable = match cb {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        v @ Value::Instance(_) => {
            crate::eval::classes::user_method(v, crate::intern::sym::__call__).is_some()
        }
        Value::Native(o) => crate::stdlib::is_callable(o),
        _ => false,
    };
    if !callable {
        return ip.type_error(format!(
            "a callable object was expected by {}(), got {}",
            name,
            crate::runtime::repr::repr(ip, cb)?
        ));
    }
    Ok((cb.clone(), args[skip + 1..].to_vec()))
}

fn loop_call_soon(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let (cb, cargs) = callback_args(ip, "call_soon", args, kw, 1)?;
    let flag = ip.event_loop.call_soon_cancellable(Handle::Call(cb, cargs));
    Ok(timer_handle(ip, flag, None))
}

fn seconds(ip: &Interp, v: Option<&Value>, what: &str) -> PyResult<f64> {
    match v {
        Some(Value::Int(i)) => Ok(*i as f64),
        Some(Value::Float(f)) => Ok(*f),
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

fn loop_call_later(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let delay = seconds(ip, args.get(1), "call_later")?;
    let (cb, cargs) = callback_args(ip, "call_later", args, kw, 2)?;
    let when = ip.event_loop.time() + delay;
    let flag = ip.event_loop.call_at(when, Handle::Call(cb, cargs));
    Ok(timer_handle(ip, flag, Some(when)))
}

fn loop_call_at(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let when = seconds(ip, args.get(1), "call_at")?;
    let (cb, cargs) = callback_args(ip, "call_at", args, kw, 2)?;
    let flag = ip.event_loop.call_at(when, Handle::Call(cb, cargs));
    Ok(timer_handle(ip, flag, Some(when)))
}

fn loop_time(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "time", &args[1..], kw, 0, 0)?;
    Ok(Value::Float(ip.event_loop.time()))
}

fn loop_is_running(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "is_running", &args[1..], kw, 0, 0)?;
    Ok(Value::Bool(ip.event_loop.running.get()))
}

fn loop_is_closed(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "is_closed", &args[1..], kw, 0, 0)?;
    Ok(Value::Bool(false))
}

fn handle_of<'a>(ip: &Interp, args: &'a [Value]) -> PyResult<(&'a Rc<Cell<bool>>, Option<f64>)> {
    match aio(recv(ip, args, "Handle")?) {
        AioObj::TimerHandle(c, w) => Ok((c, *w)),
        _ => ip.type_error("descriptor requires a 'Handle' object"),
    }
}

fn handle_cancel(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "cancel", &args[1..], kw, 0, 0)?;
    handle_of(ip, args)?.0.set(true);
    Ok(Value::None)
}

fn handle_cancelled(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "cancelled", &args[1..], kw, 0, 0)?;
    Ok(Value::Bool(handle_of(ip, args)?.0.get()))
}

fn handle_when(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "when", &args[1..], kw, 0, 0)?;
    Ok(Value::Float(handle_of(ip, args)?.1.unwrap_or(0.0)))
}

// ---- module functions ----

fn current_task(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [_loop] = take_kwargs(ip, "current_task", kw, ["loop"])?;
    check_args(ip, "current_task", args, &[], 0, 1)?;
    no_running_loop(ip)?;
    Ok(match &*ip.event_loop.current_task.borrow() {
        Some(t) => Value::Future(t.clone()),
        None => Value::None,
    })
}

fn all_tasks(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [_loop] = take_kwargs(ip, "all_tasks", kw, ["loop"])?;
    check_args(ip, "all_tasks", args, &[], 0, 1)?;
    no_running_loop(ip)?;
    let s = crate::runtime::set::PySet::new();
    for t in ip.event_loop.pending_tasks() {
        crate::runtime::set::add(ip, &s, Value::Future(t))?;
    }
    Ok(Value::Set(s))
}

fn get_running_loop(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "get_running_loop", args, kw, 0, 0)?;
    no_running_loop(ip)?;
    Ok(loop_object(ip))
}

fn get_event_loop(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "get_event_loop", args, kw, 0, 0)?;
    no_running_loop(ip)?;
    Ok(loop_object(ip))
}

fn iscoroutine(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "iscoroutine", args, kw, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::Coroutine(_))))
}

fn is_async_function(v: &Value) -> bool {
    match v {
        Value::Function(f) => f.def.is_async && !f.def.scope.is_generator,
        Value::BoundMethod(m) => is_async_function(&m.func),
        _ => false,
    }
}

fn iscoroutinefunction(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "iscoroutinefunction", args, kw, 1, 1)?;
    Ok(Value::Bool(is_async_function(&args[0])))
}

fn isfuture(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "isfuture", args, kw, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::Future(_))))
}

/// `asyncio.Future()`.
pub fn new_future(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [_loop] = take_kwargs(ip, "Future", kw, ["loop"])?;
    if !args.is_empty() {
        return ip.type_error(format!(
            "Future.__init__() takes 1 positional argument but {} were given",
            args.len() + 1
        ));
    }
    Ok(Value::Future(FutureObj::new()))
}

/// `asyncio.Task(coro, name=None)`.
pub fn new_task_object(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [coro_kw, name, _loop, _context] =
        take_kwargs(ip, "Task", kw, ["coro", "name", "loop", "context"])?;
    no_running_loop(ip)?;
    let coro = args.first().cloned().or(coro_kw);
    let Some(Value::Coroutine(c)) = coro else {
        let r = match &coro {
            Some(v) => crate::runtime::repr::repr(ip, v)?,
            None => "None".to_string(),
        };
        return ip.type_error(format!("a coroutine was expected, got {}", r));
    };
    let name = match name {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::runtime::repr::str_of(ip, &v)?),
    };
    Ok(Value::Future(crate::aio::new_task(ip, c, name)))
}

macro_rules! fns {
    ($($id:ident = $owner:expr , $name:literal => $f:expr),* $(,)?) => {
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: $owner, call: $f };)*
    };
}

fns! {
    ADD_DONE_CALLBACK = Some("Future"), "add_done_callback" => add_done_callback,
    REMOVE_DONE_CALLBACK = Some("Future"), "remove_done_callback" => remove_done_callback,
    EXCEPTION = Some("Future"), "exception" => exception,
    SET_RESULT = Some("Future"), "set_result" => set_result,
    SET_EXCEPTION = Some("Future"), "set_exception" => set_exception,
    GET_LOOP = Some("Future"), "get_loop" => get_loop,
    CANCELLING = Some("Task"), "cancelling" => cancelling,
    UNCANCEL = Some("Task"), "uncancel" => uncancel,
    GET_CORO = Some("Task"), "get_coro" => get_coro,
    SET_NAME = Some("Task"), "set_name" => set_name,
    LOOP_CREATE_FUTURE = Some("BaseEventLoop"), "create_future" => loop_create_future,
    LOOP_CREATE_TASK = Some("BaseEventLoop"), "create_task" => loop_create_task,
    LOOP_CALL_SOON = Some("BaseEventLoop"), "call_soon" => loop_call_soon,
    LOOP_CALL_LATER = Some("BaseEventLoop"), "call_later" => loop_call_later,
    LOOP_CALL_AT = Some("BaseEventLoop"), "call_at" => loop_call_at,
    LOOP_TIME = Some("BaseEventLoop"), "time" => loop_time,
    LOOP_IS_RUNNING = Some("BaseEventLoop"), "is_running" => loop_is_running,
    LOOP_IS_CLOSED = Some("BaseEventLoop"), "is_closed" => loop_is_closed,
    HANDLE_CANCEL = Some("Handle"), "cancel" => handle_cancel,
    HANDLE_CANCELLED = Some("Handle"), "cancelled" => handle_cancelled,
    HANDLE_WHEN = Some("TimerHandle"), "when" => handle_when,
    CURRENT_TASK = None, "current_task" => current_task,
    ALL_TASKS = None, "all_tasks" => all_tasks,
    GET_RUNNING_LOOP = None, "get_running_loop" => get_running_loop,
    GET_EVENT_LOOP = None, "get_event_loop" => get_event_loop,
    ISCOROUTINE = None, "iscoroutine" => iscoroutine,
    ISCOROUTINEFUNCTION = None, "iscoroutinefunction" => iscoroutinefunction,
    ISFUTURE = None, "isfuture" => isfuture,
}

static LOOP_SPEC: ClassSpec = ClassSpec {
    key: "asyncio._UnixSelectorEventLoop",
    module: "asyncio.unix_events",
    name: "_UnixSelectorEventLoop",
    new: None,
    methods: &[
        &LOOP_CREATE_FUTURE,
        &LOOP_CREATE_TASK,
        &LOOP_CALL_SOON,
        &LOOP_CALL_LATER,
        &LOOP_CALL_AT,
        &LOOP_TIME,
        &LOOP_IS_RUNNING,
        &LOOP_IS_CLOSED,
    ],
};

static HANDLE: ClassSpec = ClassSpec {
    key: "asyncio.Handle",
    module: "asyncio.events",
    name: "Handle",
    new: None,
    methods: &[&HANDLE_CANCEL, &HANDLE_CANCELLED],
};

static TIMER_HANDLE: ClassSpec = ClassSpec {
    key: "asyncio.TimerHandle",
    module: "asyncio.events",
    name: "TimerHandle",
    new: None,
    methods: &[&HANDLE_CANCEL, &HANDLE_CANCELLED, &HANDLE_WHEN],
};

/// Puts the Future and Task methods into their classes and the functions into the module.
pub fn register(ip: &Interp, m: &ModuleObj) {
    let put = |c: &Rc<crate::runtime::object::Class>, f: &'static BuiltinFn| {
        c.dict
            .borrow_mut()
            .insert(intern(f.name), Value::Builtin(f));
    };
    for f in [
        &ADD_DONE_CALLBACK,
        &REMOVE_DONE_CALLBACK,
        &EXCEPTION,
        &SET_RESULT,
        &SET_EXCEPTION,
        &GET_LOOP,
    ] {
        put(&ip.types.future, f);
    }
    for f in [&CANCELLING, &UNCANCEL, &GET_CORO, &SET_NAME] {
        put(&ip.types.task, f);
    }
    crate::stdlib::add_fns(
        m,
        &[
            &CURRENT_TASK,
            &ALL_TASKS,
            &GET_RUNNING_LOOP,
            &GET_EVENT_LOOP,
            &ISCOROUTINE,
            &ISCOROUTINEFUNCTION,
            &ISFUTURE,
        ],
    );
    let _ = ExcObj::new;
}
