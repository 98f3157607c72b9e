//! Imports: the modules corun provides (asyncio) and, later, modules from files.

use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::syntax::ast::DottedName;

fn dotted(name: &DottedName) -> String {
    name.parts
        .iter()
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

/// `import a.b.c`: the module `a.b.c` itself.
pub fn import(ip: &Interp, name: &DottedName) -> PyResult<Value> {
    let full = dotted(name);
    let key = crate::intern::intern(&full);
    if let Some(m) = ip.modules.borrow().get(&key) {
        return Ok(m.clone());
    }
    let m = match full.as_str() {
        "asyncio" => Value::Module(crate::aio::make_module(ip)),
        _ => {
            return Err(ip.err(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{}'", full),
            ))
        }
    };
    ip.modules.borrow_mut().insert(key, m.clone());
    Ok(m)
}

/// The top-level package `a` of `import a.b.c`.
pub fn import_top(ip: &Interp, name: &DottedName) -> PyResult<Value> {
    let top = DottedName {
        parts: vec![name.parts[0]],
        span: name.span,
    };
    import(ip, &top)
}
