//! Python exceptions: the builtin hierarchy, exception objects, and the `Result` that carries them.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::object::{Class, ClassKind};
use crate::runtime::value::Value;

/// One line of a traceback: which file, where in it, and in which function.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub file_id: u32,
    pub pos: u32,
    pub name: String,
    /// The source range (byte offsets) of the expression or target that failed in this frame,
    /// as CPython's instruction positions give it; `(0, 0)` when the entry names only a line
    /// (a `raise` statement, an error outside any expression).
    pub range: (u32, u32),
}

pub struct ExcObj {
    pub class: Rc<Class>,
    pub args: RefCell<Vec<Value>>,
    /// Innermost entry first; printed reversed.
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Option<Rc<ExcObj>>>,
    pub context: RefCell<Option<Rc<ExcObj>>>,
    pub suppress_context: std::cell::Cell<bool>,
    /// The frame that added the last traceback entry (a frame adds one entry however often the
    /// exception passes through it).
    pub tb_frame: std::cell::Cell<u32>,
    /// Attributes set on the exception (`self.code = …` in a user exception class).
    pub attrs: crate::runtime::instance::AttrMap,
    /// An exception group's sub-exceptions, as a tuple (None for other exceptions).
    pub excs: RefCell<Option<Value>>,
    /// `__del__` has run (see `finalize`).
    pub finalized: std::cell::Cell<bool>,
    /// A `raise` statement set `__context__` (to what was handled then): leaving a handler
    /// does not set it again (a program may have changed it since).
    pub context_fixed: std::cell::Cell<bool>,
    /// The source range of the innermost expression the exception left in the frame it is
    /// passing through now (`(0, 0)`: none yet); the frame's traceback entry takes it.
    pub range: std::cell::Cell<(u32, u32)>,
}

impl ExcObj {
    pub fn new(class: Rc<Class>, args: Vec<Value>) -> Rc<ExcObj> {
        let e = Rc::new(ExcObj {
            class,
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: std::cell::Cell::new(false),
            tb_frame: std::cell::Cell::new(u32::MAX),
            attrs: Default::default(),
            excs: RefCell::new(None),
            finalized: std::cell::Cell::new(false),
            context_fixed: std::cell::Cell::new(false),
            range: std::cell::Cell::new((0, 0)),
        });
        crate::runtime::gc::track(crate::runtime::gc::Kind::Exception, &e);
        e
    }

    /// A new exception with this one's contents, finalized: what `__del__` gets as `self` when
    /// the last reference to this one went (see `finalize::instance_dropped`).
    pub fn revive(&mut self) -> Rc<ExcObj> {
        let e = ExcObj::new(self.class.clone(), std::mem::take(self.args.get_mut()));
        *e.traceback.borrow_mut() = std::mem::take(self.traceback.get_mut());
        *e.cause.borrow_mut() = self.cause.get_mut().take();
        *e.context.borrow_mut() = self.context.get_mut().take();
        e.suppress_context.set(self.suppress_context.get());
        e.tb_frame.set(self.tb_frame.get());
        e.attrs.take_from(&self.attrs);
        *e.excs.borrow_mut() = self.excs.get_mut().take();
        e.finalized.set(true);
        e
    }
}

impl Drop for ExcObj {
    fn drop(&mut self) {
        if self.class.user {
            crate::runtime::finalize::exception_dropped(self);
        }
        crate::runtime::trashcan::drop_contents((
            std::mem::take(self.args.get_mut()),
            self.cause.get_mut().take(),
            self.context.get_mut().take(),
            self.excs.get_mut().take(),
            std::mem::take(&mut self.attrs),
        ));
    }
}

impl crate::runtime::gc::Trace for ExcObj {
    fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        v.rc(&self.class);
        let (Ok(args), Ok(cause), Ok(context), Ok(excs)) = (
            self.args.try_borrow(),
            self.cause.try_borrow(),
            self.context.try_borrow(),
            self.excs.try_borrow(),
        ) else {
            return v.busy();
        };
        v.values(args.iter());
        if let Some(c) = &*cause {
            v.rc(c);
        }
        if let Some(c) = &*context {
            v.rc(c);
        }
        if let Some(x) = &*excs {
            v.value(x);
        }
        self.attrs.traverse(v);
    }
    fn clear(&self, t: &mut crate::runtime::gc::Trash) {
        self.finalized.set(true);
        if let Ok(mut a) = self.args.try_borrow_mut() {
            t.put(std::mem::take(&mut *a));
        }
        if let Ok(mut c) = self.cause.try_borrow_mut() {
            t.put(c.take());
        }
        if let Ok(mut c) = self.context.try_borrow_mut() {
            t.put(c.take());
        }
        if let Ok(mut x) = self.excs.try_borrow_mut() {
            t.put(x.take());
        }
        self.attrs.clear_into(t);
    }
}

/// A raised exception travelling up the Rust stack.
#[derive(Clone)]
pub struct Exc(pub Rc<ExcObj>);

impl std::fmt::Debug for Exc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Exc({})", self.0.class.name)
    }
}

impl Exc {
    pub fn push_tb(&self, file_id: u32, pos: u32, name: &str) {
        let range = self.0.range.replace((0, 0));
        // The entry names the line where the failed expression starts, as CPython's does (a
        // statement may span several lines).
        let pos = if range.1 > range.0 { range.0 } else { pos };
        self.0.traceback.borrow_mut().push(TbEntry {
            file_id,
            pos,
            name: name.to_string(),
            range,
        });
    }
    /// The exception leaves the expression (or assignment target) at `start..end` of the
    /// running frame: the innermost one is where the frame's traceback entry points.
    #[cold]
    pub fn leaves(&self, start: u32, end: u32) {
        if self.0.range.get().1 == 0 {
            self.0.range.set((start, end));
        }
    }
    /// Adds the traceback entry of the frame running now (frame id `frame`, in function `name`,
    /// at the interpreter's current position), unless that frame has one already.
    pub fn push_tb_at(&self, frame: u32, file_id: u32, pos: u32, name: &str) {
        if self.0.tb_frame.get() == frame {
            self.0.range.set((0, 0));
            return;
        }
        self.0.tb_frame.set(frame);
        self.push_tb(file_id, pos, name);
    }
    pub fn is_instance(&self, class: &Rc<Class>) -> bool {
        self.0.class.is_subclass(class)
    }
}

pub type PyResult<T> = Result<T, Exc>;

/// The subclass of OSError that CPython raises (and that `OSError(errno, …)` makes) for an
/// errno value.
pub fn os_error_kind(errno: i64) -> ExcKind {
    let Ok(errno) = i32::try_from(errno) else {
        return ExcKind::OSError;
    };
    match errno {
        libc::EPIPE | libc::ESHUTDOWN => ExcKind::BrokenPipeError,
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => ExcKind::BlockingIOError,
        libc::EINTR => ExcKind::InterruptedError,
        libc::ECHILD => ExcKind::ChildProcessError,
        libc::ESRCH => ExcKind::ProcessLookupError,
        libc::ECONNRESET => ExcKind::ConnectionResetError,
        libc::ECONNABORTED => ExcKind::ConnectionAbortedError,
        libc::ECONNREFUSED => ExcKind::ConnectionRefusedError,
        libc::ENOENT => ExcKind::FileNotFoundError,
        libc::EEXIST => ExcKind::FileExistsError,
        libc::EISDIR => ExcKind::IsADirectoryError,
        libc::ENOTDIR => ExcKind::NotADirectoryError,
        libc::EACCES | libc::EPERM => ExcKind::PermissionError,
        libc::ETIMEDOUT => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

macro_rules! exception_kinds {
    ($($kind:ident : $parent:ident),* $(,)?) => {
        /// The builtin exception classes, by name.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[allow(clippy::enum_variant_names)]
        pub enum ExcKind { BaseException, $($kind),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $(ExcKind::$kind),*];
            pub fn name(self) -> &'static str {
                match self { ExcKind::BaseException => "BaseException", $(ExcKind::$kind => stringify!($kind)),* }
            }
            pub fn parent(self) -> Option<ExcKind> {
                match self { ExcKind::BaseException => None, $(ExcKind::$kind => Some(ExcKind::$parent)),* }
            }
        }
    };
}

exception_kinds! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    CancelledError: BaseException,
    BaseExceptionGroup: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    AssertionError: Exception,
    EOFError: Exception,
    AttributeError: Exception,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    NameError: Exception,
    UnboundLocalError: NameError,
    RuntimeError: Exception,
    RecursionError: RuntimeError,
    NotImplementedError: RuntimeError,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeEncodeError: UnicodeError,
    UnicodeDecodeError: UnicodeError,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    PermissionError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    InterruptedError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ProcessLookupError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    TimeoutError: OSError,
    MemoryError: Exception,
    SystemError: Exception,
    BufferError: Exception,
    ReferenceError: Exception,
    FloatingPointError: ArithmeticError,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    InvalidStateError: Exception,
    QueueEmpty: Exception,
    QueueFull: Exception,
    Warning: Exception,
    RuntimeWarning: Warning,
    DeprecationWarning: Warning,
    UserWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

/// Makes the class objects of the whole builtin hierarchy, indexed by `ExcKind as usize`.
pub fn make_exception_classes(object: &Rc<Class>) -> Vec<Rc<Class>> {
    let mut classes: Vec<Rc<Class>> = Vec::with_capacity(ExcKind::ALL.len());
    for &kind in ExcKind::ALL {
        let base = match kind.parent() {
            Some(p) => classes[p as usize].clone(),
            None => object.clone(),
        };
        let base = Some(base);
        let module = match kind {
            ExcKind::CancelledError | ExcKind::InvalidStateError => "asyncio.exceptions",
            ExcKind::QueueEmpty | ExcKind::QueueFull => "asyncio.queues",
            _ => "builtins",
        };
        let mut class = Class::new_builtin(kind.name(), module, ClassKind::Exception, base);
        if kind == ExcKind::ExceptionGroup {
            // class ExceptionGroup(BaseExceptionGroup, Exception): its MRO is
            // ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
            let beg = classes[ExcKind::BaseExceptionGroup as usize].clone();
            let exc = classes[ExcKind::Exception as usize].clone();
            let mut mro = vec![beg.clone(), exc.clone()];
            mro.extend(exc.mro.iter().cloned());
            class = Rc::new(Class {
                name: class.name,
                qualname: class.qualname.clone(),
                module,
                kind: ClassKind::Exception,
                base: crate::runtime::swap::Swap::new(Some(beg.clone())),
                bases: crate::runtime::swap::Swap::new(vec![beg, exc]),
                mro: crate::runtime::swap::Swap::new(mro),
                dict: Default::default(),
                user: false,
                meta: Default::default(),
                is_abstract: Default::default(),
                slots: None,
                plain_attrs: Default::default(),
                ctors: Default::default(),
                del_cache: Default::default(),
                user_specials: Default::default(),
                specials: Default::default(),
            });
        }
        classes.push(class);
    }
    classes
}

// What an evaluation step returns stays at 16 bytes (DESIGN.md: "Values and speed").
const _: () = assert!(std::mem::size_of::<PyResult<Value>>() == 16);
