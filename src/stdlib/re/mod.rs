//! `_re`: the engine under the `re` module (src/lib_py/re.py).
//!
//! Python's regular expressions are backtracking ones (leftmost-first alternation,
//! backreferences, lookbehind, conditionals, atomic groups, possessive repeats), and CPython's
//! errors name positions in Python's own syntax. No crate reads that syntax or gives all those
//! answers (the `regex` crate has no backreferences or lookaround; `fancy-regex` differs in
//! syntax, `$`, case folding and empty-match rules), so the pattern is read here
//! ([`parse`]) and run by a backtracking machine of our own ([`exec`]). `Pattern` and `Match`
//! are native ([`objects`]), as every search goes through them; the flags, `re.error`, the
//! module's functions and its cache, and the reading of `sub`'s templates are Python, in re.py.

pub mod exec;
pub mod objects;
pub mod parse;

use std::cell::RefCell;
use std::rc::Rc;

use self::exec::{Mode, Prog};
use self::parse::Error;
use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::{PyStr, Value};
use corun_macros::function;

/// A compiled pattern: the payload of a `re.Pattern`.
pub struct Regex {
    prog: Prog,
    istext: bool,
    pub pattern: Value,
    pub flags: i64,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    hooks: Hooks,
    /// The code points of the last non-ASCII str matched, so that scanning one subject
    /// many times converts it once.
    last: RefCell<Option<Decoded>>,
}

/// A str and its code points.
type Decoded = (Rc<PyStr>, Rc<Vec<u32>>);

/// What the Python half of the module lends the native half.
struct Hooks {
    /// `_compile_template(pattern, repl)`: a replacement read into text and group numbers.
    template: Value,
}

fn pattern_chars(ip: &Interp, pattern: &Value) -> PyResult<(Vec<char>, bool)> {
    match pattern {
        Value::Str(s) => Ok((s.s.as_str().chars().collect(), true)),
        Value::Bytes(b) => Ok((b.b.iter().map(|&x| x as char).collect(), false)),
        _ => ip.type_error("first argument must be string or compiled pattern"),
    }
}

/// `compile(pattern, flags, error, template)`: a new `re.Pattern`, or `error(msg, pattern,
/// pos)` raised.
#[function(_re, "compile(pattern, flags, error, template, /)")]
fn compile(
    ip: &Interp,
    pattern: &Value,
    flags: i64,
    error: &Value,
    template: &Value,
) -> PyResult<Value> {
    let (chars, istext) = pattern_chars(ip, pattern)?;
    let fail = |e: Error| -> PyResult<Value> {
        match e {
            Error::Re(msg, pos) => {
                if let Some(rest) = msg.strip_prefix('\0') {
                    let (kind, text) = rest.split_once(':').unwrap_or(("ValueError", rest));
                    let kind = match kind {
                        "NotImplementedError" => ExcKind::NotImplementedError,
                        _ => ExcKind::ValueError,
                    };
                    return Err(ip.err(kind, text));
                }
                let args = [
                    Value::string(msg),
                    pattern.clone(),
                    pos.map_or(Value::None, |p| Value::Int(p as i64)),
                ];
                let exc = super::call_with(ip, error, &args)?;
                Err(crate::eval::sync::make_exception(ip, exc)?)
            }
            Error::Overflow(m) => Err(ip.err(ExcKind::OverflowError, m)),
            Error::Recursion => {
                Err(ip.err(ExcKind::RecursionError, "maximum recursion depth exceeded"))
            }
        }
    };
    let parsed = match parse::parse(&chars, istext, flags as u32) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let prog = match exec::compile(&parsed.node, parsed.groups) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let rx = Regex {
        prog,
        istext,
        pattern: pattern.clone(),
        flags: parsed.flags as i64 | (flags & !0x1ff),
        groups: parsed.groups,
        names: parsed.names,
        hooks: Hooks {
            template: template.clone(),
        },
        last: RefCell::new(None),
    };
    Ok(super::new_obj(
        ip,
        &objects::PATTERN,
        super::Native::Regex(rx),
    ))
}

/// The subject's characters: its bytes when it is ASCII or bytes, its code points otherwise.
pub(crate) enum Text {
    Bytes(Value),
    Wide(Rc<Vec<u32>>),
}

pub(crate) fn subject(ip: &Interp, rx: &Regex, string: &Value) -> PyResult<Text> {
    match string {
        Value::Str(s) => {
            if !rx.istext {
                return ip.type_error("cannot use a bytes pattern on a string-like object");
            }
            if s.ascii {
                return Ok(Text::Bytes(string.clone()));
            }
            if let Some((k, v)) = &*rx.last.borrow() {
                if Rc::ptr_eq(k, s) {
                    return Ok(Text::Wide(v.clone()));
                }
            }
            let v: Rc<Vec<u32>> = Rc::new(s.s.as_str().chars().map(|c| c as u32).collect());
            *rx.last.borrow_mut() = Some((s.clone(), v.clone()));
            Ok(Text::Wide(v))
        }
        Value::Bytes(_) => {
            if rx.istext {
                return ip.type_error("cannot use a string pattern on a bytes-like object");
            }
            Ok(Text::Bytes(string.clone()))
        }
        _ => ip.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            crate::eval::ops::type_name(ip, string)
        )),
    }
}

fn bytes_of(v: &Value) -> &[u8] {
    match v {
        Value::Str(s) => s.s.as_str().as_bytes(),
        Value::Bytes(b) => &b.b,
        _ => &[],
    }
}

/// Clamps `pos` and `endpos` into the subject as CPython does.
pub(crate) fn bounds(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
    let clamp = |x: i64| x.clamp(0, len as i64) as usize;
    (clamp(pos), clamp(endpos))
}

pub(crate) fn run(
    rx: &Regex,
    t: &Text,
    pos: usize,
    end: usize,
    mode: Mode,
    must: bool,
) -> Option<exec::Found> {
    match t {
        Text::Bytes(v) => exec::exec(&rx.prog, bytes_of(v), pos, end, mode, must),
        Text::Wide(w) => exec::exec(&rx.prog, &w[..], pos, end, mode, must),
    }
}

pub(crate) fn text_len(t: &Text) -> usize {
    match t {
        Text::Bytes(v) => bytes_of(v).len(),
        Text::Wide(w) => w.len(),
    }
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let (p, mt) = objects::classes(ip);
    m.set(crate::intern::intern("Pattern"), p);
    m.set(crate::intern::intern("Match"), mt);
    Ok(())
}

crate::native_module!("_re", init);
crate::python_module!("re", "re.py");

/// `latin1(b)`: the str whose code points are the bytes of `b` (a bytes pattern or template
/// is read as that text).
#[function(_re, "latin1(data, /)")]
fn latin1(ip: &Interp, data: &Value) -> PyResult<Value> {
    match data {
        Value::Bytes(b) => Ok(Value::string(b.b.iter().map(|&x| x as char).collect())),
        _ => ip.type_error("a bytes object is required"),
    }
}

/// `unlatin1(s)`: back from [`latin1`]; every code point is below 256.
#[function(_re, "unlatin1(text, /)")]
fn unlatin1(_ip: &Interp, text: &str) -> PyResult<Value> {
    let b: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    Ok(Value::bytes(&b))
}

/// `join(empty, parts)`: the pieces of a substitution joined into one str or bytes (the type
/// of `empty`), with `str.join`'s and `bytes.join`'s error for a piece of another type.
#[function(_re, "join(empty, parts, /)")]
fn join(ip: &Interp, empty: &Value, parts: &Value) -> PyResult<Value> {
    let Value::List(l) = parts else {
        return ip.type_error("join() needs a list");
    };
    let items = l.items.borrow().clone();
    let wrong = |i: usize, v: &Value, what: &str| -> PyResult<Value> {
        ip.type_error(format!(
            "sequence item {i}: expected {what}, {} found",
            crate::eval::ops::type_name(ip, v)
        ))
    };
    match empty {
        Value::Bytes(_) => {
            let mut out = Vec::new();
            for (i, v) in items.iter().enumerate() {
                match v {
                    Value::Bytes(b) => out.extend_from_slice(&b.b),
                    _ => return wrong(i, v, "a bytes-like object"),
                }
            }
            Ok(Value::bytes(&out))
        }
        _ => {
            let mut out = String::new();
            for (i, v) in items.iter().enumerate() {
                match v {
                    Value::Str(s) => out.push_str(s.s.as_str()),
                    _ => return wrong(i, v, "str instance"),
                }
            }
            Ok(Value::string(out))
        }
    }
}

// ---- the module's functions ----
//
// `re.search(p, s)` and the others are here rather than in re.py: a program calls them in its
// loops, and a Python frame per call would cost more than the search. They find the compiled
// pattern in re.py's cache (`_re._cache`) and compile it with re.py's `_compile` when it is not
// there.

fn cached(ip: &Interp, pattern: &Value, flags: Option<&Value>) -> PyResult<Value> {
    use crate::intern::intern;
    let flags = flags.cloned().unwrap_or(Value::Int(0));
    let module = ip.modules.borrow().get(&intern("_re")).cloned();
    let Some(Value::Module(m)) = module else {
        return Err(ip.err(ExcKind::ImportError, "_re is not imported"));
    };
    if let Some(Value::Dict(d)) = m.get(intern("_cache")) {
        let key = Value::tuple(vec![pattern.clone(), flags.clone()]);
        if let Some(p) = crate::runtime::dict::get(ip, &d, &key)? {
            return Ok(p);
        }
    }
    match m.get(intern("_compile")) {
        Some(f) => super::call_with(ip, &f, &[pattern.clone(), flags]),
        None => Err(ip.err(ExcKind::ImportError, "re is not imported")),
    }
}

#[function(_re, "match(pattern, string, flags=0)", style = py)]
fn match_fn(
    ip: &Interp,
    pattern: &Value,
    string: &Value,
    flags: Option<&Value>,
) -> PyResult<Value> {
    let p = cached(ip, pattern, flags)?;
    objects::one(ip, &p, string, None, None, Mode::Match)
}

#[function(_re, "fullmatch(pattern, string, flags=0)", style = py)]
fn fullmatch_fn(
    ip: &Interp,
    pattern: &Value,
    string: &Value,
    flags: Option<&Value>,
) -> PyResult<Value> {
    let p = cached(ip, pattern, flags)?;
    objects::one(ip, &p, string, None, None, Mode::FullMatch)
}

#[function(_re, "search(pattern, string, flags=0)", style = py)]
fn search_fn(
    ip: &Interp,
    pattern: &Value,
    string: &Value,
    flags: Option<&Value>,
) -> PyResult<Value> {
    let p = cached(ip, pattern, flags)?;
    objects::one(ip, &p, string, None, None, Mode::Search)
}

#[function(_re, "sub(pattern, repl, string, count=0, flags=0)", style = py)]
fn sub_fn(
    ip: &Interp,
    pattern: &Value,
    repl: &Value,
    string: &Value,
    count: Option<&Value>,
    flags: Option<&Value>,
) -> PyResult<Value> {
    let p = cached(ip, pattern, flags)?;
    Ok(objects::subx(ip, &p, repl, string, count)?.0)
}

#[function(_re, "subn(pattern, repl, string, count=0, flags=0)", style = py)]
fn subn_fn(
    ip: &Interp,
    pattern: &Value,
    repl: &Value,
    string: &Value,
    count: Option<&Value>,
    flags: Option<&Value>,
) -> PyResult<Value> {
    let p = cached(ip, pattern, flags)?;
    let (s, n) = objects::subx(ip, &p, repl, string, count)?;
    Ok(Value::tuple(vec![s, Value::Int(n as i64)]))
}

#[function(_re, "split(pattern, string, maxsplit=0, flags=0)", style = py)]
fn split_fn(
    ip: &Interp,
    pattern: &Value,
    string: &Value,
    maxsplit: Option<&Value>,
    flags: Option<&Value>,
) -> PyResult<Value> {
    let p = cached(ip, pattern, flags)?;
    objects::pattern_split(ip, &p, string, maxsplit)
}

#[function(_re, "findall(pattern, string, flags=0)", style = py)]
fn findall_fn(
    ip: &Interp,
    pattern: &Value,
    string: &Value,
    flags: Option<&Value>,
) -> PyResult<Value> {
    let p = cached(ip, pattern, flags)?;
    objects::pattern_findall(ip, &p, string, None, None)
}

#[function(_re, "finditer(pattern, string, flags=0)", style = py)]
fn finditer_fn(
    ip: &Interp,
    pattern: &Value,
    string: &Value,
    flags: Option<&Value>,
) -> PyResult<Value> {
    let p = cached(ip, pattern, flags)?;
    objects::pattern_finditer(ip, &p, string, None, None)
}
