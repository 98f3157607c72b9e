//! Instances of classes made by `class` statements, and the descriptor objects a class body
//! makes with `staticmethod`, `classmethod`, `property` and `super()`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::intern::Symbol;
use crate::runtime::dict::PyDict;
use crate::runtime::gc::{Trace, Trash, Visit};
use crate::runtime::object::Class;
use crate::runtime::value::Value;

/// Attributes in insertion order. Objects have few attributes, so a linear scan of interned
/// symbols beats hashing. Once the program asks for the object's `__dict__`, the attributes
/// move into that dict, which stays the live store from then on.
#[derive(Default)]
pub struct AttrMap {
    vec: RefCell<Vec<(Symbol, Value)>>,
    /// The live `__dict__` (`live` set): the attributes are there, not in `vec`.
    dict: RefCell<Option<Rc<PyDict>>>,
    live: Cell<bool>,
}

impl AttrMap {
    #[inline]
    pub fn get(&self, name: Symbol) -> Option<Value> {
        self.get_at(name, &Cell::new(0))
    }
    /// `get`, looking first at position `hint` (where an attribute expression found its name
    /// last: instances of a class tend to store their attributes in the same order), and
    /// leaving in `hint` where the name was found.
    #[inline]
    pub fn get_at(&self, name: Symbol, hint: &Cell<u32>) -> Option<Value> {
        if self.live.get() {
            return self.dict_get(name);
        }
        let m = self.vec.borrow();
        if let Some((n, v)) = m.get(hint.get() as usize) {
            if *n == name {
                return Some(crate::eval::sync::clone_value(v));
            }
        }
        let i = m.iter().position(|(n, _)| *n == name)?;
        hint.set(i as u32);
        Some(crate::eval::sync::clone_value(&m[i].1))
    }
    #[cold]
    fn dict_get(&self, name: Symbol) -> Option<Value> {
        let d = self.dict.borrow().clone()?;
        d.get_str(name.as_str())
    }
    /// Whether the object has its own attribute `name`: answered without the scan for a name
    /// no object ever held (the method-call path asks it for every call of a method).
    #[inline]
    pub fn contains(&self, name: Symbol) -> bool {
        if self.live.get() {
            return self.dict_get(name).is_some();
        }
        stored_names::has(name) && self.vec.borrow().iter().any(|(n, _)| *n == name)
    }
    pub fn set(&self, name: Symbol, v: Value) {
        self.set_at(name, v, &Cell::new(0))
    }
    /// `set`, with a `hint` as `get_at` takes it.
    #[inline]
    pub fn set_at(&self, name: Symbol, v: Value, hint: &Cell<u32>) {
        if self.live.get() {
            if let Some(d) = self.dict.borrow().clone() {
                d.set_str(name.as_str(), v);
            }
            return;
        }
        let mut m = self.vec.borrow_mut();
        let at = match m.get(hint.get() as usize) {
            Some((n, _)) if *n == name => Some(hint.get() as usize),
            _ => m.iter().position(|(n, _)| *n == name),
        };
        if let Some(i) = at {
            hint.set(i as u32);
            let old = std::mem::replace(&mut m[i].1, v);
            drop(m);
            drop(old);
        } else {
            stored_names::add(name);
            hint.set(m.len() as u32);
            m.push((name, v));
        }
    }
    pub fn remove(&self, name: Symbol) -> Option<Value> {
        if self.live.get() {
            let d = self.dict.borrow().clone()?;
            return d.remove_str(name.as_str());
        }
        let mut m = self.vec.borrow_mut();
        let i = m.iter().position(|(n, _)| *n == name)?;
        let (_, v) = m.remove(i);
        drop(m);
        Some(v)
    }
    pub fn is_empty(&self) -> bool {
        if self.live.get() {
            return self.dict.borrow().as_ref().is_none_or(|d| d.is_empty());
        }
        self.vec.borrow().is_empty()
    }
    /// The attributes named by strings, in order.
    pub fn items(&self) -> Vec<(Symbol, Value)> {
        if self.live.get() {
            let Some(d) = self.dict.borrow().clone() else {
                return vec![];
            };
            let items = d
                .items()
                .into_iter()
                .filter_map(|(k, v)| match &k {
                    Value::Str(s) => Some((crate::intern::intern(&s.s), v)),
                    _ => None,
                })
                .collect();
            return items;
        }
        self.vec.borrow().clone()
    }
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.vec.borrow_mut());
        drop(old);
        let d = self.dict.borrow_mut().take();
        if let Some(d) = d {
            d.clear();
        }
        self.live.set(false);
    }
    /// Reports the attributes' values (or the `__dict__` holding them).
    pub fn traverse(&self, v: &mut Visit) {
        match self.vec.try_borrow() {
            Ok(m) => v.values(m.iter().map(|(_, x)| x)),
            Err(_) => return v.busy(),
        }
        match self.dict.try_borrow() {
            Ok(d) => {
                if let Some(d) = &*d {
                    v.rc(d);
                }
            }
            Err(_) => v.busy(),
        }
    }
    /// Moves the attributes out into `t` (for the collector).
    pub fn clear_into(&self, t: &mut Trash) {
        if let Ok(mut m) = self.vec.try_borrow_mut() {
            t.put(std::mem::take(&mut *m));
        }
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            t.put(d.take());
        }
        self.live.set(false);
    }
    /// Takes over the attributes of `other`, leaving it empty.
    pub fn take_from(&self, other: &AttrMap) {
        *self.vec.borrow_mut() = std::mem::take(&mut *other.vec.borrow_mut());
        *self.dict.borrow_mut() = other.dict.borrow_mut().take();
        self.live.set(other.live.replace(false));
    }
    /// `obj.__dict__ = d`: `d` becomes the store of the attributes; None (`del obj.__dict__`)
    /// leaves the object without attributes.
    pub fn replace_dict(&self, d: Option<Rc<PyDict>>) {
        let old_vec = std::mem::take(&mut *self.vec.borrow_mut());
        self.live.set(d.is_some());
        let old = std::mem::replace(&mut *self.dict.borrow_mut(), d);
        // Dropped after the borrows: dropping may run `__del__`.
        drop(old_vec);
        drop(old);
    }
    /// The object's `__dict__`: made from the attributes on first use, then their store.
    pub fn as_dict(&self) -> Rc<PyDict> {
        if let Some(d) = self.dict.borrow().as_ref() {
            return d.clone();
        }
        let d = PyDict::new();
        let attrs = std::mem::take(&mut *self.vec.borrow_mut());
        for (k, v) in attrs {
            d.set_str(k.as_str(), v);
        }
        *self.dict.borrow_mut() = Some(d.clone());
        self.live.set(true);
        d
    }
}

/// The names ever stored as attributes of an object's own attribute list (by symbol number,
/// never cleared): a name outside it cannot be shadowing a method of any instance's class,
/// whatever the classes do later. Names beyond the table count as stored.
mod stored_names {
    use crate::intern::Symbol;
    use std::sync::atomic::{AtomicU64, Ordering};

    const WORDS: usize = 1024;
    static BITS: [AtomicU64; WORDS] = [const { AtomicU64::new(0) }; WORDS];

    #[inline]
    pub fn has(name: Symbol) -> bool {
        let i = name.0 as usize;
        match BITS.get(i / 64) {
            Some(w) => w.load(Ordering::Relaxed) & (1 << (i % 64)) != 0,
            None => true,
        }
    }

    #[inline]
    pub fn add(name: Symbol) {
        let i = name.0 as usize;
        if let Some(w) = BITS.get(i / 64) {
            let bit = 1 << (i % 64);
            if w.load(Ordering::Relaxed) & bit == 0 {
                w.fetch_or(bit, Ordering::Relaxed);
            }
        }
    }
}

/// An instance of a user class.
pub struct Instance {
    /// Replaced by `obj.__class__ = C`.
    pub class: crate::runtime::swap::Swap<Rc<Class>>,
    pub attrs: AttrMap,
    /// For a subclass of `dict` or `list`: the builtin object holding the data, which the
    /// builtin operations and methods act on.
    pub base: Option<Value>,
    /// `FINALIZED`, `HAS_WEAKREFS`.
    pub flags: Cell<u8>,
}

/// `__del__` has run (it runs once per object).
pub const FINALIZED: u8 = 1;
/// Weak references to it were made (its going away must tell them).
pub const HAS_WEAKREFS: u8 = 2;

impl Instance {
    pub fn new(class: Rc<Class>) -> Rc<Instance> {
        Self::make(class, None, 0)
    }
    pub fn with_base(class: Rc<Class>, base: Value) -> Rc<Instance> {
        Self::make(class, Some(base), 0)
    }
    fn make(class: Rc<Class>, base: Option<Value>, flags: u8) -> Rc<Instance> {
        let i = Rc::new(Instance {
            class: crate::runtime::swap::Swap::new(class),
            attrs: AttrMap::default(),
            base,
            flags: Cell::new(flags),
        });
        crate::runtime::gc::track(crate::runtime::gc::Kind::Instance, &i);
        i
    }
    pub fn set_flag(&self, f: u8) {
        self.flags.set(self.flags.get() | f);
    }
    /// A new object with this one's contents, finalized: what `__del__` gets as `self` when the
    /// last reference to this one went.
    pub fn revive(&mut self) -> Rc<Instance> {
        let i = Self::make(
            self.class.clone(),
            self.base.take(),
            self.flags.get() | FINALIZED,
        );
        i.attrs.take_from(&self.attrs);
        i
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        crate::runtime::finalize::instance_dropped(self);
        crate::runtime::trashcan::drop_contents((
            std::mem::take(&mut self.attrs),
            self.base.take(),
        ));
    }
}

impl Trace for Instance {
    fn traverse(&self, v: &mut Visit) {
        v.rc(&self.class);
        self.attrs.traverse(v);
        if let Some(b) = &self.base {
            v.value(b);
        }
    }
    fn clear(&self, t: &mut Trash) {
        self.attrs.clear_into(t);
    }
}

impl Descr {
    /// The descriptor as a value (tracked: it refers to functions and objects).
    pub fn into_value(self) -> Value {
        let d = Rc::new(self);
        crate::runtime::gc::track(crate::runtime::gc::Kind::Descr, &d);
        Value::Descr(d)
    }
}

impl Trace for Descr {
    fn traverse(&self, v: &mut Visit) {
        match self {
            Descr::StaticMethod(f) | Descr::ClassMethod(f) => v.value(f),
            Descr::Property {
                fget,
                fset,
                fdel,
                doc,
                ..
            } => {
                v.values([fget, fset, fdel]);
                v.values([&*doc.borrow()]);
            }
            Descr::Super { class, obj, start } => {
                v.rc(class);
                v.value(obj);
                v.rc(start);
            }
        }
    }
    // Only a property's `__doc__` can change; the other references stay and the objects they
    // point at are cleared instead.
    fn clear(&self, t: &mut Trash) {
        if let Descr::Property { doc, .. } = self {
            t.put(doc.replace(Value::None));
        }
    }
}

/// The objects that change how a class attribute is found.
pub enum Descr {
    StaticMethod(Value),
    ClassMethod(Value),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        /// Writable, as CPython's property `__doc__`.
        doc: RefCell<Value>,
        /// The docstring came from the getter: a copy with another getter takes that one's.
        getter_doc: bool,
    },
    /// `super()` / `super(C, obj)`: look-ups start after `class` in the MRO of `obj`'s type.
    Super {
        class: Rc<Class>,
        obj: Value,
        /// The type whose MRO is searched (`type(obj)`, or `obj` itself for a class).
        start: Rc<Class>,
    },
}
