//! The evaluator: the interpreter state, frames, and the two paths over the resolved AST —
//! `sync` (plain recursion, for everything that cannot suspend) and `suspend` (Rust futures, for
//! nodes marked may-suspend).

pub mod async_iter;
pub mod call;
pub mod call_errors;
pub mod class_assign;
pub mod classes;
pub mod dynamic;
pub mod except_star;
pub mod frames;
pub mod import_hook;
pub mod matching;
pub mod namespace;
pub mod ops;
pub mod suspend;
pub mod sync;
pub mod with_stmt;

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::{Rc, Weak};

use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::SmallVec;

use crate::aio::event_loop::EventLoop;
use crate::intern::{intern, Symbol};
use crate::runtime::exceptions::{make_exception_classes, Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::{CellRef, Class, ClassKind, ModuleObj};
use crate::runtime::value::Value;
use crate::syntax::span::LineTable;

/// A frame's local slots: inline for small functions, so a call allocates nothing.
pub type Slots = SmallVec<[Value; 8]>;

/// What running a statement did besides raising: carry on, or leave by return/break/continue.
/// A `return` parks its value in the frame, so this stays one byte.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ctl {
    Normal,
    Return,
    Break,
    Continue,
}

/// One activation of a function body (or of a module's top level).
pub struct Frame<'a> {
    /// The slots, owned by the caller (the arguments it bound) or by a coroutine's future.
    /// A plain slice: indexing it needs no check of where a `SmallVec` keeps its items.
    pub locals: &'a mut [Value],
    /// A boxed slice rather than a `Vec`: a word less in every suspended frame.
    pub cells: Box<[CellRef]>,
    pub module: &'a Rc<ModuleObj>,
    /// The value of the `return` that ended the body.
    pub ret: Value,
    /// The exception an `except` block of this frame is handling (what a bare `raise` raises).
    pub handling: Option<crate::runtime::exceptions::Exc>,
}

impl<'a> Frame<'a> {
    /// A module's frame: it has no local slots.
    pub fn module_level(module: &'a Rc<ModuleObj>, no_locals: &'a mut Slots) -> Frame<'a> {
        Frame {
            locals: no_locals,
            cells: Box::default(),
            module,
            ret: Value::None,
            handling: None,
        }
    }
}

/// A source file the interpreter has loaded: for tracebacks and warnings.
pub struct SourceFile {
    /// The name shown in tracebacks (CPython shows the script's absolute path).
    pub path: String,
    pub src: Rc<str>,
    pub lines: LineTable,
}

/// The builtin types, as class objects.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub range: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub generator: Rc<Class>,
    pub text_io: Rc<Class>,
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub module: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub dict: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub property: Rc<Class>,
    pub super_: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub memoryview: Rc<Class>,
}

impl Types {
    /// A builtin type by the key its declared methods name it with (its `__name__`).
    pub fn by_key(&self, key: &str) -> Option<&Rc<Class>> {
        Some(match key {
            "object" => &self.object,
            "type" => &self.type_,
            "NoneType" => &self.none,
            "bool" => &self.bool_,
            "int" => &self.int,
            "float" => &self.float,
            "complex" => &self.complex,
            "str" => &self.str_,
            "bytes" => &self.bytes,
            "list" => &self.list,
            "tuple" => &self.tuple,
            "range" => &self.range,
            "function" => &self.function,
            "builtin_function_or_method" => &self.builtin_function,
            "method" => &self.method,
            "coroutine" => &self.coroutine,
            "generator" => &self.generator,
            "_io.TextIOWrapper" => &self.text_io,
            "Future" => &self.future,
            "Task" => &self.task,
            "module" => &self.module,
            "ellipsis" => &self.ellipsis,
            "dict" => &self.dict,
            "dict_keys" => &self.dict_keys,
            "dict_values" => &self.dict_values,
            "dict_items" => &self.dict_items,
            "NotImplementedType" => &self.not_implemented,
            "set" => &self.set,
            "frozenset" => &self.frozenset,
            "staticmethod" => &self.staticmethod,
            "classmethod" => &self.classmethod,
            "property" => &self.property,
            "super" => &self.super_,
            "bytearray" => &self.bytearray,
            "memoryview" => &self.memoryview,
            _ => return None,
        })
    }

    fn new() -> Types {
        let object = Class::new_builtin("object", "builtins", ClassKind::Object, None);
        let mk = |name: &str, kind: ClassKind| {
            Class::new_builtin(name, "builtins", kind, Some(object.clone()))
        };
        let int = mk("int", ClassKind::Int);
        let future = Class::new_builtin(
            "Future",
            "_asyncio",
            ClassKind::Future,
            Some(object.clone()),
        );
        Types {
            type_: mk("type", ClassKind::Type),
            none: mk("NoneType", ClassKind::NoneType),
            bool_: Class::new_builtin("bool", "builtins", ClassKind::Bool, Some(int.clone())),
            float: mk("float", ClassKind::Float),
            complex: mk("complex", ClassKind::Complex),
            str_: mk("str", ClassKind::Str),
            bytes: mk("bytes", ClassKind::Bytes),
            list: mk("list", ClassKind::List),
            tuple: mk("tuple", ClassKind::Tuple),
            range: mk("range", ClassKind::Range),
            function: mk("function", ClassKind::Function),
            builtin_function: mk("builtin_function_or_method", ClassKind::BuiltinFunction),
            method: mk("method", ClassKind::Method),
            coroutine: mk("coroutine", ClassKind::Coroutine),
            generator: mk("generator", ClassKind::Generator),
            text_io: Class::new_builtin(
                "TextIOWrapper",
                "_io",
                ClassKind::Object,
                Some(object.clone()),
            ),
            task: Class::new_builtin("Task", "_asyncio", ClassKind::Task, Some(future.clone())),
            future,
            module: mk("module", ClassKind::Module),
            ellipsis: mk("ellipsis", ClassKind::Ellipsis),
            dict: mk("dict", ClassKind::Dict),
            dict_keys: mk("dict_keys", ClassKind::DictView),
            dict_values: mk("dict_values", ClassKind::DictView),
            dict_items: mk("dict_items", ClassKind::DictView),
            not_implemented: mk("NotImplementedType", ClassKind::NotImplementedType),
            set: mk("set", ClassKind::Set),
            frozenset: mk("frozenset", ClassKind::FrozenSet),
            staticmethod: mk("staticmethod", ClassKind::StaticMethod),
            classmethod: mk("classmethod", ClassKind::ClassMethod),
            property: mk("property", ClassKind::Property),
            super_: mk("super", ClassKind::Super),
            bytearray: mk("bytearray", ClassKind::Native),
            memoryview: mk("memoryview", ClassKind::Native),
            int,
            object,
        }
    }
}

pub struct Interp {
    me: Weak<Interp>,
    pub types: Types,
    pub exc_classes: Vec<Rc<Class>>,
    /// The `builtins` module, where name look-ups end: the resolver turns a builtin name into
    /// its slot there.
    pub builtins_module: Rc<ModuleObj>,
    /// Its values as made, by slot: what corun itself calls (`sorted` for `dir()`), whatever
    /// a program puts into the module later.
    pub builtins: Vec<Value>,
    /// Imported modules, by name.
    pub modules: RefCell<FxHashMap<Symbol, Value>>,
    pub files: RefCell<Vec<SourceFile>>,
    /// The file and byte offset being run now (for tracebacks and warnings).
    pub cur_file: Cell<u32>,
    pub cur_pos: Cell<u32>,
    /// The name of the function running now (for traceback entries).
    pub cur_name: Cell<Symbol>,
    /// The id of the frame running now, and the counter that hands ids out.
    pub cur_frame: Cell<u32>,
    pub frame_ids: Cell<u32>,
    /// The innermost running frame's link (see `frames`), null outside any.
    pub top_link: Cell<*const frames::Link>,
    /// The exceptions `except` blocks are handling, innermost last (`sys.exc_info()`).
    pub handled: RefCell<Vec<crate::runtime::exceptions::Exc>>,
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    pub event_loop: EventLoop,
    /// The suspend protocol: what the innermost suspension point yields to whoever drives the
    /// coroutine (a Future to wait on, or None to yield one loop iteration) …
    pub yielded: Cell<Option<Value>>,
    /// … and what the driver sends or throws back in when it resumes it.
    pub thrown: Cell<Option<Exc>>,
    pub sent: Cell<Option<Value>>,
    /// `sys.stdout`'s buffers and file descriptor. Its `hold` is set while the REPL edits a
    /// line: what is printed (stdout and stderr) then stays in the buffer until the REPL takes
    /// it with `take_held_output` and shows it above the prompt.
    pub stdout: crate::runtime::stdout::Stdout,
    warnings_seen: RefCell<FxHashSet<(String, u32, usize)>>,
    /// Set while the interpreter shuts down: warnings then come from `sys:1`.
    pub shutting_down: Cell<bool>,
    /// Set while corun's own machinery imports (the objects of a module's `__spec__`): a
    /// program's `__import__` in the builtins is not asked then, as CPython's frozen import
    /// system does not ask it.
    pub internal_import: Cell<bool>,
    pub argv: RefCell<Vec<String>>,
    /// The running script's folder: imports look there first.
    pub script_dir: RefCell<Option<std::path::PathBuf>>,
    /// Classes of the builtin iterator objects, by name (`enumerate`, `list_iterator`, …).
    pub iter_classes: RefCell<FxHashMap<&'static str, Rc<Class>>>,
    /// The namespaces of the class bodies (and of code `exec` runs with a locals mapping)
    /// running now, innermost last: names resolved `Dynamic` are looked up and stored there.
    pub class_ns: RefCell<Vec<crate::eval::namespace::Namespace>>,
    /// The StopIteration that ended the last native iteration step (see `end_iteration`).
    stopped_by: RefCell<Option<crate::runtime::exceptions::Exc>>,
}

thread_local! {
    static CURRENT: RefCell<Weak<Interp>> = const { RefCell::new(Weak::new()) };
}

impl Interp {
    pub fn new() -> Rc<Interp> {
        let ip = Rc::new_cyclic(|me| {
            let types = Types::new();
            let exc_classes = make_exception_classes(&types.object);
            let builtins_module = crate::runtime::builtins::make_builtins(&types, &exc_classes);
            let builtins = builtins_module.slots.borrow().clone();
            Interp {
                me: me.clone(),
                types,
                exc_classes,
                builtins_module,
                builtins,
                modules: RefCell::new(FxHashMap::default()),
                files: RefCell::new(Vec::new()),
                cur_file: Cell::new(0),
                cur_pos: Cell::new(0),
                cur_name: Cell::new(crate::intern::sym::module),
                cur_frame: Cell::new(0),
                frame_ids: Cell::new(0),
                top_link: Cell::new(std::ptr::null()),
                handled: RefCell::new(Vec::new()),
                depth: Cell::new(0),
                recursion_limit: Cell::new(1000),
                event_loop: EventLoop::new(),
                yielded: Cell::new(None),
                thrown: Cell::new(None),
                sent: Cell::new(None),
                stdout: crate::runtime::stdout::Stdout::new(),
                warnings_seen: RefCell::new(FxHashSet::default()),
                shutting_down: Cell::new(false),
                internal_import: Cell::new(false),
                argv: RefCell::new(Vec::new()),
                script_dir: RefCell::new(None),
                iter_classes: RefCell::new(FxHashMap::default()),
                stopped_by: RefCell::new(None),
                class_ns: RefCell::new(Vec::new()),
            }
        });
        CURRENT.with(|c| *c.borrow_mut() = Rc::downgrade(&ip));
        ip.stdout.register();
        ip.modules.borrow_mut().insert(
            ip.builtins_module.name,
            Value::Module(ip.builtins_module.clone()),
        );
        if let Value::Class(c) = ip.builtin("slice") {
            ip.iter_classes
                .borrow_mut()
                .insert(crate::stdlib::slice::SLICE.key, c.clone());
        }
        for &(name, _) in crate::runtime::iterators::ITER_TYPES {
            if let Value::Class(c) = ip.builtin(name) {
                ip.iter_classes.borrow_mut().insert(name, c.clone());
            }
        }
        crate::runtime::types::install_methods(&ip);
        crate::runtime::bind::install_types(&ip);
        crate::eval::classes::install(&ip);
        // The builtin classes were filled in above, behind the look-up caches' back.
        crate::runtime::object::class_changed();
        ip
    }

    /// A strong handle on this interpreter, for futures that must own one.
    pub fn rc(&self) -> Rc<Interp> {
        self.me.upgrade().expect("interpreter alive")
    }

    pub fn add_file(&self, path: String, src: Rc<str>) -> u32 {
        let lines = LineTable::new(&src);
        let mut files = self.files.borrow_mut();
        files.push(SourceFile { path, src, lines });
        (files.len() - 1) as u32
    }

    pub fn exc_class(&self, kind: ExcKind) -> &Rc<Class> {
        &self.exc_classes[kind as usize]
    }

    /// A new exception of a builtin kind with one message argument.
    pub fn err(&self, kind: ExcKind, msg: impl Into<String>) -> Exc {
        Exc(ExcObj::new(
            self.exc_class(kind).clone(),
            vec![Value::string(msg.into())],
        ))
    }

    pub fn err_noargs(&self, kind: ExcKind) -> Exc {
        Exc(ExcObj::new(self.exc_class(kind).clone(), vec![]))
    }

    pub fn type_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(self.err(ExcKind::TypeError, msg))
    }

    // ---- output ----

    /// A write to `sys.stdout` (`print`, `sys.stdout.write`): OSError when it fails as
    /// CPython's would (see `runtime::stdout`).
    pub fn write_out(&self, s: &str) -> PyResult<()> {
        if crate::surrogates::any(s) {
            return self.write_out_surrogates(s);
        }
        self.stdout
            .write(s.as_bytes())
            .map_err(|e| self.os_error(&e))
    }

    /// Text with lone surrogates, encoded as CPython's stdout encodes it: UnicodeEncodeError
    /// for those its error handler cannot write.
    #[cold]
    fn write_out_surrogates(&self, s: &str) -> PyResult<()> {
        let errors = if crate::runtime::stdout::escapes_surrogates() {
            "surrogateescape"
        } else {
            "strict"
        };
        let b = crate::runtime::codecs::encode_utf8(self, s, errors)?;
        self.stdout.write(&b).map_err(|e| self.os_error(&e))
    }

    /// `sys.stdout.flush()`: OSError when it fails.
    pub fn flush_stdout(&self) -> PyResult<()> {
        self.stdout.flush().map_err(|e| self.os_error(&e))
    }

    /// Writes out what stdout holds so that it shows before what comes next (a report on
    /// stderr, a wait); a failure is left for the write or flush where CPython meets it.
    pub fn flush_out(&self) {
        self.stdout.flush_quietly();
    }

    /// CPython's `flush_io` (after a script file ends, before `input()` reads): a flush whose
    /// failure is ignored.
    pub fn flush_io(&self) {
        let _ = self.stdout.flush();
    }

    /// The flush at exit: false when it failed, after reporting it as CPython does (the exit
    /// status is then 120).
    pub fn flush_at_exit(&self) -> bool {
        let Err(e) = self.stdout.flush() else {
            return true;
        };
        let e = self.os_error(&e);
        let msg = crate::runtime::repr::exception_str(self, &e.0).unwrap_or_default();
        self.write_err(&format!(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}: {}\n",
            e.0.class.name.as_str(),
            msg
        ));
        false
    }

    /// The OSError (or subclass, by errno) CPython raises for a failed system call.
    pub fn os_error(&self, e: &std::io::Error) -> Exc {
        let Some(errno) = e.raw_os_error() else {
            return self.err(ExcKind::OSError, e.to_string());
        };
        let kind = crate::runtime::exceptions::os_error_kind(errno as i64);
        // The C library's text, without the " (os error N)" Rust adds.
        let text = std::io::Error::from_raw_os_error(errno).to_string();
        let text = match text.rfind(" (os error ") {
            Some(i) => text[..i].to_string(),
            None => text,
        };
        Exc(ExcObj::new(
            self.exc_class(kind).clone(),
            vec![Value::Int(errno as i64), Value::string(text)],
        ))
    }

    /// Writes to stderr (after flushing stdout when both go to a terminal, to keep their order).
    /// Writes `s` to `sys.stdout` as it is now: the object a program put there if it did
    /// (`print` has its own copy of this choice, made once for its pieces).
    pub fn write_sys_stdout(&self, s: &str) -> PyResult<()> {
        match crate::runtime::sys::target(self, 1) {
            crate::runtime::sys::Target::Own => self.write_out(s),
            crate::runtime::sys::Target::Nowhere => Ok(()),
            crate::runtime::sys::Target::Object(o) => crate::runtime::sys::write_to(self, &o, s),
        }
    }

    /// Writes a report (a traceback, a warning, "Exception ignored in …") to `sys.stderr`:
    /// the object a program put there if it did, else the process's stderr.
    pub fn write_err(&self, s: &str) {
        match crate::runtime::sys::target(self, 2) {
            crate::runtime::sys::Target::Own => {}
            crate::runtime::sys::Target::Nowhere => return,
            crate::runtime::sys::Target::Object(o) => {
                // A stream that fails takes nothing down with it: the report goes to the
                // process's stderr instead.
                if crate::runtime::sys::write_to(self, &o, s).is_ok() {
                    return;
                }
            }
        }
        self.write_stderr(s)
    }

    /// Writes to the process's stderr (`sys.__stderr__`).
    pub fn write_stderr(&self, s: &str) {
        if self.stdout.hold.get() {
            let _ = self.stdout.write(s.as_bytes());
            return;
        }
        if self.stdout.is_terminal() {
            self.flush_out();
        }
        // stderr's encoder writes surrogates as `\udXXX` (`backslashreplace`).
        let s = crate::surrogates::backslashed(s);
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    /// Takes the complete lines held while the REPL holds the output.
    pub fn take_held_output(&self) -> String {
        String::from_utf8_lossy(&self.stdout.take_held()).into_owned()
    }

    // ---- warnings ----

    /// Issues a warning as CPython's default filters do: once per (text, location). What
    /// the `warnings` module raises for it (a filter that makes it an error) is printed as
    /// ignored.
    pub fn warn(&self, kind: ExcKind, msg: &str) {
        if let Err(e) = self.warn_or_raise(kind, msg) {
            let head = crate::diagnostics::exception_headline(self, &e.0);
            self.write_err(&format!("Exception ignored in warnings:\n{}\n", head));
        }
    }

    /// `warn`, where the caller raises what the `warnings` module raises for the warning (as
    /// CPython's `PyErr_WarnFormat` callers do: `-W error` makes the warning an exception).
    pub fn warn_or_raise(&self, kind: ExcKind, msg: &str) -> PyResult<()> {
        if self.shutting_down.get() {
            if self
                .warnings_seen
                .borrow_mut()
                .insert((msg.to_string(), u32::MAX, 1))
            {
                self.write_err(&format!("sys:1: {}: {}\n", kind.name(), msg));
            }
            return Ok(());
        }
        let file_id = self.cur_file.get();
        let pos = self.cur_pos.get();
        let (path, line, text) = {
            let files = self.files.borrow();
            match files.get(file_id as usize) {
                Some(f) => {
                    let line = f.lines.line_of(pos);
                    let start = f.lines.line_start(line) as usize;
                    let rest = &f.src[start..];
                    // No source line for `<string>`, `<console>` …: CPython reads lines from
                    // files only.
                    let text = if f.path.starts_with('<') {
                        String::new()
                    } else {
                        rest.lines().next().unwrap_or("").trim().to_string()
                    };
                    (f.path.clone(), line, text)
                }
                None => ("sys".to_string(), 1, String::new()),
            }
        };
        if let Some(taken) = self.warn_through_module(kind, msg, &path, line, &text) {
            return taken;
        }
        if !self
            .warnings_seen
            .borrow_mut()
            .insert((msg.to_string(), file_id, line))
        {
            return Ok(());
        }
        let mut s = format!("{}:{}: {}: {}\n", path, line, kind.name(), msg);
        if !text.is_empty() {
            s.push_str(&format!("  {}\n", text));
        }
        if kind == ExcKind::RuntimeWarning && msg.starts_with("coroutine ") {
            s.push_str(
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            );
        }
        self.write_err(&s);
        Ok(())
    }

    /// Once the program imported `warnings`, the interpreter's own warnings go through it, so
    /// that its filters apply. Returns what it made of the warning, None when it is not there
    /// to take it.
    fn warn_through_module(
        &self,
        kind: ExcKind,
        msg: &str,
        path: &str,
        line: usize,
        text: &str,
    ) -> Option<PyResult<()>> {
        let w = match self.modules.try_borrow() {
            Ok(m) => m.get(&intern("warnings")).cloned(),
            Err(_) => None,
        };
        let Some(Value::Module(w)) = w else {
            return None;
        };
        let f = w.get(intern("_warn_native"))?;
        let mut args = call::Args::new();
        args.push(Value::str(kind.name()));
        args.push(Value::str(msg));
        args.push(Value::str(path));
        args.push(Value::Int(line as i64));
        args.push(Value::str(text));
        let coroutine = kind == ExcKind::RuntimeWarning && msg.starts_with("coroutine ");
        args.push(Value::bool(coroutine));
        Some(call::call_value(self, &f, &mut args, &[]).map(|_| ()))
    }

    /// The slot of a name in the builtins module, for the resolver.
    pub fn builtin_index(&self, name: Symbol) -> Option<u32> {
        self.builtins_module.index.borrow().get(&name).copied()
    }

    /// The builtin `name` as corun made it (not what a program may have put in its place).
    pub fn builtin(&self, name: &str) -> Value {
        let i = self.builtin_index(intern(name)).expect("a builtin");
        self.builtins[i as usize].clone()
    }

    /// Slot `i` of the builtins module while it still holds the object it started with
    /// (a builtin function or class): borrowed from the start-up table, so a call of `len`
    /// or `str` neither clones nor drops it. None once a program replaced or deleted it.
    #[inline]
    pub fn builtin_unchanged(&self, i: u32) -> Option<&Value> {
        let orig = self.builtins.get(i as usize)?;
        let slots = self.builtins_module.slots.borrow();
        let same = match (slots.get(i as usize)?, orig) {
            (Value::Builtin(a), Value::Builtin(b)) => std::ptr::eq(*a, *b),
            (Value::Class(a), Value::Class(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        same.then_some(orig)
    }

    /// The value in slot `i` of the builtins module (Undef once a program deleted it).
    #[inline]
    pub fn builtin_slot(&self, i: u32) -> Value {
        match self.builtins_module.slots.borrow().get(i as usize) {
            Some(v) => v.clone(),
            None => Value::Undef,
        }
    }
}

/// The interpreter running on this thread, if any (for `Drop` implementations).
pub fn current() -> Option<Rc<Interp>> {
    // None too once the thread's locals are being destroyed (a `Drop` may run then).
    CURRENT.try_with(|c| c.borrow().upgrade()).ok().flatten()
}

/// Issues a warning through the interpreter running on this thread, if any (used from `Drop`).
pub fn warn_current(kind: ExcKind, msg: &str) {
    if let Some(ip) = current() {
        ip.warn(kind, msg);
    }
}

impl Interp {
    /// A StopIteration raised inside a native iterator's step (a mapped function, a user
    /// `__next__`, a predicate) ends that iteration, as it does in CPython, where the consumer
    /// (`for`, `list()`, …) takes any StopIteration from a step as the end. The exception is
    /// kept so that the consumers that pass its value on (`next()`, `yield from`) can.
    pub fn end_iteration(&self, e: crate::runtime::exceptions::Exc) -> PyResult<Option<Value>> {
        if e.is_instance(self.exc_class(ExcKind::StopIteration)) {
            *self.stopped_by.borrow_mut() = Some(e);
            Ok(None)
        } else {
            Err(e)
        }
    }

    /// The StopIteration kept by `end_iteration`, taken; callers clear it (`take_stop`) before
    /// the step whose end they examine.
    pub fn take_stop(&self) -> Option<crate::runtime::exceptions::Exc> {
        self.stopped_by.borrow_mut().take()
    }

    /// Puts back what `take_stop` took: the thread it belongs to runs again (`crate::threads`).
    pub fn put_stopped_by(&self, e: Option<crate::runtime::exceptions::Exc>) {
        *self.stopped_by.borrow_mut() = e;
    }

    /// A new frame id.
    #[inline]
    pub fn new_frame_id(&self) -> u32 {
        let id = self.frame_ids.get().wrapping_add(1);
        self.frame_ids.set(id);
        id
    }

    /// An `except` block starts handling `e` (what `sys.exc_info()` sees).
    pub fn enter_handler(&self, e: &crate::runtime::exceptions::Exc) {
        self.handled.borrow_mut().push(e.clone());
    }

    /// The block handling `e` ended. Blocks of tasks that await inside them can end out of
    /// order, so this removes `e`'s own entry.
    pub fn leave_handler(&self, e: &crate::runtime::exceptions::Exc) {
        let mut h = self.handled.borrow_mut();
        if let Some(i) = h.iter().rposition(|x| Rc::ptr_eq(&x.0, &e.0)) {
            h.remove(i);
        }
    }

    /// Records the running frame in `e`'s traceback (once per frame).
    pub fn traceback_here(&self, e: &crate::runtime::exceptions::Exc) {
        e.push_tb_at(
            self.cur_frame.get(),
            self.cur_file.get(),
            self.cur_pos.get(),
            self.cur_name.get().as_str(),
        );
    }
}

/// Runs `f` with room on the native stack for one more Python frame (see `crate::stack`):
/// every place that enters a frame goes through here. MemoryError when no more stack can be
/// mapped.
#[inline]
pub fn with_stack<R>(ip: &Interp, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    match crate::stack::ensure(f) {
        Some(r) => r,
        None => Err(ip.err_noargs(ExcKind::MemoryError)),
    }
}

/// Runs `f` with the recursion depth raised by one, or raises RecursionError past the limit.
#[inline]
pub fn enter_call(ip: &Interp) -> PyResult<()> {
    crate::signals::poll(ip)?;
    let d = ip.depth.get() + 1;
    if d > ip.recursion_limit.get() {
        return Err(ip.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    ip.depth.set(d);
    Ok(())
}

/// One level of a recursion inside the interpreter (repr, str, comparison, hashing): raises
/// RecursionError, `maximum recursion depth exceeded` followed by `what` as CPython words it,
/// past the limit. `leave_call` ends the level.
#[inline]
pub fn enter_native(ip: &Interp, what: &str) -> PyResult<()> {
    let d = ip.depth.get() + 1;
    if d > ip.recursion_limit.get() {
        return Err(ip.err(
            ExcKind::RecursionError,
            format!("maximum recursion depth exceeded{what}"),
        ));
    }
    ip.depth.set(d);
    Ok(())
}

/// Runs `f`, a level of a recursion inside the interpreter, between `enter_native` and
/// `leave_call`, with room on the native stack (see `with_stack`).
#[inline]
pub fn in_native<R>(ip: &Interp, what: &str, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    enter_native(ip, what)?;
    let r = with_stack(ip, f);
    leave_call(ip);
    r
}

#[inline]
pub fn leave_call(ip: &Interp) {
    ip.depth.set(ip.depth.get() - 1);
}

impl Interp {
    /// Flushes stdout when it is a terminal (before the loop sleeps), so output appears as
    /// it is printed.
    pub fn flush_if_tty(&self) {
        if self.stdout.is_terminal() {
            self.flush_out();
        }
    }
}
