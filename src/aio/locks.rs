//! `asyncio.Lock`, `Event`, `Semaphore`, `BoundedSemaphore` and `Condition`, following CPython's
//! `locks.py` step for step.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::aio::future::FutureObj;
use crate::aio::objects::{aio, native_coro, recv, remove_waiter, AioObj};
use crate::eval::suspend::await_future;
use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{Class, Kwargs};
use crate::runtime::value::Value;
use crate::stdlib::{ClassSpec, Native, NativeObj};
use corun_macros::{method, staticmethod};

type Waiters = RefCell<VecDeque<Rc<FutureObj>>>;

pub struct Lock {
    pub locked: Cell<bool>,
    pub waiters: Waiters,
}

pub struct Event {
    pub value: Cell<bool>,
    pub waiters: Waiters,
}

pub struct Semaphore {
    pub value: Cell<i64>,
    pub waiters: Waiters,
    /// A BoundedSemaphore's initial value.
    pub bound: Option<i64>,
}

pub struct Condition {
    /// The underlying Lock object.
    pub lock: Rc<NativeObj>,
    pub waiters: Waiters,
}

fn is_cancelled_error(ip: &Interp, e: &crate::runtime::exceptions::Exc) -> bool {
    e.is_instance(ip.exc_class(ExcKind::CancelledError))
}

// ---- Event ----

impl Event {
    pub fn new(value: bool) -> Event {
        Event {
            value: Cell::new(value),
            waiters: RefCell::new(VecDeque::new()),
        }
    }

    pub fn set(&self, ip: &Interp) {
        if !self.value.get() {
            self.value.set(true);
            let ws: Vec<Rc<FutureObj>> = self.waiters.borrow().iter().cloned().collect();
            for f in ws {
                if !f.is_done() {
                    let _ = f.set_result(ip, Value::bool(true));
                }
            }
        }
    }

    pub fn clear(&self) {
        self.value.set(false);
    }

    pub async fn wait(&self, ip: &Interp) -> PyResult<Value> {
        self.wait_as(ip, "Event.wait()").await
    }

    /// `wait`, shown as `what` in a timeline (a queue's `join` waits on an event).
    pub async fn wait_as(&self, ip: &Interp, what: &'static str) -> PyResult<Value> {
        if self.value.get() {
            return Ok(Value::bool(true));
        }
        let fut = FutureObj::untracked();
        crate::aio::trace::label(ip, &fut, None, || what.into());
        self.waiters.borrow_mut().push_back(fut.clone());
        let r = await_future(ip, fut.clone()).await;
        remove_waiter(&self.waiters, &fut);
        r?;
        Ok(Value::bool(true))
    }
}

// ---- Lock ----

impl Lock {
    pub async fn acquire(&self, ip: &Interp) -> PyResult<Value> {
        if !self.locked.get() && self.waiters.borrow().iter().all(|w| w.is_cancelled()) {
            self.locked.set(true);
            return Ok(Value::bool(true));
        }
        let fut = FutureObj::untracked();
        crate::aio::trace::label(ip, &fut, None, || "Lock.acquire()".into());
        self.waiters.borrow_mut().push_back(fut.clone());
        let r = await_future(ip, fut.clone()).await;
        remove_waiter(&self.waiters, &fut);
        if let Err(e) = r {
            if is_cancelled_error(ip, &e) && !self.locked.get() {
                self.wake_up_first(ip);
            }
            return Err(e);
        }
        self.locked.set(true);
        Ok(Value::bool(true))
    }

    pub fn release(&self, ip: &Interp) -> PyResult<()> {
        if self.locked.get() {
            self.locked.set(false);
            self.wake_up_first(ip);
            Ok(())
        } else {
            Err(ip.err(ExcKind::RuntimeError, "Lock is not acquired."))
        }
    }

    fn wake_up_first(&self, ip: &Interp) {
        let first = self.waiters.borrow().front().cloned();
        if let Some(f) = first {
            if !f.is_done() {
                let _ = f.set_result(ip, Value::bool(true));
            }
        }
    }
}

// ---- Semaphore ----

impl Semaphore {
    fn locked(&self) -> bool {
        self.value.get() == 0 || self.waiters.borrow().iter().any(|w| !w.is_cancelled())
    }

    async fn acquire(&self, ip: &Interp) -> PyResult<Value> {
        if !self.locked() {
            self.value.set(self.value.get() - 1);
            return Ok(Value::bool(true));
        }
        let fut = FutureObj::untracked();
        crate::aio::trace::label(ip, &fut, None, || "Semaphore.acquire()".into());
        self.waiters.borrow_mut().push_back(fut.clone());
        let r = await_future(ip, fut.clone()).await;
        remove_waiter(&self.waiters, &fut);
        if let Err(e) = r {
            if is_cancelled_error(ip, &e) && !fut.is_cancelled() {
                self.value.set(self.value.get() + 1);
                self.wake_up_next(ip);
            }
            return Err(e);
        }
        if self.value.get() > 0 {
            self.wake_up_next(ip);
        }
        Ok(Value::bool(true))
    }

    fn release(&self, ip: &Interp) -> PyResult<()> {
        if let Some(b) = self.bound {
            if self.value.get() >= b {
                return Err(ip.err(
                    ExcKind::ValueError,
                    "BoundedSemaphore released too many times",
                ));
            }
        }
        self.value.set(self.value.get() + 1);
        self.wake_up_next(ip);
        Ok(())
    }

    fn wake_up_next(&self, ip: &Interp) {
        let ws: Vec<Rc<FutureObj>> = self.waiters.borrow().iter().cloned().collect();
        for f in ws {
            if !f.is_done() {
                self.value.set(self.value.get() - 1);
                let _ = f.set_result(ip, Value::bool(true));
                return;
            }
        }
    }
}

// ---- Condition ----

fn lock_of(o: &NativeObj) -> &Lock {
    match aio(o) {
        AioObj::Lock(l) => l,
        _ => unreachable!("a lock"),
    }
}

impl Condition {
    fn lock(&self) -> &Lock {
        lock_of(&self.lock)
    }

    async fn wait(&self, ip: &Interp) -> PyResult<Value> {
        let lock = self.lock();
        if !lock.locked.get() {
            return Err(ip.err(ExcKind::RuntimeError, "cannot wait on un-acquired lock"));
        }
        lock.release(ip)?;
        let fut = FutureObj::untracked();
        crate::aio::trace::label(ip, &fut, None, || "Condition.wait()".into());
        self.waiters.borrow_mut().push_back(fut.clone());
        let r = await_future(ip, fut.clone()).await;
        remove_waiter(&self.waiters, &fut);
        // Must reacquire the lock even if the wait is cancelled.
        let mut cancelled = false;
        loop {
            match lock.acquire(ip).await {
                Ok(_) => break,
                Err(e) if is_cancelled_error(ip, &e) => cancelled = true,
                Err(e) => return Err(e),
            }
        }
        if cancelled {
            return Err(ip.err_noargs(ExcKind::CancelledError));
        }
        r?;
        Ok(Value::bool(true))
    }

    fn notify(&self, ip: &Interp, n: i64) -> PyResult<()> {
        if !self.lock().locked.get() {
            return Err(ip.err(ExcKind::RuntimeError, "cannot notify on un-acquired lock"));
        }
        let mut idx = 0;
        let ws: Vec<Rc<FutureObj>> = self.waiters.borrow().iter().cloned().collect();
        for f in ws {
            if idx >= n {
                break;
            }
            if !f.is_done() {
                idx += 1;
                let _ = f.set_result(ip, Value::bool(false));
            }
        }
        Ok(())
    }
}

pub fn condition_attr(
    _ip: &Interp,
    _o: &Rc<NativeObj>,
    _c: &Condition,
    _name: Symbol,
) -> PyResult<Option<Value>> {
    Ok(None)
}

// ---- methods ----

fn recv_any<'a>(ip: &Interp, args: &'a [Value]) -> PyResult<&'a Rc<NativeObj>> {
    recv(ip, args, "lock")
}

/// `acquire()` of a Lock, Semaphore or Condition (`qualname` names it): a coroutine.
fn m_acquire(ip: &Interp, args: &[Value], qualname: &'static str) -> PyResult<Value> {
    let o = recv_any(ip, args)?.clone();
    Ok(native_coro("acquire", qualname, move |ipr| async move {
        acquire(&ipr, &o).await
    }))
}

#[method("asyncio.Lock", "acquire($self)", style = py, raw)]
fn lock_acquire(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    m_acquire(ip, args, "Lock.acquire")
}

#[method("asyncio.Semaphore", "acquire($self)", style = py, raw)]
fn sem_acquire(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    m_acquire(ip, args, "Semaphore.acquire")
}

async fn acquire(ip: &Interp, o: &Rc<NativeObj>) -> PyResult<Value> {
    match aio(o) {
        AioObj::Lock(l) => l.acquire(ip).await,
        AioObj::Semaphore(s) => s.acquire(ip).await,
        AioObj::Condition(c) => c.lock().acquire(ip).await,
        _ => ip.type_error("acquire() needs a lock"),
    }
}

fn release(ip: &Interp, o: &Rc<NativeObj>) -> PyResult<()> {
    match aio(o) {
        AioObj::Lock(l) => l.release(ip),
        AioObj::Semaphore(s) => s.release(ip),
        AioObj::Condition(c) => c.lock().release(ip),
        _ => ip.type_error("release() needs a lock"),
    }
}

#[method("asyncio.Lock", "release($self)", style = py, raw)]
fn lock_release(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    release(ip, recv_any(ip, args)?)?;
    Ok(Value::None)
}

#[method("asyncio.Semaphore", "release($self)", style = py, raw)]
fn sem_release(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    lock_release(ip, args, kw)
}

#[method("asyncio.BoundedSemaphore", "release($self)", style = py, raw)]
fn bsem_release(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    lock_release(ip, args, kw)
}

#[method("asyncio.Lock", "locked($self)", style = py, raw)]
fn lock_locked(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::bool(match aio(recv_any(ip, args)?) {
        AioObj::Lock(l) => l.locked.get(),
        AioObj::Semaphore(s) => s.locked(),
        AioObj::Condition(c) => c.lock().locked.get(),
        _ => false,
    }))
}

#[method("asyncio.Semaphore", "locked($self)", style = py, raw)]
fn sem_locked(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    lock_locked(ip, args, kw)
}

#[method("asyncio._ContextManagerMixin", "__aenter__($self)", style = py, raw)]
fn m_aenter(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_any(ip, args)?.clone();
    Ok(native_coro(
        "__aenter__",
        "_ContextManagerMixin.__aenter__",
        move |ipr| async move {
            acquire(&ipr, &o).await?;
            Ok(Value::None)
        },
    ))
}

#[method("asyncio._ContextManagerMixin", "__aexit__($self, exc_type, exc, tb)", style = py, raw)]
fn m_aexit(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_any(ip, args)?.clone();
    Ok(native_coro(
        "__aexit__",
        "_ContextManagerMixin.__aexit__",
        move |ipr| async move {
            release(&ipr, &o)?;
            Ok(Value::None)
        },
    ))
}

fn recv_event<'a>(ip: &Interp, args: &'a [Value]) -> PyResult<&'a Rc<NativeObj>> {
    let o = recv(ip, args, "Event")?;
    match aio(o) {
        AioObj::Event(_) => Ok(o),
        _ => ip.type_error("descriptor requires an 'Event' object"),
    }
}

fn event_of(o: &NativeObj) -> &Event {
    match aio(o) {
        AioObj::Event(e) => e,
        _ => unreachable!("an event"),
    }
}

#[method("asyncio.Event", "set($self)", style = py, raw)]
fn ev_set(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    event_of(recv_event(ip, args)?).set(ip);
    Ok(Value::None)
}

#[method("asyncio.Event", "clear($self)", style = py, raw)]
fn ev_clear(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    event_of(recv_event(ip, args)?).clear();
    Ok(Value::None)
}

#[method("asyncio.Event", "is_set($self)", style = py, raw)]
fn ev_is_set(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::bool(event_of(recv_event(ip, args)?).value.get()))
}

#[method("asyncio.Event", "wait($self)", style = py, raw)]
fn ev_wait(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    m_wait(ip, args)
}

#[method("asyncio.Condition", "wait($self)", style = py, raw)]
fn cond_wait(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    m_wait(ip, args)
}

/// `wait()` of an Event or a Condition.
fn m_wait(ip: &Interp, args: &[Value]) -> PyResult<Value> {
    let o = recv_any(ip, args)?.clone();
    match aio(&o) {
        AioObj::Event(_) => Ok(native_coro("wait", "Event.wait", move |ipr| async move {
            event_of(&o).wait(&ipr).await
        })),
        AioObj::Condition(_) => Ok(native_coro(
            "wait",
            "Condition.wait",
            move |ipr| async move {
                let AioObj::Condition(c) = aio(&o) else {
                    unreachable!()
                };
                c.wait(&ipr).await
            },
        )),
        _ => ip.type_error("wait() needs an Event or a Condition"),
    }
}

fn recv_cond<'a>(ip: &Interp, args: &'a [Value]) -> PyResult<&'a Condition> {
    match aio(recv_any(ip, args)?) {
        AioObj::Condition(c) => Ok(c),
        _ => ip.type_error("descriptor requires a 'Condition' object"),
    }
}

#[method("asyncio.Condition", "wait_for($self, predicate)", style = py, raw)]
fn cond_wait_for(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    recv_cond(ip, args)?;
    let o = recv_any(ip, args)?.clone();
    let pred = args[1].clone();
    Ok(native_coro(
        "wait_for",
        "Condition.wait_for",
        move |ipr| async move {
            let ip = &*ipr;
            let AioObj::Condition(c) = aio(&o) else {
                unreachable!()
            };
            let mut result = crate::stdlib::call_with(ip, &pred, &[])?;
            while !ops::truthy(ip, &result)? {
                c.wait(ip).await?;
                result = crate::stdlib::call_with(ip, &pred, &[])?;
            }
            Ok(result)
        },
    ))
}

#[method("asyncio.Condition", "notify($self, n=1)", style = py, raw)]
fn cond_notify(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let c = recv_cond(ip, args)?;
    let n = match args.get(1).cloned() {
        None => 1,
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b as i64,
        Some(other) => {
            return ip.type_error(format!(
                "'>=' not supported between instances of 'int' and '{}'",
                ops::type_name(ip, &other)
            ))
        }
    };
    c.notify(ip, n)?;
    Ok(Value::None)
}

#[method("asyncio.Condition", "notify_all($self)", style = py, raw)]
fn cond_notify_all(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let c = recv_cond(ip, args)?;
    let n = c.waiters.borrow().len() as i64;
    c.notify(ip, n)?;
    Ok(Value::None)
}

// ---- constructors ----

/// The class a constructor is given first.
pub(crate) fn the_class(ip: &Interp, cls: &Value) -> PyResult<Rc<Class>> {
    match cls {
        Value::Class(c) => Ok(c.clone()),
        _ => ip.type_error("__new__ needs a class"),
    }
}

fn make(cls: Rc<Class>, a: AioObj) -> Value {
    Value::Native(NativeObj::make(cls, Native::Aio(a)))
}

pub fn new_lock(ip: &Interp) -> Value {
    make(
        crate::stdlib::class(ip, &LOCK),
        AioObj::Lock(Lock {
            locked: Cell::new(false),
            waiters: RefCell::new(VecDeque::new()),
        }),
    )
}

#[staticmethod("asyncio.Lock", "__init__($type)", attr = "__new__", style = py)]
fn lock_new(ip: &Interp, cls: &Value) -> PyResult<Value> {
    let cls = the_class(ip, cls)?;
    Ok(make(
        cls,
        AioObj::Lock(Lock {
            locked: Cell::new(false),
            waiters: RefCell::new(VecDeque::new()),
        }),
    ))
}

#[staticmethod("asyncio.Event", "__init__($type)", attr = "__new__", style = py)]
fn event_new(ip: &Interp, cls: &Value) -> PyResult<Value> {
    let cls = the_class(ip, cls)?;
    Ok(make(cls, AioObj::Event(Event::new(false))))
}

fn sem_new_with(ip: &Interp, cls: &Value, value: Option<&Value>, bounded: bool) -> PyResult<Value> {
    let cls = the_class(ip, cls)?;
    let value = match value {
        None => 1,
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => b.get() as i64,
        Some(other) => {
            return ip.type_error(format!(
                "'<' not supported between instances of '{}' and 'int'",
                ops::type_name(ip, other)
            ))
        }
    };
    if value < 0 {
        return Err(ip.err(ExcKind::ValueError, "Semaphore initial value must be >= 0"));
    }
    Ok(make(
        cls,
        AioObj::Semaphore(Semaphore {
            value: Cell::new(value),
            waiters: RefCell::new(VecDeque::new()),
            bound: bounded.then_some(value),
        }),
    ))
}

#[staticmethod("asyncio.Semaphore", "__init__($type, value=1)", attr = "__new__", style = py)]
fn sem_new(ip: &Interp, cls: &Value, value: Option<&Value>) -> PyResult<Value> {
    sem_new_with(ip, cls, value, false)
}

#[staticmethod(
    "asyncio.BoundedSemaphore",
    "__init__($type, value=1)",
    attr = "__new__",
    style = py
)]
fn bsem_new(ip: &Interp, cls: &Value, value: Option<&Value>) -> PyResult<Value> {
    sem_new_with(ip, cls, value, true)
}

#[staticmethod("asyncio.Condition", "__init__($type, lock=None)", attr = "__new__", style = py)]
fn cond_new(ip: &Interp, cls: &Value, lock: Option<&Value>) -> PyResult<Value> {
    let cls = the_class(ip, cls)?;
    let lock = match lock {
        None | Some(Value::None) => new_lock(ip),
        Some(v) => v.clone(),
    };
    let lock = match &lock {
        Value::Native(o) if matches!(o.kind, Native::Aio(AioObj::Lock(_))) => o.clone(),
        _ => return ip.type_error("Condition() needs an asyncio.Lock"),
    };
    Ok(make(
        cls,
        AioObj::Condition(Condition {
            lock,
            waiters: RefCell::new(VecDeque::new()),
        }),
    ))
}

/// `<asyncio.locks.Lock object at 0x… [unlocked]>` and the like.
pub fn repr(a: &AioObj, base: &str) -> String {
    let (extra, waiters) = match a {
        AioObj::Lock(l) => (
            (if l.locked.get() { "locked" } else { "unlocked" }).to_string(),
            l.waiters.borrow().len(),
        ),
        AioObj::Event(e) => (
            (if e.value.get() { "set" } else { "unset" }).to_string(),
            e.waiters.borrow().len(),
        ),
        AioObj::Semaphore(s) => (
            if s.locked() {
                "locked".to_string()
            } else {
                format!("unlocked, value:{}", s.value.get())
            },
            s.waiters.borrow().len(),
        ),
        AioObj::Condition(c) => (
            (if c.lock().locked.get() {
                "locked"
            } else {
                "unlocked"
            })
            .to_string(),
            c.waiters.borrow().len(),
        ),
        _ => (String::new(), 0),
    };
    let extra = if waiters > 0 {
        format!("{}, waiters:{}", extra, waiters)
    } else {
        extra
    };
    format!("<{} [{}]>", &base[1..base.len() - 1], extra)
}

pub static LOCK: ClassSpec = ClassSpec {
    key: "asyncio.Lock",
    module: "asyncio.locks",
    name: "Lock",
    base: None,
    new: None,
    methods: &[&M_AENTER, &M_AEXIT],
};

pub static EVENT: ClassSpec = ClassSpec {
    key: "asyncio.Event",
    module: "asyncio.locks",
    name: "Event",
    base: None,
    new: None,
    methods: &[],
};

pub static SEMAPHORE: ClassSpec = ClassSpec {
    key: "asyncio.Semaphore",
    module: "asyncio.locks",
    name: "Semaphore",
    base: None,
    new: None,
    methods: &[&M_AENTER, &M_AEXIT],
};

pub static BOUNDED_SEMAPHORE: ClassSpec = ClassSpec {
    key: "asyncio.BoundedSemaphore",
    module: "asyncio.locks",
    name: "BoundedSemaphore",
    base: None,
    new: None,
    // What it inherits from Semaphore, besides its own `release`.
    methods: &[&SEM_ACQUIRE, &SEM_LOCKED, &M_AENTER, &M_AEXIT],
};

pub static CONDITION: ClassSpec = ClassSpec {
    key: "asyncio.Condition",
    module: "asyncio.locks",
    name: "Condition",
    base: None,
    new: None,
    // Its lock's methods (CPython binds them to the instance), besides its own.
    methods: &[
        &LOCK_ACQUIRE,
        &LOCK_RELEASE,
        &LOCK_LOCKED,
        &M_AENTER,
        &M_AEXIT,
    ],
};
