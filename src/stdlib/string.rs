//! The `string` module: its constants and `capwords`.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::builtins::clinic_args;
use crate::runtime::exceptions::PyResult;
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

pub fn make_module(_ip: &Interp) -> Rc<ModuleObj> {
    let m = ModuleObj::new(intern("string"), None);
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
    super::add_fns(&m, &[&CAPWORDS]);
    m
}
