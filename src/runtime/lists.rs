//! Methods of `list` and `tuple`.

use std::rc::Rc;

use corun_macros::method;

use crate::eval::{ops, Interp};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::{PyList, PyTuple, Value};
use crate::syntax::ast::BinOp;

/// The first position from `start` (before `stop`) whose item equals `x`. The length and the
/// items are read afresh at each step, as an `__eq__` may change the list.
fn position(
    ip: &Interp,
    items: ops::Seq,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(v) = items.get(i) else {
            break;
        };
        if v.is(x) || ops::equals(ip, &v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

#[method(list, "append($self, object, /)")]
fn append(ip: &Interp, this: &Rc<PyList>, object: Value) -> PyResult<()> {
    crate::runtime::grow::push(ip, &mut this.items.borrow_mut(), object)
}

#[method(list, "extend($self, iterable, /)")]
fn extend(ip: &Interp, this: &Rc<PyList>, iterable: &Value) -> PyResult<()> {
    extend_list(ip, this, iterable)
}

/// `l.extend(v)` (and `l += v`): a list or tuple is copied in at once; any other iterable is
/// appended item by item as it is iterated, as CPython does (an iterator that looks at `l`
/// sees it grow).
pub fn extend_list(ip: &Interp, l: &PyList, v: &Value) -> PyResult<()> {
    match v {
        Value::Tuple(t) => {
            let mut items = l.items.borrow_mut();
            reserve_over(ip, &mut items, t.items.len())?;
            items.extend_from_slice(&t.items);
        }
        Value::List(other) if !std::ptr::eq(other.as_ref(), l) => {
            let more = other.items.borrow();
            let mut items = l.items.borrow_mut();
            reserve_over(ip, &mut items, more.len())?;
            items.extend_from_slice(&more);
        }
        Value::List(_) => {
            let more = ops::collect(ip, v)?;
            let mut items = l.items.borrow_mut();
            reserve_over(ip, &mut items, more.len())?;
            items.extend(more);
        }
        _ => {
            let mut it = ops::iter(ip, v)?;
            while let Some(x) = it.next_checked(ip)? {
                crate::runtime::grow::push(ip, &mut l.items.borrow_mut(), x)?;
            }
        }
    }
    Ok(())
}

/// Room for `additional` more items, grown as CPython's `list_resize` grows a list (an
/// eighth more than needed, plus 6, to a multiple of 4): a list extended a few items at a
/// time is reallocated as seldom as CPython's, not first at four items then at eight.
#[inline]
fn reserve_over(ip: &Interp, items: &mut Vec<Value>, additional: usize) -> PyResult<()> {
    if items.capacity() - items.len() >= additional {
        return Ok(());
    }
    let need = items.len().saturating_add(additional);
    let mut target = need.saturating_add((need >> 3) + 6) & !3;
    if additional > target.saturating_sub(need) {
        // A large extension: about what is needed, as CPython takes.
        target = need.saturating_add(3) & !3;
    }
    crate::runtime::grow::reserve(ip, items, target.max(need) - items.len())
}

/// `l *= n`: the list repeated in place (emptied for `n <= 0`), as `l * n` would repeat it.
pub fn repeat_in_place(ip: &Interp, l: &PyList, n: &Value) -> PyResult<()> {
    let copy = Value::list(l.items.borrow().clone());
    let repeated = ops::binary_op(ip, BinOp::Mult, &copy, n)?;
    if let Value::List(r) = repeated {
        let items = std::mem::take(&mut *r.items.borrow_mut());
        *l.items.borrow_mut() = items;
    }
    Ok(())
}

#[method(list, "insert($self, index, object, /)")]
fn insert(ip: &Interp, this: &Rc<PyList>, index: i64, object: Value) -> PyResult<()> {
    let i = index;
    let mut items = this.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    crate::runtime::grow::reserve(ip, &mut items, 1)?;
    items.insert(at as usize, object);
    Ok(())
}

#[method(list, "pop($self, index=-1, /)")]
fn pop(ip: &Interp, this: &Rc<PyList>, index: i64) -> PyResult<Value> {
    let i = index;
    let mut items = this.items.borrow_mut();
    if items.is_empty() {
        return Err(ip.err(ExcKind::IndexError, "pop from empty list"));
    }
    match ops::seq_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(ip.err(ExcKind::IndexError, "pop index out of range")),
    }
}

#[method(list, "remove($self, value, /)")]
fn remove(ip: &Interp, this: &Rc<PyList>, value: &Value) -> PyResult<()> {
    let l = this;
    match position(ip, ops::Seq::List(l), value, 0, usize::MAX)? {
        Some(i) => {
            let old = {
                let mut items = l.items.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(old);
            Ok(())
        }
        None => Err(ip.err(ExcKind::ValueError, "list.remove(x): x not in list")),
    }
}

/// The `start`/`stop` arguments of `index` (`_PyEval_SliceIndexNotNone`), negative ones
/// counted from the end of `len` items.
fn bounds(
    ip: &Interp,
    start: Option<&Value>,
    stop: Option<&Value>,
    len: impl Fn() -> usize,
) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>| -> PyResult<usize> {
        match v {
            None => Ok(usize::MAX),
            Some(v) => {
                let i = crate::stdlib::slice::index_not_none(ip, v)?;
                Ok(if i < 0 {
                    i.saturating_add(len() as i64).max(0) as usize
                } else {
                    i as usize
                })
            }
        }
    };
    let start = match start {
        None => 0,
        v => norm(v)?,
    };
    Ok((start, norm(stop)?))
}

#[method(list, "index($self, value, start=0, stop=sys.maxsize, /)")]
fn index(
    ip: &Interp,
    this: &Rc<PyList>,
    value: &Value,
    start: Option<&Value>,
    stop: Option<&Value>,
) -> PyResult<i64> {
    let l = this;
    let (start, stop) = bounds(ip, start, stop, || l.items.borrow().len())?;
    if let Some(i) = position(ip, ops::Seq::List(l), value, start, stop)? {
        return Ok(i as i64);
    }
    let r = crate::runtime::repr::repr(ip, value)?;
    Err(ip.err(ExcKind::ValueError, format!("{} is not in list", r)))
}

#[method(list, "count($self, value, /)")]
fn count(ip: &Interp, this: &Rc<PyList>, value: &Value) -> PyResult<i64> {
    count_in(ip, ops::Seq::List(this), value)
}

/// How many items equal `x`, the items read afresh at each step.
fn count_in(ip: &Interp, items: ops::Seq, x: &Value) -> PyResult<i64> {
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = items.get(i) {
        if v.is(x) || ops::equals(ip, &v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

/// `list.sort`, whose `reverse` is read as a C int (`'float' object cannot be interpreted as
/// an integer`), as in CPython 3.11. `sorted` calls it too, so its keyword errors are sort's.
#[method(list, "sort($self, /, *, key=None, reverse=False)")]
pub fn sort(
    ip: &Interp,
    this: &Rc<PyList>,
    key: Option<&Value>,
    reverse: Option<i32>,
) -> PyResult<()> {
    let l = this;
    let key = key.filter(|k| !k.is_none()).cloned();
    let reverse = reverse.unwrap_or(0) != 0;
    // Sorted outside the list, as CPython does: a key that looks at the list sees it empty.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = crate::runtime::builtins::sort_values(ip, &mut items, key.as_ref(), reverse);
    // CPython notices any change, even one undone (an append then a pop): the list left
    // empty by `take` has no buffer until something is put in it.
    let changed = l.items.borrow().capacity() != 0;
    *l.items.borrow_mut() = items;
    r?;
    if changed {
        return Err(ip.err(ExcKind::ValueError, "list modified during sort"));
    }
    Ok(())
}

#[method(list, "reverse($self, /)")]
fn reverse(_ip: &Interp, this: &Rc<PyList>) -> PyResult<()> {
    this.items.borrow_mut().reverse();
    Ok(())
}

#[method(list, "copy($self, /)")]
fn copy(_ip: &Interp, this: &Rc<PyList>) -> PyResult<Value> {
    Ok(Value::list(this.items.borrow().clone()))
}

#[method(list, "clear($self, /)")]
fn clear(_ip: &Interp, this: &Rc<PyList>) -> PyResult<()> {
    let old = std::mem::take(&mut *this.items.borrow_mut());
    drop(old);
    Ok(())
}

#[method(tuple, "index($self, value, start=0, stop=sys.maxsize, /)")]
fn tuple_index(
    ip: &Interp,
    this: &Rc<PyTuple>,
    value: &Value,
    start: Option<&Value>,
    stop: Option<&Value>,
) -> PyResult<i64> {
    let (start, stop) = bounds(ip, start, stop, || this.items.len())?;
    match position(ip, ops::Seq::Tuple(&this.items), value, start, stop)? {
        Some(i) => Ok(i as i64),
        None => Err(ip.err(ExcKind::ValueError, "tuple.index(x): x not in tuple")),
    }
}

#[method(tuple, "count($self, value, /)")]
fn tuple_count(ip: &Interp, this: &Rc<PyTuple>, value: &Value) -> PyResult<i64> {
    count_in(ip, ops::Seq::Tuple(&this.items), value)
}
