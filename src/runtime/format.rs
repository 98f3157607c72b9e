//! Formatting as CPython 3.11 does it: the format-spec mini-language (`format(v, spec)`, f-string
//! fields; Python/formatter_unicode.c), `str.format` (Objects/stringlib/unicode_format.h) and
//! `%`-formatting (`PyUnicode_Format` in Objects/unicodeobject.c). The code follows CPython's
//! structure closely so that every result and every error message is the same.

use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::Kwargs;
use crate::runtime::repr::{float_repr, repr, str_of};
use crate::runtime::value::Value;

// ---------------------------------------------------------------------------------------------
// The format-spec mini-language
// ---------------------------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    /// `+`, `-`, ` ` or `\0` for none.
    pub sign: char,
    pub no_neg_0: bool,
    pub alternate: bool,
    /// -1 when not given.
    pub width: i64,
    /// `,`, `_` or `\0`.
    pub thousands: char,
    /// `_` with b/o/x/X: groups of four digits.
    pub under_four: bool,
    /// -1 when not given.
    pub precision: i64,
    /// The presentation type, or `\0` for none.
    pub ty: char,
}

fn value_error(ip: &Interp, msg: impl Into<String>) -> Exc {
    ip.err(ExcKind::ValueError, msg)
}

/// A character as CPython's `%c`-with-fallback writes it in error messages.
fn code_char(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", u)
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a decimal number at `pos`; None when there is no digit there.
fn get_integer(ip: &Interp, s: &[char], pos: &mut usize) -> PyResult<Option<i64>> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while *pos < s.len() {
        let Some(d) = s[*pos].to_digit(10).filter(|_| s[*pos].is_ascii_digit()) else {
            break;
        };
        if acc > (i64::MAX - d as i64) / 10 {
            return Err(value_error(ip, "Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as i64;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc) })
}

/// Parses a format spec (`parse_internal_render_format_spec`).
pub fn parse_spec(
    ip: &Interp,
    spec: &str,
    type_name: &str,
    default_type: char,
    default_align: char,
) -> PyResult<Spec> {
    let s: Vec<char> = spec.chars().collect();
    let end = s.len();
    let mut pos = 0;
    let mut f = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: -1,
        thousands: '\0',
        under_four: false,
        precision: -1,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end - pos >= 2 && is_align(s[pos + 1]) {
        f.align = s[pos + 1];
        f.fill = s[pos];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_align(s[pos]) {
        f.align = s[pos];
        align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(s[pos], '+' | '-' | ' ') {
        f.sign = s[pos];
        pos += 1;
    }
    if pos < end && s[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && s[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && s[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    if let Some(w) = get_integer(ip, &s, &mut pos)? {
        f.width = w;
        // What is padded to this width is built by code that cannot fail: room first.
        crate::runtime::grow::check_room(ip, (w as usize).saturating_mul(f.fill.len_utf8()))?;
    }
    if pos < end && s[pos] == ',' {
        f.thousands = ',';
        pos += 1;
    }
    if pos < end && s[pos] == '_' {
        if f.thousands != '\0' {
            return Err(value_error(ip, "Cannot specify both ',' and '_'."));
        }
        f.thousands = '_';
        pos += 1;
    }
    if pos < end && s[pos] == ',' && f.thousands == '_' {
        return Err(value_error(ip, "Cannot specify both ',' and '_'."));
    }
    if pos < end && s[pos] == '.' {
        pos += 1;
        match get_integer(ip, &s, &mut pos)? {
            Some(p) => f.precision = p,
            None => return Err(value_error(ip, "Format specifier missing precision")),
        }
    }
    if end - pos > 1 {
        return Err(value_error(
            ip,
            format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            ),
        ));
    }
    if end - pos == 1 {
        f.ty = s[pos];
    }
    if f.thousands != '\0' {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.thousands == '_' => f.under_four = true,
            t => {
                return Err(value_error(
                    ip,
                    format!("Cannot specify '{}' with '{}'.", f.thousands, code_char(t)),
                ))
            }
        }
    }
    Ok(f)
}

fn unknown_code(ip: &Interp, ty: char, type_name: &str) -> Exc {
    value_error(
        ip,
        format!(
            "Unknown format code '{}' for object of type '{}'",
            code_char(ty),
            type_name
        ),
    )
}

fn push_n(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Pads `s` (of `nchars` characters) to the spec's width (`calc_padding`).
pub(crate) fn pad_to_width(out: &mut String, s: &str, nchars: i64, f: &Spec) {
    let total = if f.width >= 0 && f.width > nchars {
        f.width
    } else {
        nchars
    };
    let left = match f.align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    push_n(out, f.fill, left);
    out.push_str(s);
    push_n(out, f.fill, total - nchars - left);
}

/// `format(s, spec)` for a str.
fn format_str(ip: &Interp, s: &str, spec: &str) -> PyResult<String> {
    let f = parse_spec(ip, spec, "str", 's', '<')?;
    if f.ty != 's' {
        return Err(unknown_code(ip, f.ty, "str"));
    }
    if f.sign != '\0' {
        return Err(value_error(
            ip,
            if f.sign == ' ' {
                "Space not allowed in string format specifier"
            } else {
                "Sign not allowed in string format specifier"
            },
        ));
    }
    if f.no_neg_0 {
        return Err(value_error(
            ip,
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(value_error(
            ip,
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(value_error(
            ip,
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count() as i64;
    let mut text = s;
    if f.precision >= 0 && len > f.precision {
        len = f.precision;
        let cut = s
            .char_indices()
            .nth(len as usize)
            .map(|(i, _)| i)
            .unwrap_or(s.len());
        text = &s[..cut];
    }
    let mut out = String::with_capacity(text.len() + 8);
    pad_to_width(&mut out, text, len, &f);
    Ok(out)
}

/// Inserts thousands separators into `digits`, zero-padding them to `min_width`
/// (`_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: i64, group: Option<(char, i64)>) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width.max(0);
    let mut pos = d.len();
    // Chunks from right to left; each is written zeros, digits, separator.
    let mut chunks: Vec<String> = Vec::new();
    let mut use_sep = false;
    let mut emit = |n_chars: i64, n_zeros: i64, sep: Option<char>, pos: &mut usize| {
        let mut c = String::new();
        push_n(&mut c, '0', n_zeros);
        let n = n_chars.max(0) as usize;
        c.push_str(std::str::from_utf8(&d[*pos - n..*pos]).unwrap_or(""));
        *pos -= n;
        if let Some(sep) = sep {
            c.push(sep);
        }
        chunks.push(c);
    };
    let mut loop_broken = false;
    if let Some((sep, size)) = group {
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(
                n_chars,
                n_zeros,
                if use_sep { Some(sep) } else { None },
                &mut pos,
            );
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = group.map(|g| g.0).filter(|_| use_sep);
        emit(n_chars, n_zeros, sep, &mut pos);
    }
    chunks.reverse();
    chunks.concat()
}

/// `text`, a number written without grouping (an optional sign, digits, then the rest), with
/// the spec's thousands separators put into its run of leading digits: how each part of a
/// complex number is grouped. Text with no leading digits (`inf`, `nan`) is left as it is.
pub fn group_number_text(text: &str, f: &Spec) -> String {
    let Some(group) = grouping_of(f) else {
        return text.to_string();
    };
    let sign_len = usize::from(text.starts_with(['-', '+']));
    let (sign, rest) = text.split_at(sign_len);
    let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits_len == 0 {
        return text.to_string();
    }
    let (digits, tail) = rest.split_at(digits_len);
    format!("{sign}{}{tail}", group_digits(digits, 0, Some(group)))
}

/// The parts of a formatted number, laid out by `layout_number`.
struct NumParts<'a> {
    neg: bool,
    prefix: &'a str,
    /// The run of digits that grouping and zero padding apply to.
    digits: &'a str,
    has_decimal: bool,
    /// What follows the decimal point (or the digits): fraction, exponent, `%`, a `c` char.
    remainder: &'a str,
}

fn grouping_of(f: &Spec) -> Option<(char, i64)> {
    if f.ty == 'n' {
        return None;
    }
    match f.thousands {
        ',' => Some((',', 3)),
        '_' => Some(('_', if f.under_four { 4 } else { 3 })),
        _ => None,
    }
}

/// `calc_number_widths` and `fill_number`:
/// `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`.
fn layout_number(f: &Spec, p: NumParts, upper: bool) -> String {
    let sign = match f.sign {
        '+' => Some(if p.neg { '-' } else { '+' }),
        ' ' => Some(if p.neg { '-' } else { ' ' }),
        _ if p.neg => Some('-'),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = p.prefix.chars().count() as i64;
    let n_remainder = p.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + p.has_decimal as i64 + n_remainder;
    let min_width = if f.fill == '0' && f.align == '=' {
        f.width - non_digit
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits, min_width, grouping_of(f))
    };
    let n_padding = f.width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match f.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity(grouped.len() + 16);
    push_n(&mut out, f.fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    if upper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    push_n(&mut out, f.fill, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_n(&mut out, f.fill, rpad);
    out
}

/// An int to format: small or big.
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_neg(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    /// The magnitude in `base`, lowercase.
    fn abs_digits(&self, base: u32) -> String {
        match self {
            IntRef::Small(i) => {
                let a = i.unsigned_abs();
                match base {
                    2 => format!("{:b}", a),
                    8 => format!("{:o}", a),
                    16 => format!("{:x}", a),
                    _ => a.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(base),
        }
    }
    fn to_f64(&self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(*i as f64),
            IntRef::Big(b) => b.to_f64().filter(|x| x.is_finite()),
        }
    }
}

/// `format(n, spec)` for an int (or a bool, by its value) with a non-empty spec.
fn format_int(ip: &Interp, n: IntRef, spec: &str, type_name: &str) -> PyResult<String> {
    let f = parse_spec(ip, spec, type_name, 'd', '>')?;
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let Some(x) = n.to_f64() else {
                return Err(ip.err(ExcKind::OverflowError, "int too large to convert to float"));
            };
            return format_float_spec(ip, x, &f);
        }
        t => return Err(unknown_code(ip, t, type_name)),
    }
    if f.precision != -1 {
        return Err(value_error(
            ip,
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(value_error(
            ip,
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if f.ty == 'c' {
        if f.sign != '\0' {
            return Err(value_error(
                ip,
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(value_error(
                ip,
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = match n {
            IntRef::Small(i) => i,
            IntRef::Big(_) => {
                return Err(ip.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C long",
                ))
            }
        };
        let c = u32::try_from(x)
            .ok()
            .filter(|u| *u <= 0x10ffff)
            .ok_or_else(|| ip.err(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
        let s = char::from_u32(c).map(String::from).unwrap_or_default();
        let parts = NumParts {
            neg: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &s,
        };
        return Ok(layout_number(&f, parts, false));
    }
    let (base, prefix) = match f.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = n.abs_digits(base);
    let parts = NumParts {
        neg: n.is_neg(),
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(layout_number(&f, parts, f.ty == 'X'))
}

// ---- floats ----

/// The digits of a finite `x` (sign ignored) and the decimal point's position (value =
/// 0.DIGITS × 10^decpt), as David Gay's `_Py_dg_dtoa` gives them: mode 0 shortest round-trip,
/// mode 2 `n` significant digits, mode 3 `n` digits after the point; trailing zeros removed.
fn dtoa(x: f64, mode: u8, n: i64) -> (String, i64) {
    let x = x.abs();
    if x == 0.0 {
        return ("0".into(), 1);
    }
    match mode {
        0 => {
            let mut buf = ryu::Buffer::new();
            let s = buf.format_finite(x);
            let (mant, exp) = match s.find(['e', 'E']) {
                Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
                None => (s, 0),
            };
            let (ip_, fp) = mant.split_once('.').unwrap_or((mant, ""));
            let all = format!("{ip_}{fp}");
            strip_digits(&all, ip_.len() as i64 + exp)
        }
        // An f64's exact decimal expansion has at most 767 significant digits and 1074 after
        // the point: asking for more only adds zeros, which are stripped anyway (and Rust's
        // formatter takes at most 65535).
        2 => {
            let s = format!("{:.*e}", (n.clamp(1, 800) - 1) as usize, x);
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            let all: String = mant.chars().filter(|c| *c != '.').collect();
            strip_digits(&all, exp + 1)
        }
        _ => {
            let s = format!("{:.*}", n.clamp(0, 1100) as usize, x);
            let (ip_, fp) = s.split_once('.').unwrap_or((&s, ""));
            let all = format!("{ip_}{fp}");
            let (d, decpt) = strip_digits(&all, ip_.len() as i64);
            if d.is_empty() {
                (d, -n)
            } else {
                (d, decpt)
            }
        }
    }
}

/// Removes leading zeros (moving the point) and trailing zeros.
fn strip_digits(all: &str, decpt: i64) -> (String, i64) {
    let lead = all.len() - all.trim_start_matches('0').len();
    let d = all[lead..].trim_end_matches('0');
    (d.to_string(), decpt - lead as i64)
}

/// `PyOS_double_to_string` with `format_float_short`: `code` is one of `eEfFgGr`.
pub fn double_to_string(
    x: f64,
    code: char,
    precision: i64,
    always_sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut precision = precision;
    let mode = match code {
        'e' => {
            precision += 1;
            2
        }
        'f' => 3,
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            2
        }
        _ => 0,
    };
    let mut out = String::new();
    if x.is_nan() || x.is_infinite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let (digits, mut decpt) = dtoa(x, mode, precision);
    let mut neg = x.is_sign_negative();
    let digits_len = digits.len() as i64;
    if no_neg_0 && neg && (digits_len == 0 || digits == "0") {
        neg = false;
    }
    let mut use_exp = false;
    let mut exp = 0;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    if neg {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if decpt <= 0 {
        push_n(&mut out, '0', decpt - vdigits_start);
        out.push('.');
        push_n(&mut out, '0', -decpt);
    } else {
        push_n(&mut out, '0', -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        push_n(&mut out, '0', decpt - digits_len);
        out.push('.');
        push_n(&mut out, '0', vdigits_end - decpt);
    } else {
        push_n(&mut out, '0', vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        let _ = write!(out, "{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    out
}

/// `format_float_internal`.
fn format_float_spec(ip: &Interp, x: f64, f: &Spec) -> PyResult<String> {
    if f.precision > i32::MAX as i64 {
        return Err(value_error(ip, "precision too big"));
    }
    let mut ty = f.ty;
    let mut x = x;
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        x *= 100.0;
        add_pct = true;
    }
    let precision = if f.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        f.precision
    };
    let mut buf = double_to_string(x, ty, precision, false, add_dot_0, f.alternate, f.no_neg_0);
    if add_pct {
        buf.push('%');
    }
    let (neg, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let has_decimal = body[ndig..].starts_with('.');
    let remainder = &body[ndig + has_decimal as usize..];
    let parts = NumParts {
        neg,
        prefix: "",
        digits: &body[..ndig],
        has_decimal,
        remainder,
    };
    Ok(layout_number(f, parts, false))
}

fn format_float(ip: &Interp, x: f64, spec: &str) -> PyResult<String> {
    let f = parse_spec(ip, spec, "float", '\0', '>')?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(ip, x, &f),
        t => Err(unknown_code(ip, t, "float")),
    }
}

/// Formats `v` by `spec` as `format(v, spec)` does (empty spec = `str(v)`).
pub fn format_value(ip: &Interp, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Instance(_) | Value::Exception(_)
            if crate::eval::classes::user_method(v, crate::intern::sym::__format__).is_some() =>
        {
            let r = crate::eval::classes::call_dunder(
                ip,
                v,
                crate::intern::sym::__format__,
                &[Value::str(spec)],
            )
            .unwrap()?;
            match r {
                Value::Str(s) => Ok(s.s.to_string()),
                other => ip.type_error(format!(
                    "__format__ must return a str, not {}",
                    ops::type_name(ip, &other)
                )),
            }
        }
        Value::Instance(i)
            if !spec.is_empty() && crate::eval::classes::is_value_kind(i.class.kind) =>
        {
            match &i.base {
                Some(b) => format_value(ip, b, spec),
                None => str_of(ip, v),
            }
        }
        Value::Str(s) => {
            if spec.is_empty() {
                Ok(s.s.to_string())
            } else {
                format_str(ip, &s.s, spec)
            }
        }
        Value::Int(i) => {
            if spec.is_empty() {
                Ok(i.to_string())
            } else {
                format_int(ip, IntRef::Small(*i), spec, "int")
            }
        }
        Value::BigInt(b) => {
            if spec.is_empty() {
                crate::runtime::numbers::bigint_decimal(ip, b)
            } else {
                format_int(ip, IntRef::Big(b), spec, "int")
            }
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                Ok(if b.get() { "True" } else { "False" }.into())
            } else {
                format_int(ip, IntRef::Small(*b as i64), spec, "bool")
            }
        }
        Value::Float(x) => {
            if spec.is_empty() {
                Ok(float_repr(x.get()))
            } else {
                format_float(ip, x.get(), spec)
            }
        }
        Value::Complex(c) => crate::runtime::complex::format(ip, **c, spec),
        _ => {
            if spec.is_empty() {
                str_of(ip, v)
            } else {
                ip.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    ops::type_name(ip, v)
                ))
            }
        }
    }
}

/// `ascii(v)`: the repr with every non-ASCII character escaped.
pub fn ascii_of(ip: &Interp, v: &Value) -> PyResult<String> {
    let r = repr(ip, v)?;
    Ok(ascii_escape(&r))
}

/// Escapes non-ASCII characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let u = crate::surrogates::python_code(c);
        if u < 0x80 {
            out.push(c);
        } else if u <= 0xff {
            let _ = write!(out, "\\x{:02x}", u);
        } else if u <= 0xffff {
            let _ = write!(out, "\\u{:04x}", u);
        } else {
            let _ = write!(out, "\\U{:08x}", u);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------------------------

#[derive(PartialEq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: i64,
}

/// `get_integer` of a field name part: -1 when it is not all digits.
fn field_integer(ip: &Interp, s: &[char]) -> PyResult<i64> {
    if s.is_empty() {
        return Ok(-1);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
            return Ok(-1);
        };
        if acc > (i64::MAX - d as i64) / 10 {
            return Err(value_error(ip, "Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as i64;
    }
    Ok(acc)
}

/// Where named fields come from: the keyword arguments of `format`, or the mapping of
/// `format_map` (which has no positional arguments).
#[derive(Clone, Copy)]
enum Named<'a> {
    Kwargs(&'a Kwargs),
    Mapping(&'a Value),
}

/// Looks a field name (`0`, `name`, `0.attr[1]`, ``) up in the arguments.
fn get_field_object(
    ip: &Interp,
    name: &[char],
    args: Option<&[Value]>,
    named: Named,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    // field_name_split
    let mut i = 0;
    while i < name.len() && name[i] != '.' && name[i] != '[' {
        i += 1;
    }
    let first = &name[..i];
    let mut index = field_integer(ip, first)?;
    let empty = first.is_empty();
    let numeric = empty || index != -1;
    if auto.state == AutoState::Init && numeric {
        auto.state = if empty {
            AutoState::Auto
        } else {
            AutoState::Manual
        };
    }
    if numeric {
        if auto.state == AutoState::Manual && empty {
            return Err(value_error(
                ip,
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state == AutoState::Auto && !empty {
            return Err(value_error(
                ip,
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    if empty {
        index = auto.next;
        auto.next += 1;
    }
    let mut obj = if index == -1 {
        let key: String = first.iter().collect();
        match named {
            Named::Mapping(m) => ops::getitem(ip, m, &Value::string(key))?,
            Named::Kwargs(kw) => match kw.iter().find(|(k, _)| k.as_str() == key) {
                Some((_, v)) => v.clone(),
                None => {
                    return Err(Exc(crate::runtime::exceptions::ExcObj::new(
                        ip.exc_class(ExcKind::KeyError).clone(),
                        vec![Value::string(key)],
                    )))
                }
            },
        }
    } else {
        let Some(args) = args else {
            return Err(value_error(ip, "Format string contains positional fields"));
        };
        match args.get(index as usize) {
            Some(v) => v.clone(),
            None => {
                return Err(ip.err(
                    ExcKind::IndexError,
                    format!(
                        "Replacement index {} out of range for positional args tuple",
                        index
                    ),
                ))
            }
        }
    };
    // FieldNameIterator
    let mut pos = i;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        let is_attr;
        let start = pos;
        let part_end;
        match c {
            '.' => {
                is_attr = true;
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                part_end = pos;
            }
            '[' => {
                is_attr = false;
                let mut seen = false;
                while pos < name.len() {
                    let ch = name[pos];
                    pos += 1;
                    if ch == ']' {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    return Err(value_error(ip, "Missing ']' in format string"));
                }
                part_end = pos - 1;
            }
            _ => {
                return Err(value_error(
                    ip,
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
        let part = &name[start..part_end];
        let idx = if is_attr {
            -1
        } else {
            field_integer(ip, part)?
        };
        if part.is_empty() {
            return Err(value_error(ip, "Empty attribute in format string"));
        }
        let part_s: String = part.iter().collect();
        obj = if is_attr {
            ops::getattr(ip, &obj, intern(&part_s))?
        } else if idx == -1 {
            ops::getitem(ip, &obj, &Value::string(part_s))?
        } else {
            ops::getitem(ip, &obj, &Value::Int(idx))?
        };
    }
    Ok(obj)
}

/// One replacement field, parsed (`parse_field`).
struct Field {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_needs_expanding: bool,
}

fn parse_field(ip: &Interp, s: &[char], pos: &mut usize) -> PyResult<Field> {
    let start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error(ip, "unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = s[start..(*pos - 1).max(start)].to_vec();
    let mut field = Field {
        name,
        conversion: None,
        spec: Vec::new(),
        spec_needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= s.len() {
                return Err(value_error(
                    ip,
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < s.len() {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(value_error(ip, "expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < s.len() {
            let ch = s[*pos];
            *pos += 1;
            match ch {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = s[spec_start..*pos - 1].to_vec();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error(ip, "unmatched '{' in format spec"));
    } else if c != '}' {
        return Err(value_error(ip, "expected '}' before end of string"));
    }
    // The name ends before the closing brace; with an empty string there is none.
    Ok(field)
}

fn build_string(
    ip: &Interp,
    s: &[char],
    args: Option<&[Value]>,
    named: Named,
    depth: i32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth <= 0 {
        return Err(value_error(ip, "Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut pos = 0;
    while pos < s.len() {
        // MarkupIterator_next: literal text up to the first brace.
        let mut c = '\0';
        let mut markup_follows = false;
        while pos < s.len() {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
            out.push(c);
        }
        let at_end = pos >= s.len();
        if c == '}' && markup_follows && (at_end || s[pos] != '}') {
            return Err(value_error(ip, "Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup_follows {
            return Err(value_error(ip, "Single '{' encountered in format string"));
        }
        if !markup_follows {
            continue;
        }
        if !at_end && s[pos] == c {
            // An escaped brace.
            out.push(c);
            pos += 1;
            continue;
        }
        let field = parse_field(ip, s, &mut pos)?;
        let mut obj = get_field_object(ip, &field.name, args, named, auto)?;
        if let Some(conv) = field.conversion {
            obj = Value::string(match conv {
                'r' => repr(ip, &obj)?,
                's' => str_of(ip, &obj)?,
                'a' => ascii_of(ip, &obj)?,
                other => {
                    return Err(value_error(
                        ip,
                        format!("Unknown conversion specifier {}", code_char(other)),
                    ))
                }
            });
        }
        let spec: String = if field.spec_needs_expanding {
            build_string(ip, &field.spec, args, named, depth - 1, auto)?
        } else {
            field.spec.iter().collect()
        };
        out.push_str(&format_value(ip, &obj, &spec)?);
    }
    Ok(out)
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(ip: &Interp, fmt: &str, args: &[Value], kw: &Kwargs) -> PyResult<String> {
    let s: Vec<char> = fmt.chars().collect();
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    build_string(ip, &s, Some(args), Named::Kwargs(kw), 2, &mut auto)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(ip: &Interp, fmt: &str, mapping: &Value) -> PyResult<String> {
    let s: Vec<char> = fmt.chars().collect();
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    build_string(ip, &s, None, Named::Mapping(mapping), 2, &mut auto)
}

// ---------------------------------------------------------------------------------------------
// %-formatting
// ---------------------------------------------------------------------------------------------

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct PctArg {
    ch: char,
    flags: u8,
    width: i64,
    prec: i64,
    sign: bool,
}

struct PctCtx<'a> {
    args: Value,
    /// The items when the argument is a tuple.
    items: Option<&'a [Value]>,
    arglen: i64,
    argidx: i64,
    /// The argument, when it is a mapping (anything subscriptable but a tuple or a str).
    dict: Option<Value>,
}

impl PctCtx<'_> {
    fn next_arg(&mut self, ip: &Interp) -> PyResult<Value> {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(items) = self.items {
                return Ok(items[idx as usize].clone());
            }
        }
        ip.type_error("not enough arguments for format string")
    }
}

fn is_mapping(v: &Value) -> bool {
    matches!(
        v,
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::Range(_)
    )
}

fn int_of_pct(ip: &Interp, v: &Value) -> PyResult<Option<BigInt>> {
    Ok(match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Instance(i) if i.class.kind == crate::runtime::object::ClassKind::Int => {
            match &i.base {
                Some(b) => return int_of_pct(ip, b),
                None => None,
            }
        }
        _ => {
            let _ = ip;
            None
        }
    })
}

/// `mainformatlong` with `_PyUnicode_FormatLong`.
fn pct_long(ip: &Interp, v: &Value, arg: &PctArg) -> PyResult<String> {
    let ty = arg.ch;
    let wrong = || {
        let what = if matches!(ty, 'o' | 'x' | 'X') {
            "an integer is required"
        } else {
            "a real number is required"
        };
        ip.err(
            ExcKind::TypeError,
            format!("%{} format: {}, not {}", ty, what, ops::type_name(ip, v)),
        )
    };
    let n = match int_of_pct(ip, v)? {
        Some(n) => n,
        None => match v {
            Value::Float(x) => {
                if matches!(ty, 'o' | 'x' | 'X') {
                    return Err(wrong());
                }
                if x.get().is_nan() {
                    return Err(value_error(ip, "cannot convert float NaN to integer"));
                }
                if x.get().is_infinite() {
                    return Err(ip.err(
                        ExcKind::OverflowError,
                        "cannot convert float infinity to integer",
                    ));
                }
                num_traits::FromPrimitive::from_f64(x.get().trunc()).unwrap_or_default()
            }
            // A number written as a class: `__index__` for %o/%x/%X, `int(v)` otherwise.
            Value::Instance(_)
                if ["__index__", "__int__", "__float__"].iter().any(|m| {
                    crate::eval::classes::user_method(v, crate::intern::intern(m)).is_some()
                }) =>
            {
                if matches!(ty, 'o' | 'x' | 'X') {
                    match crate::runtime::numbers::index_opt(ip, v)? {
                        Some(n) => n,
                        None => return Err(wrong()),
                    }
                } else {
                    let i = crate::runtime::types::to_int(ip, v)?;
                    crate::runtime::numbers::as_bigint(&i).unwrap_or_default()
                }
            }
            _ => return Err(wrong()),
        },
    };
    let base = match ty {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = n.magnitude().to_str_radix(base);
    if arg.prec >= 0 && (digits.len() as i64) < arg.prec {
        let zeros = "0".repeat(arg.prec as usize - digits.len());
        digits.insert_str(0, &zeros);
    }
    let mut out = String::new();
    if n.is_negative() {
        out.push('-');
    }
    if arg.flags & F_ALT != 0 && base != 10 {
        out.push('0');
        out.push(if base == 8 { 'o' } else { 'x' });
    }
    out.push_str(&digits);
    if ty == 'X' {
        out = out.to_ascii_uppercase();
    }
    Ok(out)
}

fn pct_float(ip: &Interp, v: &Value, arg: &PctArg) -> PyResult<String> {
    if let Value::Instance(i) = v {
        if matches!(
            i.class.kind,
            crate::runtime::object::ClassKind::Int | crate::runtime::object::ClassKind::Float
        ) {
            if let Some(b) = &i.base {
                return pct_float(ip, b, arg);
            }
        }
    }
    let x = match v {
        Value::Float(x) => x.get(),
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => b
            .to_f64()
            .filter(|x| x.is_finite())
            .ok_or_else(|| ip.err(ExcKind::OverflowError, "int too large to convert to float"))?,
        other => crate::stdlib::math::to_f64(ip, other)?,
    };
    let prec = if arg.prec < 0 { 6 } else { arg.prec };
    Ok(double_to_string(
        x,
        arg.ch,
        prec,
        false,
        false,
        arg.flags & F_ALT != 0,
        false,
    ))
}

fn pct_char(ip: &Interp, v: &Value) -> PyResult<char> {
    let bad = || ip.err(ExcKind::TypeError, "%c requires int or char");
    match v {
        Value::Str(s) => {
            let mut it = s.s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(bad()),
            }
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = int_of_pct(ip, v)?.unwrap_or_default();
            n.to_u32()
                .filter(|u| *u <= 0x10ffff)
                .and_then(char::from_u32)
                .ok_or_else(|| ip.err(ExcKind::OverflowError, "%c arg not in range(0x110000)"))
        }
        _ => Err(bad()),
    }
}

/// `unicode_format_arg_output`: pads a converted argument.
fn pct_output(out: &mut String, arg: &mut PctArg, s: &str) {
    let fill = if arg.sign && arg.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    if (arg.width == -1 || arg.width <= len)
        && (arg.prec == -1 || arg.prec >= len)
        && arg.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(s);
        return;
    }
    if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if arg.sign {
        let ch = chars.first().copied().unwrap_or('\0');
        if ch == '-' || ch == '+' {
            signchar = ch;
            len -= 1;
            pindex += 1;
        } else if arg.flags & F_SIGN != 0 {
            signchar = '+';
        } else if arg.flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            arg.sign = false;
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    if arg.sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    if arg.width > len && arg.flags & F_LJUST == 0 {
        push_n(out, fill, arg.width - len);
        arg.width = len;
    }
    if fill == ' ' {
        if arg.sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(chars[pindex..pindex + len as usize].iter());
    }
    if arg.width > len {
        push_n(out, ' ', arg.width - len);
    }
}

/// `fmt % arg` for a str `fmt`: `arg` is a tuple of arguments, a mapping, or a single value.
pub fn percent_format(ip: &Interp, fmt: &str, arg: &Value) -> PyResult<String> {
    let s: Vec<char> = fmt.chars().collect();
    let (items, arglen, argidx) = match arg {
        Value::Tuple(t) => (Some(&t.items[..]), t.items.len() as i64, 0),
        _ => (None, -1, -2),
    };
    let mut ctx = PctCtx {
        args: arg.clone(),
        items,
        arglen,
        argidx,
        dict: if is_mapping(arg) {
            Some(arg.clone())
        } else {
            None
        },
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let n = s.len();
    let mut pos = 0;
    while pos < n {
        if s[pos] != '%' {
            out.push(s[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        let at = |p: usize| if p < n { s[p] } else { '\0' };
        if at(pos) == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut arg = PctArg {
            ch: '\0',
            flags: 0,
            width: -1,
            prec: -1,
            sign: false,
        };
        // A mapping key: "%(name)s".
        if at(pos) == '(' {
            let Some(dict) = ctx.dict.clone() else {
                return ip.type_error("format requires a mapping");
            };
            pos += 1;
            let key_start = pos;
            let mut depth = 1;
            while depth > 0 && pos < n {
                match s[pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(value_error(ip, "incomplete format key"));
            }
            let key: String = s[key_start..pos - 1].iter().collect();
            let v = ops::getitem(ip, &dict, &Value::string(key))?;
            ctx.args = v;
            ctx.items = None;
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        // Flags.
        let mut incomplete = true;
        while pos < n {
            arg.ch = s[pos];
            pos += 1;
            let flag = match arg.ch {
                '-' => F_LJUST,
                '+' => F_SIGN,
                ' ' => F_BLANK,
                '#' => F_ALT,
                '0' => F_ZERO,
                _ => {
                    incomplete = false;
                    break;
                }
            };
            arg.flags |= flag;
        }
        if incomplete {
            return Err(value_error(ip, "incomplete format"));
        }
        // `more` tracks CPython's fmtcnt >= 0: whether arg.ch was really read.
        let mut more = true;
        let read_next = |pos: &mut usize, ch: &mut char| {
            if *pos < n {
                *ch = s[*pos];
                *pos += 1;
                true
            } else {
                false
            }
        };
        // Width.
        if arg.ch == '*' {
            let v = ctx.next_arg(ip)?;
            let w = match v {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                Value::BigInt(_) => {
                    return Err(ip.err(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ))
                }
                _ => return ip.type_error("* wants int"),
            };
            arg.width = w;
            if w < 0 {
                arg.flags |= F_LJUST;
                arg.width = w.wrapping_neg();
            }
            more = read_next(&mut pos, &mut arg.ch);
        } else if arg.ch.is_ascii_digit() {
            arg.width = arg.ch as i64 - '0' as i64;
            loop {
                if !read_next(&mut pos, &mut arg.ch) {
                    more = false;
                    break;
                }
                if !arg.ch.is_ascii_digit() {
                    break;
                }
                let d = arg.ch as i64 - '0' as i64;
                if arg.width > (i64::MAX - d) / 10 {
                    return Err(value_error(ip, "width too big"));
                }
                arg.width = arg.width * 10 + d;
            }
        }
        // What is padded to the width is built by code that cannot fail: room first.
        crate::runtime::grow::check_room(ip, arg.width.max(0) as usize)?;
        // Precision.
        if more && arg.ch == '.' {
            arg.prec = 0;
            more = read_next(&mut pos, &mut arg.ch);
            if more && arg.ch == '*' {
                let v = ctx.next_arg(ip)?;
                let p = match v {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    Value::BigInt(_) => i64::MAX,
                    _ => return ip.type_error("* wants int"),
                };
                if p > i32::MAX as i64 || p < i32::MIN as i64 {
                    return Err(ip.err(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C int",
                    ));
                }
                arg.prec = p.max(0);
                more = read_next(&mut pos, &mut arg.ch);
            } else if more && arg.ch.is_ascii_digit() {
                arg.prec = arg.ch as i64 - '0' as i64;
                loop {
                    if !read_next(&mut pos, &mut arg.ch) {
                        more = false;
                        break;
                    }
                    if !arg.ch.is_ascii_digit() {
                        break;
                    }
                    let d = arg.ch as i64 - '0' as i64;
                    if arg.prec > (i32::MAX as i64 - d) / 10 {
                        return Err(value_error(ip, "precision too big"));
                    }
                    arg.prec = arg.prec * 10 + d;
                }
            }
        }
        if more && matches!(arg.ch, 'h' | 'l' | 'L') {
            more = read_next(&mut pos, &mut arg.ch);
        }
        if !more {
            return Err(value_error(ip, "incomplete format"));
        }
        // Conversion.
        let v = ctx.next_arg(ip)?;
        let text = match arg.ch {
            's' => str_of(ip, &v)?,
            'r' => repr(ip, &v)?,
            'a' => ascii_of(ip, &v)?,
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                arg.sign = true;
                pct_long(ip, &v, &arg)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                arg.sign = true;
                pct_float(ip, &v, &arg)?
            }
            'c' => pct_char(ip, &v)?.to_string(),
            c => {
                let u = c as u32;
                return Err(value_error(
                    ip,
                    format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        if (31..=126).contains(&u) { c } else { '?' },
                        u,
                        pos - 1
                    ),
                ));
            }
        };
        pct_output(&mut out, &mut arg, &text);
        if ctx.dict.is_some() && ctx.argidx < ctx.arglen {
            return ip.type_error("not all arguments converted during string formatting");
        }
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return ip.type_error("not all arguments converted during string formatting");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, code: char, prec: i64) -> String {
        double_to_string(x, code, prec, false, false, false, false)
    }

    #[test]
    fn fixed_and_exponent_round_half_even() {
        assert_eq!(f(0.125, 'f', 2), "0.12");
        assert_eq!(f(0.375, 'f', 2), "0.38");
        assert_eq!(f(2.5, 'f', 0), "2");
        assert_eq!(f(-0.001, 'f', 2), "-0.00");
        assert_eq!(f(1234.5678, 'e', 2), "1.23e+03");
        assert_eq!(f(0.0, 'e', 3), "0.000e+00");
        assert_eq!(f(1e300, 'E', 1), "1.0E+300");
        assert_eq!(f(f64::INFINITY, 'F', 2), "INF");
        assert_eq!(f(f64::NAN, 'g', 2), "nan");
    }

    #[test]
    fn general_format_switches_to_exponent() {
        assert_eq!(f(123456.0, 'g', 6), "123456");
        assert_eq!(f(1234567.0, 'g', 6), "1.23457e+06");
        assert_eq!(f(0.0001, 'g', 6), "0.0001");
        assert_eq!(f(0.00001, 'g', 6), "1e-05");
        assert_eq!(f(1.5, 'g', 0), "2");
        assert_eq!(
            double_to_string(1.0, 'g', 3, false, false, true, false),
            "1.00"
        );
        // No type with a precision: like 'g' but keeps a '.0' on integers.
        assert_eq!(
            double_to_string(12.0, 'g', 3, false, true, false, false),
            "12.0"
        );
        assert_eq!(
            double_to_string(123.0, 'g', 3, false, true, false, false),
            "1.23e+02"
        );
    }

    #[test]
    fn repr_mode_agrees_with_float_repr() {
        for x in [
            0.1,
            1e16,
            1e-5,
            123.456,
            1e22,
            5e-324,
            0.3 - 0.1,
            1e15,
            -2.5,
        ] {
            assert_eq!(
                double_to_string(x, 'r', 0, false, true, false, false),
                float_repr(x)
            );
        }
    }

    #[test]
    fn grouping_pads_with_zeros_inside_groups() {
        assert_eq!(group_digits("1234567", 0, Some((',', 3))), "1,234,567");
        assert_eq!(group_digits("1234", 9, Some((',', 3))), "0,001,234");
        assert_eq!(group_digits("42", 5, None), "00042");
        assert_eq!(group_digits("ffff", 0, Some(('_', 4))), "ffff");
        assert_eq!(group_digits("fffff", 0, Some(('_', 4))), "f_ffff");
    }

    #[test]
    fn ascii_escapes_non_ascii() {
        assert_eq!(ascii_escape("'é€😀'"), "'\\xe9\\u20ac\\U0001f600'");
    }
}
