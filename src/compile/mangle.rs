//! Private name mangling: inside a class, an identifier `__name` (two leading underscores, not
//! ending with two, no dot) stands for `_Class__name`, so that a subclass's private attributes
//! cannot collide with its base's. The resolver rewrites the names of a class body and of
//! everything nested in it once, before anything runs; class creation mangles `__slots__`.

use crate::intern::{intern, Symbol};

/// `name` as written inside the class named `class_name`: `None` when it is not mangled (not a
/// private name, or a class name made only of underscores).
pub fn mangle_str(class_name: &str, name: &str) -> Option<String> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let class = class_name.trim_start_matches('_');
    if class.is_empty() {
        return None;
    }
    Some(format!("_{class}{name}"))
}

/// `mangle_str` for interned names: the symbol itself when nothing changes.
pub fn mangle(class_name: Symbol, name: Symbol) -> Symbol {
    match mangle_str(class_name.as_str(), name.as_str()) {
        Some(m) => intern(&m),
        None => name,
    }
}
