//! Generators and iterators: driving a generator (`next`, `send`, `throw`, `close`, `yield
//! from`), generator expressions, and the builtin iterator functions (`iter`, `next`,
//! `enumerate`, `zip`, `map`, `filter`, `reversed`).

use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use crate::eval::ops::{self, Iter};
use crate::eval::suspend::YieldPoint;
use crate::eval::{Frame, Interp};
use crate::intern::intern;
use crate::runtime::coroutine::{CoKind, CoroBody, CoroState, Coroutine};
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::{BuiltinFn, Class, ClassKind, Kwargs};
use crate::runtime::value::Value;
use crate::syntax::ast::Comprehension;
use corun_macros::{function, method, staticmethod};

/// A builtin iterator object.
pub struct IterObj {
    pub class: Rc<Class>,
    pub it: RefCell<Iter>,
}

impl IterObj {
    /// Makes an iterator object of the builtin class `name`.
    pub fn make(ip: &Interp, name: &'static str, it: Iter) -> Value {
        let class = ip
            .iter_classes
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                let c = Class::new_builtin(
                    name,
                    "builtins",
                    ClassKind::Iterator,
                    Some(ip.types.object.clone()),
                );
                crate::runtime::bind::fill_class(name, &mut c.dict.borrow_mut());
                c
            })
            .clone();
        Self::wrap(class, it)
    }

    /// An iterator object of `class` (tracked: it holds what it iterates).
    pub fn wrap(class: Rc<Class>, it: Iter) -> Value {
        let o = Rc::new(IterObj {
            class,
            it: RefCell::new(it),
        });
        crate::runtime::gc::track(crate::runtime::gc::Kind::Iterator, &o);
        Value::Iterator(o)
    }

    /// The next item. The functions of `map` and `filter` run with the iterator not borrowed,
    /// so that they may advance the same iterator, as CPython allows. Iterators wrapped in one
    /// another recurse natively, as deep as they are nested: each level checks the stack.
    pub fn next(&self, ip: &Interp) -> PyResult<Option<Value>> {
        crate::eval::with_stack(ip, || self.next_here(ip))
    }

    fn next_here(&self, ip: &Interp) -> PyResult<Option<Value>> {
        loop {
            let mut it = match self.it.try_borrow_mut() {
                Ok(it) => it,
                Err(_) => return Err(ip.err(ExcKind::ValueError, "generator already executing")),
            };
            match &mut *it {
                Iter::Map { func, inners } => {
                    let mut args = crate::eval::call::Args::new();
                    for inner in inners.iter_mut() {
                        match inner.next_checked(ip)? {
                            Some(v) => args.push(v),
                            None => return Ok(None),
                        }
                    }
                    let func = func.clone();
                    drop(it);
                    return match crate::eval::call::call_value(ip, &func, &mut args, &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) => ip.end_iteration(e),
                    };
                }
                // The callable runs with the iterator not borrowed: it (or the sentinel's
                // `__eq__`) may advance the same iterator.
                Iter::Call { func, sentinel } => {
                    let Some(f) = func.clone() else {
                        return Ok(None);
                    };
                    let sentinel = sentinel.clone();
                    drop(it);
                    let r = ops::call_until_sentinel(ip, &f, &sentinel)?;
                    if r.is_none() {
                        if let Iter::Call { func, .. } = &mut *self.it.borrow_mut() {
                            *func = None;
                        }
                    }
                    return Ok(r);
                }
                Iter::Filter { func, inner } => {
                    let Some(v) = inner.next_checked(ip)? else {
                        return Ok(None);
                    };
                    let func = func.clone();
                    drop(it);
                    let keep = if func.is_none() {
                        ops::truthy(ip, &v)?
                    } else {
                        let mut args = crate::eval::call::Args::new();
                        args.push(v.clone());
                        let r = match crate::eval::call::call_value(ip, &func, &mut args, &[]) {
                            Ok(r) => r,
                            Err(e) => return ip.end_iteration(e),
                        };
                        ops::truthy(ip, &r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                other => return other.next_checked(ip),
            }
        }
    }
}

impl Drop for IterObj {
    fn drop(&mut self) {
        let it = std::mem::replace(
            self.it.get_mut(),
            Iter::Items {
                items: Vec::new(),
                i: 0,
            },
        );
        crate::runtime::trashcan::drop_contents(it);
    }
}

impl crate::runtime::gc::Trace for IterObj {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        match self.it.try_borrow() {
            Ok(it) => it.traverse(v),
            Err(_) => v.busy(),
        }
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        if let Ok(mut it) = self.it.try_borrow_mut() {
            t.put(std::mem::replace(
                &mut *it,
                Iter::Items {
                    items: Vec::new(),
                    i: 0,
                },
            ));
        }
    }
}

/// Resumes a generator once: sends `send` (or throws `throw`) in, and returns what it yields,
/// or None once it has returned (its return value is kept in `returned`).
pub fn gen_resume(
    ip: &Interp,
    g: &Coroutine,
    send: Option<Value>,
    throw: Option<Exc>,
) -> PyResult<Option<Value>> {
    // One look at the state: a generator suspended at a plain `yield` (the common case) goes
    // straight on to its step, one delegating with `yield from` to its delegate (a send down
    // a chain of them passes through here once per level); the rest is out of line.
    // (The state is borrowed only for the look: each way borrows it again.)
    let way = match &*g.state.borrow() {
        CoroState::Running(_, None) => 0,
        CoroState::Running(_, Some(_)) if throw.is_none() => 1,
        _ => 2,
    };
    match way {
        0 => gen_step(ip, g, send, throw),
        1 => gen_delegate(ip, g, send),
        _ => gen_resume_other(ip, g, send, throw),
    }
}

/// `gen_resume` of a generator delegating with `yield from`: the send goes to the delegate.
#[inline(never)]
fn gen_delegate(ip: &Interp, g: &Coroutine, send: Option<Value>) -> PyResult<Option<Value>> {
    match resume_delegate(ip, g, send) {
        Ok(Some(v)) => Ok(Some(v)),
        // The delegate is done: the `yield from` takes its return value, or raises what it
        // raised, as it goes on.
        Ok(None) => gen_step(ip, g, None, None),
        Err(e) => gen_step(ip, g, None, Some(e)),
    }
}

/// `gen_resume` of a generator that is not suspended: not started, running or finished (or
/// one delegating with `yield from` that something is thrown into).
#[inline(never)]
fn gen_resume_other(
    ip: &Interp,
    g: &Coroutine,
    send: Option<Value>,
    throw: Option<Exc>,
) -> PyResult<Option<Value>> {
    match &*g.state.borrow() {
        CoroState::Done(_) => {
            return match throw {
                Some(e) => Err(e),
                None => Ok(None),
            }
        }
        CoroState::Created(_) => {
            if let Some(v) = &send {
                if !v.is_none() {
                    return Err(ip.err(
                        ExcKind::TypeError,
                        if g.kind == CoKind::Coroutine {
                            "can't send non-None value to a just-started coroutine"
                        } else {
                            "can't send non-None value to a just-started generator"
                        },
                    ));
                }
            }
        }
        CoroState::Executing => {
            return Err(ip.err(
                ExcKind::ValueError,
                if g.kind == CoKind::Coroutine {
                    "coroutine already executing"
                } else {
                    "generator already executing"
                },
            ));
        }
        CoroState::Running(..) => {}
    }
    gen_step(ip, g, send, throw)
}

/// One step of a generator's own body.
#[inline(always)]
fn gen_step(
    ip: &Interp,
    g: &Coroutine,
    send: Option<Value>,
    throw: Option<Exc>,
) -> PyResult<Option<Value>> {
    // The slots belong to whoever is being driven now: keep the outer driver's.
    let saved_yielded = ip.yielded.take();
    let saved_sent = ip.sent.replace(send);
    let saved_thrown = ip.thrown.replace(throw);
    let mut cx = Context::from_waker(Waker::noop());
    let r = crate::runtime::async_gen::with_stepping(false, || g.resume(ip, &mut cx));
    let yielded = ip.yielded.replace(saved_yielded);
    ip.sent.set(saved_sent);
    ip.thrown.set(saved_thrown);
    match r {
        Poll::Pending => Ok(Some(yielded.unwrap_or(Value::None))),
        Poll::Ready(Ok(v)) => {
            g.set_returned(v);
            Ok(None)
        }
        Poll::Ready(Err(e)) => Err(step_error(ip, e)),
    }
}

/// What a generator's step raised, as its caller sees it: StopIteration becomes RuntimeError.
#[inline(never)]
fn step_error(ip: &Interp, e: Exc) -> Exc {
    if e.is_instance(ip.exc_class(ExcKind::StopIteration)) {
        let re = ip.err(ExcKind::RuntimeError, "generator raised StopIteration");
        *re.0.cause.borrow_mut() = Some(e.0.clone());
        *re.0.context.borrow_mut() = Some(e.0);
        return re;
    }
    e
}

/// `send` to a generator suspended in a `yield from` of another generator: goes to that one
/// directly, as the `yield from` would pass it on, without resuming this body (CPython's
/// `gi_yieldfrom`). The generator counts as executing meanwhile. Returns what the delegate
/// yields, or None when it has finished (the delegate is then forgotten, and this body runs on
/// from its `yield from`).
fn resume_delegate(ip: &Interp, g: &Coroutine, send: Option<Value>) -> PyResult<Option<Value>> {
    let CoroState::Running(fut, Some(d)) =
        std::mem::replace(&mut *g.state.borrow_mut(), CoroState::Executing)
    else {
        unreachable!("a generator delegating to another")
    };
    // Its frame is a running one meanwhile, the caller of the delegate's.
    let mut send = Some(send);
    let r = crate::eval::suspend::through_frame(ip, g, &fut, || {
        gen_resume(ip, &d, send.take().flatten(), None)
    })
    .unwrap_or_else(|| gen_resume(ip, &d, send.take().flatten(), None));
    let keep = matches!(r, Ok(Some(_)));
    g.end_step(CoroState::Running(fut, if keep { Some(d) } else { None }));
    r
}

/// `generator.close()`: throws GeneratorExit in; a generator that yields again is an error.
pub fn gen_close(ip: &Interp, g: &Coroutine) -> PyResult<()> {
    let running = matches!(&*g.state.borrow(), CoroState::Running(..));
    if !running {
        *g.state.borrow_mut() = CoroState::Done(Value::None);
        return Ok(());
    }
    match gen_resume(ip, g, None, Some(ip.err_noargs(ExcKind::GeneratorExit))) {
        Ok(Some(_)) => Err(ip.err(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
        Ok(None) => Ok(()),
        Err(e)
            if e.is_instance(ip.exc_class(ExcKind::GeneratorExit))
                || e.is_instance(ip.exc_class(ExcKind::StopIteration)) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// A suspended generator that goes away is closed, so its `finally` blocks run.
pub fn close_on_drop(g: &Coroutine) {
    let ip = crate::eval::current();
    if let Some(ip) = ip {
        if let Err(e) = gen_close(&ip, g) {
            let msg = crate::diagnostics::exception_headline(&ip, &e.0);
            let kind = match g.kind {
                crate::runtime::coroutine::CoKind::Coroutine => "coroutine",
                _ => "generator",
            };
            ip.write_err(&format!(
                "Exception ignored in: <{} object {} at {:#x}>\n{}\n",
                kind,
                g.qualname(),
                g as *const Coroutine as usize,
                msg
            ));
        }
    }
}

/// `yield from it`: delegates to a generator (sends and throws pass through), also when `it`'s
/// `__iter__` returns one, or iterates.
pub async fn yield_from(ip: &Interp, it: Value) -> PyResult<Value> {
    // A coroutine's `__await__()` delegates as a generator does.
    let g = match crate::runtime::coro_objects::wrapped(&it) {
        Some(c) => c,
        None => match it {
            Value::Generator(g) => g,
            other => match iter_fn(ip, &other, None)? {
                Value::Generator(g) => g,
                // In a box of its own: the future of a delegation to a generator, the
                // common case, stays the smaller.
                itv => return Box::pin(yield_from_iterator(ip, itv)).await,
            },
        },
    };
    let mut send: Option<Value> = None;
    let mut throw: Option<Exc> = None;
    loop {
        match gen_resume(ip, &g, send.take(), throw.take())? {
            Some(v) => {
                crate::eval::suspend::set_delegate(&g);
                match (YieldPoint { ip, value: Some(v) }).await {
                    Ok(s) => send = Some(s),
                    Err(e) => {
                        if e.is_instance(ip.exc_class(ExcKind::GeneratorExit)) {
                            gen_close(ip, &g)?;
                            return Err(e);
                        }
                        throw = Some(e)
                    }
                }
            }
            None => return Ok(g.take_returned()),
        }
    }
}

/// `yield from` an iterator that is not a generator, as PEP 380 expands it.
async fn yield_from_iterator(ip: &Interp, itv: Value) -> PyResult<Value> {
    // Any other iterator, as PEP 380 expands `yield from`: what is sent in goes to its `send`
    // (None to `__next__`), what is thrown in to its `throw`, a close to its `close`; an
    // iterator without the method gets CPython's AttributeError (send) or the exception
    // itself (throw).
    let mut iter = ops::iter(ip, &itv)?;
    ip.take_stop();
    let mut next = iter.next_checked(ip);
    loop {
        let v = match next {
            Ok(Some(v)) => v,
            Ok(None) => break,
            Err(e) => return Err(e),
        };
        ip.take_stop();
        next = match (YieldPoint { ip, value: Some(v) }).await {
            Ok(Value::None) => iter.next_checked(ip),
            Ok(sent) => {
                let send = ops::getattr(ip, &itv, intern("send"))?;
                stepped(ip, call_with(ip, &send, sent))
            }
            Err(e) if e.is_instance(ip.exc_class(ExcKind::GeneratorExit)) => {
                if let Some(close) = method_if_any(ip, &itv, "close")? {
                    call_with_none(ip, &close)?;
                }
                return Err(e);
            }
            Err(e) => match method_if_any(ip, &itv, "throw")? {
                Some(throw) => stepped(ip, call_with(ip, &throw, Value::Exception(e.0.clone()))),
                None => return Err(e),
            },
        };
    }
    // The value of the StopIteration that ended the delegation, if one did.
    match ip.take_stop() {
        Some(e) => ops::getattr(ip, &Value::Exception(e.0), intern("value")),
        None => Ok(Value::None),
    }
}

/// The result of a delegated `send`/`throw`: a StopIteration is the end of the delegation.
fn stepped(ip: &Interp, r: PyResult<Value>) -> PyResult<Option<Value>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) => ip.end_iteration(e),
    }
}

/// `obj.name`, or None when it has no such attribute.
fn method_if_any(ip: &Interp, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match ops::getattr(ip, obj, intern(name)) {
        Ok(m) => Ok(Some(m)),
        Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Calls `f` with one argument.
fn call_with(ip: &Interp, f: &Value, arg: Value) -> PyResult<Value> {
    let mut args = crate::eval::call::Args::new();
    args.push(arg);
    crate::eval::call::call_value(ip, f, &mut args, &[])
}

/// Calls `f` with no argument.
fn call_with_none(ip: &Interp, f: &Value) -> PyResult<Value> {
    crate::eval::call::call_value(ip, f, &mut crate::eval::call::Args::new(), &[])
}

/// A generator expression: the first iterable is taken now, in the enclosing scope (as CPython
/// does); the rest runs lazily as the generator is iterated.
pub fn make_genexpr(
    ip: &Interp,
    f: &Frame,
    c: &Rc<Comprehension>,
    first: Value,
) -> PyResult<Value> {
    let first = ops::iter(ip, &first)?;
    let comp = c.clone();
    let module = f.module.clone();
    let scope = crate::eval::sync::CompScope::new(c, f);
    let qualname: Rc<str> = Rc::from(c.qualname.as_str());
    // It runs as a frame of its own (`<genexpr>` in tracebacks and stacks), where it was made.
    let (file, pos) = (ip.cur_file.get(), ip.cur_pos.get());
    let body = CoroBody::Native(Box::new(move |ipr: Rc<Interp>| {
        let frame_ip = ipr.clone();
        let body = async move {
            let ip = &*ipr;
            let mut scope = scope;
            let mut frame = scope.frame(&module);
            genexpr_level(ip, &mut frame, &comp, 0, first).await?;
            Ok(Value::None)
        };
        crate::eval::suspend::in_frame(&frame_ip, file, pos, crate::intern::sym::genexpr, body)
    }));
    Ok(Value::Generator(Coroutine::with_kind(
        CoKind::Generator,
        Rc::from("<genexpr>"),
        qualname,
        body,
    )))
}

fn genexpr_level<'a>(
    ip: &'a Interp,
    f: &'a mut Frame<'_>,
    c: &'a Comprehension,
    level: usize,
    mut it: Iter,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = PyResult<()>> + 'a>> {
    Box::pin(async move {
        let g = &c.generators[level];
        'items: while let Some(v) = it.next_checked(ip)? {
            crate::eval::sync::assign(ip, f, &g.target, v)?;
            for cond in &g.ifs {
                if !crate::eval::sync::eval_cond(ip, f, cond)? {
                    continue 'items;
                }
            }
            if level + 1 < c.generators.len() {
                let inner = crate::eval::sync::eval(ip, f, &c.generators[level + 1].iter)?;
                let inner = ops::iter(ip, &inner)?;
                genexpr_level(ip, f, c, level + 1, inner).await?;
            } else {
                let v = crate::eval::sync::eval(ip, f, &c.elt)?;
                YieldPoint { ip, value: Some(v) }.await?;
            }
        }
        Ok(())
    })
}

// ---- generator methods ----

/// The receiver of a generator's method.
pub struct Gen<'a>(&'a Rc<Coroutine>);

impl<'a> crate::runtime::bind::FromArg<'a> for Gen<'a> {
    fn from_arg(ip: &Interp, v: &'a Value, at: crate::runtime::bind::At) -> PyResult<Self> {
        match v {
            Value::Generator(g) => Ok(Gen(g)),
            _ => Err(at.wrong_type(ip, "generator", v)),
        }
    }
}

fn stop_iteration(ip: &Interp, g: &Coroutine) -> Exc {
    let v = g.take_returned();
    let args = if v.is_none() { vec![] } else { vec![v] };
    Exc(ExcObj::new(
        ip.exc_class(ExcKind::StopIteration).clone(),
        args,
    ))
}

#[method(generator, "send($self, value, /)")]
fn gen_send(ip: &Interp, this: Gen, value: Value) -> PyResult<Value> {
    match gen_resume(ip, this.0, Some(value), None)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(ip, this.0)),
    }
}

#[method(generator, "throw($self, typ, val=None, tb=None, /)", style = unpack)]
fn gen_throw(
    ip: &Interp,
    this: Gen,
    typ: &Value,
    val: Option<&Value>,
    _tb: Option<&Value>,
) -> PyResult<Value> {
    let e = crate::runtime::coro_objects::thrown(ip, typ, val)?;
    match gen_resume(ip, this.0, None, Some(e))? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(ip, this.0)),
    }
}

#[method(generator, "close($self, /)")]
fn gen_close_method(ip: &Interp, this: Gen) -> PyResult<()> {
    gen_close(ip, this.0)
}

// ---- builtins ----

/// The old sequence protocol: `obj[0]`, `obj[1]`, … until IndexError (or StopIteration).
pub struct SeqIter {
    obj: Value,
    i: i64,
    done: bool,
}

impl SeqIter {
    pub fn new(obj: Value) -> SeqIter {
        SeqIter {
            obj,
            i: 0,
            done: false,
        }
    }
}

impl crate::stdlib::NativeIter for SeqIter {
    fn walks(&self) -> Option<(Value, usize)> {
        Some(if self.done {
            (Value::tuple(vec![]), 0)
        } else {
            (self.obj.clone(), self.i.max(0) as usize)
        })
    }

    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        match ops::getitem(ip, &self.obj, &Value::Int(self.i)) {
            Ok(v) => {
                self.i += 1;
                Ok(Some(v))
            }
            Err(e)
                if e.is_instance(ip.exc_class(ExcKind::IndexError))
                    || e.is_instance(ip.exc_class(ExcKind::StopIteration)) =>
            {
                self.done = true;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

/// `zip(..., strict=True)`: CPython's errors when the iterables' lengths differ.
/// `__setstate__(False)` leaves it checking nothing, as a plain `zip`.
struct StrictZip {
    its: Vec<Iter>,
    done: bool,
    strict: bool,
}

impl crate::stdlib::NativeIter for StrictZip {
    fn reduce(&mut self, ip: &Interp) -> Option<PyResult<Value>> {
        let parts: Vec<Value> = self.its.iter_mut().map(|i| inner_value(ip, i)).collect();
        let mut r = vec![ip.builtin("zip"), Value::tuple(parts)];
        if self.strict {
            r.push(Value::bool(true));
        }
        Some(Ok(Value::tuple(r)))
    }

    fn setstate(&mut self, ip: &Interp, state: &Value) -> Option<PyResult<()>> {
        Some(ops::truthy(ip, state).map(|s| self.strict = s))
    }

    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if self.done || self.its.is_empty() {
            return Ok(None);
        }
        if !self.strict {
            let mut out = Vec::with_capacity(self.its.len());
            for it in self.its.iter_mut() {
                match it.next_checked(ip)? {
                    Some(v) => out.push(v),
                    None => return Ok(None),
                }
            }
            return Ok(Some(Value::tuple(out)));
        }
        let mut out = Vec::with_capacity(self.its.len());
        for (i, it) in self.its.iter_mut().enumerate() {
            match it.next_checked(ip)? {
                Some(v) => out.push(v),
                None => {
                    self.done = true;
                    let plural = |i: usize| {
                        if i == 1 {
                            " ".to_string()
                        } else {
                            "s 1-".to_string()
                        }
                    };
                    if i > 0 {
                        return Err(ip.err(
                            ExcKind::ValueError,
                            format!(
                                "zip() argument {} is shorter than argument{}{}",
                                i + 1,
                                plural(i),
                                i
                            ),
                        ));
                    }
                    for (j, other) in self.its.iter_mut().enumerate().skip(1) {
                        if other.next_checked(ip)?.is_some() {
                            return Err(ip.err(
                                ExcKind::ValueError,
                                format!(
                                    "zip() argument {} is longer than argument{}{}",
                                    j + 1,
                                    plural(j),
                                    j
                                ),
                            ));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(out)))
    }
}

#[function(builtins, "iter(object, sentinel=<unrepresentable>, /)")]
fn iter_fn(ip: &Interp, object: &Value, sentinel: Option<&Value>) -> PyResult<Value> {
    let v = object;
    if let Some(sentinel) = sentinel {
        if !crate::runtime::builtins::is_callable(v) {
            return ip.type_error("iter(v, w): v must be callable");
        }
        return Ok(IterObj::make(
            ip,
            "callable_iterator",
            Iter::Call {
                func: Some(v.clone()),
                sentinel: sentinel.clone(),
            },
        ));
    }
    if matches!(v, Value::Generator(_) | Value::Iterator(_)) {
        return Ok(v.clone());
    }
    // An instance of a subclass of enumerate, zip, …: its own iterator.
    if let Value::Instance(i) = v {
        if i.class.kind == ClassKind::Iterator
            && crate::eval::classes::user_method(v, crate::intern::sym::__iter__).is_none()
        {
            return Ok(v.clone());
        }
    }
    if let Value::Instance(_) = v {
        if let Some(r) = crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__iter__, &[])
        {
            let it = r?;
            if matches!(it, Value::Instance(_))
                && crate::eval::classes::user_method(&it, crate::intern::sym::__next__).is_none()
            {
                return ip.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    ops::type_name(ip, &it)
                ));
            }
            return Ok(it);
        }
    }
    let name = match v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Str(s) if s.ascii => "str_ascii_iterator",
        Value::Str(_) => "str_iterator",
        Value::DictView(d) => match d.kind {
            crate::runtime::dict_views::ViewKind::Keys => "dict_keyiterator",
            crate::runtime::dict_views::ViewKind::Values => "dict_valueiterator",
            crate::runtime::dict_views::ViewKind::Items => "dict_itemiterator",
        },
        Value::Native(_) if crate::runtime::bytearray::of(v).is_some() => "bytearray_iterator",
        Value::Native(_) if crate::stdlib::array::of(v).is_some() => "arrayiterator",
        Value::Range(r) if r.as_small().is_none() => "longrange_iterator",
        Value::Range(_) => "range_iterator",
        Value::Dict(_) => "dict_keyiterator",
        Value::Bytes(_) => "bytes_iterator",
        Value::Set(_) | Value::FrozenSet(_) => "set_iterator",
        _ => "iterator",
    };
    let it = ops::iter(ip, v)?;
    Ok(IterObj::make(ip, name, it))
}

#[function(builtins, "next(iterator, default=<unrepresentable>, /)")]
fn next_fn(ip: &Interp, iterator: &Value, default: Option<&Value>) -> PyResult<Value> {
    let r = match iterator {
        Value::Generator(g) => match gen_resume(ip, g, None, None)? {
            Some(v) => Ok(v),
            None => Err(stop_iteration(ip, g)),
        },
        // A coroutine's `__await__()`: a step of the coroutine.
        v @ Value::Iterator(_) if crate::runtime::coro_objects::wrapped(v).is_some() => {
            crate::runtime::coro_objects::next(ip, v)
        }
        // An instance of a subclass of enumerate, zip, …: a step of its builtin iterator.
        Value::Instance(i)
            if i.class.kind == ClassKind::Iterator
                && i.base.is_some()
                && crate::eval::classes::user_method(iterator, crate::intern::sym::__next__)
                    .is_none() =>
        {
            let base = i.base.clone().unwrap_or(Value::None);
            return next_fn(ip, &base, default);
        }
        Value::Iterator(o) => {
            ip.take_stop();
            match o.next(ip)? {
                Some(v) => Ok(v),
                // The StopIteration that ended a step, with its arguments, as CPython's.
                None => Err(ip
                    .take_stop()
                    .unwrap_or_else(|| ip.err_noargs(ExcKind::StopIteration))),
            }
        }
        v @ Value::Instance(_)
            if crate::eval::classes::user_method(v, crate::intern::sym::__next__).is_some() =>
        {
            crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__next__, &[]).unwrap()
        }
        other => {
            return ip.type_error(format!(
                "'{}' object is not an iterator",
                ops::type_name(ip, other)
            ))
        }
    };
    match (r, default) {
        (Err(e), Some(default)) if e.is_instance(ip.exc_class(ExcKind::StopIteration)) => {
            Ok(default.clone())
        }
        (r, _) => r,
    }
}

/// What a builtin iterator type's `__new__` gives: the iterator, or for a subclass an instance
/// of it holding the iterator.
fn made_for(cls: &Value, it: Value) -> Value {
    match cls {
        Value::Class(c) if c.user => {
            Value::Instance(crate::runtime::instance::Instance::with_base(c.clone(), it))
        }
        _ => it,
    }
}

#[staticmethod(enumerate, "enumerate($type, iterable, start=0)", attr = "__new__")]
fn enumerate_new(
    ip: &Interp,
    cls: &Value,
    iterable: &Value,
    start: Option<&Value>,
) -> PyResult<Value> {
    let start = match start {
        None => num_bigint::BigInt::from(0),
        Some(v) => crate::runtime::numbers::index(ip, v)?,
    };
    let inner = ops::iter(ip, iterable)?;
    // A count that cannot reach the end of i64 (2**62 items would take centuries) is an i64.
    let it = match num_traits::ToPrimitive::to_i64(&start).filter(|n| *n < i64::MAX / 2) {
        Some(n) => Iter::Enumerate {
            inner: Box::new(inner),
            n,
        },
        // Counting from beyond i64: the count is a big int.
        None => Iter::Std(Box::new(BigEnumerate { inner, n: start })),
    };
    Ok(made_for(cls, IterObj::make(ip, "enumerate", it)))
}

/// `enumerate(...)` called as a function: CPython's `enumerate_vectorcall` matches the
/// arguments itself, with words of its own (`'start' is an invalid keyword argument for
/// enumerate()`, `missing required argument 'iterable'` without its position), then makes the
/// iterator as `__new__` does.
fn enumerate_call(ip: &Interp, cls: &Value, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let named = |i: usize, name: &str| -> PyResult<&Value> {
        let (k, v) = &kw[i];
        if k.as_str() == name {
            return Ok(v);
        }
        ip.type_error(format!(
            "'{}' is an invalid keyword argument for enumerate()",
            k
        ))
    };
    let (iterable, start) = match (args.len() + kw.len(), kw.len()) {
        (2, 0) => (&args[0], Some(&args[1])),
        (2, 1) => (&args[0], Some(named(0, "start")?)),
        (2, _) if kw[0].0.as_str() == "start" => (named(1, "iterable")?, Some(&kw[0].1)),
        (2, _) => {
            let iterable = named(0, "iterable")?;
            (iterable, Some(named(1, "start")?))
        }
        (1, 1) => (named(0, "iterable")?, None),
        (1, _) => (&args[0], None),
        _ if args.is_empty() => {
            return ip.type_error("enumerate() missing required argument 'iterable'")
        }
        (n, _) => {
            return ip.type_error(format!(
                "enumerate() takes at most 2 arguments ({} given)",
                n
            ))
        }
    };
    enumerate_new(ip, cls, iterable, start)
}

/// `enumerate` counting from a big int.
struct BigEnumerate {
    inner: Iter,
    n: num_bigint::BigInt,
}

impl crate::stdlib::NativeIter for BigEnumerate {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let Some(v) = self.inner.next_checked(ip)? else {
            return Ok(None);
        };
        let i = Value::from_bigint(self.n.clone());
        self.n += 1;
        Ok(Some(Value::tuple(vec![i, v])))
    }
}

#[staticmethod(zip, "zip($type, *iterables, strict=False)", attr = "__new__")]
fn zip_new(ip: &Interp, cls: &Value, iterables: &[Value], strict: bool) -> PyResult<Value> {
    let mut its = Vec::with_capacity(iterables.len());
    for a in iterables {
        its.push(ops::iter(ip, a)?);
    }
    let it = if strict {
        Iter::Std(Box::new(StrictZip {
            its,
            done: false,
            strict: true,
        }))
    } else {
        Iter::Zip(its)
    };
    Ok(made_for(cls, IterObj::make(ip, "zip", it)))
}

/// `map(func, *iterables)`, whose count CPython checks in words of its own.
#[staticmethod(map, "map($type, *args)", attr = "__new__", style = tuple)]
fn map_new(ip: &Interp, cls: &Value, args: &[Value]) -> PyResult<Value> {
    if args.len() < 2 {
        return ip.type_error("map() must have at least two arguments.");
    }
    let mut inners = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        inners.push(ops::iter(ip, a)?);
    }
    let it = Iter::Map {
        func: args[0].clone(),
        inners,
    };
    Ok(made_for(cls, IterObj::make(ip, "map", it)))
}

#[staticmethod(
    filter,
    "filter($type, function, iterable, /)",
    attr = "__new__",
    style = unpack
)]
fn filter_new(ip: &Interp, cls: &Value, function: &Value, iterable: &Value) -> PyResult<Value> {
    let inner = ops::iter(ip, iterable)?;
    let it = Iter::Filter {
        func: function.clone(),
        inner: Box::new(inner),
    };
    Ok(made_for(cls, IterObj::make(ip, "filter", it)))
}

#[staticmethod(
    reversed,
    "reversed($type, sequence, /)",
    attr = "__new__",
    style = positional
)]
fn reversed_new(ip: &Interp, cls: &Value, sequence: &Value) -> PyResult<Value> {
    Ok(made_for(cls, reversed(ip, sequence)?))
}

/// The reverse iterator of `seq`.
fn reversed(ip: &Interp, seq: &Value) -> PyResult<Value> {
    let (name, mut items) = match seq {
        Value::List(l) => {
            let it = Iter::ListRev {
                list: Some(l.clone()),
                i: l.items.borrow().len() as i64 - 1,
            };
            return Ok(IterObj::make(ip, "list_reverseiterator", it));
        }
        Value::Tuple(t) => ("reversed", t.items.to_vec()),
        Value::Str(_) | Value::Bytes(_) => ("reversed", ops::collect(ip, seq)?),
        Value::Native(o)
            if matches!(
                o.kind,
                crate::stdlib::Native::ByteArray(_)
                    | crate::stdlib::Native::MemoryView(_)
                    | crate::stdlib::Native::Array(_)
            ) =>
        {
            ("reversed", ops::collect(ip, seq)?)
        }
        Value::Range(r) => {
            let (name, it) = crate::runtime::range::reversed(r);
            return Ok(IterObj::make(ip, name, it));
        }
        Value::Dict(_) => ("dict_reversekeyiterator", ops::collect(ip, seq)?),
        Value::DictView(v) => (
            match v.kind {
                crate::runtime::dict::ViewKind::Keys => "dict_reversekeyiterator",
                crate::runtime::dict::ViewKind::Values => "dict_reversevalueiterator",
                crate::runtime::dict::ViewKind::Items => "dict_reverseitemiterator",
            },
            ops::collect(ip, seq)?,
        ),
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::Deque(_)) => {
            ("_deque_reverse_iterator", ops::collect(ip, seq)?)
        }
        v @ Value::Class(_)
            if crate::eval::classes::meta_method(v, crate::intern::sym::__reversed__).is_some() =>
        {
            return crate::eval::classes::call_meta_dunder(
                ip,
                v,
                crate::intern::sym::__reversed__,
                &[],
            )
            .unwrap();
        }
        v @ Value::Instance(_) => {
            if let Some(r) =
                crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__reversed__, &[])
            {
                return r;
            }
            if crate::eval::classes::user_method(v, crate::intern::sym::__getitem__).is_none()
                || crate::eval::classes::user_method(v, crate::intern::sym::__len__).is_none()
            {
                if let Some(b) = crate::eval::classes::base_of(v) {
                    return reversed(ip, b);
                }
                return ip.type_error(format!(
                    "'{}' object is not reversible",
                    ops::type_name(ip, v)
                ));
            }
            // The sequence protocol backwards: `len(v) - 1` down to 0.
            let n = ops::len(ip, v)?;
            return Ok(IterObj::make(
                ip,
                "reversed",
                Iter::Std(Box::new(ReversedSeq {
                    obj: v.clone(),
                    next: n as i64 - 1,
                })),
            ));
        }
        other => {
            return ip.type_error(format!(
                "'{}' object is not reversible",
                ops::type_name(ip, other)
            ))
        }
    };
    items.reverse();
    Ok(IterObj::make(ip, name, Iter::Items { items, i: 0 }))
}

/// `reversed(seq)` of an object with `__len__` and `__getitem__`.
struct ReversedSeq {
    obj: Value,
    next: i64,
}

impl crate::stdlib::NativeIter for ReversedSeq {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if self.next < 0 {
            return Ok(None);
        }
        let i = self.next;
        self.next -= 1;
        match ops::getitem(ip, &self.obj, &Value::Int(i)) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.is_instance(ip.exc_class(ExcKind::IndexError))
                    || e.is_instance(ip.exc_class(ExcKind::StopIteration)) =>
            {
                self.next = -1;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

/// The builtin names that are classes of iterators (`map`, `zip`…), with their declared
/// `__new__`: calling the class makes the iterator, and the objects made are its instances.
pub const ITER_TYPES: &[(&str, &BuiltinFn)] = &[
    ("enumerate", &ENUMERATE_NEW),
    ("zip", &ZIP_NEW),
    ("map", &MAP_NEW),
    ("filter", &FILTER_NEW),
    ("reversed", &REVERSED_NEW),
];

/// Calling one of `ITER_TYPES` (`map(f, xs)`), or a subclass of one that does not define
/// `__new__`: the `__new__` of its builtin base, given the class first. `enumerate(...)` called
/// as it is matches its arguments as CPython's vectorcall does.
pub fn call_iter_type(ip: &Interp, c: &Rc<Class>, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let solid = crate::eval::classes::solid_base(c);
    let Some((name, new)) = ITER_TYPES.iter().find(|(n, _)| *n == solid.name.as_str()) else {
        return ip.type_error(format!("cannot create '{}' instances", c.name));
    };
    if !c.user && *name == "enumerate" {
        return enumerate_call(ip, &Value::Class(c.clone()), args, kw);
    }
    let mut a = Vec::with_capacity(args.len() + 1);
    a.push(Value::Class(c.clone()));
    a.extend_from_slice(args);
    (new.call)(ip, &a, kw)
}

/// Whether `c` is one of the builtin iterator classes of `ITER_TYPES`.
pub fn is_iter_type(c: &Class) -> bool {
    !c.user && c.module == "builtins" && ITER_TYPES.iter().any(|(n, _)| *n == c.name.as_str())
}

/// The class of the builtin iterator type `name` (see `ITER_TYPES`), with its declared
/// `__new__` and methods.
pub fn iter_type(object: &Rc<Class>, name: &'static str) -> Rc<Class> {
    let c = Class::new_builtin(name, "builtins", ClassKind::Iterator, Some(object.clone()));
    crate::runtime::bind::fill_class(name, &mut c.dict.borrow_mut());
    c
}

/// The sequence iterators' pickling support: `__reduce__` gives `iter(seq)` and the position
/// (just `iter(empty)` once exhausted), `__setstate__` moves to a position.
fn seq_state(ip: &Interp, this: &Value) -> PyResult<(Value, Option<usize>)> {
    let Value::Iterator(o) = this else {
        return ip.type_error("a builtin sequence iterator is required");
    };
    let it = o.it.borrow();
    Ok(match &*it {
        Iter::List { list, i } if *i <= list.items.borrow().len() => {
            (Value::List(list.clone()), Some(*i))
        }
        Iter::List { .. } => (Value::list(vec![]), None),
        Iter::Tuple { tuple, i } if *i <= tuple.items.len() => {
            (Value::Tuple(tuple.clone()), Some(*i))
        }
        Iter::Tuple { .. } => (Value::tuple(vec![]), None),
        Iter::Str { s, byte } if *byte <= s.s.len() => {
            (Value::Str(s.clone()), Some(s.s[..*byte].chars().count()))
        }
        Iter::Str { .. } => (Value::str(""), None),
        Iter::Bytes { b, i } if *i <= b.b.len() => (Value::Bytes(b.clone()), Some(*i)),
        Iter::Bytes { .. } => (Value::bytes(b""), None),
        // The rest of a range, from the next item on.
        Iter::Range { next, stop, step } => (
            crate::runtime::range::value(crate::runtime::value::PyRange::small(
                *next, *stop, *step,
            )),
            None,
        ),
        _ => return ip.type_error("a builtin sequence iterator is required"),
    })
}

fn seq_reduce(ip: &Interp, this: &Value) -> PyResult<Value> {
    let (seq, pos) = seq_state(ip, this)?;
    let mut parts = vec![ip.builtin("iter"), Value::tuple(vec![seq])];
    parts.extend(pos.map(|p| Value::Int(p as i64)));
    Ok(Value::tuple(parts))
}

fn seq_setstate(ip: &Interp, this: &Value, state: &Value) -> PyResult<()> {
    let n = match crate::eval::classes::value_base(state) {
        Value::Int(n) => *n,
        Value::Bool(b) => b.get() as i64,
        _ => return ip.type_error("an integer is required"),
    };
    let Value::Iterator(o) = this else {
        return ip.type_error("a builtin sequence iterator is required");
    };
    let n = n.max(0) as usize;
    let mut it = o.it.borrow_mut();
    match &mut *it {
        // An exhausted iterator stays so.
        Iter::List { list, i } if *i <= list.items.borrow().len() => {
            *i = n.min(list.items.borrow().len())
        }
        Iter::Tuple { tuple, i } if *i <= tuple.items.len() => *i = n.min(tuple.items.len()),
        Iter::Bytes { b, i } if *i <= b.b.len() => *i = n.min(b.b.len()),
        Iter::Str { s, byte } if *byte <= s.s.len() => {
            *byte = s.s.char_indices().nth(n).map_or(s.s.len(), |(at, _)| at)
        }
        _ => {}
    }
    Ok(())
}

macro_rules! seq_iter_state {
    ($($key:literal => $reduce:ident, $setstate:ident;)*) => {$(
        #[corun_macros::method($key, "__reduce__($self, /)")]
        fn $reduce(ip: &Interp, this: &Value) -> PyResult<Value> {
            seq_reduce(ip, this)
        }
        #[corun_macros::method($key, "__setstate__($self, state, /)")]
        fn $setstate(ip: &Interp, this: &Value, state: &Value) -> PyResult<()> {
            seq_setstate(ip, this, state)
        }
    )*};
}

seq_iter_state! {
    "list_iterator" => list_iter_reduce, list_iter_setstate;
    "tuple_iterator" => tuple_iter_reduce, tuple_iter_setstate;
    "str_iterator" => str_iter_reduce, str_iter_setstate;
    "str_ascii_iterator" => str_ascii_iter_reduce, str_ascii_iter_setstate;
    "bytes_iterator" => bytes_iter_reduce, bytes_iter_setstate;
}

macro_rules! iter_length_hint {
    ($($key:literal => $f:ident;)*) => {$(
        /// How many items the iterator has left.
        #[corun_macros::method($key, "__length_hint__($self, /)")]
        fn $f(ip: &Interp, this: &Value) -> PyResult<Value> {
            Ok(Value::Int(length_hint(ip, this, 0)? as i64))
        }
    )*};
}

iter_length_hint! {
    "list_iterator" => list_iter_length_hint;
    "list_reverseiterator" => list_reverseiter_length_hint;
    "tuple_iterator" => tuple_iter_length_hint;
    "str_iterator" => str_iter_length_hint;
    "str_ascii_iterator" => str_ascii_iter_length_hint;
    "bytes_iterator" => bytes_iter_length_hint;
    "range_iterator" => range_iter_length_hint;
    "set_iterator" => set_iter_length_hint;
    "dict_keyiterator" => dict_keyiter_length_hint;
    "dict_valueiterator" => dict_valueiter_length_hint;
    "dict_itemiterator" => dict_itemiter_length_hint;
    "reversed" => reversed_length_hint;
}

/// The sequence iterator's `__length_hint__`: NotImplemented when its sequence has no length.
#[corun_macros::method("iterator", "__length_hint__($self, /)")]
fn seq_iter_length_hint(ip: &Interp, this: &Value) -> PyResult<Value> {
    let walks = match this {
        Value::Iterator(o) => match &*o.it.borrow() {
            Iter::Std(s) => s.walks(),
            _ => None,
        },
        _ => None,
    };
    let Some((seq, i)) = walks else {
        return Ok(Value::Int(length_hint(ip, this, 0)? as i64));
    };
    match ops::len(ip, &seq) {
        Ok(n) => Ok(Value::Int(n.saturating_sub(i) as i64)),
        Err(e) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => Ok(Value::NotImplemented),
        Err(e) => Err(e),
    }
}

/// An iterator that `iter`, `zip`, `map`, … took in as a native step, as an object of its
/// own: made one (and kept as one from then on, so that both share the position) when a
/// reduction has to name it.
fn inner_value(ip: &Interp, it: &mut Iter) -> Value {
    match it {
        Iter::Obj(o) => return Value::Iterator(o.clone()),
        Iter::User(v) => return v.clone(),
        Iter::Gen(g) => return Value::Generator(g.clone()),
        _ => {}
    }
    let name = match &*it {
        Iter::List { .. } => "list_iterator",
        Iter::Tuple { .. } => "tuple_iterator",
        Iter::ListRev { .. } => "list_reverseiterator",
        Iter::Str { s, .. } if s.ascii => "str_ascii_iterator",
        Iter::Str { .. } => "str_iterator",
        Iter::Bytes { .. } => "bytes_iterator",
        Iter::Range { .. } => "range_iterator",
        Iter::Dict(d) => match d.view.kind {
            crate::runtime::dict_views::ViewKind::Keys => "dict_keyiterator",
            crate::runtime::dict_views::ViewKind::Values => "dict_valueiterator",
            crate::runtime::dict_views::ViewKind::Items => "dict_itemiterator",
        },
        Iter::Set { .. } => "set_iterator",
        Iter::Enumerate { .. } => "enumerate",
        Iter::Zip(_) => "zip",
        Iter::Map { .. } => "map",
        Iter::Filter { .. } => "filter",
        Iter::Call { .. } => "callable_iterator",
        _ => "iterator",
    };
    let taken = std::mem::replace(
        it,
        Iter::Items {
            items: Vec::new(),
            i: 0,
        },
    );
    let v = IterObj::make(ip, name, taken);
    if let Value::Iterator(o) = &v {
        *it = Iter::Obj(o.clone());
    }
    v
}

/// `__reduce__` of the iterators that are not over a sequence by index: the call that makes
/// an equal iterator again, as CPython's give it. Dict and set iterators and reversed copies
/// give `iter(list of what is left)`; `enumerate`, `zip`, `map` and `filter` name the
/// iterators they draw from.
fn iter_reduce(ip: &Interp, this: &Value) -> PyResult<Value> {
    let Value::Iterator(o) = this else {
        return ip.type_error("a builtin iterator is required");
    };
    let rest = |items: Vec<Value>| {
        Value::tuple(vec![
            ip.builtin("iter"),
            Value::tuple(vec![Value::list(items)]),
        ])
    };
    let dict_rest = match &*o.it.borrow() {
        Iter::Dict(d) => Some(d.rest(ip)?),
        _ => None,
    };
    if let Some(items) = dict_rest {
        return Ok(rest(items));
    }
    let class = o.class.name.as_str();
    let mut it = o.it.borrow_mut();
    let r = match &mut *it {
        // `reversed(list)`: `reversed(list)` and the index of the next item, or the iterator
        // of an empty list once it is exhausted.
        Iter::ListRev { list, i } => match list {
            Some(l) => Value::tuple(vec![
                ip.builtin("reversed"),
                Value::tuple(vec![Value::List(l.clone())]),
                Value::Int(*i),
            ]),
            None => rest(Vec::new()),
        },
        // `reversed(seq)` of a tuple: `reversed(seq)` and the index of the next item (the
        // sequence as its items were when `reversed` was called).
        Iter::Items { items, i } if *i < items.len() && class == "reversed" => {
            let forward: Vec<Value> = items.iter().rev().cloned().collect();
            let seq = Value::tuple(forward);
            let index = (items.len() - 1 - *i) as i64;
            Value::tuple(vec![
                ip.builtin("reversed"),
                Value::tuple(vec![seq]),
                Value::Int(index),
            ])
        }
        Iter::Items { .. } if class == "reversed" => Value::tuple(vec![
            ip.builtin("reversed"),
            Value::tuple(vec![Value::tuple(vec![])]),
        ]),
        Iter::Items { items, i } => rest(items.get(*i..).unwrap_or(&[]).to_vec()),
        Iter::Set { set, pos, used } => {
            let mut items = Vec::new();
            if set.len() == *used {
                let mut at = *pos;
                while let Some(v) = set.next_at(&mut at) {
                    items.push(v);
                }
            }
            rest(items)
        }
        Iter::Enumerate { inner, n } => {
            let n = *n;
            let inner = inner_value(ip, inner);
            Value::tuple(vec![
                ip.builtin("enumerate"),
                Value::tuple(vec![inner, Value::Int(n)]),
            ])
        }
        Iter::Zip(its) => {
            let parts: Vec<Value> = its.iter_mut().map(|i| inner_value(ip, i)).collect();
            Value::tuple(vec![ip.builtin("zip"), Value::tuple(parts)])
        }
        Iter::Map { func, inners } => {
            let mut parts = vec![func.clone()];
            parts.extend(inners.iter_mut().map(|i| inner_value(ip, i)));
            Value::tuple(vec![ip.builtin("map"), Value::tuple(parts)])
        }
        Iter::Filter { func, inner } => {
            let func = func.clone();
            let inner = inner_value(ip, inner);
            Value::tuple(vec![ip.builtin("filter"), Value::tuple(vec![func, inner])])
        }
        Iter::Std(s) => match s.reduce(ip) {
            Some(r) => r?,
            None => {
                let name = o.class.name.as_str().to_string();
                drop(it);
                return ip.type_error(format!("cannot pickle '{name}' object"));
            }
        },
        _ => {
            let name = o.class.name.as_str().to_string();
            drop(it);
            return ip.type_error(format!("cannot pickle '{name}' object"));
        }
    };
    Ok(r)
}

/// `zip.__setstate__(strict)`: whether unequal lengths are an error from now on.
#[corun_macros::method(zip, "__setstate__($self, state, /)")]
fn zip_setstate(ip: &Interp, this: &Value, state: &Value) -> PyResult<()> {
    let Value::Iterator(o) = this else {
        return ip.type_error("a zip object is required");
    };
    let strict = ops::truthy(ip, state)?;
    let mut it = o.it.borrow_mut();
    match &mut *it {
        Iter::Zip(its) if strict => {
            let its = std::mem::take(its);
            *it = Iter::Std(Box::new(StrictZip {
                its,
                done: false,
                strict,
            }));
            Ok(())
        }
        Iter::Std(s) => s.setstate(ip, state).unwrap_or(Ok(())),
        _ => Ok(()),
    }
}

/// `__setstate__` of a reversed sequence's iterator: the index of the next item, counted
/// from the front of the sequence (clamped to it; -1 is the end).
fn reversed_setstate(ip: &Interp, this: &Value, state: &Value) -> PyResult<()> {
    let index = match crate::eval::classes::value_base(state) {
        Value::Int(n) => *n,
        Value::Bool(b) => b.get() as i64,
        _ => return ip.type_error("an integer is required"),
    };
    let Value::Iterator(o) = this else {
        return ip.type_error("a reversed iterator is required");
    };
    match &mut *o.it.borrow_mut() {
        // An exhausted iterator stays so.
        Iter::Items { items, i } if *i < items.len() => {
            let n = items.len() as i64;
            let index = index.clamp(-1, n - 1);
            *i = (n - 1 - index) as usize;
        }
        // The index is kept within the list as it is now.
        Iter::ListRev { list: Some(l), i } => {
            let n = l.items.borrow().len() as i64;
            *i = if index < -1 { -1 } else { index.min(n - 1) };
        }
        _ => {}
    }
    Ok(())
}

#[corun_macros::method("list_reverseiterator", "__setstate__($self, state, /)")]
fn list_reverseiter_setstate(ip: &Interp, this: &Value, state: &Value) -> PyResult<()> {
    reversed_setstate(ip, this, state)
}

#[corun_macros::method("reversed", "__setstate__($self, state, /)")]
fn reversed_iter_setstate(ip: &Interp, this: &Value, state: &Value) -> PyResult<()> {
    reversed_setstate(ip, this, state)
}

macro_rules! iter_reductions {
    ($($key:literal => $reduce:ident;)*) => {$(
        #[corun_macros::method($key, "__reduce__($self, /)")]
        fn $reduce(ip: &Interp, this: &Value) -> PyResult<Value> {
            iter_reduce(ip, this)
        }
    )*};
}

iter_reductions! {
    "dict_keyiterator" => dict_keyiter_reduce;
    "dict_valueiterator" => dict_valueiter_reduce;
    "dict_itemiterator" => dict_itemiter_reduce;
    "dict_reversekeyiterator" => dict_reversekeyiter_reduce;
    "dict_reversevalueiterator" => dict_reversevalueiter_reduce;
    "dict_reverseitemiterator" => dict_reverseitemiter_reduce;
    "set_iterator" => set_iter_reduce;
    "list_reverseiterator" => list_reverseiter_reduce;
    "reversed" => reversed_reduce;
    "enumerate" => enumerate_reduce;
    "zip" => zip_reduce;
    "map" => map_reduce;
    "filter" => filter_reduce;
}

/// A range iterator pickles as the iterator of the rest of its range.
#[corun_macros::method("range_iterator", "__reduce__($self, /)")]
fn range_iter_reduce(ip: &Interp, this: &Value) -> PyResult<Value> {
    seq_reduce(ip, this)
}

/// How many items iterating `v` will give, as CPython's `PyObject_LengthHint` finds it:
/// `len(v)`, else `v.__length_hint__()`, else what a builtin iterator knows it has left, else
/// `default`. What `__len__` raises (other than TypeError) and what `__length_hint__` raises
/// are the answer.
pub fn length_hint(ip: &Interp, v: &Value, default: usize) -> PyResult<usize> {
    if let Value::Iterator(o) = v {
        // An iterator over a sequence by index: its length (which may run Python code, so
        // nothing stays borrowed) less the index.
        let walks = match &*o.it.borrow() {
            Iter::Std(s) => s.walks(),
            _ => None,
        };
        if let Some((seq, i)) = walks {
            return match ops::len(ip, &seq) {
                Ok(n) => Ok(n.saturating_sub(i)),
                Err(e) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => Ok(default),
                Err(e) => Err(e),
            };
        }
        let it = o.it.borrow();
        return Ok(match &*it {
            Iter::List { list, i } => list.items.borrow().len().saturating_sub(*i),
            Iter::Tuple { tuple, i } => tuple.items.len().saturating_sub(*i),
            Iter::Items { items, i } => items.len().saturating_sub(*i),
            Iter::ListRev { .. } => it.rev_left(),
            Iter::Bytes { b, i } => b.b.len().saturating_sub(*i),
            Iter::Str { s, byte } => s.s[*byte..].chars().count(),
            Iter::Dict(d) => d.remaining(),
            // Nothing is left once the set changed size.
            Iter::Set { set, pos, used } if set.len() == *used => set.remaining_from(*pos),
            Iter::Set { .. } => 0,
            Iter::Range { next, stop, step } => {
                let (n, s, st) = (*next as i128, *stop as i128, *step as i128);
                let left = if st > 0 {
                    (s - n + st - 1) / st
                } else {
                    (n - s - st - 1) / -st
                };
                left.max(0) as usize
            }
            _ => default,
        });
    }
    if !matches!(v, Value::Instance(_)) {
        return match ops::len(ip, v) {
            Ok(n) => Ok(n),
            Err(e) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => Ok(default),
            Err(e) => Err(e),
        };
    }
    if crate::eval::classes::user_method(v, crate::intern::sym::__len__).is_some()
        || crate::eval::classes::base_of(v).is_some()
    {
        match ops::len(ip, v) {
            Ok(n) => return Ok(n),
            Err(e) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(r) =
        crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__length_hint__, &[])
    else {
        return Ok(default);
    };
    match r? {
        Value::NotImplemented => Ok(default),
        n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
            let n = crate::runtime::numbers::index(ip, &n)?;
            if n < num_bigint::BigInt::from(0) {
                return Err(ip.err(ExcKind::ValueError, "__length_hint__() should return >= 0"));
            }
            num_traits::ToPrimitive::to_usize(&n).ok_or_else(|| {
                ip.err(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )
            })
        }
        other => ip.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            ops::type_name(ip, &other)
        )),
    }
}
