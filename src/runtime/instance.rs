//! Instances of classes made by `class` statements, and the descriptor objects a class body
//! makes with `staticmethod`, `classmethod`, `property` and `super()`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::intern::Symbol;
use crate::runtime::dict::PyDict;
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
        if self.live.get() {
            return self.dict_get(name);
        }
        self.vec
            .borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }
    #[cold]
    fn dict_get(&self, name: Symbol) -> Option<Value> {
        let d = self.dict.borrow().clone()?;
        d.get_str(name.as_str())
    }
    pub fn contains(&self, name: Symbol) -> bool {
        if self.live.get() {
            return self.dict_get(name).is_some();
        }
        self.vec.borrow().iter().any(|(n, _)| *n == name)
    }
    pub fn set(&self, name: Symbol, v: Value) {
        if self.live.get() {
            if let Some(d) = self.dict.borrow().clone() {
                d.set_str(name.as_str(), v);
            }
            return;
        }
        let mut m = self.vec.borrow_mut();
        if let Some(slot) = m.iter_mut().find(|(n, _)| *n == name) {
            let old = std::mem::replace(&mut slot.1, v);
            drop(m);
            drop(old);
        } else {
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

/// An instance of a user class.
pub struct Instance {
    pub class: Rc<Class>,
    pub attrs: AttrMap,
    /// For a subclass of `dict` or `list`: the builtin object holding the data, which the
    /// builtin operations and methods act on.
    pub base: Option<Value>,
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Rc<Instance> {
        Rc::new(Instance {
            class,
            attrs: AttrMap::default(),
            base: None,
        })
    }
    pub fn with_base(class: Rc<Class>, base: Value) -> Rc<Instance> {
        Rc::new(Instance {
            class,
            attrs: AttrMap::default(),
            base: Some(base),
        })
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
        doc: Value,
    },
    /// `super()` / `super(C, obj)`: look-ups start after `class` in the MRO of `obj`'s type.
    Super {
        class: Rc<Class>,
        obj: Value,
        /// The type whose MRO is searched (`type(obj)`, or `obj` itself for a class).
        start: Rc<Class>,
    },
}
