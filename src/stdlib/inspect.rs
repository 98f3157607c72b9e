//! The native half of `inspect` (the rest is shipped in Python, `src/lib_py/inspect.py`): what
//! only the interpreter knows of a function written in Python — its kind, its parameters and
//! where its source is.

use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::{Function, ModuleObj};
use crate::runtime::value::Value;
use corun_macros::function;

fn function_of(v: &Value) -> Option<&Rc<Function>> {
    match v {
        Value::Function(f) => Some(f),
        _ => None,
    }
}

/// The kind of a function written in Python: "coroutine", "asyncgen", "generator" or
/// "function"; None for anything else.
#[function(_corun_inspect, "func_kind(obj, /)")]
fn func_kind(_ip: &Interp, obj: &Value) -> PyResult<Value> {
    let Some(f) = function_of(obj) else {
        return Ok(Value::None);
    };
    let kind = match (f.def.is_async, f.def.scope.is_generator) {
        (true, true) => "asyncgen",
        (true, false) => "coroutine",
        (false, true) => "generator",
        (false, false) => "function",
    };
    Ok(Value::str(kind))
}

/// The globals of a function written in Python (its module's namespace), to evaluate its
/// annotations in.
#[function(_corun_inspect, "globals_of(func, /)")]
fn globals_of(ip: &Interp, func: &Value) -> PyResult<Value> {
    let Some(f) = function_of(func) else {
        return ip.type_error("a Python function was expected");
    };
    Ok(Value::Dict(crate::eval::dynamic::module_dict(
        ip, &f.module,
    )?))
}

/// The kind of a coroutine, generator or async generator object: "coroutine", "generator" or
/// "asyncgen"; None for anything else.
#[function(_corun_inspect, "obj_kind(obj, /)")]
fn obj_kind(_ip: &Interp, obj: &Value) -> PyResult<Value> {
    Ok(match obj {
        Value::Coroutine(_) => Value::str("coroutine"),
        Value::Generator(_) => Value::str("generator"),
        Value::AsyncGen(_) => Value::str("asyncgen"),
        _ => Value::None,
    })
}

/// The parameters of a function written in Python, in order: (name, kind, default,
/// annotation source) with kind as `inspect.Parameter`'s numbers (0 positional-only, 1
/// positional or keyword, 2 `*args`, 3 keyword-only, 4 `**kwargs`); a missing default or
/// annotation is the marker given.
#[function(_corun_inspect, "params(func, missing, /)")]
fn params(ip: &Interp, func: &Value, missing: Value) -> PyResult<Value> {
    let Some(f) = function_of(func) else {
        return ip.type_error("a Python function was expected");
    };
    let p = &f.def.params;
    let src = source_of(ip, &f.module);
    let annotation = |a: &Option<crate::syntax::ast::Expr>| match (a, &src) {
        (Some(e), Some(s)) => s
            .get(e.span.start as usize..e.span.end as usize)
            .map_or(missing.clone(), Value::str),
        _ => missing.clone(),
    };
    let positional = p.posonly.len() + p.args.len();
    let first_default = positional - f.defaults.len();
    let mut out = Vec::new();
    for (i, prm) in p.posonly.iter().chain(p.args.iter()).enumerate() {
        let default = if i >= first_default {
            f.defaults[i - first_default].clone()
        } else {
            missing.clone()
        };
        let kind = if i < p.posonly.len() { 0 } else { 1 };
        out.push(Value::tuple(vec![
            Value::str(prm.name.as_str()),
            Value::Int(kind),
            default,
            annotation(&prm.annotation),
        ]));
    }
    if let Some(v) = &p.vararg {
        out.push(Value::tuple(vec![
            Value::str(v.name.as_str()),
            Value::Int(2),
            missing.clone(),
            annotation(&v.annotation),
        ]));
    }
    for (prm, d) in p.kwonly.iter().zip(&f.kwdefaults) {
        let default = match d {
            Value::Undef => missing.clone(),
            d => d.clone(),
        };
        out.push(Value::tuple(vec![
            Value::str(prm.name.as_str()),
            Value::Int(3),
            default,
            annotation(&prm.annotation),
        ]));
    }
    if let Some(v) = &p.kwarg {
        out.push(Value::tuple(vec![
            Value::str(v.name.as_str()),
            Value::Int(4),
            missing.clone(),
            annotation(&v.annotation),
        ]));
    }
    let ret = annotation(&f.def.returns);
    Ok(Value::tuple(vec![Value::list(out), ret]))
}

fn source_of(ip: &Interp, m: &ModuleObj) -> Option<Rc<str>> {
    let files = ip.files.borrow();
    files.get(m.file_id? as usize).map(|f| f.src.clone())
}

/// Where a function written in Python is defined: (file name, first line, source text of the
/// file), or None.
#[function(_corun_inspect, "source(func, /)")]
fn source(ip: &Interp, func: &Value) -> PyResult<Value> {
    let Some(f) = function_of(func) else {
        return Ok(Value::None);
    };
    let Some(id) = f.module.file_id else {
        return Ok(Value::None);
    };
    let files = ip.files.borrow();
    let Some(file) = files.get(id as usize) else {
        return Ok(Value::None);
    };
    // The definition starts at its first decorator.
    let start = f
        .def
        .decorators
        .iter()
        .map(|d| d.span.start)
        .min()
        .unwrap_or(f.def.span.start)
        .min(f.def.span.start);
    let line = file.lines.line_of(start);
    Ok(Value::tuple(vec![
        Value::string(file.path.clone()),
        Value::Int(line as i64),
        Value::str(&file.src),
    ]))
}

/// The file name and source text of a module that came from a file.
#[function(_corun_inspect, "module_source(module, /)")]
fn module_source(ip: &Interp, module: &Value) -> PyResult<Value> {
    let Value::Module(m) = module else {
        return Ok(Value::None);
    };
    let Some(id) = m.file_id else {
        return Ok(Value::None);
    };
    let files = ip.files.borrow();
    Ok(match files.get(id as usize) {
        Some(f) => Value::tuple(vec![Value::string(f.path.clone()), Value::str(&f.src)]),
        None => Value::None,
    })
}

pub fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_corun_inspect", init);
crate::python_module!("inspect", "inspect.py");
