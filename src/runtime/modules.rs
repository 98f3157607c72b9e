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
        "asyncio" => {
            let m = crate::aio::make_module(ip);
            ip.modules
                .borrow_mut()
                .insert(key, Value::Module(m.clone()));
            // TaskGroup is written in Python over the native tasks.
            let tg = load_source(
                ip,
                "asyncio.taskgroups",
                crate::intern::intern("asyncio.taskgroups"),
                "<corun>/asyncio/taskgroups.py",
                include_str!("../lib_py/_asyncio_taskgroups.py"),
            )?;
            m.set(
                crate::intern::intern("TaskGroup"),
                crate::eval::ops::getattr(ip, &tg, crate::intern::intern("TaskGroup"))?,
            );
            // So is Barrier, over the native Condition.
            let b = load_source(
                ip,
                "asyncio.locks",
                crate::intern::intern("asyncio.locks"),
                "<corun>/asyncio/locks.py",
                include_str!("../lib_py/_asyncio_barrier.py"),
            )?;
            for name in ["Barrier", "BrokenBarrierError"] {
                let n = crate::intern::intern(name);
                m.set(n, crate::eval::ops::getattr(ip, &b, n)?);
            }
            // And Runner, over the native loop.
            let r = load_source(
                ip,
                "asyncio.runners",
                crate::intern::intern("asyncio.runners"),
                "<corun>/asyncio/runners.py",
                include_str!("../lib_py/_asyncio_runners.py"),
            )?;
            let n = crate::intern::intern("Runner");
            m.set(n, crate::eval::ops::getattr(ip, &r, n)?);
            return Ok(Value::Module(m));
        }
        "sys" => Value::Module(crate::runtime::sys::make_module(ip)),
        "gc" => Value::Module(crate::stdlib::gc::make_module(ip)),
        "_weakref" => Value::Module(crate::stdlib::weakref::make_module(ip)),
        "math" => Value::Module(crate::stdlib::math::make_module(ip)),
        "random" => Value::Module(crate::stdlib::random::make_module(ip)),
        "time" => Value::Module(crate::stdlib::time::make_module(ip)),
        "itertools" => Value::Module(crate::stdlib::itertools::make_module(ip)),
        "_functools" => Value::Module(crate::stdlib::functools::make_module(ip)),
        "operator" => Value::Module(crate::stdlib::operator::make_module(ip)),
        "string" => Value::Module(crate::stdlib::string::make_module(ip)),
        "typing" => {
            let m = crate::stdlib::typing::make_module(ip);
            ip.modules
                .borrow_mut()
                .insert(key, Value::Module(m.clone()));
            // NamedTuple is written in Python over collections.namedtuple.
            let extra = load_source(
                ip,
                "_typing",
                crate::intern::intern("_typing"),
                "<corun>/typing.py",
                include_str!("../lib_py/_typing.py"),
            )?;
            for name in ["NamedTuple", "NamedTupleMeta"] {
                m.set(
                    crate::intern::intern(name),
                    crate::eval::ops::getattr(ip, &extra, crate::intern::intern(name))?,
                );
            }
            return Ok(Value::Module(m));
        }
        "_collections" => Value::Module(crate::stdlib::collections::make_module(ip)),
        _ => match find_file(ip, &full) {
            Some(path) => return load_file(ip, &full, key, &path),
            None if python_module(&full).is_some() => {
                let src = python_module(&full).unwrap();
                let path = format!("<corun>/{}.py", full);
                return load_source(ip, &full, key, &path, src);
            }
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
    load_source(ip, full, key, &abs.display().to_string(), &src)
}

/// The standard modules corun ships written in Python (contextlib, dataclasses, enum).
fn python_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "contextlib" => include_str!("../lib_py/contextlib.py"),
        "dataclasses" => include_str!("../lib_py/dataclasses.py"),
        "enum" => include_str!("../lib_py/enum.py"),
        "collections" => include_str!("../lib_py/collections.py"),
        "functools" => include_str!("../lib_py/functools.py"),
        "logging" => include_str!("../lib_py/logging.py"),
        "datetime" => include_str!("../lib_py/datetime.py"),
        "abc" => include_str!("../lib_py/abc.py"),
        "weakref" => include_str!("../lib_py/weakref.py"),
        _ => return None,
    })
}

/// Runs a module's source once, registered under `key` before it runs.
fn load_source(
    ip: &Interp,
    full: &str,
    key: crate::intern::Symbol,
    path: &str,
    src: &str,
) -> PyResult<Value> {
    let package = if path.ends_with("__init__.py") {
        full.to_string()
    } else {
        full.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    let module = crate::exec_module(ip, full, path, src, |m| {
        m.set(crate::intern::intern("__package__"), Value::str(&package));
        m.initializing.set(true);
        ip.modules
            .borrow_mut()
            .insert(key, Value::Module(m.clone()));
    });
    if let Some(Value::Module(m)) = ip.modules.borrow().get(&key) {
        m.initializing.set(false);
    }
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

/// The module a `from … import` names: `from .x import y` is resolved against the importing
/// module's `__package__`.
pub fn absolute_name(
    ip: &Interp,
    importer: &crate::runtime::object::ModuleObj,
    module: Option<&DottedName>,
    level: u32,
    span: crate::syntax::span::Span,
) -> PyResult<DottedName> {
    if level == 0 {
        return Ok(module.cloned().unwrap_or(DottedName {
            parts: vec![],
            span,
        }));
    }
    let package = match importer.get(crate::intern::intern("__package__")) {
        Some(Value::Str(s)) if !s.s.is_empty() => s.s.to_string(),
        _ => {
            return Err(ip.err(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ))
        }
    };
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.len() <= 1 {
            return Err(ip.err(
                ExcKind::ImportError,
                "attempted relative import beyond top-level package",
            ));
        }
        parts.pop();
    }
    let mut out: Vec<crate::intern::Symbol> =
        parts.iter().map(|p| crate::intern::intern(p)).collect();
    if let Some(m) = module {
        out.extend(m.parts.iter().copied());
    }
    Ok(DottedName { parts: out, span })
}

/// What `from m import *` binds: the names in `__all__`, or every public name.
pub fn star_names(ip: &Interp, m: &Value) -> PyResult<Vec<(crate::intern::Symbol, Value)>> {
    let Value::Module(m) = m else {
        return Ok(vec![]);
    };
    let mut out = Vec::new();
    if let Some(all) = m.get(crate::intern::intern("__all__")) {
        for n in crate::eval::ops::collect(ip, &all)? {
            let name = crate::intern::intern(&crate::runtime::repr::str_of(ip, &n)?);
            match m.get(name) {
                Some(v) => out.push((name, v)),
                None => {
                    return Err(ip.err(
                        ExcKind::AttributeError,
                        format!("module '{}' has no attribute '{}'", m.name, name),
                    ))
                }
            }
        }
        return Ok(out);
    }
    let names = m.names.borrow().clone();
    for name in names {
        if name.as_str().starts_with('_') {
            continue;
        }
        if let Some(v) = m.get(name) {
            out.push((name, v));
        }
    }
    Ok(out)
}

/// The top-level package `a` of `import a.b.c`.
pub fn import_top(ip: &Interp, name: &DottedName) -> PyResult<Value> {
    let top = DottedName {
        parts: vec![name.parts[0]],
        span: name.span,
    };
    import(ip, &top)
}
