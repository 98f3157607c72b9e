//! Methods of `str` and `bytes`, with CPython 3.11's results and error messages. Strings are
//! indexed by code point; an ASCII string (`PyStr::ascii`) indexes its bytes directly.

use crate::runtime::repr::is_printable;
use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::codecs;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::format::{format_value, percent_format, str_format, str_format_map};
use crate::runtime::object::{BuiltinFn, Class, Kwargs};
use crate::runtime::value::{PyStr, Value};
use corun_macros::method;

// ---------------------------------------------------------------------------------------------
// Arguments, as CPython's argument parsers report them
// ---------------------------------------------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The receiver of a str method.
fn recv<'a>(ip: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyStr>> {
    match args.first().map(crate::eval::classes::value_base) {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => ip.type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            ops::type_name(ip, other)
        )),
        None => ip.type_error(format!("unbound method str.{}() needs an argument", name)),
    }
}

/// A str receiver with the object it came in: a method that gives back its receiver itself
/// gives back an instance of a subclass of str as it is.
struct StrSelf<'a> {
    obj: &'a Value,
    s: &'a Rc<PyStr>,
}

impl<'a> crate::runtime::bind::FromArg<'a> for StrSelf<'a> {
    fn from_arg(ip: &Interp, v: &'a Value, at: crate::runtime::bind::At) -> PyResult<Self> {
        Ok(StrSelf {
            obj: v,
            s: crate::runtime::bind::FromArg::from_arg(ip, v, at)?,
        })
    }
}

/// Positional-only parameters (`_PyArg_CheckPositional`).
fn check_pos(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return ip.type_error(format!("str.{}() takes no keyword arguments", name));
    }
    let n = args.len();
    if n < min {
        return ip.type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            if min == max { "" } else { "at least " },
            min,
            plural(min),
            n
        ));
    }
    if n > max {
        return ip.type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            if min == max { "" } else { "at most " },
            max,
            plural(max),
            n
        ));
    }
    Ok(())
}

/// `METH_VARARGS` parsed by `PyArg_ParseTuple` (find, count, startswith …).
fn check_varargs(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return ip.type_error(format!("str.{}() takes no keyword arguments", name));
    }
    let n = args.len();
    if n < min || n > max {
        let (word, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return ip.type_error(format!(
            "{}() takes {} {} argument{} ({} given)",
            name,
            word,
            k,
            plural(k),
            n
        ));
    }
    Ok(())
}

/// Parameters that may be passed by keyword (`_PyArg_UnpackKeywords`), none required.
fn unpack_kw<const N: usize>(
    ip: &Interp,
    fname: &str,
    args: &[Value],
    kw: &Kwargs,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let nargs = args.len();
    let nkw = kw.len();
    if nargs + nkw > N {
        return ip.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            N,
            if nargs == 0 { "keyword " } else { "" },
            plural(N),
            nargs + nkw
        ));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    let mut used = 0;
    for (i, name) in names.iter().enumerate().skip(nargs) {
        if let Some((_, v)) = kw.iter().find(|(k, _)| k.as_str() == *name) {
            out[i] = Some(v.clone());
            used += 1;
        }
    }
    if used < nkw {
        for (i, name) in names.iter().enumerate().take(nargs) {
            if kw.iter().any(|(k, _)| k.as_str() == *name) {
                return ip.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    name,
                    i + 1
                ));
            }
        }
        for (k, _) in kw {
            if !names.contains(&k.as_str()) {
                return ip.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k, fname
                ));
            }
        }
    }
    Ok(out)
}

/// An argument converted with `__index__` to a C `Py_ssize_t`.
fn ssize_arg(ip: &Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(ip.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        other => ip.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(ip, other)
        )),
    }
}

/// A slice bound (`_PyEval_SliceIndex`): None for `None`, huge ints clamp.
fn slice_index(ip: &Interp, v: &Value) -> PyResult<Option<i64>> {
    use num_traits::Signed;
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        _ => ip.type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// A type as Argument Clinic's "must be X, not Y" names it: `None` for None.
fn clinic_type_name(ip: &Interp, v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        other => ops::type_name(ip, other),
    }
}

fn str_arg<'a>(ip: &Interp, v: &'a Value) -> PyResult<&'a Rc<PyStr>> {
    match crate::eval::classes::value_base(v) {
        Value::Str(s) => Ok(s),
        other => ip.type_error(format!("must be str, not {}", ops::type_name(ip, other))),
    }
}

fn new_str(s: &str) -> Value {
    Value::str(s)
}

// ---------------------------------------------------------------------------------------------
// Code-point indexing
// ---------------------------------------------------------------------------------------------

/// Byte offsets of the code points of a str (none kept for ASCII).
struct Chars<'a> {
    s: &'a str,
    offs: Option<Vec<usize>>,
}

impl<'a> Chars<'a> {
    fn new(p: &'a PyStr) -> Chars<'a> {
        let s: &str = &p.s;
        let offs = if p.ascii {
            None
        } else {
            let mut v: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
            v.push(s.len());
            Some(v)
        };
        Chars { s, offs }
    }
    fn len(&self) -> usize {
        match &self.offs {
            None => self.s.len(),
            Some(v) => v.len() - 1,
        }
    }
    /// The byte offset of code point `i` (`i <= len`).
    fn byte(&self, i: usize) -> usize {
        match &self.offs {
            None => i,
            Some(v) => v[i],
        }
    }
    /// The code point index of byte offset `b` (a char boundary).
    fn index_of_byte(&self, b: usize) -> usize {
        match &self.offs {
            None => b,
            Some(v) => v.binary_search(&b).unwrap_or_else(|i| i),
        }
    }
    /// The code points `start..end`.
    fn slice(&self, start: usize, end: usize) -> &'a str {
        &self.s[self.byte(start)..self.byte(end)]
    }
}

/// `ADJUST_INDICES`: slice bounds made non-negative; `end` clamped to `len`, `start` is not.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

// ---------------------------------------------------------------------------------------------
// Character classes (Unicode, as CPython's unicodectype.c sees them)
// ---------------------------------------------------------------------------------------------

/// `Py_UNICODE_ISSPACE`: White_Space plus the separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Line boundaries for `splitlines`.
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The first code points of the blocks of ten decimal digits (category Nd).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// `str.isdecimal` for one character: category Nd.
pub fn is_decimal(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_digit();
    }
    DECIMAL_ZEROS.iter().any(|&z| u >= z && u < z + 10)
}

/// Characters with Numeric_Type=Digit that are not decimal (superscripts, circled digits …).
const DIGIT_RANGES: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// `str.isdigit` for one character.
pub fn is_digit(c: char) -> bool {
    let u = c as u32;
    is_decimal(c) || DIGIT_RANGES.iter().any(|&(a, b)| u >= a && u <= b)
}

/// CJK ideographs with a numeric value (category Lo, so not `char::is_numeric`).
const CJK_NUMERALS: &str =
    "〇一二三四五六七八九十百千万萬億亿兆零壹貳贰參叁参肆伍陸陆柒捌玖拾佰仟廿卅卌兩两什";

/// `str.isnumeric` for one character.
pub fn is_numeric(c: char) -> bool {
    c.is_numeric() || (!c.is_ascii() && CJK_NUMERALS.contains(c))
}

/// Letter number (Nl) ranges: alphabetic for Rust, not letters for `str.isalpha`.
const LETTER_NUMBERS: &[(u32, u32)] = &[
    (0x16EE, 0x16F0),
    (0x2160, 0x2182),
    (0x2185, 0x2188),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303A),
    (0xA6E6, 0xA6EF),
    (0x10140, 0x10174),
    (0x10341, 0x10341),
    (0x1034A, 0x1034A),
    (0x103D1, 0x103D5),
    (0x12400, 0x1246E),
];

/// Combining marks (Mn, Mc, Me), approximately: the ranges common scripts use.
fn is_mark(c: char) -> bool {
    let u = c as u32;
    match u {
        0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x5BF | 0x5C1..=0x5C2 | 0x5C4..=0x5C5 => {
            true
        }
        0x5C7 | 0x610..=0x61A | 0x64B..=0x65F | 0x670 | 0x6D6..=0x6DC | 0x6DF..=0x6E4 => true,
        0x6E7..=0x6E8 | 0x6EA..=0x6ED | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF => true,
        0xFE20..=0xFE2F | 0x302A..=0x302F | 0x3099..=0x309A => true,
        // Thai and Lao vowel signs and tone marks.
        0xE31 | 0xE34..=0xE3A | 0xE47..=0xE4E | 0xEB1 | 0xEB4..=0xEBC | 0xEC8..=0xECD => true,
        // Sinhala.
        0xD81..=0xD83 | 0xDCA | 0xDCF..=0xDD4 | 0xDD6 | 0xDD8..=0xDDF | 0xDF2..=0xDF3 => true,
        // The Indic blocks share a layout: signs, nukta, vowel signs, virama, length marks.
        0x900..=0xD7F => {
            let off = u & 0x7F;
            let base = u & !0x7F;
            (off == 0 && matches!(base, 0x900 | 0xC00 | 0xD00))
                || ((1..=3).contains(&off) && u != 0xB83)
                || (0x3A..=0x3C).contains(&off)
                || ((0x3E..=0x4D).contains(&off))
                || ((0x4E..=0x4F).contains(&off) && base == 0x900)
                || ((0x51..=0x57).contains(&off) && (base == 0x900 || off >= 0x55))
                || (0x62..=0x63).contains(&off)
        }
        _ => false,
    }
}

/// `str.isalpha` for one character: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let u = c as u32;
    c.is_alphabetic() && !is_mark(c) && !LETTER_NUMBERS.iter().any(|&(a, b)| u >= a && u <= b)
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Titlecase letters (category Lt).
fn is_title_char(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title_char(c)
}

/// Case_Ignorable, approximately: apostrophes, dots, modifier letters and combining marks.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
    ) || (0x2B0..=0x2FF).contains(&(c as u32))
        || is_mark(c)
}

/// Σ lowercases to ς at the end of a word (`handle_capital_sigma`).
fn final_sigma(cs: &[char], i: usize) -> char {
    let before = cs[..i].iter().rev().find(|c| !is_case_ignorable(**c));
    let mut fin = matches!(before, Some(c) if is_cased(*c));
    if fin {
        let after = cs[i + 1..].iter().find(|c| !is_case_ignorable(**c));
        fin = !matches!(after, Some(c) if is_cased(*c));
    }
    if fin {
        'ς'
    } else {
        'σ'
    }
}

/// The full lowercase of `cs[i]`, in the context of the whole string.
fn push_lower(out: &mut String, cs: &[char], i: usize) {
    let c = cs[i];
    if c == 'Σ' {
        out.push(final_sigma(cs, i));
    } else {
        out.extend(c.to_lowercase());
    }
}

/// The full titlecase of a character.
fn push_title(out: &mut String, c: char) {
    let u = c as u32;
    let simple = match u {
        0x1C4..=0x1C6 => Some(0x1C5),
        0x1C7..=0x1C9 => Some(0x1C8),
        0x1CA..=0x1CC => Some(0x1CB),
        0x1F1..=0x1F3 => Some(0x1F2),
        0x1F80..=0x1FAF => Some(u | 8),
        0x1FB3 | 0x1FBC => Some(0x1FBC),
        0x1FC3 | 0x1FCC => Some(0x1FCC),
        0x1FF3 | 0x1FFC => Some(0x1FFC),
        _ => None,
    };
    if let Some(t) = simple.and_then(char::from_u32) {
        out.push(t);
        return;
    }
    match c {
        'ŉ' => out.push_str("ʼN"),
        _ => {
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
                for rest in up {
                    out.extend(rest.to_lowercase());
                }
            }
        }
    }
}

/// The full case folding of a character.
fn push_fold(out: &mut String, c: char) {
    let u = c as u32;
    let s = match c {
        'ß' | 'ẞ' => "ss",
        'ς' => "σ",
        'µ' => "μ",
        'ſ' => "s",
        'ŉ' => "ʼn",
        'ϐ' => "β",
        'ϑ' => "θ",
        'ϕ' => "φ",
        'ϖ' => "π",
        'ϰ' => "κ",
        'ϱ' => "ρ",
        'ϵ' => "ε",
        'ẛ' => "ṡ",
        '\u{345}' | 'ι' => "ι",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        'և' => "եւ",
        'ﬓ' => "մն",
        'ﬔ' => "մե",
        'ﬕ' => "մի",
        'ﬖ' => "վն",
        'ﬗ' => "մխ",
        'ᾳ' | 'ᾼ' => "αι",
        'ῃ' | 'ῌ' => "ηι",
        'ῳ' | 'ῼ' => "ωι",
        _ => "",
    };
    if !s.is_empty() {
        out.push_str(s);
        return;
    }
    if (0x1F80..=0x1FAF).contains(&u) {
        let base = match (u - 0x1F80) / 16 {
            0 => 0x1F00,
            1 => 0x1F20,
            _ => 0x1F60,
        };
        if let Some(b) = char::from_u32(base + (u & 7)) {
            out.push(b);
            out.push('ι');
            return;
        }
    }
    out.extend(c.to_lowercase());
}

fn str_lower_full(s: &str) -> String {
    s.to_lowercase()
}

fn str_title(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in cs.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &cs, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn str_capitalize(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = cs.first() {
        push_title(&mut out, first);
    }
    for i in 1..cs.len() {
        push_lower(&mut out, &cs, i);
    }
    out
}

fn str_swapcase(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in cs.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &cs, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn str_casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// XID_Start, approximately.
fn is_xid_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic() && !is_mark(c))
}

/// XID_Continue, approximately.
fn is_xid_continue(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || (!c.is_ascii()
            && (c.is_alphabetic() || is_decimal(c) || is_mark(c) || c == '\u{b7}' || c == '‿'))
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, searching
// ---------------------------------------------------------------------------------------------

/// `s.split()` / `s.split(None, maxsplit)`: runs of whitespace separate.
fn split_whitespace(s: &str, maxsplit: i64) -> Vec<Value> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let n = cs.len();
    let byte = |i: usize| if i < n { cs[i].0 } else { s.len() };
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    while max > 0 {
        max -= 1;
        while i < n && is_space(cs[i].1) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_space(cs[i].1) {
            i += 1;
        }
        out.push(new_str(&s[byte(j)..byte(i)]));
    }
    if i < n {
        while i < n && is_space(cs[i].1) {
            i += 1;
        }
        if i != n {
            out.push(new_str(&s[byte(i)..]));
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<Value> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let n = cs.len() as i64;
    let byte = |i: i64| if i < n { cs[i as usize].0 } else { s.len() };
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = n - 1;
    while max > 0 {
        max -= 1;
        while i >= 0 && is_space(cs[i as usize].1) {
            i -= 1;
        }
        if i < 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i >= 0 && !is_space(cs[i as usize].1) {
            i -= 1;
        }
        out.push(new_str(&s[byte(i + 1)..byte(j + 1)]));
    }
    if i >= 0 {
        while i >= 0 && is_space(cs[i as usize].1) {
            i -= 1;
        }
        if i >= 0 {
            out.push(new_str(&s[..byte(i + 1)]));
        }
    }
    out.reverse();
    out
}

fn split_args(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
) -> PyResult<(Option<Rc<PyStr>>, i64)> {
    let [sep, maxsplit] = unpack_kw(ip, name, &args[1..], kw, ["sep", "maxsplit"])?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s),
        Some(other) => {
            return ip.type_error(format!(
                "must be str or None, not {}",
                ops::type_name(ip, &other)
            ))
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => ssize_arg(ip, &v)?,
    };
    if let Some(s) = &sep {
        if s.s.is_empty() {
            return Err(ip.err(ExcKind::ValueError, "empty separator"));
        }
    }
    Ok((sep, maxsplit))
}

fn str_split(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let s = recv(ip, args, "split")?;
    let (sep, maxsplit) = split_args(ip, "split", args, kw)?;
    let parts = match sep {
        None => split_whitespace(&s.s, maxsplit),
        Some(sep) => {
            let n = if maxsplit < 0 {
                usize::MAX
            } else {
                maxsplit as usize + 1
            };
            s.s.splitn(n, &*sep.s).map(new_str).collect()
        }
    };
    Ok(Value::list(parts))
}

fn str_rsplit(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let s = recv(ip, args, "rsplit")?;
    let (sep, maxsplit) = split_args(ip, "rsplit", args, kw)?;
    let parts = match sep {
        None => rsplit_whitespace(&s.s, maxsplit),
        Some(sep) => {
            let n = if maxsplit < 0 {
                usize::MAX
            } else {
                maxsplit as usize + 1
            };
            let mut v: Vec<Value> = s.s.rsplitn(n, &*sep.s).map(new_str).collect();
            v.reverse();
            v
        }
    };
    Ok(Value::list(parts))
}

fn str_splitlines(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let s = recv(ip, args, "splitlines")?;
    let [keepends] = unpack_kw(ip, "splitlines", &args[1..], kw, ["keepends"])?;
    let keepends = match keepends {
        None => false,
        Some(v) => ssize_arg(ip, &v)? != 0,
    };
    let text: &str = &s.s;
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(new_str(&text[start..if keepends { end } else { i }]));
        start = end;
    }
    if start < text.len() {
        out.push(new_str(&text[start..]));
    }
    Ok(Value::list(out))
}

/// True for the TypeError `'X' object is not iterable`.
fn is_not_iterable(ip: &Interp, e: &Exc) -> bool {
    if !Rc::ptr_eq(&e.0.class, ip.exc_class(ExcKind::TypeError)) {
        return false;
    }
    matches!(e.0.args.borrow().first(), Some(Value::Str(m)) if m.s.ends_with("object is not iterable"))
}

#[method(str, "join($self, iterable, /)")]
fn str_join(ip: &Interp, sep: &Rc<PyStr>, iterable: &Value) -> PyResult<Value> {
    let items = match ops::collect(ip, iterable) {
        Ok(items) => items,
        Err(e) if is_not_iterable(ip, &e) => return ip.type_error("can only join an iterable"),
        Err(e) => return Err(e),
    };
    // The length first, as CPython does, so that the result is allocated once (or is a
    // MemoryError).
    let mut len = 0usize;
    let mut ascii = sep.ascii;
    for (i, x) in items.iter().enumerate() {
        match crate::eval::classes::value_base(x) {
            Value::Str(s) => {
                len = len
                    .checked_add(s.s.len() + if i > 0 { sep.s.len() } else { 0 })
                    .ok_or_else(|| crate::runtime::grow::memory_error(ip))?;
                ascii &= s.ascii;
            }
            other => {
                return ip.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    ops::type_name(ip, other)
                ))
            }
        }
    }
    let mut out = crate::runtime::grow::string_with_capacity(ip, len)?;
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        if let Value::Str(s) = crate::eval::classes::value_base(x) {
            out.push_str(&s.s);
        }
    }
    Ok(Value::Str(Rc::new(PyStr::with_flag(out.into(), ascii))))
}

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_impl(ip: &Interp, args: &[Value], kw: &Kwargs, name: &str, side: Side) -> PyResult<Value> {
    let s = recv(ip, args, name)?;
    check_pos(ip, name, &args[1..], kw, 0, 1)?;
    let text: &str = &s.s;
    let out = match args.get(1) {
        None | Some(Value::None) => match side {
            Side::Left => text.trim_start_matches(is_space),
            Side::Right => text.trim_end_matches(is_space),
            Side::Both => text.trim_matches(is_space),
        },
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.s.chars().collect();
            let pat = |c: char| set.contains(&c);
            match side {
                Side::Left => text.trim_start_matches(pat),
                Side::Right => text.trim_end_matches(pat),
                Side::Both => text.trim_matches(pat),
            }
        }
        Some(_) => return ip.type_error(format!("{} arg must be None or str", name)),
    };
    if out.len() == text.len() {
        return Ok(args[0].clone());
    }
    Ok(new_str(out))
}

fn str_strip(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    strip_impl(ip, args, kw, "strip", Side::Both)
}

fn str_lstrip(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    strip_impl(ip, args, kw, "lstrip", Side::Left)
}

fn str_rstrip(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    strip_impl(ip, args, kw, "rstrip", Side::Right)
}

fn str_replace(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let s = recv(ip, args, "replace")?;
    check_pos(ip, "replace", &args[1..], kw, 2, 3)?;
    let arg = |i: usize| -> PyResult<&Rc<PyStr>> {
        match crate::eval::classes::value_base(&args[i]) {
            Value::Str(x) => Ok(x),
            other => ip.type_error(format!(
                "replace() argument {} must be str, not {}",
                i,
                clinic_type_name(ip, other)
            )),
        }
    };
    let old = arg(1)?;
    let new = arg(2)?;
    let count = match args.get(3) {
        None => -1,
        Some(v) => ssize_arg(ip, v)?,
    };
    if new.s.len() > old.s.len() {
        // What the result will need, before it is built (a MemoryError rather than an abort).
        let found = if old.s.is_empty() {
            s.char_len() + 1
        } else {
            s.s.matches(&*old.s).count()
        };
        let n = if count < 0 {
            found
        } else {
            found.min(count as usize)
        };
        let total = n
            .checked_mul(new.s.len() - old.s.len())
            .and_then(|extra| extra.checked_add(s.s.len()))
            .ok_or_else(|| crate::runtime::grow::memory_error(ip))?;
        crate::runtime::grow::check_room(ip, total)?;
    }
    let out = if count < 0 {
        s.s.replace(&*old.s, &new.s)
    } else {
        s.s.replacen(&*old.s, &new.s, count as usize)
    };
    Ok(Value::Str(Rc::new(PyStr::with_flag(
        out.into(),
        s.ascii && new.ascii,
    ))))
}

/// The `(sub[, start[, end]])` arguments of find, index, count (`stringlib_parse_args_finds`).
fn finds_args<'a>(
    ip: &Interp,
    name: &str,
    args: &'a [Value],
    kw: &Kwargs,
) -> PyResult<(&'a Value, Option<i64>, Option<i64>)> {
    check_varargs(ip, name, &args[1..], kw, 1, 3)?;
    let start = match args.get(2) {
        Some(v) => slice_index(ip, v)?,
        None => None,
    };
    let end = match args.get(3) {
        Some(v) => slice_index(ip, v)?,
        None => None,
    };
    Ok((&args[1], start, end))
}

/// Finds `sub` in `s[start:end]`: the code point index, or -1.
fn find_in(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>, right: bool) -> i64 {
    let cs = Chars::new(s);
    let (start, end) = adjust_indices(start, end, cs.len());
    let sub_len = sub.char_len() as i64;
    if end - start < sub_len {
        return -1;
    }
    let (start, end) = (start as usize, end as usize);
    let hay = cs.slice(start, end);
    let base = cs.byte(start);
    let found = if right {
        hay.rfind(&*sub.s)
    } else {
        hay.find(&*sub.s)
    };
    match found {
        Some(b) => cs.index_of_byte(base + b) as i64,
        None => -1,
    }
}

fn find_impl(ip: &Interp, args: &[Value], kw: &Kwargs, name: &str, right: bool) -> PyResult<i64> {
    let s = recv(ip, args, name)?;
    let (sub, start, end) = finds_args(ip, name, args, kw)?;
    let sub = str_arg(ip, sub)?;
    Ok(find_in(s, sub, start, end, right))
}

fn str_find(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(ip, args, kw, "find", false)?))
}

fn str_rfind(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(ip, args, kw, "rfind", true)?))
}

fn str_index(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match find_impl(ip, args, kw, "index", false)? {
        -1 => Err(ip.err(ExcKind::ValueError, "substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    match find_impl(ip, args, kw, "rindex", true)? {
        -1 => Err(ip.err(ExcKind::ValueError, "substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let s = recv(ip, args, "count")?;
    let (sub, start, end) = finds_args(ip, "count", args, kw)?;
    let sub = str_arg(ip, sub)?;
    let cs = Chars::new(s);
    let (start, end) = adjust_indices(start, end, cs.len());
    if end - start < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    let hay = cs.slice(start as usize, end as usize);
    let n = if sub.s.is_empty() {
        (end - start + 1) as usize
    } else {
        hay.matches(&*sub.s).count()
    };
    Ok(Value::Int(n as i64))
}

/// startswith / endswith (`tailmatch`).
fn tail_match(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let cs = Chars::new(s);
    let (start, end) = adjust_indices(start, end, cs.len());
    if end - start < sub.char_len() as i64 {
        return false;
    }
    let hay = cs.slice(start as usize, end as usize);
    if at_end {
        hay.ends_with(&*sub.s)
    } else {
        hay.starts_with(&*sub.s)
    }
}

fn affix_impl(
    ip: &Interp,
    args: &[Value],
    kw: &Kwargs,
    name: &str,
    at_end: bool,
) -> PyResult<Value> {
    let s = recv(ip, args, name)?;
    let (sub, start, end) = finds_args(ip, name, args, kw)?;
    match crate::eval::classes::value_base(sub) {
        Value::Tuple(t) => {
            for x in t.items.iter() {
                match crate::eval::classes::value_base(x) {
                    Value::Str(p) => {
                        if tail_match(s, p, start, end, at_end) {
                            return Ok(Value::bool(true));
                        }
                    }
                    other => {
                        return ip.type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            ops::type_name(ip, other)
                        ))
                    }
                }
            }
            Ok(Value::bool(false))
        }
        Value::Str(p) => Ok(Value::bool(tail_match(s, p, start, end, at_end))),
        other => ip.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            ops::type_name(ip, other)
        )),
    }
}

fn str_startswith(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    affix_impl(ip, args, kw, "startswith", false)
}

fn str_endswith(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    affix_impl(ip, args, kw, "endswith", true)
}

fn partition_impl(ip: &Interp, this: StrSelf, sep_arg: &Value, right: bool) -> PyResult<Value> {
    let s = this.s;
    let sep = str_arg(ip, sep_arg)?;
    if sep.s.is_empty() {
        return Err(ip.err(ExcKind::ValueError, "empty separator"));
    }
    let text: &str = &s.s;
    let found = if right {
        text.rfind(&*sep.s)
    } else {
        text.find(&*sep.s)
    };
    let parts = match found {
        Some(i) => vec![
            new_str(&text[..i]),
            Value::Str(sep.clone()),
            new_str(&text[i + sep.s.len()..]),
        ],
        None if right => vec![new_str(""), new_str(""), this.obj.clone()],
        None => vec![this.obj.clone(), new_str(""), new_str("")],
    };
    Ok(Value::tuple(parts))
}

/// `str.partition(sep)`: the separator is checked in CPython's words (`must be str, not int`).
#[method(str, "partition($self, sep, /)")]
fn str_partition(ip: &Interp, this: StrSelf, sep: &Value) -> PyResult<Value> {
    partition_impl(ip, this, sep, false)
}

#[method(str, "rpartition($self, sep, /)")]
fn str_rpartition(ip: &Interp, this: StrSelf, sep: &Value) -> PyResult<Value> {
    partition_impl(ip, this, sep, true)
}

fn affix_remove(s: &Rc<PyStr>, affix: &PyStr, suffix: bool) -> Value {
    let text: &str = &s.s;
    let out = if suffix {
        text.strip_suffix(&*affix.s)
    } else {
        text.strip_prefix(&*affix.s)
    };
    match out {
        Some(rest) if !affix.s.is_empty() => new_str(rest),
        _ => Value::Str(s.clone()),
    }
}

#[method(str, "removeprefix($self, prefix, /)")]
fn str_removeprefix(_ip: &Interp, this: &Rc<PyStr>, prefix: &Rc<PyStr>) -> PyResult<Value> {
    Ok(affix_remove(this, prefix, false))
}

#[method(str, "removesuffix($self, suffix, /)")]
fn str_removesuffix(_ip: &Interp, this: &Rc<PyStr>, suffix: &Rc<PyStr>) -> PyResult<Value> {
    Ok(affix_remove(this, suffix, true))
}

// ---------------------------------------------------------------------------------------------
// Case and classification
// ---------------------------------------------------------------------------------------------

macro_rules! case_methods {
    ($($fn_name:ident, $sig:literal, $f:expr;)*) => {
        $(#[method(str, $sig)]
        fn $fn_name(_ip: &Interp, s: &Rc<PyStr>) -> PyResult<Value> {
            if s.ascii {
                let f: fn(&str) -> String = $f;
                return Ok(Value::Str(Rc::new(PyStr::with_flag(f(&s.s).into(), true))));
            }
            let f: fn(&str) -> String = $f;
            Ok(Value::string(f(&s.s)))
        })*
    };
}

case_methods! {
    str_upper, "upper($self, /)", |s| s.to_uppercase();
    str_lower, "lower($self, /)", str_lower_full;
    str_title_m, "title($self, /)", str_title;
    str_capitalize_m, "capitalize($self, /)", str_capitalize;
    str_swapcase_m, "swapcase($self, /)", str_swapcase;
    str_casefold_m, "casefold($self, /)", str_casefold;
}

fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn pred_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_title_char(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

fn pred_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title_char(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

fn pred_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title_char(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn pred_isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

macro_rules! predicates {
    ($($fn_name:ident, $sig:literal, $f:expr;)*) => {
        $(#[method(str, $sig)]
        fn $fn_name(_ip: &Interp, s: &Rc<PyStr>) -> PyResult<bool> {
            let f: fn(&str) -> bool = $f;
            Ok(f(&s.s))
        })*
    };
}

predicates! {
    str_isdigit, "isdigit($self, /)", |s| all_chars(s, is_digit);
    str_isdecimal, "isdecimal($self, /)", |s| all_chars(s, is_decimal);
    str_isnumeric, "isnumeric($self, /)", |s| all_chars(s, is_numeric);
    str_isalpha, "isalpha($self, /)", |s| all_chars(s, is_alpha);
    str_isalnum, "isalnum($self, /)", |s| all_chars(s, is_alnum);
    str_isspace, "isspace($self, /)", |s| all_chars(s, is_space);
    str_isupper, "isupper($self, /)", pred_isupper;
    str_islower, "islower($self, /)", pred_islower;
    str_istitle, "istitle($self, /)", pred_istitle;
    str_isidentifier, "isidentifier($self, /)", pred_isidentifier;
    str_isascii, "isascii($self, /)", |s| s.is_ascii();
    str_isprintable, "isprintable($self, /)", |s| s.chars().all(is_printable);
}

// ---------------------------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------------------------

fn fill_char(ip: &Interp, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(s)) => {
            let mut it = s.s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => ip.type_error("The fill character must be exactly one character long"),
            }
        }
        Some(other) => ip.type_error(format!(
            "The fill character must be a unicode character, not {}",
            ops::type_name(ip, other)
        )),
    }
}

fn padded(ip: &Interp, s: &PyStr, left: i64, right: i64, fill: char) -> PyResult<Value> {
    let pad = ((left + right).max(0) as usize).saturating_mul(fill.len_utf8());
    let mut out = crate::runtime::grow::string_with_capacity(ip, s.s.len().saturating_add(pad))?;
    out.extend(std::iter::repeat_n(fill, left.max(0) as usize));
    out.push_str(&s.s);
    out.extend(std::iter::repeat_n(fill, right.max(0) as usize));
    Ok(Value::Str(Rc::new(PyStr::with_flag(
        out.into(),
        s.ascii && fill.is_ascii(),
    ))))
}

#[derive(Clone, Copy)]
enum Just {
    Left,
    Right,
    Center,
}

fn justify(ip: &Interp, args: &[Value], kw: &Kwargs, name: &str, how: Just) -> PyResult<Value> {
    let s = recv(ip, args, name)?;
    check_pos(ip, name, &args[1..], kw, 1, 2)?;
    let width = ssize_arg(ip, &args[1])?;
    let fill = fill_char(ip, args.get(2))?;
    let len = s.char_len() as i64;
    if len >= width {
        return Ok(args[0].clone());
    }
    let marg = width - len;
    let (left, right) = match how {
        Just::Left => (0, marg),
        Just::Right => (marg, 0),
        Just::Center => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    padded(ip, s, left, right, fill)
}

fn str_center(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    justify(ip, args, kw, "center", Just::Center)
}

fn str_ljust(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    justify(ip, args, kw, "ljust", Just::Left)
}

fn str_rjust(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    justify(ip, args, kw, "rjust", Just::Right)
}

#[method(str, "zfill($self, width, /)")]
fn str_zfill(ip: &Interp, s: &Rc<PyStr>, width: i64) -> PyResult<Value> {
    let len = s.char_len() as i64;
    if len >= width {
        return Ok(Value::Str(s.clone()));
    }
    let fill = (width - len) as usize;
    let text: &str = &s.s;
    let mut out = crate::runtime::grow::string_with_capacity(ip, width as usize)?;
    let rest = match text.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::Str(Rc::new(PyStr::with_flag(out.into(), s.ascii))))
}

fn str_expandtabs(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let s = recv(ip, args, "expandtabs")?;
    let [tabsize] = unpack_kw(ip, "expandtabs", &args[1..], kw, ["tabsize"])?;
    let tabsize = match tabsize {
        None => 8,
        // A C int, as in CPython.
        Some(v) => {
            let t = match v {
                Value::BigInt(_) => i64::MAX,
                _ => ssize_arg(ip, &v)?,
            };
            if i32::try_from(t).is_err() {
                return Err(ip.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                ));
            }
            t
        }
    };
    // The length first (CPython's first pass), so that the result is allocated once or is a
    // MemoryError.
    let mut len: i64 = 0;
    let mut col: i64 = 0;
    for c in s.s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                len = len
                    .checked_add(incr)
                    .ok_or_else(|| ip.err(ExcKind::OverflowError, "new string is too long"))?;
            }
        } else {
            col += 1;
            len += c.len_utf8() as i64;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    let mut out = crate::runtime::grow::string_with_capacity(ip, len as usize)?;
    let mut col: i64 = 0;
    for c in s.s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------------------------
// format, %, encode, decode
// ---------------------------------------------------------------------------------------------

fn str_format_m(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let s = recv(ip, args, "format")?;
    Ok(Value::string(str_format(ip, &s.s, &args[1..], kw)?))
}

#[method(str, "format_map($self, mapping, /)")]
fn str_format_map_m(ip: &Interp, s: &Rc<PyStr>, mapping: &Value) -> PyResult<String> {
    str_format_map(ip, &s.s, mapping)
}

fn str_mod(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("wrapper __mod__() takes no keyword arguments");
    }
    if args.len() != 2 {
        return ip.type_error(format!("expected 1 argument, got {}", args.len() - 1));
    }
    let s = recv(ip, args, "__mod__")?;
    Ok(Value::string(percent_format(ip, &s.s, &args[1])?))
}

#[method(str, "__format__($self, format_spec, /)")]
fn str_dunder_format(ip: &Interp, this: StrSelf, format_spec: &str) -> PyResult<String> {
    format_value(ip, this.obj, format_spec)
}

/// The `encoding` and `errors` arguments of encode and decode.
fn codec_args(
    ip: &Interp,
    fname: &str,
    args: &[Value],
    kw: &Kwargs,
) -> PyResult<(codecs::Codec, String)> {
    let [enc, errors] = unpack_kw(ip, fname, &args[1..], kw, ["encoding", "errors"])?;
    let text = |v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.s.to_string()),
            Some(other) => ip.type_error(format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                what,
                clinic_type_name(ip, &other)
            )),
        }
    };
    let enc = text(enc, "encoding", "utf-8")?;
    let errors = text(errors, "errors", "strict")?;
    Ok((codecs::lookup(ip, &enc)?, errors))
}

fn str_encode(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let s = recv(ip, args, "encode")?;
    let (codec, errors) = codec_args(ip, "encode", args, kw)?;
    Ok(Value::bytes(&codecs::encode(ip, &s.s, codec, &errors)?))
}

// ---------------------------------------------------------------------------------------------
// Installation
// ---------------------------------------------------------------------------------------------

macro_rules! methods {
    ($($id:ident = $owner:literal . $name:literal => $f:expr),* $(,)?) => {
        $(static $id: BuiltinFn = BuiltinFn { name: $name, owner: Some($owner), call: $f, sig: None };)*
    };
}

methods! {
    SPLIT = "str"."split" => str_split,
    RSPLIT = "str"."rsplit" => str_rsplit,
    SPLITLINES = "str"."splitlines" => str_splitlines,
    STRIP = "str"."strip" => str_strip,
    LSTRIP = "str"."lstrip" => str_lstrip,
    RSTRIP = "str"."rstrip" => str_rstrip,
    REPLACE = "str"."replace" => str_replace,
    FIND = "str"."find" => str_find,
    RFIND = "str"."rfind" => str_rfind,
    INDEX = "str"."index" => str_index,
    RINDEX = "str"."rindex" => str_rindex,
    COUNT = "str"."count" => str_count,
    STARTSWITH = "str"."startswith" => str_startswith,
    ENDSWITH = "str"."endswith" => str_endswith,
    CENTER = "str"."center" => str_center,
    LJUST = "str"."ljust" => str_ljust,
    RJUST = "str"."rjust" => str_rjust,
    EXPANDTABS = "str"."expandtabs" => str_expandtabs,
    FORMAT = "str"."format" => str_format_m,
    MOD = "str"."__mod__" => str_mod,
    ENCODE = "str"."encode" => str_encode,
}

const STR_METHODS: &[&BuiltinFn] = &[
    &SPLIT,
    &RSPLIT,
    &SPLITLINES,
    &STRIP,
    &LSTRIP,
    &RSTRIP,
    &REPLACE,
    &FIND,
    &RFIND,
    &INDEX,
    &RINDEX,
    &COUNT,
    &STARTSWITH,
    &ENDSWITH,
    &CENTER,
    &LJUST,
    &RJUST,
    &EXPANDTABS,
    &FORMAT,
    &MOD,
    &ENCODE,
];

/// Puts the str and bytes methods into their classes.
pub fn install(ip: &Interp) {
    let put = |c: &Rc<Class>, fs: &[&'static BuiltinFn]| {
        let mut d = c.dict.borrow_mut();
        for f in fs {
            d.insert(intern(f.name), Value::Builtin(f));
        }
    };
    put(&ip.types.str_, STR_METHODS);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(v: Vec<Value>) -> Vec<String> {
        v.iter()
            .map(|x| match x {
                Value::Str(s) => s.s.to_string(),
                _ => panic!("not a str"),
            })
            .collect()
    }

    #[test]
    fn whitespace_split_keeps_the_rest_after_maxsplit() {
        assert_eq!(strs(split_whitespace("  a b  c  ", 1)), vec!["a", "b  c  "]);
        assert_eq!(strs(rsplit_whitespace("  a b  c  ", 1)), vec!["  a b", "c"]);
        assert_eq!(
            strs(split_whitespace(" \u{1c}x\u{3000}y ", -1)),
            vec!["x", "y"]
        );
        assert!(split_whitespace("   ", -1).is_empty());
    }

    #[test]
    fn find_counts_code_points() {
        let s = PyStr::new("Привет, мир!");
        let sub = PyStr::new("мир");
        assert_eq!(find_in(&s, &sub, None, None, false), 8);
        assert_eq!(find_in(&s, &sub, Some(9), None, false), -1);
        assert_eq!(find_in(&s, &PyStr::new(""), Some(12), None, false), 12);
        assert_eq!(find_in(&s, &PyStr::new(""), Some(13), None, false), -1);
        assert_eq!(find_in(&s, &PyStr::new("и"), None, None, true), 9);
    }

    #[test]
    fn case_mappings_follow_unicode() {
        assert_eq!(str_title("hello wORLD ǆemal"), "Hello World ǅemal");
        assert_eq!(str_capitalize("ßtraße"), "Sstraße");
        assert_eq!(str_swapcase("ΟΔΟΣ abc"), "οδος ABC");
        assert_eq!(str_casefold("Straße ΣΑΣ"), "strasse σασ");
        assert_eq!(str_lower_full("ΟΔΟΣ"), "οδος");
    }

    #[test]
    fn character_classes() {
        assert!(is_decimal('٣') && is_digit('²') && !is_decimal('²'));
        assert!(is_numeric('½') && is_numeric('三') && !is_digit('½'));
        assert!(is_alpha('ж') && !is_alpha('Ⅻ') && !is_alpha('ั'));
        assert!(is_space('\u{1f}') && !is_space('\u{200b}'));
        assert!(pred_istitle("Hello World") && !pred_istitle("Hello world"));
        assert!(pred_isidentifier("переменная_1") && !pred_isidentifier("1a"));
    }
}

// ---------------------------------------------------------------------------------------------
// translate and maketrans
// ---------------------------------------------------------------------------------------------

/// `str.translate(table)`: each character looked up in `table` by its code point (any object
/// with `__getitem__`): a LookupError keeps it, None drops it, an int or a str replaces it.
#[corun_macros::method(str, "translate($self, table, /)", style = one)]
fn str_translate(ip: &Interp, this: &Rc<PyStr>, table: &Value) -> PyResult<Value> {
    let mut out = String::with_capacity(this.s.len());
    for c in this.s.chars() {
        let code = crate::surrogates::python_code(c) as i64;
        let mapped = match ops::getitem(ip, table, &Value::Int(code)) {
            Ok(v) => v,
            Err(e) if e.is_instance(ip.exc_class(ExcKind::LookupError)) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match crate::eval::classes::value_base(&mapped) {
            Value::None => {}
            Value::Str(s) => out.push_str(&s.s),
            Value::Int(n) if (0..0x110000).contains(n) => {
                out.push(crate::runtime::builtins::char_of_code(ip, *n as u32)?)
            }
            Value::Int(_) => {
                return Err(ip.err(
                    ExcKind::ValueError,
                    "character mapping must be in range(0x110000)",
                ))
            }
            Value::Bool(b) => out.push(if b.get() { '\u{1}' } else { '\u{0}' }),
            Value::BigInt(_) => {
                return Err(ip.err(
                    ExcKind::ValueError,
                    "character mapping must be in range(0x110000)",
                ))
            }
            _ => {
                return Err(ip.err(
                    ExcKind::TypeError,
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(new_str(&out))
}

/// `str.maketrans(x, y=…, z=…)`: a table for `translate`, from a dict (keys of one character
/// become their code points) or from two strings of one length (and the characters of a third
/// mapped to None).
#[corun_macros::staticmethod(str, "maketrans(x, y=None, z=None, /)", style = unpack)]
fn str_maketrans(ip: &Interp, x: &Value, y: Option<&Value>, z: Option<&Value>) -> PyResult<Value> {
    let table = Value::dict();
    let Value::Dict(d) = &table else {
        unreachable!("Value::dict makes a dict")
    };
    let Some(y) = y else {
        let Value::Dict(src) = crate::eval::classes::value_base(x) else {
            return ip.type_error("if you give only one argument to maketrans it must be a dict");
        };
        for (k, v) in src.items() {
            let key = match crate::eval::classes::value_base(&k) {
                Value::Str(s) => {
                    let mut cs = s.s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(crate::surrogates::python_code(c) as i64),
                        _ => {
                            return Err(ip.err(
                                ExcKind::ValueError,
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                _ => return ip.type_error("keys in translate table must be strings or integers"),
            };
            crate::runtime::dict::set(ip, d, key, v)?;
        }
        return Ok(table);
    };
    let str_arg = |v: &Value, n: usize| -> PyResult<Rc<PyStr>> {
        match crate::eval::classes::value_base(v) {
            Value::Str(s) => Ok(s.clone()),
            other => ip.type_error(format!(
                "maketrans() argument {n} must be str, not {}",
                ops::type_name(ip, other)
            )),
        }
    };
    let Value::Str(x) = crate::eval::classes::value_base(x) else {
        return ip
            .type_error("first maketrans argument must be a string if there is a second argument");
    };
    let y = str_arg(y, 2)?;
    let z = z.map(|z| str_arg(z, 3)).transpose()?;
    if x.s.chars().count() != y.s.chars().count() {
        return Err(ip.err(
            ExcKind::ValueError,
            "the first two maketrans arguments must have equal length",
        ));
    }
    let code = |c: char| Value::Int(crate::surrogates::python_code(c) as i64);
    for (a, b) in x.s.chars().zip(y.s.chars()) {
        crate::runtime::dict::set(ip, d, code(a), code(b))?;
    }
    if let Some(z) = z {
        for c in z.s.chars() {
            crate::runtime::dict::set(ip, d, code(c), Value::None)?;
        }
    }
    Ok(table)
}
