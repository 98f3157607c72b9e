//! The `Value` type: 16 bytes, small ints and floats unboxed, everything else behind an `Rc`.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::aio::future::FutureObj;
use crate::runtime::coroutine::Coroutine;
use crate::runtime::exceptions::ExcObj;
use crate::runtime::object::{BoundMethod, BuiltinFn, Class, Function, ModuleObj};

/// Every payload is one machine word of integer or pointer class (a bool and a float are kept
/// as words too: `PyBool`, `FloatBits`), so rustc gives `Value` the ABI of a scalar pair: it is
/// returned in two registers and moved as two 8-byte words. With a `bool` or an `f64` payload it
/// was an aggregate, moved with one 16-byte load that the CPU cannot forward from the two 8-byte
/// stores that wrote it (a stall on every argument pushed and every value returned).
#[derive(Clone)]
pub enum Value {
    None,
    Bool(PyBool),
    Int(i64),
    Float(FloatBits),
    Ellipsis,
    NotImplemented,
    /// An unbound local slot (never visible to a program).
    Undef,
    /// `sys.stdout` (1) or `sys.stderr` (2).
    Stream(u64),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    BigInt(Rc<BigInt>),
    /// A complex number: (real, imaginary).
    Complex(Rc<(f64, f64)>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Range(Rc<PyRange>),
    Function(Rc<Function>),
    Builtin(&'static BuiltinFn),
    BoundMethod(Rc<BoundMethod>),
    Coroutine(Rc<Coroutine>),
    /// A generator object (a `Coroutine` of kind Generator).
    Generator(Rc<Coroutine>),
    /// An async generator object (a `Coroutine` of kind AsyncGenerator).
    AsyncGen(Rc<Coroutine>),
    /// A closure cell, as `f.__closure__` shows it.
    Cell(crate::runtime::object::CellRef),
    /// A builtin iterator: `iter(x)`, `enumerate`, `zip`, `map`, `filter`, `reversed`.
    Iterator(Rc<crate::runtime::iterators::IterObj>),
    /// An asyncio Future or Task.
    Future(Rc<FutureObj>),
    Module(Rc<ModuleObj>),
    Class(Rc<Class>),
    Exception(Rc<ExcObj>),
    Dict(Rc<crate::runtime::dict::PyDict>),
    DictView(Rc<crate::runtime::dict::DictView>),
    Set(Rc<crate::runtime::set::PySet>),
    FrozenSet(Rc<crate::runtime::set::PySet>),
    /// An instance of a class made by a `class` statement.
    Instance(Rc<crate::runtime::instance::Instance>),
    /// staticmethod, classmethod, property or super object.
    Descr(Rc<crate::runtime::instance::Descr>),
    /// An object of a natively written standard class (`collections.deque`, `functools.partial`, …).
    Native(Rc<crate::stdlib::NativeObj>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<StrBuf>() == 24);
const _: () = assert!(std::mem::size_of::<PyStr>() == 40);

/// `True` or `False` as a whole word (see `Value`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u64)]
pub enum PyBool {
    False = 0,
    True = 1,
}

impl PyBool {
    #[inline(always)]
    pub const fn get(self) -> bool {
        matches!(self, PyBool::True)
    }
}

/// A float as its bits (see `Value`). Not `PartialEq`: floats compare by value (`get`).
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }

    /// The value without the mark that tells NaNs apart (see `Value::float`): what is written
    /// out as bytes (`struct`, `array`, `memoryview`), as CPython's NaNs carry none.
    pub fn plain(self) -> f64 {
        let x = self.get();
        if x.is_nan() {
            f64::NAN.copysign(x)
        } else {
            x
        }
    }
}

/// A fresh mark for each NaN made: floats are values here, compared by their bits for `is`,
/// and CPython's NaNs made apart are different objects (`float("nan") is float("nan")` is
/// False, `x is x` True), so each NaN made gets payload bits of its own.
#[cold]
fn marked_nan(x: f64) -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    const PAYLOAD: u64 = (1 << 51) - 1;
    let n = NEXT.fetch_add(1, Ordering::Relaxed) & PAYLOAD;
    (x.to_bits() & (1 << 63)) | 0x7ff8_0000_0000_0000 | n.max(1)
}

/// An immutable string. `ascii` allows O(1) indexing by code point.
pub struct PyStr {
    pub s: StrBuf,
    pub ascii: bool,
    /// The hash for dict and set keys, computed once (0: not yet).
    pub hash: std::cell::Cell<u64>,
    /// The str as an interned name (`getattr(o, name)`, `**kwargs` keys), found once: the
    /// symbol's number plus one (0: not yet). Lies in the padding after `ascii`.
    sym: std::cell::Cell<u32>,
}

/// Bytes a str keeps inside its object instead of in an allocation of its own.
const INLINE: usize = 16;

/// The text of a str: up to `INLINE` bytes in place (so that a short str is one allocation),
/// longer ones in a heap buffer of exactly their length. Reads as a `&str`.
///
/// Invariants: the bytes are UTF-8; `len <= INLINE` exactly when the text is inline, and then
/// the bytes after `len` are zero (so that two inline texts compare as two fixed-size arrays).
pub struct StrBuf {
    len: usize,
    data: Data,
}

union Data {
    inline: [u8; INLINE],
    heap: *mut u8,
}

/// Copies `n <= INLINE` bytes from `src` to `dst` in a few word moves.
///
/// SAFETY: `src` is readable and `dst` writable for `n` bytes.
#[inline(always)]
unsafe fn copy_short(src: *const u8, dst: *mut u8, n: usize) {
    use std::ptr::{read_unaligned as rd, write_unaligned as wr};
    if n >= 8 {
        let a = rd(src as *const u64);
        let b = rd(src.add(n - 8) as *const u64);
        wr(dst as *mut u64, a);
        wr(dst.add(n - 8) as *mut u64, b);
    } else if n >= 4 {
        let a = rd(src as *const u32);
        let b = rd(src.add(n - 4) as *const u32);
        wr(dst as *mut u32, a);
        wr(dst.add(n - 4) as *mut u32, b);
    } else if n >= 2 {
        let a = rd(src as *const u16);
        let b = rd(src.add(n - 2) as *const u16);
        wr(dst as *mut u16, a);
        wr(dst.add(n - 2) as *mut u16, b);
    } else if n == 1 {
        *dst = *src;
    }
}

impl StrBuf {
    /// The text of the concatenation of `parts`, written once at its exact size.
    #[inline(always)]
    pub fn concat(parts: &[&str]) -> StrBuf {
        let n: usize = parts.iter().map(|p| p.len()).sum();
        if n <= INLINE {
            let mut inline = [0u8; INLINE];
            let mut at = 0;
            for p in parts {
                // SAFETY: `at + p.len() <= n <= INLINE`.
                unsafe { copy_short(p.as_ptr(), inline.as_mut_ptr().add(at), p.len()) };
                at += p.len();
            }
            StrBuf {
                len: n,
                data: Data { inline },
            }
        } else {
            let mut v: Vec<u8> = Vec::with_capacity(n);
            for p in parts {
                v.extend_from_slice(p.as_bytes());
            }
            StrBuf::heap(v.into_boxed_slice())
        }
    }

    /// Takes `b` (UTF-8, longer than `INLINE`) as the heap buffer.
    fn heap(b: Box<[u8]>) -> StrBuf {
        debug_assert!(b.len() > INLINE);
        let len = b.len();
        StrBuf {
            len,
            data: Data {
                heap: Box::into_raw(b) as *mut u8,
            },
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: by the invariants, `len` UTF-8 bytes are inline or at `heap`.
        unsafe {
            let p = if self.len <= INLINE {
                self.data.inline.as_ptr()
            } else {
                self.data.heap as *const u8
            };
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, self.len))
        }
    }
}

impl Drop for StrBuf {
    fn drop(&mut self) {
        if self.len > INLINE {
            // SAFETY: a heap text is a `Box<[u8]>` of `len` bytes given up in `heap`.
            unsafe {
                drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                    self.data.heap,
                    self.len,
                )))
            }
        }
    }
}

impl From<&str> for StrBuf {
    #[inline]
    fn from(s: &str) -> StrBuf {
        StrBuf::concat(&[s])
    }
}

impl From<String> for StrBuf {
    #[inline]
    fn from(s: String) -> StrBuf {
        if s.len() <= INLINE {
            StrBuf::concat(&[&s])
        } else {
            StrBuf::heap(s.into_bytes().into_boxed_slice())
        }
    }
}

impl std::ops::Deref for StrBuf {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for StrBuf {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for StrBuf {
    #[inline]
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for StrBuf {
    #[inline]
    fn eq(&self, other: &StrBuf) -> bool {
        if self.len != other.len {
            return false;
        }
        if self.len <= INLINE {
            // SAFETY: both inline, zero after `len`.
            return unsafe { self.data.inline == other.data.inline };
        }
        self.as_str() == other.as_str()
    }
}

impl Eq for StrBuf {}

impl PartialEq<str> for StrBuf {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for StrBuf {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for StrBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for StrBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            ascii: s.is_ascii(),
            hash: std::cell::Cell::new(0),
            sym: std::cell::Cell::new(0),
            s: s.into(),
        }
    }
    /// A str of bytes already known to be ASCII.
    #[inline]
    pub fn ascii(s: &[u8]) -> PyStr {
        debug_assert!(s.is_ascii());
        // SAFETY: ASCII bytes are valid UTF-8.
        let s = unsafe { std::str::from_utf8_unchecked(s) };
        PyStr::with_flag(s.into(), true)
    }
    pub fn from_string(s: String) -> PyStr {
        PyStr {
            ascii: s.is_ascii(),
            hash: std::cell::Cell::new(0),
            sym: std::cell::Cell::new(0),
            s: s.into(),
        }
    }
    /// A str whose ASCII-ness the caller knows.
    #[inline]
    pub fn with_flag(s: StrBuf, ascii: bool) -> PyStr {
        debug_assert_eq!(ascii, s.is_ascii());
        PyStr {
            ascii,
            hash: std::cell::Cell::new(0),
            sym: std::cell::Cell::new(0),
            s,
        }
    }

    /// The str as an interned name, interned on first use and kept.
    #[inline]
    pub fn symbol(&self) -> crate::intern::Symbol {
        match self.sym.get() {
            0 => self.intern_now(),
            n => crate::intern::Symbol(n - 1),
        }
    }

    #[inline(never)]
    fn intern_now(&self) -> crate::intern::Symbol {
        let sym = crate::intern::intern(&self.s);
        self.sym.set(sym.0.wrapping_add(1));
        sym
    }
    /// The string's hash, computed on first use and kept.
    #[inline]
    pub fn hash_value(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        self.compute_hash()
    }

    #[inline(never)]
    fn compute_hash(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = rustc_hash::FxHasher::default();
        self.s.as_str().hash(&mut hasher);
        let h = hasher.finish().max(1);
        self.hash.set(h);
        h
    }

    /// The byte offset in `text` of its char at `index` (the text's length when `index` is
    /// its number of chars).
    pub fn byte_offset(text: &str, index: usize) -> usize {
        // Chars start at the bytes that are not continuation bytes (0b10xx_xxxx): the
        // `index`-th such byte, counted without decoding the chars.
        let mut seen = 0;
        for (at, &b) in text.as_bytes().iter().enumerate() {
            if (b as i8) >= -0x40 {
                if seen == index {
                    return at;
                }
                seen += 1;
            }
        }
        text.len()
    }

    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }
}

pub struct PyBytes {
    pub b: Box<[u8]>,
}

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

pub struct PyTuple {
    pub items: Box<[Value]>,
}

/// The items of a list or tuple that went away, let go of last first, as CPython's are (what
/// `__del__` methods print comes in that order).
struct LastFirst(Vec<Value>);

impl Drop for LastFirst {
    fn drop(&mut self) {
        while let Some(x) = self.0.pop() {
            drop(x);
        }
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        let items = std::mem::take(self.items.get_mut());
        crate::runtime::trashcan::drop_contents(LastFirst(items));
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        let items = std::mem::take(&mut self.items).into_vec();
        crate::runtime::trashcan::drop_contents(LastFirst(items));
    }
}

impl crate::runtime::gc::Trace for PyList {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        match self.items.try_borrow() {
            Ok(items) => v.values(items.iter()),
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            t.put(std::mem::take(&mut *items));
        }
    }
}

impl crate::runtime::gc::Trace for PyTuple {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        v.values(self.items.iter());
    }
    // A tuple cannot change: a cycle through one is broken at the mutable objects on it.
    fn clear(&self, _t: &mut crate::runtime::gc::Trash) {}
}

pub use crate::runtime::range::PyRange;

impl Value {
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(if b { PyBool::True } else { PyBool::False })
    }
    #[inline(always)]
    pub fn float(x: f64) -> Value {
        if x.is_nan() {
            return Value::Float(FloatBits(marked_nan(x)));
        }
        Value::Float(FloatBits(x.to_bits()))
    }
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    /// A str of one character (`s` holds exactly one): the one object CPython keeps for each
    /// Latin-1 character (`s[0] is s[0]`), a new one for the others.
    pub fn one_char(s: &str) -> Value {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if (c as u32) < 256 => {
                thread_local! {
                    static LATIN1: Vec<Rc<PyStr>> = (0..256u32)
                        .map(|c| Rc::new(PyStr::new(char::from_u32(c).unwrap_or('?').encode_utf8(&mut [0; 4]))))
                        .collect();
                }
                Value::Str(LATIN1.with(|t| t[c as usize].clone()))
            }
            _ => Value::str(s),
        }
    }
    /// The one str object kept for the text `s` (what `sys.intern` gives): every call with
    /// equal text returns the same object, as CPython's interned strings are.
    pub fn interned(s: &str) -> Value {
        if s.chars().nth(1).is_none() && !s.is_empty() {
            return Value::one_char(s);
        }
        thread_local! {
            static INTERNED: std::cell::RefCell<std::collections::HashMap<Box<str>, Rc<PyStr>>> =
                Default::default();
        }
        INTERNED.with(|t| {
            let mut t = t.borrow_mut();
            if let Some(v) = t.get(s) {
                return Value::Str(v.clone());
            }
            let v = Rc::new(PyStr::new(s));
            t.insert(s.into(), v.clone());
            Value::Str(v)
        })
    }
    /// A str constant of source code: one made only of ASCII letters, digits and underscores
    /// is interned (CPython interns such constants when it compiles, so `"ab" is "ab"`), any
    /// other is a new object.
    pub fn str_constant(s: &str) -> Value {
        if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            Value::interned(s)
        } else {
            Value::str(s)
        }
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn bytes(b: &[u8]) -> Value {
        Value::Bytes(Rc::new(PyBytes { b: b.into() }))
    }
    /// Bytes made in `b`, taken without a copy.
    pub fn bytes_from_vec(b: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(PyBytes {
            b: b.into_boxed_slice(),
        }))
    }
    /// An int of any size: stays an unboxed i64 when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(PyList {
            items: RefCell::new(items),
        });
        crate::runtime::gc::track(crate::runtime::gc::Kind::List, &l);
        Value::List(l)
    }
    pub fn dict() -> Value {
        Value::Dict(crate::runtime::dict::PyDict::new())
    }
    /// A tuple; tracked by the collector only when it holds a container (a tuple of numbers
    /// and strings cannot be part of a cycle).
    pub fn tuple(items: Vec<Value>) -> Value {
        // The empty tuple is one object, as in CPython (`() is ()`).
        if items.is_empty() {
            thread_local! {
                static EMPTY: Rc<PyTuple> = Rc::new(PyTuple { items: Box::new([]) });
            }
            return Value::Tuple(EMPTY.with(Rc::clone));
        }
        let track = items.iter().any(Value::is_container);
        let t = Rc::new(PyTuple {
            items: items.into_boxed_slice(),
        });
        if track {
            crate::runtime::gc::track(crate::runtime::gc::Kind::Tuple, &t);
        }
        Value::Tuple(t)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as `is` sees it.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        // Values of two kinds are never the same object (`x is None` of anything but None).
        if std::mem::discriminant(self) != std::mem::discriminant(other) {
            return false;
        }
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached by CPython (-5..=256); equal unboxed ints compare identical
            // here, which agrees with CPython for every int a script can make identical.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.0 == b.0,
            // sys.stdout and sys.stderr: one object each.
            (Stream(a), Stream(b)) => a == b,
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Whether the value is an object the collector may track (not a number, a string,
    /// bytes, a range or a builtin function): one test of the variant.
    #[inline(always)]
    pub fn is_container(&self) -> bool {
        use Value::*;
        matches!(
            self,
            List(_)
                | Tuple(_)
                | Dict(_)
                | Instance(_)
                | Function(_)
                | BoundMethod(_)
                | Coroutine(_)
                | Generator(_)
                | AsyncGen(_)
                | Cell(_)
                | Iterator(_)
                | Future(_)
                | Module(_)
                | Class(_)
                | Exception(_)
                | DictView(_)
                | Set(_)
                | FrozenSet(_)
                | Descr(_)
                | Native(_)
        )
    }

    /// The address of an object the collector may track (None for atomic values: numbers,
    /// strings, bytes, ranges, builtin functions).
    #[inline]
    pub fn gc_addr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Coroutine(r) | Generator(r) | AsyncGen(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Future(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Exception(r) => Rc::as_ptr(r) as *const u8 as usize,
            DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Descr(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    /// `id()`: the address of a heap object; for the values kept unboxed (numbers, None,
    /// True, False, …) a number no heap address can be, equal for two values exactly when
    /// `is` finds them identical. Numbers are placed above 2**64 (one band for ints, one for
    /// floats) so that every value of the 64 bits has its own; the singletons sit in the
    /// first page, which is never mapped.
    pub fn identity(&self) -> Value {
        use Value::*;
        const PAGE: i64 = 0x100;
        let band = |band: u64, bits: u64| {
            Value::from_bigint(
                (num_bigint::BigInt::from(band) << 64u32) + num_bigint::BigInt::from(bits),
            )
        };
        match self {
            Int(i) => band(1, *i as u64),
            Float(x) => band(2, x.0),
            None => Int(PAGE),
            Bool(b) => Int(PAGE + 0x10 + if b.get() { 0x10 } else { 0 }),
            Ellipsis => Int(PAGE + 0x30),
            NotImplemented => Int(PAGE + 0x40),
            Undef => Int(PAGE + 0x50),
            Stream(n) => Int(0x200 + 0x10 * (*n as i64 & 0xff)),
            other => Int(other.ptr().unwrap_or(0) as i64),
        }
    }

    /// The address of a heap object, used for `id()` and default reprs.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => *r as *const BuiltinFn as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Coroutine(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            AsyncGen(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Future(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Exception(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Descr(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,

            _ => return Option::None,
        })
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Str(s) => write!(f, "{:?}", &*s.s),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{:?}", x.get()),
            Value::None => f.write_str("None"),
            Value::Bool(b) => write!(f, "{}", if b.get() { "True" } else { "False" }),
            Value::Bytes(b) => write!(f, "b{:?}", &b.b),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Ellipsis => f.write_str("Ellipsis"),
            _ => f.write_str("<object>"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{PyStr, StrBuf};

    #[test]
    #[allow(clippy::cmp_owned)] // comparing two StrBufs is the point
    fn strbuf_round_trips_every_length() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789é€𝄞xyz";
        for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let whole = &text[..end];
            for cut in (0..=end).filter(|&i| text.is_char_boundary(i)) {
                let (a, b) = whole.split_at(cut);
                let s = StrBuf::concat(&[a, b]);
                assert_eq!(s.as_str(), whole);
                assert!(s == StrBuf::from(whole));
                assert!(s == StrBuf::from(whole.to_string()));
                if let Some(c) = whole.chars().last() {
                    assert!(s != StrBuf::from(&whole[..whole.len() - c.len_utf8()]));
                }
            }
            assert_eq!(PyStr::new(whole).char_len(), whole.chars().count());
        }
        let x = StrBuf::from("abcdefgh12345678");
        let y = StrBuf::from("abcdefgh12345679");
        assert!(x != y);
        assert_eq!(
            PyStr::new("abc").hash_value(),
            PyStr::from_string("ab".to_string() + "c").hash_value()
        );
    }
}
