//! Changing what an object is made of after the fact: `obj.__class__ = C` and
//! `C.__bases__ = (…)`, with CPython's checks that the old and new classes lay their instances
//! out alike.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::{Class, ClassKind};
use crate::runtime::value::Value;

/// What decides how a class's instances are laid out: the builtin kind and the `__slots__`
/// of instances without a `__dict__` (as a set: CPython sorts them).
fn same_layout(a: &Class, b: &Class) -> bool {
    let sorted = |c: &Class| {
        c.slots.as_deref().map(|s| {
            let mut v: Vec<&str> = s.iter().map(|n| n.as_str()).collect();
            v.sort_unstable();
            v
        })
    };
    // Slots added on different bases lie differently, even when they are the same names.
    let slots_base = |c: &Class| {
        let mut k: Option<Rc<Class>> = None;
        let own = |c: &Class| c.dict.borrow().contains_key(&crate::intern::sym::__slots__);
        if !own(c) {
            k = (*c.base).clone();
            while let Some(x) = k.clone().filter(|x| x.user && !own(x)) {
                k = (*x.base).clone();
            }
        }
        match k {
            None => (*c.base).clone(),
            Some(x) => (*x.base).clone(),
        }
        .map(|x| Rc::as_ptr(&x))
    };
    a.kind == b.kind
        && sorted(a) == sorted(b)
        && (a.slots.is_none() || slots_base(a) == slots_base(b))
}

/// `obj.__class__ = v`.
pub fn set_object_class(ip: &Interp, obj: &Value, v: Value) -> PyResult<()> {
    let Value::Class(new) = &v else {
        return ip.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            ops::type_name(ip, &v)
        ));
    };
    let old = ops::type_of(ip, obj);
    if let Value::Module(m) = obj {
        // A module may become an instance of any subclass of ModuleType, and back.
        if new.kind != ClassKind::Module {
            return ip.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        *m.class.borrow_mut() = new.user.then(|| new.clone());
        return Ok(());
    }
    if !new.user || !old.user {
        return ip.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        );
    }
    if !same_layout(new, &old) {
        return ip.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        ));
    }
    match obj {
        Value::Instance(i) => {
            i.class.replace_class(new.clone());
            Ok(())
        }
        _ => Err(crate::eval::sync::not_yet(
            ip,
            &format!("assigning to __class__ of a '{}' object", old.name),
        )),
    }
}

/// `C.__bases__ = v`: the MRO of `C` and of every class below it is made again, and what was
/// cached about classes is forgotten.
pub fn set_bases(ip: &Interp, c: &Rc<Class>, v: Value) -> PyResult<()> {
    let name = &c.qualname;
    let Value::Tuple(t) = &v else {
        return ip.type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            name,
            ops::type_name(ip, &v)
        ));
    };
    if t.items.is_empty() {
        return ip.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            name
        ));
    }
    let mut bases: Vec<Rc<Class>> = Vec::with_capacity(t.items.len());
    for item in t.items.iter() {
        match item {
            Value::Class(k) => bases.push(k.clone()),
            other => {
                return ip.type_error(format!(
                    "{}.__bases__ must be tuple of classes, not '{}'",
                    name,
                    ops::type_name(ip, other)
                ))
            }
        }
    }
    for b in &bases {
        if Rc::ptr_eq(b, c) || b.mro.iter().any(|k| Rc::ptr_eq(k, c)) {
            return ip.type_error("a __bases__ item causes an inheritance cycle");
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|k| Rc::ptr_eq(k, b)) {
            return ip.type_error(format!("duplicate base class {}", b.qualname));
        }
    }
    let layout = crate::eval::classes::layout_base(ip, &bases)?;
    let old_layout = (*c.base).clone().unwrap_or_else(|| ip.types.object.clone());
    // The builtin types whose objects are freed otherwise than a class's instances.
    if matches!(
        layout.kind,
        ClassKind::Int | ClassKind::Float | ClassKind::Str | ClassKind::Bytes | ClassKind::Complex
    ) && layout.kind != c.kind
    {
        return ip.type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            layout.name, old_layout.name
        ));
    }
    if layout.kind != c.kind || !same_layout(&layout, &old_layout) {
        return ip.type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            layout.name, old_layout.name
        ));
    }
    let mro = crate::eval::classes::c3_merge(ip, &bases)?;
    // The classes below `c`, bases before the classes deriving from them (a base's MRO is
    // shorter than its subclasses').
    let mut below: Vec<Rc<Class>> = crate::runtime::gc::objects(None)
        .into_iter()
        .filter_map(|o| match o {
            Value::Class(k) if k.mro.iter().any(|m| Rc::ptr_eq(m, c)) => Some(k),
            _ => None,
        })
        .collect();
    below.sort_by_key(|k| k.mro.len());
    let (old_bases, old_mro) = ((*c.bases).clone(), (*c.mro).clone());
    c.bases.replace(bases);
    c.mro.replace(mro);
    c.base.replace(Some(layout));
    let mut changed: Vec<(Rc<Class>, Vec<Rc<Class>>)> = Vec::new();
    for k in &below {
        match crate::eval::classes::c3_merge(ip, &k.bases) {
            Ok(m) => {
                changed.push((k.clone(), (*k.mro).clone()));
                k.mro.replace(m);
            }
            Err(e) => {
                // Nothing changes when a class below cannot be ordered.
                for (k, m) in changed.into_iter().rev() {
                    k.mro.replace(m);
                }
                c.bases.replace(old_bases);
                c.mro.replace(old_mro);
                c.base.replace(Some(old_layout));
                crate::runtime::object::class_changed();
                return Err(e);
            }
        }
    }
    crate::runtime::object::class_changed();
    Ok(())
}
