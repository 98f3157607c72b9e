//! The patterns of `match` statements (PEP 634), as CPython 3.11 runs them. A pattern never
//! suspends (it holds only literals, dotted names and classes), so both paths of the evaluator
//! call `match_case` and differ only in how they evaluate the subject, the guard and the body.

use std::rc::Rc;

use crate::eval::sync::{assign, eval};
use crate::eval::{ops, Frame, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::Class;
use crate::runtime::value::Value;
use crate::stdlib::call_with;
use crate::syntax::ast::{Expr, Pattern, PatternKind};

/// The names a pattern binds, collected while it is matched and stored only once the whole
/// pattern has matched (as CPython does).
type Binds<'p> = Vec<(&'p Expr, Value)>;

/// Whether `subject` matches `p`; when it does, the names the pattern captures are bound.
pub fn match_case(ip: &Interp, f: &mut Frame, p: &Pattern, subject: &Value) -> PyResult<bool> {
    let mut binds = Binds::new();
    if !matches(ip, f, p, subject, &mut binds)? {
        return Ok(false);
    }
    for (target, v) in binds {
        assign(ip, f, target, v)?;
    }
    Ok(true)
}

fn matches<'p>(
    ip: &Interp,
    f: &mut Frame,
    p: &'p Pattern,
    v: &Value,
    binds: &mut Binds<'p>,
) -> PyResult<bool> {
    ip.cur_pos.set(p.span.start);
    match &p.kind {
        PatternKind::Value { value, by_identity } => {
            let x = eval(ip, f, value)?;
            if *by_identity {
                return Ok(same(v, &x));
            }
            ops::equals(ip, v, &x)
        }
        PatternKind::As { pattern, target } => {
            if let Some(inner) = pattern {
                if !matches(ip, f, inner, v, binds)? {
                    return Ok(false);
                }
            }
            if let Some(t) = target {
                binds.push((t, v.clone()));
            }
            Ok(true)
        }
        PatternKind::Star(_) => unreachable!("a star pattern stands only in a sequence"),
        PatternKind::Or(alts) => {
            for alt in alts {
                let mark = binds.len();
                if matches(ip, f, alt, v, binds)? {
                    return Ok(true);
                }
                binds.truncate(mark);
            }
            Ok(false)
        }
        PatternKind::Sequence(items) => match_sequence(ip, f, items, v, binds),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => match_mapping(ip, f, keys, patterns, rest.as_ref(), v, binds),
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let cls = eval(ip, f, cls)?;
            let attrs = match class_attrs(ip, &cls, patterns.len(), kwd_attrs, v)? {
                Some(a) => a,
                None => return Ok(false),
            };
            for (p, a) in patterns.iter().chain(kwd_patterns.iter()).zip(attrs.iter()) {
                if !matches(ip, f, p, a, binds)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
    }
}

/// `is` for the singletons a literal pattern compares by identity (None, True, False).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        _ => false,
    }
}

/// Whether a value is a sequence to a pattern: list, tuple, range, deque and their
/// subclasses (never str, bytes or bytearray).
fn is_sequence(ip: &Interp, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
        Value::Str(_) | Value::Bytes(_) | Value::Dict(_) => false,
        _ => {
            let t = ops::type_of(ip, v);
            let types = &ip.types;
            t.is_subclass(&types.list)
                || t.is_subclass(&types.tuple)
                || std::iter::once(&t)
                    .chain(t.mro.iter())
                    .any(|c| crate::stdlib::type_name(c).as_deref() == Some("collections.deque"))
        }
    }
}

fn match_sequence<'p>(
    ip: &Interp,
    f: &mut Frame,
    items: &'p [Pattern],
    v: &Value,
    binds: &mut Binds<'p>,
) -> PyResult<bool> {
    if !is_sequence(ip, v) {
        return Ok(false);
    }
    let star = items
        .iter()
        .position(|p| matches!(p.kind, PatternKind::Star(_)));
    let len = ops::len(ip, v)?;
    let fixed = items.len() - star.is_some() as usize;
    if (star.is_none() && len != fixed) || (star.is_some() && len < fixed) {
        return Ok(false);
    }
    let values = match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => ops::collect(ip, v)?,
    };
    if values.len() != len {
        return Ok(false);
    }
    let Some(star) = star else {
        for (p, x) in items.iter().zip(values.iter()) {
            if !matches(ip, f, p, x, binds)? {
                return Ok(false);
            }
        }
        return Ok(true);
    };
    let after = items.len() - star - 1;
    for (p, x) in items[..star].iter().zip(values.iter()) {
        if !matches(ip, f, p, x, binds)? {
            return Ok(false);
        }
    }
    let middle = &values[star..len - after];
    if let PatternKind::Star(Some(t)) = &items[star].kind {
        binds.push((t, Value::list(middle.to_vec())));
    }
    for (p, x) in items[star + 1..].iter().zip(values[len - after..].iter()) {
        if !matches(ip, f, p, x, binds)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether a value is a mapping to a pattern: a dict or an instance of a subclass of dict.
fn is_mapping(ip: &Interp, v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::Instance(_) | Value::Native(_) => ops::type_of(ip, v).is_subclass(&ip.types.dict),
        _ => false,
    }
}

#[allow(clippy::too_many_arguments)]
fn match_mapping<'p>(
    ip: &Interp,
    f: &mut Frame,
    keys: &'p [Expr],
    patterns: &'p [Pattern],
    rest: Option<&'p Expr>,
    v: &Value,
    binds: &mut Binds<'p>,
) -> PyResult<bool> {
    if !is_mapping(ip, v) {
        return Ok(false);
    }
    if !keys.is_empty() && ops::len(ip, v)? < keys.len() {
        return Ok(false);
    }
    let mut key_values: Vec<Value> = Vec::with_capacity(keys.len());
    for k in keys {
        let k = eval(ip, f, k)?;
        for seen in &key_values {
            if ops::equals(ip, seen, &k)? {
                let r = crate::runtime::repr::repr(ip, &k)?;
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!("mapping pattern checks duplicate key ({r})"),
                ));
            }
        }
        key_values.push(k);
    }
    // CPython asks the mapping's own `get`, so a defaultdict makes no entry.
    let get = match v {
        Value::Dict(_) => None,
        _ => Some(ops::getattr(ip, v, intern("get"))?),
    };
    let missing = Value::list(Vec::new());
    let mut found = Vec::with_capacity(keys.len());
    for k in &key_values {
        let x = match (&get, v) {
            (None, Value::Dict(d)) => crate::runtime::dict::get(ip, d, k)?,
            (Some(g), _) => {
                let x = call_with(ip, g, &[k.clone(), missing.clone()])?;
                (!is_same_object(&x, &missing)).then_some(x)
            }
            _ => None,
        };
        match x {
            Some(x) => found.push(x),
            None => return Ok(false),
        }
    }
    for (p, x) in patterns.iter().zip(found.iter()) {
        if !matches(ip, f, p, x, binds)? {
            return Ok(false);
        }
    }
    if let Some(t) = rest {
        let copy = call_with(
            ip,
            &Value::Class(ip.types.dict.clone()),
            std::slice::from_ref(v),
        )?;
        for k in &key_values {
            ops::delitem(ip, &copy, k)?;
        }
        binds.push((t, copy));
    }
    Ok(true)
}

fn is_same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// The builtin classes whose one positional sub-pattern matches the subject itself (and
/// their subclasses, unless they set `__match_args__`).
fn matches_self(ip: &Interp, c: &Rc<Class>) -> bool {
    let t = &ip.types;
    [
        &t.bool_,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str_,
        &t.tuple,
    ]
    .iter()
    .any(|b| c.is_subclass(b))
}

/// A class's name as CPython's messages about it give it (`tp_name`).
fn class_name(c: &Rc<Class>) -> String {
    crate::stdlib::type_name(c).unwrap_or_else(|| c.type_name())
}

/// The values a class pattern's sub-patterns match: the positional ones (through
/// `__match_args__`) then the keyword ones; None when the subject is not an instance of the
/// class or lacks one of the attributes.
fn class_attrs(
    ip: &Interp,
    cls: &Value,
    npos: usize,
    kwd_attrs: &[(Symbol, crate::syntax::span::Span)],
    v: &Value,
) -> PyResult<Option<Vec<Value>>> {
    let Value::Class(c) = cls else {
        return ip.type_error("called match pattern must be a type");
    };
    let is = crate::runtime::builtins::isinstance_of(ip, v, cls)?;
    if !is {
        return Ok(None);
    }
    let mut names: Vec<Symbol> = Vec::with_capacity(npos + kwd_attrs.len());
    let mut out = Vec::with_capacity(npos + kwd_attrs.len());
    if npos > 0 {
        let match_args = match ops::getattr(ip, cls, intern("__match_args__")) {
            Ok(m) => Some(m),
            Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => None,
            Err(e) => return Err(e),
        };
        let (allowed, args) = match match_args {
            Some(Value::Tuple(t)) => (t.items.len(), Some(t)),
            Some(other) => {
                let msg = format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    class_name(c),
                    ops::type_name(ip, &other)
                );
                return ip.type_error(msg);
            }
            None => (matches_self(ip, c) as usize, None),
        };
        if allowed < npos {
            let plural = if allowed == 1 { "" } else { "s" };
            let msg = format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({npos} given)",
                class_name(c)
            );
            return ip.type_error(msg);
        }
        match args {
            None => out.push(v.clone()),
            Some(args) => {
                for a in args.items.iter().take(npos) {
                    let Value::Str(s) = a else {
                        let msg = format!(
                            "__match_args__ elements must be strings (got {})",
                            ops::type_name(ip, a)
                        );
                        return ip.type_error(msg);
                    };
                    let name = intern(&s.s);
                    match class_attr(ip, c, v, name, &mut names)? {
                        Some(x) => out.push(x),
                        None => return Ok(None),
                    }
                }
            }
        }
    }
    for (name, _) in kwd_attrs {
        match class_attr(ip, c, v, *name, &mut names)? {
            Some(x) => out.push(x),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// One attribute a class pattern reads; None when the subject lacks it.
fn class_attr(
    ip: &Interp,
    c: &Rc<Class>,
    v: &Value,
    name: Symbol,
    seen: &mut Vec<Symbol>,
) -> PyResult<Option<Value>> {
    if seen.contains(&name) {
        let msg = format!(
            "{}() got multiple sub-patterns for attribute '{name}'",
            class_name(c)
        );
        return ip.type_error(msg);
    }
    seen.push(name);
    match ops::getattr(ip, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => Ok(None),
        Err(e) => Err(e),
    }
}
