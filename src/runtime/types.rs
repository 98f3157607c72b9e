//! Constructors of the builtin types (`int(x)`, `str(x)`, exceptions …) and the methods of
//! builtin objects.

use std::rc::Rc;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::dict::{self, DictView, PyDict, ViewKind};
use crate::runtime::exceptions::{ExcKind, ExcObj, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::{BuiltinFn, Class, ClassKind, Kwargs};
use crate::runtime::repr::{float_repr, repr, str_of};
use crate::runtime::value::Value;

/// The builtin value a subclass instance holds, when `int()` and `float()` convert it as
/// they would that value: a number, a str, or a bytes-like object.
fn convertible_base(i: &crate::runtime::instance::Instance) -> Option<&Value> {
    match &i.base {
        Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_))) => Some(b),
        Some(b @ (Value::Bytes(_) | Value::Native(_)))
            if matches!(b, Value::Bytes(_)) || crate::runtime::bytes::buffer(b).is_some() =>
        {
            Some(b)
        }
        _ => None,
    }
}

fn int_from_str(ip: &Interp, s: &str, base: u32) -> PyResult<Value> {
    numbers::int_from_str(ip, s, base)
}

/// `int(v)`: truncates floats, parses text in base 10.
pub(crate) fn to_int(ip: &Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => numbers::float_to_int(ip, f.get()),
        Value::Str(s) => int_from_str(ip, &s.s, 10),
        Value::Bytes(b) => numbers::int_from_bytes_text(ip, &b.b, 10),
        Value::Native(_) => {
            // Any buffer is parsed as text (a bytearray, a memoryview, an array).
            match crate::runtime::bytes::buffer(v) {
                Some(b) => numbers::int_from_bytes_text(ip, &b, 10),
                None => ip.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    ops::type_name(ip, v)
                )),
            }
        }
        Value::Instance(i) => {
            use crate::intern::sym;
            if let Some(r) = crate::eval::classes::call_dunder(ip, v, sym::__int__, &[]) {
                return returned_int(ip, r?, "__int__");
            }
            // int and float have their own `__int__`, which comes before these.
            let numeric_base = matches!(
                i.base,
                Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))
            );
            if !numeric_base {
                if let Some(r) = crate::eval::classes::call_dunder(ip, v, sym::__index__, &[]) {
                    return returned_int(ip, r?, "__index__");
                }
                if let Some(r) = crate::eval::classes::call_dunder(ip, v, sym::__trunc__, &[]) {
                    ip.warn(
                        ExcKind::DeprecationWarning,
                        "The delegation of int() to __trunc__ is deprecated.",
                    );
                    return trunc_result_to_int(ip, r?);
                }
            }
            match convertible_base(i) {
                Some(b) => to_int(ip, b),
                _ => ip.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    ops::type_name(ip, v)
                )),
            }
        }
        other => ip.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            ops::type_name(ip, other)
        )),
    }
}

/// What `__int__` or `__index__` returned, as `int()` takes it: an int, or (deprecated) an
/// instance of a subclass of int, whose value is kept.
fn returned_int(ip: &Interp, r: Value, method: &str) -> PyResult<Value> {
    if matches!(r, Value::Int(_) | Value::BigInt(_)) {
        return Ok(r);
    }
    match numbers::as_bigint(&r) {
        Some(b) => {
            ip.warn(
                ExcKind::DeprecationWarning,
                &format!(
                    "{} returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
                    method,
                    ops::type_name(ip, &r)
                ),
            );
            Ok(Value::from_bigint(b))
        }
        None => ip.type_error(format!(
            "{} returned non-int (type {})",
            method,
            ops::type_name(ip, &r)
        )),
    }
}

/// What `__trunc__` returned, made an int: an int as it is, else through its `__index__`.
fn trunc_result_to_int(ip: &Interp, r: Value) -> PyResult<Value> {
    if let Some(b) = numbers::as_bigint(&r) {
        return Ok(Value::from_bigint(b));
    }
    if crate::eval::classes::user_method(&r, crate::intern::sym::__index__).is_none() {
        return ip.type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            ops::type_name(ip, &r)
        ));
    }
    match numbers::index_opt(ip, &r)? {
        Some(b) => Ok(Value::from_bigint(b)),
        None => ip.type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            ops::type_name(ip, &r)
        )),
    }
}

/// `float(v)`.
fn to_float(ip: &Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(i) => Ok(Value::float(*i as f64)),
        Value::Bool(b) => Ok(Value::float(*b as i64 as f64)),
        Value::BigInt(b) => Ok(Value::float(numbers::bigint_to_f64(ip, b)?)),
        Value::Str(s) => numbers::float_from_str(ip, &s.s),
        Value::Bytes(b) => numbers::float_from_bytes_text(ip, &b.b),
        Value::Native(_) if crate::runtime::bytes::buffer(v).is_some() => {
            let b = crate::runtime::bytes::buffer(v)
                .map(|b| b.to_vec())
                .unwrap_or_default();
            numbers::float_from_bytes_text(ip, &b)
        }
        Value::Instance(i) => {
            if let Some(r) =
                crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__float__, &[])
            {
                let r = r?;
                return match &r {
                    Value::Float(_) => Ok(r),
                    Value::Instance(f)
                        if f.class.kind == crate::runtime::object::ClassKind::Float =>
                    {
                        ip.warn(
                            ExcKind::DeprecationWarning,
                            &format!(
                                "{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
                                ops::type_name(ip, v),
                                ops::type_name(ip, &r)
                            ),
                        );
                        Ok(f.base.clone().unwrap_or(r))
                    }
                    _ => ip.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        ops::type_name(ip, v),
                        ops::type_name(ip, &r)
                    )),
                };
            }
            if let Some(b) = numbers::index_opt(ip, v)? {
                return to_float(ip, &Value::from_bigint(b));
            }
            match convertible_base(i) {
                Some(b) => to_float(ip, b),
                _ => ip.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    ops::type_name(ip, v)
                )),
            }
        }
        other => ip.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            ops::type_name(ip, other)
        )),
    }
}

/// `int(x, /, base=10)`.
fn construct_int(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [x, base] =
        crate::runtime::builtins::clinic_args(ip, "int", args, kw, ["x", "base"], 1, 0)?;
    let Some(x) = x else {
        if base.is_some() {
            return ip.type_error("int() missing string argument");
        }
        return Ok(Value::Int(0));
    };
    let Some(base) = base else {
        return to_int(ip, &x);
    };
    let base = numbers::index_clipped(ip, &base)?;
    if base != 0 && !(2..=36).contains(&base) {
        return Err(ip.err(
            ExcKind::ValueError,
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    match &x {
        Value::Str(s) => int_from_str(ip, &s.s, base as u32),
        Value::Bytes(b) => numbers::int_from_bytes_text(ip, &b.b, base as u32),
        // With a base, only str, bytes and bytearray are text (not other buffers).
        Value::Native(_) if crate::runtime::bytearray::of(&x).is_some() => {
            let b = crate::runtime::bytes::buffer(&x)
                .map(|b| b.to_vec())
                .unwrap_or_default();
            numbers::int_from_bytes_text(ip, &b, base as u32)
        }
        // Subclasses of str, bytes and bytearray are text too.
        Value::Instance(i)
            if matches!(
                i.base,
                Some(Value::Str(_) | Value::Bytes(_) | Value::Native(_))
            ) && (crate::runtime::bytearray::of(&x).is_some()
                || !matches!(i.base, Some(Value::Native(_)))) =>
        {
            let b = i.base.clone().unwrap_or(Value::None);
            construct_int(ip, &[b, Value::Int(base)], &[])
        }
        _ => ip.type_error("int() can't convert non-string with explicit base"),
    }
}

/// Calling a class: builtin types convert, exception classes make exceptions.
#[inline]
pub fn construct(ip: &Interp, c: &Rc<Class>, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if let ([x], true) = (args, kw.is_empty()) {
        match (c.kind, x) {
            (ClassKind::Str, Value::Int(i)) => return Ok(crate::runtime::repr::int_str(*i)),
            (ClassKind::Str, Value::Str(_)) | (ClassKind::Int, Value::Int(_)) => {
                return Ok(x.clone())
            }
            _ => {}
        }
    }
    construct_general(ip, c, args, kw)
}

#[inline(never)]
fn construct_general(ip: &Interp, c: &Rc<Class>, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match c.kind {
        ClassKind::Exception => {
            if crate::runtime::exception_group::is_group_class(ip, c) {
                return crate::runtime::exception_group::construct(ip, c, args, kw);
            }
            let attrs = crate::runtime::exception_attrs::take_keywords(ip, c, kw)?;
            let class = crate::runtime::exception_attrs::os_error_class(ip, c, args);
            let e = ExcObj::new(class, args.to_vec());
            for (k, v) in attrs {
                e.attrs.set(k, v);
            }
            Ok(Value::Exception(e))
        }
        ClassKind::Int => construct_int(ip, args, kw),
        ClassKind::Float => {
            check_args(ip, "float", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::float(0.0)),
                Some(v) => to_float(ip, v),
            }
        }
        ClassKind::Str if args.len() > 1 || !kw.is_empty() => {
            crate::runtime::bytes::str_decode(ip, args, kw)
        }
        ClassKind::Complex => {
            let mut a = vec![Value::Class(c.clone())];
            a.extend_from_slice(args);
            (crate::runtime::complex::COMPLEX_NEW.call)(ip, &a, kw)
        }
        ClassKind::Str => {
            check_args(ip, "str", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::str("")),
                Some(v @ Value::Str(_)) => Ok(v.clone()),
                Some(Value::Int(i)) => Ok(crate::runtime::repr::int_str(*i)),
                Some(v) => Ok(Value::string(str_of(ip, v)?)),
            }
        }
        ClassKind::Bool => {
            check_args(ip, "bool", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::bool(false)),
                Some(v) => Ok(Value::bool(ops::truthy(ip, v)?)),
            }
        }
        ClassKind::List => {
            check_args(ip, "list", args, kw, 0, 1)?;
            match args.first() {
                None => Ok(Value::list(vec![])),
                Some(v) => {
                    crate::runtime::bytes::length_hint(ip, v)?;
                    Ok(Value::list(ops::collect(ip, v)?))
                }
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
        ClassKind::Range => crate::runtime::range::construct(ip, args, kw),
        ClassKind::Dict => {
            if args.len() > 1 {
                return ip.type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    args.len()
                ));
            }
            let d = crate::runtime::dict::PyDict::new();
            if let Some(src) = args.first() {
                crate::eval::sync::dict_merge(ip, &d, src)?;
            }
            for (k, v) in kw {
                crate::runtime::dict::set(ip, &d, Value::str(k.as_str()), v.clone())?;
            }
            Ok(Value::Dict(d))
        }
        ClassKind::Bytes => crate::runtime::bytes::construct(ip, args, kw),
        ClassKind::Set => crate::runtime::set::construct(ip, false, args, kw),
        ClassKind::FrozenSet => crate::runtime::set::construct(ip, true, args, kw),
        ClassKind::StaticMethod
        | ClassKind::ClassMethod
        | ClassKind::Property
        | ClassKind::Super => crate::eval::classes::construct_descr(ip, c.kind, args, kw),
        ClassKind::Object => {
            if !args.is_empty() || !kw.is_empty() {
                return ip.type_error("object() takes no arguments");
            }
            Ok(Value::Instance(crate::runtime::instance::Instance::new(
                c.clone(),
            )))
        }
        ClassKind::Type if args.len() == 3 => {
            // type(name, bases, namespace): a class made at run time.
            crate::eval::classes::type_new(ip, c, args, kw)
        }
        ClassKind::Type => {
            check_args(ip, "type", args, kw, 1, 1)?;
            Ok(Value::Class(ops::type_of(ip, &args[0])))
        }
        ClassKind::Method => {
            let mut a = vec![Value::Class(c.clone())];
            a.extend_from_slice(args);
            (crate::runtime::function_attrs::METHOD_NEW.call)(ip, &a, kw)
        }
        ClassKind::Module => {
            let mut a = vec![Value::Class(c.clone())];
            a.extend_from_slice(args);
            (crate::runtime::modules::MODULE_NEW.call)(ip, &a, kw)
        }
        // The singletons' types give back the singleton.
        ClassKind::NoneType | ClassKind::Ellipsis | ClassKind::NotImplementedType => {
            let (name, v) = match c.kind {
                ClassKind::NoneType => ("NoneType", Value::None),
                ClassKind::Ellipsis => ("EllipsisType", Value::Ellipsis),
                _ => ("NotImplementedType", Value::NotImplemented),
            };
            if !args.is_empty() || !kw.is_empty() {
                return ip.type_error(format!("{} takes no arguments", name));
            }
            Ok(v)
        }
        ClassKind::Native => crate::stdlib::construct(ip, c, args, kw),
        // `map(...)`, `zip(...)`: the function that makes the iterator, without the class
        // argument `__new__` would take.
        ClassKind::Iterator => match crate::runtime::iterators::iter_type_maker(c) {
            Some(f) => (f.call)(ip, args, kw),
            None => crate::stdlib::construct(ip, c, args, kw),
        },
        ClassKind::Future => crate::aio::api::new_future(ip, args, kw),
        ClassKind::Task => crate::aio::api::new_task_object(ip, args, kw),
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
        match crate::eval::classes::value_base(x) {
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
            crate::runtime::grow::push(ip, &mut l.items.borrow_mut(), args[1].clone())?;
            Ok(Value::None)
        }
        other => Err(crate::runtime::bind::descriptor_mismatch(
            ip, "append", "list", other,
        )),
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
    Ok(Value::bool(recv_future(ip, args)?.is_done()))
}

fn fut_cancelled(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "cancelled", &args[1..], kw, 0, 0)?;
    Ok(Value::bool(recv_future(ip, args)?.is_cancelled()))
}

fn fut_cancel(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [msg] = crate::aio::take_kwargs(ip, "cancel", kw, ["msg"])?;
    let msg = args.get(1).cloned().or(msg).filter(|m| !m.is_none());
    Ok(Value::bool(recv_future(ip, args)?.cancel(ip, msg)))
}

fn task_get_name(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "get_name", &args[1..], kw, 0, 0)?;
    match &recv_future(ip, args)?.task {
        Some(t) => Ok(Value::string(t.name())),
        None => ip.type_error("get_name() requires a Task"),
    }
}

fn recv_dict<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        other => Err(crate::runtime::bind::descriptor_mismatch(
            ip,
            name,
            "dict",
            other.unwrap_or(&Value::None),
        )),
    }
}

fn dict_get(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "get", &args[1..], kw, 1, 2)?;
    let d = recv_dict(ip, args, "get")?;
    Ok(dict::get(ip, d, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(
    ip: &Interp,
    args: &[Value],
    kw: &Kwargs,
    kind: ViewKind,
    name: &str,
) -> PyResult<Value> {
    check_args(ip, name, &args[1..], kw, 0, 0)?;
    let d = recv_dict(ip, args, name)?;
    Ok(DictView::make(d.clone(), kind))
}

fn dict_keys(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_view(ip, args, kw, ViewKind::Keys, "keys")
}

fn dict_values(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_view(ip, args, kw, ViewKind::Values, "values")
}

fn dict_items(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    dict_view(ip, args, kw, ViewKind::Items, "items")
}

fn dict_setdefault(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "setdefault", &args[1..], kw, 1, 2)?;
    let d = recv_dict(ip, args, "setdefault")?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    dict::setdefault(ip, d, args[1].clone(), v)
}

fn dict_pop(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "pop", &args[1..], kw, 1, 2)?;
    let d = recv_dict(ip, args, "pop")?;
    let removed = dict::remove(ip, d, &args[1])?;
    match removed {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(dict::key_error(ip, &args[1])),
        },
    }
}

fn dict_popitem(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "popitem", &args[1..], kw, 0, 0)?;
    let d = recv_dict(ip, args, "popitem")?;
    let last = d.pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(ip.err(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_update(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if args.len() > 2 {
        return ip.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let d = recv_dict(ip, args, "update")?;
    if let Some(src) = args.get(1) {
        crate::eval::sync::dict_merge(ip, d, src)?;
    }
    for (k, v) in kw {
        dict::set(ip, d, Value::str(k.as_str()), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_copy(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "copy", &args[1..], kw, 0, 0)?;
    let d = recv_dict(ip, args, "copy")?;
    Ok(Value::Dict(d.copy()))
}

/// `dict.fromkeys(iterable, value=None)` (a class method: the class comes first).
fn dict_fromkeys(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "fromkeys", &args[1..], kw, 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    // A subclass makes an instance of itself (`cls()`) and sets each key through it.
    if let Some(Value::Class(c)) = args.first() {
        if c.user {
            let d = crate::eval::call::call_value(
                ip,
                &args[0],
                &mut crate::eval::call::Args::new(),
                &[],
            )?;
            let mut it = ops::iter(ip, &args[1])?;
            while let Some(k) = it.next_checked(ip)? {
                ops::setitem(ip, &d, &k, value.clone())?;
            }
            return Ok(d);
        }
    }
    let d = PyDict::new();
    match &args[1] {
        // A set's or a dict's keys come with their stored hashes, as in CPython.
        Value::Set(s) | Value::FrozenSet(s) => {
            for (k, h) in s.entries() {
                dict::set_hashed(ip, &d, k, h, value.clone())?;
            }
        }
        Value::Dict(src) => {
            let mut pos = 0;
            while let Some((h, k, _)) = src.next_entry(&mut pos) {
                dict::set_hashed(ip, &d, k, h, value.clone())?;
            }
        }
        other => {
            let mut it = ops::iter(ip, other)?;
            while let Some(k) = it.next_checked(ip)? {
                dict::set(ip, &d, k, value.clone())?;
            }
        }
    }
    Ok(Value::Dict(d))
}

fn dict_clear(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "clear", &args[1..], kw, 0, 0)?;
    let d = recv_dict(ip, args, "clear")?;
    d.clear();
    Ok(Value::None)
}

macro_rules! methods {
    ($($id:ident = $owner:literal . $name:literal => $f:expr),* $(,)?) => {
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: Some($owner), call: $f, sig: None };)*
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
    // CPython's Task declares Future's methods again, under its own name.
    TASK_RESULT = "Task"."result" => fut_result,
    TASK_DONE = "Task"."done" => fut_done,
    TASK_CANCELLED = "Task"."cancelled" => fut_cancelled,
    TASK_CANCEL = "Task"."cancel" => fut_cancel,
    TASK_GET_NAME = "Task"."get_name" => task_get_name,
    DICT_GET = "dict"."get" => dict_get,
    DICT_KEYS = "dict"."keys" => dict_keys,
    DICT_VALUES = "dict"."values" => dict_values,
    DICT_ITEMS = "dict"."items" => dict_items,
    DICT_SETDEFAULT = "dict"."setdefault" => dict_setdefault,
    DICT_POP = "dict"."pop" => dict_pop,
    DICT_POPITEM = "dict"."popitem" => dict_popitem,
    DICT_UPDATE = "dict"."update" => dict_update,
    DICT_COPY = "dict"."copy" => dict_copy,
    DICT_CLEAR = "dict"."clear" => dict_clear,
    DICT_FROMKEYS = "dict"."fromkeys" => dict_fromkeys,
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
    for f in [
        &TASK_GET_NAME,
        &TASK_RESULT,
        &TASK_DONE,
        &TASK_CANCELLED,
        &TASK_CANCEL,
    ] {
        put(&t.task, f);
    }
    for f in [
        &DICT_GET,
        &DICT_KEYS,
        &DICT_VALUES,
        &DICT_ITEMS,
        &DICT_SETDEFAULT,
        &DICT_POP,
        &DICT_POPITEM,
        &DICT_UPDATE,
        &DICT_COPY,
        &DICT_CLEAR,
    ] {
        put(&t.dict, f);
    }
    t.dict.dict.borrow_mut().insert(
        intern("fromkeys"),
        crate::runtime::instance::Descr::into_value(crate::runtime::instance::Descr::ClassMethod(
            Value::Builtin(&DICT_FROMKEYS),
        )),
    );
    crate::runtime::strings::install(ip);
    crate::runtime::iterators::install(ip);
    crate::runtime::exception_group::install(ip);
    crate::runtime::async_gen::install(ip);
    crate::runtime::lists::install(ip);
    let _ = (repr, float_repr);
}

/// `type.__prepare__(name, bases, **kwds)`: the namespace a class body starts in, a new dict
/// (what a metaclass's own `__prepare__` reaches through `super()`).
#[corun_macros::classmethod("type", "__prepare__($type, /, *args, **kwds)")]
fn type_prepare(
    _ip: &Interp,
    _cls: &Value,
    _args: &[Value],
    _kwds: &[(crate::intern::Symbol, Value)],
) -> PyResult<Value> {
    Ok(Value::Dict(crate::runtime::dict::PyDict::new()))
}

/// `object.__init_subclass__()`: does nothing, and takes no keyword arguments (which a class
/// statement's keywords reach through `super().__init_subclass__(**kw)`).
#[corun_macros::classmethod(object, "__init_subclass__($type, /, **kwargs)")]
fn object_init_subclass(
    ip: &Interp,
    cls: &Value,
    kwargs: &[(crate::intern::Symbol, Value)],
) -> PyResult<()> {
    if kwargs.is_empty() {
        return Ok(());
    }
    let name = match cls {
        Value::Class(c) => c.name.as_str().to_string(),
        v => ops::type_name(ip, v),
    };
    ip.type_error(format!(
        "{}.__init_subclass__() takes no keyword arguments",
        name
    ))
}

/// `object.__format__(format_spec)`: `str(self)` for an empty spec; any other spec is an error
/// naming the receiver's type (what `format(obj, 'x')` gives for a class without `__format__`,
/// and what `super().__format__(spec)` reaches from a user `__format__`).
#[corun_macros::method(object, "__format__($self, format_spec, /)")]
fn object_format(ip: &Interp, this: &Value, format_spec: &str) -> PyResult<String> {
    if !format_spec.is_empty() {
        return ip.type_error(format!(
            "unsupported format string passed to {}.__format__",
            ops::type_name(ip, this)
        ));
    }
    str_of(ip, this)
}
