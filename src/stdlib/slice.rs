//! The builtin `slice` type: what `obj[a:b:c]` hands to a user `__getitem__`, `__setitem__`
//! and `__delitem__`, and what `slice(a, b, c)` makes. Literal slices of builtin sequences
//! do not make one (the evaluator slices them directly).

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{Class, ClassKind, Kwargs};
use crate::runtime::value::Value;
use num_bigint::BigInt;

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
    base: None,
    new: None,
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
        d.insert(crate::intern::sym::__new__, Value::Builtin(&SLICE_NEW));
        // Slices are unhashable in 3.11.
        d.insert(crate::intern::sym::__hash__, Value::None);
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

/// `slice(stop)`, `slice(start, stop[, step])`.
#[corun_macros::staticmethod(
    "builtins.slice",
    "slice($type, start, stop=None, step=None, /)",
    attr = "__new__",
    style = unpack
)]
fn slice_new(
    ip: &Interp,
    _cls: &Value,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    let none = || Value::None;
    Ok(match stop {
        None => make(ip, Value::None, start.clone(), Value::None),
        Some(stop) => make(
            ip,
            start.clone(),
            stop.clone(),
            step.cloned().unwrap_or_else(none),
        ),
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

const NOT_AN_INDEX: &str = "slice indices must be integers or None or have an __index__ method";

/// A slice bound as CPython's `_PyEval_SliceIndex` reads it: None stays None; an int, or an
/// object with `__index__`, is clamped to the i64 range.
pub fn index_value(ip: &Interp, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ => match crate::runtime::numbers::index_opt(ip, v)? {
            Some(b) => Ok(Some(clamp(&b))),
            None => ip.type_error(NOT_AN_INDEX),
        },
    }
}

/// `_PyEval_SliceIndexNotNone`: a bound that may not be None (`list.index(x, start, stop)`).
pub fn index_not_none(ip: &Interp, v: &Value) -> PyResult<i64> {
    const NOT_AN_INDEX_NOT_NONE: &str =
        "slice indices must be integers or have an __index__ method";
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match crate::runtime::numbers::index_opt(ip, v)? {
            Some(b) => Ok(clamp(&b)),
            None => ip.type_error(NOT_AN_INDEX_NOT_NONE),
        },
    }
}

fn clamp(b: &num_bigint::BigInt) -> i64 {
    use num_traits::{Signed, ToPrimitive};
    b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}

/// A slice's bounds read as CPython's `PySlice_Unpack` reads them, before the length of the
/// sequence is known.
#[derive(Clone, Copy)]
pub struct Unpacked {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// CPython's `PySlice_Unpack`: the step (1 by default; zero is an error; clamped so that it can
/// be negated), then start and stop with their defaults for the step's sign. `__index__`
/// methods run here, in that order.
pub fn unpack(ip: &Interp, start: &Value, stop: &Value, step: &Value) -> PyResult<Unpacked> {
    let step = match index_value(ip, step)? {
        None => 1,
        Some(0) => return Err(ip.err(ExcKind::ValueError, "slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let start = index_value(ip, start)?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = index_value(ip, stop)?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    Ok(Unpacked { start, stop, step })
}

impl Unpacked {
    /// CPython's `PySlice_AdjustIndices`: start and stop brought into `0..=len` (`-1..len` for
    /// a negative step), and how many items the slice selects from `len`.
    pub fn on(self, len: usize) -> Selection {
        let len = len as i64;
        let step = self.step;
        let fix = |i: i64| -> i64 {
            if i < 0 {
                match i.saturating_add(len) {
                    j if j < 0 => {
                        if step < 0 {
                            -1
                        } else {
                            0
                        }
                    }
                    j => j,
                }
            } else if i >= len {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            } else {
                i
            }
        };
        let (start, stop) = (fix(self.start), fix(self.stop));
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Selection {
            start,
            stop,
            step,
            count: count as usize,
        }
    }
}

/// What a slice selects from a sequence: `count` positions from `start`, `step` apart (`stop`
/// as `PySlice_AdjustIndices` leaves it).
#[derive(Clone, Copy)]
pub struct Selection {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub count: usize,
}

impl Selection {
    /// The selected positions, in order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        // Every position lies inside the sequence, so none of this overflows.
        (0..self.count).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    /// The selected items of `items` (all of them lie inside it): one copy of the run when
    /// the step is 1, as `bytes[a:b]` and `bytearray[a:b]` are taken.
    pub fn pick<T: Copy>(self, items: &[T]) -> Vec<T> {
        if self.step == 1 {
            let start = self.start as usize;
            return items[start..start + self.count].to_vec();
        }
        self.positions().map(|i| items[i]).collect()
    }

    /// The whole sequence of `len` items, in order.
    pub fn is_all(self, len: usize) -> bool {
        self.start == 0 && self.step == 1 && self.count == len
    }
}

/// The selection of `seq[lo:hi:step]` on `len` items.
pub fn select(
    ip: &Interp,
    lo: &Value,
    hi: &Value,
    step: &Value,
    len: usize,
) -> PyResult<Selection> {
    Ok(unpack(ip, lo, hi, step)?.on(len))
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
    let length = crate::runtime::numbers::index(ip, &args[1])?;
    let (start, stop, step) = long_indices(ip, s, length)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(start),
        Value::from_bigint(stop),
        Value::from_bigint(step),
    ]))
}

/// CPython's `_PySlice_GetLongIndices`: `slice.indices` in unbounded ints, so any length and
/// any bounds give the exact answer.
fn long_indices(ip: &Interp, s: &SliceObj, length: BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    use num_traits::{Signed, Zero};
    if length.is_negative() {
        return Err(ip.err(ExcKind::ValueError, "length should not be negative"));
    }
    let bound = |v: &Value| -> PyResult<Option<BigInt>> {
        match v {
            Value::None => Ok(None),
            _ => match crate::runtime::numbers::index_opt(ip, v)? {
                Some(b) => Ok(Some(b)),
                None => ip.type_error(NOT_AN_INDEX),
            },
        }
    };
    let step = bound(&s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(ip.err(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp_to = |i: BigInt| -> BigInt {
        let i = if i.is_negative() { i + &length } else { i };
        if i < lower {
            lower.clone()
        } else if i > upper {
            upper.clone()
        } else {
            i
        }
    };
    let start = match bound(&s.start)? {
        Some(i) => clamp_to(i),
        None if step.is_negative() => upper.clone(),
        None => lower.clone(),
    };
    let stop = match bound(&s.stop)? {
        Some(i) => clamp_to(i),
        None if step.is_negative() => lower.clone(),
        None => upper.clone(),
    };
    Ok((start, stop, step))
}

/// `seq[s]` for a builtin sequence given a slice object.
pub fn getitem(ip: &Interp, container: &Value, s: &SliceObj) -> PyResult<Value> {
    ops::getslice(ip, container, &s.start, &s.stop, &s.step)
}
