//! `bytes % values` (PEP 461): `%s`/`%b` take bytes-like objects (or `__bytes__`), `%r`/`%a`
//! the ASCII repr, `%c` one byte; the numeric conversions are those of `str % values`, whose
//! code does them.

use crate::eval::{ops, Interp};
use crate::runtime::bytes::gathered;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;

/// Where the arguments come from: a tuple's items in turn, or a mapping by key.
struct Args<'a> {
    items: Vec<Value>,
    next: usize,
    mapping: Option<&'a Value>,
}

impl Args<'_> {
    fn take(&mut self, ip: &Interp) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => ip.type_error("not enough arguments for format string"),
        }
    }
}

fn bytes_of(ip: &Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = gathered(v) {
        return Ok(b.to_vec());
    }
    if let Some(r) =
        crate::eval::classes::call_dunder(ip, v, crate::intern::intern("__bytes__"), &[])
    {
        let r = r?;
        if let Value::Bytes(b) = crate::eval::classes::value_base(&r) {
            return Ok(b.b.to_vec());
        }
        return ip.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            ops::type_name(ip, &r)
        ));
    }
    ip.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        ops::type_name(ip, v)
    ))
}

/// `fmt % values`.
pub fn format(ip: &Interp, fmt: &[u8], values: &Value) -> PyResult<Vec<u8>> {
    let is_mapping = matches!(values, Value::Dict(_))
        || (!matches!(values, Value::Tuple(_))
            && gathered(values).is_none()
            && !matches!(values, Value::Str(_))
            && crate::eval::classes::user_method(values, crate::intern::sym::__getitem__)
                .is_some());
    let mut args = Args {
        items: match values {
            Value::Tuple(t) => t.items.to_vec(),
            v => vec![v.clone()],
        },
        next: 0,
        mapping: is_mapping.then_some(values),
    };
    let mut out = Vec::with_capacity(fmt.len());
    let mut i = 0;
    let mut used_mapping = false;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        let spec_start = i;
        i += 1;
        let mut key_arg = None;
        if fmt.get(i) == Some(&b'(') {
            let mut depth = 1;
            let k0 = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(ip.err(ExcKind::ValueError, "incomplete format key"));
            }
            let key = Value::bytes(&fmt[k0..i - 1]);
            let Some(m) = args.mapping else {
                return ip.type_error("format requires a mapping");
            };
            key_arg = Some(ops::getitem(ip, m, &key)?);
            used_mapping = true;
        }
        let mut flags = String::new();
        while let Some(&f @ (b'-' | b'+' | b' ' | b'#' | b'0')) = fmt.get(i) {
            flags.push(f as char);
            i += 1;
        }
        let mut width = String::new();
        if fmt.get(i) == Some(&b'*') {
            let w = args.take(ip)?;
            match w {
                Value::Int(n) => width = n.to_string(),
                _ => return ip.type_error("* wants int"),
            }
            i += 1;
        } else {
            while let Some(d @ b'0'..=b'9') = fmt.get(i) {
                width.push(*d as char);
                i += 1;
            }
        }
        let mut prec: Option<String> = None;
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            let mut p = String::new();
            if fmt.get(i) == Some(&b'*') {
                match args.take(ip)? {
                    Value::Int(n) => p = n.to_string(),
                    _ => return ip.type_error("* wants int"),
                }
                i += 1;
            } else {
                while let Some(d @ b'0'..=b'9') = fmt.get(i) {
                    p.push(*d as char);
                    i += 1;
                }
            }
            prec = Some(p);
        }
        while let Some(b'h' | b'l' | b'L') = fmt.get(i) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(ip.err(ExcKind::ValueError, "incomplete format"));
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let mut arg = || match &key_arg {
            Some(v) => Ok(v.clone()),
            None => args.take(ip),
        };
        let piece: Vec<u8> = match conv {
            b's' | b'b' | b'r' | b'a' | b'c' => {
                let v = arg()?;
                let mut body = match conv {
                    b's' | b'b' => bytes_of(ip, &v)?,
                    b'c' => char_byte(ip, &v)?,
                    _ => {
                        let r = crate::runtime::repr::repr(ip, &v)?;
                        ascii_escape(&r).into_bytes()
                    }
                };
                if let Some(p) = &prec {
                    if conv != b'c' {
                        body.truncate(p.parse::<usize>().unwrap_or(0));
                    }
                }
                let w: usize = width.parse().unwrap_or(0);
                if body.len() < w {
                    let padn = w - body.len();
                    if flags.contains('-') {
                        body.extend(std::iter::repeat_n(b' ', padn));
                    } else {
                        let mut p = vec![b' '; padn];
                        p.extend(body);
                        body = p;
                    }
                }
                body
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let v = arg()?;
                let spec = format!(
                    "%{}{}{}{}",
                    flags,
                    width,
                    prec.as_ref().map(|p| format!(".{}", p)).unwrap_or_default(),
                    conv as char
                );
                crate::runtime::format::percent_format(ip, &spec, &Value::tuple(vec![v]))?
                    .into_bytes()
            }
            other => {
                let _ = spec_start;
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        other as char,
                        other,
                        i - 1
                    ),
                ));
            }
        };
        out.extend(piece);
    }
    if !used_mapping && args.mapping.is_none() && args.next < args.items.len() {
        return ip.type_error("not all arguments converted during bytes formatting");
    }
    Ok(out)
}

fn char_byte(ip: &Interp, v: &Value) -> PyResult<Vec<u8>> {
    use num_traits::ToPrimitive;
    if let Some(b) = gathered(v) {
        if b.len() == 1 {
            return Ok(b.to_vec());
        }
    } else if let Some(n) = crate::runtime::numbers::as_bigint(v) {
        return match n.to_u8() {
            Some(x) => Ok(vec![x]),
            None => Err(ip.err(ExcKind::OverflowError, "%c arg not in range(256)")),
        };
    }
    ip.type_error("%c requires an integer in range(256) or a single byte")
}

/// A repr made ASCII as `ascii()` makes it.
fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u <= 0xff {
            out.push_str(&format!("\\x{:02x}", u));
        } else if u <= 0xffff {
            out.push_str(&format!("\\u{:04x}", u));
        } else {
            out.push_str(&format!("\\U{:08x}", u));
        }
    }
    out
}
