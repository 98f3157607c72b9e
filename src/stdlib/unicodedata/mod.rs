//! The `unicodedata` module, native: the character properties come from tables generated from
//! the Unicode Character Database of CPython 3.11's version, 14.0.0 (`tables.rs`, made by
//! scripts/gen-unicode-tables), so every answer is the one CPython gives; the names and the
//! normalization forms come from crates made for them, and a character that Unicode 14.0
//! leaves unassigned is given no name, as CPython gives it none. `ucd_3_2_0` answers for
//! Unicode 3.2.0 (IDNA's version) from how it differs from 14.0 (`ucd32.rs`, made by
//! scripts/gen-ucd-3-2).

mod tables;
mod ucd32;

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::bind::{At, FromArg};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::{PyStr, Value};
use corun_macros::function;
use unicode_normalization::UnicodeNormalization;

/// One character given to a function of the module, as the code point Python sees.
pub struct UChar(u32);

impl<'a> FromArg<'a> for UChar {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        if let Value::Str(s) = v {
            let mut it = s.s.chars();
            if let (Some(c), None) = (it.next(), it.next()) {
                return Ok(UChar(crate::surrogates::python_code(c)));
            }
        }
        Err(at.wrong_type(ip, "a unicode character", v))
    }
}

/// The packed properties of code point `cp` (see `tables::RUNS`).
fn props(cp: u32) -> u32 {
    let i = tables::RUNS.partition_point(|r| r.0 <= cp);
    tables::RUNS[i - 1].1
}

/// The general category of code point `cp`, as its two-letter name.
pub fn category_of(cp: u32) -> &'static str {
    tables::CATEGORIES[(props(cp) & 0x1f) as usize]
}

/// Python's `str.isprintable` for one character: all but the separators other than space,
/// and the "other" categories (controls, format characters, surrogates, private use,
/// unassigned).
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    let cat = category_of(crate::surrogates::python_code(c)).as_bytes();
    !matches!(cat[0], b'C' | b'Z')
}

fn numeric_entry(cp: u32) -> Option<&'static (u32, i8, i8, f64)> {
    tables::NUMERIC
        .binary_search_by_key(&cp, |e| e.0)
        .ok()
        .map(|i| &tables::NUMERIC[i])
}

/// The character `cp` stands for in the text the module returns.
fn text_of(cp: u32) -> Value {
    let c = if (0xD800..=0xDFFF).contains(&cp) {
        crate::surrogates::char_of(cp)
    } else {
        char::from_u32(cp).unwrap_or('\u{fffd}')
    };
    Value::string(c.to_string())
}

/// The character's name in Unicode 14.0, if it has one.
fn name_of(cp: u32) -> Option<String> {
    if category_of(cp) == "Cn" {
        return None;
    }
    let c = char::from_u32(cp)?;
    unicode_names2::name(c).map(|n| n.to_string())
}

/// A value missing for the character: the default when one is given, else `ValueError(msg)`.
fn or_default(ip: &Interp, default: Option<&Value>, msg: &str) -> PyResult<Value> {
    match default {
        Some(d) => Ok(d.clone()),
        None => Err(ip.err(ExcKind::ValueError, msg)),
    }
}

#[function(unicodedata, "category(chr, /)")]
fn category(_ip: &Interp, chr: UChar) -> PyResult<Value> {
    Ok(Value::str(category_of(chr.0)))
}

#[function(unicodedata, "bidirectional(chr, /)")]
fn bidirectional(_ip: &Interp, chr: UChar) -> PyResult<Value> {
    Ok(Value::str(
        tables::BIDI[(props(chr.0) >> 5 & 0x1f) as usize],
    ))
}

#[function(unicodedata, "east_asian_width(chr, /)")]
fn east_asian_width(_ip: &Interp, chr: UChar) -> PyResult<Value> {
    Ok(Value::str(
        tables::WIDTHS[(props(chr.0) >> 10 & 0x7) as usize],
    ))
}

#[function(unicodedata, "mirrored(chr, /)")]
fn mirrored(_ip: &Interp, chr: UChar) -> PyResult<i64> {
    Ok((props(chr.0) >> 13 & 1) as i64)
}

#[function(unicodedata, "combining(chr, /)")]
fn combining(_ip: &Interp, chr: UChar) -> PyResult<i64> {
    Ok((props(chr.0) >> 14 & 0xff) as i64)
}

#[function(unicodedata, "decomposition(chr, /)")]
fn decomposition(_ip: &Interp, chr: UChar) -> PyResult<Value> {
    let d = tables::DECOMPOSITION
        .binary_search_by_key(&chr.0, |e| e.0)
        .map(|i| tables::DECOMPOSITION[i].1)
        .unwrap_or("");
    Ok(Value::str(d))
}

#[function(unicodedata, "decimal(chr, default=<unrepresentable>, /)")]
fn decimal(ip: &Interp, chr: UChar, default: Option<&Value>) -> PyResult<Value> {
    match numeric_entry(chr.0) {
        Some(e) if e.1 >= 0 => Ok(Value::Int(e.1 as i64)),
        _ => or_default(ip, default, "not a decimal"),
    }
}

#[function(unicodedata, "digit(chr, default=<unrepresentable>, /)")]
fn digit(ip: &Interp, chr: UChar, default: Option<&Value>) -> PyResult<Value> {
    match numeric_entry(chr.0) {
        Some(e) if e.2 >= 0 => Ok(Value::Int(e.2 as i64)),
        _ => or_default(ip, default, "not a digit"),
    }
}

#[function(unicodedata, "numeric(chr, default=<unrepresentable>, /)")]
fn numeric(ip: &Interp, chr: UChar, default: Option<&Value>) -> PyResult<Value> {
    match numeric_entry(chr.0) {
        Some(e) => Ok(Value::float(e.3)),
        None => or_default(ip, default, "not a numeric character"),
    }
}

#[function(unicodedata, "name(chr, default=<unrepresentable>, /)")]
fn name(ip: &Interp, chr: UChar, default: Option<&Value>) -> PyResult<Value> {
    match name_of(chr.0) {
        Some(n) => Ok(Value::string(n)),
        None => or_default(ip, default, "no such name"),
    }
}

/// The character named `name` (see `crate::unicode_name::lookup`), if Unicode 14.0 has it.
pub(crate) fn char_named(name: &str) -> Option<u32> {
    let c = crate::unicode_name::lookup(name)? as u32;
    (category_of(c) != "Cn").then_some(c)
}

#[function(unicodedata, "lookup(name, /)")]
fn lookup(ip: &Interp, name: &Value) -> PyResult<Value> {
    let text = match name {
        Value::Str(s) => s.s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.b).into_owned(),
        v => {
            return ip.type_error(format!(
                "a bytes-like object is required, not '{}'",
                crate::eval::ops::type_name(ip, v)
            ))
        }
    };
    match char_named(&text) {
        Some(cp) => Ok(text_of(cp)),
        None => Err(ip.err(
            ExcKind::KeyError,
            format!("undefined character name '{}'", text),
        )),
    }
}

/// The normalization form named `form`.
fn form_of(ip: &Interp, form: &str) -> PyResult<u8> {
    match form {
        "NFC" => Ok(0),
        "NFD" => Ok(1),
        "NFKC" => Ok(2),
        "NFKD" => Ok(3),
        _ => Err(ip.err(ExcKind::ValueError, "invalid normalization form")),
    }
}

/// Whether Unicode 14.0 leaves `c` unassigned (a surrogate's stand-in is assigned: Cs).
fn unassigned(c: char) -> bool {
    !c.is_ascii() && category_of(crate::surrogates::python_code(c)) == "Cn"
}

/// `s` in normalization form `form` (0 NFC, 1 NFD, 2 NFKC, 3 NFKD) as Unicode 14.0 has it.
/// The crate knows later versions, which give some characters unassigned in 14.0 a
/// decomposition: such a character is kept as it is, and as a starter that composes with
/// nothing it splits the text into parts normalized on their own.
fn normalized(form: u8, s: &str) -> String {
    normalized_with(form, s, unassigned)
}

fn normalized_with(form: u8, s: &str, unassigned: fn(char) -> bool) -> String {
    fn one(form: u8, s: &str, out: &mut String) {
        match form {
            0 => out.extend(s.nfc()),
            1 => out.extend(s.nfd()),
            2 => out.extend(s.nfkc()),
            _ => out.extend(s.nfkd()),
        }
    }
    let mut out = String::with_capacity(s.len());
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if unassigned(c) {
            one(form, &s[start..i], &mut out);
            out.push(c);
            start = i + c.len_utf8();
        }
    }
    one(form, &s[start..], &mut out);
    out
}

#[function(unicodedata, "normalize(form, unistr, /)")]
fn normalize(ip: &Interp, form: &str, unistr: &Rc<PyStr>) -> PyResult<Value> {
    let out = normalized(form_of(ip, form)?, &unistr.s);
    if out.as_str() == &*unistr.s {
        return Ok(Value::Str(unistr.clone()));
    }
    Ok(Value::string(out))
}

#[function(unicodedata, "is_normalized(form, unistr, /)")]
fn is_normalized(ip: &Interp, form: &str, unistr: &str) -> PyResult<bool> {
    let form = form_of(ip, form)?;
    if unistr.chars().any(unassigned) {
        return Ok(normalized(form, unistr) == unistr);
    }
    Ok(match form {
        0 => unicode_normalization::is_nfc(unistr),
        1 => unicode_normalization::is_nfd(unistr),
        2 => unicode_normalization::is_nfkc(unistr),
        _ => unicode_normalization::is_nfkd(unistr),
    })
}

// ---- the Unicode 3.2.0 view ----

static UCD_CLASS: super::ClassSpec = super::ClassSpec {
    key: "unicodedata.UCD",
    module: "unicodedata",
    name: "UCD",
    base: None,
    new: None,
    methods: &[],
};

/// Whether `cp` was assigned only after Unicode 3.2.
fn unassigned_32(cp: u32) -> bool {
    let i = ucd32::UNASSIGNED.partition_point(|r| r.0 <= cp);
    i > 0 && cp <= ucd32::UNASSIGNED[i - 1].1
}

/// The 3.2 value of a property that differs from 14.0 for `cp`, if it does.
fn delta<T: Copy>(table: &[(u32, T)], cp: u32) -> Option<T> {
    table
        .binary_search_by_key(&cp, |e| e.0)
        .ok()
        .map(|i| table[i].1)
}

#[corun_macros::method("unicodedata.UCD", "category($self, chr, /)")]
fn ucd_category(_ip: &Interp, _this: &Value, chr: UChar) -> PyResult<Value> {
    if unassigned_32(chr.0) {
        return Ok(Value::str("Cn"));
    }
    let c = delta(&ucd32::CATEGORY, chr.0).unwrap_or_else(|| category_of(chr.0));
    Ok(Value::str(c))
}

#[corun_macros::method("unicodedata.UCD", "bidirectional($self, chr, /)")]
fn ucd_bidirectional(ip: &Interp, _this: &Value, chr: UChar) -> PyResult<Value> {
    if unassigned_32(chr.0) {
        return Ok(Value::str(""));
    }
    match delta(&ucd32::BIDIRECTIONAL, chr.0) {
        Some(b) => Ok(Value::str(b)),
        None => bidirectional(ip, chr),
    }
}

#[corun_macros::method("unicodedata.UCD", "east_asian_width($self, chr, /)")]
fn ucd_east_asian_width(ip: &Interp, _this: &Value, chr: UChar) -> PyResult<Value> {
    // CPython's record for a character 3.2 lacks has the width "F".
    if unassigned_32(chr.0) {
        return Ok(Value::str("F"));
    }
    match delta(&ucd32::EAST_ASIAN_WIDTH, chr.0) {
        Some(w) => Ok(Value::str(w)),
        None => east_asian_width(ip, chr),
    }
}

#[corun_macros::method("unicodedata.UCD", "mirrored($self, chr, /)")]
fn ucd_mirrored(ip: &Interp, _this: &Value, chr: UChar) -> PyResult<i64> {
    if unassigned_32(chr.0) {
        return Ok(0);
    }
    match delta(&ucd32::MIRRORED, chr.0) {
        Some(m) => Ok(m as i64),
        None => mirrored(ip, chr),
    }
}

#[corun_macros::method("unicodedata.UCD", "combining($self, chr, /)")]
fn ucd_combining(ip: &Interp, _this: &Value, chr: UChar) -> PyResult<i64> {
    if unassigned_32(chr.0) {
        return Ok(0);
    }
    combining(ip, chr)
}

#[corun_macros::method("unicodedata.UCD", "decomposition($self, chr, /)")]
fn ucd_decomposition(ip: &Interp, _this: &Value, chr: UChar) -> PyResult<Value> {
    if unassigned_32(chr.0) {
        return Ok(Value::str(""));
    }
    decomposition(ip, chr)
}

#[corun_macros::method("unicodedata.UCD", "decimal($self, chr, default=<unrepresentable>, /)")]
fn ucd_decimal(ip: &Interp, _this: &Value, chr: UChar, default: Option<&Value>) -> PyResult<Value> {
    if unassigned_32(chr.0) {
        return or_default(ip, default, "not a decimal");
    }
    match delta(&ucd32::DECIMAL, chr.0) {
        Some(d) if d >= 0 => Ok(Value::Int(d as i64)),
        Some(_) => or_default(ip, default, "not a decimal"),
        None => decimal(ip, chr, default),
    }
}

#[corun_macros::method("unicodedata.UCD", "digit($self, chr, default=<unrepresentable>, /)")]
fn ucd_digit(ip: &Interp, _this: &Value, chr: UChar, default: Option<&Value>) -> PyResult<Value> {
    // CPython answers digit() from 14.0 even for a character 3.2 lacks.
    digit(ip, chr, default)
}

#[corun_macros::method("unicodedata.UCD", "numeric($self, chr, default=<unrepresentable>, /)")]
fn ucd_numeric(ip: &Interp, _this: &Value, chr: UChar, default: Option<&Value>) -> PyResult<Value> {
    if unassigned_32(chr.0) {
        return or_default(ip, default, "not a numeric character");
    }
    numeric(ip, chr, default)
}

#[corun_macros::method("unicodedata.UCD", "name($self, chr, default=<unrepresentable>, /)")]
fn ucd_name(ip: &Interp, _this: &Value, chr: UChar, default: Option<&Value>) -> PyResult<Value> {
    if unassigned_32(chr.0) {
        return or_default(ip, default, "no such name");
    }
    name(ip, chr, default)
}

/// `ucd_3_2_0.lookup`: a character's own name only (3.2 has no aliases), of a character 3.2
/// has.
#[corun_macros::method("unicodedata.UCD", "lookup($self, name, /)")]
fn ucd_lookup(ip: &Interp, _this: &Value, name: &Value) -> PyResult<Value> {
    let found = lookup(ip, name)?;
    let text = match name {
        Value::Str(s) => s.s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.b).into_owned(),
        _ => String::new(),
    };
    let cp = match &found {
        Value::Str(s) => s.s.chars().next().map_or(0, |c| c as u32),
        _ => 0,
    };
    if unassigned_32(cp) || name_of(cp).is_none_or(|n| n != text.to_ascii_uppercase()) {
        return Err(ip.err(
            ExcKind::KeyError,
            format!("undefined character name '{}'", text),
        ));
    }
    Ok(found)
}

/// Characters whose decomposition Unicode corrected after 3.2, with their 3.2 one.
const CORRECTED_32: [(char, char); 5] = [
    ('\u{2f868}', '\u{2136a}'),
    ('\u{2f874}', '\u{5f33}'),
    ('\u{2f91f}', '\u{43ab}'),
    ('\u{2f95f}', '\u{7aae}'),
    ('\u{2f9bf}', '\u{4d57}'),
];

/// `s` normalized as Unicode 3.2 does: characters 3.2 lacks are kept as they are.
fn normalized_32(form: u8, s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| CORRECTED_32.iter().find(|p| p.0 == c).map_or(c, |p| p.1))
        .collect();
    normalized_with(form, &s, |c| {
        unassigned(c) || unassigned_32(crate::surrogates::python_code(c))
    })
}

#[corun_macros::method("unicodedata.UCD", "normalize($self, form, unistr, /)")]
fn ucd_normalize(ip: &Interp, _this: &Value, form: &str, unistr: &Rc<PyStr>) -> PyResult<Value> {
    let out = normalized_32(form_of(ip, form)?, &unistr.s);
    if out.as_str() == &*unistr.s {
        return Ok(Value::Str(unistr.clone()));
    }
    Ok(Value::string(out))
}

#[corun_macros::method("unicodedata.UCD", "is_normalized($self, form, unistr, /)")]
fn ucd_is_normalized(ip: &Interp, _this: &Value, form: &str, unistr: &str) -> PyResult<bool> {
    Ok(normalized_32(form_of(ip, form)?, unistr) == unistr)
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    super::add_declared(m, "unicodedata");
    let ucd = super::class(ip, &UCD_CLASS);
    ucd.dict
        .borrow_mut()
        .insert(intern("unidata_version"), Value::str("3.2.0"));
    m.set(intern("UCD"), Value::Class(ucd.clone()));
    m.set(
        intern("ucd_3_2_0"),
        Value::Instance(crate::runtime::instance::Instance::new(ucd)),
    );
    m.set(
        intern("unidata_version"),
        Value::str(tables::UNIDATA_VERSION),
    );
    Ok(())
}

crate::native_module!("unicodedata", init);
