//! `asyncio.Queue`, `LifoQueue` and `PriorityQueue`, following CPython's `queues.py` step for
//! step (the same waiters, woken in the same order).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::aio::future::FutureObj;
use crate::aio::locks::Event;
use crate::aio::objects::{aio, native_coro, recv, remove_waiter, AioObj};
use crate::eval::suspend::await_future;
use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{BuiltinFn, Kwargs};
use crate::runtime::value::Value;
use crate::stdlib::{ClassSpec, Native, NativeObj};
use crate::syntax::ast::CmpOp;
use corun_macros::{method, staticmethod};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum QKind {
    Fifo,
    Lifo,
    Priority,
}

pub struct Queue {
    pub kind: QKind,
    pub maxsize: Value,
    max: i64,
    pub items: RefCell<VecDeque<Value>>,
    pub getters: RefCell<VecDeque<Rc<FutureObj>>>,
    pub putters: RefCell<VecDeque<Rc<FutureObj>>>,
    pub unfinished: Cell<i64>,
    pub finished: Event,
}

impl Queue {
    fn qsize(&self) -> usize {
        self.items.borrow().len()
    }
    fn empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
    /// `full()`: a maxsize that is not a number fails here, as CPython's comparison does.
    fn full(&self, ip: &Interp) -> PyResult<bool> {
        if self.max == i64::MIN && !matches!(self.maxsize, Value::Int(_)) {
            return ip.type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                ops::type_name(ip, &self.maxsize)
            ));
        }
        Ok(self.max > 0 && self.qsize() as i64 >= self.max)
    }
}

fn queue_of(o: &NativeObj) -> &Queue {
    match aio(o) {
        AioObj::Queue(q) => q,
        _ => unreachable!("a queue"),
    }
}

fn recv_queue<'a>(ip: &Interp, args: &'a [Value]) -> PyResult<&'a Rc<NativeObj>> {
    let o = recv(ip, args, "Queue")?;
    match aio(o) {
        AioObj::Queue(_) => Ok(o),
        _ => ip.type_error("descriptor requires a 'Queue' object"),
    }
}

/// `_wakeup_next`: the first waiter not yet done gets its result.
pub fn wakeup_next(ip: &Interp, waiters: &RefCell<VecDeque<Rc<FutureObj>>>) {
    loop {
        let w = waiters.borrow_mut().pop_front();
        match w {
            None => return,
            Some(w) if !w.is_done() => {
                let _ = w.set_result(ip, Value::None);
                return;
            }
            Some(_) => {}
        }
    }
}

fn lt(ip: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    ops::compare(ip, CmpOp::Lt, a, b)
}

/// heapq's `heappush`.
fn heap_push(ip: &Interp, h: &mut VecDeque<Value>, item: Value) -> PyResult<()> {
    h.push_back(item);
    let mut pos = h.len() - 1;
    while pos > 0 {
        let parent = (pos - 1) / 2;
        if lt(ip, &h[pos], &h[parent])? {
            h.swap(pos, parent);
            pos = parent;
        } else {
            break;
        }
    }
    Ok(())
}

/// heapq's `heappop` (its `_siftup`, so ties come out in CPython's order).
fn heap_pop(ip: &Interp, h: &mut VecDeque<Value>) -> PyResult<Value> {
    let last = h.pop_back().expect("not empty");
    if h.is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut h[0], last);
    let end = h.len();
    let mut pos = 0;
    let mut child = 1;
    while child < end {
        let right = child + 1;
        if right < end && !lt(ip, &h[child], &h[right])? {
            child = right;
        }
        h.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    // _siftdown from 0 to pos
    while pos > 0 {
        let parent = (pos - 1) / 2;
        if lt(ip, &h[pos], &h[parent])? {
            h.swap(pos, parent);
            pos = parent;
        } else {
            break;
        }
    }
    Ok(ret)
}

pub(crate) fn put_nowait(ip: &Interp, q: &Queue, item: Value) -> PyResult<()> {
    if q.full(ip)? {
        return Err(ip.err_noargs(ExcKind::QueueFull));
    }
    match q.kind {
        QKind::Priority => {
            let mut h = std::mem::take(&mut *q.items.borrow_mut());
            let r = heap_push(ip, &mut h, item);
            *q.items.borrow_mut() = h;
            r?;
        }
        _ => q.items.borrow_mut().push_back(item),
    }
    q.unfinished.set(q.unfinished.get() + 1);
    q.finished.clear();
    wakeup_next(ip, &q.getters);
    Ok(())
}

fn get_nowait(ip: &Interp, q: &Queue) -> PyResult<Value> {
    if q.empty() {
        return Err(ip.err_noargs(ExcKind::QueueEmpty));
    }
    let item = match q.kind {
        QKind::Fifo => q.items.borrow_mut().pop_front().unwrap(),
        QKind::Lifo => q.items.borrow_mut().pop_back().unwrap(),
        QKind::Priority => {
            let mut h = std::mem::take(&mut *q.items.borrow_mut());
            let r = heap_pop(ip, &mut h);
            *q.items.borrow_mut() = h;
            r?
        }
    };
    wakeup_next(ip, &q.putters);
    Ok(item)
}

#[method("asyncio.Queue", "put($self, item)", style = py, raw)]
fn q_put(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_queue(ip, args)?.clone();
    let item = args[1].clone();
    Ok(native_coro("put", "Queue.put", move |ipr| async move {
        let ip = &*ipr;
        let q = queue_of(&o);
        while q.full(ip)? {
            let putter = FutureObj::untracked();
            crate::aio::trace::label(ip, &putter, None, || "Queue.put()".into());
            q.putters.borrow_mut().push_back(putter.clone());
            if let Err(e) = await_future(ip, putter.clone()).await {
                putter.cancel(ip, None);
                remove_waiter(&q.putters, &putter);
                if !q.full(ip).unwrap_or(false) && !putter.is_cancelled() {
                    wakeup_next(ip, &q.putters);
                }
                return Err(e);
            }
        }
        put_nowait(ip, q, item)?;
        Ok(Value::None)
    }))
}

#[method("asyncio.Queue", "get($self)", style = py, raw)]
pub(crate) fn q_get(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_queue(ip, args)?.clone();
    Ok(native_coro("get", "Queue.get", move |ipr| async move {
        let ip = &*ipr;
        let q = queue_of(&o);
        while q.empty() {
            let getter = FutureObj::untracked();
            crate::aio::trace::label(ip, &getter, None, || "Queue.get()".into());
            q.getters.borrow_mut().push_back(getter.clone());
            if let Err(e) = await_future(ip, getter.clone()).await {
                getter.cancel(ip, None);
                remove_waiter(&q.getters, &getter);
                if !q.empty() && !getter.is_cancelled() {
                    wakeup_next(ip, &q.getters);
                }
                return Err(e);
            }
        }
        get_nowait(ip, q)
    }))
}

#[method("asyncio.Queue", "put_nowait($self, item)", style = py, raw)]
fn q_put_nowait(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_queue(ip, args)?;
    put_nowait(ip, queue_of(o), args[1].clone())?;
    Ok(Value::None)
}

#[method("asyncio.Queue", "get_nowait($self)", style = py, raw)]
fn q_get_nowait(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    get_nowait(ip, queue_of(recv_queue(ip, args)?))
}

#[method("asyncio.Queue", "qsize($self)", style = py, raw)]
fn q_qsize(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(queue_of(recv_queue(ip, args)?).qsize() as i64))
}

#[method("asyncio.Queue", "empty($self)", style = py, raw)]
fn q_empty(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::bool(queue_of(recv_queue(ip, args)?).empty()))
}

#[method("asyncio.Queue", "full($self)", style = py, raw)]
fn q_full(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::bool(queue_of(recv_queue(ip, args)?).full(ip)?))
}

#[method("asyncio.Queue", "task_done($self)", style = py, raw)]
fn q_task_done(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let q = queue_of(recv_queue(ip, args)?);
    if q.unfinished.get() <= 0 {
        return Err(ip.err(ExcKind::ValueError, "task_done() called too many times"));
    }
    q.unfinished.set(q.unfinished.get() - 1);
    if q.unfinished.get() == 0 {
        q.finished.set(ip);
    }
    Ok(Value::None)
}

#[method("asyncio.Queue", "join($self)", style = py, raw)]
fn q_join(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let o = recv_queue(ip, args)?.clone();
    Ok(native_coro("join", "Queue.join", move |ipr| async move {
        let ip = &*ipr;
        let q = queue_of(&o);
        if q.unfinished.get() > 0 {
            q.finished.wait_as(ip, "Queue.join()").await?;
        }
        Ok(Value::None)
    }))
}

fn new_queue(ip: &Interp, cls: &Value, maxsize: Option<&Value>, kind: QKind) -> PyResult<Value> {
    let cls = crate::aio::locks::the_class(ip, cls)?;
    let maxsize = maxsize.cloned().unwrap_or(Value::Int(0));
    let max = match &maxsize {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Float(f) => f.get().ceil() as i64,
        Value::BigInt(_) => i64::MAX,
        _ => i64::MIN,
    };
    let q = Queue {
        kind,
        maxsize,
        max,
        items: RefCell::new(VecDeque::new()),
        getters: RefCell::new(VecDeque::new()),
        putters: RefCell::new(VecDeque::new()),
        unfinished: Cell::new(0),
        finished: Event::new(true),
    };
    Ok(Value::Native(NativeObj::make(
        cls,
        Native::Aio(AioObj::Queue(q)),
    )))
}

/// A new `asyncio.Queue`, unbounded.
pub(crate) fn new_fifo(ip: &Interp) -> PyResult<Value> {
    new_queue(
        ip,
        &Value::Class(crate::stdlib::class(ip, &QUEUE)),
        None,
        QKind::Fifo,
    )
}

#[staticmethod("asyncio.Queue", "__init__($type, maxsize=0)", attr = "__new__", style = py)]
fn queue_new(ip: &Interp, cls: &Value, maxsize: Option<&Value>) -> PyResult<Value> {
    new_queue(ip, cls, maxsize, QKind::Fifo)
}

#[staticmethod(
    "asyncio.LifoQueue",
    "__init__($type, maxsize=0)",
    attr = "__new__",
    style = py,
    defined_in = "Queue"
)]
fn lifo_new(ip: &Interp, cls: &Value, maxsize: Option<&Value>) -> PyResult<Value> {
    new_queue(ip, cls, maxsize, QKind::Lifo)
}

#[staticmethod(
    "asyncio.PriorityQueue",
    "__init__($type, maxsize=0)",
    attr = "__new__",
    style = py,
    defined_in = "Queue"
)]
fn prio_new(ip: &Interp, cls: &Value, maxsize: Option<&Value>) -> PyResult<Value> {
    new_queue(ip, cls, maxsize, QKind::Priority)
}

pub fn attr(_ip: &Interp, q: &Queue, name: Symbol) -> PyResult<Option<Value>> {
    Ok(match name.as_str() {
        "maxsize" => Some(q.maxsize.clone()),
        _ => None,
    })
}

/// `str(queue)`: the repr without the address; None for other objects.
pub fn str_of(ip: &Interp, o: &Rc<NativeObj>) -> Option<PyResult<String>> {
    match &o.kind {
        Native::Aio(AioObj::Queue(q)) => Some(format(ip, o, q, None)),
        _ => None,
    }
}

pub fn repr(ip: &Interp, o: &Rc<NativeObj>, q: &Queue, addr: usize) -> PyResult<String> {
    format(ip, o, q, Some(addr))
}

fn format(ip: &Interp, o: &Rc<NativeObj>, q: &Queue, addr: Option<usize>) -> PyResult<String> {
    let mut s = format!("<{}", o.class.qualname);
    if let Some(addr) = addr {
        s.push_str(&format!(" at {:#x}", addr));
    }
    s.push_str(&format!(
        " maxsize={}",
        crate::runtime::repr::repr(ip, &q.maxsize)?
    ));
    let items: Vec<Value> = q.items.borrow().iter().cloned().collect();
    if !items.is_empty() {
        s.push_str(&format!(
            " _queue={}",
            crate::runtime::repr::repr(ip, &Value::list(items))?
        ));
    }
    let g = q.getters.borrow().len();
    if g > 0 {
        s.push_str(&format!(" _getters[{}]", g));
    }
    let p = q.putters.borrow().len();
    if p > 0 {
        s.push_str(&format!(" _putters[{}]", p));
    }
    if q.unfinished.get() != 0 {
        s.push_str(&format!(" tasks={}", q.unfinished.get()));
    }
    s.push('>');
    Ok(s)
}

/// What LifoQueue and PriorityQueue inherit from Queue.
static METHODS: &[&BuiltinFn] = &[
    &Q_PUT,
    &Q_GET,
    &Q_PUT_NOWAIT,
    &Q_GET_NOWAIT,
    &Q_QSIZE,
    &Q_EMPTY,
    &Q_FULL,
    &Q_TASK_DONE,
    &Q_JOIN,
];

pub static QUEUE: ClassSpec = ClassSpec {
    key: "asyncio.Queue",
    module: "asyncio.queues",
    name: "Queue",
    base: None,
    new: None,
    methods: METHODS,
};

pub static LIFO_QUEUE: ClassSpec = ClassSpec {
    key: "asyncio.LifoQueue",
    module: "asyncio.queues",
    name: "LifoQueue",
    base: None,
    new: None,
    methods: METHODS,
};

pub static PRIORITY_QUEUE: ClassSpec = ClassSpec {
    key: "asyncio.PriorityQueue",
    module: "asyncio.queues",
    name: "PriorityQueue",
    base: None,
    new: None,
    methods: METHODS,
};
