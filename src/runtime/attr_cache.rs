//! What an attribute expression (`obj.attr`) remembers of its last look-up, so the next one at
//! the same place in the program is mostly a comparison: CPython 3.11's inline caches, for a
//! tree walker. Each `ExprKind::Attribute` node holds one `AttrSite`.
//!
//! Nothing cached here is taken on trust:
//! - `hint` is where the name was found in the last instance's attribute list; instances of a
//!   class usually store their attributes in the same order, so the name is checked at that
//!   position first and searched for only when it is not there.
//! - `method` is the plain function a class held (along its MRO) under the name, for one class
//!   and one class epoch (`object::class_epoch`, moved on by every change to any class's
//!   attributes, bases or MRO): it is used only for an instance of that very class, in that
//!   epoch. It holds the class and the function weakly, so the program's code keeps no object
//!   alive, and a class that went away cannot be mistaken for a new one made at its address.
//! - `builtin` is the native method a builtin type (`str`, `list`, `dict`, …: one of the
//!   interpreter's own classes, which live as long as it does) held under the name, for that
//!   type and one class epoch, so `s.startswith(p)` or `lst.pop()` finds its method with a
//!   comparison.
//! - `own` is whether instances of one class (held weakly, as for `method`) read and write the
//!   name in their own attributes with nothing their classes hold coming first (no data
//!   descriptor under the name, no `__getattribute__` or, for writes, `__setattr__` of the
//!   user's), for one class epoch: an instance of a class that has a property or a
//!   `__setattr__` somewhere still reads and writes its other attributes as a plain one does.
//! - `class_attr` is what instances of one class (held weakly) find under the name along the
//!   MRO, for one class epoch, when it is a `property` (held weakly) or a value that owns
//!   nothing (`owns_nothing`: a number, str, bytes, bool, None), with whether reads and writes
//!   reach it straight (no `__getattribute__` or `__setattr__` of the user's): `obj.p` and `obj.p = v` call the
//!   property's getter or setter, and `obj.k` of a class constant the instance does not shadow
//!   answers, without walking the MRO.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::runtime::instance::Descr;
use crate::runtime::object::{BuiltinFn, Class, Function};

#[derive(Default)]
pub struct AttrSite {
    /// Where the name was last found in an instance's own attributes.
    pub hint: Cell<u32>,
    method: RefCell<Option<MethodEntry>>,
    builtin: Cell<Option<BuiltinEntry>>,
    own: Cell<Option<OwnEntry>>,
    class_attr: RefCell<Option<ClassAttrEntry>>,
}

/// What instances of `class` find under the site's name at `epoch`, and whether reads and
/// writes of the name reach it straight.
struct ClassAttrEntry {
    class: Weak<Class>,
    epoch: u64,
    held: Held,
    read: bool,
    write: bool,
}

enum Held {
    Other,
    Property(Weak<Descr>),
    /// A value that owns nothing (`owns_nothing`).
    Value(crate::runtime::value::Value),
}

/// What `AttrSite::class_attr` knows of a class: the property under the site's name, or the
/// value that owns nothing found there (both None for anything else), and whether reads and
/// writes reach it straight.
pub struct ClassAttr {
    pub prop: Option<Rc<Descr>>,
    pub value: Option<crate::runtime::value::Value>,
    pub read: bool,
    pub write: bool,
}

/// How instances of `class` reach the site's name at `epoch`: whether their own attributes
/// come first when it is read, and when it is written.
struct OwnEntry {
    class: Weak<Class>,
    epoch: u64,
    read: bool,
    write: bool,
}

/// The native method the builtin type at address `class` held under the site's name at
/// `epoch`.
#[derive(Clone, Copy)]
struct BuiltinEntry {
    class: *const Class,
    epoch: u64,
    func: &'static BuiltinFn,
}

/// The function `class` held under the site's name at `epoch`.
struct MethodEntry {
    class: Weak<Class>,
    epoch: u64,
    func: Weak<Function>,
}

impl AttrSite {
    /// The function cached for instances of `class` in the current epoch.
    #[inline]
    pub fn method(&self, class: &Rc<Class>) -> Option<Rc<Function>> {
        let m = self.method.borrow();
        let m = m.as_ref()?;
        if m.class.as_ptr() != Rc::as_ptr(class) || m.epoch != crate::runtime::object::class_epoch()
        {
            return None;
        }
        m.func.upgrade()
    }

    /// Remembers that instances of `class` find `func` under the site's name in this epoch.
    pub fn set_method(&self, class: &Rc<Class>, func: &Rc<Function>) {
        let entry = MethodEntry {
            class: Rc::downgrade(class),
            epoch: crate::runtime::object::class_epoch(),
            func: Rc::downgrade(func),
        };
        let old = self.method.replace(Some(entry));
        drop(old);
    }

    /// The native method cached for values of the builtin type `class` in the current epoch.
    /// `class` must be one of the interpreter's builtin types (see `ops::builtin_type`), which
    /// are never freed, so its address names it for good.
    #[inline]
    pub fn builtin(&self, class: &Rc<Class>) -> Option<&'static BuiltinFn> {
        let e = self.builtin.get()?;
        (e.class == Rc::as_ptr(class) && e.epoch == crate::runtime::object::class_epoch())
            .then_some(e.func)
    }

    /// Remembers that values of the builtin type `class` find `func` under the site's name in
    /// this epoch.
    pub fn set_builtin(&self, class: &Rc<Class>, func: &'static BuiltinFn) {
        self.builtin.set(Some(BuiltinEntry {
            class: Rc::as_ptr(class),
            epoch: crate::runtime::object::class_epoch(),
            func,
        }));
    }
}

impl AttrSite {
    /// Whether instances of `class` read (first) and write (second) the site's name in their
    /// own attributes before anything their classes hold, as found for this class in the
    /// current epoch; None when not known.
    #[inline]
    pub fn own(&self, class: &Rc<Class>) -> Option<(bool, bool)> {
        let e = self.own.take()?;
        let r = (e.class.as_ptr() == Rc::as_ptr(class)
            && e.epoch == crate::runtime::object::class_epoch())
        .then_some((e.read, e.write));
        self.own.set(Some(e));
        r
    }

    /// Remembers how instances of `class` reach the site's name in this epoch (see `own`).
    pub fn set_own(&self, class: &Rc<Class>, read: bool, write: bool) {
        let old = self.own.replace(Some(OwnEntry {
            class: Rc::downgrade(class),
            epoch: crate::runtime::object::class_epoch(),
            read,
            write,
        }));
        drop(old);
    }
}

impl AttrSite {
    /// What instances of `class` find in the current epoch; None when not known (or the
    /// property went away).
    #[inline]
    pub fn class_attr(&self, class: &Rc<Class>) -> Option<ClassAttr> {
        let e = self.class_attr.borrow();
        let e = e.as_ref()?;
        if e.class.as_ptr() != Rc::as_ptr(class) || e.epoch != crate::runtime::object::class_epoch()
        {
            return None;
        }
        let (prop, value) = match &e.held {
            Held::Other => (None, None),
            Held::Property(p) => (Some(p.upgrade()?), None),
            Held::Value(v) => (None, Some(v.clone())),
        };
        Some(ClassAttr {
            prop,
            value,
            read: e.read,
            write: e.write,
        })
    }

    /// Remembers what instances of `class` find under the site's name in this epoch (see
    /// `class_attr`). A value that owns something is not kept (the site keeps nothing alive).
    pub fn set_class_attr(&self, class: &Rc<Class>, found: &ClassAttr) {
        let held = match (&found.prop, &found.value) {
            (Some(p), _) => Held::Property(Rc::downgrade(p)),
            (None, Some(v)) if owns_nothing(v) => Held::Value(v.clone()),
            _ => Held::Other,
        };
        let old = self.class_attr.replace(Some(ClassAttrEntry {
            class: Rc::downgrade(class),
            epoch: crate::runtime::object::class_epoch(),
            held,
            read: found.read,
            write: found.write,
        }));
        drop(old);
    }
}

/// Whether a site may keep `v`: it owns no other object and no program can see how long it
/// lives (a number, str, bytes, bool, None, Ellipsis, NotImplemented).
pub fn owns_nothing(v: &crate::runtime::value::Value) -> bool {
    use crate::runtime::value::Value;
    matches!(
        v,
        Value::Int(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::None
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::BigInt(_)
            | Value::Complex(_)
            | Value::Ellipsis
            | Value::NotImplemented
    )
}

impl std::fmt::Debug for AttrSite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AttrSite")
    }
}
