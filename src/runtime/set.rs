//! `set` and `frozenset`: CPython's open-addressing table (Objects/setobject.c) with CPython's
//! hash values, so that iteration order — the order of the slots — is the one python3 shows.
//!
//! An item's `__eq__` is user code that may change the set being searched: it runs with no
//! borrow held, and a probe whose table changed under it starts again, as CPython's does.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::dict::quick_eq;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::{BuiltinFn, Kwargs};
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash of a deleted slot (its key is `Undef`); an empty slot has `Undef` and hash 0.
const DUMMY: i64 = -1;

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
        Table {
            keys: vec![Value::Undef; n],
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
            let last = if c.i + LINEAR_PROBES <= mask {
                c.i + LINEAR_PROBES
            } else {
                c.i
            };
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
            c.perturb >>= PERTURB_SHIFT;
            c.i =
                (c.i.wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(c.perturb as usize))
                    & mask;
            c.j = c.i;
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
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
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

    /// `set_merge`: the entries of another set.
    fn merge(&self, ip: &Interp, other: &PySet) -> PyResult<()> {
        let entries = {
            let o = other.t.borrow();
            let mut t = self.t.borrow_mut();
            if t.merge_clean(&o) {
                return Ok(());
            }
            o.entries()
        };
        for (k, h) in entries {
            self.add_entry(ip, k, h)?;
        }
        Ok(())
    }

    fn copy(&self) -> Rc<PySet> {
        let mut t = Table::new();
        t.merge_clean(&self.t.borrow());
        PySet::from_table(t)
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

/// `set_intersection`: iterates the smaller set, keeping its items.
pub(crate) fn intersection(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(s, o) {
            return Ok(s.copy());
        }
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        let result = PySet::new();
        let mut pos = 0;
        while let Some((k, h)) = small.next_entry(&mut pos) {
            if big.has(ip, &k, h)? {
                result.add_entry(ip, k, h)?;
            }
        }
        return Ok(result);
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

fn recv<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PySet>> {
    match args.first().and_then(as_set) {
        Some(s) => Ok(s),
        None => Err(crate::runtime::bind::descriptor_mismatch(
            ip,
            name,
            "set",
            args.first().unwrap_or(&Value::None),
        )),
    }
}

fn recv_mut<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PySet>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        other => Err(crate::runtime::bind::descriptor_mismatch(
            ip,
            name,
            "set",
            other.unwrap_or(&Value::None),
        )),
    }
}

fn is_frozen(args: &[Value]) -> bool {
    matches!(args.first(), Some(Value::FrozenSet(_)))
}

fn set_add(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.add", &args[1..], kw, 1, 1)?;
    add(ip, recv_mut(ip, args, "add")?, args[1].clone())?;
    Ok(Value::None)
}

fn set_remove(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.remove", &args[1..], kw, 1, 1)?;
    let s = recv_mut(ip, args, "remove")?;
    let (k, h) = lookup_key(ip, &args[1])?;
    let removed = s.discard_entry(ip, &k, h)?;
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(crate::runtime::dict::key_error(ip, &args[1])),
    }
}

fn set_discard(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.discard", &args[1..], kw, 1, 1)?;
    let s = recv_mut(ip, args, "discard")?;
    let (k, h) = lookup_key(ip, &args[1])?;
    let removed = s.discard_entry(ip, &k, h)?;
    drop(removed);
    Ok(Value::None)
}

fn set_pop(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.pop", &args[1..], kw, 0, 0)?;
    let s = recv_mut(ip, args, "pop")?;
    let mut t = s.t.borrow_mut();
    if t.used == 0 {
        return Err(ip.err(ExcKind::KeyError, "pop from an empty set"));
    }
    let mask = t.mask();
    let mut i = s.finger.get() & mask;
    while !t.active(i) {
        i = if i + 1 > mask { 0 } else { i + 1 };
    }
    s.finger.set(i + 1);
    Ok(t.remove_at(i))
}

fn set_clear(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.clear", &args[1..], kw, 0, 0)?;
    recv_mut(ip, args, "clear")?.clear();
    Ok(Value::None)
}

fn set_copy(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.copy", &args[1..], kw, 0, 0)?;
    if is_frozen(args) {
        return Ok(args[0].clone());
    }
    Ok(Value::Set(recv(ip, args, "copy")?.copy()))
}

fn set_update(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.update", &args[1..], kw, 0, usize::MAX)?;
    let s = recv_mut(ip, args, "update")?;
    for o in &args[1..] {
        update(ip, s, o)?;
    }
    Ok(Value::None)
}

fn set_union(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.union", &args[1..], kw, 0, usize::MAX)?;
    let s = recv(ip, args, "union")?;
    let r = s.copy();
    for o in &args[1..] {
        if as_set(o).is_some_and(|o| Rc::ptr_eq(o, s)) {
            continue;
        }
        update(ip, &r, o)?;
    }
    Ok(wrap(is_frozen(args), r))
}

fn intersection_multi(ip: &Interp, args: &[Value]) -> PyResult<Rc<PySet>> {
    let s = recv(ip, args, "intersection")?;
    let mut r = s.clone();
    if args.len() == 1 {
        return Ok(s.copy());
    }
    for o in &args[1..] {
        r = intersection(ip, &r, o)?;
    }
    Ok(r)
}

fn set_intersection(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.intersection", &args[1..], kw, 0, usize::MAX)?;
    if is_frozen(args) && args.len() == 1 {
        return Ok(args[0].clone());
    }
    Ok(wrap(is_frozen(args), intersection_multi(ip, args)?))
}

fn set_intersection_update(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.intersection_update", &args[1..], kw, 0, usize::MAX)?;
    let s = recv_mut(ip, args, "intersection_update")?;
    let r = intersection_multi(ip, args)?;
    let t = r.t.borrow().clone();
    s.replace(t);
    Ok(Value::None)
}

fn set_difference(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.difference", &args[1..], kw, 0, usize::MAX)?;
    let s = recv(ip, args, "difference")?;
    if args.len() == 1 {
        if is_frozen(args) {
            return Ok(args[0].clone());
        }
        return Ok(Value::Set(s.copy()));
    }
    let r = difference(ip, s, &args[1])?;
    for o in &args[2..] {
        difference_update(ip, &r, o)?;
    }
    Ok(wrap(is_frozen(args), r))
}

fn set_difference_update(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.difference_update", &args[1..], kw, 0, usize::MAX)?;
    let s = recv_mut(ip, args, "difference_update")?;
    for o in &args[1..] {
        difference_update(ip, s, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.symmetric_difference", &args[1..], kw, 1, 1)?;
    let s = recv(ip, args, "symmetric_difference")?;
    Ok(wrap(
        is_frozen(args),
        symmetric_difference(ip, s, &args[1])?,
    ))
}

fn set_symmetric_difference_update(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.symmetric_difference_update", &args[1..], kw, 1, 1)?;
    let s = recv_mut(ip, args, "symmetric_difference_update")?;
    symmetric_difference_update(ip, s, &args[1])?;
    Ok(Value::None)
}

fn set_issubset(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.issubset", &args[1..], kw, 1, 1)?;
    Ok(Value::bool(issubset(
        ip,
        recv(ip, args, "issubset")?,
        &args[1],
    )?))
}

fn set_issuperset(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.issuperset", &args[1..], kw, 1, 1)?;
    Ok(Value::bool(issuperset(
        ip,
        recv(ip, args, "issuperset")?,
        &args[1],
    )?))
}

fn set_isdisjoint(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.isdisjoint", &args[1..], kw, 1, 1)?;
    Ok(Value::bool(isdisjoint(
        ip,
        recv(ip, args, "isdisjoint")?,
        &args[1],
    )?))
}

macro_rules! methods {
    ($($id:ident = $owner:literal . $name:literal => $f:expr),* $(,)?) => {
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: Some($owner), call: $f, sig: None };)*
    };
}

methods! {
    ADD = "set"."add" => set_add,
    REMOVE = "set"."remove" => set_remove,
    DISCARD = "set"."discard" => set_discard,
    POP = "set"."pop" => set_pop,
    CLEAR = "set"."clear" => set_clear,
    COPY = "set"."copy" => set_copy,
    UPDATE = "set"."update" => set_update,
    UNION = "set"."union" => set_union,
    INTERSECTION = "set"."intersection" => set_intersection,
    INTERSECTION_UPDATE = "set"."intersection_update" => set_intersection_update,
    DIFFERENCE = "set"."difference" => set_difference,
    DIFFERENCE_UPDATE = "set"."difference_update" => set_difference_update,
    SYMMETRIC_DIFFERENCE = "set"."symmetric_difference" => set_symmetric_difference,
    SYMMETRIC_DIFFERENCE_UPDATE = "set"."symmetric_difference_update" => set_symmetric_difference_update,
    ISSUBSET = "set"."issubset" => set_issubset,
    ISSUPERSET = "set"."issuperset" => set_issuperset,
    ISDISJOINT = "set"."isdisjoint" => set_isdisjoint,
    F_COPY = "frozenset"."copy" => set_copy,
    F_UNION = "frozenset"."union" => set_union,
    F_INTERSECTION = "frozenset"."intersection" => set_intersection,
    F_DIFFERENCE = "frozenset"."difference" => set_difference,
    F_SYMMETRIC_DIFFERENCE = "frozenset"."symmetric_difference" => set_symmetric_difference,
    F_ISSUBSET = "frozenset"."issubset" => set_issubset,
    F_ISSUPERSET = "frozenset"."issuperset" => set_issuperset,
    F_ISDISJOINT = "frozenset"."isdisjoint" => set_isdisjoint,
}

/// Puts the methods of `set` and `frozenset` into their classes.
pub fn install(ip: &Interp) {
    let t = &ip.types;
    for f in [
        &ADD,
        &REMOVE,
        &DISCARD,
        &POP,
        &CLEAR,
        &COPY,
        &UPDATE,
        &UNION,
        &INTERSECTION,
        &INTERSECTION_UPDATE,
        &DIFFERENCE,
        &DIFFERENCE_UPDATE,
        &SYMMETRIC_DIFFERENCE,
        &SYMMETRIC_DIFFERENCE_UPDATE,
        &ISSUBSET,
        &ISSUPERSET,
        &ISDISJOINT,
    ] {
        t.set
            .dict
            .borrow_mut()
            .insert(intern(f.name), Value::Builtin(f));
    }
    for f in [
        &F_COPY,
        &F_UNION,
        &F_INTERSECTION,
        &F_DIFFERENCE,
        &F_SYMMETRIC_DIFFERENCE,
        &F_ISSUBSET,
        &F_ISSUPERSET,
        &F_ISDISJOINT,
    ] {
        t.frozenset
            .dict
            .borrow_mut()
            .insert(intern(f.name), Value::Builtin(f));
    }
}
