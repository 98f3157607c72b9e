//! CPython's wording for bad `*`/`**` arguments of a call: the error names the function called
//! (`__main__.f() argument after * must be an iterable, not int`), which the argument
//! evaluation does not know; the call adds the name when such an error comes back.

use crate::eval::{ops, Interp};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::value::Value;

const AFTER_STAR: &str = "argument after * must be an iterable, not ";
const AFTER_STARSTAR: &str = "argument after ** must be a mapping, not ";
const REPEATED: &str = "got multiple values for keyword argument '";

/// `*v` in a call: a non-iterable is a TypeError; when it is the only positional argument,
/// CPython names the function (`name_call_error` adds it).
pub fn check_star_arg(ip: &Interp, v: &Value, only: bool) -> PyResult<()> {
    if ops::iter(ip, v).is_ok() {
        return Ok(());
    }
    let t = ops::type_name(ip, v);
    Err(ip.err(
        ExcKind::TypeError,
        if only {
            format!("{}{}", AFTER_STAR, t)
        } else {
            format!("Value after * must be an iterable, not {}", t)
        },
    ))
}

/// `{**v}`: only a mapping may be merged into a dict display.
pub fn check_mapping(ip: &Interp, v: &Value) -> PyResult<()> {
    match v {
        Value::Dict(_) => Ok(()),
        Value::Instance(i)
            if matches!(i.base, Some(Value::Dict(_)))
                || i.class.lookup(crate::intern::intern("keys")).is_some() =>
        {
            Ok(())
        }
        other => Err(ip.err(
            ExcKind::TypeError,
            format!("'{}' object is not a mapping", ops::type_name(ip, other)),
        )),
    }
}

/// How CPython names a callable in these messages (`_PyObject_FunctionStr`).
pub fn function_str(ip: &Interp, callee: &Value) -> String {
    match callee {
        Value::Function(f) => {
            let q = f.qualname.borrow().clone();
            let q = crate::runtime::repr::str_of(ip, &q).unwrap_or_else(|_| f.def.qualname.clone());
            let m = f.module.name.as_str();
            if m == "builtins" {
                format!("{}()", q)
            } else {
                format!("{}.{}()", m, q)
            }
        }
        Value::Builtin(b) => match b.owner {
            Some(o) => format!("{}.{}()", o, b.name),
            None => format!("{}()", b.name),
        },
        Value::BoundMethod(m) => function_str(ip, &m.func),
        Value::Class(c) => format!("{}()", c.full_name()),
        other => crate::runtime::repr::str_of(ip, other).unwrap_or_default(),
    }
}

/// Names the function in an argument error raised while evaluating a call's arguments.
#[cold]
pub fn name_call_error(ip: &Interp, callee: &Value, e: Exc) -> Exc {
    if !e.is_instance(ip.exc_class(ExcKind::TypeError)) {
        return e;
    }
    let msg = match e.0.args.borrow().as_slice() {
        [Value::Str(s)]
            if s.s.starts_with(AFTER_STAR)
                || s.s.starts_with(AFTER_STARSTAR)
                || s.s.starts_with(REPEATED) =>
        {
            Some(format!("{} {}", function_str(ip, callee), s.s))
        }
        _ => None,
    };
    if let Some(msg) = msg {
        e.0.args.borrow_mut()[0] = Value::string(msg);
    }
    e
}
