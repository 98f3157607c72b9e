//! The `string` module: its constants and `capwords`.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::builtins::clinic_args;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::std_fns;

/// `capwords(s, sep=None)`: split, capitalize each word, join.
fn capwords(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [s, sep] = clinic_args(ip, "capwords", args, kw, ["s", "sep"], 0, 1)?;
    let s = s.unwrap_or(Value::None);
    let Value::Str(s) = &s else {
        return Err(ip.err(
            crate::runtime::exceptions::ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute 'split'",
                ops::type_name(ip, &s)
            ),
        ));
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(x)) => Some(x.s.to_string()),
        Some(other) => {
            return ip.type_error(format!(
                "must be str or None, not {}",
                ops::type_name(ip, &other)
            ))
        }
    };
    let cap = |w: &str| -> String {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f
                .to_uppercase()
                .chain(c.flat_map(|x| x.to_lowercase()))
                .collect(),
            None => String::new(),
        }
    };
    let out = match &sep {
        None => {
            s.s.split_whitespace()
                .map(cap)
                .collect::<Vec<_>>()
                .join(" ")
        }
        Some(sep) if sep.is_empty() => {
            return Err(ip.err(
                crate::runtime::exceptions::ExcKind::ValueError,
                "empty separator",
            ))
        }
        Some(sep) => {
            s.s.split(sep.as_str())
                .map(cap)
                .collect::<Vec<_>>()
                .join(sep)
        }
    };
    Ok(Value::string(out))
}

std_fns! { None;
    CAPWORDS = "capwords" => capwords,
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let set = |name: &str, v: &str| m.set(intern(name), Value::str(v));
    let lower = "abcdefghijklmnopqrstuvwxyz";
    let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let digits = "0123456789";
    let punct = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
    let ws = " \t\n\r\x0b\x0c";
    set("ascii_lowercase", lower);
    set("ascii_uppercase", upper);
    set("ascii_letters", &format!("{lower}{upper}"));
    set("digits", digits);
    set("hexdigits", "0123456789abcdefABCDEF");
    set("octdigits", "01234567");
    set("punctuation", punct);
    set("whitespace", ws);
    set("printable", &format!("{digits}{lower}{upper}{punct}{ws}"));
    super::add_fns(m, &[&CAPWORDS]);
    m.set(
        intern("Template"),
        Value::Class(super::class(ip, &TEMPLATE)),
    );
    Ok(())
}

crate::native_module!("string", init);

// ---- Template ----

/// One piece of a template: text, `$$`, a placeholder, or a `$` that starts none.
enum Piece<'a> {
    Text(&'a str),
    Escaped,
    Named {
        name: &'a str,
        raw: &'a str,
    },
    /// The byte offset just after the `$`.
    Invalid(usize),
}

fn is_id_start(c: u8) -> bool {
    c == b'_' || c.is_ascii_alphabetic()
}

fn id_len(s: &[u8]) -> usize {
    if s.first().is_some_and(|c| is_id_start(*c)) {
        1 + s[1..]
            .iter()
            .take_while(|c| **c == b'_' || c.is_ascii_alphanumeric())
            .count()
    } else {
        0
    }
}

/// Splits a template as `string.Template.pattern` matches it.
fn pieces(t: &str) -> Vec<Piece<'_>> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut text_start) = (0, 0);
    while i < b.len() {
        if b[i] != b'$' {
            i += 1;
            continue;
        }
        if text_start < i {
            out.push(Piece::Text(&t[text_start..i]));
        }
        let rest = &b[i + 1..];
        if rest.first() == Some(&b'$') {
            out.push(Piece::Escaped);
            i += 2;
        } else if rest.first() == Some(&b'{') {
            let n = id_len(&rest[1..]);
            if n > 0 && rest.get(1 + n) == Some(&b'}') {
                out.push(Piece::Named {
                    name: &t[i + 2..i + 2 + n],
                    raw: &t[i..i + 3 + n],
                });
                i += 3 + n;
            } else {
                out.push(Piece::Invalid(i + 1));
                i += 1;
            }
        } else {
            let n = id_len(rest);
            if n > 0 {
                out.push(Piece::Named {
                    name: &t[i + 1..i + 1 + n],
                    raw: &t[i..i + 1 + n],
                });
                i += 1 + n;
            } else {
                out.push(Piece::Invalid(i + 1));
                i += 1;
            }
        }
        text_start = i;
    }
    if text_start < b.len() {
        out.push(Piece::Text(&t[text_start..]));
    }
    out
}

fn template_of<'a>(ip: &Interp, args: &'a [Value]) -> PyResult<&'a str> {
    if let Some(Value::Native(o)) = args.first() {
        if let super::Native::Template(Value::Str(s)) = &o.kind {
            return Ok(&s.s);
        }
    }
    ip.type_error("descriptor requires a 'string.Template' object")
}

fn template_new(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [template] = clinic_args(ip, "Template", &args[1..], kw, ["template"], 0, 1)?;
    let template = template.unwrap_or(Value::None);
    if !matches!(template, Value::Str(_)) {
        return ip.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            ops::type_name(ip, &template)
        ));
    }
    Ok(super::new_obj(
        ip,
        &TEMPLATE,
        super::Native::Template(template),
    ))
}

/// Looks a placeholder up in the keywords, then in the mapping.
fn lookup(ip: &Interp, name: &str, mapping: &Option<Value>, kw: &Kwargs) -> PyResult<Value> {
    if let Some((_, v)) = kw.iter().find(|(k, _)| k.as_str() == name) {
        return Ok(v.clone());
    }
    match mapping {
        Some(m) => ops::getitem(ip, m, &Value::str(name)),
        None => Err(crate::runtime::dict::key_error(ip, &Value::str(name))),
    }
}

fn substitute_impl(ip: &Interp, args: &[Value], kw: &Kwargs, safe: bool) -> PyResult<Value> {
    let t = template_of(ip, args)?;
    let name = if safe {
        "safe_substitute"
    } else {
        "substitute"
    };
    if args.len() > 2 {
        return ip.type_error(format!(
            "Template.{}() takes from 1 to 2 positional arguments but {} were given",
            name,
            args.len()
        ));
    }
    let mapping = args.get(1).cloned();
    let mut out = String::new();
    for p in pieces(t) {
        match p {
            Piece::Text(s) => out.push_str(s),
            Piece::Escaped => out.push('$'),
            Piece::Named { name, raw } => match lookup(ip, name, &mapping, kw) {
                Ok(v) => out.push_str(&crate::runtime::repr::str_of(ip, &v)?),
                Err(e) if safe && e.is_instance(ip.exc_class(ExcKind::KeyError)) => {
                    out.push_str(raw)
                }
                Err(e) => return Err(e),
            },
            Piece::Invalid(at) => {
                if safe {
                    out.push('$');
                    continue;
                }
                let before = &t[..at];
                let lineno = before.split_inclusive(['\n', '\r']).count().max(1);
                let line_start = before.rfind(['\n', '\r']).map(|i| i + 1).unwrap_or(0);
                let colno = before[line_start..].chars().count().max(1);
                let colno = if before.is_empty() { 1 } else { colno };
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!(
                        "Invalid placeholder in string: line {}, col {}",
                        lineno, colno
                    ),
                ));
            }
        }
    }
    Ok(Value::string(out))
}

fn t_substitute(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    substitute_impl(ip, args, kw, false)
}

fn t_safe_substitute(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    substitute_impl(ip, args, kw, true)
}

fn t_get_identifiers(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    crate::eval::call::check_args(ip, "get_identifiers", &args[1..], kw, 0, 0)?;
    let t = template_of(ip, args)?;
    let mut ids: Vec<&str> = Vec::new();
    for p in pieces(t) {
        match p {
            Piece::Named { name, .. } if !ids.contains(&name) => ids.push(name),
            Piece::Invalid(at) => {
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!("Unrecognized named group in pattern {}", at),
                ))
            }
            _ => {}
        }
    }
    Ok(Value::list(ids.into_iter().map(Value::str).collect()))
}

fn t_is_valid(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    crate::eval::call::check_args(ip, "is_valid", &args[1..], kw, 0, 0)?;
    let t = template_of(ip, args)?;
    Ok(Value::bool(
        !pieces(t).iter().any(|p| matches!(p, Piece::Invalid(_))),
    ))
}

pub fn template_attr(t: &Value, name: crate::intern::Symbol) -> Option<Value> {
    match name.as_str() {
        "template" => Some(t.clone()),
        "delimiter" => Some(Value::str("$")),
        _ => None,
    }
}

std_fns! { Some("Template");
    SUBSTITUTE = "substitute" => t_substitute,
    SAFE_SUBSTITUTE = "safe_substitute" => t_safe_substitute,
    GET_IDENTIFIERS = "get_identifiers" => t_get_identifiers,
    IS_VALID = "is_valid" => t_is_valid,
}

static TEMPLATE: super::ClassSpec = super::ClassSpec {
    key: "string.Template",
    module: "string",
    name: "Template",
    new: super::ctor(template_new),
    methods: &[&SUBSTITUTE, &SAFE_SUBSTITUTE, &GET_IDENTIFIERS, &IS_VALID],
};
