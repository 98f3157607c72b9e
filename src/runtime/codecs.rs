//! The text encodings behind `str.encode` and `bytes.decode`: UTF-8, ASCII, Latin-1, UTF-16,
//! UTF-32 (with a byte order mark, or `-le`/`-be`) and the escape codecs (`codecs_escape`),
//! with the error handlers `strict`, `ignore`, `replace`, `backslashreplace`,
//! `surrogateescape`, `surrogatepass` and (to encode) `xmlcharrefreplace`, and CPython's
//! UnicodeEncodeError/UnicodeDecodeError messages.
//!
//! Lone surrogates (see `crate::surrogates`) are made by `surrogateescape` and `surrogatepass`
//! when decoding and taken back by them when encoding, as CPython's codecs do.

use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::value::Value;

#[derive(Clone, Copy, PartialEq)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte order mark written first and skipped when read.
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16; `None` for the form with a byte order mark.
    Utf16(Option<Order>),
    Utf32(Option<Order>),
    /// Latin-1 with Python's backslash escapes (`codecs_escape`); `raw_unicode_escape` when
    /// true (only `\uXXXX` and `\UXXXXXXXX`).
    UnicodeEscape(bool),
}

#[derive(Clone, Copy, PartialEq)]
pub enum Order {
    Le,
    Be,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Order::Le)) => "utf-16-le",
            Codec::Utf16(Some(Order::Be)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Order::Le)) => "utf-32-le",
            Codec::Utf32(Some(Order::Be)) => "utf-32-be",
            Codec::UnicodeEscape(false) => "unicodeescape",
            Codec::UnicodeEscape(true) => "rawunicodeescape",
        }
    }
}

/// Finds a codec by name, normalised as `encodings.normalize_encoding` does.
pub fn lookup(ip: &Interp, name: &str) -> PyResult<Codec> {
    let mut norm = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.extend(c.to_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "646" | "us_ascii" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" | "ibm819" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(Order::Le)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(Order::Be)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Order::Le)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Order::Be)),
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "unicode_escape" => Codec::UnicodeEscape(false),
        "raw_unicode_escape" => Codec::UnicodeEscape(true),
        n if is_cpython_codec(n) => {
            return Err(ip.err(
                ExcKind::NotImplementedError,
                format!("corun does not support the '{}' codec", name),
            ))
        }
        _ => return Err(ip.err(ExcKind::LookupError, format!("unknown encoding: {}", name))),
    })
}

/// A UnicodeEncodeError or UnicodeDecodeError with CPython's arguments and attributes
/// (`encoding`, `object`, `start`, `end`, `reason`).
fn unicode_error(
    ip: &Interp,
    decode: bool,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Exc {
    let kind = if decode {
        ExcKind::UnicodeDecodeError
    } else {
        ExcKind::UnicodeEncodeError
    };
    let parts = [
        ("encoding", Value::str(encoding)),
        ("object", object),
        ("start", Value::Int(start as i64)),
        ("end", Value::Int(end as i64)),
        ("reason", Value::str(reason)),
    ];
    let e = ExcObj::new(
        Rc::clone(ip.exc_class(kind)),
        parts.iter().map(|(_, v)| v.clone()).collect(),
    );
    for (name, v) in parts {
        e.attrs.set(crate::intern::intern(name), v);
    }
    Exc(e)
}

/// `str(e)` of a UnicodeEncodeError or UnicodeDecodeError made with its five arguments.
pub fn error_str(e: &ExcObj) -> Option<String> {
    let name = e.class.name.as_str();
    let decode = match name {
        "UnicodeDecodeError" => true,
        "UnicodeEncodeError" => false,
        _ => return None,
    };
    let args = e.args.borrow();
    let [Value::Str(enc), obj, Value::Int(start), Value::Int(end), Value::Str(reason)] = &args[..]
    else {
        return None;
    };
    let (start, end) = (*start, *end);
    Some(match (decode, obj) {
        (true, Value::Bytes(b)) if end == start + 1 && (start as usize) < b.b.len() => format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            enc.s, b.b[start as usize], start, reason.s
        ),
        (false, Value::Str(s)) if end == start + 1 => {
            let c = s.s.chars().nth(start as usize)?;
            format!(
                "'{}' codec can't encode character '{}' in position {}: {}",
                enc.s,
                char_escape(c),
                start,
                reason.s
            )
        }
        _ => format!(
            "'{}' codec can't {} {} in position {}-{}: {}",
            enc.s,
            if decode { "decode" } else { "encode" },
            if decode { "bytes" } else { "characters" },
            start,
            end - 1,
            reason.s
        ),
    })
}

/// Whether CPython knows the codec (one of its `encodings` modules or a common alias):
/// corun says it does not support it rather than that it does not exist.
fn is_cpython_codec(n: &str) -> bool {
    const KNOWN: &[&str] = &[
        "base64_codec",
        "base64",
        "big5",
        "big5hkscs",
        "bz2_codec",
        "charmap",
        "euc_jis_2004",
        "euc_jisx0213",
        "euc_jp",
        "euc_kr",
        "gb18030",
        "gb2312",
        "gbk",
        "hex_codec",
        "hex",
        "hp_roman8",
        "hz",
        "idna",
        "iso2022_jp",
        "iso2022_jp_1",
        "iso2022_jp_2",
        "iso2022_jp_2004",
        "iso2022_jp_3",
        "iso2022_jp_ext",
        "iso2022_kr",
        "johab",
        "koi8_r",
        "koi8_t",
        "koi8_u",
        "kz1048",
        "mac_arabic",
        "mac_croatian",
        "mac_cyrillic",
        "mac_farsi",
        "mac_greek",
        "mac_iceland",
        "mac_latin2",
        "mac_roman",
        "mac_romanian",
        "mac_turkish",
        "mbcs",
        "oem",
        "palmos",
        "ptcp154",
        "punycode",
        "quopri_codec",
        "quopri",
        "raw_unicode_escape",
        "rot_13",
        "rot13",
        "shift_jis",
        "shift_jis_2004",
        "shift_jisx0213",
        "sjis",
        "tis_620",
        "undefined",
        "unicode_escape",
        "utf_7",
        "utf7",
        "uu_codec",
        "uu",
        "zlib_codec",
        "zlib",
        "bz2",
        "cyrillic",
        "greek",
        "hebrew",
        "arabic",
        "thai",
        "macroman",
        "macintosh",
    ];
    let digits_after = |prefix: &str| {
        n.strip_prefix(prefix)
            .is_some_and(|r| !r.is_empty() && r.bytes().all(|c| c.is_ascii_digit() || c == b'_'))
    };
    KNOWN.contains(&n)
        || ["cp", "ibm", "windows_", "iso8859_", "iso_8859_", "csibm", "ms"]
            .iter()
            .any(|p| digits_after(p))
        // latin2 … latin10 and l2 … l10 (no separator between name and number).
        || ["latin", "l"].iter().any(|p| {
            n.strip_prefix(p)
                .and_then(|r| r.parse::<u8>().ok())
                .is_some_and(|k| (2..=10).contains(&k) && !n.contains('_'))
        })
}

fn unknown_handler(ip: &Interp, errors: &str) -> Exc {
    ip.err(
        ExcKind::LookupError,
        format!("unknown error handler name '{}'", errors),
    )
}

fn char_escape(c: char) -> String {
    let u = crate::surrogates::python_code(c);
    if u <= 0xff {
        format!("\\x{:02x}", u)
    } else if u <= 0xffff {
        format!("\\u{:04x}", u)
    } else {
        format!("\\U{:08x}", u)
    }
}

fn is_surrogate(u: u32) -> bool {
    (0xD800..=0xDFFF).contains(&u)
}

/// Writes the code point `u` (a lone surrogate only where `surrogatepass` lets it through) in
/// `codec`'s form.
fn put(out: &mut Vec<u8>, codec: Codec, u: u32) {
    let order = |o: Option<Order>| o.unwrap_or(Order::Le);
    match codec {
        Codec::Ascii | Codec::Latin1 => out.push(u as u8),
        Codec::Utf8 | Codec::Utf8Sig => match char::from_u32(u) {
            Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            // A surrogate, in the three bytes UTF-8 would give it.
            None => out.extend([
                0xE0 | (u >> 12) as u8,
                0x80 | ((u >> 6) & 0x3F) as u8,
                0x80 | (u & 0x3F) as u8,
            ]),
        },
        Codec::Utf16(o) => {
            let mut unit = |x: u16| match order(o) {
                Order::Le => out.extend(x.to_le_bytes()),
                Order::Be => out.extend(x.to_be_bytes()),
            };
            if u >= 0x10000 {
                let v = u - 0x10000;
                unit(0xD800 | (v >> 10) as u16);
                unit(0xDC00 | (v & 0x3FF) as u16);
            } else {
                unit(u as u16);
            }
        }
        Codec::Utf32(o) => match order(o) {
            Order::Le => out.extend(u.to_le_bytes()),
            Order::Be => out.extend(u.to_be_bytes()),
        },
        // Encoded whole by `codecs_escape`, never a code point at a time.
        Codec::UnicodeEscape(raw) => {
            let c = super::codecs_escape::code_char(u).to_string();
            out.extend(super::codecs_escape::encode(&c, raw));
        }
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(ip: &Interp, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    use crate::surrogates::python_code;
    let surrogates = crate::surrogates::any(s);
    match codec {
        Codec::UnicodeEscape(raw) => return Ok(super::codecs_escape::encode(s, raw)),
        Codec::Utf8 if !surrogates => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig if !surrogates => {
            let mut out = vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        _ => {}
    }
    let limit: u32 = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        _ => 0x110000,
    };
    // What the codec cannot encode: a code point past its range, or a lone surrogate.
    let bad = |c: char| {
        let u = python_code(c);
        u >= limit || is_surrogate(u)
    };
    let mut out = Vec::with_capacity(s.len() + 4);
    match codec {
        Codec::Utf8Sig => out.extend([0xef, 0xbb, 0xbf]),
        Codec::Utf16(None) | Codec::Utf32(None) => put(&mut out, codec, 0xfeff),
        _ => {}
    }
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if !bad(c) {
            put(&mut out, codec, c as u32);
            i += 1;
            continue;
        }
        // The run of characters the error handler is given: UTF-16 and UTF-32 give it one at
        // a time, as CPython's do.
        let mut j = i + 1;
        if !matches!(codec, Codec::Utf16(_) | Codec::Utf32(_)) {
            while j < cs.len() && bad(cs[j]) {
                j += 1;
            }
        }
        let name = match codec {
            Codec::Utf8Sig => "utf-8",
            c => c.name(),
        };
        // The error for the run from `from` on.
        let strict = |from: usize| {
            let why = if limit < 0x110000 {
                format!("ordinal not in range({})", limit)
            } else {
                "surrogates not allowed".to_string()
            };
            unicode_error(ip, false, name, Value::str(s), from, j, &why)
        };
        let run = cs[i..j].iter().map(|&c| python_code(c));
        match errors {
            "strict" => return Err(strict(i)),
            "ignore" => {}
            "replace" => {
                for _ in i..j {
                    put(&mut out, codec, '?' as u32);
                }
            }
            "backslashreplace" => {
                for &c in &cs[i..j] {
                    for b in char_escape(c).bytes() {
                        put(&mut out, codec, b as u32);
                    }
                }
            }
            "xmlcharrefreplace" => {
                for u in run {
                    for b in format!("&#{};", u).bytes() {
                        put(&mut out, codec, b as u32);
                    }
                }
            }
            // Bytes that did not decode, given back: only byte-oriented codecs take them.
            "surrogateescape" if !matches!(codec, Codec::Utf16(_) | Codec::Utf32(_)) => {
                for (k, u) in run.enumerate() {
                    match u {
                        0xDC80..=0xDCFF => out.push((u - 0xDC00) as u8),
                        _ => return Err(strict(i + k)),
                    }
                }
            }
            "surrogatepass" if limit == 0x110000 => {
                for u in run {
                    put(&mut out, codec, u);
                }
            }
            "surrogateescape" | "surrogatepass" => return Err(strict(i)),
            "namereplace" => {
                return Err(ip.err(
                    ExcKind::NotImplementedError,
                    "corun does not support the 'namereplace' error handler",
                ))
            }
            other => return Err(unknown_handler(ip, other)),
        }
        i = j;
    }
    Ok(out)
}

/// `s` encoded as UTF-8 with `errors` for its lone surrogates.
pub fn encode_utf8(ip: &Interp, s: &str, errors: &str) -> PyResult<Vec<u8>> {
    encode(ip, s, Codec::Utf8, errors)
}

/// Decoded text, and what the error handler does with bytes that do not decode.
struct Out<'a> {
    ip: &'a Interp,
    input: &'a [u8],
    text: String,
    codec: Codec,
    errors: &'a str,
}

impl Out<'_> {
    /// A lone surrogate the input encodes, where `surrogatepass` lets it through: whether it
    /// was taken.
    fn pass(&mut self, u: u32) -> bool {
        if self.errors == "surrogatepass" && is_surrogate(u) {
            self.text.push(crate::surrogates::char_of(u));
            return true;
        }
        false
    }

    /// The bytes `bad` at `start..end` of the input could not be decoded for `reason`.
    fn bad(&mut self, bad: &[u8], start: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "strict" => {
                let name = match self.codec {
                    // The byte order mark chose the variant that reports the error.
                    Codec::Utf16(None) => "utf-16-le",
                    Codec::Utf32(None) => "utf-32-le",
                    c => c.name(),
                };
                Err(unicode_error(
                    self.ip,
                    true,
                    name,
                    Value::bytes(self.input),
                    start,
                    start + bad.len(),
                    reason,
                ))
            }
            "ignore" => Ok(()),
            "replace" => {
                self.text.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for x in bad {
                    self.text.push_str(&format!("\\x{:02x}", x));
                }
                Ok(())
            }
            // Each byte past ASCII becomes the surrogate U+DC00 + byte (see `crate::surrogates`).
            "surrogateescape" if bad.iter().all(|&x| x >= 0x80) => {
                for &x in bad {
                    self.text
                        .push(crate::surrogates::char_of(0xDC00 + x as u32));
                }
                Ok(())
            }
            "surrogateescape" | "surrogatepass" => {
                let errors = std::mem::replace(&mut self.errors, "strict");
                let r = self.bad(bad, start, reason);
                self.errors = errors;
                r
            }
            other => Err(unknown_handler(self.ip, other)),
        }
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(ip: &Interp, b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = Out {
        ip,
        input: b,
        text: String::with_capacity(b.len()),
        codec,
        errors,
    };
    match codec {
        Codec::Latin1 => return Ok(b.iter().map(|&x| x as char).collect()),
        Codec::UnicodeEscape(raw) => {
            let mut i = 0;
            while i < b.len() {
                if b[i] != b'\\' {
                    out.text.push(b[i] as char);
                    i += 1;
                    continue;
                }
                match super::codecs_escape::escape(b, i, raw, &mut out.text) {
                    Ok(at) => i = at,
                    Err(bad) => {
                        out.bad(&b[bad.start..bad.end], bad.start, bad.reason)?;
                        i = bad.end;
                    }
                }
            }
        }
        Codec::Ascii => {
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.text.push(x as char);
                } else {
                    out.bad(&b[i..i + 1], i, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Utf8 => decode_utf8(&mut out, b)?,
        Codec::Utf8Sig => {
            out.codec = Codec::Utf8;
            let rest = b.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(b);
            out.input = rest;
            decode_utf8(&mut out, rest)?
        }
        Codec::Utf16(order) => {
            let (order, skip) = match (order, b) {
                (Some(o), _) => (o, 0),
                (None, [0xff, 0xfe, ..]) => (Order::Le, 2),
                (None, [0xfe, 0xff, ..]) => (Order::Be, 2),
                (None, _) => (Order::Le, 0),
            };
            decode_utf16(&mut out, b, skip, order)?;
        }
        Codec::Utf32(order) => {
            let (order, skip) = match (order, b) {
                (Some(o), _) => (o, 0),
                (None, [0xff, 0xfe, 0, 0, ..]) => (Order::Le, 4),
                (None, [0, 0, 0xfe, 0xff, ..]) => (Order::Be, 4),
                (None, _) => (Order::Le, 0),
            };
            decode_utf32(&mut out, b, skip, order)?;
        }
    }
    Ok(out.text)
}

fn decode_utf8(out: &mut Out, b: &[u8]) -> PyResult<()> {
    let mut rest = b;
    let mut pos = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.text.push_str(s);
                return Ok(());
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.text
                    .push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let tail = &rest[good..];
                if let [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] = *tail {
                    // A surrogate's three bytes.
                    if out.pass(0xD000 | ((b1 as u32 & 0x3F) << 6) | (b2 as u32 & 0x3F)) {
                        rest = &rest[good + 3..];
                        pos += good + 3;
                        continue;
                    }
                }
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                let first = rest[good];
                let reason = if e.error_len().is_none() {
                    "unexpected end of data"
                } else if bad_len == 1 && !(0xc2..=0xf4).contains(&first) {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                out.bad(&rest[good..good + bad_len], pos + good, reason)?;
                rest = &rest[good + bad_len..];
                pos += good + bad_len;
            }
        }
    }
}

fn decode_utf16(out: &mut Out, b: &[u8], skip: usize, order: Order) -> PyResult<()> {
    let unit = |i: usize| -> u16 {
        let pair = [b[i], b[i + 1]];
        match order {
            Order::Le => u16::from_le_bytes(pair),
            Order::Be => u16::from_be_bytes(pair),
        }
    };
    let mut i = skip;
    while i < b.len() {
        if i + 1 >= b.len() {
            out.bad(&b[i..], i, "truncated data")?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.text
                .push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
        } else if u >= 0xdc00 {
            if !out.pass(u as u32) {
                out.bad(&b[i..i + 2], i, "illegal encoding")?;
            }
            i += 2;
        } else if i + 3 >= b.len() {
            if out.pass(u as u32) {
                i += 2;
                continue;
            }
            out.bad(&b[i..], i, "unexpected end of data")?;
            break;
        } else {
            let lo = unit(i + 2);
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (lo as u32 - 0xdc00);
                out.text.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                if !out.pass(u as u32) {
                    out.bad(&b[i..i + 2], i, "illegal UTF-16 surrogate")?;
                }
                i += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(out: &mut Out, b: &[u8], skip: usize, order: Order) -> PyResult<()> {
    let mut i = skip;
    while i < b.len() {
        if i + 3 >= b.len() {
            out.bad(&b[i..], i, "truncated data")?;
            break;
        }
        let quad = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let u = match order {
            Order::Le => u32::from_le_bytes(quad),
            Order::Be => u32::from_be_bytes(quad),
        };
        match char::from_u32(u) {
            Some(c) => out.text.push(c),
            None if u >= 0x110000 => {
                out.bad(&quad, i, "code point not in range(0x110000)")?;
            }
            None if out.pass(u) => {}
            None => out.bad(
                &quad,
                i,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
        }
        i += 4;
    }
    Ok(())
}

/// The `encoding` and `errors` arguments of `encode`, `decode` and the `str`/`bytes`
/// constructors, looked up.
pub fn args(
    ip: &Interp,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<(Codec, String)> {
    let codec = lookup(ip, encoding.unwrap_or("utf-8"))?;
    Ok((codec, errors.unwrap_or("strict").to_string()))
}
