//! The `bisect` module, native: its searches run in the loops of programs that keep sorted
//! lists, and each step is one comparison that Rust makes without a Python frame.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::syntax::ast::CmpOp;
use corun_macros::function;

/// `a[i]`, read straight from a list.
fn item(ip: &Interp, a: &Value, i: i64) -> PyResult<Value> {
    if let Value::List(l) = a {
        if let Some(v) = l.items.borrow().get(i as usize) {
            return Ok(v.clone());
        }
    }
    ops::getitem(ip, a, &Value::Int(i))
}

/// The bounds `lo` and `hi` as CPython checks them.
fn bounds(ip: &Interp, a: &Value, lo: i64, hi: &Value) -> PyResult<(i64, i64)> {
    if lo < 0 {
        return Err(ip.err(ExcKind::ValueError, "lo must be non-negative"));
    }
    let hi = match hi {
        Value::None => ops::len(ip, a)? as i64,
        Value::Int(i) => *i,
        v if ops::lookup_method(ip, v, intern("__index__")).is_some() => super::ssize(ip, v)?,
        v => {
            return ip.type_error(format!(
                "argument should be integer or None, not '{}'",
                ops::type_name(ip, v)
            ))
        }
    };
    Ok((lo, hi))
}

/// Where `x` goes in the sorted `a[lo:hi]`: before the items equal to it (`right` false)
/// or after them.
fn search(
    ip: &Interp,
    a: &Value,
    x: &Value,
    lo: i64,
    hi: &Value,
    key: &Value,
    right: bool,
) -> PyResult<i64> {
    let (mut lo, mut hi) = bounds(ip, a, lo, hi)?;
    while lo < hi {
        // lo + hi cannot overflow: both are at most the length of a sequence.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut it = item(ip, a, mid)?;
        if !key.is_none() {
            it = super::call_with(ip, key, &[it])?;
        }
        let below = if right {
            !ops::compare(ip, CmpOp::Lt, x, &it)?
        } else {
            ops::compare(ip, CmpOp::Lt, &it, x)?
        };
        if below {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

#[function(bisect, "bisect_right(a, x, lo=0, hi=None, *, key=None)")]
fn bisect_right(
    ip: &Interp,
    a: &Value,
    x: &Value,
    lo: i64,
    hi: &Value,
    key: &Value,
) -> PyResult<i64> {
    search(ip, a, x, lo, hi, key, true)
}

#[function(bisect, "bisect_left(a, x, lo=0, hi=None, *, key=None)")]
fn bisect_left(
    ip: &Interp,
    a: &Value,
    x: &Value,
    lo: i64,
    hi: &Value,
    key: &Value,
) -> PyResult<i64> {
    search(ip, a, x, lo, hi, key, false)
}

/// Inserts `x` at the place `search` finds, with `list.insert` or the object's own `insert`.
fn insort(
    ip: &Interp,
    a: &Value,
    x: &Value,
    lo: i64,
    hi: &Value,
    key: &Value,
    right: bool,
) -> PyResult<()> {
    let at = if key.is_none() {
        search(ip, a, x, lo, hi, key, right)?
    } else {
        let k = super::call_with(ip, key, std::slice::from_ref(x))?;
        search(ip, a, &k, lo, hi, key, right)?
    };
    if let Value::List(l) = a {
        let mut items = l.items.borrow_mut();
        let at = (at.max(0) as usize).min(items.len());
        items.insert(at, x.clone());
        return Ok(());
    }
    let insert = ops::getattr(ip, a, intern("insert"))?;
    super::call_with(ip, &insert, &[Value::Int(at), x.clone()])?;
    Ok(())
}

#[function(bisect, "insort_right(a, x, lo=0, hi=None, *, key=None)")]
fn insort_right(
    ip: &Interp,
    a: &Value,
    x: &Value,
    lo: i64,
    hi: &Value,
    key: &Value,
) -> PyResult<()> {
    insort(ip, a, x, lo, hi, key, true)
}

#[function(bisect, "insort_left(a, x, lo=0, hi=None, *, key=None)")]
fn insort_left(
    ip: &Interp,
    a: &Value,
    x: &Value,
    lo: i64,
    hi: &Value,
    key: &Value,
) -> PyResult<()> {
    insort(ip, a, x, lo, hi, key, false)
}

pub fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    // `bisect` and `insort` are the right-hand forms under their short names.
    m.set(intern("bisect"), Value::Builtin(&BISECT_RIGHT));
    m.set(intern("insort"), Value::Builtin(&INSORT_RIGHT));
    Ok(())
}

crate::native_module!("bisect", init);

/// `_bisect`: the same functions under the name of CPython's accelerator module, which
/// programs and tests import directly (`import_fresh_module('bisect', fresh=['_bisect'])`).
fn init_accelerated(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let bisect = crate::runtime::modules::import_dotted(ip, "bisect")?;
    for name in ["bisect_left", "bisect_right", "insort_left", "insort_right"] {
        let f = ops::getattr(ip, &bisect, intern(name))?;
        m.set(intern(name), f);
    }
    Ok(())
}

crate::native_module!("_bisect", init_accelerated);
