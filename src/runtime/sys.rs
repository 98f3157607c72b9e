//! The `sys` module: the parts scripts use to exit, read their arguments and tune recursion.

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::intern;
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
        2 => ip.write_err(&text.s),
        _ => ip.write_out(&text.s)?,
    }
    Ok(text.char_len() as i64)
}

#[method("_io.TextIOWrapper", "flush($self, /)")]
fn flush(ip: &Interp, this: Stream) -> PyResult<()> {
    if this.0 == 1 {
        ip.flush_stdout()?;
    }
    Ok(())
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
    let argv: Vec<Value> = ip.argv.borrow().iter().map(|a| Value::str(a)).collect();
    set("argv", Value::list(argv));
    set(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    set("platform", Value::str(std::env::consts::OS));
    set("maxsize", Value::Int(i64::MAX));
    set("warnoptions", crate::stdlib::warnings::options_list());
    let mut path = Vec::new();
    if let Some(d) = ip.script_dir.borrow().as_ref() {
        path.push(Value::string(d.display().to_string()));
    }
    set("path", Value::list(path));
    let modules = crate::runtime::dict::PyDict::new();
    for (k, v) in ip.modules.borrow().iter() {
        let _ = crate::runtime::dict::set(ip, &modules, Value::str(k.as_str()), v.clone());
    }
    set("modules", Value::Dict(modules));
    Ok(())
}

crate::native_module!("sys", init);
