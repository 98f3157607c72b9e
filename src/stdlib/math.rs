//! The `math` module: CPython's functions with its results and its error messages.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::builtins::clinic_args;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::std_fns;
use crate::syntax::ast::BinOp;

fn domain(ip: &Interp) -> Exc {
    ip.err(ExcKind::ValueError, "math domain error")
}

fn range_err(ip: &Interp) -> Exc {
    ip.err(ExcKind::OverflowError, "math range error")
}

/// A real number argument as a float, with CPython's messages.
pub fn to_f64(ip: &Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => numbers::bigint_to_f64(ip, b),
        other => ip.type_error(format!(
            "must be real number, not {}",
            ops::type_name(ip, other)
        )),
    }
}

/// An integer argument (int or bool), with CPython's message for others.
fn to_int(ip: &Interp, v: &Value) -> PyResult<BigInt> {
    match numbers::as_bigint(v) {
        Some(b) => Ok(b),
        None => Err(super::not_int(ip, v)),
    }
}

/// The argument check of a one-argument function, with CPython's messages (`math.sqrt() takes
/// exactly one argument (0 given)`).
fn one(ip: &Interp, name: &str, args: &[Value], kw: &Kwargs) -> PyResult<()> {
    check_args(ip, &format!("math.{}", name), args, kw, 1, 1)
}

/// No keyword arguments, with CPython's message.
fn no_kw(ip: &Interp, name: &str, kw: &Kwargs) -> PyResult<()> {
    if !kw.is_empty() {
        return ip.type_error(format!("math.{}() takes no keyword arguments", name));
    }
    Ok(())
}

/// One float in, one float out, as CPython's `math_1`: a NaN from a non-NaN is a domain error,
/// an infinity from a finite number a range error (or a domain error).
fn math_1(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    one(ip, name, args, kw)?;
    let x = to_f64(ip, &args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(ip));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(ip)
        } else {
            domain(ip)
        });
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($($fname:ident = $name:literal, $f:expr, $ovf:expr;)*) => {
        $(fn $fname(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
            math_1(ip, $name, args, kw, $f, $ovf)
        })*
    };
}

unary! {
    m_sin = "sin", f64::sin, false;
    m_cos = "cos", f64::cos, false;
    m_tan = "tan", f64::tan, false;
    m_asin = "asin", f64::asin, false;
    m_acos = "acos", f64::acos, false;
    m_atan = "atan", f64::atan, false;
    m_sinh = "sinh", f64::sinh, true;
    m_cosh = "cosh", f64::cosh, true;
    m_tanh = "tanh", f64::tanh, false;
    m_asinh = "asinh", f64::asinh, false;
    m_acosh = "acosh", f64::acosh, false;
    m_atanh = "atanh", f64::atanh, false;
    m_exp = "exp", f64::exp, true;
    m_exp2 = "exp2", f64::exp2, true;
    m_expm1 = "expm1", f64::exp_m1, true;
    m_log1p = "log1p", f64::ln_1p, false;
    m_fabs = "fabs", f64::abs, false;
    m_degrees = "degrees", f64::to_degrees, true;
    m_radians = "radians", f64::to_radians, false;
    m_cbrt = "cbrt", f64::cbrt, false;
}

fn m_sqrt(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "sqrt", args, kw)?;
    let x = to_f64(ip, &args[0])?;
    if x < 0.0 {
        return Err(domain(ip));
    }
    Ok(Value::float(x.sqrt()))
}

/// The natural log of a positive int of any size (CPython's `loghelper`).
fn log_of(ip: &Interp, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain(ip));
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // x = m * 2**e with m in [0.5, 1), as CPython's _PyLong_Frexp.
        let bits = b.bits();
        let shift = bits - 60;
        let m = (&**b >> shift).to_f64().unwrap_or(1.0) / 2f64.powi(60);
        return Ok(f(m) + f(2.0) * bits as f64);
    }
    let x = to_f64(ip, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(ip));
    }
    Ok(f(x))
}

fn m_log(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    no_kw(ip, "log", kw)?;
    if args.is_empty() || args.len() > 2 {
        return ip.type_error("math.log requires 1 to 2 arguments");
    }
    let num = log_of(ip, &args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::float(num)),
        Some(b) => {
            let den = log_of(ip, b, f64::ln)?;
            if den == 0.0 {
                return Err(ip.err(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn m_log2(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "log2", args, kw)?;
    Ok(Value::float(log_of(ip, &args[0], f64::log2)?))
}

fn m_log10(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "log10", args, kw)?;
    Ok(Value::float(log_of(ip, &args[0], f64::log10)?))
}

/// floor/ceil/trunc: ints stay as they are, floats become ints.
fn round_with(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    one(ip, name, args, kw)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => numbers::float_to_int(ip, f(x.get())),
        other => {
            if name == "trunc" {
                ip.type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    ops::type_name(ip, other)
                ))
            } else {
                ip.type_error(format!(
                    "must be real number, not {}",
                    ops::type_name(ip, other)
                ))
            }
        }
    }
}

fn m_floor(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    round_with(ip, "floor", args, kw, f64::floor)
}
fn m_ceil(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    round_with(ip, "ceil", args, kw, f64::ceil)
}
fn m_trunc(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    round_with(ip, "trunc", args, kw, f64::trunc)
}

fn m_factorial(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "factorial", args, kw)?;
    let n = to_int(ip, &args[0])?;
    if n.is_negative() {
        return Err(ip.err(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_u64() else {
        return Err(ip.err(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    if n > 200_000 {
        return Err(crate::eval::sync::not_yet(
            ip,
            "math.factorial() of numbers this large",
        ));
    }
    Ok(Value::from_bigint(product_range(1, n)))
}

/// lo * (lo+1) * … * hi, split in halves so the big multiplications stay balanced.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..=hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn m_gcd(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("math.gcd() takes no keyword arguments");
    }
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&to_int(ip, a)?);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("math.lcm() takes no keyword arguments");
    }
    let mut l = BigInt::one();
    for a in args {
        let x = to_int(ip, a)?;
        l = if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(Value::from_bigint(l))
}

fn m_isqrt(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "isqrt", args, kw)?;
    let n = to_int(ip, &args[0])?;
    if n.is_negative() {
        return Err(ip.err(ExcKind::ValueError, "isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn nonneg_k(ip: &Interp, v: &Value, what: &str) -> PyResult<BigInt> {
    let x = to_int(ip, v)?;
    if x.is_negative() {
        return Err(ip.err(
            ExcKind::ValueError,
            format!("{} must be a non-negative integer", what),
        ));
    }
    Ok(x)
}

fn m_comb(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "comb", args, kw, 2, 2)?;
    let n = nonneg_k(ip, &args[0], "n")?;
    let k = nonneg_k(ip, &args[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= 1_000_000) else {
        return Err(ip.err(
            ExcKind::OverflowError,
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn m_perm(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "perm", args, kw, 1, 2)?;
    let n = nonneg_k(ip, &args[0], "n")?;
    let k = match args.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => nonneg_k(ip, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= 1_000_000) else {
        return Err(ip.err(
            ExcKind::OverflowError,
            "k must not exceed 9223372036854775807",
        ));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn m_prod(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [start] = crate::aio::take_kwargs(ip, "prod", kw, ["start"])?;
    if args.len() != 1 {
        return ip.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        ));
    }
    let mut acc = start.unwrap_or(Value::Int(1));
    let mut it = ops::iter(ip, &args[0])?;
    while let Some(x) = it.next_checked(ip)? {
        acc = ops::binary_op(ip, BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

/// `fsum`: Shewchuk's exact summation of partials, as CPython's `math_fsum`.
fn m_fsum(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "fsum", args, kw)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    let mut it = ops::iter(ip, &args[0])?;
    while let Some(v) = it.next_checked(ip)? {
        let mut x = to_f64(ip, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(ip.err(ExcKind::OverflowError, "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(ip.err(ExcKind::ValueError, "-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn m_pow(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "pow", args, kw, 2, 2)?;
    let x = to_f64(ip, &args[0])?;
    let y = to_f64(ip, &args[1])?;
    if x.is_finite() && y.is_finite() {
        if x == 0.0 && y < 0.0 {
            return Err(domain(ip));
        }
        if x < 0.0 && y.fract() != 0.0 {
            return Err(domain(ip));
        }
        let r = x.powf(y);
        if r.is_infinite() {
            return Err(range_err(ip));
        }
        return Ok(Value::float(r));
    }
    Ok(Value::float(x.powf(y)))
}

fn m_atan2(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "atan2", args, kw, 2, 2)?;
    let y = to_f64(ip, &args[0])?;
    let x = to_f64(ip, &args[1])?;
    Ok(Value::float(y.atan2(x)))
}

fn hypot_of(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    let sum: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * sum.sqrt()
}

fn m_hypot(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("math.hypot() takes no keyword arguments");
    }
    let xs = args
        .iter()
        .map(|a| to_f64(ip, a))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::float(hypot_of(&xs)))
}

fn m_dist(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "dist", args, kw, 2, 2)?;
    let seq = |v: &Value| -> PyResult<Vec<f64>> {
        ops::collect(ip, v)?.iter().map(|x| to_f64(ip, x)).collect()
    };
    let p = seq(&args[0])?;
    let q = seq(&args[1])?;
    if p.len() != q.len() {
        return Err(ip.err(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let d: Vec<f64> = p.iter().zip(q.iter()).map(|(a, b)| a - b).collect();
    Ok(Value::float(hypot_of(&d)))
}

fn m_isclose(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [a, b, rel, abs] = clinic_args(
        ip,
        "isclose",
        args,
        kw,
        ["a", "b", "rel_tol", "abs_tol"],
        2,
        2,
    )?;
    let (Some(a), Some(b)) = (a, b) else {
        return ip.type_error("isclose() missing required argument");
    };
    if args.len() > 2 {
        return ip.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        ));
    }
    let a = to_f64(ip, &a)?;
    let b = to_f64(ip, &b)?;
    let rel = match rel {
        Some(v) => to_f64(ip, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => to_f64(ip, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(ip.err(ExcKind::ValueError, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        (diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || (diff <= abs),
    ))
}

fn pred(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    f: fn(f64) -> bool,
) -> PyResult<Value> {
    one(ip, name, args, kw)?;
    Ok(Value::bool(f(to_f64(ip, &args[0])?)))
}
fn m_isfinite(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    pred(ip, "isfinite", args, kw, f64::is_finite)
}
fn m_isinf(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    pred(ip, "isinf", args, kw, f64::is_infinite)
}
fn m_isnan(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    pred(ip, "isnan", args, kw, f64::is_nan)
}

fn m_copysign(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "copysign", args, kw, 2, 2)?;
    let x = to_f64(ip, &args[0])?;
    let y = to_f64(ip, &args[1])?;
    Ok(Value::float(x.copysign(y)))
}

fn m_fmod(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "fmod", args, kw, 2, 2)?;
    let x = to_f64(ip, &args[0])?;
    let y = to_f64(ip, &args[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(ip));
    }
    Ok(Value::float(r))
}

fn m_remainder(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "remainder", args, kw, 2, 2)?;
    let x = to_f64(ip, &args[0])?;
    let y = to_f64(ip, &args[1])?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(ip));
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    let n = (x / y).round();
    // Ties go to the even quotient, as IEEE 754 remainder does.
    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 {
        2.0 * ((x / y) / 2.0).round()
    } else {
        n
    };
    Ok(Value::float(x - n * y))
}

fn m_modf(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "modf", args, kw)?;
    let x = to_f64(ip, &args[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::float(0.0f64.copysign(x)),
            Value::float(x),
        ]));
    }
    let t = x.trunc();
    Ok(Value::tuple(vec![
        Value::float((x - t).copysign(x)),
        Value::float(t),
    ]))
}

fn m_frexp(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "frexp", args, kw)?;
    let x = to_f64(ip, &args[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::float(x), Value::Int(0)]));
    }
    let (mut m, mut e) = (x, 0i64);
    // Scale subnormals up first so the exponent bits are meaningful.
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(54);
        e -= 54;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let mant = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    Ok(Value::tuple(vec![Value::float(mant), Value::Int(e + exp)]))
}

fn m_ldexp(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "ldexp", args, kw, 2, 2)?;
    let x = to_f64(ip, &args[0])?;
    let e = match &args[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => {
            if b.is_negative() {
                -100_000
            } else {
                100_000
            }
        }
        _ => {
            return ip.type_error("Expected an int as second argument to ldexp.");
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let e = e.clamp(-100_000, 100_000) as i32;
    // Two steps, so an exponent past the f64 range of 2**e still scales correctly.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() {
        return Err(range_err(ip));
    }
    Ok(Value::float(r))
}

/// The next float after `x` towards `y` (C's `nextafter`).
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_nextafter(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "nextafter", args, kw, 2, 2)?;
    let x = to_f64(ip, &args[0])?;
    let y = to_f64(ip, &args[1])?;
    Ok(Value::float(next_after(x, y)))
}

fn m_ulp(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    one(ip, "ulp", args, kw)?;
    let x = to_f64(ip, &args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        // x is the largest float: the gap below it.
        return Ok(Value::float(x - next_after(x, 0.0)));
    }
    Ok(Value::float(next - x))
}

std_fns! { None;
    NEXTAFTER = "nextafter" => m_nextafter,
    ULP = "ulp" => m_ulp,
    SQRT = "sqrt" => m_sqrt,
    EXP = "exp" => m_exp,
    EXP2 = "exp2" => m_exp2,
    EXPM1 = "expm1" => m_expm1,
    LOG = "log" => m_log,
    LOG2 = "log2" => m_log2,
    LOG10 = "log10" => m_log10,
    LOG1P = "log1p" => m_log1p,
    POW = "pow" => m_pow,
    SIN = "sin" => m_sin,
    COS = "cos" => m_cos,
    TAN = "tan" => m_tan,
    ASIN = "asin" => m_asin,
    ACOS = "acos" => m_acos,
    ATAN = "atan" => m_atan,
    ATAN2 = "atan2" => m_atan2,
    SINH = "sinh" => m_sinh,
    COSH = "cosh" => m_cosh,
    TANH = "tanh" => m_tanh,
    ASINH = "asinh" => m_asinh,
    ACOSH = "acosh" => m_acosh,
    ATANH = "atanh" => m_atanh,
    FABS = "fabs" => m_fabs,
    CBRT = "cbrt" => m_cbrt,
    DEGREES = "degrees" => m_degrees,
    RADIANS = "radians" => m_radians,
    FLOOR = "floor" => m_floor,
    CEIL = "ceil" => m_ceil,
    TRUNC = "trunc" => m_trunc,
    FACTORIAL = "factorial" => m_factorial,
    GCD = "gcd" => m_gcd,
    LCM = "lcm" => m_lcm,
    ISQRT = "isqrt" => m_isqrt,
    COMB = "comb" => m_comb,
    PERM = "perm" => m_perm,
    PROD = "prod" => m_prod,
    FSUM = "fsum" => m_fsum,
    HYPOT = "hypot" => m_hypot,
    DIST = "dist" => m_dist,
    ISCLOSE = "isclose" => m_isclose,
    ISFINITE = "isfinite" => m_isfinite,
    ISINF = "isinf" => m_isinf,
    ISNAN = "isnan" => m_isnan,
    COPYSIGN = "copysign" => m_copysign,
    FMOD = "fmod" => m_fmod,
    REMAINDER = "remainder" => m_remainder,
    MODF = "modf" => m_modf,
    FREXP = "frexp" => m_frexp,
    LDEXP = "ldexp" => m_ldexp,
}

pub fn make_module(_ip: &Interp) -> Rc<ModuleObj> {
    let m = ModuleObj::new(intern("math"), None);
    super::add_fns(
        &m,
        &[
            &SQRT, &EXP, &EXP2, &EXPM1, &LOG, &LOG2, &LOG10, &LOG1P, &POW, &SIN, &COS, &TAN, &ASIN,
            &ACOS, &ATAN, &ATAN2, &SINH, &COSH, &TANH, &ASINH, &ACOSH, &ATANH, &FABS, &CBRT,
            &DEGREES, &RADIANS, &FLOOR, &CEIL, &TRUNC, &FACTORIAL, &GCD, &LCM, &ISQRT, &COMB,
            &PERM, &PROD, &FSUM, &HYPOT, &DIST, &ISCLOSE, &ISFINITE, &ISINF, &ISNAN, &COPYSIGN,
            &FMOD, &REMAINDER, &MODF, &FREXP, &LDEXP, &NEXTAFTER, &ULP,
        ],
    );
    let set = |name: &str, v: Value| m.set(intern(name), v);
    set("pi", Value::float(std::f64::consts::PI));
    set("e", Value::float(std::f64::consts::E));
    set("tau", Value::float(std::f64::consts::TAU));
    set("inf", Value::float(f64::INFINITY));
    set("nan", Value::float(f64::NAN));
    m
}
