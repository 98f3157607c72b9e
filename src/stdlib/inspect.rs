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

/// The parameters of a function written in Python, in order: (name, kind, default) with kind
/// as `inspect.Parameter`'s numbers (0 positional-only, 1 positional or keyword, 2 `*args`,
/// 3 keyword-only, 4 `**kwargs`); a missing default is the marker given. (Annotations are
/// the function's `__annotations__`.)
#[function(_corun_inspect, "params(func, missing, /)")]
fn params(ip: &Interp, func: &Value, missing: Value) -> PyResult<Value> {
    let Some(f) = function_of(func) else {
        return ip.type_error("a Python function was expected");
    };
    let p = &f.def.params;
    let positional = p.posonly.len() + p.args.len();
    let defaults = f.defaults.borrow().clone();
    let first_default = positional.saturating_sub(defaults.len());
    let skipped = defaults.len().saturating_sub(positional);
    let mut out = Vec::new();
    for (i, prm) in p.posonly.iter().chain(p.args.iter()).enumerate() {
        let default = if i >= first_default {
            defaults[skipped + i - first_default].clone()
        } else {
            missing.clone()
        };
        let kind = if i < p.posonly.len() { 0 } else { 1 };
        out.push(Value::tuple(vec![
            Value::str(prm.name.as_str()),
            Value::Int(kind),
            default,
        ]));
    }
    if let Some(v) = &p.vararg {
        out.push(Value::tuple(vec![
            Value::str(v.name.as_str()),
            Value::Int(2),
            missing.clone(),
        ]));
    }
    let kwdefaults = f.kwdefaults.borrow().clone();
    for (prm, d) in p.kwonly.iter().zip(&kwdefaults) {
        let default = match d {
            Value::Undef => missing.clone(),
            d => d.clone(),
        };
        out.push(Value::tuple(vec![
            Value::str(prm.name.as_str()),
            Value::Int(3),
            default,
        ]));
    }
    if let Some(v) = &p.kwarg {
        out.push(Value::tuple(vec![
            Value::str(v.name.as_str()),
            Value::Int(4),
            missing.clone(),
        ]));
    }
    Ok(Value::list(out))
}

/// Where a function written in Python is defined: (file name, first line, source text of the
/// file), or None.
#[function(_corun_inspect, "source(func, /)")]
fn source(ip: &Interp, func: &Value) -> PyResult<Value> {
    let Some(f) = function_of(func) else {
        return Ok(Value::None);
    };
    let Some(id) = f.module.file_id.get() else {
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

/// What a function's code object shows (`f.__code__`): (key, name, qualname, filename,
/// first line, argcount, posonlyargcount, kwonlyargcount, varnames, cellvars, freevars,
/// flags). The key is the same for every function made by one `def`, which share one code
/// object as in CPython.
#[function(_corun_inspect, "code_info(func, /)")]
fn code_info(ip: &Interp, func: &Value) -> PyResult<Value> {
    let Some(f) = function_of(func) else {
        return ip.type_error("a Python function was expected");
    };
    crate::runtime::function_attrs::note_code(f);
    let d = &*f.def;
    let p = &d.params;
    let names = |it: &mut dyn Iterator<Item = crate::intern::Symbol>| -> Vec<Value> {
        it.map(|n| Value::str(n.as_str())).collect()
    };
    // CPython's order: positional, keyword-only, *args, **kwargs, then the other locals.
    let params: Vec<crate::intern::Symbol> = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.kwonly)
        .chain(p.vararg.iter())
        .chain(p.kwarg.iter())
        .map(|prm| prm.name)
        .collect();
    let cells = &d.scope.cell_names;
    let own = d.scope.own_cells as usize;
    let mut varnames = params.clone();
    for n in &d.scope.local_names {
        // A local that lives in a cell is a cell variable, not a local (unless a parameter).
        if !varnames.contains(n) && !cells[..own].contains(n) {
            varnames.push(*n);
        }
    }
    // 1 optimized, 2 new locals, 4 *args, 8 **kwargs, 16 nested, 32 generator,
    // 128 coroutine, 512 async generator.
    let mut flags = 3;
    if p.vararg.is_some() {
        flags |= 4;
    }
    if p.kwarg.is_some() {
        flags |= 8;
    }
    if cells.len() > own {
        flags |= 16;
    }
    flags |= match (d.is_async, d.scope.is_generator) {
        (true, true) => 512,
        (true, false) => 128,
        (false, true) => 32,
        _ => 0,
    };
    let (file, line) = match source(ip, func)? {
        Value::Tuple(t) => (t.items[0].clone(), t.items[1].clone()),
        _ => (Value::str(""), Value::Int(0)),
    };
    Ok(Value::tuple(vec![
        Value::Int(Rc::as_ptr(d) as usize as i64),
        Value::str(d.name.as_str()),
        Value::str(&d.qualname),
        file,
        line,
        Value::Int((p.posonly.len() + p.args.len()) as i64),
        Value::Int(p.posonly.len() as i64),
        Value::Int(p.kwonly.len() as i64),
        Value::tuple(names(&mut varnames.into_iter())),
        Value::tuple(names(&mut cells[..own].iter().copied())),
        Value::tuple(names(&mut cells[own..].iter().copied())),
        Value::Int(flags),
    ]))
}

/// The file name and source text of a module that came from a file.
#[function(_corun_inspect, "module_source(module, /)")]
fn module_source(ip: &Interp, module: &Value) -> PyResult<Value> {
    let Value::Module(m) = module else {
        return Ok(Value::None);
    };
    let Some(id) = m.file_id.get() else {
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
