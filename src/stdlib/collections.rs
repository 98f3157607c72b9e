//! The `collections` module: `deque`. (Its other names need classes written in Python.)

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::{ClassSpec, Native, NativeIter, NativeObj};
use crate::eval::ops::{self, Iter};
use crate::eval::Interp;
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use corun_macros::{method, staticmethod};

pub struct Deque {
    pub items: RefCell<VecDeque<Value>>,
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every change, so an iterator can tell the deque changed under it.
    pub state: Cell<u64>,
}

impl Deque {
    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// CPython's "deque mutated during iteration" when the deque changed since `state`.
    fn check_state(&self, ip: &Interp, state: u64, kind: ExcKind) -> PyResult<()> {
        if self.state.get() != state {
            return Err(ip.err(kind, "deque mutated during iteration"));
        }
        Ok(())
    }

    fn push_back(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if let Some(m) = self.maxlen.get() {
            if m == 0 {
                return;
            }
            if items.len() >= m {
                let old = items.pop_front();
                items.push_back(v);
                drop(items);
                drop(old);
                return;
            }
        }
        items.push_back(v);
    }

    fn push_front(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if let Some(m) = self.maxlen.get() {
            if m == 0 {
                return;
            }
            if items.len() >= m {
                let old = items.pop_back();
                items.push_front(v);
                drop(items);
                drop(old);
                return;
            }
        }
        items.push_front(v);
    }
}

native_arg!(Deque, Deque, "collections.deque");

#[staticmethod(
    "collections.deque",
    "deque($type, iterable=(), maxlen=None)",
    attr = "__new__"
)]
fn deque_new(
    ip: &Interp,
    _cls: &Value,
    iterable: Option<&Value>,
    maxlen: Option<&Value>,
) -> PyResult<Value> {
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            let n = super::ssize(ip, v)?;
            if n < 0 {
                return Err(ip.err(ExcKind::ValueError, "maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        Some(_) => return ip.type_error("an integer is required"),
    };
    let d = Deque {
        items: RefCell::new(VecDeque::new()),
        maxlen: Cell::new(maxlen),
        state: Cell::new(0),
    };
    if let Some(it) = iterable {
        let mut it = ops::iter(ip, it)?;
        while let Some(x) = it.next_checked(ip)? {
            d.push_back(x);
        }
    }
    Ok(super::new_obj(ip, &DEQUE, Native::Deque(d)))
}

#[method("collections.deque", "append($self, item, /)")]
fn d_append(_ip: &Interp, d: &Deque, item: Value) -> PyResult<()> {
    d.push_back(item);
    Ok(())
}

#[method("collections.deque", "appendleft($self, item, /)")]
fn d_appendleft(_ip: &Interp, d: &Deque, item: Value) -> PyResult<()> {
    d.push_front(item);
    Ok(())
}

#[method("collections.deque", "pop($self, /)")]
fn d_pop(ip: &Interp, d: &Deque) -> PyResult<Value> {
    d.touch();
    let v = d.items.borrow_mut().pop_back();
    v.ok_or_else(|| ip.err(ExcKind::IndexError, "pop from an empty deque"))
}

#[method("collections.deque", "popleft($self, /)")]
fn d_popleft(ip: &Interp, d: &Deque) -> PyResult<Value> {
    d.touch();
    let v = d.items.borrow_mut().pop_front();
    v.ok_or_else(|| ip.err(ExcKind::IndexError, "pop from an empty deque"))
}

#[method("collections.deque", "extend($self, iterable, /)")]
fn d_extend(ip: &Interp, d: &Deque, iterable: &Value) -> PyResult<()> {
    // Extending a deque by itself takes a copy first; any other iterable is appended item by
    // item as it is iterated, as CPython does.
    let itself = matches!(iterable, Value::Native(o) if matches!(&o.kind, Native::Deque(e) if std::ptr::eq(e, d)));
    if itself {
        for x in ops::collect(ip, iterable)? {
            d.push_back(x);
        }
        return Ok(());
    }
    let mut it = ops::iter(ip, iterable)?;
    while let Some(x) = it.next_checked(ip)? {
        d.push_back(x);
    }
    Ok(())
}

#[method("collections.deque", "extendleft($self, iterable, /)")]
fn d_extendleft(ip: &Interp, d: &Deque, iterable: &Value) -> PyResult<()> {
    for x in ops::collect(ip, iterable)? {
        d.push_front(x);
    }
    Ok(())
}

#[method("collections.deque", "clear($self, /)")]
fn d_clear(_ip: &Interp, d: &Deque) -> PyResult<()> {
    d.touch();
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    Ok(())
}

/// `deque.rotate(n=1, /)`, whose count error CPython words with the class's name.
#[method("collections.deque", "deque.rotate($self, n=1, /)", attr = "rotate")]
fn d_rotate(_ip: &Interp, d: &Deque, n: i64) -> PyResult<()> {
    d.touch();
    let mut items = d.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(())
}

#[method("collections.deque", "copy($self, /)")]
fn d_copy(ip: &Interp, d: &Deque) -> PyResult<Value> {
    let c = Deque {
        items: RefCell::new(d.items.borrow().clone()),
        maxlen: Cell::new(d.maxlen.get()),
        state: Cell::new(0),
    };
    Ok(super::new_obj(ip, &DEQUE, Native::Deque(c)))
}

#[method("collections.deque", "reverse($self, /)")]
fn d_reverse(_ip: &Interp, d: &Deque) -> PyResult<()> {
    d.touch();
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(())
}

#[method("collections.deque", "count($self, value, /)")]
fn d_count(ip: &Interp, d: &Deque, value: &Value) -> PyResult<i64> {
    let (n, state) = (d.items.borrow().len(), d.state.get());
    let mut count = 0;
    for i in 0..n {
        let Some(x) = d.items.borrow().get(i).cloned() else {
            break;
        };
        if x.is(value) || ops::equals(ip, &x, value)? {
            count += 1;
        }
        d.check_state(ip, state, ExcKind::RuntimeError)?;
    }
    Ok(count)
}

/// `x in d`: CPython's `deque_contains` (an item found counts even if the deque changed).
pub fn deque_contains(ip: &Interp, d: &Deque, v: &Value) -> PyResult<bool> {
    let (n, state) = (d.items.borrow().len(), d.state.get());
    for i in 0..n {
        let Some(x) = d.items.borrow().get(i).cloned() else {
            break;
        };
        if x.is(v) || ops::equals(ip, &x, v)? {
            return Ok(true);
        }
        d.check_state(ip, state, ExcKind::RuntimeError)?;
    }
    Ok(false)
}

#[method(
    "collections.deque",
    "index($self, value, start=0, stop=sys.maxsize, /)",
    style = tuple
)]
fn d_index(
    ip: &Interp,
    d: &Deque,
    value: &Value,
    start: Option<&Value>,
    stop: Option<&Value>,
) -> PyResult<i64> {
    let bound = |v: Option<&Value>| -> PyResult<Option<i64>> {
        v.map(|v| super::slice::index_not_none(ip, v)).transpose()
    };
    let (start, stop) = (bound(start)?, bound(stop)?);
    let len = d.items.borrow().len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let stop = stop.map_or(len, norm).min(len);
    let start = start.map_or(0, norm).min(stop);
    let state = d.state.get();
    for i in start..stop {
        let Some(x) = d.items.borrow().get(i as usize).cloned() else {
            break;
        };
        if x.is(value) || ops::equals(ip, &x, value)? {
            return Ok(i);
        }
        d.check_state(ip, state, ExcKind::RuntimeError)?;
    }
    let r = crate::runtime::repr::repr(ip, value)?;
    Err(ip.err(ExcKind::ValueError, format!("{} is not in deque", r)))
}

#[method("collections.deque", "remove($self, value, /)")]
fn d_remove(ip: &Interp, d: &Deque, value: &Value) -> PyResult<()> {
    let (n, state) = (d.items.borrow().len(), d.state.get());
    for i in 0..n {
        let Some(x) = d.items.borrow().get(i).cloned() else {
            break;
        };
        let found = x.is(value) || ops::equals(ip, &x, value)?;
        d.check_state(ip, state, ExcKind::IndexError)?;
        if found {
            d.touch();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
            return Ok(());
        }
    }
    let r = crate::runtime::repr::repr(ip, value)?;
    Err(ip.err(ExcKind::ValueError, format!("{} is not in deque", r)))
}

/// `a op b` for two deques, as CPython's `deque_richcompare`: both iterated (a change of
/// either is an error) until two items differ, which then decide; else the lengths.
pub fn deque_compare(
    ip: &Interp,
    op: crate::syntax::ast::CmpOp,
    a: &Deque,
    b: &Deque,
) -> PyResult<bool> {
    use crate::syntax::ast::CmpOp;
    let (la, lb) = (a.items.borrow().len(), b.items.borrow().len());
    match op {
        CmpOp::Eq if std::ptr::eq(a, b) => return Ok(true),
        CmpOp::Eq if la != lb => return Ok(false),
        CmpOp::NotEq if std::ptr::eq(a, b) => return Ok(false),
        CmpOp::NotEq if la != lb => return Ok(true),
        _ => {}
    }
    ops::nested_comparison(ip, || deque_compare_items(ip, op, a, b))
}

fn deque_compare_items(
    ip: &Interp,
    op: crate::syntax::ast::CmpOp,
    a: &Deque,
    b: &Deque,
) -> PyResult<bool> {
    use crate::syntax::ast::CmpOp;
    let (sa, sb) = (a.state.get(), b.state.get());
    let mut i = 0;
    loop {
        a.check_state(ip, sa, ExcKind::RuntimeError)?;
        let x = a.items.borrow().get(i).cloned();
        b.check_state(ip, sb, ExcKind::RuntimeError)?;
        let y = b.items.borrow().get(i).cloned();
        let (Some(x), Some(y)) = (x, y) else {
            let (x_left, y_left) = (i < a.items.borrow().len(), i < b.items.borrow().len());
            return Ok(match op {
                CmpOp::Lt => y_left,
                CmpOp::LtE => !x_left,
                CmpOp::Eq => x_left == y_left,
                CmpOp::NotEq => x_left != y_left,
                CmpOp::Gt => x_left,
                _ => !y_left,
            });
        };
        if !(x.is(&y) || ops::equals(ip, &x, &y)?) {
            return ops::compare(ip, op, &x, &y);
        }
        i += 1;
    }
}

#[method("collections.deque", "insert($self, index, value, /)", style = tuple)]
fn d_insert(ip: &Interp, d: &Deque, index: i64, value: Value) -> PyResult<()> {
    let len = d.items.borrow().len() as i64;
    if d.maxlen.get() == Some(len as usize) {
        return Err(ip.err(ExcKind::IndexError, "deque already at its maximum size"));
    }
    let mut i = index;
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    d.touch();
    d.items.borrow_mut().insert(i, value);
    Ok(())
}

static DEQUE: ClassSpec = ClassSpec {
    key: "collections.deque",
    module: "collections",
    name: "deque",
    base: None,
    new: None,
    methods: &[],
};

/// A new deque of these items (only the last `maxlen` kept).
pub fn make(ip: &Interp, items: Vec<Value>, maxlen: Option<usize>) -> Value {
    let d = Deque {
        items: RefCell::new(VecDeque::new()),
        maxlen: Cell::new(maxlen),
        state: Cell::new(0),
    };
    for x in items {
        d.push_back(x);
    }
    super::new_obj(ip, &DEQUE, Native::Deque(d))
}

pub fn deque_attr(_ip: &Interp, d: &Deque, name: Symbol) -> PyResult<Option<Value>> {
    Ok(match name.as_str() {
        "maxlen" => Some(match d.maxlen.get() {
            Some(m) => Value::Int(m as i64),
            None => Value::None,
        }),
        _ => None,
    })
}

pub fn deque_repr(ip: &Interp, d: &Deque, addr: usize) -> PyResult<String> {
    let r = crate::runtime::repr::repr_guard(addr, || -> PyResult<String> {
        let items: Vec<Value> = d.items.borrow().iter().cloned().collect();
        let parts = items
            .iter()
            .map(|x| crate::runtime::repr::repr(ip, x))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(match d.maxlen.get() {
            Some(m) => format!("deque([{}], maxlen={})", parts.join(", "), m),
            None => format!("deque([{}])", parts.join(", ")),
        })
    });
    match r {
        Some(r) => r,
        None => Ok("[...]".into()),
    }
}

fn index(ip: &Interp, d: &Deque, index: &Value) -> PyResult<usize> {
    let Some(i) = numbers::index_opt(ip, index)? else {
        return ip.type_error(format!(
            "sequence index must be integer, not '{}'",
            ops::type_name(ip, index)
        ));
    };
    let Some(i) = num_traits::ToPrimitive::to_i64(&i) else {
        return Err(ip.err(
            ExcKind::IndexError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                ops::type_name(ip, index)
            ),
        ));
    };
    let len = d.items.borrow().len();
    ops::seq_index(i, len).ok_or_else(|| ip.err(ExcKind::IndexError, "deque index out of range"))
}

pub fn deque_getitem(ip: &Interp, d: &Deque, i: &Value) -> PyResult<Value> {
    let j = index(ip, d, i)?;
    Ok(d.items.borrow()[j].clone())
}

pub fn deque_setitem(ip: &Interp, d: &Deque, i: &Value, v: Value) -> PyResult<()> {
    let j = index(ip, d, i)?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[j], v);
    drop(old);
    Ok(())
}

struct DequeIter {
    obj: Rc<NativeObj>,
    i: usize,
    state: u64,
}

impl NativeIter for DequeIter {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let Native::Deque(d) = &self.obj.kind else {
            return Ok(None);
        };
        if d.state.get() != self.state {
            return Err(ip.err(ExcKind::RuntimeError, "deque mutated during iteration"));
        }
        let v = d.items.borrow().get(self.i).cloned();
        self.i += 1;
        Ok(v)
    }
}

pub fn deque_iter(o: Rc<NativeObj>) -> Iter {
    let state = match &o.kind {
        Native::Deque(d) => d.state.get(),
        _ => 0,
    };
    Iter::Std(Box::new(DequeIter {
        obj: o,
        i: 0,
        state,
    }))
}

/// `_count_elements(mapping, iterable)`: what `Counter.update` counts with, as CPython's C
/// helper: each element hashed once, looked up and stored by that hash.
#[corun_macros::function(_collections, "_count_elements(mapping, iterable, /)")]
fn count_elements(ip: &Interp, mapping: &Value, iterable: &Value) -> PyResult<Value> {
    let Some(Value::Dict(d)) = crate::eval::classes::base_of(mapping).or(Some(mapping)) else {
        return ip.type_error("_count_elements() needs a dict");
    };
    let d = d.clone();
    let one = Value::Int(1);
    let mut it = ops::iter(ip, iterable)?;
    while let Some(x) = it.next_checked(ip)? {
        let h = crate::runtime::dict::hash(ip, &x)?;
        let new = match crate::runtime::dict::get_hashed(ip, &d, &x, h)? {
            Some(old) => ops::binary_op(ip, crate::syntax::ast::BinOp::Add, &old, &one)?,
            None => one.clone(),
        };
        crate::runtime::dict::set_hashed(ip, &d, x, h, new)?;
    }
    Ok(Value::None)
}

/// `_fill_class(cls, key)`: gives a class written in Python the members declared for `key`
/// (`#[method("collections.OrderedDict", …)]`), set on it as any class attribute is. CPython
/// writes `OrderedDict` and `defaultdict` in C: their methods, declared below, take and check
/// their arguments, and word their errors, as CPython's do.
#[corun_macros::function(_collections, "_fill_class(cls, key, /)")]
fn fill_class(ip: &Interp, cls: &Value, key: &str) -> PyResult<Value> {
    for d in crate::runtime::bind::type_members(key) {
        ops::setattr(
            ip,
            cls,
            intern(d.f.name),
            crate::runtime::bind::member_value(d),
        )?;
    }
    Ok(Value::None)
}

/// Calls `dict`'s own member `name` (a class method's function, unwrapped) with `args`: what
/// an `OrderedDict` method that CPython writes apart from dict's does to corun's, which is a
/// dict with an order.
fn dict_member(ip: &Interp, name: &str, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let member = ip.types.dict.dict.borrow().get(&intern(name)).cloned();
    let f = match member {
        Some(Value::Descr(d)) => match &*d {
            crate::runtime::instance::Descr::ClassMethod(f) => f.clone(),
            _ => Value::Descr(d.clone()),
        },
        Some(v) => v,
        None => return Err(ip.err(ExcKind::AttributeError, format!("dict has no {name}"))),
    };
    let mut a: crate::eval::call::Args = args.iter().cloned().collect();
    crate::eval::call::call_value(ip, &f, &mut a, kw)
}

/// Calls the helper `name` of the `collections` module (written in Python) with `args`.
fn collections_helper(ip: &Interp, name: &str, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let module = crate::runtime::modules::import(
        ip,
        &crate::syntax::ast::DottedName {
            parts: vec![intern("collections")],
            span: Default::default(),
        },
    )?;
    let f = ops::getattr(ip, &module, intern(name))?;
    let mut a: crate::eval::call::Args = args.iter().cloned().collect();
    crate::eval::call::call_value(ip, &f, &mut a, kw)
}

#[corun_macros::method("collections.OrderedDict", "keys($self, /)", raw)]
fn odict_keys(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_member(ip, "keys", args, kw)
}

#[corun_macros::method("collections.OrderedDict", "items($self, /)", raw)]
fn odict_items(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_member(ip, "items", args, kw)
}

#[corun_macros::method("collections.OrderedDict", "values($self, /)", raw)]
fn odict_values(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_member(ip, "values", args, kw)
}

#[corun_macros::method("collections.OrderedDict", "clear($self, /)", raw)]
fn odict_clear(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_member(ip, "clear", args, kw)
}

#[corun_macros::method("collections.OrderedDict", "pop($self, /, key, default=None)", raw)]
fn odict_pop(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_member(ip, "pop", args, kw)
}

#[corun_macros::method(
    "collections.OrderedDict",
    "setdefault($self, /, key, default=None)",
    raw
)]
fn odict_setdefault(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_member(ip, "setdefault", args, kw)
}

#[corun_macros::method("collections.OrderedDict", "update($self, /, *args, **kwargs)", raw)]
fn odict_update(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_member(ip, "update", args, kw)
}

#[corun_macros::classmethod(
    "collections.OrderedDict",
    "fromkeys($type, /, iterable, value=None)",
    raw
)]
fn odict_fromkeys(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_member(ip, "fromkeys", args, kw)
}

#[corun_macros::method("collections.OrderedDict", "copy($self, /)", raw)]
fn odict_copy(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    collections_helper(ip, "_odict_copy", args, kw)
}

#[corun_macros::method(
    "collections.OrderedDict",
    "move_to_end($self, /, key, last=True)",
    raw
)]
fn odict_move_to_end(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    collections_helper(ip, "_odict_move_to_end", args, kw)
}

#[corun_macros::method("collections.OrderedDict", "popitem($self, /, last=True)", raw)]
fn odict_popitem(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    collections_helper(ip, "_odict_popitem", args, kw)
}

#[corun_macros::method("collections.defaultdict", "copy($self, /)", raw)]
fn defaultdict_copy(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    collections_helper(ip, "_defaultdict_copy", args, kw)
}

#[corun_macros::method("collections.defaultdict", "__copy__($self, /)", raw)]
fn defaultdict_dunder_copy(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    collections_helper(ip, "_defaultdict_copy", args, kw)
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    m.set(intern("deque"), Value::Class(super::class(ip, &DEQUE)));
    super::add_declared(m, "_collections");
    Ok(())
}

crate::native_module!("_collections", init);
