//! `re.Pattern` and `re.Match`: native, since every search goes through them.

use std::rc::Rc;

use super::exec::{self, Mode};
use super::{run, subject, text_len, Regex, Text};
use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::stdlib::{call_with, Native};
use corun_macros::method;

/// A successful match.
pub struct MatchObj {
    pub re: Value,
    pub string: Value,
    /// The code points of a non-ASCII str subject, to cut groups out of.
    wide: Option<Rc<Vec<u32>>>,
    pub pos: usize,
    pub endpos: usize,
    /// Start and end of each group, -1 for a group that did not take part.
    spans: Vec<i64>,
    lastindex: usize,
}

native_arg!(MatchObj, Match, "re.Match");

pub static PATTERN: crate::stdlib::ClassSpec = crate::stdlib::ClassSpec {
    key: "re.Pattern",
    module: "re",
    name: "Pattern",
    base: None,
    new: None,
    methods: &[],
};

pub static MATCH: crate::stdlib::ClassSpec = crate::stdlib::ClassSpec {
    key: "re.Match",
    module: "re",
    name: "Match",
    base: None,
    new: None,
    methods: &[],
};

/// The pattern a method was called on (`re.Pattern.search(x, ...)` may pass anything).
fn regex_of<'a>(ip: &Interp, v: &'a Value) -> PyResult<&'a Regex> {
    if let Value::Native(o) = v {
        if let Native::Regex(r) = &o.kind {
            return Ok(r);
        }
    }
    ip.type_error(format!(
        "descriptor for 're.Pattern' objects doesn't apply to a '{}' object",
        ops::type_name(ip, v)
    ))
}

/// `string[s:e]` by character positions.
fn cut(string: &Value, wide: Option<&Rc<Vec<u32>>>, s: usize, e: usize) -> Value {
    match (string, wide) {
        (_, Some(w)) => Value::string(w[s..e].iter().filter_map(|&c| char::from_u32(c)).collect()),
        (Value::Str(p), None) => Value::str(&p.s.as_str()[s..e]),
        (Value::Bytes(b), None) => Value::bytes(&b.b[s..e]),
        _ => Value::None,
    }
}

fn wide_of(t: &Text) -> Option<Rc<Vec<u32>>> {
    match t {
        Text::Wide(w) => Some(w.clone()),
        Text::Bytes(_) => None,
    }
}

fn empty_like(string: &Value) -> Value {
    match string {
        Value::Bytes(_) => Value::bytes(&[]),
        _ => Value::str(""),
    }
}

fn index_arg(ip: &Interp, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(v) => crate::stdlib::ssize(ip, v),
    }
}

fn make_match(
    ip: &Interp,
    this: &Value,
    string: &Value,
    t: &Text,
    pos: usize,
    endpos: usize,
    f: &exec::Found,
) -> Value {
    let spans = f
        .spans
        .iter()
        .map(|&x| if exec::unset(x) { -1 } else { x as i64 })
        .collect();
    crate::stdlib::new_obj(
        ip,
        &MATCH,
        Native::Match(MatchObj {
            re: this.clone(),
            string: string.clone(),
            wide: wide_of(t),
            pos,
            endpos,
            spans,
            lastindex: f.lastindex,
        }),
    )
}

pub(super) fn one(
    ip: &Interp,
    this: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
    mode: Mode,
) -> PyResult<Value> {
    let rx = regex_of(ip, this)?;
    let t = subject(ip, rx, string)?;
    let pos = index_arg(ip, pos, 0)?;
    let endpos = index_arg(ip, endpos, i64::MAX)?;
    let n = text_len(&t);
    let (pos, end) = super::bounds(n, pos, endpos);
    if end < pos {
        return Ok(Value::None);
    }
    Ok(match run(rx, &t, pos, end, mode, false) {
        Some(f) => make_match(ip, this, string, &t, pos, end, &f),
        None => Value::None,
    })
}

#[method("re.Pattern", "match($self, string, pos=0, endpos=sys.maxsize)")]
fn pattern_match(
    ip: &Interp,
    this: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    one(ip, this, string, pos, endpos, Mode::Match)
}

#[method("re.Pattern", "search($self, string, pos=0, endpos=sys.maxsize)")]
fn pattern_search(
    ip: &Interp,
    this: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    one(ip, this, string, pos, endpos, Mode::Search)
}

#[method("re.Pattern", "fullmatch($self, string, pos=0, endpos=sys.maxsize)")]
fn pattern_fullmatch(
    ip: &Interp,
    this: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    one(ip, this, string, pos, endpos, Mode::FullMatch)
}

/// Every match of a scan over `string[pos:endpos]`, at most `limit` when it is positive.
fn scan(
    ip: &Interp,
    rx: &Regex,
    t: &Text,
    pos: usize,
    end: usize,
    limit: usize,
) -> PyResult<Vec<exec::Found>> {
    let mut out = Vec::new();
    let mut pos = pos;
    let mut must = false;
    while pos <= end && (limit == 0 || out.len() < limit) {
        let Some(f) = run(rx, t, pos, end, Mode::Search, must) else {
            break;
        };
        must = f.spans[0] == f.spans[1];
        pos = f.spans[1];
        out.push(f);
        if out.len() % 4096 == 0 {
            crate::signals::poll(ip)?;
        }
    }
    Ok(out)
}

fn group_value(string: &Value, t: &Text, f: &exec::Found, g: usize, default: &Value) -> Value {
    let (s, e) = (f.spans[2 * g], f.spans[2 * g + 1]);
    if exec::unset(s) {
        return default.clone();
    }
    cut(string, wide_of(t).as_ref(), s, e)
}

#[method("re.Pattern", "findall($self, string, pos=0, endpos=sys.maxsize)")]
pub(super) fn pattern_findall(
    ip: &Interp,
    this: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    let rx = regex_of(ip, this)?;
    let t = subject(ip, rx, string)?;
    let (pos, end) = super::bounds(
        text_len(&t),
        index_arg(ip, pos, 0)?,
        index_arg(ip, endpos, i64::MAX)?,
    );
    let empty = empty_like(string);
    let found = scan(ip, rx, &t, pos, end, 0)?;
    let n = rx.groups;
    let items = found
        .iter()
        .map(|f| match n {
            0 => group_value(string, &t, f, 0, &empty),
            1 => group_value(string, &t, f, 1, &empty),
            _ => Value::tuple(
                (1..=n)
                    .map(|g| group_value(string, &t, f, g, &empty))
                    .collect(),
            ),
        })
        .collect();
    Ok(Value::list(items))
}

#[method("re.Pattern", "finditer($self, string, pos=0, endpos=sys.maxsize)")]
pub(super) fn pattern_finditer(
    ip: &Interp,
    this: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    let rx = regex_of(ip, this)?;
    let t = subject(ip, rx, string)?;
    let (pos, end) = super::bounds(
        text_len(&t),
        index_arg(ip, pos, 0)?,
        index_arg(ip, endpos, i64::MAX)?,
    );
    let found = scan(ip, rx, &t, pos, end, 0)?;
    let items: Vec<Value> = found
        .iter()
        .map(|f| make_match(ip, this, string, &t, pos, end, f))
        .collect();
    Ok(crate::runtime::iterators::IterObj::make(
        ip,
        "callable_iterator",
        ops::Iter::Items { items, i: 0 },
    ))
}

#[method("re.Pattern", "split($self, string, maxsplit=0)")]
pub(super) fn pattern_split(
    ip: &Interp,
    this: &Value,
    string: &Value,
    maxsplit: Option<&Value>,
) -> PyResult<Value> {
    let rx = regex_of(ip, this)?;
    let t = subject(ip, rx, string)?;
    let maxsplit = index_arg(ip, maxsplit, 0)?;
    if maxsplit < 0 {
        return Ok(Value::list(vec![string.clone()]));
    }
    let n = text_len(&t);
    let found = scan(ip, rx, &t, 0, n, maxsplit as usize)?;
    let wide = wide_of(&t);
    let mut out = Vec::new();
    let mut last = 0;
    for f in &found {
        out.push(cut(string, wide.as_ref(), last, f.spans[0]));
        for g in 1..=rx.groups {
            out.push(group_value(string, &t, f, g, &Value::None));
        }
        last = f.spans[1];
    }
    out.push(cut(string, wide.as_ref(), last, n));
    Ok(Value::list(out))
}

/// One piece of a replacement: text, or a group to put in.
enum Piece {
    Text(Value),
    Group(usize),
}

pub(super) fn subx(
    ip: &Interp,
    this: &Value,
    repl: &Value,
    string: &Value,
    count: Option<&Value>,
) -> PyResult<(Value, usize)> {
    let rx = regex_of(ip, this)?;
    let count = index_arg(ip, count, 0)?;
    let is_fn = crate::runtime::builtins::is_callable(repl);
    let template = if is_fn {
        None
    } else {
        match repl {
            Value::Str(s) if !s.s.as_str().contains('\\') => Some(vec![Piece::Text(repl.clone())]),
            Value::Bytes(b) if !b.b.contains(&b'\\') => Some(vec![Piece::Text(repl.clone())]),
            Value::Str(_) | Value::Bytes(_) => {
                let parsed = call_with(ip, &rx.hooks.template, &[this.clone(), repl.clone()])?;
                let mut pieces = Vec::new();
                for x in ops::collect(ip, &parsed)? {
                    pieces.push(match x {
                        Value::Int(g) => Piece::Group(g as usize),
                        v => Piece::Text(v),
                    });
                }
                Some(pieces)
            }
            _ => {
                return ip.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    ops::type_name(ip, repl)
                ))
            }
        }
    };
    let t = subject(ip, rx, string)?;
    if count < 0 {
        return Ok((string.clone(), 0));
    }
    let n = text_len(&t);
    let found = scan(ip, rx, &t, 0, n, count as usize)?;
    if found.is_empty() {
        return Ok((string.clone(), 0));
    }
    let wide = wide_of(&t);
    let mut parts = Vec::new();
    let mut last = 0;
    for f in &found {
        if last < f.spans[0] {
            parts.push(cut(string, wide.as_ref(), last, f.spans[0]));
        }
        match &template {
            None => {
                let m = make_match(ip, this, string, &t, 0, n, f);
                let piece = call_with(ip, repl, &[m])?;
                if !matches!(piece, Value::None) {
                    parts.push(piece);
                }
            }
            Some(pieces) => {
                for p in pieces {
                    match p {
                        Piece::Text(v) => parts.push(v.clone()),
                        Piece::Group(g) => {
                            let v = group_value(string, &t, f, *g, &Value::None);
                            if !matches!(v, Value::None) {
                                parts.push(v);
                            }
                        }
                    }
                }
            }
        }
        last = f.spans[1];
    }
    if last < n {
        parts.push(cut(string, wide.as_ref(), last, n));
    }
    let joined = super::join(ip, &empty_like(string), &Value::list(parts))?;
    Ok((joined, found.len()))
}

#[method("re.Pattern", "sub($self, repl, string, count=0)")]
fn pattern_sub(
    ip: &Interp,
    this: &Value,
    repl: &Value,
    string: &Value,
    count: Option<&Value>,
) -> PyResult<Value> {
    Ok(subx(ip, this, repl, string, count)?.0)
}

#[method("re.Pattern", "subn($self, repl, string, count=0)")]
fn pattern_subn(
    ip: &Interp,
    this: &Value,
    repl: &Value,
    string: &Value,
    count: Option<&Value>,
) -> PyResult<Value> {
    let (s, n) = subx(ip, this, repl, string, count)?;
    Ok(Value::tuple(vec![s, Value::Int(n as i64)]))
}

#[method("re.Pattern", "__copy__($self, /)")]
fn pattern_copy(_ip: &Interp, this: &Value) -> PyResult<Value> {
    Ok(this.clone())
}

#[method("re.Pattern", "__deepcopy__($self, memo, /)")]
fn pattern_deepcopy(_ip: &Interp, this: &Value, _memo: &Value) -> PyResult<Value> {
    Ok(this.clone())
}

/// `hash(pattern)`: equal patterns (same text and flags) hash alike.
pub fn pattern_hash(ip: &Interp, o: &crate::stdlib::NativeObj) -> PyResult<i64> {
    let Native::Regex(rx) = &o.kind else {
        return Ok(0);
    };
    let h = crate::runtime::dict::hash(ip, &rx.pattern)?;
    Ok(h ^ rx.flags.wrapping_mul(1_000_003))
}

/// `pattern.scanner(string, pos, endpos)`: the scanner object of `re.py`, which steps through
/// the string with `_scan`.
#[method("re.Pattern", "scanner($self, string, pos=0, endpos=sys.maxsize)")]
fn pattern_scanner(
    ip: &Interp,
    this: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    let re = crate::runtime::modules::import_dotted(ip, "re")?;
    let make = ops::getattr(ip, &re, crate::intern::intern("_PatternScanner"))?;
    let args = [
        this.clone(),
        string.clone(),
        Value::Int(index_arg(ip, pos, 0)?),
        Value::Int(index_arg(ip, endpos, i64::MAX)?),
    ];
    crate::stdlib::call_with(ip, &make, &args)
}

/// One step of a scanner over `string[pos:endpos]`: the match (or the first match found
/// searching) at `at`, not an empty one there when `must_advance`; None when there is none.
#[allow(clippy::too_many_arguments)]
#[method(
    "re.Pattern",
    "_scan($self, string, pos, endpos, at, search, must_advance, /)"
)]
fn pattern_scan_step(
    ip: &Interp,
    this: &Value,
    string: &Value,
    pos: i64,
    endpos: i64,
    at: i64,
    search: bool,
    must_advance: bool,
) -> PyResult<Value> {
    let rx = regex_of(ip, this)?;
    let t = subject(ip, rx, string)?;
    let (pos, end) = super::bounds(text_len(&t), pos, endpos);
    let (at, _) = super::bounds(text_len(&t), at, 0);
    if end < at {
        return Ok(Value::None);
    }
    let mode = if search { Mode::Search } else { Mode::Match };
    Ok(match run(rx, &t, at, end, mode, must_advance) {
        Some(f) => make_match(ip, this, string, &t, pos, end, &f),
        None => Value::None,
    })
}

fn groupindex(ip: &Interp, rx: &Regex) -> PyResult<Value> {
    let d = Value::Dict(crate::runtime::dict::PyDict::new());
    for (n, g) in &rx.names {
        ops::setitem(ip, &d, &Value::str(n), Value::Int(*g as i64))?;
    }
    Ok(d)
}

pub fn pattern_attr(ip: &Interp, rx: &Regex, name: Symbol) -> PyResult<Option<Value>> {
    Ok(Some(match name.as_str() {
        "pattern" => rx.pattern.clone(),
        "flags" => Value::Int(rx.flags),
        "groups" => Value::Int(rx.groups as i64),
        "groupindex" => groupindex(ip, rx)?,
        _ => return Ok(None),
    }))
}

/// `re.compile('a', re.IGNORECASE)`.
pub fn pattern_repr(ip: &Interp, rx: &Regex) -> PyResult<String> {
    let r: String = crate::runtime::repr::repr(ip, &rx.pattern)?
        .chars()
        .take(200)
        .collect();
    let mut flags = rx.flags;
    if rx.istext && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    if flags == 0 {
        return Ok(format!("re.compile({r})"));
    }
    let names = [
        ("re.TEMPLATE", 1),
        ("re.IGNORECASE", 2),
        ("re.LOCALE", 4),
        ("re.MULTILINE", 8),
        ("re.DOTALL", 16),
        ("re.UNICODE", 32),
        ("re.VERBOSE", 64),
        ("re.DEBUG", 128),
        ("re.ASCII", 256),
    ];
    let mut parts = Vec::new();
    for (n, b) in names {
        if flags & b != 0 {
            parts.push(n.to_string());
            flags &= !b;
        }
    }
    if flags != 0 {
        parts.push(format!("{flags:#x}"));
    }
    Ok(format!("re.compile({r}, {})", parts.join("|")))
}

pub fn pattern_equals(a: &Regex, b: &Value, ip: &Interp) -> PyResult<Option<bool>> {
    if let Value::Native(o) = b {
        if let Native::Regex(r) = &o.kind {
            return Ok(Some(
                a.flags == r.flags && ops::equals(ip, &a.pattern, &r.pattern)?,
            ));
        }
    }
    Ok(None)
}

// ---- Match ----

impl MatchObj {
    fn rx(&self) -> &Regex {
        match &self.re {
            Value::Native(o) => match &o.kind {
                Native::Regex(r) => r,
                _ => unreachable!("a match is made by a pattern"),
            },
            _ => unreachable!("a match is made by a pattern"),
        }
    }

    /// The number of the group `g` names (an int or a group name).
    fn index(&self, ip: &Interp, g: &Value) -> PyResult<usize> {
        let rx = self.rx();
        let i = match g {
            Value::Int(i) => Some(*i),
            Value::Str(s) => rx
                .names
                .iter()
                .find(|(n, _)| n == s.s.as_str())
                .map(|p| p.1 as i64),
            Value::Bool(_) | Value::BigInt(_) => crate::runtime::numbers::index_opt(ip, g)?
                .and_then(|b| num_traits::ToPrimitive::to_i64(&b)),
            _ => None,
        };
        match i {
            Some(i) if i >= 0 && (i as usize) <= rx.groups => Ok(i as usize),
            _ => Err(ip.err(ExcKind::IndexError, "no such group")),
        }
    }

    fn get(&self, g: usize, default: &Value) -> Value {
        let (s, e) = (self.spans[2 * g], self.spans[2 * g + 1]);
        if s < 0 {
            return default.clone();
        }
        cut(&self.string, self.wide.as_ref(), s as usize, e as usize)
    }
}

#[method("re.Match", "group($self, *args, /)")]
fn match_group(ip: &Interp, this: &MatchObj, args: &[Value]) -> PyResult<Value> {
    match args {
        [] => Ok(this.get(0, &Value::None)),
        [g] => Ok(this.get(this.index(ip, g)?, &Value::None)),
        _ => {
            let mut out = Vec::with_capacity(args.len());
            for g in args {
                out.push(this.get(this.index(ip, g)?, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

#[method("re.Match", "__getitem__($self, group, /)")]
fn match_getitem(ip: &Interp, this: &MatchObj, group: &Value) -> PyResult<Value> {
    match_item(ip, this, group)
}

/// `m[g]`.
pub fn match_item(ip: &Interp, m: &MatchObj, group: &Value) -> PyResult<Value> {
    Ok(m.get(m.index(ip, group)?, &Value::None))
}

#[method("re.Match", "groups($self, default=None)")]
fn match_groups(_ip: &Interp, this: &MatchObj, default: Option<&Value>) -> PyResult<Value> {
    let d = default.cloned().unwrap_or(Value::None);
    Ok(Value::tuple(
        (1..=this.rx().groups).map(|g| this.get(g, &d)).collect(),
    ))
}

#[method("re.Match", "groupdict($self, default=None)")]
fn match_groupdict(ip: &Interp, this: &MatchObj, default: Option<&Value>) -> PyResult<Value> {
    let d = default.cloned().unwrap_or(Value::None);
    let out = Value::Dict(crate::runtime::dict::PyDict::new());
    for (n, g) in &this.rx().names {
        ops::setitem(ip, &out, &Value::str(n), this.get(*g, &d))?;
    }
    Ok(out)
}

fn group_arg(ip: &Interp, this: &MatchObj, group: Option<&Value>) -> PyResult<usize> {
    match group {
        None => Ok(0),
        Some(g) => this.index(ip, g),
    }
}

#[method("re.Match", "start($self, group=0, /)")]
fn match_start(ip: &Interp, this: &MatchObj, group: Option<&Value>) -> PyResult<Value> {
    Ok(Value::Int(this.spans[2 * group_arg(ip, this, group)?]))
}

#[method("re.Match", "end($self, group=0, /)")]
fn match_end(ip: &Interp, this: &MatchObj, group: Option<&Value>) -> PyResult<Value> {
    Ok(Value::Int(this.spans[2 * group_arg(ip, this, group)? + 1]))
}

#[method("re.Match", "span($self, group=0, /)")]
fn match_span(ip: &Interp, this: &MatchObj, group: Option<&Value>) -> PyResult<Value> {
    let g = group_arg(ip, this, group)?;
    Ok(Value::tuple(vec![
        Value::Int(this.spans[2 * g]),
        Value::Int(this.spans[2 * g + 1]),
    ]))
}

#[method("re.Match", "expand($self, template)")]
fn match_expand(ip: &Interp, this: &MatchObj, template: &Value) -> PyResult<Value> {
    let parsed = call_with(
        ip,
        &this.rx().hooks.template,
        &[this.re.clone(), template.clone()],
    )?;
    let mut parts = Vec::new();
    for x in ops::collect(ip, &parsed)? {
        match x {
            Value::Int(g) => {
                let v = this.get(g as usize, &Value::None);
                if !matches!(v, Value::None) {
                    parts.push(v);
                }
            }
            v => parts.push(v),
        }
    }
    super::join(ip, &empty_like(&this.string), &Value::list(parts))
}

#[method("re.Match", "__copy__($self, /)")]
fn match_copy(_ip: &Interp, this: &Value) -> PyResult<Value> {
    Ok(this.clone())
}

#[method("re.Match", "__deepcopy__($self, memo, /)")]
fn match_deepcopy(_ip: &Interp, this: &Value, _memo: &Value) -> PyResult<Value> {
    Ok(this.clone())
}

pub fn match_attr(_ip: &Interp, m: &MatchObj, name: Symbol) -> PyResult<Option<Value>> {
    let rx = m.rx();
    Ok(Some(match name.as_str() {
        "string" => m.string.clone(),
        "re" => m.re.clone(),
        "pos" => Value::Int(m.pos as i64),
        "endpos" => Value::Int(m.endpos as i64),
        "lastindex" => {
            if m.lastindex == 0 {
                Value::None
            } else {
                Value::Int(m.lastindex as i64)
            }
        }
        "lastgroup" => rx
            .names
            .iter()
            .find(|(_, g)| *g == m.lastindex && m.lastindex != 0)
            .map_or(Value::None, |(n, _)| Value::str(n)),
        "regs" => Value::tuple(
            (0..=rx.groups)
                .map(|g| {
                    Value::tuple(vec![
                        Value::Int(m.spans[2 * g]),
                        Value::Int(m.spans[2 * g + 1]),
                    ])
                })
                .collect(),
        ),
        _ => return Ok(None),
    }))
}

/// `<re.Match object; span=(0, 3), match='abc'>`.
pub fn match_repr(ip: &Interp, m: &MatchObj) -> PyResult<String> {
    let r: String = crate::runtime::repr::repr(ip, &m.get(0, &Value::None))?
        .chars()
        .take(50)
        .collect();
    Ok(format!(
        "<re.Match object; span=({}, {}), match={}>",
        m.spans[0], m.spans[1], r
    ))
}

/// The class objects, for re.py to name them.
pub fn classes(ip: &Interp) -> (Value, Value) {
    (
        Value::Class(crate::stdlib::class(ip, &PATTERN)),
        Value::Class(crate::stdlib::class(ip, &MATCH)),
    )
}
