//! Imports: the modules corun provides (asyncio) and, later, modules from files.

use std::path::{Path, PathBuf};

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
    if name.parts.len() > 1 {
        // A submodule: its package first.
        let parent = DottedName {
            parts: name.parts[..name.parts.len() - 1].to_vec(),
            span: name.span,
        };
        import(ip, &parent)?;
        if let Some(m) = ip.modules.borrow().get(&key) {
            return Ok(m.clone());
        }
    }
    let m = match full.as_str() {
        "asyncio" => Value::Module(crate::aio::make_module(ip)),
        "sys" => Value::Module(crate::runtime::sys::make_module(ip)),
        "math" => Value::Module(crate::stdlib::math::make_module(ip)),
        "random" => Value::Module(crate::stdlib::random::make_module(ip)),
        "time" => Value::Module(crate::stdlib::time::make_module(ip)),
        "itertools" => Value::Module(crate::stdlib::itertools::make_module(ip)),
        "functools" => Value::Module(crate::stdlib::functools::make_module(ip)),
        "operator" => Value::Module(crate::stdlib::operator::make_module(ip)),
        "string" => Value::Module(crate::stdlib::string::make_module(ip)),
        "typing" => Value::Module(crate::stdlib::typing::make_module(ip)),
        "collections" => Value::Module(crate::stdlib::collections::make_module(ip)),
        _ => match find_file(ip, &full) {
            Some(path) => return load_file(ip, &full, key, &path),
            None => {
                return Err(ip.err(
                    ExcKind::ModuleNotFoundError,
                    format!("No module named '{}'", full),
                ))
            }
        },
    };
    ip.modules.borrow_mut().insert(key, m.clone());
    Ok(m)
}

/// Where `import a.b` finds its file: the script's folder first, then each folder of PYTHONPATH,
/// as `a/b.py` or the package `a/b/__init__.py`.
fn find_file(ip: &Interp, full: &str) -> Option<PathBuf> {
    let rel: PathBuf = full.split('.').collect();
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Some(d) = ip.script_dir.borrow().clone() {
        dirs.push(d);
    }
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        dirs.extend(std::env::split_paths(&pp).filter(|p| !p.as_os_str().is_empty()));
    }
    for d in dirs {
        let file = d.join(&rel).with_extension("py");
        if file.is_file() {
            return Some(file);
        }
        let init = d.join(&rel).join("__init__.py");
        if init.is_file() {
            return Some(init);
        }
    }
    None
}

/// Runs a module's file once: registered before it runs, so circular imports see the partly
/// initialised module, as in CPython.
fn load_file(ip: &Interp, full: &str, key: crate::intern::Symbol, path: &Path) -> PyResult<Value> {
    let src = std::fs::read_to_string(path).map_err(|e| {
        ip.err(
            ExcKind::ImportError,
            format!("cannot read '{}': {}", path.display(), e),
        )
    })?;
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let module = crate::exec_module(ip, full, &abs.display().to_string(), &src, |m| {
        ip.modules
            .borrow_mut()
            .insert(key, Value::Module(m.clone()));
    });
    match module {
        Ok(m) => {
            // A submodule becomes an attribute of its package.
            if let Some((parent, child)) = full.rsplit_once('.') {
                if let Some(Value::Module(p)) =
                    ip.modules.borrow().get(&crate::intern::intern(parent))
                {
                    p.set(crate::intern::intern(child), Value::Module(m.clone()));
                }
            }
            Ok(Value::Module(m))
        }
        Err(e) => {
            ip.modules.borrow_mut().remove(&key);
            Err(e)
        }
    }
}

/// The top-level package `a` of `import a.b.c`.
pub fn import_top(ip: &Interp, name: &DottedName) -> PyResult<Value> {
    let top = DottedName {
        parts: vec![name.parts[0]],
        span: name.span,
    };
    import(ip, &top)
}
