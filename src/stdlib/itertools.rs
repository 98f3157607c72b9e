//! The `itertools` module: lazy iterators, each following its CPython implementation step for
//! step (what is consumed from the inputs, and when, matches).

use std::cell::RefCell;
use std::rc::Rc;

use super::{ClassSpec, NativeIter};
use crate::eval::call::check_args;
use crate::eval::ops::{self, Iter};
use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::builtins::clinic_args;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::{BuiltinFn, BuiltinImpl, Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::std_fns;
use crate::syntax::ast::BinOp;

macro_rules! spec {
    ($id:ident, $name:literal, $new:expr) => {
        spec!($id, $name, $new, &[]);
    };
    ($id:ident, $name:literal, $new:expr, $methods:expr) => {
        static $id: ClassSpec = ClassSpec {
            key: concat!("itertools.", $name),
            module: "itertools",
            name: $name,
            new: super::ctor($new as BuiltinImpl),
            methods: $methods,
        };
    };
}

fn no_kw(ip: &Interp, name: &str, kw: &Kwargs) -> PyResult<()> {
    if !kw.is_empty() {
        return ip.type_error(format!("{}() takes no keyword arguments", name));
    }
    Ok(())
}

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

fn count_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [start, step] = clinic_args(ip, "count", &args[1..], kw, ["start", "step"], 0, 0)?;
    let start = start.unwrap_or(Value::Int(0));
    let step = step.unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return ip.type_error("a number is required");
    }
    Ok(super::new_iter(ip, &COUNT, Count { cur: start, step }))
}
spec!(COUNT, "count", count_new);

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

fn cycle_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    no_kw(ip, "cycle", kw)?;
    super::unpack_args(ip, "cycle", &args[1..], 1, 1)?;
    let it = ops::iter(ip, &args[1])?;
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
spec!(CYCLE, "cycle", cycle_new);

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

fn repeat_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [obj, times] = clinic_args(ip, "repeat", &args[1..], kw, ["object", "times"], 0, 1)?;
    let obj = obj.unwrap_or(Value::None);
    let left = match times {
        None => None,
        Some(t) => Some(super::ssize(ip, &t)?.max(0)),
    };
    Ok(super::new_iter(ip, &REPEAT, Repeat { obj, left }))
}
spec!(REPEAT, "repeat", repeat_new);

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

fn islice_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    no_kw(ip, "islice", kw)?;
    let a = &args[1..];
    super::unpack_args(ip, "islice", a, 2, 4)?;
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
    let (mut start, mut step) = (0i64, 1i64);
    let stop = if a.len() == 2 {
        stop_of(&a[1])?
    } else {
        if !a[1].is_none() {
            start = islice_num(&a[1]).unwrap_or(-1);
        }
        stop_of(&a[2])?
    };
    if start < 0 || stop < -1 {
        return Err(ip.err(ExcKind::ValueError, INDICES));
    }
    if let Some(v) = a.get(3) {
        if !v.is_none() {
            // CPython reads it as a Py_ssize_t: one too large is no valid step either.
            step = match numbers::as_bigint(v) {
                Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1),
                None => -1,
            };
        }
    }
    if step < 1 {
        return Err(ip.err(
            ExcKind::ValueError,
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = ops::iter(ip, &a[0])?;
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
spec!(ISLICE, "islice", islice_new);

// ---- chain ----

struct Chain {
    sources: Iter,
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
            match self.sources.next_checked(ip)? {
                Some(src) => self.active = Some(ops::iter(ip, &src)?),
                None => return Ok(None),
            }
        }
    }
}

fn chain_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    no_kw(ip, "chain", kw)?;
    Ok(super::new_iter(
        ip,
        &CHAIN,
        Chain {
            sources: Iter::Items {
                items: args[1..].to_vec(),
                i: 0,
            },
            active: None,
        },
    ))
}

fn chain_from_iterable(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "from_iterable", args, kw, 1, 1)?;
    let sources = ops::iter(ip, &args[0])?;
    Ok(super::new_iter(
        ip,
        &CHAIN,
        Chain {
            sources,
            active: None,
        },
    ))
}

std_fns! { Some("chain");
    FROM_ITERABLE = "from_iterable" => chain_from_iterable,
}
spec!(CHAIN, "chain", chain_new, &[&FROM_ITERABLE]);

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

fn product_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [repeat] = crate::aio::take_kwargs(ip, "product", kw, ["repeat"])?;
    let repeat = match repeat {
        None => 1,
        Some(v) => {
            if numbers::as_bigint(&v).is_none() {
                return Err(super::not_int(ip, &v));
            }
            let r = numbers::index_clipped(ip, &v)?;
            if r < 0 {
                return Err(ip.err(ExcKind::ValueError, "repeat argument cannot be negative"));
            }
            r as usize
        }
    };
    let mut base = Vec::new();
    for a in &args[1..] {
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
spec!(PRODUCT, "product", product_new);

fn r_arg(ip: &Interp, v: Option<Value>, default: usize) -> PyResult<usize> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => {
            let r = super::ssize(ip, &v)?;
            if r < 0 {
                return Err(ip.err(ExcKind::ValueError, "r must be non-negative"));
            }
            Ok(r as usize)
        }
    }
}

fn permutations_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [it, r] = clinic_args(ip, "permutations", &args[1..], kw, ["iterable", "r"], 0, 1)?;
    let pool = ops::collect(ip, &it.unwrap_or(Value::None))?;
    let n = pool.len();
    let r = r_arg(ip, r, n)?;
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
spec!(PERMUTATIONS, "permutations", permutations_new);

fn combinations_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [it, r] = clinic_args(ip, "combinations", &args[1..], kw, ["iterable", "r"], 0, 2)?;
    let pool = ops::collect(ip, &it.unwrap_or(Value::None))?;
    let r = r_arg(ip, r, 0)?;
    let done = r > pool.len();
    let indices: Vec<usize> = (0..r).collect();
    Ok(combi(
        ip,
        &COMBINATIONS,
        Combi::Combinations { pool, r, indices },
        done,
    ))
}
spec!(COMBINATIONS, "combinations", combinations_new);

fn cwr_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [it, r] = clinic_args(
        ip,
        "combinations_with_replacement",
        &args[1..],
        kw,
        ["iterable", "r"],
        0,
        2,
    )?;
    let pool = ops::collect(ip, &it.unwrap_or(Value::None))?;
    let r = r_arg(ip, r, 0)?;
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
spec!(CWR, "combinations_with_replacement", cwr_new);

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

fn grouper_new(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    ip.type_error("cannot create 'itertools._grouper' instances")
}
spec!(GROUPER, "_grouper", grouper_new);

fn groupby_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [it, key] = clinic_args(ip, "groupby", &args[1..], kw, ["iterable", "key"], 0, 1)?;
    let it = ops::iter(ip, &it.unwrap_or(Value::None))?;
    let st = GroupState {
        it: Some(it),
        keyfunc: key.unwrap_or(Value::None),
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
spec!(GROUPBY, "groupby", groupby_new);

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

fn accumulate_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let mut initial = None;
    let mut rest = Vec::new();
    for (k, v) in kw {
        if k.as_str() == "initial" {
            initial = Some(v.clone());
        } else {
            rest.push((*k, v.clone()));
        }
    }
    let [it, func] = clinic_args(
        ip,
        "accumulate",
        &args[1..],
        &rest,
        ["iterable", "func"],
        0,
        1,
    )?;
    let it = ops::iter(ip, &it.unwrap_or(Value::None))?;
    Ok(super::new_iter(
        ip,
        &ACCUMULATE,
        Accumulate {
            it,
            func: func.unwrap_or(Value::None),
            total: None,
            initial: initial.filter(|v| !v.is_none()),
        },
    ))
}
spec!(ACCUMULATE, "accumulate", accumulate_new);

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

fn zip_longest_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in kw {
        if k.as_str() == "fillvalue" {
            fill = v.clone();
        } else {
            return ip.type_error("zip_longest() got an unexpected keyword argument");
        }
    }
    let mut its = Vec::new();
    for (i, a) in args[1..].iter().enumerate() {
        let _ = i;
        its.push(Some(ops::iter(ip, a)?));
    }
    let active = its.len();
    Ok(super::new_iter(
        ip,
        &ZIP_LONGEST,
        ZipLongest { its, active, fill },
    ))
}
spec!(ZIP_LONGEST, "zip_longest", zip_longest_new);

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

fn starmap_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    no_kw(ip, "starmap", kw)?;
    super::unpack_args(ip, "starmap", &args[1..], 2, 2)?;
    let it = ops::iter(ip, &args[2])?;
    Ok(super::new_iter(
        ip,
        &STARMAP,
        StarMap {
            func: args[1].clone(),
            it,
        },
    ))
}
spec!(STARMAP, "starmap", starmap_new);

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
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    kind: PredKind,
    spec: &'static ClassSpec,
) -> PyResult<Value> {
    no_kw(ip, name, kw)?;
    super::unpack_args(ip, name, &args[1..], 2, 2)?;
    let it = ops::iter(ip, &args[2])?;
    Ok(super::new_iter(
        ip,
        spec,
        PredIter {
            kind,
            pred: args[1].clone(),
            it,
            flag: false,
        },
    ))
}

fn takewhile_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    pred_new(ip, "takewhile", args, kw, PredKind::TakeWhile, &TAKEWHILE)
}
fn dropwhile_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    pred_new(ip, "dropwhile", args, kw, PredKind::DropWhile, &DROPWHILE)
}
fn filterfalse_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    pred_new(
        ip,
        "filterfalse",
        args,
        kw,
        PredKind::FilterFalse,
        &FILTERFALSE,
    )
}
spec!(TAKEWHILE, "takewhile", takewhile_new);
spec!(DROPWHILE, "dropwhile", dropwhile_new);
spec!(FILTERFALSE, "filterfalse", filterfalse_new);

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

fn compress_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [data, sel] = clinic_args(ip, "compress", &args[1..], kw, ["data", "selectors"], 0, 2)?;
    let data = ops::iter(ip, &data.unwrap_or(Value::None))?;
    let sel = ops::iter(ip, &sel.unwrap_or(Value::None))?;
    Ok(super::new_iter(ip, &COMPRESS, Compress { data, sel }))
}
spec!(COMPRESS, "compress", compress_new);

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

fn pairwise_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    no_kw(ip, "pairwise", kw)?;
    super::unpack_args(ip, "pairwise", &args[1..], 1, 1)?;
    let it = ops::iter(ip, &args[1])?;
    Ok(super::new_iter(
        ip,
        &PAIRWISE,
        Pairwise {
            it: Some(it),
            old: None,
        },
    ))
}
spec!(PAIRWISE, "pairwise", pairwise_new);

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

fn tee_new(ip: &Interp, _args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    ip.type_error("cannot create 'itertools._tee' instances")
}
spec!(TEE, "_tee", tee_new);

fn tee(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    no_kw(ip, "tee", kw)?;
    super::unpack_args(ip, "tee", args, 1, 2)?;
    let n = match args.get(1) {
        None => 2,
        Some(v) => super::ssize(ip, v)?,
    };
    if n < 0 {
        return Err(ip.err(ExcKind::ValueError, "n must be >= 0"));
    }
    let it = ops::iter(ip, &args[0])?;
    let shared = Rc::new(RefCell::new(TeeShared {
        it,
        buf: Vec::new(),
    }));
    let out = (0..n.min(100_000))
        .map(|_| {
            super::new_iter(
                ip,
                &TEE,
                Tee {
                    shared: shared.clone(),
                    i: 0,
                },
            )
        })
        .collect();
    Ok(Value::tuple(out))
}

std_fns! { None;
    TEE_FN = "tee" => tee,
}

pub fn make_module(ip: &Interp) -> Rc<ModuleObj> {
    let m = ModuleObj::new(intern("itertools"), None);
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
    ] {
        m.set(intern(spec.name), Value::Class(super::class(ip, spec)));
    }
    super::add_fns(&m, &[&TEE_FN]);
    let _: Option<&BuiltinFn> = None;
    m
}
