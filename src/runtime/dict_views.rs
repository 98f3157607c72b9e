//! A dict's views (`keys()`, `values()`, `items()`): iterating them with CPython's checks for
//! a dict that changes meanwhile, and the set operations and comparisons of keys and items
//! views.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::runtime::dict::{merge, PyDict};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;

/// A keys or items view: the views that are set-like (values views are not).
fn set_like_view(v: &Value) -> Option<&DictView> {
    match v {
        Value::DictView(view) if view.kind != ViewKind::Values => Some(view),
        _ => None,
    }
}

/// CPython's `dictviews_to_set`: a new set of a view's keys or items, or of any iterable.
fn to_set(ip: &Interp, v: &Value) -> PyResult<Rc<crate::runtime::set::PySet>> {
    match v {
        Value::DictView(view) if view.kind == ViewKind::Keys => {
            crate::runtime::set::from_iterable(ip, &Value::Dict(view.dict.clone()))
        }
        _ => crate::runtime::set::from_iterable(ip, v),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` where either side is a dict's keys or items view (a new
/// set, as CPython's dict views make), and `d1 | d2` of two dicts; None when neither applies.
pub fn binary(
    ip: &Interp,
    op: crate::syntax::ast::BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    use crate::runtime::set;
    use crate::syntax::ast::BinOp;
    if let (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) = (op, a, b) {
        let new = x.copy();
        merge(ip, &new, y)?;
        return Ok(Some(Value::Dict(new)));
    }
    if set_like_view(a).is_none() && set_like_view(b).is_none() {
        return Ok(None);
    }
    let r = match op {
        BinOp::Sub => {
            let r = to_set(ip, a)?;
            set::difference_update(ip, &r, b)?;
            r
        }
        BinOp::BitOr => {
            let r = to_set(ip, a)?;
            set::update(ip, &r, b)?;
            r
        }
        BinOp::BitXor => {
            let r = to_set(ip, a)?;
            set::symmetric_difference_update(ip, &r, b)?;
            r
        }
        BinOp::BitAnd => view_intersection(ip, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::Set(r)))
}

/// CPython's `_PyDictView_Intersect`: the items of the smaller side found in the view.
fn view_intersection(
    ip: &Interp,
    a: &Value,
    b: &Value,
) -> PyResult<Rc<crate::runtime::set::PySet>> {
    use crate::runtime::set;
    let (mut this, mut other) = if set_like_view(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let len_this = ops::len(ip, this)?;
    if let Value::Set(o) = other {
        if len_this <= o.len() {
            return set::intersection(ip, o, this);
        }
    }
    if set_like_view(other).is_some() && ops::len(ip, other)? > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let result = set::PySet::new();
    let mut it = ops::iter(ip, other)?;
    while let Some(x) = it.next_checked(ip)? {
        if ops::contains(ip, this, &x)? {
            set::add(ip, &result, x)?;
        }
    }
    Ok(result)
}

/// `a op b` where one side is a keys or items view and the other a set or such a view, as
/// CPython's `dictview_richcompare` (by sizes, then containment); None when it does not apply.
pub fn view_compare(
    ip: &Interp,
    op: crate::syntax::ast::CmpOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<bool>> {
    use crate::syntax::ast::CmpOp;
    let set_like =
        |v: &Value| set_like_view(v).is_some() || matches!(v, Value::Set(_) | Value::FrozenSet(_));
    if !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    // The view's method works from the view's side: a set on the left reflects.
    let (a, b, op) = if set_like_view(a).is_some() {
        (a, b, op)
    } else if set_like_view(b).is_some() {
        let reflected = match op {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::LtE => CmpOp::GtE,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::GtE => CmpOp::LtE,
            other => other,
        };
        (b, a, reflected)
    } else {
        return Ok(None);
    };
    let all_in = |x: &Value, y: &Value| -> PyResult<bool> {
        let mut it = ops::iter(ip, x)?;
        while let Some(v) = it.next_checked(ip)? {
            if !ops::contains(ip, y, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let (la, lb) = (ops::len(ip, a)?, ops::len(ip, b)?);
    Ok(Some(match op {
        CmpOp::Eq => la == lb && all_in(a, b)?,
        CmpOp::NotEq => !(la == lb && all_in(a, b)?),
        CmpOp::Lt => la < lb && all_in(a, b)?,
        CmpOp::LtE => la <= lb && all_in(a, b)?,
        CmpOp::Gt => la > lb && all_in(b, a)?,
        CmpOp::GtE => la >= lb && all_in(b, a)?,
        _ => return Ok(None),
    }))
}

/// Which view of a dict.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Rc<PyDict>,
    pub kind: ViewKind,
}

impl crate::runtime::gc::Trace for DictView {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        v.rc(&self.dict);
    }
    fn clear(&self, _t: &mut crate::runtime::gc::Trash) {}
}

impl DictView {
    /// A view of `dict` as a value.
    pub fn make(dict: Rc<PyDict>, kind: ViewKind) -> Value {
        let v = Rc::new(DictView { dict, kind });
        crate::runtime::gc::track(crate::runtime::gc::Kind::DictView, &v);
        Value::DictView(v)
    }

    /// What the view shows of one entry.
    pub fn show(&self, k: Value, v: Value) -> Value {
        match self.kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => Value::tuple(vec![k, v]),
        }
    }
}

/// Iteration over a dict or one of its views, with CPython's checks: a change of size is
/// "dictionary changed size during iteration" (and stays so), and more keys than the size
/// promised is "dictionary keys changed during iteration".
pub struct DictIter {
    pub view: DictView,
    /// The next entry position (`usize::MAX` once exhausted: it stays so).
    pos: usize,
    /// The size the dict had when iteration began (`usize::MAX` once it failed).
    used: usize,
    /// How many items are still expected.
    left: usize,
}

impl DictIter {
    pub fn new(dict: Rc<PyDict>, kind: ViewKind) -> DictIter {
        let used = dict.len();
        DictIter {
            view: DictView { dict, kind },
            pos: 0,
            used,
            left: used,
        }
    }

    pub fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        Ok(self.next_entry(ip)?.map(|(k, v)| self.view.show(k, v)))
    }

    /// The next entry's key and value, apart.
    #[inline]
    pub fn next_entry(&mut self, ip: &Interp) -> PyResult<Option<(Value, Value)>> {
        if self.pos == usize::MAX {
            return Ok(None);
        }
        if self.view.dict.len() != self.used {
            self.used = usize::MAX;
            return Err(ip.err(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        let Some((_, k, v)) = self.view.dict.next_entry(&mut self.pos) else {
            self.pos = usize::MAX;
            return Ok(None);
        };
        if self.left == 0 {
            self.pos = usize::MAX;
            return Err(ip.err(
                ExcKind::RuntimeError,
                "dictionary keys changed during iteration",
            ));
        }
        self.left -= 1;
        Ok(Some((k, v)))
    }

    /// The items left to come, without advancing (what the iterator pickles as).
    pub fn rest(&self, ip: &Interp) -> PyResult<Vec<Value>> {
        let mut copy = DictIter {
            view: DictView {
                dict: self.view.dict.clone(),
                kind: self.view.kind,
            },
            pos: self.pos,
            used: self.used,
            left: self.left,
        };
        let mut out = Vec::with_capacity(copy.remaining());
        while let Some(v) = copy.next(ip)? {
            out.push(v);
        }
        Ok(out)
    }

    /// How many items are left to come.
    pub fn remaining(&self) -> usize {
        if self.pos == usize::MAX {
            0
        } else {
            self.left
        }
    }
}

impl<'a> crate::runtime::bind::FromArg<'a> for &'a Rc<DictView> {
    fn from_arg(ip: &Interp, v: &'a Value, at: crate::runtime::bind::At) -> PyResult<Self> {
        match v {
            Value::DictView(d) => Ok(d),
            _ => Err(at.wrong_type(ip, "dict view", v)),
        }
    }
}

/// CPython's `dictviews_isdisjoint`: the smaller side is walked and looked up in the other.
fn isdisjoint(ip: &Interp, this: &Rc<DictView>, other: &Value) -> PyResult<bool> {
    let me = Value::DictView(this.clone());
    if other.is(&me) {
        return Ok(this.dict.is_empty());
    }
    let (mut walk, mut look) = (other, &me);
    let sized = matches!(
        other,
        Value::Set(_) | Value::FrozenSet(_) | Value::DictView(_)
    );
    if sized && ops::len(ip, other)? > this.dict.len() {
        std::mem::swap(&mut walk, &mut look);
    }
    let mut it = ops::iter(ip, walk)?;
    while let Some(x) = it.next_checked(ip)? {
        if ops::contains(ip, look, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

#[corun_macros::method(dict_keys, "isdisjoint($self, other, /)")]
fn keys_isdisjoint(ip: &Interp, this: &Rc<DictView>, other: &Value) -> PyResult<bool> {
    isdisjoint(ip, this, other)
}

#[corun_macros::method(dict_items, "isdisjoint($self, other, /)")]
fn items_isdisjoint(ip: &Interp, this: &Rc<DictView>, other: &Value) -> PyResult<bool> {
    isdisjoint(ip, this, other)
}

/// `view.mapping`: a read-only proxy of the view's dict (`types.MappingProxyType`).
pub fn mapping(ip: &Interp, view: &DictView) -> PyResult<Value> {
    let types = crate::runtime::modules::import_dotted(ip, "types")?;
    let proxy = ops::getattr(ip, &types, crate::intern::intern("MappingProxyType"))?;
    crate::stdlib::call_with(ip, &proxy, &[Value::Dict(view.dict.clone())])
}
