//! `set` and `frozenset`: CPython's open-addressing table (Objects/setobject.c) with CPython's
//! hash values, so that iteration order — the order of the slots — is the one python3 shows.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::dict::key_eq;
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

    /// The slot holding a key equal to `key`, if any.
    fn lookup(&self, key: &Value, hash: i64) -> Option<usize> {
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
                if self.is_empty_slot(j) {
                    return None;
                }
                if self.hashes[j] == hash && self.active(j) && key_eq(&self.keys[j], key) {
                    return Some(j);
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

    /// `set_add_entry`: inserts unless present; grows when the table is 60% filled.
    fn add_entry(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let unused = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.is_empty_slot(j) {
                    break 'probe j;
                }
                if self.hashes[j] == hash && self.active(j) {
                    if key_eq(&self.keys[j], &key) {
                        return;
                    }
                } else if self.hashes[j] == DUMMY && !self.active(j) {
                    // CPython keeps the last dummy seen, not the first.
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        if let Some(f) = freeslot {
            self.used += 1;
            self.keys[f] = key;
            self.hashes[f] = hash;
            return;
        }
        self.fill += 1;
        self.used += 1;
        self.keys[unused] = key;
        self.hashes[unused] = hash;
        if self.fill * 5 >= mask * 3 {
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
        let old = std::mem::replace(self, Table::with_size(newsize));
        self.fill = old.used;
        self.used = old.used;
        for (k, h) in old.keys.into_iter().zip(old.hashes) {
            if !matches!(k, Value::Undef) {
                self.insert_clean(k, h);
            }
        }
    }

    /// Removes the key in slot `j`, leaving a dummy.
    fn remove_at(&mut self, j: usize) -> Value {
        self.hashes[j] = DUMMY;
        self.used -= 1;
        std::mem::replace(&mut self.keys[j], Value::Undef)
    }

    fn discard(&mut self, key: &Value, hash: i64) -> Option<Value> {
        let j = self.lookup(key, hash)?;
        Some(self.remove_at(j))
    }

    /// `set_merge`: the entries of another set.
    fn merge(&mut self, other: &Table) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.keys.clone_from(&other.keys);
            self.hashes.clone_from(&other.hashes);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (k, h) in other.entries() {
                self.insert_clean(k, h);
            }
            return;
        }
        for (k, h) in other.entries() {
            self.add_entry(k, h);
        }
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
    pub t: RefCell<Table>,
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

    fn entries(&self) -> Vec<(Value, i64)> {
        self.t.borrow().entries()
    }

    /// The next item at or after slot `*pos`, for iteration.
    pub fn next_at(&self, pos: &mut usize) -> Option<Value> {
        let t = self.t.borrow();
        while *pos < t.keys.len() {
            let i = *pos;
            *pos += 1;
            if t.active(i) {
                return Some(t.keys[i].clone());
            }
        }
        None
    }

    fn has(&self, key: &Value, hash: i64) -> bool {
        self.t.borrow().lookup(key, hash).is_some()
    }

    fn add_entry(&self, key: Value, hash: i64) {
        self.t.borrow_mut().add_entry(key, hash);
    }

    fn copy(&self) -> Rc<PySet> {
        let s = PySet::new();
        s.t.borrow_mut().merge(&self.t.borrow());
        s
    }

    fn clear(&self) {
        let old = std::mem::replace(&mut *self.t.borrow_mut(), Table::new());
        drop(old);
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

/// Whether two sets hold equal items.
pub fn same_items(a: &PySet, b: &PySet) -> bool {
    if std::ptr::eq(a, b) {
        return true;
    }
    let (ta, tb) = (a.t.borrow(), b.t.borrow());
    ta.used == tb.used && ta.entries().iter().all(|(k, h)| tb.lookup(k, *h).is_some())
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

/// A key to look up: a set is looked up as the frozenset of its items, as CPython does.
fn lookup_key(ip: &Interp, v: &Value) -> PyResult<(Value, i64)> {
    match v {
        Value::Set(s) => {
            let f = s.copy();
            f.frozen.set(true);
            let h = frozenset_hash(&f);
            Ok((Value::FrozenSet(f), h))
        }
        _ => Ok((v.clone(), item_hash(ip, v)?)),
    }
}

pub fn add(ip: &Interp, s: &PySet, v: Value) -> PyResult<()> {
    let h = item_hash(ip, &v)?;
    s.add_entry(v, h);
    Ok(())
}

pub fn contains(ip: &Interp, s: &PySet, v: &Value) -> PyResult<bool> {
    let (k, h) = lookup_key(ip, v)?;
    Ok(s.has(&k, h))
}

/// `set_update_internal`: the items of any iterable, sets and dicts with one resize up front.
pub fn update(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) | Value::FrozenSet(o) => {
            if !Rc::ptr_eq(s, o) {
                let ot = o.t.borrow().clone();
                s.t.borrow_mut().merge(&ot);
            }
            Ok(())
        }
        Value::Dict(d) => {
            let keys: Vec<Value> = d.map.borrow().keys().map(|k| k.0.clone()).collect();
            let mut hashed = Vec::with_capacity(keys.len());
            for k in keys {
                let h = item_hash(ip, &k)?;
                hashed.push((k, h));
            }
            let mut t = s.t.borrow_mut();
            let n = hashed.len();
            if (t.fill + n) * 5 >= t.mask() * 3 {
                let m = (t.used + n) * 2;
                t.resize(m);
            }
            for (k, h) in hashed {
                t.add_entry(k, h);
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
    s.t.borrow_mut().merge(&second.t.borrow());
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
fn intersection(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(s, o) {
            return Ok(s.copy());
        }
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        let result = PySet::new();
        for (k, h) in small.entries() {
            if big.has(&k, h) {
                result.add_entry(k, h);
            }
        }
        return Ok(result);
    }
    let result = PySet::new();
    let mut it = ops::iter(ip, other)?;
    while let Some(x) = it.next_checked(ip)? {
        let h = item_hash(ip, &x)?;
        if s.has(&x, h) {
            result.add_entry(x, h);
        }
    }
    Ok(result)
}

/// `set_difference_update_internal`.
fn difference_update(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
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
        for (k, h) in o.entries() {
            s.t.borrow_mut().discard(&k, h);
        }
    } else {
        let mut it = ops::iter(ip, other)?;
        while let Some(x) = it.next_checked(ip)? {
            let (k, h) = lookup_key(ip, &x)?;
            let removed = s.t.borrow_mut().discard(&k, h);
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
        Value::Dict(d) => Some(d.map.borrow().len()),
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
    for (k, h) in s.entries() {
        let present = match other {
            Value::Dict(d) => d
                .map
                .borrow()
                .contains_key(&crate::runtime::dict::Key(k.clone())),
            _ => as_set(other).is_some_and(|o| o.has(&k, h)),
        };
        if !present {
            result.add_entry(k, h);
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(ip: &Interp, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    let entries = match other {
        Value::Set(o) | Value::FrozenSet(o) => {
            if Rc::ptr_eq(s, o) {
                s.clear();
                return Ok(());
            }
            o.entries()
        }
        Value::Dict(d) => {
            let keys: Vec<Value> = d.map.borrow().keys().map(|k| k.0.clone()).collect();
            let mut out = Vec::with_capacity(keys.len());
            for k in keys {
                let h = item_hash(ip, &k)?;
                out.push((k, h));
            }
            out
        }
        _ => from_iterable(ip, other)?.entries(),
    };
    for (k, h) in entries {
        let removed = s.t.borrow_mut().discard(&k, h);
        if removed.is_none() {
            s.add_entry(k, h);
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
            Ok(s.entries().iter().all(|(k, h)| o.has(k, *h)))
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
        return Ok(!small.entries().iter().any(|(k, h)| big.has(k, *h)));
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
            let old = std::mem::replace(&mut *s.t.borrow_mut(), t);
            drop(old);
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
        None => ip.type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply",
            name
        )),
    }
}

fn recv_mut<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PySet>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => ip.type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply",
            name
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
    let removed = s.t.borrow_mut().discard(&k, h);
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(crate::runtime::dict::key_error(ip, &args[1])),
    }
}

fn set_discard(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "set.discard", &args[1..], kw, 1, 1)?;
    let s = recv_mut(ip, args, "discard")?;
    let (k, h) = lookup_key(ip, &args[1])?;
    let removed = s.t.borrow_mut().discard(&k, h);
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
    let old = std::mem::replace(&mut *s.t.borrow_mut(), t);
    drop(old);
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
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: Some($owner), call: $f };)*
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
