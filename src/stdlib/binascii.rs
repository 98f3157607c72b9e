//! `binascii`: conversions between binary data and ASCII (hex, base64) and the CRCs, natively
//! because they run over every byte of their input.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

const HEX: &[u8; 16] = b"0123456789abcdef";
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `binascii.Error(msg)`.
fn error(ip: &Interp, msg: impl Into<String>) -> Exc {
    let msg = msg.into();
    let class = crate::runtime::modules::import_dotted(ip, "binascii")
        .and_then(|m| ops::getattr(ip, &m, intern("Error")));
    match class {
        Ok(c) => match super::call_with(ip, &c, &[Value::string(msg)]) {
            Ok(Value::Exception(e)) => Exc(e),
            Ok(_) => ip.err(ExcKind::TypeError, "binascii.Error is not an exception"),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// The bytes of an argument that may also be a str of ASCII characters, as CPython's
/// `ascii_buffer` converter takes it (the decoders).
fn ascii_data(ip: &Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Str(s) = crate::eval::classes::value_base(v) {
        if !s.s.is_ascii() {
            return Err(ip.err(
                ExcKind::ValueError,
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.s.as_bytes().to_vec());
    }
    match crate::runtime::bytes::buffer(ip, v)? {
        Some(b) => Ok(b.to_vec()),
        None => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                ops::type_name(ip, v)
            ),
        )),
    }
}

/// The separator byte of `hexlify(data, sep)`: a str or bytes of length one.
fn sep_byte(ip: &Interp, sep: &Value) -> PyResult<u8> {
    let one = |n: usize| {
        if n == 1 {
            Ok(())
        } else {
            Err(ip.err(ExcKind::ValueError, "sep must be length 1."))
        }
    };
    if let Value::Str(s) = crate::eval::classes::value_base(sep) {
        let mut chars = s.s.chars();
        one(s.s.chars().count())?;
        let c = chars.next().unwrap_or('\0') as u32;
        // CPython takes any character of the Latin-1 range as one byte.
        if c > 0xff {
            return Err(ip.err(ExcKind::ValueError, "sep must be ASCII."));
        }
        return Ok(c as u8);
    }
    match crate::runtime::bytes::gathered(sep) {
        Some(b) => {
            one(b.len())?;
            Ok(b[0])
        }
        None => Err(ip.err(
            ExcKind::TypeError,
            format!("object of type '{}' has no len()", ops::type_name(ip, sep)),
        )),
    }
}

/// Hex digits of `data`, with `sep` between groups of `per` bytes counted from the right
/// (from the left when `per` is negative), as `bytes.hex` and `hexlify` write them.
fn to_hex(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let (Some(s), true) = (sep, group > 0 && i > 0) {
            let at_boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if at_boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hexlify_impl(ip: &Interp, data: &Buf, sep: Option<&Value>, per: i64) -> PyResult<Value> {
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(s) => Some(sep_byte(ip, s)?),
    };
    Ok(Value::bytes_from_vec(to_hex(data, sep, per)))
}

#[function(binascii, "hexlify(data, sep=None, bytes_per_sep=1)")]
fn hexlify(ip: &Interp, data: Buf, sep: Option<&Value>, bytes_per_sep: i64) -> PyResult<Value> {
    hexlify_impl(ip, &data, sep, bytes_per_sep)
}

#[function(binascii, "b2a_hex(data, sep=None, bytes_per_sep=1)")]
fn b2a_hex(ip: &Interp, data: Buf, sep: Option<&Value>, bytes_per_sep: i64) -> PyResult<Value> {
    hexlify_impl(ip, &data, sep, bytes_per_sep)
}

fn unhex(ip: &Interp, s: &Value) -> PyResult<Value> {
    let data = ascii_data(ip, s)?;
    if data.len() % 2 == 1 {
        return Err(error(ip, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(ip, "Non-hexadecimal digit found")),
        }
    }
    Ok(Value::bytes_from_vec(out))
}

#[function(binascii, "unhexlify(hexstr, /)")]
fn unhexlify(ip: &Interp, hexstr: &Value) -> PyResult<Value> {
    unhex(ip, hexstr)
}

#[function(binascii, "a2b_hex(hexstr, /)")]
fn a2b_hex(ip: &Interp, hexstr: &Value) -> PyResult<Value> {
    unhex(ip, hexstr)
}

/// Base64 of `data` with the standard alphabet and padding.
pub fn b64encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    out
}

#[function(binascii, "b2a_base64(data, /, *, newline=True)")]
fn b2a_base64(_ip: &Interp, data: Buf, newline: bool) -> PyResult<Value> {
    let mut out = b64encode(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(Value::bytes_from_vec(out))
}

fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Decodes base64 as CPython's `a2b_base64` does: outside strict mode, characters outside
/// the alphabet are skipped and the first complete padding ends the data.
fn b64decode(ip: &Interp, data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && data.first() == Some(&b'=') {
        return Err(error(ip, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0usize;
    let mut acc = 0u32;
    let mut pads = 0usize;
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad == 0 {
                return Err(error(ip, "Excess padding not allowed"));
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(ip, "Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(ip, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(ip, "Discontinuous padding not allowed"));
        }
        pads = 0;
        acc = acc << 6 | v;
        quad += 1;
        match quad {
            2 => out.push((acc >> 4) as u8),
            3 => out.push((acc >> 2) as u8),
            4 => {
                out.push(acc as u8);
                quad = 0;
                acc = 0;
            }
            _ => {}
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(error(
            ip,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        )),
        _ => Err(error(ip, "Incorrect padding")),
    }
}

#[function(binascii, "a2b_base64(data, /, *, strict_mode=False)")]
fn a2b_base64(ip: &Interp, data: &Value, strict_mode: bool) -> PyResult<Value> {
    let data = ascii_data(ip, data)?;
    Ok(Value::bytes_from_vec(b64decode(ip, &data, strict_mode)?))
}

/// The CRC-32 of zlib and PNG (reflected, polynomial 0xEDB88320), continuing from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    });
    let mut c = !crc;
    for &b in data {
        c = table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// The starting value of a CRC argument: any int, taken modulo 2**32 as CPython does.
pub fn crc_start(ip: &Interp, v: Option<&Value>) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    let n = crate::runtime::numbers::index(ip, v)? & num_bigint::BigInt::from(0xffff_ffffu32);
    Ok(num_traits::ToPrimitive::to_u32(&n).unwrap_or(0))
}

#[function(binascii, "crc32(data, crc=0, /)")]
fn crc32(ip: &Interp, data: Buf, crc: Option<&Value>) -> PyResult<i64> {
    let start = crc_start(ip, crc)?;
    Ok(crc32_update(start, &data) as i64)
}

#[function(binascii, "crc_hqx(data, crc, /)")]
fn crc_hqx(ip: &Interp, data: Buf, crc: &Value) -> PyResult<i64> {
    let mut c = (crc_start(ip, Some(crc))? & 0xffff) as u16;
    for &b in data.iter() {
        c ^= (b as u16) << 8;
        for _ in 0..8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
        }
    }
    Ok(c as i64)
}

fn not_written(ip: &Interp, name: &str) -> PyResult<Value> {
    Err(ip.err(
        ExcKind::NotImplementedError,
        format!("binascii.{name} is not supported by corun"),
    ))
}

#[function(binascii, "b2a_uu(data, /, *, backtick=False)")]
fn b2a_uu(ip: &Interp, _data: &Value, _backtick: bool) -> PyResult<Value> {
    not_written(ip, "b2a_uu")
}

#[function(binascii, "a2b_uu(data, /)")]
fn a2b_uu(ip: &Interp, _data: &Value) -> PyResult<Value> {
    not_written(ip, "a2b_uu")
}

#[function(binascii, "b2a_qp(data, quotetabs=False, istext=True, header=False)")]
fn b2a_qp(
    ip: &Interp,
    _data: &Value,
    _quotetabs: bool,
    _istext: bool,
    _header: bool,
) -> PyResult<Value> {
    not_written(ip, "b2a_qp")
}

#[function(binascii, "a2b_qp(data, header=False)")]
fn a2b_qp(ip: &Interp, _data: &Value, _header: bool) -> PyResult<Value> {
    not_written(ip, "a2b_qp")
}

/// Adds `Error` (a `ValueError`) and `Incomplete`.
pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for (name, base) in [
        ("Error", ExcKind::ValueError),
        ("Incomplete", ExcKind::Exception),
    ] {
        let cls = crate::eval::classes::new_class(
            ip,
            intern(name),
            name.to_string(),
            "binascii",
            vec![ip.exc_class(base).clone()],
            Default::default(),
        )?;
        m.set(intern(name), Value::Class(cls));
    }
    Ok(())
}

crate::native_module!("binascii", init);
crate::python_module!("base64", "base64.py");
