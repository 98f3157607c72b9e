//! asyncio's objects written natively (queues, locks, the loop, timeouts): one payload of
//! `Value::Native`, with helpers shared by their methods.

use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

use crate::aio::future::FutureObj;
use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::coroutine::{CoKind, CoroBody, CoroNames, Coroutine};
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::Value;
use crate::stdlib::{Native, NativeObj};

/// What an asyncio native object holds.
pub enum AioObj {
    Queue(crate::aio::queues::Queue),
    Lock(crate::aio::locks::Lock),
    Event(crate::aio::locks::Event),
    Semaphore(crate::aio::locks::Semaphore),
    Condition(crate::aio::locks::Condition),
    /// An event loop object (`get_running_loop()`, `new_event_loop()`): whether it is closed.
    Loop(std::cell::Cell<bool>),
    /// What `call_soon`/`call_later` return: the handle's cancel flag, its deadline and what
    /// it calls (`f(1) at x.py:3`).
    TimerHandle(Rc<std::cell::Cell<bool>>, Option<f64>, Rc<str>),
    /// `asyncio.timeout()`.
    Timeout(crate::aio::waiting::Timeout),
}

/// The asyncio payload of the receiver `args[0]`.
pub fn recv<'a>(ip: &Interp, args: &'a [Value], what: &str) -> PyResult<&'a Rc<NativeObj>> {
    match args.first() {
        Some(Value::Native(o)) if matches!(o.kind, Native::Aio(_)) => Ok(o),
        _ => ip.type_error(format!("descriptor requires a '{}' object", what)),
    }
}

pub fn aio(o: &NativeObj) -> &AioObj {
    match &o.kind {
        Native::Aio(a) => a,
        _ => unreachable!("checked by recv"),
    }
}

/// Cached coroutine names: the addresses of their static texts, and the shared names.
type NameEntry = ([usize; 4], Rc<CoroNames>);

/// A coroutine object running `body` (a natively written `async def`).
pub fn native_coro<F, Fut>(name: &'static str, qualname: &'static str, body: F) -> Value
where
    F: FnOnce(Rc<Interp>) -> Fut + 'static,
    Fut: Future<Output = PyResult<Value>> + 'static,
{
    thread_local! {
        /// The names made so far, found by the address of the static text (no hashing).
        static NAMES: std::cell::RefCell<Vec<NameEntry>> = const {
            std::cell::RefCell::new(Vec::new())
        };
    }
    let names = NAMES.with(|n| {
        let key = [
            name.as_ptr() as usize,
            name.len(),
            qualname.as_ptr() as usize,
            qualname.len(),
        ];
        let mut n = n.borrow_mut();
        if let Some((_, v)) = n.iter().find(|(k, _)| *k == key) {
            return v.clone();
        }
        let v = CoroNames::new(Rc::from(name), Rc::from(qualname));
        n.push((key, v.clone()));
        v
    });
    Value::Coroutine(Coroutine::with_names(
        CoKind::Coroutine,
        names,
        CoroBody::Native(Box::new(move |ip| Box::pin(body(ip)))),
    ))
}

/// Removes `fut` from a queue of waiters (`deque.remove`).
pub fn remove_waiter(waiters: &std::cell::RefCell<VecDeque<Rc<FutureObj>>>, fut: &Rc<FutureObj>) {
    let mut w = waiters.borrow_mut();
    if let Some(i) = w.iter().position(|x| Rc::ptr_eq(x, fut)) {
        w.remove(i);
    }
}

pub fn getattr(
    ip: &Interp,
    o: &Rc<NativeObj>,
    a: &AioObj,
    name: Symbol,
) -> PyResult<Option<Value>> {
    match a {
        AioObj::Queue(q) => crate::aio::queues::attr(ip, q, name),
        AioObj::Condition(c) => crate::aio::locks::condition_attr(ip, o, c, name),
        AioObj::Loop(_) => Ok(crate::aio::api::loop_attr(ip, name)),
        _ => Ok(None),
    }
}

pub fn repr(ip: &Interp, o: &Rc<NativeObj>, a: &AioObj, addr: usize) -> PyResult<String> {
    let base = format!(
        "<{}.{} object at {:#x}>",
        o.class.module, o.class.qualname, addr
    );
    match a {
        AioObj::Queue(q) => crate::aio::queues::repr(ip, o, q, addr),
        AioObj::Lock(_) | AioObj::Event(_) | AioObj::Semaphore(_) | AioObj::Condition(_) => {
            Ok(crate::aio::locks::repr(a, &base))
        }
        AioObj::Loop(closed) => {
            let running =
                !closed.get() && ip.event_loop.running.get() && crate::aio::api::is_current_loop(o);
            let b = |x: bool| if x { "True" } else { "False" };
            Ok(format!(
                "<_UnixSelectorEventLoop running={} closed={} debug={}>",
                b(running),
                b(closed.get()),
                b(ip.event_loop.debug.get())
            ))
        }
        AioObj::TimerHandle(c, when, desc) => {
            Ok(crate::aio::api::handle_repr(c.get(), *when, desc))
        }
        AioObj::Timeout(t) => Ok(crate::aio::waiting::timeout_repr(t)),
    }
}

/// Whether the object can hold references to containers: its waiters' futures (whose callbacks
/// hold tasks), a queue's items, a condition's lock, a timeout's task.
pub fn holds_values(a: &AioObj) -> bool {
    !matches!(a, AioObj::Loop(_) | AioObj::TimerHandle(..))
}

/// Reports the references the object holds, for the cycle collector: a task waiting on a lock,
/// an event or a queue that nothing else reaches is garbage, as in CPython.
pub fn traverse(a: &AioObj, v: &mut crate::runtime::gc::Visit) {
    fn futures(w: &std::cell::RefCell<VecDeque<Rc<FutureObj>>>, v: &mut crate::runtime::gc::Visit) {
        match w.try_borrow() {
            Ok(w) => w.iter().for_each(|f| v.rc(f)),
            Err(_) => v.busy(),
        }
    }
    match a {
        AioObj::Queue(q) => {
            match q.items.try_borrow() {
                Ok(items) => v.values(items.iter()),
                Err(_) => v.busy(),
            }
            futures(&q.getters, v);
            futures(&q.putters, v);
            futures(&q.finished.waiters, v);
        }
        AioObj::Lock(crate::aio::locks::Lock { waiters, .. })
        | AioObj::Event(crate::aio::locks::Event { waiters, .. })
        | AioObj::Semaphore(crate::aio::locks::Semaphore { waiters, .. }) => futures(waiters, v),
        AioObj::Condition(c) => {
            v.rc(&c.lock);
            futures(&c.waiters, v);
        }
        AioObj::Timeout(t) => match t.task.try_borrow() {
            Ok(task) => task.iter().for_each(|f| v.rc(f)),
            Err(_) => v.busy(),
        },
        AioObj::Loop(_) | AioObj::TimerHandle(..) => {}
    }
}

/// Moves out what `traverse` reports (a condition keeps its lock, which holds no cycle of its
/// own once the lock's waiters are gone).
pub fn clear(a: &AioObj, t: &mut crate::runtime::gc::Trash) {
    fn futures(w: &std::cell::RefCell<VecDeque<Rc<FutureObj>>>, t: &mut crate::runtime::gc::Trash) {
        if let Ok(mut w) = w.try_borrow_mut() {
            t.put(std::mem::take(&mut *w));
        }
    }
    match a {
        AioObj::Queue(q) => {
            if let Ok(mut items) = q.items.try_borrow_mut() {
                t.put(std::mem::take(&mut *items));
            }
            futures(&q.getters, t);
            futures(&q.putters, t);
            futures(&q.finished.waiters, t);
        }
        AioObj::Lock(crate::aio::locks::Lock { waiters, .. })
        | AioObj::Event(crate::aio::locks::Event { waiters, .. })
        | AioObj::Semaphore(crate::aio::locks::Semaphore { waiters, .. })
        | AioObj::Condition(crate::aio::locks::Condition { waiters, .. }) => futures(waiters, t),
        AioObj::Timeout(x) => {
            if let Ok(mut task) = x.task.try_borrow_mut() {
                t.put(task.take());
            }
        }
        AioObj::Loop(_) | AioObj::TimerHandle(..) => {}
    }
}
