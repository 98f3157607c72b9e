//! Constructors of the builtin types (`int(x)`, `str(x)`, exceptions …) and the methods of
//! builtin objects.

use std::rc::Rc;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
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
            if matches!(b, Value::Bytes(_)) || crate::runtime::bytes::simple(b).is_some() =>
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
            match crate::runtime::bytes::simple(v) {
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
        Value::Native(_) if crate::runtime::bytes::simple(v).is_some() => {
            let b = crate::runtime::bytes::simple(v)
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
            let b = crate::runtime::bytes::gathered(&x)
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
        ClassKind::Complex => call_new(ip, c, &crate::runtime::complex::COMPLEX_NEW, args, kw),
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
        // `type(x)`, as CPython's `type_vectorcall` checks it.
        ClassKind::Type => match args {
            [x] if kw.is_empty() => Ok(Value::Class(ops::type_of(ip, x))),
            [_] => ip.type_error("type() takes no keyword arguments"),
            _ => ip.type_error("type() takes 1 or 3 arguments"),
        },
        ClassKind::Method => call_new(ip, c, &crate::runtime::function_attrs::METHOD_NEW, args, kw),
        ClassKind::Module => call_new(ip, c, &crate::runtime::modules::MODULE_NEW, args, kw),
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
        // `map(...)`, `zip(...)`: the class's `__new__`.
        ClassKind::Iterator if crate::runtime::iterators::is_iter_type(c) => {
            crate::runtime::iterators::call_iter_type(ip, c, args, kw)
        }
        ClassKind::Iterator => crate::stdlib::construct(ip, c, args, kw),
        ClassKind::Future => call_new(ip, c, &crate::aio::api::NEW_FUTURE, args, kw),
        ClassKind::Task => call_new(ip, c, &crate::aio::api::NEW_TASK_OBJECT, args, kw),
        _ => ip.type_error(format!("cannot create '{}' instances", c.full_name())),
    }
}

/// Calls a type's declared `__new__` (`new`) with the class first.
fn call_new(
    ip: &Interp,
    c: &Rc<Class>,
    new: &'static BuiltinFn,
    args: &[Value],
    kw: &Kwargs,
) -> PyResult<Value> {
    let mut a = Vec::with_capacity(args.len() + 1);
    a.push(Value::Class(c.clone()));
    a.extend_from_slice(args);
    (new.call)(ip, &a, kw)
}

/// Puts the methods of the builtin types that are not declared yet into their classes.
pub fn install_methods(ip: &Interp) {
    crate::runtime::strings::install(ip);
    crate::runtime::exception_group::install(ip);
    crate::runtime::async_gen::install(ip);
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

/// `C.mro()`: the method resolution order of the class, as a list (what `__mro__` holds).
#[corun_macros::method("type", "mro($self, /)")]
fn type_mro(ip: &Interp, this: &Value) -> PyResult<Value> {
    match this {
        Value::Class(_) => {
            let mro = crate::eval::ops::getattr(ip, this, crate::intern::intern("__mro__"))?;
            Ok(Value::list(ops::collect(ip, &mro)?))
        }
        other => ip.type_error(format!(
            "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
            ops::type_name(ip, other)
        )),
    }
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
