//! Ctrl-C (SIGINT). The handler only sets a flag and wakes the interpreter thread; the
//! evaluator polls the flag where it already checks the recursion depth (calls) and on loop
//! back-edges, and the event loop polls it whenever it waits. What a pending interrupt does is
//! decided here, on the interpreter thread:
//!
//! - while `asyncio.run` runs, the first Ctrl-C cancels the main task (as CPython's
//!   `asyncio.Runner` does), and `asyncio.run` then raises KeyboardInterrupt; a second one
//!   raises KeyboardInterrupt where the program is;
//! - in the REPL, Ctrl-C while the loop waits cancels the entry being awaited, and Ctrl-C while
//!   Python code runs raises KeyboardInterrupt in it;
//! - anywhere else it raises KeyboardInterrupt in the running code.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicI32, AtomicU64, AtomicU8, Ordering};
use std::sync::OnceLock;
use std::thread::Thread;
use std::time::{Duration, Instant};

use crate::aio::future::FutureObj;
use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};

/// What waits for the evaluator's attention at its next check: a Ctrl-C, memory over the
/// limit, a collection (see `request_attention`). Polled where the evaluator checks the
/// recursion depth, with one load for all of them.
static PENDING: AtomicU8 = AtomicU8::new(0);
const INTERRUPT: u8 = 1;
const MEMORY: u8 = 2;
const COLLECT: u8 = 4;
/// A signal with a Python handler (`signal.signal`) arrived; which ones are in `CAUGHT`.
const SIGNAL: u8 = 8;
/// The preemption timer asks the running thread to let the others run (`crate::threads`).
const SWITCH: u8 = 16;
/// The signals caught for Python handlers and not yet handled, bit `n-1` for signal `n`.
static CAUGHT: AtomicU64 = AtomicU64::new(0);
static INTERP_THREAD: OnceLock<Thread> = OnceLock::new();
/// Wakes the event loop's I/O poller, once it has one.
static WAKER: OnceLock<Box<dyn Fn() + Send + Sync>> = OnceLock::new();
/// An eventfd the handlers write to, made the first time the thread scheduler waits on
/// descriptors (-1 until then): a signal ends that wait (`wake_fd`).
static WAKE_FD: AtomicI32 = AtomicI32::new(-1);

/// Installs the SIGINT handler; the calling thread is the one woken from its waits.
/// Installing twice is harmless (the first handler stays). When SIGINT is ignored (a background
/// job of a shell, `nohup`), it stays ignored, as CPython leaves it.
pub fn install() {
    let _ = INTERP_THREAD.set(std::thread::current());
    if sigint_ignored() {
        return;
    }
    let _ = ctrlc::set_handler(|| {
        PENDING.fetch_or(INTERRUPT, Ordering::SeqCst);
        if let Some(t) = INTERP_THREAD.get() {
            t.unpark();
        }
        if let Some(w) = WAKER.get() {
            w();
        }
        notify_wake_fd();
    });
}

/// The C handler of a signal that has a Python handler: notes it and wakes the interpreter
/// thread, as the Ctrl-C handler does; the Python handler runs at the evaluator's next check.
pub extern "C" fn on_signal(sig: libc::c_int) {
    if (1..=64).contains(&sig) {
        CAUGHT.fetch_or(1u64 << (sig - 1), Ordering::SeqCst);
        PENDING.fetch_or(SIGNAL, Ordering::SeqCst);
    }
    if let Some(t) = INTERP_THREAD.get() {
        t.unpark();
    }
    if let Some(w) = WAKER.get() {
        w();
    }
    notify_wake_fd();
}

/// Writes to the wake-up descriptor, if there is one (async-signal-safe: one load, one write).
fn notify_wake_fd() {
    let fd = WAKE_FD.load(Ordering::SeqCst);
    if fd >= 0 {
        let one: u64 = 1;
        // SAFETY: writes 8 bytes from a live u64 to an eventfd; a full counter only fails.
        unsafe { libc::write(fd, &one as *const u64 as *const libc::c_void, 8) };
    }
}

/// The descriptor that becomes readable when Ctrl-C or a signal with a Python handler
/// arrives, for a wait that polls descriptors (made on first use; None if it cannot be).
/// A signal that came before the call is in `pending()`: test it after this call.
pub fn wake_fd() -> Option<std::os::fd::RawFd> {
    let fd = WAKE_FD.load(Ordering::SeqCst);
    if fd >= 0 {
        return Some(fd);
    }
    // SAFETY: eventfd only creates a descriptor.
    let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
    if fd < 0 {
        return None;
    }
    WAKE_FD.store(fd, Ordering::SeqCst);
    Some(fd)
}

/// Empties the wake-up descriptor after a wait it may have ended.
pub fn drain_wake() {
    let fd = WAKE_FD.load(Ordering::SeqCst);
    if fd >= 0 {
        let mut n: u64 = 0;
        // SAFETY: reads at most 8 bytes into a live u64; the descriptor does not block.
        unsafe { libc::read(fd, &mut n as *mut u64 as *mut libc::c_void, 8) };
    }
}

/// Blocks until a signal with a Python handler, or Ctrl-C, arrives (`signal.pause`), or
/// until `limit` has passed.
pub fn wait_for_signal(limit: Option<Duration>) {
    let end = limit.map(|d| Instant::now() + d);
    while PENDING.load(Ordering::SeqCst) & (INTERRUPT | SIGNAL) == 0 {
        match end {
            None => std::thread::park(),
            Some(end) => {
                let now = Instant::now();
                if now >= end {
                    break;
                }
                std::thread::park_timeout(end - now);
            }
        }
    }
}

/// Signals caught again whose Python handlers have still to run (after one of them raised).
pub fn requeue(mask: u64) {
    CAUGHT.fetch_or(mask, Ordering::SeqCst);
    PENDING.fetch_or(SIGNAL, Ordering::SeqCst);
}

/// What wakes the event loop when it waits in its I/O poller (set once).
pub fn set_waker(w: Box<dyn Fn() + Send + Sync>) {
    let _ = WAKER.set(w);
}

fn sigint_ignored() -> bool {
    // SAFETY: sigaction with a null new action only reads the current disposition.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

/// Whether a Ctrl-C, or a signal with a Python handler, waits to be acted on.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) & (INTERRUPT | SIGNAL) != 0
}

/// Takes the pending interrupt, if any.
pub fn take() -> bool {
    PENDING.fetch_and(!INTERRUPT, Ordering::SeqCst) & INTERRUPT != 0
}

/// Forgets an interrupt that arrived while nothing was running (between REPL entries).
pub fn clear() {
    PENDING.fetch_and(!INTERRUPT, Ordering::SeqCst);
}

/// The allocator went past `--max-memory` for an allocation that could not fail: the next
/// check raises MemoryError (if memory is still over the limit then).
pub fn memory_exhausted() {
    PENDING.fetch_or(MEMORY, Ordering::Relaxed);
}

/// Asks the evaluator to stop at its next poll (a collection is wanted, or objects put aside by
/// `runtime::trashcan` wait to be dropped): no cost on the paths that poll, which test one
/// flag for all.
pub fn request_attention() {
    PENDING.fetch_or(COLLECT, Ordering::SeqCst);
}

/// Asks the evaluator to switch threads at its next check (the preemption timer's tick).
pub fn request_switch() {
    PENDING.fetch_or(SWITCH, Ordering::Relaxed);
}

/// The evaluator's check: raises KeyboardInterrupt (or cancels `asyncio.run`'s main task) when
/// Ctrl-C was pressed.
#[inline(always)]
pub fn poll(ip: &Interp) -> PyResult<()> {
    if PENDING.load(Ordering::Relaxed) != 0 {
        return interrupt(ip, false);
    }
    Ok(())
}

/// The event loop's check, after a wait.
pub fn poll_in_loop(ip: &Interp) -> PyResult<()> {
    if PENDING.load(Ordering::Relaxed) != 0 {
        return interrupt(ip, true);
    }
    Ok(())
}

/// `time.sleep`: sleeps for `d`; the handlers of signals arriving meanwhile run at once and the
/// sleep goes on, as in CPython, but Ctrl-C ends it.
pub fn sleep_in_code(ip: &Interp, d: Duration) -> PyResult<()> {
    let end = Instant::now() + d;
    loop {
        sleep(end.saturating_duration_since(Instant::now()));
        let interrupted = PENDING.load(Ordering::SeqCst) & INTERRUPT != 0;
        poll(ip)?;
        if interrupted || Instant::now() >= end {
            return Ok(());
        }
    }
}

/// Sleeps for `d`, or less when Ctrl-C (or a signal with a Python handler) comes meanwhile.
pub fn sleep(d: Duration) {
    let end = Instant::now() + d;
    while !pending() {
        let now = Instant::now();
        if now >= end {
            break;
        }
        if INTERP_THREAD.get().map(|t| t.id()) == Some(std::thread::current().id()) {
            std::thread::park_timeout(end - now);
        } else {
            std::thread::sleep((end - now).min(Duration::from_millis(50)));
        }
    }
}

/// Who a Ctrl-C goes to while the loop runs (innermost last).
struct Target {
    task: Rc<FutureObj>,
    /// Cancel the task even when the interrupt is noticed in running code (`asyncio.run`);
    /// otherwise only when the loop is waiting (the REPL).
    cancel_from_code: bool,
    interrupts: Cell<u32>,
}

thread_local! {
    static TARGETS: RefCell<Vec<Target>> = const { RefCell::new(Vec::new()) };
}

/// While `task` runs: the first Ctrl-C cancels it. Pair with `pop_target`, which returns how
/// many interrupts it received.
pub fn push_target(task: &Rc<FutureObj>, cancel_from_code: bool) {
    TARGETS.with(|t| {
        t.borrow_mut().push(Target {
            task: task.clone(),
            cancel_from_code,
            interrupts: Cell::new(0),
        })
    });
}

pub fn pop_target() -> u32 {
    TARGETS.with(|t| t.borrow_mut().pop().map_or(0, |t| t.interrupts.get()))
}

#[cold]
#[inline(never)]
fn interrupt(ip: &Interp, in_loop: bool) -> PyResult<()> {
    let was = PENDING.fetch_and(INTERRUPT, Ordering::SeqCst);
    if was & SWITCH != 0 || (was & (INTERRUPT | SIGNAL) != 0 && !crate::threads::is_main()) {
        crate::threads::preempt(ip);
    }
    if !crate::threads::is_main() {
        // Signals are handled in the main thread only: they stay pending for it.
        PENDING.fetch_or(was & SIGNAL, Ordering::SeqCst);
        if was & COLLECT != 0 {
            crate::runtime::trashcan::drain();
            crate::runtime::gc::run_pending(ip);
        }
        return Ok(());
    }
    if was & COLLECT != 0 {
        crate::runtime::trashcan::drain();
        crate::runtime::gc::run_pending(ip);
    }
    if was & MEMORY != 0 && crate::memory::over_limit() {
        return Err(ip.err_noargs(ExcKind::MemoryError));
    }
    if was & SIGNAL != 0 {
        crate::stdlib::signal::run_handlers(ip, CAUGHT.swap(0, Ordering::SeqCst))?;
    }
    if !take() {
        return Ok(());
    }
    // A Python handler set for SIGINT replaces KeyboardInterrupt.
    if crate::stdlib::signal::run_sigint_handler(ip)? {
        return Ok(());
    }
    let cancelled = TARGETS.with(|t| {
        let t = t.borrow();
        let Some(top) = t.last() else {
            return false;
        };
        top.interrupts.set(top.interrupts.get() + 1);
        if (in_loop || top.cancel_from_code) && top.interrupts.get() == 1 && !top.task.is_done() {
            top.task.cancel(ip, None);
            return true;
        }
        false
    });
    if cancelled {
        return Ok(());
    }
    Err(ip.err_noargs(ExcKind::KeyboardInterrupt))
}

/// Ends the process the way CPython does after an uncaught KeyboardInterrupt: killed by SIGINT,
/// so the shell sees status 130 and a parent sees the signal.
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring the default disposition and raising a signal are plain libc calls.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}
