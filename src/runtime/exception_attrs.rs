//! What the builtin exception families carry besides `args`: an OSError's `errno`, `strerror`
//! and `filename`, an ImportError's `name` and `path`, a StopIteration's `value`, a
//! SyntaxError's `lineno`, … They are worked out from the arguments the exception was made with
//! (as CPython's constructors store them), so they hold for user subclasses too; keywords the
//! families accept (`ImportError(msg, name=…)`) and values set later live in the exception's
//! own attributes and come first.

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, ExcObj, PyResult};
use crate::runtime::object::{Class, Kwargs};
use crate::runtime::value::Value;

fn is(ip: &Interp, class: &Rc<Class>, kind: ExcKind) -> bool {
    class.is_subclass(ip.exc_class(kind))
}

/// The attribute `name` of `e` that its family derives from its arguments; None when the family
/// has no such attribute.
pub fn derived(ip: &Interp, e: &ExcObj, name: &str) -> Option<Value> {
    let args = e.args.borrow();
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
    let c = &e.class;
    match name {
        "errno" | "strerror" | "filename" | "filename2" | "characters_written"
            if is(ip, c, ExcKind::OSError) =>
        {
            let full = (2..=5).contains(&args.len());
            Some(match name {
                "errno" if full => arg(0),
                "strerror" if full => arg(1),
                "filename" if args.len() >= 3 => arg(2),
                "filename2" if args.len() == 5 => arg(4),
                "characters_written" => return None,
                _ => Value::None,
            })
        }
        "name" | "path" if is(ip, c, ExcKind::ImportError) => Some(Value::None),
        "msg" if is(ip, c, ExcKind::ImportError) => Some(arg(0)),
        "name" if is(ip, c, ExcKind::NameError) => Some(Value::None),
        "name" | "obj" if is(ip, c, ExcKind::AttributeError) => Some(Value::None),
        "value" if is(ip, c, ExcKind::StopIteration) || is(ip, c, ExcKind::StopAsyncIteration) => {
            Some(arg(0))
        }
        "code" if is(ip, c, ExcKind::SystemExit) => Some(match args.len() {
            0 => Value::None,
            1 => arg(0),
            _ => Value::tuple(args.clone()),
        }),
        "msg"
        | "filename"
        | "lineno"
        | "offset"
        | "text"
        | "end_lineno"
        | "end_offset"
        | "print_file_and_line"
            if is(ip, c, ExcKind::SyntaxError) =>
        {
            if name == "msg" {
                return Some(arg(0));
            }
            let details = match args.get(1) {
                Some(Value::Tuple(t)) => t.items.to_vec(),
                _ => Vec::new(),
            };
            let i = match name {
                "filename" => 0,
                "lineno" => 1,
                "offset" => 2,
                "text" => 3,
                "end_lineno" => 4,
                "end_offset" => 5,
                _ => return Some(Value::None),
            };
            Some(details.get(i).cloned().unwrap_or(Value::None))
        }
        "encoding" | "object" | "start" | "end" | "reason"
            if is(ip, c, ExcKind::UnicodeDecodeError) || is(ip, c, ExcKind::UnicodeEncodeError) =>
        {
            let i = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .position(|n| *n == name)
                .unwrap_or(0);
            Some(arg(i))
        }
        _ => None,
    }
}

/// The keywords a family's constructor takes, stored on the new exception; CPython's error for
/// any other.
pub fn take_keywords(
    ip: &Interp,
    class: &Rc<Class>,
    kw: &Kwargs,
) -> PyResult<Vec<(Symbol, Value)>> {
    if kw.is_empty() {
        return Ok(Vec::new());
    }
    let allowed: &[&str] = if is(ip, class, ExcKind::ImportError) {
        &["name", "path"]
    } else if is(ip, class, ExcKind::NameError) {
        &["name"]
    } else if is(ip, class, ExcKind::AttributeError) {
        &["name", "obj"]
    } else {
        &[]
    };
    if allowed.is_empty() {
        return ip.type_error(format!("{}() takes no keyword arguments", class.qualname));
    }
    let mut out = Vec::new();
    for (k, v) in kw.iter() {
        if !allowed.contains(&k.as_str()) {
            return ip.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k, class.qualname
            ));
        }
        out.push((*k, v.clone()));
    }
    Ok(out)
}

/// `OSError(errno, strerror, …)` made as OSError itself is made as the subclass its errno
/// names, as CPython's is.
pub fn os_error_class(ip: &Interp, class: &Rc<Class>, args: &[Value]) -> Rc<Class> {
    if !Rc::ptr_eq(class, ip.exc_class(ExcKind::OSError)) || !(2..=5).contains(&args.len()) {
        return class.clone();
    }
    let Value::Int(errno) = args[0] else {
        return class.clone();
    };
    let kind = crate::runtime::exceptions::os_error_kind(errno);
    ip.exc_class(kind).clone()
}

/// `str(e)` for the families whose text is not made from `args` alone: an OSError made with an
/// errno (`[Errno 2] No such file or directory: 'x.txt'`), a SyntaxError with its location.
pub fn special_str(ip: &Interp, e: &ExcObj) -> PyResult<Option<String>> {
    let attr = |name: &str| -> Value {
        e.attrs
            .get(intern(name))
            .or_else(|| derived(ip, e, name))
            .unwrap_or(Value::None)
    };
    let c = &e.class;
    if is(ip, c, ExcKind::OSError) && (2..=5).contains(&e.args.borrow().len()) {
        let errno = crate::runtime::repr::str_of(ip, &attr("errno"))?;
        let strerror = crate::runtime::repr::str_of(ip, &attr("strerror"))?;
        let mut s = format!("[Errno {}] {}", errno, strerror);
        let (f1, f2) = (attr("filename"), attr("filename2"));
        if !matches!(f1, Value::None) {
            s.push_str(": ");
            s.push_str(&crate::runtime::repr::repr(ip, &f1)?);
            if !matches!(f2, Value::None) {
                s.push_str(" -> ");
                s.push_str(&crate::runtime::repr::repr(ip, &f2)?);
            }
        }
        return Ok(Some(s));
    }
    if is(ip, c, ExcKind::SyntaxError) && matches!(e.args.borrow().get(1), Some(Value::Tuple(_))) {
        let msg = crate::runtime::repr::str_of(ip, &attr("msg"))?;
        let file = match attr("filename") {
            Value::Str(s) => Some(s.s.rsplit('/').next().unwrap_or_default().to_string()),
            _ => None,
        };
        let line = match attr("lineno") {
            Value::Int(n) => Some(n),
            _ => None,
        };
        return Ok(Some(match (file, line) {
            (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
            (Some(f), None) => format!("{} ({})", msg, f),
            (None, Some(l)) => format!("{} (line {})", msg, l),
            (None, None) => msg,
        }));
    }
    Ok(None)
}
