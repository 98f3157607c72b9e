//! Standard modules written natively: `math`, `random`, `time`, `itertools`, `functools`,
//! `operator`, `typing` and `collections` (its `deque`).
//!
//! Their stateful objects (a deque, a `Random`, a `partial`, an `lru_cache` wrapper, …) are one
//! value kind, `Value::Native`, holding a [`NativeObj`]: its class (with the methods in the class
//! dict, as for builtin types) and a [`Native`] payload. The iterators of `itertools` are
//! ordinary iterator objects (`Value::Iterator`) whose state is an [`Iter::Std`] box.

/// Lets a native object's payload be taken as a declared function's argument or receiver
/// (`this: &Rng` for a `random.Random`), with CPython's error for any other object.
macro_rules! native_arg {
    ($ty:ty, $variant:ident, $name:literal) => {
        impl<'a> $crate::runtime::bind::FromArg<'a> for &'a $ty {
            fn from_arg(
                ip: &$crate::eval::Interp,
                v: &'a $crate::runtime::value::Value,
                at: $crate::runtime::bind::At,
            ) -> $crate::runtime::exceptions::PyResult<Self> {
                // An instance of a user subclass holds the native object as its base.
                let native = match v {
                    $crate::runtime::value::Value::Instance(i) => i.base.as_ref().unwrap_or(v),
                    _ => v,
                };
                if let $crate::runtime::value::Value::Native(o) = native {
                    if let $crate::stdlib::Native::$variant(x) = &o.kind {
                        return Ok(x);
                    }
                }
                Err(at.wrong_type(ip, $name, v))
            }
        }
    };
}

pub mod array;
pub mod ast;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod cmath;
mod cmath_special;
pub mod collections;
pub mod errno;
pub mod functools;
pub mod gc;
pub mod hashlib;
pub mod heapq;
pub mod importlib;
pub mod inspect;
pub mod io;
pub mod itertools;
pub mod json;
pub mod locale;
pub mod math;
pub mod math_gamma;
pub mod operator;
pub mod os;
pub mod os_fd;
pub mod pickle_core;
pub mod platform;
pub mod pwdgrp;
pub mod random;
pub mod re;
pub mod resource;
pub mod select;
pub mod shipped;
pub mod shipped_text;
pub mod shutil;
pub mod signal;
pub mod slice;
pub mod socket;
pub mod socket_loop;
pub mod sqlite;
pub mod struct_mod;
pub mod subprocess;
pub mod subprocess_loop;
pub mod termios;
pub mod thread;
pub mod time;
pub mod types;
pub mod typing;
pub mod unicodedata;
pub mod unittest;
pub mod warnings;
pub mod weakref;
pub mod xml_scan;
pub mod zlib;

use std::rc::Rc;

use crate::eval::call::Args;
use crate::eval::ops::{self, Iter};
use crate::eval::Interp;
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::iterators::IterObj;
use crate::runtime::object::{BuiltinFn, BuiltinImpl, Class, ClassKind, Kwargs, ModuleObj};
use crate::runtime::value::Value;

/// An object of a natively written standard class.
pub struct NativeObj {
    pub class: Rc<Class>,
    pub kind: Native,
}

/// What a native object holds.
pub enum Native {
    Deque(collections::Deque),
    Random(random::Rng),
    Partial(functools::Partial),
    Lru(functools::Lru),
    /// What `cache_info()` returns: hits, misses, maxsize, currsize.
    CacheInfo(Vec<Value>),
    /// `functools.wraps(f)`: applied to a wrapper, it copies `f`'s names onto it.
    Wraps(functools::Wraps),
    /// `functools.cmp_to_key(f)`, and the key objects it makes (`obj` set).
    CmpToKey {
        cmp: Value,
        obj: Option<Value>,
    },
    ItemGetter(operator::ItemGetter),
    AttrGetter(operator::AttrGetter),
    MethodCaller(operator::MethodCaller),
    Typing(typing::TypingObj),
    StructTime(time::Tm),
    /// asyncio's queues, locks, loop and timeout objects.
    Aio(crate::aio::objects::AioObj),
    /// A `slice` object.
    Slice(slice::SliceObj),
    /// A `weakref.ref` or `weakref.proxy`.
    WeakRef(crate::runtime::weakref::WeakRef),
    /// A `re.Pattern` and a `re.Match`.
    Regex(re::Regex),
    Match(re::objects::MatchObj),
    /// A file of the system, under `io`'s text files.
    File(io::RawFile),
    ByteArray(crate::runtime::bytearray::ByteArray),
    /// An `array.array`.
    Array(array::Array),
    MemoryView(crate::runtime::memoryview::View),
    /// A code object made by `compile()`.
    Code(Rc<crate::eval::dynamic::CodeObj>),
    /// A traceback object, its frame or the frame's code.
    Traceback(crate::runtime::traceback::TbView),
    /// A frame object of running code.
    Frame(crate::runtime::frames::FrameObj),
    /// A `socket.socket`.
    Socket(socket::Sock),
    /// The readiness poller of a `selectors` selector.
    Poller(select::Poller),
    /// A `select.poll` object.
    Poll(select::PollObj),
    /// A `hashlib` hash object.
    Hash(hashlib::Hasher),
    /// A `zlib.Compress` or `zlib.Decompress` object.
    Zlib(zlib::Stream),
    /// A class statement's body, as a replaced `__build_class__` receives it.
    ClassBody(Rc<crate::eval::classes::ClassBody>),
    /// A `_thread.lock`.
    Lock(thread::Lock),
}

impl NativeObj {
    /// Whether the object can hold references to containers (then the collector tracks it).
    fn holds_values(&self) -> bool {
        if let Native::Aio(a) = &self.kind {
            return crate::aio::objects::holds_values(a);
        }
        !matches!(
            self.kind,
            Native::Random(_)
                | Native::Lock(_)
                | Native::Hash(_)
                | Native::Zlib(_)
                | Native::StructTime(_)
                | Native::AttrGetter(_)
                | Native::Regex(_)
                | Native::Match(_)
                | Native::File(_)
                | Native::ByteArray(_)
                | Native::Array(_)
                | Native::MemoryView(_)
                | Native::Code(_)
                | Native::Traceback(_)
                | Native::Socket(_)
                | Native::Poller(_)
                | Native::Poll(_)
        )
    }
}

impl crate::runtime::gc::Trace for NativeObj {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        v.rc(&self.class);
        match &self.kind {
            Native::Deque(d) => match d.items.try_borrow() {
                Ok(items) => v.values(items.iter()),
                Err(_) => v.busy(),
            },
            Native::Partial(p) => {
                v.value(&p.func);
                v.values(p.args.iter().chain(p.kw.iter().map(|(_, x)| x)));
                match p.dict.try_borrow() {
                    Ok(d) => v.rc(&d),
                    Err(_) => v.busy(),
                }
            }
            Native::Lru(l) => {
                v.values(l.func.iter());
                v.rc(&l.map);
            }
            Native::CacheInfo(items) => v.values(items.iter()),
            Native::ItemGetter(g) => v.values(g.0.iter()),
            Native::Wraps(w) => {
                v.value(&w.wrapped);
                w.assigned.iter().chain(&w.updated).for_each(|x| v.value(x));
            }
            Native::CmpToKey { cmp, obj } => {
                v.value(cmp);
                v.values(obj.iter());
            }
            Native::MethodCaller(m) => {
                v.value(&m.name);
                v.values(m.args.iter().chain(m.kw.iter().map(|(_, x)| x)));
            }
            Native::Typing(
                typing::TypingObj::Alias { args, .. } | typing::TypingObj::UnionType(args),
            ) => v.values(args.iter()),
            Native::Slice(s) => v.values([&s.start, &s.stop, &s.step]),
            Native::Frame(f) => crate::runtime::frames::traverse(f, v),
            Native::WeakRef(w) => match w.callback.try_borrow() {
                Ok(cb) => v.value(&cb),
                Err(_) => v.busy(),
            },
            Native::Aio(a) => crate::aio::objects::traverse(a, v),
            Native::ClassBody(b) => {
                v.rc(&b.module);
                for c in &b.outer {
                    match c.try_borrow() {
                        Ok(x) => v.value(&x),
                        Err(_) => v.busy(),
                    }
                }
            }
            Native::Typing(_)
            | Native::Random(_)
            | Native::Hash(_)
            | Native::Lock(_)
            | Native::Zlib(_)
            | Native::StructTime(_)
            | Native::AttrGetter(_)
            // A pattern holds its text, a match its subject and pattern: never a container.
            | Native::Regex(_)
            | Native::Match(_)
            | Native::File(_)
            // Bytes hold no references; a view holds its bytes or bytearray.
            | Native::ByteArray(_)
            | Native::Array(_)
            | Native::MemoryView(_)
            // Code holds its source text, a traceback its entries.
            | Native::Code(_)
            | Native::Traceback(_)
            | Native::Socket(_)
            | Native::Poller(_)
            | Native::Poll(_) => {}
        }
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        match &self.kind {
            Native::Deque(d) => {
                if let Ok(mut items) = d.items.try_borrow_mut() {
                    t.put(std::mem::take(&mut *items));
                }
            }
            Native::Lru(l) => crate::runtime::gc::Trace::clear(&*l.map, t),
            Native::Frame(f) => crate::runtime::frames::clear(f, t),
            Native::Aio(a) => crate::aio::objects::clear(a, t),
            Native::WeakRef(w) => {
                if let Ok(mut cb) = w.callback.try_borrow_mut() {
                    t.put(std::mem::replace(&mut *cb, Value::None));
                }
            }
            _ => {}
        }
    }
}

impl Drop for NativeObj {
    fn drop(&mut self) {
        crate::runtime::weakref::died(self as *const NativeObj as usize);
        let kind = std::mem::replace(&mut self.kind, Native::CacheInfo(Vec::new()));
        crate::runtime::trashcan::drop_contents(kind);
    }
}

/// Whether user classes may derive from the native class `c` (its instances then hold the
/// native object as their base).
pub fn subclassable(ip: &Interp, c: &Class) -> bool {
    !c.user
        && c.kind == ClassKind::Native
        && (array::is_class(c)
            || random::is_class(ip, c)
            || crate::aio::api::is_plain_class(ip, c)
            || std::ptr::eq(c, &*ip.types.bytearray))
}

/// Whether a native object can be weakly referenced (CPython's partial, deque and the asyncio
/// objects can; a slice, an itemgetter or a weak reference itself cannot).
pub fn weakrefable(o: &NativeObj) -> bool {
    matches!(
        o.kind,
        Native::Deque(_) | Native::Partial(_) | Native::Lru(_) | Native::Aio(_) | Native::Socket(_)
    )
}

/// The state of a native iterator (`itertools.count`, a deque's iterator, …).
pub trait NativeIter {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>>;
    /// The repr, for the few iterators CPython prints by their arguments (`count(5)`).
    fn repr(&self, _ip: &Interp) -> Option<PyResult<String>> {
        None
    }
    /// For `__length_hint__`: the sequence it walks by index and the index of its next item.
    fn walks(&self) -> Option<(Value, usize)> {
        None
    }
    /// `__reduce__`: the call (and state) that makes an equal iterator again, for `pickle`
    /// and `copy`; None when it cannot be pickled.
    fn reduce(&mut self, _ip: &Interp) -> Option<PyResult<Value>> {
        None
    }
    /// `__setstate__(state)`; None when it takes no state.
    fn setstate(&mut self, _ip: &Interp, _state: &Value) -> Option<PyResult<()>> {
        None
    }
}

/// How a native class is made: its name, module, constructor and methods. The class also gets
/// every member declared for its key (`#[method("random.Random", …)]`).
pub struct ClassSpec {
    /// The key of the class in the interpreter's table of classes and of the members declared
    /// for it: its name as CPython's errors give it (`itertools.count`, `_random.Random`).
    pub key: &'static str,
    pub module: &'static str,
    pub name: &'static str,
    /// The native class it derives from (`object` for None): its methods are inherited and
    /// it comes next in the `__mro__`.
    pub base: Option<&'static ClassSpec>,
    /// `__new__`: called with the class as the first argument.
    pub new: Option<BuiltinFn>,
    pub methods: &'static [&'static BuiltinFn],
}

/// The `new` of a class spec: `f` as its `__new__`.
pub const fn ctor(f: BuiltinImpl) -> Option<BuiltinFn> {
    Some(BuiltinFn {
        name: "__new__",
        owner: None,
        call: f,
        sig: None,
    })
}

/// The class a spec describes, derived from its base's: made once per interpreter.
pub fn class(ip: &Interp, spec: &'static ClassSpec) -> Rc<Class> {
    if let Some(c) = ip.iter_classes.borrow().get(spec.key) {
        return c.clone();
    }
    let base = match spec.base {
        Some(b) => class(ip, b),
        None => ip.types.object.clone(),
    };
    let c = Class::new_builtin(spec.name, spec.module, ClassKind::Native, Some(base));
    {
        let mut d = c.dict.borrow_mut();
        for f in spec.methods {
            d.insert(intern(f.name), Value::Builtin(f));
        }
        crate::runtime::bind::fill_class(spec.key, &mut d);
    }
    if let Some(f) = &spec.new {
        c.dict
            .borrow_mut()
            .insert(crate::intern::sym::__new__, Value::Builtin(f));
    }
    ip.iter_classes.borrow_mut().insert(spec.key, c.clone());
    c
}

/// A new native object of the class `spec`.
pub fn new_obj(ip: &Interp, spec: &'static ClassSpec, kind: Native) -> Value {
    Value::Native(NativeObj::make(class(ip, spec), kind))
}

impl NativeObj {
    /// Makes a native object (tracked when it can hold containers).
    pub fn make(class: Rc<Class>, kind: Native) -> Rc<NativeObj> {
        let o = Rc::new(NativeObj { class, kind });
        if o.holds_values() {
            crate::runtime::gc::track(crate::runtime::gc::Kind::Native, &o);
        }
        o
    }
}

/// A new iterator object of the class `spec`.
pub fn new_iter(ip: &Interp, spec: &'static ClassSpec, it: impl NativeIter + 'static) -> Value {
    IterObj::wrap(class(ip, spec), Iter::Std(Box::new(it)))
}

/// Calling a native class: its `__new__`, given the class first.
pub fn construct(ip: &Interp, c: &Rc<Class>, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    use crate::runtime::instance::Descr;
    // The class's own `__new__` or a native base's (SystemRandom's is Random's), not object's.
    let new = c
        .lookup_in(crate::intern::sym::__new__)
        .filter(|(_, owner)| owner.kind == ClassKind::Native)
        .map(|(f, _)| f);
    let new = match new {
        Some(Value::Descr(d)) => match &*d {
            Descr::StaticMethod(f @ Value::Builtin(_)) => Some(f.clone()),
            _ => None,
        },
        other => other,
    };
    match new {
        Some(Value::Builtin(b)) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(Value::Class(c.clone()));
            all.extend_from_slice(args);
            (b.call)(ip, &all, kw)
        }
        _ => ip.type_error(format!("cannot create '{}' instances", c.full_name())),
    }
}

static CLASS_BODY: ClassSpec = ClassSpec {
    key: "builtins.class_body",
    module: "builtins",
    name: "function",
    base: None,
    new: None,
    methods: &[],
};

/// A class statement's body as a value (what `__build_class__` is given).
pub fn class_body(ip: &Interp, body: crate::eval::classes::ClassBody) -> Value {
    new_obj(ip, &CLASS_BODY, Native::ClassBody(Rc::new(body)))
}

/// The class body a value holds, if it is one.
pub fn class_body_of(v: &Value) -> Option<Rc<crate::eval::classes::ClassBody>> {
    match v {
        Value::Native(o) => match &o.kind {
            Native::ClassBody(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Calling a native object (a `partial`, an `lru_cache` wrapper, an `itemgetter`, …).
pub fn call(ip: &Interp, o: &Rc<NativeObj>, args: &mut Args, kw: &Kwargs) -> PyResult<Value> {
    match &o.kind {
        Native::Partial(p) => functools::call_partial(ip, p, args, kw),
        Native::Lru(l) => functools::call_lru(ip, l, args, kw),
        Native::Wraps(w) => functools::call_wraps(ip, w, args, kw),
        Native::CmpToKey { obj: None, .. } => functools::call_cmp_to_key(ip, o, args, kw),
        Native::WeakRef(w) if !w.proxy || o.class.qualname == "CallableProxyType" => {
            weakref::call(ip, o, w, args, kw)
        }
        Native::ItemGetter(_) | Native::AttrGetter(_) | Native::MethodCaller(_) => {
            // A call of CPython's C getters counts toward the recursion limit.
            crate::eval::enter_call(ip)?;
            let r = operator::call_getter(ip, o, args, kw);
            crate::eval::leave_call(ip);
            r
        }
        Native::ClassBody(_) => Err(ip.err(
            crate::runtime::exceptions::ExcKind::NotImplementedError,
            "corun does not support calling a class body function other than by __build_class__",
        )),
        _ => ip.type_error(format!("'{}' object is not callable", o.class.qualname)),
    }
}

/// Whether calling the object does something (`callable(x)`).
pub fn is_callable(o: &NativeObj) -> bool {
    matches!(
        o.kind,
        Native::Partial(_)
            | Native::Lru(_)
            | Native::Wraps(_)
            | Native::ItemGetter(_)
            | Native::AttrGetter(_)
            | Native::MethodCaller(_)
            | Native::CmpToKey { obj: None, .. }
    ) || matches!(&o.kind, Native::WeakRef(w) if !w.proxy || o.class.qualname == "CallableProxyType")
}

/// Whether the object can be a dict key.
pub fn is_hashable(o: &NativeObj) -> bool {
    !matches!(
        o.kind,
        Native::Deque(_)
            | Native::CmpToKey { obj: Some(_), .. }
            | Native::Slice(_)
            | Native::ByteArray(_)
            | Native::Array(_)
    ) && !matches!(&o.kind, Native::WeakRef(w) if w.proxy)
}

/// The name error messages give the type: CPython's types written in C carry their module
/// (`'collections.deque' object …`), those written in Python do not.
pub fn type_name(c: &Class) -> Option<String> {
    if c.kind != ClassKind::Native || c.qualname == "CacheInfo" {
        return None;
    }
    match c.module {
        "collections" | "itertools" | "functools" | "operator" | "weakref" | "array" => {
            Some(format!("{}.{}", c.module, c.qualname))
        }
        _ => None,
    }
}

/// The data attributes of native objects; None sends the lookup on to the class's methods.
pub fn getattr(ip: &Interp, o: &Rc<NativeObj>, name: Symbol) -> PyResult<Option<Value>> {
    match &o.kind {
        Native::Deque(d) => collections::deque_attr(ip, d, name),
        Native::Partial(p) => functools::partial_attr(ip, p, name),
        Native::Lru(l) => functools::lru_attr(ip, l, name),
        Native::CacheInfo(items) => Ok(functools::cache_info_attr(items, name)),
        Native::CmpToKey { obj: Some(v), .. } if name.as_str() == "obj" => Ok(Some(v.clone())),
        Native::Typing(t) => typing::attr(ip, t, name),
        Native::StructTime(t) => Ok(time::struct_time_attr(t, name)),
        Native::Code(c) => Ok(match name.as_str() {
            "co_filename" => Some(Value::str(&c.filename)),
            "co_name" => Some(Value::str("<module>")),
            _ => None,
        }),
        Native::Aio(a) => crate::aio::objects::getattr(ip, o, a, name),
        Native::Slice(s) => Ok(slice::attr(s, name)),
        Native::WeakRef(w) => weakref::getattr(ip, w, name),
        Native::Regex(r) => re::objects::pattern_attr(ip, r, name),
        Native::Match(m) => re::objects::match_attr(ip, m, name),
        Native::MemoryView(v) => crate::runtime::memoryview::getattr(ip, v, name.as_str()),
        Native::Array(a) => Ok(array::getattr(a, name.as_str())),
        Native::Traceback(v) => crate::runtime::traceback::getattr(ip, v, name),
        Native::Frame(f) => crate::runtime::frames::getattr(ip, f, name),
        Native::Socket(s) => Ok(socket::getattr(s, name)),
        Native::Hash(h) => Ok(hashlib::attr(h, name)),
        Native::Zlib(z) => Ok(zlib::attr(z, name)),
        _ => Ok(None),
    }
}

pub fn repr(ip: &Interp, o: &Rc<NativeObj>) -> PyResult<String> {
    let addr = Rc::as_ptr(o) as *const u8 as usize;
    match &o.kind {
        Native::Deque(d) => collections::deque_repr(ip, d, addr),
        Native::Partial(p) => functools::partial_repr(ip, o, p, addr),
        Native::Lru(l) => functools::lru_repr(ip, o, l),
        Native::CacheInfo(items) => functools::cache_info_repr(ip, items),
        Native::ItemGetter(_) | Native::AttrGetter(_) | Native::MethodCaller(_) => {
            operator::getter_repr(ip, o)
        }
        Native::Typing(t) => typing::repr(ip, t),
        Native::StructTime(t) => time::struct_time_repr(ip, t),
        Native::Aio(a) => crate::aio::objects::repr(ip, o, a, addr),
        Native::Slice(s) => slice::repr(ip, s),
        Native::WeakRef(w) => weakref::repr(ip, o, w),
        Native::Regex(r) => re::objects::pattern_repr(ip, r),
        Native::Match(m) => re::objects::match_repr(ip, m),
        Native::ByteArray(a) => Ok(crate::runtime::bytearray::repr(a)),
        Native::Array(a) => array::repr(ip, a),
        Native::MemoryView(v) => Ok(crate::runtime::memoryview::repr(v, addr)),
        Native::Traceback(v) => Ok(crate::runtime::traceback::repr(ip, v, addr)),
        Native::Frame(f) => Ok(crate::runtime::frames::repr(ip, f, addr)),
        Native::Socket(s) => socket::repr(ip, s),
        Native::Hash(h) => Ok(hashlib::repr(o, h, addr)),
        Native::Lock(l) => Ok(thread::repr(l, addr)),
        Native::Code(c) => Ok(format!(
            "<code object <module> at {:#x}, file \"{}\", line 1>",
            addr, c.filename
        )),
        _ => Ok(format!(
            "<{}.{} object at {:#x}>",
            o.class.module, o.class.qualname, addr
        )),
    }
}

/// Whether an iterator object's repr is made here: those of the native classes.
pub fn has_iter_repr(o: &IterObj) -> bool {
    o.class.kind == ClassKind::Native
}

/// `count(5)`, `repeat(1, 3)`, or `<itertools.chain object at 0x…>`.
pub fn iter_repr(ip: &Interp, o: &IterObj) -> PyResult<String> {
    if let Ok(it) = o.it.try_borrow() {
        if let Iter::Std(s) = &*it {
            if let Some(r) = s.repr(ip) {
                return r;
            }
        }
    }
    let name = type_name(&o.class).unwrap_or_else(|| o.class.qualname.clone());
    Ok(format!(
        "<{} object at {:#x}>",
        name, o as *const IterObj as usize
    ))
}

pub fn iter(ip: &Interp, o: &Rc<NativeObj>) -> PyResult<Iter> {
    match &o.kind {
        Native::Deque(_) => Ok(collections::deque_iter(o.clone())),
        Native::CacheInfo(items) => Ok(Iter::Items {
            items: items.clone(),
            i: 0,
        }),
        Native::StructTime(t) => ops::iter(ip, &time::struct_time_tuple(t)),
        Native::WeakRef(w) if w.proxy => ops::iter(ip, &weakref::proxied(ip, w).unwrap()?),
        Native::ByteArray(_) => Ok(crate::runtime::bytearray::iter(o)),
        Native::Array(_) => Ok(array::iter(ip, o)),
        Native::MemoryView(_) => crate::runtime::memoryview::iter(ip, o),
        _ => ip.type_error(format!("'{}' object is not iterable", o.class.qualname)),
    }
}

pub fn len(ip: &Interp, o: &Rc<NativeObj>) -> PyResult<usize> {
    match &o.kind {
        Native::Deque(d) => Ok(d.items.borrow().len()),
        Native::CacheInfo(items) => Ok(items.len()),
        Native::StructTime(_) => Ok(9),
        Native::WeakRef(w) if w.proxy => ops::len(ip, &weakref::proxied(ip, w).unwrap()?),
        Native::ByteArray(a) => Ok(a.b.borrow().len()),
        Native::Array(a) => Ok(a.len()),
        Native::MemoryView(v) => crate::runtime::memoryview::len(ip, v),
        _ => ip.type_error(format!(
            "object of type '{}' has no len()",
            o.class.qualname
        )),
    }
}

pub fn truthy(o: &NativeObj) -> bool {
    match &o.kind {
        Native::Deque(d) => !d.items.borrow().is_empty(),
        Native::ByteArray(a) => !a.b.borrow().is_empty(),
        Native::Array(a) => !a.is_empty(),
        Native::MemoryView(v) => v.bytes().is_none_or(|b| !b.is_empty()),
        _ => true,
    }
}

pub fn getitem(ip: &Interp, o: &Rc<NativeObj>, index: &Value) -> PyResult<Value> {
    match &o.kind {
        Native::Deque(d) => collections::deque_getitem(ip, d, index),
        Native::Typing(t) => typing::subscript(ip, o, t, index),
        Native::CacheInfo(items) => ops::getitem(ip, &Value::tuple(items.clone()), index),
        Native::StructTime(t) => ops::getitem(ip, &time::struct_time_tuple(t), index),
        Native::WeakRef(w) if w.proxy => {
            ops::getitem(ip, &weakref::proxied(ip, w).unwrap()?, index)
        }
        Native::Match(m) => re::objects::match_item(ip, m, index),
        Native::ByteArray(a) => crate::runtime::bytearray::getitem(ip, a, index),
        Native::Array(a) => array::getitem(ip, a, index),
        Native::MemoryView(v) => crate::runtime::memoryview::getitem(ip, v, index),
        _ => ip.type_error(format!(
            "'{}' object is not subscriptable",
            o.class.qualname
        )),
    }
}

pub fn setitem(ip: &Interp, o: &Rc<NativeObj>, index: &Value, v: Value) -> PyResult<()> {
    match &o.kind {
        Native::Deque(d) => collections::deque_setitem(ip, d, index, v),
        Native::WeakRef(w) if w.proxy => {
            ops::setitem(ip, &weakref::proxied(ip, w).unwrap()?, index, v)
        }
        Native::ByteArray(a) => crate::runtime::bytearray::setitem(ip, a, index, Some(&v)),
        Native::Array(a) => array::setitem(ip, a, index, Some(&v)),
        Native::MemoryView(m) => crate::runtime::memoryview::setitem(ip, m, index, Some(&v)),
        _ => ip.type_error(format!(
            "'{}' object does not support item assignment",
            o.class.qualname
        )),
    }
}

/// Whether `del o[i]` is written natively for the object (the others report CPython's error).
pub fn has_delitem(o: &NativeObj) -> bool {
    matches!(
        o.kind,
        Native::ByteArray(_) | Native::MemoryView(_) | Native::Array(_)
    )
}

pub fn delitem(ip: &Interp, o: &Rc<NativeObj>, index: &Value) -> PyResult<()> {
    match &o.kind {
        Native::ByteArray(a) => crate::runtime::bytearray::setitem(ip, a, index, None),
        Native::Array(a) => array::setitem(ip, a, index, None),
        Native::MemoryView(m) => crate::runtime::memoryview::setitem(ip, m, index, None),
        _ => ip.type_error(format!(
            "'{}' object does not support item deletion",
            o.class.qualname
        )),
    }
}

pub fn contains(ip: &Interp, o: &Rc<NativeObj>, item: &Value) -> PyResult<bool> {
    match &o.kind {
        Native::Deque(d) => collections::deque_contains(ip, d, item),
        Native::WeakRef(w) if w.proxy => {
            ops::contains(ip, &weakref::proxied(ip, w).unwrap()?, item)
        }
        Native::ByteArray(a) => crate::runtime::bytearray::contains(ip, a, item),
        Native::Array(a) => array::contains(ip, a, item),
        Native::MemoryView(m) => crate::runtime::memoryview::contains(ip, m, item),
        _ => ip.type_error(format!(
            "argument of type '{}' is not iterable",
            o.class.qualname
        )),
    }
}

/// `a + b` and `a * n` for deques; None when the operator does not apply.
pub fn binary(
    ip: &Interp,
    op: crate::syntax::ast::BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    use crate::syntax::ast::BinOp;
    let Value::Native(o) = a else {
        return Ok(None);
    };
    if let Native::Array(_) = &o.kind {
        return array::binary(ip, op, a, b);
    }
    let Native::Deque(d) = &o.kind else {
        return Ok(None);
    };
    match (op, b) {
        (BinOp::Add, Value::Native(p)) => match &p.kind {
            Native::Deque(e) => {
                let mut items: Vec<Value> = d.items.borrow().iter().cloned().collect();
                items.extend(e.items.borrow().iter().cloned());
                Ok(Some(collections::make(ip, items, d.maxlen.get())))
            }
            _ => Ok(None),
        },
        (BinOp::Add, _) => ip.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            ops::type_name(ip, b)
        )),
        (BinOp::Mult, Value::Int(n)) => {
            let one: Vec<Value> = d.items.borrow().iter().cloned().collect();
            let n = (*n).max(0) as usize;
            if one.len().saturating_mul(n) > 100_000_000 {
                return Err(ip.err(ExcKind::MemoryError, ""));
            }
            let mut items = Vec::with_capacity(one.len() * n);
            for _ in 0..n {
                items.extend(one.iter().cloned());
            }
            Ok(Some(collections::make(ip, items, d.maxlen.get())))
        }
        _ => Ok(None),
    }
}

/// `a < b` and the other orderings between native objects (the keys of `cmp_to_key`).
pub fn compare(
    ip: &Interp,
    op: crate::syntax::ast::CmpOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<bool>> {
    if let Some(r) = crate::runtime::bytearray::compare(ip, op, a, b)? {
        return Ok(Some(r));
    }
    if let Some(r) = array::compare(ip, op, a, b)? {
        return Ok(Some(r));
    }
    // A struct_time orders as the tuple of its nine fields (with tuples too, as CPython's
    // tuple subclass does).
    let struct_time = |v: &Value| match v {
        Value::Native(o) => match &o.kind {
            Native::StructTime(t) => Some(time::struct_time_tuple(t)),
            _ => None,
        },
        Value::Tuple(_) => Some(v.clone()),
        _ => None,
    };
    if matches!((a, b), (Value::Native(_), _) | (_, Value::Native(_))) {
        if let (Some(p), Some(q)) = (struct_time(a), struct_time(b)) {
            return Ok(Some(ops::compare(ip, op, &p, &q)?));
        }
    }
    let (Value::Native(x), Value::Native(y)) = (a, b) else {
        return Ok(None);
    };
    match (&x.kind, &y.kind) {
        (Native::CmpToKey { cmp, obj: Some(p) }, Native::CmpToKey { obj: Some(q), .. }) => {
            let r = call_with(ip, cmp, &[p.clone(), q.clone()])?;
            Ok(Some(ops::compare(ip, op, &r, &Value::Int(0))?))
        }
        (Native::Deque(p), Native::Deque(q)) => Ok(Some(collections::deque_compare(ip, op, p, q)?)),
        (Native::Slice(p), Native::Slice(q)) => Ok(Some(ops::compare(
            ip,
            op,
            &slice::as_tuple(p),
            &slice::as_tuple(q),
        )?)),
        _ => Ok(None),
    }
}

/// `a == b` between native objects, where it is not identity.
pub fn equals(ip: &Interp, a: &Rc<NativeObj>, b: &Value) -> PyResult<Option<bool>> {
    if let Some(r) = crate::runtime::bytearray::equals(a, b) {
        return Ok(Some(r));
    }
    if let Native::Array(_) = &a.kind {
        let me = Value::Native(a.clone());
        if let Value::Native(o) = b {
            // A bytearray or a view compares its bytes with the array's.
            if let Some(r) = crate::runtime::bytearray::equals(o, &me) {
                return Ok(Some(r));
            }
        }
        return array::compare(ip, crate::syntax::ast::CmpOp::Eq, &me, b);
    }
    match (&a.kind, b) {
        (Native::WeakRef(w), _) => weakref::equals(ip, a, w, b),
        (Native::Deque(x), Value::Native(o)) => match &o.kind {
            Native::Deque(y) => Ok(Some(collections::deque_compare(
                ip,
                crate::syntax::ast::CmpOp::Eq,
                x,
                y,
            )?)),
            _ => Ok(None),
        },
        (Native::CacheInfo(x), Value::Native(o)) => match &o.kind {
            Native::CacheInfo(y) => Ok(Some(ops::equals(
                ip,
                &Value::tuple(x.clone()),
                &Value::tuple(y.clone()),
            )?)),
            _ => Ok(None),
        },
        (Native::StructTime(x), Value::Native(o)) => match &o.kind {
            Native::StructTime(y) => Ok(Some(x.f == y.f)),
            _ => Ok(None),
        },
        (Native::StructTime(x), Value::Tuple(_)) => {
            Ok(Some(ops::equals(ip, &time::struct_time_tuple(x), b)?))
        }
        (Native::CacheInfo(x), Value::Tuple(_)) => {
            Ok(Some(ops::equals(ip, &Value::tuple(x.clone()), b)?))
        }
        (Native::CmpToKey { cmp, obj: Some(p) }, Value::Native(o)) => match &o.kind {
            Native::CmpToKey { obj: Some(q), .. } => {
                let r = call_with(ip, cmp, &[p.clone(), q.clone()])?;
                Ok(Some(ops::equals(ip, &r, &Value::Int(0))?))
            }
            _ => Ok(None),
        },
        (Native::Slice(x), Value::Native(o)) => match &o.kind {
            Native::Slice(y) => Ok(Some(ops::equals(
                ip,
                &slice::as_tuple(x),
                &slice::as_tuple(y),
            )?)),
            _ => Ok(None),
        },
        (Native::Typing(x), Value::Native(o)) => match &o.kind {
            Native::Typing(y) => Ok(Some(typing::same(ip, x, y)?)),
            _ => Ok(None),
        },
        (Native::Regex(x), _) => re::objects::pattern_equals(x, b, ip),
        _ => Ok(None),
    }
}

// ---- helpers shared by the modules ----

/// Calls `f(args…)`.
pub fn call_with(ip: &Interp, f: &Value, args: &[Value]) -> PyResult<Value> {
    let mut a: Args = args.iter().cloned().collect();
    crate::eval::call::call_value(ip, f, &mut a, &[])
}

/// Sets a module attribute for each builtin function.
pub fn add_fns(m: &ModuleObj, fns: &[&'static BuiltinFn]) {
    for f in fns {
        m.set(intern(f.name), Value::Builtin(f));
    }
}

/// Sets a module attribute for each function declared for the module `name`.
static CODE: ClassSpec = ClassSpec {
    key: "code",
    module: "builtins",
    name: "code",
    base: None,
    new: None,
    methods: &[],
};

/// A code object, as `compile()` returns it.
pub fn code_object(ip: &Interp, code: crate::eval::dynamic::CodeObj) -> Value {
    new_obj(ip, &CODE, Native::Code(Rc::new(code)))
}

pub fn add_declared(m: &ModuleObj, name: &str) {
    for f in crate::runtime::bind::module_members(name) {
        m.set(intern(f.name), Value::Builtin(f));
    }
}

/// CPython's message for an argument that is not an int where one is needed.
pub fn not_int(ip: &Interp, v: &Value) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::TypeError,
        format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(ip, v)
        ),
    )
}

/// An int argument that must fit a machine word (CPython's `Py_ssize_t`).
pub fn ssize(ip: &Interp, v: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    match crate::runtime::numbers::index_opt(ip, v)? {
        Some(b) => b.to_i64().ok_or_else(|| {
            ip.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => Err(not_int(ip, v)),
    }
}

/// Positional arguments checked as CPython's `PyArg_UnpackTuple` does (`cycle expected 1
/// argument, got 0`).
pub fn unpack_args(
    ip: &Interp,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (what, k) = if min == max {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    ip.type_error(format!(
        "{} expected {}{} argument{}, got {}",
        name,
        what,
        k,
        if k == 1 { "" } else { "s" },
        n
    ))
}

/// Declares `static` builtin functions: `NAME = "name" => impl`.
#[macro_export]
macro_rules! std_fns {
    ($owner:expr; $($id:ident = $name:literal => $f:expr),* $(,)?) => {
        $(static $id: $crate::runtime::object::BuiltinFn =
            $crate::runtime::object::BuiltinFn { name: $name, owner: $owner, call: $f, sig: None };)*
    };
}
