//! The event loop, by the rules of CPython's `base_events.py`: `call_soon` appends to the ready
//! deque; timers wait in a heap ordered by (deadline, sequence number); one iteration moves the
//! due timers to the ready deque, then runs exactly the handles that were in it at that moment.

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::aio::future::{gather_child_done, task_step, task_wakeup, DoneCb, FutureObj};
use crate::eval::Interp;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::value::Value;

/// One scheduled callback.
pub enum Handle {
    /// A task's next step, with an exception to throw in.
    Step(Rc<FutureObj>, Option<Exc>),
    /// A done-callback of a future that completed.
    Done(DoneCb, Rc<FutureObj>),
    /// `futures._set_result_unless_cancelled` (what `sleep` schedules), with the result kept
    /// in the pending future's own result slot until then: one word less in every handle.
    SetResultUnlessCancelled(Rc<FutureObj>),
    /// A Python callable with its arguments (`loop.call_soon(f, *args)`). Boxed: the ready
    /// queue and the timer heap hold a handle per pending task or timer, so the commonest
    /// kinds decide their size.
    Call(Box<CallHandle>),
    /// A callback written in Rust (the timers of `wait_for`, `wait`, `timeout`).
    Native(NativeFn),
    /// A callback written in Rust, with its cancel flag.
    NativeCancellable(Box<(NativeFn, Rc<Cell<bool>>)>),
}

/// A handle's callback written in Rust.
pub type NativeFn = Rc<dyn Fn(&Interp)>;

/// `loop.call_soon(f, *args)` and the like: the callable, its arguments, its deadline (a
/// timer's) and where it was scheduled, and its cancel flag, kept in the handle itself rather
/// than beside every handle of the ready queue and the timer heap.
pub struct CallHandle {
    pub callable: Value,
    pub args: Vec<Value>,
    pub site: CallSite,
    cancelled: Option<Rc<Cell<bool>>>,
    /// The `contextvars` context the callback runs in (None: an empty one).
    pub context: Option<Value>,
}

impl Handle {
    pub fn call(
        callable: Value,
        args: Vec<Value>,
        site: CallSite,
        context: Option<Value>,
    ) -> Handle {
        Handle::Call(Box::new(CallHandle {
            callable,
            args,
            site,
            cancelled: None,
            context,
        }))
    }

    /// The handle with `flag` as its cancel flag.
    fn with_flag(self, flag: Rc<Cell<bool>>) -> Handle {
        match self {
            Handle::Call(mut c) => {
                c.cancelled = Some(flag);
                Handle::Call(c)
            }
            Handle::Native(f) => Handle::NativeCancellable(Box::new((f, flag))),
            Handle::NativeCancellable(b) => Handle::NativeCancellable(Box::new((b.0, flag))),
            _ => unreachable!("only callbacks are cancellable"),
        }
    }

    /// Whether the handle was cancelled through its flag.
    fn is_cancelled(&self) -> bool {
        match self {
            Handle::Call(c) => c.cancelled.as_ref().is_some_and(|f| f.get()),
            Handle::NativeCancellable(b) => b.1.get(),
            _ => false,
        }
    }
}

/// A handle's deadline (NaN: none) and, in debug mode, where it was made (file << 32 | offset;
/// `u64::MAX`: unknown), packed so that a handle stays small.
#[derive(Clone, Copy)]
pub struct CallSite {
    when: f64,
    created: u64,
}

impl CallSite {
    pub fn new(when: Option<f64>, created: Option<(u32, u32)>) -> CallSite {
        CallSite {
            when: when.unwrap_or(f64::NAN),
            created: created.map_or(u64::MAX, |(f, p)| ((f as u64) << 32) | p as u64),
        }
    }

    pub fn when(&self) -> Option<f64> {
        (!self.when.is_nan()).then_some(self.when)
    }

    pub fn created(&self) -> Option<(u32, u32)> {
        (self.created != u64::MAX).then_some(((self.created >> 32) as u32, self.created as u32))
    }
}

struct Timer {
    when: f64,
    seq: u64,
    handle: TimerHandle,
}

/// What a timer runs: the timer of `asyncio.sleep` (the commonest by far) as one word, any
/// other handle boxed, so that a timer is 32 bytes.
enum TimerHandle {
    /// `Handle::SetResultUnlessCancelled` of this future.
    Sleep(Rc<FutureObj>),
    Other(Box<Handle>),
}

impl Timer {
    /// Cancelled through the handle's flag; the timer of `asyncio.sleep`, which has none,
    /// counts as cancelled once its future is done (the sleep cancels its timer exactly then):
    /// no flag allocated per sleep.
    fn is_cancelled(&self) -> bool {
        match &self.handle {
            TimerHandle::Sleep(f) => f.is_done(),
            TimerHandle::Other(h) => h.is_cancelled(),
        }
    }

    fn into_handle(self) -> Handle {
        match self.handle {
            TimerHandle::Sleep(f) => Handle::SetResultUnlessCancelled(f),
            TimerHandle::Other(h) => *h,
        }
    }
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    // Reversed: BinaryHeap is a max-heap and the earliest (deadline, seq) must come first.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .when
            .total_cmp(&self.when)
            .then(other.seq.cmp(&self.seq))
    }
}

pub struct EventLoop {
    ready: RefCell<VecDeque<Handle>>,
    timers: RefCell<BinaryHeap<Timer>>,
    seq: Cell<u64>,
    stopping: Cell<bool>,
    /// A KeyboardInterrupt or SystemExit raised by a task step or a callback: as in CPython it
    /// leaves the loop at once, out of `run_forever`.
    escaping: RefCell<Option<Exc>>,
    pub running: Cell<bool>,
    start: Instant,
    /// Virtual time (`--virtual-time`): the clock is this value, starting at 0, and it jumps
    /// to the next timer whenever nothing is ready instead of the loop waiting for it.
    virtual_clock: Cell<Option<f64>>,
    /// What `--timeline`/`--trace` record: the loop and the tasks report to it when it is set.
    pub recorder: std::cell::OnceCell<Box<crate::aio::trace::Recorder>>,
    pub current_task: RefCell<Option<Rc<FutureObj>>>,
    /// Counter behind the default task names `Task-1`, `Task-2`, … (process-wide, as in CPython).
    task_counter: Cell<u64>,
    /// The tasks, weakly (as CPython's `_all_tasks` WeakSet), for `all_tasks` and shutdown.
    pub tasks: RefCell<Vec<std::rc::Weak<FutureObj>>>,
    /// Debug mode (`asyncio.run(debug=True)`, `loop.set_debug`), and the step duration above
    /// which debug mode reports a slow callback.
    pub debug: Cell<bool>,
    pub slow_callback_duration: Cell<f64>,
    /// The `contextvars` context current now (see `aio::context`).
    pub context: Cell<Option<Value>>,
    /// The descriptors watched for I/O (`add_reader`, the sockets of the `sock_*` calls).
    pub io: crate::aio::reactor::Reactor,
}

impl Default for EventLoop {
    fn default() -> Self {
        Self::new()
    }
}

impl EventLoop {
    pub fn new() -> EventLoop {
        EventLoop {
            ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(BinaryHeap::new()),
            seq: Cell::new(0),
            stopping: Cell::new(false),
            escaping: RefCell::new(None),
            running: Cell::new(false),
            start: Instant::now(),
            virtual_clock: Cell::new(None),
            recorder: std::cell::OnceCell::new(),
            current_task: RefCell::new(None),
            task_counter: Cell::new(0),
            tasks: RefCell::new(Vec::new()),
            debug: Cell::new(false),
            slow_callback_duration: Cell::new(0.1),
            context: Cell::new(None),
            io: Default::default(),
        }
    }

    /// `loop.time()`: a monotonic clock in seconds (the virtual clock under virtual time).
    #[inline]
    /// Takes the next number of the tasks' counter (`Task-N`): every task takes one, named
    /// or not, as CPython's do, except those `loop.create_task(name=…)` names.
    pub fn next_task_number(&self) -> u64 {
        let n = self.task_counter.get() + 1;
        self.task_counter.set(n);
        n
    }

    pub fn time(&self) -> f64 {
        match self.virtual_clock.get() {
            Some(t) => t,
            None => self.start.elapsed().as_secs_f64(),
        }
    }

    /// Switches to virtual time: the clock reads 0 from now on and moves only when the loop
    /// jumps to a timer or the program calls `time.sleep`.
    pub fn use_virtual_time(&self) {
        self.virtual_clock.set(Some(0.0));
    }

    /// The virtual clock's reading, or None under real time.
    #[inline]
    pub fn virtual_time(&self) -> Option<f64> {
        self.virtual_clock.get()
    }

    /// `time.sleep(secs)` under virtual time: the clock moves on by `secs` at once. Returns
    /// false under real time, where the caller sleeps for real.
    pub fn advance_virtual(&self, secs: f64) -> bool {
        match self.virtual_clock.get() {
            Some(t) => {
                self.virtual_clock.set(Some(t + secs));
                true
            }
            None => false,
        }
    }

    pub fn call_soon(&self, h: Handle) {
        self.ready.borrow_mut().push_back(h);
    }

    /// `call_soon` for a handle the program can cancel: returns its cancel flag.
    pub fn call_soon_cancellable(&self, h: Handle) -> Rc<Cell<bool>> {
        let flag = Rc::new(Cell::new(false));
        self.ready.borrow_mut().push_back(h.with_flag(flag.clone()));
        flag
    }

    /// `call_at`: returns the handle's cancel flag.
    pub fn call_at(&self, when: f64, h: Handle) -> Rc<Cell<bool>> {
        let cancelled = Rc::new(Cell::new(false));
        self.push_timer(when, h.with_flag(cancelled.clone()));
        cancelled
    }

    fn push_timer(&self, when: f64, handle: Handle) {
        let handle = match handle {
            Handle::SetResultUnlessCancelled(f) => TimerHandle::Sleep(f),
            other => TimerHandle::Other(Box::new(other)),
        };
        let seq = self.seq.get();
        self.seq.set(seq + 1);
        self.timers.borrow_mut().push(Timer { when, seq, handle });
    }

    /// The timer of `asyncio.sleep(delay)`: completes `fut` with `result` unless it is done by
    /// then. It has no cancel flag: it counts as cancelled once `fut` is done.
    pub fn call_later_sleep(&self, delay: f64, fut: Rc<FutureObj>, result: Value) {
        fut.set_pending_value(result);
        self.push_timer(self.time() + delay, Handle::SetResultUnlessCancelled(fut));
    }

    pub fn call_later(&self, delay: f64, h: Handle) -> Rc<Cell<bool>> {
        self.call_at(self.time() + delay, h)
    }

    pub fn stop(&self) {
        self.stopping.set(true);
    }

    pub fn has_work(&self) -> bool {
        !self.ready.borrow().is_empty() || !self.timers.borrow().is_empty() || self.io.active()
    }

    /// How long the loop could wait before its next iteration has something to run: zero when
    /// callbacks are ready, the time to the earliest timer, or None when nothing is scheduled.
    pub fn next_wait(&self) -> Option<Duration> {
        if !self.ready.borrow().is_empty() {
            return Some(Duration::ZERO);
        }
        let timers = self.timers.borrow();
        let when = timers
            .iter()
            .filter(|t| !t.is_cancelled())
            .map(|t| t.when)
            .reduce(f64::min)?;
        Some(Duration::from_secs_f64((when - self.time()).max(0.0)))
    }

    /// One iteration of the loop (`_run_once`).
    pub fn run_once(&self, ip: &Interp) {
        // Drop cancelled timers at the head.
        {
            let mut timers = self.timers.borrow_mut();
            while timers.peek().map(|t| t.is_cancelled()).unwrap_or(false) {
                timers.pop();
            }
        }
        let ready_empty = self.ready.borrow().is_empty();
        if crate::threads::others() {
            if ready_empty && !self.stopping.get() {
                self.wait_with_threads(ip);
            } else if self.io.active() {
                // Callbacks are ready: the descriptors are only asked what is ready now.
                self.io.poll(Some(Duration::ZERO), &self.ready);
            }
        } else if self.io.active() {
            self.wait_io(ip, ready_empty);
        } else if ready_empty && !self.stopping.get() {
            let next = self.timers.borrow().peek().map(|t| t.when);
            match next {
                Some(when) => {
                    if let Some(now) = self.virtual_clock.get() {
                        // Nothing can happen before the next timer: jump straight to it (a
                        // timer at infinity never fires: nothing can happen at all).
                        if !when.is_finite() {
                            crate::aio::trace::deadlock(ip);
                        }
                        if when > now {
                            self.virtual_clock.set(Some(when));
                        }
                    } else {
                        let wait = when - self.time();
                        if wait > 0.0 {
                            ip.flush_if_tty();
                            crate::signals::sleep(Duration::from_secs_f64(wait.min(86400.0)));
                        }
                    }
                }
                None => {
                    if self.virtual_clock.get().is_some() {
                        crate::aio::trace::deadlock(ip);
                    }
                    // Nothing can ever wake the loop: wait (as CPython's select would) until
                    // the user interrupts.
                    ip.flush_out();
                    crate::signals::sleep(Duration::from_secs(3600));
                    return;
                }
            }
        }
        // A timer is due within the clock's resolution of now (CPython's `end_time`), or at
        // now itself: past 2**24 s a nanosecond is below a float's precision there, and the
        // virtual clock, which has just jumped to the timer, must find it due.
        let now = self.time();
        let end_time = now + 1e-9;
        {
            let mut timers = self.timers.borrow_mut();
            let mut ready = self.ready.borrow_mut();
            while let Some(t) = timers.peek() {
                if t.when >= end_time && t.when > now {
                    break;
                }
                let t = timers.pop().unwrap();
                if !t.is_cancelled() {
                    ready.push_back(t.into_handle());
                }
            }
        }
        let ntodo = self.ready.borrow().len();
        for _ in 0..ntodo {
            let Some(h) = self.ready.borrow_mut().pop_front() else {
                break;
            };
            if h.is_cancelled() {
                continue;
            }
            if self.debug.get() {
                // Debug mode reports the steps slower than `slow_callback_duration`.
                let target = crate::aio::api::slow_target(&h);
                let t0 = Instant::now();
                self.run_handle(ip, h);
                let dt = t0.elapsed().as_secs_f64();
                if dt >= self.slow_callback_duration.get() {
                    crate::aio::api::report_slow(ip, target, dt);
                }
            } else {
                self.run_handle(ip, h);
            }
            if self.escaping.borrow().is_some() {
                // The handles not run yet stay ready, as in CPython.
                return;
            }
        }
    }

    /// The wait of an iteration while other threads are alive: they run meanwhile, and the
    /// wait ends at the next timer, when a descriptor is ready, or when a thread calls
    /// `call_soon_threadsafe`. Under virtual time the clock jumps to the next timer only when
    /// the other threads are all blocked.
    #[cold]
    fn wait_with_threads(&self, ip: &Interp) {
        if self.io.active() && self.io.poll(Some(Duration::ZERO), &self.ready) > 0 {
            return;
        }
        let next = self.timers.borrow().peek().map(|t| t.when);
        let timeout = match (self.virtual_clock.get(), next) {
            (Some(_), Some(_)) => Some(Duration::ZERO),
            (None, Some(when)) => Some(Duration::from_secs_f64(
                (when - self.time()).clamp(0.0, 86400.0),
            )),
            (_, None) => None,
        };
        let poller = self.io.active().then(|| self.io.fd()).flatten();
        crate::threads::loop_wait(ip, timeout, poller);
        // The descriptors that became ready join the ready deque before the due timers.
        if poller.is_some() {
            self.io.poll(Some(Duration::ZERO), &self.ready);
        }
        if let (Some(now), Some(when)) = (self.virtual_clock.get(), next) {
            if self.ready.borrow().is_empty() && when.is_finite() && when > now {
                self.virtual_clock.set(Some(when));
            }
        }
    }

    /// The wait of an iteration while descriptors are watched: the poller is asked with the
    /// time to the next timer (zero when callbacks are ready or the loop is stopping), and
    /// the callbacks of the ready descriptors join the ready deque. Under virtual time the
    /// poller is only asked what is ready now when a timer is pending (then the clock jumps to
    /// it), and waited on for real when none is.
    #[cold]
    fn wait_io(&self, ip: &Interp, ready_empty: bool) {
        let next = self.timers.borrow().peek().map(|t| t.when);
        let busy = !ready_empty || self.stopping.get();
        let timeout = match (self.virtual_clock.get(), next) {
            _ if busy => Some(Duration::ZERO),
            (Some(_), Some(when)) if when.is_finite() => Some(Duration::ZERO),
            (Some(_), _) => None,
            (None, Some(when)) => Some(Duration::from_secs_f64(
                (when - self.time()).clamp(0.0, 86400.0),
            )),
            (None, None) => None,
        };
        match timeout {
            Some(Duration::ZERO) => {}
            Some(_) => ip.flush_if_tty(),
            None => ip.flush_out(),
        }
        let n = self.io.poll(timeout, &self.ready);
        if let (Some(now), Some(when)) = (self.virtual_clock.get(), next) {
            if n == 0 && !busy && when.is_finite() && when > now {
                self.virtual_clock.set(Some(when));
            }
        }
    }

    /// Whether `e` leaves the event loop instead of being reported (KeyboardInterrupt,
    /// SystemExit), as `Handle._run` and `Task.__step` re-raise them.
    pub fn is_escaping_error(ip: &Interp, e: &Exc) -> bool {
        use crate::runtime::exceptions::ExcKind;
        e.is_instance(ip.exc_class(ExcKind::KeyboardInterrupt))
            || e.is_instance(ip.exc_class(ExcKind::SystemExit))
    }

    /// Makes `e` leave the loop after the running handle.
    pub fn escape(&self, e: Exc) {
        let mut slot = self.escaping.borrow_mut();
        if slot.is_none() {
            *slot = Some(e);
        }
    }

    fn run_handle(&self, ip: &Interp, h: Handle) {
        match h {
            Handle::Step(task, exc) => task_step(ip, &task, exc),
            Handle::Done(cb, fut) => match self.recorder.get() {
                None => self.run_done(ip, cb, fut),
                Some(r) => r.in_done_callback(&fut.clone(), || self.run_done(ip, cb, fut)),
            },
            Handle::SetResultUnlessCancelled(fut) => {
                if !fut.is_done() {
                    let v = fut.take_pending_value();
                    let _ = fut.set_result(ip, v);
                }
            }
            Handle::Native(f) => f(ip),
            Handle::NativeCancellable(b) => (b.0)(ip),
            Handle::Call(call) => {
                let CallHandle {
                    callable,
                    args,
                    site,
                    context,
                    ..
                } = *call;
                let saved = crate::aio::context::enter(ip, context);
                let r = crate::stdlib::call_with(ip, &callable, &args);
                crate::aio::context::enter(ip, saved);
                if let Err(e) = r {
                    if Self::is_escaping_error(ip, &e) {
                        self.escape(e);
                        return;
                    }
                    crate::aio::api::report_callback_error(ip, &callable, &args, site, &e);
                }
            }
        }
    }

    fn run_done(&self, ip: &Interp, cb: DoneCb, fut: Rc<FutureObj>) {
        match cb {
            DoneCb::Wakeup(task) => task_wakeup(ip, &task, &fut),
            DoneCb::StopLoop => self.stop(),
            DoneCb::Gather(g) => gather_child_done(ip, &g, &fut),
            DoneCb::Native(cb) => (**cb)(ip, &fut),
            DoneCb::Py(callable) => self.run_done_py(ip, callable, fut, None),
            DoneCb::PyCtx(b) => {
                let (callable, ctx) = *b;
                self.run_done_py(ip, callable, fut, Some(ctx))
            }
        }
    }

    /// A done-callback written in Python, called with the future in its context.
    fn run_done_py(&self, ip: &Interp, callable: Value, fut: Rc<FutureObj>, ctx: Option<Value>) {
        let mut args = crate::eval::call::Args::new();
        args.push(Value::Future(fut.clone()));
        let saved = crate::aio::context::enter(ip, ctx);
        let r = crate::eval::call::call_value(ip, &callable, &mut args, &[]);
        crate::aio::context::enter(ip, saved);
        if let Err(e) = r {
            if Self::is_escaping_error(ip, &e) {
                self.escape(e);
                return;
            }
            let a = [Value::Future(fut)];
            let site = CallSite::new(None, None);
            crate::aio::api::report_callback_error(ip, &callable, &a, site, &e);
        }
    }

    /// `run_forever` until `stop()`, or until Ctrl-C raises KeyboardInterrupt out of the loop.
    pub fn run_forever(&self, ip: &Interp) -> PyResult<()> {
        let _owner = crate::threads::LoopClaim::new(ip)?;
        self.running.set(true);
        let mut r = Ok(());
        loop {
            self.run_once(ip);
            if let Some(e) = self.escaping.borrow_mut().take() {
                r = Err(e);
                break;
            }
            if self.stopping.get() {
                break;
            }
            if let Err(e) = crate::signals::poll_in_loop(ip) {
                r = Err(e);
                break;
            }
        }
        self.stopping.set(false);
        self.running.set(false);
        r
    }

    /// `run_until_complete(future)`.
    pub fn run_until_complete(&self, ip: &Interp, fut: &Rc<FutureObj>) -> PyResult<Value> {
        fut.add_done_callback(ip, DoneCb::StopLoop);
        let r = self.run_forever(ip);
        fut.remove_stop_callback();
        if r.is_err() && fut.is_done() && !fut.is_cancelled() {
            // The future's own KeyboardInterrupt or SystemExit left the loop: it is the one
            // raised here, so it counts as retrieved.
            fut.log_traceback.set(false);
        }
        r?;
        if !fut.is_done() {
            return Err(ip.err(
                crate::runtime::exceptions::ExcKind::RuntimeError,
                "Event loop stopped before Future completed.",
            ));
        }
        fut.result(ip)
    }

    /// Tasks of this loop that are not done.
    pub fn pending_tasks(&self) -> Vec<Rc<FutureObj>> {
        let mut tasks = self.tasks.borrow_mut();
        tasks.retain(|t| t.upgrade().map(|t| !t.is_done()).unwrap_or(false));
        tasks.iter().filter_map(|t| t.upgrade()).collect()
    }

    /// Remembers a new task (weakly); dead entries are swept as the list grows.
    pub fn add_task(&self, t: &Rc<FutureObj>) {
        let mut tasks = self.tasks.borrow_mut();
        if tasks.len() >= 64 && tasks.len().is_power_of_two() {
            tasks.retain(|t| t.strong_count() > 0);
        }
        tasks.push(Rc::downgrade(t));
    }

    /// `loop.close()`: what is still scheduled is dropped.
    pub fn clear(&self) {
        let ready = std::mem::take(&mut *self.ready.borrow_mut());
        let timers = std::mem::take(&mut *self.timers.borrow_mut());
        drop(ready);
        drop(timers);
        self.io.clear();
        self.stopping.set(false);
    }
}

#[cfg(test)]
mod tests {
    /// The ready deque holds a handle per pending task step, the timer heap a timer per sleep.
    #[test]
    fn handles_and_timers_stay_small() {
        assert_eq!(std::mem::size_of::<super::Handle>(), 24);
        assert_eq!(std::mem::size_of::<super::Timer>(), 32);
    }
}
