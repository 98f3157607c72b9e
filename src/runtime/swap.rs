//! A field read on every attribute look-up that a program may nonetheless replace, rarely:
//! an object's class (`obj.__class__ = C`), a class's bases and MRO (`C.__bases__ = …`).
//! Reading it costs what reading a plain field costs (no borrow flag); replacing it keeps the
//! old value alive for the rest of the run, so a reference a reader took before the change
//! never dangles.

use std::cell::{RefCell, UnsafeCell};
use std::rc::Rc;

/// A value behind a shared reference that `replace` may change.
pub struct Swap<T: 'static>(UnsafeCell<T>);

thread_local! {
    /// What `replace` took out, kept alive (bounded: it grows only when a program assigns
    /// `__class__` or `__bases__`, and classes already retired are kept once).
    static RETIRED: RefCell<Vec<Box<dyn std::any::Any>>> = const { RefCell::new(Vec::new()) };
    static RETIRED_CLASSES: RefCell<std::collections::HashSet<usize>> =
        RefCell::new(std::collections::HashSet::new());
}

impl<T: 'static> Swap<T> {
    pub const fn new(v: T) -> Swap<T> {
        Swap(UnsafeCell::new(v))
    }

    /// Puts `v` in place of the current value, which is kept alive for the rest of the run.
    pub fn replace(&self, v: T) {
        // SAFETY: the values are `Rc`-based and never leave the interpreter's thread; the old
        // value is moved into the retired list, not dropped, so what a reader reached through it
        // (a class, a vector's buffer) stays valid.
        let old = unsafe { std::ptr::replace(self.0.get(), v) };
        RETIRED.with(|r| r.borrow_mut().push(Box::new(old)));
    }
}

impl Swap<Rc<crate::runtime::object::Class>> {
    /// `replace` for an object's class: a class already kept alive is not kept twice.
    pub fn replace_class(&self, v: Rc<crate::runtime::object::Class>) {
        // SAFETY: as in `replace`: the old class is kept (once) rather than dropped.
        let old = unsafe { std::ptr::replace(self.0.get(), v) };
        let fresh = RETIRED_CLASSES.with(|s| s.borrow_mut().insert(Rc::as_ptr(&old) as usize));
        if fresh {
            RETIRED.with(|r| r.borrow_mut().push(Box::new(old)));
        }
    }
}

impl<T: 'static> std::ops::Deref for Swap<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: see `replace`: the value read stays alive after a replacement.
        unsafe { &*self.0.get() }
    }
}
