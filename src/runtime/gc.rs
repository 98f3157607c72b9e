//! The cycle collector. Values are reference counted (`Rc`), which frees everything but
//! reference cycles; this finds unreachable cycles the way CPython's `gc` does, by trial
//! deletion over generations, and frees them.
//!
//! - **Tracking.** A container object registers when it is made (`track`): the registry of the
//!   youngest generation gets a weak pointer to it, tagged with its kind (one word). An entry
//!   whose object has gone is dropped when its generation is next pruned, so nothing has to be
//!   done when an object goes away, and a tracked object is no bigger than an untracked one.
//! - **Triggering.** When the young registry has grown by `threshold0` entries since it was last
//!   pruned, it is pruned; if more than `threshold0` live objects are left, a collection is
//!   wanted. It runs at the next point where the evaluator polls for Ctrl-C (a call, a loop's
//!   back edge, a turn of the event loop), never in the middle of an allocation, so the Rust
//!   code that allocated never sees finalizers run under it. Which generation is collected
//!   follows CPython: the oldest whose count passed its threshold (700, 10, 10), the oldest
//!   only once the objects waiting to reach it are a quarter of those already there.
//! - **Trial deletion.** For the objects of the generations collected, `gc_refs` starts at the
//!   strong count; each reference an object reports (`Trace::traverse`) to another of the set
//!   takes one off. What is left is held from outside: the Rust stack, a running frame, an
//!   older generation, an untracked holder. Those objects and all they reach stay; the rest is
//!   garbage. A `traverse` reports exactly the strong references its object holds: reporting
//!   one too many could make a live object look like garbage, reporting one too few only
//!   keeps garbage alive. Values are `Rc`s, so the worst a wrong report can do is clear a live
//!   object: never unsafe memory.
//! - **Garbage.** Weak references to it are cleared and their callbacks called; its
//!   finalizers run, once per object (PEP 442); what a finalizer made reachable again is kept;
//!   the rest is cleared (`Trace::clear` moves the contents out), and dropped once all of it
//!   is cleared.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::eval::Interp;
use crate::runtime::value::Value;

/// An object the collector can look into.
pub trait Trace {
    /// Reports every strong reference the object holds to an object that may be tracked.
    /// An object borrowed mutably right now reports `v.busy()` instead.
    fn traverse(&self, v: &mut Visit);
    /// Moves the contents that may hold references out into `t`, leaving the object empty.
    /// Nothing may be dropped here: dropping may run Python code.
    fn clear(&self, t: &mut Trash);
}

/// Collects the references one object reports: their addresses, and for `gc.get_referents`
/// the values themselves.
pub struct Visit {
    out: Vec<usize>,
    busy: bool,
    values: Option<Vec<Value>>,
}

/// A type of object held as an `Rc` that `Visit::rc` reports.
pub trait GcRef {
    fn to_value(rc: &Rc<Self>) -> Value;
}

macro_rules! gc_refs {
    ($($ty:ty => $wrap:expr),* $(,)?) => {
        $(impl GcRef for $ty {
            fn to_value(rc: &Rc<Self>) -> Value {
                ($wrap)(rc.clone())
            }
        })*
    };
}

gc_refs! {
    crate::runtime::value::PyList => Value::List,
    crate::runtime::value::PyTuple => Value::Tuple,
    crate::runtime::dict::PyDict => Value::Dict,
    crate::runtime::set::PySet => crate::runtime::set::PySet::into_value,
    crate::runtime::object::Class => Value::Class,
    crate::runtime::object::Function => Value::Function,
    crate::runtime::object::ModuleObj => Value::Module,
    RefCell<Value> => Value::Cell,
    crate::runtime::exceptions::ExcObj => Value::Exception,
    crate::runtime::iterators::IterObj => Value::Iterator,
    crate::runtime::coroutine::Coroutine => crate::runtime::coroutine::Coroutine::into_value,
    crate::aio::future::FutureObj => Value::Future,
    crate::stdlib::NativeObj => Value::Native,
}

impl Default for Visit {
    fn default() -> Visit {
        Visit::new()
    }
}

impl Visit {
    fn new() -> Visit {
        Visit {
            out: Vec::new(),
            busy: false,
            values: None,
        }
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty() && !self.busy
    }

    /// A reference held as a value.
    #[inline]
    pub fn value(&mut self, v: &Value) {
        if let Some(a) = v.gc_addr() {
            self.out.push(a);
        }
        if let Some(vals) = &mut self.values {
            if !matches!(v, Value::Undef) {
                vals.push(v.clone());
            }
        }
    }

    pub fn values<'a>(&mut self, vs: impl IntoIterator<Item = &'a Value>) {
        for v in vs {
            self.value(v);
        }
    }

    /// A reference held as an `Rc` of an object that may be tracked.
    #[inline]
    pub fn rc<T: GcRef>(&mut self, r: &Rc<T>) {
        self.out.push(Rc::as_ptr(r) as *const () as usize);
        if let Some(vals) = &mut self.values {
            vals.push(T::to_value(r));
        }
    }

    /// The object cannot be looked into now (a `RefCell` of it is borrowed mutably).
    pub fn busy(&mut self) {
        self.busy = true;
    }
}

/// What `Trace::clear` took out of garbage objects, dropped once all of them are cleared.
pub struct Trash(Vec<Box<dyn Any>>);

impl Trash {
    pub fn put<T: 'static>(&mut self, x: T) {
        self.0.push(Box::new(x));
    }
}

/// The bits of a tracked entry that hold its kind (user-space addresses fit in the rest).
const KIND_SHIFT: u32 = 57;
const ADDR_MASK: usize = (1 << KIND_SHIFT) - 1;

/// A registry entry: a weak pointer (`Weak::into_raw`) to a tracked object, its kind in the top
/// bits.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Entry(usize);

/// `Weak<T>` of a registry entry, left in place.
///
/// SAFETY: `addr` came from `Weak::<T>::into_raw` for an entry of T's kind that is still in a
/// registry (it owns one weak count, so the allocation is there).
unsafe fn weak_of<T>(addr: usize) -> std::mem::ManuallyDrop<Weak<T>> {
    std::mem::ManuallyDrop::new(Weak::from_raw(std::ptr::with_exposed_provenance::<T>(addr)))
}

macro_rules! kinds {
    ($($kind:ident: $ty:ty => $wrap:expr),* $(,)?) => {
        /// What a tracked object is.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Kind { $($kind),* }

        const KINDS: &[Kind] = &[$(Kind::$kind),*];

        impl Entry {
            /// The object's strong count: 0 once it has gone.
            fn strong(self) -> usize {
                // SAFETY: an entry in a registry owns a weak count of its object.
                match self.kind() { $(Kind::$kind => unsafe { weak_of::<$ty>(self.addr()) }.strong_count()),* }
            }
            /// The object as a value (None once it has gone).
            fn upgrade(self) -> Option<Value> {
                // SAFETY: as in `strong`.
                match self.kind() { $(Kind::$kind => unsafe { weak_of::<$ty>(self.addr()) }.upgrade().map($wrap)),* }
            }
            /// Reports the object's references.
            ///
            /// SAFETY: the object is alive (`strong() > 0`).
            unsafe fn traverse(self, v: &mut Visit) {
                match self.kind() { $(Kind::$kind => Trace::traverse(&*std::ptr::with_exposed_provenance::<$ty>(self.addr()), v)),* }
            }
            /// SAFETY: as for `traverse`.
            unsafe fn clear(self, t: &mut Trash) {
                match self.kind() { $(Kind::$kind => Trace::clear(&*std::ptr::with_exposed_provenance::<$ty>(self.addr()), t)),* }
            }
            /// Gives up the entry's weak count (the allocation goes if it was the last).
            ///
            /// SAFETY: the entry is in no registry any more.
            unsafe fn release(self) {
                match self.kind() { $(Kind::$kind => drop(std::mem::ManuallyDrop::into_inner(weak_of::<$ty>(self.addr())))),* }
            }
        }

        /// The kind of the object a value is, when it is one that may be tracked.
        fn type_id_of(kind: Kind) -> std::any::TypeId {
            match kind { $(Kind::$kind => std::any::TypeId::of::<$ty>()),* }
        }
    };
}

kinds! {
    List: crate::runtime::value::PyList => Value::List,
    Tuple: crate::runtime::value::PyTuple => Value::Tuple,
    Dict: crate::runtime::dict::PyDict => Value::Dict,
    Set: crate::runtime::set::PySet => crate::runtime::set::PySet::into_value,
    Instance: crate::runtime::instance::Instance => Value::Instance,
    Class: crate::runtime::object::Class => Value::Class,
    Function: crate::runtime::object::Function => Value::Function,
    Method: crate::runtime::object::BoundMethod => Value::BoundMethod,
    Cell: RefCell<Value> => Value::Cell,
    Exception: crate::runtime::exceptions::ExcObj => Value::Exception,
    Descr: crate::runtime::instance::Descr => Value::Descr,
    DictView: crate::runtime::dict::DictView => Value::DictView,
    Module: crate::runtime::object::ModuleObj => Value::Module,
    Iterator: crate::runtime::iterators::IterObj => Value::Iterator,
    Native: crate::stdlib::NativeObj => Value::Native,
    Coroutine: crate::runtime::coroutine::Coroutine => crate::runtime::coroutine::Coroutine::into_value,
    Future: crate::aio::future::FutureObj => Value::Future,
}

impl Entry {
    fn new(kind: Kind, p: *const ()) -> Entry {
        let a = p.expose_provenance();
        debug_assert!(a & !ADDR_MASK == 0, "an address above 2^57");
        Entry(a | (kind as usize) << KIND_SHIFT)
    }

    fn kind(self) -> Kind {
        KINDS[self.0 >> KIND_SHIFT]
    }

    fn addr(self) -> usize {
        self.0 & ADDR_MASK
    }
}

const GENERATIONS: usize = 3;

struct State {
    /// The registries, youngest first.
    gens: [Vec<Entry>; GENERATIONS],
    /// `gc.freeze()`: objects no collection looks at.
    frozen: Vec<Entry>,
    /// The length of the young registry at which it is next pruned.
    next_check: usize,
    threshold: [usize; GENERATIONS],
    /// For generations 1 and 2: the collections of the generation below since this one was
    /// collected (CPython's `count`; the young generation's is its number of live objects).
    count: [usize; GENERATIONS],
    /// Objects in the oldest generation after its last collection, and those moved there since.
    long_lived_total: usize,
    long_lived_pending: usize,
    enabled: bool,
    collecting: bool,
    /// A collection waits for the next safe point.
    wanted: bool,
    /// Where the oldest registry is pruned on next (a slice of it at each young check).
    prune_at: usize,
    /// Per generation: collections, objects collected (`gc.get_stats()`).
    stats: [(usize, usize); GENERATIONS],
}

impl State {
    const fn new() -> State {
        State {
            gens: [Vec::new(), Vec::new(), Vec::new()],
            frozen: Vec::new(),
            next_check: 700,
            threshold: [700, 10, 10],
            count: [0; GENERATIONS],
            long_lived_total: 0,
            long_lived_pending: 0,
            enabled: true,
            collecting: false,
            wanted: false,
            prune_at: 0,
            stats: [(0, 0); GENERATIONS],
        }
    }
}

impl Drop for State {
    fn drop(&mut self) {
        for v in self
            .gens
            .iter_mut()
            .chain(std::iter::once(&mut self.frozen))
        {
            for e in v.drain(..) {
                // SAFETY: drained from the registry.
                unsafe { e.release() };
            }
        }
    }
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::new()) };
}

/// Registers a newly made container object of kind `kind` with the young generation.
#[inline]
pub fn track<T: Trace + 'static>(kind: Kind, rc: &Rc<T>) {
    debug_assert!(type_id_of(kind) == std::any::TypeId::of::<T>());
    let e = Entry::new(kind, Weak::into_raw(Rc::downgrade(rc)) as *const ());
    let full = STATE.try_with(|s| {
        let mut s = s.borrow_mut();
        s.gens[0].push(e);
        s.gens[0].len() >= s.next_check
    });
    match full {
        Ok(true) => young_check(),
        Ok(false) => {}
        // The thread is ending: the object stays untracked.
        // SAFETY: the entry went into no registry.
        Err(_) => unsafe { e.release() },
    }
}

/// Drops the entries of objects that have gone from `v`.
fn prune(v: &mut Vec<Entry>) {
    v.retain(|e| {
        if e.strong() > 0 {
            return true;
        }
        // SAFETY: the entry leaves the registry here.
        unsafe { e.release() };
        false
    });
}

/// How many entries of the oldest registry each young check prunes.
const OLD_PRUNE_SLICE: usize = 256;

/// The young registry reached `next_check`: prunes it, and wants a collection when more than
/// `threshold0` of its objects are alive.
#[cold]
#[inline(never)]
fn young_check() {
    let want = STATE.with(|s| {
        let mut s = s.borrow_mut();
        prune(&mut s.gens[0]);
        prune_old_slice(&mut s);
        let live = s.gens[0].len();
        let t0 = s.threshold[0];
        if s.enabled && t0 > 0 && live > t0 && !s.collecting {
            s.wanted = true;
            s.next_check = usize::MAX;
            true
        } else {
            s.next_check = live + t0.max(1);
            false
        }
    });
    if want {
        crate::signals::request_attention();
    }
}

/// Prunes the next slice of the oldest registry: objects that went away there give their
/// memory back without waiting for a full collection.
fn prune_old_slice(s: &mut State) {
    let old = &mut s.gens[GENERATIONS - 1];
    if old.is_empty() {
        return;
    }
    let mut i = s.prune_at.min(old.len());
    let end = (i + OLD_PRUNE_SLICE).min(old.len());
    let mut kept = i;
    // Compacts the slice in place; the entries after it move down.
    while i < end {
        let e = old[i];
        if e.strong() > 0 {
            old[kept] = e;
            kept += 1;
        } else {
            // SAFETY: the entry leaves the registry here.
            unsafe { e.release() };
        }
        i += 1;
    }
    old.drain(kept..end);
    s.prune_at = if kept >= old.len() { 0 } else { kept };
}

/// At a safe point (see `signals::poll`): runs the collection a young check asked for.
pub fn run_pending(ip: &Interp) {
    let wanted = STATE.with(|s| std::mem::replace(&mut s.borrow_mut().wanted, false));
    if wanted {
        collect_generations(ip);
    }
}

/// Collects the oldest generation whose count passed its threshold, as CPython's
/// `gc_collect_generations` does.
fn collect_generations(ip: &Interp) {
    let pick = STATE.with(|s| {
        let mut s = s.borrow_mut();
        prune(&mut s.gens[0]);
        let young = s.gens[0].len();
        for g in (0..GENERATIONS).rev() {
            let count = if g == 0 { young } else { s.count[g] };
            if count > s.threshold[g] {
                if g == GENERATIONS - 1 && s.long_lived_pending < s.long_lived_total / 4 {
                    continue;
                }
                return Some(g);
            }
        }
        s.next_check = young + s.threshold[0].max(1);
        None
    });
    if let Some(g) = pick {
        collect(ip, g);
    }
}

/// `gc.collect(generation)`: the number of unreachable objects found.
pub fn collect_now(ip: &Interp, generation: usize) -> usize {
    collect(ip, generation.min(GENERATIONS - 1))
}

/// The collector's numbers for `gc.get_count()`: live young objects, then the collections of
/// each younger generation since the older one was collected.
pub fn get_count() -> [usize; GENERATIONS] {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        prune(&mut s.gens[0]);
        [s.gens[0].len(), s.count[1], s.count[2]]
    })
}

pub fn get_threshold() -> [usize; GENERATIONS] {
    STATE.with(|s| s.borrow().threshold)
}

pub fn set_threshold(t: &[usize]) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for (i, &x) in t.iter().enumerate().take(GENERATIONS) {
            s.threshold[i] = x;
        }
        let young = s.gens[0].len();
        s.next_check = young.max(1).min(s.threshold[0].max(1));
    })
}

pub fn is_enabled() -> bool {
    STATE.with(|s| s.borrow().enabled)
}

pub fn set_enabled(on: bool) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.enabled = on;
        if on {
            s.next_check = s.gens[0].len().min(s.threshold[0].max(1));
        }
    })
}

/// `gc.get_stats()`: per generation, collections and objects collected.
pub fn get_stats() -> [(usize, usize); GENERATIONS] {
    STATE.with(|s| s.borrow().stats)
}

/// `gc.get_objects(generation)`: the live tracked objects, youngest generation first.
pub fn objects(generation: Option<usize>) -> Vec<Value> {
    let entries: Vec<Entry> = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let mut out = Vec::new();
        for g in 0..GENERATIONS {
            if generation.is_some_and(|x| x != g) {
                continue;
            }
            prune(&mut s.gens[g]);
            out.extend_from_slice(&s.gens[g]);
        }
        out
    });
    entries.into_iter().filter_map(|e| e.upgrade()).collect()
}

/// `gc.freeze()`: every tracked object moves to a permanent generation no collection visits.
pub fn freeze() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for g in 0..GENERATIONS {
            let mut v = std::mem::take(&mut s.gens[g]);
            s.frozen.append(&mut v);
        }
        s.count = [0; GENERATIONS];
        s.next_check = s.threshold[0].max(1);
    })
}

/// `gc.unfreeze()`: the permanent generation goes back into the oldest.
pub fn unfreeze() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let mut v = std::mem::take(&mut s.frozen);
        s.gens[GENERATIONS - 1].append(&mut v);
    })
}

pub fn freeze_count() -> usize {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        prune(&mut s.frozen);
        s.frozen.len()
    })
}

/// The objects `v` refers to, as the collector sees them (`gc.get_referents`).
pub fn referents(v: &Value) -> Vec<Value> {
    let Some(e) = entry_of(v) else {
        return Vec::new();
    };
    let mut vis = Visit::new();
    vis.values = Some(Vec::new());
    // SAFETY: `v` holds the object.
    unsafe { e.traverse(&mut vis) };
    vis.values.take().unwrap_or_default()
}

/// The objects that refer to one of `targets` (`gc.get_referrers`).
pub fn referrers(targets: &[Value]) -> Vec<Value> {
    let addrs: Vec<usize> = targets.iter().filter_map(|t| t.gc_addr()).collect();
    let mut out = Vec::new();
    for o in objects(None) {
        let Some(e) = entry_of(&o) else { continue };
        let mut vis = Visit::new();
        // SAFETY: `o` holds the object.
        unsafe { e.traverse(&mut vis) };
        if vis.out.iter().any(|a| addrs.contains(a)) {
            out.push(o);
        }
    }
    out
}

/// The registry entry a value's object would have (without looking it up).
fn entry_of(v: &Value) -> Option<Entry> {
    let kind = match v {
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Dict(_) => Kind::Dict,
        Value::Set(_) | Value::FrozenSet(_) => Kind::Set,
        Value::Instance(_) => Kind::Instance,
        Value::Class(_) => Kind::Class,
        Value::Function(_) => Kind::Function,
        Value::BoundMethod(_) => Kind::Method,
        Value::Cell(_) => Kind::Cell,
        Value::Exception(_) => Kind::Exception,
        Value::Descr(_) => Kind::Descr,
        Value::DictView(_) => Kind::DictView,
        Value::Module(_) => Kind::Module,
        Value::Iterator(_) => Kind::Iterator,
        Value::Native(_) => Kind::Native,
        Value::Coroutine(_) | Value::Generator(_) | Value::AsyncGen(_) => Kind::Coroutine,
        Value::Future(_) => Kind::Future,
        _ => return None,
    };
    Some(Entry(v.gc_addr()? | (kind as usize) << KIND_SHIFT))
}

/// Maps object addresses to their index in a collection (open addressing, linear probing):
/// a slot holds the index plus one (0: empty), the address is the object's own.
struct AddrTable {
    slots: Vec<u32>,
    shift: u32,
}

impl AddrTable {
    fn new(objs: &[Entry]) -> AddrTable {
        let cap = (objs.len() * 2).next_power_of_two().max(16);
        let mut t = AddrTable {
            slots: vec![0; cap],
            shift: 64 - cap.trailing_zeros(),
        };
        let mask = cap - 1;
        for (i, e) in objs.iter().enumerate() {
            let mut h = t.home(e.addr());
            while t.slots[h] != 0 {
                h = (h + 1) & mask;
            }
            t.slots[h] = i as u32 + 1;
        }
        t
    }

    #[inline]
    fn home(&self, addr: usize) -> usize {
        ((addr as u64 >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, objs: &[Entry], addr: usize) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut h = self.home(addr);
        loop {
            let i = self.slots[h];
            if i == 0 {
                return None;
            }
            if objs[i as usize - 1].addr() == addr {
                return Some(i - 1);
            }
            h = (h + 1) & mask;
        }
    }
}

/// The graph of the objects of one collection: who refers to whom among them.
struct Graph {
    objs: Vec<Entry>,
    table: AddrTable,
    /// The references of object `i` are `edges[start[i]..start[i + 1]]`.
    start: Vec<u32>,
    edges: Vec<u32>,
    /// Objects that could not be looked into: they count as held from outside.
    busy: Vec<bool>,
}

impl Graph {
    /// Looks into every object of `objs` (all alive).
    fn build(objs: Vec<Entry>) -> Graph {
        let table = AddrTable::new(&objs);
        let mut start = Vec::with_capacity(objs.len() + 1);
        let mut edges = Vec::new();
        let mut busy = vec![false; objs.len()];
        let mut vis = Visit::new();
        start.push(0);
        for (i, e) in objs.iter().enumerate() {
            vis.out.clear();
            vis.busy = false;
            // SAFETY: every object of a graph is alive (checked by whoever built `objs`).
            unsafe { e.traverse(&mut vis) };
            if vis.busy {
                busy[i] = true;
            } else {
                edges.extend(vis.out.iter().filter_map(|&a| table.get(&objs, a)));
            }
            start.push(edges.len() as u32);
        }
        Graph {
            objs,
            table,
            start,
            edges,
            busy,
        }
    }

    fn children(&self, i: usize) -> &[u32] {
        &self.edges[self.start[i] as usize..self.start[i + 1] as usize]
    }

    /// Splits the graph into the objects reachable from outside (held by more than the
    /// references the graph accounts for, or reached from one that is) and the rest, both in
    /// the order CPython's `move_unreachable` leaves them: the objects are scanned in order; one
    /// that looks unreachable when scanned is set aside, and moves back to the end of the
    /// reachable ones if a reachable object refers to it later. (The order of the survivors
    /// decides the order in which later finalizers run, as in CPython.) `ignore` lists objects
    /// whose references from outside are not counted.
    fn partition(&self, ignore: &dyn Fn(Entry) -> bool) -> Partition {
        let n = self.objs.len();
        let mut refs: Vec<i32> = self
            .objs
            .iter()
            .map(|&e| {
                if ignore(e) {
                    0
                } else {
                    e.strong().min(i32::MAX as usize) as i32
                }
            })
            .collect();
        for i in 0..n {
            for &j in self.children(i) {
                refs[j as usize] -= 1;
            }
        }
        for (i, r) in refs.iter_mut().enumerate() {
            if ignore(self.objs[i]) {
                *r = 0;
            }
            // Over-reported references (a negative count) keep the object, to be safe.
            if *r != 0 || self.busy[i] {
                *r = 1;
            }
        }
        // The objects in order, then those moved back (pushed as they are found).
        let mut moved_back: Vec<u32> = Vec::new();
        let mut set_aside = vec![false; n];
        let mut aside_order: Vec<u32> = Vec::new();
        let mut reachable: Vec<u32> = Vec::with_capacity(n);
        let mut k = 0;
        while k < n + moved_back.len() {
            let i = if k < n { k } else { moved_back[k - n] as usize };
            k += 1;
            if refs[i] == 0 {
                set_aside[i] = true;
                aside_order.push(i as u32);
                continue;
            }
            reachable.push(i as u32);
            for &j in self.children(i) {
                let j = j as usize;
                if refs[j] == 0 {
                    refs[j] = 1;
                    if set_aside[j] {
                        set_aside[j] = false;
                        moved_back.push(j as u32);
                    }
                }
            }
        }
        let unreachable: Vec<u32> = aside_order
            .into_iter()
            .filter(|&i| set_aside[i as usize])
            .collect();
        Partition {
            reachable,
            unreachable,
            garbage: set_aside,
        }
    }

    /// Whether the object at `addr` is in the graph and garbage.
    fn is_garbage(&self, p: &Partition, addr: usize) -> bool {
        self.table
            .get(&self.objs, addr)
            .is_some_and(|i| p.garbage[i as usize])
    }
}

/// The outcome of `Graph::partition`: indices into the graph, in order.
struct Partition {
    reachable: Vec<u32>,
    unreachable: Vec<u32>,
    /// By index: unreachable.
    garbage: Vec<bool>,
}

/// Collects generation `gen` and those younger: returns the number of unreachable objects
/// found (those a finalizer made reachable again not counted), as CPython's `gc.collect`.
fn collect(ip: &Interp, gen: usize) -> usize {
    collect_with(ip, gen, &|_| false)
}

/// At exit: a last full collection in which modules count as held by nothing outside, so what
/// only modules hold is garbage and its finalizers run while everything is intact (CPython
/// finds the same garbage once it has taken the modules out of `sys.modules`).
pub fn collect_at_exit(ip: &Interp) -> usize {
    collect_with(ip, GENERATIONS - 1, &|e| e.kind() == Kind::Module)
}

fn collect_with(ip: &Interp, gen: usize, ignore: &dyn Fn(Entry) -> bool) -> usize {
    let taken = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.collecting {
            return None;
        }
        s.collecting = true;
        s.wanted = false;
        let mut objs = Vec::new();
        for g in (0..=gen).rev() {
            objs.append(&mut s.gens[g]);
        }
        Some(objs)
    });
    let Some(mut objs) = taken else {
        return 0;
    };
    run_callbacks(ip, "start", gen, 0);
    prune(&mut objs);
    let graph = Graph::build(objs);
    let part = graph.partition(ignore);
    let (survivors, collected) = if part.unreachable.is_empty() {
        let Graph { objs, .. } = graph;
        let order = part.reachable.iter().map(|&i| objs[i as usize]).collect();
        (order, 0)
    } else {
        dispose(ip, graph, part, ignore)
    };
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let older = (gen + 1).min(GENERATIONS - 1);
        let moved = survivors.len();
        s.gens[older].extend(survivors);
        if gen + 1 < GENERATIONS {
            s.count[gen + 1] += 1;
        }
        for g in 0..=gen {
            s.count[g] = 0;
        }
        if gen == GENERATIONS - 2 {
            s.long_lived_pending += moved;
        }
        if gen == GENERATIONS - 1 {
            s.long_lived_pending = 0;
            s.long_lived_total = s.gens[GENERATIONS - 1].len();
        }
        s.stats[gen].0 += 1;
        s.stats[gen].1 += collected;
        s.collecting = false;
        s.next_check = s.gens[0].len() + s.threshold[0].max(1);
    });
    run_callbacks(ip, "stop", gen, collected);
    collected
}

/// Frees the garbage of a collection; returns the survivors' entries and how many objects were
/// collected.
fn dispose(
    ip: &Interp,
    graph: Graph,
    part: Partition,
    ignore: &dyn Fn(Entry) -> bool,
) -> (Vec<Entry>, usize) {
    let garbage: Vec<Entry> = part
        .unreachable
        .iter()
        .map(|&i| graph.objs[i as usize])
        .collect();
    // Weak references to the garbage are cleared first, and the callbacks of those that are
    // not garbage themselves called (CPython's handle_weakrefs).
    let callbacks =
        crate::runtime::weakref::clear_for_collection(garbage.iter().map(|e| e.addr()), |addr| {
            graph.is_garbage(&part, addr)
        });
    crate::runtime::weakref::call_callbacks(ip, callbacks);
    // Finalizers, once per object.
    let mut finalized = false;
    for e in &garbage {
        if let Some(v) = e.upgrade() {
            finalized |= crate::runtime::finalize::in_collection(ip, &v);
        }
    }
    let mut survivors: Vec<Entry> = part
        .reachable
        .iter()
        .map(|&i| graph.objs[i as usize])
        .collect();
    drop(graph);
    // What a finalizer made reachable again stays (CPython's handle_resurrected_objects).
    let (mut garbage, gone): (Vec<Entry>, Vec<Entry>) =
        garbage.into_iter().partition(|e| e.strong() > 0);
    for e in gone {
        // SAFETY: out of every registry.
        unsafe { e.release() };
    }
    if finalized {
        let sub = Graph::build(garbage);
        let p = sub.partition(ignore);
        survivors.extend(p.reachable.iter().map(|&i| sub.objs[i as usize]));
        garbage = p
            .unreachable
            .iter()
            .map(|&i| sub.objs[i as usize])
            .collect();
    }
    let collected = garbage.len();
    let mut trash = Trash(Vec::new());
    for e in &garbage {
        if e.strong() > 0 {
            // SAFETY: alive, checked just above.
            unsafe { e.clear(&mut trash) };
        }
    }
    drop(trash);
    for e in garbage {
        // SAFETY: the garbage's entries are in no registry.
        unsafe { e.release() };
    }
    (survivors, collected)
}

thread_local! {
    /// `gc.callbacks`, once the gc module made it.
    static CALLBACKS: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// Set while `gc.callbacks` run (they are not run for a collection they start).
    static IN_CALLBACKS: Cell<bool> = const { Cell::new(false) };
}

/// Keeps `gc.callbacks` (a list) for the collector to call.
pub fn set_callbacks_list(l: Value) {
    CALLBACKS.with(|c| *c.borrow_mut() = Some(l));
}

/// Calls each of `gc.callbacks` with the phase and an info dict.
fn run_callbacks(ip: &Interp, phase: &str, gen: usize, collected: usize) {
    let Some(Value::List(l)) = CALLBACKS.with(|c| c.borrow().clone()) else {
        return;
    };
    let cbs = l.items.borrow().clone();
    if cbs.is_empty() || IN_CALLBACKS.with(|c| c.replace(true)) {
        return;
    }
    let info = crate::runtime::dict::PyDict::new();
    for (k, v) in [
        ("generation", gen),
        ("collected", collected),
        ("uncollectable", 0),
    ] {
        info.set_str(k, Value::Int(v as i64));
    }
    for cb in cbs {
        let mut args = crate::eval::call::Args::new();
        args.push(Value::str(phase));
        args.push(Value::Dict(info.clone()));
        if let Err(e) = crate::eval::call::call_value(ip, &cb, &mut args, &[]) {
            crate::runtime::finalize::report_unraisable(ip, &e, &cb, "garbage collection callback");
        }
    }
    IN_CALLBACKS.with(|c| c.set(false));
}
