//! asyncio: the event loop, futures and tasks, and the `asyncio` module scripts import.

pub mod api;
pub mod context;
pub mod event_loop;
pub mod future;
pub mod future_methods;
pub mod io_api;
pub mod locks;
pub mod objects;
pub mod queues;
pub mod reactor;
pub mod task_stack;
pub mod timeline;
pub mod trace;
pub mod unsupported;
pub mod waiting;

use std::rc::Rc;

use crate::aio::event_loop::Handle;
use crate::aio::future::{DoneCb, FutureObj, GatherState};
use crate::eval::suspend::{await_future, YieldPoint};
use crate::eval::Interp;
use crate::intern::{intern, Symbol};
use crate::runtime::coroutine::{CoKind, CoroBody, CoroNames, Coroutine};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

fn as_seconds(ip: &Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(f.get()),
        Value::Bool(b) => Ok(*b as i64 as f64),
        other => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "'<=' not supported between instances of '{}' and 'int'",
                crate::eval::ops::type_name(ip, other)
            ),
        )),
    }
}

/// `asyncio.sleep(delay, result=None)`: a coroutine, as in CPython.
#[function(asyncio, "sleep(delay, result=None)", style = py)]
fn sleep(ip: &Interp, delay: Value, result: Option<Value>) -> PyResult<Value> {
    let result = result.unwrap_or(Value::None);
    thread_local! {
        static SLEEP: Rc<CoroNames> = CoroNames::new(Rc::from("sleep"), Rc::from("sleep"));
    }
    let names = SLEEP.with(Rc::clone);
    let body = match delay {
        // A number: the awaiting frame runs the sleep itself, with no future of its own.
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => CoroBody::Sleep {
            delay: as_seconds(ip, &delay)?,
            result,
        },
        // Anything else raises when awaited, as in CPython.
        delay => CoroBody::Native(Box::new(move |ipr: Rc<Interp>| {
            Box::pin(async move {
                let delay = as_seconds(&ipr, &delay)?;
                sleep_for(&ipr, delay, result).await
            })
        })),
    };
    Ok(Value::Coroutine(Coroutine::with_names(
        CoKind::Coroutine,
        names,
        body,
    )))
}

/// The body of `asyncio.sleep(delay, result)` once `delay` is a number of seconds (see also
/// `AwaitValue`, which runs it inline).
pub async fn sleep_for(ip: &Interp, delay: f64, result: Value) -> PyResult<Value> {
    if delay <= 0.0 {
        YieldPoint {
            ip,
            value: Some(Value::None),
        }
        .await?;
        return Ok(result);
    }
    let fut = FutureObj::untracked();
    trace::label_sleep(ip, &fut, delay);
    ip.event_loop.call_later_sleep(delay, fut.clone(), result);
    let r = await_future(ip, fut.clone()).await;
    cancel_sleep_timer(&fut);
    r
}

/// The end of a sleep: its timer is cancelled (`h.cancel()` in `asyncio.sleep`). The timer
/// counts as cancelled once the sleep's future is done; when the sleep ends any other way
/// (something thrown into a coroutine that no task drives), the future, which nothing else
/// sees, is marked cancelled without running callbacks.
pub fn cancel_sleep_timer(fut: &FutureObj) {
    if !fut.is_done() {
        fut.state.set(crate::aio::future::FutState::Cancelled);
        fut.take_pending_value();
    }
}

fn no_running_loop(ip: &Interp) -> PyResult<()> {
    if !ip.event_loop.running.get() {
        return Err(ip.err(ExcKind::RuntimeError, "no running event loop"));
    }
    Ok(())
}

/// Makes a task for a coroutine and schedules its first step; it runs in a copy of the current
/// `contextvars` context.
pub fn new_task(ip: &Interp, coro: Rc<Coroutine>, name: Option<String>) -> PyResult<Rc<FutureObj>> {
    new_task_in(ip, coro, name, None)
}

/// `new_task` with the context a task was given (`context=`; None: a copy of the current one).
pub fn new_task_in(
    ip: &Interp,
    coro: Rc<Coroutine>,
    name: Option<String>,
    context: Option<Value>,
) -> PyResult<Rc<FutureObj>> {
    let context = context::given_or_copy(ip, context)?;
    let num = if name.is_none() {
        ip.event_loop.next_task_number()
    } else {
        0
    };
    let task = FutureObj::new_task(coro, num, name);
    if let Some(td) = &task.task {
        td.put_context(context);
    }
    ip.event_loop.call_soon(Handle::Step(task.clone(), None));
    ip.event_loop.add_task(&task);
    trace::task_created(ip, &task);
    Ok(task)
}

#[function(asyncio, "create_task(coro, *, name=None, context=None)", style = py)]
fn create_task(
    ip: &Interp,
    coro: &Value,
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
    if name.is_some() {
        // CPython's asyncio.create_task makes the task unnamed and names it after: a number
        // is taken all the same (loop.create_task(name=…) takes none).
        ip.event_loop.next_task_number();
    }
    Ok(Value::Future(new_task_in(ip, c.clone(), name, context)?))
}

/// `ensure_future`: a future stays as it is; a coroutine becomes a task.
pub fn ensure_future(ip: &Interp, v: &Value) -> PyResult<Rc<FutureObj>> {
    match v {
        Value::Future(f) => Ok(f.clone()),
        Value::Coroutine(c) => new_task(ip, c.clone(), None),
        v @ Value::Instance(_)
            if crate::eval::classes::user_method(v, crate::intern::sym::__await__).is_some() =>
        {
            // asyncio's `_wrap_awaitable`: a coroutine that awaits the object.
            let v = v.clone();
            let name: Rc<str> = Rc::from("_wrap_awaitable");
            let coro = Coroutine::new(
                name.clone(),
                name,
                CoroBody::Native(Box::new(move |ipr: Rc<Interp>| {
                    Box::pin(async move { crate::eval::suspend::await_value(&ipr, v).await })
                })),
            );
            new_task(ip, coro, None)
        }
        _ => ip.type_error("An asyncio.Future, a coroutine or an awaitable is required"),
    }
}

/// `asyncio.gather(*coros_or_futures, return_exceptions=False)`.
#[function(asyncio, "gather(*coros_or_futures, return_exceptions=False)", style = py)]
fn gather(
    ip: &Interp,
    coros_or_futures: &[Value],
    return_exceptions: Option<&Value>,
) -> PyResult<Value> {
    let return_exceptions = match return_exceptions {
        Some(v) => crate::eval::ops::truthy(ip, v)?,
        None => false,
    };
    gather_all(ip, coros_or_futures, return_exceptions)
}

/// `ensure_future` of an argument of `gather`: a task gather makes itself goes away pending
/// without a report (CPython's gather sets `_log_destroy_pending = False` on it).
fn gather_child(ip: &Interp, a: &Value) -> PyResult<Rc<FutureObj>> {
    let f = ensure_future(ip, a)?;
    if !matches!(a, Value::Future(_)) {
        f.quiet_if_pending();
    }
    Ok(f)
}

/// What `gather` returns: a future for the results of `args`' futures (coroutines become tasks).
pub fn gather_all(ip: &Interp, args: &[Value], return_exceptions: bool) -> PyResult<Value> {
    let outer = FutureObj::new();
    if args.is_empty() {
        outer.set_result(ip, Value::list(vec![]))?;
        return Ok(Value::Future(outer));
    }
    let mut children: Vec<Rc<FutureObj>> = Vec::with_capacity(args.len());
    // An argument given twice is one child. Its duplicates are found by the sorted addresses
    // of the arguments: the map from argument to child (as large as the arguments, and
    // transient) is only made when there are some.
    let mut keys: Vec<usize> = args.iter().map(|a| a.ptr().unwrap_or(0)).collect();
    keys.sort_unstable();
    let has_duplicates = keys.windows(2).any(|w| w[0] == w[1]);
    drop(keys);
    let unique = if has_duplicates {
        let mut unique: Vec<Rc<FutureObj>> = Vec::new();
        let mut seen: rustc_hash::FxHashMap<usize, Rc<FutureObj>> = Default::default();
        for a in args {
            let key = a.ptr().unwrap_or(0);
            if let Some(f) = seen.get(&key) {
                children.push(f.clone());
                continue;
            }
            let f = gather_child(ip, a)?;
            seen.insert(key, f.clone());
            unique.push(f.clone());
            children.push(f);
        }
        Some(unique)
    } else {
        for a in args {
            children.push(gather_child(ip, a)?);
        }
        None
    };
    let g = Rc::new(GatherState {
        outer: outer.clone(),
        nfuts: unique.as_ref().map_or(children.len(), |u| u.len()),
        children,
        nfinished: std::cell::Cell::new(0),
        return_exceptions,
        cancel_requested: std::cell::Cell::new(false),
    });
    trace::label(ip, &outer, None, || {
        format!("gather({})", trace::names_of(&g.children))
    });
    crate::aio::future::register_gather(&g);
    for f in unique.as_ref().unwrap_or(&g.children) {
        f.add_done_callback(ip, DoneCb::Gather(g.clone()));
    }
    Ok(Value::Future(outer))
}

/// `asyncio.run(main)`: a fresh loop, main as a task, then cancel what is left, as
/// `asyncio.runners.Runner` does.
#[function(asyncio, "run(main, *, debug=None)", style = py)]
fn run(ip: &Interp, main: Value, debug: Option<Value>) -> PyResult<Value> {
    if ip.event_loop.running.get() {
        return Err(ip.err(
            ExcKind::RuntimeError,
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    let Value::Coroutine(c) = &main else {
        let r = crate::runtime::repr::repr(ip, &main)?;
        return Err(ip.err(
            ExcKind::ValueError,
            format!("a coroutine was expected, got {}", r),
        ));
    };
    let lp = &ip.event_loop;
    future::start_new_loop();
    let loop_obj = api::new_loop_object(ip);
    lp.debug.set(match &debug {
        Some(Value::None) | None => std::env::var("PYTHONASYNCIODEBUG")
            .map(|v| !v.is_empty())
            .unwrap_or(false),
        Some(v) => crate::eval::ops::truthy(ip, v)?,
    });
    let task = new_task(ip, c.clone(), None)?;
    crate::signals::push_target(&task, true);
    let mut result = lp.run_until_complete(ip, &task);
    let interrupts = crate::signals::pop_target();
    // Runner.run: main was cancelled by Ctrl-C and did not swallow it: KeyboardInterrupt.
    if let (Err(e), Some(td)) = (&result, &task.task) {
        if interrupts > 0 && e.is_instance(ip.exc_class(ExcKind::CancelledError)) {
            let n = td.cancels_requested().saturating_sub(1);
            td.set_cancels_requested(n);
            if n == 0 {
                let ki = ip.err_noargs(ExcKind::KeyboardInterrupt);
                *ki.0.context.borrow_mut() = Some(e.0.clone());
                result = Err(ki);
            }
        }
    }
    // Runner.close: a KeyboardInterrupt or SystemExit out of the shutdown replaces the result,
    // and the loop is closed all the same.
    let finished = finish_run(ip);
    api::close_loop(ip, &loop_obj);
    lp.debug.set(false);
    finished?;
    result
}

/// What `asyncio.run` (and `Runner.close`) does after the main task: cancel what is left
/// (`_cancel_all_tasks`), then `shutdown_asyncgens()` and `shutdown_default_executor()`.
pub fn finish_run(ip: &Interp) -> PyResult<()> {
    let lp = &ip.event_loop;
    // _cancel_all_tasks
    let to_cancel = lp.pending_tasks();
    if !to_cancel.is_empty() {
        for t in &to_cancel {
            t.cancel(ip, None);
        }
        let args: Vec<Value> = to_cancel.iter().map(|t| Value::Future(t.clone())).collect();
        if let Value::Future(g) = gather_all(ip, &args, true)? {
            escape_or_ignore(ip, lp.run_until_complete(ip, &g))?;
        }
        for t in &to_cancel {
            if t.is_cancelled() {
                continue;
            }
            t.log_traceback.set(false);
            let e = t.exception();
            if let Some(e) = e {
                api::call_exception_handler(
                    ip,
                    vec![
                        (
                            "message",
                            Value::str("unhandled exception during asyncio.run() shutdown"),
                        ),
                        ("exception", Value::Exception(e.0)),
                        ("task", Value::Future(t.clone())),
                    ],
                );
            }
        }
    }
    // shutdown_asyncgens() and shutdown_default_executor(): each run by run_until_complete as a
    // task (taking a number from the tasks' counter, as CPython's do) that finishes in its first
    // step, so each takes two loop iterations in which other ready callbacks run too.
    for coro in [shutdown_asyncgens_coro(), shutdown_default_executor_coro()] {
        coro.set_flag(crate::runtime::coroutine::LOOP_INTERNAL);
        let t = FutureObj::new_task(coro, lp.next_task_number(), None);
        lp.call_soon(Handle::Step(t.clone(), None));
        escape_or_ignore(ip, lp.run_until_complete(ip, &t))?;
    }
    Ok(())
}

/// The coroutine `loop.shutdown_asyncgens()` returns: closes the async generators still open.
pub fn shutdown_asyncgens_coro() -> Rc<Coroutine> {
    Coroutine::new(
        Rc::from("shutdown_asyncgens"),
        Rc::from("BaseEventLoop.shutdown_asyncgens"),
        CoroBody::Native(Box::new(crate::runtime::async_gen::shutdown_asyncgens)),
    )
}

/// The coroutine `loop.shutdown_default_executor()` returns.
pub fn shutdown_default_executor_coro() -> Rc<Coroutine> {
    Coroutine::new(
        Rc::from("shutdown_default_executor"),
        Rc::from("BaseEventLoop.shutdown_default_executor"),
        CoroBody::Native(Box::new(|ipr| {
            Box::pin(async move { shutdown_default_executor(&ipr) })
        })),
    )
}

/// `loop.shutdown_default_executor()`: the threads of the default executor finish (when the
/// program used one).
fn shutdown_default_executor(ip: &Interp) -> PyResult<Value> {
    let helper = ip
        .modules
        .borrow()
        .get(&intern("_asyncio_threads"))
        .cloned();
    if let Some(Value::Module(m)) = helper {
        if let Some(f) = m.get(intern("shutdown_default_executor")) {
            crate::stdlib::call_with(ip, &f, &[])?;
        }
    }
    Ok(Value::None)
}

/// A KeyboardInterrupt or SystemExit that left the loop during the shutdown goes on up, as it
/// leaves CPython's `Runner.close`; any other result is not needed.
fn escape_or_ignore(ip: &Interp, r: PyResult<Value>) -> PyResult<()> {
    match r {
        Err(e) if crate::aio::event_loop::EventLoop::is_escaping_error(ip, &e) => Err(e),
        _ => Ok(()),
    }
}

/// What `asyncio.Runner.close()` runs after the main task (`src/lib_py/_asyncio_runners.py`).
#[function(asyncio, "_finish_run()", style = py)]
fn runner_finish(ip: &Interp) -> PyResult<()> {
    finish_run(ip)
}

/// Builds the `asyncio` module.
pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let set = |name: &str, v: Value| m.set(intern(name), v);
    set(
        "CancelledError",
        Value::Class(ip.exc_class(ExcKind::CancelledError).clone()),
    );
    set(
        "InvalidStateError",
        Value::Class(ip.exc_class(ExcKind::InvalidStateError).clone()),
    );
    set(
        "TimeoutError",
        Value::Class(ip.exc_class(ExcKind::TimeoutError).clone()),
    );
    set("Future", Value::Class(ip.types.future.clone()));
    set("Task", Value::Class(ip.types.task.clone()));
    set(
        "QueueEmpty",
        Value::Class(ip.exc_class(ExcKind::QueueEmpty).clone()),
    );
    set(
        "QueueFull",
        Value::Class(ip.exc_class(ExcKind::QueueFull).clone()),
    );
    for spec in [
        &queues::QUEUE,
        &queues::LIFO_QUEUE,
        &queues::PRIORITY_QUEUE,
        &locks::LOCK,
        &locks::EVENT,
        &locks::SEMAPHORE,
        &locks::BOUNDED_SEMAPHORE,
        &locks::CONDITION,
    ] {
        set(spec.name, Value::Class(crate::stdlib::class(ip, spec)));
    }
    api::register(ip, m);
    waiting::register(ip, m);
    // TaskGroup is written in Python over the native tasks, Barrier over the native Condition,
    // and Runner over the native loop.
    for (module, file, src, names) in [
        (
            "asyncio.taskgroups",
            "asyncio/taskgroups.py",
            include_str!("../lib_py/_asyncio_taskgroups.py"),
            &["TaskGroup"][..],
        ),
        (
            "asyncio.locks",
            "asyncio/locks.py",
            include_str!("../lib_py/_asyncio_barrier.py"),
            &["Barrier", "BrokenBarrierError"][..],
        ),
        (
            "asyncio.runners",
            "asyncio/runners.py",
            include_str!("../lib_py/_asyncio_runners.py"),
            &[
                "Runner",
                "AbstractEventLoopPolicy",
                "DefaultEventLoopPolicy",
                "get_event_loop_policy",
                "set_event_loop_policy",
            ][..],
        ),
    ] {
        let part = crate::runtime::modules::load_shipped(ip, module, file, src)?;
        for name in names {
            let n = intern(name);
            m.set(n, crate::eval::ops::getattr(ip, &part, n)?);
        }
    }
    let _: Symbol = intern("asyncio");
    Ok(())
}

crate::native_module!("asyncio", init);

crate::python_module!("_asyncio_threads", "_asyncio_threads.py");
crate::python_module!("asyncio.events", "_asyncio_events.py");
crate::python_module!("asyncio.base_events", "_asyncio_base_events.py");
crate::python_module!("asyncio.tasks", "_asyncio_tasks.py");
crate::python_module!("asyncio.futures", "_asyncio_futures.py");
crate::python_module!("asyncio.exceptions", "_asyncio_exceptions.py");
crate::python_module!("asyncio.queues", "_asyncio_queues.py");
crate::python_module!("asyncio.coroutines", "_asyncio_coroutines.py");
crate::python_module!("asyncio.transports", "_asyncio_transports.py");
crate::python_module!("asyncio.protocols", "_asyncio_protocols.py");
crate::python_module!("asyncio.timeouts", "_asyncio_timeouts.py");
crate::python_module!("asyncio.log", "_asyncio_log.py");
crate::python_module!("asyncio.constants", "_asyncio_constants.py");
crate::python_module!("asyncio.threads", "_asyncio_threads_mod.py");
