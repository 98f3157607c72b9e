//! The builtins module: functions like `print` and `len`, the builtin types and exceptions.

use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp, Types};
use crate::intern::{intern, sym, Symbol};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{BuiltinFn, Class, Kwargs};
use crate::runtime::repr::{repr, str_of};
use crate::runtime::value::Value;

fn print(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let mut sep: Option<String> = None;
    let mut end: Option<String> = None;
    let mut flush = false;
    for (k, v) in kw {
        let which = *k;
        let text = |what: &str| -> PyResult<Option<String>> {
            match v {
                Value::None => Ok(None),
                Value::Str(s) => Ok(Some(s.s.to_string())),
                other => Err(ip.err(
                    ExcKind::TypeError,
                    format!(
                        "{} must be None or a string, not {}",
                        what,
                        ops::type_name(ip, other)
                    ),
                )),
            }
        };
        if which == sym::sep {
            sep = text("sep")?;
        } else if which == sym::end {
            end = text("end")?;
        } else if which == sym::flush {
            flush = ops::truthy(ip, v)?;
        } else if which == sym::file {
            if !matches!(v, Value::None) {
                return Err(crate::eval::sync::not_yet(ip, "print(file=...)"));
            }
        } else {
            return Err(ip.err(
                ExcKind::TypeError,
                format!("'{}' is an invalid keyword argument for print()", which),
            ));
        }
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_deref().unwrap_or(" "));
        }
        match a {
            Value::Str(s) => out.push_str(&s.s),
            other => out.push_str(&str_of(ip, other)?),
        }
    }
    out.push_str(end.as_deref().unwrap_or("\n"));
    ip.write_out(&out);
    if flush {
        ip.flush_out();
    }
    Ok(Value::None)
}

fn len(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "len", args, kw, 1, 1)?;
    Ok(Value::Int(ops::len(ip, &args[0])? as i64))
}

fn repr_fn(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "repr", args, kw, 1, 1)?;
    Ok(Value::string(repr(ip, &args[0])?))
}

fn abs(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "abs", args, kw, 1, 1)?;
    match &args[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::BigInt(b) => Ok(Value::from_bigint(b.magnitude().clone().into())),
        other => ip.type_error(format!(
            "bad operand type for abs(): '{}'",
            ops::type_name(ip, other)
        )),
    }
}

fn id(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "id", args, kw, 1, 1)?;
    Ok(Value::Int(args[0].ptr().unwrap_or(0) as i64))
}

fn isinstance(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "isinstance", args, kw, 2, 2)?;
    let t = ops::type_of(ip, &args[0]);
    fn check(ip: &Interp, t: &Rc<Class>, c: &Value) -> PyResult<bool> {
        match c {
            Value::Class(c) => Ok(t.is_subclass(c)),
            Value::Tuple(ts) => {
                for x in ts.items.iter() {
                    if check(ip, t, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => ip.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
        }
    }
    Ok(Value::Bool(check(ip, &t, &args[1])?))
}

fn minmax(ip: &Interp, args: &[Value], kw: &Kwargs, name: &str, want_max: bool) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(crate::eval::sync::not_yet(
            ip,
            &format!("{}() keyword arguments", name),
        ));
    }
    let items: Vec<Value> = match args.len() {
        0 => {
            return ip.type_error(format!("{} expected at least 1 argument, got 0", name));
        }
        1 => ops::collect(ip, &args[0])?,
        _ => args.to_vec(),
    };
    let mut it = items.into_iter();
    let Some(mut best) = it.next() else {
        return Err(ip.err(
            ExcKind::ValueError,
            format!("{}() arg is an empty sequence", name),
        ));
    };
    for x in it {
        let better = if want_max {
            ops::compare(ip, crate::syntax::ast::CmpOp::Gt, &x, &best)?
        } else {
            ops::compare(ip, crate::syntax::ast::CmpOp::Lt, &x, &best)?
        };
        if better {
            best = x;
        }
    }
    Ok(best)
}

fn min(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    minmax(ip, args, kw, "min", false)
}

fn max(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    minmax(ip, args, kw, "max", true)
}

fn sum(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "sum", args, kw, 1, 2)?;
    let mut acc = args.get(1).cloned().unwrap_or(Value::Int(0));
    let items = ops::collect(ip, &args[0])?;
    for x in items {
        acc = ops::binary_op(ip, crate::syntax::ast::BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}

macro_rules! builtin_fns {
    ($($id:ident = $name:literal => $f:expr),* $(,)?) => {
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: None, call: $f };)*
        const BUILTIN_FNS: &[&BuiltinFn] = &[$(&$id),*];
    };
}

builtin_fns! {
    PRINT = "print" => print,
    LEN = "len" => len,
    REPR = "repr" => repr_fn,
    ABS = "abs" => abs,
    ID = "id" => id,
    ISINSTANCE = "isinstance" => isinstance,
    MIN = "min" => min,
    MAX = "max" => max,
    SUM = "sum" => sum,
}

/// The builtins table (by index) and the name → index map the resolver uses.
pub fn make_builtins(
    types: &Types,
    exc_classes: &[Rc<Class>],
) -> (Vec<Value>, FxHashMap<Symbol, u32>) {
    let mut values = Vec::new();
    let mut names = FxHashMap::default();
    let mut add = |name: &str, v: Value| {
        names.insert(intern(name), values.len() as u32);
        values.push(v);
    };
    for f in BUILTIN_FNS {
        add(f.name, Value::Builtin(f));
    }
    for f in crate::runtime::iterators::BUILTINS {
        add(f.name, Value::Builtin(f));
    }
    for (name, t) in [
        ("object", &types.object),
        ("type", &types.type_),
        ("bool", &types.bool_),
        ("int", &types.int),
        ("float", &types.float),
        ("str", &types.str_),
        ("bytes", &types.bytes),
        ("list", &types.list),
        ("dict", &types.dict),
        ("tuple", &types.tuple),
        ("range", &types.range),
    ] {
        add(name, Value::Class(t.clone()));
    }
    for &k in ExcKind::ALL {
        if matches!(k, ExcKind::CancelledError | ExcKind::InvalidStateError) {
            continue;
        }
        add(k.name(), Value::Class(exc_classes[k as usize].clone()));
    }
    add("Ellipsis", Value::Ellipsis);
    add("NotImplemented", Value::NotImplemented);
    add("__name__", Value::str("builtins"));
    let _ = sym::__name__;
    (values, names)
}
