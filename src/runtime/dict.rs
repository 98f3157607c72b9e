//! `dict`: CPython's compact dict. The entries are kept in insertion order in one array, and an
//! open-addressing table of indices into it, probed in CPython's order, finds them by hash.
//! Keys compare with Python's equality, so `1`, `1.0` and `True` are one key.
//!
//! A key's `__hash__` and `__eq__` are user code that may change the dict being searched: the
//! hash is computed before the table is borrowed, and an `__eq__` runs with no borrow held.
//! When it changed the table under the probe, the probe starts again, as CPython's does.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::{PyStr, Value};

const MINSIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;
/// Index-table slots: never used, and used once but now deleted.
const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

/// One entry; a deleted one keeps its place with an `Undef` key.
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

pub struct Table {
    /// A power of two of slots: `EMPTY`, `DUMMY`, or the position of an entry.
    indices: Box<[u32]>,
    entries: Vec<Entry>,
    /// Live entries.
    used: usize,
    /// Bumped when the index table is replaced (a resize, a clear): a probe that ran user
    /// code checks it, as CPython compares its keys object, to know it must start again.
    generation: u64,
    /// No live entry comes before this position (so that taking the first entry again and
    /// again does not scan the same deleted ones).
    first: usize,
}

/// What a probe found.
enum Probe {
    /// The key is at entry `ix`, in slot `slot`.
    Found {
        slot: usize,
        ix: usize,
    },
    Missing,
    /// Entry `ix` has the key's hash but only `==` can tell whether it is the key: the caller
    /// compares with no borrow held, then goes on from `slot` (with `perturb`) if it is not.
    Compare {
        slot: usize,
        ix: usize,
        perturb: u64,
    },
}

/// The index-table size for at least `n` slots.
fn table_size(n: usize) -> usize {
    n.max(MINSIZE).next_power_of_two()
}

/// How many entries a table of `size` slots holds before it grows (two thirds).
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

impl Table {
    fn with_size(size: usize) -> Table {
        Table {
            indices: vec![EMPTY; size].into_boxed_slice(),
            entries: Vec::new(),
            used: 0,
            generation: 0,
            first: 0,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Looks for `key` from slot `i`.
    #[inline(always)]
    fn probe(&self, key: &Value, hash: i64, mut i: usize, mut perturb: u64) -> Probe {
        let mask = self.mask();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing;
            }
            if ix != DUMMY {
                let ix = ix as usize;
                let e = &self.entries[ix];
                if e.hash == hash {
                    // The common keys first, inline.
                    match (&e.key, key) {
                        (Value::Str(x), Value::Str(y)) => {
                            if Rc::ptr_eq(x, y) || x.s == y.s {
                                return Probe::Found { slot: i, ix };
                            }
                        }
                        (Value::Int(x), Value::Int(y)) if x == y => {
                            return Probe::Found { slot: i, ix };
                        }
                        _ if e.key.is(key) => return Probe::Found { slot: i, ix },
                        _ => match quick_eq(&e.key, key) {
                            Some(true) => return Probe::Found { slot: i, ix },
                            Some(false) => {}
                            None => {
                                return Probe::Compare {
                                    slot: i,
                                    ix,
                                    perturb,
                                }
                            }
                        },
                    }
                } else if !matches!(key, Value::Str(_) | Value::Int(_)) && e.key.is(key) {
                    // The same object under another hash (a `__hash__` that changed): CPython
                    // finds it by identity before it looks at hashes.
                    return Probe::Found { slot: i, ix };
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Looks for `key` from its first slot.
    #[inline(always)]
    fn probe_start(&self, key: &Value, hash: i64) -> Probe {
        self.probe(key, hash, hash as u64 as usize & self.mask(), hash as u64)
    }

    /// The first free or deleted slot for `hash`.
    fn empty_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        while self.indices[i] < DUMMY {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// The slot that holds entry `ix`.
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        while self.indices[i] != ix as u32 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// Appends a key known to be absent, growing the table first when it is full.
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.entries.len() >= usable(self.indices.len()) {
            self.resize(table_size(self.used * 3));
        }
        let slot = self.empty_slot(hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
    }

    /// A new index table of `size` slots over the live entries, compacted.
    fn resize(&mut self, size: usize) {
        if self.used < self.entries.len() {
            self.entries.retain(|e| !matches!(e.key, Value::Undef));
        }
        self.first = 0;
        self.indices = vec![EMPTY; size].into_boxed_slice();
        for (ix, e) in self.entries.iter().enumerate() {
            let slot = self.empty_slot(e.hash);
            self.indices[slot] = ix as u32;
        }
        self.generation += 1;
    }

    /// Deletes entry `ix` (in `slot`), giving back its key and value.
    fn delete(&mut self, slot: usize, ix: usize) -> (Value, Value) {
        self.indices[slot] = DUMMY;
        self.used -= 1;
        let e = &mut self.entries[ix];
        (
            std::mem::replace(&mut e.key, Value::Undef),
            std::mem::replace(&mut e.value, Value::Undef),
        )
    }

    fn live(&self) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Undef))
    }
}

impl Clone for Table {
    /// A compacted copy (no user code runs: the keys are known distinct).
    fn clone(&self) -> Table {
        let mut t = Table::with_size(table_size(usable_inverse(self.used)));
        for e in self.live() {
            let slot = t.empty_slot(e.hash);
            t.indices[slot] = t.entries.len() as u32;
            t.entries.push(Entry {
                hash: e.hash,
                key: e.key.clone(),
                value: e.value.clone(),
            });
        }
        t.used = self.used;
        t
    }
}

/// The table size that holds `n` entries.
fn usable_inverse(n: usize) -> usize {
    (n * 3).div_ceil(2) + 1
}

pub struct PyDict {
    t: RefCell<Table>,
    /// The collector tracks it: it has held a container (CPython's rule: a dict of numbers
    /// and strings cannot be part of a cycle, and is left out until that changes).
    tracked: std::cell::Cell<bool>,
    /// It is a module's `globals()` dict: what is stored into it or deleted from it goes to
    /// the module's slots at once (`ModuleObj::dict_written`).
    watched: std::cell::Cell<bool>,
}

impl PyDict {
    pub fn new() -> Rc<PyDict> {
        Rc::new(PyDict {
            t: RefCell::new(Table::with_size(MINSIZE)),
            tracked: std::cell::Cell::new(false),
            watched: std::cell::Cell::new(false),
        })
    }

    /// Marks it as a module's namespace dict (see `watched`).
    pub fn watch(&self) {
        self.watched.set(true);
    }

    /// Notes that `k: v` goes in (every insertion calls it): the collector tracks the dict
    /// from its first container on.
    #[inline]
    pub fn note(&self, k: &Value, v: &Value) {
        if !self.tracked.get() && (k.is_container() || v.is_container()) {
            self.start_tracking();
        }
    }

    #[cold]
    #[inline(never)]
    pub fn start_tracking(&self) {
        if self.tracked.replace(true) {
            return;
        }
        // SAFETY: a dict only ever lives in an `Rc` (`new` and `copy` return one), so `self`
        // is the pointer that `Rc` hands out; the `Rc` made here is never dropped.
        let rc = std::mem::ManuallyDrop::new(unsafe { Rc::from_raw(self as *const PyDict) });
        crate::runtime::gc::track(crate::runtime::gc::Kind::Dict, &rc);
    }

    pub fn is_tracked(&self) -> bool {
        self.tracked.get()
    }

    pub fn len(&self) -> usize {
        self.t.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys, in order.
    pub fn keys(&self) -> Vec<Value> {
        self.t.borrow().live().map(|e| e.key.clone()).collect()
    }

    /// The values, in order.
    pub fn values(&self) -> Vec<Value> {
        self.t.borrow().live().map(|e| e.value.clone()).collect()
    }

    /// The items, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.t
            .borrow()
            .live()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// How many entry positions there are (live or deleted): iteration goes up to it.
    pub fn positions(&self) -> usize {
        self.t.borrow().entries.len()
    }

    /// The live entry at position `*pos` or after it, as (hash, key, value); `*pos` moves past
    /// it. What is read is copied out, so the dict may change between two calls.
    pub fn next_entry(&self, pos: &mut usize) -> Option<(i64, Value, Value)> {
        let t = self.t.borrow();
        *pos = (*pos).max(t.first);
        while *pos < t.entries.len() {
            let e = &t.entries[*pos];
            *pos += 1;
            if !matches!(e.key, Value::Undef) {
                return Some((e.hash, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    /// Removes everything (the old contents are dropped after the borrow ends).
    pub fn clear(&self) {
        let old = {
            let mut t = self.t.borrow_mut();
            let generation = t.generation + 1;
            let old = std::mem::replace(&mut *t, Table::with_size(MINSIZE));
            t.generation = generation;
            old
        };
        if self.watched.get() {
            // A module's globals dict: its names go from the module too.
            for e in old.entries.iter() {
                if !matches!(e.key, Value::Undef) {
                    crate::runtime::object::ModuleObj::dict_written(self, &e.key, None);
                }
            }
        }
        drop(old);
    }

    /// A shallow copy.
    pub fn copy(&self) -> Rc<PyDict> {
        let t = self.t.borrow().clone();
        let copy = Rc::new(PyDict {
            t: RefCell::new(t),
            tracked: std::cell::Cell::new(false),
            watched: std::cell::Cell::new(false),
        });
        if self.is_tracked() {
            copy.start_tracking();
        }
        copy
    }

    /// Makes this dict's contents a copy of `other`'s.
    pub fn assign(&self, other: &PyDict) {
        let copy = other.t.borrow().clone();
        let old = {
            let mut t = self.t.borrow_mut();
            let generation = t.generation + 1;
            let old = std::mem::replace(&mut *t, copy);
            t.generation = generation;
            old
        };
        if other.is_tracked() {
            self.start_tracking();
        }
        drop(old);
    }

    /// `popitem()`: the last item, removed.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.t.borrow_mut();
        let ix = t
            .entries
            .iter()
            .rposition(|e| !matches!(e.key, Value::Undef))?;
        let slot = t.slot_of(t.entries[ix].hash, ix);
        let item = t.delete(slot, ix);
        // The deleted entries at the end are forgotten, as in CPython.
        t.entries.truncate(ix);
        drop(t);
        if self.watched.get() {
            crate::runtime::object::ModuleObj::dict_written(self, &item.0, None);
        }
        Some(item)
    }

    /// The first item, removed.
    pub fn pop_first(&self) -> Option<(Value, Value)> {
        let mut t = self.t.borrow_mut();
        let mut ix = t.first;
        while matches!(t.entries.get(ix)?.key, Value::Undef) {
            ix += 1;
        }
        t.first = ix + 1;
        let slot = t.slot_of(t.entries[ix].hash, ix);
        Some(t.delete(slot, ix))
    }

    // ---- keys known to be strs (attribute names, keyword arguments) ----

    /// `d[name]` for a str key.
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let key = Value::str(name);
        let h = str_hash(&key);
        {
            let t = self.t.borrow();
            match t.probe_start(&key, h) {
                Probe::Found { ix, .. } => return Some(t.entries[ix].value.clone()),
                Probe::Missing => return None,
                Probe::Compare { .. } => {}
            }
        }
        // A key of another type with the same hash: only its `==` can tell.
        let ip = crate::eval::current()?;
        get_hashed(&ip, self, &key, h).ok().flatten()
    }

    /// `d[name] = v` for a str key.
    pub fn set_str(&self, name: &str, v: Value) {
        self.note(&Value::None, &v);
        let key = Value::str(name);
        let h = str_hash(&key);
        {
            let mut t = self.t.borrow_mut();
            match t.probe_start(&key, h) {
                Probe::Found { ix, .. } => {
                    let old = std::mem::replace(&mut t.entries[ix].value, v);
                    drop(t);
                    drop(old);
                    return;
                }
                Probe::Missing => return t.insert_new(h, key, v),
                Probe::Compare { .. } => {}
            }
        }
        if let Some(ip) = crate::eval::current() {
            let _ = set_hashed(&ip, self, key, h, v);
        }
    }

    /// `d.pop(name, None)` for a str key.
    pub fn remove_str(&self, name: &str) -> Option<Value> {
        let key = Value::str(name);
        let h = str_hash(&key);
        let found = {
            let t = self.t.borrow();
            match t.probe_start(&key, h) {
                Probe::Found { slot, ix } => Some((slot, ix)),
                Probe::Missing => return None,
                Probe::Compare { .. } => None,
            }
        };
        let found = match found {
            Some(f) => f,
            None => {
                let ip = crate::eval::current()?;
                lookup(&ip, self, &key, h).ok().flatten()?
            }
        };
        let (k, v) = self.t.borrow_mut().delete(found.0, found.1);
        drop(k);
        Some(v)
    }
}

/// The hash of a str key.
#[inline]
fn str_hash(k: &Value) -> i64 {
    match k {
        Value::Str(s) => crate::runtime::numbers::str_hash(s),
        _ => 0,
    }
}

/// `hash(k)` for a key: user `__hash__` runs here, before the table is touched; unhashable
/// values are CPython's TypeError.
#[inline]
pub fn hash(ip: &Interp, k: &Value) -> PyResult<i64> {
    match k {
        Value::Str(s) => Ok(crate::runtime::numbers::str_hash(s)),
        Value::Int(i) => Ok(crate::runtime::numbers::hash_i64(*i)),
        _ => crate::runtime::numbers::hash(ip, k),
    }
}

/// Key equality that needs no user code: `Some(answer)`, or None when only `==` can tell.
#[inline]
pub(crate) fn quick_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(str_eq(x, y)),
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        _ => quick_eq_other(a, b),
    }
}

/// Two strs are equal: the same object, or (with their hashes, when both are known, equal)
/// the same bytes.
#[inline]
fn str_eq(x: &Rc<PyStr>, y: &Rc<PyStr>) -> bool {
    if Rc::ptr_eq(x, y) {
        return true;
    }
    let (hx, hy) = (x.hash.get(), y.hash.get());
    if hx != 0 && hy != 0 && hx != hy {
        return false;
    }
    x.s == y.s
}

fn quick_eq_other(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    /// Values whose equality with each other never runs user code.
    fn plain(v: &Value) -> bool {
        matches!(
            v,
            Str(_) | Int(_) | Bool(_) | Float(_) | BigInt(_) | Bytes(_) | None | Tuple(_)
        )
    }
    match (a, b) {
        (Int(_) | Bool(_) | Float(_) | BigInt(_), Int(_) | Bool(_) | Float(_) | BigInt(_)) => {
            Some(ops::num_eq(a, b))
        }
        (Bytes(x), Bytes(y)) => Some(x.b == y.b),
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !p.is(q) && !quick_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        _ if plain(a) && plain(b) => Some(false),
        _ => Option::None,
    }
}

/// Finds `key` (of hash `hash`): `(slot, entry)`. User `__eq__` runs with no borrow held; a
/// table it changed is searched again from the start.
fn lookup(ip: &Interp, d: &PyDict, key: &Value, hash: i64) -> PyResult<Option<(usize, usize)>> {
    'restart: loop {
        let (mut i, mut perturb) = {
            let t = d.t.borrow();
            (hash as u64 as usize & t.mask(), hash as u64)
        };
        loop {
            let (probe, start, generation) = {
                let t = d.t.borrow();
                let probe = t.probe(key, hash, i, perturb);
                let start = match probe {
                    Probe::Compare { ix, .. } => t.entries[ix].key.clone(),
                    _ => Value::None,
                };
                (probe, start, t.generation)
            };
            match probe {
                Probe::Found { slot, ix } => return Ok(Some((slot, ix))),
                Probe::Missing => return Ok(None),
                Probe::Compare {
                    slot,
                    ix,
                    perturb: p,
                } => {
                    let eq = ops::equals(ip, &start, key)?;
                    let t = d.t.borrow();
                    if t.generation != generation || !t.entries[ix].key.is(&start) {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Some((slot, ix)));
                    }
                    perturb = p >> PERTURB_SHIFT;
                    i = (slot
                        .wrapping_mul(5)
                        .wrapping_add(perturb as usize)
                        .wrapping_add(1))
                        & t.mask();
                }
            }
        }
    }
}

/// `d[k]`, or None when absent.
#[inline(never)]
pub fn get(ip: &Interp, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
    let h = hash(ip, k)?;
    get_hashed(ip, d, k, h)
}

/// `d[k]` for a key whose hash is known.
pub fn get_hashed(ip: &Interp, d: &PyDict, k: &Value, h: i64) -> PyResult<Option<Value>> {
    {
        let t = d.t.borrow();
        match t.probe_start(k, h) {
            Probe::Found { ix, .. } => return Ok(Some(t.entries[ix].value.clone())),
            Probe::Missing => return Ok(None),
            Probe::Compare { .. } => {}
        }
    }
    Ok(lookup(ip, d, k, h)?.map(|(_, ix)| d.t.borrow().entries[ix].value.clone()))
}

/// `d[k] = v`: one hash and one probe; an existing key keeps its first object, as in CPython.
#[inline(never)]
pub fn set(ip: &Interp, d: &PyDict, k: Value, v: Value) -> PyResult<()> {
    let h = hash(ip, &k)?;
    set_hashed(ip, d, k, h, v)
}

/// `d[k] = v` for a key whose hash is known.
pub fn set_hashed(ip: &Interp, d: &PyDict, k: Value, h: i64, v: Value) -> PyResult<()> {
    d.note(&k, &v);
    if d.watched.get() {
        crate::runtime::object::ModuleObj::dict_written(d, &k, Some(&v));
    }
    let found = {
        let mut t = d.t.borrow_mut();
        match t.probe_start(&k, h) {
            Probe::Found { ix, .. } => {
                let old = std::mem::replace(&mut t.entries[ix].value, v);
                drop(t);
                drop(old);
                return Ok(());
            }
            Probe::Missing => {
                t.insert_new(h, k, v);
                return Ok(());
            }
            Probe::Compare { .. } => {}
        }
        drop(t);
        lookup(ip, d, &k, h)?
    };
    let mut t = d.t.borrow_mut();
    match found {
        Some((_, ix)) => {
            let old = std::mem::replace(&mut t.entries[ix].value, v);
            drop(t);
            drop(old);
        }
        None => t.insert_new(h, k, v),
    }
    Ok(())
}

/// `d.setdefault(k, default)`: the value of `k`, inserting `default` when absent (one probe).
pub fn setdefault(ip: &Interp, d: &PyDict, k: Value, default: Value) -> PyResult<Value> {
    let h = hash(ip, &k)?;
    match lookup(ip, d, &k, h)? {
        Some((_, ix)) => Ok(d.t.borrow().entries[ix].value.clone()),
        None => {
            d.note(&k, &default);
            if d.watched.get() {
                crate::runtime::object::ModuleObj::dict_written(d, &k, Some(&default));
            }
            d.t.borrow_mut().insert_new(h, k, default.clone());
            Ok(default)
        }
    }
}

/// The value of `k`, its entry moved to the end (the order of a least-recently-used cache).
pub fn move_to_end(ip: &Interp, d: &PyDict, k: &Value, h: i64) -> PyResult<Option<Value>> {
    let Some((slot, ix)) = lookup(ip, d, k, h)? else {
        return Ok(None);
    };
    let mut t = d.t.borrow_mut();
    let (key, value) = t.delete(slot, ix);
    t.insert_new(h, key, value.clone());
    Ok(Some(value))
}

/// `d.pop(k, None)`: the value of `k`, removed (None when absent).
pub fn remove(ip: &Interp, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
    let h = hash(ip, k)?;
    remove_hashed(ip, d, k, h)
}

/// `remove` for a key whose hash is known.
pub fn remove_hashed(ip: &Interp, d: &PyDict, k: &Value, h: i64) -> PyResult<Option<Value>> {
    let Some((slot, ix)) = lookup(ip, d, k, h)? else {
        return Ok(None);
    };
    let (key, value) = d.t.borrow_mut().delete(slot, ix);
    if d.watched.get() {
        crate::runtime::object::ModuleObj::dict_written(d, &key, None);
    }
    drop(key);
    Ok(Some(value))
}

pub fn key_error(ip: &Interp, k: &Value) -> crate::runtime::exceptions::Exc {
    crate::runtime::exceptions::Exc(crate::runtime::exceptions::ExcObj::new(
        ip.exc_class(ExcKind::KeyError).clone(),
        vec![k.clone()],
    ))
}

/// `a == b` for two dicts, as CPython's `dict_equal`: each of `a`'s items, read afresh at each
/// step, looked up in `b` by its stored hash, values compared with `==`.
pub fn equal(ip: &Interp, a: &PyDict, b: &PyDict) -> PyResult<bool> {
    // No shortcut for `d == d`: CPython looks each key up, which may run an `__eq__`.
    if a.len() != b.len() {
        return Ok(false);
    }
    ops::nested_comparison(ip, || {
        let mut pos = 0;
        while let Some((h, k, v)) = a.next_entry(&mut pos) {
            match get_hashed(ip, b, &k, h)? {
                Some(w) if w.is(&v) || ops::equals(ip, &v, &w)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    })
}

/// `d.update(src)` for a dict `src`: its items in order, by their stored hashes; a `src` that
/// changes under it is CPython's RuntimeError.
pub fn merge(ip: &Interp, d: &PyDict, src: &PyDict) -> PyResult<()> {
    if std::ptr::eq(d, src) {
        return Ok(());
    }
    let n = src.positions();
    let mut pos = 0;
    while let Some((h, k, v)) = src.next_entry(&mut pos) {
        set_hashed(ip, d, k, h, v)?;
        if src.positions() != n {
            return Err(ip.err(ExcKind::RuntimeError, "dict mutated during update"));
        }
    }
    Ok(())
}

impl Drop for PyDict {
    fn drop(&mut self) {
        crate::runtime::trashcan::drop_contents(std::mem::take(&mut self.t.get_mut().entries));
    }
}

impl crate::runtime::gc::Trace for PyDict {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        match self.t.try_borrow() {
            Ok(t) => {
                for e in t.live() {
                    v.value(&e.key);
                    v.value(&e.value);
                }
            }
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        if let Ok(mut table) = self.t.try_borrow_mut() {
            let generation = table.generation + 1;
            let old = std::mem::replace(&mut *table, Table::with_size(MINSIZE));
            table.generation = generation;
            t.put(old);
        }
    }
}

pub use crate::runtime::dict_views::{binary, view_compare, DictIter, DictView, ViewKind};
