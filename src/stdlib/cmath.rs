//! The `cmath` module: CPython's algorithms for finite arguments (scaled square roots and
//! logarithms that keep precision at the ends of the float range). CPython answers infinite
//! and NaN parts from tables of special values; corun does not have them yet and says so.

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::complex::{self, Cx, C};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

fn domain(ip: &Interp) -> Exc {
    ip.err(ExcKind::ValueError, "math domain error")
}

fn range_err(ip: &Interp) -> Exc {
    ip.err(ExcKind::OverflowError, "math range error")
}

/// The arguments the special-value tables answer for.
fn finite_only(ip: &Interp, name: &str, z: C) -> PyResult<()> {
    if z.0.is_finite() && z.1.is_finite() {
        return Ok(());
    }
    Err(crate::eval::sync::not_yet(
        ip,
        &format!("cmath.{name} of an infinite or NaN complex number"),
    ))
}

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

#[function(cmath, "sqrt(z, /)")]
fn sqrt(ip: &Interp, z: Cx) -> PyResult<Value> {
    let z = z.0;
    finite_only(ip, "sqrt", z)?;
    if z.0 == 0.0 && z.1 == 0.0 {
        return Ok(complex::value(0.0, z.1));
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
    Ok(if z.0 >= 0.0 {
        complex::value(s, d.copysign(z.1))
    } else {
        complex::value(d, s.copysign(z.1))
    })
}

#[function(cmath, "exp(z, /)")]
fn exp(ip: &Interp, z: Cx) -> PyResult<Value> {
    let z = z.0;
    finite_only(ip, "exp", z)?;
    let (re, im) = if z.0 > LARGE_DOUBLE.ln() {
        let l = (z.0 - 1.0).exp();
        (
            l * z.1.cos() * std::f64::consts::E,
            l * z.1.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    if re.is_infinite() || im.is_infinite() {
        return Err(range_err(ip));
    }
    Ok(complex::value(re, im))
}

/// The natural logarithm; None for 0 (a domain error).
fn c_log(z: C) -> Option<C> {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + std::f64::consts::LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * std::f64::consts::LN_2
        } else {
            return None;
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
    Some((re, z.1.atan2(z.0)))
}

#[function(cmath, "log(x, base=None, /)")]
fn log(ip: &Interp, x: Cx, base: Option<&Value>) -> PyResult<Value> {
    let base = match base {
        None => None,
        Some(b) => match complex::to_complex(ip, b)? {
            Some(c) => Some(Cx(c)),
            None => Some(Cx(complex::complex_protocol(ip, b)?)),
        },
    };
    finite_only(ip, "log", x.0)?;
    let lx = c_log(x.0).ok_or_else(|| domain(ip))?;
    let r = match base {
        None => lx,
        Some(b) => {
            finite_only(ip, "log", b.0)?;
            let lb = c_log(b.0).ok_or_else(|| domain(ip))?;
            complex::quot(lx, lb).ok_or_else(|| domain(ip))?
        }
    };
    Ok(complex::value(r.0, r.1))
}

#[function(cmath, "log10(z, /)")]
fn log10(ip: &Interp, z: Cx) -> PyResult<Value> {
    finite_only(ip, "log10", z.0)?;
    let r = c_log(z.0).ok_or_else(|| domain(ip))?;
    let ln10 = std::f64::consts::LN_10;
    Ok(complex::value(r.0 / ln10, r.1 / ln10))
}

#[function(cmath, "phase(z, /)")]
fn phase(_ip: &Interp, z: Cx) -> PyResult<f64> {
    Ok(z.0 .1.atan2(z.0 .0))
}

#[function(cmath, "polar(z, /)")]
fn polar(ip: &Interp, z: Cx) -> PyResult<Value> {
    let z = z.0;
    let r = complex::abs(ip, z).map_err(|_| range_err(ip))?;
    Ok(Value::tuple(vec![
        Value::float(r),
        Value::float(z.1.atan2(z.0)),
    ]))
}

#[function(cmath, "rect(r, phi, /)")]
fn rect(ip: &Interp, r: f64, phi: f64) -> PyResult<Value> {
    finite_only(ip, "rect", (r, phi))?;
    if phi == 0.0 {
        return Ok(complex::value(r, r * phi));
    }
    Ok(complex::value(r * phi.cos(), r * phi.sin()))
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
    set("pi", Value::float(std::f64::consts::PI));
    set("e", Value::float(std::f64::consts::E));
    set("tau", Value::float(std::f64::consts::TAU));
    set("inf", Value::float(f64::INFINITY));
    set("nan", Value::float(f64::NAN));
    set("infj", complex::value(0.0, f64::INFINITY));
    set("nanj", complex::value(0.0, f64::NAN));
    Ok(())
}

crate::native_module!("cmath", init);
