//! Coroutine objects: made by calling an `async def` function, lazy until awaited or wrapped in
//! a task. A running coroutine owns its body as one boxed Rust future (the suspend path).

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::Function;
use crate::runtime::value::Value;

pub type BoxFuture = Pin<Box<dyn Future<Output = PyResult<Value>>>>;

/// What a coroutine runs.
pub enum CoroBody {
    /// An `async def` function with its arguments bound into a fresh frame's slots.
    Py {
        func: Rc<Function>,
        locals: Vec<Value>,
    },
    /// A coroutine implemented in Rust (such as `asyncio.Queue.get`): makes its future when
    /// started.
    Native(Box<dyn FnOnce(Rc<Interp>) -> BoxFuture>),
    /// `asyncio.sleep(delay, result)` with a number of seconds, the commonest awaitable of all:
    /// an `await` of it runs it without a future of its own (see `AwaitValue`).
    Sleep { delay: f64, result: Value },
}

pub enum CoroState {
    /// Made, never started.
    Created(CoroBody),
    /// Started: its body's future, polled on each step; with the generator its `yield from`
    /// is suspended in, if it is: that one is resumed directly (see `iterators::gen_resume`),
    /// without polling this body's future, until it finishes.
    Running(BoxFuture, Option<Rc<Coroutine>>),
    /// Being polled right now (its future is out of the cell while that happens).
    Executing,
    /// Returned or raised; with what a generator returned, until that is taken (for
    /// `yield from` and StopIteration).
    Done(Value),
}

/// What the running event loop knows of an async generator (CPython's `firstiter` and
/// finalizer hooks).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LoopMark {
    /// Never stepped while a loop ran.
    Unknown,
    /// Stepped while the loop ran: the loop closes it if it goes away suspended.
    Known,
    /// Being finalised already.
    Finalized,
}

/// What the suspendable body is: a coroutine (awaited, driven by a task) or a generator
/// (driven by `next`/`send`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CoKind {
    Coroutine,
    Generator,
    /// An `async def` with `yield`.
    AsyncGenerator,
    /// What `__anext__`/`asend` (Send) or `athrow`/`aclose` (Throw) of an async generator
    /// returns: an awaitable that runs one step of it.
    AsyncGenSend,
    AsyncGenThrow,
}

/// A coroutine's `__name__` and `__qualname__`: shared by all the coroutines of a function (and
/// of a natively written coroutine), so that a coroutine keeps one word for them.
pub struct CoroNames {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Where the coroutines come from, for reprs: the file of their `async def` (`u32::MAX`
    /// for those written natively) and the offset of its definition.
    pub file: u32,
    pub def_pos: u32,
}

impl CoroNames {
    /// The names of natively written coroutines.
    pub fn new(name: Rc<str>, qualname: Rc<str>) -> Rc<CoroNames> {
        Self::at(name, qualname, u32::MAX, 0)
    }

    /// The names of the coroutines of a function defined at `def_pos` in `file`.
    pub fn at(name: Rc<str>, qualname: Rc<str>, file: u32, def_pos: u32) -> Rc<CoroNames> {
        Rc::new(CoroNames {
            name,
            qualname,
            file,
            def_pos,
        })
    }
}

pub struct Coroutine {
    pub kind: CoKind,
    names: Rc<CoroNames>,
    pub state: RefCell<CoroState>,
    /// Set while another coroutine or a task awaits it.
    pub being_awaited: Cell<bool>,
    /// Whether the running loop knows of this async generator (see `async_gen::first_iter`).
    pub loop_mark: Cell<LoopMark>,
    /// The offset an `async def`'s coroutine is suspended at, for reprs (its file and the
    /// offset of its definition are in `names`).
    pub pos: Cell<u32>,
    /// `FINALIZED`, `PY_FRAME`.
    pub gc_flags: Cell<u8>,
    /// While suspended: the state of the `await` it is suspended in (see
    /// `suspend::trace_suspended`), for the collector; null when it suspended elsewhere.
    pub awaiting: Cell<*const ()>,
}

/// The coroutine's finalizer has run.
pub const FINALIZED: u8 = 1;
/// Its running body is a Python frame (`suspend::trace_suspended` can look into it).
pub const PY_FRAME: u8 = 2;
/// The collector tracks it.
pub const TRACKED: u8 = 4;
/// A task drives it: the task's tracking covers it (see `FutureObj`'s `Trace`).
pub const TASK_OWNED: u8 = 8;
/// Suspended inside `except`/`finally` blocks or an `__exit__`: the exceptions those handle
/// are in `HANDLED_STASH`, off the interpreter's stack until it resumes (as CPython keeps a
/// generator's exception state with the generator).
pub const HANDLED: u8 = 16;
/// One of `asyncio.run`'s own shutdown steps: the trace and the timeline leave its task out,
/// as the loop's internals rather than the program's.
pub const LOOP_INTERNAL: u8 = 32;

thread_local! {
    /// The handled exceptions of suspended coroutines (marked `HANDLED`), by address: kept
    /// aside rather than in a field, which would make every coroutine larger.
    static HANDLED_STASH: std::cell::RefCell<
        rustc_hash::FxHashMap<usize, Vec<crate::runtime::exceptions::Exc>>,
    > = Default::default();
}

impl Coroutine {
    pub fn new(name: Rc<str>, qualname: Rc<str>, body: CoroBody) -> Rc<Coroutine> {
        Self::with_kind(CoKind::Coroutine, name, qualname, body)
    }

    pub fn with_kind(
        kind: CoKind,
        name: Rc<str>,
        qualname: Rc<str>,
        body: CoroBody,
    ) -> Rc<Coroutine> {
        let names = match &body {
            // The function's own shared names (the same text as `name` and `qualname`).
            CoroBody::Py { func, .. } => func.shared_coro_names(),
            _ => CoroNames::new(name, qualname),
        };
        Self::with_names(kind, names, body)
    }

    /// A coroutine with names shared with others.
    #[inline(always)]
    pub fn with_names(kind: CoKind, names: Rc<CoroNames>, body: CoroBody) -> Rc<Coroutine> {
        // Tracked from the start only when its arguments may be part of a cycle: one made with
        // numbers and strings, as most are, is tracked when it first suspends, if no task
        // drives it (`track_suspended`); one run to its end at once never is.
        let track = match &body {
            CoroBody::Py { locals, .. } => locals.iter().any(Value::is_container),
            _ => false,
        };
        let c = Rc::new(Coroutine {
            kind,
            pos: Cell::new(names.def_pos),
            names,
            state: RefCell::new(CoroState::Created(body)),
            being_awaited: Cell::new(false),
            loop_mark: Cell::new(LoopMark::Unknown),
            gc_flags: Cell::new(if track { TRACKED } else { 0 }),
            awaiting: Cell::new(std::ptr::null()),
        });
        if track {
            crate::runtime::gc::track(crate::runtime::gc::Kind::Coroutine, &c);
        }
        c
    }

    /// Keeps the exceptions its suspended blocks handle until it resumes.
    pub fn stash_handled(&self, v: Vec<crate::runtime::exceptions::Exc>) {
        let key = self as *const Coroutine as usize;
        // What a replaced entry held is dropped after the table is let go.
        let _old = HANDLED_STASH.with(|m| m.borrow_mut().insert(key, v));
        self.set_flag(HANDLED);
    }

    /// The exceptions kept by `stash_handled`, if any.
    #[inline]
    pub fn take_handled(&self) -> Option<Vec<crate::runtime::exceptions::Exc>> {
        if !self.has_flag(HANDLED) {
            return None;
        }
        self.gc_flags.set(self.gc_flags.get() & !HANDLED);
        let key = self as *const Coroutine as usize;
        HANDLED_STASH.with(|m| m.borrow_mut().remove(&key))
    }

    pub fn has_flag(&self, f: u8) -> bool {
        self.gc_flags.get() & f != 0
    }

    pub fn set_flag(&self, f: u8) {
        self.gc_flags.set(self.gc_flags.get() | f);
    }

    /// It suspended for the first time: from now on its frame may be part of a cycle, so the
    /// collector tracks it, unless a task drives it.
    pub fn track_suspended(&self) {
        if self.gc_flags.get() & (TRACKED | TASK_OWNED) != 0 {
            return;
        }
        self.set_flag(TRACKED);
        // SAFETY: a coroutine only ever lives in an `Rc` (its constructors return one), so
        // `self` is the pointer that `Rc` hands out; the `Rc` made here is never dropped.
        let rc = std::mem::ManuallyDrop::new(unsafe { Rc::from_raw(self as *const Coroutine) });
        crate::runtime::gc::track(crate::runtime::gc::Kind::Coroutine, &rc);
    }

    /// The coroutine as the value of its kind.
    pub fn into_value(c: Rc<Coroutine>) -> Value {
        match c.kind {
            CoKind::Generator => Value::Generator(c),
            CoKind::AsyncGenerator => Value::AsyncGen(c),
            _ => Value::Coroutine(c),
        }
    }

    pub fn name(&self) -> &Rc<str> {
        &self.names.name
    }

    pub fn qualname(&self) -> &Rc<str> {
        &self.names.qualname
    }

    pub fn names(&self) -> &Rc<CoroNames> {
        &self.names
    }

    /// The file of its `async def` (`u32::MAX` for one written natively).
    pub fn file(&self) -> u32 {
        self.names.file
    }

    /// The offset of its definition.
    pub fn def_pos(&self) -> u32 {
        self.names.def_pos
    }

    /// The value a generator returned (None once taken, or while it has not returned).
    pub fn take_returned(&self) -> Value {
        match &mut *self.state.borrow_mut() {
            CoroState::Done(v) => std::mem::replace(v, Value::None),
            _ => Value::None,
        }
    }

    /// Keeps what a generator that has just finished returned.
    pub fn set_returned(&self, v: Value) {
        *self.state.borrow_mut() = CoroState::Done(v);
    }

    /// Puts the state back after a step, which left it `Executing`: that holds nothing, so
    /// it is overwritten without running its drop (a call through the whole enum's drop, on
    /// every level of every resumption otherwise).
    #[inline(always)]
    pub fn end_step(&self, st: CoroState) {
        let old = std::mem::replace(&mut *self.state.borrow_mut(), st);
        if matches!(old, CoroState::Executing) {
            std::mem::forget(old);
        } else {
            drop(old);
        }
    }

    pub fn is_created(&self) -> bool {
        matches!(&*self.state.borrow(), CoroState::Created(_))
    }
}

impl crate::runtime::gc::Trace for Coroutine {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        let Ok(st) = self.state.try_borrow() else {
            return v.busy();
        };
        match &*st {
            CoroState::Created(CoroBody::Py { func, locals }) => {
                v.rc(func);
                v.values(locals.iter());
            }
            CoroState::Created(CoroBody::Sleep { result, .. }) => v.value(result),
            CoroState::Done(x) => v.value(x),
            CoroState::Running(fut, _) => crate::eval::suspend::trace_suspended(self, fut, v),
            // A body being run holds what it holds from the Rust stack: that stays.
            CoroState::Created(CoroBody::Native(_)) | CoroState::Executing => {}
        }
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        if let Ok(mut st) = self.state.try_borrow_mut() {
            if !matches!(&*st, CoroState::Executing) {
                t.put(std::mem::replace(&mut *st, CoroState::Done(Value::None)));
            }
        }
    }
}

/// For the collector: the finalizer of a garbage coroutine or generator, as its going away
/// would run it (a suspended generator is closed; a coroutine never awaited is reported).
/// Returns whether Python code ran.
pub fn finalize_in_collection(ip: &Interp, c: &Rc<Coroutine>) -> bool {
    if c.gc_flags.get() & FINALIZED != 0 {
        return false;
    }
    c.gc_flags.set(c.gc_flags.get() | FINALIZED);
    let running = matches!(&*c.state.borrow(), CoroState::Running(..));
    let created = matches!(&*c.state.borrow(), CoroState::Created(_));
    match c.kind {
        CoKind::Generator | CoKind::Coroutine if running => {
            crate::runtime::iterators::close_on_drop(c);
            true
        }
        CoKind::Coroutine if created => {
            let msg = format!("coroutine '{}' was never awaited", c.qualname());
            ip.warn(crate::runtime::exceptions::ExcKind::RuntimeWarning, &msg);
            false
        }
        CoKind::AsyncGenerator if running => {
            // As its going away would: closed through the running loop, or at once.
            crate::runtime::async_gen::finalize(c);
            true
        }
        _ => false,
    }
}

impl Drop for Coroutine {
    fn drop(&mut self) {
        self.finalize_dropped();
        let state = std::mem::replace(self.state.get_mut(), CoroState::Done(Value::None));
        crate::runtime::trashcan::drop_contents(state);
    }
}

impl Coroutine {
    /// What the coroutine's going away runs, before what it holds goes (see `Drop`).
    fn finalize_dropped(&mut self) {
        crate::runtime::weakref::died(self as *const Coroutine as usize);
        drop(self.take_handled());
        if self.gc_flags.get() & FINALIZED != 0 && self.kind != CoKind::AsyncGenerator {
            return;
        }
        if self.kind == CoKind::Generator || self.kind == CoKind::Coroutine {
            // A suspended generator or coroutine is closed when it goes away: its `finally`
            // blocks run.
            if let CoroState::Running(..) = self.state.get_mut() {
                crate::runtime::iterators::close_on_drop(self);
                return;
            }
        }
        if self.kind == CoKind::AsyncGenerator {
            if let CoroState::Running(..) = self.state.get_mut() {
                crate::runtime::async_gen::finalize(self);
            }
            return;
        }
        if self.kind != CoKind::Coroutine {
            return;
        }
        if let CoroState::Created(_) = self.state.get_mut() {
            let msg = format!("coroutine '{}' was never awaited", self.qualname());
            crate::eval::warn_current(crate::runtime::exceptions::ExcKind::RuntimeWarning, &msg);
        }
    }
}
