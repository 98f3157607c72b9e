//! Instances of classes made by `class` statements, and the descriptor objects a class body
//! makes with `staticmethod`, `classmethod`, `property` and `super()`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::intern::Symbol;
use crate::runtime::object::Class;
use crate::runtime::value::Value;

/// Attributes in insertion order. Objects have few attributes, so a linear scan of interned
/// symbols beats hashing.
#[derive(Default)]
pub struct AttrMap(RefCell<Vec<(Symbol, Value)>>);

impl AttrMap {
    #[inline]
    pub fn get(&self, name: Symbol) -> Option<Value> {
        self.0
            .borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }
    pub fn contains(&self, name: Symbol) -> bool {
        self.0.borrow().iter().any(|(n, _)| *n == name)
    }
    pub fn set(&self, name: Symbol, v: Value) {
        let mut m = self.0.borrow_mut();
        if let Some(slot) = m.iter_mut().find(|(n, _)| *n == name) {
            let old = std::mem::replace(&mut slot.1, v);
            drop(m);
            drop(old);
        } else {
            m.push((name, v));
        }
    }
    pub fn remove(&self, name: Symbol) -> Option<Value> {
        let mut m = self.0.borrow_mut();
        let i = m.iter().position(|(n, _)| *n == name)?;
        let (_, v) = m.remove(i);
        drop(m);
        Some(v)
    }
    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }
    pub fn items(&self) -> Vec<(Symbol, Value)> {
        self.0.borrow().clone()
    }
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.0.borrow_mut());
        drop(old);
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
