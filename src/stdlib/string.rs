//! The `string` module: its constants, `capwords` and `Template`, with the behaviour and the
//! errors of CPython's `string.py`.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::{function, method, staticmethod};

/// `capwords(s, sep=None)`: `(sep or ' ').join(map(str.capitalize, s.split(sep)))`, step for
/// step, so that a wrong argument fails where it does in CPython.
#[function(string, "capwords(s, sep=None)", style = py)]
fn capwords(ip: &Interp, s: &Value, sep: &Value) -> PyResult<Value> {
    let joiner = if ops::truthy(ip, sep)? {
        sep.clone()
    } else {
        Value::str(" ")
    };
    let join = ops::getattr(ip, &joiner, intern("join"))?;
    let split = ops::getattr(ip, s, intern("split"))?;
    let words = super::call_with(ip, &split, std::slice::from_ref(sep))?;
    let mut capitalized = Vec::new();
    for w in ops::collect(ip, &words)? {
        let cap = ops::getattr(ip, &w, intern("capitalize"))?;
        capitalized.push(super::call_with(ip, &cap, &[])?);
    }
    super::call_with(ip, &join, &[Value::list(capitalized)])
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

/// A `string.Template`: the template it was made with (any object, as in CPython; it must be
/// a str when it is used).
pub struct Template {
    pub template: Value,
}

native_arg!(Template, Template, "string.Template");

/// The template's text, as the pattern CPython matches it against takes it.
fn text_of<'a>(ip: &Interp, t: &'a Template) -> PyResult<&'a str> {
    match &t.template {
        Value::Str(s) => Ok(&s.s),
        Value::Bytes(_) => ip.type_error("cannot use a string pattern on a bytes-like object"),
        other => ip.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            ops::type_name(ip, other)
        )),
    }
}

#[staticmethod("string.Template", "__init__($type, template)", style = py, attr = "__new__")]
fn template_new(ip: &Interp, _cls: &Value, template: &Value) -> PyResult<Value> {
    Ok(super::new_obj(
        ip,
        &TEMPLATE,
        super::Native::Template(Template {
            template: template.clone(),
        }),
    ))
}

/// Looks a placeholder up in the keywords, then in the mapping.
fn lookup(
    ip: &Interp,
    name: &str,
    mapping: Option<&Value>,
    kw: &[(Symbol, Value)],
) -> PyResult<Value> {
    if let Some((_, v)) = kw.iter().find(|(k, _)| k.as_str() == name) {
        return Ok(v.clone());
    }
    match mapping {
        Some(m) => ops::getitem(ip, m, &Value::str(name)),
        None => Err(crate::runtime::dict::key_error(ip, &Value::str(name))),
    }
}

fn substitute_impl(
    ip: &Interp,
    this: &Template,
    mapping: Option<&Value>,
    kw: &[(Symbol, Value)],
    safe: bool,
) -> PyResult<String> {
    let t = text_of(ip, this)?;
    let mut out = String::new();
    for p in pieces(t) {
        match p {
            Piece::Text(s) => out.push_str(s),
            Piece::Escaped => out.push('$'),
            Piece::Named { name, raw } => match lookup(ip, name, mapping, kw) {
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
    Ok(out)
}

#[method(
    "string.Template",
    "substitute($self, mapping=<sentinel>, /, **kws)",
    style = py
)]
fn substitute(
    ip: &Interp,
    this: &Template,
    mapping: Option<&Value>,
    kws: &[(Symbol, Value)],
) -> PyResult<String> {
    substitute_impl(ip, this, mapping, kws, false)
}

#[method(
    "string.Template",
    "safe_substitute($self, mapping=<sentinel>, /, **kws)",
    style = py
)]
fn safe_substitute(
    ip: &Interp,
    this: &Template,
    mapping: Option<&Value>,
    kws: &[(Symbol, Value)],
) -> PyResult<String> {
    substitute_impl(ip, this, mapping, kws, true)
}

#[method("string.Template", "get_identifiers($self)", style = py)]
fn get_identifiers(ip: &Interp, this: &Template) -> PyResult<Value> {
    let t = text_of(ip, this)?;
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

#[method("string.Template", "is_valid($self)", style = py)]
fn is_valid(ip: &Interp, this: &Template) -> PyResult<bool> {
    let t = text_of(ip, this)?;
    Ok(!pieces(t).iter().any(|p| matches!(p, Piece::Invalid(_))))
}

pub fn template_attr(t: &Template, name: Symbol) -> Option<Value> {
    match name.as_str() {
        "template" => Some(t.template.clone()),
        "delimiter" => Some(Value::str("$")),
        _ => None,
    }
}

static TEMPLATE: super::ClassSpec = super::ClassSpec {
    key: "string.Template",
    module: "string",
    name: "Template",
    new: None,
    methods: &[],
};
