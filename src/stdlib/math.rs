//! The `math` module: CPython's functions with its results and its error messages.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::syntax::ast::BinOp;
use corun_macros::function;

pub(super) fn domain(ip: &Interp) -> Exc {
    ip.err(ExcKind::ValueError, "math domain error")
}

pub(super) fn range_err(ip: &Interp) -> Exc {
    ip.err(ExcKind::OverflowError, "math range error")
}

/// A real number argument as a float, with CPython's messages.
pub fn to_f64(ip: &Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => numbers::bigint_to_f64(ip, b),
        Value::Instance(i) if i.base.is_some() => match crate::eval::classes::value_base(v) {
            b @ (Value::Float(_) | Value::Int(_) | Value::BigInt(_)) => to_f64(ip, b),
            _ => float_protocol(ip, v),
        },
        Value::Instance(_) => float_protocol(ip, v),
        other => ip.type_error(format!(
            "must be real number, not {}",
            ops::type_name(ip, other)
        )),
    }
}

/// A user object as a float, as CPython's `PyFloat_AsDouble`: its `__float__`, else its
/// `__index__`.
fn float_protocol(ip: &Interp, v: &Value) -> PyResult<f64> {
    if let Some(r) = crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__float__, &[]) {
        let r = r?;
        return match crate::eval::classes::value_base(&r) {
            Value::Float(f) => Ok(f.get()),
            _ => ip.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                ops::type_name(ip, v),
                ops::type_name(ip, &r)
            )),
        };
    }
    if crate::eval::classes::user_method(v, crate::intern::sym::__index__).is_some() {
        let n = numbers::index(ip, v)?;
        return numbers::bigint_to_f64(ip, &n);
    }
    ip.type_error(format!(
        "must be real number, not {}",
        ops::type_name(ip, v)
    ))
}

/// An integer argument (int or bool), with CPython's message for others.
fn to_int(ip: &Interp, v: &Value) -> PyResult<BigInt> {
    match numbers::as_bigint(v) {
        Some(b) => Ok(b),
        None => Err(super::not_int(ip, v)),
    }
}

/// One float in, one float out, as CPython's `math_1`: a NaN from a non-NaN is a domain error,
/// an infinity from a finite number a range error (or a domain error).
fn math_1(ip: &Interp, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
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
    Ok(r)
}

/// The functions of one float that `math_1` checks.
macro_rules! unary {
    ($($fname:ident = $sig:literal, $f:expr, $ovf:expr;)*) => {
        $(#[function(math, $sig)]
        fn $fname(ip: &Interp, x: f64) -> PyResult<f64> {
            math_1(ip, x, $f, $ovf)
        })*
    };
}

unary! {
    sin = "sin(x, /)", f64::sin, false;
    cos = "cos(x, /)", f64::cos, false;
    tan = "tan(x, /)", f64::tan, false;
    asin = "asin(x, /)", f64::asin, false;
    acos = "acos(x, /)", f64::acos, false;
    atan = "atan(x, /)", f64::atan, false;
    sinh = "sinh(x, /)", f64::sinh, true;
    cosh = "cosh(x, /)", f64::cosh, true;
    tanh = "tanh(x, /)", f64::tanh, false;
    asinh = "asinh(x, /)", c_asinh, false;
    acosh = "acosh(x, /)", c_acosh, false;
    atanh = "atanh(x, /)", c_atanh, false;
    exp = "exp(x, /)", f64::exp, true;
    exp2 = "exp2(x, /)", f64::exp2, true;
    expm1 = "expm1(x, /)", f64::exp_m1, true;
    log1p = "log1p(x, /)", f64::ln_1p, false;
    fabs = "fabs(x, /)", f64::abs, false;
    degrees = "degrees(x, /)", f64::to_degrees, true;
    radians = "radians(x, /)", f64::to_radians, false;
    cbrt = "cbrt(x, /)", f64::cbrt, false;
    erf = "erf(x, /)", c_erf, false;
    erfc = "erfc(x, /)", c_erfc, false;
}

// The C library's error functions, which are CPython's too (Rust's std has none), and its
// inverse hyperbolic functions (Rust's std computes its own, which differ in the last bit).
mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
    }
}

/// The C library's `asinh`, CPython's (cmath's formulas use it too).
pub(crate) fn c_asinh(x: f64) -> f64 {
    // SAFETY: a pure function of one double in the C math library std links already.
    unsafe { libm::asinh(x) }
}

fn c_acosh(x: f64) -> f64 {
    // SAFETY: as `c_asinh`.
    unsafe { libm::acosh(x) }
}

fn c_atanh(x: f64) -> f64 {
    // SAFETY: as `c_asinh`.
    unsafe { libm::atanh(x) }
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure function of one double in the C math library std links already.
    unsafe { libm::erf(x) }
}

fn c_erfc(x: f64) -> f64 {
    // SAFETY: as `c_erf`.
    unsafe { libm::erfc(x) }
}

#[function(math, "sqrt(x, /)")]
fn sqrt(ip: &Interp, x: f64) -> PyResult<f64> {
    if x < 0.0 {
        return Err(domain(ip));
    }
    Ok(x.sqrt())
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

/// `log(x[, base])`: CPython checks its own argument count.
#[function(math, "log(*args)", style = tuple)]
fn log(ip: &Interp, args: &[Value]) -> PyResult<Value> {
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

#[function(math, "log2(x, /)")]
fn log2(ip: &Interp, x: &Value) -> PyResult<f64> {
    log_of(ip, x, f64::log2)
}

#[function(math, "log10(x, /)")]
fn log10(ip: &Interp, x: &Value) -> PyResult<f64> {
    log_of(ip, x, f64::log10)
}

/// floor/ceil/trunc: ints stay as they are, floats become ints.
fn round_with(ip: &Interp, name: &str, x: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => numbers::float_to_int(ip, f(x.get())),
        // A class of the program rounds itself (`fractions.Fraction.__floor__`).
        other @ Value::Instance(_)
            if crate::eval::classes::user_method(other, intern(&format!("__{name}__")))
                .is_some() =>
        {
            let m = ops::getattr(ip, other, intern(&format!("__{name}__")))?;
            super::call_with(ip, &m, &[])
        }
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

#[function(math, "floor(x, /)")]
fn floor(ip: &Interp, x: &Value) -> PyResult<Value> {
    round_with(ip, "floor", x, f64::floor)
}

#[function(math, "ceil(x, /)")]
fn ceil(ip: &Interp, x: &Value) -> PyResult<Value> {
    round_with(ip, "ceil", x, f64::ceil)
}

#[function(math, "trunc(x, /)")]
fn trunc(ip: &Interp, x: &Value) -> PyResult<Value> {
    round_with(ip, "trunc", x, f64::trunc)
}

#[function(math, "factorial(n, /)")]
fn factorial(ip: &Interp, n: &Value) -> PyResult<Value> {
    let n = to_int(ip, n)?;
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

#[function(math, "gcd(*integers)")]
fn gcd(ip: &Interp, args: &[Value]) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&to_int(ip, a)?);
    }
    Ok(Value::from_bigint(g))
}

#[function(math, "lcm(*integers)")]
fn lcm(ip: &Interp, args: &[Value]) -> PyResult<Value> {
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

#[function(math, "isqrt(n, /)")]
fn isqrt(ip: &Interp, n: &Value) -> PyResult<Value> {
    let n = to_int(ip, n)?;
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

#[function(math, "comb(n, k, /)")]
fn comb(ip: &Interp, n: &Value, k: &Value) -> PyResult<Value> {
    let n = nonneg_k(ip, n, "n")?;
    let k = nonneg_k(ip, k, "k")?;
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

#[function(math, "perm(n, k=None, /)")]
fn perm(ip: &Interp, n: &Value, k: Option<&Value>) -> PyResult<Value> {
    let n = nonneg_k(ip, n, "n")?;
    let k = match k {
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

#[function(math, "prod(iterable, /, *, start=1)")]
fn prod(ip: &Interp, iterable: &Value, start: Option<Value>) -> PyResult<Value> {
    let mut acc = start.unwrap_or(Value::Int(1));
    let mut it = ops::iter(ip, iterable)?;
    while let Some(x) = it.next_checked(ip)? {
        acc = ops::binary_op(ip, BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

/// `fsum`: Shewchuk's exact summation of partials, as CPython's `math_fsum`.
#[function(math, "fsum(seq, /)")]
fn fsum(ip: &Interp, seq: &Value) -> PyResult<Value> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    let mut it = ops::iter(ip, seq)?;
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

#[function(math, "pow(x, y, /)")]
fn pow(ip: &Interp, x: f64, y: f64) -> PyResult<Value> {
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

#[function(math, "atan2(y, x, /)")]
fn atan2(_ip: &Interp, y: f64, x: f64) -> PyResult<f64> {
    Ok(y.atan2(x))
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

#[function(math, "hypot(*coordinates)")]
fn hypot(ip: &Interp, args: &[Value]) -> PyResult<Value> {
    let xs = args
        .iter()
        .map(|a| to_f64(ip, a))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::float(hypot_of(&xs)))
}

#[function(math, "dist(p, q, /)")]
fn dist(ip: &Interp, p: &Value, q: &Value) -> PyResult<Value> {
    let seq = |v: &Value| -> PyResult<Vec<f64>> {
        ops::collect(ip, v)?.iter().map(|x| to_f64(ip, x)).collect()
    };
    let p = seq(p)?;
    let q = seq(q)?;
    if p.len() != q.len() {
        return Err(ip.err(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let d: Vec<f64> = p.iter().zip(q.iter()).map(|(a, b)| a - b).collect();
    Ok(Value::float(hypot_of(&d)))
}

#[function(math, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)")]
fn isclose(ip: &Interp, a: f64, b: f64, rel: f64, abs: f64) -> PyResult<Value> {
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

#[function(math, "isfinite(x, /)")]
fn isfinite(_ip: &Interp, x: f64) -> PyResult<bool> {
    Ok(x.is_finite())
}

#[function(math, "isinf(x, /)")]
fn isinf(_ip: &Interp, x: f64) -> PyResult<bool> {
    Ok(x.is_infinite())
}

#[function(math, "isnan(x, /)")]
fn isnan(_ip: &Interp, x: f64) -> PyResult<bool> {
    Ok(x.is_nan())
}

#[function(math, "copysign(x, y, /)")]
fn copysign(_ip: &Interp, x: f64, y: f64) -> PyResult<f64> {
    Ok(x.copysign(y))
}

#[function(math, "fmod(x, y, /)")]
fn fmod(ip: &Interp, x: f64, y: f64) -> PyResult<Value> {
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(ip));
    }
    Ok(Value::float(r))
}

#[function(math, "remainder(x, y, /)")]
fn remainder(ip: &Interp, x: f64, y: f64) -> PyResult<Value> {
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

#[function(math, "modf(x, /)")]
fn modf(_ip: &Interp, x: f64) -> PyResult<Value> {
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

#[function(math, "frexp(x, /)")]
fn frexp(_ip: &Interp, x: f64) -> PyResult<Value> {
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

#[function(math, "ldexp(x, i, /)")]
fn ldexp(ip: &Interp, x: f64, i: &Value) -> PyResult<Value> {
    let e = match i {
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

#[function(math, "nextafter(x, y, /)")]
fn nextafter(_ip: &Interp, x: f64, y: f64) -> PyResult<f64> {
    Ok(next_after(x, y))
}

#[function(math, "ulp(x, /)")]
fn ulp(_ip: &Interp, x: f64) -> PyResult<Value> {
    let x = x.abs();
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

pub fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    super::add_declared(m, "math");
    let set = |name: &str, v: Value| m.set(intern(name), v);
    set("pi", Value::float(std::f64::consts::PI));
    set("e", Value::float(std::f64::consts::E));
    set("tau", Value::float(std::f64::consts::TAU));
    set("inf", Value::float(f64::INFINITY));
    set("nan", Value::float(f64::NAN));
    Ok(())
}

crate::native_module!("math", init);
