//! The `itertools` module: lazy iterators, each following its CPython implementation step for
//! step (what is consumed from the inputs, and when, matches).

use std::cell::RefCell;
use std::rc::Rc;

use super::{ClassSpec, NativeIter};
use crate::eval::ops::{self, Iter};
use crate::eval::Interp;
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::syntax::ast::BinOp;
use corun_macros::{classmethod, function, staticmethod};

/// The class `itertools.NAME`; its constructor and methods are declared for that key.
macro_rules! spec {
    ($id:ident, $name:literal) => {
        static $id: ClassSpec = ClassSpec {
            key: concat!("itertools.", $name),
            module: "itertools",
            name: $name,
            base: None,
            new: None,
            methods: &[],
        };
    };
}

// Each class's constructor is its `__new__`, named after the class in its errors as in
// CPython.

/// An empty iterator, to leave in place of one taken out.
fn empty() -> Iter {
    Iter::Items {
        items: Vec::new(),
        i: 0,
    }
}

// ---- count ----

struct Count {
    cur: Value,
    step: Value,
}

impl NativeIter for Count {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let v = self.cur.clone();
        self.cur = ops::binary_op(ip, BinOp::Add, &self.cur, &self.step)?;
        Ok(Some(v))
    }
    fn repr(&self, ip: &Interp) -> Option<PyResult<String>> {
        Some((|| {
            let start = crate::runtime::repr::repr(ip, &self.cur)?;
            if matches!(self.step, Value::Int(1)) {
                Ok(format!("count({})", start))
            } else {
                let step = crate::runtime::repr::repr(ip, &self.step)?;
                Ok(format!("count({}, {})", start, step))
            }
        })())
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
    )
}

#[staticmethod("itertools.count", "count($type, start=0, step=1)", attr = "__new__")]
fn count_new(
    ip: &Interp,
    _cls: &Value,
    start: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    let start = start.cloned().unwrap_or(Value::Int(0));
    let step = step.cloned().unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return ip.type_error("a number is required");
    }
    Ok(super::new_iter(ip, &COUNT, Count { cur: start, step }))
}
spec!(COUNT, "count");

// ---- cycle ----

struct Cycle {
    it: Option<Iter>,
    saved: Vec<Value>,
    i: usize,
}

impl NativeIter for Cycle {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if let Some(it) = &mut self.it {
            if let Some(v) = it.next_checked(ip)? {
                self.saved.push(v.clone());
                return Ok(Some(v));
            }
            self.it = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.i % self.saved.len()].clone();
        self.i = (self.i + 1) % self.saved.len();
        Ok(Some(v))
    }
}

#[staticmethod(
    "itertools.cycle",
    "cycle($type, iterable, /)",
    attr = "__new__",
    style = positional
)]
fn cycle_new(ip: &Interp, _cls: &Value, iterable: &Value) -> PyResult<Value> {
    let it = ops::iter(ip, iterable)?;
    Ok(super::new_iter(
        ip,
        &CYCLE,
        Cycle {
            it: Some(it),
            saved: Vec::new(),
            i: 0,
        },
    ))
}
spec!(CYCLE, "cycle");

// ---- repeat ----

struct Repeat {
    obj: Value,
    /// None: forever.
    left: Option<i64>,
}

impl NativeIter for Repeat {
    fn next(&mut self, _ip: &Interp) -> PyResult<Option<Value>> {
        match &mut self.left {
            None => Ok(Some(self.obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.obj.clone()))
            }
        }
    }
    fn repr(&self, ip: &Interp) -> Option<PyResult<String>> {
        Some(
            crate::runtime::repr::repr(ip, &self.obj).map(|o| match self.left {
                None => format!("repeat({})", o),
                Some(n) => format!("repeat({}, {})", o, n),
            }),
        )
    }
}

#[staticmethod(
    "itertools.repeat",
    "repeat($type, object, times=<unrepresentable>)",
    attr = "__new__"
)]
fn repeat_new(ip: &Interp, _cls: &Value, object: &Value, times: Option<i64>) -> PyResult<Value> {
    let left = times.map(|t| t.max(0));
    let obj = object.clone();
    Ok(super::new_iter(ip, &REPEAT, Repeat { obj, left }))
}
spec!(REPEAT, "repeat");

// ---- islice ----

struct ISlice {
    it: Option<Iter>,
    next: i64,
    /// -1: no stop.
    stop: i64,
    step: i64,
    cnt: i64,
}

impl NativeIter for ISlice {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let Some(it) = &mut self.it else {
            return Ok(None);
        };
        let stop = self.stop;
        while self.cnt < self.next {
            if it.next_checked(ip)?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.cnt += 1;
        }
        if stop != -1 && self.cnt >= stop {
            self.it = None;
            return Ok(None);
        }
        let Some(item) = it.next_checked(ip)? else {
            self.it = None;
            return Ok(None);
        };
        self.cnt += 1;
        let old = self.next;
        self.next = self.next.saturating_add(self.step);
        if self.next < old || (stop != -1 && self.next > stop) {
            self.next = stop;
        }
        Ok(Some(item))
    }
}

/// `PyNumber_AsSsize_t(v, PyExc_OverflowError)`, None when it fails.
fn islice_num(v: &Value) -> Option<i64> {
    use num_traits::ToPrimitive;
    numbers::as_bigint(v)?.to_i64()
}

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`: the meaning of the
/// second argument depends on how many there are, and each has CPython's own message.
#[staticmethod(
    "itertools.islice",
    "islice($type, iterable, start, stop=<unrepresentable>, step=None, /)",
    attr = "__new__"
)]
fn islice_new(
    ip: &Interp,
    _cls: &Value,
    iterable: &Value,
    start_or_stop: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let stop_of = |v: &Value| -> PyResult<i64> {
        if v.is_none() {
            return Ok(-1);
        }
        match islice_num(v) {
            Some(-1) | None => Err(ip.err(ExcKind::ValueError, STOP)),
            Some(x) => Ok(x),
        }
    };
    let mut start = 0i64;
    let stop = match stop {
        None => stop_of(start_or_stop)?,
        Some(stop) => {
            if !start_or_stop.is_none() {
                start = islice_num(start_or_stop).unwrap_or(-1);
            }
            stop_of(stop)?
        }
    };
    if start < 0 || stop < -1 {
        return Err(ip.err(ExcKind::ValueError, INDICES));
    }
    // CPython reads the step as a Py_ssize_t: one too large is no valid step either.
    let step = match step {
        None | Some(Value::None) => 1,
        Some(v) => match numbers::as_bigint(v) {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1),
            None => -1,
        },
    };
    if step < 1 {
        return Err(ip.err(
            ExcKind::ValueError,
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = ops::iter(ip, iterable)?;
    Ok(super::new_iter(
        ip,
        &ISLICE,
        ISlice {
            it: Some(it),
            next: start,
            stop,
            step,
            cnt: 0,
        },
    ))
}
spec!(ISLICE, "islice");

// ---- chain ----

struct Chain {
    /// None once exhausted, or after failing to give an iterable (as CPython's chain, which
    /// then ends).
    sources: Option<Iter>,
    active: Option<Iter>,
}

impl NativeIter for Chain {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        loop {
            if let Some(a) = &mut self.active {
                if let Some(v) = a.next_checked(ip)? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(sources) = &mut self.sources else {
                return Ok(None);
            };
            let next = sources
                .next_checked(ip)
                .and_then(|src| src.map(|s| ops::iter(ip, &s)).transpose());
            match next {
                Ok(Some(it)) => self.active = Some(it),
                Ok(None) => {
                    self.sources = None;
                    return Ok(None);
                }
                Err(e) => {
                    self.sources = None;
                    return Err(e);
                }
            }
        }
    }
}

#[staticmethod("itertools.chain", "chain($type, *iterables)", attr = "__new__")]
fn chain_new(ip: &Interp, _cls: &Value, iterables: &[Value]) -> PyResult<Value> {
    Ok(super::new_iter(
        ip,
        &CHAIN,
        Chain {
            sources: Some(Iter::Items {
                items: iterables.to_vec(),
                i: 0,
            }),
            active: None,
        },
    ))
}

#[classmethod("itertools.chain", "from_iterable($type, iterable, /)")]
fn chain_from_iterable(ip: &Interp, _cls: &Value, iterable: &Value) -> PyResult<Value> {
    let sources = ops::iter(ip, iterable)?;
    Ok(super::new_iter(
        ip,
        &CHAIN,
        Chain {
            sources: Some(sources),
            active: None,
        },
    ))
}

spec!(CHAIN, "chain");

// ---- product, permutations, combinations ----

/// The index-driven iterators over pools collected up front.
enum Combi {
    Product {
        pools: Vec<Vec<Value>>,
        idx: Vec<usize>,
    },
    Permutations {
        pool: Vec<Value>,
        r: usize,
        indices: Vec<usize>,
        cycles: Vec<usize>,
    },
    Combinations {
        pool: Vec<Value>,
        r: usize,
        indices: Vec<usize>,
    },
    WithReplacement {
        pool: Vec<Value>,
        r: usize,
        indices: Vec<usize>,
    },
}

struct CombiIter {
    c: Combi,
    first: bool,
    done: bool,
}

impl CombiIter {
    fn current(&self) -> Value {
        Value::tuple(match &self.c {
            Combi::Product { pools, idx } => idx
                .iter()
                .enumerate()
                .map(|(k, i)| pools[k][*i].clone())
                .collect(),
            Combi::Permutations {
                pool, r, indices, ..
            } => indices[..*r].iter().map(|i| pool[*i].clone()).collect(),
            Combi::Combinations { pool, indices, .. }
            | Combi::WithReplacement { pool, indices, .. } => {
                indices.iter().map(|i| pool[*i].clone()).collect()
            }
        })
    }

    /// Moves to the next index tuple; false when there is none.
    fn advance(&mut self) -> bool {
        match &mut self.c {
            Combi::Product { pools, idx } => {
                for k in (0..idx.len()).rev() {
                    idx[k] += 1;
                    if idx[k] < pools[k].len() {
                        return true;
                    }
                    idx[k] = 0;
                }
                false
            }
            Combi::Permutations {
                pool,
                r,
                indices,
                cycles,
            } => {
                let n = pool.len();
                if n == 0 {
                    return false;
                }
                for i in (0..*r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let x = indices.remove(i);
                        indices.push(x);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            Combi::Combinations { pool, r, indices } => {
                let (n, r) = (pool.len(), *r);
                let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                    return false;
                };
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
                true
            }
            Combi::WithReplacement { pool, r, indices } => {
                let n = pool.len();
                let Some(i) = (0..*r).rev().find(|&i| indices[i] != n - 1) else {
                    return false;
                };
                let v = indices[i] + 1;
                for x in indices[i..].iter_mut() {
                    *x = v;
                }
                true
            }
        }
    }
}

impl NativeIter for CombiIter {
    fn next(&mut self, _ip: &Interp) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
        } else if !self.advance() {
            self.done = true;
            return Ok(None);
        }
        Ok(Some(self.current()))
    }
}

fn combi(ip: &Interp, spec: &'static ClassSpec, c: Combi, done: bool) -> Value {
    super::new_iter(
        ip,
        spec,
        CombiIter {
            c,
            first: true,
            done,
        },
    )
}

#[staticmethod(
    "itertools.product",
    "product($type, *iterables, repeat=1)",
    attr = "__new__"
)]
fn product_new(ip: &Interp, _cls: &Value, iterables: &[Value], repeat: i64) -> PyResult<Value> {
    if repeat < 0 {
        return Err(ip.err(ExcKind::ValueError, "repeat argument cannot be negative"));
    }
    let repeat = repeat as usize;
    let mut base = Vec::new();
    for a in iterables {
        base.push(ops::collect(ip, a)?);
    }
    let mut pools = Vec::new();
    for _ in 0..if base.is_empty() { 0 } else { repeat } {
        pools.extend(base.iter().cloned());
        if pools.len() > 10_000 {
            return Err(ip.err(ExcKind::MemoryError, ""));
        }
    }
    let done = pools.iter().any(|p| p.is_empty());
    let idx = vec![0; pools.len()];
    Ok(combi(ip, &PRODUCT, Combi::Product { pools, idx }, done))
}
spec!(PRODUCT, "product");

fn non_negative_r(ip: &Interp, r: i64) -> PyResult<usize> {
    if r < 0 {
        return Err(ip.err(ExcKind::ValueError, "r must be non-negative"));
    }
    Ok(r as usize)
}

#[staticmethod(
    "itertools.permutations",
    "permutations($type, iterable, r=None)",
    attr = "__new__"
)]
fn permutations_new(ip: &Interp, _cls: &Value, iterable: &Value, r: &Value) -> PyResult<Value> {
    let pool = ops::collect(ip, iterable)?;
    let n = pool.len();
    let r = match r {
        Value::None => n,
        // CPython wants an int itself here, not any object with `__index__`.
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            non_negative_r(ip, super::ssize(ip, r)?)?
        }
        _ => return ip.type_error("Expected int as r"),
    };
    let done = r > n;
    let indices: Vec<usize> = (0..n).collect();
    let cycles: Vec<usize> = if done {
        vec![]
    } else {
        (n - r + 1..=n).rev().collect()
    };
    Ok(combi(
        ip,
        &PERMUTATIONS,
        Combi::Permutations {
            pool,
            r,
            indices,
            cycles,
        },
        done,
    ))
}
spec!(PERMUTATIONS, "permutations");

#[staticmethod(
    "itertools.combinations",
    "combinations($type, iterable, r)",
    attr = "__new__"
)]
fn combinations_new(ip: &Interp, _cls: &Value, iterable: &Value, r: i64) -> PyResult<Value> {
    let pool = ops::collect(ip, iterable)?;
    let r = non_negative_r(ip, r)?;
    let done = r > pool.len();
    let indices: Vec<usize> = (0..r).collect();
    Ok(combi(
        ip,
        &COMBINATIONS,
        Combi::Combinations { pool, r, indices },
        done,
    ))
}
spec!(COMBINATIONS, "combinations");

#[staticmethod(
    "itertools.combinations_with_replacement",
    "combinations_with_replacement($type, iterable, r)",
    attr = "__new__"
)]
fn cwr_new(ip: &Interp, _cls: &Value, iterable: &Value, r: i64) -> PyResult<Value> {
    let pool = ops::collect(ip, iterable)?;
    let r = non_negative_r(ip, r)?;
    let done = pool.is_empty() && r > 0;
    Ok(combi(
        ip,
        &CWR,
        Combi::WithReplacement {
            pool,
            r,
            indices: vec![0; r],
        },
        done,
    ))
}
spec!(CWR, "combinations_with_replacement");

// ---- groupby ----

struct GroupState {
    it: Option<Iter>,
    keyfunc: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The id of the grouper that may still advance.
    currgrouper: u64,
    next_id: u64,
}

type Shared = Rc<RefCell<GroupState>>;

/// Takes one item and its key; false at the end.
fn group_step(ip: &Interp, st: &Shared) -> PyResult<bool> {
    let taken = st.borrow_mut().it.take();
    let Some(mut it) = taken else {
        return Ok(false);
    };
    let r = it.next_checked(ip);
    st.borrow_mut().it = Some(it);
    let Some(v) = r? else {
        return Ok(false);
    };
    let keyfunc = st.borrow().keyfunc.clone();
    let key = if keyfunc.is_none() {
        v.clone()
    } else {
        super::call_with(ip, &keyfunc, std::slice::from_ref(&v))?
    };
    let mut s = st.borrow_mut();
    s.currvalue = Some(v);
    s.currkey = Some(key);
    Ok(true)
}

struct GroupBy(Shared);

impl NativeIter for GroupBy {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let st = &self.0;
        st.borrow_mut().currgrouper = 0;
        loop {
            let (curr, tgt) = {
                let s = st.borrow();
                (s.currkey.clone(), s.tgtkey.clone())
            };
            match (curr, tgt) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(c), Some(t)) => {
                    if !(t.is(&c) || ops::equals(ip, &t, &c)?) {
                        break;
                    }
                }
            }
            if !group_step(ip, st)? {
                return Ok(None);
            }
        }
        let (key, id) = {
            let mut s = st.borrow_mut();
            s.tgtkey = s.currkey.clone();
            s.next_id += 1;
            s.currgrouper = s.next_id;
            (s.currkey.clone().unwrap_or(Value::None), s.next_id)
        };
        let grouper = super::new_iter(
            ip,
            &GROUPER,
            Grouper {
                st: st.clone(),
                id,
                tgtkey: key.clone(),
            },
        );
        Ok(Some(Value::tuple(vec![key, grouper])))
    }
}

struct Grouper {
    st: Shared,
    id: u64,
    tgtkey: Value,
}

impl NativeIter for Grouper {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if self.st.borrow().currgrouper != self.id {
            return Ok(None);
        }
        if self.st.borrow().currvalue.is_none() && !group_step(ip, &self.st)? {
            return Ok(None);
        }
        let curr = self.st.borrow().currkey.clone().unwrap_or(Value::None);
        if !(self.tgtkey.is(&curr) || ops::equals(ip, &self.tgtkey, &curr)?) {
            return Ok(None);
        }
        Ok(self.st.borrow_mut().currvalue.take())
    }
}

spec!(GROUPER, "_grouper");

#[staticmethod(
    "itertools.groupby",
    "groupby($type, iterable, key=None)",
    attr = "__new__"
)]
fn groupby_new(ip: &Interp, _cls: &Value, iterable: &Value, key: &Value) -> PyResult<Value> {
    let it = ops::iter(ip, iterable)?;
    let st = GroupState {
        it: Some(it),
        keyfunc: key.clone(),
        tgtkey: None,
        currkey: None,
        currvalue: None,
        currgrouper: 0,
        next_id: 0,
    };
    Ok(super::new_iter(
        ip,
        &GROUPBY,
        GroupBy(Rc::new(RefCell::new(st))),
    ))
}
spec!(GROUPBY, "groupby");

// ---- accumulate ----

struct Accumulate {
    it: Iter,
    func: Value,
    total: Option<Value>,
    initial: Option<Value>,
}

impl NativeIter for Accumulate {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if let Some(v) = self.initial.take() {
            self.total = Some(v.clone());
            return Ok(Some(v));
        }
        let Some(v) = self.it.next_checked(ip)? else {
            return Ok(None);
        };
        let t = match self.total.take() {
            None => v,
            Some(t) => {
                if self.func.is_none() {
                    ops::binary_op(ip, BinOp::Add, &t, &v)?
                } else {
                    super::call_with(ip, &self.func, &[t, v])?
                }
            }
        };
        self.total = Some(t.clone());
        Ok(Some(t))
    }
}

#[staticmethod(
    "itertools.accumulate",
    "accumulate($type, iterable, func=None, *, initial=None)",
    attr = "__new__"
)]
fn accumulate_new(
    ip: &Interp,
    _cls: &Value,
    iterable: &Value,
    func: &Value,
    initial: &Value,
) -> PyResult<Value> {
    let it = ops::iter(ip, iterable)?;
    Ok(super::new_iter(
        ip,
        &ACCUMULATE,
        Accumulate {
            it,
            func: func.clone(),
            total: None,
            initial: Some(initial.clone()).filter(|v| !v.is_none()),
        },
    ))
}
spec!(ACCUMULATE, "accumulate");

// ---- zip_longest ----

struct ZipLongest {
    its: Vec<Option<Iter>>,
    active: usize,
    fill: Value,
}

impl NativeIter for ZipLongest {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if self.its.is_empty() || self.active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for slot in self.its.iter_mut() {
            match slot {
                None => out.push(self.fill.clone()),
                Some(it) => match it.next_checked(ip)? {
                    Some(v) => out.push(v),
                    None => {
                        *slot = None;
                        self.active -= 1;
                        if self.active == 0 {
                            return Ok(None);
                        }
                        out.push(self.fill.clone());
                    }
                },
            }
        }
        Ok(Some(Value::tuple(out)))
    }
}

/// `zip_longest(*iterables, fillvalue=None)`. CPython looks its one keyword up itself, with
/// its own message for any other (naming none), so the keywords come whole.
#[staticmethod(
    "itertools.zip_longest",
    "zip_longest($type, *iterables, **kwargs)",
    attr = "__new__"
)]
fn zip_longest_new(
    ip: &Interp,
    _cls: &Value,
    iterables: &[Value],
    kwargs: &[(Symbol, Value)],
) -> PyResult<Value> {
    let fill = match kwargs {
        [] => Value::None,
        [(k, v)] if k.as_str() == "fillvalue" => v.clone(),
        _ => return ip.type_error("zip_longest() got an unexpected keyword argument"),
    };
    let mut its = Vec::new();
    for a in iterables {
        its.push(Some(ops::iter(ip, a)?));
    }
    let active = its.len();
    Ok(super::new_iter(
        ip,
        &ZIP_LONGEST,
        ZipLongest { its, active, fill },
    ))
}
spec!(ZIP_LONGEST, "zip_longest");

// ---- starmap, takewhile, dropwhile, filterfalse, compress, pairwise ----

struct StarMap {
    func: Value,
    it: Iter,
}

impl NativeIter for StarMap {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let Some(v) = self.it.next_checked(ip)? else {
            return Ok(None);
        };
        let args = match &v {
            Value::Tuple(t) => t.items.to_vec(),
            other => ops::collect(ip, other).map_err(|_| {
                ip.err(
                    ExcKind::TypeError,
                    format!("'{}' object is not iterable", ops::type_name(ip, other)),
                )
            })?,
        };
        super::call_with(ip, &self.func, &args).map(Some)
    }
}

#[staticmethod(
    "itertools.starmap",
    "starmap($type, function, iterable, /)",
    attr = "__new__"
)]
fn starmap_new(ip: &Interp, _cls: &Value, function: &Value, iterable: &Value) -> PyResult<Value> {
    let it = ops::iter(ip, iterable)?;
    Ok(super::new_iter(
        ip,
        &STARMAP,
        StarMap {
            func: function.clone(),
            it,
        },
    ))
}
spec!(STARMAP, "starmap");

#[derive(PartialEq)]
enum PredKind {
    TakeWhile,
    DropWhile,
    FilterFalse,
}

struct PredIter {
    kind: PredKind,
    pred: Value,
    it: Iter,
    /// takewhile: stopped; dropwhile: done dropping.
    flag: bool,
}

impl NativeIter for PredIter {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if self.kind == PredKind::TakeWhile && self.flag {
            return Ok(None);
        }
        loop {
            let Some(v) = self.it.next_checked(ip)? else {
                return Ok(None);
            };
            if self.kind == PredKind::DropWhile && self.flag {
                return Ok(Some(v));
            }
            let ok = if self.pred.is_none() {
                ops::truthy(ip, &v)?
            } else {
                let r = super::call_with(ip, &self.pred, std::slice::from_ref(&v))?;
                ops::truthy(ip, &r)?
            };
            match self.kind {
                PredKind::TakeWhile => {
                    if ok {
                        return Ok(Some(v));
                    }
                    self.flag = true;
                    return Ok(None);
                }
                PredKind::DropWhile => {
                    if !ok {
                        self.flag = true;
                        return Ok(Some(v));
                    }
                }
                PredKind::FilterFalse => {
                    if !ok {
                        return Ok(Some(v));
                    }
                }
            }
        }
    }
}

fn pred_new(
    ip: &Interp,
    pred: &Value,
    iterable: &Value,
    kind: PredKind,
    spec: &'static ClassSpec,
) -> PyResult<Value> {
    let it = ops::iter(ip, iterable)?;
    Ok(super::new_iter(
        ip,
        spec,
        PredIter {
            kind,
            pred: pred.clone(),
            it,
            flag: false,
        },
    ))
}

#[staticmethod(
    "itertools.takewhile",
    "takewhile($type, predicate, iterable, /)",
    attr = "__new__"
)]
fn takewhile_new(
    ip: &Interp,
    _cls: &Value,
    predicate: &Value,
    iterable: &Value,
) -> PyResult<Value> {
    pred_new(ip, predicate, iterable, PredKind::TakeWhile, &TAKEWHILE)
}

#[staticmethod(
    "itertools.dropwhile",
    "dropwhile($type, predicate, iterable, /)",
    attr = "__new__"
)]
fn dropwhile_new(
    ip: &Interp,
    _cls: &Value,
    predicate: &Value,
    iterable: &Value,
) -> PyResult<Value> {
    pred_new(ip, predicate, iterable, PredKind::DropWhile, &DROPWHILE)
}

#[staticmethod(
    "itertools.filterfalse",
    "filterfalse($type, function, iterable, /)",
    attr = "__new__"
)]
fn filterfalse_new(
    ip: &Interp,
    _cls: &Value,
    function: &Value,
    iterable: &Value,
) -> PyResult<Value> {
    pred_new(ip, function, iterable, PredKind::FilterFalse, &FILTERFALSE)
}
spec!(TAKEWHILE, "takewhile");
spec!(DROPWHILE, "dropwhile");
spec!(FILTERFALSE, "filterfalse");

struct Compress {
    data: Iter,
    sel: Iter,
}

impl NativeIter for Compress {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = self.data.next_checked(ip)? else {
                return Ok(None);
            };
            let Some(s) = self.sel.next_checked(ip)? else {
                return Ok(None);
            };
            if ops::truthy(ip, &s)? {
                return Ok(Some(d));
            }
        }
    }
}

#[staticmethod(
    "itertools.compress",
    "compress($type, data, selectors)",
    attr = "__new__"
)]
fn compress_new(ip: &Interp, _cls: &Value, data: &Value, selectors: &Value) -> PyResult<Value> {
    let data = ops::iter(ip, data)?;
    let sel = ops::iter(ip, selectors)?;
    Ok(super::new_iter(ip, &COMPRESS, Compress { data, sel }))
}
spec!(COMPRESS, "compress");

struct Pairwise {
    it: Option<Iter>,
    old: Option<Value>,
}

impl NativeIter for Pairwise {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let Some(it) = &mut self.it else {
            return Ok(None);
        };
        if self.old.is_none() {
            match it.next_checked(ip)? {
                Some(v) => self.old = Some(v),
                None => {
                    self.it = None;
                    return Ok(None);
                }
            }
        }
        let Some(new) = it.next_checked(ip)? else {
            self.it = None;
            self.old = None;
            return Ok(None);
        };
        let old = self.old.replace(new.clone()).unwrap_or(Value::None);
        Ok(Some(Value::tuple(vec![old, new])))
    }
}

#[staticmethod(
    "itertools.pairwise",
    "pairwise($type, iterable, /)",
    attr = "__new__",
    style = positional
)]
fn pairwise_new(ip: &Interp, _cls: &Value, iterable: &Value) -> PyResult<Value> {
    let it = ops::iter(ip, iterable)?;
    Ok(super::new_iter(
        ip,
        &PAIRWISE,
        Pairwise {
            it: Some(it),
            old: None,
        },
    ))
}
spec!(PAIRWISE, "pairwise");

// ---- tee ----

struct TeeShared {
    it: Iter,
    buf: Vec<Value>,
}

struct Tee {
    shared: Rc<RefCell<TeeShared>>,
    i: usize,
}

impl NativeIter for Tee {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let have = self.shared.borrow().buf.get(self.i).cloned();
        if let Some(v) = have {
            self.i += 1;
            return Ok(Some(v));
        }
        let mut it = std::mem::replace(&mut self.shared.borrow_mut().it, empty());
        let r = it.next_checked(ip);
        self.shared.borrow_mut().it = it;
        match r? {
            Some(v) => {
                self.shared.borrow_mut().buf.push(v.clone());
                self.i += 1;
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }
}

/// A tee over a new buffer of `it`.
fn new_tee(ip: &Interp, it: Iter) -> Value {
    let shared = Rc::new(RefCell::new(TeeShared {
        it,
        buf: Vec::new(),
    }));
    super::new_iter(ip, &TEE_CLASS, Tee { shared, i: 0 })
}

/// `_tee(iterable)`: a tee over the iterable (the class of what `tee()` returns).
#[staticmethod(
    "itertools._tee",
    "_tee($type, iterable, /)",
    attr = "__new__",
    style = positional
)]
fn tee_new(ip: &Interp, _cls: &Value, iterable: &Value) -> PyResult<Value> {
    let it = ops::iter(ip, iterable)?;
    Ok(new_tee(ip, it))
}
spec!(TEE_CLASS, "_tee");

#[function(itertools, "tee(iterable, n=2, /)")]
fn tee(ip: &Interp, iterable: &Value, n: i64) -> PyResult<Value> {
    if n < 0 {
        return Err(ip.err(ExcKind::ValueError, "n must be >= 0"));
    }
    let it = ops::iter(ip, iterable)?;
    let shared = Rc::new(RefCell::new(TeeShared {
        it,
        buf: Vec::new(),
    }));
    let out = (0..n.min(100_000))
        .map(|_| {
            super::new_iter(
                ip,
                &TEE_CLASS,
                Tee {
                    shared: shared.clone(),
                    i: 0,
                },
            )
        })
        .collect();
    Ok(Value::tuple(out))
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for spec in [
        &COUNT,
        &CYCLE,
        &REPEAT,
        &ISLICE,
        &CHAIN,
        &PRODUCT,
        &PERMUTATIONS,
        &COMBINATIONS,
        &CWR,
        &GROUPBY,
        &ACCUMULATE,
        &ZIP_LONGEST,
        &STARMAP,
        &TAKEWHILE,
        &DROPWHILE,
        &FILTERFALSE,
        &COMPRESS,
        &PAIRWISE,
        &TEE_CLASS,
    ] {
        m.set(intern(spec.name), Value::Class(super::class(ip, spec)));
    }
    Ok(())
}

crate::native_module!("itertools", init);
