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
}

/// An immutable string. `ascii` allows O(1) indexing by code point.
pub struct PyStr {
    pub s: Box<str>,
    pub ascii: bool,
    /// The hash for dict and set keys, computed once (0: not yet).
    pub hash: std::cell::Cell<u64>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            ascii: s.is_ascii(),
            hash: std::cell::Cell::new(0),
            s: s.into(),
        }
    }
    /// A str of bytes already known to be ASCII.
    #[inline]
    pub fn ascii(s: &[u8]) -> PyStr {
        debug_assert!(s.is_ascii());
        // SAFETY: ASCII bytes are valid UTF-8.
        let s = unsafe { std::str::from_utf8_unchecked(s) };
        PyStr {
            ascii: true,
            hash: std::cell::Cell::new(0),
            s: s.into(),
        }
    }
    pub fn from_string(s: String) -> PyStr {
        PyStr {
            ascii: s.is_ascii(),
            hash: std::cell::Cell::new(0),
            s: s.into_boxed_str(),
        }
    }
    /// The string's hash, computed on first use and kept.
    #[inline]
    pub fn hash_value(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        use std::hash::{Hash, Hasher};
        let mut hasher = rustc_hash::FxHasher::default();
        self.s.hash(&mut hasher);
        let h = hasher.finish().max(1);
        self.hash.set(h);
        h
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

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Value {
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(if b { PyBool::True } else { PyBool::False })
    }
    #[inline(always)]
    pub const fn float(x: f64) -> Value {
        Value::Float(FloatBits(x.to_bits()))
    }
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn bytes(b: &[u8]) -> Value {
        Value::Bytes(Rc::new(PyBytes { b: b.into() }))
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
        Value::List(Rc::new(PyList {
            items: RefCell::new(items),
        }))
    }
    pub fn dict() -> Value {
        Value::Dict(crate::runtime::dict::PyDict::new())
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple {
            items: items.into_boxed_slice(),
        }))
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached by CPython (-5..=256); equal unboxed ints compare identical
            // here, which agrees with CPython for every int a script can make identical.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.0 == b.0,
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of a heap object, used for `id()` and default reprs.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
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
