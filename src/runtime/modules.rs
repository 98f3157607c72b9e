//! Imports: the modules corun provides, written natively or shipped in Python, and modules
//! from files.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{ModuleKind, ModuleObj};
use crate::runtime::value::Value;
use crate::syntax::ast::DottedName;

fn dotted(name: &DottedName) -> String {
    name.parts
        .iter()
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

/// Records a module under its name, in the interpreter's table and (once `sys` is imported)
/// in `sys.modules`, which a program reads and writes.
pub fn register(ip: &Interp, key: crate::intern::Symbol, m: Value) {
    ip.modules.borrow_mut().insert(key, m.clone());
    if let Some(d) = sys_modules(ip) {
        let _ = crate::runtime::dict::set(ip, &d, Value::str(key.as_str()), m);
    }
}

/// Forgets a module whose code failed, in both places.
pub fn unregister(ip: &Interp, key: crate::intern::Symbol) {
    ip.modules.borrow_mut().remove(&key);
    if let Some(d) = sys_modules(ip) {
        let _ = crate::runtime::dict::remove(ip, &d, &Value::str(key.as_str()));
    }
}

/// The dict `sys.modules` is, once `sys` has been imported.
pub fn sys_modules(ip: &Interp) -> Option<Rc<crate::runtime::dict::PyDict>> {
    let sys = ip
        .modules
        .borrow()
        .get(&crate::intern::intern("sys"))
        .cloned();
    match sys {
        Some(Value::Module(m)) => match m.get(crate::intern::intern("modules")) {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Imports under way, for CPython's per-module import locks: a thread that imports a module
/// whose body another thread is running waits until that body has finished, as
/// `importlib._bootstrap._ModuleLock` makes it; unless waiting would close a circle of threads
/// each waiting for the other's module (a concurrent circular import), when it takes the
/// module half made, as CPython's `_lock_unlock_module` does.
struct Importing {
    /// The thread running the module's body.
    owner: u64,
    /// The threads waiting for it to finish.
    waiters: Vec<u64>,
}

thread_local! {
    static IMPORTING: std::cell::RefCell<rustc_hash::FxHashMap<crate::intern::Symbol, Importing>> =
        Default::default();
    /// The module each waiting thread waits for.
    static WAITING_FOR: std::cell::RefCell<rustc_hash::FxHashMap<u64, crate::intern::Symbol>> =
        Default::default();
}

/// The running thread starts running the body of the module `key`.
fn import_begins(key: crate::intern::Symbol) {
    let owner = crate::threads::current();
    IMPORTING.with(|i| {
        i.borrow_mut().insert(
            key,
            Importing {
                owner,
                waiters: Vec::new(),
            },
        )
    });
}

/// The body of the module `key` has finished (or failed): the threads waiting for it go on.
fn import_ends(key: crate::intern::Symbol) {
    let me = crate::threads::current();
    let done = IMPORTING.with(|i| {
        let mut i = i.borrow_mut();
        match i.get(&key) {
            Some(imp) if imp.owner == me => i.remove(&key),
            _ => None,
        }
    });
    for w in done.map(|d| d.waiters).unwrap_or_default() {
        crate::threads::wake(w);
    }
}

/// Whether the thread `owner` waits, through a chain of module imports, for a module the
/// running thread `me` is importing.
fn waits_for_me(owner: u64, me: u64) -> bool {
    let mut tid = owner;
    let mut seen = Vec::new();
    loop {
        let Some(key) = WAITING_FOR.with(|w| w.borrow().get(&tid).copied()) else {
            return false;
        };
        let Some(next) = IMPORTING.with(|i| i.borrow().get(&key).map(|imp| imp.owner)) else {
            return false;
        };
        if next == me {
            return true;
        }
        if seen.contains(&next) {
            return false;
        }
        seen.push(next);
        tid = next;
    }
}

/// When another thread is running the body of the module `key`: waits until it has finished
/// (true: the caller looks again). False when the module is the running thread's own import
/// (a circular import), no other thread's, or waiting would never end.
fn wait_for_import(ip: &Interp, key: crate::intern::Symbol) -> PyResult<bool> {
    let me = crate::threads::current();
    let Some(owner) = IMPORTING.with(|i| i.borrow().get(&key).map(|imp| imp.owner)) else {
        return Ok(false);
    };
    if owner == me || waits_for_me(owner, me) {
        return Ok(false);
    }
    IMPORTING.with(|i| {
        if let Some(imp) = i.borrow_mut().get_mut(&key) {
            imp.waiters.push(me);
        }
    });
    WAITING_FOR.with(|w| w.borrow_mut().insert(me, key));
    crate::threads::block(ip, None);
    WAITING_FOR.with(|w| w.borrow_mut().remove(&me));
    IMPORTING.with(|i| {
        if let Some(imp) = i.borrow_mut().get_mut(&key) {
            imp.waiters.retain(|w| *w != me);
        }
    });
    if crate::threads::is_main() && crate::signals::pending() {
        crate::signals::poll(ip)?;
    }
    Ok(true)
}

/// The module `key` if it is imported, once any other thread running its body has finished.
fn imported(ip: &Interp, key: crate::intern::Symbol) -> PyResult<Option<Value>> {
    loop {
        let m = ip.modules.borrow().get(&key).cloned();
        match m {
            Some(Value::Module(mo))
                if mo.initializing.get()
                    && crate::threads::others()
                    && wait_for_import(ip, key)? => {}
            m => return Ok(m),
        }
    }
}

/// `import a.b.c`: the module `a.b.c` itself.
pub fn import(ip: &Interp, name: &DottedName) -> PyResult<Value> {
    let full = dotted(name);
    let key = crate::intern::intern(&full);
    // Once `sys` is imported, `sys.modules` is what the program sees and changes: a module it
    // put there itself (a stand-in, a test double) is taken, None blocks the import, and a
    // module it took out is imported afresh.
    match sys_modules(ip) {
        Some(d) => match crate::runtime::dict::get(ip, &d, &Value::str(&full))? {
            Some(Value::None) => {
                let e = ip.err(
                    ExcKind::ModuleNotFoundError,
                    format!("import of {} halted; None in sys.modules", full),
                );
                e.0.attrs
                    .set(crate::intern::intern("name"), Value::string(full));
                return Err(e);
            }
            Some(m) => {
                return Ok(match imported(ip, key)? {
                    Some(known) if known.is(&m) => known,
                    _ => m,
                })
            }
            None => {
                ip.modules.borrow_mut().remove(&key);
            }
        },
        None => {
            if let Some(m) = imported(ip, key)? {
                return Ok(m);
            }
        }
    }
    if name.parts.len() > 1 {
        // A submodule: its package first.
        let parent = DottedName {
            parts: name.parts[..name.parts.len() - 1].to_vec(),
            span: name.span,
        };
        let pkg = import(ip, &parent)?;
        if let Some(m) = imported(ip, key)? {
            return Ok(m);
        }
        // A module that a package puts in itself under the name (`os.path`, which `os`
        // makes from `posixpath`), as CPython finds it through `sys.modules`.
        if let Value::Module(p) = &pkg {
            if let Some(m @ Value::Module(_)) = p.get(*name.parts.last().unwrap_or(&key)) {
                ip.modules.borrow_mut().insert(key, m.clone());
                return Ok(m);
            }
        }
    }
    // Modules written natively come first (a file cannot shadow them, as CPython's builtin
    // modules), then files on the path, then the modules corun ships in Python.
    let def = module_def(&full);
    if let Some(ModuleDef {
        source: Source::Native(init),
        ..
    }) = def
    {
        return make_native(ip, key, *init);
    }
    if let Some(path) = find_file(ip, &full) {
        return load_file(ip, &full, key, &path);
    }
    if let Some(ModuleDef {
        source: Source::Python(src),
        ..
    }) = def
    {
        let path = format!("<corun>/{}.py", full);
        return load_source(ip, &full, key, &path, src);
    }
    let dirs = namespace_dirs(ip, &full);
    if !dirs.is_empty() {
        return Ok(make_namespace(ip, &full, key, dirs));
    }
    let e = ip.err(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{}'", full),
    );
    e.0.attrs
        .set(crate::intern::intern("name"), Value::string(full));
    Err(e)
}

/// A module corun provides, declared in the file that writes it (`native_module!`,
/// `python_module!`) and found by `import` through this one table.
pub struct ModuleDef {
    pub name: &'static str,
    pub source: Source,
}

pub enum Source {
    /// Written natively: the module gets the functions declared for it
    /// (`#[function(name, …)]`), then its `init` adds the rest.
    Native(fn(&Interp, &Rc<ModuleObj>) -> PyResult<()>),
    /// Written in Python and shipped inside corun.
    Python(&'static str),
}

inventory::collect!(ModuleDef);

/// The names of the modules written natively (`sys.builtin_module_names`).
pub fn native_names() -> impl Iterator<Item = &'static str> {
    inventory::iter::<ModuleDef>
        .into_iter()
        .filter(|d| matches!(d.source, Source::Native(_)))
        .map(|d| d.name)
}

/// Declares a natively written module: `native_module!("math", init);`.
#[macro_export]
macro_rules! native_module {
    ($name:literal, $init:path) => {
        ::inventory::submit! {
            $crate::runtime::modules::ModuleDef {
                name: $name,
                source: $crate::runtime::modules::Source::Native($init),
            }
        }
    };
}

/// Declares a module shipped as Python source: `python_module!("enum", "enum.py");` (the file
/// is in `src/lib_py/`).
#[macro_export]
macro_rules! python_module {
    ($name:literal, $file:literal) => {
        ::inventory::submit! {
            $crate::runtime::modules::ModuleDef {
                name: $name,
                source: $crate::runtime::modules::Source::Python(include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/src/lib_py/",
                    $file
                ))),
            }
        }
    };
}

/// `import a.b.c` of a name given as text (`importlib.import_module`, `-m`).
pub fn import_dotted(ip: &Interp, full: &str) -> PyResult<Value> {
    let name = DottedName {
        parts: full.split('.').map(crate::intern::intern).collect(),
        span: Default::default(),
    };
    import(ip, &name)
}

/// The source of a module shipped in Python, if corun ships one by that name.
pub fn shipped_source(name: &str) -> Option<&'static str> {
    match module_def(name) {
        Some(ModuleDef {
            source: Source::Python(src),
            ..
        }) => Some(src),
        _ => None,
    }
}

pub fn module_def(name: &str) -> Option<&'static ModuleDef> {
    inventory::iter::<ModuleDef>
        .into_iter()
        .find(|d| d.name == name)
}

/// Makes a native module: registered before its `init` runs (which may import modules that
/// import it back).
fn make_native(
    ip: &Interp,
    key: crate::intern::Symbol,
    init: fn(&Interp, &Rc<ModuleObj>) -> PyResult<()>,
) -> PyResult<Value> {
    let m = ModuleObj::new(key, None);
    // What every module has in CPython, first in its dict (the doc may be set by `init`).
    let package = key.as_str().rsplit_once('.').map_or("", |(p, _)| p);
    m.set(crate::intern::sym::__name__, Value::str(key.as_str()));
    m.set(crate::intern::sym::__doc__, Value::None);
    m.set(crate::intern::sym::__package__, Value::str(package));
    pend_import_attrs(&m, ModuleKind::Builtin);
    crate::stdlib::add_declared(&m, key.as_str());
    register(ip, key, Value::Module(m.clone()));
    if let Err(e) = init(ip, &m) {
        unregister(ip, key);
        return Err(e);
    }
    Ok(Value::Module(m))
}

/// Runs a shipped Python module (a part of a native one) and returns it.
pub fn load_shipped(ip: &Interp, name: &str, file: &str, src: &str) -> PyResult<Value> {
    load_source(
        ip,
        name,
        crate::intern::intern(name),
        &format!("<corun>/{}", file),
        src,
    )
}

/// What `sys.path` starts as: the script's folder, then each folder of PYTHONPATH.
pub fn initial_path(ip: &Interp) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Some(d) = ip.script_dir.borrow().clone() {
        dirs.push(d);
    }
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        for d in std::env::split_paths(&pp).filter(|p| !p.as_os_str().is_empty()) {
            if !dirs.contains(&d) {
                dirs.push(d);
            }
        }
    }
    dirs
}

/// Where `import a.b` finds its file: the script's folder first, then each folder of PYTHONPATH,
/// as `a/b.py` or the package `a/b/__init__.py`.
pub fn find_file(ip: &Interp, full: &str) -> Option<PathBuf> {
    let rel: PathBuf = full.split('.').collect();
    for d in search_dirs(ip) {
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

/// The folders `import a.b` makes a namespace package of when no module or regular package
/// has the name: every `a/b` folder of the path (PEP 420).
fn namespace_dirs(ip: &Interp, full: &str) -> Vec<PathBuf> {
    let rel: PathBuf = full.split('.').collect();
    search_dirs(ip)
        .into_iter()
        .map(|d| d.join(&rel))
        .filter(|d| d.is_dir())
        .map(|d| std::path::absolute(&d).unwrap_or(d))
        .collect()
}

/// Makes the namespace package `full` of the folders `dirs`.
fn make_namespace(
    ip: &Interp,
    full: &str,
    key: crate::intern::Symbol,
    dirs: Vec<PathBuf>,
) -> Value {
    let m = ModuleObj::new(key, None);
    m.set(crate::intern::sym::__name__, Value::str(full));
    m.set(crate::intern::sym::__doc__, Value::None);
    m.set(crate::intern::sym::__package__, Value::str(full));
    m.set(crate::intern::intern("__loader__"), Value::None);
    m.set(crate::intern::intern("__spec__"), Value::None);
    m.set(crate::intern::sym::__file__, Value::None);
    let path = dirs
        .iter()
        .map(|d| Value::string(d.display().to_string()))
        .collect();
    m.set(crate::intern::intern("__path__"), Value::list(path));
    let module = Value::Module(m);
    register(ip, key, module.clone());
    if let Some((parent, child)) = full.rsplit_once('.') {
        if let Some(Value::Module(p)) = ip.modules.borrow().get(&crate::intern::intern(parent)) {
            p.set(crate::intern::intern(child), module.clone());
        }
    }
    module
}

/// The folders imports search: `sys.path` in its order, as the program left it, once `sys`
/// exists; else what it starts as.
fn search_dirs(ip: &Interp) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let sys_path = match ip.modules.borrow().get(&crate::intern::intern("sys")) {
        Some(Value::Module(sys)) => match sys.get(crate::intern::intern("path")) {
            Some(Value::List(l)) => Some(l.items.borrow().clone()),
            _ => None,
        },
        _ => None,
    };
    match sys_path {
        Some(items) => {
            for p in items {
                if let Value::Str(s) = p {
                    // The empty entry is the current folder.
                    let d = PathBuf::from(if s.s.is_empty() { "." } else { &*s.s });
                    if !dirs.contains(&d) {
                        dirs.push(d);
                    }
                }
            }
        }
        None => dirs = initial_path(ip),
    }
    dirs
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
    let frozen = path.starts_with("<corun>/");
    // The module's first names, in CPython's order.
    let setup = |m: &Rc<ModuleObj>| {
        m.set(crate::intern::sym::__name__, Value::str(full));
        m.set(crate::intern::sym::__doc__, Value::None);
        m.set(crate::intern::sym::__package__, Value::str(&package));
        // Shipped modules are what CPython calls frozen: they have no cached code.
        pend_import_attrs(
            m,
            if frozen {
                ModuleKind::Frozen
            } else {
                ModuleKind::File
            },
        );
        // A package's submodules are found in its folder.
        if let Some(folder) = path.strip_suffix("__init__.py") {
            let folder = folder.strip_suffix('/').unwrap_or(folder);
            m.set(
                crate::intern::intern("__path__"),
                Value::list(vec![Value::str(folder)]),
            );
        }
        m.set(crate::intern::sym::__file__, Value::str(path));
        if !frozen {
            m.slot_of(crate::intern::intern("__cached__"));
        }
    };
    let module = crate::exec_module(ip, full, path, src, setup, |m| {
        m.initializing.set(true);
        register(ip, key, Value::Module(m.clone()));
        import_begins(key);
    });
    if let Some(Value::Module(m)) = ip.modules.borrow().get(&key) {
        m.initializing.set(false);
    }
    import_ends(key);
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
            unregister(ip, key);
            Err(e)
        }
    }
}

/// The package `level` dots up from `package` (`.` is `package` itself, `..` its parent), as a
/// relative import resolves it.
pub fn relative_base<'a>(ip: &Interp, package: &'a str, level: usize) -> PyResult<&'a str> {
    let mut base = package;
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((parent, _)) => base = parent,
            None => {
                return Err(ip.err(
                    ExcKind::ImportError,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(base)
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
    let package = match importer.get(crate::intern::sym::__package__) {
        Some(Value::Str(s)) if !s.s.is_empty() => s.s.to_string(),
        _ => {
            return Err(ip.err(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ))
        }
    };
    let base = relative_base(ip, &package, level as usize)?;
    let parts: Vec<&str> = base.split('.').collect();
    let mut out: Vec<crate::intern::Symbol> =
        parts.iter().map(|p| crate::intern::intern(p)).collect();
    if let Some(m) = module {
        out.extend(m.parts.iter().copied());
    }
    Ok(DottedName { parts: out, span })
}

/// What `from m import *` binds: the names in `__all__`, or every public name.
pub fn star_names(ip: &Interp, module: &Value) -> PyResult<Vec<(crate::intern::Symbol, Value)>> {
    let Value::Module(m) = module else {
        return object_star_names(ip, module);
    };
    let mut out = Vec::new();
    // `__all__` is read as an attribute: a module's `__getattr__` may make it.
    let all = match m.get(crate::intern::sym::__all__) {
        None if m.get(crate::intern::intern("__getattr__")).is_some() => {
            match crate::eval::ops::getattr(ip, module, crate::intern::sym::__all__) {
                Ok(all) => Some(all),
                Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => None,
                Err(e) => return Err(e),
            }
        }
        all => all,
    };
    if let Some(all) = all {
        for n in crate::eval::ops::collect(ip, &all)? {
            let name = crate::intern::intern(&crate::runtime::repr::str_of(ip, &n)?);
            match m.get(name) {
                Some(v) => out.push((name, v)),
                // A name the module makes on demand (its `__getattr__`), or CPython's
                // AttributeError.
                None => out.push((name, crate::eval::ops::getattr(ip, module, name)?)),
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

/// `from m import *` where `sys.modules` holds some other object: its `__all__`, or the
/// public keys of its `__dict__`, each read as an attribute.
fn object_star_names(ip: &Interp, obj: &Value) -> PyResult<Vec<(crate::intern::Symbol, Value)>> {
    use crate::eval::ops;
    let attr_error =
        |e: &crate::runtime::exceptions::Exc| e.is_instance(ip.exc_class(ExcKind::AttributeError));
    let (names, public_only) = match ops::getattr(ip, obj, crate::intern::sym::__all__) {
        Ok(all) => (ops::collect(ip, &all)?, false),
        Err(e) if attr_error(&e) => match ops::getattr(ip, obj, crate::intern::sym::__dict__) {
            Ok(d) => (ops::collect(ip, &d)?, true),
            Err(e) if attr_error(&e) => {
                return Err(ip.err(
                    ExcKind::ImportError,
                    "from-import-* object has no __dict__ and no __all__",
                ))
            }
            Err(e) => return Err(e),
        },
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for n in names {
        let Value::Str(s) = &n else {
            let owner = ops::getattr(ip, obj, crate::intern::sym::__name__)
                .and_then(|v| crate::runtime::repr::str_of(ip, &v))
                .unwrap_or_else(|_| "?".to_string());
            let (what, attr) = if public_only {
                ("Key", "__dict__")
            } else {
                ("Item", "__all__")
            };
            return ip.type_error(format!(
                "{} in {}.{} must be str, not {}",
                what,
                owner,
                attr,
                ops::type_name(ip, &n)
            ));
        };
        if public_only && s.s.starts_with('_') {
            continue;
        }
        let name = crate::intern::intern(&s.s);
        out.push((name, ops::getattr(ip, obj, name)?));
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

crate::python_module!("contextlib", "contextlib.py");
crate::python_module!("dataclasses", "dataclasses.py");
crate::python_module!("enum", "enum.py");
crate::python_module!("collections", "collections.py");
crate::python_module!("functools", "functools.py");
crate::python_module!("logging", "logging.py");
crate::python_module!("datetime", "datetime.py");
crate::python_module!("abc", "abc.py");
crate::python_module!("weakref", "weakref.py");

/// `__import__(name, globals, locals, fromlist, level)`: the module `name` (imported with its
/// packages, relative to the package of `globals` for a `level` above 0) when `fromlist`
/// names something (whose submodules are imported too), else what `import name` binds.
#[corun_macros::function(
    builtins,
    "__import__(name, globals=None, locals=None, fromlist=(), level=0)"
)]
fn import_builtin(
    ip: &Interp,
    name: &str,
    globals: Option<&Value>,
    _locals: Option<&Value>,
    fromlist: Option<&Value>,
    level: Option<i64>,
) -> PyResult<Value> {
    let level = level.unwrap_or(0);
    if level < 0 {
        return Err(ip.err(ExcKind::ValueError, "level must be >= 0"));
    }
    let full = if level > 0 {
        let package = import_package_of(ip, globals)?;
        let base = relative_base(ip, &package, level as usize)?;
        if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        }
    } else if name.is_empty() {
        return Err(ip.err(ExcKind::ValueError, "Empty module name"));
    } else {
        name.to_string()
    };
    let module = import_dotted(ip, &full)?;
    let has_from = match fromlist {
        Some(v) => crate::eval::ops::truthy(ip, v)?,
        None => false,
    };
    if has_from {
        // Only a package's fromlist is read (for the submodules it names).
        if let (Value::Module(m), Some(v)) = (&module, fromlist) {
            if m.get(crate::intern::intern("__path__")).is_some() {
                let names = crate::eval::ops::collect(ip, v)?;
                import_fromlist(ip, &module, &full, &names, false)?;
            }
        }
        return Ok(module);
    }
    if level == 0 || !name.is_empty() {
        // `import a.b` binds `a`; relative, the package as far as `name`'s first part.
        let first = name.split('.').next().unwrap_or(name);
        let cut = name.len() - first.len();
        return import_dotted(ip, &full[..full.len() - cut]);
    }
    Ok(module)
}

/// The package a relative `__import__` is relative to: `globals['__package__']`, else the
/// module `globals['__name__']` names (itself when it has a `__path__`, else its parent).
fn import_package_of(ip: &Interp, globals: Option<&Value>) -> PyResult<String> {
    let no_parent = || {
        ip.err(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        )
    };
    let globals = match globals {
        None | Some(Value::None) => return Err(no_parent()),
        Some(g @ Value::Dict(_)) => g,
        Some(_) => return ip.type_error("globals must be a dict"),
    };
    let get = |key: &str| -> PyResult<Option<Value>> {
        match crate::eval::ops::getitem(ip, globals, &Value::str(key)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(ip.exc_class(ExcKind::KeyError)) => Ok(None),
            Err(e) => Err(e),
        }
    };
    let package = match get("__package__")? {
        Some(Value::None) | None => match get("__name__")? {
            Some(Value::Str(n)) => {
                if get("__path__")?.is_some() {
                    n.s.to_string()
                } else {
                    n.s.rsplit_once('.').map_or("", |(p, _)| p).to_string()
                }
            }
            Some(_) => return ip.type_error("__name__ must be a str"),
            None => return Err(ip.err(ExcKind::KeyError, "'__name__' not in globals")),
        },
        Some(Value::Str(p)) => p.s.to_string(),
        Some(_) => return ip.type_error("package must be a string"),
    };
    if package.is_empty() {
        return Err(no_parent());
    }
    Ok(package)
}

/// The submodules a `fromlist` names that `module` does not have yet are imported (a name
/// that is no module is left for the caller to look up).
fn import_fromlist(
    ip: &Interp,
    module: &Value,
    full: &str,
    names: &[Value],
    from_all: bool,
) -> PyResult<()> {
    let Value::Module(m) = module else {
        return Ok(());
    };
    for n in names {
        let Value::Str(x) = n else {
            let place = if from_all {
                format!("{full}.__all__")
            } else {
                "``from list''".to_string()
            };
            return ip.type_error(format!(
                "Item in {place} must be str, not {}",
                crate::eval::ops::type_name(ip, n)
            ));
        };
        if &*x.s == "*" {
            if from_all {
                continue;
            }
            // `hasattr(module, '__all__')`: a module's `__getattr__` is asked.
            match crate::eval::ops::getattr(ip, module, crate::intern::sym::__all__) {
                Ok(all) => {
                    let all = crate::eval::ops::collect(ip, &all)?;
                    import_fromlist(ip, module, full, &all, true)?;
                }
                Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => {}
                Err(e) => return Err(e),
            }
            continue;
        }
        if m.get(crate::intern::intern(&x.s)).is_some() {
            continue;
        }
        let sub = format!("{full}.{}", &*x.s);
        match import_dotted(ip, &sub) {
            Ok(_) => {}
            Err(e)
                if e.is_instance(ip.exc_class(ExcKind::ModuleNotFoundError))
                    && matches!(e.0.attrs.get(crate::intern::intern("name")),
                        Some(Value::Str(n)) if *n.s == *sub) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Gives `m` the slots of `__loader__` and `__spec__` (the next ones), to be filled when
/// first read (`fill_import_attrs`). A `Script` also gets its `__spec__` (None) now.
pub fn pend_import_attrs(m: &ModuleObj, kind: ModuleKind) {
    m.kind.set(kind);
    m.slot_of(crate::intern::intern("__loader__"));
    let spec = crate::intern::intern("__spec__");
    match kind {
        ModuleKind::Script | ModuleKind::Code => m.set(spec, Value::None),
        _ => {
            m.slot_of(spec);
        }
    }
    m.import_attrs_pending.set(true);
}

/// Whether `name` is one of the names `fill_import_attrs` makes.
pub fn is_import_attr(name: crate::intern::Symbol) -> bool {
    use crate::intern::sym;
    // By symbol: a builtin name read in a module whose attributes are still pending asks this
    // at every read.
    name == sym::__loader__ || name == sym::__spec__ || name == sym::__cached__
}

/// Makes the `__loader__`, `__spec__` and `__cached__` the importer left pending in `m`, the
/// objects of `importlib.machinery` that CPython's import system puts there (made by
/// `importlib.util._import_attrs`). What the program has set meanwhile stays. Should
/// `importlib` itself be unusable (a file of the program shadowing a module it needs), they
/// are None.
#[cold]
pub fn fill_import_attrs(ip: &Interp, m: &ModuleObj) {
    if !m.import_attrs_pending.replace(false) {
        return;
    }
    let kind = match m.kind.get() {
        ModuleKind::Made => return,
        ModuleKind::Builtin => "builtin",
        ModuleKind::Frozen => "frozen",
        ModuleKind::File => "file",
        ModuleKind::Script => "script",
        ModuleKind::RunModule => "run",
        ModuleKind::Code => "code",
    };
    let run_name = (m.kind.get() == ModuleKind::RunModule).then(|| run_module_name(m));
    let name = run_name.as_deref().unwrap_or(m.name.as_str());
    let is_package = m.get(crate::intern::intern("__path__")).is_some()
        || (m.kind.get() == ModuleKind::Frozen && {
            let prefix = format!("{name}.");
            inventory::iter::<ModuleDef>
                .into_iter()
                .any(|d| d.name.starts_with(&prefix))
        });
    let file = m.get(crate::intern::sym::__file__).unwrap_or(Value::None);
    let was_internal = ip.internal_import.replace(true);
    let made = import_dotted(ip, "importlib.util").and_then(|util| {
        let f = crate::eval::ops::getattr(ip, &util, crate::intern::intern("_import_attrs"))?;
        let args = [
            Value::str(name),
            Value::str(kind),
            file,
            Value::bool(is_package),
        ];
        crate::stdlib::call_with(ip, &f, &args)
    });
    ip.internal_import.set(was_internal);
    let values: Vec<Value> = match made {
        Ok(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    for (i, attr) in ["__loader__", "__spec__", "__cached__"].iter().enumerate() {
        let sym = crate::intern::intern(attr);
        let Some(&slot) = m.index.borrow().get(&sym) else {
            continue;
        };
        let unset = matches!(m.slots.borrow().get(slot as usize), Some(Value::Undef));
        if unset {
            m.set(sym, values.get(i).cloned().unwrap_or(Value::None));
        }
    }
}

/// The name of the module `-m` runs as `__main__` (what its spec is called): its file's name
/// under its package (`pkg.__main__` for `-m pkg`, `<corun>/json.tool.py` for a shipped one).
fn run_module_name(m: &ModuleObj) -> String {
    let file = match m.get(crate::intern::sym::__file__) {
        Some(Value::Str(f)) => f.s.to_string(),
        _ => return m.name.as_str().to_string(),
    };
    if let Some(shipped) = file.strip_prefix("<corun>/") {
        return shipped.trim_end_matches(".py").to_string();
    }
    let stem = Path::new(&file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match m.get(crate::intern::sym::__package__) {
        Some(Value::Str(p)) if !p.s.is_empty() => format!("{}.{}", p.s, stem),
        _ => stem,
    }
}

/// `types.ModuleType(name, doc=None)`: an empty module, as CPython's `module.__init__` makes it.
#[corun_macros::staticmethod(module, "module($type, name, doc=None)", attr = "__new__")]
pub fn module_new(
    ip: &Interp,
    cls: &Value,
    name: &Rc<crate::runtime::value::PyStr>,
    doc: Option<&Value>,
) -> PyResult<Value> {
    let _ = ip;
    let m = ModuleObj::new(crate::intern::intern(&name.s), None);
    if let Value::Class(c) = cls {
        if c.user {
            *m.class.borrow_mut() = Some(c.clone());
        }
    }
    init_module_names(&m, name, doc);
    Ok(Value::Module(m))
}

fn init_module_names(m: &ModuleObj, name: &Rc<crate::runtime::value::PyStr>, doc: Option<&Value>) {
    m.set(crate::intern::sym::__name__, Value::Str(name.clone()));
    m.set(
        crate::intern::sym::__doc__,
        doc.cloned().unwrap_or(Value::None),
    );
    m.set(crate::intern::sym::__package__, Value::None);
    m.set(crate::intern::intern("__loader__"), Value::None);
    m.set(crate::intern::intern("__spec__"), Value::None);
}

/// `module.__init__(name, doc=None)`: what a subclass's `__init__` calls through `super()`.
#[corun_macros::method(module, "__init__($self, name, doc=None)")]
fn module_init(
    ip: &Interp,
    this: &Value,
    name: &Rc<crate::runtime::value::PyStr>,
    doc: Option<&Value>,
) -> PyResult<()> {
    match this {
        Value::Module(m) => {
            init_module_names(m, name, doc);
            Ok(())
        }
        _ => ip.type_error("descriptor '__init__' requires a 'module' object"),
    }
}
