//! Async generators: an `async def` with `yield`. Its body runs on the suspend path like a
//! coroutine's; each `__anext__`/`asend`/`athrow`/`aclose` is an awaitable that polls the body
//! until it yields a value (the step's result) or returns. The body's awaits of futures pass
//! through to the task, as in CPython, where a `yield` of an async generator is marked apart
//! from what its awaits yield.
//!
//! The event loop knows the async generators iterated under it (CPython's `firstiter` hook):
//! one that goes away suspended is closed by a task of its own, and `asyncio.run` closes those
//! still alive at its end (`shutdown_asyncgens`).

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::{Context, Poll, Waker};

use crate::eval::call::check_args;
use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::bind::{At, FromArg};
use crate::runtime::coroutine::{BoxFuture, CoKind, CoroBody, CoroState, Coroutine, LoopMark};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::{BuiltinFn, Class, ClassKind, Kwargs};
use crate::runtime::value::Value;
use corun_macros::{function, method};

thread_local! {
    /// Set while an async generator's body is polled for one of its steps: a `yield` reached
    /// then is the generator's, not a suspension for the event loop.
    static STEPPING: Cell<bool> = const { Cell::new(false) };
    /// The value an async generator's `yield` handed to the step polling it.
    static YIELDED: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The async generators iterated under the running loop (CPython's `loop._asyncgens`).
    static ALIVE: RefCell<Vec<Weak<Coroutine>>> = const { RefCell::new(Vec::new()) };
    /// The length of `ALIVE` at which it is next cleared of those gone away.
    static PRUNE_AT: Cell<usize> = const { Cell::new(64) };
    /// Those that went away suspended and wait for the task that closes them.
    static FINALIZED: RefCell<Vec<Rc<Coroutine>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the async-generator marking of `yield` turned on or off; a driver of a plain
/// generator turns it off for the generator's body.
pub fn with_stepping<R>(on: bool, f: impl FnOnce() -> R) -> R {
    let saved = STEPPING.with(|s| s.replace(on));
    let r = f();
    STEPPING.with(|s| s.set(saved));
    r
}

/// `yield v` on the suspend path: the value goes to the async generator's step when one is
/// polling, otherwise to whoever drives the generator. Resumes with what is sent or thrown.
pub struct GenYield<'a> {
    pub ip: &'a Interp,
    pub value: Option<Value>,
}

impl Future for GenYield<'_> {
    type Output = PyResult<Value>;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.value.take() {
            Some(v) => {
                hand_yielded(self.ip, v);
                Poll::Pending
            }
            None => Poll::Ready(take_resumed(self.ip)),
        }
    }
}

/// The first half of a `yield`: hands `v` to the async generator's step when one is polling,
/// otherwise to whoever drives the generator (the caller then suspends).
#[inline]
pub fn hand_yielded(ip: &Interp, v: Value) {
    if STEPPING.with(|s| s.get()) {
        YIELDED.with(|y| *y.borrow_mut() = Some(v));
    } else {
        ip.yielded.set(Some(v));
    }
}

/// The second half of a `yield`, once resumed: what was thrown in is raised, what was sent in
/// is its value.
#[inline]
pub fn take_resumed(ip: &Interp) -> PyResult<Value> {
    if let Some(e) = ip.thrown.take() {
        return Err(e);
    }
    Ok(ip.sent.take().unwrap_or(Value::None))
}

/// The class of an async generator or of one of its step awaitables.
pub fn class_of(ip: &Interp, kind: CoKind) -> Rc<Class> {
    let name = match kind {
        CoKind::AsyncGenSend => "async_generator_asend",
        CoKind::AsyncGenThrow => "async_generator_athrow",
        _ => "async_generator",
    };
    ip.iter_classes
        .borrow_mut()
        .entry(name)
        .or_insert_with(|| {
            Class::new_builtin(
                name,
                "builtins",
                ClassKind::Iterator,
                Some(ip.types.object.clone()),
            )
        })
        .clone()
}

/// Makes the async generator object for a call of an `async def` containing `yield`.
pub fn make(func: &Rc<crate::runtime::object::Function>, locals: Vec<Value>) -> Value {
    Value::AsyncGen(Coroutine::with_kind(
        CoKind::AsyncGenerator,
        Rc::from(func.def.name.as_str()),
        Rc::from(func.def.qualname.as_str()),
        CoroBody::Py {
            func: func.clone(),
            locals,
        },
    ))
}

/// What a step does to the generator.
pub enum Op {
    Send(Value),
    Throw(Exc),
    Close,
}

impl Op {
    fn method(&self) -> &'static str {
        match self {
            Op::Send(_) => "anext",
            Op::Throw(_) => "athrow",
            Op::Close => "aclose",
        }
    }
}

/// CPython's `firstiter` hook: the running loop learns of the generator on its first step.
fn first_iter(ip: &Interp, g: &Rc<Coroutine>) {
    if !ip.event_loop.running.get() {
        return;
    }
    if g.loop_mark.get() != LoopMark::Unknown {
        return;
    }
    g.loop_mark.set(LoopMark::Known);
    ALIVE.with(|a| {
        let mut a = a.borrow_mut();
        // Those gone away are dropped from the list when it has doubled since the last time:
        // each new generator costs the same however many are alive (a walk of the whole list
        // for each made their creation quadratic).
        if a.len() >= PRUNE_AT.get() {
            a.retain(|w| w.strong_count() > 0);
            PRUNE_AT.set((a.len() * 2).max(64));
        }
        a.push(Rc::downgrade(g));
    });
}

/// One step of an async generator, as a future: resolves to the value it yields.
pub struct Step {
    ip: Rc<Interp>,
    g: Rc<Coroutine>,
    /// Taken by the first poll.
    op: Option<Op>,
    closing: bool,
    /// This step holds the generator's running mark.
    holds: bool,
}

impl Step {
    pub fn new(ip: &Interp, g: Rc<Coroutine>, op: Op) -> Step {
        first_iter(ip, &g);
        Step {
            ip: ip.rc(),
            closing: matches!(op, Op::Close),
            g,
            op: Some(op),
            holds: false,
        }
    }

    fn release(&mut self) {
        if self.holds {
            self.g.being_awaited.set(false);
            self.holds = false;
        }
    }
}

impl Drop for Step {
    fn drop(&mut self) {
        self.release();
    }
}

fn stop_async(ip: &Interp) -> Exc {
    ip.err_noargs(ExcKind::StopAsyncIteration)
}

impl Future for Step {
    type Output = PyResult<Value>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let ip = this.ip.clone();
        let ip = &*ip;
        let g = this.g.clone();
        let first = this.op.take();
        if let Some(op) = &first {
            if g.being_awaited.get() {
                return Poll::Ready(Err(ip.err(
                    ExcKind::RuntimeError,
                    format!(
                        "{}(): asynchronous generator is already running",
                        op.method()
                    ),
                )));
            }
            let (done, created) = {
                let st = g.state.borrow();
                (
                    matches!(&*st, CoroState::Done(_)),
                    matches!(&*st, CoroState::Created(_)),
                )
            };
            if done {
                return Poll::Ready(match op {
                    Op::Send(_) => Err(stop_async(ip)),
                    _ => Ok(Value::None),
                });
            }
            if created {
                match op {
                    Op::Send(v) if !v.is_none() => {
                        return Poll::Ready(Err(ip.err(
                            ExcKind::TypeError,
                            "can't send non-None value to a just-started async generator",
                        )))
                    }
                    Op::Close => {
                        *g.state.borrow_mut() = CoroState::Done(Value::None);
                        return Poll::Ready(Ok(Value::None));
                    }
                    _ => {}
                }
            }
            g.being_awaited.set(true);
            this.holds = true;
        }
        if let Some(op) = first {
            match op {
                Op::Send(v) => ip.sent.set(Some(v)),
                Op::Throw(e) => ip.thrown.set(Some(e)),
                Op::Close => ip.thrown.set(Some(ip.err_noargs(ExcKind::GeneratorExit))),
            }
        }
        let r = with_stepping(true, || g.resume(ip, cx));
        if this.holds {
            // Whatever the body did not take was for this step only.
            ip.sent.take();
        }
        match r {
            Poll::Pending => match YIELDED.with(|y| y.borrow_mut().take()) {
                Some(v) => {
                    this.release();
                    if this.closing {
                        drop(v);
                        return Poll::Ready(Err(ip.err(
                            ExcKind::RuntimeError,
                            "async generator ignored GeneratorExit",
                        )));
                    }
                    Poll::Ready(Ok(v))
                }
                None => Poll::Pending,
            },
            Poll::Ready(Ok(_)) => {
                this.release();
                Poll::Ready(if this.closing {
                    Ok(Value::None)
                } else {
                    Err(stop_async(ip))
                })
            }
            Poll::Ready(Err(e)) => {
                this.release();
                let stop_async = e.is_instance(ip.exc_class(ExcKind::StopAsyncIteration));
                if this.closing
                    && (stop_async || e.is_instance(ip.exc_class(ExcKind::GeneratorExit)))
                {
                    return Poll::Ready(Ok(Value::None));
                }
                let stop = e.is_instance(ip.exc_class(ExcKind::StopIteration));
                if stop_async || stop {
                    let re = ip.err(
                        ExcKind::RuntimeError,
                        if stop {
                            "async generator raised StopIteration"
                        } else {
                            "async generator raised StopAsyncIteration"
                        },
                    );
                    *re.0.cause.borrow_mut() = Some(e.0.clone());
                    *re.0.context.borrow_mut() = Some(e.0);
                    return Poll::Ready(Err(re));
                }
                Poll::Ready(Err(e))
            }
        }
    }
}

/// The awaitable a step method returns (`async_generator_asend` / `async_generator_athrow`).
pub fn step_awaitable(ip: &Interp, g: &Rc<Coroutine>, op: Op) -> Value {
    let kind = match op {
        Op::Send(_) => CoKind::AsyncGenSend,
        _ => CoKind::AsyncGenThrow,
    };
    let step = Step::new(ip, g.clone(), op);
    let name: Rc<str> = Rc::from(match kind {
        CoKind::AsyncGenSend => "async_generator_asend",
        _ => "async_generator_athrow",
    });
    Value::Coroutine(Coroutine::with_kind(
        kind,
        name.clone(),
        name,
        CoroBody::Native(Box::new(move |_ip| -> BoxFuture { Box::pin(step) })),
    ))
}

/// An async generator expression (`(x async for x in it)`, or one that awaits): the first
/// iterable is taken now, in the enclosing scope; the rest runs as the generator is iterated.
pub fn make_genexpr(
    ip: &Interp,
    f: &crate::eval::Frame,
    c: &Rc<crate::syntax::ast::Comprehension>,
    first: Value,
) -> PyResult<Value> {
    if c.generators[0].is_async {
        crate::eval::async_iter::aiter_of(ip, &first)?;
    } else {
        crate::eval::ops::iter(ip, &first)?;
    }
    let comp = c.clone();
    let module = f.module.clone();
    let scope = crate::eval::sync::CompScope::new(c, f);
    let qualname: Rc<str> = Rc::from(c.qualname.as_str());
    let body = CoroBody::Native(Box::new(move |ipr: Rc<Interp>| -> BoxFuture {
        Box::pin(async move {
            let ip = &*ipr;
            let mut scope = scope;
            let mut frame = scope.frame(&module);
            crate::eval::suspend::comp_loop_async(ip, &mut frame, &comp, 0, first, None).await?;
            Ok(Value::None)
        })
    }));
    Ok(Value::AsyncGen(Coroutine::with_kind(
        CoKind::AsyncGenerator,
        Rc::from("<genexpr>"),
        qualname,
        body,
    )))
}

// ---- methods and builtins ----

fn recv<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<Coroutine>> {
    match args.first() {
        Some(Value::AsyncGen(g)) => Ok(g),
        _ => ip.type_error(format!(
            "descriptor '{}' requires a 'async_generator' object",
            name
        )),
    }
}

fn agen_anext(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "__anext__", &args[1..], kw, 0, 0)?;
    let g = recv(ip, args, "__anext__")?;
    Ok(step_awaitable(ip, g, Op::Send(Value::None)))
}

fn agen_aiter(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "__aiter__", &args[1..], kw, 0, 0)?;
    recv(ip, args, "__aiter__")?;
    Ok(args[0].clone())
}

/// An async generator as a method's receiver.
pub struct AGen<'a>(&'a Rc<Coroutine>);

impl<'a> FromArg<'a> for AGen<'a> {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match v {
            Value::AsyncGen(g) => Ok(AGen(g)),
            _ => Err(at.wrong_type(ip, "async_generator", v)),
        }
    }
}

#[method(async_generator, "asend($self, value, /)")]
fn agen_asend(ip: &Interp, this: AGen, value: Value) -> PyResult<Value> {
    Ok(step_awaitable(ip, this.0, Op::Send(value)))
}

/// `athrow(type[, value[, traceback]])` as `throw`: the value given is the one thrown.
#[method(
    async_generator,
    "athrow($self, typ, val=None, tb=None, /)",
    style = unpack
)]
fn agen_athrow(
    ip: &Interp,
    this: AGen,
    typ: &Value,
    val: Option<&Value>,
    _tb: Option<&Value>,
) -> PyResult<Value> {
    let e = crate::runtime::coro_objects::thrown(ip, typ, val)?;
    Ok(step_awaitable(ip, this.0, Op::Throw(e)))
}

#[method(async_generator, "aclose($self, /)")]
fn agen_aclose(ip: &Interp, this: AGen) -> PyResult<Value> {
    Ok(step_awaitable(ip, this.0, Op::Close))
}

#[function(builtins, "aiter(async_iterable, /)")]
fn aiter(ip: &Interp, async_iterable: &Value) -> PyResult<Value> {
    match async_iterable {
        v @ Value::AsyncGen(_) => Ok(v.clone()),
        v @ Value::Instance(_)
            if crate::eval::classes::user_method(v, crate::intern::sym::__aiter__).is_some() =>
        {
            crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__aiter__, &[]).unwrap()
        }
        other => ip.type_error(format!(
            "'{}' object is not an async iterable",
            crate::eval::ops::type_name(ip, other)
        )),
    }
}

#[function(builtins, "anext(aiterator, default=<unrepresentable>, /)", style = unpack)]
fn anext(ip: &Interp, aiterator: &Value, default: Option<&Value>) -> PyResult<Value> {
    if default.is_none() {
        if let v @ Value::Instance(_) = aiterator {
            if crate::eval::classes::user_method(v, crate::intern::sym::__anext__).is_some() {
                return crate::eval::classes::call_dunder(
                    ip,
                    v,
                    crate::intern::sym::__anext__,
                    &[],
                )
                .unwrap();
            }
        }
    }
    let Value::AsyncGen(g) = aiterator else {
        return ip.type_error(format!(
            "'{}' object is not an async iterator",
            crate::eval::ops::type_name(ip, aiterator)
        ));
    };
    let Some(default) = default.cloned() else {
        return Ok(step_awaitable(ip, g, Op::Send(Value::None)));
    };
    // With a default, StopAsyncIteration becomes the default.
    let step = Step::new(ip, g.clone(), Op::Send(Value::None));
    let ipr = ip.rc();
    let name: Rc<str> = Rc::from("anext_awaitable");
    let _ = ipr;
    Ok(Value::Coroutine(Coroutine::with_kind(
        CoKind::AsyncGenSend,
        name.clone(),
        name,
        CoroBody::Native(Box::new(move |ipr: Rc<Interp>| -> BoxFuture {
            Box::pin(async move {
                match step.await {
                    Err(e) if e.is_instance(ipr.exc_class(ExcKind::StopAsyncIteration)) => {
                        Ok(default)
                    }
                    r => r,
                }
            })
        })),
    )))
}

macro_rules! fns {
    ($($id:ident = $owner:expr, $name:literal => $f:expr),* $(,)?) => {
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: $owner, call: $f, sig: None };)*
    };
}

fns! {
    AG_ANEXT = Some("async_generator"), "__anext__" => agen_anext,
    AG_AITER = Some("async_generator"), "__aiter__" => agen_aiter,
}

/// Puts the async generator methods into its class.
pub fn install(ip: &Interp) {
    let c = class_of(ip, CoKind::AsyncGenerator);
    crate::runtime::bind::fill_class("async_generator", &mut c.dict.borrow_mut());
    for f in [&AG_ANEXT, &AG_AITER] {
        c.dict
            .borrow_mut()
            .insert(intern(f.name), Value::Builtin(f));
    }
}

// ---- finalisation ----

/// An async generator that goes away suspended: the loop that iterated it closes it with a task
/// of its own (CPython's `_asyncgen_finalizer_hook`); without a running loop it is closed here.
pub fn finalize(g: &Coroutine) {
    let Some(ip) = crate::eval::current() else {
        return;
    };
    let known = match g.loop_mark.get() {
        LoopMark::Known => true,
        // Finalised once already: it goes away as it is.
        LoopMark::Finalized => return,
        LoopMark::Unknown => false,
    };
    let state = std::mem::replace(&mut *g.state.borrow_mut(), CoroState::Done(Value::None));
    let revived = Coroutine::with_kind(
        CoKind::AsyncGenerator,
        g.name().clone(),
        g.qualname().clone(),
        CoroBody::Native(Box::new(|_| Box::pin(async { Ok(Value::None) }))),
    );
    *revived.state.borrow_mut() = state;
    revived.loop_mark.set(LoopMark::Finalized);
    let loop_usable = known
        && ip.event_loop.running.get()
        && !ip.shutting_down.get()
        && ip.event_loop.tasks.try_borrow_mut().is_ok();
    if loop_usable {
        // As CPython: `call_soon(create_task, agen.aclose())`. Should that task be cancelled
        // before it starts, `asyncio.run` still closes the generator at its end.
        FINALIZED.with(|a| a.borrow_mut().push(revived.clone()));
        let cb = crate::runtime::object::BoundMethod::value(crate::runtime::object::BoundMethod {
            receiver: Value::AsyncGen(revived),
            func: Value::Builtin(&CLOSE_TASK),
        });
        ip.event_loop
            .call_soon(crate::aio::event_loop::Handle::Done(
                crate::aio::future::DoneCb::Py(cb),
                crate::aio::future::FutureObj::untracked(),
            ));
        return;
    }
    let mut step = Step::new(&ip, revived.clone(), Op::Close);
    let mut cx = Context::from_waker(Waker::noop());
    let saved_yielded = ip.yielded.take();
    let saved_sent = ip.sent.take();
    let saved_thrown = ip.thrown.take();
    let r = Pin::new(&mut step).poll(&mut cx);
    ip.yielded.set(saved_yielded);
    ip.sent.set(saved_sent);
    ip.thrown.set(saved_thrown);
    drop(step);
    let err = match r {
        Poll::Ready(Err(e)) => Some(e),
        Poll::Pending => Some(ip.err(
            ExcKind::RuntimeError,
            "async generator ignored GeneratorExit",
        )),
        Poll::Ready(Ok(_)) => None,
    };
    // What is left of it must not be closed a second time.
    *revived.state.borrow_mut() = CoroState::Done(Value::None);
    if let Some(e) = err {
        let msg = crate::diagnostics::exception_headline(&ip, &e.0);
        ip.write_err(&format!(
            "Exception ignored in: <async_generator object {} at {:#x}>\n{}\n",
            g.qualname(),
            g as *const Coroutine as usize,
            msg
        ));
    }
}

/// The callback a finalised async generator schedules: a task that closes it.
fn close_task(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let Some(Value::AsyncGen(g)) = args.first() else {
        return Ok(Value::None);
    };
    let step = Step::new(ip, g.clone(), Op::Close);
    let name: Rc<str> = Rc::from("aclose");
    let closer = Coroutine::new(
        name.clone(),
        name,
        CoroBody::Native(Box::new(move |_| -> BoxFuture { Box::pin(step) })),
    );
    crate::aio::new_task(ip, closer, None)?;
    Ok(Value::None)
}

static CLOSE_TASK: BuiltinFn = BuiltinFn {
    name: "create_task",
    owner: None,
    call: close_task,
    sig: None,
};

/// The body of `loop.shutdown_asyncgens()`: closes every async generator the loop knows that is
/// still alive, all at once (a gather of their `aclose()`).
pub fn shutdown_asyncgens(ipr: Rc<Interp>) -> BoxFuture {
    Box::pin(async move {
        let ip = &*ipr;
        PRUNE_AT.set(64);
        let mut alive: Vec<Rc<Coroutine>> = ALIVE.with(|a| {
            std::mem::take(&mut *a.borrow_mut())
                .iter()
                .filter_map(|w| w.upgrade())
                .collect()
        });
        alive.extend(FINALIZED.with(|a| std::mem::take(&mut *a.borrow_mut())));
        alive.retain(|g| !matches!(&*g.state.borrow(), CoroState::Done(_)));
        if alive.is_empty() {
            return Ok(Value::None);
        }
        let closers: Vec<Value> = alive
            .iter()
            .map(|g| step_awaitable(ip, g, Op::Close))
            .collect();
        if let Value::Future(f) = crate::aio::gather_all(ip, &closers, true)? {
            crate::eval::suspend::await_future(ip, f).await?;
        }
        Ok(Value::None)
    })
}
