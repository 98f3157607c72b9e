//! `memoryview`: a one-dimensional view of a `bytes` or `bytearray` (slices, `cast` to the
//! native single-character formats, `tobytes`, `tolist`, `release`, writes through to a
//! bytearray). A view of a bytearray counts as an export of it while it lives unreleased, so
//! that the bytearray cannot change size under it. Views of more than one dimension (`cast`
//! with a shape) raise NotImplementedError.

use std::cell::Cell;
use std::rc::Rc;

use corun_macros::{method, staticmethod};

use crate::eval::ops::{self, Iter};
use crate::eval::Interp;
use crate::runtime::bind::{At, FromArg};
use crate::runtime::bytearray;
use crate::runtime::bytes::gathered;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::stdlib::{Native, NativeIter, NativeObj};

pub struct View {
    /// The object viewed: a `bytes` or a `bytearray`.
    pub obj: Value,
    /// Where the first item starts, in bytes, and the distance between items.
    start: usize,
    stride: isize,
    count: usize,
    format: char,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
}

/// The storage behind a viewed object that can change: a bytearray's or an array's.
fn store(obj: &Value) -> Option<&bytearray::ByteArray> {
    bytearray::of(obj).or_else(|| crate::stdlib::array::of(obj).map(|a| &a.store))
}

impl Drop for View {
    fn drop(&mut self) {
        if !self.released.get() {
            if let Some(a) = store(&self.obj) {
                a.exports.set(a.exports.get().saturating_sub(1));
            }
        }
    }
}

fn released_error(ip: &Interp) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::ValueError,
        "operation forbidden on released memoryview object",
    )
}

fn itemsize_of(f: char) -> Option<usize> {
    Some(match f {
        'B' | 'b' | 'c' | '?' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

impl View {
    /// `f` of the bytes of the whole object, borrowed, not copied (a view of a large buffer
    /// is read piece by piece: a copy per access made that quadratic).
    fn with_whole<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.obj {
            Value::Bytes(b) => f(&b.b),
            v => match store(v) {
                Some(a) => f(&a.b.borrow()),
                None => f(&[]),
            },
        }
    }

    fn check(&self, ip: &Interp) -> PyResult<()> {
        if self.released.get() {
            return Err(released_error(ip));
        }
        Ok(())
    }

    /// Fails, as CPython does, for a format whose items a view cannot read or write.
    fn check_items(&self, ip: &Interp) -> PyResult<()> {
        self.check(ip)?;
        if self.format == 'w' {
            return Err(ip.err(
                ExcKind::NotImplementedError,
                "memoryview: format w not supported",
            ));
        }
        Ok(())
    }

    /// The offset in the object of item `k`.
    fn offset(&self, k: usize) -> usize {
        (self.start as isize + k as isize * self.stride) as usize
    }

    /// Whether the items lie one after another in memory, in order (CPython's C-contiguous
    /// flag for one dimension: a view of one item always is, an empty one by its stride).
    pub fn is_contiguous(&self) -> bool {
        self.count == 1 || self.stride == self.itemsize as isize
    }

    /// Whether `release()` was called.
    pub fn is_released(&self) -> bool {
        self.released.get()
    }

    /// `f` of the bytes the view shows, in order: read in place when the view is contiguous,
    /// gathered first when strided; None when released.
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        if self.released.get() {
            return None;
        }
        if self.stride == self.itemsize as isize {
            return self.with_whole(|all| all.get(self.start..self.start + self.nbytes()).map(f));
        }
        let gathered = self.with_whole(|all| {
            let mut out = Vec::with_capacity(self.nbytes());
            for k in 0..self.count {
                let o = self.offset(k);
                out.extend_from_slice(all.get(o..o + self.itemsize)?);
            }
            Some(out)
        })?;
        Some(f(&gathered))
    }

    /// The bytes the view shows, in order (`tobytes()`); None when released.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        self.with_bytes(<[u8]>::to_vec)
    }

    fn nbytes(&self) -> usize {
        self.count * self.itemsize
    }

    fn unpack(&self, raw: &[u8]) -> Value {
        let word = |n: usize| {
            let mut w = [0u8; 8];
            w[..n].copy_from_slice(&raw[..n]);
            u64::from_le_bytes(w)
        };
        match self.format {
            'B' => Value::Int(raw[0] as i64),
            'b' => Value::Int(raw[0] as i8 as i64),
            'c' => Value::bytes(&raw[..1]),
            '?' => Value::bool(raw[0] != 0),
            'h' => Value::Int(word(2) as u16 as i16 as i64),
            'H' => Value::Int(word(2) as i64),
            'i' => Value::Int(word(4) as u32 as i32 as i64),
            'I' => Value::Int(word(4) as i64),
            'f' => Value::float(f32::from_bits(word(4) as u32) as f64),
            'd' => Value::float(f64::from_bits(word(8))),
            'l' | 'q' | 'n' => Value::Int(word(8) as i64),
            _ => Value::from_bigint(num_bigint::BigInt::from(word(8))),
        }
    }

    fn item(&self, k: usize) -> Value {
        let o = self.offset(k);
        self.with_whole(|all| self.unpack(&all[o..o + self.itemsize]))
    }

    /// The bytes an item assignment writes, for the view's format.
    fn pack(&self, ip: &Interp, v: &Value) -> PyResult<Vec<u8>> {
        use num_traits::ToPrimitive;
        let invalid = || {
            ip.err(
                ExcKind::ValueError,
                format!("memoryview: invalid value for format '{}'", self.format),
            )
        };
        let type_err = |what: &str| {
            ip.err(
                ExcKind::TypeError,
                format!(
                    "memoryview: invalid type for format '{}'{}",
                    self.format, what
                ),
            )
        };
        match self.format {
            'c' => match v {
                Value::Bytes(b) if b.b.len() == 1 => Ok(b.b.to_vec()),
                Value::Bytes(_) => Err(invalid()),
                _ => Err(type_err("")),
            },
            '?' => Ok(vec![ops::truthy(ip, v)? as u8]),
            'f' | 'd' => {
                let x = match v {
                    Value::Float(f) => f.plain(),
                    Value::Int(i) => *i as f64,
                    _ => return Err(type_err("")),
                };
                Ok(if self.format == 'f' {
                    (x as f32).to_le_bytes().to_vec()
                } else {
                    x.to_le_bytes().to_vec()
                })
            }
            f => {
                let Some(n) = crate::runtime::numbers::as_bigint(v) else {
                    return Err(type_err(""));
                };
                let bytes = match f {
                    'B' => n.to_u8().map(|x| vec![x]),
                    'b' => n.to_i8().map(|x| x.to_le_bytes().to_vec()),
                    'h' => n.to_i16().map(|x| x.to_le_bytes().to_vec()),
                    'H' => n.to_u16().map(|x| x.to_le_bytes().to_vec()),
                    'i' => n.to_i32().map(|x| x.to_le_bytes().to_vec()),
                    'I' => n.to_u32().map(|x| x.to_le_bytes().to_vec()),
                    'l' | 'q' | 'n' => n.to_i64().map(|x| x.to_le_bytes().to_vec()),
                    _ => n.to_u64().map(|x| x.to_le_bytes().to_vec()),
                };
                bytes.ok_or_else(invalid)
            }
        }
    }

    /// Writes `data` at the offsets of the items `ks`.
    fn write(&self, ip: &Interp, ks: &[usize], data: &[u8]) -> PyResult<()> {
        if self.readonly {
            return ip.type_error("cannot modify read-only memory");
        }
        let Some(a) = store(&self.obj) else {
            return ip.type_error("cannot modify read-only memory");
        };
        let mut b = a.b.borrow_mut();
        for (i, &k) in ks.iter().enumerate() {
            let o = self.offset(k);
            b[o..o + self.itemsize].copy_from_slice(&data[i * self.itemsize..][..self.itemsize]);
        }
        Ok(())
    }

    fn derive(&self, start: usize, stride: isize, count: usize) -> View {
        register(&self.obj);
        View {
            obj: self.obj.clone(),
            start,
            stride,
            count,
            format: self.format,
            itemsize: self.itemsize,
            readonly: self.readonly,
            released: Cell::new(false),
        }
    }
}

/// The storage of a writable buffer and where its bytes lie in it: a bytearray, an array, or
/// a writable view of one whose items are contiguous. None for anything else.
pub fn writable(v: &Value) -> Option<(&bytearray::ByteArray, std::ops::Range<usize>)> {
    if let Some(m) = of(v) {
        if m.readonly || m.released.get() || !m.is_contiguous() {
            return None;
        }
        return store(&m.obj).map(|s| (s, m.start..m.start + m.nbytes()));
    }
    store(v).map(|s| (s, 0..s.b.borrow().len()))
}

/// A read-write bytes-like argument (CPython's `w*` converter): a bytearray, an array, or a
/// writable view of one whose items are contiguous.
pub struct WritableBuf<'a>(pub &'a Value);

impl<'a> FromArg<'a> for WritableBuf<'a> {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match writable(v) {
            Some(_) => Ok(WritableBuf(v)),
            None => Err(at.wrong_type(ip, "read-write bytes-like object", v)),
        }
    }
}

fn register(obj: &Value) {
    if let Some(a) = store(obj) {
        a.exports.set(a.exports.get() + 1);
    }
}

fn make(ip: &Interp, v: View) -> Value {
    Value::Native(Rc::new(NativeObj {
        class: ip.types.memoryview.clone(),
        kind: Native::MemoryView(v),
    }))
}

/// The view `v` is, if it is one.
pub fn of(v: &Value) -> Option<&View> {
    match v {
        Value::Native(o) => match &o.kind {
            Native::MemoryView(m) => Some(m),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> FromArg<'a> for &'a View {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        of(v).ok_or_else(|| at.wrong_type(ip, "memoryview", v))
    }
}

#[staticmethod(memoryview, "memoryview($type, object)", attr = "__new__")]
fn memoryview_new(ip: &Interp, _cls: &Value, object: &Value) -> PyResult<Value> {
    let base = crate::eval::classes::value_base(object);
    if let Some(m) = of(object) {
        m.check(ip)?;
        return Ok(make(ip, m.derive(m.start, m.stride, m.count)));
    }
    let (obj, len, readonly) = match base {
        Value::Bytes(b) => (base.clone(), b.b.len(), true),
        v => match bytearray::of(v) {
            Some(a) => (v.clone(), a.b.borrow().len(), false),
            None if crate::stdlib::array::of(v).is_some() => {
                let a = crate::stdlib::array::of(v).unwrap();
                register(v);
                // CPython gives a view of a 'u' array the format 'w', which it cannot index.
                let format = if a.tc == 'u' { 'w' } else { a.tc };
                return Ok(make(
                    ip,
                    View {
                        obj: v.clone(),
                        start: 0,
                        stride: itemsize_of(format).unwrap_or(4) as isize,
                        count: a.len(),
                        format,
                        itemsize: itemsize_of(format).unwrap_or(4),
                        readonly: false,
                        released: Cell::new(false),
                    },
                ));
            }
            None => {
                return ip.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{}'",
                    ops::type_name(ip, object)
                ))
            }
        },
    };
    register(&obj);
    Ok(make(
        ip,
        View {
            obj,
            start: 0,
            stride: 1,
            count: len,
            format: 'B',
            itemsize: 1,
            readonly,
            released: Cell::new(false),
        },
    ))
}

#[method(memoryview, "tobytes($self, /, order='C')")]
fn tobytes(ip: &Interp, this: &View, order: Option<&Value>) -> PyResult<Value> {
    let _ = order;
    this.check(ip)?;
    Ok(Value::bytes(&this.bytes().unwrap_or_default()))
}

#[method(memoryview, "tolist($self, /)")]
fn tolist(ip: &Interp, this: &View) -> PyResult<Value> {
    this.check_items(ip)?;
    Ok(Value::list((0..this.count).map(|k| this.item(k)).collect()))
}

#[method(memoryview, "hex($self, /, sep=None, bytes_per_sep=1)")]
fn hex(ip: &Interp, this: &View, sep: Option<&Value>, bytes_per_sep: i64) -> PyResult<Value> {
    this.check(ip)?;
    let b = Value::bytes(&this.bytes().unwrap_or_default());
    let mut args = vec![b];
    let mut kw: Vec<(crate::intern::Symbol, Value)> = Vec::new();
    if let Some(s) = sep {
        kw.push((crate::intern::intern("sep"), s.clone()));
    }
    kw.push((
        crate::intern::intern("bytes_per_sep"),
        Value::Int(bytes_per_sep),
    ));
    let f = ip
        .types
        .bytes
        .dict
        .borrow()
        .get(&crate::intern::intern("hex"))
        .cloned();
    match f {
        Some(Value::Builtin(f)) => (f.call)(ip, &std::mem::take(&mut args), &kw),
        _ => ip.type_error("bytes.hex is missing"),
    }
}

#[method(memoryview, "release($self, /)")]
fn release(_ip: &Interp, this: &View) -> PyResult<()> {
    if !this.released.replace(true) {
        if let Some(a) = store(&this.obj) {
            a.exports.set(a.exports.get().saturating_sub(1));
        }
    }
    Ok(())
}

#[method(memoryview, "toreadonly($self, /)")]
fn toreadonly(ip: &Interp, this: &View) -> PyResult<Value> {
    this.check(ip)?;
    let mut v = this.derive(this.start, this.stride, this.count);
    v.readonly = true;
    Ok(make(ip, v))
}

#[method(memoryview, "cast($self, /, format, shape=None)")]
fn cast(ip: &Interp, this: &View, format: &str, shape: Option<&Value>) -> PyResult<Value> {
    this.check(ip)?;
    if shape.is_some_and(|s| !s.is_none()) {
        return Err(ip.err(
            ExcKind::NotImplementedError,
            "corun does not support memoryview.cast() with a shape",
        ));
    }
    let f = format.strip_prefix('@').unwrap_or(format);
    let mut cs = f.chars();
    let (Some(c), None) = (cs.next(), cs.next()) else {
        return Err(bad_format(ip));
    };
    let Some(size) = itemsize_of(c) else {
        return Err(bad_format(ip));
    };
    if this.stride != this.itemsize as isize {
        return ip.type_error("memoryview: casts are restricted to C-contiguous views");
    }
    let byte = |f: char| matches!(f, 'B' | 'b' | 'c');
    if !byte(this.format) && !byte(c) {
        return ip.type_error("memoryview: cannot cast between two non-byte formats");
    }
    if !this.nbytes().is_multiple_of(size) {
        return ip.type_error("memoryview: length is not a multiple of itemsize");
    }
    let mut v = this.derive(this.start, size as isize, this.nbytes() / size);
    v.format = c;
    v.itemsize = size;
    Ok(make(ip, v))
}

fn bad_format(ip: &Interp) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::ValueError,
        "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    )
}

#[method(memoryview, "__enter__($self, /)")]
fn enter(ip: &Interp, this: &Value) -> PyResult<Value> {
    match of(this) {
        Some(v) => {
            v.check(ip)?;
            Ok(this.clone())
        }
        None => ip.type_error("descriptor '__enter__' for 'memoryview' objects doesn't apply"),
    }
}

#[method(memoryview, "__exit__($self, /, *args)")]
fn exit(ip: &Interp, this: &View, args: &[Value]) -> PyResult<()> {
    let _ = args;
    release(ip, this)
}

/// The data attributes of a view.
pub fn getattr(ip: &Interp, v: &View, name: &str) -> PyResult<Option<Value>> {
    let known = [
        "nbytes",
        "readonly",
        "format",
        "itemsize",
        "ndim",
        "shape",
        "strides",
        "obj",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
        "suboffsets",
    ];
    if !known.contains(&name) {
        return Ok(None);
    }
    v.check(ip)?;
    let contiguous = v.is_contiguous();
    Ok(Some(match name {
        "nbytes" => Value::Int(v.nbytes() as i64),
        "readonly" => Value::bool(v.readonly),
        "format" => Value::string(v.format.to_string()),
        "itemsize" => Value::Int(v.itemsize as i64),
        "ndim" => Value::Int(1),
        "shape" => Value::tuple(vec![Value::Int(v.count as i64)]),
        "strides" => Value::tuple(vec![Value::Int(v.stride as i64)]),
        "obj" => v.obj.clone(),
        "suboffsets" => Value::tuple(vec![]),
        _ => Value::bool(contiguous),
    }))
}

pub fn repr(v: &View, addr: usize) -> String {
    if v.released.get() {
        format!("<released memory at {:#x}>", addr)
    } else {
        format!("<memory at {:#x}>", addr)
    }
}

pub fn len(ip: &Interp, v: &View) -> PyResult<usize> {
    v.check(ip)?;
    Ok(v.count)
}

fn item_index(ip: &Interp, v: &View, index: &Value) -> PyResult<usize> {
    use num_traits::ToPrimitive;
    let i = match index {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(b) => b.to_i64().unwrap_or(i64::MAX),
        _ => return ip.type_error("memoryview: invalid slice key"),
    };
    let j = if i < 0 { i + v.count as i64 } else { i };
    if !(0..v.count as i64).contains(&j) {
        return Err(ip.err(ExcKind::IndexError, "index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

pub fn getitem(ip: &Interp, v: &View, index: &Value) -> PyResult<Value> {
    v.check(ip)?;
    if let Some((lo, hi, st)) = crate::stdlib::slice::parts(index) {
        let sel = crate::stdlib::slice::unpack(ip, lo, hi, st)?.on(v.count);
        let start = if sel.count == 0 {
            v.start
        } else {
            v.offset(sel.start as usize)
        };
        return Ok(make(
            ip,
            v.derive(start, v.stride * sel.step as isize, sel.count),
        ));
    }
    v.check_items(ip)?;
    let k = item_index(ip, v, index)?;
    Ok(v.item(k))
}

pub fn setitem(ip: &Interp, v: &View, index: &Value, value: Option<&Value>) -> PyResult<()> {
    v.check(ip)?;
    let Some(value) = value else {
        return ip.type_error("cannot delete memory");
    };
    if v.readonly {
        return ip.type_error("cannot modify read-only memory");
    }
    if let Some((lo, hi, st)) = crate::stdlib::slice::parts(index) {
        let sel = crate::stdlib::slice::unpack(ip, lo, hi, st)?.on(v.count);
        let Some(data) = gathered(value) else {
            return ip.type_error(format!(
                "a bytes-like object is required, not '{}'",
                ops::type_name(ip, value)
            ));
        };
        if data.len() != sel.count * v.itemsize {
            return Err(ip.err(
                ExcKind::ValueError,
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let ks: Vec<usize> = sel.positions().collect();
        return v.write(ip, &ks, &data);
    }
    v.check_items(ip)?;
    let k = item_index(ip, v, index)?;
    let data = v.pack(ip, value)?;
    v.write(ip, &[k], &data)
}

pub fn contains(ip: &Interp, v: &View, item: &Value) -> PyResult<bool> {
    v.check_items(ip)?;
    for k in 0..v.count {
        if ops::equals(ip, &v.item(k), item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `hash(view)`: that of its bytes, for a read-only view.
pub fn hash(ip: &Interp, v: &View) -> PyResult<i64> {
    v.check(ip)?;
    if !v.readonly {
        return Err(ip.err(
            ExcKind::ValueError,
            "cannot hash writable memoryview object",
        ));
    }
    crate::runtime::numbers::hash(ip, &Value::bytes(&v.bytes().unwrap_or_default()))
}

struct ViewIter {
    obj: Rc<NativeObj>,
    k: usize,
}

impl NativeIter for ViewIter {
    fn next(&mut self, ip: &Interp) -> PyResult<Option<Value>> {
        let Native::MemoryView(v) = &self.obj.kind else {
            return Ok(None);
        };
        v.check_items(ip)?;
        if self.k >= v.count {
            return Ok(None);
        }
        self.k += 1;
        Ok(Some(v.item(self.k - 1)))
    }
}

pub fn iter(ip: &Interp, o: &Rc<NativeObj>) -> PyResult<Iter> {
    if let Native::MemoryView(v) = &o.kind {
        v.check_items(ip)?;
    }
    Ok(Iter::Std(Box::new(ViewIter {
        obj: o.clone(),
        k: 0,
    })))
}
