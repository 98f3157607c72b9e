//! The builtin `range` type: construction, length, membership, indexing, slicing, equality,
//! hashing, iteration and its methods.
//!
//! A range whose bounds fit an i64 (nearly all of them) is held as three i64s and served by
//! plain integer arithmetic; one with a bound beyond that is held in big ints, and every
//! operation has a big-int path for it, as CPython's `range` has for its `longrange` case.
//! The fields are private so that nothing outside reads the small form of a big range.

use crate::eval::classes::value_base;
use crate::eval::ops::{self, Iter};
use crate::eval::Interp;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::Kwargs;
use crate::runtime::value::Value;
use corun_macros::method;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub struct PyRange {
    start: i64,
    stop: i64,
    step: i64,
    /// Start, stop and step when one of them does not fit an i64; the i64 fields are then
    /// unused.
    big: Option<Box<[BigInt; 3]>>,
}

impl PyRange {
    /// The range of three i64 bounds; `step` is not zero.
    pub fn small(start: i64, stop: i64, step: i64) -> PyRange {
        debug_assert!(step != 0);
        PyRange {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// The range of any bounds; `step` is not zero.
    pub fn of(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => PyRange::small(a, b, c),
            _ => PyRange {
                start: 0,
                stop: 0,
                step: 1,
                big: Some(Box::new([start, stop, step])),
            },
        }
    }

    /// The bounds as i64s, when they fit.
    #[inline]
    pub fn as_small(&self) -> Option<(i64, i64, i64)> {
        match self.big {
            None => Some((self.start, self.stop, self.step)),
            Some(_) => None,
        }
    }

    /// Start, stop and step as big ints.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            None => (self.start.into(), self.stop.into(), self.step.into()),
            Some(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
        }
    }

    /// The number of items, of any size.
    pub fn length(&self) -> BigInt {
        match &self.big {
            None => small_len(self.start, self.stop, self.step).into(),
            Some(b) => big_len(&b[0], &b[1], &b[2]),
        }
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            None => small_len(self.start, self.stop, self.step) == 0,
            Some(b) => big_len(&b[0], &b[1], &b[2]).is_zero(),
        }
    }

    /// `len(r)`: CPython's OverflowError when the length does not fit a Py_ssize_t.
    pub fn len(&self, ip: &Interp) -> PyResult<usize> {
        let n = match &self.big {
            None => i64::try_from(small_len(self.start, self.stop, self.step)).ok(),
            Some(b) => big_len(&b[0], &b[1], &b[2]).to_i64(),
        };
        n.map(|n| n as usize).ok_or_else(|| too_large(ip))
    }

    /// The item at position `i` (not checked against the length).
    fn item(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.bounds();
        start + i * step
    }
}

fn too_large(ip: &Interp) -> Exc {
    ip.err(
        ExcKind::OverflowError,
        "Python int too large to convert to C ssize_t",
    )
}

fn small_len(start: i64, stop: i64, step: i64) -> u64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n as u64
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

pub fn value(r: PyRange) -> Value {
    Value::Range(Rc::new(r))
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn construct(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("range() takes no keyword arguments");
    }
    let small = |v: &Value| match value_base(v) {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        _ => None,
    };
    // The common forms, without big ints.
    match args {
        [stop] => {
            if let Some(stop) = small(stop) {
                return Ok(value(PyRange::small(0, stop, 1)));
            }
        }
        [start, stop] => {
            if let (Some(a), Some(b)) = (small(start), small(stop)) {
                return Ok(value(PyRange::small(a, b, 1)));
            }
        }
        [start, stop, step] => {
            if let (Some(a), Some(b), Some(c)) = (small(start), small(stop), small(step)) {
                if c != 0 {
                    return Ok(value(PyRange::small(a, b, c)));
                }
            }
        }
        [] => return ip.type_error("range expected at least 1 argument, got 0"),
        _ => {
            return ip.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            ))
        }
    }
    let index = |v: &Value| crate::runtime::numbers::index(ip, v);
    let (start, stop, step) = match args {
        [stop] => (BigInt::zero(), index(stop)?, BigInt::one()),
        [start, stop] => (index(start)?, index(stop)?, BigInt::one()),
        [start, stop, step] => (index(start)?, index(stop)?, index(step)?),
        _ => unreachable!(),
    };
    if step.is_zero() {
        return Err(ip.err(ExcKind::ValueError, "range() arg 3 must not be zero"));
    }
    Ok(value(PyRange::of(start, stop, step)))
}

/// An int exactly (or a bool), the items whose membership is computed, not searched.
fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some((*i).into()),
        Value::Bool(b) => Some((b.get() as i64).into()),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The position of the int `x` in the range, if it is one of its items.
fn position(r: &PyRange, x: &BigInt) -> Option<BigInt> {
    if let (Some((start, stop, step)), Some(x)) = (r.as_small(), x.to_i64()) {
        let inside = if step > 0 {
            x >= start && x < stop
        } else {
            x <= start && x > stop
        };
        let off = x as i128 - start as i128;
        return (inside && off % step as i128 == 0).then(|| (off / step as i128).into());
    }
    let (start, stop, step) = r.bounds();
    let inside = if step.is_positive() {
        *x >= start && *x < stop
    } else {
        *x <= start && *x > stop
    };
    if !inside {
        return None;
    }
    let (q, rem) = (x - &start).div_rem(&step);
    rem.is_zero().then_some(q)
}

/// `x in r`: computed for an int or a bool; any other value is compared with each item in
/// turn, as CPython searches (`1.0 in range(3)` is True).
pub fn contains(ip: &Interp, r: &PyRange, x: &Value) -> PyResult<bool> {
    if let Value::Int(i) = x {
        if let Some((start, stop, step)) = r.as_small() {
            let i = *i;
            return Ok(if step > 0 {
                i >= start && i < stop && (i as i128 - start as i128) % step as i128 == 0
            } else {
                i <= start && i > stop && (start as i128 - i as i128) % (-(step as i128)) == 0
            });
        }
    }
    match exact_int(x) {
        Some(n) => Ok(position(r, &n).is_some()),
        None => Ok(search(ip, r, x, true)?.is_some()),
    }
}

/// The first position whose item equals `x` (or, with `first` false, how many do), by
/// comparing with each item in turn.
fn search(ip: &Interp, r: &PyRange, x: &Value, first: bool) -> PyResult<Option<BigInt>> {
    let mut it = iter(r);
    let mut i = BigInt::zero();
    let mut count = BigInt::zero();
    while let Some(item) = it.next_checked(ip)? {
        if ops::equals(ip, &item, x)? {
            if first {
                return Ok(Some(i));
            }
            count += 1u32;
        }
        i += 1u32;
    }
    Ok((!first).then_some(count))
}

/// `r[i]`.
pub fn getitem(ip: &Interp, r: &PyRange, index: &Value) -> PyResult<Value> {
    let out_of_range = || ip.err(ExcKind::IndexError, "range object index out of range");
    if let (Some((start, stop, step)), Value::Int(i)) = (r.as_small(), value_base(index)) {
        let len = small_len(start, stop, step) as i128;
        let i = *i as i128;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(out_of_range());
        }
        return Ok(Value::from_bigint(
            (start as i128 + j * step as i128).into(),
        ));
    }
    let i = match crate::runtime::numbers::index_opt(ip, index)? {
        Some(i) => i,
        None => {
            return ip.type_error(format!(
                "range indices must be integers or slices, not {}",
                ops::type_name(ip, index)
            ))
        }
    };
    let len = r.length();
    let j = if i.is_negative() { i + &len } else { i };
    if j.is_negative() || j >= len {
        return Err(out_of_range());
    }
    Ok(Value::from_bigint(r.item(&j)))
}

/// `r[lo:hi:step]`: the range of the selected items (CPython's `_PySlice_GetLongIndices`,
/// in big ints, so no bound is clamped).
pub fn getslice(ip: &Interp, r: &PyRange, lo: &Value, hi: &Value, st: &Value) -> PyResult<Value> {
    const NOT_AN_INDEX: &str = "slice indices must be integers or None or have an __index__ method";
    let bound = |v: &Value| -> PyResult<Option<BigInt>> {
        match v {
            Value::None => Ok(None),
            _ => match crate::runtime::numbers::index_opt(ip, v)? {
                Some(b) => Ok(Some(b)),
                None => ip.type_error(NOT_AN_INDEX),
            },
        }
    };
    let step = bound(st)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(ip.err(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let len = r.length();
    let neg = step.is_negative();
    let lower = if neg { -BigInt::one() } else { BigInt::zero() };
    let upper = &len + &lower;
    let fix = |b: Option<BigInt>, default: &BigInt| -> BigInt {
        match b {
            None => default.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += &len;
                    if i < lower {
                        i = lower.clone();
                    }
                } else if i > upper {
                    i = upper.clone();
                }
                i
            }
        }
    };
    let start = fix(bound(lo)?, if neg { &upper } else { &lower });
    let stop = fix(bound(hi)?, if neg { &lower } else { &upper });
    let (_, _, rstep) = r.bounds();
    Ok(value(PyRange::of(
        r.item(&start),
        r.item(&stop),
        rstep * step,
    )))
}

/// `a == b`: the same sequence of items.
pub fn equal(a: &PyRange, b: &PyRange) -> bool {
    if let (Some((s1, _, t1)), Some((s2, _, t2))) = (a.as_small(), b.as_small()) {
        let (la, lb) = (a.length(), b.length());
        return la == lb && (la.is_zero() || (s1 == s2 && (la.is_one() || t1 == t2)));
    }
    let (la, lb) = (a.length(), b.length());
    if la != lb {
        return false;
    }
    let ((s1, _, t1), (s2, _, t2)) = (a.bounds(), b.bounds());
    la.is_zero() || (s1 == s2 && (la.is_one() || t1 == t2))
}

/// `hash(r)`: that of `(len, start, step)` with what equality ignores set to None.
pub fn hash(ip: &Interp, r: &PyRange) -> PyResult<i64> {
    let len = r.length();
    let (start, _, step) = r.bounds();
    let items = if len.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if len.is_one() {
        vec![Value::Int(1), Value::from_bigint(start), Value::None]
    } else {
        vec![
            Value::from_bigint(len),
            Value::from_bigint(start),
            Value::from_bigint(step),
        ]
    };
    crate::runtime::numbers::hash_tuple(ip, &items)
}

pub fn repr(r: &PyRange) -> String {
    let (start, stop, step) = r.bounds();
    if step.is_one() {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }
}

/// `r.start`, `r.stop`, `r.step`.
pub fn attr(r: &PyRange, name: &str) -> Option<Value> {
    let (start, stop, step) = r.bounds();
    Some(Value::from_bigint(match name {
        "start" => start,
        "stop" => stop,
        "step" => step,
        _ => return None,
    }))
}

/// Iteration from the first item.
pub fn iter(r: &PyRange) -> Iter {
    match r.as_small() {
        Some((start, stop, step)) => Iter::Range {
            next: start,
            stop,
            step,
        },
        None => {
            let (start, _, step) = r.bounds();
            Iter::Std(Box::new(LongIter {
                next: start,
                step,
                left: r.length(),
            }))
        }
    }
}

/// `reversed(r)`: from the last item down; the iterator's type name with it.
pub fn reversed(r: &PyRange) -> (&'static str, Iter) {
    let len = r.length();
    let (start, _, step) = r.bounds();
    let last = &start + (&len - 1u32).max(BigInt::zero()) * &step;
    let first_out = &start - &step;
    if let (Some(next), Some(stop), Some(step)) =
        (last.to_i64(), first_out.to_i64(), (-&step).to_i64())
    {
        if !len.is_zero() {
            return ("range_iterator", Iter::Range { next, stop, step });
        }
        return (
            "range_iterator",
            Iter::Range {
                next: 0,
                stop: 0,
                step: 1,
            },
        );
    }
    (
        "longrange_iterator",
        Iter::Std(Box::new(LongIter {
            next: last,
            step: -step,
            left: len,
        })),
    )
}

/// The iterator of a range with a bound beyond an i64: the next item, the step and how many
/// items are left.
struct LongIter {
    next: BigInt,
    step: BigInt,
    left: BigInt,
}

impl crate::stdlib::NativeIter for LongIter {
    fn next(&mut self, _ip: &Interp) -> PyResult<Option<Value>> {
        if !self.left.is_positive() {
            return Ok(None);
        }
        self.left -= 1u32;
        let v = self.next.clone();
        self.next += &self.step;
        Ok(Some(Value::from_bigint(v)))
    }
}

/// The receiver of a range method.
fn this_range<'a>(ip: &Interp, this: &'a Value) -> PyResult<&'a PyRange> {
    match value_base(this) {
        Value::Range(r) => Ok(r),
        _ => ip.type_error(format!(
            "descriptor requires a 'range' object but received a '{}'",
            ops::type_name(ip, this)
        )),
    }
}

#[method(range, "count($self, value, /)")]
fn range_count(ip: &Interp, this: &Value, x: Value) -> PyResult<Value> {
    let r = this_range(ip, this)?;
    Ok(match exact_int(&x) {
        Some(n) => Value::Int(position(r, &n).is_some() as i64),
        None => Value::from_bigint(search(ip, r, &x, false)?.unwrap_or_default()),
    })
}

#[method(range, "index($self, value, /)")]
fn range_index(ip: &Interp, this: &Value, x: Value) -> PyResult<Value> {
    let r = this_range(ip, this)?;
    match exact_int(&x) {
        Some(n) => match position(r, &n) {
            Some(i) => Ok(Value::from_bigint(i)),
            None => Err(ip.err(
                ExcKind::ValueError,
                format!("{} is not in range", crate::runtime::repr::repr(ip, &x)?),
            )),
        },
        None => match search(ip, r, &x, true)? {
            Some(i) => Ok(Value::from_bigint(i)),
            None => Err(ip.err(ExcKind::ValueError, "sequence.index(x): x not in sequence")),
        },
    }
}

#[method(range, "__reduce__($self, /)")]
fn range_reduce(ip: &Interp, this: &Value) -> PyResult<Value> {
    let r = this_range(ip, this)?;
    let (start, stop, step) = r.bounds();
    Ok(Value::tuple(vec![
        Value::Class(ip.types.range.clone()),
        Value::tuple(vec![
            Value::from_bigint(start),
            Value::from_bigint(stop),
            Value::from_bigint(step),
        ]),
    ]))
}
