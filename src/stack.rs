//! The native stack, grown on demand.
//!
//! Python recursion is bounded by the recursion limit, but each level of it is a few Rust frames,
//! and the limit can be raised far: rather than reserving gigabytes of address space up front
//! (which fails under `ulimit -v`), the interpreter thread starts with a modest stack, and every
//! place that enters a Python frame calls `ensure`. While more than `RED_ZONE` is left of the
//! stack, that costs one compare; below it, the rest of the frame runs on a new segment mapped
//! for it (and kept for the next time the recursion comes this deep). A segment that cannot be
//! mapped is reported to the caller, which raises MemoryError.

use std::cell::Cell;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

/// What must be left of the stack when a check passes: the deepest native recursion that runs
/// between two checks must fit in it (freeing nested objects checks at every level too:
/// `runtime::trashcan`). The largest is an expression nested as deeply as the
/// parser allows, evaluated within one frame (about 1.6 MB in a release build, 30 MB in a debug
/// build, whose frames are ten times bigger).
const RED_ZONE: usize = if cfg!(debug_assertions) {
    48 << 20
} else {
    4 << 20
};

/// The size of a new segment.
const SEGMENT: usize = if cfg!(debug_assertions) {
    128 << 20
} else {
    32 << 20
};

/// The stack of the thread the interpreter runs on.
pub const THREAD_STACK: usize = if cfg!(debug_assertions) {
    80 << 20
} else {
    16 << 20
};

thread_local! {
    /// Below this address less than `RED_ZONE` is left of the running stack segment
    /// (`usize::MAX` until this thread's stack has been measured, so the first check does it).
    static FLOOR: Cell<usize> = const { Cell::new(usize::MAX) };
    /// The last segment given back: recursion that goes back and forth across a segment's edge
    /// does not map and unmap one each time.
    static SPARE: Cell<Option<Segment>> = const { Cell::new(None) };
}

/// Where the stack pointer is (roughly, where that cannot be read directly).
#[inline(always)]
fn here() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let sp: usize;
        // SAFETY: reads the stack pointer register; touches neither memory nor flags.
        unsafe {
            std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
        };
        sp
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let marker = 0u8;
        std::hint::black_box(&marker) as *const u8 as usize
    }
}

/// Whether more than `RED_ZONE` is left of the stack: a load and a compare, for the hot paths
/// that call `grow` themselves when it is not.
#[inline(always)]
pub fn has_room() -> bool {
    here() > FLOOR.with(|l| l.get())
}

/// Runs `f`, on a new stack segment when less than `RED_ZONE` is left of this one. None when
/// such a segment cannot be mapped (the address space is exhausted).
#[inline(always)]
pub fn ensure<R>(f: impl FnOnce() -> R) -> Option<R> {
    if has_room() {
        Some(f())
    } else {
        grow(f)
    }
}

/// Runs `f` on a new stack segment (or here, if this thread's stack turns out to have room at
/// its first check). None when no segment can be mapped.
#[cold]
#[inline(never)]
pub fn grow<R>(f: impl FnOnce() -> R) -> Option<R> {
    if here() > floor() {
        return Some(f());
    }
    let seg = match SPARE.with(|s| s.take()) {
        Some(s) => s,
        None => Segment::map_some()?,
    };
    let (r, seg) = on_segment(seg, f);
    SPARE.with(|s| {
        let kept = s.take().unwrap_or(seg);
        s.set(Some(kept));
    });
    Some(r)
}

/// Runs `f` with at least `size` bytes of stack below it: here when this much is left, else on
/// a segment of its own. When none can be mapped (the address space is short), `f` runs here
/// all the same. For the parser, which starts each parse on this much stack and checks for more
/// (`has_room`, `grow`) only where its grammar recurses.
pub fn with_at_least<R>(size: usize, f: impl FnOnce() -> R) -> R {
    if here().saturating_sub(floor().saturating_sub(RED_ZONE)) >= size {
        return f();
    }
    match Segment::map(size) {
        Some(seg) => on_segment(seg, f).0,
        None => f(),
    }
}

/// The floor of a stack whose lowest usable address is `limit` (a thread's own stack).
pub fn floor_above(limit: usize) -> usize {
    limit.saturating_add(RED_ZONE)
}

/// The running stack's floor, for a switch to another thread's stack (`crate::threads`).
pub fn floor_now() -> usize {
    FLOOR.with(|l| l.get())
}

/// Makes `floor` the running stack's floor: the thread whose stack it is runs again.
pub fn set_floor(floor: usize) {
    FLOOR.with(|l| l.set(floor));
}

/// `FLOOR`, measured on the first call on this thread.
fn floor() -> usize {
    let floor = FLOOR.with(|l| l.get());
    if floor != usize::MAX {
        return floor;
    }
    let floor = match stacker::remaining_stack() {
        Some(left) => (here() - left).saturating_add(RED_ZONE),
        None => 0,
    };
    FLOOR.with(|l| l.set(floor));
    floor
}

/// Runs `f` on `seg`; gives the segment back with the result.
fn on_segment<R>(seg: Segment, f: impl FnOnce() -> R) -> (R, Segment) {
    let saved = FLOOR.with(|l| l.replace(seg.base as usize + RED_ZONE));
    // SAFETY: the segment is mapped readable and writable, page-aligned, `size` bytes long; the
    // callback catches every unwind, so none crosses `on_stack`.
    let r = unsafe {
        psm::on_stack(seg.base, seg.size, move || {
            catch_unwind(AssertUnwindSafe(f))
        })
    };
    FLOOR.with(|l| l.set(saved));
    match r {
        Ok(v) => (v, seg),
        Err(p) => {
            drop(seg);
            resume_unwind(p)
        }
    }
}

/// A stack segment: `size` bytes at `base`, above a guard page.
struct Segment {
    base: *mut u8,
    size: usize,
}

impl Segment {
    /// A segment of `SEGMENT` bytes, or of less (down to twice the red zone) when the address
    /// space is short.
    fn map_some() -> Option<Segment> {
        let mut size = SEGMENT;
        loop {
            if let Some(s) = Segment::map(size) {
                return Some(s);
            }
            size /= 2;
            if size < 2 * RED_ZONE {
                return None;
            }
        }
    }

    fn map(size: usize) -> Option<Segment> {
        // SAFETY: plain mmap/mprotect calls on a new private anonymous mapping.
        unsafe {
            let page = libc::sysconf(libc::_SC_PAGESIZE).max(4096) as usize;
            let p = libc::mmap(
                std::ptr::null_mut(),
                size + page,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            );
            if p == libc::MAP_FAILED {
                return None;
            }
            // The lowest page is the guard: an overflow faults instead of writing below.
            if libc::mprotect(p, page, libc::PROT_NONE) != 0 {
                libc::munmap(p, size + page);
                return None;
            }
            Some(Segment {
                base: (p as *mut u8).add(page),
                size,
            })
        }
    }
}

impl Drop for Segment {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping `map` made (guard page included).
        unsafe {
            let page = libc::sysconf(libc::_SC_PAGESIZE).max(4096) as usize;
            libc::munmap(self.base.sub(page) as *mut libc::c_void, self.size + page);
        }
    }
}

#[cfg(test)]
mod tests {
    fn depth(n: u32) -> u32 {
        // A frame of a few hundred bytes that the optimiser cannot fold away.
        let pad = std::hint::black_box([n as u8; 256]);
        if n == 0 {
            return pad[0] as u32;
        }
        super::ensure(|| depth(n - 1) + 1).expect("a stack segment")
    }

    /// Recursion far deeper than a test thread's stack runs on segments, and every segment is
    /// given back (one kept) when it unwinds.
    #[test]
    fn deep_recursion_grows_the_stack() {
        let levels = if cfg!(debug_assertions) {
            400_000
        } else {
            200_000
        };
        assert_eq!(depth(levels), levels);
        assert_eq!(depth(levels), levels);
    }

    /// A panic deep down unwinds through the segments to the caller.
    #[test]
    fn panics_unwind_across_segments() {
        fn boom(n: u32) -> u32 {
            let pad = std::hint::black_box([1u8; 512]);
            if n == 0 {
                panic!("deep");
            }
            super::ensure(|| boom(n - 1) + pad[0] as u32).expect("a stack segment")
        }
        let r = std::panic::catch_unwind(|| boom(100_000));
        assert!(r.is_err());
    }
}
