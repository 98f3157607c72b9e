//! The namespaces that names resolved `Dynamic` are looked up and stored in: a class body's
//! (a dict of symbols), or the locals mapping code run by `exec`/`eval` was given (any
//! mapping, as CPython allows: a dict, a dict subclass, a class with `__getitem__`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ClassDict;
use crate::runtime::value::Value;

#[derive(Clone)]
pub enum Namespace {
    /// A running class body's namespace.
    Class(Rc<RefCell<ClassDict>>),
    /// The locals mapping given to `exec`/`eval`.
    Mapping(Value),
}

impl Namespace {
    /// The value bound to `id`, if any (a mapping's `KeyError` means unbound).
    pub fn get(&self, ip: &Interp, id: Symbol) -> PyResult<Option<Value>> {
        match self {
            Namespace::Class(ns) => Ok(ns.borrow().get(&id).cloned()),
            Namespace::Mapping(Value::Dict(d)) => {
                crate::runtime::dict::get(ip, d, &Value::str(id.as_str()))
            }
            Namespace::Mapping(m) => match ops::getitem(ip, m, &Value::str(id.as_str())) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is_instance(ip.exc_class(ExcKind::KeyError)) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    pub fn set(&self, ip: &Interp, id: Symbol, v: Value) -> PyResult<()> {
        match self {
            Namespace::Class(ns) => {
                let old = ns.borrow_mut().insert(id, v);
                drop(old);
                Ok(())
            }
            Namespace::Mapping(Value::Dict(d)) => {
                crate::runtime::dict::set(ip, d, Value::str(id.as_str()), v)
            }
            Namespace::Mapping(m) => ops::setitem(ip, m, &Value::str(id.as_str()), v),
        }
    }

    /// Removes `id`: false when it was not bound.
    pub fn remove(&self, ip: &Interp, id: Symbol) -> PyResult<bool> {
        match self {
            Namespace::Class(ns) => Ok(ns.borrow_mut().shift_remove(&id).is_some()),
            Namespace::Mapping(Value::Dict(d)) => {
                Ok(crate::runtime::dict::remove(ip, d, &Value::str(id.as_str()))?.is_some())
            }
            Namespace::Mapping(m) => match ops::delitem(ip, m, &Value::str(id.as_str())) {
                Ok(()) => Ok(true),
                Err(e) if e.is_instance(ip.exc_class(ExcKind::KeyError)) => Ok(false),
                Err(e) => Err(e),
            },
        }
    }

    /// The namespace as the object `locals()` gives: the mapping itself, or a class body's
    /// names copied into a new dict.
    pub fn as_value(&self, ip: &Interp) -> PyResult<Value> {
        match self {
            Namespace::Mapping(m) => Ok(m.clone()),
            Namespace::Class(ns) => {
                let d = crate::runtime::dict::PyDict::new();
                let items: Vec<(Symbol, Value)> =
                    ns.borrow().iter().map(|(k, v)| (*k, v.clone())).collect();
                for (k, v) in items {
                    crate::runtime::dict::set(ip, &d, Value::str(k.as_str()), v)?;
                }
                Ok(Value::Dict(d))
            }
        }
    }
}

/// The innermost running namespace of `Dynamic` names, if any.
#[inline]
pub fn innermost(ip: &Interp) -> Option<Namespace> {
    ip.class_ns.borrow().last().cloned()
}
