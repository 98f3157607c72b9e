//! Threads, as green threads on the interpreter's one OS thread.
//!
//! The main thread runs on the process's own stack; every other Python thread runs on a stack
//! of its own (a corosensei coroutine). Exactly one of them runs at a time, and it leaves the
//! CPU only at safe points, where no RefCell borrow is held: when it blocks (a lock, a sleep,
//! a join: everything else in `threading` is built on those two), and at the evaluator's
//! periodic check when the preemption timer has asked for a switch (`signals::poll`), every
//! `SWITCH_INTERVAL` as CPython's `sys.getswitchinterval()`. A program that never starts a
//! thread pays nothing: the timer starts with the first thread, and the check is the one the
//! evaluator makes anyway for Ctrl-C.
//!
//! Switching is asymmetric: a thread that gives up the CPU suspends to the main stack, where
//! the scheduler (`run_others`, entered by the main thread itself when it gives up the CPU)
//! resumes the next runnable one, round robin. What CPython keeps per thread (the frame chain,
//! the handled exceptions, the recursion depth, the stack's floor, the contextvars context, the
//! running task) is taken out of the interpreter when a thread leaves and put back when it
//! runs again (`ThreadState`). When every thread is blocked, the scheduler sleeps until the
//! earliest timed wake-up (waiting on the event loop's poller when the loop is what waits);
//! when none has a time-out, that is a deadlock, and it waits as CPython would, until Ctrl-C,
//! which wakes the main thread (signals are handled there only).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::aio::future::FutureObj;
use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::exceptions::Exc;
use crate::runtime::value::Value;

/// CPython's default `sys.getswitchinterval()`.
const SWITCH_INTERVAL: Duration = Duration::from_millis(5);

type Co = Coroutine<(), (), (), DefaultStack>;

/// What the interpreter holds for the running thread only.
pub struct ThreadState {
    place: Place,
    handled: Vec<Exc>,
    depth: u32,
    yielded: Option<Value>,
    thrown: Option<Exc>,
    sent: Option<Value>,
    class_ns: Vec<crate::eval::namespace::Namespace>,
    stopped_by: Option<Exc>,
    context: Option<Value>,
    current_task: Option<Rc<FutureObj>>,
    loop_running: bool,
    floor: usize,
    poll_regs: crate::eval::suspend::PollRegs,
}

impl ThreadState {
    /// The state a new thread starts with, on a stack whose lowest usable address is `limit`.
    fn fresh(limit: usize) -> ThreadState {
        ThreadState {
            place: Place {
                file: 0,
                pos: 0,
                name: crate::intern::sym::module,
                frame: 0,
                link: std::ptr::null(),
            },
            handled: Vec::new(),
            depth: 0,
            yielded: None,
            thrown: None,
            sent: None,
            class_ns: Vec::new(),
            stopped_by: None,
            context: None,
            current_task: None,
            loop_running: false,
            floor: crate::stack::floor_above(limit),
            poll_regs: crate::eval::suspend::PollRegs::clear(),
        }
    }

    /// Takes the running thread's state out of the interpreter.
    fn take(ip: &Interp) -> ThreadState {
        let lp = &ip.event_loop;
        let place = Place::now(ip);
        ip.top_link.set(std::ptr::null());
        ThreadState {
            place,
            handled: std::mem::take(&mut *ip.handled.borrow_mut()),
            depth: ip.depth.replace(0),
            yielded: ip.yielded.take(),
            thrown: ip.thrown.take(),
            sent: ip.sent.take(),
            class_ns: std::mem::take(&mut *ip.class_ns.borrow_mut()),
            stopped_by: ip.take_stop(),
            context: lp.context.take(),
            current_task: lp.current_task.borrow_mut().take(),
            loop_running: lp.running.replace(false),
            floor: crate::stack::floor_now(),
            poll_regs: crate::eval::suspend::PollRegs::take(),
        }
    }

    /// Makes `self` the interpreter's running state.
    fn put(self, ip: &Interp) {
        let lp = &ip.event_loop;
        self.place.put(ip);
        *ip.handled.borrow_mut() = self.handled;
        ip.depth.set(self.depth);
        ip.yielded.set(self.yielded);
        ip.thrown.set(self.thrown);
        ip.sent.set(self.sent);
        *ip.class_ns.borrow_mut() = self.class_ns;
        ip.put_stopped_by(self.stopped_by);
        lp.context.set(self.context);
        *lp.current_task.borrow_mut() = self.current_task;
        lp.running.set(self.loop_running);
        crate::stack::set_floor(self.floor);
        self.poll_regs.put();
    }
}

struct GThread {
    ident: u64,
    /// None for the main thread, and while the thread runs.
    co: Option<Box<Co>>,
    /// Where the thread suspends to the scheduler (set when it first runs).
    yielder: *const Yielder<(), ()>,
    /// The state of the thread while it does not run.
    saved: Option<ThreadState>,
    blocked: bool,
    deadline: Option<Instant>,
    woken: bool,
    /// The descriptors a blocked thread waits on (a read, a child's exit, `select`, the event
    /// loop's poller): the scheduler makes it runnable as soon as one of them is ready.
    fds: Vec<libc::pollfd>,
}

struct Sched {
    threads: Vec<GThread>,
    /// The runnable threads, in the order they run.
    queue: VecDeque<u64>,
    current: u64,
    next_ident: u64,
    /// The thread waiting in the event loop's poll step: `call_soon_threadsafe` wakes it.
    loop_waiter: Option<u64>,
}

impl Sched {
    fn get(&mut self, ident: u64) -> Option<&mut GThread> {
        self.threads.iter_mut().find(|t| t.ident == ident)
    }
}

thread_local! {
    static SCHED: RefCell<Option<Sched>> = const { RefCell::new(None) };
    /// How many threads other than the main one are alive (what `others` tests).
    static OTHERS: Cell<usize> = const { Cell::new(0) };
}

/// Whether the preemption timer asks for switches (while other threads are alive).
static TICKING: AtomicBool = AtomicBool::new(false);
static TIMER: std::sync::Once = std::sync::Once::new();
static TIMER_THREAD: std::sync::OnceLock<std::thread::Thread> = std::sync::OnceLock::new();

/// The main thread's ident: what CPython's looks like (a pthread handle), fixed per process.
pub fn main_ident() -> u64 {
    0x7f00_0000_0000 + ((std::process::id() as u64 & 0xffff) << 20)
}

/// Whether any thread other than the main one is alive.
#[inline]
pub fn others() -> bool {
    OTHERS.with(|o| o.get()) != 0
}

/// How many threads other than the main one are alive (`_thread._count()`).
pub fn count() -> usize {
    OTHERS.with(|o| o.get())
}

fn with<R>(f: impl FnOnce(&mut Sched) -> R) -> R {
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        let s = s.get_or_insert_with(|| Sched {
            threads: vec![GThread {
                ident: main_ident(),
                co: None,
                yielder: std::ptr::null(),
                saved: None,
                blocked: false,
                deadline: None,
                woken: false,
                fds: Vec::new(),
            }],
            queue: VecDeque::new(),
            current: main_ident(),
            next_ident: main_ident() + 0x10_0000,
            loop_waiter: None,
        });
        f(s)
    })
}

/// The running thread's ident.
pub fn current() -> u64 {
    if !others() {
        return main_ident();
    }
    with(|s| s.current)
}

pub fn is_main() -> bool {
    current() == main_ident()
}

/// `f` run once for each thread that is not running now and has frames, as if it were the
/// running one (its place and frame chain put in the interpreter for the call, then taken out
/// again): how `sys._current_frames()` sees the other threads. A thread that does not run
/// waits at a safe point, on its own stack, which keeps its frames alive meanwhile.
pub fn for_each_waiting(ip: &Interp, mut f: impl FnMut(u64)) {
    if !others() {
        return;
    }
    let places: Vec<_> = with(|s| {
        s.threads
            .iter()
            .filter(|t| t.ident != s.current)
            .filter_map(|t| t.saved.as_ref().map(|st| (t.ident, st.place)))
            .filter(|(_, p)| !p.link.is_null())
            .collect()
    });
    for (ident, place) in places {
        let mine = Place::now(ip);
        place.put(ip);
        f(ident);
        mine.put(ip);
    }
}

/// Where a thread is: its file, position, name and frame id, and its innermost frame link.
#[derive(Clone, Copy)]
struct Place {
    file: u32,
    pos: u32,
    name: Symbol,
    frame: u32,
    link: *const crate::eval::frames::Link,
}

impl Place {
    fn now(ip: &Interp) -> Place {
        Place {
            file: ip.cur_file.get(),
            pos: ip.cur_pos.get(),
            name: ip.cur_name.get(),
            frame: ip.cur_frame.get(),
            link: ip.top_link.get(),
        }
    }

    fn put(&self, ip: &Interp) {
        ip.cur_file.set(self.file);
        ip.cur_pos.set(self.pos);
        ip.cur_name.set(self.name);
        ip.cur_frame.set(self.frame);
        ip.top_link.set(self.link);
    }
}

/// Starts a thread that runs `body`; it runs when the scheduler comes to it. Returns its
/// ident, or the reason no stack could be made for it.
pub fn spawn(ip: &Interp, body: Box<dyn FnOnce(&Interp)>) -> Result<u64, String> {
    let stack = DefaultStack::new(crate::stack::THREAD_STACK).map_err(|e| e.to_string())?;
    let limit = corosensei::stack::Stack::limit(&stack).get();
    let ipr = ip.rc();
    let ident = with(|s| {
        let id = s.next_ident;
        s.next_ident += 0x10_0000;
        id
    });
    let co = Coroutine::with_stack(stack, move |y: &Yielder<(), ()>, ()| {
        with(|s| {
            if let Some(t) = s.get(ident) {
                t.yielder = y as *const _;
            }
        });
        body(&ipr);
    });
    with(|s| {
        s.threads.push(GThread {
            ident,
            co: Some(Box::new(co)),
            yielder: std::ptr::null(),
            saved: Some(ThreadState::fresh(limit)),
            blocked: false,
            deadline: None,
            woken: false,
            fds: Vec::new(),
        });
        s.queue.push_back(ident);
    });
    OTHERS.with(|o| o.set(o.get() + 1));
    start_timer();
    Ok(ident)
}

/// The preemption timer: a helper OS thread that asks the evaluator for a switch every
/// `SWITCH_INTERVAL` while other threads are alive (it touches only the atomic flags).
/// While no other thread is alive it sleeps until the next one starts (no ticks then).
fn start_timer() {
    TICKING.store(true, Ordering::SeqCst);
    TIMER.call_once(|| {
        let t = std::thread::Builder::new()
            .name("corun-switch".into())
            .spawn(|| loop {
                if !TICKING.load(Ordering::SeqCst) {
                    std::thread::park();
                    continue;
                }
                std::thread::sleep(SWITCH_INTERVAL);
                if TICKING.load(Ordering::Relaxed) {
                    crate::signals::request_switch();
                }
            });
        if let Ok(t) = t {
            let _ = TIMER_THREAD.set(t.thread().clone());
        }
    });
    if let Some(t) = TIMER_THREAD.get() {
        t.unpark();
    }
}

/// At the evaluator's check, when the timer asked: lets the other runnable threads run.
pub fn preempt(ip: &Interp) {
    if !others() {
        return;
    }
    let me = current();
    with(|s| s.queue.push_back(me));
    switch_out(ip);
}

/// Blocks the running thread until `wake` or `deadline`. Returns whether it was woken (false:
/// the time ran out, or Ctrl-C woke the main thread).
pub fn block(ip: &Interp, deadline: Option<Instant>) -> bool {
    block_on(ip, &[], deadline)
}

/// `block`, and the thread is also woken when one of `fds` is ready (their `revents` are
/// not filled: the caller asks the descriptors again).
pub fn block_on(ip: &Interp, fds: &[libc::pollfd], deadline: Option<Instant>) -> bool {
    let me = current();
    with(|s| {
        let t = s.get(me).expect("the running thread");
        t.blocked = true;
        t.deadline = deadline;
        t.woken = false;
        t.fds.clear();
        t.fds.extend_from_slice(fds);
    });
    switch_out(ip);
    with(|s| s.get(me).map(|t| t.woken).unwrap_or(false))
}

/// Makes a blocked thread runnable.
pub fn wake(ident: u64) {
    with(|s| {
        if let Some(t) = s.get(ident) {
            if t.blocked {
                t.blocked = false;
                t.woken = true;
                t.fds.clear();
                s.queue.push_back(ident);
            }
        }
    });
}

/// `time.sleep` while other threads are alive: they run meanwhile. Ctrl-C ends the main
/// thread's sleep.
pub fn sleep(ip: &Interp, d: Duration) -> crate::runtime::exceptions::PyResult<()> {
    let end = Instant::now() + d;
    loop {
        block(ip, Some(end));
        if is_main() && crate::signals::pending() {
            crate::signals::poll(ip)?;
        }
        if Instant::now() >= end {
            return Ok(());
        }
    }
}

/// Before a read or write that may wait on `fd` (a pipe, a socket, a terminal): while other
/// threads are alive they run until `fd` is ready, as CPython lets them run during the call
/// (a thread waiting on a peer that another thread feeds would otherwise wait for ever). A
/// pending signal in the main thread ends the wait so that the caller sees it. False when
/// `deadline` passed first.
pub fn wait_ready(
    ip: &Interp,
    fd: std::os::unix::io::RawFd,
    write: bool,
    deadline: Option<Instant>,
) -> bool {
    let mut p = [libc::pollfd {
        fd,
        events: if write { libc::POLLOUT } else { libc::POLLIN },
        revents: 0,
    }];
    wait_any(ip, &mut p, deadline)
}

/// Whether `fd` can be read (or written) now without waiting.
pub fn ready_now(fd: std::os::unix::io::RawFd, write: bool) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: if write { libc::POLLOUT } else { libc::POLLIN },
        revents: 0,
    };
    // SAFETY: one valid pollfd, for the length given; a zero timeout only asks.
    unsafe { libc::poll(&mut p, 1, 0) != 0 }
}

/// `wait_ready` for several descriptors (their `revents` are left as the system set them):
/// returns once one of them is ready (at once when no other thread is alive: the caller then
/// waits itself), false when `deadline` passed first. The thread blocks on the descriptors
/// themselves: the scheduler wakes it when one is ready, with no timer.
pub fn wait_any(ip: &Interp, fds: &mut [libc::pollfd], deadline: Option<Instant>) -> bool {
    if !others() {
        return true;
    }
    loop {
        // SAFETY: a valid array of pollfds, for its length; a zero timeout only asks.
        if unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, 0) } != 0 || !others() {
            return true;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return false;
        }
        block_on(ip, fds, deadline);
        if is_main() && crate::signals::pending() {
            return true;
        }
    }
}

/// Waits for a signal (`signal.pause`) while other threads run; the main thread is woken
/// by the signal, as a blocked main thread is by Ctrl-C.
pub fn wait_signal(ip: &Interp) {
    while !crate::signals::pending() {
        // Not the main thread, or no other thread left: nothing to run meanwhile.
        if !others() {
            crate::signals::wait_for_signal(None);
            return;
        }
        if is_main() {
            // The scheduler makes the main thread runnable when a signal is pending.
            block(ip, None);
        } else {
            block(ip, Some(Instant::now() + Duration::from_millis(50)));
        }
    }
}

/// The event loop's wait while other threads are alive: blocks the loop's thread for at most
/// `timeout` (None: until woken); `call_soon_threadsafe` wakes it, and so does its poller's
/// descriptor (`poller`, when the loop watches descriptors) once an event is there.
pub fn loop_wait(ip: &Interp, timeout: Option<Duration>, poller: Option<std::os::fd::RawFd>) {
    let me = current();
    with(|s| s.loop_waiter = Some(me));
    let fds: &[libc::pollfd] = &[libc::pollfd {
        fd: poller.unwrap_or(-1),
        events: libc::POLLIN,
        revents: 0,
    }];
    block_on(
        ip,
        &fds[..poller.is_some() as usize],
        timeout.map(|d| Instant::now() + d),
    );
    with(|s| s.loop_waiter = None);
}

/// `call_soon_threadsafe` was called: the loop's thread, if it waits, runs again.
pub fn wake_loop() {
    if !others() {
        return;
    }
    if let Some(w) = with(|s| s.loop_waiter) {
        wake(w);
    }
}

/// Gives up the CPU: a thread suspends to the scheduler; the main thread runs the scheduler
/// until it is runnable again.
fn switch_out(ip: &Interp) {
    let me = current();
    if me == main_ident() {
        run_others(ip);
        return;
    }
    let y = with(|s| s.get(me).map(|t| t.yielder).unwrap_or(std::ptr::null()));
    assert!(!y.is_null(), "a running thread has a yielder");
    // SAFETY: the yielder belongs to this thread's coroutine, which is running (we are on its
    // stack), so it is alive; the scheduler resumes it from the main stack.
    unsafe { (*y).suspend(()) };
}

/// The scheduler, on the main stack: runs the other threads until the main one is runnable.
fn run_others(ip: &Interp) {
    let main = main_ident();
    let saved = ThreadState::take(ip);
    loop {
        match pick() {
            Some(id) if id == main => break,
            Some(id) => resume(ip, id),
            None => idle(ip),
        }
    }
    saved.put(ip);
    with(|s| s.current = main);
}

/// The next runnable thread (the ones whose time ran out become runnable first).
fn pick() -> Option<u64> {
    // The threads whose descriptors are ready are woken first.
    poll_waiters(Some(Duration::ZERO), None);
    let now = Instant::now();
    let main = main_ident();
    let interrupt = crate::signals::pending();
    with(|s| {
        for t in s.threads.iter_mut() {
            let due = t.deadline.is_some_and(|d| d <= now);
            if t.blocked && (due || (interrupt && t.ident == main)) {
                t.blocked = false;
                t.woken = false;
                t.fds.clear();
                s.queue.push_back(t.ident);
            }
        }
        s.queue.pop_front()
    })
}

/// Waits at most `timeout` (None: without a limit) for one of the descriptors the blocked
/// threads wait on, and for `wake` (what a signal writes to); the threads with a ready
/// descriptor become runnable. Returns whether any thread waits on descriptors at all.
fn poll_waiters(timeout: Option<Duration>, wake_fd: Option<std::os::fd::RawFd>) -> bool {
    let (mut pfds, owners) = with(|s| {
        let mut pfds = Vec::new();
        let mut owners = Vec::new();
        for t in s.threads.iter().filter(|t| t.blocked && !t.fds.is_empty()) {
            pfds.extend_from_slice(&t.fds);
            owners.push((t.ident, t.fds.len()));
        }
        (pfds, owners)
    });
    if owners.is_empty() {
        return false;
    }
    if let Some(fd) = wake_fd {
        pfds.push(libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        });
    }
    let ms = timeout.map_or(-1, |d| {
        d.as_nanos().div_ceil(1_000_000).min(i32::MAX as u128) as i32
    });
    // SAFETY: a valid array of pollfds, for its length.
    let n = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, ms) };
    if n <= 0 {
        return true;
    }
    let mut at = 0;
    for (ident, len) in owners {
        if pfds[at..at + len].iter().any(|p| p.revents != 0) {
            wake(ident);
        }
        at += len;
    }
    true
}

/// Runs thread `id` until it suspends or ends.
fn resume(ip: &Interp, id: u64) {
    let Some((mut co, st)) = with(|s| {
        let t = s.get(id)?;
        Some((t.co.take()?, t.saved.take()?))
    }) else {
        return;
    };
    with(|s| s.current = id);
    st.put(ip);
    let r = co.resume(());
    let st = ThreadState::take(ip);
    with(|s| s.current = main_ident());
    match r {
        CoroutineResult::Yield(()) => with(|s| {
            if let Some(t) = s.get(id) {
                t.co = Some(co);
                t.saved = Some(st);
            }
        }),
        CoroutineResult::Return(()) => {
            with(|s| s.threads.retain(|t| t.ident != id));
            let left = OTHERS.with(|o| {
                o.set(o.get() - 1);
                o.get()
            });
            if left == 0 {
                TICKING.store(false, Ordering::Relaxed);
            }
            drop(st);
            drop(co);
        }
    }
}

/// Nothing can run: waits for the earliest time-out and for the descriptors the threads wait
/// on (the event loop's poller among them when the loop's thread waits on it), or, when there
/// is neither, until Ctrl-C.
fn idle(ip: &Interp) {
    let now = Instant::now();
    let earliest = with(|s| {
        s.threads
            .iter()
            .filter(|t| t.blocked)
            .filter_map(|t| t.deadline)
            .min()
    });
    let wait = earliest.map(|d| d.saturating_duration_since(now));
    if waiting_on_fds() {
        // The threads' descriptors (the loop's poller among them when the loop waits on it)
        // and the signals' wake-up descriptor, in one wait.
        let wake = crate::signals::wake_fd();
        if crate::signals::pending() {
            return;
        }
        match wait {
            None => ip.flush_out(),
            Some(d) if !d.is_zero() => ip.flush_if_tty(),
            Some(_) => {}
        }
        poll_waiters(wait, wake);
        crate::signals::drain_wake();
        return;
    }
    match wait {
        Some(d) => {
            if !d.is_zero() {
                ip.flush_if_tty();
                crate::signals::sleep(d);
            }
        }
        None => {
            ip.flush_out();
            crate::signals::sleep(Duration::from_secs(3600));
        }
    }
}

/// Whether a blocked thread waits on descriptors.
fn waiting_on_fds() -> bool {
    with(|s| s.threads.iter().any(|t| t.blocked && !t.fds.is_empty()))
}

/// At exit: threads still alive (daemon threads, and threads of `_thread`) are left where
/// they are, as CPython leaves them, without unwinding their stacks.
pub fn abandon() {
    let threads = SCHED.with(|s| s.borrow_mut().take());
    if let Some(s) = threads {
        std::mem::forget(s);
    }
    OTHERS.with(|o| o.set(0));
    TICKING.store(false, Ordering::Relaxed);
}

thread_local! {
    /// The thread running the event loop, if one does: corun has one loop.
    static LOOP_OWNER: Cell<Option<u64>> = const { Cell::new(None) };
}

/// The running thread runs the event loop while this lives; a second thread that tries to
/// run it meanwhile is refused (corun has one event loop, CPython one per thread).
pub struct LoopClaim(Option<u64>);

impl LoopClaim {
    pub fn new(ip: &Interp) -> crate::runtime::exceptions::PyResult<LoopClaim> {
        let me = current();
        let was = LOOP_OWNER.with(|o| o.get());
        if was.is_some_and(|w| w != me) {
            return Err(ip.err(
                crate::runtime::exceptions::ExcKind::NotImplementedError,
                "an event loop in a second thread while another thread runs one: corun has one \
                 event loop",
            ));
        }
        LOOP_OWNER.with(|o| o.set(Some(me)));
        Ok(LoopClaim(was))
    }
}

impl Drop for LoopClaim {
    fn drop(&mut self) {
        LOOP_OWNER.with(|o| o.set(self.0));
    }
}

thread_local! {
    static NO_JOIN: Cell<bool> = const { Cell::new(false) };
}

/// The main thread ended with KeyboardInterrupt: the exit does not wait for the other threads,
/// as CPython's does not.
pub fn no_join_at_exit() {
    NO_JOIN.with(|n| n.set(true));
}

/// The end of the main thread, before the `atexit` functions: `threading._shutdown()` waits
/// for the threads that are not daemons (when the program imported `threading`), as CPython's
/// shutdown does; the threads still alive after it are left where they are.
pub fn shutdown(ip: &Interp) {
    if NO_JOIN.with(|n| n.get()) {
        abandon();
        return;
    }
    let threading = ip
        .modules
        .borrow()
        .get(&crate::intern::intern("threading"))
        .cloned();
    if let Some(Value::Module(m)) = threading {
        if let Some(f) = m.get(crate::intern::intern("_shutdown")) {
            if let Err(e) = crate::stdlib::call_with(ip, &f, &[]) {
                ip.flush_out();
                ip.write_err("Exception ignored in: <module 'threading'>\n");
                ip.write_err(&crate::diagnostics::format_traceback(ip, &e));
            }
        }
    }
    abandon();
}
