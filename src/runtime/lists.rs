//! Methods of `list` and `tuple`.

use std::rc::Rc;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{BuiltinFn, Kwargs};
use crate::runtime::value::{PyList, Value};
use crate::syntax::ast::BinOp;

fn recv<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        other => Err(crate::runtime::bind::descriptor_mismatch(
            ip,
            name,
            "list",
            other.unwrap_or(&Value::None),
        )),
    }
}

/// An index argument (`pop(i)`, `insert(i, x)`): an int or an object with `__index__`.
fn index_arg(ip: &Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        _ => crate::stdlib::ssize(ip, v),
    }
}

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

fn append(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "list.append", &args[1..], kw, 1, 1)?;
    let l = recv(ip, args, "append")?;
    crate::runtime::grow::push(ip, &mut l.items.borrow_mut(), args[1].clone())?;
    Ok(Value::None)
}

fn extend(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "list.extend", &args[1..], kw, 1, 1)?;
    extend_list(ip, recv(ip, args, "extend")?, &args[1])?;
    Ok(Value::None)
}

/// `l.extend(v)` (and `l += v`): a list or tuple is copied in at once; any other iterable is
/// appended item by item as it is iterated, as CPython does (an iterator that looks at `l`
/// sees it grow).
pub fn extend_list(ip: &Interp, l: &PyList, v: &Value) -> PyResult<()> {
    match v {
        Value::List(_) | Value::Tuple(_) => {
            let more = ops::collect(ip, v)?;
            let mut items = l.items.borrow_mut();
            crate::runtime::grow::reserve(ip, &mut items, more.len())?;
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

fn insert(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "insert", &args[1..], kw, 2, 2)?;
    let l = recv(ip, args, "insert")?;
    let i = index_arg(ip, &args[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    crate::runtime::grow::reserve(ip, &mut items, 1)?;
    items.insert(at as usize, args[2].clone());
    Ok(Value::None)
}

fn pop(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "pop", &args[1..], kw, 0, 1)?;
    let l = recv(ip, args, "pop")?;
    let i = match args.get(1) {
        Some(v) => index_arg(ip, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(ip.err(ExcKind::IndexError, "pop from empty list"));
    }
    match ops::seq_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(ip.err(ExcKind::IndexError, "pop index out of range")),
    }
}

fn remove(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "list.remove", &args[1..], kw, 1, 1)?;
    let l = recv(ip, args, "remove")?;
    match position(ip, ops::Seq::List(l), &args[1], 0, usize::MAX)? {
        Some(i) => {
            let old = {
                let mut items = l.items.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(old);
            Ok(Value::None)
        }
        None => Err(ip.err(ExcKind::ValueError, "list.remove(x): x not in list")),
    }
}

/// The `start`/`stop` arguments of `index` (`_PyEval_SliceIndexNotNone`), negative ones
/// counted from the end of `len` items.
fn bounds(ip: &Interp, args: &[Value], len: impl Fn() -> usize) -> PyResult<(usize, usize)> {
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
    let start = match args.first() {
        None => 0,
        v => norm(v)?,
    };
    Ok((start, norm(args.get(1))?))
}

fn index(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "index", &args[1..], kw, 1, 3)?;
    let l = recv(ip, args, "index")?;
    let (start, stop) = bounds(ip, &args[2..], || l.items.borrow().len())?;
    if let Some(i) = position(ip, ops::Seq::List(l), &args[1], start, stop)? {
        return Ok(Value::Int(i as i64));
    }
    let r = crate::runtime::repr::repr(ip, &args[1])?;
    Err(ip.err(ExcKind::ValueError, format!("{} is not in list", r)))
}

fn count(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "list.count", &args[1..], kw, 1, 1)?;
    let l = recv(ip, args, "count")?;
    Ok(Value::Int(count_in(ip, ops::Seq::List(l), &args[1])?))
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

fn sort(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if args.len() > 1 {
        return ip.type_error("sort() takes no positional arguments");
    }
    let [key, reverse] = crate::aio::take_kwargs(ip, "sort", kw, ["key", "reverse"])?;
    let l = recv(ip, args, "sort")?;
    let reverse = match reverse {
        Some(v) => ops::truthy(ip, &v)?,
        None => false,
    };
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
    Ok(Value::None)
}

fn reverse(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "list.reverse", &args[1..], kw, 0, 0)?;
    recv(ip, args, "reverse")?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "list.copy", &args[1..], kw, 0, 0)?;
    Ok(Value::list(recv(ip, args, "copy")?.items.borrow().clone()))
}

fn clear(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "list.clear", &args[1..], kw, 0, 0)?;
    let old = std::mem::take(&mut *recv(ip, args, "clear")?.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn tuple_items(ip: &Interp, args: &[Value]) -> PyResult<Rc<crate::runtime::value::PyTuple>> {
    match args.first() {
        Some(Value::Tuple(t)) => Ok(t.clone()),
        _ => ip.type_error("descriptor for 'tuple' objects doesn't apply"),
    }
}

fn tuple_index(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "index", &args[1..], kw, 1, 3)?;
    let t = tuple_items(ip, args)?;
    let (start, stop) = bounds(ip, &args[2..], || t.items.len())?;
    match position(ip, ops::Seq::Tuple(&t.items), &args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(ip.err(ExcKind::ValueError, "tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "tuple.count", &args[1..], kw, 1, 1)?;
    let t = tuple_items(ip, args)?;
    Ok(Value::Int(count_in(
        ip,
        ops::Seq::Tuple(&t.items),
        &args[1],
    )?))
}

macro_rules! methods {
    ($($id:ident = $owner:literal . $name:literal => $f:expr),* $(,)?) => {
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: Some($owner), call: $f, sig: None };)*
    };
}

methods! {
    APPEND = "list"."append" => append,
    EXTEND = "list"."extend" => extend,
    INSERT = "list"."insert" => insert,
    POP = "list"."pop" => pop,
    REMOVE = "list"."remove" => remove,
    INDEX = "list"."index" => index,
    COUNT = "list"."count" => count,
    SORT = "list"."sort" => sort,
    REVERSE = "list"."reverse" => reverse,
    COPY = "list"."copy" => copy,
    CLEAR = "list"."clear" => clear,
    TUPLE_INDEX = "tuple"."index" => tuple_index,
    TUPLE_COUNT = "tuple"."count" => tuple_count,
}

/// Puts the list and tuple methods into their classes.
pub fn install(ip: &Interp) {
    let put = |c: &Rc<crate::runtime::object::Class>, f: &'static BuiltinFn| {
        c.dict
            .borrow_mut()
            .insert(intern(f.name), Value::Builtin(f));
    };
    for f in [
        &APPEND, &EXTEND, &INSERT, &POP, &REMOVE, &INDEX, &COUNT, &SORT, &REVERSE, &COPY, &CLEAR,
    ] {
        put(&ip.types.list, f);
    }
    put(&ip.types.tuple, &TUPLE_INDEX);
    put(&ip.types.tuple, &TUPLE_COUNT);
}
