//! `math.gamma` and `math.lgamma`, computed as CPython computes them (its own Lanczos
//! approximation, not the C library's `tgamma`/`lgamma`), so that every result is CPython's to
//! the last bit.
//!
//! For x > 0: the Lanczos approximation with N = 13 and g = 6.024680040776729583740234375,
//! its sum taken as a rational function (in 1/x past 5, against overflow), with a correction
//! for the rounding of x + g - 0.5. For x < 0: the reflection formula, with sin(pi*x) taken
//! exactly at integers and half-integers.

use corun_macros::function;

use super::math::{domain, range_err};
use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;

const PI: f64 = std::f64::consts::PI;
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

const LANCZOS_N: usize = 13;
// g and g - 1/2 are exact binary fractions, written in full.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator's coefficients: x(x+1)…(x+11) expanded.
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum for x > 0.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi*x) for finite x, exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // sin(pi*(1-y)) rather than -sin(pi*(y-1)), which gives -0.0 at y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Γ(x) of a finite x that is neither 0 nor a negative integer.
fn gamma_of(x: f64) -> f64 {
    if x == x.floor() && x <= 23.0 {
        // (x-1)! exactly.
        return (1..x as i64).fold(1.0, |acc, k| acc * k as f64);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / sin_pi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the result by.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    r
}

/// log|Γ(x)| of a finite x that is not an integer <= 0.
fn lgamma_of(x: f64) -> f64 {
    if x == x.floor() && x <= 2.0 {
        return 0.0;
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    r
}

fn nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

#[function(math, "gamma(x, /)")]
fn gamma(ip: &Interp, x: f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x == f64::NEG_INFINITY || nonpositive_integer(x) {
        return Err(domain(ip));
    }
    let r = gamma_of(x);
    if r.is_infinite() {
        return Err(range_err(ip));
    }
    Ok(r)
}

#[function(math, "lgamma(x, /)")]
fn lgamma(ip: &Interp, x: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if nonpositive_integer(x) {
        return Err(domain(ip));
    }
    let r = lgamma_of(x);
    if r.is_infinite() {
        return Err(range_err(ip));
    }
    Ok(r)
}
