//! Constructors of the builtin types (`int(x)`, `str(x)`, exceptions …) and the methods of
//! builtin objects.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::eval::call::check_args;
use crate::eval::sync::make_range;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, ExcObj, PyResult};
use crate::runtime::object::{BuiltinFn, Class, ClassKind, Kwargs};
use crate::runtime::repr::{float_repr, repr, str_of};
use crate::runtime::value::Value;

fn int_from_str(ip: &Interp, s: &str, base: u32) -> PyResult<Value> {
    let t = s.trim();
    let cleaned: String = t.chars().filter(|c| *c != '_').collect();
    let ok = !t.starts_with('_') && !t.ends_with('_') && !t.contains("__");
    if ok {
        if let Some(b) = BigInt::parse_bytes(cleaned.as_bytes(), base) {
            return Ok(Value::from_bigint(b));
        }
    }
    Err(ip.err(
        ExcKind::ValueError,
        format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::runtime::repr::str_repr(s)
        ),
    ))
}

fn to_int(ip: &Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(ip.err(ExcKind::ValueError, "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(ip.err(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let t = f.trunc();
            if t.abs() < 9.2e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(Value::from_bigint(
                    num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
                ))
            }
        }
        Value::Str(s) => int_from_str(ip, &s.s, 10),
        other => ip.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            ops::type_name(ip, other)
        )),
    }
}

fn to_float(ip: &Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => {
            use num_traits::ToPrimitive;
            match b.to_f64() {
                Some(f) if f.is_finite() => Ok(Value::Float(f)),
                _ => Err(ip.err(ExcKind::OverflowError, "int too large to convert to float")),
            }
        }
        Value::Str(s) => {
            let t = s.s.trim().replace('_', "");
            let lower = t.to_ascii_lowercase();
            let parsed = match lower.trim_start_matches(['+', '-']) {
                "inf" | "infinity" => Some(if lower.starts_with('-') {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                }),
                "nan" => Some(f64::NAN),
                _ => t.parse::<f64>().ok(),
            };
            match parsed {
                Some(f) => Ok(Value::Float(f)),
                None => Err(ip.err(
                    ExcKind::ValueError,
                    format!(
                        "could not convert string to float: {}",
                        crate::runtime::repr::str_repr(&s.s)
                    ),
                )),
            }
        }
        other => ip.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            ops::type_name(ip, other)
        )),
    }
}

fn range_arg(ip: &Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => ip.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(ip, other)
        )),
    }
}

/// Calling a class: builtin types convert, exception classes make exceptions.
pub fn construct(ip: &Interp, c: &Rc<Class>, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let name = c.qualname.as_str();
    match c.kind {
        ClassKind::Exception => {
            if !kw.is_empty() {
                return ip.type_error(format!("{}() takes no keyword arguments", name));
            }
            Ok(Value::Exception(ExcObj::new(c.clone(), args.to_vec())))
        }
        ClassKind::Int => {
            check_args(ip, "int", args, kw, 0, 2)?;
            match args {
                [] => Ok(Value::Int(0)),
                [v] => to_int(ip, v),
                [Value::Str(s), b] => {
                    let base = range_arg(ip, b)?;
                    if !(2..=36).contains(&base) && base != 0 {
                        return Err(ip.err(
                            ExcKind::ValueError,
                            "int() base must be >= 2 and <= 36, or 0",
                        ));
                    }
                    int_from_str(ip, &s.s, base as u32)
                }
                _ => ip.type_error("int() can't convert non-string with explicit base"),
            }
        }
        ClassKind::Float => {
            check_args(ip, "float", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::Float(0.0)),
                Some(v) => to_float(ip, v),
            }
        }
        ClassKind::Str => {
            check_args(ip, "str", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::str("")),
                Some(v @ Value::Str(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::string(str_of(ip, v)?)),
            }
        }
        ClassKind::Bool => {
            check_args(ip, "bool", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::Bool(false)),
                Some(v) => Ok(Value::Bool(ops::truthy(ip, v)?)),
            }
        }
        ClassKind::List => {
            check_args(ip, "list", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::list(vec![])),
                Some(v) => Ok(Value::list(ops::collect(ip, v)?)),
            }
        }
        ClassKind::Tuple => {
            check_args(ip, "tuple", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::tuple(vec![])),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(ops::collect(ip, v)?)),
            }
        }
        ClassKind::Range => {
            if !kw.is_empty() {
                return ip.type_error("range() takes no keyword arguments");
            }
            let (start, stop, step) = match args {
                [stop] => (0, range_arg(ip, stop)?, 1),
                [start, stop] => (range_arg(ip, start)?, range_arg(ip, stop)?, 1),
                [start, stop, step] => (
                    range_arg(ip, start)?,
                    range_arg(ip, stop)?,
                    range_arg(ip, step)?,
                ),
                [] => return ip.type_error("range expected at least 1 argument, got 0"),
                _ => {
                    return ip.type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        args.len()
                    ))
                }
            };
            if step == 0 {
                return Err(ip.err(ExcKind::ValueError, "range() arg 3 must not be zero"));
            }
            Ok(make_range(start, stop, step))
        }
        ClassKind::Type => {
            check_args(ip, "type", args, kw, 1, 1)?;
            Ok(Value::Class(ops::type_of(ip, &args[0])))
        }
        _ => ip.type_error(format!("cannot create '{}' instances", c.full_name())),
    }
}

// ---- methods ----

fn recv_str<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    match args.first() {
        Some(Value::Str(s)) => Ok(&s.s),
        _ => ip.type_error(format!("descriptor '{}' requires a 'str' object", name)),
    }
}

fn str_upper(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "upper", &args[1..], kw, 0, 0)?;
    Ok(Value::string(recv_str(ip, args, "upper")?.to_uppercase()))
}

fn str_lower(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "lower", &args[1..], kw, 0, 0)?;
    Ok(Value::string(recv_str(ip, args, "lower")?.to_lowercase()))
}

fn str_join(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "join", &args[1..], kw, 1, 1)?;
    let sep = recv_str(ip, args, "join")?;
    let items = ops::collect(ip, &args[1])?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match x {
            Value::Str(s) => out.push_str(&s.s),
            other => {
                return ip.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    ops::type_name(ip, other)
                ))
            }
        }
    }
    Ok(Value::string(out))
}

fn list_append(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "append", &args[1..], kw, 1, 1)?;
    match &args[0] {
        Value::List(l) => {
            l.items.borrow_mut().push(args[1].clone());
            Ok(Value::None)
        }
        _ => ip.type_error("descriptor 'append' for 'list' objects doesn't apply"),
    }
}

fn recv_future<'a>(
    ip: &Interp,
    args: &'a [Value],
) -> PyResult<&'a Rc<crate::aio::future::FutureObj>> {
    match args.first() {
        Some(Value::Future(f)) => Ok(f),
        _ => ip.type_error("descriptor requires a Future"),
    }
}

fn fut_result(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "result", &args[1..], kw, 0, 0)?;
    recv_future(ip, args)?.result(ip)
}

fn fut_done(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "done", &args[1..], kw, 0, 0)?;
    Ok(Value::Bool(recv_future(ip, args)?.is_done()))
}

fn fut_cancelled(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "cancelled", &args[1..], kw, 0, 0)?;
    Ok(Value::Bool(recv_future(ip, args)?.is_cancelled()))
}

fn fut_cancel(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [msg] = crate::aio::take_kwargs(ip, "cancel", kw, ["msg"])?;
    let msg = args.get(1).cloned().or(msg).filter(|m| !m.is_none());
    Ok(Value::Bool(recv_future(ip, args)?.cancel(ip, msg)))
}

fn task_get_name(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "get_name", &args[1..], kw, 0, 0)?;
    match &recv_future(ip, args)?.task {
        Some(t) => Ok(Value::string(t.name.borrow().clone())),
        None => ip.type_error("get_name() requires a Task"),
    }
}

macro_rules! methods {
    ($($id:ident = $owner:literal . $name:literal => $f:expr),* $(,)?) => {
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: Some($owner), call: $f };)*
    };
}

methods! {
    STR_UPPER = "str"."upper" => str_upper,
    STR_LOWER = "str"."lower" => str_lower,
    STR_JOIN = "str"."join" => str_join,
    LIST_APPEND = "list"."append" => list_append,
    FUT_RESULT = "Future"."result" => fut_result,
    FUT_DONE = "Future"."done" => fut_done,
    FUT_CANCELLED = "Future"."cancelled" => fut_cancelled,
    FUT_CANCEL = "Future"."cancel" => fut_cancel,
    TASK_GET_NAME = "Task"."get_name" => task_get_name,
}

/// Puts the methods of the builtin types into their classes.
pub fn install_methods(ip: &Interp) {
    let put = |c: &Rc<Class>, f: &'static BuiltinFn| {
        c.dict
            .borrow_mut()
            .insert(intern(f.name), Value::Builtin(f));
    };
    let t = &ip.types;
    put(&t.str_, &STR_UPPER);
    put(&t.str_, &STR_LOWER);
    put(&t.str_, &STR_JOIN);
    put(&t.list, &LIST_APPEND);
    for f in [&FUT_RESULT, &FUT_DONE, &FUT_CANCELLED, &FUT_CANCEL] {
        put(&t.future, f);
    }
    put(&t.task, &TASK_GET_NAME);
    crate::runtime::strings::install(ip);
    let _ = (repr, float_repr);
}
