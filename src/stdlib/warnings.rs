//! The native half of `warnings` (the rest is shipped in Python, `src/lib_py/warnings.py`):
//! `warn`, which must see where it was called from, and the `-W`/`PYTHONWARNINGS` options.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

thread_local! {
    static WARN_OPTIONS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The warning options of the command line (`-W`, after those of `PYTHONWARNINGS`).
pub fn set_options(opts: Vec<String>) {
    WARN_OPTIONS.with(|o| *o.borrow_mut() = opts);
}

/// `sys.warnoptions`.
pub fn options_list() -> Value {
    WARN_OPTIONS.with(|o| Value::list(o.borrow().iter().map(|s| Value::str(s)).collect()))
}

/// With warning options given, `warnings` is imported before the program runs, so that they
/// apply to the interpreter's own warnings too (as CPython's `_warnings` reads them at once).
pub fn import_if_options(ip: &Interp) {
    if WARN_OPTIONS.with(|o| o.borrow().is_empty()) {
        return;
    }
    let name = crate::syntax::ast::DottedName {
        parts: vec![intern("warnings")],
        span: Default::default(),
    };
    if let Err(e) = crate::runtime::modules::import(ip, &name) {
        let head = crate::diagnostics::exception_headline(ip, &e.0);
        ip.write_err(&format!("{}\n", head));
    }
}

#[function(_corun_warnings, "options()")]
fn options(_ip: &Interp) -> PyResult<Value> {
    Ok(options_list())
}

/// `warnings.warn(message, category=None, stacklevel=1, source=None)`: the location is the
/// line that called it; the module's Python half does the rest.
#[function(
    _corun_warnings,
    "warn(message, category=None, stacklevel=1, source=None)"
)]
fn warn(
    ip: &Interp,
    message: Value,
    category: Option<Value>,
    stacklevel: i64,
    source: Option<Value>,
) -> PyResult<()> {
    // The frame `stacklevel` calls out from the caller's (the caller's for 1 and below);
    // past the outermost, CPython names the place `sys:1`.
    let depth = usize::try_from(stacklevel.max(1) - 1).unwrap_or(usize::MAX);
    let stack = crate::eval::frames::stack(ip);
    let (filename, lineno, module) = match stack.get(depth) {
        Some(at) => {
            let files = ip.files.borrow();
            let (filename, lineno) = match files.get(at.file as usize) {
                Some(f) => (f.path.clone(), f.lines.line_of(at.pos)),
                None => ("sys".to_string(), 1),
            };
            let module = at
                .module
                .as_ref()
                .map_or_else(|| "__main__".to_string(), |m| m.name.as_str().to_string());
            (filename, lineno, module)
        }
        None => ("sys".to_string(), 1, "sys".to_string()),
    };
    let Some(Value::Module(w)) = ip.modules.borrow().get(&intern("warnings")).cloned() else {
        return Err(ip.err(ExcKind::ImportError, "warnings is not imported"));
    };
    let Some(at) = w.get(intern("_warn_at")) else {
        return Err(ip.err(ExcKind::ImportError, "warnings._warn_at is missing"));
    };
    let error = crate::stdlib::call_with(
        ip,
        &at,
        &[
            message,
            category.unwrap_or(Value::None),
            Value::string(filename),
            Value::Int(lineno as i64),
            Value::string(module),
            source.unwrap_or(Value::None),
        ],
    )?;
    match error {
        Value::None => Ok(()),
        e => Err(crate::eval::sync::make_exception(ip, e)?),
    }
}

pub fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_corun_warnings", init);
crate::python_module!("warnings", "warnings.py");
crate::python_module!("_warnings", "_warnings.py");
