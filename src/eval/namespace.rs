//! The namespaces that names resolved `Dynamic` are looked up and stored in: a class body's
//! (a dict, or the mapping its metaclass's `__prepare__` gave), or the locals mapping code run
//! by `exec`/`eval` was given. Any mapping may be one, as in CPython: a dict, a dict subclass,
//! a class with `__getitem__`.

use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;

#[derive(Clone)]
pub enum Namespace {
    /// A mapping: exact dicts are read and written directly, others through their methods.
    Mapping(Value),
}

impl Namespace {
    /// The value bound to `id`, if any (a mapping's `KeyError` means unbound).
    pub fn get(&self, ip: &Interp, id: Symbol) -> PyResult<Option<Value>> {
        match self {
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
            Namespace::Mapping(Value::Dict(d)) => {
                crate::runtime::dict::set(ip, d, Value::str(id.as_str()), v)
            }
            Namespace::Mapping(m) => ops::setitem(ip, m, &Value::str(id.as_str()), v),
        }
    }

    /// Removes `id`: false when it was not bound.
    pub fn remove(&self, ip: &Interp, id: Symbol) -> PyResult<bool> {
        match self {
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

    /// The namespace as the object `locals()` gives: the mapping itself.
    pub fn as_value(&self) -> Value {
        match self {
            Namespace::Mapping(m) => m.clone(),
        }
    }
}

/// The innermost running namespace of `Dynamic` names, if any.
#[inline]
pub fn innermost(ip: &Interp) -> Option<Namespace> {
    ip.class_ns.borrow().last().cloned()
}
