//! The methods of `dict`, declared with their CPython signatures.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::dict::{self, DictView, PyDict, ViewKind};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use corun_macros::{classmethod, method};

#[method(dict, "get($self, key, default=None, /)")]
fn get(ip: &Interp, this: &Rc<PyDict>, key: &Value, default: Value) -> PyResult<Value> {
    Ok(dict::get(ip, this, key)?.unwrap_or(default))
}

#[method(dict, "keys($self, /)")]
fn keys(_ip: &Interp, this: &Rc<PyDict>) -> PyResult<Value> {
    Ok(DictView::make(this.clone(), ViewKind::Keys))
}

#[method(dict, "values($self, /)")]
fn values(_ip: &Interp, this: &Rc<PyDict>) -> PyResult<Value> {
    Ok(DictView::make(this.clone(), ViewKind::Values))
}

#[method(dict, "items($self, /)")]
fn items(_ip: &Interp, this: &Rc<PyDict>) -> PyResult<Value> {
    Ok(DictView::make(this.clone(), ViewKind::Items))
}

#[method(dict, "setdefault($self, key, default=None, /)")]
fn setdefault(ip: &Interp, this: &Rc<PyDict>, key: Value, default: Value) -> PyResult<Value> {
    dict::setdefault(ip, this, key, default)
}

#[method(dict, "pop($self, key, default=<unrepresentable>, /)")]
fn pop(ip: &Interp, this: &Rc<PyDict>, key: &Value, default: Option<Value>) -> PyResult<Value> {
    match (dict::remove(ip, this, key)?, default) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(dict::key_error(ip, key)),
    }
}

#[method(dict, "popitem($self, /)")]
fn popitem(ip: &Interp, this: &Rc<PyDict>) -> PyResult<Value> {
    match this.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(ip.err(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

/// `dict.update([other], **kwargs)`: CPython unpacks its one positional argument by hand.
#[method(
    dict,
    "update($self, other=<unrepresentable>, /, **kwargs)",
    style = unpack
)]
fn update(
    ip: &Interp,
    this: &Rc<PyDict>,
    other: Option<&Value>,
    kwargs: &[(Symbol, Value)],
) -> PyResult<()> {
    if let Some(src) = other {
        crate::eval::sync::dict_merge(ip, this, src)?;
    }
    for (k, v) in kwargs {
        dict::set(ip, this, Value::str(k.as_str()), v.clone())?;
    }
    Ok(())
}

#[method(dict, "copy($self, /)")]
fn copy(_ip: &Interp, this: &Rc<PyDict>) -> PyResult<Value> {
    Ok(Value::Dict(this.copy()))
}

#[method(dict, "clear($self, /)")]
fn clear(_ip: &Interp, this: &Rc<PyDict>) -> PyResult<()> {
    this.clear();
    Ok(())
}

/// `dict.fromkeys(iterable, value=None)`.
#[classmethod(dict, "fromkeys($type, iterable, value=None, /)")]
fn fromkeys(ip: &Interp, cls: &Value, iterable: &Value, value: Value) -> PyResult<Value> {
    // A subclass makes an instance of itself (`cls()`) and sets each key through it.
    if let Value::Class(c) = cls {
        if c.user {
            let d =
                crate::eval::call::call_value(ip, cls, &mut crate::eval::call::Args::new(), &[])?;
            let mut it = ops::iter(ip, iterable)?;
            while let Some(k) = it.next_checked(ip)? {
                ops::setitem(ip, &d, &k, value.clone())?;
            }
            return Ok(d);
        }
    }
    let d = PyDict::new();
    match iterable {
        // A set's or a dict's keys come with their stored hashes, as in CPython.
        Value::Set(s) | Value::FrozenSet(s) => {
            for (k, h) in s.entries() {
                dict::set_hashed(ip, &d, k, h, value.clone())?;
            }
        }
        Value::Dict(src) => {
            let mut pos = 0;
            while let Some((h, k, _)) = src.next_entry(&mut pos) {
                dict::set_hashed(ip, &d, k, h, value.clone())?;
            }
        }
        other => {
            let mut it = ops::iter(ip, other)?;
            while let Some(k) = it.next_checked(ip)? {
                dict::set(ip, &d, k, value.clone())?;
            }
        }
    }
    Ok(Value::Dict(d))
}
