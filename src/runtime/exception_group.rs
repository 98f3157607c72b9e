//! `BaseExceptionGroup` and `ExceptionGroup`: construction with CPython's checks, `exceptions`,
//! `message`, `subgroup`, `split`, `derive`, and what `except*` needs (matching a clause, and the
//! exception left to raise once every clause has run, as CPython's `_PyExc_PrepReraiseStar`).

use std::rc::Rc;

use rustc_hash::FxHashSet;

use crate::eval::call::Args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::{BuiltinFn, Class, ClassKind, Kwargs};
use crate::runtime::value::Value;

/// Whether `c` is BaseExceptionGroup or derives from it.
pub fn is_group_class(ip: &Interp, c: &Rc<Class>) -> bool {
    c.kind == ClassKind::Exception && c.is_subclass(ip.exc_class(ExcKind::BaseExceptionGroup))
}

pub fn is_group(ip: &Interp, e: &ExcObj) -> bool {
    e.excs.borrow().is_some() && is_group_class(ip, &e.class)
}

/// The sub-exceptions of a group (empty for any other exception).
pub fn members(e: &ExcObj) -> Vec<Rc<ExcObj>> {
    match &*e.excs.borrow() {
        Some(Value::Tuple(t)) => t
            .items
            .iter()
            .filter_map(|v| match v {
                Value::Exception(x) => Some(x.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A sequence, as `PySequence_Check` sees it (a dict or a set is not one).
fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_)
    )
}

/// `BaseExceptionGroup(message, exceptions)` and `ExceptionGroup(...)`.
pub fn construct(ip: &Interp, c: &Rc<Class>, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return ip.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        ));
    }
    if !matches!(args[0], Value::Str(_)) {
        return ip.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            ops::type_name(ip, &args[0])
        ));
    }
    if !is_sequence(&args[1]) {
        return ip.type_error("second argument (exceptions) must be a sequence");
    }
    let items = ops::collect(ip, &args[1])?;
    if items.is_empty() {
        return Err(ip.err(
            ExcKind::ValueError,
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let exception = ip.exc_class(ExcKind::Exception);
    let mut nested_base = false;
    for (i, x) in items.iter().enumerate() {
        match x {
            Value::Exception(e) => {
                if !e.class.is_subclass(exception) {
                    nested_base = true;
                }
            }
            _ => {
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!(
                        "Item {} of second argument (exceptions) is not an exception",
                        i
                    ),
                ))
            }
        }
    }
    let base_group = ip.exc_class(ExcKind::BaseExceptionGroup);
    let group = ip.exc_class(ExcKind::ExceptionGroup);
    let class = if Rc::ptr_eq(c, base_group) {
        if nested_base {
            c.clone()
        } else {
            group.clone()
        }
    } else if Rc::ptr_eq(c, group) {
        if nested_base {
            return ip.type_error("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        c.clone()
    } else {
        if nested_base && c.is_subclass(exception) {
            return ip.type_error(format!("Cannot nest BaseExceptions in '{}'", c.qualname));
        }
        c.clone()
    };
    if !kw.is_empty() {
        // `__init__` refuses them, once `__new__` has made the group.
        return ip.type_error(format!("{}() takes no keyword arguments", class.qualname));
    }
    let e = ExcObj::new(class, args.to_vec());
    *e.excs.borrow_mut() = Some(Value::tuple(items));
    Ok(Value::Exception(e))
}

/// A new group of `excs` made by `BaseExceptionGroup(message, excs)` (what `derive` does).
fn make_group(ip: &Interp, message: Value, excs: Vec<Rc<ExcObj>>) -> PyResult<Rc<ExcObj>> {
    let list = Value::list(excs.into_iter().map(Value::Exception).collect());
    let base = ip.exc_class(ExcKind::BaseExceptionGroup).clone();
    match construct(ip, &base, &[message, list], &[])? {
        Value::Exception(e) => Ok(e),
        _ => unreachable!("a group constructor makes an exception"),
    }
}

fn message_of(e: &ExcObj) -> Value {
    e.args.borrow().first().cloned().unwrap_or(Value::None)
}

/// How `split`/`subgroup` pick exceptions.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A function called with each exception.
    Predicate(Value),
    /// Exactly these leaf exceptions (by identity).
    Leaves(FxHashSet<usize>),
}

fn matcher_of(ip: &Interp, cond: &Value) -> PyResult<Matcher> {
    let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.kind == ClassKind::Exception);
    match cond {
        v if is_exc_class(v) => Ok(Matcher::Type(v.clone())),
        Value::Tuple(t) if t.items.iter().all(is_exc_class) => Ok(Matcher::Type(cond.clone())),
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => {
            Ok(Matcher::Predicate(cond.clone()))
        }
        _ => ip.type_error("expected a function, exception type or tuple of exception types"),
    }
}

fn matches(ip: &Interp, m: &Matcher, e: &Rc<ExcObj>) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => crate::eval::sync::exception_matches(ip, &Exc(e.clone()), t),
        Matcher::Predicate(f) => {
            let mut args = Args::new();
            args.push(Value::Exception(e.clone()));
            let r = crate::eval::call::call_value(ip, f, &mut args, &[])?;
            ops::truthy(ip, &r)
        }
        Matcher::Leaves(ids) => Ok(ids.contains(&(Rc::as_ptr(e) as usize))),
    }
}

/// A part of `orig` holding `excs`: made by `derive`, with `orig`'s traceback, cause and context
/// (CPython's `exceptiongroup_subset`; setting the cause also suppresses the context).
fn subset(ip: &Interp, orig: &Rc<ExcObj>, excs: Vec<Rc<ExcObj>>) -> PyResult<Option<Rc<ExcObj>>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = make_group(ip, message_of(orig), excs)?;
    *eg.traceback.borrow_mut() = orig.traceback.borrow().clone();
    eg.tb_frame.set(orig.tb_frame.get());
    *eg.context.borrow_mut() = orig.context.borrow().clone();
    *eg.cause.borrow_mut() = orig.cause.borrow().clone();
    eg.suppress_context.set(true);
    Ok(Some(eg))
}

type Parts = (Option<Rc<ExcObj>>, Option<Rc<ExcObj>>);

/// `split`: the matching part and the rest, each keeping the group structure.
fn split_rec(ip: &Interp, e: &Rc<ExcObj>, m: &Matcher, want_rest: bool) -> PyResult<Parts> {
    let d = ip.depth.get() + 1;
    if d > ip.recursion_limit.get() {
        return Err(ip.err(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded in exceptiongroup_split_recursive",
        ));
    }
    ip.depth.set(d);
    let r = split_level(ip, e, m, want_rest);
    ip.depth.set(d - 1);
    r
}

fn split_level(ip: &Interp, e: &Rc<ExcObj>, m: &Matcher, want_rest: bool) -> PyResult<Parts> {
    let leaf_only = matches!(m, Matcher::Leaves(_));
    if !leaf_only && matches(ip, m, e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(ip, e) {
        if leaf_only && matches(ip, m, e)? {
            return Ok((Some(e.clone()), None));
        }
        return Ok((None, Some(e.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for x in members(e) {
        let (a, b) = split_rec(ip, &x, m, want_rest)?;
        if let Some(a) = a {
            matched.push(a);
        }
        if let Some(b) = b {
            rest.push(b);
        }
    }
    let matched = subset(ip, e, matched)?;
    let rest = if want_rest {
        subset(ip, e, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// The one argument of `split`/`subgroup` (`derive` words it differently), as CPython checks it.
fn one_arg(ip: &Interp, name: &str, args: &[Value], kw: &Kwargs) -> PyResult<()> {
    if !kw.is_empty() {
        return ip.type_error(format!(
            "BaseExceptionGroup.{}() takes no keyword arguments",
            name
        ));
    }
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return ip.type_error(if name == "derive" {
            format!("function takes exactly 1 argument ({} given)", n)
        } else {
            format!("{} expected 1 argument, got {}", name, n)
        });
    }
    Ok(())
}

fn recv<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<ExcObj>> {
    match args.first() {
        Some(Value::Exception(e)) if is_group(ip, e) => Ok(e),
        _ => ip.type_error(format!(
            "descriptor '{}' requires a 'BaseExceptionGroup' object",
            name
        )),
    }
}

fn opt(e: Option<Rc<ExcObj>>) -> Value {
    e.map(Value::Exception).unwrap_or(Value::None)
}

fn eg_split(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one_arg(ip, "split", args, kw)?;
    let e = recv(ip, args, "split")?;
    let m = matcher_of(ip, &args[1])?;
    let (a, b) = split_rec(ip, e, &m, true)?;
    Ok(Value::tuple(vec![opt(a), opt(b)]))
}

fn eg_subgroup(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one_arg(ip, "subgroup", args, kw)?;
    let e = recv(ip, args, "subgroup")?;
    let m = matcher_of(ip, &args[1])?;
    let (a, _) = split_rec(ip, e, &m, false)?;
    Ok(opt(a))
}

fn eg_derive(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one_arg(ip, "derive", args, kw)?;
    let e = recv(ip, args, "derive")?;
    let base = ip.exc_class(ExcKind::BaseExceptionGroup).clone();
    construct(ip, &base, &[message_of(e), args[1].clone()], &[])
}

static SPLIT: BuiltinFn = BuiltinFn {
    name: "split",
    owner: Some("BaseExceptionGroup"),
    call: eg_split,
    sig: None,
};
static SUBGROUP: BuiltinFn = BuiltinFn {
    name: "subgroup",
    owner: Some("BaseExceptionGroup"),
    call: eg_subgroup,
    sig: None,
};
static DERIVE: BuiltinFn = BuiltinFn {
    name: "derive",
    owner: Some("BaseExceptionGroup"),
    call: eg_derive,
    sig: None,
};

/// Puts the group methods into BaseExceptionGroup.
pub fn install(ip: &Interp) {
    let c = ip.exc_class(ExcKind::BaseExceptionGroup);
    for f in [&SPLIT, &SUBGROUP, &DERIVE] {
        c.dict
            .borrow_mut()
            .insert(intern(f.name), Value::Builtin(f));
    }
}

/// `str(group)`: `message (N sub-exceptions)`.
pub fn group_str(ip: &Interp, e: &ExcObj) -> PyResult<String> {
    let n = members(e).len();
    let msg = crate::runtime::repr::str_of(ip, &message_of(e))?;
    Ok(format!(
        "{} ({} sub-exception{})",
        msg,
        n,
        if n > 1 { "s" } else { "" }
    ))
}

/// `group.exceptions`, `group.message`.
pub fn getattr(e: &ExcObj, name: &str) -> Option<Value> {
    match name {
        "exceptions" => e.excs.borrow().clone(),
        "message" if e.excs.borrow().is_some() => Some(message_of(e)),
        _ => None,
    }
}

// ---- except* ----

/// Checks the type of an `except*` clause, as CPython does before matching.
pub fn check_star_type(ip: &Interp, t: &Value) -> PyResult<()> {
    let check = |v: &Value| -> PyResult<()> {
        match v {
            Value::Class(c) if c.kind == ClassKind::Exception => {
                if is_group_class(ip, c) {
                    return ip.type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    );
                }
                Ok(())
            }
            _ => ip.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ),
        }
    };
    match t {
        Value::Tuple(ts) => ts.items.iter().try_for_each(check),
        other => check(other),
    }
}

/// The state of a `try … except*` while its clauses run: the exception caught, what is still
/// unmatched, and what the clauses raised.
pub struct StarState {
    orig: Exc,
    rest: Option<Exc>,
    raised: Vec<Exc>,
}

impl StarState {
    pub fn new(e: Exc) -> StarState {
        StarState {
            rest: Some(e.clone()),
            orig: e,
            raised: Vec::new(),
        }
    }

    /// Matches one clause's type against what is left: the part it handles (a group), if any.
    pub fn match_clause(&mut self, ip: &Interp, t: &Value) -> PyResult<Option<Exc>> {
        check_star_type(ip, t)?;
        let Some(rest) = self.rest.clone() else {
            return Ok(None);
        };
        if crate::eval::sync::exception_matches(ip, &rest, t)? {
            self.rest = None;
            if is_group(ip, &rest.0) {
                return Ok(Some(rest));
            }
            // A bare exception is wrapped in a group of its own.
            let wrapped = ExcObj::new(
                ip.exc_class(ExcKind::ExceptionGroup).clone(),
                vec![
                    Value::str(""),
                    Value::tuple(vec![Value::Exception(rest.0.clone())]),
                ],
            );
            *wrapped.excs.borrow_mut() = Some(Value::tuple(vec![Value::Exception(rest.0)]));
            wrapped.tb_frame.set(ip.cur_frame.get());
            return Ok(Some(Exc(wrapped)));
        }
        if !is_group(ip, &rest.0) {
            return Ok(None);
        }
        let (m, r) = split_rec(ip, &rest.0, &Matcher::Type(t.clone()), true)?;
        match m {
            Some(m) => {
                self.rest = r.map(Exc);
                Ok(Some(Exc(m)))
            }
            None => Ok(None),
        }
    }

    /// A clause's body raised `e`.
    pub fn raised(&mut self, e: Exc) {
        self.raised.push(e);
    }

    /// What the statement raises once every clause has run (None: everything was handled).
    pub fn finish(self, ip: &Interp) -> PyResult<Option<Exc>> {
        let mut excs = self.raised;
        if let Some(r) = self.rest {
            excs.push(r);
        }
        if excs.is_empty() {
            return Ok(None);
        }
        if !is_group(ip, &self.orig.0) {
            return Ok(excs.into_iter().next());
        }
        let mut raised = Vec::new();
        let mut reraised_leaves = FxHashSet::default();
        for e in excs {
            if same_metadata(&e.0, &self.orig.0) {
                leaf_ids(ip, &e.0, &mut reraised_leaves);
            } else {
                raised.push(e);
            }
        }
        let reraised = if reraised_leaves.is_empty() {
            None
        } else {
            split_rec(ip, &self.orig.0, &Matcher::Leaves(reraised_leaves), false)?.0
        };
        if raised.is_empty() {
            return Ok(reraised.map(Exc));
        }
        let mut parts: Vec<Rc<ExcObj>> = raised.into_iter().map(|e| e.0).collect();
        if let Some(r) = reraised {
            parts.push(r);
        }
        if parts.len() == 1 {
            return Ok(parts.pop().map(Exc));
        }
        let eg = make_group(ip, Value::str(""), parts)?;
        // A group made here has no traceback entry for this frame, as in CPython.
        eg.tb_frame.set(ip.cur_frame.get());
        Ok(Some(Exc(eg)))
    }
}

/// Whether `a` is (a part of) `b` raised again: the same traceback, cause and context (CPython's
/// `is_same_exception_metadata`).
fn same_metadata(a: &ExcObj, b: &ExcObj) -> bool {
    let same = |x: &Option<Rc<ExcObj>>, y: &Option<Rc<ExcObj>>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => Rc::ptr_eq(x, y),
        _ => false,
    };
    let (ta, tb) = (a.traceback.borrow(), b.traceback.borrow());
    a.tb_frame.get() == b.tb_frame.get()
        && ta.len() == tb.len()
        && ta
            .iter()
            .zip(tb.iter())
            .all(|(x, y)| x.file_id == y.file_id && x.pos == y.pos && x.name == y.name)
        && same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
}

fn leaf_ids(ip: &Interp, e: &Rc<ExcObj>, out: &mut FxHashSet<usize>) {
    // Without recursion: groups can nest deeper than the native stack allows.
    let mut todo = vec![e.clone()];
    while let Some(e) = todo.pop() {
        if is_group(ip, &e) {
            todo.extend(members(&e));
        } else {
            out.insert(Rc::as_ptr(&e) as usize);
        }
    }
}
