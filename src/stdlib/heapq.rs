//! `_heapq`: the heap operations under `heapq` (`src/lib_py/heapq.py` adds `merge`,
//! `nlargest` and `nsmallest`). Native, as CPython's: priority queues and schedulers run
//! them in their inner loops. Items move by swaps, and the list is checked after every
//! comparison (which may run Python code that changes it), as CPython's module does.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::{PyList, Value};
use crate::syntax::ast::CmpOp;
use corun_macros::function;

fn get(heap: &PyList, i: usize) -> Value {
    heap.items.borrow().get(i).cloned().unwrap_or(Value::None)
}

fn changed(ip: &Interp, heap: &PyList, size: usize) -> PyResult<()> {
    if heap.items.borrow().len() != size {
        return Err(ip.err(ExcKind::RuntimeError, "list changed size during iteration"));
    }
    Ok(())
}

/// `a < b`, or `b < a` for the max-heap.
fn less(ip: &Interp, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max {
        ops::compare(ip, CmpOp::Lt, b, a)
    } else {
        ops::compare(ip, CmpOp::Lt, a, b)
    }
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(ip: &Interp, heap: &PyList, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = heap.items.borrow().len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let smaller = less(ip, &get(heap, pos), &get(heap, parent), max)?;
        changed(ip, heap, size)?;
        if !smaller {
            break;
        }
        heap.items.borrow_mut().swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Moves the smaller child up until `pos` reaches a leaf, then the item there into place.
fn sift_up(ip: &Interp, heap: &PyList, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.items.borrow().len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let left_smaller = less(ip, &get(heap, child), &get(heap, child + 1), max)?;
            if !left_smaller {
                child += 1;
            }
            changed(ip, heap, end)?;
        }
        heap.items.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(ip, heap, start, pos, max)
}

fn empty(ip: &Interp) -> crate::runtime::exceptions::Exc {
    ip.err(ExcKind::IndexError, "index out of range")
}

#[function(_heapq, "heappush(heap, item, /)")]
fn heappush(ip: &Interp, heap: &Rc<PyList>, item: Value) -> PyResult<()> {
    let n = {
        let mut items = heap.items.borrow_mut();
        items.push(item);
        items.len()
    };
    sift_down(ip, heap, 0, n - 1, false)
}

fn pop(ip: &Interp, heap: &PyList, max: bool) -> PyResult<Value> {
    let (last, first) = {
        let mut items = heap.items.borrow_mut();
        let Some(last) = items.pop() else {
            return Err(empty(ip));
        };
        if items.is_empty() {
            return Ok(last);
        }
        let first = std::mem::replace(&mut items[0], last.clone());
        (last, first)
    };
    drop(last);
    sift_up(ip, heap, 0, max)?;
    Ok(first)
}

#[function(_heapq, "heappop(heap, /)")]
fn heappop(ip: &Interp, heap: &Rc<PyList>) -> PyResult<Value> {
    pop(ip, heap, false)
}

#[function(_heapq, "_heappop_max(heap, /)")]
fn heappop_max(ip: &Interp, heap: &Rc<PyList>) -> PyResult<Value> {
    pop(ip, heap, true)
}

fn replace(ip: &Interp, heap: &PyList, item: Value, max: bool) -> PyResult<Value> {
    let first = {
        let mut items = heap.items.borrow_mut();
        if items.is_empty() {
            return Err(empty(ip));
        }
        std::mem::replace(&mut items[0], item)
    };
    sift_up(ip, heap, 0, max)?;
    Ok(first)
}

#[function(_heapq, "heapreplace(heap, item, /)")]
fn heapreplace(ip: &Interp, heap: &Rc<PyList>, item: Value) -> PyResult<Value> {
    replace(ip, heap, item, false)
}

#[function(_heapq, "_heapreplace_max(heap, item, /)")]
fn heapreplace_max(ip: &Interp, heap: &Rc<PyList>, item: Value) -> PyResult<Value> {
    replace(ip, heap, item, true)
}

#[function(_heapq, "heappushpop(heap, item, /)")]
fn heappushpop(ip: &Interp, heap: &Rc<PyList>, item: Value) -> PyResult<Value> {
    let Some(top) = heap.items.borrow().first().cloned() else {
        return Ok(item);
    };
    if !ops::compare(ip, CmpOp::Lt, &top, &item)? {
        return Ok(item);
    }
    if heap.items.borrow().is_empty() {
        return Err(empty(ip));
    }
    replace(ip, heap, item, false)
}

fn heapify_impl(ip: &Interp, heap: &PyList, max: bool) -> PyResult<()> {
    let n = heap.items.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(ip, heap, i, max)?;
    }
    Ok(())
}

#[function(_heapq, "heapify(heap, /)")]
fn heapify(ip: &Interp, heap: &Rc<PyList>) -> PyResult<()> {
    heapify_impl(ip, heap, false)
}

#[function(_heapq, "_heapify_max(heap, /)")]
fn heapify_max(ip: &Interp, heap: &Rc<PyList>) -> PyResult<()> {
    heapify_impl(ip, heap, true)
}

pub fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_heapq", init);
crate::python_module!("heapq", "heapq.py");
