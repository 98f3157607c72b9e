//! The `cmath` module, to CPython 3.11's results: the finite arguments by the algorithms
//! CPython uses (scaled square roots and logarithms that keep precision at the ends of the
//! float range, Kahan's formulas for the inverse functions), the arguments with an infinite
//! or NaN part from tables of special values read from python3 (`cmath_special.rs`).
//! The trigonometric functions are the hyperbolic ones turned a quarter: `sin(z) = -i sinh(iz)`.

use std::f64::consts::{LN_2, PI};
use std::rc::Rc;

use super::cmath_special as table;
use super::math::c_asinh as c_asinh_real;
use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::complex::{self, Cx, C};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

/// An entry of a table of special values.
#[derive(Clone, Copy)]
pub enum Special {
    Value(f64, f64),
    /// CPython raises `ValueError: math domain error`.
    Domain,
    /// The answer depends on the finite part: the function works it out.
    Computed,
}

/// Why a function has no answer: C's `EDOM` and `ERANGE`.
enum Fail {
    Domain,
    Range,
}

type Res = Result<C, Fail>;

fn fail(ip: &Interp, f: Fail) -> Exc {
    match f {
        Fail::Domain => ip.err(ExcKind::ValueError, "math domain error"),
        Fail::Range => ip.err(ExcKind::OverflowError, "math range error"),
    }
}

const INF: f64 = f64::INFINITY;
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// The class of a part, the index into a table of special values.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x == INF {
        5
    } else if x == -INF {
        0
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The table's answer for an argument with an infinite or NaN part; None for finite
/// arguments and for the entries the function computes.
fn special(t: &[[Special; 7]; 7], z: C) -> Option<Res> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    match t[class(z.0)][class(z.1)] {
        Special::Value(re, im) => Some(Ok((re, im))),
        Special::Domain => Some(Err(Fail::Domain)),
        Special::Computed => None,
    }
}

/// `i z`.
fn times_i(z: C) -> C {
    (-z.1, z.0)
}

/// `-i z`.
fn times_minus_i(z: C) -> C {
    (z.1, -z.0)
}

fn c_sqrt(z: C) -> C {
    if let Some(Ok(r)) = special(&table::SQRT, z) {
        return r;
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

/// `log|z|` for a part beyond LARGE_DOUBLE: halved first so that hypot does not overflow.
fn log_of_large(z: C) -> f64 {
    (z.0 / 2.0).hypot(z.1 / 2.0).ln() + 2.0 * LN_2
}

fn sqrt_of(z: C) -> Res {
    Ok(c_sqrt(z))
}

fn c_acos(z: C) -> Res {
    if let Some(r) = special(&table::ACOS, z) {
        return r;
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let re = z.1.abs().atan2(z.0);
        let im = if z.0 < 0.0 {
            -log_of_large(z).copysign(z.1)
        } else {
            log_of_large(z).copysign(-z.1)
        };
        return Ok((re, im));
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1));
    let s2 = c_sqrt((1.0 + z.0, z.1));
    Ok((
        2.0 * s1.0.atan2(s2.0),
        c_asinh_real(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

fn c_acosh(z: C) -> Res {
    if let Some(r) = special(&table::ACOSH, z) {
        return r;
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        return Ok((log_of_large(z), z.1.atan2(z.0)));
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1));
    let s2 = c_sqrt((z.0 + 1.0, z.1));
    Ok((
        c_asinh_real(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    ))
}

fn c_asinh(z: C) -> Res {
    if let Some(r) = special(&table::ASINH, z) {
        return r;
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let re = if z.1 >= 0.0 {
            log_of_large(z).copysign(z.0)
        } else {
            -log_of_large(z).copysign(-z.0)
        };
        return Ok((re, z.1.atan2(z.0.abs())));
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0));
    let s2 = c_sqrt((1.0 - z.1, z.0));
    Ok((
        c_asinh_real(s1.0 * s2.1 - s2.0 * s1.1),
        z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

fn c_asin(z: C) -> Res {
    c_asinh(times_i(z)).map(times_minus_i)
}

fn c_atanh(z: C) -> Res {
    if let Some(r) = special(&table::ATANH, z) {
        return r;
    }
    // atanh is odd: work in the right half-plane.
    if z.0 < 0.0 {
        return c_atanh((-z.0, -z.1)).map(|r| (-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return Ok((z.0 / 4.0 / h / h, -(PI / 2.0).copysign(-z.1)));
    }
    if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return Ok((re, (2f64.atan2(-ay) / 2.0).copysign(z.1)));
    }
    let re = (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
    Ok((re, im))
}

fn c_atan(z: C) -> Res {
    c_atanh(times_i(z)).map(times_minus_i)
}

/// A result with an infinite part from finite arguments overflowed.
fn checked(r: C) -> Res {
    if r.0.is_infinite() || r.1.is_infinite() {
        Err(Fail::Range)
    } else {
        Ok(r)
    }
}

fn c_cosh(z: C) -> Res {
    if let Some(r) = special(&table::COSH, z) {
        return r;
    }
    if z.0.is_infinite() {
        // An infinite real part, a finite non-zero imaginary one.
        let (c, s) = (z.1.cos(), z.1.sin());
        let im = INF.copysign(s);
        return Ok((INF.copysign(c), if z.0 > 0.0 { im } else { -im }));
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (
            z.1.cos() * x1.cosh() * std::f64::consts::E,
            z.1.sin() * x1.sinh() * std::f64::consts::E,
        )
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    checked(r)
}

fn c_cos(z: C) -> Res {
    c_cosh(times_i(z))
}

fn c_sinh(z: C) -> Res {
    if let Some(r) = special(&table::SINH, z) {
        return r;
    }
    if z.0.is_infinite() {
        let (c, s) = (z.1.cos(), z.1.sin());
        let re = INF.copysign(c);
        return Ok((if z.0 > 0.0 { re } else { -re }, INF.copysign(s)));
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (
            z.1.cos() * x1.sinh() * std::f64::consts::E,
            z.1.sin() * x1.cosh() * std::f64::consts::E,
        )
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    checked(r)
}

fn c_sin(z: C) -> Res {
    c_sinh(times_i(z)).map(times_minus_i)
}

fn c_tanh(z: C) -> Res {
    if let Some(r) = special(&table::TANH, z) {
        return r;
    }
    if z.0.is_infinite() {
        let im = 0f64.copysign(2.0 * z.1.sin() * z.1.cos());
        return Ok((1f64.copysign(z.0), im));
    }
    if z.0.abs() > log_large_double() {
        let im = 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp();
        return Ok((1f64.copysign(z.0), im));
    }
    let (tx, ty, cx) = (z.0.tanh(), z.1.tan(), 1.0 / z.0.cosh());
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn c_tan(z: C) -> Res {
    c_tanh(times_i(z)).map(times_minus_i)
}

fn c_exp(z: C) -> Res {
    if let Some(r) = special(&table::EXP, z) {
        return r;
    }
    let (c, s) = (z.1.cos(), z.1.sin());
    if z.0.is_infinite() {
        let big = if z.0 > 0.0 { INF } else { 0.0 };
        return Ok((big.copysign(c), big.copysign(s)));
    }
    let r = if z.0 > log_large_double() {
        let l = (z.0 - 1.0).exp();
        (l * c * std::f64::consts::E, l * s * std::f64::consts::E)
    } else {
        let l = z.0.exp();
        (l * c, l * s)
    };
    checked(r)
}

/// The natural logarithm, and whether it failed (C's errno) as CPython's `c_log` leaves it:
/// `log(0)` is `-inf` with a domain error.
fn c_log(z: C) -> (C, Option<Fail>) {
    if let Some(r) = special(&table::LOG, z) {
        return match r {
            Ok(r) => (r, None),
            Err(f) => ((f64::NAN, f64::NAN), Some(f)),
        };
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return ((-INF, z.1.atan2(z.0)), Some(Fail::Domain));
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), None)
}

fn c_rect(r: f64, phi: f64) -> Res {
    if let Some(res) = special(&table::RECT, (r, phi)) {
        return res;
    }
    if r.is_infinite() {
        // An infinite modulus, a finite non-zero angle.
        let (c, s) = (INF.copysign(phi.cos()), INF.copysign(phi.sin()));
        return Ok(if r > 0.0 { (c, s) } else { (-c, -s) });
    }
    if phi == 0.0 {
        return Ok((r, r * phi));
    }
    Ok((r * phi.cos(), r * phi.sin()))
}

fn answer(ip: &Interp, r: Res) -> PyResult<Value> {
    let (re, im) = r.map_err(|f| fail(ip, f))?;
    Ok(complex::value(re, im))
}

macro_rules! unary {
    ($($name:ident = $sig:literal, $f:expr;)*) => {
        $(
            #[function(cmath, $sig)]
            fn $name(ip: &Interp, z: Cx) -> PyResult<Value> {
                answer(ip, $f(z.0))
            }
        )*
    };
}

unary! {
    acos = "acos(z, /)", c_acos;
    acosh = "acosh(z, /)", c_acosh;
    asin = "asin(z, /)", c_asin;
    asinh = "asinh(z, /)", c_asinh;
    atan = "atan(z, /)", c_atan;
    atanh = "atanh(z, /)", c_atanh;
    cos = "cos(z, /)", c_cos;
    cosh = "cosh(z, /)", c_cosh;
    sin = "sin(z, /)", c_sin;
    sinh = "sinh(z, /)", c_sinh;
    tan = "tan(z, /)", c_tan;
    tanh = "tanh(z, /)", c_tanh;
    exp = "exp(z, /)", c_exp;
    sqrt = "sqrt(z, /)", sqrt_of;
}

#[function(cmath, "log(x, base=None, /)")]
fn log(ip: &Interp, x: Cx, base: Option<&Value>) -> PyResult<Value> {
    let base = match base {
        None => None,
        Some(b) => Some(match complex::to_complex(ip, b)? {
            Some(c) => c,
            None => complex::complex_protocol(ip, b)?,
        }),
    };
    // As CPython: the failure that counts is the last one met, and the base's logarithm
    // clears the argument's.
    let (mut r, mut failed) = c_log(x.0);
    if let Some(b) = base {
        let (lb, fb) = c_log(b);
        failed = fb;
        match complex::quot(r, lb) {
            Some(q) => r = q,
            None => failed = Some(Fail::Domain),
        }
    }
    answer(ip, failed.map_or(Ok(r), Err))
}

#[function(cmath, "log10(z, /)")]
fn log10(ip: &Interp, z: Cx) -> PyResult<Value> {
    let (r, failed) = c_log(z.0);
    let ln10 = std::f64::consts::LN_10;
    answer(ip, failed.map_or(Ok((r.0 / ln10, r.1 / ln10)), Err))
}

/// The argument of `z`, failing as C's `atan2` does where CPython sees it: a result that
/// underflows to zero from a non-zero finite quotient is a range error.
fn c_phase(ip: &Interp, z: C) -> PyResult<f64> {
    let phi = z.1.atan2(z.0);
    if phi == 0.0 && z.1 != 0.0 && z.0.is_finite() {
        return Err(fail(ip, Fail::Range));
    }
    Ok(phi)
}

#[function(cmath, "phase(z, /)")]
fn phase(ip: &Interp, z: Cx) -> PyResult<f64> {
    c_phase(ip, z.0)
}

#[function(cmath, "polar(z, /)")]
fn polar(ip: &Interp, z: Cx) -> PyResult<Value> {
    let z = z.0;
    // The modulus's failure replaces the angle's, as in CPython.
    let phi = z.1.atan2(z.0);
    let r = if z.0.is_nan() && !z.1.is_infinite() || z.1.is_nan() && !z.0.is_infinite() {
        f64::NAN
    } else {
        complex::abs(ip, z).map_err(|_| fail(ip, Fail::Range))?
    };
    Ok(Value::tuple(vec![Value::float(r), Value::float(phi)]))
}

#[function(cmath, "rect(r, phi, /)")]
fn rect(ip: &Interp, r: f64, phi: f64) -> PyResult<Value> {
    answer(ip, c_rect(r, phi))
}

#[function(cmath, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)")]
fn isclose(ip: &Interp, a: Cx, b: Cx, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(ip.err(ExcKind::ValueError, "tolerances must be non-negative"));
    }
    let (a, b) = (a.0, b.0);
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(true);
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(false);
    }
    let diff = complex::abs(ip, (a.0 - b.0, a.1 - b.1))?;
    Ok(diff <= rel_tol * complex::abs(ip, b)?
        || diff <= rel_tol * complex::abs(ip, a)?
        || diff <= abs_tol)
}

#[function(cmath, "isnan(z, /)")]
fn isnan(_ip: &Interp, z: Cx) -> PyResult<bool> {
    Ok(z.0 .0.is_nan() || z.0 .1.is_nan())
}

#[function(cmath, "isinf(z, /)")]
fn isinf(_ip: &Interp, z: Cx) -> PyResult<bool> {
    Ok(z.0 .0.is_infinite() || z.0 .1.is_infinite())
}

#[function(cmath, "isfinite(z, /)")]
fn isfinite(_ip: &Interp, z: Cx) -> PyResult<bool> {
    Ok(z.0 .0.is_finite() && z.0 .1.is_finite())
}

pub fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    super::add_declared(m, "cmath");
    let set = |name: &str, v: Value| m.set(intern(name), v);
    set("pi", Value::float(PI));
    set("e", Value::float(std::f64::consts::E));
    set("tau", Value::float(std::f64::consts::TAU));
    set("inf", Value::float(INF));
    set("nan", Value::float(f64::NAN));
    set("infj", complex::value(0.0, INF));
    set("nanj", complex::value(0.0, f64::NAN));
    Ok(())
}

crate::native_module!("cmath", init);
