//! Numbers as CPython 3.11 has them: parsing ints and floats from text, rounding, hashing,
//! `divmod`, three-argument `pow`, `hex`/`oct`/`bin`, and the methods of `int` and `float`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::eval::{ops, Interp};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::repr::{bytes_repr, str_repr};
use crate::runtime::value::Value;
use corun_macros::{classmethod, method};
use std::rc::Rc;

// ---- characters ----

/// `str.isspace()` for one character: Unicode White_Space plus the four separators U+001C..U+001F.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The first code point of every run of ten Unicode decimal digits (category Nd), Unicode 14.0
/// as Python 3.11 has it.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode decimal digit (`'٣'` is 3), as `unicodedata.decimal` gives it.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    if i == 0 {
        return None;
    }
    let d = c - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// What `int()` and `float()` do to text before parsing it: Unicode whitespace becomes a space,
/// Unicode decimal digits become ASCII digits; any other non-ASCII character makes the text
/// invalid (None).
pub(crate) fn to_ascii_number_text(s: &str) -> Option<String> {
    if s.is_ascii() {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if py_isspace(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            return None;
        }
    }
    Some(out)
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// ---- int() from text ----

/// CPython's default limit on the digits of an int converted from or to decimal text.
pub const MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// The limit now (`sys.set_int_max_str_digits`); 0 for none.
    static STR_DIGITS_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_STR_DIGITS) };
}

/// `sys.get_int_max_str_digits()`.
pub fn max_str_digits() -> usize {
    STR_DIGITS_LIMIT.with(|c| c.get())
}

/// `sys.set_int_max_str_digits(n)`: 0, or at least CPython's threshold of 640.
pub fn set_max_str_digits(ip: &Interp, n: i64) -> PyResult<()> {
    if n != 0 && n < 640 {
        return Err(ip.err(
            ExcKind::ValueError,
            "maxdigits must be 0 or larger than 640",
        ));
    }
    STR_DIGITS_LIMIT.with(|c| c.set(n as usize));
    Ok(())
}

/// The decimal text of a big int, or CPython's ValueError when it has more digits than the
/// limit allows.
pub fn bigint_decimal(ip: &Interp, b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    let too_long = || {
        ip.err(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ),
        )
    };
    // A first look from the bit length, before any work.
    if limit > 0 && (b.bits() as f64) * std::f64::consts::LOG10_2 > (limit + 1) as f64 {
        return Err(too_long());
    }
    let s = b.to_string();
    let digits = s.len() - usize::from(s.starts_with('-'));
    if limit > 0 && digits > limit {
        return Err(too_long());
    }
    Ok(s)
}

enum IntParseError {
    Invalid,
    TooLong(usize),
}

/// Parses ASCII text as `int(text, base)` does (base 0 = from the prefix, as in source code).
fn parse_int_ascii(s: &[u8], mut base: u32) -> Result<BigInt, IntParseError> {
    let mut i = 0;
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        negative = s[i] == b'-';
        i += 1;
    }
    let at = |k: usize| s.get(k).copied().unwrap_or(0);
    let mut error_if_nonzero = false;
    if base == 0 {
        if at(i) != b'0' {
            base = 10;
        } else {
            match at(i + 1) {
                b'x' | b'X' => base = 16,
                b'o' | b'O' => base = 8,
                b'b' | b'B' => base = 2,
                _ => {
                    // A C-style octal literal is invalid, unless it is zero.
                    error_if_nonzero = true;
                    base = 10;
                }
            }
        }
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            // One underscore is allowed after the prefix.
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }
    let digit = |b: u8| -> Option<u32> {
        let d = match b {
            b'0'..=b'9' => (b - b'0') as u32,
            b'a'..=b'z' => (b - b'a') as u32 + 10,
            b'A'..=b'Z' => (b - b'A') as u32 + 10,
            _ => return None,
        };
        (d < base).then_some(d)
    };
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev_underscore = false;
    while i < s.len() {
        let b = s[i];
        if b == b'_' {
            if prev_underscore {
                return Err(IntParseError::Invalid);
            }
            prev_underscore = true;
        } else if let Some(d) = digit(b) {
            digits.push(d as u8);
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore || i == start || digits.is_empty() {
        return Err(IntParseError::Invalid);
    }
    let limit = max_str_digits();
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(IntParseError::TooLong(digits.len()));
    }
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(IntParseError::Invalid);
    }
    let mag = BigUint::from_radix_be(&digits, base).ok_or(IntParseError::Invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(IntParseError::Invalid);
    }
    Ok(BigInt::from_biguint(
        if negative { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `%.200R`: a repr cut to at most 200 characters, as CPython's error messages quote input.
fn repr200(r: String) -> String {
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

fn int_parse_error(ip: &Interp, e: IntParseError, base: u32, quoted: String) -> Exc {
    match e {
        IntParseError::Invalid => ip.err(
            ExcKind::ValueError,
            format!(
                "invalid literal for int() with base {}: {}",
                base,
                repr200(quoted)
            ),
        ),
        IntParseError::TooLong(n) => ip.err(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
                 use sys.set_int_max_str_digits() to increase the limit",
                max_str_digits(),
                n
            ),
        ),
    }
}

/// `int(s, base)` for a str (base 0, or 2..=36).
pub fn int_from_str(ip: &Interp, s: &str, base: u32) -> PyResult<Value> {
    let parsed = match to_ascii_number_text(s) {
        Some(t) => parse_int_ascii(t.as_bytes(), base),
        None => Err(IntParseError::Invalid),
    };
    parsed
        .map(Value::from_bigint)
        .map_err(|e| int_parse_error(ip, e, base, str_repr(s)))
}

/// `int(b, base)` for bytes.
pub fn int_from_bytes_text(ip: &Interp, b: &[u8], base: u32) -> PyResult<Value> {
    parse_int_ascii(b, base)
        .map(Value::from_bigint)
        .map_err(|e| int_parse_error(ip, e, base, bytes_repr(b)))
}

// ---- float() from text ----

/// Removes underscores that stand between two digits; None when any other underscore is there.
fn strip_number_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev_ok = i > 0 && b[i - 1].is_ascii_digit();
            let next_ok = i + 1 < b.len() && b[i + 1].is_ascii_digit();
            if !(prev_ok && next_ok) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// Parses ASCII text as Python's float() does, or None.
fn parse_float_ascii(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
    let t = strip_number_underscores(t)?;
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let lower = body.to_ascii_lowercase();
    let sign = if neg { -1.0 } else { 1.0 };
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    // [digits][.digits][e[sign]digits], with at least one digit in the mantissa.
    let b = body.as_bytes();
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != b.len() {
        return None;
    }
    let x: f64 = body.parse().ok()?;
    Some(if neg { -x } else { x })
}

fn float_parse_error(ip: &Interp, quoted: String) -> Exc {
    ip.err(
        ExcKind::ValueError,
        format!("could not convert string to float: {}", quoted),
    )
}

/// `float(s)` for a str.
pub fn float_from_str(ip: &Interp, s: &str) -> PyResult<Value> {
    match to_ascii_number_text(s).and_then(|t| parse_float_ascii(&t)) {
        Some(x) => Ok(Value::float(x)),
        None => Err(float_parse_error(ip, str_repr(s))),
    }
}

/// `float(b)` for bytes.
pub fn float_from_bytes_text(ip: &Interp, b: &[u8]) -> PyResult<Value> {
    match std::str::from_utf8(b)
        .ok()
        .filter(|s| s.is_ascii())
        .and_then(parse_float_ascii)
    {
        Some(x) => Ok(Value::float(x)),
        None => Err(float_parse_error(ip, bytes_repr(b))),
    }
}

// ---- conversions ----

/// An int value (int or bool) as a BigInt, or None for other types.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Instance(i) if i.class.kind == crate::runtime::object::ClassKind::Int => {
            as_bigint(i.base.as_ref()?)
        }
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// `int` to `float`, with CPython's OverflowError.
pub fn bigint_to_f64(ip: &Interp, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(ip.err(ExcKind::OverflowError, "int too large to convert to float")),
    }
}

/// A number as a float (`float(x)` for int, bool and float), or None for other types.
pub fn num_to_f64(ip: &Interp, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(bigint_to_f64(ip, b)?),
        _ => None,
    })
}

/// A float truncated to an int, as `int(x)` does.
pub fn float_to_int(ip: &Interp, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(ip.err(ExcKind::ValueError, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(ip.err(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        Ok(Value::Int(t as i64))
    } else {
        Ok(Value::from_bigint(
            num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
        ))
    }
}

/// `operator.index(v)`: the int value of an int, a bool or an object with `__index__`, else
/// CPython's TypeError.
pub fn index(ip: &Interp, v: &Value) -> PyResult<BigInt> {
    match index_opt(ip, v)? {
        Some(b) => Ok(b),
        None => ip.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(ip, v)
        )),
    }
}

/// `operator.index(v)` for an int or an object with `__index__` (its result checked to be an
/// int); None for anything else.
pub fn index_opt(ip: &Interp, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = as_bigint(v) {
        return Ok(Some(b));
    }
    let Some(r) = crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__index__, &[])
    else {
        return Ok(None);
    };
    let r = r?;
    match as_bigint(&r) {
        Some(b) => Ok(Some(b)),
        None => ip.type_error(format!(
            "__index__ returned non-int (type {})",
            ops::type_name(ip, &r)
        )),
    }
}

/// `PyNumber_AsSsize_t(v, NULL)`: an index clipped to the i64 range.
pub fn index_clipped(ip: &Interp, v: &Value) -> PyResult<i64> {
    let b = index(ip, v)?;
    Ok(b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// `a / b` for ints, correctly rounded as CPython does it (no overflow for huge operands whose
/// quotient fits). None is CPython's OverflowError "integer division result too large for a
/// float"; `b` must not be zero.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    const MANT: u64 = 53;
    const MAX_EXP: i64 = 1024;
    const MIN_EXP: i64 = -1021;
    let negate = a.is_negative() != b.is_negative();
    let (a, b) = (a.magnitude(), b.magnitude());
    let sign = |x: f64| if negate { -x } else { x };
    if a.bits() <= MANT && b.bits() <= MANT {
        let (x, y) = (a.to_f64().unwrap_or(0.0), b.to_f64().unwrap_or(1.0));
        return Some(sign(x / y));
    }
    if a.is_zero() {
        return Some(sign(0.0));
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return None;
    }
    if diff < MIN_EXP - MANT as i64 - 1 {
        return Some(sign(0.0));
    }
    let shift = diff.max(MIN_EXP) - MANT as i64 - 2;
    let mut inexact = false;
    let x: BigUint = if shift <= 0 {
        a << ((-shift) as usize)
    } else {
        let mask = (BigUint::one() << (shift as usize)) - 1u32;
        if !(a & &mask).is_zero() {
            inexact = true;
        }
        a >> (shift as usize)
    };
    let (mut x, rem) = x.div_rem(b);
    if !rem.is_zero() {
        inexact = true;
    }
    let x_bits = x.bits() as i64;
    let extra = (x_bits.max(MIN_EXP - shift) - MANT as i64) as u32;
    let mask: u64 = 1 << (extra - 1);
    let low = (&x & BigUint::from(u64::MAX)).to_u64().unwrap_or(0) | inexact as u64;
    x >>= extra as usize;
    x <<= extra as usize;
    if (low & mask) != 0 && (low & (3 * mask - 1)) != 0 {
        x += BigUint::from(mask << 1);
    }
    // x has at most 53 significant bits now: the conversion is exact.
    let dx = x.to_f64().unwrap_or(f64::INFINITY);
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == 2f64.powi(x_bits as i32)) {
        return None;
    }
    Some(sign(ldexp(dx, shift as i32)))
}

/// `x * 2**e`, exact whenever the result is representable.
fn ldexp(x: f64, e: i32) -> f64 {
    let half = e / 2;
    x * 2f64.powi(half) * 2f64.powi(e - half)
}

/// Compares an int with a float exactly (None when the float is a NaN), as CPython does.
pub fn compare_int_float(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Less } else { Greater });
    }
    let fl = f.floor();
    let fi: BigInt = num_traits::FromPrimitive::from_f64(fl).unwrap_or_default();
    Some(match i.cmp(&fi) {
        Less => Less,
        Greater => Greater,
        Equal => {
            if f > fl {
                Less
            } else {
                Equal
            }
        }
    })
}

// ---- rounding ----

/// `round(x)` for a float: to the nearest int, ties to even.
pub fn round_float_to_int(ip: &Interp, x: f64) -> PyResult<Value> {
    let mut r = x.round();
    if (x - r).abs() == 0.5 {
        r = 2.0 * (x / 2.0).round();
    }
    float_to_int(ip, r)
}

/// The exact value of a finite, non-negative float as mantissa and binary exponent.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `round(x, n)` for a float: the float nearest to the exact value of `x` rounded (ties to even)
/// to `n` decimal places, as CPython computes it from the correctly rounded decimal digits.
pub fn round_float_digits(ip: &Interp, x: f64, ndigits: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x.abs());
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let ten = BigInt::from(10);
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let text = format!(
        "{}{}e{}",
        if x.is_sign_negative() { "-" } else { "" },
        q,
        -ndigits
    );
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(ip.err(
            ExcKind::OverflowError,
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// `round(i, n)` for an int and n < 0: to a multiple of 10**-n, ties to even.
pub fn round_int_digits(i: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return i.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k above 2*|i|: the nearest multiple is zero.
    if k > i.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let pow = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = i.div_mod_floor(&pow);
    let twice: BigInt = &r << 1;
    let q = if twice > pow || (twice == pow && q.is_odd()) {
        q + 1
    } else {
        q
    };
    q * pow
}

/// The builtin `round(number, ndigits=None)`.
pub fn round(ip: &Interp, number: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
    let ndigits = ndigits.filter(|v| !v.is_none());
    match number {
        Value::Float(x) => match ndigits {
            None => round_float_to_int(ip, x.get()),
            Some(n) => {
                let n = index_clipped(ip, n)?;
                Ok(Value::float(round_float_digits(ip, x.get(), n)?))
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = as_bigint(number).unwrap_or_default();
            match ndigits {
                None => Ok(Value::from_bigint(i)),
                Some(n) => {
                    let n = index_clipped(ip, n)?;
                    Ok(Value::from_bigint(round_int_digits(&i, n)))
                }
            }
        }
        other @ Value::Instance(_)
            if crate::eval::classes::user_method(other, crate::intern::intern("__round__"))
                .is_some() =>
        {
            let m = ops::getattr(ip, other, crate::intern::intern("__round__"))?;
            let args: Vec<Value> = ndigits.into_iter().cloned().collect();
            crate::stdlib::call_with(ip, &m, &args)
        }
        other => ip.type_error(format!(
            "type {} doesn't define __round__ method",
            ops::type_name(ip, other)
        )),
    }
}

// ---- divmod and pow ----

/// `divmod(a, b)`.
pub fn divmod(ip: &Interp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_bigint(a), as_bigint(b)) {
        if y.is_zero() {
            return Err(ip.err(
                ExcKind::ZeroDivisionError,
                "integer division or modulo by zero",
            ));
        }
        let (q, r) = x.div_mod_floor(&y);
        return Ok(Value::tuple(vec![
            Value::from_bigint(q),
            Value::from_bigint(r),
        ]));
    }
    let numeric = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    if numeric(a) && numeric(b) {
        let x = num_to_f64(ip, a)?.unwrap_or(0.0);
        let y = num_to_f64(ip, b)?.unwrap_or(0.0);
        if y == 0.0 {
            return Err(ip.err(ExcKind::ZeroDivisionError, "float divmod()"));
        }
        let (q, r) = ops::float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::float(q), Value::float(r)]));
    }
    ip.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        ops::type_name(ip, a),
        ops::type_name(ip, b)
    ))
}

/// `pow(base, exp, mod)` with a modulus.
pub fn pow_mod(ip: &Interp, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    // Small ints with a non-negative exponent: square and multiply in 128 bits, no BigInt.
    if let (Value::Int(b), Value::Int(e), Value::Int(m)) = (base, exp, m) {
        if *e >= 0 && *m != 0 && *m != i64::MIN {
            let am = m.unsigned_abs() as u128;
            let mut b = (*b as i128).rem_euclid(am as i128) as u128;
            let mut e = *e as u64;
            let mut r: u128 = 1 % am;
            while e > 0 {
                if e & 1 == 1 {
                    r = r * b % am;
                }
                b = b * b % am;
                e >>= 1;
            }
            let r = r as i64;
            return Ok(Value::Int(if *m < 0 && r != 0 { r - am as i64 } else { r }));
        }
    }
    let numeric = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    let any_complex = [base, exp, m]
        .iter()
        .any(|v| matches!(v, Value::Complex(_)));
    let number = |v: &Value| numeric(v) || matches!(v, Value::Complex(_));
    if any_complex && number(base) && number(exp) {
        return Err(ip.err(ExcKind::ValueError, "complex modulo"));
    }
    let (Some(b), Some(e), Some(m)) = (as_bigint(base), as_bigint(exp), as_bigint(m)) else {
        if numeric(base) && numeric(exp) && numeric(m) {
            return ip
                .type_error("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return ip.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            ops::type_name(ip, base),
            ops::type_name(ip, exp),
            ops::type_name(ip, m)
        ));
    };
    if m.is_zero() {
        return Err(ip.err(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let mut b = b.mod_floor(&am);
    let mut e = e;
    if e.is_negative() {
        b = match mod_inverse(&b, &am) {
            Some(inv) => inv,
            None => {
                return Err(ip.err(
                    ExcKind::ValueError,
                    "base is not invertible for the given modulus",
                ))
            }
        };
        e = -e;
    }
    let mut r = if am.is_one() {
        BigInt::zero()
    } else {
        b.modpow(&e, &am)
    };
    if m.is_negative() && !r.is_zero() {
        r -= &am;
    }
    Ok(Value::from_bigint(r))
}

/// The inverse of `a` modulo `m` (m > 0), if there is one.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

// ---- hex, oct, bin ----

/// `hex(i)`, `oct(i)`, `bin(i)`: the prefix and the digits of `|i|`, with a leading minus.
pub fn int_to_base(ip: &Interp, v: &Value, radix: u32) -> PyResult<Value> {
    let i = index(ip, v)?;
    let prefix = match radix {
        16 => "0x",
        8 => "0o",
        _ => "0b",
    };
    let digits = i.magnitude().to_str_radix(radix);
    let sign = if i.is_negative() { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

// ---- hash ----

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;

fn fix_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an int: `i` modulo 2**61 - 1, keeping its sign; -1 becomes -2.
/// The hash of a str: the one kept in the str (CPython's differs from run to run anyway), 0
/// for the empty one as in CPython.
#[inline]
pub fn str_hash(s: &crate::runtime::value::PyStr) -> i64 {
    if s.s.is_empty() {
        return 0;
    }
    fix_hash(s.hash_value() as i64)
}

#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let a = (i.unsigned_abs() % HASH_MODULUS) as i64;
    fix_hash(if i < 0 { -a } else { a })
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = b.magnitude() % BigUint::from(HASH_MODULUS);
    let a = m.to_i64().unwrap_or(0);
    fix_hash(if b.is_negative() { -a } else { a })
}

/// `hash(x)` for a float, equal to the hash of an int of the same value.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    fix_hash(h)
}

/// C's frexp: `v = m * 2**e` with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// The hash CPython gives objects hashed by identity.
/// `object.__hash__(v)`: the hash of its identity (a float's is its bits, which tell NaNs
/// apart as `is` does).
pub fn identity_hash(v: &Value) -> i64 {
    match v {
        Value::Float(f) => hash_pointer(f.get().to_bits() as usize),
        _ => hash_pointer(v.ptr().unwrap_or(0)),
    }
}

pub fn hash_pointer(p: usize) -> i64 {
    let y = p.rotate_right(4);
    fix_hash(y as i64)
}

/// CPython's tuple hash (xxHash-like lanes). Tuples nested in tuples are walked with a stack
/// of our own rather than by recursion, so that a tuple nested a million deep hashes as in
/// CPython instead of overflowing the native stack.
pub fn hash_tuple(ip: &Interp, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    fn lane(acc: u64, h: i64) -> u64 {
        acc.wrapping_add((h as u64).wrapping_mul(P2))
            .rotate_left(31)
            .wrapping_mul(P1)
    }
    fn finish(acc: u64, len: usize) -> i64 {
        let acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
    enum Step {
        Next,
        Descend(std::rc::Rc<crate::runtime::value::PyTuple>),
        Done(i64),
    }
    // The tuples being hashed below the top one: each with its next position and its lanes.
    let mut inner: Vec<(std::rc::Rc<crate::runtime::value::PyTuple>, usize, u64)> = Vec::new();
    let (mut top_i, mut top_acc) = (0usize, P5);
    loop {
        let step = {
            let (slice, i, acc) = match inner.last_mut() {
                Some((t, i, acc)) => (&t.items[..], i, acc),
                None => (items, &mut top_i, &mut top_acc),
            };
            match slice.get(*i) {
                Some(x) => {
                    *i += 1;
                    match x {
                        Value::Tuple(t) => Step::Descend(t.clone()),
                        _ => {
                            *acc = lane(*acc, hash(ip, x)?);
                            Step::Next
                        }
                    }
                }
                None => Step::Done(finish(*acc, slice.len())),
            }
        };
        match step {
            Step::Next => {}
            Step::Descend(t) => inner.push((t, 0, P5)),
            Step::Done(h) => {
                if inner.pop().is_none() {
                    return Ok(h);
                }
                let acc = match inner.last_mut() {
                    Some((_, _, acc)) => acc,
                    None => &mut top_acc,
                };
                *acc = lane(*acc, h);
            }
        }
    }
}

fn hash_bytes(b: &[u8]) -> i64 {
    // CPython randomises str and bytes hashes per process; any fixed function will do (but the
    // empty one hashes to 0).
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    fix_hash(h as i64)
}

/// `hash(v)`, with CPython's values for numbers and tuples of them.
pub fn hash(ip: &Interp, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => hash_bigint(b),
        // A NaN hashes by identity, as CPython's do since 3.10.
        Value::Float(f) if f.get().is_nan() => identity_hash(v),
        Value::Float(f) => hash_f64(f.get()),
        Value::Complex(c) => crate::runtime::complex::hash(**c),
        Value::Str(s) => str_hash(s),
        Value::Bytes(b) => hash_bytes(&b.b),
        Value::Tuple(t) => hash_tuple(ip, &t.items)?,
        Value::Range(r) => crate::runtime::range::hash(ip, r)?,
        Value::List(_) | Value::Dict(_) | Value::Set(_) => return Err(unhashable(ip, v)),
        Value::Native(o) if !crate::stdlib::is_hashable(o) => return Err(unhashable(ip, v)),
        Value::Native(_) if crate::stdlib::typing::union_members(v).is_some() => {
            let members = crate::stdlib::typing::union_members(v).unwrap_or_default();
            crate::stdlib::typing::union_hash(ip, members)?
        }
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::Typing(_)) => {
            match crate::stdlib::typing::alias_hash(ip, v)? {
                Some(h) => h,
                None => hash_pointer(v.ptr().unwrap_or(0)),
            }
        }
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::WeakRef(_)) => {
            let crate::stdlib::Native::WeakRef(w) = &o.kind else {
                unreachable!()
            };
            crate::stdlib::weakref::hash(ip, w)?
        }
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::Regex(_)) => {
            crate::stdlib::re::objects::pattern_hash(ip, o)?
        }
        Value::Native(o) if matches!(o.kind, crate::stdlib::Native::MemoryView(_)) => {
            let crate::stdlib::Native::MemoryView(m) = &o.kind else {
                unreachable!()
            };
            crate::runtime::memoryview::hash(ip, m)?
        }
        Value::FrozenSet(s) => crate::runtime::set::frozenset_hash(s),
        Value::DictView(view) if view.kind != crate::runtime::dict::ViewKind::Values => {
            return Err(unhashable(ip, v))
        }
        Value::Instance(_) | Value::Exception(_) => match crate::eval::classes::user_hash(ip, v) {
            Some(h) => h?,
            None => hash_pointer(v.ptr().unwrap_or(0)),
        },
        Value::None => hash_pointer(0x5eed0),
        Value::Ellipsis => hash_pointer(0x5eed1),
        Value::NotImplemented => hash_pointer(0x5eed2),
        Value::Undef => 0,
        // A method hashes by the identity of its object, as in CPython 3.8+.
        Value::BoundMethod(m) => {
            let a = match m.receiver.ptr() {
                Some(p) => hash_pointer(p),
                None => hash(ip, &m.receiver)?,
            };
            let b = hash(ip, &m.func)?;
            fix_hash(a ^ b)
        }
        other => hash_pointer(other.ptr().unwrap_or(0)),
    })
}

fn unhashable(ip: &Interp, v: &Value) -> Exc {
    ip.err(
        ExcKind::TypeError,
        format!("unhashable type: '{}'", ops::type_name(ip, v)),
    )
}

// ---- methods of int and float ----

#[method(int, "bit_length($self, /)")]
fn bit_length(_ip: &Interp, i: BigInt) -> PyResult<i64> {
    Ok(i.bits() as i64)
}

#[method(int, "bit_count($self, /)")]
fn bit_count(_ip: &Interp, i: BigInt) -> PyResult<i64> {
    let n: u64 = i
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(n as i64)
}

#[method(int, "conjugate($self, /)")]
fn int_conjugate(_ip: &Interp, i: BigInt) -> PyResult<Value> {
    Ok(Value::from_bigint(i))
}

#[method(int, "as_integer_ratio($self, /)")]
fn int_as_integer_ratio(_ip: &Interp, i: BigInt) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::from_bigint(i), Value::Int(1)]))
}

#[method(float, "is_integer($self, /)")]
fn is_integer(_ip: &Interp, x: f64) -> PyResult<bool> {
    Ok(x.is_finite() && x.fract() == 0.0)
}

#[method(float, "conjugate($self, /)")]
fn float_conjugate(_ip: &Interp, x: f64) -> PyResult<f64> {
    Ok(x)
}

#[method(float, "as_integer_ratio($self, /)")]
fn float_as_integer_ratio(ip: &Interp, x: f64) -> PyResult<Value> {
    if x.is_infinite() {
        return Err(ip.err(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(ip.err(ExcKind::ValueError, "cannot convert NaN to integer ratio"));
    }
    let (m, e) = decompose(x.abs());
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num.gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    if num.is_zero() {
        den = BigInt::one();
    }
    if x < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals).
#[method(float, "hex($self, /)")]
fn float_hex(_ip: &Interp, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Ok(Value::str("nan"));
    }
    if x.is_infinite() {
        return Ok(Value::str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    Ok(Value::string(format!(
        "{sign}0x{lead}.{frac:013x}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )))
}

/// `float.__getformat__(typestr)`: how the machine stores a C double or float.
#[classmethod(float, "__getformat__($type, typestr, /)")]
fn float_getformat(ip: &Interp, _cls: &Value, typestr: &str) -> PyResult<Value> {
    match typestr {
        "double" | "float" => Ok(Value::str(if cfg!(target_endian = "little") {
            "IEEE, little-endian"
        } else {
            "IEEE, big-endian"
        })),
        _ => Err(ip.err(
            ExcKind::ValueError,
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}

/// `float.fromhex(string)`: `[sign] ['0x'] digits ['.' digits] ['p' exponent]`, `inf` or `nan`,
/// rounded to the nearest float (ties to even) as CPython rounds it.
#[classmethod(float, "fromhex($type, string, /)")]
fn float_fromhex(ip: &Interp, cls: &Value, string: &str) -> PyResult<Value> {
    let x = parse_hex_float(string).map_err(|overflow| {
        if overflow {
            ip.err(
                ExcKind::OverflowError,
                "hexadecimal value too large to represent as a float",
            )
        } else {
            ip.err(
                ExcKind::ValueError,
                "invalid hexadecimal floating-point string",
            )
        }
    })?;
    let v = Value::float(x);
    match cls {
        Value::Class(c) if !Rc::ptr_eq(c, &ip.types.float) => {
            let mut args = crate::eval::call::Args::new();
            args.push(v);
            crate::eval::call::call_value(ip, cls, &mut args, &[])
        }
        _ => Ok(v),
    }
}

/// The value of a hexadecimal float literal; `Err(true)` when it is too large, `Err(false)`
/// when it is malformed.
fn parse_hex_float(text: &str) -> Result<f64, bool> {
    let t = text.trim_matches(py_isspace);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = t.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let b = lower.as_bytes();
    let mut i = if lower.starts_with("0x") { 2 } else { 0 };
    let mut mant = BigUint::zero();
    let (mut digits, mut frac_digits, mut seen_point) = (0usize, 0i64, false);
    while i < b.len() {
        match b[i] {
            b'.' if !seen_point => seen_point = true,
            c if c.is_ascii_hexdigit() => {
                mant = (mant << 4u32) + BigUint::from((c as char).to_digit(16).unwrap_or(0));
                digits += 1;
                if seen_point {
                    frac_digits += 1;
                }
            }
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((b[i] - b'0') as i64);
            i += 1;
        }
        if i == start {
            return Err(false);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(false);
    }
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    // The value is mant * 2**e; keep the bits of weight at least 2**lsb (53 significant bits,
    // fewer for subnormals) and round the rest to even.
    let e = exp.saturating_sub(frac_digits.saturating_mul(4));
    let top = e.saturating_add(mant.bits() as i64 - 1);
    if top > 1024 {
        return Err(true);
    }
    if top < -1080 {
        return Ok(sign(0.0));
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift <= 0 {
        (mant << (-shift) as u64).to_u64().unwrap_or(u64::MAX)
    } else {
        let q = &mant >> shift as u64;
        let rem = &mant - (&q << shift as u64);
        let half = BigUint::one() << (shift - 1) as u64;
        let q = q.to_u64().unwrap_or(u64::MAX);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    // q < 2**54 and the result lies on the float grid, so each scaling step is exact.
    if (q as f64) * 2f64.powi(lsb.max(-1000) as i32) * 2f64.powi((lsb + 1000).min(0) as i32)
        == f64::INFINITY
    {
        return Err(true);
    }
    let x = if lsb >= -1000 {
        (q as f64) * 2f64.powi(lsb as i32)
    } else {
        (q as f64) * 2f64.powi(-1000) * 2f64.powi((lsb + 1000) as i32)
    };
    if x.is_infinite() {
        return Err(true);
    }
    Ok(sign(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(
            hash_f64(2.0f64.powi(70)),
            hash_bigint(&(BigInt::one() << 70usize))
        );
        assert_eq!(hash_f64(0.1), 230584300921369408);
    }

    #[test]
    fn true_division() {
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        let p400 = num_traits::pow(BigInt::from(10), 400);
        let p399 = num_traits::pow(BigInt::from(10), 399);
        assert_eq!(int_true_divide(&p400, &p399), Some(10.0));
        assert_eq!(
            int_true_divide(&BigInt::one(), &(BigInt::one() << 1100usize)),
            Some(0.0)
        );
        assert_eq!(
            int_true_divide(&big("1000000000000000000000000000001"), &BigInt::from(3)),
            Some(3.333333333333333e29)
        );
        assert_eq!(
            int_true_divide(&(BigInt::one() << 1100usize), &BigInt::one()),
            None
        );
        assert_eq!(
            int_true_divide(&BigInt::from(-7), &BigInt::from(2)),
            Some(-3.5)
        );
        assert_eq!(
            int_true_divide(&((BigInt::one() << 53usize) + 1), &BigInt::one()),
            Some(9007199254740992.0)
        );
        assert_eq!(
            int_true_divide(&((BigInt::one() << 54usize) + 3), &BigInt::one()),
            Some(18014398509481988.0)
        );
        assert_eq!(
            int_true_divide(&BigInt::one(), &(BigInt::one() << 1074usize)),
            Some(5e-324)
        );
        assert_eq!(
            int_true_divide(&BigInt::one(), &(BigInt::one() << 1075usize)),
            Some(0.0)
        );
        assert_eq!(
            int_true_divide(&BigInt::from(3), &(BigInt::one() << 1076usize)),
            Some(5e-324)
        );
    }

    #[test]
    fn int_float_order() {
        use std::cmp::Ordering::*;
        let two53 = BigInt::one() << 53usize;
        assert_eq!(
            compare_int_float(&(&two53 + 1), 9007199254740992.0),
            Some(Greater)
        );
        assert_eq!(compare_int_float(&two53, 9007199254740992.0), Some(Equal));
        assert_eq!(compare_int_float(&BigInt::from(1), 1.5), Some(Less));
        assert_eq!(compare_int_float(&BigInt::from(-2), -1.5), Some(Less));
        assert_eq!(compare_int_float(&BigInt::from(-1), -1.5), Some(Greater));
        assert_eq!(compare_int_float(&BigInt::from(5), f64::NAN), None);
    }

    #[test]
    fn decimal_digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{66a}'), None);
    }
}
