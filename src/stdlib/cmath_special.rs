//! What CPython 3.11's cmath answers for arguments with an infinite or NaN part, by
//! class of the real part (rows) and of the imaginary part (columns): -inf, negative,
//! -0.0, +0.0, positive, +inf, nan. Written by scripts/gen-cmath-special from python3:
//! do not edit by hand.

// The values are python3's, written as its repr writes them (pi among them).
#![allow(clippy::approx_constant)]

use super::cmath::Special::{self, Computed as C, Domain as D, Value as V};

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

#[rustfmt::skip]
pub const ACOS: [[Special; 7]; 7] = [
    [V(2.356194490192345, INF), V(3.141592653589793, INF), V(3.141592653589793, INF), V(3.141592653589793, -INF), V(3.141592653589793, -INF), V(2.356194490192345, -INF), V(NAN, INF)],
    [V(1.5707963267948966, INF), C, C, C, C, V(1.5707963267948966, -INF), V(NAN, NAN)],
    [V(1.5707963267948966, INF), C, C, C, C, V(1.5707963267948966, -INF), V(1.5707963267948966, NAN)],
    [V(1.5707963267948966, INF), C, C, C, C, V(1.5707963267948966, -INF), V(1.5707963267948966, NAN)],
    [V(1.5707963267948966, INF), C, C, C, C, V(1.5707963267948966, -INF), V(NAN, NAN)],
    [V(0.7853981633974483, INF), V(0.0, INF), V(0.0, INF), V(0.0, -INF), V(0.0, -INF), V(0.7853981633974483, -INF), V(NAN, INF)],
    [V(NAN, INF), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, -INF), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const ACOSH: [[Special; 7]; 7] = [
    [V(INF, -2.356194490192345), V(INF, -3.141592653589793), V(INF, -3.141592653589793), V(INF, 3.141592653589793), V(INF, 3.141592653589793), V(INF, 2.356194490192345), V(INF, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -0.7853981633974483), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, 0.7853981633974483), V(INF, NAN)],
    [V(INF, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const ASINH: [[Special; 7]; 7] = [
    [V(-INF, -0.7853981633974483), V(-INF, -0.0), V(-INF, -0.0), V(-INF, 0.0), V(-INF, 0.0), V(-INF, 0.7853981633974483), V(-INF, NAN)],
    [V(-INF, -1.5707963267948966), C, C, C, C, V(-INF, 1.5707963267948966), V(NAN, NAN)],
    [V(-INF, -1.5707963267948966), C, C, C, C, V(-INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -0.7853981633974483), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, 0.7853981633974483), V(INF, NAN)],
    [V(INF, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const ATANH: [[Special; 7]; 7] = [
    [V(-0.0, -1.5707963267948966), V(-0.0, -1.5707963267948966), V(-0.0, -1.5707963267948966), V(-0.0, 1.5707963267948966), V(-0.0, 1.5707963267948966), V(-0.0, 1.5707963267948966), V(-0.0, NAN)],
    [V(-0.0, -1.5707963267948966), C, C, C, C, V(-0.0, 1.5707963267948966), V(NAN, NAN)],
    [V(-0.0, -1.5707963267948966), C, C, C, C, V(-0.0, 1.5707963267948966), V(-0.0, NAN)],
    [V(0.0, -1.5707963267948966), C, C, C, C, V(0.0, 1.5707963267948966), V(0.0, NAN)],
    [V(0.0, -1.5707963267948966), C, C, C, C, V(0.0, 1.5707963267948966), V(NAN, NAN)],
    [V(0.0, -1.5707963267948966), V(0.0, -1.5707963267948966), V(0.0, -1.5707963267948966), V(0.0, 1.5707963267948966), V(0.0, 1.5707963267948966), V(0.0, 1.5707963267948966), V(0.0, NAN)],
    [V(0.0, -1.5707963267948966), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(0.0, 1.5707963267948966), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const COSH: [[Special; 7]; 7] = [
    [D, C, V(INF, 0.0), V(INF, -0.0), C, D, V(INF, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, C, C, C, D, V(NAN, 0.0)],
    [D, C, C, C, C, D, V(NAN, 0.0)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, V(INF, -0.0), V(INF, 0.0), C, D, V(INF, NAN)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, 0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const EXP: [[Special; 7]; 7] = [
    [V(0.0, 0.0), C, V(0.0, -0.0), V(0.0, 0.0), C, V(0.0, 0.0), V(0.0, 0.0)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, V(INF, -0.0), V(INF, 0.0), C, D, V(INF, NAN)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const LOG: [[Special; 7]; 7] = [
    [V(INF, -2.356194490192345), V(INF, -3.141592653589793), V(INF, -3.141592653589793), V(INF, 3.141592653589793), V(INF, 3.141592653589793), V(INF, 2.356194490192345), V(INF, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -1.5707963267948966), C, C, C, C, V(INF, 1.5707963267948966), V(NAN, NAN)],
    [V(INF, -0.7853981633974483), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, 0.7853981633974483), V(INF, NAN)],
    [V(INF, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const SINH: [[Special; 7]; 7] = [
    [D, C, V(-INF, -0.0), V(-INF, 0.0), C, D, V(INF, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, C, C, C, D, V(0.0, NAN)],
    [D, C, C, C, C, D, V(0.0, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, V(INF, -0.0), V(INF, 0.0), C, D, V(INF, NAN)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const SQRT: [[Special; 7]; 7] = [
    [V(INF, -INF), V(0.0, -INF), V(0.0, -INF), V(0.0, INF), V(0.0, INF), V(INF, INF), V(NAN, INF)],
    [V(INF, -INF), C, C, C, C, V(INF, INF), V(NAN, NAN)],
    [V(INF, -INF), C, C, C, C, V(INF, INF), V(NAN, NAN)],
    [V(INF, -INF), C, C, C, C, V(INF, INF), V(NAN, NAN)],
    [V(INF, -INF), C, C, C, C, V(INF, INF), V(NAN, NAN)],
    [V(INF, -INF), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, INF), V(INF, NAN)],
    [V(INF, -INF), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, INF), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const TANH: [[Special; 7]; 7] = [
    [V(-1.0, 0.0), C, V(-1.0, -0.0), V(-1.0, 0.0), C, V(-1.0, 0.0), V(-1.0, 0.0)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [V(1.0, 0.0), C, V(1.0, -0.0), V(1.0, 0.0), C, V(1.0, 0.0), V(1.0, 0.0)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

#[rustfmt::skip]
pub const RECT: [[Special; 7]; 7] = [
    [D, C, V(-INF, 0.0), V(-INF, -0.0), C, D, V(INF, NAN)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [V(0.0, 0.0), C, C, C, C, V(0.0, 0.0), V(0.0, 0.0)],
    [V(0.0, 0.0), C, C, C, C, V(0.0, 0.0), V(0.0, 0.0)],
    [D, C, C, C, C, D, V(NAN, NAN)],
    [D, C, V(INF, -0.0), V(INF, 0.0), C, D, V(INF, NAN)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, 0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];
