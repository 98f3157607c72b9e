//! Growth whose size a program drives (`'x' * n`, `[0] * n`, a list appended to in a loop, a
//! format width): fallible, so that running out of memory (or past `--max-memory`) is a
//! MemoryError, not the abort of Rust's `Vec` and `String` growth. See `crate::memory`.

use crate::eval::Interp;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};

pub fn memory_error(ip: &Interp) -> Exc {
    ip.err_noargs(ExcKind::MemoryError)
}

/// Room for `additional` more items in `v`, or MemoryError.
#[inline]
pub fn reserve<T>(ip: &Interp, v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    if v.capacity() - v.len() >= additional {
        return Ok(());
    }
    reserve_slow(ip, v, additional)
}

#[cold]
#[inline(never)]
fn reserve_slow<T>(ip: &Interp, v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    let bytes = (v.len().saturating_add(additional)).saturating_mul(std::mem::size_of::<T>());
    if !crate::memory::could_fit(bytes) {
        return Err(memory_error(ip));
    }
    crate::memory::fallible(|| v.try_reserve(additional)).map_err(|_| memory_error(ip))
}

/// `v.push(x)`, or MemoryError when `v` cannot grow.
#[inline]
pub fn push<T>(ip: &Interp, v: &mut Vec<T>, x: T) -> PyResult<()> {
    if v.len() == v.capacity() {
        reserve_slow(ip, v, 1)?;
    }
    v.push(x);
    Ok(())
}

/// An empty vector with room for `n` items, or MemoryError.
pub fn vec_with_capacity<T>(ip: &Interp, n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    reserve(ip, &mut v, n)?;
    Ok(v)
}

/// An empty string with room for `n` bytes, or MemoryError.
pub fn string_with_capacity(ip: &Interp, n: usize) -> PyResult<String> {
    let mut s = String::new();
    if !crate::memory::could_fit(n) {
        return Err(memory_error(ip));
    }
    crate::memory::fallible(|| s.try_reserve(n)).map_err(|_| memory_error(ip))?;
    Ok(s)
}

/// Room for `additional` more bytes in `s`, or MemoryError.
#[inline]
pub fn reserve_str(ip: &Interp, s: &mut String, additional: usize) -> PyResult<()> {
    if s.capacity() - s.len() >= additional {
        return Ok(());
    }
    if !crate::memory::could_fit(s.len().saturating_add(additional)) {
        return Err(memory_error(ip));
    }
    crate::memory::fallible(|| s.try_reserve(additional)).map_err(|_| memory_error(ip))
}

/// `n` copies of `item` one after another (`'ab' * n`, `[x, y] * n`), or MemoryError; the
/// size is checked before anything is allocated.
pub fn repeat<T: Clone>(ip: &Interp, item: &[T], n: usize) -> PyResult<Vec<T>> {
    let total = item.len().checked_mul(n).ok_or_else(|| memory_error(ip))?;
    let mut v = vec_with_capacity(ip, total)?;
    if n > 0 {
        v.extend_from_slice(item);
    }
    // Doubling what is there: a few large copies rather than `n` small ones.
    while v.len() < total {
        let more = (total - v.len()).min(v.len());
        v.extend_from_within(..more);
    }
    Ok(v)
}

/// MemoryError unless `bytes` could be allocated now: for a size read from the program (a format
/// width) that code which cannot fail will then fill.
pub fn check_room(ip: &Interp, bytes: usize) -> PyResult<()> {
    if bytes < 1 << 16 {
        return Ok(());
    }
    vec_with_capacity::<u8>(ip, bytes).map(drop)
}
