//! The operations both evaluator paths share: truth, arithmetic, comparison, attributes,
//! subscripts, iteration. Written once, called from `sync` and `suspend` alike.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::eval::classes;
use crate::eval::Interp;
use crate::intern::{sym, Symbol};
use crate::runtime::dict::{self, ViewKind};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::instance::Descr;
use crate::runtime::object::{BoundMethod, Class};
use crate::runtime::value::{PyStr, StrBuf, Value};
use crate::stdlib::slice;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

pub fn type_of(ip: &Interp, v: &Value) -> Rc<Class> {
    let t = &ip.types;
    match v {
        Value::None => t.none.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Complex(_) => t.complex.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
        Value::Undef => t.none.clone(),
        Value::Stream(_) => t.text_io.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::Bytes(_) => t.bytes.clone(),
        Value::List(_) => t.list.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::Range(_) => t.range.clone(),
        Value::Function(_) => t.function.clone(),
        Value::Builtin(_) => t.builtin_function.clone(),
        Value::BoundMethod(m) => match m.func {
            Value::Builtin(_) => t.builtin_function.clone(),
            _ => t.method.clone(),
        },
        Value::Coroutine(c) if c.kind != crate::runtime::coroutine::CoKind::Coroutine => {
            crate::runtime::async_gen::class_of(ip, c.kind)
        }
        Value::Coroutine(_) => t.coroutine.clone(),
        Value::Generator(_) => t.generator.clone(),
        Value::AsyncGen(c) => crate::runtime::async_gen::class_of(ip, c.kind),
        Value::Cell(_) => crate::runtime::function_attrs::cell_class(ip),
        Value::Iterator(o) => o.class.clone(),
        Value::Future(f) => {
            if f.task.is_some() {
                t.task.clone()
            } else {
                t.future.clone()
            }
        }
        Value::Module(m) => match &*m.class.borrow() {
            Some(c) => c.clone(),
            None => t.module.clone(),
        },
        Value::Class(c) => match &*c.meta.borrow() {
            Some(m) => m.clone(),
            None => t.type_.clone(),
        },
        Value::Exception(e) => e.class.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::DictView(v) => match v.kind {
            ViewKind::Keys => t.dict_keys.clone(),
            ViewKind::Values => t.dict_values.clone(),
            ViewKind::Items => t.dict_items.clone(),
        },
        Value::Set(_) => t.set.clone(),
        Value::FrozenSet(_) => t.frozenset.clone(),
        Value::Instance(i) => i.class.clone(),
        Value::Descr(d) => match &**d {
            Descr::StaticMethod(_) => t.staticmethod.clone(),
            Descr::ClassMethod(_) => t.classmethod.clone(),
            Descr::Property { .. } => t.property.clone(),
            Descr::Super { .. } => t.super_.clone(),
        },
        Value::Native(o) => o.class.clone(),
    }
}

/// The type of a value of one of the common builtin kinds (numbers, str, bytes, list, tuple,
/// dict, set), borrowed from the interpreter's own classes, which live as long as it does: no
/// count is taken. None for the other kinds.
#[inline]
pub fn builtin_type<'a>(ip: &'a Interp, v: &Value) -> Option<&'a Rc<Class>> {
    let t = &ip.types;
    Some(match v {
        Value::Str(_) => &t.str_,
        Value::List(_) => &t.list,
        Value::Dict(_) => &t.dict,
        Value::Tuple(_) => &t.tuple,
        Value::Set(_) => &t.set,
        Value::FrozenSet(_) => &t.frozenset,
        Value::Bytes(_) => &t.bytes,
        Value::Int(_) | Value::BigInt(_) => &t.int,
        Value::Float(_) => &t.float,
        _ => return None,
    })
}

/// The type's name as CPython's messages print it (`tp_name`: the bare name for classes made
/// by `class` statements).
pub fn type_name(ip: &Interp, v: &Value) -> String {
    if let Value::Native(_) | Value::Iterator(_) = v {
        if let Some(n) = crate::stdlib::type_name(&type_of(ip, v)) {
            return n;
        }
    }
    if let Value::Stream(_) = v {
        return "_io.TextIOWrapper".to_string();
    }
    type_of(ip, v).type_name()
}

#[inline]
pub fn truthy(ip: &Interp, v: &Value) -> PyResult<bool> {
    let _ = ip;
    Ok(match v {
        Value::Bool(b) => b.get(),
        Value::None => false,
        Value::Int(i) => *i != 0,
        Value::Float(f) => f.get() != 0.0,
        Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
        Value::Str(s) => !s.s.is_empty(),
        Value::BigInt(b) => !b.is_zero(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::Bytes(b) => !b.b.is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::DictView(v) => !v.dict.is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
        Value::Instance(_) => return classes::user_truthy(ip, v),
        Value::Native(o) => crate::stdlib::truthy(o),

        _ => true,
    })
}

fn big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(b.to_f64().unwrap_or(f64::INFINITY)),
        _ => None,
    }
}

fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn unsupported(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> crate::runtime::exceptions::Exc {
    let sym = op.symbol();
    // `print >> f, x` (Python 2's form) gets CPython's hint.
    let hint = match a {
        Value::Builtin(f) if op == BinOp::RShift && f.name == "print" && f.owner.is_none() => {
            ". Did you mean \"print(<message>, file=<output_stream>)\"?"
        }
        _ => "",
    };
    ip.err(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for {}: '{}' and '{}'{hint}",
            if op == BinOp::Pow { "** or pow()" } else { sym },
            type_name(ip, a),
            type_name(ip, b)
        ),
    )
}

/// `a op b` for the binary operators.
#[inline(always)]
pub fn binary_op(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    // The hot case: two small ints.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mult => x.checked_mul(y),
            BinOp::Mod if y != 0 => x.checked_rem(y).map(|r| {
                if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }
            }),
            BinOp::FloorDiv if y != 0 => x.checked_div(y).map(|q| {
                if (x % y != 0) && ((x < 0) != (y < 0)) {
                    q - 1
                } else {
                    q
                }
            }),
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::Pow if (0..=u32::MAX as i64).contains(&y) => x.checked_pow(y as u32),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    binary_float(ip, op, a, b)
}

/// `a op b` when a float is one operand and a float or small int the other: the arithmetic
/// operators computed here, before `binary_slow` asks whether the operands are strs,
/// instances, sets… Everything else goes on to `binary_slow`.
#[inline(never)]
fn binary_float(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = match (a, b) {
        (Value::Float(x), Value::Float(y)) => (x.get(), y.get()),
        (Value::Float(x), Value::Int(y)) => (x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) => (*x as f64, y.get()),
        _ => return binary_slow(ip, op, a, b),
    };
    match op {
        BinOp::Add => Ok(Value::float(x + y)),
        BinOp::Sub => Ok(Value::float(x - y)),
        BinOp::Mult => Ok(Value::float(x * y)),
        BinOp::Div if y != 0.0 => Ok(Value::float(x / y)),
        _ => binary_slow(ip, op, a, b),
    }
}

/// `x + y` of two strs: one allocation when short, its ASCII flag from the operands'.
#[inline(never)]
fn str_concat(x: &PyStr, y: &PyStr) -> Value {
    Value::Str(Rc::new(PyStr::with_flag(
        StrBuf::concat(&[&x.s, &y.s]),
        x.ascii && y.ascii,
    )))
}

/// An operation on subclass instances of str, int, float or tuple done on their builtin
/// values, when either side is one; an "unsupported operand" TypeError names the original types.
fn on_value_bases<R>(
    ip: &Interp,
    a: &Value,
    b: &Value,
    op: impl FnOnce(&Value, &Value) -> PyResult<R>,
) -> Option<PyResult<R>> {
    let value_base = |v: &Value| match v {
        Value::Instance(i) => i.base.clone(),
        _ => None,
    };
    let (x, y) = (value_base(a), value_base(b));
    if x.is_none() && y.is_none() {
        return None;
    }
    let r = op(x.as_ref().unwrap_or(a), y.as_ref().unwrap_or(b));
    Some(r.map_err(|e| {
        let msg = exc_message(&e);
        if e.is_instance(ip.exc_class(ExcKind::TypeError))
            && (msg.starts_with("unsupported operand") || msg.contains("not supported between"))
        {
            let (ta, tb) = (type_name(ip, a), type_name(ip, b));
            let (ba, bb) = (
                type_name(ip, x.as_ref().unwrap_or(a)),
                type_name(ip, y.as_ref().unwrap_or(b)),
            );
            let fixed = msg.replacen(
                &format!("'{}' and '{}'", ba, bb),
                &format!("'{}' and '{}'", ta, tb),
                1,
            );
            ip.err(ExcKind::TypeError, fixed)
        } else {
            e
        }
    }))
}

fn exc_message(e: &crate::runtime::exceptions::Exc) -> String {
    match e.0.args.borrow().first() {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => String::new(),
    }
}

#[inline(never)]
fn binary_slow(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (BinOp::Add, Value::Str(x), Value::Str(y)) = (op, a, b) {
        // A long result is built by code that cannot fail: room first.
        crate::runtime::grow::check_room(ip, x.s.len().saturating_add(y.s.len()))?;
        return Ok(str_concat(x, y));
    }
    if let (BinOp::Mod, Value::Str(s), Value::Instance(i)) = (op, a, b) {
        // str.__mod__ takes any right operand (a str subclass may reflect it first).
        if i.class.kind != crate::runtime::object::ClassKind::Str {
            let arg = match &i.base {
                Some(t @ Value::Tuple(_)) => t,
                _ => b,
            };
            return Ok(Value::string(crate::runtime::format::percent_format(
                ip, &s.s, arg,
            )?));
        }
    }
    if let (BinOp::Mod, Value::Bytes(_), Value::Instance(i)) = (op, a, b) {
        // bytes.__mod__ takes any right operand, as str.__mod__ does.
        if i.class.kind != crate::runtime::object::ClassKind::Bytes {
            if let Some(r) = crate::runtime::bytearray::binary(ip, op, a, b)? {
                return Ok(r);
            }
        }
    }
    if let Some(r) = classes::user_binary(ip, op, a, b) {
        return match r? {
            Value::NotImplemented => on_value_bases(ip, a, b, |x, y| binary_slow(ip, op, x, y))
                .unwrap_or_else(|| match (op, a, b) {
                    // A sequence repeated by an object with `__index__`.
                    (
                        BinOp::Mult,
                        Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::Native(_),
                        Value::Instance(_),
                    ) if classes::user_method(b, crate::intern::sym::__index__).is_some() => {
                        let n = crate::runtime::numbers::index(ip, b)?;
                        binary_slow(ip, op, a, &Value::from_bigint(n))
                    }
                    (
                        BinOp::Mult,
                        Value::Instance(_),
                        Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::Native(_),
                    ) if classes::user_method(a, crate::intern::sym::__index__).is_some() => {
                        let n = crate::runtime::numbers::index(ip, a)?;
                        binary_slow(ip, op, &Value::from_bigint(n), b)
                    }
                    (
                        BinOp::Mult,
                        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
                        Value::Instance(_),
                    ) => Err(ip.err(
                        ExcKind::TypeError,
                        format!(
                            "can't multiply sequence by non-int of type '{}'",
                            type_name(ip, b)
                        ),
                    )),
                    (BinOp::Mult, Value::Native(o), Value::Instance(_))
                        if matches!(o.kind, crate::stdlib::Native::Deque(_)) =>
                    {
                        Err(ip.err(
                            ExcKind::TypeError,
                            format!(
                                "can't multiply sequence by non-int of type '{}'",
                                type_name(ip, b)
                            ),
                        ))
                    }
                    (
                        BinOp::Mult,
                        Value::Instance(_),
                        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
                    ) => Err(ip.err(
                        ExcKind::TypeError,
                        format!(
                            "can't multiply sequence by non-int of type '{}'",
                            type_name(ip, a)
                        ),
                    )),
                    (BinOp::Add, Value::Bytes(_), Value::Instance(_)) => Err(ip.err(
                        ExcKind::TypeError,
                        format!("can't concat {} to bytes", type_name(ip, b)),
                    )),
                    _ => Err(unsupported(ip, op, a, b)),
                }),
            v => Ok(v),
        };
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::bool(x.get() & y.get())),
            BinOp::BitOr => return Ok(Value::bool(x.get() | y.get())),
            BinOp::BitXor => return Ok(Value::bool(x.get() ^ y.get())),
            _ => {}
        }
    }
    if is_intlike(a) && is_intlike(b) {
        return int_op(ip, op, big(a).unwrap(), big(b).unwrap());
    }
    if let Some(r) = crate::runtime::set::binary(ip, op, a, b)? {
        return Ok(r);
    }
    if let Value::Dict(_) | Value::DictView(_) = a {
        if let Some(r) = dict::binary(ip, op, a, b)? {
            return Ok(r);
        }
    }
    if let Value::DictView(_) = b {
        if let Some(r) = dict::binary(ip, op, a, b)? {
            return Ok(r);
        }
    }
    if let Value::Native(_) = a {
        if let Some(r) = crate::stdlib::binary(ip, op, a, b)? {
            return Ok(r);
        }
    }
    if op == BinOp::BitOr
        && matches!(a, Value::Class(_) | Value::None | Value::Native(_))
        && matches!(b, Value::Class(_) | Value::None | Value::Native(_))
    {
        // `int | None`, `Optional[int] | str`: unions of types.
        if let Some(r) = crate::stdlib::typing::or(ip, a, b)? {
            return Ok(r);
        }
    }
    let float_op_kind = !matches!(
        op,
        BinOp::LShift
            | BinOp::RShift
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::MatMult
    );
    if let (Some(x), Some(y), true) = (as_float(a), as_float(b), float_op_kind) {
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            // An int too large for a float is an OverflowError in mixed arithmetic, as in
            // CPython (not an infinity).
            if let Value::BigInt(n) = a {
                crate::runtime::numbers::bigint_to_f64(ip, n)?;
            }
            if let Value::BigInt(n) = b {
                crate::runtime::numbers::bigint_to_f64(ip, n)?;
            }
            return float_op(ip, op, x, y);
        }
    }
    if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
        if let Some(r) = crate::runtime::complex::binary(ip, op, a, b)? {
            return Ok(r);
        }
    }
    // After the float operators, which must not pay for this check.
    if let Some(r) = crate::runtime::bytearray::binary(ip, op, a, b)? {
        return Ok(r);
    }
    match (op, a, b) {
        (BinOp::Mod, Value::Str(s), _) => Ok(Value::string(
            crate::runtime::format::percent_format(ip, &s.s, b)?,
        )),
        (BinOp::Add, Value::Str(_), _) => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "can only concatenate str (not \"{}\") to str",
                type_name(ip, b)
            ),
        )),
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        (BinOp::Add, Value::List(_), _) => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "can only concatenate list (not \"{}\") to list",
                type_name(ip, b)
            ),
        )),
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            Ok(Value::tuple(v))
        }
        (BinOp::Add, Value::Tuple(_), _) => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_name(ip, b)
            ),
        )),
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
            let mut v = Vec::with_capacity(x.b.len() + y.b.len());
            v.extend_from_slice(&x.b);
            v.extend_from_slice(&y.b);
            Ok(Value::bytes(&v))
        }
        (BinOp::Add, Value::Bytes(_), _) => Err(ip.err(
            ExcKind::TypeError,
            format!("can't concat {} to bytes", type_name(ip, b)),
        )),
        (BinOp::Mult, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), n)
        | (BinOp::Mult, n, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) => {
            let seq = if is_intlike(n) && !is_intlike(a) {
                a
            } else {
                b
            };
            let n = match n {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                Value::BigInt(_) => {
                    return Err(ip.err(
                        ExcKind::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
                _ => {
                    return Err(ip.err(
                        ExcKind::TypeError,
                        format!(
                            "can't multiply sequence by non-int of type '{}'",
                            type_name(ip, n)
                        ),
                    ))
                }
            };
            let n = n.max(0) as usize;
            // An immutable sequence repeated once is itself, as in CPython (`t * 1 is t`).
            if n == 1 && !matches!(seq, Value::List(_)) {
                return Ok(seq.clone());
            }
            // The length of the result, with CPython's errors when it cannot be made.
            let (len, what) = match seq {
                Value::Str(s) => (s.s.len(), Some("string")),
                Value::Bytes(x) => (x.b.len(), Some("bytes")),
                Value::List(l) => (l.items.borrow().len(), None),
                Value::Tuple(t) => (t.items.len(), None),
                _ => (0, None),
            };
            let total = match len.checked_mul(n).filter(|t| *t <= isize::MAX as usize) {
                Some(t) => t,
                None => {
                    return Err(match what {
                        Some(w) => ip.err(
                            ExcKind::OverflowError,
                            format!("repeated {} is too long", w).replace("bytes is", "bytes are"),
                        ),
                        None => ip.err_noargs(ExcKind::MemoryError),
                    })
                }
            };
            let _ = total;
            use crate::runtime::grow::repeat;
            Ok(match seq {
                Value::Str(s) => {
                    let b = repeat(ip, s.s.as_bytes(), n)?;
                    // SAFETY: copies of a str's UTF-8 bytes, one after another, are UTF-8.
                    let text = unsafe { String::from_utf8_unchecked(b) };
                    Value::Str(Rc::new(PyStr::with_flag(text.into(), s.ascii)))
                }
                Value::Bytes(_) if n == 1 => seq.clone(),
                Value::Bytes(x) => Value::bytes_from_vec(repeat(ip, &x.b, n)?),
                Value::List(l) => Value::list(repeat(ip, &l.items.borrow(), n)?),
                Value::Tuple(t) => Value::tuple(repeat(ip, &t.items, n)?),
                _ => unreachable!(),
            })
        }
        _ => Err(unsupported(ip, op, a, b)),
    }
}

fn int_op(ip: &Interp, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y.is_zero() {
                return Err(ip.err(ExcKind::ZeroDivisionError, "division by zero"));
            }
            return int_true_div(ip, &x, &y);
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(ip.err(
                    ExcKind::ZeroDivisionError,
                    "integer division or modulo by zero",
                ));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(ip.err(ExcKind::ZeroDivisionError, "integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_f64().unwrap_or(f64::NEG_INFINITY),
                );
                return float_op(ip, BinOp::Pow, fx, fy);
            }
            let Some(e) = y.to_u32() else {
                if x.is_zero() || x == BigInt::from(1) {
                    return Ok(Value::from_bigint(x));
                }
                if x == BigInt::from(-1) {
                    return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
                }
                return Err(ip.err(ExcKind::OverflowError, "integer exponent too large"));
            };
            num_traits::pow(x, e as usize)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(ip.err(ExcKind::ValueError, "negative shift count"));
            }
            let Some(s) = y.to_usize() else {
                return Err(ip.err(ExcKind::OverflowError, "too many digits in integer"));
            };
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(ip.err(ExcKind::ValueError, "negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX / 2);
            if s > x.bits() as usize + 1 {
                if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                x >> s
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::MatMult => {
            return Err(unsupported(ip, op, &Value::Int(0), &Value::Int(0)));
        }
    };
    Ok(Value::from_bigint(r))
}

fn int_true_div(ip: &Interp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(Value::float(a as f64 / b as f64));
        }
    }
    match crate::runtime::numbers::int_true_divide(x, y) {
        Some(f) => Ok(Value::float(f)),
        None => Err(ip.err(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        )),
    }
}

fn float_op(ip: &Interp, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(ip.err(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(ip.err(ExcKind::ZeroDivisionError, "float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(ip.err(ExcKind::ZeroDivisionError, "float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            // Infinite operands follow C's pow (`0.0 ** -inf` is inf, `-inf ** 0.5` is inf).
            if x == 0.0 && y < 0.0 && y.is_finite() {
                return Err(ip.err(
                    ExcKind::ZeroDivisionError,
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
                // A negative number to a fractional power is complex.
                return crate::runtime::complex::pow(ip, (x, 0.0), (y, 0.0));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(ip.err(
                    ExcKind::OverflowError,
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => {
            return Err(unsupported(ip, op, &Value::float(x), &Value::float(y)));
        }
    }))
}

/// Python's float divmod: the remainder takes the sign of the divisor.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut d = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            d -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let fd = if d != 0.0 {
        let f = d.floor();
        if d - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (fd, m)
}

pub fn unary_op(ip: &Interp, op: UnaryOp, v: &Value) -> PyResult<Value> {
    if op != UnaryOp::Not && matches!(v, Value::Instance(_)) {
        let name = match op {
            UnaryOp::Neg => crate::intern::sym::__neg__,
            UnaryOp::Pos => crate::intern::sym::__pos__,
            _ => crate::intern::sym::__invert__,
        };
        if let Some(r) = classes::call_dunder(ip, v, name, &[]) {
            return r;
        }
        if let Some(r) = on_value_bases(ip, v, &Value::None, |x, _| unary_op(ip, op, x)) {
            return r.map_err(|e| {
                if exc_message(&e).starts_with("bad operand") {
                    let sym = match op {
                        UnaryOp::Neg => "-",
                        UnaryOp::Pos => "+",
                        _ => "~",
                    };
                    bad_unary(ip, sym, v)
                } else {
                    e
                }
            });
        }
    }
    match op {
        UnaryOp::Not => Ok(Value::bool(!truthy(ip, v)?)),
        UnaryOp::Neg => match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::float(-f.get())),
            Value::Complex(c) => Ok(crate::runtime::complex::value(-c.0, -c.1)),
            _ => Err(bad_unary(ip, "-", v)),
        },
        UnaryOp::Pos => match v {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => Err(bad_unary(ip, "+", v)),
        },
        UnaryOp::Invert => match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => Err(bad_unary(ip, "~", v)),
        },
    }
}

fn bad_unary(ip: &Interp, sym: &str, v: &Value) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::TypeError,
        format!("bad operand type for unary {}: '{}'", sym, type_name(ip, v)),
    )
}

/// `a == b`.
pub fn equals(ip: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    use Value::*;
    Ok(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.s == y.s,
        (None, None) => true,
        (Float(x), Float(y)) => x.get() == y.get(),
        (Bool(x), Bool(y)) => x == y,
        (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
            num_eq(a, b)
        }
        (Complex(x), Int(_) | Bool(_) | BigInt(_) | Float(_) | Complex(_)) => {
            crate::runtime::complex::equals(ip, **x, b)?.unwrap_or(false)
        }
        (Int(_) | Bool(_) | BigInt(_) | Float(_), Complex(y)) => {
            crate::runtime::complex::equals(ip, **y, a)?.unwrap_or(false)
        }
        (Bytes(x), Bytes(y)) => x.b == y.b,
        (List(x), List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            seq_eq(ip, Seq::List(x), Seq::List(y))?
        }
        (Tuple(x), Tuple(y)) => seq_eq(ip, Seq::Tuple(&x.items), Seq::Tuple(&y.items))?,
        (Dict(x), Dict(y)) => dict::equal(ip, x, y)?,
        (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
            crate::runtime::set::same_items(ip, x, y)?
        }
        (DictView(_), Set(_) | FrozenSet(_) | DictView(_))
        | (Set(_) | FrozenSet(_), DictView(_)) => match dict::view_compare(ip, CmpOp::Eq, a, b)? {
            Some(r) => r,
            Option::None => a.is(b),
        },
        // Methods are equal when bound to the same object (identity, as CPython 3.8+) and
        // made from the same function.
        (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
        (Range(x), Range(y)) => crate::runtime::range::equal(x, y),
        (Native(x), _) => match crate::stdlib::equals(ip, x, b)? {
            Some(r) => r,
            Option::None => a.is(b),
        },
        (_, Native(y)) => match crate::stdlib::equals(ip, y, a)? {
            Some(r) => r,
            Option::None => a.is(b),
        },
        _ => match classes::user_compare(ip, a, b, sym::__eq__, sym::__eq__)? {
            Some(r) => truthy(ip, &r)?,
            Option::None => return eq_fallback(ip, a, b),
        },
    })
}

/// `a == b` when neither side's `__eq__` decided: the builtin values of subclass instances,
/// else identity.
fn eq_fallback(ip: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    match (classes::base_of(a), classes::base_of(b)) {
        (Some(x), Some(y)) => equals(ip, x, y),
        (Some(x), None) => equals(ip, x, b),
        (None, Some(y)) => equals(ip, a, y),
        _ => Ok(a.is(b)),
    }
}

/// `a == b` (`op` Eq) or `a != b` (`op` NotEq) when no method of the program's decides it:
/// builtin values compare by `equals`, and user objects whose classes wrote no `__eq__` (nor
/// `__ne__`, for `!=`) by `object.__eq__`, identity. None when a user method must be asked.
#[inline]
fn eq_without_methods(ip: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let want = op == CmpOp::Eq;
    let user = classes::user_class(a).is_some() || classes::user_class(b).is_some();
    if !user || matches!(a, Value::Native(_)) || matches!(b, Value::Native(_)) {
        return Ok(Some(equals(ip, a, b)? == want));
    }
    let bits = if want {
        classes::special::EQ
    } else {
        classes::special::EQ | classes::special::NE
    };
    if classes::has_user_special(a, bits) || classes::has_user_special(b, bits) {
        return Ok(None);
    }
    Ok(Some(eq_fallback(ip, a, b)? == want))
}

/// `a == b` as a value: what a user's `__eq__` returned, else a bool.
fn eq_value(ip: &Interp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = eq_without_methods(ip, CmpOp::Eq, a, b)? {
        return Ok(Value::bool(r));
    }
    match classes::user_compare(ip, a, b, sym::__eq__, sym::__eq__)? {
        Some(r) => Ok(r),
        None => eq_fallback(ip, a, b).map(Value::bool),
    }
}

/// `a == b` for two numbers (int, bool, float), exact across types as in CPython.
pub fn num_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.get() == y.get(),
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        _ if is_intlike(a) && is_intlike(b) => big(a) == big(b),
        _ => num_eq_float(a, b),
    }
}

fn num_eq_float(a: &Value, b: &Value) -> bool {
    let (fa, fb) = (as_float(a).unwrap(), as_float(b).unwrap());
    if fa != fb {
        return false;
    }
    // Exactness for large ints compared with floats.
    match (a, b) {
        (Value::Float(f), other) | (other, Value::Float(f)) if is_intlike(other) => {
            if f.get().fract() != 0.0 || !f.get().is_finite() {
                return false;
            }
            num_bigint::BigInt::from_f64_exact(f.get()) == big(other)
        }
        _ => true,
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> Option<BigInt>;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        num_traits::FromPrimitive::from_f64(f)
    }
}

/// A list or a tuple, read an item at a time: a list may change while its items are compared
/// (their `__eq__` is user code), so its length and items are read afresh at each step.
#[derive(Clone, Copy)]
pub enum Seq<'a> {
    List(&'a crate::runtime::value::PyList),
    Tuple(&'a [Value]),
}

impl Seq<'_> {
    pub fn len(self) -> usize {
        match self {
            Seq::List(l) => l.items.borrow().len(),
            Seq::Tuple(t) => t.len(),
        }
    }
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    pub fn get(self, i: usize) -> Option<Value> {
        match self {
            Seq::List(l) => l.items.borrow().get(i).cloned(),
            Seq::Tuple(t) => t.get(i).cloned(),
        }
    }
}

const COMPARISON_DEPTH: &str = " in comparison";

/// Runs `f`, a comparison of containers that compares their items, one level deeper in the
/// recursion count (CPython's "maximum recursion depth exceeded in comparison").
pub fn nested_comparison<T>(ip: &Interp, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    crate::eval::in_native(ip, COMPARISON_DEPTH, f)
}

/// The first position where two sequences hold items that are not equal (identity counts as
/// equal); None when one ran out first.
fn first_difference(ip: &Interp, xs: Seq, ys: Seq) -> PyResult<Option<usize>> {
    nested_comparison(ip, || {
        if let (Seq::Tuple(a), Seq::Tuple(b)) = (xs, ys) {
            // A tuple's items never change, and both tuples are held by the caller: they are
            // compared where they are, without a count taken on each.
            for (i, (x, y)) in a.iter().zip(b.iter()).enumerate() {
                let same = match (x, y) {
                    (Value::Int(p), Value::Int(q)) => p == q,
                    _ => x.is(y) || equals(ip, x, y)?,
                };
                if !same {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        }
        let mut i = 0;
        loop {
            let (Some(x), Some(y)) = (xs.get(i), ys.get(i)) else {
                return Ok(None);
            };
            if !x.is(&y) && !equals(ip, &x, &y)? {
                return Ok(Some(i));
            }
            i += 1;
        }
    })
}

/// The items at `i` of both sequences as they are now (an `__eq__` may have changed them).
fn items_at(xs: Seq, ys: Seq, i: usize) -> Option<(Value, Value)> {
    Some((xs.get(i)?, ys.get(i)?))
}

/// `xs == ys` for lists and tuples, as CPython's: the lengths, then the items in order.
fn seq_eq(ip: &Interp, xs: Seq, ys: Seq) -> PyResult<bool> {
    if xs.len() != ys.len() {
        return Ok(false);
    }
    Ok(match first_difference(ip, xs, ys)? {
        Some(i) if items_at(xs, ys, i).is_some() => false,
        _ => xs.len() == ys.len(),
    })
}

/// `xs < ys` (or another ordering) for lists and tuples: the first items that differ decide,
/// compared with `op` (a user method's result is the value), else the lengths.
fn seq_rich_order(ip: &Interp, op: CmpOp, xs: Seq, ys: Seq) -> PyResult<Value> {
    if let Some(i) = first_difference(ip, xs, ys)? {
        if let Some((x, y)) = items_at(xs, ys, i) {
            return rich_slow(ip, op, &x, &y);
        }
    }
    let (a, b) = (xs.len(), ys.len());
    Ok(Value::bool(match op {
        CmpOp::Lt => a < b,
        CmpOp::LtE => a <= b,
        CmpOp::Gt => a > b,
        _ => a >= b,
    }))
}

/// Ordering for `<`, `<=`, `>`, `>=` of builtin scalars; None when the types do not order.
fn order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => big(a).partial_cmp(&big(b)),
        (Float(x), Float(y)) => x.get().partial_cmp(&y.get()),
        (Float(x), other) if is_intlike(other) => big(other)
            .and_then(|b| crate::runtime::numbers::compare_int_float(&b, x.get()))
            .map(|o| o.reverse()),
        (other, Float(y)) if is_intlike(other) => {
            big(other).and_then(|b| crate::runtime::numbers::compare_int_float(&b, y.get()))
        }
        (Str(x), Str(y)) => Some(x.s.cmp(&y.s)),
        (Bytes(x), Bytes(y)) => Some(x.b.cmp(&y.b)),
        _ => Option::None,
    }
}

fn not_supported(ip: &Interp, sym: &str, a: &Value, b: &Value) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::TypeError,
        format!(
            "'{}' not supported between instances of '{}' and '{}'",
            sym,
            type_name(ip, a),
            type_name(ip, b)
        ),
    )
}

fn is_nan_pair(a: &Value, b: &Value) -> bool {
    matches!(a, Value::Float(x) if x.get().is_nan())
        || matches!(b, Value::Float(y) if y.get().is_nan())
}

#[inline(always)]
pub fn compare(ip: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        match op {
            CmpOp::Eq | CmpOp::Is => return Ok(x == y),
            CmpOp::NotEq | CmpOp::IsNot => return Ok(x != y),
            CmpOp::Lt => return Ok(x < y),
            CmpOp::LtE => return Ok(x <= y),
            CmpOp::Gt => return Ok(x > y),
            CmpOp::GtE => return Ok(x >= y),
            CmpOp::In | CmpOp::NotIn => {}
        }
    }
    // `x is None`, `x is not y`: identity, which no method can change.
    match op {
        CmpOp::Is => return Ok(a.is(b)),
        CmpOp::IsNot => return Ok(!a.is(b)),
        _ => {}
    }
    compare_slow(ip, op, a, b)
}

#[inline(never)]
fn compare_slow(ip: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        if let Some(r) = float_compare(op, x.get(), y.get()) {
            return Ok(r);
        }
    }
    // `ch == 'o'`: two strs are equal when their texts are, with no method to look for.
    if let (Value::Str(x), Value::Str(y), CmpOp::Eq | CmpOp::NotEq) = (a, b, op) {
        let eq = Rc::ptr_eq(x, y) || x.s == y.s;
        return Ok(eq == (op == CmpOp::Eq));
    }
    match op {
        CmpOp::Is => return Ok(a.is(b)),
        CmpOp::IsNot => return Ok(!a.is(b)),
        // The answer as a bool, not made into a value and tested.
        CmpOp::Eq | CmpOp::NotEq => {
            if let Some(r) = eq_without_methods(ip, op, a, b)? {
                return Ok(r);
            }
        }
        _ => {}
    }
    match rich_slow(ip, op, a, b)? {
        Value::Bool(r) => Ok(r.get()),
        r => truthy(ip, &r),
    }
}

/// `a op b` as an expression's value: what a user's comparison method returned (any object),
/// else a bool.
#[inline(always)]
pub fn rich_compare(ip: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(_), Value::Int(_)) = (a, b) {
        return compare(ip, op, a, b).map(Value::bool);
    }
    rich_slow(ip, op, a, b)
}

/// `x op y` of two floats, by IEEE 754 as CPython compares them (a NaN is unequal to
/// everything); None for `in`, `is` and their negations.
#[inline(always)]
fn float_compare(op: CmpOp, x: f64, y: f64) -> Option<bool> {
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    })
}

#[inline(never)]
fn rich_slow(ip: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        if let Some(r) = float_compare(op, x.get(), y.get()) {
            return Ok(Value::bool(r));
        }
    }
    match op {
        CmpOp::Eq => eq_value(ip, a, b),
        CmpOp::NotEq => {
            if let Some(r) = eq_without_methods(ip, op, a, b)? {
                return Ok(Value::bool(r));
            }
            match classes::user_ne(ip, a, b)? {
                Some(r) => Ok(r),
                None => Ok(Value::bool(!eq_fallback(ip, a, b)?)),
            }
        }
        CmpOp::Is => Ok(Value::bool(a.is(b))),
        CmpOp::IsNot => Ok(Value::bool(!a.is(b))),
        CmpOp::In | CmpOp::NotIn => contains_op(ip, op, a, b).map(Value::bool),
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
            if is_nan_pair(a, b) && as_float(a).is_some() && as_float(b).is_some() {
                return Ok(Value::bool(false));
            }
            // Two builtin scalars (numbers, strs, bytes: none of them a set, a view, a user
            // object or a native one) are ordered at once.
            if let Some(o) = order(a, b) {
                return Ok(Value::bool(ordered(op, o)));
            }
            if let Some(r) = crate::runtime::set::compare(ip, op, a, b)? {
                return Ok(Value::bool(r));
            }
            if let (Value::DictView(_), _) | (_, Value::DictView(_)) = (a, b) {
                if let Some(r) = dict::view_compare(ip, op, a, b)? {
                    return Ok(Value::bool(r));
                }
            }
            let (name, rname) = match op {
                CmpOp::Lt => (sym::__lt__, sym::__gt__),
                CmpOp::LtE => (sym::__le__, sym::__ge__),
                CmpOp::Gt => (sym::__gt__, sym::__lt__),
                _ => (sym::__ge__, sym::__le__),
            };
            if let Some(r) = classes::user_compare(ip, a, b, name, rname)? {
                return Ok(r);
            }
            if let Some(r) = on_value_bases(ip, a, b, |x, y| rich_slow(ip, op, x, y)) {
                return r;
            }
            if let (Value::Native(_), _) | (_, Value::Native(_)) = (a, b) {
                if let Some(r) = crate::stdlib::compare(ip, op, a, b)? {
                    return Ok(Value::bool(r));
                }
            }
            match (a, b) {
                (Value::List(x), Value::List(y)) => {
                    return seq_rich_order(ip, op, Seq::List(x), Seq::List(y))
                }
                (Value::Tuple(x), Value::Tuple(y)) => {
                    return seq_rich_order(ip, op, Seq::Tuple(&x.items), Seq::Tuple(&y.items))
                }
                _ => {}
            }
            Err(not_supported(ip, op.symbol(), a, b))
        }
    }
}

/// Whether an ordering satisfies `op` (`<`, `<=`, `>` or `>=`).
#[inline]
fn ordered(op: CmpOp, o: std::cmp::Ordering) -> bool {
    match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::LtE => o.is_le(),
        CmpOp::Gt => o.is_gt(),
        _ => o.is_ge(),
    }
}

fn contains_op(ip: &Interp, op: CmpOp, item: &Value, container: &Value) -> PyResult<bool> {
    let found = contains(ip, container, item)?;
    Ok(if op == CmpOp::In { found } else { !found })
}

/// `item in items` for an int or a str, decided in place while the items are ints, strs or
/// None (whose `==` with it runs no code): `Ok(found)` when that settles it, else `Err(i)`,
/// the first item that needs the general comparison.
#[inline]
fn scan_plain(items: &[Value], item: &Value) -> Result<bool, usize> {
    match item {
        Value::Int(y) => {
            for (i, x) in items.iter().enumerate() {
                match x {
                    Value::Int(a) if a == y => return Ok(true),
                    Value::Int(_) | Value::Str(_) | Value::None => {}
                    _ => return Err(i),
                }
            }
        }
        Value::Str(y) => {
            for (i, x) in items.iter().enumerate() {
                match x {
                    Value::Str(a) if Rc::ptr_eq(a, y) || a.s == y.s => return Ok(true),
                    Value::Int(_) | Value::Str(_) | Value::None => {}
                    _ => return Err(i),
                }
            }
        }
        _ => return Err(0),
    }
    Ok(false)
}

pub fn contains(ip: &Interp, container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Class(_) if classes::meta_method(container, sym::__contains__).is_some() => {
            let r = classes::call_meta_dunder(
                ip,
                container,
                sym::__contains__,
                std::slice::from_ref(item),
            );
            truthy(ip, &r.unwrap()?)
        }
        Value::Instance(_) => {
            if let Some(r) = classes::call_dunder(
                ip,
                container,
                crate::intern::sym::__contains__,
                std::slice::from_ref(item),
            ) {
                return truthy(ip, &r?);
            }
            if classes::user_method(container, crate::intern::sym::__iter__).is_none() {
                if let Some(b) = classes::base_of(container) {
                    return contains(ip, b, item);
                }
            }
            let mut it = iter(ip, container)?;
            while let Some(x) = it.next_checked(ip)? {
                if x.is(item) || equals(ip, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Str(s) => match classes::value_base(item) {
            Value::Str(sub) => Ok(s.s.contains(&*sub.s)),
            _ => Err(ip.err(
                ExcKind::TypeError,
                format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(ip, item)
                ),
            )),
        },
        Value::List(l) => {
            let found = scan_plain(&l.items.borrow(), item);
            let mut i = match found {
                Ok(found) => return Ok(found),
                Err(i) => i,
            };
            // Read afresh at each step: an `__eq__` may change the list.
            while let Some(x) = Seq::List(l).get(i) {
                if x.is(item) || equals(ip, &x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            let from = match scan_plain(&t.items, item) {
                Ok(found) => return Ok(found),
                Err(i) => i,
            };
            for x in t.items[from..].iter() {
                if x.is(item) || equals(ip, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Dict(d) => Ok(dict::get(ip, d, item)?.is_some()),
        Value::Set(s) | Value::FrozenSet(s) => crate::runtime::set::contains(ip, s, item),
        Value::DictView(v) if v.kind == ViewKind::Keys => {
            Ok(dict::get(ip, &v.dict, item)?.is_some())
        }
        Value::DictView(v) if v.kind == ViewKind::Items => match item {
            // CPython looks the key up and compares the values.
            Value::Tuple(t) if t.items.len() == 2 => match dict::get(ip, &v.dict, &t.items[0])? {
                Some(found) => Ok(found.is(&t.items[1]) || equals(ip, &found, &t.items[1])?),
                None => Ok(false),
            },
            _ => Ok(false),
        },
        Value::DictView(v) => {
            // By iteration, as CPython's: a dict changed by an `__eq__` is an error.
            let mut it = dict::DictIter::new(v.dict.clone(), v.kind);
            while let Some(x) = it.next(ip)? {
                if x.is(item) || equals(ip, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Native(o) => crate::stdlib::contains(ip, o, item),
        Value::Generator(_) | Value::Iterator(_) => {
            let mut it = iter(ip, container)?;
            while let Some(x) = it.next_checked(ip)? {
                if x.is(item) || equals(ip, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Bytes(b) => match crate::runtime::bytes::buffer(ip, item)? {
            Some(sub) => Ok(sub.is_empty() || b.b.windows(sub.len()).any(|w| w == &sub[..])),
            None => {
                let other = classes::value_base(item);
                match crate::runtime::numbers::index_opt(ip, other)? {
                    Some(n) => match n.to_u8() {
                        Some(x) => Ok(b.b.contains(&x)),
                        None => Err(ip.err(ExcKind::ValueError, "byte must be in range(0, 256)")),
                    },
                    None => Err(ip.err(
                        ExcKind::TypeError,
                        format!(
                            "a bytes-like object is required, not '{}'",
                            type_name(ip, other)
                        ),
                    )),
                }
            }
        },
        Value::Range(r) => crate::runtime::range::contains(ip, r, item),
        _ => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "argument of type '{}' is not iterable",
                type_name(ip, container)
            ),
        )),
    }
}

/// Normalises an index for a sequence of `len` items, or None when out of range.
pub fn seq_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        None
    } else {
        Some(j as usize)
    }
}

/// A sequence index: an int or an object with `__index__` (CPython's `PyNumber_AsSsize_t`
/// with IndexError for ints too large).
fn index_of(ip: &Interp, v: &Value, what: &str) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    if let Some(b) = crate::runtime::numbers::index_opt(ip, v)? {
        return b.to_i64().ok_or_else(|| {
            ip.err(
                ExcKind::IndexError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    type_name(ip, v)
                ),
            )
        });
    }
    match v {
        // str words it apart from the other sequences.
        _ if what == "string" => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "string indices must be integers, not '{}'",
                type_name(ip, v)
            ),
        )),
        _ => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "{} indices must be integers or slices, not {}",
                what,
                type_name(ip, v)
            ),
        )),
    }
}

/// `container[index]`.
/// `container[index]`. A list or tuple read at an int in range is done here, inline in the
/// callers; everything else is `getitem_other`'s.
#[inline]
pub fn getitem(ip: &Interp, container: &Value, index: &Value) -> PyResult<Value> {
    if let Value::Int(i) = index {
        match container {
            Value::List(l) => {
                let items = l.items.borrow();
                if let Some(j) = seq_index(*i, items.len()) {
                    return Ok(crate::eval::sync::clone_value(&items[j]));
                }
            }
            Value::Tuple(t) => {
                if let Some(j) = seq_index(*i, t.items.len()) {
                    return Ok(crate::eval::sync::clone_value(&t.items[j]));
                }
            }
            _ => {}
        }
    }
    getitem_other(ip, container, index)
}

#[inline(never)]
fn getitem_other(ip: &Interp, container: &Value, index: &Value) -> PyResult<Value> {
    match container {
        Value::Instance(_) => match classes::call_dunder(
            ip,
            container,
            crate::intern::sym::__getitem__,
            std::slice::from_ref(index),
        ) {
            Some(r) => r,
            None if classes::base_of(container).is_some() => {
                let base = classes::base_of(container).unwrap();
                match getitem(ip, base, index) {
                    Err(e)
                        if matches!(base, Value::Dict(_))
                            && e.is_instance(ip.exc_class(ExcKind::KeyError)) =>
                    {
                        match classes::call_dunder(
                            ip,
                            container,
                            crate::intern::sym::__missing__,
                            std::slice::from_ref(index),
                        ) {
                            Some(r) => r,
                            None => Err(e),
                        }
                    }
                    r => r,
                }
            }
            None => Err(ip.err(
                ExcKind::TypeError,
                format!("'{}' object is not subscriptable", type_name(ip, container)),
            )),
        },
        Value::Class(_) if classes::meta_method(container, sym::__getitem__).is_some() => {
            classes::call_meta_dunder(ip, container, sym::__getitem__, std::slice::from_ref(index))
                .unwrap()
        }
        Value::Class(c) => match c.lookup(crate::intern::sym::__class_getitem__) {
            Some(f @ Value::Function(_)) => {
                let mut a = crate::eval::call::Args::new();
                a.push(container.clone());
                a.push(index.clone());
                crate::eval::call::call_value(ip, &f, &mut a, &[])
            }
            Some(_) => {
                let f = classes::class_getattr(ip, c, crate::intern::sym::__class_getitem__)?;
                let mut a = crate::eval::call::Args::new();
                a.push(index.clone());
                crate::eval::call::call_value(ip, &f, &mut a, &[])
            }
            // `list[int]`, `dict[str, int]` in annotations.
            None if !c.user && c.kind != crate::runtime::object::ClassKind::Exception => {
                use crate::runtime::object::ClassKind as K;
                let origin = match c.kind {
                    K::List => "list",
                    K::Dict => "dict",
                    K::Tuple => "tuple",
                    K::Set => "set",
                    K::FrozenSet => "frozenset",
                    K::Type => "type",
                    _ => return Ok(container.clone()),
                };
                Ok(crate::stdlib::typing::builtin_alias(ip, origin, index))
            }
            None => Err(ip.err(
                ExcKind::TypeError,
                format!("type '{}' is not subscriptable", c.name),
            )),
        },
        Value::Dict(d) => match dict::get(ip, d, index)? {
            Some(v) => Ok(v),
            None => Err(dict::key_error(ip, index)),
        },
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_)
            if matches!(index, Value::Native(_)) && slice::parts(index).is_some() =>
        {
            let (lo, hi, st) = slice::parts(index).unwrap();
            getslice(ip, container, lo, hi, st)
        }
        Value::List(l) => {
            let i = index_of(ip, index, "list")?;
            let items = l.items.borrow();
            match seq_index(i, items.len()) {
                Some(j) => Ok(items[j].clone()),
                None => Err(ip.err(ExcKind::IndexError, "list index out of range")),
            }
        }
        Value::Tuple(t) => {
            let i = index_of(ip, index, "tuple")?;
            match seq_index(i, t.items.len()) {
                Some(j) => Ok(t.items[j].clone()),
                None => Err(ip.err(ExcKind::IndexError, "tuple index out of range")),
            }
        }
        Value::Str(s) => {
            let i = index_of(ip, index, "string")?;
            let n = s.char_len();
            match seq_index(i, n) {
                Some(j) => {
                    let c = if s.ascii {
                        &s.s[j..j + 1]
                    } else {
                        let (start, ch) = s.s.char_indices().nth(j).unwrap();
                        &s.s[start..start + ch.len_utf8()]
                    };
                    Ok(Value::one_char(c))
                }
                None => Err(ip.err(ExcKind::IndexError, "string index out of range")),
            }
        }
        Value::Range(r) => crate::runtime::range::getitem(ip, r, index),
        Value::Bytes(b) => {
            let i = index_of(ip, index, "byte")?;
            match seq_index(i, b.b.len()) {
                Some(j) => Ok(Value::Int(b.b[j] as i64)),
                None => Err(ip.err(ExcKind::IndexError, "index out of range")),
            }
        }
        Value::Native(o) => crate::stdlib::getitem(ip, o, index),
        _ => Err(ip.err(
            ExcKind::TypeError,
            format!("'{}' object is not subscriptable", type_name(ip, container)),
        )),
    }
}

/// `container[lo:hi:step]`.
pub fn getslice(
    ip: &Interp,
    container: &Value,
    lo: &Value,
    hi: &Value,
    step: &Value,
) -> PyResult<Value> {
    match container {
        Value::List(l) => {
            // The bounds' `__index__` runs first; the length is read after it.
            let u = slice::unpack(ip, lo, hi, step)?;
            let items = l.items.borrow();
            let sel = u.on(items.len());
            let copy = crate::eval::sync::clone_value;
            Ok(Value::list(if sel.step == 1 {
                let start = sel.start as usize;
                items[start..start + sel.count].iter().map(copy).collect()
            } else {
                sel.positions().map(|i| copy(&items[i])).collect()
            }))
        }
        Value::Tuple(t) => {
            let sel = slice::select(ip, lo, hi, step, t.items.len())?;
            if sel.is_all(t.items.len()) {
                return Ok(container.clone());
            }
            Ok(Value::tuple(
                sel.positions()
                    .map(|i| crate::eval::sync::clone_value(&t.items[i]))
                    .collect(),
            ))
        }
        Value::Str(s) => {
            let n = s.char_len();
            let sel = slice::select(ip, lo, hi, step, n)?;
            if sel.is_all(n) {
                return Ok(container.clone());
            }
            Ok(str_slice(s, sel))
        }
        Value::Bytes(b) => {
            let sel = slice::select(ip, lo, hi, step, b.b.len())?;
            if sel.is_all(b.b.len()) {
                return Ok(container.clone());
            }
            Ok(Value::bytes_from_vec(sel.pick(&b.b)))
        }
        Value::Range(r) => crate::runtime::range::getslice(ip, r, lo, hi, step),
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::StructTime(_)) => {
            let crate::stdlib::Native::StructTime(t) = &o.kind else {
                unreachable!()
            };
            getslice(ip, &crate::stdlib::time::struct_time_tuple(t), lo, hi, step)
        }
        Value::Instance(i)
            if i.base.is_some()
                && classes::user_method(container, crate::intern::sym::__getitem__).is_none() =>
        {
            getslice(ip, i.base.as_ref().unwrap(), lo, hi, step)
        }
        // A user `__getitem__`, a class's `__class_getitem__`, a dict, …: given a slice object.
        _ => getitem(
            ip,
            container,
            &slice::make(ip, lo.clone(), hi.clone(), step.clone()),
        ),
    }
}

/// The chars of `s` that `sel` selects, as a new str. Only the part of the text the
/// selection spans is read (a non-ASCII str is walked by char, never copied whole).
fn str_slice(s: &PyStr, sel: slice::Selection) -> Value {
    let text = s.s.as_str();
    if s.ascii {
        let b = text.as_bytes();
        if sel.step == 1 {
            let start = sel.start as usize;
            return Value::Str(Rc::new(PyStr::ascii(&b[start..start + sel.count])));
        }
        let out: Vec<u8> = sel.positions().map(|i| b[i]).collect();
        return Value::Str(Rc::new(PyStr::ascii(&out)));
    }
    if sel.count == 0 {
        return Value::str("");
    }
    // The chars from the lowest selected position to the highest, then every step-th of them.
    let first = sel.start as usize;
    let last = (sel.start + (sel.count as i64 - 1) * sel.step) as usize;
    let (lo, hi) = (first.min(last), first.max(last));
    let a = PyStr::byte_offset(text, lo);
    let b = a + PyStr::byte_offset(&text[a..], hi - lo + 1);
    let span = &text[a..b];
    if sel.step == 1 {
        return Value::str(span);
    }
    let every = sel.step.unsigned_abs() as usize;
    let out: String = if sel.step > 0 {
        span.chars().step_by(every).collect()
    } else {
        span.chars().rev().step_by(every).collect()
    };
    Value::string(out)
}

/// `container[index] = v`. A list item at an int in range is set here, inline in the
/// callers; everything else is `setitem_other`'s.
#[inline]
pub fn setitem(ip: &Interp, container: &Value, index: &Value, v: Value) -> PyResult<()> {
    if let (Value::List(l), Value::Int(i)) = (container, index) {
        let mut items = l.items.borrow_mut();
        if let Some(j) = seq_index(*i, items.len()) {
            let old = std::mem::replace(&mut items[j], v);
            // The old item's `__del__` may use the list.
            drop(items);
            crate::eval::sync::discard(old);
            return Ok(());
        }
    }
    setitem_other(ip, container, index, v)
}

#[inline(never)]
fn setitem_other(ip: &Interp, container: &Value, index: &Value, v: Value) -> PyResult<()> {
    match container {
        Value::Instance(_)
            if classes::user_method(container, crate::intern::sym::__setitem__).is_none()
                && classes::base_of(container).is_some() =>
        {
            setitem(ip, classes::base_of(container).unwrap(), index, v)
        }
        Value::Instance(_) => match classes::call_dunder(
            ip,
            container,
            crate::intern::sym::__setitem__,
            &[index.clone(), v],
        ) {
            Some(r) => r.map(|_| ()),
            None => Err(ip.err(
                ExcKind::TypeError,
                format!(
                    "'{}' object does not support item assignment",
                    type_name(ip, container)
                ),
            )),
        },
        Value::Dict(d) => dict::set(ip, d, index.clone(), v),
        Value::List(_) if slice::parts(index).is_some() => {
            let (lo, hi, st) = slice::parts(index).unwrap();
            crate::eval::sync::set_slice(ip, container, lo, hi, st, Some(v))
        }
        Value::List(l) => {
            let i = index_of(ip, index, "list")?;
            let mut items = l.items.borrow_mut();
            match seq_index(i, items.len()) {
                Some(j) => {
                    let old = std::mem::replace(&mut items[j], v);
                    drop(items);
                    drop(old);
                    Ok(())
                }
                None => Err(ip.err(ExcKind::IndexError, "list assignment index out of range")),
            }
        }
        Value::Native(o) => crate::stdlib::setitem(ip, o, index, v),
        _ => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "'{}' object does not support item assignment",
                type_name(ip, container)
            ),
        )),
    }
}

pub fn len(ip: &Interp, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Bytes(b) => b.b.len(),
        Value::Range(r) => r.len(ip)?,
        Value::Dict(d) => d.len(),
        Value::DictView(v) => v.dict.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Class(_) if classes::meta_method(v, sym::__len__).is_some() => {
            let n = classes::call_meta_dunder(ip, v, sym::__len__, &[]).unwrap()?;
            return crate::runtime::numbers::index(ip, &n).and_then(|n| {
                num_traits::ToPrimitive::to_usize(&n)
                    .ok_or_else(|| ip.err(ExcKind::ValueError, "__len__() should return >= 0"))
            });
        }
        Value::Instance(_) if classes::user_method(v, crate::intern::sym::__len__).is_some() => {
            return classes::user_len(ip, v).unwrap()
        }
        Value::Instance(i) if i.base.is_some() => return len(ip, i.base.as_ref().unwrap()),
        Value::Native(o) => crate::stdlib::len(ip, o)?,

        _ => {
            return Err(ip.err(
                ExcKind::TypeError,
                format!("object of type '{}' has no len()", type_name(ip, v)),
            ))
        }
    })
}

/// `obj.name` at an attribute expression whose `hint` (see `AttrSite`) remembers where the
/// name was found last: a module's slot is looked at there first.
#[inline]
pub fn getattr_at(
    ip: &Interp,
    obj: &Value,
    name: Symbol,
    hint: &std::cell::Cell<u32>,
) -> PyResult<Value> {
    if let Value::Module(m) = obj {
        if let Some(v) = m.get_at(name, hint) {
            return Ok(v);
        }
    }
    getattr(ip, obj, name)
}

/// `obj.name`.
pub fn getattr(ip: &Interp, obj: &Value, name: Symbol) -> PyResult<Value> {
    match obj {
        Value::Module(m) => {
            let class = m.class.borrow().clone();
            // A subclass's data descriptors come before the module's own names.
            if let Some(cls) = &class {
                if let Some(v) = classes::module_data_descr(ip, obj, cls, name)? {
                    return Ok(v);
                }
            }
            if let Some(v) = m.get(name) {
                return Ok(v);
            }
            // A name the program put into the module's dict (`exec(code, mod.__dict__)`,
            // `vars(mod)[name] = v`) reaches the slots when the dict is next brought into step.
            if m.ns_dict.borrow().is_some() {
                crate::eval::dynamic::module_dict(ip, m)?;
                if let Some(v) = m.get(name) {
                    return Ok(v);
                }
            }
            if m.import_attrs_pending.get() && crate::runtime::modules::is_import_attr(name) {
                crate::runtime::modules::fill_import_attrs(ip, m);
                if let Some(v) = m.get(name) {
                    return Ok(v);
                }
            }
            if name == crate::intern::sym::__name__ {
                return Ok(Value::str(m.name.as_str()));
            }
            if name == crate::intern::sym::__dict__ {
                return Ok(Value::Dict(crate::eval::dynamic::module_dict(ip, m)?));
            }
            if name == crate::intern::sym::__class__ {
                return Ok(Value::Class(type_of(ip, obj)));
            }
            // The attributes of a subclass (its methods, bound to the module).
            if let Some(cls) = &class {
                if let Some(v) = classes::module_class_attr(ip, obj, cls, name)? {
                    return Ok(v);
                }
            }
            // PEP 562: a module's own `__getattr__` answers for the names it lacks.
            if let Some(ga) = m.get(crate::intern::sym::__getattr__) {
                let mut a: crate::eval::call::Args =
                    [Value::str(name.as_str())].into_iter().collect();
                return crate::eval::call::call_value(ip, &ga, &mut a, &[]);
            }
            // Then a subclass's own `__getattr__`.
            if let Some(ga) = class.and_then(|c| c.lookup(crate::intern::sym::__getattr__)) {
                return classes::call_method(ip, obj, &ga, &[Value::str(name.as_str())]);
            }
            // The module is named by its `__name__` (CPython's message has no name when the
            // program deleted it or made it something else than a str).
            let msg = match m.get(crate::intern::sym::__name__) {
                Some(Value::Str(s)) => format!("module '{}' has no attribute '{}'", s.s, name),
                _ => format!("module has no attribute '{}'", name),
            };
            Err(ip.err(ExcKind::AttributeError, msg))
        }
        Value::Instance(_) => Ok(classes::instance_getattr(ip, obj, name)?.unwrap()),
        Value::Class(c) => classes::class_getattr(ip, c, name),
        Value::Descr(d) => classes::descr_getattr(ip, obj, d, name),
        Value::Function(f) => {
            crate::runtime::function_attrs::getattr(ip, f, obj, name).or_else(|e| {
                // Then what the class `function` has (`__call__`, `__repr__`).
                if e.is_instance(ip.exc_class(ExcKind::AttributeError)) {
                    method_of(ip, obj, name)
                } else {
                    Err(e)
                }
            })
        }
        Value::Cell(c) => crate::runtime::function_attrs::cell_getattr(ip, c, obj, name),
        Value::BoundMethod(m) => match name.as_str() {
            "__self__" => Ok(m.receiver.clone()),
            "__func__" => Ok(m.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => getattr(ip, &m.func, name),
            // Other attributes are the function's (`method.__unittest_skip__`), as in CPython.
            _ => method_of(ip, obj, name).or_else(|e| match &m.func {
                Value::Function(_) => getattr(ip, &m.func, name).map_err(|_| e),
                _ => Err(e),
            }),
        },
        Value::Coroutine(c) | Value::Generator(c) | Value::AsyncGen(c) => match name.as_str() {
            "__name__" => Ok(Value::str(c.name())),
            "__qualname__" => Ok(Value::str(c.qualname())),
            _ => match crate::runtime::coro_objects::getattr(ip, c, name)? {
                Some(v) => Ok(v),
                None => method_of(ip, obj, name),
            },
        },
        Value::Exception(e) => match name.as_str() {
            _ if e.class.user || !e.attrs.is_empty() => {
                if let Some(v) = classes::instance_getattr(ip, obj, name)? {
                    return Ok(v);
                }
                let r = exception_attr(ip, obj, e, name);
                match r {
                    Err(err) if err.0.class.name.as_str() == "AttributeError" => {
                        match classes::getattr_fallback(ip, obj, name) {
                            Some(r) => r,
                            None => Err(err),
                        }
                    }
                    r => r,
                }
            }
            _ => exception_attr(ip, obj, e, name),
        },
        Value::Builtin(b) if matches!(name.as_str(), "__name__" | "__qualname__") => {
            match b.owner {
                Some(owner) if name.as_str() == "__qualname__" => {
                    Ok(Value::string(format!("{}.{}", owner, b.name)))
                }
                _ => Ok(Value::str(b.name)),
            }
        }
        Value::DictView(view) if name.as_str() == "mapping" => {
            crate::runtime::dict_views::mapping(ip, view)
        }
        Value::Builtin(b) if name == sym::__module__ => {
            Ok(crate::runtime::function_attrs::builtin_module(ip, b))
        }
        Value::Native(o) => match crate::stdlib::getattr(ip, o, name)? {
            Some(v) => Ok(v),
            None => method_of(ip, obj, name),
        },
        Value::Stream(fd) => match crate::runtime::sys::stream_attr(ip, *fd, name)? {
            Some(v) => Ok(v),
            None => method_of(ip, obj, name),
        },
        Value::Range(r) if matches!(name.as_str(), "start" | "stop" | "step") => {
            Ok(crate::runtime::range::attr(r, name.as_str()).unwrap())
        }
        Value::Complex(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) => {
            match crate::runtime::complex::getattr(obj, name.as_str()) {
                Some(v) => Ok(v),
                None => method_of(ip, obj, name),
            }
        }
        _ => method_of(ip, obj, name),
    }
}

/// The attributes every exception has.
fn exception_attr(
    ip: &Interp,
    obj: &Value,
    e: &Rc<crate::runtime::exceptions::ExcObj>,
    name: Symbol,
) -> PyResult<Value> {
    match obj {
        Value::Exception(_) => match name.as_str() {
            "args" => Ok(Value::tuple(e.args.borrow().clone())),
            "__cause__" => Ok(e
                .cause
                .borrow()
                .clone()
                .map(Value::Exception)
                .unwrap_or(Value::None)),
            "__context__" => Ok(e
                .context
                .borrow()
                .clone()
                .map(Value::Exception)
                .unwrap_or(Value::None)),
            "__suppress_context__" => Ok(Value::bool(e.suppress_context.get())),
            "__traceback__" => Ok(crate::runtime::traceback::of_exception(ip, e)),
            // Attributes a builtin exception carries (a UnicodeError's `start`, …).
            _ if e.attrs.contains(name) => Ok(e.attrs.get(name).unwrap_or(Value::None)),
            n => match crate::runtime::exception_group::getattr(e, n) {
                Some(v) => Ok(v),
                // Attributes a builtin exception was given where it was made (an OSError's
                // `errno`).
                None => match e.attrs.get(name) {
                    Some(v) => Ok(v),
                    None => match crate::runtime::exception_attrs::derived(ip, e, n) {
                        Some(v) => Ok(v),
                        None => method_of(ip, obj, name),
                    },
                },
            },
        },
        _ => method_of(ip, obj, name),
    }
}

/// `del container[index]`.
pub fn delitem(ip: &Interp, container: &Value, index: &Value) -> PyResult<()> {
    match container {
        Value::Dict(d) => {
            let old = dict::remove(ip, d, index)?;
            match old {
                Some(_) => Ok(()),
                Option::None => Err(dict::key_error(ip, index)),
            }
        }
        Value::List(_) if slice::parts(index).is_some() => {
            let (lo, hi, st) = slice::parts(index).unwrap();
            crate::eval::sync::set_slice(ip, container, lo, hi, st, None)
        }
        Value::List(l) => {
            let i = index_of(ip, index, "list")?;
            let n = l.items.borrow().len();
            match seq_index(i, n) {
                Some(j) => {
                    let old = l.items.borrow_mut().remove(j);
                    drop(old);
                    Ok(())
                }
                Option::None => {
                    Err(ip.err(ExcKind::IndexError, "list assignment index out of range"))
                }
            }
        }
        Value::Native(o) if crate::stdlib::has_delitem(o) => crate::stdlib::delitem(ip, o, index),
        Value::Instance(_) => match classes::call_dunder(
            ip,
            container,
            crate::intern::sym::__delitem__,
            std::slice::from_ref(index),
        ) {
            Some(r) => r.map(|_| ()),
            Option::None => match classes::base_of(container) {
                Some(b) => delitem(ip, b, index),
                Option::None => Err(ip.err(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object does not support item deletion",
                        type_name(ip, container)
                    ),
                )),
            },
        },
        _ => {
            // CPython's wording differs for a sequence given an index.
            let seq = matches!(
                container,
                Value::Str(_) | Value::Tuple(_) | Value::Bytes(_) | Value::Range(_)
            ) && slice::parts(index).is_none();
            Err(ip.err(
                ExcKind::TypeError,
                format!(
                    "'{}' object {} support item deletion",
                    type_name(ip, container),
                    if seq { "doesn't" } else { "does not" }
                ),
            ))
        }
    }
}

/// `del obj.name`.
pub fn delattr(ip: &Interp, obj: &Value, name: Symbol) -> PyResult<()> {
    if classes::instance_delattr(ip, obj, name)? {
        return Ok(());
    }
    match obj {
        Value::Class(_) if classes::meta_method(obj, sym::__delattr__).is_some() => {
            let args = [Value::str(name.as_str())];
            classes::call_meta_dunder(ip, obj, sym::__delattr__, &args)
                .unwrap()
                .map(drop)
        }
        Value::Class(c) => classes::class_delattr(ip, c, name),
        Value::Module(m) if m.get(name).is_some() => {
            let i = *m.index.borrow().get(&name).unwrap();
            // Dropped after the borrow: dropping may run `__del__`.
            let old = std::mem::replace(&mut m.slots.borrow_mut()[i as usize], Value::Undef);
            drop(old);
            crate::eval::dynamic::module_attr_changed(ip, m, name)
        }
        Value::Exception(e) if e.attrs.remove(name).is_some() => Ok(()),
        Value::Function(f) => crate::runtime::function_attrs::delattr(ip, f, name),
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::Partial(_)) => {
            let crate::stdlib::Native::Partial(p) = &o.kind else {
                unreachable!()
            };
            crate::stdlib::functools::partial_setattr(ip, p, name, None)
        }
        _ => Err(no_attr(ip, obj, name)),
    }
}

/// Assigning the attributes every exception has.
fn set_exception_attr(
    ip: &Interp,
    e: &Rc<crate::runtime::exceptions::ExcObj>,
    name: Symbol,
    v: Value,
) -> PyResult<()> {
    let exc_or_none =
        |v: Value, what: &str| -> PyResult<Option<Rc<crate::runtime::exceptions::ExcObj>>> {
            match v {
                Value::None => Ok(None),
                Value::Exception(x) => Ok(Some(x)),
                _ => ip.type_error(format!(
                    "exception {} must be None or derive from BaseException",
                    what
                )),
            }
        };
    match name.as_str() {
        "__cause__" => {
            *e.cause.borrow_mut() = exc_or_none(v, "cause")?;
            e.suppress_context.set(true);
        }
        "__context__" => *e.context.borrow_mut() = exc_or_none(v, "context")?,
        "__suppress_context__" => e.suppress_context.set(truthy(ip, &v)?),
        "args" => *e.args.borrow_mut() = collect(ip, &v)?,
        "__traceback__" => crate::runtime::traceback::set_on_exception(ip, e, &v)?,
        _ => {}
    }
    Ok(())
}

/// A method of a builtin type, bound to `obj`.
pub fn method_of(ip: &Interp, obj: &Value, name: Symbol) -> PyResult<Value> {
    let cls = type_of(ip, obj);
    match cls.lookup(name) {
        Some(f @ (Value::Builtin(_) | Value::Function(_))) => Ok(BoundMethod::value(BoundMethod {
            receiver: obj.clone(),
            func: f,
        })),
        // A class method of the type (`{}.fromkeys`) is bound to the type.
        Some(Value::Descr(d)) if matches!(&*d, Descr::ClassMethod(_)) => {
            let Descr::ClassMethod(f) = &*d else {
                unreachable!()
            };
            Ok(BoundMethod::value(BoundMethod {
                receiver: Value::Class(cls),
                func: f.clone(),
            }))
        }
        Some(v) => Ok(v),
        None if name == crate::intern::sym::__class__ => Ok(Value::Class(cls)),
        None if name == crate::intern::sym::__doc__ && !cls.user => {
            Ok(classes::builtin_type_doc(&cls))
        }
        None => Err(no_attr(ip, obj, name)),
    }
}

/// The unbound method `name` of `obj`'s type, for calls of the form `obj.name(...)` that need not
/// make a bound-method object.
pub fn lookup_method(ip: &Interp, obj: &Value, name: Symbol) -> Option<Value> {
    match obj {
        Value::Instance(_) => classes::instance_method(obj, name),
        Value::Module(_)
        | Value::Class(_)
        | Value::Function(_)
        | Value::Exception(_)
        | Value::Descr(_) => None,
        Value::Str(_) => builtin_method(&ip.types.str_, name),
        Value::List(_) => builtin_method(&ip.types.list, name),
        Value::Dict(_) => builtin_method(&ip.types.dict, name),
        _ => builtin_method(&type_of(ip, obj), name),
    }
}

#[inline]
fn builtin_method(class: &Rc<Class>, name: Symbol) -> Option<Value> {
    match class.lookup(name) {
        Some(f @ Value::Builtin(_)) => Some(f),
        _ => None,
    }
}

fn no_attr(ip: &Interp, obj: &Value, name: Symbol) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{}'",
            type_name(ip, obj),
            name
        ),
    )
}

pub fn setattr(ip: &Interp, obj: &Value, name: Symbol, v: Value) -> PyResult<()> {
    match obj {
        Value::Instance(_) => {
            classes::instance_setattr(ip, obj, name, v)?;
            Ok(())
        }
        Value::Class(_) if classes::meta_method(obj, sym::__setattr__).is_some() => {
            let args = [Value::str(name.as_str()), v];
            classes::call_meta_dunder(ip, obj, sym::__setattr__, &args)
                .unwrap()
                .map(drop)
        }
        Value::Class(c) => classes::class_setattr(ip, c, name, v),
        Value::Exception(e) => match name.as_str() {
            "__cause__" | "__context__" | "__suppress_context__" | "args" | "__traceback__" => {
                set_exception_attr(ip, e, name, v)
            }
            "__class__" => crate::eval::class_assign::set_object_class(ip, obj, v),
            _ if e.class.user => {
                classes::instance_setattr(ip, obj, name, v)?;
                Ok(())
            }
            _ => {
                e.attrs.set(name, v);
                Ok(())
            }
        },
        Value::Module(_) | Value::Function(_) if name == sym::__class__ => {
            crate::eval::class_assign::set_object_class(ip, obj, v)
        }
        Value::Module(m) => {
            let class = m.class.borrow().clone();
            if let Some(cls) = class {
                return classes::module_subclass_setattr(ip, obj, m, &cls, name, v);
            }
            m.set(name, v);
            crate::eval::dynamic::module_attr_changed(ip, m, name)
        }
        Value::Function(f) => crate::runtime::function_attrs::setattr(ip, f, name, v),
        Value::Descr(d)
            if name == sym::__doc__
                && matches!(&**d, crate::runtime::instance::Descr::Property { .. }) =>
        {
            if let crate::runtime::instance::Descr::Property { doc, .. } = &**d {
                doc.replace(v);
            }
            Ok(())
        }
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::Partial(_)) => {
            let crate::stdlib::Native::Partial(p) = &o.kind else {
                unreachable!()
            };
            crate::stdlib::functools::partial_setattr(ip, p, name, Some(v))
        }
        Value::Native(o)
            if matches!(
                o.kind,
                crate::stdlib::Native::Aio(crate::aio::objects::AioObj::Loop(_))
            ) && crate::aio::api::loop_setattr(ip, name, &v)? =>
        {
            Ok(())
        }
        Value::Native(o) if matches!(&o.kind, crate::stdlib::Native::WeakRef(w) if w.proxy) => {
            let crate::stdlib::Native::WeakRef(w) = &o.kind else {
                unreachable!()
            };
            setattr(
                ip,
                &crate::stdlib::weakref::proxied(ip, w).unwrap()?,
                name,
                v,
            )
        }
        _ if name == sym::__class__ => crate::eval::class_assign::set_object_class(ip, obj, v),
        _ => Err(ip.err(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{}'",
                type_name(ip, obj),
                name
            ),
        )),
    }
}

/// What `Iter::next_parts` gave.
pub enum NextItem {
    Done,
    /// The item's parts, in the vector given.
    Parts,
    Whole(Value),
}

/// Iteration over a value: fast forms for the builtin sequences, without allocating an
/// iterator object.
/// One step of `iter(func, sentinel)`: `func()`, or None when it returns the sentinel or
/// raises StopIteration.
pub fn call_until_sentinel(ip: &Interp, func: &Value, sentinel: &Value) -> PyResult<Option<Value>> {
    let v = match crate::eval::call::call_value(ip, func, &mut crate::eval::call::Args::new(), &[])
    {
        Ok(v) => v,
        Err(e) if e.is_instance(ip.exc_class(ExcKind::StopIteration)) => return Ok(None),
        Err(e) => return Err(e),
    };
    if v.is(sentinel) || equals(ip, &v, sentinel)? {
        return Ok(None);
    }
    Ok(Some(v))
}

pub enum Iter {
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    List {
        list: Rc<crate::runtime::value::PyList>,
        i: usize,
    },
    Tuple {
        tuple: Rc<crate::runtime::value::PyTuple>,
        i: usize,
    },
    /// `reversed(list)`: the list itself, walked from index `i` down (it sees item
    /// assignments and stops early when the list shrinks under it, as CPython's
    /// `list_reverseiterator`). The list is let go once the iterator is exhausted.
    ListRev {
        list: Option<Rc<crate::runtime::value::PyList>>,
        i: i64,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Bytes {
        b: Rc<crate::runtime::value::PyBytes>,
        i: usize,
    },
    /// A dict's keys, values or items, by position; a change of size while iterating is
    /// CPython's RuntimeError.
    Dict(dict::DictIter),
    /// A set's items by slot; a change of size while iterating is CPython's RuntimeError.
    Set {
        set: Rc<crate::runtime::set::PySet>,
        pos: usize,
        used: usize,
    },
    /// A generator: each item is one resumption.
    Gen(Rc<crate::runtime::coroutine::Coroutine>),
    /// An iterator object: iterating it advances it.
    Obj(Rc<crate::runtime::iterators::IterObj>),
    Enumerate {
        inner: Box<Iter>,
        n: i64,
    },
    Zip(Vec<Iter>),
    Map {
        func: Value,
        inners: Vec<Iter>,
    },
    Filter {
        func: Value,
        inner: Box<Iter>,
    },
    /// A user object with `__next__`.
    User(Value),
    /// `iter(callable, sentinel)`: what the callable returns until it returns the sentinel
    /// (`func` is None from then on).
    Call {
        func: Option<Value>,
        sentinel: Value,
    },
    /// Items collected up front (`reversed` of a list, …).
    Items {
        items: Vec<Value>,
        i: usize,
    },
    /// A natively written standard iterator (`itertools.count`, a deque's iterator, …).
    Std(Box<dyn crate::stdlib::NativeIter>),
}

impl Iter {
    /// Reports what the iterator holds, for the collector (a natively written one holds
    /// nothing it can see).
    pub fn traverse(&self, v: &mut crate::runtime::gc::Visit) {
        match self {
            Iter::List { list, .. } => v.rc(list),
            Iter::Tuple { tuple, .. } => v.rc(tuple),
            Iter::ListRev { list, .. } => {
                if let Some(l) = list {
                    v.rc(l)
                }
            }
            Iter::Dict(d) => v.rc(&d.view.dict),
            Iter::Set { set, .. } => v.rc(set),
            Iter::Gen(g) => v.rc(g),
            Iter::Obj(o) => v.rc(o),
            Iter::Enumerate { inner, .. } => inner.traverse(v),
            Iter::Zip(inners) => inners.iter().for_each(|i| i.traverse(v)),
            Iter::Map { func, inners } => {
                v.value(func);
                inners.iter().for_each(|i| i.traverse(v));
            }
            Iter::Filter { func, inner } => {
                v.value(func);
                inner.traverse(v);
            }
            Iter::User(x) => v.value(x),
            Iter::Call { func, sentinel } => {
                if let Some(f) = func {
                    v.value(f);
                }
                v.value(sentinel);
            }
            Iter::Items { items, .. } => v.values(items.iter()),
            Iter::Range { .. } | Iter::Str { .. } | Iter::Bytes { .. } | Iter::Std(_) => {}
        }
    }

    #[inline]
    pub fn next_value(&mut self) -> Option<Value> {
        match self {
            Iter::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    // Past i64 is past the stop: the iteration ends there.
                    *next = next.checked_add(*step).unwrap_or(*stop);
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            Iter::List { list, i } => {
                let items = list.items.borrow();
                let v = items.get(*i).cloned();
                *i += 1;
                v
            }
            Iter::Tuple { tuple, i } => {
                let v = tuple.items.get(*i).cloned();
                *i += 1;
                v
            }
            Iter::ListRev { list, i } => {
                let v = list.as_ref().and_then(|l| {
                    let items = l.items.borrow();
                    usize::try_from(*i)
                        .ok()
                        .and_then(|at| items.get(at).cloned())
                });
                if v.is_some() {
                    *i -= 1;
                } else {
                    *i = -1;
                    *list = None;
                }
                v
            }
            Iter::Str { s, byte } => {
                // Past the end, `byte` is usize::MAX: the iterator is exhausted for good.
                let Some(rest) = s.s.get(*byte..).filter(|r| !r.is_empty()) else {
                    *byte = usize::MAX;
                    return None;
                };
                let c = rest.chars().next()?;
                let n = c.len_utf8();
                *byte += n;
                Some(Value::one_char(&rest[..n]))
            }
            Iter::Bytes { b, i } => {
                let v = b.b.get(*i).map(|x| Value::Int(*x as i64));
                *i += 1;
                v
            }
            Iter::Set { set, pos, .. } => set.next_at(pos),
            _ => None,
        }
    }

    /// How many items a `reversed(list)` has left: none once its list is shorter than the
    /// index it is at.
    pub fn rev_left(&self) -> usize {
        match self {
            Iter::ListRev { list: Some(l), i } => {
                let left = (*i + 1).max(0) as usize;
                if l.items.borrow().len() < left {
                    0
                } else {
                    left
                }
            }
            _ => 0,
        }
    }

    /// Whether each item would be a tuple of `n` parts that the iterator itself makes
    /// (`enumerate`, `zip`, a dict's items): a target of `n` names takes the parts from
    /// `next_parts` without the tuple being made, which nothing else could see.
    pub fn splits_into(&self, n: usize) -> bool {
        match self {
            Iter::Enumerate { .. } => n == 2,
            Iter::Zip(its) => its.len() == n,
            Iter::Dict(d) => n == 2 && d.view.kind == ViewKind::Items,
            Iter::Obj(o) => o.it.try_borrow().is_ok_and(|it| it.splits_into(n)),
            _ => false,
        }
    }

    /// The next item: its parts pushed onto the empty `out` when the iterator makes them
    /// apart (see `splits_into`), else whole.
    pub fn next_parts(
        &mut self,
        ip: &Interp,
        out: &mut smallvec::SmallVec<[Value; 4]>,
    ) -> PyResult<NextItem> {
        match self {
            Iter::Enumerate { inner, n } => match inner.next_checked(ip)? {
                Some(v) => {
                    out.push(Value::Int(*n));
                    out.push(v);
                    *n += 1;
                    Ok(NextItem::Parts)
                }
                None => Ok(NextItem::Done),
            },
            Iter::Zip(its) if !its.is_empty() => {
                for it in its.iter_mut() {
                    match it.next_checked(ip)? {
                        Some(v) => out.push(v),
                        None => {
                            out.clear();
                            return Ok(NextItem::Done);
                        }
                    }
                }
                Ok(NextItem::Parts)
            }
            Iter::Dict(d) if d.view.kind == ViewKind::Items => match d.next_entry(ip)? {
                Some((k, v)) => {
                    out.push(k);
                    out.push(v);
                    Ok(NextItem::Parts)
                }
                None => Ok(NextItem::Done),
            },
            // As `IterObj::next`: the object stays borrowed while it steps.
            Iter::Obj(o) => match o.it.try_borrow_mut() {
                Ok(mut it)
                    if matches!(*it, Iter::Enumerate { .. } | Iter::Zip(_) | Iter::Dict(_)) =>
                {
                    it.next_parts(ip, out)
                }
                Ok(it) => {
                    drop(it);
                    Ok(o.next(ip)?.map_or(NextItem::Done, NextItem::Whole))
                }
                Err(_) => Err(ip.err(ExcKind::ValueError, "generator already executing")),
            },
            _ => Ok(self
                .next_checked(ip)?
                .map_or(NextItem::Done, NextItem::Whole)),
        }
    }

    /// How many items are left, where that is known without running anything (a range, a list
    /// or a tuple); 0 otherwise.
    pub fn known_len(&self) -> usize {
        match self {
            Iter::Range { next, stop, step } => {
                let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
                let n = if step > 0 && next < stop {
                    (stop - next + step - 1) / step
                } else if step < 0 && next > stop {
                    (next - stop - step - 1) / -step
                } else {
                    0
                };
                usize::try_from(n).unwrap_or(usize::MAX)
            }
            Iter::List { list, i } => list.items.borrow().len().saturating_sub(*i),
            Iter::Tuple { tuple, i } => tuple.items.len().saturating_sub(*i),
            Iter::ListRev { .. } => self.rev_left(),
            _ => 0,
        }
    }

    /// `next_checked` with the step of a `range`, the commonest loop of all, inlined into the
    /// loop that calls it.
    #[inline(always)]
    pub fn next_fast(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        if let Iter::Range { next, stop, step } = self {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                // Past i64 is past the stop: the iteration ends there.
                *next = next.checked_add(*step).unwrap_or(*stop);
                return Ok(Some(Value::Int(v)));
            }
            return Ok(None);
        }
        if let Iter::List { list, i } = self {
            let v = list
                .items
                .borrow()
                .get(*i)
                .map(crate::eval::sync::clone_value);
            *i += 1;
            return Ok(v);
        }
        self.next_checked(ip)
    }

    /// The next item (None when exhausted). Generators resume, mapped functions are called,
    /// and a dict that changed size under the iteration is CPython's RuntimeError.
    pub fn next_checked(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        match self {
            Iter::Dict(d) => d.next(ip),
            Iter::Set { set, used, .. } => {
                if set.len() != *used {
                    *used = usize::MAX;
                    return Err(ip.err(ExcKind::RuntimeError, "Set changed size during iteration"));
                }
                Ok(self.next_value())
            }
            Iter::Gen(g) => crate::runtime::iterators::gen_resume(ip, g, None, None),
            Iter::Obj(o) => o.next(ip),
            Iter::Enumerate { inner, n } => match inner.next_checked(ip)? {
                Some(v) => {
                    let i = *n;
                    *n += 1;
                    Ok(Some(Value::tuple(vec![Value::Int(i), v])))
                }
                None => Ok(None),
            },
            Iter::Zip(its) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for it in its.iter_mut() {
                    match it.next_checked(ip)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            Iter::Map { func, inners } => {
                let mut args = crate::eval::call::Args::new();
                for it in inners.iter_mut() {
                    match it.next_checked(ip)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                let func = func.clone();
                match crate::eval::call::call_value(ip, &func, &mut args, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => ip.end_iteration(e),
                }
            }
            Iter::Call { func, sentinel } => {
                let Some(f) = func.clone() else {
                    return Ok(None);
                };
                let r = call_until_sentinel(ip, &f, &sentinel.clone())?;
                if r.is_none() {
                    *func = None;
                }
                Ok(r)
            }
            Iter::Filter { func, inner } => loop {
                let Some(v) = inner.next_checked(ip)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    truthy(ip, &v)?
                } else {
                    let mut args = crate::eval::call::Args::new();
                    args.push(v.clone());
                    let func = func.clone();
                    let r = match crate::eval::call::call_value(ip, &func, &mut args, &[]) {
                        Ok(r) => r,
                        Err(e) => return ip.end_iteration(e),
                    };
                    truthy(ip, &r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Iter::Items { items, i } => {
                let v = items.get(*i).cloned();
                *i += 1;
                Ok(v)
            }
            Iter::User(obj) => classes::user_next(ip, obj),
            Iter::Std(s) => s.next(ip).or_else(|e| ip.end_iteration(e)),

            _ => Ok(self.next_value()),
        }
    }
}

pub fn iter(ip: &Interp, v: &Value) -> PyResult<Iter> {
    Ok(match v {
        Value::Range(r) => crate::runtime::range::iter(r),
        Value::List(l) => Iter::List {
            list: l.clone(),
            i: 0,
        },
        Value::Tuple(t) => Iter::Tuple {
            tuple: t.clone(),
            i: 0,
        },
        Value::Str(s) => Iter::Str {
            s: s.clone(),
            byte: 0,
        },
        Value::Bytes(b) => Iter::Bytes { b: b.clone(), i: 0 },
        Value::Dict(d) => Iter::Dict(dict::DictIter::new(d.clone(), ViewKind::Keys)),
        Value::Generator(g) => Iter::Gen(g.clone()),
        Value::Iterator(o) => Iter::Obj(o.clone()),
        Value::Set(s) | Value::FrozenSet(s) => Iter::Set {
            set: s.clone(),
            pos: 0,
            used: s.len(),
        },
        Value::DictView(v) => Iter::Dict(dict::DictIter::new(v.dict.clone(), v.kind)),
        Value::Instance(_) if classes::user_method(v, crate::intern::sym::__iter__).is_some() => {
            let it = classes::call_dunder(ip, v, crate::intern::sym::__iter__, &[]).unwrap()?;
            return match &it {
                Value::Instance(_) => {
                    if classes::user_method(&it, crate::intern::sym::__next__).is_none() {
                        return Err(ip.err(
                            ExcKind::TypeError,
                            format!(
                                "iter() returned non-iterator of type '{}'",
                                type_name(ip, &it)
                            ),
                        ));
                    }
                    Ok(Iter::User(it))
                }
                Value::Generator(_) | Value::Iterator(_) => iter(ip, &it),
                _ => Err(ip.err(
                    ExcKind::TypeError,
                    format!(
                        "iter() returned non-iterator of type '{}'",
                        type_name(ip, &it)
                    ),
                )),
            };
        }
        Value::Instance(i)
            if i.base.is_some()
                && classes::user_method(v, crate::intern::sym::__iter__).is_none() =>
        {
            // A subclass of a builtin iterator type with its own `__next__`: its steps.
            if i.class.kind == crate::runtime::object::ClassKind::Iterator
                && classes::user_method(v, crate::intern::sym::__next__).is_some()
            {
                return Ok(Iter::User(v.clone()));
            }
            return iter(ip, i.base.as_ref().unwrap());
        }
        Value::Class(_) if classes::meta_method(v, sym::__iter__).is_some() => {
            let it = classes::call_meta_dunder(ip, v, sym::__iter__, &[]).unwrap()?;
            return iter(ip, &it);
        }
        Value::Instance(_)
            if classes::user_method(v, crate::intern::sym::__getitem__).is_some() =>
        {
            Iter::Std(Box::new(crate::runtime::iterators::SeqIter::new(v.clone())))
        }
        Value::Native(o) => crate::stdlib::iter(ip, o)?,

        _ => {
            return Err(ip.err(
                ExcKind::TypeError,
                format!("'{}' object is not iterable", type_name(ip, v)),
            ))
        }
    })
}

/// Collects an iterable into a vector.
pub fn collect(ip: &Interp, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => {
            let mut it = iter(ip, v)?;
            // Room for what the iterator is known to hold, at once (CPython's length hint):
            // MemoryError now rather than after filling memory.
            let mut out = crate::runtime::grow::vec_with_capacity(ip, it.known_len())?;
            while let Some(x) = it.next_checked(ip)? {
                crate::runtime::grow::push(ip, &mut out, x)?;
            }
            Ok(out)
        }
    }
}
