//! The suspend path: Rust futures over the nodes the resolver marked may-suspend. Children that
//! cannot suspend run on the sync path; operations are the shared helpers in `ops`. rustc turns
//! these `async fn`s into the state machine a suspended Python frame needs.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use crate::aio::future::FutureObj;
use crate::eval::call::{call_value, make_cells, Args};
use crate::eval::call_errors::{check_star_arg, name_call_error};
use crate::eval::frames::{Kind, Link};
use crate::eval::sync::{self, assign, not_yet};
use crate::eval::{async_iter, enter_call, leave_call, ops, Ctl, Frame, Interp, Slots};
use crate::runtime::coroutine::{BoxFuture, CoKind, CoroBody, CoroState, Coroutine};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::Function;
use crate::runtime::value::Value;
use crate::syntax::ast::*;

type LocalBoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// `eval_maybe(…).await`, with the result of an expression that did not suspend taken at once:
/// no poll, and no drop of a future.
macro_rules! eval_await {
    ($e:expr) => {
        match $e {
            EvalMaybe::Ready(r) => r.unwrap_or(Ok(Value::None)),
            pending => pending.await,
        }
    };
}

/// Runs a block that may suspend. Its future is part of every suspended frame, so it keeps only
/// what the common statements that await need (an expression statement, an assignment to plain
/// targets, a `return`): one `eval_maybe` future. Compound statements and the other simple ones
/// run in futures of their own on the heap.
///
/// Written as a function returning an `async move` block rather than as an `async fn`: an
/// `async fn` keeps a second copy of its arguments in its state, and this state is part of
/// every suspended frame.
#[allow(clippy::manual_async_fn)]
pub fn exec_block_async<'a, 'b>(
    ip: &'a Interp,
    f: &'a mut Frame<'b>,
    stmts: &'a [Stmt],
) -> impl Future<Output = PyResult<Ctl>> + use<'a, 'b> {
    // The statement at an index (32 bits: it packs beside the future's state tag).
    let at = move |i: u32| stmts.get(i as usize);
    async move { run_block!(ip, f, at) }
}

/// The statement loop of `exec_block_async`, also written out inline in a function's body
/// (`run_py_body`), where it saves the words of a nested future. `$at(i)` is the block's
/// statement `i`; `$f` a `&mut Frame`. Evaluates to the block's `PyResult<Ctl>`.
macro_rules! run_block {
    ($ip:expr, $f:expr, $at:expr) => {{
        // An index rather than an iterator, and the statement found again after an await:
        // fewer words kept across a suspension.
        let mut i: u32 = 0;
        loop {
            let Some(s) = $at(i) else {
                break Ok(Ctl::Normal);
            };
            let c = if !s.suspends {
                sync::exec_stmt($ip, $f, s)?
            } else {
                match block_step(s) {
                    BlockStep::Expr(e) => {
                        $ip.cur_pos.set(s.span.start);
                        eval_await!(eval_maybe($ip, $f, e)).map_err(|x| step_failed($at(i), x))?;
                        Ctl::Normal
                    }
                    BlockStep::Assign(value) => {
                        $ip.cur_pos.set(s.span.start);
                        let v = eval_await!(eval_maybe($ip, $f, value))
                            .map_err(|x| step_failed($at(i), x))?;
                        let s = $at(i).expect("the statement just run");
                        $ip.cur_pos.set(s.span.start);
                        assign_to_targets($ip, $f, s, v)?;
                        Ctl::Normal
                    }
                    BlockStep::Return(e) => {
                        $ip.cur_pos.set(s.span.start);
                        let v = eval_await!(eval_maybe($ip, $f, e))
                            .map_err(|x| step_failed($at(i), x))?;
                        $f.ret = v;
                        Ctl::Return
                    }
                    BlockStep::Compound => exec_compound_async($ip, $f, s).await?,
                    BlockStep::Other => Box::pin(exec_simple_async($ip, $f, s)).await?,
                }
            };
            if c != Ctl::Normal {
                break Ok(c);
            }
            i += 1;
        }
    }};
}
use run_block;

/// How `exec_block_async` runs a statement that may suspend.
enum BlockStep<'s> {
    /// An expression statement.
    Expr(&'s Expr),
    /// An assignment of this value to targets that do not themselves await.
    Assign(&'s Expr),
    /// `return` with this value.
    Return(&'s Expr),
    Compound,
    Other,
}

/// The value of a statement that awaits failed: unless an expression inside it failed, the
/// failure is located at the whole value (`await inner()`), as CPython locates it. The
/// statement is found again rather than kept across the await (see `run_block!`).
#[cold]
fn step_failed(s: Option<&Stmt>, x: Exc) -> Exc {
    if let Some(BlockStep::Expr(e) | BlockStep::Assign(e) | BlockStep::Return(e)) =
        s.map(block_step)
    {
        x.leaves(e.span.start, e.span.end);
    }
    x
}

fn block_step(s: &Stmt) -> BlockStep<'_> {
    match &s.kind {
        StmtKind::Expr(e) => BlockStep::Expr(e),
        StmtKind::Assign { targets, value } if targets.iter().all(|t| !t.suspends) => {
            BlockStep::Assign(value)
        }
        StmtKind::Return(Some(e)) => BlockStep::Return(e),
        _ if is_compound(s) => BlockStep::Compound,
        _ => BlockStep::Other,
    }
}

/// The second half of `targets = value` in `exec_block_async`. Always inlined: the
/// statement loop is written out twice (see `run_block!`), and a call here costs more than
/// the work.
#[inline(always)]
fn assign_to_targets(ip: &Interp, f: &mut Frame<'_>, s: &Stmt, v: Value) -> PyResult<()> {
    let StmtKind::Assign { targets, .. } = &s.kind else {
        unreachable!("an assignment")
    };
    if let [t] = &targets[..] {
        return assign(ip, f, t, v);
    }
    for t in targets {
        assign(ip, f, t, v.clone())?;
    }
    Ok(())
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
            | StmtKind::Match { .. }
    )
}

/// A statement without a body of its own: an expression, an assignment, a return …
async fn exec_simple_async(ip: &Interp, f: &mut Frame<'_>, s: &Stmt) -> PyResult<Ctl> {
    let pos = s.span.start;
    ip.cur_pos.set(pos);
    match &s.kind {
        StmtKind::Expr(e) => {
            eval_await!(eval_maybe(ip, f, e))?;
        }
        StmtKind::Assign { targets, value } => {
            let v = eval_await!(eval_maybe(ip, f, value))?;
            ip.cur_pos.set(pos);
            for t in targets {
                assign_async(ip, f, t, v.clone()).await?;
            }
        }
        StmtKind::AugAssign { target, op, value } => match &target.kind {
            ExprKind::Name { id, scope } => {
                let cur = sync::load_name(ip, f, *id, *scope)?;
                let rhs = eval_await!(eval_maybe(ip, f, value))?;
                ip.cur_pos.set(pos);
                let r = sync::inplace_op(ip, *op, &cur, &rhs)?;
                sync::store_name(ip, f, *id, *scope, r)?;
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                let o = eval_await!(eval_maybe(ip, f, obj))?;
                let cur = ops::getattr(ip, &o, *attr)?;
                let rhs = eval_await!(eval_maybe(ip, f, value))?;
                ip.cur_pos.set(pos);
                let r = sync::inplace_op(ip, *op, &cur, &rhs)?;
                ops::setattr(ip, &o, *attr, r)?;
            }
            ExprKind::Subscript { value: obj, slice }
                if !matches!(slice.kind, ExprKind::Slice { .. }) =>
            {
                let o = eval_await!(eval_maybe(ip, f, obj))?;
                let k = eval_await!(eval_maybe(ip, f, slice))?;
                let cur = ops::getitem(ip, &o, &k)?;
                let rhs = eval_await!(eval_maybe(ip, f, value))?;
                ip.cur_pos.set(pos);
                let r = sync::inplace_op(ip, *op, &cur, &rhs)?;
                ops::setitem(ip, &o, &k, r)?;
            }
            _ => return Err(not_yet(ip, "'await' in this augmented assignment")),
        },
        StmtKind::AnnAssign { target, value, .. } => {
            if let Some(v) = value {
                let v = eval_await!(eval_maybe(ip, f, v))?;
                ip.cur_pos.set(pos);
                assign_async(ip, f, target, v).await?;
            }
        }
        StmtKind::Raise {
            exc: Some(x),
            cause,
        } => {
            let v = eval_await!(eval_maybe(ip, f, x))?;
            let e = sync::make_exception(ip, v)?;
            e.0.tb_frame.set(u32::MAX);
            sync::raise_context(ip, &e);
            if let Some(c) = cause {
                let c = eval_await!(eval_maybe(ip, f, c))?;
                let cause = match c {
                    Value::None => None,
                    other => Some(sync::make_exception(ip, other)?.0),
                };
                *e.0.cause.borrow_mut() = cause;
                e.0.suppress_context.set(true);
            }
            ip.cur_pos.set(pos);
            e.leaves(s.span.start, s.span.end);
            return Err(e);
        }
        StmtKind::Assert { test, msg } => {
            if !cond_async(ip, f, test).await? {
                let args = match msg {
                    Some(m) => vec![eval_await!(eval_maybe(ip, f, m))?],
                    None => vec![],
                };
                ip.cur_pos.set(pos);
                return sync::noted(
                    test,
                    Err(crate::runtime::exceptions::Exc(
                        crate::runtime::exceptions::ExcObj::new(
                            ip.exc_class(ExcKind::AssertionError).clone(),
                            args,
                        ),
                    )),
                );
            }
        }
        StmtKind::Return(v) => {
            f.ret = match v {
                Some(e) => eval_await!(eval_maybe(ip, f, e))?,
                None => Value::None,
            };
            return Ok(Ctl::Return);
        }
        _ => return Err(not_yet(ip, "'await' in this statement")),
    }
    Ok(Ctl::Normal)
}

/// `cond_async(…).await?`, with a condition that cannot suspend tested at once: no future is
/// made and polled for it (a `while` loop's test, at every iteration).
macro_rules! cond_now {
    ($ip:expr, $f:expr, $test:expr) => {
        if $test.suspends {
            cond_async($ip, $f, $test).await?
        } else {
            sync::eval_cond($ip, $f, $test)?
        }
    };
}

/// Whether a loop's test is a constant that is true (`True`, a nonzero int): its truth asks
/// nothing and can run no code.
#[inline]
fn always_true(test: &Expr) -> bool {
    match &test.kind {
        ExprKind::Constant(Value::Bool(b)) => b.get(),
        ExprKind::Constant(Value::Int(i)) => *i != 0,
        _ => false,
    }
}

/// Compound statements recurse into blocks, so their futures are boxed. Each kind has a box of
/// its own size (as expressions do in `eval_async`): a `try` or a `with` keeps much more across
/// an `await` than an `if` or a loop, and a box is made, and its future moved into it whole,
/// each time the statement starts.
fn exec_compound_async<'a>(
    ip: &'a Interp,
    f: &'a mut Frame<'_>,
    s: &'a Stmt,
) -> LocalBoxFuture<'a, PyResult<Ctl>> {
    // The future is awaited as soon as it is made (`run_block!`): where the statement starts is
    // set now rather than at its first poll.
    ip.cur_pos.set(s.span.start);
    match &s.kind {
        StmtKind::If { test, body, orelse } => Box::pin(async move {
            if cond_now!(ip, f, test) {
                exec_block_async(ip, f, body).await
            } else {
                exec_block_async(ip, f, orelse).await
            }
        }),
        // A loop's body runs in the loop's own future (`run_block!`), not in a block
        // future made, polled and dropped per turn: a generator suspended in it is
        // resumed through one future less.
        StmtKind::While { test, body, orelse } => Box::pin(async move {
            // A test that is a true constant (`while True:`, `while 1:`) is not evaluated at
            // each turn, as CPython's compiler leaves it out.
            let always = always_true(test);
            loop {
                crate::signals::poll(ip)?;
                if !always && !cond_now!(ip, f, test) {
                    return exec_block_async(ip, f, orelse).await;
                }
                match run_block!(ip, f, |i: u32| body.get(i as usize))? {
                    Ctl::Break => return Ok(Ctl::Normal),
                    Ctl::Return => return Ok(Ctl::Return),
                    _ => {}
                }
            }
        }),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async: true,
        } => Box::pin(async move {
            let it = eval_await!(eval_maybe(ip, f, iter))?;
            let it = async_iter::aiter_of(ip, &it)?;
            loop {
                ip.cur_pos.set(s.span.start);
                let Some(v) = async_iter::async_next(ip, &it).await? else {
                    break;
                };
                assign(ip, f, target, v)?;
                match exec_block_async(ip, f, body).await? {
                    Ctl::Break => return Ok(Ctl::Normal),
                    Ctl::Return => return Ok(Ctl::Return),
                    _ => {}
                }
            }
            exec_block_async(ip, f, orelse).await
        }),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async: false,
        } => Box::pin(async move {
            let it = eval_await!(eval_maybe(ip, f, iter))?;
            let mut it = ops::iter(ip, &it)?;
            while let Some(v) = it
                .next_fast(ip)
                .inspect_err(|_| ip.cur_pos.set(s.span.start))?
            {
                crate::signals::poll(ip)?;
                assign(ip, f, target, v)?;
                match run_block!(ip, f, |i: u32| body.get(i as usize))? {
                    Ctl::Break => return Ok(Ctl::Normal),
                    Ctl::Return => return Ok(Ctl::Return),
                    _ => {}
                }
            }
            exec_block_async(ip, f, orelse).await
        }),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => Box::pin(async move {
            let r = match exec_block_async(ip, f, body).await {
                Ok(Ctl::Normal) => exec_block_async(ip, f, orelse).await,
                Ok(c) => Ok(c),
                Err(e) if *is_star => {
                    crate::eval::except_star::handle_star_async(ip, f, handlers, e).await
                }
                Err(e) => {
                    ip.traceback_here(&e);
                    let handler = find_handler_async(ip, f, handlers, &e).await?;
                    match handler {
                        Some(h) => {
                            if let Some(n) = &h.name {
                                sync::store_name(
                                    ip,
                                    f,
                                    n.id,
                                    n.scope,
                                    Value::Exception(e.0.clone()),
                                )?;
                            }
                            let outer = f.handling.replace(e.clone());
                            ip.enter_handler(&e);
                            let r = exec_block_async(ip, f, &h.body).await;
                            ip.leave_handler(&e);
                            f.handling = outer;
                            r.map_err(|inner| sync::chain_context(inner, &e))
                        }
                        None => Err(e),
                    }
                }
            };
            if finalbody.is_empty() {
                return r;
            }
            let saved_ret = f.ret.clone();
            let fin = match &r {
                Err(e) => {
                    ip.enter_handler(e);
                    let fin = exec_block_async(ip, f, finalbody).await;
                    ip.leave_handler(e);
                    fin.map_err(|e2| sync::chain_context(e2, e))
                }
                Ok(_) => exec_block_async(ip, f, finalbody).await,
            }?;
            match fin {
                Ctl::Normal => {
                    f.ret = saved_ret;
                    r
                }
                other => {
                    if other != Ctl::Return {
                        // A `break`/`continue` in `finally` drops the pending return.
                        f.ret = Value::None;
                    }
                    Ok(other)
                }
            }
        }),
        StmtKind::With {
            items,
            body,
            is_async,
        } => Box::pin(crate::eval::with_stmt::exec_with_async(
            ip, f, items, body, *is_async,
        )),
        StmtKind::Match { subject, cases } => Box::pin(async move {
            let v = eval_await!(eval_maybe(ip, f, subject))?;
            for c in cases {
                if crate::eval::matching::match_case(ip, f, &c.pattern, &v)? {
                    if let Some(g) = &c.guard {
                        if !cond_async(ip, f, g).await? {
                            continue;
                        }
                    }
                    return exec_block_async(ip, f, &c.body).await;
                }
            }
            Ok(Ctl::Normal)
        }),
        _ => unreachable!("not a compound statement"),
    }
}

/// Evaluates `e` on whichever path it needs. What can be done without suspending is done right
/// away (the result is awaited where it is made, so nothing runs in a different order); the
/// future left is the size of an `await` of one value, since every suspended frame holds one
/// such future per level of nesting.
#[inline]
/// The truth of a condition (`if`, `while`, `assert`): one that cannot suspend goes through
/// the sync path's `eval_cond`, which asks each operand of `and`/`or` for its truth once.
async fn cond_async(ip: &Interp, f: &mut Frame<'_>, e: &Expr) -> PyResult<bool> {
    if !e.suspends {
        return sync::eval_cond(ip, f, e);
    }
    let t = eval_await!(eval_maybe(ip, f, e))?;
    ops::truthy(ip, &t)
}

pub fn eval_maybe<'a>(ip: &'a Interp, f: &'a mut Frame<'_>, e: &'a Expr) -> EvalMaybe<'a> {
    if !e.suspends {
        return EvalMaybe::Ready(Some(sync::eval(ip, f, e)));
    }
    // The common shape `await g(...)` with a plain operand: no boxing.
    if let ExprKind::Await(inner) = &e.kind {
        if !inner.suspends {
            return match sync::noted(inner, sync::eval_call_for_await(ip, f, inner)) {
                Ok(sync::AwaitCall::Ran(v)) => EvalMaybe::Ready(Some(Ok(v))),
                Ok(sync::AwaitCall::Awaitable(v)) => EvalMaybe::Await(await_value(ip, v)),
                Err(e) => EvalMaybe::Ready(Some(Err(e))),
            };
        }
    }
    // `yield x` with a plain operand, the commonest suspension of all: no boxing either.
    if let ExprKind::Yield(x) = &e.kind {
        let v = match x {
            Some(x) if x.suspends => return EvalMaybe::Boxed(eval_async(ip, f, e)),
            Some(x) => match sync::eval(ip, f, x) {
                Ok(v) => v,
                Err(e) => return EvalMaybe::Ready(Some(Err(e))),
            },
            None => Value::None,
        };
        return EvalMaybe::Yield(Some(v));
    }
    EvalMaybe::Boxed(eval_async(ip, f, e))
}

pub enum EvalMaybe<'a> {
    Ready(Option<PyResult<Value>>),
    Await(AwaitValue<'a>),
    /// A `yield` of this value (None once it has been handed over: the next poll is the
    /// resumption).
    Yield(Option<Value>),
    Boxed(LocalBoxFuture<'a, PyResult<Value>>),
}

impl Future for EvalMaybe<'_> {
    type Output = PyResult<Value>;
    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            EvalMaybe::Ready(r) => Poll::Ready(r.take().unwrap_or(Ok(Value::None))),
            EvalMaybe::Await(a) => Pin::new(a).poll(cx),
            EvalMaybe::Yield(v) => match v.take() {
                Some(v) => {
                    crate::runtime::async_gen::hand_yielded(polling_ip(), v);
                    Poll::Pending
                }
                None => Poll::Ready(crate::runtime::async_gen::take_resumed(polling_ip())),
            },
            EvalMaybe::Boxed(b) => b.as_mut().poll(cx),
        }
    }
}

/// An expression that awaits, as a boxed future. Each kind that keeps much across an `await`
/// (a call's arguments, a display's items, a comprehension's frame, a `yield from`) has a box
/// of its own size, so that the commonest (an operator or a condition between awaits) stays a
/// small box, made and moved at little cost.
fn eval_async<'a>(
    ip: &'a Interp,
    f: &'a mut Frame<'_>,
    e: &'a Expr,
) -> LocalBoxFuture<'a, PyResult<Value>> {
    match &e.kind {
        ExprKind::Compare {
            left,
            ops: cmp_ops,
            comparators,
        } => Box::pin(async move {
            // The value is the first false result of the chain, or the last one.
            let mut a = eval_await!(eval_maybe(ip, f, left))?;
            let last = cmp_ops.len() - 1;
            for (i, (op, c)) in cmp_ops.iter().zip(comparators).enumerate() {
                let b = eval_await!(eval_maybe(ip, f, c))?;
                let r = ops::rich_compare(ip, *op, &a, &b)?;
                if i == last || !ops::truthy(ip, &r)? {
                    return Ok(r);
                }
                a = b;
            }
            Ok(Value::bool(true))
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => Box::pin(async move {
            let callee = eval_await!(eval_maybe(ip, f, func))?;
            let mut a = Args::new();
            for x in args {
                if let ExprKind::Starred(inner) = &x.kind {
                    let v = eval_await!(eval_maybe(ip, f, inner))?;
                    check_star_arg(ip, &v, args.len() == 1)
                        .map_err(|e| name_call_error(ip, &callee, e))?;
                    a.extend(ops::collect(ip, &v)?);
                } else {
                    a.push(eval_await!(eval_maybe(ip, f, x))?);
                }
            }
            let mut kw = sync::KwVec::new();
            for k in keywords {
                let v = eval_await!(eval_maybe(ip, f, &k.value))?;
                sync::add_keyword(ip, &mut kw, k.arg, v)
                    .map_err(|e| name_call_error(ip, &callee, e))?;
            }
            ip.cur_pos.set(e.span.start);
            call_value(ip, &callee, &mut a, &kw)
        }),
        ExprKind::Subscript { value, slice } => Box::pin(async move {
            let v = eval_await!(eval_maybe(ip, f, value))?;
            if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                let lo = eval_opt(ip, f, lower).await?;
                let hi = eval_opt(ip, f, upper).await?;
                let st = eval_opt(ip, f, step).await?;
                return ops::getslice(ip, &v, &lo, &hi, &st);
            }
            let k = eval_await!(eval_maybe(ip, f, slice))?;
            ops::getitem(ip, &v, &k)
        }),
        ExprKind::List(items) | ExprKind::Tuple(items) => Box::pin(async move {
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                if let ExprKind::Starred(inner) = &x.kind {
                    let v = eval_await!(eval_maybe(ip, f, inner))?;
                    check_star_arg(ip, &v, false)?;
                    out.extend(ops::collect(ip, &v)?);
                } else {
                    out.push(eval_await!(eval_maybe(ip, f, x))?);
                }
            }
            Ok(if matches!(e.kind, ExprKind::List(_)) {
                Value::list(out)
            } else {
                Value::tuple(out)
            })
        }),
        ExprKind::Set(items) => Box::pin(async move {
            let s = crate::runtime::set::PySet::new();
            for x in items {
                if let ExprKind::Starred(inner) = &x.kind {
                    let v = eval_await!(eval_maybe(ip, f, inner))?;
                    crate::runtime::set::update(ip, &s, &v)?;
                } else {
                    let v = eval_await!(eval_maybe(ip, f, x))?;
                    crate::runtime::set::add(ip, &s, v)?;
                }
            }
            Ok(Value::Set(s))
        }),
        ExprKind::Dict { keys, values } => Box::pin(async move {
            let d = crate::runtime::dict::PyDict::new();
            for (k, v) in keys.iter().zip(values) {
                match k {
                    Some(k) => {
                        let k = eval_await!(eval_maybe(ip, f, k))?;
                        let v = eval_await!(eval_maybe(ip, f, v))?;
                        crate::runtime::dict::set(ip, &d, k, v)?;
                    }
                    None => {
                        let m = eval_await!(eval_maybe(ip, f, v))?;
                        crate::eval::call_errors::check_mapping(ip, &m)?;
                        sync::dict_merge(ip, &d, &m)?;
                    }
                }
            }
            Ok(Value::Dict(d))
        }),
        ExprKind::JoinedStr(parts) => Box::pin(async move {
            let mut out = String::new();
            fstring_async(ip, f, parts, &mut out).await?;
            Ok(Value::string(out))
        }),
        ExprKind::Comp(c) if c.kind != CompKind::Generator => Box::pin(async move {
            let first = eval_await!(eval_maybe(ip, f, &c.generators[0].iter))?;
            let mut scope = sync::CompScope::new(c, f);
            let mut cf = scope.frame(f.module);
            let mut out = sync::CompOut::new(c.kind);
            comp_loop_async(ip, &mut cf, c, 0, first, Some(&mut out)).await?;
            Ok(out.into_value())
        }),
        ExprKind::YieldFrom(inner) => Box::pin(async move {
            let it = eval_await!(eval_maybe(ip, f, inner))?;
            crate::runtime::iterators::yield_from(ip, it).await
        }),
        _ => Box::pin(async move {
            match &e.kind {
                ExprKind::Await(inner) => {
                    let v = eval_await!(eval_maybe(ip, f, inner))?;
                    await_value(ip, v).await
                }
                ExprKind::BinOp { left, op, right } => {
                    let a = eval_await!(eval_maybe(ip, f, left))?;
                    let b = eval_await!(eval_maybe(ip, f, right))?;
                    ops::binary_op(ip, *op, &a, &b)
                }
                ExprKind::UnaryOp { op, operand } => {
                    let v = eval_await!(eval_maybe(ip, f, operand))?;
                    ops::unary_op(ip, *op, &v)
                }
                ExprKind::BoolOp { op, values } => {
                    // As the sync path's `eval_boolop`: each operand's truth asked once, the last
                    // one's never.
                    let last = values.len().saturating_sub(1);
                    let mut v = Value::None;
                    for (i, x) in values.iter().enumerate() {
                        let known = match &x.kind {
                            ExprKind::BoolOp { op, values } if !x.suspends => {
                                let (w, t) = sync::eval_boolop(ip, f, *op, values)?;
                                v = w;
                                t
                            }
                            _ => {
                                v = eval_await!(eval_maybe(ip, f, x))?;
                                None
                            }
                        };
                        if i == last {
                            break;
                        }
                        let t = match known {
                            Some(t) => t,
                            None => ops::truthy(ip, &v)?,
                        };
                        if (*op == BoolOpKind::And) != t {
                            return Ok(v);
                        }
                    }
                    Ok(v)
                }
                ExprKind::IfExp { test, body, orelse } => {
                    let t = eval_await!(eval_maybe(ip, f, test))?;
                    if ops::truthy(ip, &t)? {
                        eval_await!(eval_maybe(ip, f, body))
                    } else {
                        eval_await!(eval_maybe(ip, f, orelse))
                    }
                }
                ExprKind::Attribute { value, attr, .. } => {
                    let v = eval_await!(eval_maybe(ip, f, value))?;
                    ops::getattr(ip, &v, *attr)
                }
                ExprKind::NamedExpr { target, value } => {
                    let v = eval_await!(eval_maybe(ip, f, value))?;
                    assign(ip, f, target, v.clone())?;
                    Ok(v)
                }
                ExprKind::Yield(v) => {
                    let v = match v {
                        Some(x) => eval_await!(eval_maybe(ip, f, x))?,
                        None => Value::None,
                    };
                    crate::runtime::async_gen::GenYield { ip, value: Some(v) }.await
                }
                _ => Err(not_yet(ip, "'await' inside this expression")),
            }
        }),
    }
}

/// `sync::find_handler`, for handlers whose exception type awaits.
async fn find_handler_async<'h>(
    ip: &Interp,
    f: &mut Frame<'_>,
    handlers: &'h [ExceptHandler],
    e: &crate::runtime::exceptions::Exc,
) -> PyResult<Option<&'h ExceptHandler>> {
    if !handlers
        .iter()
        .any(|h| h.typ.as_ref().is_some_and(|t| t.suspends))
    {
        return sync::find_handler(ip, f, handlers, e);
    }
    for h in handlers {
        let Some(t) = &h.typ else {
            return Ok(Some(h));
        };
        let tv = eval_await!(eval_maybe(ip, f, t))?;
        if sync::exception_matches(ip, e, &tv)? {
            return Ok(Some(h));
        }
    }
    Ok(None)
}

/// An f-string whose fields (or their format specs) await.
fn fstring_async<'a>(
    ip: &'a Interp,
    f: &'a mut Frame<'_>,
    parts: &'a [FStringPart],
    out: &'a mut String,
) -> LocalBoxFuture<'a, PyResult<()>> {
    Box::pin(async move {
        for p in parts {
            match p {
                FStringPart::Literal(s) => out.push_str(s),
                FStringPart::Field {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    let v = eval_await!(eval_maybe(ip, f, expr))?;
                    let mut spec_s = String::new();
                    fstring_async(ip, f, spec, &mut spec_s).await?;
                    sync::format_field(ip, &v, *conversion, &spec_s, debug_text.as_deref(), out)?;
                }
            }
        }
        Ok(())
    })
}

/// An optional part (of a slice) on whichever path it needs; None where left out.
async fn eval_opt(ip: &Interp, f: &mut Frame<'_>, e: &Option<Box<Expr>>) -> PyResult<Value> {
    match e {
        Some(e) => eval_await!(eval_maybe(ip, f, e)),
        None => Ok(Value::None),
    }
}

/// Assigns to a target whose own parts await (`d[await key()] = v`, `(await obj()).x = v`).
async fn assign_async(ip: &Interp, f: &mut Frame<'_>, target: &Expr, v: Value) -> PyResult<()> {
    if !target.suspends {
        return assign(ip, f, target, v);
    }
    match &target.kind {
        ExprKind::Attribute { value, attr, .. } => {
            let obj = eval_await!(eval_maybe(ip, f, value))?;
            ops::setattr(ip, &obj, *attr, v)
        }
        ExprKind::Subscript { value, slice } if !matches!(slice.kind, ExprKind::Slice { .. }) => {
            let obj = eval_await!(eval_maybe(ip, f, value))?;
            let k = eval_await!(eval_maybe(ip, f, slice))?;
            ops::setitem(ip, &obj, &k, v)
        }
        _ => Err(not_yet(ip, "'await' inside this assignment target")),
    }
}

/// One `for` level of a comprehension that awaits, and the levels inside it. The elements go to
/// `out`, or are yielded one by one when it is None (an async generator expression).
pub fn comp_loop_async<'a>(
    ip: &'a Interp,
    cf: &'a mut Frame<'_>,
    c: &'a Comprehension,
    level: usize,
    iterable: Value,
    mut out: Option<&'a mut sync::CompOut>,
) -> LocalBoxFuture<'a, PyResult<()>> {
    Box::pin(async move {
        let g = &c.generators[level];
        let mut it = if g.is_async {
            CompIter::Async(async_iter::aiter_of(ip, &iterable)?)
        } else {
            CompIter::Sync(ops::iter(ip, &iterable)?)
        };
        'items: loop {
            let v = match &mut it {
                CompIter::Sync(it) => it.next_checked(ip)?,
                CompIter::Async(it) => async_iter::async_next(ip, it).await?,
            };
            let Some(v) = v else {
                break;
            };
            assign(ip, cf, &g.target, v)?;
            for cond in &g.ifs {
                let t = eval_await!(eval_maybe(ip, cf, cond))?;
                if !ops::truthy(ip, &t)? {
                    continue 'items;
                }
            }
            if level + 1 < c.generators.len() {
                let inner = eval_await!(eval_maybe(ip, cf, &c.generators[level + 1].iter))?;
                comp_loop_async(ip, cf, c, level + 1, inner, out.as_deref_mut()).await?;
            } else {
                let v = eval_await!(eval_maybe(ip, cf, &c.elt))?;
                let Some(out) = out.as_deref_mut() else {
                    crate::runtime::async_gen::GenYield { ip, value: Some(v) }.await?;
                    continue;
                };
                let value = match &c.value {
                    Some(x) => Some(eval_await!(eval_maybe(ip, cf, x))?),
                    None => None,
                };
                out.add(ip, v, value)?;
            }
        }
        Ok(())
    })
}

/// What a comprehension level iterates: a plain iterator or an async one (`async for`).
enum CompIter {
    Sync(ops::Iter),
    Async(Value),
}

/// `await v`: a hand-written future of a few words. A suspended frame keeps it inline in its
/// own future, so it decides how big every pending coroutine is; the rare kinds of awaitable (an
/// object with `__await__`, or something that is not awaitable) go to a boxed async fn. It keeps
/// no reference to the interpreter (a word less in every suspended frame): it is polled only
/// inside a coroutine's step, which leaves the interpreter where `polling_ip` finds it.
pub fn await_value(_ip: &Interp, v: Value) -> AwaitValue<'_> {
    AwaitValue {
        st: AwaitSt::Start(v),
        ip: std::marker::PhantomData,
    }
}

/// `await future`: asyncio's Future.__await__: yield the future to the task until it is done.
pub fn await_future(ip: &Interp, fut: Rc<FutureObj>) -> AwaitValue<'_> {
    await_value(ip, Value::Future(fut))
}

pub struct AwaitValue<'a> {
    st: AwaitSt<'a>,
    ip: std::marker::PhantomData<&'a Interp>,
}

enum AwaitSt<'a> {
    /// Not polled yet.
    Start(Value),
    /// Driving a coroutine (its `being_awaited` is set).
    Coro(Rc<Coroutine>),
    /// Polling a natively written coroutine's future, started right here.
    Native(BoxFuture),
    /// The future was yielded to the task; the next poll is its wake-up.
    Fut(Rc<FutureObj>),
    /// `asyncio.sleep(0)`: None was yielded for one loop iteration; then `result` is returned.
    SleepYield(Value),
    /// `asyncio.sleep(delay)`: waiting for the future its timer completes (the timer counts
    /// as cancelled once the future is done).
    SleepWait(Rc<FutureObj>),
    /// Any other awaitable.
    Boxed(LocalBoxFuture<'a, PyResult<Value>>),
    /// The coroutine it drove finished while resumed straight through this frame (see
    /// `Coroutine::resume_through`): what it returned or raised, taken at the next poll.
    Finished(PyResult<Value>),
    Done,
}

impl Future for AwaitValue<'_> {
    type Output = PyResult<Value>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let r = this.step(cx);
        if r.is_pending() {
            // The coroutine being resumed is suspended here (see `Coroutine::awaiting`).
            // Mutable: `Coroutine::resume_through` leaves the result of the coroutine it
            // drives here.
            let at = std::ptr::addr_of_mut!(this.st) as *const ();
            SUSPENDED_AT.with(|p| p.set(at));
        }
        r
    }
}

impl Drop for AwaitValue<'_> {
    fn drop(&mut self) {
        let at = std::ptr::addr_of!(self.st) as *const ();
        SUSPENDED_AT.with(|p| {
            if p.get() == at {
                p.set(std::ptr::null());
            }
        });
    }
}

impl AwaitValue<'_> {
    fn step(&mut self, cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        let this = self;
        let ip = polling_ip();
        loop {
            match std::mem::replace(&mut this.st, AwaitSt::Done) {
                AwaitSt::Start(Value::Coroutine(c)) => {
                    // A coroutine whose body cannot suspend runs right here on the sync path:
                    // nothing is boxed and nothing is polled.
                    let fast = {
                        let st = c.state.borrow();
                        matches!(&*st, CoroState::Created(CoroBody::Py { func, .. }) if !func.def.scope.may_suspend)
                    };
                    if fast && !c.being_awaited.get() {
                        let st = std::mem::replace(
                            &mut *c.state.borrow_mut(),
                            CoroState::Done(Value::None),
                        );
                        if let CoroState::Created(CoroBody::Py { func, locals }) = st {
                            return Poll::Ready(crate::eval::call::run_sync_body(
                                ip,
                                &func,
                                &mut Slots::from_vec(locals),
                            ));
                        }
                    }
                    // A natively written coroutine (`queue.get()`, `lock.acquire()`) awaited
                    // right where it was made: its future is polled here directly, without
                    // going through `resume` on each step.
                    let native =
                        matches!(&*c.state.borrow(), CoroState::Created(CoroBody::Native(_)));
                    if native && !c.being_awaited.get() && Rc::strong_count(&c) == 1 {
                        let st = std::mem::replace(
                            &mut *c.state.borrow_mut(),
                            CoroState::Done(Value::None),
                        );
                        if let CoroState::Created(CoroBody::Native(make)) = st {
                            this.st = AwaitSt::Native(make(ip.rc()));
                            continue;
                        }
                    }
                    // `asyncio.sleep` as `crate::aio::sleep_for` runs it.
                    let sleep = matches!(
                        &*c.state.borrow(),
                        CoroState::Created(CoroBody::Sleep { .. })
                    );
                    if sleep && !c.being_awaited.get() && Rc::strong_count(&c) == 1 {
                        let st = std::mem::replace(
                            &mut *c.state.borrow_mut(),
                            CoroState::Done(Value::None),
                        );
                        if let CoroState::Created(CoroBody::Sleep { delay, result }) = st {
                            if delay <= 0.0 {
                                ip.yielded.set(Some(Value::None));
                                this.st = AwaitSt::SleepYield(result);
                                return Poll::Pending;
                            }
                            let fut = FutureObj::untracked();
                            crate::aio::trace::label_sleep(ip, &fut, delay);
                            ip.event_loop.call_later_sleep(delay, fut.clone(), result);
                            ip.yielded.set(Some(Value::Future(fut.clone())));
                            this.st = AwaitSt::SleepWait(fut);
                            return Poll::Pending;
                        }
                    }
                    if c.being_awaited.get() {
                        return Poll::Ready(Err(
                            ip.err(ExcKind::RuntimeError, "coroutine is being awaited already")
                        ));
                    }
                    c.being_awaited.set(true);
                    this.st = AwaitSt::Coro(c);
                }
                AwaitSt::Start(Value::Future(fut)) => {
                    if fut.is_done() {
                        return Poll::Ready(fut.result(ip));
                    }
                    ip.yielded.set(Some(Value::Future(fut.clone())));
                    this.st = AwaitSt::Fut(fut);
                    return Poll::Pending;
                }
                AwaitSt::Start(other) => {
                    this.st = AwaitSt::Boxed(Box::pin(await_other(ip, other)));
                }
                AwaitSt::Coro(c) => {
                    return match c.resume(ip, cx) {
                        Poll::Ready(r) => {
                            c.being_awaited.set(false);
                            Poll::Ready(r)
                        }
                        Poll::Pending => {
                            this.st = AwaitSt::Coro(c);
                            Poll::Pending
                        }
                    };
                }
                AwaitSt::Native(mut fut) => {
                    let r = fut.as_mut().poll(cx);
                    if r.is_pending() {
                        this.st = AwaitSt::Native(fut);
                    }
                    return r;
                }
                AwaitSt::Boxed(mut fut) => {
                    let r = fut.as_mut().poll(cx);
                    if r.is_pending() {
                        this.st = AwaitSt::Boxed(fut);
                    }
                    return r;
                }
                AwaitSt::SleepYield(result) => {
                    if let Some(e) = ip.thrown.take() {
                        return Poll::Ready(Err(e));
                    }
                    ip.sent.take();
                    return Poll::Ready(Ok(result));
                }
                AwaitSt::SleepWait(fut) => {
                    let r = if let Some(e) = ip.thrown.take() {
                        Err(e)
                    } else {
                        ip.sent.take();
                        if fut.is_done() {
                            fut.result(ip)
                        } else {
                            Err(ip.err(ExcKind::RuntimeError, "await wasn't used with future"))
                        }
                    };
                    crate::aio::cancel_sleep_timer(&fut);
                    return Poll::Ready(r);
                }
                AwaitSt::Fut(fut) => {
                    // Resumed as a YieldPoint is: what was thrown in is raised; what was sent
                    // in is dropped.
                    if let Some(e) = ip.thrown.take() {
                        return Poll::Ready(Err(e));
                    }
                    ip.sent.take();
                    if !fut.is_done() {
                        return Poll::Ready(Err(
                            ip.err(ExcKind::RuntimeError, "await wasn't used with future")
                        ));
                    }
                    return Poll::Ready(fut.result(ip));
                }
                AwaitSt::Finished(r) => return Poll::Ready(r),
                AwaitSt::Done => {
                    return Poll::Ready(Err(ip.err(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    )))
                }
            }
        }
    }
}

/// `await` of anything but a coroutine or a future.
async fn await_other(ip: &Interp, v: Value) -> PyResult<Value> {
    match v {
        ref obj @ Value::Instance(_)
            if crate::eval::classes::user_method(obj, crate::intern::sym::__await__).is_some() =>
        {
            let it = crate::eval::classes::call_dunder(ip, obj, crate::intern::sym::__await__, &[])
                .unwrap()?;
            // Another coroutine's `__await__()`: awaiting it is awaiting that coroutine.
            let it = match crate::runtime::coro_objects::wrapped(&it) {
                Some(c) => Value::Coroutine(c),
                None => it,
            };
            match it {
                Value::Generator(g) => await_generator(ip, g).await,
                Value::Coroutine(_) | Value::Future(_) => await_value(ip, it).await,
                other => Err(ip.err(
                    ExcKind::TypeError,
                    format!(
                        "__await__() returned non-iterator of type '{}'",
                        ops::type_name(ip, &other)
                    ),
                )),
            }
        }
        other => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "object {} can't be used in 'await' expression",
                ops::type_name(ip, &other)
            ),
        )),
    }
}

/// Awaits the generator an `__await__` method returned: what it yields goes to the task (a
/// future to wait for, or None for one loop iteration); what comes back is sent in.
async fn await_generator(ip: &Interp, g: Rc<Coroutine>) -> PyResult<Value> {
    let mut send: Option<Value> = None;
    let mut throw = None;
    loop {
        match crate::runtime::iterators::gen_resume(ip, &g, send.take(), throw.take())? {
            Some(v) => match (YieldPoint { ip, value: Some(v) }).await {
                Ok(x) => send = Some(x),
                Err(e) => throw = Some(e),
            },
            None => return Ok(g.take_returned()),
        }
    }
}

/// The one place a coroutine suspends: hands `value` to whoever drives it, and on resumption
/// returns what was sent in, or raises what was thrown in.
pub struct YieldPoint<'a> {
    pub ip: &'a Interp,
    pub value: Option<Value>,
}

impl Future for YieldPoint<'_> {
    type Output = PyResult<Value>;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
        if let Some(v) = self.value.take() {
            self.ip.yielded.set(Some(v));
            return Poll::Pending;
        }
        if let Some(e) = self.ip.thrown.take() {
            return Poll::Ready(Err(e));
        }
        Poll::Ready(Ok(self.ip.sent.take().unwrap_or(Value::None)))
    }
}

impl Coroutine {
    /// Runs the coroutine until it suspends or finishes (one `send`). The exceptions its
    /// suspended `except`/`finally` blocks handle are on the interpreter's stack only while
    /// it runs.
    #[inline]
    pub fn resume(&self, ip: &Interp, cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        let mark = ip.handled.borrow().len();
        if let Some(mine) = self.take_handled() {
            ip.handled.borrow_mut().extend(mine);
        }
        let r = self.resume_step(ip, cx);
        if r.is_pending() {
            let mine = {
                let mut h = ip.handled.borrow_mut();
                (h.len() > mark).then(|| h.split_off(mark))
            };
            if let Some(mine) = mine {
                self.stash_handled(mine);
            }
        }
        r
    }

    fn resume_step(&self, ip: &Interp, cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        if let Some(d) = self.awaited_coroutine(ip) {
            if let Some(r) = self.resume_through(ip, cx, &d) {
                return r;
            }
        }
        let st = std::mem::replace(&mut *self.state.borrow_mut(), CoroState::Executing);
        let mut starts_frame = false;
        let mut fut = match st {
            CoroState::Created(body) => {
                if let Some(e) = ip.thrown.take() {
                    self.end_step(CoroState::Done(Value::None));
                    return Poll::Ready(Err(e));
                }
                starts_frame = matches!(body, CoroBody::Py { .. });
                start(ip, self, body)
            }
            CoroState::Running(f, _) => f,
            CoroState::Executing => {
                return Poll::Ready(Err(
                    ip.err(ExcKind::ValueError, "coroutine already executing")
                ))
            }
            CoroState::Done(v) => {
                self.end_step(CoroState::Done(v));
                return Poll::Ready(Err(ip.err(
                    ExcKind::RuntimeError,
                    match self.kind {
                        CoKind::AsyncGenSend => "cannot reuse already awaited __anext__()/asend()",
                        CoKind::AsyncGenThrow => "cannot reuse already awaited aclose()/athrow()",
                        _ => "cannot reuse already awaited coroutine",
                    },
                )));
            }
        };
        let saved = POLLING_IP.with(|p| p.replace(ip));
        // Where the frame is (if the body is one): `InFrame` takes it from here.
        let native = self.file() == u32::MAX;
        let file = if native { 0 } else { self.file() };
        FRAME_AT.with(|p| p.set((file, self.pos.get())));
        FRAME_PTR.with(|p| p.set(suspended_frame(self, &fut)));
        // The `await` that suspends it leaves its state here (an enclosing `await` sets it again
        // for the coroutine that drives this one).
        SUSPENDED_AT.with(|p| p.set(std::ptr::null()));
        DELEGATE.with(|p| p.set(std::ptr::null()));
        // A body started inside another's first poll publishes its own frame: the enclosing
        // one's is kept aside and put back, whether this one suspends or returns at once.
        let outer_frame = if starts_frame {
            FRAME_PUBLISHED.with(|p| p.replace(0))
        } else {
            0
        };
        let r = fut.as_mut().poll(cx);
        POLLING_IP.with(|p| p.set(saved));
        let at = SUSPENDED_AT.with(|p| p.replace(std::ptr::null()));
        match r {
            Poll::Ready(r) => {
                if starts_frame {
                    FRAME_PUBLISHED.with(|p| p.set(outer_frame));
                }
                self.end_step(CoroState::Done(Value::None));
                Poll::Ready(r)
            }
            Poll::Pending => {
                if starts_frame {
                    note_frame(self, &fut);
                    FRAME_PUBLISHED.with(|p| p.set(outer_frame));
                    self.track_suspended();
                }
                self.awaiting.set(at);
                self.end_step(CoroState::Running(fut, take_delegate()));
                if !native {
                    // The frame's `InFrame` was the last to return: where it stopped.
                    self.pos.set(LAST_FRAME_POS.with(|p| p.get()));
                }
                Poll::Pending
            }
        }
    }
}

impl Coroutine {
    /// The coroutine this one is suspended in an `await` of, when its resumption can go
    /// straight to it: nothing is thrown in, and there is room on the stack for the walk.
    #[inline]
    fn awaited_coroutine(&self, ip: &Interp) -> Option<Rc<Coroutine>> {
        let d = self.awaited()?;
        let thrown = ip.thrown.take();
        let nothing_thrown = thrown.is_none();
        ip.thrown.set(thrown);
        if !nothing_thrown || !crate::stack::has_room() {
            return None;
        }
        Some(d)
    }

    /// The coroutine this suspended coroutine awaits, when its `await` is of a coroutine.
    #[inline]
    pub fn awaited(&self) -> Option<Rc<Coroutine>> {
        let at = self.awaiting.get();
        if at.is_null() || !matches!(&*self.state.borrow(), CoroState::Running(_, None)) {
            return None;
        }
        // SAFETY: set when it last suspended, to the state of the `await` it suspended in,
        // which stays where it is in the suspended future (see `trace_suspended`); nothing
        // else reads or writes it while the coroutine is suspended.
        match unsafe { &*(at as *const AwaitSt<'static>) } {
            AwaitSt::Coro(d) => Some(d.clone()),
            _ => None,
        }
    }

    /// Resumes `d`, which this suspended coroutine awaits, without polling this one's body:
    /// its frame is entered as `InFrame` would (the innermost running frame, the recursion
    /// depth), and left again. Each `send` into a chain of coroutines awaiting one another
    /// goes down the chain this way rather than through every level's futures. When `d`
    /// suspends, so does this one, where it was; when `d` finishes, its result is left in this
    /// one's `await` and None is returned: the body is then polled as usual and goes on from
    /// there. None as well when the frame cannot be entered (the caller polls the body).
    fn resume_through(
        &self,
        ip: &Interp,
        cx: &mut Context<'_>,
        d: &Rc<Coroutine>,
    ) -> Option<Poll<PyResult<Value>>> {
        let st = std::mem::replace(&mut *self.state.borrow_mut(), CoroState::Executing);
        let CoroState::Running(fut, None) = st else {
            self.end_step(st);
            return None;
        };
        let r = through_frame(ip, self, &fut, || d.resume(ip, cx));
        let done = match r {
            None => None,
            Some(Poll::Pending) => Some(Poll::Pending),
            Some(Poll::Ready(r)) => {
                d.being_awaited.set(false);
                // SAFETY: as in `awaited_coroutine`; the future is out of the state, in this
                // function's hands, and its `await` takes the result at the next poll.
                unsafe { *(self.awaiting.get() as *mut AwaitSt<'static>) = AwaitSt::Finished(r) };
                None
            }
        };
        self.end_step(CoroState::Running(fut, None));
        done
    }
}

/// Runs `run` with the frame of the suspended Python body `fut` of `c` as the innermost
/// running frame, without polling the body: what `InFrame` does on the way in and out, for a
/// resumption that goes straight on to what the body awaits or delegates to (so that
/// `sys._getframe`, tracebacks and warnings see the frame as its caller's). None, without
/// running it, when the body has no frame to show or the recursion limit is reached.
pub fn through_frame<R>(
    ip: &Interp,
    c: &Coroutine,
    fut: &BoxFuture,
    run: impl FnOnce() -> R,
) -> Option<R> {
    let frame = suspended_frame(c, fut);
    if frame.is_null() {
        return None;
    }
    let depth = ip.depth.get() + 1;
    if depth > ip.recursion_limit.get() {
        return None;
    }
    let (id, name) = body_frame_id(fut);
    ip.depth.set(depth);
    let link = Link::resumed(ip, id, Kind::Suspendable);
    link.frame.set(frame);
    link.push(ip);
    ip.cur_file.set(c.file());
    ip.cur_pos.set(c.pos.get());
    ip.cur_name.set(name);
    let r = run();
    link.pop(ip);
    leave_call(ip);
    Some(r)
}

/// The frame id and function name `InFrame` keeps in the future of a Python body (whose
/// frame `suspended_frame` found, so of the one type every such future has: see `start`).
fn body_frame_id(fut: &BoxFuture) -> (u32, crate::intern::Symbol) {
    fn offsets<R>(_: fn(Rc<Function>, OwnedFrame) -> R) -> (usize, usize) {
        (
            std::mem::offset_of!(InFrame<R>, id),
            std::mem::offset_of!(InFrame<R>, name),
        )
    }
    let (id_at, name_at) = offsets(run_py_body);
    let base = &**fut as *const dyn Future<Output = PyResult<Value>> as *const u8;
    // SAFETY: the future is an `InFrame` of `run_py_body`'s future (see above), boxed whole,
    // so its fields are at these offsets from its start.
    unsafe {
        (
            *(base.add(id_at) as *const u32),
            *(base.add(name_at) as *const crate::intern::Symbol),
        )
    }
}

/// Where, inside the future of a Python body (`start`), its frame is: found from the address
/// the body gives at its first poll (`FRAME_PUBLISHED`), the same for every such future (one
/// type), checked for each. `usize::MAX`: not known yet; `usize::MAX - 1`: found to differ, so
/// frames are not looked into.
static FRAME_OFFSET: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(usize::MAX);
const OFFSET_UNKNOWN: usize = usize::MAX;
const OFFSET_UNRELIABLE: usize = usize::MAX - 1;

/// After the first poll of a Python body that suspended: records where its frame is.
fn note_frame(c: &Coroutine, fut: &BoxFuture) {
    use std::sync::atomic::Ordering::Relaxed;
    let published = FRAME_PUBLISHED.with(|p| p.replace(0));
    let base = &**fut as *const dyn Future<Output = PyResult<Value>> as *const u8 as usize;
    if published < base {
        return;
    }
    let off = published - base;
    match FRAME_OFFSET.load(Relaxed) {
        OFFSET_UNKNOWN => FRAME_OFFSET.store(off, Relaxed),
        OFFSET_UNRELIABLE => return,
        known if known != off => {
            debug_assert!(false, "a Python frame at a different place in its future");
            FRAME_OFFSET.store(OFFSET_UNRELIABLE, Relaxed);
            return;
        }
        _ => {}
    }
    c.gc_flags
        .set(c.gc_flags.get() | crate::runtime::coroutine::PY_FRAME);
}

/// The frame of a suspended coroutine's Python body, or null when it has none (not started,
/// a native body) or it cannot be found.
pub fn suspended_frame(c: &Coroutine, fut: &BoxFuture) -> *const Frame<'static> {
    use std::sync::atomic::Ordering::Relaxed;
    if c.gc_flags.get() & crate::runtime::coroutine::PY_FRAME == 0 {
        return std::ptr::null();
    }
    let off = FRAME_OFFSET.load(Relaxed);
    if off >= OFFSET_UNRELIABLE {
        return std::ptr::null();
    }
    let base = &**fut as *const dyn Future<Output = PyResult<Value>> as *const u8;
    // SAFETY: as in `trace_suspended`: the frame is `off` bytes into the future.
    unsafe { base.add(off) as *const Frame<'static> }
}

/// For the collector: reports what a suspended coroutine holds: its frame's locals, cells,
/// the exception it is handling and a return value it keeps, and what its `await` waits on.
/// (What a suspended expression holds half evaluated, a `for` loop's iterator and the like
/// are out of sight, and so stay alive.) It is never called while the coroutine runs: its
/// state is then `Executing`.
pub fn trace_suspended(c: &Coroutine, fut: &BoxFuture, v: &mut crate::runtime::gc::Visit) {
    use std::sync::atomic::Ordering::Relaxed;
    if c.gc_flags.get() & crate::runtime::coroutine::PY_FRAME != 0 {
        let off = FRAME_OFFSET.load(Relaxed);
        if off < OFFSET_UNRELIABLE {
            let base = &**fut as *const dyn Future<Output = PyResult<Value>> as *const u8;
            // SAFETY: a coroutine with `PY_FRAME` runs a Python body's future, whose frame is
            // `off` bytes into it (checked when it first suspended); the future is suspended
            // (not `Executing`), so nothing writes the frame while it is read.
            let f = unsafe { &*(base.add(off) as *const Frame<'static>) };
            v.values(f.locals.iter());
            for cell in f.cells.iter() {
                v.rc(cell);
            }
            if let Some(e) = &f.handling {
                v.rc(&e.0);
            }
            v.value(&f.ret);
        }
    }
    let at = c.awaiting.get();
    if !at.is_null() {
        // SAFETY: set when the coroutine last suspended, to the state of the `await` it
        // suspended in, which stays where it is inside the suspended future (an `AwaitValue`
        // that goes away clears it: see its `Drop`).
        let st = unsafe { &*(at as *const AwaitSt<'static>) };
        match st {
            AwaitSt::Coro(c) => v.rc(c),
            AwaitSt::Fut(f) | AwaitSt::SleepWait(f) => v.rc(f),
            AwaitSt::Start(x) | AwaitSt::SleepYield(x) | AwaitSt::Finished(Ok(x)) => v.value(x),
            AwaitSt::Native(_) | AwaitSt::Boxed(_) | AwaitSt::Finished(Err(_)) | AwaitSt::Done => {}
        }
    }
}

/// The registers of the polling protocol below, which are per thread: a thread switch inside
/// a resume takes them out and puts them back (`crate::threads`).
pub struct PollRegs {
    delegate: *const Coroutine,
    suspended_at: *const (),
    published: usize,
    frame_at: (u32, u32),
    frame_ptr: *const Frame<'static>,
    last_pos: u32,
    ip: *const Interp,
}

impl PollRegs {
    /// Takes the running thread's registers (leaving them clear).
    pub fn take() -> PollRegs {
        PollRegs {
            delegate: DELEGATE.with(|p| p.replace(std::ptr::null())),
            suspended_at: SUSPENDED_AT.with(|p| p.replace(std::ptr::null())),
            published: FRAME_PUBLISHED.with(|p| p.replace(0)),
            frame_at: FRAME_AT.with(|p| p.replace((0, 0))),
            frame_ptr: FRAME_PTR.with(|p| p.replace(std::ptr::null())),
            last_pos: LAST_FRAME_POS.with(|p| p.replace(0)),
            ip: POLLING_IP.with(|p| p.replace(std::ptr::null())),
        }
    }

    /// Clear registers, for a new thread.
    pub fn clear() -> PollRegs {
        PollRegs {
            delegate: std::ptr::null(),
            suspended_at: std::ptr::null(),
            published: 0,
            frame_at: (0, 0),
            frame_ptr: std::ptr::null(),
            last_pos: 0,
            ip: std::ptr::null(),
        }
    }

    pub fn put(self) {
        DELEGATE.with(|p| p.set(self.delegate));
        SUSPENDED_AT.with(|p| p.set(self.suspended_at));
        FRAME_PUBLISHED.with(|p| p.set(self.published));
        FRAME_AT.with(|p| p.set(self.frame_at));
        FRAME_PTR.with(|p| p.set(self.frame_ptr));
        LAST_FRAME_POS.with(|p| p.set(self.last_pos));
        POLLING_IP.with(|p| p.set(self.ip));
    }
}

/// The interpreter of the coroutine being resumed: what frames and awaits polled inside
/// `Coroutine::resume` (or `WithInterp`) work with.
#[inline]
fn polling_ip<'a>() -> &'a Interp {
    let ip = POLLING_IP.with(|p| p.get());
    assert!(!ip.is_null(), "a frame polled outside Coroutine::resume");
    // SAFETY: whoever set `POLLING_IP` holds the interpreter for the whole poll. A nested
    // future that keeps the reference across polls is polled again only inside a later step
    // of the same coroutine, by the same interpreter, so it is alive then; once it is gone such
    // a future can only be dropped, which never reads the reference.
    unsafe { &*ip }
}

/// Called by a `yield from` about to suspend at a value its generator `g` yielded: the
/// coroutine being resumed keeps `g`, so that its next resumption goes straight to `g`.
pub fn set_delegate(g: &Rc<Coroutine>) {
    DELEGATE.with(|p| p.set(Rc::as_ptr(g)));
}

/// The generator the body just polled suspended in a `yield from` of, if it did.
#[inline]
fn take_delegate() -> Option<Rc<Coroutine>> {
    let d = DELEGATE.with(|p| p.replace(std::ptr::null()));
    if d.is_null() {
        return None;
    }
    // SAFETY: set by `set_delegate` from an `Rc` that the suspended `yield from` holds, so it
    // is alive; the count taken here is the delegate's own.
    unsafe {
        Rc::increment_strong_count(d);
        Some(Rc::from_raw(d))
    }
}

thread_local! {
    /// The generator a `yield from` suspended at a value of (see `set_delegate`).
    static DELEGATE: std::cell::Cell<*const Coroutine> = const { std::cell::Cell::new(std::ptr::null()) };
    /// The state of the `await` that suspended last (see `Coroutine::awaiting`).
    static SUSPENDED_AT: std::cell::Cell<*const ()> = const { std::cell::Cell::new(std::ptr::null()) };
    /// The address of the frame of a Python body polled for the first time (see
    /// `note_frame`).
    static FRAME_PUBLISHED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// The file and position of the frame about to be polled (set by `Coroutine::resume` and
    /// `WithInterp`, read by `InFrame`).
    static FRAME_AT: std::cell::Cell<(u32, u32)> = const { std::cell::Cell::new((0, 0)) };
    /// The frame of the Python body about to be polled, when it is known (set by
    /// `Coroutine::resume`, read by `InFrame` for the chain of running frames).
    static FRAME_PTR: std::cell::Cell<*const Frame<'static>> =
        const { std::cell::Cell::new(std::ptr::null()) };
    /// The position at which the frame polled last stopped (read by `Coroutine::resume`).
    static LAST_FRAME_POS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The interpreter of the coroutine being resumed, for `InFrame`.
    static POLLING_IP: std::cell::Cell<*const Interp> =
        const { std::cell::Cell::new(std::ptr::null()) };
}

fn start(ip: &Interp, _c: &Coroutine, body: CoroBody) -> BoxFuture {
    match body {
        CoroBody::Py { func, locals } => {
            let name = func.def.name;
            let frame = OwnedFrame::new(&func, locals);
            let fr = InFrame {
                inner: run_py_body(func, frame),
                name,
                id: ip.new_frame_id(),
            };
            Box::pin(fr)
        }
        CoroBody::Native(make) => make(ip.rc()),
        CoroBody::Sleep { delay, result } => {
            let ipr = ip.rc();
            Box::pin(async move { crate::aio::sleep_for(&ipr, delay, result).await })
        }
    }
}

/// A coroutine's body (an `async move` block, not an `async fn`: see `exec_block_async`).
/// Its frame is made before it and moved in whole, so that the future holds the frame alone
/// (not the frame and, beside it, the slots and the references the frame is made of). It keeps
/// no reference to the interpreter (`polling_ip()` at each use, a word less again).
#[allow(clippy::manual_async_fn)]
fn run_py_body(func: Rc<Function>, mut frame: OwnedFrame) -> impl Future<Output = PyResult<Value>> {
    async move {
        // Where the frame is, for the collector (`note_frame`) and the chain of running
        // frames (whose link `InFrame` made before the frame was there).
        FRAME_PUBLISHED.with(|p| p.set(std::ptr::addr_of!(frame.0) as usize));
        crate::eval::frames::note_top_frame(polling_ip(), &frame.0);
        // `frame` is used where it was moved in (a `let` would copy it into a second place).
        // The body's statements run right here, not in a nested `exec_block_async` future.
        let _: Ctl = run_block!(polling_ip(), &mut frame.0, |i: u32| func
            .def
            .body
            .get(i as usize))?;
        Ok(std::mem::replace(&mut frame.0.ret, Value::None))
    }
}

/// The frame of a coroutine's body, owning its slots (freed when it goes away). Its module
/// reference points into the body's `Function`, which the same future holds (`run_py_body`
/// keeps `func` for as long as the frame): hence the `'static`, which is never handed out
/// beyond the future.
struct OwnedFrame(Frame<'static>);

impl OwnedFrame {
    fn new(func: &Rc<Function>, locals: Vec<Value>) -> OwnedFrame {
        let slots: *mut [Value] = Box::into_raw(locals.into_boxed_slice());
        // SAFETY: the slots are this frame's alone until `drop` frees them.
        let locals: &'static mut [Value] = unsafe { &mut *slots };
        let cells = make_cells(func, locals);
        // SAFETY: the `Function` lives in its `Rc` as long as the future holding this frame
        // holds `func` (see `run_py_body`); the frame only reads the module through it.
        let module: &'static Rc<crate::runtime::object::ModuleObj> =
            unsafe { &*std::ptr::addr_of!((*Rc::as_ptr(func)).module) };
        OwnedFrame(Frame {
            locals,
            cells,
            module,
            ret: Value::None,
            handling: None,
        })
    }
}

impl Drop for OwnedFrame {
    fn drop(&mut self) {
        let slots: *mut [Value] = std::mem::take::<&mut [Value]>(&mut self.0.locals);
        // SAFETY: made by `Box::into_raw` in `new`, and no longer referenced by the frame.
        drop(unsafe { Box::from_raw(slots) });
    }
}

/// Runs `inner` as the body of a frame named `name` in file `file` (a REPL entry run as a
/// coroutine, a generator expression): position, traceback entry and recursion depth are kept
/// as for a function's frame.
pub fn in_frame<F: Future<Output = PyResult<Value>> + 'static>(
    ip: &Interp,
    file: u32,
    pos: u32,
    name: crate::intern::Symbol,
    inner: F,
) -> BoxFuture {
    Box::pin(WithInterp {
        ip: ip.rc(),
        file,
        pos,
        inner: InFrame {
            inner,
            name,
            id: ip.new_frame_id(),
        },
    })
}

/// Polls `inner` with `ip` as the interpreter, and `file` and `pos` as where the frame is, that
/// `InFrame` finds (for a frame future that is not a coroutine's own, which
/// `Coroutine::resume` polls).
struct WithInterp<F> {
    ip: Rc<Interp>,
    file: u32,
    pos: u32,
    inner: F,
}

impl<F: Future<Output = PyResult<Value>>> Future for WithInterp<F> {
    type Output = PyResult<Value>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: `inner` is never moved out of the pinned struct.
        let this = unsafe { self.get_unchecked_mut() };
        let saved = POLLING_IP.with(|p| p.replace(Rc::as_ptr(&this.ip)));
        FRAME_AT.with(|p| p.set((this.file, this.pos)));
        let r = unsafe { Pin::new_unchecked(&mut this.inner) }.poll(cx);
        this.pos = LAST_FRAME_POS.with(|p| p.get());
        POLLING_IP.with(|p| p.set(saved));
        r
    }
}

/// Keeps a suspended frame's position (for tracebacks and warnings) and the recursion depth
/// right across suspensions, and adds the frame's traceback entry when its body raises. The
/// body's future is held inline: one allocation per started coroutine. It keeps no reference
/// to the interpreter, nor its file and position (words less in every suspended frame): it is
/// polled by `Coroutine::resume` or inside `WithInterp`, which leave them in `POLLING_IP` and
/// `FRAME_AT`, and take the position it stopped at from `LAST_FRAME_POS`.
struct InFrame<F> {
    inner: F,
    name: crate::intern::Symbol,
    /// This frame's id (for traceback entries).
    id: u32,
}

impl<F: Future<Output = PyResult<Value>>> Future for InFrame<F> {
    type Output = PyResult<Value>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: `inner` is never moved out of the pinned struct; the other fields are plain
        // data that are not pinned.
        let this = unsafe { self.get_unchecked_mut() };
        let ip = polling_ip();
        if crate::stack::has_room() {
            this.poll_here(ip, cx)
        } else {
            this.poll_grown(ip, cx)
        }
    }
}

impl<F: Future<Output = PyResult<Value>>> InFrame<F> {
    #[cold]
    fn poll_grown(&mut self, ip: &Interp, cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        match crate::stack::grow(|| self.poll_here(ip, cx)) {
            Some(r) => r,
            None => Poll::Ready(Err(ip.err_noargs(ExcKind::MemoryError))),
        }
    }
}

impl<F: Future<Output = PyResult<Value>>> InFrame<F> {
    #[inline(always)]
    fn poll_here(&mut self, ip: &Interp, cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        let this = self;
        if let Err(e) = enter_call(ip) {
            return Poll::Ready(Err(e));
        }
        let link = Link::resumed(ip, this.id, Kind::Suspendable);
        link.frame
            .set(FRAME_PTR.with(|p| p.replace(std::ptr::null())));
        link.push(ip);
        let (file, pos) = FRAME_AT.with(|p| p.get());
        ip.cur_file.set(file);
        ip.cur_pos.set(pos);
        ip.cur_name.set(this.name);
        let r = unsafe { Pin::new_unchecked(&mut this.inner) }.poll(cx);
        let pos = ip.cur_pos.get();
        if let Poll::Ready(Err(e)) = &r {
            ip.traceback_here(e);
        }
        link.pop(ip);
        leave_call(ip);
        LAST_FRAME_POS.with(|p| p.set(pos));
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The size of the frame future a function of this type returns, wrapped as `start` wraps
    /// it.
    fn frame_size<R>(_: fn(Rc<Function>, OwnedFrame) -> R) -> usize {
        std::mem::size_of::<InFrame<R>>()
    }

    /// Every suspended coroutine keeps one such frame (mimalloc's size class 112; 100,000
    /// pending tasks hold 100,000 of them), and one `await` future in it.
    #[test]
    fn suspended_frames_stay_small() {
        assert_eq!(std::mem::size_of::<Frame>(), 64);
        assert_eq!(std::mem::size_of::<AwaitValue>(), 24);
        assert_eq!(frame_size(run_py_body), 112);
    }
}
