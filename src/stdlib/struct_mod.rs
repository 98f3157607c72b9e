//! `_struct`: packing values into bytes and back by a format string (`<2hxq`), natively for
//! speed; `struct` (`src/lib_py/struct.py`) adds the `Struct` class and `struct.error` over it.
//!
//! A format is parsed once per call into items (code, count, offset); native mode (`@`, the
//! default) aligns each item to its size as the C compiler does, the others pack tightly with
//! the standard sizes.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    NativeStd,
    Little,
    Big,
}

struct Item {
    code: u8,
    /// The repeat count (the length for `s` and `p`).
    count: usize,
    offset: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// How many values pack takes and unpack gives.
    values: usize,
}

/// `struct.error(msg)`, the class written in `struct.py`.
fn error(ip: &Interp, msg: impl Into<String>) -> Exc {
    let msg = msg.into();
    let class = crate::runtime::modules::import_dotted(ip, "struct")
        .and_then(|m| ops::getattr(ip, &m, intern("error")));
    match class {
        Ok(c) => match super::call_with(ip, &c, &[Value::string(msg)]) {
            Ok(Value::Exception(e)) => Exc(e),
            Ok(_) => ip.err(ExcKind::TypeError, "struct.error is not an exception"),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// Size and alignment of a code in the given mode; None for a code the mode lacks.
fn size_of(order: Order, code: u8) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                std::mem::size_of::<libc::c_long>()
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => std::mem::size_of::<usize>(),
        _ => return None,
    })
}

fn format_text(ip: &Interp, fmt: &Value) -> PyResult<String> {
    match fmt {
        Value::Str(s) => Ok(s.s.to_string()),
        v => match crate::runtime::bytes::gathered(v) {
            Some(b) if matches!(crate::eval::classes::value_base(v), Value::Bytes(_)) => {
                Ok(String::from_utf8_lossy(&b).into_owned())
            }
            _ => ip.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                ops::type_name(ip, v)
            )),
        },
    }
}

fn layout(ip: &Interp, fmt: &Value) -> PyResult<Layout> {
    let text = format_text(ip, fmt)?;
    let bytes = text.as_bytes();
    let mut i = 0;
    let order = match bytes.first() {
        Some(b'@') => Order::Native,
        Some(b'=') => Order::NativeStd,
        Some(b'<') => Order::Little,
        Some(b'>') | Some(b'!') => Order::Big,
        _ => Order::Native,
    };
    if order != Order::Native || bytes.first() == Some(&b'@') {
        i = 1;
    }
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut values = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            let d = (bytes[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d))
                    .ok_or_else(|| error(ip, "total struct size too long"))?,
            );
            i += 1;
        }
        if i >= bytes.len() {
            return Err(error(ip, "repeat count given without format specifier"));
        }
        let code = bytes[i];
        i += 1;
        let Some(sz) = size_of(order, code) else {
            return Err(error(ip, "bad char in struct format"));
        };
        let count = count.unwrap_or(1);
        if order == Order::Native && sz > 1 {
            size = size.div_ceil(sz) * sz;
        }
        let offset = size;
        let total = match code {
            b's' | b'p' => count,
            _ => sz
                .checked_mul(count)
                .ok_or_else(|| error(ip, "total struct size too long"))?,
        };
        size = size
            .checked_add(total)
            .filter(|s| *s <= isize::MAX as usize)
            .ok_or_else(|| error(ip, "total struct size too long"))?;
        values += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        items.push(Item {
            code,
            count,
            offset,
        });
    }
    Ok(Layout {
        order,
        items,
        size,
        values,
    })
}

fn little(order: Order) -> bool {
    match order {
        Order::Little => true,
        Order::Big => false,
        Order::Native | Order::NativeStd => cfg!(target_endian = "little"),
    }
}

fn int_arg(ip: &Interp, v: &Value) -> PyResult<BigInt> {
    if let Value::Float(_) = v {
        return Err(error(ip, "required argument is not an integer"));
    }
    match crate::runtime::numbers::index_opt(ip, v)? {
        Some(b) => Ok(b),
        None => Err(error(ip, "required argument is not an integer")),
    }
}

fn float_arg(ip: &Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.plain()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => crate::runtime::numbers::bigint_to_f64(ip, b),
        _ => Err(error(ip, "required argument is not a float")),
    }
}

/// The range message CPython gives for a code that does not fit: the codes of fewer than 8
/// bytes name their range when the value fits the C long (or unsigned long) CPython converts
/// it to first.
fn range_error(ip: &Interp, code: u8, size: usize, n: &BigInt) -> Exc {
    let as_long = n.to_i64().is_some();
    let as_ulong = !n.is_negative() && n.to_u64().is_some();
    let msg = match code {
        b'b' if as_long => "byte format requires -128 <= number <= 127".to_string(),
        b'B' if as_long => "ubyte format requires 0 <= number <= 255".to_string(),
        b'h' if as_long => "short format requires -32768 <= number <= 32767".to_string(),
        b'H' if as_long => "ushort format requires 0 <= number <= 65535".to_string(),
        b'i' | b'l' if size == 4 && as_long => format!(
            "'{}' format requires -2147483648 <= number <= 2147483647",
            code as char
        ),
        b'I' | b'L' if size == 4 && as_ulong => format!(
            "'{}' format requires 0 <= number <= 4294967295",
            code as char
        ),
        _ => "argument out of range".to_string(),
    };
    error(ip, msg)
}

fn put_int(
    ip: &Interp,
    out: &mut [u8],
    order: Order,
    code: u8,
    size: usize,
    v: &Value,
) -> PyResult<()> {
    let n = int_arg(ip, v)?;
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    let bits = size * 8;
    let fits = if code == b'P' {
        // CPython packs a negative pointer value as its two's complement.
        n.bits() <= bits as u64
    } else if signed {
        let lim = BigInt::from(1) << (bits - 1);
        n >= -lim.clone() && n < lim
    } else {
        !n.is_negative() && n.bits() <= bits as u64
    };
    if !fits {
        return Err(range_error(ip, code, size, &n));
    }
    let mut le = n.to_signed_bytes_le();
    let fill = if n.is_negative() { 0xff } else { 0 };
    le.resize(size.max(le.len()), fill);
    le.truncate(size);
    if !little(order) {
        le.reverse();
    }
    out.copy_from_slice(&le);
    Ok(())
}

fn get_int(bytes: &[u8], order: Order, code: u8) -> Value {
    let mut le = bytes.to_vec();
    if !little(order) {
        le.reverse();
    }
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    let n = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &le)
    };
    Value::from_bigint(n)
}

/// An f64 as IEEE half precision, rounding to nearest even; None when it is too large.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // The value in units of the smallest subnormal (2^-24), rounded half to even.
    let (e, m) = if a < 2f64.powi(-14) {
        let units = a * 2f64.powi(24);
        (0u16, units.round_ties_even() as u32)
    } else {
        let e = a.log2().floor() as i32;
        let e = if 2f64.powi(e) > a { e - 1 } else { e };
        let frac = a / 2f64.powi(e) - 1.0;
        let m = (frac * 1024.0).round_ties_even() as u32;
        let (e, m) = if m == 1024 { (e + 1, 0) } else { (e, m) };
        if e > 15 {
            return None;
        }
        ((e + 15) as u16, m)
    };
    // A subnormal that rounded up to 2^-14 becomes the smallest normal, as the bits show.
    Some(sign | ((e << 10) + m as u16))
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put_bytes(out: &mut [u8], order: Order, bytes: &[u8]) {
    out.copy_from_slice(bytes);
    if !little(order) {
        out.reverse();
    }
}

fn pack_items(ip: &Interp, l: &Layout, args: &[Value], out: &mut [u8]) -> PyResult<()> {
    if args.len() != l.values {
        return Err(error(
            ip,
            format!(
                "pack expected {} items for packing (got {})",
                l.values,
                args.len()
            ),
        ));
    }
    let mut next = args.iter();
    for item in &l.items {
        let sz = size_of(l.order, item.code).unwrap_or(1);
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().unwrap();
                let Value::Bytes(pb) = crate::eval::classes::value_base(v) else {
                    return Err(error(
                        ip,
                        format!(
                            "argument for '{}' must be a bytes object",
                            item.code as char
                        ),
                    ));
                };
                let b: &[u8] = &pb.b;
                let dst = &mut out[item.offset..item.offset + item.count];
                if item.code == b's' {
                    let n = b.len().min(item.count);
                    dst[..n].copy_from_slice(&b[..n]);
                } else if item.count > 0 {
                    let n = b.len().min(item.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&b[..n]);
                }
            }
            code => {
                for k in 0..item.count {
                    let v = next.next().unwrap();
                    let at = item.offset + k * sz;
                    let dst = &mut out[at..at + sz];
                    match code {
                        b'c' => match crate::eval::classes::value_base(v) {
                            Value::Bytes(b) if b.b.len() == 1 => dst[0] = b.b[0],
                            _ => {
                                return Err(error(
                                    ip,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => dst[0] = ops::truthy(ip, v)? as u8,
                        b'e' => {
                            let x = float_arg(ip, v)?;
                            let h = to_half(x).ok_or_else(|| {
                                ip.err(
                                    ExcKind::OverflowError,
                                    "float too large to pack with e format",
                                )
                            })?;
                            put_bytes(dst, Order::Little, &h.to_le_bytes());
                            if !little(l.order) {
                                dst.reverse();
                            }
                        }
                        b'f' => {
                            let x = float_arg(ip, v)?;
                            // Too large a value becomes an infinity in native mode (a C
                            // cast); the standard modes refuse it, as CPython 3.11 does.
                            let f = x as f32;
                            if l.order != Order::Native && f.is_infinite() && x.is_finite() {
                                return Err(ip.err(
                                    ExcKind::OverflowError,
                                    "float too large to pack with f format",
                                ));
                            }
                            put_bytes(dst, Order::Little, &f.to_le_bytes());
                            if !little(l.order) {
                                dst.reverse();
                            }
                        }
                        b'd' => {
                            let x = float_arg(ip, v)?;
                            put_bytes(dst, Order::Little, &x.to_le_bytes());
                            if !little(l.order) {
                                dst.reverse();
                            }
                        }
                        _ => put_int(ip, dst, l.order, code, sz, v)?,
                    }
                }
            }
        }
    }
    Ok(())
}

fn unpack_items(l: &Layout, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(l.values);
    for item in &l.items {
        let sz = size_of(l.order, item.code).unwrap_or(1);
        match item.code {
            b'x' => {}
            b's' => out.push(Value::bytes(&data[item.offset..item.offset + item.count])),
            b'p' => {
                let field = &data[item.offset..item.offset + item.count];
                let n = field
                    .first()
                    .map_or(0, |n| (*n as usize).min(item.count.saturating_sub(1)));
                out.push(Value::bytes(if item.count == 0 {
                    &[]
                } else {
                    &field[1..1 + n]
                }));
            }
            code => {
                for k in 0..item.count {
                    let at = item.offset + k * sz;
                    let src = &data[at..at + sz];
                    let mut le = src.to_vec();
                    if !little(l.order) {
                        le.reverse();
                    }
                    out.push(match code {
                        b'c' => Value::bytes(src),
                        b'?' => Value::bool(src.iter().any(|b| *b != 0)),
                        b'e' => Value::float(from_half(u16::from_le_bytes([le[0], le[1]]))),
                        b'f' => {
                            Value::float(f32::from_le_bytes([le[0], le[1], le[2], le[3]]) as f64)
                        }
                        b'd' => {
                            let mut a = [0u8; 8];
                            a.copy_from_slice(&le);
                            Value::float(f64::from_le_bytes(a))
                        }
                        _ => get_int(src, l.order, code),
                    });
                }
            }
        }
    }
    out
}

#[function(_struct, "calcsize(format, /)")]
fn calcsize(ip: &Interp, format: &Value) -> PyResult<i64> {
    Ok(layout(ip, format)?.size as i64)
}

#[function(_struct, "pack(format, /, *values)")]
fn pack(ip: &Interp, format: &Value, values: &[Value]) -> PyResult<Value> {
    let l = layout(ip, format)?;
    let mut out = vec![0u8; l.size];
    pack_items(ip, &l, values, &mut out)?;
    Ok(Value::bytes(&out))
}

#[function(_struct, "unpack(format, buffer, /)")]
fn unpack(ip: &Interp, format: &Value, buffer: crate::runtime::bytes::Buf) -> PyResult<Value> {
    let l = layout(ip, format)?;
    if buffer.len() != l.size {
        return Err(error(
            ip,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    Ok(Value::tuple(unpack_items(&l, &buffer)))
}

/// Where `offset` puts the data in a buffer of `len` bytes (a negative one counts from the end).
fn place(ip: &Interp, offset: i64, len: usize) -> PyResult<usize> {
    if offset < 0 {
        if offset.unsigned_abs() as usize > len {
            return Err(error(
                ip,
                format!("offset {} out of range for {}-byte buffer", offset, len),
            ));
        }
        return Ok(len - offset.unsigned_abs() as usize);
    }
    Ok(offset as usize)
}

#[function(_struct, "unpack_from(format, /, buffer, offset=0)")]
fn unpack_from(
    ip: &Interp,
    format: &Value,
    buffer: crate::runtime::bytes::Buf,
    offset: i64,
) -> PyResult<Value> {
    let l = layout(ip, format)?;
    let at = place(ip, offset, buffer.len())?;
    if at.saturating_add(l.size) > buffer.len() {
        return Err(error(
            ip,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                at + l.size,
                l.size,
                at,
                buffer.len()
            ),
        ));
    }
    Ok(Value::tuple(unpack_items(&l, &buffer[at..at + l.size])))
}

#[function(_struct, "iter_unpack(format, buffer, /)")]
fn iter_unpack(ip: &Interp, format: &Value, buffer: crate::runtime::bytes::Buf) -> PyResult<Value> {
    let l = layout(ip, format)?;
    if l.size == 0 {
        return Err(error(
            ip,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if !buffer.len().is_multiple_of(l.size) {
        return Err(error(
            ip,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    let items: Vec<Value> = buffer
        .chunks(l.size)
        .map(|c| Value::tuple(unpack_items(&l, c)))
        .collect();
    let it = crate::eval::ops::Iter::Items { items, i: 0 };
    Ok(crate::runtime::iterators::IterObj::make(
        ip,
        "unpack_iterator",
        it,
    ))
}

#[function(_struct, "pack_into(format, buffer, offset, /, *values)")]
fn pack_into(
    ip: &Interp,
    format: &Value,
    buffer: &Value,
    offset: i64,
    values: &[Value],
) -> PyResult<()> {
    let l = layout(ip, format)?;
    let Some((store, region)) = crate::runtime::memoryview::writable(buffer) else {
        return ip.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            ops::type_name(ip, buffer)
        ));
    };
    let len = region.len();
    if offset < 0 && offset.unsigned_abs() as usize > len {
        return Err(error(
            ip,
            format!("offset {} out of range for {}-byte buffer", offset, len),
        ));
    }
    let at = place(ip, offset, len)?;
    if at.saturating_add(l.size) > len {
        let msg = if offset < 0 {
            format!("no space to pack {} bytes at offset {}", l.size, offset)
        } else {
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                at + l.size,
                l.size,
                at,
                len
            )
        };
        return Err(error(ip, msg));
    }
    let mut out = vec![0u8; l.size];
    pack_items(ip, &l, values, &mut out)?;
    let at = region.start + at;
    store.b.borrow_mut()[at..at + l.size].copy_from_slice(&out);
    Ok(())
}

fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_struct", init);
crate::python_module!("struct", "struct.py");

#[cfg(test)]
mod tests {
    use super::{from_half, to_half};

    #[test]
    fn half_floats_round_trip_and_round_to_even() {
        for x in [
            0.0,
            1.0,
            -2.5,
            65504.0,
            6.103515625e-05,
            5.960464477539063e-08,
        ] {
            assert_eq!(from_half(to_half(x).unwrap()), x);
        }
        assert_eq!(to_half(65520.0), None);
        assert_eq!(to_half(1.0 + 2f64.powi(-11)), to_half(1.0));
    }
}
