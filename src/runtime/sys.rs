//! The `sys` module: the parts scripts use to exit, read their arguments and tune recursion.

use std::rc::Rc;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::{BuiltinFn, Kwargs, ModuleObj};
use crate::runtime::value::Value;

fn exit(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "exit", args, kw, 0, 1)?;
    Err(Exc(ExcObj::new(
        ip.exc_class(ExcKind::SystemExit).clone(),
        args.to_vec(),
    )))
}

fn getrecursionlimit(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "getrecursionlimit", args, kw, 0, 0)?;
    Ok(Value::Int(ip.recursion_limit.get() as i64))
}

fn setrecursionlimit(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "setrecursionlimit", args, kw, 1, 1)?;
    if let Value::Float(_) = &args[0] {
        return ip.type_error("'float' object cannot be interpreted as an integer");
    }
    // Any C int: the native stack grows as deep as memory allows (see `crate::stack`).
    let n = crate::runtime::numbers::index(ip, &args[0])?;
    let Some(n) = num_traits::ToPrimitive::to_i32(&n) else {
        return Err(ip.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    };
    if n < 1 {
        return Err(ip.err(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        ));
    }
    let n = n as u32;
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
    Ok(Value::None)
}

static EXIT: BuiltinFn = BuiltinFn {
    name: "exit",
    owner: None,
    call: exit,
    sig: None,
};
static GETRECURSIONLIMIT: BuiltinFn = BuiltinFn {
    name: "getrecursionlimit",
    owner: None,
    call: getrecursionlimit,
    sig: None,
};
static SETRECURSIONLIMIT: BuiltinFn = BuiltinFn {
    name: "setrecursionlimit",
    owner: None,
    call: setrecursionlimit,
    sig: None,
};

fn stream_write(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "write", &args[1..], kw, 1, 1)?;
    let Value::Str(s) = &args[1] else {
        return ip.type_error(format!(
            "write() argument must be str, not {}",
            ops::type_name(ip, &args[1])
        ));
    };
    match args[0] {
        Value::Stream(2) => ip.write_err(&s.s),
        _ => ip.write_out(&s.s)?,
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "flush", &args[1..], kw, 0, 0)?;
    if let Value::Stream(1) = args[0] {
        ip.flush_stdout()?;
    }
    Ok(Value::None)
}

static WRITE: BuiltinFn = BuiltinFn {
    name: "write",
    owner: Some("TextIOWrapper"),
    call: stream_write,
    sig: None,
};
static FLUSH: BuiltinFn = BuiltinFn {
    name: "flush",
    owner: Some("TextIOWrapper"),
    call: stream_flush,
    sig: None,
};

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for f in [&WRITE, &FLUSH] {
        ip.types
            .text_io
            .dict
            .borrow_mut()
            .insert(intern(f.name), Value::Builtin(f));
    }
    let set = |name: &str, v: Value| m.set(intern(name), v);
    set("exit", Value::Builtin(&EXIT));
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
    set("getrecursionlimit", Value::Builtin(&GETRECURSIONLIMIT));
    set("setrecursionlimit", Value::Builtin(&SETRECURSIONLIMIT));
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
