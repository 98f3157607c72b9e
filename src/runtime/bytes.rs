//! `bytes`: its constructor, and the methods it shares with `bytearray` (declared once here for
//! both types, each returning its receiver's type), with CPython 3.11's results and messages.
//! The mutating methods of `bytearray` are in `bytearray.rs`, `memoryview` in `memoryview.rs`.

use std::ops::Deref;
use std::rc::Rc;

use corun_macros::{classmethod, method, staticmethod};
use num_traits::{Signed, ToPrimitive};

use crate::eval::{ops, Interp};
use crate::runtime::bind::{At, FromArg};
use crate::runtime::bytearray;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::{PyBytes, Value};

/// The bytes of a bytes-like object: shared for a `bytes`, a copy for a `bytearray` or a
/// `memoryview` (whose contents Python code run during the call may change).
pub enum Buf {
    Shared(Rc<PyBytes>),
    Owned(Vec<u8>),
}

impl Deref for Buf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Buf::Shared(b) => &b.b,
            Buf::Owned(v) => v,
        }
    }
}

impl Buf {
    /// The bytes as a vector of their own: the copy itself when already one.
    pub fn into_vec(self) -> Vec<u8> {
        match self {
            Buf::Shared(b) => b.b.to_vec(),
            Buf::Owned(v) => v,
        }
    }
}

/// Whether `v` supports the buffer protocol (what `buffer` would give bytes of), found
/// without copying anything.
pub fn is_buffer(v: &Value) -> bool {
    if bytearray::of(v).is_some() || crate::stdlib::array::of(v).is_some() {
        return true;
    }
    match crate::eval::classes::value_base(v) {
        Value::Bytes(_) => true,
        Value::Native(o) => match &o.kind {
            crate::stdlib::Native::MemoryView(m) => !m.is_released(),
            _ => false,
        },
        _ => false,
    }
}

/// Whether `v` is a memoryview whose items do not lie one after another (`m[::2]`): what
/// asks for a plain buffer (`PyBUF_SIMPLE` in CPython's C functions) cannot take it.
pub fn is_strided(v: &Value) -> bool {
    match crate::eval::classes::value_base(v) {
        Value::Native(o) => match &o.kind {
            crate::stdlib::Native::MemoryView(m) => !m.is_contiguous(),
            _ => false,
        },
        _ => false,
    }
}

/// CPython's error for a strided memoryview given where a plain buffer is needed.
pub fn not_contiguous(ip: &Interp) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::BufferError,
        "memoryview: underlying buffer is not C-contiguous",
    )
}

/// `f` of the bytes of `v` read where they lie, without a copy, when `v` supports the buffer
/// protocol; BufferError for a strided memoryview, as a plain buffer request gives. No
/// Python code may run inside `f`: a bytearray's storage is borrowed meanwhile.
pub fn with_buffer<R>(ip: &Interp, v: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<Option<R>> {
    if is_strided(v) {
        return Err(not_contiguous(ip));
    }
    Ok(with_buffer_unchecked(v, f))
}

/// `with_buffer` of any buffer, a strided memoryview's bytes gathered first (for a buffer
/// whose contiguity was checked when it was taken).
pub fn with_buffer_unchecked<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(a) = bytearray::of(v) {
        return Some(f(&a.b.borrow()));
    }
    if let Some(a) = crate::stdlib::array::of(v) {
        return Some(f(&a.store.b.borrow()));
    }
    match crate::eval::classes::value_base(v) {
        Value::Bytes(b) => Some(f(&b.b)),
        Value::Native(o) => match &o.kind {
            crate::stdlib::Native::MemoryView(m) => m.with_bytes(f),
            _ => None,
        },
        _ => None,
    }
}

/// The bytes of `v` when it supports the buffer protocol (bytes, bytearray, memoryview,
/// `array.array`, or an instance of a subclass of bytes), as a plain buffer request gets
/// them: BufferError for a strided memoryview. None when `v` is no buffer.
pub fn buffer(ip: &Interp, v: &Value) -> PyResult<Option<Buf>> {
    if is_strided(v) {
        return Err(not_contiguous(ip));
    }
    Ok(gathered(v))
}

/// The bytes of `v` when it gives a plain buffer: None when it is no buffer or a strided
/// memoryview (where CPython turns the failed request into a TypeError of its own:
/// `b"".join`, `+`, `str(m, "ascii")`).
pub fn simple(v: &Value) -> Option<Buf> {
    if is_strided(v) {
        return None;
    }
    gathered(v)
}

/// The bytes of any buffer in order, a strided memoryview's gathered into a copy: what
/// `bytes(m)`, `bytearray(m)`, `m.tobytes()` and comparisons read (CPython's full buffer
/// request, then a contiguous copy). None when `v` is no buffer.
pub fn gathered(v: &Value) -> Option<Buf> {
    if let Some(a) = bytearray::of(v) {
        return Some(Buf::Owned(a.b.borrow().to_vec()));
    }
    if let Some(a) = crate::stdlib::array::of(v) {
        return Some(Buf::Owned(a.store.b.borrow().to_vec()));
    }
    match crate::eval::classes::value_base(v) {
        Value::Bytes(b) => Some(Buf::Shared(b.clone())),
        Value::Native(o) => match &o.kind {
            crate::stdlib::Native::MemoryView(m) => m.bytes().map(Buf::Owned),
            _ => None,
        },
        _ => None,
    }
}

/// The bytes of a bytes-like argument, or CPython's TypeError naming what was given.
pub fn need_buffer(ip: &Interp, v: &Value) -> PyResult<Buf> {
    buffer(ip, v)?.ok_or_else(|| {
        ip.err(
            ExcKind::TypeError,
            format!(
                "a bytes-like object is required, not '{}'",
                ops::type_name(ip, v)
            ),
        )
    })
}

/// A bytes-like argument.
impl<'a> FromArg<'a> for Buf {
    fn from_arg(ip: &Interp, v: &'a Value, _: At) -> PyResult<Self> {
        need_buffer(ip, v)
    }
}

/// The receiver of a method shared by `bytes` (`ARRAY` false) and `bytearray` (true).
pub struct Recv<const ARRAY: bool>(pub Buf);

impl<'a> FromArg<'a> for Recv<false> {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match crate::eval::classes::value_base(v) {
            Value::Bytes(b) => Ok(Recv(Buf::Shared(b.clone()))),
            _ => Err(at.wrong_type(ip, "bytes", v)),
        }
    }
}

impl<'a> FromArg<'a> for Recv<true> {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match bytearray::of(v) {
            Some(a) => Ok(Recv(Buf::Owned(a.b.borrow().to_vec()))),
            None => Err(at.wrong_type(ip, "bytearray", v)),
        }
    }
}

impl<const ARRAY: bool> Deref for Recv<ARRAY> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl<const ARRAY: bool> Recv<ARRAY> {
    /// A result of the receiver's type.
    fn out(&self, ip: &Interp, v: Vec<u8>) -> Value {
        make(ip, ARRAY, v)
    }
    /// A result of the receiver's type that is the receiver itself when unchanged, as
    /// CPython returns an unchanged `bytes` from `strip` and the like.
    fn same_or(&self, ip: &Interp, v: Vec<u8>) -> Value {
        match &self.0 {
            Buf::Shared(b) if !ARRAY && b.b[..] == v[..] => Value::Bytes(b.clone()),
            _ => self.out(ip, v),
        }
    }
    fn type_name(&self) -> &'static str {
        if ARRAY {
            "bytearray"
        } else {
            "bytes"
        }
    }
}

/// A new `bytes` or `bytearray`.
pub fn make(ip: &Interp, array: bool, v: Vec<u8>) -> Value {
    if array {
        bytearray::new(ip, v)
    } else {
        Value::bytes(&v)
    }
}

// ---- arguments ----

/// A `find`/`count`/`index` needle: bytes-like, or an int naming one byte.
fn needle(ip: &Interp, v: &Value) -> PyResult<Buf> {
    if let Some(b) = buffer(ip, v)? {
        return Ok(b);
    }
    match crate::runtime::numbers::index_opt(ip, v)? {
        Some(n) => match n.to_u8() {
            Some(x) => Ok(Buf::Owned(vec![x])),
            None => Err(ip.err(ExcKind::ValueError, "byte must be in range(0, 256)")),
        },
        None => ip.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            ops::type_name(ip, v)
        )),
    }
}

/// A slice bound as `_PyEval_SliceIndex` takes it: None when absent, huge ints clamped.
fn bound(ip: &Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    match crate::runtime::numbers::index_opt(ip, v)? {
        Some(n) => Ok(Some(n.to_i64().unwrap_or(if n.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        }))),
        None => ip.type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// `start` and `end` brought into the sequence as CPython's `ADJUST_INDICES` does.
fn adjust(len: usize, start: Option<i64>, end: Option<i64>) -> (i64, i64) {
    let len = len as i64;
    let fix = |i: i64| {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        }
    };
    let end = fix(end.unwrap_or(len)).min(len);
    (fix(start.unwrap_or(0)), end)
}

/// The index of `needle` in `hay[start:end]` (from the right when `rev`), or -1.
pub fn find_in(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (s, e) = adjust(hay.len(), start, end);
    if e - s < needle.len() as i64 {
        return -1;
    }
    let (s, e) = (s as usize, e as usize);
    let part = &hay[s..e];
    if needle.is_empty() {
        return if rev { e as i64 } else { s as i64 };
    }
    let found = if rev {
        part.windows(needle.len()).rposition(|w| w == needle)
    } else {
        part.windows(needle.len()).position(|w| w == needle)
    };
    found.map_or(-1, |i| (i + s) as i64)
}

/// Non-overlapping occurrences of `needle` in `hay[start:end]`.
fn count_in(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (s, e) = adjust(hay.len(), start, end);
    if e < s {
        return 0;
    }
    let part = &hay[s as usize..e as usize];
    if needle.is_empty() {
        return part.len() as i64 + 1;
    }
    let (mut i, mut n) = (0, 0);
    while i + needle.len() <= part.len() {
        if &part[i..i + needle.len()] == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn split_on(b: &[u8], sep: Option<&[u8]>, maxsplit: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts = Vec::new();
    match sep {
        None => {
            if rev {
                let mut end = b.len();
                loop {
                    while end > 0 && is_space(b[end - 1]) {
                        end -= 1;
                    }
                    if end == 0 {
                        break;
                    }
                    if max == 0 {
                        parts.push(b[..end].to_vec());
                        break;
                    }
                    let mut start = end;
                    while start > 0 && !is_space(b[start - 1]) {
                        start -= 1;
                    }
                    parts.push(b[start..end].to_vec());
                    max -= 1;
                    end = start;
                }
                parts.reverse();
            } else {
                let mut i = 0;
                loop {
                    while i < b.len() && is_space(b[i]) {
                        i += 1;
                    }
                    if i == b.len() {
                        break;
                    }
                    if max == 0 {
                        parts.push(b[i..].to_vec());
                        break;
                    }
                    let start = i;
                    while i < b.len() && !is_space(b[i]) {
                        i += 1;
                    }
                    parts.push(b[start..i].to_vec());
                    max -= 1;
                }
            }
        }
        Some(sep) => {
            if rev {
                let mut end = b.len();
                let mut i = b.len();
                while max > 0 && i >= sep.len() {
                    if &b[i - sep.len()..i] == sep {
                        parts.push(b[i..end].to_vec());
                        i -= sep.len();
                        end = i;
                        max -= 1;
                    } else {
                        i -= 1;
                    }
                }
                parts.push(b[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                let mut i = 0;
                while max > 0 && i + sep.len() <= b.len() {
                    if &b[i..i + sep.len()] == sep {
                        parts.push(b[start..i].to_vec());
                        i += sep.len();
                        start = i;
                        max -= 1;
                    } else {
                        i += 1;
                    }
                }
                parts.push(b[start..].to_vec());
            }
        }
    }
    parts
}

fn strip_set(chars: Option<&[u8]>) -> impl Fn(&u8) -> bool + '_ {
    move |c: &u8| match chars {
        None => is_space(*c),
        Some(set) => set.contains(c),
    }
}

fn strip(b: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let drop = strip_set(chars);
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && drop(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && drop(&b[e - 1]) {
            e -= 1;
        }
    }
    b[s..e].to_vec()
}

fn strip_arg(ip: &Interp, v: Option<&Value>) -> PyResult<Option<Buf>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => need_buffer(ip, v).map(Some),
    }
}

/// The fill byte of `center`, `ljust` and `rjust`.
fn fill_byte(ip: &Interp, name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match gathered(v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        _ => ip.type_error(format!(
            "{}() argument 2 must be a byte string of length 1, not {}",
            name,
            ops::type_name(ip, v)
        )),
    }
}

/// An empty buffer with room for at least `n` bytes (maybe more), or MemoryError when that
/// cannot be had.
pub fn alloc(ip: &Interp, n: usize) -> PyResult<Vec<u8>> {
    crate::runtime::grow::vec_with_capacity(ip, n)
}

fn pad(ip: &Interp, b: &[u8], width: i64, fill: u8, left: usize) -> PyResult<Vec<u8>> {
    let mut out = alloc(ip, (width.max(0) as usize).max(b.len()))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    while (out.len() as i64) < width {
        out.push(fill);
    }
    Ok(out)
}

/// `startswith`/`endswith`: a prefix or a tuple of them.
fn affix(
    ip: &Interp,
    name: &str,
    b: &[u8],
    what: &Value,
    start: Option<&Value>,
    end: Option<&Value>,
    suffix: bool,
) -> PyResult<bool> {
    let (s, e) = adjust(b.len(), bound(ip, start)?, bound(ip, end)?);
    let test = |p: &[u8]| -> bool {
        if s > b.len() as i64 || e - s < p.len() as i64 {
            return false;
        }
        let part = &b[s as usize..e as usize];
        if suffix {
            part.ends_with(p)
        } else {
            part.starts_with(p)
        }
    };
    if let Value::Tuple(t) = what {
        for x in t.items.iter() {
            if test(&need_buffer(ip, x)?) {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match buffer(ip, what)? {
        Some(p) => Ok(test(&p)),
        None => ip.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            ops::type_name(ip, what)
        )),
    }
}

fn is_title(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn expandtabs(b: &[u8], tabsize: i32) -> Vec<u8> {
    let tabsize = tabsize as i64;
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keepends { i + eol } else { i };
        out.push(b[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < b.len() {
        out.push(b[start..].to_vec());
    }
    out
}

fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // Inserted before every byte and at the end.
        for &c in b {
            if max > 0 {
                out.extend_from_slice(new);
                max -= 1;
            }
            out.push(c);
        }
        if max > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while i < b.len() {
        if max > 0 && b[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
            max -= 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// `b.hex(sep, bytes_per_sep)`.
fn hex(ip: &Interp, b: &[u8], sep: Option<&Value>, per: i64) -> PyResult<String> {
    let digits: Vec<String> = b.iter().map(|x| format!("{:02x}", x)).collect();
    let sep = match sep {
        None => return Ok(digits.concat()),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => match gathered(v) {
            Some(s) => String::from_utf8_lossy(&s).into_owned(),
            None => {
                return ip.type_error(format!(
                    "object of type '{}' has no len()",
                    ops::type_name(ip, v)
                ))
            }
        },
    };
    if sep.chars().count() != 1 {
        return Err(ip.err(ExcKind::ValueError, "sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(ip.err(ExcKind::ValueError, "sep must be ASCII."));
    }
    if per == 0 || digits.is_empty() {
        return Ok(digits.concat());
    }
    let n = per.unsigned_abs() as usize;
    let len = digits.len();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
        let boundary = if per > 0 {
            i > 0 && (len - i).is_multiple_of(n)
        } else {
            i > 0 && i.is_multiple_of(n)
        };
        if boundary {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace allowed between pairs.
pub fn fromhex(ip: &Interp, s: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let digit = |c: u8| (c as char).to_digit(16);
    let bad = |i: usize| {
        ip.err(
            ExcKind::ValueError,
            format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                s[..i.min(s.len())].chars().count()
            ),
        )
    };
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = digit(b[i]).ok_or_else(|| bad(i))?;
        let lo = b
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn translate(ip: &Interp, b: &[u8], table: &Value, delete: Option<&Buf>) -> PyResult<Vec<u8>> {
    let table = match table {
        Value::None => None,
        t => {
            let t = need_buffer(ip, t)?;
            if t.len() != 256 {
                return Err(ip.err(
                    ExcKind::ValueError,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    Ok(b.iter()
        .filter(|c| delete.is_none_or(|d| !d.contains(c)))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect())
}

/// The items of an iterable of bytes-like objects joined by `sep`.
fn join(ip: &Interp, sep: &[u8], items: &Value) -> PyResult<Vec<u8>> {
    let items = ops::collect(ip, items)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match simple(x) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return ip.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    ops::type_name(ip, x)
                ))
            }
        }
    }
    Ok(out)
}

/// `partition` and `rpartition`. A bytes receiver puts the separator object itself in the
/// middle of the result, as CPython does.
fn partition(
    ip: &Interp,
    array: bool,
    b: &[u8],
    sep: &Value,
    rev: bool,
    whole: Value,
) -> PyResult<Value> {
    let sep_bytes = need_buffer(ip, sep)?;
    if sep_bytes.is_empty() {
        return Err(ip.err(ExcKind::ValueError, "empty separator"));
    }
    let at = find_in(b, &sep_bytes, None, None, rev);
    let parts = if at < 0 {
        let empty = || make(ip, array, Vec::new());
        // A bytes receiver itself stands in the result; a bytearray is copied.
        let all = if array {
            make(ip, true, b.to_vec())
        } else {
            whole
        };
        if rev {
            vec![empty(), empty(), all]
        } else {
            vec![all, empty(), empty()]
        }
    } else {
        let at = at as usize;
        let middle = if array {
            make(ip, true, sep_bytes.to_vec())
        } else {
            sep.clone()
        };
        vec![
            make(ip, array, b[..at].to_vec()),
            middle,
            make(ip, array, b[at + sep_bytes.len()..].to_vec()),
        ]
    };
    Ok(Value::tuple(parts))
}

/// The int value of one byte, as `bytearray` item assignment and `append` take it.
pub fn byte_value(ip: &Interp, v: &Value) -> PyResult<u8> {
    let n = crate::runtime::numbers::index(ip, v)?;
    n.to_u8()
        .ok_or_else(|| ip.err(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

// ---- construction ----

/// Asks an object for its length before iterating it, as CPython does to size the result:
/// what `__len__` or `__length_hint__` raise is the answer.
pub fn length_hint(ip: &Interp, v: &Value) -> PyResult<()> {
    if let Value::Instance(_) = v {
        crate::runtime::iterators::length_hint(ip, v, 0)?;
    }
    Ok(())
}

/// The bytes `bytes(source, encoding, errors)` and `bytearray(…)` make.
pub fn from_source(
    ip: &Interp,
    array: bool,
    source: Option<&Value>,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let tname = if array { "bytearray" } else { "bytes" };
    let Some(src) = source else {
        if encoding.is_some() || errors.is_some() {
            let what = if encoding.is_some() {
                "encoding"
            } else {
                "errors"
            };
            return ip.type_error(format!("{} without a string argument", what));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = crate::eval::classes::value_base(src) {
        if encoding.is_none() {
            return ip.type_error("string argument without an encoding");
        }
        let (codec, errors) = crate::runtime::codecs::args(ip, encoding, errors)?;
        return crate::runtime::codecs::encode(ip, &s.s, codec, &errors);
    }
    if encoding.is_some() {
        return ip.type_error("encoding without a string argument");
    }
    if errors.is_some() {
        return ip.type_error("errors without a string argument");
    }
    if !array {
        if let Some(r) =
            crate::eval::classes::call_dunder(ip, src, crate::intern::intern("__bytes__"), &[])
        {
            let r = r?;
            return match crate::eval::classes::value_base(&r) {
                Value::Bytes(b) => Ok(b.b.to_vec()),
                _ => ip.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    ops::type_name(ip, &r)
                )),
            };
        }
    }
    if let Some(b) = gathered(src) {
        return Ok(b.into_vec());
    }
    if let Some(n) = crate::runtime::numbers::index_opt(ip, src)? {
        let n = n.to_i64().ok_or_else(|| {
            ip.err(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        })?;
        if n < 0 {
            return Err(ip.err(ExcKind::ValueError, "negative count"));
        }
        let mut v = alloc(ip, n as usize)?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if !array {
        length_hint(ip, src)?;
    }
    let mut it = match ops::iter(ip, src) {
        Ok(it) => it,
        Err(e) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => {
            return ip.type_error(format!(
                "cannot convert '{}' object to {}",
                ops::type_name(ip, src),
                tname
            ))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = it.next_checked(ip)? {
        let n = crate::runtime::numbers::index(ip, &x)?;
        match n.to_u8() {
            Some(b) => out.push(b),
            None if array => {
                return Err(ip.err(ExcKind::ValueError, "byte must be in range(0, 256)"))
            }
            None => return Err(ip.err(ExcKind::ValueError, "bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

#[staticmethod(
    bytes,
    "bytes($type, source=None, encoding=None, errors=None)",
    attr = "__new__"
)]
fn bytes_new(
    ip: &Interp,
    cls: &Value,
    source: Option<&Value>,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Value> {
    if let (Some(v @ Value::Bytes(_)), None, None, Value::Class(c)) =
        (source, encoding, errors, cls)
    {
        if !c.user {
            // An exact bytes is immutable: bytes(b) is b.
            return Ok(v.clone());
        }
    }
    let b = Value::bytes(&from_source(ip, false, source, encoding, errors)?);
    match cls {
        Value::Class(c) if c.user => Ok(Value::Instance(
            crate::runtime::instance::Instance::with_base(c.clone(), b),
        )),
        _ => Ok(b),
    }
}

/// `bytes(…)` called as a type (also for the `bytes` base of a subclass).
pub fn construct(
    ip: &Interp,
    args: &[Value],
    kw: &crate::runtime::object::Kwargs,
) -> PyResult<Value> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::Class(ip.types.bytes.clone()));
    all.extend_from_slice(args);
    (BYTES_NEW.call)(ip, &all, kw)
}

#[method(bytes, "__getnewargs__($self, /)")]
fn bytes_getnewargs(_ip: &Interp, this: Recv<false>) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::bytes(&this)]))
}

#[method(bytes, "__bytes__($self, /)")]
fn bytes_bytes(_ip: &Interp, this: Recv<false>) -> PyResult<Value> {
    Ok(Value::bytes(&this))
}

// ---- the methods of bytes and bytearray ----

/// Declares each method for `bytes` and for `bytearray`, from one body over `this`, a
/// `Recv<ARRAY>`.
macro_rules! shared {
    ($(
        [$($attr:tt)*]
        fn $name:ident($ip:ident, $this:ident $($params:tt)*) -> $r:ty $body:block
    )*) => {
        mod on_bytes {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[method(bytes, $($attr)*)]
                fn $name($ip: &Interp, $this: Recv<false> $($params)*) -> PyResult<$r> $body
            )*
        }
        mod on_bytearray {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[method(bytearray, $($attr)*)]
                fn $name($ip: &Interp, $this: Recv<true> $($params)*) -> PyResult<$r> $body
            )*
        }
    };
}

shared! {
    ["decode($self, /, encoding='utf-8', errors='strict')"]
    fn decode(ip, this, encoding: Option<&str>, errors: Option<&str>) -> Value {
        let (codec, errors) = crate::runtime::codecs::args(ip, encoding, errors)?;
        Ok(Value::string(crate::runtime::codecs::decode(ip, &this, codec, &errors)?))
    }

    ["hex($self, /, sep=None, bytes_per_sep=1)"]
    fn hex_m(ip, this, sep: Option<&Value>, bytes_per_sep: i64) -> String {
        hex(ip, &this, sep, bytes_per_sep)
    }

    ["find($self, sub, start=None, end=None, /)", style = tuple]
    fn find(ip, this, sub: &Value, start: Option<&Value>, end: Option<&Value>) -> i64 {
        let sub = needle(ip, sub)?;
        Ok(find_in(&this, &sub, bound(ip, start)?, bound(ip, end)?, false))
    }

    ["rfind($self, sub, start=None, end=None, /)", style = tuple]
    fn rfind(ip, this, sub: &Value, start: Option<&Value>, end: Option<&Value>) -> i64 {
        let sub = needle(ip, sub)?;
        Ok(find_in(&this, &sub, bound(ip, start)?, bound(ip, end)?, true))
    }

    ["index($self, sub, start=None, end=None, /)", style = tuple]
    fn index(ip, this, sub: &Value, start: Option<&Value>, end: Option<&Value>) -> i64 {
        let sub = needle(ip, sub)?;
        match find_in(&this, &sub, bound(ip, start)?, bound(ip, end)?, false) {
            -1 => Err(ip.err(ExcKind::ValueError, "subsection not found")),
            i => Ok(i),
        }
    }

    ["rindex($self, sub, start=None, end=None, /)", style = tuple]
    fn rindex(ip, this, sub: &Value, start: Option<&Value>, end: Option<&Value>) -> i64 {
        let sub = needle(ip, sub)?;
        match find_in(&this, &sub, bound(ip, start)?, bound(ip, end)?, true) {
            -1 => Err(ip.err(ExcKind::ValueError, "subsection not found")),
            i => Ok(i),
        }
    }

    ["count($self, sub, start=None, end=None, /)", style = tuple]
    fn count(ip, this, sub: &Value, start: Option<&Value>, end: Option<&Value>) -> i64 {
        let sub = needle(ip, sub)?;
        Ok(count_in(&this, &sub, bound(ip, start)?, bound(ip, end)?))
    }

    ["startswith($self, prefix, start=None, end=None, /)", style = tuple]
    fn startswith(ip, this, prefix: &Value, start: Option<&Value>, end: Option<&Value>) -> bool {
        affix(ip, "startswith", &this, prefix, start, end, false)
    }

    ["endswith($self, suffix, start=None, end=None, /)", style = tuple]
    fn endswith(ip, this, suffix: &Value, start: Option<&Value>, end: Option<&Value>) -> bool {
        affix(ip, "endswith", &this, suffix, start, end, true)
    }

    ["split($self, /, sep=None, maxsplit=-1)"]
    fn split(ip, this, sep: Option<&Value>, maxsplit: i64) -> Value {
        let sep = strip_arg(ip, sep)?;
        if sep.as_ref().is_some_and(|s| s.is_empty()) {
            return Err(ip.err(ExcKind::ValueError, "empty separator"));
        }
        let parts = split_on(&this, sep.as_deref(), maxsplit, false);
        Ok(Value::list(parts.into_iter().map(|p| this.out(ip, p)).collect()))
    }

    ["rsplit($self, /, sep=None, maxsplit=-1)"]
    fn rsplit(ip, this, sep: Option<&Value>, maxsplit: i64) -> Value {
        let sep = strip_arg(ip, sep)?;
        if sep.as_ref().is_some_and(|s| s.is_empty()) {
            return Err(ip.err(ExcKind::ValueError, "empty separator"));
        }
        let parts = split_on(&this, sep.as_deref(), maxsplit, true);
        Ok(Value::list(parts.into_iter().map(|p| this.out(ip, p)).collect()))
    }

    ["splitlines($self, /, keepends=False)"]
    fn splitlines_m(ip, this, keepends: bool) -> Value {
        let parts = splitlines(&this, keepends);
        Ok(Value::list(parts.into_iter().map(|p| this.out(ip, p)).collect()))
    }

    ["strip($self, bytes=None, /)"]
    fn strip_m(ip, this, bytes: Option<&Value>) -> Value {
        let set = strip_arg(ip, bytes)?;
        Ok(this.same_or(ip, strip(&this, set.as_deref(), true, true)))
    }

    ["lstrip($self, bytes=None, /)"]
    fn lstrip(ip, this, bytes: Option<&Value>) -> Value {
        let set = strip_arg(ip, bytes)?;
        Ok(this.same_or(ip, strip(&this, set.as_deref(), true, false)))
    }

    ["rstrip($self, bytes=None, /)"]
    fn rstrip(ip, this, bytes: Option<&Value>) -> Value {
        let set = strip_arg(ip, bytes)?;
        Ok(this.same_or(ip, strip(&this, set.as_deref(), false, true)))
    }

    ["join($self, iterable_of_bytes, /)"]
    fn join_m(ip, this, iterable_of_bytes: &Value) -> Value {
        Ok(this.out(ip, join(ip, &this, iterable_of_bytes)?))
    }

    ["replace($self, old, new, count=-1, /)"]
    fn replace_m(ip, this, old: Buf, new: Buf, count: i64) -> Value {
        Ok(this.out(ip, replace(&this, &old, &new, count)))
    }

    ["partition($self, sep, /)"]
    fn partition_m(ip, this, sep: &Value) -> Value {
        let whole = this.same_or(ip, this.to_vec());
        partition(ip, this.type_name() == "bytearray", &this, sep, false, whole)
    }

    ["rpartition($self, sep, /)"]
    fn rpartition(ip, this, sep: &Value) -> Value {
        let whole = this.same_or(ip, this.to_vec());
        partition(ip, this.type_name() == "bytearray", &this, sep, true, whole)
    }

    ["removeprefix($self, prefix, /)"]
    fn removeprefix(ip, this, prefix: Buf) -> Value {
        let rest = this.strip_prefix(&prefix[..]).unwrap_or(&this);
        Ok(this.same_or(ip, rest.to_vec()))
    }

    ["removesuffix($self, suffix, /)"]
    fn removesuffix(ip, this, suffix: Buf) -> Value {
        let rest = this.strip_suffix(&suffix[..]).unwrap_or(&this);
        Ok(this.same_or(ip, rest.to_vec()))
    }

    ["translate($self, table, /, delete=b'')"]
    fn translate_m(ip, this, table: &Value, delete: Option<Buf>) -> Value {
        Ok(this.out(ip, translate(ip, &this, table, delete.as_ref())?))
    }

    ["center($self, width, fillchar=b' ', /)"]
    fn center(ip, this, width: i64, fillchar: Option<&Value>) -> Value {
        let fill = fill_byte(ip, "center", fillchar)?;
        let marg = (width - this.len() as i64).max(0);
        let left = marg / 2 + (marg & width & 1);
        Ok(this.out(ip, pad(ip, &this, width, fill, left as usize)?))
    }

    ["ljust($self, width, fillchar=b' ', /)"]
    fn ljust(ip, this, width: i64, fillchar: Option<&Value>) -> Value {
        let fill = fill_byte(ip, "ljust", fillchar)?;
        Ok(this.out(ip, pad(ip, &this, width, fill, 0)?))
    }

    ["rjust($self, width, fillchar=b' ', /)"]
    fn rjust(ip, this, width: i64, fillchar: Option<&Value>) -> Value {
        let fill = fill_byte(ip, "rjust", fillchar)?;
        let left = (width - this.len() as i64).max(0);
        Ok(this.out(ip, pad(ip, &this, width, fill, left as usize)?))
    }

    ["zfill($self, width, /)"]
    fn zfill(ip, this, width: i64) -> Value {
        let left = (width - this.len() as i64).max(0) as usize;
        let mut out = pad(ip, &this, width, b'0', left)?;
        if left > 0 && matches!(this.first(), Some(b'+' | b'-')) {
            out[0] = this[0];
            out[left] = b'0';
        }
        Ok(this.out(ip, out))
    }

    ["expandtabs($self, /, tabsize=8)"]
    fn expandtabs_m(ip, this, tabsize: i32) -> Value {
        Ok(this.out(ip, expandtabs(&this, tabsize)))
    }

    ["upper($self, /)"]
    fn upper(ip, this) -> Value {
        Ok(this.out(ip, this.to_ascii_uppercase()))
    }

    ["lower($self, /)"]
    fn lower(ip, this) -> Value {
        Ok(this.out(ip, this.to_ascii_lowercase()))
    }

    ["swapcase($self, /)"]
    fn swapcase(ip, this) -> Value {
        let out = this
            .iter()
            .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect();
        Ok(this.out(ip, out))
    }

    ["title($self, /)"]
    fn title_m(ip, this) -> Value {
        Ok(this.out(ip, title(&this)))
    }

    ["capitalize($self, /)"]
    fn capitalize(ip, this) -> Value {
        let mut out = this.to_ascii_lowercase();
        if let Some(c) = out.first_mut() {
            *c = c.to_ascii_uppercase();
        }
        Ok(this.out(ip, out))
    }

    ["isdigit($self, /)"]
    fn isdigit(_ip, this) -> bool {
        Ok(!this.is_empty() && this.iter().all(u8::is_ascii_digit))
    }

    ["isalpha($self, /)"]
    fn isalpha(_ip, this) -> bool {
        Ok(!this.is_empty() && this.iter().all(u8::is_ascii_alphabetic))
    }

    ["isalnum($self, /)"]
    fn isalnum(_ip, this) -> bool {
        Ok(!this.is_empty() && this.iter().all(u8::is_ascii_alphanumeric))
    }

    ["isspace($self, /)"]
    fn isspace(_ip, this) -> bool {
        Ok(!this.is_empty() && this.iter().all(|&c| is_space(c)))
    }

    ["isupper($self, /)"]
    fn isupper(_ip, this) -> bool {
        Ok(this.iter().any(u8::is_ascii_uppercase) && !this.iter().any(u8::is_ascii_lowercase))
    }

    ["islower($self, /)"]
    fn islower(_ip, this) -> bool {
        Ok(this.iter().any(u8::is_ascii_lowercase) && !this.iter().any(u8::is_ascii_uppercase))
    }

    ["istitle($self, /)"]
    fn istitle(_ip, this) -> bool {
        Ok(is_title(&this))
    }

    ["isascii($self, /)"]
    fn isascii(_ip, this) -> bool {
        Ok(this.is_ascii())
    }
}

#[classmethod(bytes, "fromhex($type, string, /)")]
fn bytes_fromhex(ip: &Interp, cls: &Value, string: &str) -> PyResult<Value> {
    let b = Value::bytes(&fromhex(ip, string)?);
    of_class(ip, cls, b)
}

/// What `cls.fromhex` returns: the value itself for the builtin type, else `cls(value)`.
fn of_class(ip: &Interp, cls: &Value, v: Value) -> PyResult<Value> {
    match cls {
        Value::Class(c) if c.user => {
            let mut args = crate::eval::call::Args::new();
            args.push(v);
            crate::eval::call::call_value(ip, cls, &mut args, &[])
        }
        _ => Ok(v),
    }
}

#[classmethod(bytearray, "fromhex($type, string, /)")]
fn bytearray_fromhex(ip: &Interp, cls: &Value, string: &str) -> PyResult<Value> {
    match cls {
        // A subclass is given the bytes, as CPython gives it.
        Value::Class(c) if c.user => of_class(ip, cls, Value::bytes(&fromhex(ip, string)?)),
        _ => Ok(bytearray::new(ip, fromhex(ip, string)?)),
    }
}

#[staticmethod(bytes, "maketrans(frm, to, /)")]
fn bytes_maketrans(ip: &Interp, frm: Buf, to: Buf) -> PyResult<Value> {
    Ok(Value::bytes(&maketrans(ip, &frm, &to)?))
}

#[staticmethod(bytearray, "maketrans(frm, to, /)")]
fn bytearray_maketrans(ip: &Interp, frm: Buf, to: Buf) -> PyResult<Value> {
    Ok(Value::bytes(&maketrans(ip, &frm, &to)?))
}

fn maketrans(ip: &Interp, frm: &[u8], to: &[u8]) -> PyResult<Vec<u8>> {
    if frm.len() != to.len() {
        return Err(ip.err(
            ExcKind::ValueError,
            "maketrans arguments must have same length",
        ));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in frm.iter().zip(to) {
        t[a as usize] = b;
    }
    Ok(t)
}

// ---- int.to_bytes and int.from_bytes ----

fn little_endian(ip: &Interp, byteorder: &str) -> PyResult<bool> {
    match byteorder {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(ip.err(
            ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

#[method(int, "to_bytes($self, /, length=1, byteorder='big', *, signed=False)")]
fn int_to_bytes(
    ip: &Interp,
    this: num_bigint::BigInt,
    length: i64,
    byteorder: Option<&str>,
    signed: bool,
) -> PyResult<Value> {
    let little = little_endian(ip, byteorder.unwrap_or("big"))?;
    if length < 0 {
        return Err(ip.err(ExcKind::ValueError, "length argument must be non-negative"));
    }
    if !signed && this.is_negative() {
        return Err(ip.err(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut raw = if signed {
        this.to_signed_bytes_le()
    } else {
        this.to_bytes_le().1
    };
    // Zero is one zero byte here; it fits in no bytes at all.
    if this.sign() == num_bigint::Sign::NoSign {
        raw.clear();
    }
    let length = length as usize;
    if raw.len() > length {
        return Err(ip.err(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if this.is_negative() { 0xff } else { 0 };
    raw.resize(length, fill);
    if !little {
        raw.reverse();
    }
    Ok(Value::bytes(&raw))
}

#[classmethod(int, "from_bytes($type, /, bytes, byteorder='big', *, signed=False)")]
fn int_from_bytes(
    ip: &Interp,
    cls: &Value,
    bytes: &Value,
    byteorder: Option<&str>,
    signed: bool,
) -> PyResult<Value> {
    let little = little_endian(ip, byteorder.unwrap_or("big"))?;
    let raw = match gathered(bytes) {
        Some(b) => b.to_vec(),
        None if matches!(bytes, Value::Str(_)) => {
            return ip.type_error("cannot convert 'str' object to bytes")
        }
        None => from_source(ip, false, Some(bytes), None, None)?,
    };
    let n = match (signed, little) {
        (true, true) => num_bigint::BigInt::from_signed_bytes_le(&raw),
        (true, false) => num_bigint::BigInt::from_signed_bytes_be(&raw),
        (false, true) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &raw),
        (false, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &raw),
    };
    let v = Value::from_bigint(n);
    match cls {
        Value::Class(c) if !Rc::ptr_eq(c, &ip.types.int) => {
            let mut args = crate::eval::call::Args::new();
            args.push(v);
            crate::eval::call::call_value(ip, cls, &mut args, &[])
        }
        _ => Ok(v),
    }
}

// ---- str(object, encoding, errors) ----

/// `str(object, encoding, errors)`: the object's bytes decoded (the forms of `str()` with an
/// encoding or errors argument).
pub fn str_decode(
    ip: &Interp,
    args: &[Value],
    kw: &crate::runtime::object::Kwargs,
) -> PyResult<Value> {
    if args.len() + kw.len() > 3 {
        return ip.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len() + kw.len()
        ));
    }
    let names = ["object", "encoding", "errors"];
    let mut slots: [Option<Value>; 3] = [None, None, None];
    for (i, a) in args.iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => {
                return ip.type_error(format!(
                    "argument for str() given by name ('{}') and position ({})",
                    names[i],
                    i + 1
                ))
            }
            None => {
                return ip.type_error(format!("'{}' is an invalid keyword argument for str()", k))
            }
        }
    }
    let text = |i: usize| -> PyResult<Option<String>> {
        match &slots[i] {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.s.to_string())),
            Some(v) => ip.type_error(format!(
                "str() argument '{}' must be str, not {}",
                names[i],
                ops::type_name(ip, v)
            )),
        }
    };
    let (encoding, errors) = (text(1)?, text(2)?);
    let Some(obj) = &slots[0] else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        // `str(object=x)`: no decoding asked for.
        return Ok(Value::string(crate::runtime::repr::str_of(ip, obj)?));
    }
    let Some(b) = simple(obj) else {
        if let Value::Str(_) = obj {
            return ip.type_error("decoding str is not supported");
        }
        return ip.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            ops::type_name(ip, obj)
        ));
    };
    let (codec, errors) = crate::runtime::codecs::args(ip, encoding.as_deref(), errors.as_deref())?;
    Ok(Value::string(crate::runtime::codecs::decode(
        ip, &b, codec, &errors,
    )?))
}
