//! The sync path: plain recursive functions over the statements and expressions that cannot
//! suspend. No allocation per node; locals are slots, globals are module slots.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::eval::call::{call_value, Args};
use crate::eval::call_errors::name_call_error;
use crate::eval::{ops, Ctl, Frame, Interp};
use crate::intern::Symbol;
use crate::runtime::attr_cache::AttrSite;
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::{Function, Kwargs};
use crate::runtime::value::Value;
use crate::syntax::ast::*;

#[inline]
pub fn exec_block(ip: &Interp, f: &mut Frame, stmts: &[Stmt]) -> PyResult<Ctl> {
    for s in stmts {
        let c = exec_stmt(ip, f, s)?;
        if c != Ctl::Normal {
            return Ok(c);
        }
    }
    Ok(Ctl::Normal)
}

/// Raised for a construct the parser accepts but the evaluator does not run yet.
pub fn not_yet(ip: &Interp, what: &str) -> Exc {
    ip.err(
        ExcKind::NotImplementedError,
        format!("corun does not support {} yet", what),
    )
}

/// Runs one statement. The statements met on every turn of a loop or every call (an expression,
/// a simple assignment, `return`, `if`) are run by this small function; the rest by
/// `exec_stmt_other`, whose frame is large.
pub fn exec_stmt(ip: &Interp, f: &mut Frame, s: &Stmt) -> PyResult<Ctl> {
    ip.cur_pos.set(s.span.start);
    match &s.kind {
        StmtKind::Expr(e) => {
            discard(eval_leaf(ip, f, e)?);
            Ok(Ctl::Normal)
        }
        StmtKind::Assign { targets, value } if targets.len() == 1 => {
            if let ExprKind::Tuple(values) = &value.kind {
                assign_display(ip, f, &targets[0], value, values)?;
                return Ok(Ctl::Normal);
            }
            let v = eval_leaf(ip, f, value)?;
            assign(ip, f, &targets[0], v)?;
            Ok(Ctl::Normal)
        }
        StmtKind::Return(v) => {
            let v = match v {
                Some(e) => eval_leaf(ip, f, e)?,
                None => Value::None,
            };
            discard(std::mem::replace(&mut f.ret, v));
            Ok(Ctl::Return)
        }
        StmtKind::AugAssign {
            target:
                target @ Expr {
                    kind:
                        ExprKind::Name {
                            scope: NameRef::Local(i),
                            id,
                        },
                    ..
                },
            op,
            value,
        } => {
            aug_assign_local(ip, f, target, *i as usize, *id, *op, value)?;
            Ok(Ctl::Normal)
        }
        StmtKind::If { test, body, orelse } => {
            let branch = if eval_cond(ip, f, test)? {
                body
            } else {
                orelse
            };
            if branch.is_empty() {
                return Ok(Ctl::Normal);
            }
            exec_block(ip, f, branch)
        }
        _ => exec_stmt_other(ip, f, s),
    }
}

/// The names of a `for` (or comprehension) target that takes each item of `it` apart as the
/// iterator makes it (`for i, x in enumerate(xs)`, `for k, v in d.items()`, `for a, b in
/// zip(xs, ys)`): no tuple is made for an item, as nothing but the target could see it.
#[inline]
fn split_target<'e>(target: &'e Expr, it: &ops::Iter) -> Option<&'e [Expr]> {
    match &target.kind {
        ExprKind::Tuple(items) | ExprKind::List(items)
            if it.splits_into(items.len())
                && !items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) =>
        {
            Some(items)
        }
        _ => None,
    }
}

/// Assigns an item from `Iter::next_parts` to a target: its parts to the names, in order.
#[inline(always)]
fn assign_next(
    ip: &Interp,
    f: &mut Frame,
    target: &Expr,
    items: &[Expr],
    parts: &mut SmallVec<[Value; 4]>,
    next: ops::NextItem,
) -> PyResult<()> {
    match next {
        ops::NextItem::Whole(v) => assign(ip, f, target, v),
        _ => {
            for (t, x) in items.iter().zip(parts.drain(..)) {
                assign(ip, f, t, x)?;
            }
            Ok(())
        }
    }
}

/// A `for` loop whose target takes each item apart (see `split_target`).
#[inline(never)]
fn for_split(
    ip: &Interp,
    f: &mut Frame,
    s: &Stmt,
    mut it: ops::Iter,
    items: &[Expr],
    body: &[Stmt],
    orelse: &[Stmt],
) -> PyResult<Ctl> {
    let StmtKind::For { target, .. } = &s.kind else {
        unreachable!("for_split runs a `for`")
    };
    let mut parts: SmallVec<[Value; 4]> = SmallVec::new();
    loop {
        let next = it
            .next_parts(ip, &mut parts)
            .map_err(|e| at_stmt(ip, s, e))?;
        if let ops::NextItem::Done = next {
            break;
        }
        crate::signals::poll(ip)?;
        assign_next(ip, f, target, items, &mut parts, next).map_err(|e| at_stmt(ip, s, e))?;
        match exec_block(ip, f, body)? {
            Ctl::Break => return Ok(Ctl::Normal),
            Ctl::Return => return Ok(Ctl::Return),
            _ => {}
        }
    }
    exec_block(ip, f, orelse)
}

#[inline(never)]
/// An error raised by a compound statement's own step (a `for` loop's next item): this frame's
/// traceback entry names the statement's first line, not that of the last statement its body ran.
#[cold]
fn at_stmt(ip: &Interp, s: &Stmt, e: Exc) -> Exc {
    ip.cur_pos.set(s.span.start);
    e
}

fn exec_stmt_other(ip: &Interp, f: &mut Frame, s: &Stmt) -> PyResult<Ctl> {
    match &s.kind {
        // Run by `exec_stmt` itself.
        StmtKind::Expr(_) | StmtKind::Return(_) | StmtKind::If { .. } => {
            return exec_stmt(ip, f, s)
        }
        StmtKind::Assign { targets, value } => {
            let v = eval_leaf(ip, f, value)?;
            if targets.len() == 1 {
                assign(ip, f, &targets[0], v)?;
            } else {
                for t in targets {
                    assign(ip, f, t, v.clone())?;
                }
            }
        }
        StmtKind::AugAssign { target, op, value } => {
            aug_assign(ip, f, target, *op, value)?;
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            if let Some(v) = value {
                let v = eval(ip, f, v)?;
                assign(ip, f, target, v)?;
            }
            // In a class body, `name: T` records T in the class's `__annotations__`.
            if let (
                true,
                ExprKind::Name {
                    id,
                    scope: NameRef::Dynamic,
                },
            ) = (*simple, &target.kind)
            {
                if let Some(ns) = crate::eval::namespace::innermost(ip) {
                    let t = eval(ip, f, annotation)?;
                    let key = crate::intern::sym::__annotations__;
                    let anns = match ns.get(ip, key)? {
                        Some(a) => a,
                        None => {
                            let d = Value::Dict(crate::runtime::dict::PyDict::new());
                            ns.set(ip, key, d.clone())?;
                            d
                        }
                    };
                    ops::setitem(ip, &anns, &Value::str(id.as_str()), t)?;
                }
            }
            // At module level, in the module's `__annotations__` (made before the body ran).
            if let (
                true,
                ExprKind::Name {
                    id,
                    scope: NameRef::Global { .. },
                },
            ) = (*simple, &target.kind)
            {
                let t = eval(ip, f, annotation)?;
                let Some(anns) = f.module.get(crate::intern::sym::__annotations__) else {
                    return Err(ip.err(ExcKind::NameError, "__annotations__ not found"));
                };
                crate::eval::ops::setitem(ip, &anns, &Value::str(id.as_str()), t)?;
            }
        }
        StmtKind::FunctionDef { def, target } => {
            let func = make_function(ip, f, def)?;
            store_name(ip, f, target.id, target.scope, func)?;
        }
        StmtKind::ClassDef { def, target } => {
            let cls = crate::eval::classes::exec_class_def(ip, f, def)?;
            store_name(ip, f, target.id, target.scope, cls)?;
        }
        StmtKind::Delete(targets) => {
            for t in targets {
                delete(ip, f, t)?;
            }
        }
        StmtKind::Pass => {}
        StmtKind::Break => return Ok(Ctl::Break),
        StmtKind::Continue => return Ok(Ctl::Continue),
        StmtKind::While { test, body, orelse } => loop {
            crate::signals::poll(ip)?;
            if !eval_cond(ip, f, test)? {
                return exec_block(ip, f, orelse);
            }
            match exec_block(ip, f, body)? {
                Ctl::Break => return Ok(Ctl::Normal),
                Ctl::Return => return Ok(Ctl::Return),
                _ => {}
            }
        },
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            let it = eval(ip, f, iter)?;
            let mut it = ops::iter(ip, &it)?;
            if let Some(items) = split_target(target, &it) {
                return for_split(ip, f, s, it, items, body, orelse);
            }
            while let Some(v) = it.next_fast(ip).map_err(|e| at_stmt(ip, s, e))? {
                crate::signals::poll(ip)?;
                assign(ip, f, target, v).map_err(|e| at_stmt(ip, s, e))?;
                match exec_block(ip, f, body)? {
                    Ctl::Break => return Ok(Ctl::Normal),
                    Ctl::Return => return Ok(Ctl::Return),
                    _ => {}
                }
            }
            return exec_block(ip, f, orelse);
        }
        StmtKind::With { items, body, .. } => {
            return crate::eval::with_stmt::exec_with(ip, f, items, body)
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => {
            let r = match exec_block(ip, f, body) {
                Ok(c) => {
                    if c == Ctl::Normal {
                        exec_block(ip, f, orelse)
                    } else {
                        Ok(c)
                    }
                }
                Err(e) if *is_star => crate::eval::except_star::handle_star(ip, f, handlers, e),
                Err(e) => handle_exception(ip, f, handlers, e),
            };
            if finalbody.is_empty() {
                return r;
            }
            let saved_ret = f.ret.clone();
            // A `finally` run by an exception runs while it is being handled.
            let fin = match &r {
                Err(e) => {
                    ip.enter_handler(e);
                    let fin = exec_block(ip, f, finalbody);
                    ip.leave_handler(e);
                    fin.map_err(|e2| chain_context(e2, e))
                }
                Ok(_) => exec_block(ip, f, finalbody),
            }?;
            match fin {
                Ctl::Normal => {
                    f.ret = saved_ret;
                    return r;
                }
                other => {
                    if other != Ctl::Return {
                        // A `break`/`continue` in `finally` drops the pending return.
                        f.ret = Value::None;
                    }
                    return Ok(other);
                }
            }
        }
        StmtKind::Raise { exc, cause } => {
            let e = match exc {
                Some(x) => {
                    let v = eval(ip, f, x)?;
                    let e = make_exception(ip, v)?;
                    // `raise e` of an exception raised before adds this frame's entry again.
                    e.0.tb_frame.set(u32::MAX);
                    raise_context(ip, &e);
                    e
                }
                None => match &f.handling {
                    Some(e) => return Err(e.clone()),
                    // Outside an `except` of its own frame, a bare `raise` re-raises the
                    // exception a caller is handling (CPython's `sys.exc_info()`).
                    None => {
                        let handled = ip.handled.borrow().last().cloned();
                        return Err(handled.unwrap_or_else(|| {
                            ip.err(ExcKind::RuntimeError, "No active exception to reraise")
                        }));
                    }
                },
            };
            if let Some(c) = cause {
                let c = eval(ip, f, c)?;
                let cause = match c {
                    Value::None => None,
                    other => Some(make_exception(ip, other)?.0),
                };
                *e.0.cause.borrow_mut() = cause;
                e.0.suppress_context.set(true);
            }
            // CPython's traceback marks the statement (where it does not fill its line).
            e.leaves(s.span.start, s.span.end);
            return Err(e);
        }
        StmtKind::Assert { test, msg } => {
            // A condition: `assert a or b` asks `a` for its truth once, as CPython does.
            if !eval_cond(ip, f, test)? {
                let args = match msg {
                    Some(m) => vec![eval(ip, f, m)?],
                    None => vec![],
                };
                // CPython locates the failed assertion at its condition.
                return noted(
                    test,
                    Err(Exc(ExcObj::new(
                        ip.exc_class(ExcKind::AssertionError).clone(),
                        args,
                    ))),
                );
            }
        }
        StmtKind::Import(aliases) => {
            if let Some(hook) = crate::eval::import_hook::overridden(ip) {
                return crate::eval::import_hook::import(ip, f, &hook, s).map(|_| Ctl::Normal);
            }
            for a in aliases {
                let module = crate::runtime::modules::import(ip, &a.name)?;
                let bound = if a.asname.is_some() || a.name.parts.len() == 1 {
                    module
                } else {
                    crate::runtime::modules::import_top(ip, &a.name)?
                };
                store_name(ip, f, a.bind.id, a.bind.scope, bound)?;
            }
        }
        StmtKind::ImportFrom {
            module,
            names,
            star,
            level,
        } => {
            if let Some(hook) = crate::eval::import_hook::overridden(ip) {
                return crate::eval::import_hook::import(ip, f, &hook, s).map(|_| Ctl::Normal);
            }
            let module = crate::runtime::modules::absolute_name(
                ip,
                f.module,
                module.as_ref(),
                *level,
                s.span,
            )?;
            let m = crate::runtime::modules::import(ip, &module)?;
            let mname = module
                .parts
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join(".");
            if *star {
                for (name, v) in crate::runtime::modules::star_names(ip, &m)? {
                    // Only module and class bodies may `import *`.
                    store_name(ip, f, name, NameRef::Dynamic, v)?;
                }
                return Ok(Ctl::Normal);
            }
            for a in names {
                let name = a.name.parts[0];
                let v = match ops::getattr(ip, &m, name) {
                    Ok(v) => v,
                    Err(_) => {
                        // `from package import submodule`.
                        let mut parts = module.parts.clone();
                        parts.push(name);
                        let sub = crate::syntax::ast::DottedName {
                            parts,
                            span: module.span,
                        };
                        let sub_name = format!("{mname}.{name}");
                        match crate::runtime::modules::import(ip, &sub) {
                            Ok(v) => v,
                            // Only the submodule itself missing is "cannot import name": a
                            // module it imports that is missing (or any other error) shows.
                            Err(e)
                                if !e.is_instance(ip.exc_class(ExcKind::ModuleNotFoundError))
                                    || !matches!(
                                        e.0.attrs.get(crate::intern::intern("name")),
                                        Some(Value::Str(n)) if *n.s == *sub_name
                                    ) =>
                            {
                                return Err(e)
                            }
                            Err(_) => {
                                let location = match &m {
                                    Value::Module(mo) => match mo.file_id.get() {
                                        Some(id) => ip.files.borrow()[id as usize].path.clone(),
                                        None => "unknown location".to_string(),
                                    },
                                    _ => "unknown location".to_string(),
                                };
                                let partly =
                                    matches!(&m, Value::Module(mo) if mo.initializing.get());
                                let path = if location != "unknown location" {
                                    Value::str(&location)
                                } else {
                                    Value::None
                                };
                                let err = ip.err(
                                    ExcKind::ImportError,
                                    if partly {
                                        format!(
                                            "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
                                            name, mname, location
                                        )
                                    } else {
                                        format!(
                                            "cannot import name '{}' from '{}' ({})",
                                            name, mname, location
                                        )
                                    },
                                );
                                err.0
                                    .attrs
                                    .set(crate::intern::intern("name"), Value::str(&mname));
                                err.0.attrs.set(crate::intern::intern("path"), path);
                                return Err(err);
                            }
                        }
                    }
                };
                store_name(ip, f, a.bind.id, a.bind.scope, v)?;
            }
        }
        StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        StmtKind::Match { subject, cases } => {
            let v = eval(ip, f, subject)?;
            for c in cases {
                if crate::eval::matching::match_case(ip, f, &c.pattern, &v)? {
                    if let Some(g) = &c.guard {
                        if !eval_cond(ip, f, g)? {
                            continue;
                        }
                    }
                    return exec_block(ip, f, &c.body);
                }
            }
        }
    }
    Ok(Ctl::Normal)
}

/// Runs the matching `except` handler of a try statement, or re-raises.
pub fn handle_exception(
    ip: &Interp,
    f: &mut Frame,
    handlers: &[ExceptHandler],
    e: Exc,
) -> PyResult<Ctl> {
    ip.traceback_here(&e);
    match find_handler(ip, f, handlers, &e)? {
        Some(h) => {
            if let Some(n) = &h.name {
                store_name(ip, f, n.id, n.scope, Value::Exception(e.0.clone()))?;
            }
            let outer = f.handling.replace(e.clone());
            ip.enter_handler(&e);
            let r = exec_block(ip, f, &h.body);
            ip.leave_handler(&e);
            f.handling = outer;
            let r = r.map_err(|inner| chain_context(inner, &e));
            if let Some(n) = &h.name {
                let _ = unbind(ip, f, n.id, n.scope);
            }
            r
        }
        None => Err(e),
    }
}

/// `raise e` while an exception is being handled (here or in a caller): that exception
/// becomes `e.__context__`, replacing any it had, as CPython sets it when an exception is
/// raised. A chain that would come back to `e` is cut where it would.
pub fn raise_context(ip: &Interp, e: &Exc) {
    e.0.context_fixed.set(true);
    let Some(handled) = ip.handled.borrow().last().map(|h| h.0.clone()) else {
        return;
    };
    if Rc::ptr_eq(&handled, &e.0) {
        return;
    }
    let mut o = handled.clone();
    // Bounded: a chain a program made circular by assignment ends the walk too.
    for _ in 0..10_000 {
        let next = o.context.borrow().clone();
        match next {
            Some(c) if Rc::ptr_eq(&c, &e.0) => {
                *o.context.borrow_mut() = None;
                break;
            }
            Some(c) => o = c,
            None => break,
        }
    }
    *e.0.context.borrow_mut() = Some(handled);
}

/// Sets `__context__` of an exception raised while handling another.
pub fn chain_context(inner: Exc, handled: &Exc) -> Exc {
    if !Rc::ptr_eq(&inner.0, &handled.0)
        && !inner.0.context_fixed.get()
        && inner.0.context.borrow().is_none()
    {
        *inner.0.context.borrow_mut() = Some(handled.0.clone());
    }
    inner
}

pub fn find_handler<'h>(
    ip: &Interp,
    f: &mut Frame,
    handlers: &'h [ExceptHandler],
    e: &Exc,
) -> PyResult<Option<&'h ExceptHandler>> {
    for h in handlers {
        let Some(t) = &h.typ else {
            return Ok(Some(h));
        };
        let tv = eval(ip, f, t)?;
        if exception_matches(ip, e, &tv)? {
            return Ok(Some(h));
        }
    }
    Ok(None)
}

pub fn exception_matches(ip: &Interp, e: &Exc, t: &Value) -> PyResult<bool> {
    match t {
        Value::Class(c) if c.kind == crate::runtime::object::ClassKind::Exception => {
            Ok(e.is_instance(c))
        }
        Value::Tuple(ts) => {
            for t in ts.items.iter() {
                if exception_matches(ip, e, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(ip.err(
            ExcKind::TypeError,
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

/// Turns the operand of `raise` into an exception: an instance, or a class to instantiate.
pub fn make_exception(ip: &Interp, v: Value) -> PyResult<Exc> {
    match v {
        Value::Exception(e) => Ok(Exc(e)),
        // A class of the program's is called, as CPython does: its `__new__` and `__init__`
        // run (and may raise, or return something else); a builtin class is made directly.
        Value::Class(c) if c.kind == crate::runtime::object::ClassKind::Exception && c.user => {
            construct_exception(ip, &c, Args::new(), true)
        }
        Value::Class(c) if c.kind == crate::runtime::object::ClassKind::Exception => {
            Ok(Exc(ExcObj::new(c, vec![])))
        }
        _ => Err(ip.err(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        )),
    }
}

/// Calls the exception class `c` of the program with `args`, as CPython makes the exception
/// of `raise C` (`raising`) or of `throw(C)`. What its `__new__` returns must be an exception;
/// one that is not an instance of `c` is given to `c` once more, as CPython normalises it.
pub fn construct_exception(
    ip: &Interp,
    c: &Rc<crate::runtime::object::Class>,
    mut args: Args,
    raising: bool,
) -> PyResult<Exc> {
    let class = Value::Class(c.clone());
    let bad = |ip: &Interp, other: &Value| -> PyResult<Exc> {
        let what = if raising {
            crate::runtime::repr::repr(ip, &Value::Class(ops::type_of(ip, other)))?
        } else {
            ops::type_name(ip, other)
        };
        Err(ip.err(
            ExcKind::TypeError,
            format!(
                "calling {} should have returned an instance of BaseException, not {what}",
                crate::runtime::repr::repr(ip, &class)?
            ),
        ))
    };
    let e = match call_value(ip, &class, &mut args, &[])? {
        Value::Exception(e) => e,
        other => return bad(ip, &other),
    };
    if Exc(e.clone()).is_instance(c) {
        return Ok(Exc(e));
    }
    let mut again: Args = Args::new();
    again.push(Value::Exception(e));
    match call_value(ip, &class, &mut again, &[])? {
        Value::Exception(e) => Ok(Exc(e)),
        other => bad(ip, &other),
    }
}

pub fn unbind(ip: &Interp, f: &mut Frame, id: Symbol, scope: NameRef) -> Option<()> {
    match scope {
        NameRef::Local(i) => f.locals[i as usize] = Value::Undef,
        // The old values are dropped after the borrows: dropping may run `__del__`.
        NameRef::Cell(i) => {
            let old = std::mem::replace(&mut *f.cells[i as usize].borrow_mut(), Value::Undef);
            drop(old);
        }
        NameRef::Global { slot, .. } => {
            let old = std::mem::replace(
                &mut f.module.slots.borrow_mut()[slot as usize],
                Value::Undef,
            );
            drop(old);
            crate::eval::dynamic::global_slot_changed(ip, f.module, slot).ok()?;
        }
        NameRef::Dynamic | NameRef::Unresolved => {
            if let Some(ns) = crate::eval::namespace::innermost(ip) {
                ns.remove(ip, id).ok()?;
            }
        }
    }
    Some(())
}

/// Makes a function object for `def`/`lambda`: defaults evaluated now, closure cells captured.
pub fn make_function(ip: &Interp, f: &mut Frame, def: &Rc<FunctionDef>) -> PyResult<Value> {
    // Decorator expressions are evaluated first, top down; applied last, bottom up.
    let mut decorators = Vec::with_capacity(def.decorators.len());
    for d in &def.decorators {
        decorators.push(eval(ip, f, d)?);
    }
    let p = &def.params;
    let mut defaults = Vec::new();
    for param in p.posonly.iter().chain(p.args.iter()) {
        if let Some(d) = &param.default {
            defaults.push(eval(ip, f, d)?);
        }
    }
    let mut kwdefaults = Vec::with_capacity(p.kwonly.len());
    for param in &p.kwonly {
        kwdefaults.push(match &param.default {
            Some(d) => eval(ip, f, d)?,
            None => Value::Undef,
        });
    }
    let annotations = annotations(ip, f, def)?;
    let closure = def
        .scope
        .free_from
        .iter()
        .map(|&i| f.cells[i as usize].clone())
        .collect();
    let func = Function::make(Function {
        def: crate::runtime::swap::Swap::new(def.clone()),
        module: f.module.clone(),
        file: ip.cur_file.get(),
        defaults: std::cell::RefCell::new(defaults),
        kwdefaults: std::cell::RefCell::new(kwdefaults),
        closure,
        name: std::cell::RefCell::new(Value::str(def.name.as_str())),
        qualname: std::cell::RefCell::new(Value::str(&def.qualname)),
        attrs: std::cell::RefCell::new(None),
        coro_names: std::cell::OnceCell::new(),
    });
    if let Some(a) = annotations {
        crate::runtime::function_attrs::set_annotations(&func, a);
    }
    let mut v = Value::Function(func);
    for dec in decorators.into_iter().rev() {
        let mut args = Args::new();
        args.push(v);
        v = call_value(ip, &dec, &mut args, &[])?;
    }
    Ok(v)
}

/// A module whose body annotates names gets an empty `__annotations__` before the body runs,
/// unless it has one (CPython's SETUP_ANNOTATIONS).
pub fn setup_annotations(m: &crate::runtime::object::ModuleObj, body: &[crate::syntax::ast::Stmt]) {
    if annotates(body) && m.get(crate::intern::sym::__annotations__).is_none() {
        m.set(
            crate::intern::sym::__annotations__,
            Value::Dict(crate::runtime::dict::PyDict::new()),
        );
    }
}

/// Whether a top level holds annotated assignments (so that CPython makes its
/// `__annotations__` before it runs).
pub fn annotates(body: &[crate::syntax::ast::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => annotates(body) || annotates(orelse),
        StmtKind::With { body, .. } => annotates(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            annotates(body)
                || handlers.iter().any(|h| annotates(&h.body))
                || annotates(orelse)
                || annotates(finalbody)
        }
        _ => false,
    })
}

/// The function's `__annotations__`, evaluated when the `def` runs (after the defaults, in
/// the order of the parameters, then `return`), or None when it has none.
fn annotations(ip: &Interp, f: &mut Frame, def: &FunctionDef) -> PyResult<Option<Value>> {
    let p = &def.params;
    let params = p.posonly.iter().chain(p.args.iter()).chain(p.vararg.iter());
    let params = params.chain(p.kwonly.iter()).chain(p.kwarg.iter());
    let mut found: Option<Rc<crate::runtime::dict::PyDict>> = None;
    let mut put = |ip: &Interp, name: &str, v: Value| -> PyResult<()> {
        let d = found.get_or_insert_with(crate::runtime::dict::PyDict::new);
        crate::runtime::dict::set(ip, d, Value::str(name), v)
    };
    for param in params {
        if let Some(a) = &param.annotation {
            let v = match &a.kind {
                // `*args: *Ts` (PEP 646): the one value that unpacking `Ts` gives.
                ExprKind::Starred(inner) => {
                    let whole = eval(ip, f, inner)?;
                    let (mut one, _) = unpack_values(ip, &whole, 1, None)?;
                    one.remove(0)
                }
                _ => eval(ip, f, a)?,
            };
            put(ip, param.name.as_str(), v)?;
        }
    }
    if let Some(r) = &def.returns {
        let v = eval(ip, f, r)?;
        put(ip, "return", v)?;
    }
    Ok(found.map(Value::Dict))
}

// ---- names ----

fn name_error(ip: &Interp, id: Symbol) -> Exc {
    ip.err(ExcKind::NameError, format!("name '{}' is not defined", id))
}

pub fn unbound_local(ip: &Interp, id: Symbol) -> Exc {
    ip.err(
        ExcKind::UnboundLocalError,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            id
        ),
    )
}

#[inline]
pub fn load_name(ip: &Interp, f: &Frame, id: Symbol, scope: NameRef) -> PyResult<Value> {
    match scope {
        NameRef::Local(i) => match &f.locals[i as usize] {
            Value::Undef => Err(unbound_local(ip, id)),
            v => Ok(clone_value(v)),
        },
        NameRef::Global { slot, builtin } => {
            if let Some(v) = f.module.slots.borrow().get(slot as usize) {
                match v {
                    // Most globals read in hot code are functions: clone the Rc inline.
                    Value::Function(func) => return Ok(Value::Function(func.clone())),
                    Value::Undef => {}
                    v => return Ok(v.clone()),
                }
            }
            if builtin != u32::MAX {
                match ip.builtin_slot(builtin) {
                    Value::Undef => {}
                    // The module's own `__spec__`, not yet made, comes before the builtins'.
                    _ if f.module.import_attrs_pending.get()
                        && crate::runtime::modules::is_import_attr(id) => {}
                    v => return Ok(v),
                }
            }
            match crate::eval::dynamic::missing_global(ip, f.module, id) {
                Some(v) => Ok(v),
                None => Err(name_error(ip, id)),
            }
        }
        NameRef::Cell(i) => {
            let v = f.cells[i as usize].borrow().clone();
            if matches!(v, Value::Undef) {
                return Err(ip.err(
                    ExcKind::NameError,
                    format!(
                        "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                        id
                    ),
                ));
            }
            Ok(v)
        }
        NameRef::Dynamic | NameRef::Unresolved => {
            if let Some(ns) = crate::eval::namespace::innermost(ip) {
                if let Some(v) = ns.get(ip, id)? {
                    return Ok(v);
                }
            }
            if let Some(v) = f.module.get(id) {
                return Ok(v);
            }
            if f.module.import_attrs_pending.get() && crate::runtime::modules::is_import_attr(id) {
                crate::runtime::modules::fill_import_attrs(ip, f.module);
                if let Some(v) = f.module.get(id) {
                    return Ok(v);
                }
            }
            // (Code run by `exec` with a `__builtins__` of its own sees only that.)
            if let Some(v) = ip.builtins_module.get(id) {
                if !crate::eval::dynamic::own_builtins(ip, f.module) {
                    return Ok(v);
                }
            }
            match crate::eval::dynamic::missing_global(ip, f.module, id) {
                Some(v) => Ok(v),
                None => Err(name_error(ip, id)),
            }
        }
    }
}

#[inline]
pub fn store_name(
    ip: &Interp,
    f: &mut Frame,
    id: Symbol,
    scope: NameRef,
    v: Value,
) -> PyResult<()> {
    match scope {
        NameRef::Local(i) => f.locals[i as usize] = v,
        NameRef::Global { slot, .. } => {
            let old = std::mem::replace(&mut f.module.slots.borrow_mut()[slot as usize], v);
            drop(old);
            crate::eval::dynamic::global_slot_changed(ip, f.module, slot)?;
        }
        NameRef::Cell(i) => {
            let old = std::mem::replace(&mut *f.cells[i as usize].borrow_mut(), v);
            drop(old);
        }
        NameRef::Dynamic | NameRef::Unresolved => match crate::eval::namespace::innermost(ip) {
            Some(ns) => ns.set(ip, id, v)?,
            None => f.module.set(id, v),
        },
    }
    Ok(())
}

/// Assigns `v` to a target: a local variable right here, anything else out of line.
#[inline]
pub fn assign(ip: &Interp, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
    if let ExprKind::Name {
        scope: NameRef::Local(i),
        ..
    } = &target.kind
    {
        discard(std::mem::replace(&mut f.locals[*i as usize], v));
        return Ok(());
    }
    assign_other(ip, f, target, v)
}

#[inline(never)]
fn assign_other(ip: &Interp, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
    noted(target, assign_to(ip, f, target, v))
}

#[inline(always)]
fn assign_to(ip: &Interp, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name { id, scope } => store_name(ip, f, *id, *scope, v),
        ExprKind::Tuple(items) | ExprKind::List(items) => unpack(ip, f, items, v),
        ExprKind::Attribute { value, attr, site } => {
            // `self.x = v`: the local read in place, and an instance's own attribute set
            // straight.
            if let Some(obj) = leaf_ref(f, value) {
                let v = match crate::eval::classes::set_instance_attr_at(obj, *attr, v, site) {
                    Ok(()) => return Ok(()),
                    Err(v) => v,
                };
                return match crate::eval::classes::property_set_at(ip, obj, *attr, v, site) {
                    Ok(r) => r,
                    Err(v) => ops::setattr(ip, obj, *attr, v),
                };
            }
            let obj = eval(ip, f, value)?;
            ops::setattr(ip, &obj, *attr, v)
        }
        ExprKind::Subscript { value, slice } => {
            // `counts[w] = v` with locals or constants: read in place, not cloned.
            if let (Some(obj), Some(idx)) = (leaf_ref(f, value), leaf_ref(f, slice)) {
                return ops::setitem(ip, obj, idx, v);
            }
            let obj = eval_leaf(ip, f, value)?;
            if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                let (lo, hi, st) = slice_bounds(ip, f, lower, upper, step)?;
                return set_slice(ip, &obj, &lo, &hi, &st, Some(v));
            }
            let idx = eval_leaf(ip, f, slice)?;
            ops::setitem(ip, &obj, &idx, v)
        }
        _ => Err(not_yet(ip, "this assignment target")),
    }
}

type Bound = Option<Box<Expr>>;

/// The three parts of a slice, evaluated (`None` where left out).
fn slice_bounds(
    ip: &Interp,
    f: &mut Frame,
    lower: &Bound,
    upper: &Bound,
    step: &Bound,
) -> PyResult<(Value, Value, Value)> {
    let mut part = |b: &Bound| -> PyResult<Value> {
        match b {
            Some(e) => eval(ip, f, e),
            None => Ok(Value::None),
        }
    };
    Ok((part(lower)?, part(upper)?, part(step)?))
}

/// `xs[lo:hi:step] = v` (with `Some(v)`) or `del xs[lo:hi:step]` (with `None`), for lists.
pub(crate) fn set_slice(
    ip: &Interp,
    obj: &Value,
    lo: &Value,
    hi: &Value,
    st: &Value,
    v: Option<Value>,
) -> PyResult<()> {
    let Value::List(l) = obj else {
        // Anything else is given a slice object (a user `__setitem__`, a list subclass, …).
        let s = crate::stdlib::slice::make(ip, lo.clone(), hi.clone(), st.clone());
        return match v {
            Some(v) => ops::setitem(ip, obj, &s, v),
            None => ops::delitem(ip, obj, &s),
        };
    };
    // CPython's `list_ass_subscript`: the bounds first (their `__index__` runs), then the
    // length of the list as it is then.
    let u = crate::stdlib::slice::unpack(ip, lo, hi, st)?;
    let sel = u.on(l.items.borrow().len());
    if sel.step == 1 {
        // `list_ass_slice`: the new items are collected first (an iterator may change the
        // list), then the bounds are clamped to the list as it is.
        let mut new = match v {
            None => Vec::new(),
            Some(Value::List(src)) if Rc::ptr_eq(&src, l) => src.items.borrow().clone(),
            // A list nothing else holds (`xs[:k] = xs[k::-1]`): its items are taken, not copied.
            Some(Value::List(src)) if Rc::strong_count(&src) == 1 && Rc::weak_count(&src) == 0 => {
                std::mem::take(&mut *src.items.borrow_mut())
            }
            Some(v) => sequence_fast(ip, &v, "can only assign an iterable")?,
        };
        let mut items = l.items.borrow_mut();
        let n = items.len() as i64;
        let lo = sel.start.clamp(0, n) as usize;
        let hi = sel.stop.clamp(lo as i64, n) as usize;
        if hi - lo == new.len() {
            // As many items as replaced: swapped in place; the old ones are dropped after the
            // borrow ends (a `__del__` may look at the list).
            items[lo..hi].swap_with_slice(&mut new);
            drop(items);
            drop_last_first(new);
            return Ok(());
        }
        let old: Vec<Value> = items.splice(lo..hi, new).collect();
        drop(items);
        drop_last_first(old);
        return Ok(());
    }
    match v {
        None => {
            if sel.count == 0 {
                return Ok(());
            }
            // Every `step`-th item from the lowest selected position goes.
            let (low, step) = if sel.step < 0 {
                (sel.start + sel.step * (sel.count as i64 - 1), -sel.step)
            } else {
                (sel.start, sel.step)
            };
            let (low, step, high) = (
                low as usize,
                step as usize,
                low as usize + (sel.count - 1) * step as usize,
            );
            let mut items = l.items.borrow_mut();
            let old = std::mem::take(&mut *items);
            let mut removed = Vec::with_capacity(sel.count);
            for (i, x) in old.into_iter().enumerate() {
                if i >= low && i <= high && (i - low) % step == 0 {
                    removed.push(x);
                } else {
                    items.push(x);
                }
            }
            drop(items);
            drop(removed);
            Ok(())
        }
        Some(v) => {
            let new = match &v {
                Value::List(src) if Rc::ptr_eq(src, l) => src.items.borrow().clone(),
                _ => sequence_fast(ip, &v, "must assign iterable to extended slice")?,
            };
            // Collecting may have run code that changed the list: select again on it as it is.
            let sel = u.on(l.items.borrow().len());
            if new.len() != sel.count {
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new.len(),
                        sel.count
                    ),
                ));
            }
            let mut items = l.items.borrow_mut();
            let mut old = Vec::with_capacity(new.len());
            for (i, x) in sel.positions().zip(new) {
                old.push(std::mem::replace(&mut items[i], x));
            }
            drop(items);
            drop(old);
            Ok(())
        }
    }
}

/// Drops items taken out of a list last first, as CPython does (what `__del__` methods print
/// comes in that order).
fn drop_last_first(mut old: Vec<Value>) {
    while let Some(x) = old.pop() {
        discard(x);
    }
}

/// CPython's `PySequence_Fast`: the items of an iterable; a TypeError from getting its
/// iterator becomes `msg` (errors while iterating pass through).
fn sequence_fast(ip: &Interp, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Value::List(_) | Value::Tuple(_) = v {
        return ops::collect(ip, v);
    }
    let mut it = ops::iter(ip, v).map_err(|e| {
        if e.is_instance(ip.exc_class(ExcKind::TypeError)) {
            ip.err(ExcKind::TypeError, msg)
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(x) = it.next_checked(ip)? {
        out.push(x);
    }
    Ok(out)
}

/// `target = (x, y, ...)`. `a, b = b, a` with as many plain targets as values assigns the
/// values as they come, without making the tuple, which nothing could see (CPython swaps them
/// on its stack); anything else makes the tuple and assigns it.
#[inline(never)]
fn assign_display(
    ip: &Interp,
    f: &mut Frame,
    target: &Expr,
    value: &Expr,
    values: &[Expr],
) -> PyResult<()> {
    let plain = |e: &Expr| !matches!(e.kind, ExprKind::Starred(_));
    match &target.kind {
        ExprKind::Tuple(items) | ExprKind::List(items)
            if items.len() == values.len()
                && items.iter().all(plain)
                && values.iter().all(plain) =>
        {
            // The swap of two: no vector to fill, move and drop.
            if let ([t0, t1], [x0, x1]) = (&items[..], values) {
                let v0 = eval_leaf(ip, f, x0)?;
                let v1 = eval_leaf(ip, f, x1)?;
                // A local target (`a, b = b, a`) is stored here, not in a call.
                assign_item(ip, f, t0, v0)?;
                return assign_item(ip, f, t1, v1);
            }
            let mut vs: SmallVec<[Value; 4]> = SmallVec::with_capacity(values.len());
            for x in values {
                vs.push(eval_leaf(ip, f, x)?);
            }
            for (t, v) in items.iter().zip(vs) {
                assign_item(ip, f, t, v)?;
            }
            Ok(())
        }
        _ => {
            let v = eval(ip, f, value)?;
            assign(ip, f, target, v)
        }
    }
}

/// `a, b = v`. A tuple or list of the right length with no starred target (the common case:
/// a returned pair, a dict item, an `enumerate` pair, a row of a list of lists) is taken apart
/// here, each local target stored in place; anything else is `unpack_general`'s.
fn unpack(ip: &Interp, f: &mut Frame, items: &[Expr], v: Value) -> PyResult<()> {
    let n = items.len();
    match &v {
        Value::Tuple(t) if t.items.len() == n => {
            if all_locals(items) {
                // `v` keeps the tuple alive; an old value's `__del__` cannot change it.
                let slots = &mut f.locals[..];
                for (target, x) in items.iter().zip(t.items.iter()) {
                    if let Some(i) = local_slot(target) {
                        discard(std::mem::replace(&mut slots[i], clone_value(x)));
                    }
                }
                return Ok(());
            }
            if items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
                return unpack_general(ip, f, items, v);
            }
            for (target, x) in items.iter().zip(t.items.iter()) {
                assign_item(ip, f, target, clone_value(x))?;
            }
            Ok(())
        }
        Value::List(l) if all_locals(items) => {
            let src = l.items.borrow();
            if src.len() != n {
                drop(src);
                return unpack_general(ip, f, items, v);
            }
            // Every item is stored before any old value is dropped: a `__del__` may change
            // the list, which is borrowed meanwhile (CPython takes all the items first, too).
            let slots = &mut f.locals[..];
            let mut olds: SmallVec<[Value; 8]> = SmallVec::new();
            for (target, x) in items.iter().zip(src.iter()) {
                if let Some(i) = local_slot(target) {
                    let old = std::mem::replace(&mut slots[i], clone_value(x));
                    if owns_nothing(&old) {
                        std::mem::forget(old);
                    } else {
                        olds.push(old);
                    }
                }
            }
            drop(src);
            if olds.is_empty() {
                // Nothing to drop: skip the drop glue.
                std::mem::forget(olds);
            } else {
                drop(olds);
            }
            Ok(())
        }
        Value::List(l) => {
            // The items are copied out first: assigning (or an old value's `__del__`) may
            // change the list.
            let values: SmallVec<[Value; 4]> = {
                let l = l.items.borrow();
                if l.len() != n || items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
                    drop(l);
                    return unpack_general(ip, f, items, v);
                }
                l.iter().map(clone_value).collect()
            };
            for (target, x) in items.iter().zip(values) {
                assign_item(ip, f, target, x)?;
            }
            Ok(())
        }
        _ => unpack_general(ip, f, items, v),
    }
}

/// The slot of a target that is a plain local variable.
#[inline(always)]
fn local_slot(target: &Expr) -> Option<usize> {
    match target.kind {
        ExprKind::Name {
            scope: NameRef::Local(i),
            ..
        } => Some(i as usize),
        _ => None,
    }
}

/// Whether every target is a plain local variable (so none is starred, and storing runs no
/// code but the old values' drops).
#[inline(always)]
fn all_locals(items: &[Expr]) -> bool {
    items.iter().all(|e| local_slot(e).is_some())
}

/// Whether dropping `v` frees nothing (an immediate: no count, no `__del__`).
#[inline(always)]
fn owns_nothing(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Undef
    )
}

/// One item of an unpacking assigned: a local target stored in place.
#[inline(always)]
fn assign_item(ip: &Interp, f: &mut Frame, target: &Expr, x: Value) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name {
            scope: NameRef::Local(i),
            ..
        } => {
            discard(std::mem::replace(&mut f.locals[*i as usize], x));
            Ok(())
        }
        _ => assign_other(ip, f, target, x),
    }
}

#[inline(never)]
fn unpack_general(ip: &Interp, f: &mut Frame, items: &[Expr], v: Value) -> PyResult<()> {
    let star = items
        .iter()
        .position(|e| matches!(e.kind, ExprKind::Starred(_)));
    let (values, mut rest) = unpack_values(ip, &v, items.len(), star)?;
    let Some(si) = star else {
        for (t, x) in items.iter().zip(values) {
            assign(ip, f, t, x)?;
        }
        return Ok(());
    };
    let after = items.len() - si - 1;
    let tail = rest.split_off(rest.len() - after);
    for (t, x) in items[..si].iter().zip(values) {
        assign(ip, f, t, x)?;
    }
    if let ExprKind::Starred(inner) = &items[si].kind {
        assign(ip, f, inner, Value::list(rest))?;
    }
    for (t, x) in items[si + 1..].iter().zip(tail) {
        assign(ip, f, t, x)?;
    }
    Ok(())
}

/// The values of `v` for `n` targets, the one at `star` (if any) starred, with CPython's
/// errors: the values before the star, and with a star all the others.
fn unpack_values(
    ip: &Interp,
    v: &Value,
    n: usize,
    star: Option<usize>,
) -> PyResult<(smallvec::SmallVec<[Value; 4]>, Vec<Value>)> {
    let mut it = match ops::iter(ip, v) {
        Ok(it) => it,
        // An error raised by a user `__iter__` is the program's; anything else cannot be
        // iterated at all.
        Err(e) if crate::eval::classes::user_method(v, crate::intern::sym::__iter__).is_some() => {
            return Err(e)
        }
        Err(_) => {
            return Err(ip.err(
                ExcKind::TypeError,
                format!(
                    "cannot unpack non-iterable {} object",
                    ops::type_name(ip, v)
                ),
            ))
        }
    };
    // As CPython's `unpack_iterable`: no more items are taken than the targets need (and one
    // more, to know there are too many), so an endless iterator is not exhausted.
    let before = star.unwrap_or(n);
    let mut values: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
    while values.len() < before {
        match it.next_checked(ip)? {
            Some(x) => values.push(x),
            None => {
                return Err(ip.err(
                    ExcKind::ValueError,
                    match star {
                        None => format!(
                            "not enough values to unpack (expected {}, got {})",
                            n,
                            values.len()
                        ),
                        Some(_) => format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            n - 1,
                            values.len()
                        ),
                    },
                ))
            }
        }
    }
    let Some(si) = star else {
        if it.next_checked(ip)?.is_some() {
            return Err(ip.err(
                ExcKind::ValueError,
                format!("too many values to unpack (expected {})", n),
            ));
        }
        return Ok((values, Vec::new()));
    };
    let mut rest = Vec::new();
    while let Some(x) = it.next_checked(ip)? {
        rest.push(x);
    }
    if rest.len() < n - si - 1 {
        return Err(ip.err(
            ExcKind::ValueError,
            format!(
                "not enough values to unpack (expected at least {}, got {})",
                n - 1,
                si + rest.len()
            ),
        ));
    }
    Ok((values, rest))
}

fn delete(ip: &Interp, f: &mut Frame, target: &Expr) -> PyResult<()> {
    noted(target, delete_target(ip, f, target))
}

fn delete_target(ip: &Interp, f: &mut Frame, target: &Expr) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name { id, scope } => {
            if matches!(scope, NameRef::Dynamic) {
                if let Some(ns) = crate::eval::namespace::innermost(ip) {
                    return match ns.remove(ip, *id)? {
                        true => Ok(()),
                        false => Err(name_error(ip, *id)),
                    };
                }
            }
            load_name(ip, f, *id, *scope)?;
            unbind(ip, f, *id, *scope);
            Ok(())
        }
        ExprKind::Attribute { value, attr, .. } => {
            let obj = eval(ip, f, value)?;
            ops::delattr(ip, &obj, *attr)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for t in items {
                delete(ip, f, t)?;
            }
            Ok(())
        }
        ExprKind::Subscript { value, slice } => {
            let obj = eval(ip, f, value)?;
            if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                let (lo, hi, st) = slice_bounds(ip, f, lower, upper, step)?;
                return set_slice(ip, &obj, &lo, &hi, &st, None);
            }
            let k = eval(ip, f, slice)?;
            match &obj {
                Value::Instance(_) => ops::delitem(ip, &obj, &k),
                Value::Native(o) if crate::stdlib::has_delitem(o) => ops::delitem(ip, &obj, &k),
                Value::Dict(d) => {
                    let old = crate::runtime::dict::remove(ip, d, &k)?;
                    match old {
                        Some(_) => Ok(()),
                        None => Err(crate::runtime::dict::key_error(ip, &k)),
                    }
                }
                Value::List(l) => {
                    let Value::Int(i) = k else {
                        return ops::delitem(ip, &obj, &k);
                    };
                    let n = l.items.borrow().len();
                    match ops::seq_index(i, n) {
                        Some(j) => {
                            let old = l.items.borrow_mut().remove(j);
                            drop(old);
                            Ok(())
                        }
                        None => {
                            Err(ip.err(ExcKind::IndexError, "list assignment index out of range"))
                        }
                    }
                }
                _ => Err(ip.err(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object doesn't support item deletion",
                        ops::type_name(ip, &obj)
                    ),
                )),
            }
        }
        _ => Err(not_yet(ip, "this 'del' target")),
    }
}

/// `x op= value` with `x` a local variable (`total += x`, `k += 1`): run by `exec_stmt`
/// itself. The local is read first (unbound, it is the error, as CPython's `LOAD_FAST` comes
/// before the value), a value that is a local or a constant is used where it is, and the
/// result replaces the old value in its slot.
#[inline(always)]
fn aug_assign_local(
    ip: &Interp,
    f: &mut Frame,
    target: &Expr,
    i: usize,
    id: Symbol,
    op: BinOp,
    value: &Expr,
) -> PyResult<()> {
    if matches!(f.locals[i], Value::Undef) {
        return noted(target, Err(unbound_local(ip, id)));
    }
    let r = match leaf_ref(f, value) {
        Some(rhs) => inplace_op(ip, op, &f.locals[i], rhs)?,
        None => {
            let rhs = eval(ip, f, value)?;
            let r = inplace_op(ip, op, &f.locals[i], &rhs)?;
            discard(rhs);
            r
        }
    };
    discard(std::mem::replace(&mut f.locals[i], r));
    Ok(())
}

fn aug_assign(ip: &Interp, f: &mut Frame, target: &Expr, op: BinOp, value: &Expr) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name { id, scope } => {
            if let NameRef::Local(i) = scope {
                return aug_assign_local(ip, f, target, *i as usize, *id, op, value);
            }
            let cur = noted(target, load_name(ip, f, *id, *scope))?;
            let rhs = eval(ip, f, value)?;
            let r = inplace_op(ip, op, &cur, &rhs)?;
            noted(target, store_name(ip, f, *id, *scope, r))
        }
        ExprKind::Subscript { value: obj, slice } => {
            let o = eval(ip, f, obj)?;
            let k = eval(ip, f, slice)?;
            let cur = noted(target, ops::getitem(ip, &o, &k))?;
            let rhs = eval(ip, f, value)?;
            let r = inplace_op(ip, op, &cur, &rhs)?;
            noted(target, ops::setitem(ip, &o, &k, r))
        }
        ExprKind::Attribute {
            value: obj,
            attr,
            site,
        } => {
            // `self.n += x`: an instance's own attribute read and written straight, as
            // `self.n` and `self.n = v` are.
            let o = eval_leaf(ip, f, obj)?;
            let cur = match crate::eval::classes::instance_attr_at(&o, *attr, site) {
                Some(v) => v,
                None => noted(target, ops::getattr(ip, &o, *attr))?,
            };
            let rhs = eval_leaf(ip, f, value)?;
            let r = inplace_op(ip, op, &cur, &rhs)?;
            discard(cur);
            discard(rhs);
            match crate::eval::classes::set_instance_attr_at(&o, *attr, r, site) {
                Ok(()) => Ok(()),
                Err(r) => noted(target, ops::setattr(ip, &o, *attr, r)),
            }
        }
        _ => Err(not_yet(ip, "this augmented assignment target")),
    }
}

/// `a op= b`: lists extend in place, sets update in place; everything else is the binary
/// operator. Two ints go straight to it (the common `total += x`), and so does a float with a
/// float or int (no error can need the augmented operator's name then).
#[inline(always)]
pub fn inplace_op(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(_), Value::Int(_)) = (a, b) {
        return ops::binary_op(ip, op, a, b);
    }
    if let (Value::Float(_), Value::Float(_) | Value::Int(_)) = (a, b) {
        return ops::binary_op(ip, op, a, b);
    }
    inplace_other(ip, op, a, b)
}

/// Whether user object `v` has `__index__` (so it can repeat a sequence).
fn classes_index(v: &Value) -> bool {
    crate::eval::classes::user_method(v, crate::intern::sym::__index__).is_some()
}

#[inline(never)]
fn inplace_other(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Value::Instance(_) = a {
        if let Some(r) = crate::eval::classes::user_inplace(ip, op, a, b) {
            return r;
        }
        // A set subclass's instance updates its set in place and stays itself.
        if let Some(base @ Value::Set(_)) = crate::eval::classes::base_of(a) {
            if crate::runtime::set::inplace(ip, op, base, b)?.is_some() {
                return Ok(a.clone());
            }
        }
    }
    if let Value::Set(_) = a {
        if let Some(r) = crate::runtime::set::inplace(ip, op, a, b)? {
            return Ok(r);
        }
    }
    if let (BinOp::BitOr, Value::Dict(d)) = (op, a) {
        // `d |= other` updates in place from any mapping or iterable of pairs.
        dict_merge(ip, d, b)?;
        return Ok(a.clone());
    }
    // A list (or a list subclass's instance) grows in place and stays itself.
    let list = match a {
        Value::List(l) => Some(l),
        _ => match crate::eval::classes::base_of(a) {
            Some(Value::List(l)) => Some(l),
            _ => None,
        },
    };
    if let Some(l) = list {
        match op {
            BinOp::Add => {
                crate::runtime::lists::extend_list(ip, l, b)?;
                return Ok(a.clone());
            }
            BinOp::Mult if !matches!(b, Value::Instance(_)) || classes_index(b) => {
                crate::runtime::lists::repeat_in_place(ip, l, b)?;
                return Ok(a.clone());
            }
            _ => {}
        }
    }
    if let Value::Native(_) | Value::Instance(_) = a {
        if let Some(r) = crate::runtime::bytearray::inplace(ip, op, a, b)? {
            return Ok(r);
        }
    }
    ops::binary_op(ip, op, a, b).inspect_err(|e| {
        // CPython names the augmented operator: "unsupported operand type(s) for |=: ...".
        let plain = format!(
            "unsupported operand type(s) for {}: ",
            if op == BinOp::Pow {
                "** or pow()"
            } else {
                op.symbol()
            }
        );
        let mut args = e.0.args.borrow_mut();
        if let [Value::Str(m)] = &args[..] {
            if let Some(rest) = m.s.strip_prefix(&plain) {
                let msg = format!("unsupported operand type(s) for {}=: {}", op.symbol(), rest);
                args[0] = Value::string(msg);
            }
        }
        drop(args);
    })
}

// ---- expressions ----

/// Evaluates `e`, handling the leaves (a local, a constant) right here without entering `eval`:
/// most operands are leaves, and `eval` is a large function to enter.
#[inline(always)]
pub fn eval_leaf(ip: &Interp, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    noted(e, eval_leaf_kind(ip, f, e))
}

#[inline(always)]
fn eval_leaf_kind(ip: &Interp, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::Name {
            scope: NameRef::Local(i),
            id,
        } => match &f.locals[*i as usize] {
            Value::Undef => Err(unbound_local(ip, *id)),
            v => Ok(clone_value(v)),
        },
        ExprKind::Constant(v) => Ok(clone_value(v)),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => eval_call(ip, f, e, func, args, keywords),
        // `n - 1`, `i % 13`: an operator on two leaves, without entering `eval`.
        ExprKind::BinOp { left, op, right } => match (leaf_ref(f, left), leaf_ref(f, right)) {
            (Some(a), Some(b)) => ops::binary_op(ip, *op, a, b),
            _ => eval_binop(ip, f, left, *op, right),
        },
        ExprKind::Attribute { value, attr, site } => eval_attribute(ip, f, value, *attr, site),
        ExprKind::Name { .. } => eval(ip, f, e),
        _ => eval_other(ip, f, e),
    }
}

/// `left op right` with an operand that is not a leaf (`fib(n - 1) + fib(n - 2)`): a small
/// function of its own, so such an operation does not pay for entering `eval`, whose frame is
/// large.
#[inline(never)]
fn eval_binop(ip: &Interp, f: &mut Frame, left: &Expr, op: BinOp, right: &Expr) -> PyResult<Value> {
    let a = eval_leaf(ip, f, left)?;
    let b = eval_leaf(ip, f, right)?;
    let r = ops::binary_op(ip, op, &a, &b);
    discard(a);
    discard(b);
    r
}

/// A leaf operand (a bound local or a constant) by reference, so an operation that only reads
/// it needs no clone.
#[inline(always)]
fn leaf_ref<'e>(f: &'e Frame, e: &'e Expr) -> Option<&'e Value> {
    match &e.kind {
        ExprKind::Name {
            scope: NameRef::Local(i),
            ..
        } => match &f.locals[*i as usize] {
            Value::Undef => None,
            v => Some(v),
        },
        ExprKind::Constant(v) => Some(v),
        _ => None,
    }
}

/// Drops a value, skipping the drop glue for the immediates (ints, floats, bools, None), which
/// own nothing.
#[inline(always)]
pub fn discard(v: Value) {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => std::mem::forget(v),
        // The common objects: the count goes down inline, and only the last reference calls
        // out to free the object.
        Value::Str(s) => drop(s),
        Value::List(l) => drop(l),
        Value::Dict(d) => drop(d),
        other => drop(other),
    }
}

/// A copy of a local's value: the immediates and the common objects inline (the derived clone
/// is a call through a jump table over every kind).
#[inline(always)]
pub fn clone_value(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Float(x) => Value::Float(*x),
        Value::Str(s) => Value::Str(s.clone()),
        Value::List(l) => Value::List(l.clone()),
        Value::Tuple(t) => Value::Tuple(t.clone()),
        Value::Dict(d) => Value::Dict(d.clone()),
        Value::Instance(i) => Value::Instance(i.clone()),
        other => other.clone(),
    }
}

/// Empties a call's arguments (its frame's slots, after the call), skipping the drop glue
/// when they are all immediates kept inline. Leaves `a` empty.
#[inline(always)]
pub fn discard_args(a: &mut Args) {
    if !a.spilled() && a.iter().all(owns_nothing) {
        // Nothing to free: the values own nothing and the storage is inline.
        std::mem::forget(std::mem::take(a));
    } else {
        a.clear();
    }
}

/// The truth of a condition (`if`, `while`, `elif`): comparisons and `not`/`and`/`or` give a
/// bool directly, without making a bool value first.
#[inline(always)]
pub fn eval_cond(ip: &Interp, f: &mut Frame, e: &Expr) -> PyResult<bool> {
    noted(e, eval_cond_kind(ip, f, e))
}

#[inline(always)]
fn eval_cond_kind(ip: &Interp, f: &mut Frame, e: &Expr) -> PyResult<bool> {
    // The hot case, without a call: a comparison of two leaves (`n < 2`).
    if let ExprKind::Compare {
        left,
        ops: cmp_ops,
        comparators,
    } = &e.kind
    {
        if cmp_ops.len() == 1 {
            if let Some(b) = leaf_ref(f, &comparators[0]) {
                if let Some(a) = leaf_ref(f, left) {
                    return ops::compare(ip, cmp_ops[0], a, b);
                }
                // `i % 1000 == 0`: an operation on two leaves, compared with a leaf.
                if let ExprKind::BinOp {
                    left: x,
                    op,
                    right: y,
                } = &left.kind
                {
                    if let (Some(x), Some(y)) = (leaf_ref(f, x), leaf_ref(f, y)) {
                        let a = noted(left, ops::binary_op(ip, *op, x, y))?;
                        let r = ops::compare(ip, cmp_ops[0], &a, b);
                        discard(a);
                        return r;
                    }
                }
            }
        }
    }
    eval_cond_general(ip, f, e)
}

fn eval_cond_general(ip: &Interp, f: &mut Frame, e: &Expr) -> PyResult<bool> {
    match &e.kind {
        ExprKind::Compare {
            left,
            ops: cmp_ops,
            comparators,
        } if cmp_ops.len() == 1 => {
            if let (Some(a), Some(b)) = (leaf_ref(f, left), leaf_ref(f, &comparators[0])) {
                return ops::compare(ip, cmp_ops[0], a, b);
            }
            let a = eval_leaf(ip, f, left)?;
            let b = eval_leaf(ip, f, &comparators[0])?;
            let r = ops::compare(ip, cmp_ops[0], &a, &b);
            discard(a);
            discard(b);
            r
        }
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => Ok(!eval_cond(ip, f, operand)?),
        ExprKind::BoolOp { op, values } => {
            for x in values {
                let t = eval_cond(ip, f, x)?;
                if (*op == BoolOpKind::And) != t {
                    return Ok(t);
                }
            }
            Ok(*op == BoolOpKind::And)
        }
        _ => {
            if let Some(v) = leaf_ref(f, e) {
                return ops::truthy(ip, v);
            }
            let v = eval(ip, f, e)?;
            let t = ops::truthy(ip, &v);
            discard(v);
            t
        }
    }
}

/// `a and b`, `a or b` as a value, with its truth when an operand's truth decided it. As in
/// CPython, each operand is asked for its truth at most once (a nested `and`/`or` passes on
/// what it learned) and the last one not at all.
pub fn eval_boolop(
    ip: &Interp,
    f: &mut Frame,
    op: BoolOpKind,
    values: &[Expr],
) -> PyResult<(Value, Option<bool>)> {
    let last = values.len().saturating_sub(1);
    for (i, x) in values.iter().enumerate() {
        let (v, known) = match &x.kind {
            ExprKind::BoolOp { op, values } => eval_boolop(ip, f, *op, values)?,
            _ => (eval(ip, f, x)?, None),
        };
        if i == last {
            return Ok((v, known));
        }
        let t = match known {
            Some(t) => t,
            None => ops::truthy(ip, &v)?,
        };
        if (op == BoolOpKind::And) != t {
            return Ok((v, Some(t)));
        }
    }
    Ok((Value::None, None))
}

/// Evaluates an expression. The common kinds are handled by this small function; the rest by
/// `eval_other`, whose frame is large.
pub fn eval(ip: &Interp, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    noted(e, eval_kind(ip, f, e))
}

/// The failure of evaluating `e` is located at `e` (unless an expression inside it failed):
/// the frame's traceback entry points there.
#[inline(always)]
pub fn noted<T>(e: &Expr, r: PyResult<T>) -> PyResult<T> {
    if let Err(x) = &r {
        x.leaves(e.span.start, e.span.end);
    }
    r
}

#[inline(always)]
fn eval_kind(ip: &Interp, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::Name {
            id,
            scope: NameRef::Local(i),
        } => match &f.locals[*i as usize] {
            Value::Undef => Err(unbound_local(ip, *id)),
            v => Ok(clone_value(v)),
        },
        ExprKind::Name { id, scope } => load_name(ip, f, *id, *scope),
        ExprKind::Constant(v) => Ok(clone_value(v)),
        ExprKind::BinOp { left, op, right } => {
            if let (Some(a), Some(b)) = (leaf_ref(f, left), leaf_ref(f, right)) {
                return ops::binary_op(ip, *op, a, b);
            }
            eval_binop(ip, f, left, *op, right)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => eval_call(ip, f, e, func, args, keywords),
        ExprKind::Attribute { value, attr, site } => eval_attribute(ip, f, value, *attr, site),
        _ => eval_other(ip, f, e),
    }
}

/// `value.attr`. A small function of its own, so an operand such as `self.x` (of an operator,
/// an argument) does not pay for entering `eval`, whose frame is large.
#[inline(never)]
fn eval_attribute(
    ip: &Interp,
    f: &mut Frame,
    value: &Expr,
    attr: Symbol,
    site: &AttrSite,
) -> PyResult<Value> {
    // `self.x`: a local read in place, and an instance's own attribute taken straight.
    if let Some(obj) = leaf_ref(f, value) {
        if let Some(v) = crate::eval::classes::instance_attr_at(obj, attr, site) {
            return Ok(v);
        }
        if let Some(r) = crate::eval::classes::class_attr_at(ip, obj, attr, site) {
            return r;
        }
        return ops::getattr_at(ip, obj, attr, &site.hint);
    }
    let v = eval_leaf(ip, f, value)?;
    if let Some(r) = crate::eval::classes::instance_attr_at(&v, attr, site) {
        discard(v);
        return Ok(r);
    }
    if let Some(r) = crate::eval::classes::class_attr_at(ip, &v, attr, site) {
        discard(v);
        return r;
    }
    let r = ops::getattr_at(ip, &v, attr, &site.hint);
    discard(v);
    r
}

#[inline(never)]
fn eval_other(ip: &Interp, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::Name { .. }
        | ExprKind::Constant(_)
        | ExprKind::BinOp { .. }
        | ExprKind::Call { .. }
        | ExprKind::Attribute { .. } => eval(ip, f, e),
        ExprKind::FrameCall { call, scope } => crate::eval::dynamic::frame_call(ip, f, call, scope),
        ExprKind::SuperCall { class_cell, first } => {
            let class = f.cells[*class_cell as usize].borrow().clone();
            let first = match first {
                NameRef::Local(i) => Some(f.locals[*i as usize].clone()),
                NameRef::Cell(i) => Some(f.cells[*i as usize].borrow().clone()),
                _ => None,
            }
            .filter(|v| !matches!(v, Value::Undef));
            crate::eval::classes::zero_arg_super(ip, &class, first)
        }
        ExprKind::Compare {
            left,
            ops: cmp_ops,
            comparators,
        } => {
            // The value is the first false result of the chain, or the last one.
            let mut a = eval_leaf(ip, f, left)?;
            let last = cmp_ops.len() - 1;
            for (i, (op, c)) in cmp_ops.iter().zip(comparators).enumerate() {
                let b = eval_leaf(ip, f, c)?;
                let r = ops::rich_compare(ip, *op, &a, &b)?;
                if i == last || !ops::truthy(ip, &r)? {
                    return Ok(r);
                }
                a = b;
            }
            Ok(Value::bool(true))
        }
        ExprKind::BoolOp { op, values } => Ok(eval_boolop(ip, f, *op, values)?.0),
        ExprKind::UnaryOp { op, operand } => {
            let v = eval(ip, f, operand)?;
            ops::unary_op(ip, *op, &v)
        }
        ExprKind::IfExp { test, body, orelse } => {
            let t = eval(ip, f, test)?;
            if ops::truthy(ip, &t)? {
                eval(ip, f, body)
            } else {
                eval(ip, f, orelse)
            }
        }
        ExprKind::NamedExpr { target, value } => {
            let v = eval_leaf(ip, f, value)?;
            assign(ip, f, target, v.clone())?;
            Ok(v)
        }
        ExprKind::Subscript { value, slice } => {
            // `words[i]`, `words[i % n]`: a local container read in place, not cloned.
            if let Some(v) = leaf_ref(f, value) {
                if !matches!(slice.kind, ExprKind::Slice { .. }) {
                    if let Some(k) = leaf_ref(f, slice) {
                        return ops::getitem(ip, v, k);
                    }
                    if let ExprKind::BinOp { left, op, right } = &slice.kind {
                        if let (Some(a), Some(b)) = (leaf_ref(f, left), leaf_ref(f, right)) {
                            let k = ops::binary_op(ip, *op, a, b)?;
                            let r = ops::getitem(ip, v, &k);
                            discard(k);
                            return r;
                        }
                    }
                }
            }
            let v = eval_leaf(ip, f, value)?;
            if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                let mut bound = |b: &Option<Box<Expr>>| -> PyResult<Value> {
                    match b {
                        Some(e) => eval_leaf(ip, f, e),
                        None => Ok(Value::None),
                    }
                };
                let (lo, hi, st) = (bound(lower)?, bound(upper)?, bound(step)?);
                return ops::getslice(ip, &v, &lo, &hi, &st);
            }
            let k = eval_leaf(ip, f, slice)?;
            ops::getitem(ip, &v, &k)
        }
        ExprKind::List(items) => Ok(Value::list(eval_items(ip, f, items)?)),
        ExprKind::Tuple(items) => Ok(Value::tuple(eval_items(ip, f, items)?)),
        ExprKind::Lambda(def) => make_function(ip, f, def),
        ExprKind::JoinedStr(parts) => {
            let mut out = String::new();
            fstring(ip, f, parts, &mut out)?;
            Ok(Value::string(out))
        }
        // The resolver sends every suspending expression of a function's own code down the
        // suspend path; those it does not look into are the ones evaluated in the enclosing
        // scope at definition time.
        ExprKind::Await(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Err(not_yet(
            ip,
            "`yield` or `await` in a parameter default, an annotation, a class keyword or a \
             format spec",
        )),
        ExprKind::Dict { keys, values } => {
            let d = crate::runtime::dict::PyDict::new();
            for (k, v) in keys.iter().zip(values) {
                match k {
                    Some(k) => {
                        let k = eval(ip, f, k)?;
                        let v = eval(ip, f, v)?;
                        crate::runtime::dict::set(ip, &d, k, v)?;
                    }
                    None => {
                        let m = eval(ip, f, v)?;
                        crate::eval::call_errors::check_mapping(ip, &m)?;
                        dict_merge(ip, &d, &m)?;
                    }
                }
            }
            Ok(Value::Dict(d))
        }
        ExprKind::Set(items) => set_display(ip, f, items),
        ExprKind::Comp(c) => match c.kind {
            CompKind::List | CompKind::Set | CompKind::Dict => run_comprehension(ip, f, c),
            CompKind::Generator => {
                let first = eval(ip, f, &c.generators[0].iter)?;
                if c.scope.may_suspend {
                    return crate::runtime::async_gen::make_genexpr(ip, f, c, first);
                }
                crate::runtime::iterators::make_genexpr(ip, f, c, first)
            }
        },
        ExprKind::Starred(_) => {
            Err(ip.err(ExcKind::SyntaxError, "can't use starred expression here"))
        }
        ExprKind::Slice { lower, upper, step } => {
            let (lo, hi, st) = slice_bounds(ip, f, lower, upper, step)?;
            Ok(crate::stdlib::slice::make(ip, lo, hi, st))
        }
    }
}

/// A constant CPython's compiler folds: a literal, a signed number, a tuple of constants.
fn folded_constant(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(v) => Some(v.clone()),
        ExprKind::UnaryOp { op, operand } if !matches!(op, crate::syntax::ast::UnaryOp::Not) => {
            match &operand.kind {
                ExprKind::Constant(
                    v @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)),
                ) => Some(v.clone()),
                _ => None,
            }
        }
        ExprKind::Tuple(items) => {
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(folded_constant(x)?);
            }
            Some(Value::tuple(out))
        }
        _ => None,
    }
}

/// `{a, b, *xs}`: items added in order, starred iterables merged as `set.update` does; three
/// or more constants become a frozenset constant merged into the new set, as in CPython.
fn set_display(ip: &Interp, f: &mut Frame, items: &[Expr]) -> PyResult<Value> {
    use crate::runtime::set;
    if items.len() > 2 && items.iter().all(|x| folded_constant(x).is_some()) {
        let mut consts = Vec::with_capacity(items.len());
        for x in items {
            consts.push(eval(ip, f, x)?);
        }
        return set::from_constants(ip, consts);
    }
    let s = set::PySet::new();
    for x in items {
        if let ExprKind::Starred(inner) = &x.kind {
            let v = eval(ip, f, inner)?;
            set::update(ip, &s, &v)?;
        } else {
            let v = eval(ip, f, x)?;
            set::add(ip, &s, v)?;
        }
    }
    Ok(Value::Set(s))
}

/// What a list, set or dict comprehension builds. Each element goes in as soon as it is made, as
/// in CPython: a key that cannot be hashed stops the loop at its item.
pub enum CompOut {
    List(Vec<Value>),
    Set(Rc<crate::runtime::set::PySet>),
    Dict(Rc<crate::runtime::dict::PyDict>),
}

impl CompOut {
    pub fn new(kind: CompKind) -> CompOut {
        match kind {
            CompKind::Set => CompOut::Set(crate::runtime::set::PySet::new()),
            CompKind::Dict => CompOut::Dict(crate::runtime::dict::PyDict::new()),
            _ => CompOut::List(Vec::new()),
        }
    }

    /// Adds an element (a dict comprehension's key, with `value`, evaluated after it).
    pub fn add(&mut self, ip: &Interp, x: Value, value: Option<Value>) -> PyResult<()> {
        match self {
            CompOut::List(out) => crate::runtime::grow::push(ip, out, x),
            CompOut::Set(s) => crate::runtime::set::add(ip, s, x),
            CompOut::Dict(d) => crate::runtime::dict::set(ip, d, x, value.unwrap_or(Value::None)),
        }
    }

    pub fn into_value(self) -> Value {
        match self {
            CompOut::List(out) => Value::list(out),
            CompOut::Set(s) => Value::Set(s),
            CompOut::Dict(d) => Value::Dict(d),
        }
    }
}

/// Runs a comprehension's loop as CPython runs it: in a frame of its own (`<listcomp>` …), which
/// counts toward the recursion limit and shows in tracebacks.
pub fn in_comp_frame<R>(
    ip: &Interp,
    c: &Comprehension,
    body: impl FnOnce(&Interp) -> PyResult<R>,
) -> PyResult<R> {
    crate::eval::enter_call(ip)?;
    let name = match c.kind {
        CompKind::List => crate::intern::sym::listcomp,
        CompKind::Set => crate::intern::sym::setcomp,
        CompKind::Dict => crate::intern::sym::dictcomp,
        CompKind::Generator => crate::intern::sym::genexpr,
    };
    let r = crate::eval::frames::in_inner_frame(ip, name, || body(ip));
    crate::eval::leave_call(ip);
    r
}

/// Runs a list, set or dict comprehension: its first iterable in the enclosing scope, the rest in
/// a frame of its own; returns what it built.
fn run_comprehension(ip: &Interp, f: &mut Frame, c: &Comprehension) -> PyResult<Value> {
    let first = eval(ip, f, &c.generators[0].iter)?;
    let mut scope = CompScope::new(c, f);
    let mut cf = scope.frame(f.module);
    let mut out = CompOut::new(c.kind);
    in_comp_frame(ip, c, |ip| comp_loop(ip, &mut cf, c, 0, first, &mut out))?;
    Ok(out.into_value())
}

/// The items of a generator expression handed straight to `tuple` or `list` (the builtins
/// themselves), which only collect them: it runs here as a list comprehension, in its own
/// `<genexpr>` frame, without the generator object, which nothing could see. As in a
/// generator, a StopIteration raised inside becomes a RuntimeError.
#[inline(never)]
fn collect_genexpr(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    c: &Comprehension,
) -> PyResult<Vec<Value>> {
    let first = eval(ip, f, &c.generators[0].iter)?;
    // Iterating begins where the generator is made, in the caller's frame.
    let it = ops::iter(ip, &first)?;
    ip.cur_pos.set(call.span.start);
    let mut scope = CompScope::new(c, f);
    let mut cf = scope.frame(f.module);
    let mut out = CompOut::new(c.kind);
    match in_comp_frame(ip, c, |ip| comp_loop_over(ip, &mut cf, c, 0, it, &mut out)) {
        Ok(()) => {}
        Err(e) if e.is_instance(ip.exc_class(ExcKind::StopIteration)) => {
            let re = ip.err(ExcKind::RuntimeError, "generator raised StopIteration");
            *re.0.cause.borrow_mut() = Some(e.0.clone());
            *re.0.context.borrow_mut() = Some(e.0);
            return Err(re);
        }
        Err(e) => return Err(e),
    }
    match out {
        CompOut::List(items) => Ok(items),
        _ => unreachable!("a generator expression collects into a list"),
    }
}

/// The scope of a comprehension or generator expression, made in the frame that evaluates it:
/// its local slots, and its cells (its own captured names, then those it takes from the
/// enclosing frame). Every kind of comprehension, run at once or suspended, and every generator
/// expression, sync or async, runs in the frame this makes.
pub struct CompScope {
    locals: crate::eval::Slots,
    cells: Box<[crate::runtime::object::CellRef]>,
}

impl CompScope {
    pub fn new(c: &Comprehension, f: &Frame) -> CompScope {
        let mut cells = Vec::with_capacity(c.scope.cell_names.len());
        for _ in 0..c.scope.own_cells {
            cells.push(crate::runtime::object::new_cell(Value::Undef));
        }
        for &i in &c.scope.free_from {
            cells.push(f.cells[i as usize].clone());
        }
        CompScope {
            locals: SmallVec::from_elem(Value::Undef, c.scope.local_names.len()),
            cells: cells.into_boxed_slice(),
        }
    }

    /// The comprehension's frame, in `module`. The frame takes the cells: a scope makes one
    /// frame.
    pub fn frame<'a>(&'a mut self, module: &'a Rc<crate::runtime::object::ModuleObj>) -> Frame<'a> {
        Frame {
            locals: &mut self.locals,
            cells: std::mem::take(&mut self.cells),
            module,
            ret: Value::None,
            handling: None,
        }
    }
}

/// One `for` level of a list, set or dict comprehension, and the levels inside it.
fn comp_loop(
    ip: &Interp,
    cf: &mut Frame,
    c: &Comprehension,
    level: usize,
    iterable: Value,
    out: &mut CompOut,
) -> PyResult<()> {
    let it = ops::iter(ip, &iterable)?;
    comp_loop_over(ip, cf, c, level, it, out)
}

/// `comp_loop` over the iterator of its level's iterable.
fn comp_loop_over(
    ip: &Interp,
    cf: &mut Frame,
    c: &Comprehension,
    level: usize,
    mut it: ops::Iter,
    out: &mut CompOut,
) -> PyResult<()> {
    let g = &c.generators[level];
    if let (CompOut::List(out), 1, true) = (&mut *out, c.generators.len(), g.ifs.is_empty()) {
        // One element per item: room for them all at once, up to a bound (the elements may
        // raise long before a huge range ends).
        crate::runtime::grow::reserve(ip, out, it.known_len().min(1 << 20))?;
    }
    let split = split_target(&g.target, &it);
    let mut parts: SmallVec<[Value; 4]> = SmallVec::new();
    'items: loop {
        match split {
            Some(items) => {
                let next = it.next_parts(ip, &mut parts)?;
                if let ops::NextItem::Done = next {
                    break;
                }
                crate::signals::poll(ip)?;
                assign_next(ip, cf, &g.target, items, &mut parts, next)?;
            }
            None => {
                let Some(v) = it.next_checked(ip)? else {
                    break;
                };
                crate::signals::poll(ip)?;
                assign(ip, cf, &g.target, v)?;
            }
        }
        for cond in &g.ifs {
            if !eval_cond(ip, cf, cond)? {
                continue 'items;
            }
        }
        if level + 1 < c.generators.len() {
            let inner = eval(ip, cf, &c.generators[level + 1].iter)?;
            comp_loop(ip, cf, c, level + 1, inner, out)?;
        } else {
            let x = eval(ip, cf, &c.elt)?;
            match out {
                CompOut::List(out) => crate::runtime::grow::push(ip, out, x)?,
                CompOut::Set(s) => crate::runtime::set::add(ip, s, x)?,
                CompOut::Dict(d) => {
                    let v = eval(ip, cf, c.value.as_ref().expect("a dict comprehension"))?;
                    crate::runtime::dict::set(ip, d, x, v)?;
                }
            }
        }
    }
    Ok(())
}

/// `{**m}` and `dict.update(m)`: the items of a dict, or of a sequence of pairs.
pub fn dict_merge(ip: &Interp, d: &crate::runtime::dict::PyDict, m: &Value) -> PyResult<()> {
    if let Some(b) = crate::eval::classes::base_of(m) {
        if matches!(b, Value::Dict(_)) {
            return dict_merge(ip, d, b);
        }
    }
    if let Value::Instance(i) = m {
        // A mapping written as a class: its keys(), then m[key] for each.
        if i.class.lookup(crate::intern::intern("keys")).is_some() {
            let keys = ops::getattr(ip, m, crate::intern::intern("keys"))?;
            let keys = crate::eval::call::call_value(ip, &keys, &mut Args::new(), &[])?;
            for k in ops::collect(ip, &keys)? {
                let v = ops::getitem(ip, m, &k)?;
                crate::runtime::dict::set(ip, d, k, v)?;
            }
            return Ok(());
        }
    }
    match m {
        Value::Dict(src) => crate::runtime::dict::merge(ip, d, src),
        other => {
            // `{**m}` checked for a mapping before; update() and `|=` take any iterable.
            let items = ops::collect(ip, other)?;
            for (i, item) in items.into_iter().enumerate() {
                let pair = ops::collect(ip, &item).map_err(|_| {
                    ip.err(
                        ExcKind::TypeError,
                        format!(
                            "cannot convert dictionary update sequence element #{} to a sequence",
                            i
                        ),
                    )
                })?;
                if pair.len() != 2 {
                    return Err(ip.err(
                        ExcKind::ValueError,
                        format!(
                            "dictionary update sequence element #{} has length {}; 2 is required",
                            i,
                            pair.len()
                        ),
                    ));
                }
                let mut p = pair.into_iter();
                crate::runtime::dict::set(ip, d, p.next().unwrap(), p.next().unwrap())?;
            }
            Ok(())
        }
    }
}

pub fn fstring(
    ip: &Interp,
    f: &mut Frame,
    parts: &[FStringPart],
    out: &mut String,
) -> PyResult<()> {
    for p in parts {
        match p {
            FStringPart::Literal(s) => out.push_str(s),
            FStringPart::Field {
                expr,
                conversion,
                spec,
                debug_text,
            } => {
                let v = eval(ip, f, expr)?;
                let mut spec_s = String::new();
                fstring(ip, f, spec, &mut spec_s)?;
                format_field(ip, &v, *conversion, &spec_s, debug_text.as_deref(), out)?;
            }
        }
    }
    Ok(())
}

/// Formats one f-string field: `debug_text`, conversion, then the format spec.
pub fn format_field(
    ip: &Interp,
    v: &Value,
    conversion: Option<char>,
    spec: &str,
    debug_text: Option<&str>,
    out: &mut String,
) -> PyResult<()> {
    if let Some(d) = debug_text {
        out.push_str(d);
    }
    let conversion = match (conversion, debug_text) {
        (None, Some(_)) if spec.is_empty() => Some('r'),
        (c, _) => c,
    };
    let v = match conversion {
        Some('r') => Value::string(crate::runtime::repr::repr(ip, v)?),
        Some('s') => Value::string(crate::runtime::repr::str_of(ip, v)?),
        Some('a') => Value::string(crate::runtime::format::ascii_of(ip, v)?),
        _ => v.clone(),
    };
    out.push_str(&crate::runtime::format::format_value(ip, &v, spec)?);
    Ok(())
}

pub fn eval_items(ip: &Interp, f: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        if let ExprKind::Starred(inner) = &x.kind {
            let v = eval(ip, f, inner)?;
            if ops::iter(ip, &v).is_err() {
                return Err(ip.err(
                    ExcKind::TypeError,
                    format!(
                        "Value after * must be an iterable, not {}",
                        ops::type_name(ip, &v)
                    ),
                ));
            }
            out.extend(ops::collect(ip, &v)?);
        } else {
            out.push(eval(ip, f, x)?);
        }
    }
    Ok(out)
}

pub type KwVec = SmallVec<[(Symbol, Value); 4]>;

fn eval_call(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    func: &Expr,
    args: &[Expr],
    keywords: &[Keyword],
) -> PyResult<Value> {
    // The hot cases: `name(args)` with a global function or a builtin. This function stays
    // small (its frame is paid on every call); everything else is `eval_call_other`'s.
    if let (
        ExprKind::Name {
            scope: NameRef::Global { slot, builtin },
            ..
        },
        true,
    ) = (&func.kind, keywords.is_empty())
    {
        match global_callee(f, *slot) {
            GlobalCallee::Function(fun) => return call_global_function(ip, f, call, fun, args),
            // `len(x)`, `str(i)`: a builtin not shadowed by a global, called in place.
            GlobalCallee::Unbound if *builtin != u32::MAX => {
                if let Some(callee) = ip.builtin_unchanged(*builtin) {
                    return call_builtin(ip, f, call, callee, args);
                }
                match ip.builtin_slot(*builtin) {
                    Value::Undef => {}
                    callee => return call_builtin(ip, f, call, &callee, args),
                }
            }
            _ => {}
        }
    }
    eval_call_other(ip, f, call, func, args, keywords)
}

#[inline(never)]
fn call_builtin(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    callee: &Value,
    args: &[Expr],
) -> PyResult<Value> {
    if let ([arg], Value::Class(cls)) = (args, callee) {
        if let ExprKind::Comp(c) = &arg.kind {
            if c.kind == CompKind::Generator
                && !c.scope.may_suspend
                && (Rc::ptr_eq(cls, &ip.types.tuple) || Rc::ptr_eq(cls, &ip.types.list))
            {
                let items = collect_genexpr(ip, f, call, c)?;
                return Ok(if Rc::ptr_eq(cls, &ip.types.tuple) {
                    Value::tuple(items)
                } else {
                    Value::list(items)
                });
            }
        }
    }
    let mut a = Args::new();
    eval_args_inline(ip, f, args, &mut a).map_err(|e| name_call_error(ip, callee, e))?;
    ip.cur_pos.set(call.span.start);
    // A builtin function (nearly always: the name is a builtin's) is called here, without
    // entering `call_value`.
    let r = match callee {
        Value::Builtin(b) => crate::eval::call::call_builtin_fn(ip, b, &mut a, &[]),
        _ => call_value(ip, callee, &mut a, &[]),
    };
    discard_args(&mut a);
    r
}

#[inline(never)]
fn eval_call_other(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    func: &Expr,
    args: &[Expr],
    keywords: &[Keyword],
) -> PyResult<Value> {
    if let (ExprKind::Name { id, scope }, true) = (&func.kind, keywords.is_empty()) {
        let callee = noted(func, load_name(ip, f, *id, *scope))?;
        let mut a = Args::new();
        eval_args_into(ip, f, args, &mut a).map_err(|e| name_call_error(ip, &callee, e))?;
        ip.cur_pos.set(call.span.start);
        if let Value::Function(fun) = callee {
            if fun.def.scope.plain_arity == Some(a.len() as u32) {
                // The call empties `a` when it holds only immediates.
                return crate::eval::call::call_plain(ip, &fun, &mut a, call.span.start);
            }
            return call_value(ip, &Value::Function(fun), &mut a, &[]);
        }
        return call_value(ip, &callee, &mut a, &[]);
    }
    if let ExprKind::Attribute { value, attr, site } = &func.kind {
        let obj = eval_leaf(ip, f, value)?;
        if keywords.is_empty() {
            if let Value::Instance(_) = obj {
                return call_instance_method(ip, f, call, obj, *attr, site, args);
            }
            if let Some(r) = hot_method(ip, f, call, &obj, *attr, args) {
                return r;
            }
            if args.len() < METHOD_ARGS_MAX && !args.iter().any(is_starred) {
                if let Some(b) = site_builtin_method(ip, &obj, *attr, site) {
                    return call_builtin_method(ip, f, call, b, obj, args);
                }
            }
        }
        return call_method(ip, f, call, obj, *attr, site, args, keywords, call_value);
    }
    eval_call_with(ip, f, call, func, args, keywords, call_value)
}

/// What a module slot holds, as a call sees it: a Python function (the callee of most calls in
/// hot code: `fib(n - 1)`), nothing (the name is a builtin's, or unbound), or something else.
enum GlobalCallee {
    Function(Rc<Function>),
    Unbound,
    Other,
}

#[inline(always)]
fn global_callee(f: &Frame, slot: u32) -> GlobalCallee {
    match f.module.slots.borrow().get(slot as usize) {
        Some(Value::Function(fun)) => GlobalCallee::Function(fun.clone()),
        Some(Value::Undef) | None => GlobalCallee::Unbound,
        Some(_) => GlobalCallee::Other,
    }
}

/// `name(args)` where `name` is a global Python function: the arguments are evaluated straight
/// into the slots of its frame. A plain function's frame empties them (`run_body_from`), and
/// when they stayed inline nothing is left to free, so the call's result is handed straight to
/// the caller: keeping it in a local across a drop would copy it through memory.
#[inline(always)]
fn call_global_function(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    fun: Rc<Function>,
    args: &[Expr],
) -> PyResult<Value> {
    let mut a = std::mem::ManuallyDrop::new(Args::new());
    if let Err(e) = eval_args_inline(ip, f, args, &mut a) {
        drop(std::mem::ManuallyDrop::into_inner(a));
        return Err(name_call_error(ip, &Value::Function(fun), e));
    }
    ip.cur_pos.set(call.span.start);
    let scope = &fun.def.scope;
    if scope.plain_arity == Some(a.len() as u32) && scope.local_names.len() <= a.inline_size() {
        return crate::eval::call::call_plain(ip, &fun, &mut a, call.span.start);
    }
    let mut a = std::mem::ManuallyDrop::into_inner(a);
    crate::eval::call::call_function(ip, &fun, &mut a, &[])
}

/// `obj.m(args)` of an instance, without keywords. When the class holds a plain function `m`
/// (see `classes::instance_method_at`) that takes exactly the receiver and the arguments, they
/// are evaluated straight into the slots of its frame, as `call_global_function` does for a
/// global function: no bound method, no dispatch on the callee. Anything else goes the general
/// way (`call_method`).
#[inline(never)]
fn call_instance_method(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    obj: Value,
    attr: Symbol,
    site: &AttrSite,
    args: &[Expr],
) -> PyResult<Value> {
    let m = method_at(ip, &obj, attr, site);
    let fun = match m {
        Some(Value::Function(fun))
            if fun.def.scope.plain_arity == Some(args.len() as u32 + 1)
                && !args.iter().any(is_starred) =>
        {
            fun
        }
        m => return call_method_found(ip, f, call, obj, attr, site, m, args, &[], call_value),
    };
    let mut a = std::mem::ManuallyDrop::new(Args::new());
    a.push(obj);
    for x in args {
        match eval_leaf(ip, f, x) {
            Ok(v) => a.push(v),
            Err(e) => {
                drop(std::mem::ManuallyDrop::into_inner(a));
                return Err(name_call_error(ip, &Value::Function(fun), e));
            }
        }
    }
    ip.cur_pos.set(call.span.start);
    if fun.def.scope.local_names.len() <= a.inline_size() {
        // The frame empties the slots and they never spilled: nothing is left to drop.
        return crate::eval::call::call_plain(ip, &fun, &mut a, call.span.start);
    }
    let mut a = std::mem::ManuallyDrop::into_inner(a);
    crate::eval::call::call_plain(ip, &fun, &mut a, call.span.start)
}

/// The most arguments (with the receiver) `call_builtin_method` passes in place.
const METHOD_ARGS_MAX: usize = 4;

fn is_starred(x: &Expr) -> bool {
    matches!(x.kind, ExprKind::Starred(_))
}

/// The native method `obj.attr` names when `obj` is a value of a builtin type (a str, list,
/// dict, number…) whose type holds one under that name: found through the site's cache for
/// the common types (`ops::builtin_type`), by a look-up along the type's MRO for the rest.
/// None for anything else (an instance, a module, a class, a name the type does not hold as a
/// native method).
#[inline]
fn site_builtin_method(
    ip: &Interp,
    obj: &Value,
    attr: Symbol,
    site: &AttrSite,
) -> Option<&'static crate::runtime::object::BuiltinFn> {
    let Some(cls) = ops::builtin_type(ip, obj) else {
        // An instance's methods are `call_method`'s (its own attributes, its class's cache,
        // a builtin base's methods acting on the value it holds); a module has none.
        if let Value::Instance(_) | Value::Module(_) = obj {
            return None;
        }
        return match ops::lookup_method(ip, obj, attr) {
            Some(Value::Builtin(b)) => Some(b),
            _ => None,
        };
    };
    if let Some(b) = site.builtin(cls) {
        return Some(b);
    }
    match cls.lookup(attr) {
        Some(Value::Builtin(b)) => {
            site.set_builtin(cls, b);
            Some(b)
        }
        _ => None,
    }
}

/// `obj.m(a, b)` of a native method `b` of a builtin value, with fewer than
/// `METHOD_ARGS_MAX` plain arguments: the receiver and the arguments are laid out in a small
/// array on the stack and handed to the method, as `call_value` would hand them (the receiver
/// is not an instance, so nothing is adjusted): no bound method, no argument vector.
#[inline(never)]
fn call_builtin_method(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    b: &'static crate::runtime::object::BuiltinFn,
    obj: Value,
    args: &[Expr],
) -> PyResult<Value> {
    let mut a: [Value; METHOD_ARGS_MAX] = [obj, Value::None, Value::None, Value::None];
    for (slot, x) in a[1..].iter_mut().zip(args) {
        match eval_leaf(ip, f, x) {
            Ok(v) => *slot = v,
            Err(e) => {
                let [obj, x, y, z] = a;
                discard(obj);
                discard(x);
                discard(y);
                discard(z);
                return Err(name_call_error(ip, &Value::Builtin(b), e));
            }
        }
    }
    ip.cur_pos.set(call.span.start);
    let r = (b.call)(ip, &a[..=args.len()], &[]);
    let [obj, x, y, z] = a;
    discard(obj);
    discard(x);
    discard(y);
    discard(z);
    r
}

/// `d.get(key[, default])` and `items.append(x)` on a builtin dict or list, whose methods a
/// program cannot replace: done here, without looking the method up or building an argument
/// list. `None` when the call is not one of these.
#[inline]
fn hot_method(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    obj: &Value,
    attr: Symbol,
    args: &[Expr],
) -> Option<PyResult<Value>> {
    let plain = |x: &Expr| !matches!(x.kind, ExprKind::Starred(_));
    match (obj, args) {
        (Value::Dict(d), [k, rest @ ..])
            if attr == crate::intern::sym::get && rest.len() <= 1 && args.iter().all(plain) =>
        {
            Some(hot_dict_get(ip, f, call, obj, d, k, rest.first()))
        }
        (Value::List(l), [x]) if attr == crate::intern::sym::append && plain(x) => {
            Some(match eval_leaf(ip, f, x) {
                Ok(v) => {
                    ip.cur_pos.set(call.span.start);
                    crate::runtime::grow::push(ip, &mut l.items.borrow_mut(), v)
                        .map(|()| Value::None)
                }
                Err(e) => Err(hot_method_arg_error(ip, obj, attr, e)),
            })
        }
        _ => None,
    }
}

fn hot_dict_get(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    obj: &Value,
    d: &crate::runtime::dict::PyDict,
    key: &Expr,
    default: Option<&Expr>,
) -> PyResult<Value> {
    let get = crate::intern::sym::get;
    let key = eval_leaf(ip, f, key).map_err(|e| hot_method_arg_error(ip, obj, get, e))?;
    let default = match default {
        Some(x) => eval_leaf(ip, f, x).map_err(|e| hot_method_arg_error(ip, obj, get, e))?,
        None => Value::None,
    };
    ip.cur_pos.set(call.span.start);
    Ok(crate::runtime::dict::get(ip, d, &key)?.unwrap_or(default))
}

/// An error from an argument of a `hot_method` call, worded as the general path words it.
#[cold]
fn hot_method_arg_error(ip: &Interp, obj: &Value, attr: Symbol, e: Exc) -> Exc {
    match ops::lookup_method(ip, obj, attr) {
        Some(m) => name_call_error(ip, &m, e),
        None => e,
    }
}

/// What `await <call>` evaluated: the result of an `async def` body that ran right away (it
/// cannot suspend), or an awaitable still to be awaited.
pub enum AwaitCall {
    Ran(Value),
    Awaitable(Value),
}

/// `await f(...)` with a plain call: when `f` is an `async def` whose body cannot suspend, the
/// body runs here on the sync path and no coroutine object is made, since nothing could observe
/// it (DESIGN.md: "Values and speed").
pub fn eval_call_for_await(ip: &Interp, f: &mut Frame, call: &Expr) -> PyResult<AwaitCall> {
    let ExprKind::Call {
        func,
        args,
        keywords,
    } = &call.kind
    else {
        return eval(ip, f, call).map(AwaitCall::Awaitable);
    };
    eval_call_with(ip, f, call, func, args, keywords, |ip, callee, a, kw| {
        if let Value::Function(func) = callee {
            let def = &func.def;
            if def.is_async && !def.scope.may_suspend && !def.scope.is_generator {
                crate::eval::call::bind_args(ip, func, a, kw)?;
                return crate::eval::call::run_sync_body(ip, func, a).map(AwaitCall::Ran);
            }
        }
        call_value(ip, callee, a, kw).map(AwaitCall::Awaitable)
    })
}

/// Evaluates a call's callee and arguments, then hands them to `invoke`.
#[inline(always)]
fn eval_call_with<R>(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    func: &Expr,
    args: &[Expr],
    keywords: &[Keyword],
    invoke: impl FnOnce(&Interp, &Value, &mut Args, &Kwargs) -> PyResult<R>,
) -> PyResult<R> {
    if let ExprKind::Attribute { value, attr, site } = &func.kind {
        let obj = eval_leaf(ip, f, value)?;
        return call_method(ip, f, call, obj, *attr, site, args, keywords, invoke);
    }
    let callee = match &func.kind {
        ExprKind::Name { id, scope } => noted(func, load_name(ip, f, *id, *scope))?,
        _ => eval(ip, f, func)?,
    };
    let mut a = Args::new();
    eval_args_into(ip, f, args, &mut a).map_err(|e| name_call_error(ip, &callee, e))?;
    if keywords.is_empty() {
        ip.cur_pos.set(call.span.start);
        return invoke(ip, &callee, &mut a, &[]);
    }
    let kw = eval_keywords(ip, f, keywords).map_err(|e| name_call_error(ip, &callee, e))?;
    ip.cur_pos.set(call.span.start);
    invoke(ip, &callee, &mut a, &kw)
}

/// `obj.attr(...)` with `obj` evaluated: a method of a builtin type is called without making a
/// bound method.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn call_method<R>(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    obj: Value,
    attr: Symbol,
    site: &AttrSite,
    args: &[Expr],
    keywords: &[Keyword],
    invoke: impl FnOnce(&Interp, &Value, &mut Args, &Kwargs) -> PyResult<R>,
) -> PyResult<R> {
    let m = method_at(ip, &obj, attr, site);
    call_method_found(ip, f, call, obj, attr, site, m, args, keywords, invoke)
}

/// The method `obj.attr(...)` calls with `obj` first, found through the call site: an
/// instance's function from its class (`classes::instance_method_at`), a builtin value's
/// native method; None when the attribute is to be read and called (a module's function, an
/// instance's own attribute, anything `call_method_found` looks up the general way).
#[inline(always)]
fn method_at(ip: &Interp, obj: &Value, attr: Symbol, site: &AttrSite) -> Option<Value> {
    match obj {
        Value::Instance(_) => crate::eval::classes::instance_method_at(obj, attr, site),
        // A module has no methods: its attribute is called.
        Value::Module(_) => None,
        _ => site_builtin_method(ip, obj, attr, site).map(Value::Builtin),
    }
}

/// `call_method` once the method `obj` holds under `attr` has been looked for: `m` is the
/// function to call with `obj` first, or None when the attribute is to be read and called.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn call_method_found<R>(
    ip: &Interp,
    f: &mut Frame,
    call: &Expr,
    obj: Value,
    attr: Symbol,
    site: &AttrSite,
    m: Option<Value>,
    args: &[Expr],
    keywords: &[Keyword],
    invoke: impl FnOnce(&Interp, &Value, &mut Args, &Kwargs) -> PyResult<R>,
) -> PyResult<R> {
    if let Some(m) = m {
        let mut a = Args::new();
        a.push(obj);
        eval_args_into(ip, f, args, &mut a).map_err(|e| name_call_error(ip, &m, e))?;
        if keywords.is_empty() {
            ip.cur_pos.set(call.span.start);
            return invoke(ip, &m, &mut a, &[]);
        }
        let kw = eval_keywords(ip, f, keywords).map_err(|e| name_call_error(ip, &m, e))?;
        ip.cur_pos.set(call.span.start);
        return invoke(ip, &m, &mut a, &kw);
    }
    // `super().m(x)`: the function called with the instance, without a bound method.
    if let Some((m, receiver)) = crate::eval::classes::super_method(ip, &obj, attr) {
        discard(obj);
        let mut a = Args::new();
        a.push(receiver);
        eval_args_into(ip, f, args, &mut a).map_err(|e| name_call_error(ip, &m, e))?;
        let kw = eval_keywords(ip, f, keywords).map_err(|e| name_call_error(ip, &m, e))?;
        ip.cur_pos.set(call.span.start);
        return invoke(ip, &m, &mut a, &kw);
    }
    // `math.sqrt(x)`, `obj.method(x)` of a user object: the attribute, then the call.
    let callee = match ops::getattr_at(ip, &obj, attr, &site.hint) {
        Ok(c) => c,
        Err(e) => {
            // The look-up failed, not the call: CPython points at `obj.attr`.
            if let ExprKind::Call { func, .. } = &call.kind {
                e.leaves(func.span.start, func.span.end);
            }
            return Err(e);
        }
    };
    discard(obj);
    let mut a = Args::new();
    eval_args_inline(ip, f, args, &mut a).map_err(|e| name_call_error(ip, &callee, e))?;
    if keywords.is_empty() {
        ip.cur_pos.set(call.span.start);
        return invoke(ip, &callee, &mut a, &[]);
    }
    let kw = eval_keywords(ip, f, keywords).map_err(|e| name_call_error(ip, &callee, e))?;
    ip.cur_pos.set(call.span.start);
    invoke(ip, &callee, &mut a, &kw)
}

/// `eval_args_into` with one plain argument (`fib(n - 1)`, `len(xs)`) evaluated in place,
/// without the call and the loop.
#[inline(always)]
fn eval_args_inline(ip: &Interp, f: &mut Frame, args: &[Expr], out: &mut Args) -> PyResult<()> {
    match args {
        [x] if !matches!(x.kind, ExprKind::Starred(_)) => {
            out.push(eval_leaf(ip, f, x)?);
            Ok(())
        }
        _ => eval_args_into(ip, f, args, out),
    }
}

pub fn eval_args_into(ip: &Interp, f: &mut Frame, args: &[Expr], out: &mut Args) -> PyResult<()> {
    for x in args {
        if let ExprKind::Starred(inner) = &x.kind {
            let v = eval(ip, f, inner)?;
            crate::eval::call_errors::check_star_arg(ip, &v, args.len() == 1)?;
            let items = ops::collect(ip, &v)?;
            if out.is_empty() {
                // `gather(*tasks)`: the collected items become the argument vector as they are,
                // not copied into a second one of the same size.
                *out = Args::from_vec(items);
            } else {
                out.extend(items);
            }
        } else {
            out.push(eval_leaf(ip, f, x)?);
        }
    }
    Ok(())
}

pub fn eval_keywords(ip: &Interp, f: &mut Frame, keywords: &[Keyword]) -> PyResult<KwVec> {
    let mut kw = KwVec::new();
    for k in keywords {
        let v = eval(ip, f, &k.value)?;
        add_keyword(ip, &mut kw, k.arg, v)?;
    }
    Ok(kw)
}

/// Adds a keyword argument (`name=v`), or the items of `**v`, with CPython's errors (which the
/// caller names the function in: see `call_errors`).
pub fn add_keyword(ip: &Interp, kw: &mut KwVec, arg: Option<Symbol>, v: Value) -> PyResult<()> {
    let repeated = |name: Symbol| {
        ip.err(
            ExcKind::TypeError,
            format!("got multiple values for keyword argument '{}'", name),
        )
    };
    match arg {
        Some(name) => {
            if kw.iter().any(|(n, _)| *n == name) {
                return Err(repeated(name));
            }
            kw.push((name, v));
        }
        None => {
            let items = match &v {
                Value::Dict(d) => d.items(),
                _ => mapping_items(ip, &v)?,
            };
            for (name, v) in items {
                let Value::Str(s) = &name else {
                    return Err(ip.err(ExcKind::TypeError, "keywords must be strings"));
                };
                let name = s.symbol();
                if kw.iter().any(|(n, _)| *n == name) {
                    return Err(repeated(name));
                }
                kw.push((name, v));
            }
        }
    }
    Ok(())
}

/// The items of `**m` when `m` is not a dict: any object with `keys()` and `__getitem__`.
#[cold]
fn mapping_items(ip: &Interp, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    let keys = match ops::getattr(ip, m, crate::intern::intern("keys")) {
        Ok(k) => k,
        Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => {
            return Err(ip.err(
                ExcKind::TypeError,
                format!(
                    "argument after ** must be a mapping, not {}",
                    ops::type_name(ip, m)
                ),
            ))
        }
        Err(e) => return Err(e),
    };
    let keys = call_value(ip, &keys, &mut Args::new(), &[])?;
    let mut out = Vec::new();
    for k in ops::collect(ip, &keys)? {
        let v = ops::getitem(ip, m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}
