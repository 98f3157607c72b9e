//! The `functools` module: `partial`, `reduce`, `wraps`/`update_wrapper`, `lru_cache`, `cache`.

use std::cell::Cell;
use std::rc::Rc;

use super::{ClassSpec, Native, NativeObj};
use crate::eval::call::{check_args, Args};
use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::dict::{self, PyDict};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use corun_macros::{function, method};

pub struct Partial {
    pub func: Value,
    pub args: Vec<Value>,
    pub kw: Vec<(Symbol, Value)>,
    /// Its `__dict__`, as a partial object has one.
    pub dict: std::cell::RefCell<Rc<PyDict>>,
}

pub struct Lru {
    /// None: `lru_cache(maxsize=…)` waiting for the function to wrap.
    pub func: Option<Value>,
    /// None: unbounded.
    pub maxsize: Option<usize>,
    pub typed: bool,
    /// The cache; for a bounded cache its order is that of use, the least recent first.
    pub map: Rc<PyDict>,
    pub hits: Cell<u64>,
    pub misses: Cell<u64>,
}

pub struct Wraps {
    pub wrapped: Value,
    /// The `assigned` and `updated` names given to `wraps` (None: the defaults).
    pub assigned: Option<Value>,
    pub updated: Option<Value>,
}

fn is_callable(_ip: &Interp, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Native(o) => super::is_callable(o),
        _ => false,
    })
}

// ---- partial ----

fn partial_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if args.len() < 2 {
        return ip.type_error("type 'partial' takes at least one argument");
    }
    let mut func = args[1].clone();
    if !is_callable(ip, &func)? {
        return ip.type_error("the first argument must be callable");
    }
    let mut pargs: Vec<Value> = Vec::new();
    let mut pkw: Vec<(Symbol, Value)> = Vec::new();
    // A partial of a partial is flattened, as CPython does.
    if let Value::Native(o) = &func {
        if let Native::Partial(p) = &o.kind {
            pargs.extend(p.args.iter().cloned());
            pkw.extend(p.kw.iter().cloned());
            func = p.func.clone();
        }
    }
    pargs.extend_from_slice(&args[2..]);
    for (k, v) in kw {
        match pkw.iter_mut().find(|(n, _)| n == k) {
            Some(slot) => slot.1 = v.clone(),
            None => pkw.push((*k, v.clone())),
        }
    }
    Ok(super::new_obj(
        ip,
        &PARTIAL,
        Native::Partial(Partial {
            func,
            args: pargs,
            kw: pkw,
            dict: std::cell::RefCell::new(PyDict::new()),
        }),
    ))
}

pub fn call_partial(ip: &Interp, p: &Partial, args: &mut Args, kw: &Kwargs) -> PyResult<Value> {
    let mut all: Args = p.args.iter().cloned().collect();
    all.extend(args.drain(..));
    let mut kws: Vec<(Symbol, Value)> = p.kw.clone();
    for (k, v) in kw {
        match kws.iter_mut().find(|(n, _)| n == k) {
            Some(slot) => slot.1 = v.clone(),
            None => kws.push((*k, v.clone())),
        }
    }
    crate::eval::call::call_value(ip, &p.func, &mut all, &kws)
}

pub fn partial_attr(_ip: &Interp, p: &Partial, name: Symbol) -> PyResult<Option<Value>> {
    Ok(match name.as_str() {
        "func" => Some(p.func.clone()),
        "args" => Some(Value::tuple(p.args.clone())),
        "keywords" => {
            let d = dict::PyDict::new();
            for (k, v) in &p.kw {
                d.set_str(k.as_str(), v.clone());
            }
            Some(Value::Dict(d))
        }
        "__dict__" => Some(Value::Dict(p.dict.borrow().clone())),
        n => p.dict.borrow().get_str(n),
    })
}

/// `p.name = v` on a partial object: into its `__dict__` (which may itself be replaced by
/// another dict, never deleted).
pub fn partial_setattr(ip: &Interp, p: &Partial, name: Symbol, v: Option<Value>) -> PyResult<()> {
    match (name.as_str(), v) {
        ("func" | "args" | "keywords", _) => {
            Err(ip.err(ExcKind::AttributeError, "readonly attribute".to_string()))
        }
        ("__dict__", None) => ip.type_error("cannot delete __dict__"),
        ("__dict__", Some(Value::Dict(d))) => {
            let old = p.dict.replace(d);
            drop(old);
            Ok(())
        }
        ("__dict__", Some(other)) => ip.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            ops::type_name(ip, &other)
        )),
        (n, Some(v)) => {
            let d = p.dict.borrow().clone();
            d.set_str(n, v);
            Ok(())
        }
        (n, None) => {
            let d = p.dict.borrow().clone();
            match d.remove_str(n) {
                Some(_) => Ok(()),
                None => Err(ip.err(
                    ExcKind::AttributeError,
                    format!("'functools.partial' object has no attribute '{}'", n),
                )),
            }
        }
    }
}

pub fn partial_repr(ip: &Interp, _o: &NativeObj, p: &Partial, addr: usize) -> PyResult<String> {
    let r = crate::runtime::repr::repr_guard(addr, || -> PyResult<String> {
        let mut parts = vec![crate::runtime::repr::repr(ip, &p.func)?];
        for a in &p.args {
            parts.push(crate::runtime::repr::repr(ip, a)?);
        }
        for (k, v) in &p.kw {
            parts.push(format!("{}={}", k, crate::runtime::repr::repr(ip, v)?));
        }
        Ok(format!("functools.partial({})", parts.join(", ")))
    });
    r.unwrap_or_else(|| Ok("...".into()))
}

static PARTIAL: ClassSpec = ClassSpec {
    key: "functools.partial",
    module: "functools",
    name: "partial",
    base: None,
    new: super::ctor(partial_new),
    methods: &[],
};

// ---- reduce ----

#[function(
    _functools,
    "reduce(function, iterable, initial=<unrepresentable>, /)",
    style = unpack
)]
fn reduce(
    ip: &Interp,
    function: &Value,
    iterable: &Value,
    initial: Option<&Value>,
) -> PyResult<Value> {
    // A call of CPython's C reduce counts toward the recursion limit.
    crate::eval::enter_call(ip)?;
    let r = reduce_inner(ip, function, iterable, initial);
    crate::eval::leave_call(ip);
    r
}

fn reduce_inner(
    ip: &Interp,
    function: &Value,
    iterable: &Value,
    initial: Option<&Value>,
) -> PyResult<Value> {
    // Only a TypeError (not iterable) becomes reduce's own; `__iter__`'s errors pass through.
    let mut it = ops::iter(ip, iterable).map_err(|e| {
        if e.is_instance(ip.exc_class(ExcKind::TypeError)) {
            ip.err(ExcKind::TypeError, "reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = match initial {
        Some(v) => v.clone(),
        None => match it.next_checked(ip)? {
            Some(v) => v,
            None => {
                return ip.type_error("reduce() of empty iterable with no initial value");
            }
        },
    };
    while let Some(x) = it.next_checked(ip)? {
        acc = super::call_with(ip, function, &[acc, x])?;
    }
    Ok(acc)
}

// ---- update_wrapper / wraps ----

const ASSIGNED: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

/// The names of `assigned` or `updated`: the defaults when not given.
fn names(ip: &Interp, given: Option<&Value>, default: &[&str]) -> PyResult<Vec<Symbol>> {
    match given {
        None => Ok(default.iter().map(|n| intern(n)).collect()),
        Some(v) => ops::collect(ip, v)?
            .iter()
            .map(|n| match n {
                Value::Str(s) => Ok(intern(&s.s)),
                other => ip.type_error(format!(
                    "attribute name must be string, not '{}'",
                    ops::type_name(ip, other)
                )),
            })
            .collect(),
    }
}

/// `update_wrapper`: the `assigned` attributes copied from `wrapped` (those it lacks are
/// skipped), the `updated` ones (`__dict__`) merged into the wrapper's, and `__wrapped__`.
fn update(
    ip: &Interp,
    wrapper: &Value,
    wrapped: &Value,
    assigned: Option<&Value>,
    updated: Option<&Value>,
) -> PyResult<()> {
    for sym in names(ip, assigned, &ASSIGNED)? {
        if let Ok(v) = ops::getattr(ip, wrapped, sym) {
            // Attributes a function object cannot hold yet are left as they are.
            let _ = ops::setattr(ip, wrapper, sym, v);
        }
    }
    for sym in names(ip, updated, &["__dict__"])? {
        let mine = ops::getattr(ip, wrapper, sym)?;
        let theirs = match ops::getattr(ip, wrapped, sym) {
            Ok(v) => v,
            Err(_) => continue,
        };
        let up = ops::getattr(ip, &mine, intern("update"))?;
        super::call_with(ip, &up, &[theirs])?;
    }
    let _ = ops::setattr(
        ip,
        wrapper,
        crate::intern::sym::__wrapped__,
        wrapped.clone(),
    );
    Ok(())
}

#[function(
    _functools,
    "update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)",
    style = py
)]
fn update_wrapper(
    ip: &Interp,
    wrapper: &Value,
    wrapped: &Value,
    assigned: Option<&Value>,
    updated: Option<&Value>,
) -> PyResult<Value> {
    update(ip, wrapper, wrapped, assigned, updated)?;
    Ok(wrapper.clone())
}

#[function(
    _functools,
    "wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)",
    style = py
)]
fn wraps(
    ip: &Interp,
    wrapped: &Value,
    assigned: Option<&Value>,
    updated: Option<&Value>,
) -> PyResult<Value> {
    Ok(super::new_obj(
        ip,
        &PARTIAL,
        Native::Wraps(Wraps {
            wrapped: wrapped.clone(),
            assigned: assigned.cloned(),
            updated: updated.cloned(),
        }),
    ))
}

/// Calling what `wraps(f)` made: as CPython's `partial(update_wrapper, wrapped=f, …)`, the
/// call's arguments go to `update_wrapper` after the keywords `wraps` kept (the call's own
/// keywords win).
pub fn call_wraps(ip: &Interp, w: &Wraps, args: &mut Args, kw: &Kwargs) -> PyResult<Value> {
    let mut all: Vec<(Symbol, Value)> = Vec::with_capacity(kw.len() + 3);
    let kept = [
        ("wrapped", Some(&w.wrapped)),
        ("assigned", w.assigned.as_ref()),
        ("updated", w.updated.as_ref()),
    ];
    for (name, v) in kept {
        if let Some(v) = v {
            if !kw.iter().any(|(k, _)| k.as_str() == name) {
                all.push((intern(name), v.clone()));
            }
        }
    }
    all.extend(kw.iter().cloned());
    (UPDATE_WRAPPER.call)(ip, args, &all)
}

// ---- cmp_to_key ----

#[function(_functools, "cmp_to_key(mycmp)")]
fn cmp_to_key_fn(ip: &Interp, mycmp: &Value) -> PyResult<Value> {
    Ok(super::new_obj(
        ip,
        &CMP_TO_KEY,
        Native::CmpToKey {
            cmp: mycmp.clone(),
            obj: None,
        },
    ))
}

/// Calling the key `cmp_to_key` made: a key object for one value.
pub fn call_cmp_to_key(
    ip: &Interp,
    this: &Rc<NativeObj>,
    args: &mut Args,
    kw: &Kwargs,
) -> PyResult<Value> {
    if crate::runtime::bind::fast_method(&K_CALL, args, kw) {
        return k_call(ip, &Value::Native(this.clone()), &args[0]);
    }
    args.insert(0, Value::Native(this.clone()));
    (K_CALL.call)(ip, args, kw)
}

/// `K(obj)`: the key object of `cmp_to_key` for `obj`.
#[method("functools.KeyWrapper", "K($self, obj)", attr = "__call__")]
fn k_call(ip: &Interp, this: &Value, obj: &Value) -> PyResult<Value> {
    let cmp = match this {
        Value::Native(o) => match &o.kind {
            Native::CmpToKey { cmp, .. } => cmp.clone(),
            _ => {
                return Err(crate::runtime::bind::descriptor_mismatch(
                    ip,
                    "__call__",
                    "functools.KeyWrapper",
                    this,
                ))
            }
        },
        _ => {
            return Err(crate::runtime::bind::descriptor_mismatch(
                ip,
                "__call__",
                "functools.KeyWrapper",
                this,
            ))
        }
    };
    Ok(super::new_obj(
        ip,
        &CMP_TO_KEY,
        Native::CmpToKey {
            cmp,
            obj: Some(obj.clone()),
        },
    ))
}

static CMP_TO_KEY: ClassSpec = ClassSpec {
    key: "functools.KeyWrapper",
    module: "functools",
    name: "KeyWrapper",
    base: None,
    new: super::ctor(no_new),
    methods: &[],
};

// ---- lru_cache ----

fn new_lru(ip: &Interp, func: Option<Value>, maxsize: Option<usize>, typed: bool) -> Value {
    super::new_obj(
        ip,
        &LRU_WRAPPER,
        Native::Lru(Lru {
            func,
            maxsize,
            typed,
            map: PyDict::new(),
            hits: Cell::new(0),
            misses: Cell::new(0),
        }),
    )
}

#[function(_functools, "lru_cache(maxsize=128, typed=False)", style = py)]
fn lru_cache(ip: &Interp, maxsize: Option<&Value>, typed: bool) -> PyResult<Value> {
    match maxsize.cloned() {
        None => Ok(new_lru(ip, None, Some(128), typed)),
        Some(Value::None) => Ok(new_lru(ip, None, None, typed)),
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            let n = numbers::index_clipped(ip, &v)?.max(0) as usize;
            Ok(new_lru(ip, None, Some(n), typed))
        }
        Some(f) if is_callable(ip, &f)? => Ok(new_lru(ip, Some(f), Some(128), typed)),
        Some(_) => ip.type_error("Expected first argument to be an integer, a callable, or None"),
    }
}

#[function(_functools, "cache(user_function, /)", style = py)]
fn cache(ip: &Interp, user_function: &Value) -> PyResult<Value> {
    Ok(new_lru(ip, Some(user_function.clone()), None, false))
}

pub fn call_lru(ip: &Interp, l: &Lru, args: &mut Args, kw: &Kwargs) -> PyResult<Value> {
    let Some(func) = &l.func else {
        // `lru_cache(maxsize)` applied to the function.
        check_args(ip, "decorating_function", args, kw, 1, 1)?;
        return Ok(new_lru(ip, Some(args[0].clone()), l.maxsize, l.typed));
    };
    if l.maxsize == Some(0) {
        l.misses.set(l.misses.get() + 1);
        return crate::eval::call::call_value(ip, func, args, kw);
    }
    // The key: the arguments, a marker and the keywords, then (typed) their types; a lone
    // int or str argument is its own key.
    let key = match (&args[..], kw.is_empty() && !l.typed) {
        ([a @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))], true) => a.clone(),
        _ => {
            let mut parts: Vec<Value> = args.to_vec();
            if !kw.is_empty() {
                parts.push(Value::Builtin(&KWD_MARK));
                for (k, v) in kw {
                    parts.push(Value::str(k.as_str()));
                    parts.push(v.clone());
                }
            }
            if l.typed {
                let types = args.iter().chain(kw.iter().map(|(_, v)| v));
                let types: Vec<Value> = types.map(|v| Value::Class(ops::type_of(ip, v))).collect();
                parts.extend(types);
            }
            Value::tuple(parts)
        }
    };
    // The cache is looked at with no borrow held over the call: the function may call the
    // cache again (recursion) and a key's `__eq__` may too.
    let h = dict::hash(ip, &key)?;
    let found = match l.maxsize {
        Some(_) => dict::move_to_end(ip, &l.map, &key, h)?,
        None => dict::get_hashed(ip, &l.map, &key, h)?,
    };
    if let Some(v) = found {
        l.hits.set(l.hits.get() + 1);
        return Ok(v);
    }
    l.misses.set(l.misses.get() + 1);
    // The wrapper is a frame of its own for the recursion limit, as CPython's C one is.
    crate::eval::enter_call(ip)?;
    let v = crate::eval::call::call_value(ip, func, args, kw);
    crate::eval::leave_call(ip);
    let v = v?;
    match l.maxsize {
        None => dict::set_hashed(ip, &l.map, key, h, v.clone())?,
        Some(m) => {
            // A recursive call may have cached the same key meanwhile: that one stays.
            if dict::get_hashed(ip, &l.map, &key, h)?.is_some() {
                return Ok(v);
            }
            if l.map.len() >= m {
                let oldest = l.map.pop_first();
                drop(oldest);
            }
            dict::set_hashed(ip, &l.map, key, h, v.clone())?;
        }
    }
    Ok(v)
}

/// What separates the positional arguments from the keywords in a cache key: an object of
/// its own, equal to nothing else.
static KWD_MARK: crate::runtime::object::BuiltinFn = crate::runtime::object::BuiltinFn {
    name: "kwd_mark",
    owner: Some("functools"),
    call: no_new,
    sig: None,
};

native_arg!(Lru, Lru, "functools._lru_cache_wrapper");

#[method("functools._lru_cache_wrapper", "cache_info($self, /)")]
fn lru_cache_info(ip: &Interp, l: &Lru) -> PyResult<Value> {
    let maxsize = match l.maxsize {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    };
    let items = vec![
        Value::Int(l.hits.get() as i64),
        Value::Int(l.misses.get() as i64),
        maxsize,
        Value::Int(l.map.len() as i64),
    ];
    Ok(super::new_obj(ip, &CACHE_INFO, Native::CacheInfo(items)))
}

#[method("functools._lru_cache_wrapper", "cache_clear($self, /)")]
fn cache_clear(_ip: &Interp, l: &Lru) -> PyResult<()> {
    l.map.clear();
    l.hits.set(0);
    l.misses.set(0);
    Ok(())
}

#[method("functools._lru_cache_wrapper", "cache_parameters($self, /)")]
fn cache_parameters(ip: &Interp, l: &Lru) -> PyResult<Value> {
    let d = dict::PyDict::new();
    let maxsize = match l.maxsize {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    };
    dict::set(ip, &d, Value::str("maxsize"), maxsize)?;
    dict::set(ip, &d, Value::str("typed"), Value::bool(l.typed))?;
    Ok(Value::Dict(d))
}

pub fn lru_attr(ip: &Interp, l: &Lru, name: Symbol) -> PyResult<Option<Value>> {
    let Some(func) = &l.func else {
        return Ok(None);
    };
    match name.as_str() {
        "__wrapped__" => Ok(Some(func.clone())),
        "__name__" | "__qualname__" | "__doc__" | "__module__" => {
            ops::getattr(ip, func, name).map(Some)
        }
        _ => Ok(None),
    }
}

pub fn lru_repr(ip: &Interp, o: &NativeObj, l: &Lru) -> PyResult<String> {
    let _ = (ip, l);
    Ok(format!(
        "<functools._lru_cache_wrapper object at {:#x}>",
        o as *const NativeObj as usize
    ))
}

pub fn cache_info_repr(ip: &Interp, items: &[Value]) -> PyResult<String> {
    let names = ["hits", "misses", "maxsize", "currsize"];
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(items.iter()) {
        parts.push(format!("{}={}", n, crate::runtime::repr::repr(ip, v)?));
    }
    Ok(format!("CacheInfo({})", parts.join(", ")))
}

pub fn cache_info_attr(items: &[Value], name: Symbol) -> Option<Value> {
    let i = ["hits", "misses", "maxsize", "currsize"]
        .iter()
        .position(|n| *n == name.as_str())?;
    items.get(i).cloned()
}

fn no_new(ip: &Interp, args: &[Value], _kw: &Kwargs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Class(c)) => c.full_name(),
        _ => String::new(),
    };
    ip.type_error(format!("cannot create '{}' instances", name))
}

static LRU_WRAPPER: ClassSpec = ClassSpec {
    key: "functools._lru_cache_wrapper",
    module: "functools",
    name: "_lru_cache_wrapper",
    base: None,
    new: super::ctor(no_new),
    methods: &[],
};

static CACHE_INFO: ClassSpec = ClassSpec {
    key: "functools.CacheInfo",
    module: "functools",
    name: "CacheInfo",
    base: None,
    new: super::ctor(no_new),
    methods: &[],
};

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    m.set(intern("partial"), Value::Class(super::class(ip, &PARTIAL)));
    m.set(
        intern("WRAPPER_ASSIGNMENTS"),
        Value::tuple(
            [
                "__module__",
                "__name__",
                "__qualname__",
                "__doc__",
                "__annotations__",
            ]
            .iter()
            .map(|s| Value::str(s))
            .collect(),
        ),
    );
    m.set(
        intern("WRAPPER_UPDATES"),
        Value::tuple(vec![Value::str("__dict__")]),
    );
    Ok(())
}

crate::native_module!("_functools", init);
