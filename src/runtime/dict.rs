//! `dict`: insertion-ordered (indexmap), keyed by values with Python's equality, so that `1`,
//! `1.0` and `True` are one key.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use indexmap::map::RawEntryApiV1;
use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

use crate::eval::{ops, Interp};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::{PyStr, Value};

/// A dict key: a hashable value.
#[derive(Clone)]
pub struct Key(pub Value);

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_value(&self.0, state)
    }
}

#[inline]
fn hash_value<H: Hasher>(v: &Value, state: &mut H) {
    match v {
        Value::Str(s) => state.write_u64(s.hash_value()),
        Value::Int(i) => i.hash(state),
        _ => hash_other(v, state),
    }
}

fn hash_other<H: Hasher>(v: &Value, state: &mut H) {
    match v {
        Value::Int(i) => i.hash(state),
        Value::Bool(b) => (*b as i64).hash(state),
        Value::Float(f) => {
            if f.get().fract() == 0.0 && f.get().abs() < 9.2e18 {
                (f.get() as i64).hash(state)
            } else {
                f.get().to_bits().hash(state)
            }
        }
        Value::BigInt(b) => b.hash(state),
        Value::Str(s) => state.write_u64(s.hash_value()),
        Value::Bytes(b) => b.b.hash(state),
        Value::None => 0x_5eed_u64.hash(state),
        Value::Tuple(t) => {
            t.items.len().hash(state);
            for x in t.items.iter() {
                hash_value(x, state);
            }
        }
        Value::FrozenSet(s) => crate::runtime::set::frozenset_hash(s).hash(state),
        Value::Instance(_) | Value::Exception(_) => match crate::eval::classes::hash_base(v) {
            Some(b) => hash_value(b, state),
            None => user_hash(v).hash(state),
        },
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::WeakRef(_)) => {
            weak_key_hash(v).hash(state)
        }
        other => other.ptr().unwrap_or(0).hash(state),
    }
}

/// A weak reference as a key hashes as its referent (`WeakKeyDictionary` keys).
fn weak_key_hash(v: &Value) -> i64 {
    match crate::eval::current() {
        Some(ip) => crate::runtime::numbers::hash(&ip, v).unwrap_or(0),
        None => v.ptr().unwrap_or(0) as i64,
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        key_eq(&self.0, &other.0)
    }
}
impl Eq for Key {}

/// Equality of hashable values, as dict keys and set items compare.
#[inline]
pub fn key_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => str_eq(x, y),
        (Value::Int(x), Value::Int(y)) => x == y,
        _ => key_eq_other(a, b),
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

fn key_eq_other(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => str_eq(x, y),
        (Int(x), Int(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| key_eq(p, q))
        }
        (Int(_) | Bool(_) | Float(_) | BigInt(_), Int(_) | Bool(_) | Float(_) | BigInt(_)) => {
            numeric_eq(a, b)
        }
        (Bytes(x), Bytes(y)) => x.b == y.b,
        (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => crate::runtime::set::same_items(x, y),
        (Instance(_) | Exception(_), _) | (_, Instance(_) | Exception(_)) => {
            a.is(b) || user_eq(a, b)
        }
        (Native(x), Native(_)) if matches!(x.kind, crate::stdlib::Native::WeakRef(_)) => {
            a.is(b) || user_eq(a, b)
        }
        _ => a.is(b),
    }
}

/// The hash of a user object as a key: its `__hash__` (checked when the key was made, in
/// `key`), through the interpreter running on this thread.
fn user_hash(v: &Value) -> i64 {
    match crate::eval::current() {
        Some(ip) => match crate::eval::classes::user_hash(&ip, v) {
            Some(Ok(h)) => h,
            _ => 0,
        },
        None => v.ptr().unwrap_or(0) as i64,
    }
}

/// Key equality through a user class's `__eq__` (an exception raised by it counts as unequal).
fn user_eq(a: &Value, b: &Value) -> bool {
    match crate::eval::current() {
        Some(ip) => ops::equals(&ip, a, b).unwrap_or(false),
        None => false,
    }
}

fn numeric_eq(a: &Value, b: &Value) -> bool {
    fn as_f(v: &Value) -> Option<f64> {
        use num_traits::ToPrimitive;
        match v {
            Value::Int(i) => Some(*i as f64),
            Value::Bool(b) => Some(*b as i64 as f64),
            Value::Float(f) => Some(f.get()),
            Value::BigInt(b) => b.to_f64(),
            _ => None,
        }
    }
    match (a, b) {
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => *x == *y as i64,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        _ => as_f(a) == as_f(b),
    }
}

pub type Map = IndexMap<Key, Value, FxBuildHasher>;

pub struct PyDict {
    pub map: RefCell<Map>,
    /// The collector tracks it: it has held a container (CPython's rule: a dict of numbers
    /// and strings cannot be part of a cycle, and is left out until that changes).
    tracked: std::cell::Cell<bool>,
}

impl PyDict {
    pub fn new() -> Rc<PyDict> {
        Rc::new(PyDict {
            map: RefCell::new(Map::default()),
            tracked: std::cell::Cell::new(false),
        })
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
        // SAFETY: a dict only ever lives in an `Rc` (`new` returns one), so `self` is the
        // pointer that `Rc` hands out; the `Rc` made here is never dropped.
        let rc = std::mem::ManuallyDrop::new(unsafe { Rc::from_raw(self as *const PyDict) });
        crate::runtime::gc::track(crate::runtime::gc::Kind::Dict, &rc);
    }

    pub fn is_tracked(&self) -> bool {
        self.tracked.get()
    }
}

impl crate::runtime::gc::Trace for PyDict {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        match self.map.try_borrow() {
            Ok(m) => {
                for (k, x) in m.iter() {
                    v.value(&k.0);
                    v.value(x);
                }
            }
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        if let Ok(mut m) = self.map.try_borrow_mut() {
            t.put(std::mem::take(&mut *m));
        }
    }
}

/// Checks that `v` can be a dict key.
#[inline]
fn check_key(ip: &Interp, v: &Value) -> PyResult<()> {
    match v {
        Value::Str(_) | Value::Int(_) => Ok(()),
        _ => check_key_other(ip, v),
    }
}

fn check_key_other(ip: &Interp, v: &Value) -> PyResult<()> {
    match v {
        Value::List(_) | Value::Dict(_) | Value::DictView(_) | Value::Set(_) => Err(ip.err(
            ExcKind::TypeError,
            format!("unhashable type: '{}'", ops::type_name(ip, v)),
        )),
        Value::Tuple(t) => {
            for x in t.items.iter() {
                check_key_other(ip, x)?;
            }
            Ok(())
        }
        Value::Instance(_) | Value::Exception(_) => {
            if let Some(h) = crate::eval::classes::user_hash(ip, v) {
                h?;
            }
            Ok(())
        }
        Value::Native(o) if !crate::stdlib::is_hashable(o) => Err(ip.err(
            ExcKind::TypeError,
            format!("unhashable type: '{}'", ops::type_name(ip, v)),
        )),
        _ => Ok(()),
    }
}

/// Checks that `v` can be a dict key.
pub fn key(ip: &Interp, v: &Value) -> PyResult<Key> {
    check_key(ip, v)?;
    Ok(Key(v.clone()))
}

/// A key borrowed for a lookup, so that looking up does not clone it.
struct KeyRef<'a>(&'a Value);

impl Hash for KeyRef<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_value(self.0, state)
    }
}

impl indexmap::Equivalent<Key> for KeyRef<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        key_eq(self.0, &key.0)
    }
}

/// The hash indexmap gives `k` (the map's own hasher over `hash_value`).
#[inline]
fn hash_of(map: &Map, k: &Value) -> u64 {
    use std::hash::BuildHasher;
    map.hasher().hash_one(KeyRef(k))
}

#[inline(never)]
pub fn get(ip: &Interp, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
    check_key(ip, k)?;
    Ok(d.map.borrow().get(&KeyRef(k)).cloned())
}

/// `d[k] = v`: one hash and one probe; an existing key keeps its first object, as in CPython.
#[inline(never)]
pub fn set(ip: &Interp, d: &PyDict, k: Value, v: Value) -> PyResult<()> {
    use indexmap::map::raw_entry_v1::RawEntryMut;
    check_key(ip, &k)?;
    let container = k.is_container() || v.is_container();
    let mut map = d.map.borrow_mut();
    let h = hash_of(&map, &k);
    match map
        .raw_entry_mut_v1()
        .from_hash(h, |key| key_eq(&k, &key.0))
    {
        RawEntryMut::Occupied(mut e) => {
            let old = e.insert(v);
            drop(map);
            drop(old);
        }
        RawEntryMut::Vacant(e) => {
            e.insert_hashed_nocheck(h, Key(k), v);
        }
    }
    if container && !d.tracked.get() {
        d.start_tracking();
    }
    Ok(())
}

pub fn key_error(ip: &Interp, k: &Value) -> crate::runtime::exceptions::Exc {
    crate::runtime::exceptions::Exc(crate::runtime::exceptions::ExcObj::new(
        ip.exc_class(ExcKind::KeyError).clone(),
        vec![k.clone()],
    ))
}

/// Which view of a dict.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl crate::runtime::gc::Trace for DictView {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        v.rc(&self.dict);
    }
    fn clear(&self, _t: &mut crate::runtime::gc::Trash) {}
}

pub struct DictView {
    pub dict: Rc<PyDict>,
    pub kind: ViewKind,
}

impl DictView {
    /// A view of `dict` as a value.
    pub fn make(dict: Rc<PyDict>, kind: ViewKind) -> Value {
        let v = Rc::new(DictView { dict, kind });
        crate::runtime::gc::track(crate::runtime::gc::Kind::DictView, &v);
        Value::DictView(v)
    }

    pub fn item(&self, i: usize) -> Option<Value> {
        let map = self.dict.map.borrow();
        let (k, v) = map.get_index(i)?;
        Some(match self.kind {
            ViewKind::Keys => k.0.clone(),
            ViewKind::Values => v.clone(),
            ViewKind::Items => Value::tuple(vec![k.0.clone(), v.clone()]),
        })
    }
}
