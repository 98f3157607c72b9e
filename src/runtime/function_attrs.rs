//! The attributes of function objects: `__defaults__`, `__kwdefaults__`, `__closure__` (cells
//! with `cell_contents`), `__dict__` and the attributes a program sets (`f.calls = 0`,
//! `f.__wrapped__ = g`), besides `__name__`, `__qualname__`, `__doc__` and `__module__`.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::dict::PyDict;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{CellRef, Class, ClassKind, Function};
use crate::runtime::value::Value;

/// What a program set on a function: its `__dict__`, and `__doc__`/`__module__` replaced.
pub struct FuncAttrs {
    dict: Rc<PyDict>,
    doc: Option<Value>,
    module: Option<Value>,
    annotations: Option<Value>,
}

impl FuncAttrs {
    pub fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        v.rc(&self.dict);
        v.values(self.doc.iter().chain(self.module.iter()));
        v.values(self.annotations.iter());
    }
}

fn attrs_of(f: &Function) -> std::cell::RefMut<'_, FuncAttrs> {
    std::cell::RefMut::map(f.attrs.borrow_mut(), |a| {
        &mut **a.get_or_insert_with(|| {
            Box::new(FuncAttrs {
                dict: PyDict::new(),
                doc: None,
                module: None,
                annotations: None,
            })
        })
    })
}

/// Gives a function the annotations its `def` evaluated.
pub fn set_annotations(f: &Function, a: Value) {
    attrs_of(f).annotations = Some(a);
}

/// `f.__annotations__`: what the `def` evaluated, or an empty dict kept from then on.
fn annotations_of(f: &Function) -> Value {
    attrs_of(f)
        .annotations
        .get_or_insert_with(|| Value::Dict(PyDict::new()))
        .clone()
}

/// The function's `__dict__`, made on first use.
fn dict_of(f: &Function) -> Rc<PyDict> {
    attrs_of(f).dict.clone()
}

fn from_dict(ip: &Interp, f: &Function, name: &str) -> PyResult<Option<Value>> {
    let (d, doc, module) = match &*f.attrs.borrow() {
        Some(a) => (a.dict.clone(), a.doc.clone(), a.module.clone()),
        None => return Ok(None),
    };
    match name {
        "__doc__" => Ok(doc),
        "__module__" => Ok(module),
        _ => crate::runtime::dict::get(ip, &d, &Value::str(name)),
    }
}

/// `f.name`.
pub fn getattr(ip: &Interp, f: &Rc<Function>, obj: &Value, name: Symbol) -> PyResult<Value> {
    let n = name.as_str();
    match n {
        "__name__" => return Ok(f.name.borrow().clone()),
        "__qualname__" => return Ok(f.qualname.borrow().clone()),
        "__dict__" => return Ok(Value::Dict(dict_of(f))),
        "__annotations__" => return Ok(annotations_of(f)),
        "__code__" => {
            let m = crate::runtime::modules::import_dotted(ip, "_corun_code")?;
            let of = ops::getattr(ip, &m, crate::intern::intern("of"))?;
            let mut args = crate::eval::call::Args::new();
            args.push(obj.clone());
            return crate::eval::call::call_value(ip, &of, &mut args, &[]);
        }
        "__globals__" => {
            return Ok(Value::Dict(crate::eval::dynamic::module_dict(
                ip, &f.module,
            )?))
        }
        "__builtins__" => return Ok(Value::Dict(crate::eval::dynamic::builtins_dict(ip)?)),
        _ => {}
    }
    if let Some(v) = from_dict(ip, f, n)? {
        return Ok(v);
    }
    Ok(match n {
        "__doc__" => f.def.doc.clone().unwrap_or(Value::None),
        // The `__name__` of its globals (None without one: code `exec`uted in a bare dict).
        "__module__" => f
            .module
            .get(crate::intern::sym::__name__)
            .unwrap_or(Value::None),
        "__defaults__" => {
            let d = f.defaults.borrow();
            if d.is_empty() {
                Value::None
            } else {
                Value::tuple(d.clone())
            }
        }
        "__kwdefaults__" => {
            let d = PyDict::new();
            let kwdefaults = f.kwdefaults.borrow().clone();
            for (p, v) in f.def.params.kwonly.iter().zip(&kwdefaults) {
                if !matches!(v, Value::Undef) {
                    crate::runtime::dict::set(ip, &d, Value::str(p.name.as_str()), v.clone())?;
                }
            }
            if d.is_empty() {
                Value::None
            } else {
                Value::Dict(d)
            }
        }
        "__closure__" => {
            if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }
        }
        // The methods of the type (`__get__`).
        _ => return ops::method_of(ip, obj, name),
    })
}

/// `f.name = v`.
pub fn setattr(ip: &Interp, f: &Rc<Function>, name: Symbol, v: Value) -> PyResult<()> {
    match name.as_str() {
        "__name__" | "__qualname__" => {
            if !matches!(v, Value::Str(_)) {
                return ip.type_error(format!("{} must be set to a string object", name));
            }
            let slot = if name.as_str() == "__name__" {
                &f.name
            } else {
                &f.qualname
            };
            *slot.borrow_mut() = v;
        }
        "__closure__" | "__globals__" | "__builtins__" => {
            return Err(ip.err(ExcKind::AttributeError, "readonly attribute"))
        }
        "__defaults__" => {
            let d = match v {
                Value::None => Vec::new(),
                Value::Tuple(t) => t.items.to_vec(),
                _ => return ip.type_error("__defaults__ must be set to a tuple object"),
            };
            // The old defaults are dropped after the borrow: dropping may run `__del__`.
            let old = std::mem::replace(&mut *f.defaults.borrow_mut(), d);
            drop(old);
        }
        "__kwdefaults__" => {
            let d = match &v {
                Value::None => None,
                Value::Dict(d) => Some(d.clone()),
                _ => return ip.type_error("__kwdefaults__ must be set to a dict object"),
            };
            let mut new = Vec::with_capacity(f.def.params.kwonly.len());
            for p in &f.def.params.kwonly {
                new.push(match &d {
                    Some(d) => crate::runtime::dict::get(ip, d, &Value::str(p.name.as_str()))?
                        .unwrap_or(Value::Undef),
                    None => Value::Undef,
                });
            }
            let old = std::mem::replace(&mut *f.kwdefaults.borrow_mut(), new);
            drop(old);
        }
        "__code__" => return set_code(ip, f, v),
        "__doc__" => attrs_of(f).doc = Some(v),
        "__annotations__" => match v {
            Value::Dict(_) | Value::None => {
                attrs_of(f).annotations = Some(v).filter(|v| !matches!(v, Value::None))
            }
            _ => return ip.type_error("__annotations__ must be set to a dict object"),
        },
        "__module__" => attrs_of(f).module = Some(v),
        "__dict__" => match v {
            Value::Dict(d) => attrs_of(f).dict = d,
            other => {
                return ip.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    ops::type_name(ip, &other)
                ))
            }
        },
        n => crate::runtime::dict::set(ip, &dict_of(f), Value::str(n), v)?,
    }
    Ok(())
}

/// A `def` and the module whose globals its names were resolved in.
pub type CodeDef = (
    Rc<crate::syntax::ast::FunctionDef>,
    std::rc::Weak<crate::runtime::object::ModuleObj>,
);

thread_local! {
    /// The `def` behind each code object made (by the address `_corun_code` keys it with).
    static CODE_DEFS: std::cell::RefCell<rustc_hash::FxHashMap<usize, CodeDef>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// Notes the `def` of `f` as that of its code object, for `__code__` assignments.
pub fn note_code(f: &Rc<Function>) {
    let def: Rc<crate::syntax::ast::FunctionDef> = (*f.def).clone();
    let key = Rc::as_ptr(&def) as usize;
    CODE_DEFS.with(|c| {
        c.borrow_mut()
            .entry(key)
            .or_insert_with(|| (def, Rc::downgrade(&f.module)));
    });
}

/// The `def` a code object (`f.__code__`) was made from, and the module of its function;
/// None when `v` is no such code object. A code object of a module, class body or
/// comprehension is not supported for `what` (`"exec() of"`).
pub fn code_def(ip: &Interp, v: &Value, what: &str) -> PyResult<Option<CodeDef>> {
    let m = crate::runtime::modules::import_dotted(ip, "_corun_code")?;
    let code_class = ops::getattr(ip, &m, crate::intern::intern("code"))?;
    match (&code_class, ops::type_of(ip, v)) {
        (Value::Class(c), t) if Rc::ptr_eq(c, &t) => {}
        _ => return Ok(None),
    }
    let key_of = ops::getattr(ip, &m, crate::intern::intern("key_of"))?;
    let key = match crate::stdlib::call_with(ip, &key_of, std::slice::from_ref(v))? {
        Value::Int(k) => k as usize,
        _ => {
            return Err(crate::eval::sync::not_yet(
                ip,
                &format!("{what} the code of a module, class body or comprehension"),
            ))
        }
    };
    match CODE_DEFS.with(|c| c.borrow().get(&key).cloned()) {
        Some(found) => Ok(Some(found)),
        None => Err(crate::eval::sync::not_yet(
            ip,
            &format!("{what} this code object"),
        )),
    }
}

/// `f.__code__ = c`: `f` runs `c`'s `def` from now on, with its own globals, defaults (the
/// keyword-only ones by name) and closure, which must have as many cells as `c` has free
/// variables.
fn set_code(ip: &Interp, f: &Rc<Function>, v: Value) -> PyResult<()> {
    let Some((def, module)) = code_def(ip, &v, "setting a function's __code__ to")? else {
        return ip.type_error("__code__ must be set to a code object");
    };
    if Rc::ptr_eq(&def, &f.def) {
        return Ok(());
    }
    if !std::ptr::eq(module.as_ptr(), Rc::as_ptr(&f.module)) {
        return Err(crate::eval::sync::not_yet(
            ip,
            "setting a function's __code__ to the code of a function of another module",
        ));
    }
    let free = def.scope.cell_names.len() - def.scope.own_cells as usize;
    if free != f.closure.len() {
        let name = crate::runtime::repr::str_of(ip, &f.name.borrow().clone())?;
        return Err(ip.err(
            ExcKind::ValueError,
            format!(
                "{name}() requires a code object with {} free vars, not {free}",
                f.closure.len()
            ),
        ));
    }
    // The keyword-only defaults follow their names into the new parameter list.
    let old_kwonly: Vec<Symbol> = f.def.params.kwonly.iter().map(|p| p.name).collect();
    let kwdefaults = f.kwdefaults.borrow().clone();
    let realigned: Vec<Value> = def
        .params
        .kwonly
        .iter()
        .map(|p| {
            old_kwonly
                .iter()
                .position(|n| *n == p.name)
                .and_then(|i| kwdefaults.get(i).cloned())
                .unwrap_or(Value::Undef)
        })
        .collect();
    *f.kwdefaults.borrow_mut() = realigned;
    f.def.replace(def);
    Ok(())
}

/// `del f.name`.
pub fn delattr(ip: &Interp, f: &Rc<Function>, name: Symbol) -> PyResult<()> {
    match name.as_str() {
        "__defaults__" | "__kwdefaults__" | "__annotations__" | "__doc__" => {
            setattr(ip, f, name, Value::None)
        }
        "__name__" | "__qualname__" => {
            ip.type_error(format!("{} must be set to a string object", name))
        }
        "__dict__" => ip.type_error("cannot delete __dict__"),
        "__code__" => ip.type_error("__code__ must be set to a code object"),
        "__closure__" | "__globals__" | "__builtins__" | "__module__" => {
            Err(ip.err(ExcKind::AttributeError, "readonly attribute"))
        }
        n => {
            let d = dict_of(f);
            if crate::runtime::dict::remove(ip, &d, &Value::str(n))?.is_none() {
                return Err(ip.err(
                    ExcKind::AttributeError,
                    format!("'function' object has no attribute '{}'", n),
                ));
            }
            Ok(())
        }
    }
}

/// The class of cell objects.
pub fn cell_class(ip: &Interp) -> Rc<Class> {
    ip.iter_classes
        .borrow_mut()
        .entry("cell")
        .or_insert_with(|| {
            Class::new_builtin(
                "cell",
                "builtins",
                ClassKind::Object,
                Some(ip.types.object.clone()),
            )
        })
        .clone()
}

/// `cell.cell_contents`.
pub fn cell_getattr(ip: &Interp, c: &CellRef, obj: &Value, name: Symbol) -> PyResult<Value> {
    if name.as_str() == "cell_contents" {
        let v = c.borrow().clone();
        if matches!(v, Value::Undef) {
            return Err(ip.err(ExcKind::ValueError, "Cell is empty"));
        }
        return Ok(v);
    }
    Err(ip.err(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{}'",
            ops::type_name(ip, obj),
            name
        ),
    ))
}

/// `<cell at 0x…: int object at 0x…>`, or `<cell at 0x…: empty>`.
pub fn cell_repr(ip: &Interp, c: &CellRef) -> String {
    let at = Rc::as_ptr(c) as *const u8 as usize;
    let v = c.borrow().clone();
    if matches!(v, Value::Undef) {
        return format!("<cell at {:#x}: empty>", at);
    }
    let addr = v.ptr().unwrap_or(at + 16);
    format!(
        "<cell at {:#x}: {} object at {:#x}>",
        at,
        ops::type_name(ip, &v),
        addr
    )
}

/// `types.MethodType(function, instance)`: the function bound to the instance.
#[corun_macros::staticmethod(
    method,
    "method($type, function, instance, /)",
    attr = "__new__",
    style = unpack
)]
pub fn method_new(
    ip: &Interp,
    _cls: &Value,
    function: &Value,
    instance: &Value,
) -> PyResult<Value> {
    if !crate::runtime::builtins::is_callable(function) {
        return ip.type_error("first argument must be callable");
    }
    Ok(crate::runtime::object::BoundMethod::value(
        crate::runtime::object::BoundMethod {
            receiver: instance.clone(),
            func: function.clone(),
        },
    ))
}

/// `__module__` of a builtin function: the module it is declared in, None for a method of a
/// type (as CPython's bound builtin methods); a function declared without a signature is
/// looked for among the loaded modules.
pub fn builtin_module(ip: &Interp, b: &'static crate::runtime::object::BuiltinFn) -> Value {
    use crate::runtime::bind::Owner;
    if b.owner.is_some() {
        return Value::None;
    }
    match b.sig.map(|s| s.owner) {
        // The builtin `open` is `io.open`.
        Some(Owner::Module("builtins")) if b.name == "open" => return Value::str("io"),
        Some(Owner::Module(m)) => return Value::str(m),
        Some(Owner::Type(_)) => return Value::None,
        None => {}
    }
    let is_it = |v: &Value| matches!(v, Value::Builtin(x) if std::ptr::eq(*x, b));
    let start = ip.builtin_index(crate::intern::intern(b.name));
    if start.is_some_and(|i| ip.builtins.get(i as usize).is_some_and(is_it)) {
        return Value::str("builtins");
    }
    let modules: Vec<(Symbol, Value)> = ip
        .modules
        .borrow()
        .iter()
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    let mut found: Option<Symbol> = None;
    for (name, m) in modules {
        if let Value::Module(m) = &m {
            let holds = m
                .get(crate::intern::intern(b.name))
                .is_some_and(|v| is_it(&v));
            // The shortest name: `functools` rather than a private module re-exporting it.
            if holds && found.is_none_or(|f| name.as_str().len() < f.as_str().len()) {
                found = Some(name);
            }
        }
    }
    found.map_or(Value::None, |n| Value::str(n.as_str()))
}
