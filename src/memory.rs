//! Memory: the global allocator, the limit of `--max-memory`, and fallible growth.
//!
//! Rust's collections abort the process when an allocation fails. Every allocation whose size a
//! program drives (`'x' * n`, `[0] * n`, a list that grows in a loop, a format width) goes
//! instead through `try_reserve` inside `fallible` (see `runtime::grow`), so that running out
//! is a MemoryError. Under `--max-memory`, the allocator counts the bytes in use: past the
//! limit, it refuses what is asked for inside `fallible` (a MemoryError right there), and lets
//! anything else through but has the evaluator raise MemoryError at its next check (a call or a
//! loop iteration), so that no allocation the program cannot catch ends the process. Without a
//! limit nothing is counted: one load and a branch per allocation.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering::Relaxed};

/// The global allocator of the `corun` binary: mimalloc, counting under a limit.
///
/// Small objects (strings, lists, frames of coroutines) come and go at a high rate; mimalloc
/// serves them faster than the system allocator. Its blocks are whole machine words in size on
/// word-aligned pages, so any request aligned to at most a word goes to plain `mi_malloc` (its
/// fast path reclaims freed blocks); only larger alignments take the aligned entry points.
pub struct Allocator;

/// `--max-memory` in bytes; 0: no limit.
static LIMIT: AtomicUsize = AtomicUsize::new(0);
/// Bytes allocated since the limit was set, less those freed (blocks allocated before and freed
/// after count negatively: a slight undercount).
static LIVE: AtomicIsize = AtomicIsize::new(0);

thread_local! {
    /// Set while a fallible allocation runs: past the limit it is refused.
    static FALLIBLE: Cell<bool> = const { Cell::new(false) };
}

const WORD: usize = std::mem::size_of::<usize>();

/// Sets the limit (`--max-memory`), in bytes.
pub fn set_limit(bytes: usize) {
    LIVE.store(0, Relaxed);
    LIMIT.store(bytes.max(1), Relaxed);
}

/// Whether the bytes in use are past the limit.
pub fn over_limit() -> bool {
    let limit = LIMIT.load(Relaxed);
    limit != 0 && LIVE.load(Relaxed) > limit as isize
}

/// Runs `f` (a `try_reserve`) so that an allocation in it past the limit fails instead of
/// succeeding.
pub fn fallible<R>(f: impl FnOnce() -> R) -> R {
    let was = FALLIBLE.with(|c| c.replace(true));
    let r = f();
    FALLIBLE.with(|c| c.set(was));
    r
}

/// Whether `bytes` could ever be allocated at once: no more than the machine's memory and swap.
/// The system would map more and fail only when it is touched (mimalloc asks for large blocks
/// without reserving them), so growth that a program drives asks here first, and a larger
/// request is a MemoryError at once, as the C library's refusal is for CPython.
pub fn could_fit(bytes: usize) -> bool {
    static TOTAL: AtomicUsize = AtomicUsize::new(0);
    let mut total = TOTAL.load(Relaxed);
    if total == 0 {
        // SAFETY: sysinfo only writes the struct it is given.
        total = unsafe {
            let mut si: libc::sysinfo = std::mem::zeroed();
            if libc::sysinfo(&mut si) == 0 {
                let unit = (si.mem_unit as usize).max(1);
                (si.totalram as usize)
                    .saturating_add(si.totalswap as usize)
                    .saturating_mul(unit)
            } else {
                usize::MAX
            }
        };
        TOTAL.store(total, Relaxed);
    }
    bytes <= total
}

/// Counts `size` more bytes; false when they are refused.
#[cold]
#[inline(never)]
fn admit(size: usize) -> bool {
    let limit = LIMIT.load(Relaxed) as isize;
    let live = LIVE.fetch_add(size as isize, Relaxed) + size as isize;
    if live <= limit {
        return true;
    }
    if FALLIBLE.try_with(|c| c.get()).unwrap_or(false) {
        LIVE.fetch_sub(size as isize, Relaxed);
        return false;
    }
    crate::signals::memory_exhausted();
    true
}

#[cold]
#[inline(never)]
fn release(size: usize) {
    LIVE.fetch_sub(size as isize, Relaxed);
}

#[inline(always)]
fn counting() -> bool {
    LIMIT.load(Relaxed) != 0
}

#[inline(always)]
unsafe fn raw_alloc(layout: Layout, zeroed: bool) -> *mut u8 {
    match (layout.align() <= WORD, zeroed) {
        (true, false) => libmimalloc_sys::mi_malloc(layout.size()) as *mut u8,
        (true, true) => libmimalloc_sys::mi_zalloc(layout.size()) as *mut u8,
        (false, false) => {
            libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
        (false, true) => {
            libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }
}

/// An allocation under the limit: admitted or refused, and not counted if the system has no
/// memory for it.
#[cold]
#[inline(never)]
unsafe fn counted(layout: Layout, zeroed: bool) -> *mut u8 {
    if !admit(layout.size()) {
        return std::ptr::null_mut();
    }
    let p = raw_alloc(layout, zeroed);
    if p.is_null() {
        release(layout.size());
    }
    p
}

// SAFETY: each method passes the request on to mimalloc, whose functions meet GlobalAlloc's
// contract; counting only decides whether to pass it on.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if counting() {
            return counted(layout, false);
        }
        raw_alloc(layout, false)
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if counting() {
            return counted(layout, true);
        }
        raw_alloc(layout, true)
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if counting() {
            release(layout.size());
        }
        libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if counting() {
            if new_size > layout.size() {
                if !admit(new_size - layout.size()) {
                    return std::ptr::null_mut();
                }
            } else {
                release(layout.size() - new_size);
            }
        }
        let p = ptr as *mut std::ffi::c_void;
        let q = if layout.align() <= WORD {
            libmimalloc_sys::mi_realloc(p, new_size) as *mut u8
        } else {
            libmimalloc_sys::mi_realloc_aligned(p, new_size, layout.align()) as *mut u8
        };
        if q.is_null() && counting() && new_size > layout.size() {
            release(new_size - layout.size());
        }
        q
    }
}

/// `--max-memory SIZE`: bytes, or with a suffix K, M, G (powers of 1024; `200M`, `1.5G`).
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last()? {
        (i, 'k' | 'K') => (&s[..i], 1u64 << 10),
        (i, 'm' | 'M') => (&s[..i], 1 << 20),
        (i, 'g' | 'G') => (&s[..i], 1 << 30),
        (i, 'b' | 'B') => (&s[..i], 1),
        _ => (s, 1),
    };
    let n: f64 = num.parse().ok()?;
    let bytes = n * mult as f64;
    (n.is_finite() && n > 0.0 && bytes < usize::MAX as f64).then_some(bytes as usize)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes() {
        use super::parse_size;
        assert_eq!(parse_size("200M"), Some(200 << 20));
        assert_eq!(parse_size("1.5g"), Some(3 << 29));
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("64K"), Some(64 << 10));
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("-5M"), None);
        assert_eq!(parse_size(""), None);
    }
}
