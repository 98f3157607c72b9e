//! Finalizers: `__del__` of instances (when their last reference goes, and for garbage the
//! collector found), and the other objects whose going away runs code (generators, coroutines,
//! futures and tasks), as CPython 3.4+ runs them: once per object (PEP 442).

use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::Exc;
use crate::runtime::instance::{Instance, FINALIZED, HAS_WEAKREFS};
use crate::runtime::object::{class_epoch, Class};
use crate::runtime::value::Value;

/// The class's `__del__`, if it has one (cached per class epoch).
pub fn class_del(cls: &Rc<Class>) -> Option<Value> {
    let epoch = class_epoch();
    let cached = cls.del_cache.get();
    if cached >> 1 == epoch && cached & 1 == 0 {
        return None;
    }
    let m = if cls.user {
        crate::eval::classes::user_method_of(cls, crate::intern::sym::__del__)
    } else {
        None
    };
    cls.del_cache.set(epoch << 1 | u64::from(m.is_some()));
    m
}

/// Whether instances of `cls` can be weakly referenced: not when `__slots__` all the way up
/// leave out `__weakref__`.
pub fn weakrefable(cls: &Rc<Class>) -> bool {
    match &cls.slots {
        None => true,
        Some(names) => names.iter().any(|n| n.as_str() == "__weakref__"),
    }
}

/// Prints what CPython prints for an exception nothing can catch (raised in `__del__` or a
/// callback): `Exception ignored in: <obj>` and the traceback.
pub fn report_unraisable(ip: &Interp, e: &Exc, obj: &Value, what: &str) {
    let head = if what.is_empty() {
        let r = crate::runtime::repr::repr(ip, obj).unwrap_or_else(|_| "<object>".to_string());
        format!("Exception ignored in: {}\n", r)
    } else {
        format!("Exception ignored in {}:\n", what)
    };
    ip.flush_out();
    ip.write_err(&head);
    ip.write_err(&crate::diagnostics::format_traceback(ip, e));
}

/// Calls `__del__` on `obj`, reporting what it raises.
fn call_del(ip: &Interp, obj: &Value, m: &Value) {
    if let Err(e) = crate::eval::classes::call_method(ip, obj, m, &[]) {
        report_unraisable(ip, &e, m, "");
    }
}

/// An instance whose last reference went: runs `__del__` if its class has one and it has not
/// run, and tells its weak references. `__del__` needs the object alive: its contents move
/// into a new object (with a new address) that `__del__` gets as `self`, and which lives on if
/// `__del__` kept a reference to it.
pub fn instance_dropped(inst: &mut Instance) {
    let flags = inst.flags.get();
    if flags & FINALIZED == 0 {
        if let Some(m) = class_del(&inst.class) {
            if let Some(ip) = crate::eval::current() {
                let revived = inst.revive();
                if flags & HAS_WEAKREFS != 0 {
                    crate::runtime::weakref::moved(
                        inst as *const Instance as usize,
                        crate::runtime::weakref::Target::Instance(Rc::downgrade(&revived)),
                    );
                }
                call_del(&ip, &Value::Instance(revived), &m);
                return;
            }
        }
    }
    if flags & HAS_WEAKREFS != 0 {
        crate::runtime::weakref::died(inst as *const Instance as usize);
    }
}

/// An exception of a user class whose last reference went: `__del__` as for instances.
pub fn exception_dropped(e: &mut crate::runtime::exceptions::ExcObj) {
    if !e.finalized.get() {
        if let Some(m) = class_del(&e.class) {
            if let Some(ip) = crate::eval::current() {
                let addr = e as *const crate::runtime::exceptions::ExcObj as usize;
                let revived = e.revive();
                crate::runtime::weakref::moved(
                    addr,
                    crate::runtime::weakref::Target::Exception(Rc::downgrade(&revived)),
                );
                call_del(&ip, &Value::Exception(revived), &m);
                return;
            }
        }
    }
    crate::runtime::weakref::died(e as *const crate::runtime::exceptions::ExcObj as usize);
}

/// For the collector: runs the finalizer of garbage object `v` if it has one that has not run.
/// Returns whether Python code ran.
pub fn in_collection(ip: &Interp, v: &Value) -> bool {
    match v {
        Value::Instance(i) => {
            if i.flags.get() & FINALIZED != 0 {
                return false;
            }
            i.set_flag(FINALIZED);
            match class_del(&i.class) {
                Some(m) => {
                    call_del(ip, v, &m);
                    true
                }
                None => false,
            }
        }
        Value::Coroutine(c) | Value::Generator(c) | Value::AsyncGen(c) => {
            crate::runtime::coroutine::finalize_in_collection(ip, c)
        }
        Value::Exception(e) if e.class.user && !e.finalized.get() => {
            e.finalized.set(true);
            match class_del(&e.class) {
                Some(m) => {
                    call_del(ip, v, &m);
                    true
                }
                None => false,
            }
        }
        Value::Future(f) => crate::aio::future::finalize_in_collection(ip, f),
        _ => false,
    }
}
