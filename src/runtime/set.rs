//! `set` and `frozenset`: CPython's open-addressing table (Objects/setobject.c) with CPython's
//! hash values, so that iteration order — the order of the slots — is the one python3 shows.
//!
//! An item's `__eq__` is user code that may change the set being searched: it runs with no
//! borrow held, and a probe whose table changed under it starts again, as CPython's does.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::runtime::bind::{At, FromArg};
use crate::runtime::dict::quick_eq;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::Kwargs;
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp};
use corun_macros::method;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash of a deleted slot (its key is `Undef`); an empty slot has `Undef` and hash 0.
const DUMMY: i64 = -1;

/// The smallest power of two (at least `MINSIZE`) above `minused`.
fn size_above(minused: usize) -> usize {
    let mut n = MINSIZE;
    while n <= minused {
        n <<= 1;
    }
    n
}

/// The slots of a set: `keys[i]` is `Undef` in an empty or deleted slot.
#[derive(Clone)]
pub struct Table {
    keys: Vec<Value>,
    hashes: Vec<i64>,
    fill: usize,
    used: usize,
    /// Bumped when the slots are replaced (a resize, a clear): a probe that ran user code
    /// checks it, as CPython compares its table pointer, to know it must start again.
    generation: u64,
}

/// Where a probe is: in the run of slots that starts at `i`, at slot `j`, with CPython's
/// `perturb`; and the last deleted slot it passed (where an insertion goes).
#[derive(Clone, Copy)]
struct Cursor {
    i: usize,
    j: usize,
    perturb: u64,
    freeslot: Option<usize>,
}

impl Cursor {
    /// The last slot of the linear run of probes that starts at `i`.
    fn run_last(&self, mask: usize) -> usize {
        if self.i + LINEAR_PROBES <= mask {
            self.i + LINEAR_PROBES
        } else {
            self.i
        }
    }

    /// On to the next run, where CPython's probe sequence goes.
    fn next_run(&mut self, mask: usize) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & mask;
        self.j = self.i;
    }
}

/// What a probe found.
enum Probe {
    Found(usize),
    /// Not there: the probe stopped at this empty slot.
    Missing,
    /// Slot `slot` has the key's hash but only `==` can tell whether it holds the key.
    Compare {
        slot: usize,
        key: Value,
    },
}

impl Table {
    fn new() -> Table {
        Table::with_size(MINSIZE)
    }

    fn with_size(n: usize) -> Table {
        // Filled by moves of a constant: `vec![Value::Undef; n]` would clone it `n` times,
        // through `Value`'s clone.
        let mut keys = Vec::with_capacity(n);
        keys.resize_with(n, || Value::Undef);
        Table {
            keys,
            hashes: vec![0; n],
            fill: 0,
            used: 0,
            generation: 0,
        }
    }

    fn mask(&self) -> usize {
        self.keys.len() - 1
    }

    fn active(&self, i: usize) -> bool {
        !matches!(self.keys[i], Value::Undef)
    }

    fn is_empty_slot(&self, i: usize) -> bool {
        matches!(self.keys[i], Value::Undef) && self.hashes[i] != DUMMY
    }

    /// The active entries in slot order.
    fn entries(&self) -> Vec<(Value, i64)> {
        (0..self.keys.len())
            .filter(|&i| self.active(i))
            .map(|i| (self.keys[i].clone(), self.hashes[i]))
            .collect()
    }

    fn start(&self, hash: i64) -> Cursor {
        let i = (hash as u64 as usize) & self.mask();
        Cursor {
            i,
            j: i,
            perturb: hash as u64,
            freeslot: None,
        }
    }

    /// Probes for `key` from the cursor (left at the slot where it stopped).
    fn probe(&self, key: &Value, hash: i64, c: &mut Cursor) -> Probe {
        let mask = self.mask();
        loop {
            let last = c.run_last(mask);
            while c.j <= last {
                let j = c.j;
                if self.is_empty_slot(j) {
                    return Probe::Missing;
                }
                if self.hashes[j] == hash && self.active(j) {
                    let k = &self.keys[j];
                    if k.is(key) {
                        return Probe::Found(j);
                    }
                    match quick_eq(k, key) {
                        Some(true) => return Probe::Found(j),
                        Some(false) => {}
                        None => {
                            return Probe::Compare {
                                slot: j,
                                key: k.clone(),
                            }
                        }
                    }
                } else if self.hashes[j] == DUMMY && !self.active(j) {
                    // CPython keeps the last dummy seen, not the first.
                    c.freeslot = Some(j);
                }
                c.j += 1;
            }
            c.next_run(mask);
        }
    }

    /// Puts a key a probe did not find where the probe says; grows when 60% filled.
    fn insert_at(&mut self, c: Cursor, key: Value, hash: i64) {
        if let Some(f) = c.freeslot {
            self.used += 1;
            self.keys[f] = key;
            self.hashes[f] = hash;
            return;
        }
        self.fill += 1;
        self.used += 1;
        self.keys[c.j] = key;
        self.hashes[c.j] = hash;
        if self.fill * 5 >= self.mask() * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
    }

    /// Inserts a key known to differ from every key present (it comes from one set into a
    /// new one holding only other keys of that set): the probe stops at the first free slot
    /// with no comparison, where `set_add_entry` would have found every `==` false.
    fn insert_distinct(&mut self, key: Value, hash: i64) {
        let mut c = self.start(hash);
        let mask = self.mask();
        loop {
            let last = c.run_last(mask);
            while c.j <= last {
                let j = c.j;
                if self.is_empty_slot(j) {
                    self.insert_at(c, key, hash);
                    return;
                }
                if self.hashes[j] == DUMMY && !self.active(j) {
                    c.freeslot = Some(j);
                }
                c.j += 1;
            }
            c.next_run(mask);
        }
    }

    /// Whether `key` is here, when that needs no `==` of user code to tell (None when it does).
    fn has_quick(&self, key: &Value, hash: i64) -> Option<bool> {
        let mut c = self.start(hash);
        match self.probe(key, hash, &mut c) {
            Probe::Found(_) => Some(true),
            Probe::Missing => Some(false),
            Probe::Compare { .. } => None,
        }
    }

    /// `set_insert_clean`: a key known to be absent, into a table without dummies.
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if !self.active(j) {
                    self.keys[j] = key;
                    self.hashes[j] = hash;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, dummies dropped.
    fn resize(&mut self, minused: usize) {
        let newsize = size_above(minused);
        if newsize == MINSIZE && self.keys.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let generation = self.generation + 1;
        let old = std::mem::replace(self, Table::with_size(newsize));
        self.generation = generation;
        self.fill = old.used;
        self.used = old.used;
        for (k, h) in old.keys.into_iter().zip(old.hashes) {
            if !matches!(k, Value::Undef) {
                self.insert_clean(k, h);
            }
        }
    }

    /// The part of `set_merge` that needs no comparison: one resize up front, then, into an
    /// empty table, the other's entries copied. False when this table is not empty (the
    /// caller then adds the entries one by one).
    fn merge_clean(&mut self, other: &Table) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        if self.mask() == other.mask() && other.fill == other.used {
            self.keys.clone_from(&other.keys);
            self.hashes.clone_from(&other.hashes);
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        self.fill = other.used;
        self.used = other.used;
        for (k, h) in other.entries() {
            self.insert_clean(k, h);
        }
        true
    }

    /// Removes the key in slot `j`, leaving a dummy.
    fn remove_at(&mut self, j: usize) -> Value {
        self.hashes[j] = DUMMY;
        self.used -= 1;
        std::mem::replace(&mut self.keys[j], Value::Undef)
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        crate::runtime::trashcan::drop_contents(std::mem::take(&mut self.t.get_mut().keys));
    }
}

impl crate::runtime::gc::Trace for PySet {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        match self.t.try_borrow() {
            Ok(t) => v.values(t.keys.iter()),
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        if let Ok(mut tab) = self.t.try_borrow_mut() {
            t.put(std::mem::replace(&mut *tab, Table::new()));
        }
    }
}

pub struct PySet {
    t: RefCell<Table>,
    /// A frozenset's hash once computed (-1 before).
    hash: Cell<i64>,
    /// Where `pop` looks next.
    finger: Cell<usize>,
    /// Made as a frozenset (for the collector's list of objects).
    frozen: Cell<bool>,
}

impl PySet {
    pub fn new() -> Rc<PySet> {
        PySet::from_table(Table::new())
    }

    fn from_table(t: Table) -> Rc<PySet> {
        let s = Rc::new(PySet {
            t: RefCell::new(t),
            hash: Cell::new(-1),
            finger: Cell::new(0),
            frozen: Cell::new(false),
        });
        crate::runtime::gc::track(crate::runtime::gc::Kind::Set, &s);
        s
    }

    /// The set as a value: a set, or a frozenset when it was made as one.
    pub fn into_value(s: Rc<PySet>) -> Value {
        if s.frozen.get() {
            Value::FrozenSet(s)
        } else {
            Value::Set(s)
        }
    }

    pub fn len(&self) -> usize {
        self.t.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.t
            .borrow()
            .entries()
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    }

    /// The items with their stored hashes, in iteration order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.t.borrow().entries()
    }

    /// The next item at or after slot `*pos`, for iteration.
    pub fn next_at(&self, pos: &mut usize) -> Option<Value> {
        self.next_entry(pos).map(|(k, _)| k)
    }

    /// The next item and its hash at or after slot `*pos`, read afresh at each call.
    fn next_entry(&self, pos: &mut usize) -> Option<(Value, i64)> {
        let t = self.t.borrow();
        while *pos < t.keys.len() {
            let i = *pos;
            *pos += 1;
            if t.active(i) {
                return Some((t.keys[i].clone(), t.hashes[i]));
            }
        }
        None
    }

    /// How many items are in the slots from `pos` on (what a set iterator has left).
    pub fn remaining_from(&self, pos: usize) -> usize {
        let t = self.t.borrow();
        (pos..t.keys.len()).filter(|&i| t.active(i)).count()
    }

    /// Finds `key`: `Ok(slot)`, or `Err(cursor)` where the probe stopped. An `__eq__` runs with
    /// no borrow held; when the table changed under it the probe starts again (for an
    /// insertion, `add`, an equal key found counts even then, as in CPython).
    fn search(
        &self,
        ip: &Interp,
        key: &Value,
        hash: i64,
        add: bool,
    ) -> PyResult<Result<usize, Cursor>> {
        'restart: loop {
            let mut c = self.t.borrow().start(hash);
            loop {
                let (probe, generation) = {
                    let t = self.t.borrow();
                    (t.probe(key, hash, &mut c), t.generation)
                };
                match probe {
                    Probe::Found(j) => return Ok(Ok(j)),
                    Probe::Missing => return Ok(Err(c)),
                    Probe::Compare { slot, key: start } => {
                        let eq = ops::equals(ip, &start, key)?;
                        if eq && add {
                            return Ok(Ok(slot));
                        }
                        let t = self.t.borrow();
                        if t.generation != generation || !t.keys[slot].is(&start) {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Ok(slot));
                        }
                        c.j += 1;
                    }
                }
            }
        }
    }

    fn has(&self, ip: &Interp, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.search(ip, key, hash, false)?.is_ok())
    }

    /// `set_add_entry`: inserts unless an equal key is there.
    fn add_entry(&self, ip: &Interp, key: Value, hash: i64) -> PyResult<()> {
        if let Err(c) = self.search(ip, &key, hash, true)? {
            self.t.borrow_mut().insert_at(c, key, hash);
        }
        Ok(())
    }

    /// Removes the key equal to `key`, giving it back.
    fn discard_entry(&self, ip: &Interp, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(match self.search(ip, key, hash, false)? {
            Ok(j) => Some(self.t.borrow_mut().remove_at(j)),
            Err(_) => None,
        })
    }

    /// `set_merge`: the entries of another set. Those whose presence needs no user `__eq__`
    /// go in under the borrows; from the first that does on, one by one with none held.
    fn merge(&self, ip: &Interp, other: &PySet) -> PyResult<()> {
        let rest = {
            let o = other.t.borrow();
            let mut t = self.t.borrow_mut();
            if t.merge_clean(&o) {
                return Ok(());
            }
            let mut rest = Vec::new();
            for i in 0..o.keys.len() {
                if !o.active(i) {
                    continue;
                }
                let (k, h) = (&o.keys[i], o.hashes[i]);
                if rest.is_empty() {
                    let mut c = t.start(h);
                    match t.probe(k, h, &mut c) {
                        Probe::Found(_) => continue,
                        Probe::Missing => {
                            t.insert_at(c, k.clone(), h);
                            continue;
                        }
                        Probe::Compare { .. } => {}
                    }
                }
                rest.push((k.clone(), h));
            }
            rest
        };
        for (k, h) in rest {
            self.add_entry(ip, k, h)?;
        }
        Ok(())
    }

    fn copy(&self) -> Rc<PySet> {
        let t = self.t.borrow();
        if t.used == 0 {
            return PySet::new();
        }
        // The size `merge_clean` would grow a new table to, made at once.
        let size = if t.used * 5 >= (MINSIZE - 1) * 3 {
            size_above(t.used * 2)
        } else {
            MINSIZE
        };
        let mut n = Table::with_size(size);
        n.merge_clean(&t);
        PySet::from_table(n)
    }

    /// Replaces the contents (the old ones are dropped after the borrow ends).
    fn replace(&self, new: Table) {
        let old = {
            let mut t = self.t.borrow_mut();
            let generation = t.generation + 1;
            let old = std::mem::replace(&mut *t, new);
            t.generation = generation;
            old
        };
        drop(old);
    }

    pub fn clear(&self) {
        self.replace(Table::new());
    }
}

/// CPython's frozenset hash: shuffled entry hashes xor-ed together, then dispersed.
pub fn frozenset_hash(s: &PySet) -> i64 {
    if s.hash.get() != -1 {
        return s.hash.get();
    }
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let t = s.t.borrow();
    let mut hash: u64 = 0;
    for (_, h) in t.entries() {
        hash ^= shuffle(h as u64);
    }
    hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    s.hash.set(hash as i64);
    hash as i64
}

/// `a == b` for two sets: the same size, and each item of `a` (read afresh at each step)
/// found in `b`.
pub fn same_items(ip: &Interp, a: &PySet, b: &PySet) -> PyResult<bool> {
    // No shortcut for `s == s`: CPython looks each item up, which may run an `__eq__`.
    if a.len() != b.len() {
        return Ok(false);
    }
    let (ha, hb) = (a.hash.get(), b.hash.get());
    if ha != -1 && hb != -1 && ha != hb {
        return Ok(false);
    }
    ops::nested_comparison(ip, || subset_of(ip, a, b))
}

/// Every item of `a`, read afresh at each step, is in `b`.
fn subset_of(ip: &Interp, a: &PySet, b: &PySet) -> PyResult<bool> {
    let mut pos = 0;
    while let Some((k, h)) = a.next_entry(&mut pos) {
        if !b.has(ip, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn as_set(v: &Value) -> Option<&Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// The hash of an item to store: unhashable values are CPython's TypeError.
fn item_hash(ip: &Interp, v: &Value) -> PyResult<i64> {
    numbers::hash(ip, v)
}

/// A key to look up: a set (or a set subclass's instance that cannot be hashed) is looked up
/// as the frozenset of its items, as CPython does.
fn lookup_key(ip: &Interp, v: &Value) -> PyResult<(Value, i64)> {
    let set = match v {
        Value::Set(s) => s,
        _ => match item_hash(ip, v) {
            Ok(h) => return Ok((v.clone(), h)),
            Err(e) => match crate::eval::classes::base_of(v) {
                Some(Value::Set(s)) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => s,
                _ => return Err(e),
            },
        },
    };
    let f = set.copy();
    f.frozen.set(true);
    let h = frozenset_hash(&f);
    Ok((Value::FrozenSet(f), h))
}

pub fn add(ip: &Interp, s: &PySet, v: Value) -> PyResult<()> {
    let h = item_hash(ip, &v)?;
    s.add_entry(ip, v, h)
}

pub fn contains(ip: &Interp, s: &PySet, v: &Value) -> PyResult<bool> {
    let (k, h) = lookup_key(ip, v)?;
    s.has(ip, &k, h)
}

/// `set_update_internal`: the items of any iterable, sets and dicts with one resize up front.
pub fn update(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) | Value::FrozenSet(o) => {
            if !Rc::ptr_eq(s, o) {
                s.merge(ip, o)?;
            }
            Ok(())
        }
        Value::Dict(d) => {
            let n = d.len();
            {
                let mut t = s.t.borrow_mut();
                if (t.fill + n) * 5 >= t.mask() * 3 {
                    let m = (t.used + n) * 2;
                    t.resize(m);
                }
            }
            let mut pos = 0;
            while let Some((h, k, _)) = d.next_entry(&mut pos) {
                s.add_entry(ip, k, h)?;
            }
            Ok(())
        }
        _ => {
            let mut it = ops::iter(ip, other)?;
            while let Some(x) = it.next_checked(ip)? {
                add(ip, s, x)?;
            }
            Ok(())
        }
    }
}

pub fn from_iterable(ip: &Interp, v: &Value) -> PyResult<Rc<PySet>> {
    let s = PySet::new();
    update(ip, &s, v)?;
    Ok(s)
}

/// A set display whose items are all constants: CPython compiles it to a frozenset constant
/// (rebuilt once by the compiler from its own iteration order) merged into an empty set.
pub fn from_constants(ip: &Interp, items: Vec<Value>) -> PyResult<Value> {
    let first = from_iterable(ip, &Value::list(items))?;
    let second = from_iterable(ip, &Value::list(first.items()))?;
    let s = PySet::new();
    s.merge(ip, &second)?;
    Ok(Value::Set(s))
}

fn wrap(frozen: bool, s: Rc<PySet>) -> Value {
    if frozen {
        s.frozen.set(true);
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    }
}

/// The items of `src` that are in `other` (with `present`) or not in it, as a new set, in
/// `src`'s order: `set_intersection` and `set_difference` over two sets. Items are moved under
/// the borrows while no user `__eq__` is needed (the result is new: nothing else can reach
/// it); an item that needs one is looked up with none held.
fn filtered(ip: &Interp, src: &Rc<PySet>, other: &PySet, present: bool) -> PyResult<Rc<PySet>> {
    let result = PySet::new();
    let mut pos = 0;
    loop {
        let slow = {
            let (st, ot) = (src.t.borrow(), other.t.borrow());
            let mut r = result.t.borrow_mut();
            let mut slow = None;
            while pos < st.keys.len() {
                let i = pos;
                pos += 1;
                if !st.active(i) {
                    continue;
                }
                let (k, h) = (&st.keys[i], st.hashes[i]);
                match ot.has_quick(k, h) {
                    Some(found) if found == present => r.insert_distinct(k.clone(), h),
                    Some(_) => {}
                    None => {
                        slow = Some((k.clone(), h));
                        break;
                    }
                }
            }
            slow
        };
        let Some((k, h)) = slow else {
            return Ok(result);
        };
        if other.has(ip, &k, h)? == present {
            result.add_entry(ip, k, h)?;
        }
    }
}

/// `set_intersection`: iterates the smaller set, keeping its items.
pub(crate) fn intersection(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(s, o) {
            return Ok(s.copy());
        }
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        return filtered(ip, small, big, true);
    }
    let result = PySet::new();
    let mut it = ops::iter(ip, other)?;
    while let Some(x) = it.next_checked(ip)? {
        let h = item_hash(ip, &x)?;
        if s.has(ip, &x, h)? {
            result.add_entry(ip, x, h)?;
        }
    }
    Ok(result)
}

/// `set_difference_update_internal`.
pub(crate) fn difference_update(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(s, o) {
            s.clear();
            return Ok(());
        }
        let o = if (o.len() >> 3) > s.len() {
            intersection(ip, s, other)?
        } else {
            o.clone()
        };
        let mut pos = 0;
        while let Some((k, h)) = o.next_entry(&mut pos) {
            let removed = s.discard_entry(ip, &k, h)?;
            drop(removed);
        }
    } else {
        let mut it = ops::iter(ip, other)?;
        while let Some(x) = it.next_checked(ip)? {
            let (k, h) = lookup_key(ip, &x)?;
            let removed = s.discard_entry(ip, &k, h)?;
            drop(removed);
        }
    }
    let mut t = s.t.borrow_mut();
    if t.fill - t.used > t.mask() / 4 {
        let n = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(n);
    }
    Ok(())
}

/// `set_difference`.
fn difference(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_size = match other {
        Value::Set(o) | Value::FrozenSet(o) => Some(o.len()),
        Value::Dict(d) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (s.len() >> 2) <= n => {}
        _ => {
            let result = s.copy();
            difference_update(ip, &result, other)?;
            return Ok(result);
        }
    }
    if let Some(o) = as_set(other) {
        return filtered(ip, s, o, false);
    }
    let result = PySet::new();
    let mut pos = 0;
    while let Some((k, h)) = s.next_entry(&mut pos) {
        let present = match other {
            Value::Dict(d) => crate::runtime::dict::get_hashed(ip, d, &k, h)?.is_some(),
            _ => match as_set(other) {
                Some(o) => o.has(ip, &k, h)?,
                None => false,
            },
        };
        if !present {
            result.add_entry(ip, k, h)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
pub(crate) fn symmetric_difference_update(
    ip: &Interp,
    s: &Rc<PySet>,
    other: &Value,
) -> PyResult<()> {
    let entries = match other {
        Value::Set(o) | Value::FrozenSet(o) => {
            if Rc::ptr_eq(s, o) {
                s.clear();
                return Ok(());
            }
            o.entries()
        }
        Value::Dict(d) => {
            let mut out = Vec::with_capacity(d.len());
            let mut pos = 0;
            while let Some((h, k, _)) = d.next_entry(&mut pos) {
                out.push((k, h));
            }
            out
        }
        _ => from_iterable(ip, other)?.entries(),
    };
    for (k, h) in entries {
        let removed = s.discard_entry(ip, &k, h)?;
        if removed.is_none() {
            s.add_entry(ip, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = from_iterable(ip, other)?;
    symmetric_difference_update(ip, &result, &Value::Set(s.clone()))?;
    Ok(result)
}

fn issubset(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    match as_set(other) {
        None => Ok(intersection(ip, s, other)?.len() == s.len()),
        Some(o) => {
            if s.len() > o.len() {
                return Ok(false);
            }
            subset_of(ip, s, o)
        }
    }
}

fn issuperset(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        return issubset(ip, o, &Value::Set(s.clone()));
    }
    let mut it = ops::iter(ip, other)?;
    while let Some(x) = it.next_checked(ip)? {
        if !contains(ip, s, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        let mut pos = 0;
        while let Some((k, h)) = small.next_entry(&mut pos) {
            if big.has(ip, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let mut it = ops::iter(ip, other)?;
    while let Some(x) = it.next_checked(ip)? {
        if contains(ip, s, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets (None when an operand is not a set); the
/// result has the type of the left operand.
pub fn binary(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(s), Some(_)) = (as_set(a), as_set(b)) else {
        return Ok(None);
    };
    let frozen = matches!(a, Value::FrozenSet(_));
    let r = match op {
        BinOp::BitOr => {
            let r = s.copy();
            if !as_set(b).is_some_and(|o| Rc::ptr_eq(o, s)) {
                update(ip, &r, b)?;
            }
            r
        }
        BinOp::BitAnd => intersection(ip, s, b)?,
        BinOp::Sub => difference(ip, s, b)?,
        BinOp::BitXor => symmetric_difference(ip, s, b)?,
        _ => return Ok(None),
    };
    Ok(Some(wrap(frozen, r)))
}

/// `a |= b` and the others on a set: in place.
pub fn inplace(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Value::Set(s), Some(_)) = (a, as_set(b)) else {
        return Ok(None);
    };
    match op {
        BinOp::BitOr => update(ip, s, b)?,
        BinOp::BitAnd => {
            let r = intersection(ip, s, b)?;
            let t = r.t.borrow().clone();
            s.replace(t);
        }
        BinOp::Sub => difference_update(ip, s, b)?,
        BinOp::BitXor => symmetric_difference_update(ip, s, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// `<`, `<=`, `>`, `>=` between sets: subset and superset (None when one is not a set).
pub fn compare(ip: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else {
        return Ok(None);
    };
    Ok(Some(match op {
        CmpOp::Lt => x.len() < y.len() && issubset(ip, x, b)?,
        CmpOp::LtE => issubset(ip, x, b)?,
        CmpOp::Gt => x.len() > y.len() && issuperset(ip, x, b)?,
        CmpOp::GtE => issuperset(ip, x, b)?,
        _ => return Ok(None),
    }))
}

/// `set(iterable)` and `frozenset(iterable)`.
pub fn construct(ip: &Interp, frozen: bool, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    check_args(ip, name, args, kw, 0, 1)?;
    match args.first() {
        None => Ok(wrap(frozen, PySet::new())),
        Some(v @ Value::FrozenSet(_)) if frozen => Ok(v.clone()),
        Some(v) => Ok(wrap(frozen, from_iterable(ip, v)?)),
    }
}

// ---- methods ----

/// The receiver of a method of `set` (or, with `FROZEN`, of `frozenset`): one of those, or an
/// instance of a subclass of it, whose builtin value the method works on.
pub struct SetArg<'a, const FROZEN: bool> {
    s: &'a Rc<PySet>,
    /// The receiver as given.
    v: &'a Value,
}

impl<'a, const FROZEN: bool> FromArg<'a> for SetArg<'a, FROZEN> {
    #[inline]
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        let own = |x: &'a Value| match x {
            Value::Set(s) if !FROZEN => Some(s),
            Value::FrozenSet(s) if FROZEN => Some(s),
            _ => None,
        };
        let s = match v {
            Value::Instance(i) => i.base.as_ref().and_then(own),
            _ => own(v),
        };
        match s {
            Some(s) => Ok(SetArg { s, v }),
            None => Err(at.wrong_type(ip, if FROZEN { "frozenset" } else { "set" }, v)),
        }
    }
}

impl<const FROZEN: bool> std::ops::Deref for SetArg<'_, FROZEN> {
    type Target = Rc<PySet>;
    fn deref(&self) -> &Rc<PySet> {
        self.s
    }
}

impl<const FROZEN: bool> SetArg<'_, FROZEN> {
    /// A result of the receiver's builtin type (a subclass's methods give a plain set too).
    fn out(&self, r: Rc<PySet>) -> Value {
        wrap(FROZEN, r)
    }

    /// The receiver itself when it is an exact frozenset (which `copy()` and the operations
    /// with nothing to combine give back, as CPython does), else a copy.
    fn same_or_copy(&self) -> Value {
        match self.v {
            Value::FrozenSet(_) => self.v.clone(),
            _ => self.out(self.s.copy()),
        }
    }

    /// `union(*others)`.
    fn union(&self, ip: &Interp, others: &[Value]) -> PyResult<Value> {
        let r = self.s.copy();
        for o in others {
            if as_set(o).is_some_and(|o| Rc::ptr_eq(o, self.s)) {
                continue;
            }
            update(ip, &r, o)?;
        }
        Ok(self.out(r))
    }

    /// `intersection(*others)` as a new set.
    fn intersection_of(&self, ip: &Interp, others: &[Value]) -> PyResult<Rc<PySet>> {
        let Some((first, rest)) = others.split_first() else {
            return Ok(self.s.copy());
        };
        let mut r = intersection(ip, self.s, first)?;
        for o in rest {
            r = intersection(ip, &r, o)?;
        }
        Ok(r)
    }

    fn intersection(&self, ip: &Interp, others: &[Value]) -> PyResult<Value> {
        if others.is_empty() {
            return Ok(self.same_or_copy());
        }
        Ok(self.out(self.intersection_of(ip, others)?))
    }

    fn difference(&self, ip: &Interp, others: &[Value]) -> PyResult<Value> {
        let Some((first, rest)) = others.split_first() else {
            return Ok(self.same_or_copy());
        };
        let r = difference(ip, self.s, first)?;
        for o in rest {
            difference_update(ip, &r, o)?;
        }
        Ok(self.out(r))
    }
}

/// Declares each method for `set` and for `frozenset`, from one body over `this`, a `SetArg`.
macro_rules! on_both {
    ($(
        [$($attr:tt)*]
        fn $name:ident($ip:ident, $this:ident $($params:tt)*) -> $r:ty $body:block
    )*) => {
        mod on_set {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[method(set, $($attr)*)]
                fn $name($ip: &Interp, $this: SetArg<'_, false> $($params)*) -> PyResult<$r> $body
            )*
        }
        mod on_frozenset {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[method(frozenset, $($attr)*)]
                fn $name($ip: &Interp, $this: SetArg<'_, true> $($params)*) -> PyResult<$r> $body
            )*
        }
    };
}

on_both! {
    ["copy($self, /)"]
    fn copy(_ip, this) -> Value {
        Ok(this.same_or_copy())
    }

    ["union($self, *others)", style = tuple]
    fn union(ip, this, others: &[Value]) -> Value {
        this.union(ip, others)
    }

    ["intersection($self, *others)", style = tuple]
    fn intersection_m(ip, this, others: &[Value]) -> Value {
        this.intersection(ip, others)
    }

    ["difference($self, *others)", style = tuple]
    fn difference_m(ip, this, others: &[Value]) -> Value {
        this.difference(ip, others)
    }

    ["symmetric_difference($self, other, /)"]
    fn symmetric_difference_m(ip, this, other: &Value) -> Value {
        Ok(this.out(symmetric_difference(ip, &this, other)?))
    }

    ["issubset($self, other, /)"]
    fn issubset_m(ip, this, other: &Value) -> bool {
        issubset(ip, &this, other)
    }

    ["issuperset($self, other, /)"]
    fn issuperset_m(ip, this, other: &Value) -> bool {
        issuperset(ip, &this, other)
    }

    ["isdisjoint($self, other, /)"]
    fn isdisjoint_m(ip, this, other: &Value) -> bool {
        isdisjoint(ip, &this, other)
    }
}

/// `set.add(object, /)`.
#[method(set, "add($self, object, /)")]
fn add_m(ip: &Interp, this: SetArg<'_, false>, object: &Value) -> PyResult<()> {
    add(ip, &this, object.clone())
}

/// `set.remove(object, /)`: KeyError when it is not there.
#[method(set, "remove($self, object, /)")]
fn remove_m(ip: &Interp, this: SetArg<'_, false>, object: &Value) -> PyResult<()> {
    let (k, h) = lookup_key(ip, object)?;
    match this.discard_entry(ip, &k, h)? {
        Some(_) => Ok(()),
        None => Err(crate::runtime::dict::key_error(ip, object)),
    }
}

/// `set.discard(object, /)`.
#[method(set, "discard($self, object, /)")]
fn discard_m(ip: &Interp, this: SetArg<'_, false>, object: &Value) -> PyResult<()> {
    let (k, h) = lookup_key(ip, object)?;
    let removed = this.discard_entry(ip, &k, h)?;
    drop(removed);
    Ok(())
}

/// `set.pop()`: the item at the finger, which moves past it.
#[method(set, "pop($self, /)")]
fn pop_m(ip: &Interp, this: SetArg<'_, false>) -> PyResult<Value> {
    let mut t = this.t.borrow_mut();
    if t.used == 0 {
        return Err(ip.err(ExcKind::KeyError, "pop from an empty set"));
    }
    let mask = t.mask();
    let mut i = this.finger.get() & mask;
    while !t.active(i) {
        i = if i + 1 > mask { 0 } else { i + 1 };
    }
    this.finger.set(i + 1);
    Ok(t.remove_at(i))
}

#[method(set, "clear($self, /)")]
fn clear_m(_ip: &Interp, this: SetArg<'_, false>) -> PyResult<()> {
    this.clear();
    Ok(())
}

#[method(set, "update($self, *others)", style = tuple)]
fn update_m(ip: &Interp, this: SetArg<'_, false>, others: &[Value]) -> PyResult<()> {
    for o in others {
        update(ip, &this, o)?;
    }
    Ok(())
}

#[method(set, "intersection_update($self, *others)", style = tuple)]
fn intersection_update_m(ip: &Interp, this: SetArg<'_, false>, others: &[Value]) -> PyResult<()> {
    let r = this.intersection_of(ip, others)?;
    let t = r.t.borrow().clone();
    this.replace(t);
    Ok(())
}

#[method(set, "difference_update($self, *others)", style = tuple)]
fn difference_update_m(ip: &Interp, this: SetArg<'_, false>, others: &[Value]) -> PyResult<()> {
    for o in others {
        difference_update(ip, &this, o)?;
    }
    Ok(())
}

#[method(set, "symmetric_difference_update($self, other, /)")]
fn symmetric_difference_update_m(
    ip: &Interp,
    this: SetArg<'_, false>,
    other: &Value,
) -> PyResult<()> {
    symmetric_difference_update(ip, &this, other)
}
