//! `_corun_json` (corun's own, not CPython's `_json` accelerator, so that blocking that one
//! leaves `json` whole): the encoder and the scanner under the `json` module
//! (`src/lib_py/json.py`). They are native for speed: `dumps` and `loads` of large documents
//! are the hot part of programs that use JSON, and the class layer above them (`JSONEncoder`,
//! `JSONDecoder`) stays in Python so that programs can subclass it.

use std::rc::Rc;

use crate::eval::{in_native, ops, Interp};
use crate::intern::intern;
use crate::runtime::dict::{self, PyDict};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::repr::float_repr;
use crate::runtime::value::Value;
use corun_macros::function;

// ---- encoding ----

/// What `JSONEncoder` hands over: its options, with `indent` already a string.
struct Encoder<'a> {
    ip: &'a Interp,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<&'a str>,
    key_sep: &'a str,
    item_sep: &'a str,
    default: &'a Value,
    /// The containers being encoded (their addresses), for "Circular reference detected".
    markers: Vec<usize>,
}

/// The builtin value an object stands for: a subclass of int, str, float, list, tuple or dict
/// is encoded as its builtin part, as CPython's encoder does.
fn solid(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => i.base.as_ref().unwrap_or(v),
        _ => v,
    }
}

/// A str as a JSON string literal: `"` and `\` and control characters escaped, and with
/// `ascii` every character past `~` as `\uXXXX` (a surrogate pair past the BMP).
pub fn quote_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let esc: Option<&str> = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            _ => None,
        };
        let plain = esc.is_none() && c >= ' ' && (!ascii || c <= '~');
        if plain {
            continue;
        }
        out.push_str(&s[start..i]);
        start = i + c.len_utf8();
        if let Some(e) = esc {
            out.push_str(e);
        } else if let Some(u) = crate::surrogates::code_of(c) {
            out.push_str(&format!("\\u{:04x}", u));
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{:04x}", u));
            }
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

impl Encoder<'_> {
    fn float(&self, x: f64, out: &mut String) -> PyResult<()> {
        if x.is_finite() {
            out.push_str(&float_repr(x));
            return Ok(());
        }
        if !self.allow_nan {
            // The pure-Python encoder CPython uses with an indent names the value.
            let mut msg = "Out of range float values are not JSON compliant".to_string();
            if self.indent.is_some() {
                msg.push_str(": ");
                msg.push_str(&float_repr(x));
            }
            return Err(self.ip.err(ExcKind::ValueError, msg));
        }
        out.push_str(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn enter(&mut self, o: &Value) -> PyResult<Option<usize>> {
        if !self.check_circular {
            return Ok(None);
        }
        let addr = o.ptr().unwrap_or(0);
        if self.markers.contains(&addr) {
            return Err(self
                .ip
                .err(ExcKind::ValueError, "Circular reference detected"));
        }
        self.markers.push(addr);
        Ok(Some(addr))
    }

    fn leave(&mut self, mark: Option<usize>) {
        if mark.is_some() {
            self.markers.pop();
        }
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn encode(&mut self, o: &Value, out: &mut String, level: usize) -> PyResult<()> {
        match solid(o) {
            Value::None => out.push_str("null"),
            Value::Bool(b) => out.push_str(if b.get() { "true" } else { "false" }),
            Value::Str(s) => quote_into(out, s.s.as_str(), self.ensure_ascii),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::BigInt(b) => out.push_str(&b.to_string()),
            Value::Float(f) => self.float(f.get(), out)?,
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.sequence(o, &items, out, level)?;
            }
            Value::Tuple(t) => self.sequence(o, &t.items, out, level)?,
            Value::Dict(d) => self.mapping(o, d, out, level)?,
            _ => {
                let mark = self.enter(o)?;
                let replaced = super::call_with(self.ip, self.default, std::slice::from_ref(o))?;
                self.nested(&replaced, out, level)?;
                self.leave(mark);
            }
        }
        Ok(())
    }

    /// One level deeper, counted against the recursion limit as CPython's encoder counts it.
    fn nested(&mut self, o: &Value, out: &mut String, level: usize) -> PyResult<()> {
        let ip = self.ip;
        in_native(ip, " while encoding a JSON object", || {
            self.encode(o, out, level)
        })
    }

    fn sequence(
        &mut self,
        o: &Value,
        items: &[Value],
        out: &mut String,
        level: usize,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        let mark = self.enter(o)?;
        out.push('[');
        self.newline(out, level + 1);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(self.item_sep);
                self.newline(out, level + 1);
            }
            self.nested(item, out, level + 1)?;
        }
        self.newline(out, level);
        out.push(']');
        self.leave(mark);
        Ok(())
    }

    /// A key as JSON's object keys must be: a string literal. None when `skipkeys` drops it.
    fn key(&self, k: &Value) -> PyResult<Option<String>> {
        let mut q = String::new();
        match solid(k) {
            Value::Str(s) => quote_into(&mut q, s.s.as_str(), self.ensure_ascii),
            Value::Float(f) => {
                q.push('"');
                self.float(f.get(), &mut q)?;
                q.push('"');
            }
            Value::Bool(b) => q.push_str(if b.get() { "\"true\"" } else { "\"false\"" }),
            Value::None => q.push_str("\"null\""),
            Value::Int(i) => q = format!("\"{i}\""),
            Value::BigInt(b) => q = format!("\"{b}\""),
            _ if self.skipkeys => return Ok(None),
            _ => {
                return self.ip.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    ops::type_name(self.ip, k)
                ))
            }
        }
        Ok(Some(q))
    }

    fn mapping(
        &mut self,
        o: &Value,
        d: &Rc<PyDict>,
        out: &mut String,
        level: usize,
    ) -> PyResult<()> {
        if d.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        let mark = self.enter(o)?;
        let mut items = d.items();
        if self.sort_keys {
            // CPython sorts the (key, value) pairs, so its comparison errors are a tuple's.
            let mut pairs: Vec<Value> = items
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            crate::runtime::builtins::sort_values(self.ip, &mut pairs, None, false)?;
            items = pairs
                .iter()
                .map(|p| match p {
                    Value::Tuple(t) => (t.items[0].clone(), t.items[1].clone()),
                    _ => unreachable!("sorted pairs are tuples"),
                })
                .collect();
        }
        out.push('{');
        self.newline(out, level + 1);
        let mut first = true;
        for (k, v) in &items {
            let Some(key) = self.key(k)? else { continue };
            if !first {
                out.push_str(self.item_sep);
                self.newline(out, level + 1);
            }
            first = false;
            out.push_str(&key);
            out.push_str(self.key_sep);
            self.nested(v, out, level + 1)?;
        }
        self.newline(out, level);
        out.push('}');
        self.leave(mark);
        Ok(())
    }
}

/// `_corun_json.encode(o, …)`: the whole document as one str (what `JSONEncoder.encode` returns).
#[allow(clippy::too_many_arguments)]
#[function(
    _corun_json,
    "encode(o, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, \
     key_separator, item_separator, default, /)"
)]
fn encode(
    ip: &Interp,
    o: &Value,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: &Value,
    key_separator: &Value,
    item_separator: &Value,
    default: &Value,
) -> PyResult<Value> {
    let sep = |v: &Value, n: usize| -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.s.as_str().to_string()),
            _ => ip.type_error(format!(
                "make_encoder() argument {n} must be str, not {}",
                ops::type_name(ip, v)
            )),
        }
    };
    let key_sep = sep(key_separator, 5)?;
    let item_sep = sep(item_separator, 6)?;
    let indent_s = match indent {
        Value::None => None,
        Value::Str(s) => Some(s.s.as_str().to_string()),
        _ => return ip.type_error("indent must be None or a str"),
    };
    let mut enc = Encoder {
        ip,
        skipkeys,
        ensure_ascii,
        check_circular,
        allow_nan,
        sort_keys,
        indent: indent_s.as_deref(),
        key_sep: &key_sep,
        item_sep: &item_sep,
        default,
        markers: Vec::new(),
    };
    let mut out = String::new();
    enc.encode(o, &mut out, 0)?;
    Ok(Value::string(out))
}

/// `_corun_json.encode_basestring(s)`: a str as a JSON string literal.
#[function(_corun_json, "encode_basestring(s, /)")]
fn encode_basestring(_ip: &Interp, s: &str) -> PyResult<Value> {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s, false);
    Ok(Value::string(out))
}

/// `_corun_json.encode_basestring_ascii(s)`: the same, with only ASCII characters in it.
#[function(_corun_json, "encode_basestring_ascii(s, /)")]
fn encode_basestring_ascii(_ip: &Interp, s: &str) -> PyResult<Value> {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s, true);
    Ok(Value::string(out))
}

// ---- decoding ----

/// The scanner over one document. Positions are byte offsets into `s`; errors report them as
/// character indices, as CPython does.
struct Scanner<'a> {
    ip: &'a Interp,
    s: &'a str,
    b: &'a [u8],
    doc: &'a Value,
    err_class: &'a Value,
    strict: bool,
    object_hook: &'a Value,
    pairs_hook: &'a Value,
    parse_float: &'a Value,
    parse_int: &'a Value,
    parse_constant: &'a Value,
}

/// A character index of a byte offset.
fn char_index(s: &str, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s[..byte].chars().count()
    }
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl Scanner<'_> {
    /// `JSONDecodeError(msg, doc, pos)`, raised.
    fn error(&self, msg: &str, at: usize) -> Exc {
        let pos = Value::Int(char_index(self.s, at) as i64);
        let made = super::call_with(
            self.ip,
            self.err_class,
            &[Value::str(msg), self.doc.clone(), pos],
        );
        match made {
            Ok(Value::Exception(e)) => Exc(e),
            Ok(_) => self
                .ip
                .err(ExcKind::TypeError, "JSONDecodeError is not an exception"),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    /// The value starting at `i`, and where it ends.
    fn value(&self, i: usize) -> PyResult<(Value, usize)> {
        let Some(&c) = self.b.get(i) else {
            return Err(self.error("Expecting value", i));
        };
        let rest = &self.b[i..];
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::string(s), end))
            }
            b'{' => self.nested(
                i,
                " while decoding a JSON object from a unicode string",
                |sc| sc.object(i + 1),
            ),
            b'[' => self.nested(
                i,
                " while decoding a JSON array from a unicode string",
                |sc| sc.array(i + 1),
            ),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant("NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => {
                Ok((self.constant("Infinity", f64::INFINITY)?, i + 8))
            }
            b'-' if rest.starts_with(b"-Infinity") => {
                Ok((self.constant("-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            _ => self.number(i),
        }
    }

    fn nested(
        &self,
        _i: usize,
        what: &str,
        f: impl FnOnce(&Self) -> PyResult<(Value, usize)>,
    ) -> PyResult<(Value, usize)> {
        in_native(self.ip, what, || f(self))
    }

    fn constant(&self, name: &str, x: f64) -> PyResult<Value> {
        if self.parse_constant.is_none() {
            Ok(Value::float(x))
        } else {
            super::call_with(self.ip, self.parse_constant, &[Value::str(name)])
        }
    }

    fn digits(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`
    fn number(&self, start: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = self.digits(i + 1),
            _ => return Err(self.error("Expecting value", start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i = self.digits(i + 1);
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let end = self.digits(j);
            if end > j {
                i = end;
                is_float = true;
            }
        }
        let text = &self.s[start..i];
        let v = if is_float {
            if self.parse_float.is_none() {
                // The grammar above is a subset of what Rust's parser takes.
                Value::float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                super::call_with(self.ip, self.parse_float, &[Value::str(text)])?
            }
        } else if self.parse_int.is_none() {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::from_bigint(
                    text.parse::<num_bigint::BigInt>()
                        .map_err(|_| self.error("Expecting value", start))?,
                ),
            }
        } else {
            super::call_with(self.ip, self.parse_int, &[Value::str(text)])?
        };
        Ok((v, i))
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let h = self.b.get(at..at + 4)?;
        if !h.iter().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    }

    /// The string whose opening quote is just before `begin`, and the offset after its
    /// closing quote.
    fn string(&self, begin: usize) -> PyResult<(String, usize)> {
        let b = self.b;
        let mut out = String::new();
        let mut i = begin;
        let mut chunk = begin;
        loop {
            let Some(&c) = b.get(i) else {
                return Err(self.error("Unterminated string starting at", begin - 1));
            };
            if c == b'"' {
                out.push_str(&self.s[chunk..i]);
                return Ok((out, i + 1));
            }
            if c < 0x20 && self.strict {
                return Err(self.error("Invalid control character at", i));
            }
            if c != b'\\' {
                i += 1;
                continue;
            }
            out.push_str(&self.s[chunk..i]);
            let Some(&e) = b.get(i + 1) else {
                return Err(self.error("Unterminated string starting at", begin - 1));
            };
            let simple = match e {
                b'"' => Some('"'),
                b'\\' => Some('\\'),
                b'/' => Some('/'),
                b'b' => Some('\u{8}'),
                b'f' => Some('\u{c}'),
                b'n' => Some('\n'),
                b'r' => Some('\r'),
                b't' => Some('\t'),
                _ => None,
            };
            if let Some(ch) = simple {
                out.push(ch);
                i += 2;
            } else if e == b'u' {
                let Some(u) = self.hex4(i + 2) else {
                    return Err(self.error("Invalid \\uXXXX escape", i + 1));
                };
                i += 6;
                let mut code = u;
                if (0xd800..0xdc00).contains(&u) && b.get(i..i + 2) == Some(b"\\u") {
                    if let Some(lo) = self.hex4(i + 2).filter(|l| (0xdc00..0xe000).contains(l)) {
                        code = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                        i += 6;
                    }
                }
                // A lone surrogate is kept as CPython keeps it (see `crate::surrogates`).
                out.push(char::from_u32(code).unwrap_or_else(|| crate::surrogates::char_of(code)));
            } else {
                return Err(self.error("Invalid \\escape", i));
            }
            chunk = i;
        }
    }

    fn object(&self, start: usize) -> PyResult<(Value, usize)> {
        let use_pairs = !self.pairs_hook.is_none();
        let mut pairs: Vec<Value> = Vec::new();
        let d = PyDict::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) != Some(&b'}') {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(self.error("Expecting property name enclosed in double quotes", i));
                }
                let (key, after) = self.string(i + 1)?;
                i = self.skip_ws(after);
                if self.b.get(i) != Some(&b':') {
                    return Err(self.error("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, after) = self.value(i)?;
                let key = Value::string(key);
                if use_pairs {
                    pairs.push(Value::tuple(vec![key, v]));
                } else {
                    dict::set(self.ip, &d, key, v)?;
                }
                i = self.skip_ws(after);
                match self.b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        let v = if use_pairs {
            super::call_with(self.ip, self.pairs_hook, &[Value::list(pairs)])?
        } else if !self.object_hook.is_none() {
            super::call_with(self.ip, self.object_hook, &[Value::Dict(d)])?
        } else {
            Value::Dict(d)
        };
        Ok((v, end))
    }

    fn array(&self, start: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) != Some(&b']') {
            loop {
                let (v, after) = self.value(i)?;
                items.push(v);
                i = self.skip_ws(after);
                match self.b.get(i) {
                    Some(b']') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
            }
        }
        Ok((Value::list(items), i + 1))
    }
}

/// `_corun_json.scan(err_class, s, idx, whole, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant)`: with `whole`, the document `s` (white space around it allowed,
/// nothing else: "Extra data"); otherwise `(value, end)` for the value at character `idx`, as
/// `JSONDecoder.raw_decode` returns. A hook or parser given as None is the builtin one.
#[allow(clippy::too_many_arguments)]
#[function(
    _corun_json,
    "scan(err_class, s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, \
     parse_int, parse_constant, /)"
)]
fn scan(
    ip: &Interp,
    err_class: &Value,
    s: &Value,
    idx: i64,
    whole: bool,
    strict: bool,
    object_hook: &Value,
    object_pairs_hook: &Value,
    parse_float: &Value,
    parse_int: &Value,
    parse_constant: &Value,
) -> PyResult<Value> {
    let text = match solid(s) {
        Value::Str(t) => t.clone(),
        _ => {
            return ip.type_error(format!(
                "first argument must be a string, not {}",
                ops::type_name(ip, s)
            ))
        }
    };
    let st = text.s.as_str();
    let sc = Scanner {
        ip,
        s: st,
        b: st.as_bytes(),
        doc: s,
        err_class,
        strict,
        object_hook,
        pairs_hook: object_pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
    };
    if whole {
        let start = sc.skip_ws(0);
        let (v, end) = sc.value(start)?;
        let end = sc.skip_ws(end);
        if end != sc.b.len() {
            return Err(sc.error("Extra data", end));
        }
        return Ok(v);
    }
    // The character index as a byte offset.
    let nchars = text.char_len();
    if idx < 0 || idx as usize > nchars {
        return Err(sc.error("Expecting value", st.len()));
    }
    let start = if text.ascii {
        idx as usize
    } else {
        st.char_indices()
            .nth(idx as usize)
            .map(|(b, _)| b)
            .unwrap_or(st.len())
    };
    let (v, end) = sc.value(start)?;
    Ok(Value::tuple(vec![
        v,
        Value::Int(char_index(st, end) as i64),
    ]))
}

pub fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    m.set(
        intern("__doc__"),
        Value::str("JSON speedups written natively."),
    );
    Ok(())
}

crate::native_module!("_corun_json", init);

/// `_json`: CPython's accelerator module by its name, with the functions it shares with
/// corun's own (`encode_basestring`, `encode_basestring_ascii`); `json` uses `_corun_json`,
/// so a program blocking `_json` still has all of `json`.
fn init_accelerator(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let own = crate::runtime::modules::import_dotted(ip, "_corun_json")?;
    for name in ["encode_basestring", "encode_basestring_ascii"] {
        m.set(intern(name), ops::getattr(ip, &own, intern(name))?);
    }
    Ok(())
}

crate::native_module!("_json", init_accelerator);
crate::python_module!("json", "json.py");
crate::python_module!("json.decoder", "json_decoder.py");
crate::python_module!("json.encoder", "json_encoder.py");
