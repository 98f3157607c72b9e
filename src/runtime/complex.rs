//! `complex`: CPython 3.11's arithmetic (its division, integer and general powers), `repr`,
//! hash, parsing from text and constructor, and the methods and attributes of the type.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::bind::{At, FromArg};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::repr::float_repr;
use crate::runtime::value::Value;
use crate::syntax::ast::BinOp;
use corun_macros::{method, staticmethod};

/// A complex number as (real, imaginary).
pub type C = (f64, f64);

pub fn value(re: f64, im: f64) -> Value {
    Value::Complex(Rc::new((re, im)))
}

/// A number as a complex one: complex, float, int, bool (None for anything else).
pub fn to_complex(ip: &Interp, v: &Value) -> PyResult<Option<C>> {
    Ok(Some(match v {
        Value::Complex(c) => **c,
        Value::Float(f) => (f.get(), 0.0),
        Value::Int(i) => (*i as f64, 0.0),
        Value::Bool(b) => (b.get() as i64 as f64, 0.0),
        Value::BigInt(b) => (numbers::bigint_to_f64(ip, b)?, 0.0),
        _ => return Ok(None),
    }))
}

/// A complex method's receiver, or a number argument taken as complex.
pub struct Cx(pub C);

impl<'a> FromArg<'a> for Cx {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match crate::eval::classes::value_base(v) {
            // A complex, or an instance of a subclass of complex, is taken as it is.
            Value::Complex(c) => Ok(Cx(**c)),
            _ if at.is_recv() => Err(at.wrong_type(ip, "complex", v)),
            _ => match to_complex(ip, v)? {
                Some(c) => Ok(Cx(c)),
                None => complex_protocol(ip, v).map(Cx),
            },
        }
    }
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's method (scaling by the larger part of the divisor); None when `b` is 0.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// The failures of `**`: 0 to a negative or complex power, or a result too large.
enum PowError {
    Domain,
}

/// `a ** b` through polar form.
fn pow_general(a: C, b: C) -> Result<C, PowError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowError::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `x ** n` for a non-negative integer `n`, by repeated squaring.
fn pow_unsigned(x: C, n: i64) -> C {
    let (mut r, mut p) = ((1.0, 0.0), x);
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `x ** n` for an integer `n`: exact products for |n| <= 100, as CPython.
fn pow_int(x: C, n: i64) -> Result<C, PowError> {
    if !(-100..=100).contains(&n) {
        pow_general(x, (n as f64, 0.0))
    } else if n > 0 {
        Ok(pow_unsigned(x, n))
    } else {
        quot((1.0, 0.0), pow_unsigned(x, -n)).ok_or(PowError::Domain)
    }
}

pub fn pow(ip: &Interp, a: C, b: C) -> PyResult<Value> {
    let r = if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        pow_int(a, b.0 as i64)
    } else {
        pow_general(a, b)
    };
    match r {
        Err(PowError::Domain) => Err(ip.err(
            ExcKind::ZeroDivisionError,
            "0.0 to a negative or complex power",
        )),
        Ok((re, im)) if re.is_infinite() || im.is_infinite() => {
            Err(ip.err(ExcKind::OverflowError, "complex exponentiation"))
        }
        Ok((re, im)) => Ok(value(re, im)),
    }
}

/// `a op b` when either side is complex and the other a number; None when the operation is
/// not one complex numbers have (the caller reports the unsupported operand).
pub fn binary(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (to_complex(ip, a)?, to_complex(ip, b)?) else {
        return Ok(None);
    };
    let (re, im) = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mult => prod(x, y),
        BinOp::Div => match quot(x, y) {
            Some(r) => r,
            None => return Err(ip.err(ExcKind::ZeroDivisionError, "complex division by zero")),
        },
        BinOp::Pow => return pow(ip, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(value(re, im)))
}

/// `abs(z)`.
pub fn abs(ip: &Interp, z: C) -> PyResult<f64> {
    if z.0.is_infinite() || z.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(ip.err(ExcKind::OverflowError, "absolute value too large"));
    }
    Ok(r)
}

/// `z == other` for a number `other`; None when `other` is not a number.
pub fn equals(ip: &Interp, z: C, other: &Value) -> PyResult<Option<bool>> {
    Ok(match other {
        Value::Complex(c) => Some(z.0 == c.0 && z.1 == c.1),
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Some(z.1 == 0.0 && ops::equals(ip, &Value::float(z.0), other)?)
        }
        _ => None,
    })
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's.
pub fn hash(z: C) -> i64 {
    let h = (numbers::hash_f64(z.0) as u64)
        .wrapping_add(1000003u64.wrapping_mul(numbers::hash_f64(z.1) as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A part of a complex as its repr writes it: the float's repr without a `.0`.
fn part(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let s = float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(z)`: `2j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn repr(z: C) -> String {
    if z.0 == 0.0 && z.0.is_sign_positive() {
        return format!("{}j", part(z.1));
    }
    let im = part(z.1);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(z.0))
}

/// `format(z, spec)`: both parts in the spec's presentation, the imaginary one always signed;
/// without a presentation type, as `str` (in parentheses unless the real part is +0).
pub fn format(ip: &Interp, z: C, spec: &str) -> PyResult<String> {
    use crate::runtime::format::{double_to_string, group_number_text, pad_to_width, parse_spec};
    if spec.is_empty() {
        return Ok(repr(z));
    }
    let f = parse_spec(ip, spec, "complex", '\0', '>')?;
    let bad = |msg: &str| Err(ip.err(ExcKind::ValueError, msg.to_string()));
    if f.fill == '0' {
        return bad("Zero padding is not allowed in complex format specifier");
    }
    if f.align == '=' {
        return bad("'=' alignment flag is not allowed in complex format specifier");
    }
    if !matches!(f.ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return bad(&format!(
            "Unknown format code '{}' for object of type 'complex'",
            f.ty
        ));
    }
    let (mut ty, mut default_precision, mut parens, mut skip_re) = (f.ty, 6, false, false);
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if z.0 == 0.0 && z.0.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = if f.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        f.precision
    };
    let part = |x: f64| {
        let s = double_to_string(x, ty, precision, false, false, f.alternate, f.no_neg_0);
        let s = match s.strip_prefix('-') {
            Some(t) if x.is_nan() => t.to_string(),
            _ => s,
        };
        group_number_text(&s, &f)
    };
    let (re, im) = (part(z.0), part(z.1));
    let spec_sign = |s: &mut String, text: &str| {
        if !text.starts_with('-') {
            match f.sign {
                '+' => s.push('+'),
                ' ' => s.push(' '),
                _ => {}
            }
        }
    };
    let mut s = String::new();
    if parens {
        s.push('(');
    }
    if skip_re {
        spec_sign(&mut s, &im);
    } else {
        spec_sign(&mut s, &re);
        s.push_str(&re);
        if !im.starts_with('-') {
            s.push('+');
        }
    }
    s.push_str(&im);
    s.push('j');
    if parens {
        s.push(')');
    }
    let mut out = String::new();
    pad_to_width(&mut out, &s, s.chars().count() as i64, &f);
    Ok(out)
}

/// The length of the float at the start of `s` (sign, digits, point, exponent, `inf`,
/// `infinity`, `nan`), and its value; None when no float starts there.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if lower.starts_with(word) {
            let n = i + word.len();
            let text = std::str::from_utf8(&s[..n]).ok()?;
            let v = if word == b"nan" {
                f64::NAN
            } else {
                f64::INFINITY
            };
            return Some((if text.starts_with('-') { -v } else { v }, n));
        }
    }
    let start_digits = i;
    while s.get(i).is_some_and(|b| b.is_ascii_digit()) {
        i += 1;
    }
    let mut digits = i - start_digits;
    if s.get(i) == Some(&b'.') {
        i += 1;
        let f = i;
        while s.get(i).is_some_and(|b| b.is_ascii_digit()) {
            i += 1;
        }
        digits += i - f;
    }
    if digits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let e = j;
        while s.get(j).is_some_and(|b| b.is_ascii_digit()) {
            j += 1;
        }
        if j > e {
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[..i]).ok()?;
    let text = text.strip_prefix('+').unwrap_or(text);
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text),
    };
    let v = body.parse::<f64>().unwrap_or_else(|_| parse_loose(body));
    Some((if neg { -v } else { v }, i))
}

/// Digits Rust's parser does not take as they stand (`5.`, `.5`): written out in full.
fn parse_loose(t: &str) -> f64 {
    let fixed = if let Some(r) = t.strip_prefix('.') {
        format!("0.{r}")
    } else {
        t.replacen(".e", ".0e", 1).replacen(".E", ".0E", 1)
    };
    let fixed = if fixed.ends_with('.') {
        format!("{fixed}0")
    } else {
        fixed
    };
    fixed.parse::<f64>().unwrap_or(f64::NAN)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `complex(text)`: `1+2j`, `-j`, `(3.5e1-1j)`, with surrounding spaces, `_` between digits.
pub fn from_str(ip: &Interp, text: &str) -> PyResult<Value> {
    let bad = || ip.err(ExcKind::ValueError, "complex() arg is a malformed string");
    let Some(ascii) = numbers::to_ascii_number_text(text) else {
        return Err(bad());
    };
    let mut b: Vec<u8> = ascii.into_bytes();
    if b.contains(&b'_') {
        for (k, &c) in b.iter().enumerate() {
            if c == b'_' {
                let before = k > 0 && b[k - 1].is_ascii_digit();
                let after = b.get(k + 1).is_some_and(|x| x.is_ascii_digit());
                if !(before && after) {
                    let msg = format!(
                        "could not convert string to complex: {}",
                        crate::runtime::repr::str_repr(text)
                    );
                    return Err(ip.err(ExcKind::ValueError, msg));
                }
            }
        }
        b.retain(|&c| c != b'_');
    }
    parse(&b).map_or_else(|| Err(bad()), |(re, im)| Ok(value(re, im)))
}

fn parse(s: &[u8]) -> Option<C> {
    let mut i = 0;
    while s.get(i).copied().is_some_and(is_space) {
        i += 1;
    }
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        while s.get(i).copied().is_some_and(is_space) {
            i += 1;
        }
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    match float_prefix(&s[i..]) {
        Some((z, n)) => {
            i += n;
            match s.get(i) {
                Some(b'+' | b'-') => {
                    re = z;
                    match float_prefix(&s[i..]) {
                        Some((y, n)) => {
                            im = y;
                            i += n;
                        }
                        None => {
                            im = if s[i] == b'+' { 1.0 } else { -1.0 };
                            i += 1;
                        }
                    }
                    if !is_j(s.get(i)) {
                        return None;
                    }
                    i += 1;
                }
                c if is_j(c) => {
                    i += 1;
                    im = z;
                }
                _ => re = z,
            }
        }
        None => {
            match s.get(i) {
                Some(b'+') => {
                    im = 1.0;
                    i += 1;
                }
                Some(b'-') => {
                    im = -1.0;
                    i += 1;
                }
                _ => im = 1.0,
            }
            if !is_j(s.get(i)) {
                return None;
            }
            i += 1;
        }
    }
    while s.get(i).copied().is_some_and(is_space) {
        i += 1;
    }
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        while s.get(i).copied().is_some_and(is_space) {
            i += 1;
        }
    }
    (i == s.len()).then_some((re, im))
}

/// A number argument of `complex()` as (value, was it complex); None when it is not a number.
fn number_part(ip: &Interp, v: &Value) -> PyResult<Option<(C, bool)>> {
    if let Value::Complex(c) = v {
        return Ok(Some((**c, true)));
    }
    if let Some(c) = to_complex(ip, v)? {
        return Ok(Some((c, false)));
    }
    if let Value::Instance(_) = v {
        let has = |n: &str| crate::eval::classes::user_method(v, intern(n)).is_some();
        if has("__float__") || has("__index__") {
            let f = crate::stdlib::call_with(
                ip,
                &Value::Class(ip.types.float.clone()),
                std::slice::from_ref(v),
            )?;
            if let Some(c) = to_complex(ip, &f)? {
                return Ok(Some((c, false)));
            }
        }
        let base = crate::eval::classes::value_base(v);
        if !matches!(base, Value::Instance(_)) {
            return number_part(ip, base);
        }
    }
    Ok(None)
}

/// `complex(real=0, imag=0)`.
#[staticmethod(complex, "complex($type, real=0, imag=0)", attr = "__new__")]
pub fn complex_new(
    ip: &Interp,
    cls: &Value,
    real: Option<&Value>,
    imag: Option<&Value>,
) -> PyResult<Value> {
    let v = complex_value(ip, real, imag)?;
    // `complex.__new__(C, …)` for a subclass C makes a C holding the value.
    Ok(match cls {
        Value::Class(c) if c.user && c.kind == crate::runtime::object::ClassKind::Complex => {
            Value::Instance(crate::runtime::instance::Instance::with_base(c.clone(), v))
        }
        _ => v,
    })
}

fn complex_value(ip: &Interp, real: Option<&Value>, imag: Option<&Value>) -> PyResult<Value> {
    let r = real.cloned().unwrap_or(Value::Int(0));
    if let (Value::Complex(_), None) = (&r, imag) {
        return Ok(r);
    }
    if let Value::Str(s) = &r {
        if imag.is_some() {
            return ip.type_error("complex() can't take second arg if first is a string");
        }
        return from_str(ip, &s.s);
    }
    if let Some(Value::Str(_)) = imag {
        return ip.type_error("complex() second arg can't be a string");
    }
    let r = match crate::eval::classes::call_dunder(ip, &r, intern("__complex__"), &[]) {
        Some(res) => Value::Complex(Rc::new(complex_result(ip, res?)?)),
        None => r,
    };
    let Some((cr, cr_complex)) = number_part(ip, &r)? else {
        return ip.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            ops::type_name(ip, &r)
        ));
    };
    let ci = match imag {
        None => None,
        Some(i) => match number_part(ip, i)? {
            Some(c) => Some(c),
            None => {
                return ip.type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    ops::type_name(ip, i)
                ))
            }
        },
    };
    // real + imag*1j, for parts that may themselves be complex.
    let (mut re, mut im) = (cr.0, cr.1);
    if let Some((ci, ci_complex)) = ci {
        im = ci.0;
        if ci_complex {
            re -= ci.1;
        }
        if cr_complex {
            im += cr.1;
        }
    }
    Ok(value(re, im))
}

#[method(complex, "conjugate($self, /)")]
fn conjugate(_ip: &Interp, z: Cx) -> PyResult<Value> {
    Ok(value(z.0 .0, -z.0 .1))
}

#[method(complex, "__getnewargs__($self, /)")]
fn getnewargs(_ip: &Interp, z: Cx) -> PyResult<Value> {
    Ok(Value::tuple(vec![
        Value::float(z.0 .0),
        Value::float(z.0 .1),
    ]))
}

/// `z.real` and `z.imag`, and the same of the real numbers (`(5).imag` is 0).
pub fn getattr(v: &Value, name: &str) -> Option<Value> {
    match (v, name) {
        (Value::Complex(c), "real") => Some(Value::float(c.0)),
        (Value::Complex(c), "imag") => Some(Value::float(c.1)),
        (Value::Float(_), "real") => Some(v.clone()),
        (Value::Float(_), "imag") => Some(Value::float(0.0)),
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(v.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(b.get() as i64)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        _ => None,
    }
}

/// What `__complex__` returned, as a complex number: a complex, or (with CPython's
/// DeprecationWarning) an instance of a subclass of complex; TypeError for anything else.
fn complex_result(ip: &Interp, r: Value) -> PyResult<C> {
    match (&r, crate::eval::classes::value_base(&r)) {
        (Value::Complex(c), _) => Ok(**c),
        (_, Value::Complex(c)) => {
            ip.warn_or_raise(
                ExcKind::DeprecationWarning,
                &format!(
                    "__complex__ returned non-complex (type {}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.",
                    ops::type_name(ip, &r)
                ),
            )?;
            Ok(**c)
        }
        _ => ip.type_error(format!(
            "__complex__ returned non-complex (type {})",
            ops::type_name(ip, &r)
        )),
    }
}

/// A user object as a complex number, as CPython's `PyComplex_AsCComplex`: its `__complex__`,
/// else a real number from its `__float__` or `__index__`.
pub fn complex_protocol(ip: &Interp, v: &Value) -> PyResult<C> {
    if let Some(r) = crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__complex__, &[])
    {
        return complex_result(ip, r?);
    }
    crate::stdlib::math::to_f64(ip, v).map(|x| (x, 0.0))
}
