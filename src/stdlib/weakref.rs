//! The `_weakref` module: `ref` (ReferenceType), `proxy` (ProxyType, CallableProxyType),
//! `getweakrefcount`, `getweakrefs`. The dictionaries, `WeakSet` and `finalize` are written in
//! Python over these (src/lib_py/weakref.py); `runtime::weakref` keeps what a reference points
//! at and calls the callbacks.

use std::rc::Rc;

use super::{ClassSpec, Native, NativeObj};
use crate::eval::call::Args;
use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::runtime::weakref::{register, Target, WeakRef};
use corun_macros::{function, method, staticmethod};

pub static REF: ClassSpec = ClassSpec {
    key: "weakref.ReferenceType",
    module: "weakref",
    name: "ReferenceType",
    base: None,
    new: None,
    methods: &[],
};

static PROXY: ClassSpec = ClassSpec {
    key: "weakref.ProxyType",
    module: "weakref",
    name: "ProxyType",
    base: None,
    new: None,
    methods: &[],
};

static CALLABLE_PROXY: ClassSpec = ClassSpec {
    key: "weakref.CallableProxyType",
    module: "weakref",
    name: "CallableProxyType",
    base: None,
    new: None,
    methods: &[],
};

fn cannot(ip: &Interp, v: &Value) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::TypeError,
        format!(
            "cannot create weak reference to '{}' object",
            ops::type_name(ip, v)
        ),
    )
}

/// `weakref.ref(obj, callback=None)` (the class is the first argument).
#[staticmethod(
    "weakref.ReferenceType",
    "ref($type, ob, callback=None, /)",
    attr = "__new__",
    style = unpack,
    count_name = "__new__"
)]
fn ref_new(ip: &Interp, cls: &Value, ob: &Value, callback: Option<&Value>) -> PyResult<Value> {
    let cls = match cls {
        Value::Class(c) => c.clone(),
        _ => super::class(ip, &REF),
    };
    let obj = ob;
    let callback = callback.cloned().unwrap_or(Value::None);
    let target = Target::of(obj).ok_or_else(|| cannot(ip, obj))?;
    if callback.is_none() {
        if let Some(r) = crate::runtime::weakref::basic_ref(&target) {
            return Ok(Value::Native(r));
        }
    }
    Ok(make(cls, target, callback, false))
}

fn make(
    cls: Rc<crate::runtime::object::Class>,
    target: Target,
    callback: Value,
    proxy: bool,
) -> Value {
    let o = NativeObj::make(
        cls,
        Native::WeakRef(WeakRef {
            target: std::cell::RefCell::new(target.clone()),
            callback: std::cell::RefCell::new(callback),
            hash: std::cell::Cell::new(None),
            proxy,
        }),
    );
    register(&target, &o);
    Value::Native(o)
}

/// `weakref.proxy(obj, callback=None)`.
#[function(_weakref, "proxy(object, callback=None, /)")]
fn proxy_fn(ip: &Interp, object: &Value, callback: Option<&Value>) -> PyResult<Value> {
    let obj = object;
    let callback = callback.cloned().unwrap_or(Value::None);
    let target = Target::of(obj).ok_or_else(|| cannot(ip, obj))?;
    let spec = if crate::runtime::builtins::is_callable(obj) {
        &CALLABLE_PROXY
    } else {
        &PROXY
    };
    Ok(make(super::class(ip, spec), target, callback, true))
}

#[function(_weakref, "getweakrefcount(object, /)")]
fn getweakrefcount(_ip: &Interp, object: &Value) -> PyResult<i64> {
    Ok(crate::runtime::weakref::refs_of(object).len() as i64)
}

#[function(_weakref, "getweakrefs(object, /)")]
fn getweakrefs(_ip: &Interp, object: &Value) -> PyResult<Value> {
    Ok(Value::list(crate::runtime::weakref::refs_of(object)))
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let r = Value::Class(super::class(ip, &REF));
    m.set(intern("ref"), r.clone());
    m.set(intern("ReferenceType"), r);
    m.set(intern("ProxyType"), Value::Class(super::class(ip, &PROXY)));
    m.set(
        intern("CallableProxyType"),
        Value::Class(super::class(ip, &CALLABLE_PROXY)),
    );
    Ok(())
}

crate::native_module!("_weakref", init);

/// The referent of a proxy, or CPython's ReferenceError once it has gone.
fn referent(ip: &Interp, w: &WeakRef) -> PyResult<Value> {
    w.target.borrow().get().ok_or_else(|| {
        ip.err(
            ExcKind::ReferenceError,
            "weakly-referenced object no longer exists",
        )
    })
}

/// Calling a weak reference (its referent, or None once it has gone), or a callable proxy.
pub fn call(
    ip: &Interp,
    this: &Rc<NativeObj>,
    w: &WeakRef,
    args: &mut Args,
    kw: &Kwargs,
) -> PyResult<Value> {
    if w.proxy {
        let f = referent(ip, w)?;
        return crate::eval::call::call_value(ip, &f, args, kw);
    }
    if crate::runtime::bind::fast_method(&REF_CALL, args, kw) {
        return ref_call(ip, w);
    }
    args.insert(0, Value::Native(this.clone()));
    (REF_CALL.call)(ip, args, kw)
}

native_arg!(WeakRef, WeakRef, "weakref.ReferenceType");

/// Calling a weak reference: its referent, or None once it has gone.
#[method(
    "weakref.ReferenceType",
    "weakref($self, /)",
    attr = "__call__",
    style = unpack
)]
fn ref_call(_ip: &Interp, this: &WeakRef) -> PyResult<Value> {
    Ok(this.target.borrow().get().unwrap_or(Value::None))
}

/// `r.__callback__`; for a proxy, the referent's attribute.
pub fn getattr(ip: &Interp, w: &WeakRef, name: Symbol) -> PyResult<Option<Value>> {
    if w.proxy {
        let r = referent(ip, w)?;
        return ops::getattr(ip, &r, name).map(Some);
    }
    Ok(match name.as_str() {
        "__callback__" => Some(w.callback.borrow().clone()),
        _ => None,
    })
}

/// `hash(r)`: the referent's hash, kept once computed; a reference whose referent went before
/// its hash was asked for has none.
pub fn hash(ip: &Interp, w: &WeakRef) -> PyResult<i64> {
    if w.proxy {
        return ip.type_error("unhashable type: 'weakref.ProxyType'");
    }
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(r) = w.target.borrow().get() else {
        return ip.type_error("weak object has gone away");
    };
    let h = crate::runtime::numbers::hash(ip, &r)?;
    w.hash.set(Some(h));
    Ok(h)
}

/// `a == b` for two references: their referents compared while both are alive, else
/// identity.
pub fn equals(ip: &Interp, a: &Rc<NativeObj>, w: &WeakRef, b: &Value) -> PyResult<Option<bool>> {
    if w.proxy {
        let r = referent(ip, w)?;
        return ops::equals(ip, &r, b).map(Some);
    }
    let Value::Native(o) = b else {
        return Ok(None);
    };
    let Native::WeakRef(v) = &o.kind else {
        return Ok(None);
    };
    if v.proxy {
        return Ok(None);
    }
    match (w.target.borrow().get(), v.target.borrow().get()) {
        (Some(x), Some(y)) => ops::equals(ip, &x, &y).map(Some),
        _ => Ok(Some(Rc::ptr_eq(a, o))),
    }
}

/// Stands for None's address in a proxy's repr.
static NONE_ADDR: u8 = 0;

/// `<weakref at 0x…; to 'C' at 0x…>`, `<weakref at 0x…; dead>`, and the proxies'.
pub fn repr(ip: &Interp, o: &NativeObj, w: &WeakRef) -> PyResult<String> {
    let me = o as *const NativeObj as usize;
    let target = w.target.borrow().get();
    if w.proxy {
        // CPython shows a dead proxy's referent as None.
        let r = target.unwrap_or(Value::None);
        let addr = r.ptr().unwrap_or(&NONE_ADDR as *const u8 as usize);
        let tname = ops::type_name(ip, &r);
        return Ok(format!(
            "<weakproxy at {:#x} to {} at {:#x}>",
            me, tname, addr
        ));
    }
    let kind = "weakref";
    let Some(r) = target else {
        return Ok(format!("<{} at {:#x}; dead>", kind, me));
    };
    let addr = r.ptr().unwrap_or(0);
    let tname = ops::type_name(ip, &r);
    // CPython adds the referent's `__name__` when it has one.
    let name = match &r {
        Value::Function(_) | Value::Class(_) | Value::BoundMethod(_) | Value::Builtin(_) => {
            ops::getattr(ip, &r, crate::intern::sym::__name__).ok()
        }
        _ => None,
    };
    Ok(match name {
        Some(Value::Str(n)) => format!(
            "<{} at {:#x}; to '{}' at {:#x} ({})>",
            kind, me, tname, addr, n.s
        ),
        _ => format!("<{} at {:#x}; to '{}' at {:#x}>", kind, me, tname, addr),
    })
}

/// For a proxy: the referent, for the operations that forward to it.
pub fn proxied(ip: &Interp, w: &WeakRef) -> Option<PyResult<Value>> {
    w.proxy.then(|| referent(ip, w))
}
