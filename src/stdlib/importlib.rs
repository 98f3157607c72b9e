//! `importlib.import_module`: an import by a name held in a string (what test loaders and
//! plugin systems use). Native, as it is the interpreter's own import.

use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

/// `import_module(name, package=None)`: `name` may be relative (`.sub`) to `package`.
#[function(importlib, "import_module(name, package=None)", style = py)]
fn import_module(ip: &Interp, name: &str, package: &Value) -> PyResult<Value> {
    let full = if name.starts_with('.') {
        let Value::Str(pkg) = package else {
            return Err(ip.err(
                ExcKind::TypeError,
                format!(
                    "the 'package' argument is required to perform a relative import for '{}'",
                    name
                ),
            ));
        };
        let level = name.len() - name.trim_start_matches('.').len();
        let base = crate::runtime::modules::relative_base(ip, &pkg.s, level)?;
        match &name[level..] {
            "" => base.to_string(),
            rest => format!("{}.{}", base, rest),
        }
    } else {
        name.to_string()
    };
    if full.is_empty() || full.split('.').any(|p| p.is_empty()) {
        return Err(ip.err(ExcKind::ValueError, "Empty module name"));
    }
    crate::runtime::modules::import_dotted(ip, &full)
}

fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("importlib", init);
