//! asyncio's Future and Task (a Task is a Future that drives a coroutine), following CPython's
//! `futures.py` and `tasks.py` step for step.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use crate::aio::event_loop::Handle;
use crate::eval::Interp;
use crate::runtime::coroutine::Coroutine;
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// A done-callback of a future.
#[derive(Clone)]
pub enum DoneCb {
    /// A task waiting on this future: its `__wakeup`.
    Wakeup(Rc<FutureObj>),
    /// `run_until_complete`'s callback: stop the loop.
    StopLoop,
    /// One child of a `gather`.
    Gather(Rc<GatherState>),
    /// A Python callable, called with the future (in an empty `contextvars` context) …
    Py(Value),
    /// … or in this context (boxed, so that a callback stays two words).
    PyCtx(Box<(Value, Value)>),
    /// A callback written in Rust (`wait_for`, `wait`, `shield`, `as_completed`). Boxed, so
    /// that a callback is two words (a handle in the ready queue holds one).
    Native(Box<NativeCb>),
}

/// A done-callback written in Rust; removed again by identity.
pub type NativeCb = Rc<dyn Fn(&Interp, &Rc<FutureObj>)>;

pub struct TaskData {
    pub coro: Rc<Coroutine>,
    /// A `Cell`, not a `RefCell`: one word less.
    pub fut_waiter: Cell<Option<Rc<FutureObj>>>,
    /// The `N` of the default name `Task-N`, made into a string only when asked for (0: no
    /// default name); a name given to the task, or a default one past `u32::MAX`, is kept in
    /// `rare`.
    name_num: u32,
    /// The number of cancellations requested (Task's `_num_cancels_requested`) times two, plus
    /// one while a cancellation is to be thrown into the coroutine at its next step
    /// (`_must_cancel`): one word for both keeps the state at 32 bytes.
    cancels: Cell<u32>,
    /// What few tasks ever have, boxed on first use. A `Cell` taken and put back, not a
    /// `RefCell`: one word less.
    rare: Cell<Option<Box<TaskRare>>>,
}

#[derive(Default)]
struct TaskRare {
    /// A name given by `create_task(name=…)` or `set_name`.
    name: Option<String>,
    /// The message of a requested cancellation (Task's `_cancel_message`).
    cancel_message: Option<Value>,
    /// The CancelledError the coroutine ended with: what awaiting the cancelled task raises
    /// first (Task's `_cancelled_exc`), traceback and all.
    cancelled_exc: Option<Exc>,
    /// The `contextvars` context the task runs in (None: an empty one, made on first use).
    context: Option<Value>,
}

impl TaskData {
    fn new(coro: Rc<Coroutine>, name_num: u64, name: Option<String>) -> TaskData {
        let td = TaskData {
            coro,
            fut_waiter: Cell::new(None),
            name_num: u32::try_from(name_num).unwrap_or(0),
            cancels: Cell::new(0),
            rare: Cell::new(None),
        };
        match name {
            Some(n) => td.set_name(n),
            None if name_num > u64::from(u32::MAX) => td.set_name(format!("Task-{name_num}")),
            None => {}
        }
        td
    }

    /// Whether the task's coroutine counts as part of it for the collector: untracked, and
    /// held by the task alone.
    fn coro_is_part(&self) -> bool {
        !self.coro.has_flag(crate::runtime::coroutine::TRACKED) && Rc::strong_count(&self.coro) == 1
    }

    /// The future the task waits on, if any.
    pub fn waiter(&self) -> Option<Rc<FutureObj>> {
        let w = self.fut_waiter.take();
        self.fut_waiter.set(w.clone());
        w
    }

    /// `_must_cancel`.
    pub fn must_cancel(&self) -> bool {
        self.cancels.get() & 1 != 0
    }

    pub fn set_must_cancel(&self, on: bool) {
        self.cancels.set(self.cancels.get() & !1 | u32::from(on));
    }

    /// `_num_cancels_requested`.
    pub fn cancels_requested(&self) -> u32 {
        self.cancels.get() >> 1
    }

    pub fn set_cancels_requested(&self, n: u32) {
        let n = n.min(u32::MAX >> 1);
        self.cancels.set(n << 1 | (self.cancels.get() & 1));
    }

    /// `get_name()`.
    pub fn name(&self) -> String {
        if let Some(n) = self.with_rare(|r| r.and_then(|r| r.name.clone())) {
            return n;
        }
        if self.name_num == 0 {
            return String::new();
        }
        format!("Task-{}", self.name_num)
    }

    /// `set_name()`.
    pub fn set_name(&self, name: String) {
        self.rare_mut(|r| r.name = Some(name));
    }

    pub fn cancel_message(&self) -> Option<Value> {
        self.with_rare(|r| r.and_then(|r| r.cancel_message.clone()))
    }

    pub fn set_cancel_message(&self, msg: Option<Value>) {
        if msg.is_none() && self.with_rare(|r| r.is_none()) {
            return;
        }
        self.rare_mut(|r| r.cancel_message = msg);
    }

    pub fn take_cancelled_exc(&self) -> Option<Exc> {
        self.with_rare_mut(|r| r.and_then(|r| r.cancelled_exc.take()))
    }

    pub fn set_cancelled_exc(&self, e: Exc) {
        self.rare_mut(|r| r.cancelled_exc = Some(e));
    }

    /// Looks at the rare part. `f` must not reach this task's state again (it only reads and
    /// clones plain data).
    fn with_rare<R>(&self, f: impl FnOnce(Option<&TaskRare>) -> R) -> R {
        self.with_rare_mut(|r| f(r.map(|r| &*r)))
    }

    fn with_rare_mut<R>(&self, f: impl FnOnce(Option<&mut TaskRare>) -> R) -> R {
        let mut rare = self.rare.take();
        let r = f(rare.as_deref_mut());
        self.rare.set(rare);
        r
    }

    /// Takes the task's context out, for its step to run in.
    #[inline]
    pub fn take_context(&self) -> Option<Value> {
        self.with_rare_mut(|r| r.and_then(|r| r.context.take()))
    }

    /// Puts back the context the task's step ran in.
    #[inline]
    pub fn put_context(&self, ctx: Option<Value>) {
        if let Some(c) = ctx {
            self.rare_mut(|r| r.context = Some(c));
        }
    }

    fn rare_mut(&self, f: impl FnOnce(&mut TaskRare)) {
        let mut rare = self.rare.take().unwrap_or_default();
        f(&mut rare);
        self.rare.set(Some(rare));
    }
}

/// A future's done-callbacks, in two words: most futures only ever get one (the task or the
/// gather waiting on them), kept inline; more go to a vector on the heap. A `Cell` that is taken
/// and put back, not a `RefCell`: a word less in every future.
#[derive(Default)]
pub struct Callbacks(pub(crate) Cell<CbList>);

#[derive(Default)]
pub enum CbList {
    #[default]
    Empty,
    One(DoneCb),
    Many(Box<Vec<DoneCb>>),
}

impl CbList {
    fn from_vec(mut v: Vec<DoneCb>) -> CbList {
        match v.len() {
            0 => CbList::Empty,
            1 => CbList::One(v.pop().expect("one callback")),
            _ => CbList::Many(Box::new(v)),
        }
    }

    pub fn into_vec(self) -> Vec<DoneCb> {
        match self {
            CbList::Empty => Vec::new(),
            CbList::One(cb) => vec![cb],
            CbList::Many(v) => *v,
        }
    }
}

impl IntoIterator for CbList {
    type Item = DoneCb;
    type IntoIter = std::iter::Chain<std::option::IntoIter<DoneCb>, std::vec::IntoIter<DoneCb>>;
    fn into_iter(self) -> Self::IntoIter {
        let (one, many) = match self {
            CbList::Empty => (None, Vec::new()),
            CbList::One(cb) => (Some(cb), Vec::new()),
            CbList::Many(v) => (None, *v),
        };
        one.into_iter().chain(many)
    }
}

impl Callbacks {
    /// Takes the callbacks out, leaving none.
    pub fn take(&self) -> CbList {
        self.0.take()
    }

    pub fn push(&self, cb: DoneCb) {
        let l = match self.0.take() {
            CbList::Empty => CbList::One(cb),
            CbList::One(a) => CbList::Many(Box::new(vec![a, cb])),
            CbList::Many(mut v) => {
                v.push(cb);
                CbList::Many(v)
            }
        };
        self.0.set(l);
    }

    /// Replaces the callbacks with these.
    pub fn set_vec(&self, v: Vec<DoneCb>) {
        self.0.set(CbList::from_vec(v));
    }

    /// Keeps only the callbacks `keep` accepts (it must not run Python code).
    pub fn retain(&self, keep: impl FnMut(&DoneCb) -> bool) {
        let mut v = self.0.take().into_vec();
        v.retain(keep);
        self.set_vec(v);
    }

    /// A copy of the callbacks, for a repr (which may run Python code that adds some).
    pub fn snapshot(&self) -> Vec<DoneCb> {
        let l = self.0.take();
        let copy = match &l {
            CbList::Empty => Vec::new(),
            CbList::One(cb) => vec![cb.clone()],
            CbList::Many(v) => (**v).clone(),
        };
        self.0.set(l);
        copy
    }
}

pub struct FutureObj {
    pub state: Cell<FutState>,
    /// Set when an exception is stored, cleared when it is looked at: a future that goes away
    /// with it still set reports "exception was never retrieved".
    pub log_traceback: Cell<bool>,
    /// Whether `slot` holds the exception the future finished with.
    has_exception: Cell<bool>,
    /// Once finished, the result, or the exception (as `Value::Exception`); once cancelled,
    /// the cancel message (None: none); while the future of `asyncio.sleep` is pending, the
    /// result its timer will set. One `Cell` for all of them: a future is 64 bytes.
    slot: Cell<Value>,
    pub callbacks: Callbacks,
    /// A task's own state, boxed: a plain future (what `asyncio.sleep` waits for, say) is
    /// then 64 bytes.
    pub task: Option<Box<TaskData>>,
    /// The loop it belongs to (see `current_loop`): a task that awaits a future of another
    /// loop gets CPython's RuntimeError instead of waiting for ever.
    loop_id: u32,
    /// `FINALIZED`: what its going away reports was reported (by the collector).
    gc_flags: Cell<u8>,
}

thread_local! {
    /// Which loop is the current one: each `asyncio.run` starts a new one. corun has one
    /// event loop, but a future made in one run and awaited in another belongs to a loop that
    /// is gone, as in CPython.
    static LOOP_ID: Cell<u32> = const { Cell::new(0) };
}

/// A new loop starts (`asyncio.run`): futures made from now on belong to it.
pub fn start_new_loop() {
    LOOP_ID.with(|l| l.set(l.get().wrapping_add(1)));
}

fn current_loop() -> u32 {
    LOOP_ID.with(|l| l.get())
}

/// The future's finalizer has run.
const FINALIZED: u8 = 1;
/// The collector tracks it.
const TRACKED: u8 = 2;
/// A task that goes away pending says nothing (Task's `_log_destroy_pending` false: what
/// `gather` sets on the tasks it made itself).
const QUIET_IF_PENDING: u8 = 4;
/// What `gather` returns (CPython's `_GatheringFuture`, the name its reprs show).
const GATHERING_FUTURE: u8 = 8;

impl FutureObj {
    pub fn new() -> Rc<FutureObj> {
        let f = Self::untracked();
        f.track();
        f
    }

    /// Task's `_log_destroy_pending = False`: going away pending reports nothing.
    pub fn quiet_if_pending(&self) {
        self.gc_flags.set(self.gc_flags.get() | QUIET_IF_PENDING);
    }

    /// Whether going away pending reports "Task was destroyed but it is pending!".
    pub fn logs_destroy_pending(&self) -> bool {
        self.gc_flags.get() & QUIET_IF_PENDING == 0
    }

    /// Has the collector track the future (once).
    fn track(self: &Rc<Self>) {
        if self.gc_flags.get() & TRACKED == 0 {
            self.gc_flags.set(self.gc_flags.get() | TRACKED);
            crate::runtime::gc::track(crate::runtime::gc::Kind::Future, self);
        }
    }

    /// A future the collector does not track: one that only the event loop and natively
    /// written code hold (an `asyncio.sleep`'s, a queue's or a lock's waiter), which the
    /// collector cannot see into anyway.
    pub fn untracked() -> Rc<FutureObj> {
        Rc::new(FutureObj {
            state: Cell::new(FutState::Pending),
            log_traceback: Cell::new(false),
            has_exception: Cell::new(false),
            slot: Cell::new(Value::None),
            callbacks: Callbacks::default(),
            task: None,
            loop_id: current_loop(),
            gc_flags: Cell::new(0),
        })
    }

    /// A task running `coro`, named `Task-<name_num>` unless `name` is given.
    pub fn new_task(coro: Rc<Coroutine>, name_num: u64, name: Option<String>) -> Rc<FutureObj> {
        // A task is tracked once it waits on a future the collector tracks, or ends holding a
        // container (`task_step`): until then the event loop holds it. Its coroutine is
        // covered by its tracking.
        coro.set_flag(crate::runtime::coroutine::TASK_OWNED);
        let td = TaskData::new(coro, name_num, name);
        Rc::new(FutureObj {
            state: Cell::new(FutState::Pending),
            log_traceback: Cell::new(false),
            has_exception: Cell::new(false),
            slot: Cell::new(Value::None),
            callbacks: Callbacks::default(),
            task: Some(Box::new(td)),
            loop_id: current_loop(),
            gc_flags: Cell::new(0),
        })
    }

    /// For a task that has ended: whether it refers to anything that could be part of a
    /// cycle (its result or exception, what its rare part keeps, a coroutine another holds).
    fn holds_containers(&self) -> bool {
        let x = self.slot.replace(Value::None);
        let container = x.is_container();
        self.slot.set(x);
        if container {
            return true;
        }
        let Some(td) = &self.task else {
            return false;
        };
        let rare = td.rare.take();
        let some = rare.is_some();
        td.rare.set(rare);
        some || !td.coro_is_part()
    }

    /// A copy of what `slot` holds.
    fn slot_value(&self) -> Value {
        let v = self.slot.replace(Value::None);
        self.slot.set(v.clone());
        v
    }

    /// The result of a future that finished without an exception (None before).
    pub fn result_value(&self) -> Value {
        if self.has_exception.get() {
            return Value::None;
        }
        self.slot_value()
    }

    /// Puts in the value `slot` holds while the future is pending (what a sleep's timer sets).
    pub fn set_pending_value(&self, v: Value) {
        self.slot.set(v);
    }

    /// Takes out the value `slot` holds while the future is pending.
    pub fn take_pending_value(&self) -> Value {
        self.slot.replace(Value::None)
    }

    /// The exception the future finished with, if any.
    pub fn exception(&self) -> Option<Exc> {
        if !self.has_exception.get() {
            return None;
        }
        match self.slot_value() {
            Value::Exception(e) => Some(Exc(e)),
            _ => None,
        }
    }

    pub fn has_exception(&self) -> bool {
        self.has_exception.get()
    }

    /// The message the future was cancelled with.
    pub fn cancel_message(&self) -> Option<Value> {
        if self.state.get() != FutState::Cancelled {
            return None;
        }
        match self.slot_value() {
            Value::None => None,
            m => Some(m),
        }
    }

    pub fn is_done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    pub fn is_cancelled(&self) -> bool {
        self.state.get() == FutState::Cancelled
    }

    pub fn make_cancelled_error(&self, ip: &Interp) -> Exc {
        if let Some(e) = self.task.as_ref().and_then(|t| t.take_cancelled_exc()) {
            return e;
        }
        let args = match self.cancel_message() {
            Some(m) => vec![m],
            None => vec![],
        };
        Exc(ExcObj::new(
            ip.exc_class(ExcKind::CancelledError).clone(),
            args,
        ))
    }

    pub fn result(&self, ip: &Interp) -> PyResult<Value> {
        match self.state.get() {
            FutState::Cancelled => Err(self.make_cancelled_error(ip)),
            FutState::Pending => Err(ip.err(ExcKind::InvalidStateError, "Result is not set.")),
            FutState::Finished => match self.exception() {
                Some(e) => {
                    self.log_traceback.set(false);
                    Err(e)
                }
                None => Ok(self.slot_value()),
            },
        }
    }

    fn schedule_callbacks(self: &Rc<Self>, ip: &Interp) {
        let cbs = self.callbacks.take();
        for cb in cbs {
            if let DoneCb::Wakeup(task) = &cb {
                crate::aio::trace::woken(ip, task);
            }
            ip.event_loop.call_soon(Handle::Done(cb, self.clone()));
        }
    }

    pub fn set_result(self: &Rc<Self>, ip: &Interp, v: Value) -> PyResult<()> {
        if self.is_done() {
            return Err(ip.err(ExcKind::InvalidStateError, "invalid state"));
        }
        self.slot.set(v);
        self.state.set(FutState::Finished);
        self.schedule_callbacks(ip);
        Ok(())
    }

    pub fn set_exception(self: &Rc<Self>, ip: &Interp, e: Exc) -> PyResult<()> {
        if self.is_done() {
            return Err(ip.err(ExcKind::InvalidStateError, "invalid state"));
        }
        self.slot.set(Value::Exception(e.0));
        self.has_exception.set(true);
        self.state.set(FutState::Finished);
        self.log_traceback.set(true);
        self.schedule_callbacks(ip);
        Ok(())
    }

    /// Future.cancel: true when it was pending and is now cancelled. Even on a future that is
    /// done, a cancel means its exception is no longer "never retrieved" (as in CPython).
    pub fn future_cancel(self: &Rc<Self>, ip: &Interp, msg: Option<Value>) -> bool {
        self.log_traceback.set(false);
        if self.is_done() {
            return false;
        }
        self.state.set(FutState::Cancelled);
        self.slot.set(msg.unwrap_or(Value::None));
        self.schedule_callbacks(ip);
        true
    }

    /// Task.cancel or Future.cancel, as the object is.
    pub fn cancel(self: &Rc<Self>, ip: &Interp, msg: Option<Value>) -> bool {
        let Some(td) = &self.task else {
            if let Some(g) = gathering(self) {
                return gather_cancel(ip, &g, msg);
            }
            return self.future_cancel(ip, msg);
        };
        self.log_traceback.set(false);
        if self.is_done() {
            return false;
        }
        crate::aio::trace::cancel_requested(ip, self);
        td.set_cancels_requested(td.cancels_requested().saturating_add(1));
        if let Some(w) = td.waiter() {
            if w.cancel(ip, msg.clone()) {
                return true;
            }
        }
        td.set_must_cancel(true);
        td.set_cancel_message(msg);
        true
    }

    pub fn add_done_callback(self: &Rc<Self>, ip: &Interp, cb: DoneCb) {
        if self.is_done() {
            ip.event_loop.call_soon(Handle::Done(cb, self.clone()));
        } else {
            self.callbacks.push(cb);
        }
    }

    /// `remove_done_callback` of a callback written in Rust.
    pub fn remove_native_callback(&self, cb: &NativeCb) {
        let p = Rc::as_ptr(cb) as *const ();
        self.callbacks
            .retain(|c| !matches!(c, DoneCb::Native(x) if Rc::as_ptr(&**x) as *const () == p));
    }

    pub fn remove_stop_callback(&self) {
        self.callbacks.retain(|c| !matches!(c, DoneCb::StopLoop));
    }
}

/// Task.__step: resume the coroutine once, then act on what it yielded.
pub fn task_step(ip: &Interp, task: &Rc<FutureObj>, exc: Option<Exc>) {
    let td = task.task.as_ref().expect("a task");
    if task.is_done() {
        return;
    }
    let mut exc = exc;
    if td.must_cancel() {
        let is_cancel = exc
            .as_ref()
            .map(|e| e.is_instance(ip.exc_class(ExcKind::CancelledError)))
            .unwrap_or(false);
        if !is_cancel {
            exc = Some(match td.take_cancelled_exc() {
                Some(e) => e,
                None => Exc(ExcObj::new(
                    ip.exc_class(ExcKind::CancelledError).clone(),
                    td.cancel_message().into_iter().collect(),
                )),
            });
        }
        td.set_must_cancel(false);
    }
    td.fut_waiter.set(None);
    let prev = ip.event_loop.current_task.replace(Some(task.clone()));
    ip.thrown.set(exc);
    ip.sent.set(None);
    ip.yielded.set(None);
    let mut cx = Context::from_waker(Waker::noop());
    crate::aio::trace::step_begin(ip, task);
    let saved_ctx = crate::aio::context::enter(ip, td.take_context());
    let poll = td.coro.resume(ip, &mut cx);
    td.put_context(crate::aio::context::enter(ip, saved_ctx));
    ip.thrown.set(None);
    match poll {
        Poll::Ready(Ok(v)) => {
            if td.must_cancel() {
                td.set_must_cancel(false);
                task.future_cancel(ip, td.cancel_message());
            } else {
                let _ = task.set_result(ip, v);
            }
        }
        Poll::Ready(Err(e)) => {
            if e.is_instance(ip.exc_class(ExcKind::CancelledError)) {
                // Task.__step: `_cancelled_exc = exc; super().cancel()`, without a message:
                // the saved exception is handed out once, then a new one without message.
                td.set_cancelled_exc(e);
                task.future_cancel(ip, None);
            } else {
                let escaping = crate::aio::event_loop::EventLoop::is_escaping_error(ip, &e);
                let _ = task.set_exception(ip, e.clone());
                if escaping {
                    ip.event_loop.escape(e);
                }
            }
        }
        Poll::Pending => {
            let yielded = ip.yielded.take();
            match yielded {
                Some(Value::Future(f)) => {
                    if f.loop_id != task.loop_id {
                        let e = ip.err(
                            ExcKind::RuntimeError,
                            format!(
                                "Task {} got Future {} attached to a different loop",
                                future_repr(ip, task).unwrap_or_default(),
                                future_repr(ip, &f).unwrap_or_default()
                            ),
                        );
                        ip.event_loop.call_soon(Handle::Step(task.clone(), Some(e)));
                    } else if Rc::ptr_eq(&f, task) {
                        let e = ip.err(
                            ExcKind::RuntimeError,
                            format!("Task cannot await on itself: {}", task_repr_short(task)),
                        );
                        ip.event_loop.call_soon(Handle::Step(task.clone(), Some(e)));
                    } else {
                        f.add_done_callback(ip, DoneCb::Wakeup(task.clone()));
                        if f.gc_flags.get() & TRACKED != 0 {
                            // Only the future may hold it now: it may be garbage with it.
                            task.track();
                        }
                        td.fut_waiter.set(Some(f.clone()));
                        if td.must_cancel() && f.cancel(ip, td.cancel_message()) {
                            td.set_must_cancel(false);
                        }
                    }
                }
                Some(Value::None) | None => {
                    ip.event_loop.call_soon(Handle::Step(task.clone(), None));
                }
                Some(other) => {
                    let r = crate::runtime::repr::repr(ip, &other).unwrap_or_default();
                    let e = ip.err(ExcKind::RuntimeError, format!("Task got bad yield: {}", r));
                    ip.event_loop.call_soon(Handle::Step(task.clone(), Some(e)));
                }
            }
        }
    }
    if task.is_done() && task.gc_flags.get() & TRACKED == 0 && task.holds_containers() {
        task.track();
    }
    crate::aio::trace::step_end(ip, task);
    ip.event_loop.current_task.replace(prev);
}

/// Task.__wakeup: the awaited future is done; resume with its result or exception.
pub fn task_wakeup(ip: &Interp, task: &Rc<FutureObj>, fut: &Rc<FutureObj>) {
    match fut.result(ip) {
        Ok(_) => task_step(ip, task, None),
        Err(e) => task_step(ip, task, Some(e)),
    }
}

fn task_repr_short(task: &FutureObj) -> String {
    task.task.as_ref().map(|t| t.name()).unwrap_or_default()
}

/// The shared state of one `gather`.
pub struct GatherState {
    pub outer: Rc<FutureObj>,
    pub children: Vec<Rc<FutureObj>>,
    pub nfinished: Cell<usize>,
    pub nfuts: usize,
    pub return_exceptions: bool,
    pub cancel_requested: Cell<bool>,
}

/// gather's `_done_callback`.
pub fn gather_child_done(ip: &Interp, g: &Rc<GatherState>, fut: &Rc<FutureObj>) {
    g.nfinished.set(g.nfinished.get() + 1);
    if g.nfinished.get() == g.nfuts {
        GATHERING.with(|m| m.borrow_mut().remove(&(Rc::as_ptr(&g.outer) as usize)));
    }
    if g.outer.is_done() {
        fut.log_traceback.set(false);
        return;
    }
    fut.log_traceback.set(false);
    if !g.return_exceptions {
        if fut.is_cancelled() {
            let e = fut.make_cancelled_error(ip);
            let _ = g.outer.set_exception(ip, e);
            return;
        }
        if let Some(e) = fut.exception() {
            let _ = g.outer.set_exception(ip, e);
            return;
        }
    }
    if g.nfinished.get() == g.nfuts {
        if g.cancel_requested.get() {
            let e = fut.make_cancelled_error(ip);
            let _ = g.outer.set_exception(ip, e);
            return;
        }
        let mut results = Vec::with_capacity(g.children.len());
        for c in &g.children {
            results.push(if c.is_cancelled() {
                let msg = c.cancel_message().unwrap_or_else(|| Value::str(""));
                Value::Exception(ExcObj::new(
                    ip.exc_class(ExcKind::CancelledError).clone(),
                    vec![msg],
                ))
            } else if let Some(e) = c.exception() {
                Value::Exception(e.0)
            } else {
                c.result_value()
            });
        }
        let _ = g.outer.set_result(ip, Value::list(results));
    }
}

thread_local! {
    /// The outer futures of the gathers still running, by address, with their state.
    static GATHERING: RefCell<rustc_hash::FxHashMap<usize, std::rc::Weak<GatherState>>> =
        RefCell::new(Default::default());
}

/// Marks `g.outer` as a gathering future (its `cancel` cancels the children).
pub fn register_gather(g: &Rc<GatherState>) {
    g.outer
        .gc_flags
        .set(g.outer.gc_flags.get() | GATHERING_FUTURE);
    GATHERING.with(|m| {
        m.borrow_mut()
            .insert(Rc::as_ptr(&g.outer) as usize, Rc::downgrade(g))
    });
}

/// The class name CPython's reprs and reports give the future: `Task`, `_GatheringFuture`
/// (what `gather` returns) or `Future`.
fn kind_name(f: &FutureObj) -> &'static str {
    if f.task.is_some() {
        "Task"
    } else if f.gc_flags.get() & GATHERING_FUTURE != 0 {
        "_GatheringFuture"
    } else {
        "Future"
    }
}

fn gathering(f: &FutureObj) -> Option<Rc<GatherState>> {
    GATHERING.with(|m| {
        let m = m.borrow();
        if m.is_empty() {
            return None;
        }
        m.get(&(f as *const FutureObj as usize))
            .and_then(|w| w.upgrade())
    })
}

/// `_GatheringFuture.cancel`: cancels the children; the outer future then ends with a
/// CancelledError (it is not itself cancelled).
fn gather_cancel(ip: &Interp, g: &Rc<GatherState>, msg: Option<Value>) -> bool {
    if g.outer.is_done() {
        return false;
    }
    let mut ret = false;
    for c in g.children.clone() {
        if c.cancel(ip, msg.clone()) {
            ret = true;
        }
    }
    if ret {
        g.cancel_requested.set(true);
    }
    ret
}

/// `file:line` of an offset in a loaded source file.
pub fn source_location(ip: &Interp, file: u32, pos: u32) -> Option<String> {
    let files = ip.files.borrow();
    let f = files.get(file as usize)?;
    Some(format!("{}:{}", f.path, f.lines.line_of(pos)))
}

thread_local! {
    /// Shows every coroutine as done (what CPython's garbage collector leaves of the tasks of a
    /// closed loop it destroys at exit).
    pub static CORO_AS_DONE: Cell<bool> = const { Cell::new(false) };
}

/// asyncio's `_format_coroutine`: `main() running at x.py:5` or `main() done, defined at x.py:3`.
pub fn coro_desc(ip: &Interp, c: &Coroutine) -> String {
    use crate::runtime::coroutine::CoroState;
    let done = matches!(&*c.state.borrow(), CoroState::Done(_)) || CORO_AS_DONE.with(|d| d.get());
    let executing = matches!(&*c.state.borrow(), CoroState::Executing);
    let (word, pos) = if done {
        ("done, defined at", c.def_pos())
    } else if executing && ip.cur_file.get() == c.file() {
        // Running right now: where it is (as far as the innermost frame tells).
        ("running at", ip.cur_pos.get())
    } else {
        ("running at", c.pos.get())
    };
    match source_location(ip, c.file(), pos) {
        Some(loc) => format!("{}() {} {}", c.qualname(), word, loc),
        None => format!(
            "{}() {}",
            c.qualname(),
            if done { "done" } else { "running" }
        ),
    }
}

/// `_format_callback_source` of a callable with no arguments: `f() at x.py:3`.
pub fn callable_desc(ip: &Interp, v: &Value) -> String {
    match v {
        Value::Function(f) => {
            let q = f.qualname.borrow().clone();
            let q = crate::runtime::repr::str_of(ip, &q).unwrap_or_default();
            match f
                .module
                .file_id
                .get()
                .and_then(|id| source_location(ip, id, f.def.span.start))
            {
                Some(loc) => format!("{}() at {}", q, loc),
                None => format!("{}()", q),
            }
        }
        // A bound method is not a function to `inspect`: no place is given.
        Value::BoundMethod(m) => {
            let d = callable_desc(ip, &m.func);
            match d.find("() at ") {
                Some(i) => format!("{}()", &d[..i]),
                None => d,
            }
        }
        Value::Builtin(b) => match b.owner {
            Some(o) => format!("{}.{}()", o, b.name),
            None => format!("{}()", b.name),
        },
        other => format!(
            "{}()",
            crate::runtime::repr::repr(ip, other).unwrap_or_default()
        ),
    }
}

fn done_cb_desc(ip: &Interp, cb: &DoneCb) -> String {
    match cb {
        DoneCb::Wakeup(_) => "Task.task_wakeup()".into(),
        DoneCb::StopLoop => "_run_until_complete_cb()".into(),
        DoneCb::Gather(_) => "gather.<locals>._done_callback()".into(),
        DoneCb::Py(v) => callable_desc(ip, v),
        DoneCb::PyCtx(b) => callable_desc(ip, &b.0),
        DoneCb::Native(_) => "<callback>()".into(),
    }
}

/// `cb=[…]` of a future with callbacks (`_format_callbacks`).
fn callbacks_desc(ip: &Interp, cbs: &[DoneCb]) -> Option<String> {
    let inner = match cbs {
        [] => return None,
        [a] => done_cb_desc(ip, a),
        [a, b] => format!("{}, {}", done_cb_desc(ip, a), done_cb_desc(ip, b)),
        [a, .., z] => format!(
            "{}, <{} more>, {}",
            done_cb_desc(ip, a),
            cbs.len() - 2,
            done_cb_desc(ip, z)
        ),
    };
    Some(format!("cb=[{}]", inner))
}

pub fn future_repr(ip: &Interp, f: &FutureObj) -> PyResult<String> {
    let mut info: Vec<String> = vec![match f.state.get() {
        FutState::Pending => "pending".into(),
        FutState::Cancelled => "cancelled".into(),
        FutState::Finished => "finished".into(),
    }];
    if let Some(td) = &f.task {
        if td.must_cancel() && !f.is_done() {
            info[0] = "cancelling".into();
        }
        info.push(format!(
            "name={}",
            crate::runtime::repr::str_repr(&td.name())
        ));
        info.push(format!("coro=<{}>", coro_desc(ip, &td.coro)));
        if let Some(w) = td.waiter() {
            info.push(format!("wait_for={}", future_repr(ip, &w)?));
        }
    }
    if f.state.get() == FutState::Finished {
        match &f.exception() {
            Some(e) => {
                let r = crate::runtime::repr::repr(ip, &Value::Exception(e.0.clone()))?;
                info.push(format!("exception={}", r));
            }
            None => {
                let r = crate::aio::api::short_repr(ip, &f.result_value());
                info.push(format!("result={}", r));
            }
        }
    }
    if let Some(cb) = callbacks_desc(ip, &f.callbacks.snapshot()) {
        info.push(cb);
    }
    Ok(format!("<{} {}>", kind_name(f), info.join(" ")))
}

impl crate::runtime::gc::Trace for FutureObj {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        let x = self.slot.replace(Value::None);
        v.value(&x);
        self.slot.set(x);
        let cbs = self.callbacks.0.take();
        match &cbs {
            CbList::Empty => {}
            CbList::One(cb) => cb.traverse(v),
            CbList::Many(l) => l.iter().for_each(|cb| cb.traverse(v)),
        }
        self.callbacks.0.set(cbs);
        if let Some(td) = &self.task {
            if td.coro_is_part() {
                td.coro.traverse(v);
            } else {
                v.rc(&td.coro);
            }
            let w = td.fut_waiter.take();
            if let Some(w) = &w {
                v.rc(w);
            }
            td.fut_waiter.set(w);
            let rare = td.rare.take();
            if let Some(r) = &rare {
                v.values(r.cancel_message.iter());
                v.values(r.context.iter());
                if let Some(e) = &r.cancelled_exc {
                    v.rc(&e.0);
                }
            }
            td.rare.set(rare);
        }
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        t.put(self.slot.replace(Value::None));
        t.put(self.callbacks.take());
        if let Some(td) = &self.task {
            t.put(td.fut_waiter.take());
            t.put(td.rare.take());
            if td.coro_is_part() {
                td.coro.clear(t);
            }
        }
    }
}

impl DoneCb {
    /// A callback written in Python, to run in `context` (None: an empty one).
    pub fn py(callable: Value, context: Option<Value>) -> DoneCb {
        match context {
            None => DoneCb::Py(callable),
            Some(ctx) => DoneCb::PyCtx(Box::new((callable, ctx))),
        }
    }

    /// The callable of a callback written in Python.
    pub fn py_callable(&self) -> Option<&Value> {
        match self {
            DoneCb::Py(v) => Some(v),
            DoneCb::PyCtx(b) => Some(&b.0),
            _ => None,
        }
    }

    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        match self {
            DoneCb::Wakeup(t) => v.rc(t),
            DoneCb::Py(f) => v.value(f),
            DoneCb::PyCtx(b) => v.values([&b.0, &b.1]),
            // What gather and natively written callbacks hold is out of sight: it stays.
            DoneCb::StopLoop | DoneCb::Gather(_) | DoneCb::Native(_) => {}
        }
    }
}

/// For the collector: what a garbage future's going away reports (a task still pending, an
/// exception never retrieved), reported once with the future itself. Returns whether Python
/// code may have run.
pub fn finalize_in_collection(ip: &Interp, f: &Rc<FutureObj>) -> bool {
    if f.gc_flags.get() & FINALIZED != 0 {
        return false;
    }
    f.gc_flags.set(f.gc_flags.get() | FINALIZED);
    let pending_task = f.task.is_some() && f.state.get() == FutState::Pending;
    // A coroutine that is part of the task is finalized first (CPython finds it first).
    let mut ran = false;
    if let Some(td) = &f.task {
        if td.coro_is_part() {
            ran = crate::runtime::coroutine::finalize_in_collection(ip, &td.coro);
        }
    }
    if pending_task && f.is_done() {
        return ran;
    }
    if pending_task {
        if crate::aio::api::loop_closing_quietly(ip) || !f.logs_destroy_pending() {
            return ran;
        }
        crate::aio::api::call_exception_handler(
            ip,
            vec![
                ("task", Value::Future(f.clone())),
                (
                    "message",
                    Value::str("Task was destroyed but it is pending!"),
                ),
            ],
        );
        return true;
    }
    if !f.log_traceback.get() {
        return ran;
    }
    let Some(e) = f.exception() else {
        return ran;
    };
    f.log_traceback.set(false);
    let kind = kind_name(f);
    crate::aio::api::call_exception_handler(
        ip,
        vec![
            (
                "message",
                Value::str(&format!("{} exception was never retrieved", kind)),
            ),
            ("exception", Value::Exception(e.0)),
            ("future", Value::Future(f.clone())),
        ],
    );
    true
}

impl Drop for FutureObj {
    fn drop(&mut self) {
        crate::runtime::weakref::died(self as *const FutureObj as usize);
        if self.gc_flags.get() & FINALIZED != 0 {
            return;
        }
        let pending_task = self.task.is_some() && self.state.get() == FutState::Pending;
        if !(self.log_traceback.get() || pending_task) {
            return;
        }
        let Some(ip) = crate::eval::current() else {
            return;
        };
        if pending_task
            && (crate::aio::api::loop_closing_quietly(&ip) || !self.logs_destroy_pending())
        {
            return;
        }
        // The handler is given a copy of this future (it is going away).
        let copy = Rc::new(FutureObj {
            state: Cell::new(self.state.get()),
            log_traceback: Cell::new(false),
            has_exception: Cell::new(self.has_exception.get()),
            slot: Cell::new(self.slot_value()),
            callbacks: Callbacks::default(),
            task: self.task.as_ref().map(|td| {
                let rare = td.with_rare(|r| {
                    r.map(|r| {
                        Box::new(TaskRare {
                            name: r.name.clone(),
                            ..Default::default()
                        })
                    })
                });
                Box::new(TaskData {
                    coro: td.coro.clone(),
                    fut_waiter: Cell::new(td.waiter()),
                    name_num: td.name_num,
                    cancels: Cell::new(u32::from(td.must_cancel())),
                    rare: Cell::new(rare),
                })
            }),
            loop_id: self.loop_id,
            gc_flags: Cell::new(FINALIZED | (self.gc_flags.get() & GATHERING_FUTURE)),
        });
        if pending_task {
            crate::aio::api::call_exception_handler(
                &ip,
                vec![
                    ("task", Value::Future(copy.clone())),
                    (
                        "message",
                        Value::str("Task was destroyed but it is pending!"),
                    ),
                ],
            );
            // The copy is pending too: it goes quietly.
            copy.state.set(FutState::Cancelled);
            return;
        }
        let Some(e) = self.exception() else {
            return;
        };
        let kind = kind_name(self);
        crate::aio::api::call_exception_handler(
            &ip,
            vec![
                (
                    "message",
                    Value::str(&format!("{} exception was never retrieved", kind)),
                ),
                ("exception", Value::Exception(e.0)),
                ("future", Value::Future(copy)),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{Callbacks, Coroutine, DoneCb, FutureObj, TaskData};
    use std::mem::size_of;

    /// A pending task is a few of these objects: their sizes decide how much memory 100,000
    /// pending tasks take (each is one mimalloc size class, plus 16 bytes of `Rc` counts).
    #[test]
    fn pending_task_objects_stay_small() {
        assert_eq!(size_of::<DoneCb>(), 16);
        assert_eq!(size_of::<Callbacks>(), 16);
        assert_eq!(size_of::<FutureObj>(), 48);
        assert_eq!(size_of::<TaskData>(), 32);
        assert_eq!(size_of::<Coroutine>(), 64);
    }
}
