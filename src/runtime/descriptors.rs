//! The descriptor protocol called by hand: `__get__` of functions, `staticmethod`,
//! `classmethod` and `property`, and `__set__`/`__delete__` of `property` (what a decorator
//! or a descriptor written in Python calls to bind a function it wraps). Attribute look-up
//! itself does the same binding inline (`eval::classes`).

use crate::eval::{ops, Interp};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::instance::Descr;
use crate::runtime::object::BoundMethod;
use crate::runtime::value::Value;
use corun_macros::method;

/// `function.__get__(instance, owner=None)`: a method bound to `instance`, or the function
/// itself when looked up on a class.
#[method(function, "__get__($self, instance, owner=None, /)")]
fn function_get(_ip: &Interp, this: &Value, instance: Value, _owner: Value) -> PyResult<Value> {
    if instance.is_none() {
        return Ok(this.clone());
    }
    Ok(BoundMethod::value(BoundMethod {
        receiver: instance,
        func: this.clone(),
    }))
}

fn descr(this: &Value) -> Option<&Descr> {
    match this {
        Value::Descr(d) => Some(d),
        _ => None,
    }
}

#[method(staticmethod, "__get__($self, instance, owner=None, /)")]
fn staticmethod_get(ip: &Interp, this: &Value, _instance: Value, _owner: Value) -> PyResult<Value> {
    match descr(this) {
        Some(Descr::StaticMethod(f)) => Ok(f.clone()),
        _ => ip.type_error("descriptor '__get__' requires a 'staticmethod' object"),
    }
}

/// `classmethod.__get__(instance, owner=None)`: the function bound to `owner`, or to the
/// type of `instance` when no owner is given.
#[method(classmethod, "__get__($self, instance, owner=None, /)")]
fn classmethod_get(ip: &Interp, this: &Value, instance: Value, owner: Value) -> PyResult<Value> {
    let Some(Descr::ClassMethod(f)) = descr(this) else {
        return ip.type_error("descriptor '__get__' requires a 'classmethod' object");
    };
    let owner = if owner.is_none() {
        Value::Class(ops::type_of(ip, &instance))
    } else {
        owner
    };
    Ok(BoundMethod::value(BoundMethod {
        receiver: owner,
        func: f.clone(),
    }))
}

/// The accessor of a property by its index (0 fget, 1 fset, 2 fdel), or CPython's
/// AttributeError naming the instance's type when it has none.
fn accessor(ip: &Interp, this: &Value, instance: &Value, which: usize) -> PyResult<Value> {
    let Some(Descr::Property {
        fget, fset, fdel, ..
    }) = descr(this)
    else {
        return ip.type_error("descriptor requires a 'property' object");
    };
    let f = [fget, fset, fdel][which];
    if f.is_none() {
        let what = ["getter", "setter", "deleter"][which];
        return Err(ip.err(
            ExcKind::AttributeError,
            format!(
                "property of '{}' object has no {}",
                ops::type_name(ip, instance),
                what
            ),
        ));
    }
    Ok(f.clone())
}

fn call(ip: &Interp, f: &Value, args: Vec<Value>) -> PyResult<Value> {
    let mut a: crate::eval::call::Args = args.into_iter().collect();
    crate::eval::call::call_value(ip, f, &mut a, &[])
}

#[method(property, "__get__($self, instance, owner=None, /)")]
fn property_get(ip: &Interp, this: &Value, instance: Value, _owner: Value) -> PyResult<Value> {
    if instance.is_none() {
        return Ok(this.clone());
    }
    let f = accessor(ip, this, &instance, 0)?;
    call(ip, &f, vec![instance])
}

#[method(property, "__set__($self, instance, value, /)")]
fn property_set(ip: &Interp, this: &Value, instance: Value, value: Value) -> PyResult<()> {
    let f = accessor(ip, this, &instance, 1)?;
    call(ip, &f, vec![instance, value]).map(|_| ())
}

#[method(property, "__delete__($self, instance, /)")]
fn property_delete(ip: &Interp, this: &Value, instance: Value) -> PyResult<()> {
    let f = accessor(ip, this, &instance, 2)?;
    call(ip, &f, vec![instance]).map(|_| ())
}
