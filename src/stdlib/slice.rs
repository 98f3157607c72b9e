//! The builtin `slice` type: what `obj[a:b:c]` hands to a user `__getitem__`, `__setitem__`
//! and `__delitem__`, and what `slice(a, b, c)` makes. Literal slices of builtin sequences
//! do not make one (the evaluator slices them directly).

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{Class, ClassKind, Kwargs};
use crate::runtime::value::Value;

use super::Native;

/// A slice's three parts, each any object (`None` where left out).
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

crate::std_fns! { Some("slice");
    INDICES = "indices" => slice_indices_method,
}

pub static SLICE: super::ClassSpec = super::ClassSpec {
    key: "builtins.slice",
    module: "builtins",
    name: "slice",
    new: super::ctor(slice_new),
    methods: &[&INDICES],
};

/// The `slice` class, made before the interpreter exists (it is a name in the builtins).
pub fn make_class(object: &Rc<Class>) -> Rc<Class> {
    let c = Class::new_builtin(
        SLICE.name,
        SLICE.module,
        ClassKind::Native,
        Some(object.clone()),
    );
    {
        let mut d = c.dict.borrow_mut();
        for f in SLICE.methods {
            d.insert(crate::intern::intern(f.name), Value::Builtin(f));
        }
        if let Some(f) = &SLICE.new {
            d.insert(crate::intern::intern("__new__"), Value::Builtin(f));
        }
    }
    c
}

/// A new slice object.
pub fn make(ip: &Interp, start: Value, stop: Value, step: Value) -> Value {
    super::new_obj(ip, &SLICE, Native::Slice(SliceObj { start, stop, step }))
}

/// The parts of `v` when it is a slice object.
pub fn parts(v: &Value) -> Option<(&Value, &Value, &Value)> {
    match v {
        Value::Native(o) => match &o.kind {
            Native::Slice(s) => Some((&s.start, &s.stop, &s.step)),
            _ => None,
        },
        _ => None,
    }
}

fn slice_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("slice() takes no keyword arguments");
    }
    let a = &args[1..];
    super::unpack_args(ip, "slice", a, 1, 3)?;
    Ok(match a {
        [stop] => make(ip, Value::None, stop.clone(), Value::None),
        [start, stop] => make(ip, start.clone(), stop.clone(), Value::None),
        [start, stop, step] => make(ip, start.clone(), stop.clone(), step.clone()),
        _ => unreachable!(),
    })
}

pub fn attr(s: &SliceObj, name: Symbol) -> Option<Value> {
    match name.as_str() {
        "start" => Some(s.start.clone()),
        "stop" => Some(s.stop.clone()),
        "step" => Some(s.step.clone()),
        _ => None,
    }
}

pub fn repr(ip: &Interp, s: &SliceObj) -> PyResult<String> {
    Ok(format!(
        "slice({}, {}, {})",
        crate::runtime::repr::repr(ip, &s.start)?,
        crate::runtime::repr::repr(ip, &s.stop)?,
        crate::runtime::repr::repr(ip, &s.step)?
    ))
}

/// The slice as a tuple, for comparisons.
pub fn as_tuple(s: &SliceObj) -> Value {
    Value::tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

fn bound(ip: &Interp, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        })),
        _ => ip.type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// `start, stop, step` of the slice applied to `len` items (CPython's `slice.indices`).
pub fn adjusted(ip: &Interp, s: &SliceObj, len: i64) -> PyResult<(i64, i64, i64)> {
    let step = bound(ip, &s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(ip.err(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |b: Option<i64>, default: i64| -> i64 {
        match b {
            None => default,
            Some(i) => {
                let i = if i < 0 { i.saturating_add(len) } else { i };
                i.clamp(lower, upper)
            }
        }
    };
    let start = fix(bound(ip, &s.start)?, if step < 0 { upper } else { lower });
    let stop = fix(bound(ip, &s.stop)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

fn slice_indices_method(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let Some(Value::Native(o)) = args.first() else {
        return ip.type_error("descriptor 'indices' requires a 'slice' object");
    };
    let Native::Slice(s) = &o.kind else {
        return ip.type_error("descriptor 'indices' requires a 'slice' object");
    };
    if !kw.is_empty() {
        return ip.type_error("slice.indices() takes no keyword arguments");
    }
    if args.len() != 2 {
        return ip.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let n = super::ssize(ip, &args[1])?;
    if n < 0 {
        return Err(ip.err(ExcKind::ValueError, "length should not be negative"));
    }
    let (start, stop, step) = adjusted(ip, s, n)?;
    let step = match &s.step {
        Value::BigInt(_) => s.step.clone(),
        _ => Value::Int(step),
    };
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        step,
    ]))
}

/// `seq[s]` for a builtin sequence given a slice object.
pub fn getitem(ip: &Interp, container: &Value, s: &SliceObj) -> PyResult<Value> {
    ops::getslice(ip, container, &s.start, &s.stop, &s.step)
}
