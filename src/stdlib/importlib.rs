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

/// `_exec_in_module(module, source)`: runs source text or a code object with the module's
/// namespace as its globals (what `importlib.util`'s loaders' `exec_module` does).
#[function(importlib, "_exec_in_module(module, source, /)", style = py)]
fn exec_in_module(ip: &Interp, module: &Value, source: &Value) -> PyResult<Value> {
    let Value::Module(m) = module else {
        return Err(ip.err(ExcKind::TypeError, "a module is required"));
    };
    crate::eval::dynamic::exec_in_module(ip, m, source)?;
    Ok(Value::None)
}

/// `reload(module)`: runs a module's file again in its own namespace.
#[function(importlib, "reload(module)", style = py)]
fn reload(ip: &Interp, module: &Value) -> PyResult<Value> {
    let Value::Module(m) = module else {
        return Err(ip.err(ExcKind::TypeError, "reload() argument must be a module"));
    };
    let name = m.name.as_str();
    // `sys.modules` as the program left it (it may have taken the module out).
    let registered = match crate::runtime::modules::sys_modules(ip) {
        Some(d) => {
            crate::runtime::dict::get(ip, &d, &Value::str(name))?.is_some_and(|v| v.is(module))
        }
        None => ip
            .modules
            .borrow()
            .get(&m.name)
            .is_some_and(|v| v.is(module)),
    };
    if !registered {
        let e = ip.err(
            ExcKind::ImportError,
            format!("module {name} not in sys.modules"),
        );
        e.0.attrs
            .set(crate::intern::intern("name"), Value::str(name));
        return Err(e);
    }
    let src = match m.get(crate::intern::sym::__file__) {
        Some(Value::Str(path)) if !path.s.starts_with('<') => std::fs::read_to_string(&*path.s)
            .map_err(|e| {
                ip.err(
                    ExcKind::ModuleNotFoundError,
                    format!("No module named '{name}' ({e})"),
                )
            })?,
        // A module corun ships in Python runs its shipped source again.
        _ => match crate::runtime::modules::shipped_source(name) {
            Some(src) => src.to_string(),
            // A native module: its code does not change.
            None => return Ok(module.clone()),
        },
    };
    crate::eval::dynamic::exec_in_module(ip, m, &Value::str(&src))?;
    Ok(module.clone())
}

/// `_find(name)`: where `import name` would find the module, without importing it:
/// `("builtin", "built-in")` for a native module, `("file", path)` for a file on `sys.path`,
/// `("shipped", "<corun>/name.py")` for one corun ships in Python, else None.
#[function(importlib, "_find(name, /)", style = py)]
fn find(ip: &Interp, name: &str) -> PyResult<Value> {
    use crate::runtime::modules::{find_file, module_def, Source};
    let pair = |a: &str, b: &str| Value::tuple(vec![Value::str(a), Value::str(b)]);
    let def = module_def(name);
    if let Some(d) = def {
        if matches!(d.source, Source::Native(_)) {
            return Ok(pair("builtin", "built-in"));
        }
    }
    if let Some(path) = find_file(ip, name) {
        return Ok(pair("file", &path.to_string_lossy()));
    }
    Ok(match def {
        Some(_) => pair("shipped", &format!("<corun>/{name}.py")),
        None => Value::None,
    })
}

fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("importlib", init);
crate::python_module!("importlib.metadata", "importlib_metadata.py");
crate::python_module!("importlib.resources", "importlib_resources.py");
