//! Weak references: what a `weakref.ref` points at, and the table that finds the weak
//! references of an object when it goes away (to clear them and call their callbacks).
//!
//! A weak reference object (`weakref.ref`, `weakref.proxy`) is a native object holding a
//! `WeakRef`: a Rust `Weak` to its referent, its callback and its cached hash. The table maps
//! the address of each object that has weak references to them (oldest first). An object that
//! can be weakly referenced tells the table when it goes away (`died`): from its `Drop`, or from
//! the collector, which clears the weak references to garbage before it frees it.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use crate::aio::future::FutureObj;
use crate::eval::Interp;
use crate::runtime::coroutine::Coroutine;
use crate::runtime::exceptions::ExcObj;
use crate::runtime::instance::Instance;
use crate::runtime::object::{BoundMethod, Class, Function, ModuleObj};
use crate::runtime::set::PySet;
use crate::runtime::value::Value;
use crate::stdlib::{Native, NativeObj};

/// What a weak reference points at.
#[derive(Clone)]
pub enum Target {
    Dead,
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Set(Weak<PySet>),
    FrozenSet(Weak<PySet>),
    Coroutine(Weak<Coroutine>),
    Future(Weak<FutureObj>),
    Method(Weak<BoundMethod>),
    Native(Weak<NativeObj>),
    Module(Weak<ModuleObj>),
    Exception(Weak<ExcObj>),
    /// A builtin function: it lives as long as the program.
    Forever(Value),
}

impl Target {
    /// The target of a weak reference to `v`, or None when `v` cannot be weakly referenced.
    pub fn of(v: &Value) -> Option<Target> {
        Some(match v {
            Value::Instance(i) => {
                if !crate::runtime::finalize::weakrefable(&i.class) {
                    return None;
                }
                Target::Instance(Rc::downgrade(i))
            }
            Value::Function(f) => Target::Function(Rc::downgrade(f)),
            Value::Class(c) => Target::Class(Rc::downgrade(c)),
            Value::Set(s) => Target::Set(Rc::downgrade(s)),
            Value::FrozenSet(s) => Target::FrozenSet(Rc::downgrade(s)),
            Value::Coroutine(c) | Value::Generator(c) | Value::AsyncGen(c) => {
                Target::Coroutine(Rc::downgrade(c))
            }
            Value::Future(f) => Target::Future(Rc::downgrade(f)),
            Value::BoundMethod(m) => Target::Method(Rc::downgrade(m)),
            Value::Native(o) if crate::stdlib::weakrefable(o) => Target::Native(Rc::downgrade(o)),
            Value::Module(m) => Target::Module(Rc::downgrade(m)),
            Value::Exception(e) if e.class.user => Target::Exception(Rc::downgrade(e)),
            Value::Builtin(_) => Target::Forever(v.clone()),
            _ => return None,
        })
    }

    /// The referent, while it is alive.
    pub fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Dead => return None,
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::FrozenSet(w) => Value::FrozenSet(w.upgrade()?),
            Target::Coroutine(w) => Coroutine::into_value(w.upgrade()?),
            Target::Future(w) => Value::Future(w.upgrade()?),
            Target::Method(w) => Value::BoundMethod(w.upgrade()?),
            Target::Native(w) => Value::Native(w.upgrade()?),
            Target::Module(w) => Value::Module(w.upgrade()?),
            Target::Exception(w) => Value::Exception(w.upgrade()?),
            Target::Forever(v) => v.clone(),
        })
    }

    /// The referent's address (the table's key), alive or not.
    fn addr(&self) -> usize {
        fn a<T>(w: &Weak<T>) -> usize {
            w.as_ptr() as *const () as usize
        }
        match self {
            Target::Dead => 0,
            Target::Instance(w) => a(w),
            Target::Function(w) => a(w),
            Target::Class(w) => a(w),
            Target::Set(w) | Target::FrozenSet(w) => a(w),
            Target::Coroutine(w) => a(w),
            Target::Future(w) => a(w),
            Target::Method(w) => a(w),
            Target::Native(w) => a(w),
            Target::Module(w) => a(w),
            Target::Exception(w) => a(w),
            Target::Forever(v) => v.ptr().unwrap_or(0),
        }
    }
}

/// The state of a weak reference object.
pub struct WeakRef {
    pub target: RefCell<Target>,
    pub callback: RefCell<Value>,
    /// `hash(ref)`: the referent's hash, kept from the first time it was asked for.
    pub hash: Cell<Option<i64>>,
    /// A `weakref.proxy` rather than a `weakref.ref`.
    pub proxy: bool,
}

/// The weak reference objects of each object that has some, by the object's address, oldest
/// first.
#[derive(Default)]
struct Table(FxHashMap<usize, Vec<Weak<NativeObj>>>);

impl std::ops::Deref for Table {
    type Target = FxHashMap<usize, Vec<Weak<NativeObj>>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Table {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl Drop for Table {
    // The thread ends: objects that go after the table (in other thread-locals' destructors)
    // find no weak references.
    fn drop(&mut self) {
        TARGETS.with(|c| c.set(0));
    }
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
    /// The number of objects in `TABLE`: what the `Drop` of every object that can be weakly
    /// referenced looks at first (a plain cell is the cheapest thread-local to read).
    static TARGETS: Cell<usize> = const { Cell::new(0) };
}

fn recount(t: &Table) {
    TARGETS.with(|c| c.set(t.len()));
}

fn data(o: &NativeObj) -> Option<&WeakRef> {
    match &o.kind {
        Native::WeakRef(w) => Some(w),
        _ => None,
    }
}

/// The live weak reference objects that point at `addr` now, oldest first.
fn refs_at(addr: usize) -> Vec<Rc<NativeObj>> {
    TABLE.with(|t| {
        t.borrow()
            .get(&addr)
            .map(|v| {
                v.iter()
                    .filter_map(|w| w.upgrade())
                    .filter(|o| data(o).is_some_and(|d| d.target.borrow().addr() == addr))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Registers a new weak reference object `o` to `target`.
pub fn register(target: &Target, o: &Rc<NativeObj>) {
    let addr = target.addr();
    if let Target::Forever(_) = target {
        return;
    }
    if let Target::Instance(w) = target {
        if let Some(i) = w.upgrade() {
            i.set_flag(crate::runtime::instance::HAS_WEAKREFS);
        }
    }
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let v = t.entry(addr).or_default();
        v.retain(|w| w.strong_count() > 0);
        v.push(Rc::downgrade(o));
        recount(&t);
    });
}

/// The basic weak reference (no callback, not a proxy) to `target`, if one exists: `ref(o)`
/// gives the same object each time, as CPython's does.
pub fn basic_ref(target: &Target) -> Option<Rc<NativeObj>> {
    refs_at(target.addr()).into_iter().find(|o| {
        data(o).is_some_and(|d| !d.proxy && d.callback.borrow().is_none())
            && o.class.qualname == "ReferenceType"
    })
}

/// `weakref.getweakrefs(o)`, in CPython's order: the basic reference first, then the others
/// newest first.
pub fn refs_of(v: &Value) -> Vec<Value> {
    let Some(t) = Target::of(v) else {
        return Vec::new();
    };
    let all = refs_at(t.addr());
    let (basic, rest): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|o| data(o).is_some_and(|d| d.callback.borrow().is_none()));
    basic
        .into_iter()
        .chain(rest.into_iter().rev())
        .map(Value::Native)
        .collect()
}

/// Takes the weak references of the object at `addr` out of the table and clears them;
/// returns the callbacks to call (newest first) with their reference objects.
fn take_and_clear(addr: usize, skip: &dyn Fn(usize) -> bool) -> Vec<(Value, Value)> {
    let refs = TABLE
        .with(|t| t.borrow_mut().remove(&addr))
        .unwrap_or_default();
    let mut calls = Vec::new();
    for w in refs.iter().rev() {
        let Some(o) = w.upgrade() else { continue };
        let Some(d) = data(&o) else { continue };
        if d.target.borrow().addr() != addr {
            continue;
        }
        *d.target.borrow_mut() = Target::Dead;
        let cb = std::mem::replace(&mut *d.callback.borrow_mut(), Value::None);
        let me = Rc::as_ptr(&o) as *const () as usize;
        if !cb.is_none() && !skip(me) {
            calls.push((cb, Value::Native(o)));
        }
    }
    calls
}

/// Whether any object has weak references at all.
#[inline(always)]
pub fn any() -> bool {
    TARGETS.with(|c| c.get()) != 0
}

/// The object at `addr` went away: its weak references die and their callbacks are called.
#[inline(always)]
pub fn died(addr: usize) {
    if any() {
        died_slow(addr);
    }
}

#[inline(never)]
fn died_slow(addr: usize) {
    if !TABLE
        .try_with(|t| t.borrow().contains_key(&addr))
        .unwrap_or(false)
    {
        return;
    }
    let calls = take_and_clear(addr, &|_| false);
    if calls.is_empty() {
        return;
    }
    if let Some(ip) = crate::eval::current() {
        call_callbacks(&ip, calls);
    }
}

/// Moves the weak references of an object that `__del__` revived under a new address (see
/// `finalize::instance_dropped`) to `to`.
pub fn moved(from: usize, to: Target) {
    if !any() {
        return;
    }
    let Some(refs) = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let r = t.remove(&from);
        recount(&t);
        r
    }) else {
        return;
    };
    for w in &refs {
        if let Some(d) = w.upgrade().as_deref().and_then(data) {
            if d.target.borrow().addr() == from {
                *d.target.borrow_mut() = to.clone();
            }
        }
    }
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        t.insert(to.addr(), refs);
        recount(&t);
    });
}

/// For the collector: clears the weak references to the garbage at `addrs`; returns the
/// callbacks of those references that are not garbage themselves.
pub fn clear_for_collection(
    addrs: impl Iterator<Item = usize>,
    is_garbage: impl Fn(usize) -> bool,
) -> Vec<(Value, Value)> {
    if !any() {
        return Vec::new();
    }
    let mut calls = Vec::new();
    for a in addrs {
        if TABLE.with(|t| t.borrow().contains_key(&a)) {
            calls.extend(take_and_clear(a, &is_garbage));
        }
    }
    calls
}

/// Calls weak reference callbacks; an exception raised by one is reported and ignored.
pub fn call_callbacks(ip: &Interp, calls: Vec<(Value, Value)>) {
    for (cb, r) in calls {
        let mut args = crate::eval::call::Args::new();
        args.push(r);
        if let Err(e) = crate::eval::call::call_value(ip, &cb, &mut args, &[]) {
            crate::runtime::finalize::report_unraisable(ip, &e, &cb, "");
        }
    }
}

/// At exit, before the last collections: the `weakref.finalize` objects still alive run
/// (`finalize._exitfunc`, which CPython registers with `atexit`).
pub fn run_exit_finalizers(ip: &Interp) {
    let m = ip
        .modules
        .borrow()
        .get(&crate::intern::intern("weakref"))
        .cloned();
    let Some(m) = m else { return };
    let f = crate::eval::ops::getattr(ip, &m, crate::intern::intern("finalize"))
        .and_then(|f| crate::eval::ops::getattr(ip, &f, crate::intern::intern("_exitfunc")));
    let Ok(f) = f else { return };
    if let Err(e) = crate::eval::call::call_value(ip, &f, &mut crate::eval::call::Args::new(), &[])
    {
        crate::runtime::finalize::report_unraisable(ip, &e, &f, "");
    }
}
