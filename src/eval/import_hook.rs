//! Import statements when a program has put its own `__import__` into the builtins module (a
//! test double, an import tracer): as in CPython, the statements then call it, and bind what
//! it returns.

use crate::eval::call::{call_value, Args};
use crate::eval::sync::store_name;
use crate::eval::{ops, Frame, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::syntax::ast::{DottedName, NameRef, Stmt, StmtKind};

/// The builtins module's `__import__` when it is no longer corun's own (Undef when deleted).
pub fn overridden(ip: &Interp) -> Option<Value> {
    if ip.internal_import.get() {
        return None;
    }
    let i = ip.builtin_index(intern("__import__"))?;
    match (ip.builtin_slot(i), &ip.builtins[i as usize]) {
        (Value::Builtin(now), Value::Builtin(made)) if std::ptr::eq(now, *made) => None,
        (now, _) => Some(now),
    }
}

fn dotted(name: &DottedName) -> String {
    let parts: Vec<&str> = name.parts.iter().map(|p| p.as_str()).collect();
    parts.join(".")
}

/// `hook(name, globals, locals, fromlist, level)`, as CPython's import statements call it.
fn call_hook(
    ip: &Interp,
    f: &Frame,
    hook: &Value,
    name: String,
    fromlist: Value,
    level: u32,
) -> PyResult<Value> {
    if matches!(hook, Value::Undef) {
        return Err(ip.err(ExcKind::ImportError, "__import__ not found"));
    }
    let globals = Value::Dict(crate::eval::dynamic::module_dict(ip, f.module)?);
    // At module level the locals are the globals; a function's are not passed.
    let locals = if f.locals.is_empty() && f.cells.is_empty() {
        globals.clone()
    } else {
        Value::None
    };
    let mut a: Args = [
        Value::string(name),
        globals,
        locals,
        fromlist,
        Value::Int(level as i64),
    ]
    .into_iter()
    .collect();
    call_value(ip, hook, &mut a, &[])
}

/// Runs an `import` or `from … import` statement through `hook`.
pub fn import(ip: &Interp, f: &mut Frame, hook: &Value, s: &Stmt) -> PyResult<()> {
    match &s.kind {
        StmtKind::Import(aliases) => {
            for a in aliases {
                let top = call_hook(ip, f, hook, dotted(&a.name), Value::None, 0)?;
                // `import a.b as c` binds `a.b` itself, found from the top package.
                let mut bound = top;
                if a.asname.is_some() {
                    for part in &a.name.parts[1..] {
                        bound = ops::getattr(ip, &bound, *part)?;
                    }
                }
                store_name(ip, f, a.bind.id, a.bind.scope, bound)?;
            }
            Ok(())
        }
        StmtKind::ImportFrom {
            module,
            names,
            star,
            level,
        } => {
            let name = module.as_ref().map(dotted).unwrap_or_default();
            let fromlist: Vec<Value> = if *star {
                vec![Value::str("*")]
            } else {
                names
                    .iter()
                    .map(|a| Value::str(a.name.parts[0].as_str()))
                    .collect()
            };
            let m = call_hook(ip, f, hook, name.clone(), Value::tuple(fromlist), *level)?;
            if *star {
                for (n, v) in crate::runtime::modules::star_names(ip, &m)? {
                    store_name(ip, f, n, NameRef::Dynamic, v)?;
                }
                return Ok(());
            }
            for a in names {
                let n = a.name.parts[0];
                let v = ops::getattr(ip, &m, n).map_err(|_| {
                    ip.err(
                        ExcKind::ImportError,
                        format!(
                            "cannot import name '{}' from '{}' (unknown location)",
                            n, name
                        ),
                    )
                })?;
                store_name(ip, f, a.bind.id, a.bind.scope, v)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
