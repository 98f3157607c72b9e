//! The `array` module: `array.array`, a sequence of numbers of one C type. Native, because an
//! array is a buffer: its items live as machine bytes in the same storage a bytearray uses, so
//! `memoryview(a)` shares them (writes go through, and the array cannot change size while a
//! view of it lives) and every bytes-consuming builtin reads them directly.

use std::rc::Rc;

use corun_macros::{function, method, staticmethod};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::{ClassSpec, Native, NativeIter, NativeObj};
use crate::eval::ops::{self, Iter};
use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::bind::{At, FromArg};
use crate::runtime::bytearray::ByteArray;
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp};

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

pub struct Array {
    pub tc: char,
    /// The items as native little-endian bytes, and the count of live views.
    pub store: ByteArray,
}

static ARRAY_CLASS: ClassSpec = ClassSpec {
    key: "array.array",
    module: "array",
    name: "array",
    base: None,
    new: None,
    methods: &[],
};

/// Whether `c` is `array.array` (which user classes may derive from).
pub fn is_class(c: &crate::runtime::object::Class) -> bool {
    c.module == "array" && c.qualname == "array" && !c.user
}

/// The size in bytes of an item of typecode `tc`.
pub fn itemsize(tc: char) -> usize {
    match tc {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'u' | 'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}

/// The array `v` is (or an instance of a subclass of array holds), if any.
pub fn of(v: &Value) -> Option<&Array> {
    match v {
        Value::Native(o) => match &o.kind {
            Native::Array(a) => Some(a),
            _ => None,
        },
        Value::Instance(i) => i.base.as_ref().and_then(of),
        _ => None,
    }
}

impl<'a> FromArg<'a> for &'a Array {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        of(v).ok_or_else(|| at.wrong_type(ip, "array.array", v))
    }
}

fn new(ip: &Interp, tc: char, bytes: Vec<u8>) -> Value {
    super::new_obj(
        ip,
        &ARRAY_CLASS,
        Native::Array(Array {
            tc,
            store: ByteArray {
                b: std::cell::RefCell::new(crate::runtime::bytebuf::ByteBuf::new(bytes)),
                exports: std::cell::Cell::new(0),
            },
        }),
    )
}

/// The item stored as `raw`, for typecode `tc`.
fn decode(ip: &Interp, tc: char, raw: &[u8]) -> PyResult<Value> {
    let mut w = [0u8; 8];
    w[..raw.len()].copy_from_slice(raw);
    let u = u64::from_le_bytes(w);
    Ok(match tc {
        'b' => Value::Int(raw[0] as i8 as i64),
        'B' => Value::Int(raw[0] as i64),
        'h' => Value::Int(u as u16 as i16 as i64),
        'H' => Value::Int(u as u16 as i64),
        'i' => Value::Int(u as u32 as i32 as i64),
        'I' => Value::Int(u as u32 as i64),
        'l' | 'q' => Value::Int(u as i64),
        'L' | 'Q' => Value::from_bigint(BigInt::from(u)),
        'f' => Value::float(f32::from_bits(u as u32) as f64),
        'd' => Value::float(f64::from_bits(u)),
        _ => Value::string(unichar(ip, u as u32)?.to_string()),
    })
}

fn unichar(ip: &Interp, c: u32) -> PyResult<char> {
    char::from_u32(c).ok_or_else(|| {
        ip.err(
            ExcKind::ValueError,
            format!("character U+{:x} is not in range [U+0000; U+10ffff]", c),
        )
    })
}

/// Appends to `out` the bytes of `v` as an item of typecode `tc`, or raises CPython's error.
fn encode(ip: &Interp, tc: char, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    match tc {
        'u' => match v {
            Value::Str(s) if s.s.chars().count() == 1 => {
                out.extend_from_slice(&(s.s.chars().next().unwrap() as u32).to_le_bytes());
                Ok(())
            }
            _ => ip.type_error("array item must be unicode character"),
        },
        'f' | 'd' => {
            let x = match v {
                Value::Float(f) => f.plain(),
                Value::Int(i) => *i as f64,
                _ => crate::stdlib::math::to_f64(ip, v)?,
            };
            if tc == 'f' {
                out.extend_from_slice(&(x as f32).to_le_bytes());
            } else {
                out.extend_from_slice(&x.to_le_bytes());
            }
            Ok(())
        }
        _ => {
            if let Value::Float(_) = v {
                return ip.type_error("'float' object cannot be interpreted as an integer");
            }
            let n = crate::runtime::numbers::index(ip, v)?;
            encode_int(ip, tc, &n, out)
        }
    }
}

fn encode_int(ip: &Interp, tc: char, n: &BigInt, out: &mut Vec<u8>) -> PyResult<()> {
    let over = |m: &str| Err(ip.err(ExcKind::OverflowError, m.to_string()));
    let (lo, hi, name): (i128, i128, &str) = match tc {
        'b' => (-128, 127, "signed char"),
        'B' => (0, 255, "unsigned byte integer"),
        'h' => (-(1 << 15), (1 << 15) - 1, "signed short integer"),
        'H' => (0, (1 << 16) - 1, "unsigned short"),
        'i' => (-(1 << 31), (1 << 31) - 1, "signed integer"),
        'I' => (0, (1 << 32) - 1, "unsigned int"),
        'l' | 'q' => (i64::MIN as i128, i64::MAX as i128, ""),
        _ => (0, u64::MAX as i128, ""),
    };
    let size = itemsize(tc);
    if let Some(x) = n.to_i128().filter(|x| (lo..=hi).contains(x)) {
        out.extend_from_slice(&x.to_le_bytes()[..size]);
        return Ok(());
    }
    let neg = n.is_negative();
    match tc {
        'q' => return over("int too big to convert"),
        'Q' if neg => return over("can't convert negative int to unsigned"),
        'Q' => return over("int too big to convert"),
        'l' => return over("Python int too large to convert to C long"),
        'I' | 'L' if neg => return over("can't convert negative value to unsigned int"),
        'L' => return over("Python int too large to convert to C unsigned long"),
        'I' if n.to_u64().is_none() => {
            return over("Python int too large to convert to C unsigned long")
        }
        _ => {}
    }
    if n.to_i64().is_none() && tc != 'I' {
        return over("Python int too large to convert to C long");
    }
    // CPython reads 'b' as a short and 'H' as an int first, and reports that range.
    let (lo, name) = match (tc, n.to_i64()) {
        ('b', Some(x)) if !(-(1 << 15)..(1 << 15)).contains(&x) => {
            (-(1i128 << 15), "signed short integer")
        }
        ('H', Some(x)) if !(-(1 << 31)..(1 << 31)).contains(&x) => {
            (-(1i128 << 31), "signed integer")
        }
        _ => (lo, name),
    };
    let below = n < &BigInt::from(lo);
    over(&format!(
        "{} is {}",
        name,
        if below {
            "less than minimum"
        } else {
            "greater than maximum"
        }
    ))
}

impl Array {
    fn size(&self) -> usize {
        itemsize(self.tc)
    }

    pub fn len(&self) -> usize {
        self.store.b.borrow().len() / self.size()
    }

    pub fn is_empty(&self) -> bool {
        self.store.b.borrow().is_empty()
    }

    fn item(&self, ip: &Interp, k: usize) -> PyResult<Value> {
        let n = self.size();
        let b = self.store.b.borrow();
        decode(ip, self.tc, &b[k * n..(k + 1) * n])
    }

    fn items(&self, ip: &Interp) -> PyResult<Vec<Value>> {
        let n = self.size();
        let b = self.store.b.borrow().to_vec();
        b.chunks(n).map(|c| decode(ip, self.tc, c)).collect()
    }

    /// Fails while views of the array live, as a change of size would move their memory.
    fn resizable(&self, ip: &Interp) -> PyResult<()> {
        if self.store.exports.get() > 0 {
            return Err(ip.err(
                ExcKind::BufferError,
                "cannot resize an array that is exporting buffers",
            ));
        }
        Ok(())
    }

    fn push_bytes(&self, ip: &Interp, data: &[u8]) -> PyResult<()> {
        if !data.is_empty() {
            self.resizable(ip)?;
            self.store.b.borrow_mut().extend_from_slice(data);
        }
        Ok(())
    }

    /// Appends every item of `it`, encoded one by one (those before a bad one stay).
    fn extend_iter(&self, ip: &Interp, it: &Value) -> PyResult<()> {
        let mut it = ops::iter(ip, it)?;
        while let Some(x) = it.next_checked(ip)? {
            let mut one = Vec::with_capacity(8);
            encode(ip, self.tc, &x, &mut one)?;
            self.push_bytes(ip, &one)?;
        }
        Ok(())
    }

    fn index_of(&self, ip: &Interp, i: i64) -> Option<usize> {
        let _ = ip;
        let n = self.len() as i64;
        let j = if i < 0 { i + n } else { i };
        (0..n).contains(&j).then_some(j as usize)
    }
}

fn index_arg(ip: &Interp, index: &Value) -> PyResult<i64> {
    match crate::runtime::numbers::index_opt(ip, index)? {
        Some(n) => n.to_i64().ok_or_else(|| {
            ip.err(
                ExcKind::IndexError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    ops::type_name(ip, index)
                ),
            )
        }),
        None => ip.type_error("array indices must be integers"),
    }
}

#[staticmethod(
    "array.array",
    "array($type, typecode, initializer=None, /)",
    attr = "__new__",
    style = tuple
)]
fn array_new(
    ip: &Interp,
    cls: &Value,
    typecode: &Value,
    initializer: Option<&Value>,
) -> PyResult<Value> {
    let tc = match typecode {
        Value::Str(s) if s.s.chars().count() == 1 => s.s.chars().next().unwrap(),
        _ => {
            return ip.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                ops::type_name(ip, typecode)
            ))
        }
    };
    if !TYPECODES.contains(tc) {
        return Err(ip.err(
            ExcKind::ValueError,
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    let a = new(ip, tc, Vec::new());
    let this = of(&a).unwrap();
    match initializer {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) => {
            if tc != 'u' {
                return ip.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    tc
                ));
            }
            let mut b = this.store.b.borrow_mut();
            for c in s.s.chars() {
                b.extend_from_slice(&(c as u32).to_le_bytes());
            }
        }
        Some(v) => {
            if let Some(other) = of(v) {
                if other.tc == 'u' && tc != 'u' {
                    return ip.type_error(format!(
                        "cannot use a unicode array to initialize an array with typecode '{}'",
                        tc
                    ));
                }
                let mut add = Vec::new();
                for x in other.items(ip)? {
                    encode(ip, tc, &x, &mut add)?;
                }
                this.store.b.borrow_mut().extend_from_slice(&add);
            } else if matches!(crate::eval::classes::value_base(v), Value::Bytes(_))
                || crate::runtime::bytearray::of(v).is_some()
            {
                let data = crate::runtime::bytes::need_buffer(ip, v)?;
                frombytes(ip, this, data)?;
            } else {
                this.extend_iter(ip, v)?;
            }
        }
    }
    match cls {
        Value::Class(c) if c.user => Ok(Value::Instance(
            crate::runtime::instance::Instance::with_base(c.clone(), a),
        )),
        _ => Ok(a),
    }
}

#[method("array.array", "append($self, v, /)")]
fn append(ip: &Interp, this: &Array, v: &Value) -> PyResult<()> {
    let mut one = Vec::with_capacity(8);
    encode(ip, this.tc, v, &mut one)?;
    this.push_bytes(ip, &one)
}

#[method("array.array", "extend($self, bb, /)")]
fn extend(ip: &Interp, this: &Array, bb: &Value) -> PyResult<()> {
    if let Some(other) = of(bb) {
        if other.tc != this.tc {
            return ip.type_error("can only extend with array of same kind");
        }
        let data = other.store.b.borrow().to_vec();
        return this.push_bytes(ip, &data);
    }
    this.extend_iter(ip, bb)
}

#[method("array.array", "insert($self, i, v, /)")]
fn insert(ip: &Interp, this: &Array, i: i64, v: &Value) -> PyResult<()> {
    let mut one = Vec::with_capacity(8);
    encode(ip, this.tc, v, &mut one)?;
    this.resizable(ip)?;
    let n = this.len() as i64;
    let k = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let at = k * this.size();
    this.store.b.borrow_mut().splice(at..at, &one);
    Ok(())
}

#[method("array.array", "pop($self, i=-1, /)")]
fn pop(ip: &Interp, this: &Array, i: i64) -> PyResult<Value> {
    if this.is_empty() {
        return Err(ip.err(ExcKind::IndexError, "pop from empty array"));
    }
    let Some(k) = this.index_of(ip, i) else {
        return Err(ip.err(ExcKind::IndexError, "pop index out of range"));
    };
    let v = this.item(ip, k)?;
    this.resizable(ip)?;
    let n = this.size();
    this.store.b.borrow_mut().delete(k * n..(k + 1) * n);
    Ok(v)
}

/// The position of the first item equal to `v` in `lo..hi`.
fn find(ip: &Interp, this: &Array, v: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    for k in lo..hi.min(this.len()) {
        if ops::equals(ip, &this.item(ip, k)?, v)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

#[method("array.array", "remove($self, v, /)")]
fn remove(ip: &Interp, this: &Array, v: &Value) -> PyResult<()> {
    let Some(k) = find(ip, this, v, 0, usize::MAX)? else {
        return Err(ip.err(ExcKind::ValueError, "array.remove(x): x not in array"));
    };
    this.resizable(ip)?;
    let n = this.size();
    this.store.b.borrow_mut().delete(k * n..(k + 1) * n);
    Ok(())
}

#[method("array.array", "index($self, v, start=0, stop=sys.maxsize, /)")]
fn index(ip: &Interp, this: &Array, v: &Value, start: i64, stop: Option<i64>) -> PyResult<i64> {
    let n = this.len() as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let (lo, hi) = (fix(start), fix(stop.unwrap_or(i64::MAX)));
    match find(ip, this, v, lo, hi)? {
        Some(k) => Ok(k as i64),
        None => Err(ip.err(ExcKind::ValueError, "array.index(x): x not in array")),
    }
}

#[method("array.array", "count($self, v, /)")]
fn count(ip: &Interp, this: &Array, v: &Value) -> PyResult<i64> {
    let mut c = 0;
    for k in 0..this.len() {
        if ops::equals(ip, &this.item(ip, k)?, v)? {
            c += 1;
        }
    }
    Ok(c)
}

#[method("array.array", "reverse($self, /)")]
fn reverse(_ip: &Interp, this: &Array) -> PyResult<()> {
    let n = this.size();
    let mut b = this.store.b.borrow_mut();
    let rev: Vec<u8> = b.chunks(n).rev().flatten().copied().collect();
    b.set(rev);
    Ok(())
}

#[method("array.array", "tolist($self, /)")]
fn tolist(ip: &Interp, this: &Array) -> PyResult<Value> {
    Ok(Value::list(this.items(ip)?))
}

#[method("array.array", "fromlist($self, list, /)")]
fn fromlist(ip: &Interp, this: &Array, list: &Value) -> PyResult<()> {
    let Value::List(l) = list else {
        return ip.type_error("arg must be list");
    };
    let items: Vec<Value> = l.items.borrow().clone();
    // All or nothing: a bad item leaves the array as it was.
    let mut data = Vec::with_capacity(items.len() * this.size());
    for x in &items {
        encode(ip, this.tc, x, &mut data)?;
    }
    this.push_bytes(ip, &data)
}

#[method("array.array", "tobytes($self, /)")]
fn tobytes(_ip: &Interp, this: &Array) -> PyResult<Value> {
    Ok(Value::bytes(&this.store.b.borrow()))
}

#[method("array.array", "frombytes($self, buffer, /)")]
fn frombytes(ip: &Interp, this: &Array, buffer: Buf) -> PyResult<()> {
    if !buffer.len().is_multiple_of(this.size()) {
        return Err(ip.err(
            ExcKind::ValueError,
            "bytes length not a multiple of item size",
        ));
    }
    this.push_bytes(ip, &buffer)
}

#[method("array.array", "tounicode($self, /)")]
fn tounicode(ip: &Interp, this: &Array) -> PyResult<Value> {
    if this.tc != 'u' {
        return Err(ip.err(
            ExcKind::ValueError,
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let b = this.store.b.borrow().to_vec();
    let mut s = String::with_capacity(b.len() / 4);
    for c in b.chunks(4) {
        s.push(unichar(ip, u32::from_le_bytes([c[0], c[1], c[2], c[3]]))?);
    }
    Ok(Value::string(s))
}

#[method("array.array", "fromunicode($self, ustr, /)")]
fn fromunicode(ip: &Interp, this: &Array, ustr: &Value) -> PyResult<()> {
    if this.tc != 'u' {
        return Err(ip.err(
            ExcKind::ValueError,
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    let Value::Str(s) = ustr else {
        return ip.type_error(format!(
            "fromunicode() argument must be str, not {}",
            ops::type_name(ip, ustr)
        ));
    };
    let data: Vec<u8> = s.s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
    this.push_bytes(ip, &data)
}

#[method("array.array", "tofile($self, f, /)")]
fn tofile(ip: &Interp, this: &Array, f: &Value) -> PyResult<()> {
    let data = Value::bytes(&this.store.b.borrow());
    let write = ops::getattr(ip, f, intern("write"))?;
    super::call_with(ip, &write, &[data])?;
    Ok(())
}

#[method("array.array", "fromfile($self, f, n, /)")]
fn fromfile(ip: &Interp, this: &Array, f: &Value, n: i64) -> PyResult<()> {
    if n < 0 {
        return Err(ip.err(ExcKind::ValueError, "negative count"));
    }
    let want = (n as usize).saturating_mul(this.size());
    let read = ops::getattr(ip, f, intern("read"))?;
    let got = super::call_with(ip, &read, &[Value::Int(want as i64)])?;
    let Value::Bytes(b) = &got else {
        return ip.type_error("read() didn't return bytes");
    };
    let whole = b.b.len() - b.b.len() % this.size();
    this.push_bytes(ip, &b.b[..whole])?;
    if b.b.len() < want {
        return Err(ip.err(ExcKind::EOFError, "read() didn't return enough bytes"));
    }
    Ok(())
}

#[method("array.array", "byteswap($self, /)")]
fn byteswap(ip: &Interp, this: &Array) -> PyResult<()> {
    let _ = ip;
    let n = this.size();
    for c in this.store.b.borrow_mut().chunks_mut(n) {
        c.reverse();
    }
    Ok(())
}

#[method("array.array", "buffer_info($self, /)")]
fn buffer_info(_ip: &Interp, this: &Array) -> PyResult<Value> {
    let addr = this.store.b.borrow().as_ptr() as usize;
    Ok(Value::tuple(vec![
        Value::Int(addr as i64),
        Value::Int(this.len() as i64),
    ]))
}

#[method("array.array", "__copy__($self, /)")]
fn copy(ip: &Interp, this: &Array) -> PyResult<Value> {
    Ok(new(ip, this.tc, this.store.b.borrow().to_vec()))
}

#[method("array.array", "__deepcopy__($self, unused, /)")]
fn deepcopy(ip: &Interp, this: &Array, unused: &Value) -> PyResult<Value> {
    let _ = unused;
    copy(ip, this)
}

/// The machine format code CPython's pickles give each typecode (all little-endian here).
fn mformat(tc: char) -> i64 {
    match tc {
        'B' => 0,
        'b' => 1,
        'H' => 2,
        'h' => 4,
        'I' => 6,
        'i' => 8,
        'L' | 'Q' => 10,
        'l' | 'q' => 12,
        'f' => 14,
        'd' => 16,
        _ => 20,
    }
}

#[method("array.array", "__reduce_ex__($self, value, /)")]
fn reduce_ex(ip: &Interp, this: &Value, value: i64) -> PyResult<Value> {
    let a = of(this).ok_or_else(|| ip.err(ExcKind::TypeError, "array expected"))?;
    // A subclass's instance is rebuilt as one, with its attributes.
    let cls = Value::Class(crate::eval::ops::type_of(ip, this));
    let state = crate::eval::classes::reduce_state(ip, this)?;
    if value < 3 {
        let args = Value::tuple(vec![
            Value::str(&a.tc.to_string()),
            Value::list(a.items(ip)?),
        ]);
        return Ok(Value::tuple(vec![cls, args, state]));
    }
    let recon = Value::Builtin(&ARRAY_RECONSTRUCTOR);
    let args = Value::tuple(vec![
        cls,
        Value::str(&a.tc.to_string()),
        Value::Int(mformat(a.tc)),
        Value::bytes(&a.store.b.borrow()),
    ]);
    Ok(Value::tuple(vec![recon, args, state]))
}

#[function(
    array,
    "_array_reconstructor(arraytype, typecode, mformat_code, items, /)"
)]
fn array_reconstructor(
    ip: &Interp,
    arraytype: &Value,
    typecode: &Value,
    mformat_code: i64,
    items: &Value,
) -> PyResult<Value> {
    let _ = arraytype;
    let a = array_new(ip, arraytype, typecode, None)?;
    let this = of(&a).unwrap();
    if mformat(this.tc) != mformat_code {
        return Err(ip.err(
            ExcKind::NotImplementedError,
            "corun's array cannot read a pickle of another machine format",
        ));
    }
    let data = crate::runtime::bytes::need_buffer(ip, items)?;
    frombytes(ip, this, data)?;
    Ok(a)
}

/// The data attributes of an array.
pub fn getattr(a: &Array, name: &str) -> Option<Value> {
    match name {
        "typecode" => Some(Value::str(&a.tc.to_string())),
        "itemsize" => Some(Value::Int(a.size() as i64)),
        _ => None,
    }
}

pub fn repr(ip: &Interp, a: &Array) -> PyResult<String> {
    if a.is_empty() {
        return Ok(format!("array('{}')", a.tc));
    }
    let inner = if a.tc == 'u' {
        tounicode(ip, a)?
    } else {
        Value::list(a.items(ip)?)
    };
    Ok(format!(
        "array('{}', {})",
        a.tc,
        crate::runtime::repr::repr(ip, &inner)?
    ))
}

pub fn getitem(ip: &Interp, a: &Array, index: &Value) -> PyResult<Value> {
    if let Some((lo, hi, st)) = super::slice::parts(index) {
        let sel = super::slice::unpack(ip, lo, hi, st)?.on(a.len());
        let n = a.size();
        let b = a.store.b.borrow();
        let mut out = Vec::with_capacity(sel.count * n);
        for k in sel.positions() {
            out.extend_from_slice(&b[k * n..(k + 1) * n]);
        }
        return Ok(new(ip, a.tc, out));
    }
    let i = index_arg(ip, index)?;
    match a.index_of(ip, i) {
        Some(k) => a.item(ip, k),
        None => Err(ip.err(ExcKind::IndexError, "array index out of range")),
    }
}

/// `a[index] = v` and `del a[index]` (v None).
pub fn setitem(ip: &Interp, a: &Array, index: &Value, v: Option<&Value>) -> PyResult<()> {
    let n = a.size();
    let Some((lo, hi, st)) = super::slice::parts(index) else {
        let i = index_arg(ip, index)?;
        let mut one = Vec::with_capacity(8);
        if let Some(v) = v {
            encode(ip, a.tc, v, &mut one)?;
        }
        let Some(k) = a.index_of(ip, i) else {
            return Err(ip.err(ExcKind::IndexError, "array assignment index out of range"));
        };
        if v.is_some() {
            a.store.b.borrow_mut()[k * n..(k + 1) * n].copy_from_slice(&one);
        } else {
            a.resizable(ip)?;
            a.store.b.borrow_mut().delete(k * n..(k + 1) * n);
        }
        return Ok(());
    };
    let data = match v {
        None => None,
        Some(v) => match of(v) {
            Some(other) if other.tc == a.tc => Some(other.store.b.borrow().to_vec()),
            Some(_) => return ip.type_error("bad argument type for built-in operation"),
            None => {
                return ip.type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    ops::type_name(ip, v)
                ))
            }
        },
    };
    let sel = super::slice::unpack(ip, lo, hi, st)?.on(a.len());
    let len = a.len() as i64;
    if sel.step == 1 {
        let start = sel.start.clamp(0, len) as usize;
        let stop = sel.stop.max(sel.start).clamp(0, len) as usize;
        let data = data.unwrap_or_default();
        if (stop - start) * n != data.len() {
            a.resizable(ip)?;
        }
        a.store.b.borrow_mut().splice(start * n..stop * n, &data);
        return Ok(());
    }
    let ks: Vec<usize> = sel.positions().collect();
    match data {
        Some(data) => {
            if data.len() != ks.len() * n {
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!(
                        "attempt to assign array of size {} to extended slice of size {}",
                        data.len() / n,
                        ks.len()
                    ),
                ));
            }
            let mut b = a.store.b.borrow_mut();
            for (j, k) in ks.into_iter().enumerate() {
                b[k * n..(k + 1) * n].copy_from_slice(&data[j * n..(j + 1) * n]);
            }
            Ok(())
        }
        None => {
            if ks.is_empty() {
                return Ok(());
            }
            a.resizable(ip)?;
            let mut gone = vec![false; a.len()];
            for k in ks {
                gone[k] = true;
            }
            let old = a.store.b.borrow().to_vec();
            let kept: Vec<u8> = old
                .chunks(n)
                .zip(gone)
                .filter(|(_, g)| !g)
                .flat_map(|(c, _)| c.iter().copied())
                .collect();
            a.store.b.borrow_mut().set(kept);
            Ok(())
        }
    }
}

pub fn contains(ip: &Interp, a: &Array, item: &Value) -> PyResult<bool> {
    Ok(find(ip, a, item, 0, usize::MAX)?.is_some())
}

struct ArrayIter {
    obj: Rc<NativeObj>,
    k: usize,
}

impl NativeIter for ArrayIter {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let Native::Array(a) = &self.obj.kind else {
            return Ok(None);
        };
        if self.k >= a.len() {
            self.k = usize::MAX / 2;
            return Ok(None);
        }
        self.k += 1;
        a.item(ip, self.k - 1).map(Some)
    }
}

pub fn iter(ip: &Interp, o: &Rc<NativeObj>) -> Iter {
    let _ = ip;
    Iter::Std(Box::new(ArrayIter {
        obj: o.clone(),
        k: 0,
    }))
}

/// `a + b`, `a * n` and `n * a`; None when the operator does not apply.
pub fn binary(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (BinOp::Mult, None, Some(_)) = (op, of(a), of(b)) {
        return binary(ip, op, b, a);
    }
    let Some(x) = of(a) else { return Ok(None) };
    match op {
        BinOp::Add => match of(b) {
            Some(y) if y.tc == x.tc => {
                let mut v = x.store.b.borrow().to_vec();
                v.extend_from_slice(&y.store.b.borrow());
                Ok(Some(new(ip, x.tc, v)))
            }
            Some(_) => ip.type_error("bad argument type for built-in operation"),
            None if matches!(b, Value::Instance(_)) => Ok(None),
            None => ip.type_error(format!(
                "can only append array (not \"{}\") to array",
                ops::type_name(ip, b)
            )),
        },
        BinOp::Mult => {
            let v = repeat(ip, x, b)?;
            Ok(v.map(|v| new(ip, x.tc, v)))
        }
        _ => Ok(None),
    }
}

fn repeat(ip: &Interp, x: &Array, n: &Value) -> PyResult<Option<Vec<u8>>> {
    let Some(n) = crate::runtime::numbers::index_opt(ip, n)? else {
        if let Value::Instance(_) = n {
            return Ok(None);
        }
        return ip.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            ops::type_name(ip, n)
        ));
    };
    let one = x.store.b.borrow().to_vec();
    let n = n
        .to_i64()
        .unwrap_or(if n.is_negative() { 0 } else { i64::MAX });
    let n = n.max(0) as usize;
    if !one.is_empty() && n.saturating_mul(one.len()) > isize::MAX as usize / 2 {
        return Err(ip.err_noargs(ExcKind::MemoryError));
    }
    let mut v = crate::runtime::bytes::alloc(ip, n * one.len())?;
    for _ in 0..n {
        v.extend_from_slice(&one);
    }
    Ok(Some(v))
}

/// `a += b` and `a *= n`: in place.
pub fn inplace(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(x) = of(a) else { return Ok(None) };
    match op {
        BinOp::Add => match of(b) {
            Some(y) if y.tc == x.tc => {
                let data = y.store.b.borrow().to_vec();
                x.push_bytes(ip, &data)?;
                Ok(Some(a.clone()))
            }
            Some(_) => ip.type_error("bad argument type for built-in operation"),
            None => Ok(None),
        },
        BinOp::Mult => {
            let Some(v) = repeat(ip, x, b)? else {
                return Ok(None);
            };
            if v.len() != x.store.b.borrow().len() {
                x.resizable(ip)?;
            }
            x.store.b.borrow_mut().set(v);
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// `a == b` and the orderings between two arrays: item by item by value (a NaN item is
/// unequal even to itself), then by length.
pub fn compare(ip: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (of(a), of(b)) else {
        return Ok(None);
    };
    let exact = x.tc == y.tc && !matches!(x.tc, 'f' | 'd');
    if exact && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        let same = x.store.b.borrow()[..] == y.store.b.borrow()[..];
        return Ok(Some(same == (op == CmpOp::Eq)));
    }
    let (p, q) = (x.items(ip)?, y.items(ip)?);
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && p.len() != q.len() {
        return Ok(Some(op == CmpOp::NotEq));
    }
    for (u, v) in p.iter().zip(&q) {
        if !ops::equals(ip, u, v)? {
            return Ok(Some(match op {
                CmpOp::Eq => false,
                CmpOp::NotEq => true,
                _ => ops::compare(ip, op, u, v)?,
            }));
        }
    }
    let (m, n) = (p.len(), q.len());
    Ok(Some(match op {
        CmpOp::Eq => true,
        CmpOp::NotEq => false,
        CmpOp::Lt => m < n,
        CmpOp::LtE => m <= n,
        CmpOp::Gt => m > n,
        _ => m >= n,
    }))
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let c = Value::Class(super::class(ip, &ARRAY_CLASS));
    m.set(intern("array"), c.clone());
    m.set(intern("ArrayType"), c);
    m.set(intern("typecodes"), Value::str(TYPECODES));
    Ok(())
}

crate::native_module!("array", init);
