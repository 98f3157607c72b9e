//! The loop's readiness poller: the file descriptors watched for reading or writing, each with
//! the callback `add_reader`/`add_writer` gave it. It stands where asyncio's selector stands in
//! `_run_once`: waited on with the time to the next timer (zero when callbacks are ready), and
//! each ready descriptor's callback joins the ready deque before the due timers do.
//!
//! The poller is made when the first descriptor is watched, so a loop that does no I/O costs
//! what it cost before: one count tested per iteration.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::VecDeque;
use std::io;
use std::os::fd::{BorrowedFd, RawFd};
use std::sync::Arc;
use std::time::Duration;

use polling::{Event, Events, PollMode, Poller};
use rustc_hash::FxHashMap;

use crate::aio::event_loop::{Handle, NativeFn};

/// The callbacks waiting on one descriptor.
#[derive(Default)]
struct Watch {
    reader: Option<NativeFn>,
    writer: Option<NativeFn>,
}

#[derive(Default)]
pub struct Reactor {
    poller: OnceCell<Arc<Poller>>,
    watches: RefCell<FxHashMap<RawFd, Watch>>,
    /// How many descriptors are watched: what the loop tests on each iteration.
    count: Cell<usize>,
    events: RefCell<Option<Events>>,
}

impl Reactor {
    /// Whether any descriptor is watched.
    #[inline]
    pub fn active(&self) -> bool {
        self.count.get() != 0
    }

    fn poller(&self) -> io::Result<&Arc<Poller>> {
        if let Some(p) = self.poller.get() {
            return Ok(p);
        }
        let p = Arc::new(Poller::new()?);
        // Ctrl-C wakes the loop out of its wait.
        let waker = p.clone();
        crate::signals::set_waker(Box::new(move || {
            let _ = waker.notify();
        }));
        Ok(self.poller.get_or_init(|| p))
    }

    /// The poller's own descriptor, readable when an event waits (or `notify` was called):
    /// what the thread scheduler waits on while the loop's thread waits for I/O.
    pub fn fd(&self) -> Option<RawFd> {
        use std::os::fd::AsRawFd;
        self.poller.get().map(|p| p.as_raw_fd())
    }

    /// Sets (or, with None, removes) the reader or writer callback of `fd`. Returns whether
    /// one was set before, as `remove_reader` answers.
    pub fn watch(&self, fd: RawFd, write: bool, cb: Option<NativeFn>) -> io::Result<bool> {
        if cb.is_none() && !self.watches.borrow().contains_key(&fd) {
            return Ok(false);
        }
        let poller = self.poller()?.clone();
        let mut watches = self.watches.borrow_mut();
        let existed = watches.contains_key(&fd);
        let w = watches.entry(fd).or_default();
        let slot = if write { &mut w.writer } else { &mut w.reader };
        let adding = cb.is_some();
        // Dropped once the table is no longer borrowed: a callback may hold the last
        // reference to an object whose finalizer watches descriptors again.
        let old = std::mem::replace(slot, cb);
        let had = old.is_some();
        let (r, wr) = (w.reader.is_some(), w.writer.is_some());
        let interest = Event::new(fd as usize, r, wr);
        let result = if !r && !wr {
            watches.remove(&fd);
            if existed {
                self.count.set(self.count.get() - 1);
                // SAFETY: the descriptor is only borrowed for the call; a descriptor closed
                // meanwhile makes the call fail, which changes nothing here.
                let _ = poller.delete(unsafe { BorrowedFd::borrow_raw(fd) });
            }
            Ok(())
        } else if existed {
            // SAFETY: as above.
            let b = unsafe { BorrowedFd::borrow_raw(fd) };
            match poller.modify_with_mode(b, interest, PollMode::Level) {
                // The descriptor was closed without being unwatched and its number is in use
                // again: the kernel forgot the old one, so the new one is added.
                // SAFETY: as below.
                Err(e) if e.raw_os_error() == Some(libc::ENOENT) => unsafe {
                    poller.add_with_mode(fd, interest, PollMode::Level)
                },
                r => r,
            }
        } else {
            // SAFETY: the descriptor is deleted from the poller before it is forgotten here,
            // and a closed one is dropped by the kernel from the poller by itself.
            let r = unsafe { poller.add_with_mode(fd, interest, PollMode::Level) };
            if r.is_ok() {
                self.count.set(self.count.get() + 1);
            } else {
                watches.remove(&fd);
            }
            r
        };
        drop(watches);
        drop(old);
        match result {
            Ok(()) => Ok(had),
            Err(e) if adding => Err(e),
            Err(_) => Ok(had),
        }
    }

    /// Waits for readiness (None: without a limit) and appends the callbacks of the ready
    /// descriptors to `ready`, readers first, as `_process_events` does. Returns how many
    /// were appended.
    pub fn poll(&self, timeout: Option<Duration>, ready: &RefCell<VecDeque<Handle>>) -> usize {
        let Some(poller) = self.poller.get() else {
            return 0;
        };
        let mut slot = self.events.borrow_mut();
        let events = slot.get_or_insert_with(Events::new);
        events.clear();
        if crate::signals::pending() {
            return 0;
        }
        if poller.wait(events, timeout).is_err() {
            return 0;
        }
        let watches = self.watches.borrow();
        let mut ready = ready.borrow_mut();
        let mut n = 0;
        for ev in events.iter() {
            let Some(w) = watches.get(&(ev.key as RawFd)) else {
                continue;
            };
            // An error or a hang-up counts as both readable and writable, as select reports it.
            let broken = ev.is_err() == Some(true);
            if ev.readable || broken {
                if let Some(cb) = &w.reader {
                    ready.push_back(Handle::Native(cb.clone()));
                    n += 1;
                }
            }
            if ev.writable || broken {
                if let Some(cb) = &w.writer {
                    ready.push_back(Handle::Native(cb.clone()));
                    n += 1;
                }
            }
        }
        n
    }

    /// `loop.close()`: every descriptor is forgotten.
    pub fn clear(&self) {
        let watches = std::mem::take(&mut *self.watches.borrow_mut());
        if let Some(p) = self.poller.get() {
            for fd in watches.keys() {
                // SAFETY: only borrowed for the call.
                let _ = p.delete(unsafe { BorrowedFd::borrow_raw(*fd) });
            }
        }
        self.count.set(0);
    }
}
