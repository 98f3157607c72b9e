//! `repr()` and `str()` of values, as CPython writes them.

use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

use crate::aio::future::future_repr;
use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::{PyStr, Value};

/// Python's float repr: the shortest string that round-trips, in Python's layout.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(x);
    // Split ryu's output into sign, digits and decimal exponent.
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let mut digits: String = format!("{int_part}{frac_part}");
    // Decimal exponent of the first digit: value = 0.d1d2... * 10^(point)
    let mut point = int_part.len() as i32 + exp;
    let lead = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..lead);
    point -= lead as i32;
    let trimmed = digits.trim_end_matches('0');
    let digits = if trimmed.is_empty() { "0" } else { trimmed };
    let sci_exp = point - 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&sci_exp) {
        if point <= 0 {
            out.push_str("0.");
            for _ in 0..(-point) {
                out.push('0');
            }
            out.push_str(digits);
        } else if point as usize >= digits.len() {
            out.push_str(digits);
            for _ in 0..(point as usize - digits.len()) {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point as usize]);
            out.push('.');
            out.push_str(&digits[point as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(
            out,
            "e{}{:02}",
            if sci_exp < 0 { '-' } else { '+' },
            sci_exp.abs()
        );
    }
    out
}

/// `repr()` of a str: quotes chosen and characters escaped as CPython does.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_printable(c) => out.push(c),
            c if crate::surrogates::code_of(c).is_some() => {
                let _ = write!(out, "\\u{:04x}", crate::surrogates::python_code(c));
            }
            c if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character, from the Unicode 14.0 general categories.
/// (`repr` escapes exactly the characters `str.isprintable` rejects.)
#[inline]
pub fn is_printable(c: char) -> bool {
    crate::stdlib::unicodedata::is_printable(c)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(quote);
    out
}

pub fn repr(ip: &Interp, v: &Value) -> PyResult<String> {
    let mut s = String::new();
    write_repr(ip, v, &mut s)?;
    Ok(s)
}

const REPR_DEPTH: &str = " while getting the repr of an object";
const STR_DEPTH: &str = " while getting the str of an object";

thread_local! {
    /// The containers whose repr is being made now (CPython's `Py_ReprEnter` list).
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// CPython's `Py_ReprEnter`/`Py_ReprLeave`: runs `f` unless the object at `addr` is already
/// being written out further up (then None: the caller writes `[...]` or its like).
pub fn repr_guard<T>(addr: usize, f: impl FnOnce() -> T) -> Option<T> {
    if REPR_ACTIVE.with(|a| a.borrow().contains(&addr)) {
        return None;
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(addr));
    let r = f();
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if let Some(i) = a.iter().rposition(|x| *x == addr) {
            a.remove(i);
        }
    });
    Some(r)
}

/// Runs `f` one level deeper in the recursion count (`what` words the RecursionError).
fn nested<T>(ip: &Interp, what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    crate::eval::in_native(ip, what, f)
}

/// `str(i)` of a small int as a new str, written on the stack first so that the string is
/// allocated once at its exact size.
pub fn int_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    Value::Str(Rc::new(PyStr::ascii(&buf[pos..])))
}

pub fn str_of(ip: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.s.to_string()),
        Value::Exception(_) | Value::Instance(_) | Value::Native(_) => {
            nested(ip, STR_DEPTH, || str_of_object(ip, v))
        }
        Value::Class(_)
            if crate::eval::classes::meta_method(v, crate::intern::sym::__str__).is_some() =>
        {
            crate::eval::classes::meta_repr(ip, v, crate::intern::sym::__str__)
        }
        _ => repr(ip, v),
    }
}

fn str_of_object(ip: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Exception(e) => exception_str(ip, e),
        Value::Instance(i) => match crate::eval::classes::user_str(ip, v) {
            Some(r) => r,
            None => match &i.base {
                Some(Value::Str(s)) => Ok(s.s.to_string()),
                _ => repr(ip, v),
            },
        },
        Value::Native(o) => match crate::aio::queues::str_of(ip, o) {
            Some(r) => r,
            None => repr(ip, v),
        },
        _ => repr(ip, v),
    }
}

/// `str(e)`: the class's `__str__` when a user class defines one, else the arguments.
pub fn exception_str(ip: &Interp, e: &Rc<crate::runtime::exceptions::ExcObj>) -> PyResult<String> {
    if e.class.user {
        if let Some(r) = crate::eval::classes::user_str(ip, &Value::Exception(e.clone())) {
            return r;
        }
        // `__str__ = object.__str__` in the class: the repr.
        if let Some(Value::Builtin(b)) = e.class.lookup(crate::intern::sym::__str__) {
            if b.owner == Some("object") {
                return repr(ip, &Value::Exception(e.clone()));
            }
        }
    }
    exception_base_str(ip, e)
}

/// `BaseException.__str__`: empty, the one argument, or the tuple of them.
pub fn exception_base_str(ip: &Interp, e: &crate::runtime::exceptions::ExcObj) -> PyResult<String> {
    if crate::runtime::exception_group::is_group(ip, e) {
        return crate::runtime::exception_group::group_str(ip, e);
    }
    if let Some(s) = crate::runtime::codecs::error_str(e) {
        return Ok(s);
    }
    if let Some(s) = crate::runtime::exception_attrs::special_str(ip, e)? {
        return Ok(s);
    }
    let args = e.args.borrow().clone();
    let is_key_error = e
        .class
        .is_subclass(ip.exc_class(crate::runtime::exceptions::ExcKind::KeyError));
    match args.len() {
        0 => Ok(String::new()),
        1 if is_key_error => repr(ip, &args[0]),
        1 => str_of(ip, &args[0]),
        _ => repr(ip, &Value::tuple(args)),
    }
}

fn addr(v: &Value) -> usize {
    v.ptr().unwrap_or(0)
}

/// Appends `repr(v)`: values that hold others count one level of recursion each.
fn write_repr(ip: &Interp, v: &Value, out: &mut String) -> PyResult<()> {
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(crate::runtime::value::PyBool::True) => out.push_str("True"),
        Value::Bool(crate::runtime::value::PyBool::False) => out.push_str("False"),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Float(x) => out.push_str(&float_repr(x.get())),
        Value::Complex(c) => out.push_str(&crate::runtime::complex::repr(**c)),
        Value::Str(s) => out.push_str(&str_repr(&s.s)),
        _ => nested(ip, REPR_DEPTH, || write_repr_object(ip, v, out))?,
    }
    Ok(())
}

/// `[a, b, c]`: the items between brackets, each read when its turn comes (a `__repr__` may
/// change the list), or `[...]` for a list already being written further up.
fn write_list(
    ip: &Interp,
    l: &crate::runtime::value::PyList,
    addr: usize,
    out: &mut String,
) -> PyResult<()> {
    if l.items.borrow().is_empty() {
        out.push_str("[]");
        return Ok(());
    }
    let r = repr_guard(addr, || -> PyResult<()> {
        out.push('[');
        let mut i = 0;
        loop {
            let x = match l.items.borrow().get(i) {
                Some(x) => x.clone(),
                None => break,
            };
            if i > 0 {
                out.push_str(", ");
            }
            write_repr(ip, &x, out)?;
            i += 1;
        }
        out.push(']');
        Ok(())
    });
    match r {
        Some(r) => r,
        None => {
            out.push_str("[...]");
            Ok(())
        }
    }
}

/// `a, b, c`: items (a snapshot) separated by commas.
fn write_items(ip: &Interp, items: &[Value], out: &mut String) -> PyResult<()> {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(ip, x, out)?;
    }
    Ok(())
}

/// `repr` of a dict (`{k: v}`, `{...}` inside itself), its entries read one at a time.
pub fn write_dict(ip: &Interp, d: &crate::runtime::dict::PyDict, out: &mut String) -> PyResult<()> {
    let addr = d as *const _ as usize;
    let r = repr_guard(addr, || -> PyResult<()> {
        out.push('{');
        let mut pos = 0;
        let mut first = true;
        while let Some((_, k, v)) = d.next_entry(&mut pos) {
            if !first {
                out.push_str(", ");
            }
            first = false;
            write_repr(ip, &k, out)?;
            out.push_str(": ");
            write_repr(ip, &v, out)?;
        }
        out.push('}');
        Ok(())
    });
    match r {
        Some(r) => r,
        None => {
            out.push_str("{...}");
            Ok(())
        }
    }
}

fn write_repr_object(ip: &Interp, v: &Value, out: &mut String) -> PyResult<()> {
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(crate::runtime::value::PyBool::True) => out.push_str("True"),
        Value::Bool(crate::runtime::value::PyBool::False) => out.push_str("False"),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::BigInt(b) => out.push_str(&crate::runtime::numbers::bigint_decimal(ip, b)?),
        Value::Float(x) => out.push_str(&float_repr(x.get())),
        Value::Complex(c) => out.push_str(&crate::runtime::complex::repr(**c)),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::NotImplemented => out.push_str("NotImplemented"),
        Value::Undef => out.push_str("<unbound>"),
        Value::Stream(n) => {
            let name = if *n == 2 { "<stderr>" } else { "<stdout>" };
            let _ = write!(
                out,
                "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
                name
            );
        }
        Value::Str(s) => out.push_str(&str_repr(&s.s)),
        Value::Bytes(b) => out.push_str(&bytes_repr(&b.b)),
        Value::List(l) => write_list(ip, l, addr(v), out)?,
        Value::Tuple(t) => {
            if t.items.is_empty() {
                out.push_str("()");
                return Ok(());
            }
            let r = repr_guard(addr(v), || -> PyResult<()> {
                out.push('(');
                write_items(ip, &t.items, out)?;
                if t.items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
                Ok(())
            });
            match r {
                Some(r) => r?,
                None => out.push_str("(...)"),
            }
        }
        Value::Range(r) => out.push_str(&crate::runtime::range::repr(r)),
        Value::Function(f) => {
            let q = f.qualname.borrow().clone();
            let q = crate::runtime::repr::str_of(ip, &q)?;
            let _ = write!(out, "<function {} at {:#x}>", q, addr(v));
        }
        Value::Builtin(b) => match b.owner {
            Some(owner) => {
                let kind = if slot_wrapper(owner, b.name) {
                    "slot wrapper"
                } else {
                    "method"
                };
                let _ = write!(out, "<{} '{}' of '{}' objects>", kind, b.name, owner);
            }
            None => {
                let _ = write!(out, "<built-in function {}>", b.name);
            }
        },
        Value::BoundMethod(m) => {
            let name = match &m.func {
                Value::Function(f) => str_of(ip, &f.qualname.borrow())?,
                Value::Builtin(b) => b.name.to_string(),
                _ => "?".into(),
            };
            let mut r = String::new();
            write_repr(ip, &m.receiver, &mut r)?;
            match &m.func {
                Value::Builtin(b) => {
                    let wrapper = b.owner.is_some_and(|o| slot_wrapper(o, b.name));
                    let _ = write!(
                        out,
                        "<{} {} of {} object at {:#x}>",
                        if wrapper {
                            "method-wrapper"
                        } else {
                            "built-in method"
                        },
                        if wrapper {
                            format!("'{}'", b.name)
                        } else {
                            b.name.to_string()
                        },
                        crate::eval::ops::type_name(ip, &m.receiver),
                        addr(&m.receiver)
                    );
                }
                _ => {
                    let _ = write!(out, "<bound method {} of {}>", name, r);
                }
            }
        }
        Value::Coroutine(c) if c.kind != crate::runtime::coroutine::CoKind::Coroutine => {
            let _ = write!(out, "<{} object at {:#x}>", c.qualname(), addr(v));
        }
        Value::Coroutine(c) => {
            let _ = write!(out, "<coroutine object {} at {:#x}>", c.qualname(), addr(v));
        }
        Value::Cell(c) => out.push_str(&crate::runtime::function_attrs::cell_repr(ip, c)),
        Value::AsyncGen(c) => {
            let _ = write!(
                out,
                "<async_generator object {} at {:#x}>",
                c.qualname(),
                addr(v)
            );
        }
        Value::Generator(c) => {
            let _ = write!(out, "<generator object {} at {:#x}>", c.qualname(), addr(v));
        }
        Value::Iterator(o) if crate::stdlib::has_iter_repr(o) => {
            out.push_str(&crate::stdlib::iter_repr(ip, o)?);
        }
        Value::Iterator(o) => {
            let _ = write!(out, "<{} object at {:#x}>", o.class.qualname, addr(v));
        }
        Value::Future(f) => out.push_str(&future_repr(ip, f)?),
        Value::Module(m) if m.file_id.get().is_none() && Rc::ptr_eq(m, &ip.builtins_module) => {
            out.push_str("<module 'builtins' (built-in)>");
        }
        Value::Module(m) => {
            // As CPython's spec-based repr: where the module came from.
            use crate::runtime::object::ModuleKind;
            let file = match m.get(crate::intern::sym::__file__) {
                Some(Value::Str(f)) if m.kind.get() != ModuleKind::Frozen => Some(f),
                _ => None,
            };
            let name = Value::str(m.name.as_str());
            let name = repr(ip, &name)?;
            let _ = match (m.kind.get(), file) {
                (ModuleKind::Builtin, _) => write!(out, "<module {name} (built-in)>"),
                (ModuleKind::Frozen, _) => write!(out, "<module {name} (frozen)>"),
                (_, Some(f)) => {
                    let f = repr(ip, &Value::Str(f))?;
                    write!(out, "<module {name} from {f}>")
                }
                _ => write!(out, "<module {name}>"),
            };
        }
        Value::Class(_)
            if crate::eval::classes::meta_method(v, crate::intern::sym::__repr__).is_some() =>
        {
            out.push_str(&crate::eval::classes::meta_repr(
                ip,
                v,
                crate::intern::sym::__repr__,
            )?);
        }
        Value::Class(c) => {
            let _ = write!(out, "<class '{}'>", c.full_name());
        }
        Value::Dict(d) => write_dict(ip, d, out)?,
        Value::DictView(view) => {
            let r = repr_guard(addr(v), || -> PyResult<()> {
                // The items are listed first (a change of size meanwhile is an error), then
                // written out.
                let mut items = Vec::new();
                let mut it = crate::runtime::dict::DictIter::new(view.dict.clone(), view.kind);
                while let Some(x) = it.next(ip)? {
                    items.push(x);
                }
                out.push_str(match view.kind {
                    crate::runtime::dict::ViewKind::Keys => "dict_keys([",
                    crate::runtime::dict::ViewKind::Values => "dict_values([",
                    crate::runtime::dict::ViewKind::Items => "dict_items([",
                });
                write_items(ip, &items, out)?;
                out.push_str("])");
                Ok(())
            });
            match r {
                Some(r) => r?,
                None => out.push_str("..."),
            }
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            let name = if matches!(v, Value::FrozenSet(_)) {
                "frozenset"
            } else {
                "set"
            };
            write_set(ip, name, s, addr(v), out)?;
        }
        Value::Instance(i) => match crate::eval::classes::user_repr(ip, v) {
            Some(r) => out.push_str(&r?),
            None => match &i.base {
                // A subclass of set or frozenset shows its name, as CPython's set repr does.
                Some(Value::Set(s) | Value::FrozenSet(s)) => {
                    write_set(ip, i.class.name.as_str(), s, addr(v), out)?
                }
                // So does a subclass of bytearray.
                Some(b) if crate::runtime::bytearray::of(b).is_some() => {
                    let r =
                        crate::runtime::bytearray::repr(crate::runtime::bytearray::of(b).unwrap());
                    out.push_str(i.class.name.as_str());
                    out.push_str(&r["bytearray".len()..]);
                }
                // And a subclass of array.array.
                Some(b) if crate::stdlib::array::of(b).is_some() => {
                    let r = crate::stdlib::array::repr(ip, crate::stdlib::array::of(b).unwrap())?;
                    out.push_str(i.class.name.as_str());
                    out.push_str(&r["array".len()..]);
                }
                Some(b) => write_repr(ip, b, out)?,
                None => out.push_str(&crate::eval::classes::default_repr(ip, v)),
            },
        },
        Value::Descr(d) => match &**d {
            crate::runtime::instance::Descr::StaticMethod(f)
            | crate::runtime::instance::Descr::ClassMethod(f) => {
                let kind = if matches!(&**d, crate::runtime::instance::Descr::StaticMethod(_)) {
                    "staticmethod"
                } else {
                    "classmethod"
                };
                let _ = write!(out, "<{}({})>", kind, repr(ip, f)?);
            }
            crate::runtime::instance::Descr::Property { .. } => {
                let _ = write!(out, "<property object at {:#x}>", addr(v));
            }
            crate::runtime::instance::Descr::Super { class, obj, start } => {
                if matches!(obj, Value::Undef) {
                    let _ = write!(out, "<super: <class '{}'>, NULL>", class.name);
                } else {
                    let _ = write!(
                        out,
                        "<super: <class '{}'>, <{} object>>",
                        class.name, start.name
                    );
                }
            }
        },
        Value::Exception(e)
            if e.class.user
                && crate::eval::classes::user_method(v, crate::intern::sym::__repr__).is_some() =>
        {
            out.push_str(&crate::eval::classes::user_repr(ip, v).unwrap()?);
        }
        Value::Native(o) => out.push_str(&crate::stdlib::repr(ip, o)?),

        Value::Exception(e) => {
            out.push_str(e.class.name.as_str());
            out.push('(');
            let args = e.args.borrow().clone();
            write_items(ip, &args, out)?;
            out.push(')');
        }
    }
    Ok(())
}

/// `{a, b}` for a set (`name({a, b})` for frozensets and subclasses, `name()` when empty),
/// `name(...)` inside itself.
fn write_set(
    ip: &Interp,
    name: &str,
    s: &crate::runtime::set::PySet,
    addr: usize,
    out: &mut String,
) -> PyResult<()> {
    let r = repr_guard(addr, || -> PyResult<()> {
        let items = s.items();
        if items.is_empty() {
            let _ = write!(out, "{}()", name);
            return Ok(());
        }
        let plain = name == "set";
        if !plain {
            out.push_str(name);
            out.push('(');
        }
        out.push('{');
        write_items(ip, &items, out)?;
        out.push('}');
        if !plain {
            out.push(')');
        }
        Ok(())
    });
    match r {
        Some(r) => r,
        None => {
            let _ = write!(out, "{}(...)", name);
            Ok(())
        }
    }
}

/// Whether CPython writes the special method `name` of a builtin type as a slot wrapper
/// (`<slot wrapper '__add__' of 'int' objects>`) rather than as a method
/// (`<method '__format__' of 'int' objects>`).
fn slot_wrapper(owner: &str, name: &str) -> bool {
    name.starts_with("__")
        && name.ends_with("__")
        && !matches!(
            name,
            "__format__"
                | "__round__"
                | "__floor__"
                | "__ceil__"
                | "__trunc__"
                | "__reversed__"
                | "__sizeof__"
                | "__complex__"
                | "__getnewargs__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__dir__"
                | "__init_subclass__"
                | "__subclasshook__"
                | "__class_getitem__"
        )
        && !(owner == "dict" && matches!(name, "__getitem__" | "__contains__"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_python_does() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.0, "1.0"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (0.0001, "0.0001"),
            (1.5e-7, "1.5e-07"),
            (-2.5, "-2.5"),
            (1e22, "1e+22"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (100.0, "100.0"),
            (0.5, "0.5"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }

    #[test]
    fn strings_quote_as_python_does() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(str_repr("Привет"), "'Привет'");
        assert_eq!(str_repr("\x00"), "'\\x00'");
    }
}
