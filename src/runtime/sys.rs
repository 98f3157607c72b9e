//! The `sys` module: the parts scripts use to exit, read their arguments and tune recursion.

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::{intern, sym};
use crate::runtime::bind::{At, FromArg};
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::{PyStr, Value};
use corun_macros::{function, method};

/// `exit(status=None)`: raises SystemExit, with the status as CPython sets it (None gives no
/// arguments, a tuple its items).
#[function(sys, "exit(status=None, /)")]
fn exit(ip: &Interp, status: &Value) -> PyResult<()> {
    let args = match status {
        Value::None => Vec::new(),
        Value::Tuple(t) => t.items.to_vec(),
        v => vec![v.clone()],
    };
    Err(Exc(ExcObj::new(
        ip.exc_class(ExcKind::SystemExit).clone(),
        args,
    )))
}

/// The builtins `exit` and `quit` that CPython's `site` adds (for the REPL, and used by
/// scripts): SystemExit with the code as its one argument, even when it is None or a tuple.
#[function(builtins, "exit(code=None, /)")]
fn builtin_exit(ip: &Interp, code: Value) -> PyResult<()> {
    Err(Exc(ExcObj::new(
        ip.exc_class(ExcKind::SystemExit).clone(),
        vec![code],
    )))
}

#[function(builtins, "quit(code=None, /)")]
fn builtin_quit(ip: &Interp, code: Value) -> PyResult<()> {
    builtin_exit(ip, code)
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` with the arguments.
#[function(builtins, "breakpoint(*args, **kws)")]
fn builtin_breakpoint(
    ip: &Interp,
    args: &[Value],
    kws: &[(crate::intern::Symbol, Value)],
) -> PyResult<Value> {
    let sys = crate::runtime::modules::import_dotted(ip, "sys")?;
    let hook = match crate::eval::ops::getattr(ip, &sys, intern("breakpointhook")) {
        Ok(h) => h,
        Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => {
            return Err(ip.err(ExcKind::RuntimeError, "lost sys.breakpointhook"))
        }
        Err(e) => return Err(e),
    };
    let mut a: crate::eval::call::Args = args.iter().cloned().collect();
    crate::eval::call::call_value(ip, &hook, &mut a, kws)
}

/// `exc_info()`: the exception the innermost running `except` block handles, as (type, value,
/// traceback), or three Nones.
#[function(sys, "exc_info()")]
fn exc_info(ip: &Interp) -> PyResult<Value> {
    let e = ip.handled.borrow().last().cloned();
    Ok(match e {
        Some(e) => {
            let tb = crate::runtime::traceback::of_exception(ip, &e.0);
            Value::tuple(vec![
                Value::Class(e.0.class.clone()),
                Value::Exception(e.0),
                tb,
            ])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `excepthook(type, value, traceback)`: prints the exception's traceback to `sys.stderr`,
/// as an uncaught exception's is printed.
#[function(sys, "excepthook(exctype, value, traceback, /)")]
fn excepthook(ip: &Interp, _exctype: Value, value: Value, _traceback: Value) -> PyResult<()> {
    let Value::Exception(e) = &value else {
        // Reported, not raised: the hook never fails.
        ip.write_err(&format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            crate::eval::ops::type_name(ip, &value)
        ));
        return Ok(());
    };
    ip.write_err(&crate::diagnostics::format_traceback(ip, &Exc(e.clone())));
    Ok(())
}

/// `displayhook(object)`: what the REPL and code compiled in "single" mode do with the value
/// of an expression statement: a value that is not None is written to `sys.stdout` with its
/// repr and kept in `builtins._`.
#[function(sys, "displayhook(object, /)")]
fn displayhook(ip: &Interp, object: Value) -> PyResult<()> {
    if object.is_none() {
        return Ok(());
    }
    let underscore = intern("_");
    // `_` is None while the repr runs, as in CPython.
    ip.builtins_module.set(underscore, Value::None);
    let text = crate::runtime::repr::repr(ip, &object)?;
    ip.write_sys_stdout(&format!("{text}\n"))?;
    ip.builtins_module.set(underscore, object);
    Ok(())
}

/// Shows the value of an expression statement run interactively: calls `sys.displayhook`,
/// whatever the program put there.
pub fn display(ip: &Interp, v: Value) -> PyResult<()> {
    let sys = match ip.modules.borrow().get(&sym::sys) {
        Some(Value::Module(m)) => Some(m.clone()),
        _ => None,
    };
    let hook = match sys {
        Some(sys) => sys.get(intern("displayhook")),
        None => Some(Value::Builtin(&DISPLAYHOOK)),
    };
    match hook {
        Some(Value::Builtin(b)) if std::ptr::eq(b, &DISPLAYHOOK) => displayhook(ip, v),
        Some(h) => crate::stdlib::call_with(ip, &h, &[v]).map(|_| ()),
        None => Err(ip.err(ExcKind::RuntimeError, "lost sys.displayhook")),
    }
}

/// How many of a traceback's innermost entries the interpreter itself prints (an uncaught
/// exception, `sys.excepthook`, unraisable ones): `sys.tracebacklimit` when it is an int (none
/// at all when it is not positive), else 1,000.
pub fn traceback_limit(ip: &Interp) -> usize {
    const DEFAULT: usize = 1000;
    let sys = match ip.modules.borrow().get(&sym::sys) {
        Some(Value::Module(m)) => m.clone(),
        _ => return DEFAULT,
    };
    match sys.get(intern("tracebacklimit")) {
        Some(Value::Int(n)) => n.max(0) as usize,
        Some(Value::Bool(b)) => b as usize,
        Some(Value::BigInt(b)) if b.sign() == num_bigint::Sign::Minus => 0,
        Some(Value::BigInt(_)) => usize::MAX,
        _ => DEFAULT,
    }
}

/// The hook a program put in `sys.excepthook`, if it replaced the builtin one.
pub fn user_excepthook(ip: &Interp) -> Option<Value> {
    let sys = match ip.modules.borrow().get(&sym::sys) {
        Some(Value::Module(m)) => m.clone(),
        _ => return None,
    };
    match sys.get(intern("excepthook")) {
        Some(Value::Builtin(b)) if std::ptr::eq(b, &EXCEPTHOOK) => None,
        other => other,
    }
}

#[function(sys, "get_int_max_str_digits()")]
fn get_int_max_str_digits(_ip: &Interp) -> PyResult<i64> {
    Ok(crate::runtime::numbers::max_str_digits() as i64)
}

#[function(sys, "set_int_max_str_digits(maxdigits)")]
fn set_int_max_str_digits(ip: &Interp, maxdigits: i64) -> PyResult<()> {
    crate::runtime::numbers::set_max_str_digits(ip, maxdigits)
}

#[function(sys, "getrecursionlimit()")]
fn getrecursionlimit(ip: &Interp) -> PyResult<i64> {
    Ok(ip.recursion_limit.get() as i64)
}

#[function(sys, "setrecursionlimit(limit, /)")]
fn setrecursionlimit(ip: &Interp, limit: i32) -> PyResult<()> {
    if limit < 1 {
        return Err(ip.err(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        ));
    }
    // Any C int: the native stack grows as deep as memory allows (see `crate::stack`).
    let n = limit as u32;
    if n <= ip.depth.get() {
        return Err(ip.err(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                n,
                ip.depth.get()
            ),
        ));
    }
    ip.recursion_limit.set(n);
    Ok(())
}

/// `sys.stdout` or `sys.stderr` as a method's receiver: its file descriptor.
struct Stream(u64);

impl<'a> FromArg<'a> for Stream {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match v {
            Value::Stream(fd) => Ok(Stream(*fd)),
            _ => Err(at.wrong_type(ip, "_io.TextIOWrapper", v)),
        }
    }
}

#[method("_io.TextIOWrapper", "write($self, text, /)")]
fn write(ip: &Interp, this: Stream, text: &Rc<PyStr>) -> PyResult<i64> {
    match this.0 {
        2 => ip.write_stderr(&text.s),
        _ => ip.write_out(&text.s)?,
    }
    Ok(text.char_len() as i64)
}

/// The data attributes of `sys.stdout` and `sys.stderr` (their methods are declared below).
pub fn stream_attr(ip: &Interp, fd: u64, name: crate::intern::Symbol) -> PyResult<Option<Value>> {
    Ok(Some(match name.as_str() {
        // The byte layer beneath, written in Python (`io`).
        "buffer" => {
            let io = crate::runtime::modules::import_dotted(ip, "io")?;
            let make = crate::eval::ops::getattr(ip, &io, intern("_std_buffer"))?;
            let mut args: crate::eval::call::Args = [Value::Int(fd as i64)].into_iter().collect();
            crate::eval::call::call_value(ip, &make, &mut args, &[])?
        }
        "encoding" => Value::str("utf-8"),
        "errors" => Value::str(match (fd, crate::runtime::stdout::escapes_surrogates()) {
            (2, _) => "backslashreplace",
            (_, true) => "surrogateescape",
            _ => "strict",
        }),
        "name" => Value::str(if fd == 2 { "<stderr>" } else { "<stdout>" }),
        "mode" => Value::str("w"),
        "closed" => Value::bool(false),
        "line_buffering" => Value::bool(fd == 2 || ip.stdout.is_terminal()),
        "write_through" => Value::bool(false),
        "newlines" => Value::None,
        _ => return Ok(None),
    }))
}

#[method("_io.TextIOWrapper", "fileno($self, /)")]
fn fileno(_ip: &Interp, this: Stream) -> PyResult<i64> {
    Ok(this.0 as i64)
}

#[method("_io.TextIOWrapper", "isatty($self, /)")]
fn isatty(ip: &Interp, this: Stream) -> PyResult<bool> {
    use std::io::IsTerminal;
    Ok(if this.0 == 1 {
        ip.stdout.is_terminal()
    } else {
        std::io::stderr().is_terminal()
    })
}

#[method("_io.TextIOWrapper", "writable($self, /)")]
fn writable(_ip: &Interp, _this: Stream) -> PyResult<bool> {
    Ok(true)
}

#[method("_io.TextIOWrapper", "readable($self, /)")]
fn readable(_ip: &Interp, _this: Stream) -> PyResult<bool> {
    Ok(false)
}

#[method("_io.TextIOWrapper", "seekable($self, /)")]
fn seekable(_ip: &Interp, _this: Stream) -> PyResult<bool> {
    Ok(false)
}

#[method("_io.TextIOWrapper", "writelines($self, lines, /)")]
fn writelines(ip: &Interp, this: Stream, lines: Value) -> PyResult<()> {
    let mut it = crate::eval::ops::iter(ip, &lines)?;
    while let Some(line) = it.next_checked(ip)? {
        let Value::Str(s) = crate::eval::classes::value_base(&line) else {
            return ip.type_error(format!(
                "write() argument must be str, not {}",
                crate::eval::ops::type_name(ip, &line)
            ));
        };
        write(ip, Stream(this.0), s)?;
    }
    Ok(())
}

#[method("_io.TextIOWrapper", "flush($self, /)")]
fn flush(ip: &Interp, this: Stream) -> PyResult<()> {
    if this.0 == 1 {
        ip.flush_stdout()?;
    }
    Ok(())
}

#[function(sys, "getdefaultencoding()")]
fn getdefaultencoding(_ip: &Interp) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

#[function(sys, "getfilesystemencoding()")]
fn getfilesystemencoding(_ip: &Interp) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

#[function(sys, "getfilesystemencodeerrors()")]
fn getfilesystemencodeerrors(_ip: &Interp) -> PyResult<Value> {
    Ok(Value::str("surrogateescape"))
}

/// `sys.intern(string)`: the one object kept for the string's text.
#[function(sys, "intern(string, /)")]
fn sys_intern(ip: &Interp, string: Value) -> PyResult<Value> {
    if !matches!(crate::eval::classes::value_base(&string), Value::Str(_)) {
        return ip.type_error(format!(
            "intern() argument must be str, not {}",
            crate::eval::ops::type_name(ip, &string)
        ));
    }
    match &string {
        Value::Str(s) => Ok(Value::interned(s.s.as_str())),
        _ => ip.type_error(format!(
            "can't intern {}",
            crate::eval::ops::type_name(ip, &string)
        )),
    }
}

#[function(sys, "is_finalizing()")]
fn is_finalizing(ip: &Interp) -> PyResult<bool> {
    Ok(ip.shutting_down.get())
}

/// `sys.getsizeof`: CPython's size (64-bit build) for the objects whose size its layout fixes
/// (numbers, str, bytes, tuple, range, slice, memoryview and the singletons) and what a user
/// class's `__sizeof__` says plus the collector's header. Sizes that depend on the history of
/// an object's allocations (list, dict, set, bytearray, …) raise NotImplementedError: a size
/// that is not CPython's would be a silently different answer.
#[function(sys, "getsizeof(object, default=<unrepresentable>)")]
fn getsizeof(ip: &Interp, object: Value, default: Option<Value>) -> PyResult<Value> {
    /// The collector's header that CPython counts for tracked objects.
    const GC_HEAD: i64 = 16;
    let digits = |bits: u64| 24 + 4 * (bits.div_ceil(30).max(1) as i64);
    let size = match &object {
        Value::None | Value::Ellipsis | Value::NotImplemented => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => digits(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::BigInt(b) => digits(b.bits()),
        Value::Float(_) => 24,
        Value::Complex(_) => 32,
        Value::Str(st) => {
            let (n, widest) =
                st.s.chars()
                    .fold((0i64, 0u32), |(n, w), c| (n + 1, w.max(c as u32)));
            match widest {
                0..=0x7f => 48 + n + 1,
                0x80..=0xff => 72 + n + 1,
                0x100..=0xffff => 72 + 2 * (n + 1),
                _ => 72 + 4 * (n + 1),
            }
        }
        Value::Bytes(b) => 33 + b.b.len() as i64,
        Value::Tuple(t) => 24 + 8 * t.items.len() as i64 + GC_HEAD,
        Value::Range(_) => 48,
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::Slice(_)) => 56,
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::MemoryView(_)) => 184,
        Value::Instance(inst) => {
            use crate::runtime::object::ClassKind;
            // CPython 3.11 keeps a user object's __dict__ before the object (two more words)
            // unless its base is variable-sized or keeps its own dict slot.
            let own_dict = matches!(
                inst.class.kind,
                ClassKind::Int
                    | ClassKind::Bool
                    | ClassKind::Str
                    | ClassKind::Bytes
                    | ClassKind::Tuple
            );
            let head = if inst.class.slots.is_none() && !own_dict {
                GC_HEAD + 16
            } else {
                GC_HEAD
            };
            let sizeof = crate::intern::intern("__sizeof__");
            let Some(r) = crate::eval::classes::call_dunder(ip, &object, sizeof, &[]) else {
                return Err(sizeof_unknown(ip, &object));
            };
            let r = match (r, default) {
                (Err(e), Some(d)) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => {
                    return Ok(d)
                }
                (r, _) => r?,
            };
            let n = crate::runtime::numbers::index(ip, &r)?;
            if n.sign() == num_bigint::Sign::Minus {
                return Err(ip.err(ExcKind::ValueError, "__sizeof__() should return >= 0"));
            }
            return Ok(Value::from_bigint(n + head));
        }
        _ => return Err(sizeof_unknown(ip, &object)),
    };
    Ok(Value::Int(size))
}

fn sizeof_unknown(ip: &Interp, v: &Value) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::NotImplementedError,
        format!(
            "corun does not support sys.getsizeof of a '{}' object",
            crate::eval::ops::type_name(ip, v)
        ),
    )
}

/// The Python version corun implements (its library and messages are CPython's of this
/// release) and corun's own, as `sys.version_info` and `sys.implementation.version` give them.
const PYTHON_VERSION: (i64, i64, i64) = (3, 11, 7);

fn corun_version() -> (i64, i64, i64) {
    let part = |s: &str| s.parse::<i64>().unwrap_or(0);
    (
        part(env!("CARGO_PKG_VERSION_MAJOR")),
        part(env!("CARGO_PKG_VERSION_MINOR")),
        part(env!("CARGO_PKG_VERSION_PATCH")),
    )
}

fn version_text() -> String {
    let (a, b, c) = PYTHON_VERSION;
    format!(
        "{}.{}.{} (corun {}) [rustc]",
        a,
        b,
        c,
        env!("CARGO_PKG_VERSION")
    )
}

fn hexversion() -> i64 {
    let (a, b, c) = PYTHON_VERSION;
    (a << 24) | (b << 16) | (c << 8) | 0xF0
}

/// Stores values `__getattr__` made on the module, so that the next read finds them there.
fn keep_on_sys(ip: &Interp, pairs: &[(&str, &Value)]) -> PyResult<()> {
    if let Value::Module(m) = crate::runtime::modules::import_dotted(ip, "sys")? {
        for (name, v) in pairs {
            m.set(intern(name), (*v).clone());
        }
    }
    Ok(())
}

thread_local! {
    static XOPTIONS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The `-X` options of the command line, for `sys._xoptions` and `sys.flags`.
pub fn set_xoptions(opts: Vec<String>) {
    XOPTIONS.with(|o| *o.borrow_mut() = opts);
}

/// `sys._xoptions`: `-X name` is `{'name': True}`, `-X name=value` is `{'name': 'value'}`.
fn xoptions_dict(ip: &Interp) -> PyResult<Value> {
    let d = crate::runtime::dict::PyDict::new();
    for opt in XOPTIONS.with(|o| o.borrow().clone()) {
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (k.to_string(), Value::str(v)),
            None => (opt, Value::bool(true)),
        };
        crate::runtime::dict::set(ip, &d, Value::str(&k), v)?;
    }
    Ok(Value::Dict(d))
}

/// The module's `__getattr__` (PEP 562): `version_info`, `implementation`, `stdin` and
/// `breakpointhook` are objects of classes or functions written in Python (`_sysinfo`, `io`),
/// made on first use so that `import sys` stays cheap.
#[function(sys, "__getattr__(name, /)")]
fn sys_getattr(ip: &Interp, name: &str) -> PyResult<Value> {
    if name == "stdin" || name == "__stdin__" {
        let io = crate::runtime::modules::import_dotted(ip, "io")?;
        let make = crate::eval::ops::getattr(ip, &io, intern("_make_stdin"))?;
        let stdin = crate::eval::call::call_value(ip, &make, &mut Default::default(), &[])?;
        keep_on_sys(ip, &[("stdin", &stdin), ("__stdin__", &stdin)])?;
        return Ok(stdin);
    }
    if matches!(name, "float_info" | "int_info" | "hash_info" | "flags") {
        let info = crate::runtime::modules::import_dotted(ip, "_sysinfo")?;
        let build = crate::eval::ops::getattr(ip, &info, intern(name))?;
        let mut args = crate::eval::call::Args::new();
        if name == "flags" {
            let env = crate::runtime::dict::PyDict::new();
            // vars_os: a variable that is not UTF-8 must not stop the program.
            for (k, v) in std::env::vars_os() {
                let (Some(k), Some(v)) = (k.to_str(), v.to_str()) else {
                    continue;
                };
                if k.starts_with("PYTHON") && !v.is_empty() {
                    crate::runtime::dict::set(ip, &env, Value::str(k), Value::str(v))?;
                }
            }
            args.push(Value::Dict(env));
            let io = crate::runtime::modules::import_dotted(ip, "_io")?;
            let enc = crate::eval::ops::getattr(ip, &io, intern("preferred_encoding"))?;
            let enc = crate::eval::call::call_value(ip, &enc, &mut Default::default(), &[])?;
            args.push(Value::bool(
                matches!(&enc, Value::Str(s) if s.s.as_str() == "utf-8"),
            ));
            args.push(xoptions_dict(ip)?);
        }
        let made = crate::eval::call::call_value(ip, &build, &mut args, &[])?;
        keep_on_sys(ip, &[(name, &made)])?;
        return Ok(made);
    }
    if name == "breakpointhook" || name == "__breakpointhook__" {
        let sys = crate::runtime::modules::import_dotted(ip, "sys")?;
        // Once made, a missing `breakpointhook` is one the program deleted.
        let made =
            matches!(&sys, Value::Module(m) if m.get(intern("__breakpointhook__")).is_some());
        if !made {
            let info = crate::runtime::modules::import_dotted(ip, "_sysinfo")?;
            let hook = crate::eval::ops::getattr(ip, &info, intern("breakpointhook"))?;
            keep_on_sys(
                ip,
                &[("breakpointhook", &hook), ("__breakpointhook__", &hook)],
            )?;
            return Ok(hook);
        }
    }
    if name != "version_info" && name != "implementation" {
        return Err(ip.err(
            ExcKind::AttributeError,
            format!("module 'sys' has no attribute '{}'", name),
        ));
    }
    let info = crate::runtime::modules::import_dotted(ip, "_sysinfo")?;
    let build = crate::eval::ops::getattr(ip, &info, intern("build"))?;
    let triple = |(a, b, c): (i64, i64, i64)| {
        Value::tuple(vec![
            Value::Int(a),
            Value::Int(b),
            Value::Int(c),
            Value::str("final"),
            Value::Int(0),
        ])
    };
    let mut args: crate::eval::call::Args = [triple(PYTHON_VERSION), triple(corun_version())]
        .into_iter()
        .collect();
    let made = crate::eval::call::call_value(ip, &build, &mut args, &[])?;
    let Value::Tuple(pair) = &made else {
        return ip.type_error("_sysinfo.build() must return a pair");
    };
    keep_on_sys(
        ip,
        &[
            ("version_info", &pair.items[0]),
            ("implementation", &pair.items[1]),
        ],
    )?;
    Ok(pair.items[usize::from(name == "implementation")].clone())
}

/// Where `sys.stdout` or `sys.stderr` points now.
pub enum Target {
    /// The process's own stream (also before `sys` is imported: nothing can have changed it).
    Own,
    /// None: what is written there is dropped.
    Nowhere,
    /// An object the program put there (a `StringIO`, a file, a wrapper): written to by
    /// calling its `write`.
    Object(Value),
}

/// What `sys.stdout` (`fd` 1) or `sys.stderr` (2) is now.
pub fn target(ip: &Interp, fd: u64) -> Target {
    let sys = match ip.modules.borrow().get(&sym::sys) {
        Some(Value::Module(m)) => m.clone(),
        _ => return Target::Own,
    };
    let name = if fd == 1 { sym::stdout } else { sym::stderr };
    match sys.get(name) {
        Some(Value::Stream(n)) if n == fd => Target::Own,
        Some(Value::None) => Target::Nowhere,
        Some(v) => Target::Object(v),
        None => Target::Own,
    }
}

/// Writes `text` to the object `sys.stdout` or `sys.stderr` is, by its `write` method.
pub fn write_to(ip: &Interp, target: &Value, text: &str) -> PyResult<()> {
    let write = crate::eval::ops::getattr(ip, target, intern("write"))?;
    crate::stdlib::call_with(ip, &write, &[Value::str(text)]).map(|_| ())
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let set = |name: &str, v: Value| m.set(intern(name), v);
    // CPython's sys.stdout is None when descriptor 1 was not open at start-up.
    let closed = ip.stdout.mode() == crate::runtime::stdout::Mode::Closed;
    set(
        "stdout",
        if closed {
            Value::None
        } else {
            Value::Stream(1)
        },
    );
    set("stderr", Value::Stream(2));
    set(
        "__stdout__",
        if closed {
            Value::None
        } else {
            Value::Stream(1)
        },
    );
    set("__stderr__", Value::Stream(2));
    set("__excepthook__", Value::Builtin(&EXCEPTHOOK));
    set("__displayhook__", Value::Builtin(&DISPLAYHOOK));
    let argv: Vec<Value> = ip.argv.borrow().iter().map(|a| Value::str(a)).collect();
    set("argv", Value::list(argv));
    set("version", Value::string(version_text()));
    set("hexversion", Value::Int(hexversion()));
    set("platform", Value::str(std::env::consts::OS));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10FFFF));
    set(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    // The prefix is the folder above the one the executable is in, as for an installed
    // CPython (`/usr/local/bin/python3` → `/usr/local`).
    let prefix = std::path::Path::new(&exe)
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    set("executable", Value::string(exe));
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set(name, Value::string(prefix.clone()));
    }
    let orig: Vec<Value> = std::env::args_os()
        .map(|a| Value::string(crate::surrogates::from_os(a)))
        .collect();
    set("orig_argv", Value::list(orig));
    set("float_repr_style", Value::str("short"));
    set("api_version", Value::Int(1013));
    set("abiflags", Value::str(""));
    set("platlibdir", Value::str("lib"));
    set(
        "dont_write_bytecode",
        Value::bool(std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty())),
    );
    let mut builtin: Vec<&str> = crate::runtime::modules::native_names().collect();
    builtin.sort_unstable();
    set(
        "builtin_module_names",
        Value::tuple(builtin.iter().map(|n| Value::str(n)).collect()),
    );
    set("warnoptions", crate::stdlib::warnings::options_list());
    set("_xoptions", xoptions_dict(ip)?);
    let path = crate::runtime::modules::initial_path(ip)
        .iter()
        .map(|d| Value::string(d.display().to_string()))
        .collect();
    set("path", Value::list(path));
    let modules = crate::runtime::dict::PyDict::new();
    for (k, v) in ip.modules.borrow().iter() {
        let _ = crate::runtime::dict::set(ip, &modules, Value::str(k.as_str()), v.clone());
    }
    set("modules", Value::Dict(modules));
    Ok(())
}

crate::native_module!("sys", init);
