//! `bytearray`: a mutable sequence of bytes. Its methods shared with `bytes` are declared in
//! `bytes.rs`; here are its storage, its constructor, the mutating methods and the sequence
//! protocol (indexing, slicing, item and slice assignment and deletion, `in`, `+`, `*`, `+=`,
//! `*=`, comparison). A `bytearray` is a native object (`Native::ByteArray`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use corun_macros::{method, staticmethod};

use crate::eval::ops::{self, Iter};
use crate::eval::Interp;
use crate::runtime::bind::{At, FromArg};
use crate::runtime::bytebuf::ByteBuf;
use crate::runtime::bytes::{buffer, byte_value, from_source, gathered, simple, Buf};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::stdlib::{Native, NativeIter, NativeObj};
use crate::syntax::ast::{BinOp, CmpOp};

pub struct ByteArray {
    pub b: RefCell<ByteBuf>,
    /// Live memoryviews of this bytearray: while there are any, it cannot change size.
    pub exports: Cell<usize>,
}

/// A new bytearray holding `v`.
pub fn new(ip: &Interp, v: Vec<u8>) -> Value {
    Value::Native(Rc::new(NativeObj {
        class: ip.types.bytearray.clone(),
        kind: Native::ByteArray(ByteArray {
            b: RefCell::new(ByteBuf::new(v)),
            exports: Cell::new(0),
        }),
    }))
}

/// The bytearray `v` is (or an instance of a subclass of bytearray holds), if any.
pub fn of(v: &Value) -> Option<&ByteArray> {
    match v {
        Value::Native(o) => match &o.kind {
            Native::ByteArray(a) => Some(a),
            _ => None,
        },
        Value::Instance(i) => i.base.as_ref().and_then(of),
        _ => None,
    }
}

/// While it lives, the bytearray `v` is (if it is one) counts one more export and so
/// cannot be resized: what a transfer that may wait holds, as CPython's calls hold the
/// buffer they were given (a memoryview holds its own export already).
pub struct Export<'a>(Option<&'a ByteArray>);

impl<'a> Export<'a> {
    pub fn of(v: &'a Value) -> Export<'a> {
        let a = of(v);
        if let Some(a) = a {
            a.exports.set(a.exports.get() + 1);
        }
        Export(a)
    }
}

impl Drop for Export<'_> {
    fn drop(&mut self) {
        if let Some(a) = self.0 {
            a.exports.set(a.exports.get() - 1);
        }
    }
}

/// A bytes-like argument of a transfer that may wait, holding its bytearray's export (so that
/// its size cannot change meanwhile) and read in place at each attempt (`with`), never copied
/// whole: a socket's `send` of a large buffer hands the kernel what it takes, as CPython's does.
pub struct HeldBuf<'a> {
    src: &'a Value,
    _export: Export<'a>,
}

impl<'a> FromArg<'a> for HeldBuf<'a> {
    fn from_arg(ip: &Interp, v: &'a Value, _: At) -> PyResult<Self> {
        if !crate::runtime::bytes::is_buffer(v) || crate::runtime::bytes::is_strided(v) {
            crate::runtime::bytes::need_buffer(ip, v)?;
        }
        Ok(HeldBuf {
            src: v,
            _export: Export::of(v),
        })
    }
}

impl HeldBuf<'_> {
    /// `f` of the bytes as they are now (no Python code may run inside `f`); a memoryview
    /// released since the call began reads as empty.
    pub fn with<R>(&self, mut f: impl FnMut(&[u8]) -> R) -> R {
        match crate::runtime::bytes::with_buffer_unchecked(self.src, &mut f) {
            Some(r) => r,
            None => f(&[]),
        }
    }

    /// The number of bytes.
    pub fn len(&self) -> usize {
        self.with(<[u8]>::len)
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The receiver of a bytearray-only method.
impl<'a> FromArg<'a> for &'a ByteArray {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        of(v).ok_or_else(|| at.wrong_type(ip, "bytearray", v))
    }
}

impl ByteArray {
    /// Fails while memoryviews of the bytearray exist, as a change of size would leave them
    /// pointing at freed memory in CPython.
    fn resizable(&self, ip: &Interp) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(ip.err(
                ExcKind::BufferError,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }
}

#[staticmethod(
    bytearray,
    "bytearray($type, source=None, encoding=None, errors=None)",
    attr = "__new__"
)]
fn bytearray_new(
    ip: &Interp,
    cls: &Value,
    source: Option<&Value>,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Value> {
    let a = new(ip, from_source(ip, true, source, encoding, errors)?);
    match cls {
        Value::Class(c) if c.user => Ok(Value::Instance(
            crate::runtime::instance::Instance::with_base(c.clone(), a),
        )),
        _ => Ok(a),
    }
}

/// `bytearray.__reduce_ex__(proto=0)`: how pickle and `copy` rebuild a bytearray, a
/// subclass's instance with its attributes (pickle writes an exact bytearray itself). Before
/// protocol 3 the bytes travel as a latin-1 str, as Python 2 read them.
#[method(bytearray, "__reduce_ex__($self, proto=0, /)")]
fn reduce_ex(ip: &Interp, this: &Value, proto: i64) -> PyResult<Value> {
    reduce_at(ip, this, proto)
}

/// `bytearray.__reduce__()`: the reduction of protocol 2.
#[method(bytearray, "__reduce__($self, /)")]
fn reduce(ip: &Interp, this: &Value) -> PyResult<Value> {
    reduce_at(ip, this, 2)
}

fn reduce_at(ip: &Interp, this: &Value, proto: i64) -> PyResult<Value> {
    let Some(a) = of(this) else {
        return ip.type_error("descriptor '__reduce__' requires a 'bytearray' object");
    };
    let cls = Value::Class(ops::type_of(ip, this));
    let state = crate::eval::classes::reduce_state(ip, this)?;
    let data = a.b.borrow().to_vec();
    let args = if data.is_empty() {
        Vec::new()
    } else if proto < 3 {
        let text: String = data.iter().map(|&b| b as char).collect();
        vec![Value::string(text), Value::str("latin-1")]
    } else {
        vec![Value::bytes(&data)]
    };
    Ok(Value::tuple(vec![cls, Value::tuple(args), state]))
}

#[method(bytearray, "append($self, item, /)")]
fn append(ip: &Interp, this: &ByteArray, item: &Value) -> PyResult<()> {
    let x = byte_value(ip, item)?;
    this.resizable(ip)?;
    this.b.borrow_mut().push(x);
    Ok(())
}

/// The bytes `extend` and `+=` add: a buffer, or any iterable of ints.
fn items_of(ip: &Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = gathered(v) {
        return Ok(b.into_vec());
    }
    let mut it = match ops::iter(ip, v) {
        Ok(it) => it,
        Err(e) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => {
            return ip.type_error(format!(
                "can't extend bytearray with {}",
                ops::type_name(ip, v)
            ))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = it.next_checked(ip)? {
        out.push(byte_value(ip, &x)?);
    }
    Ok(out)
}

#[method(bytearray, "extend($self, iterable_of_ints, /)")]
fn extend(ip: &Interp, this: &ByteArray, iterable_of_ints: &Value) -> PyResult<()> {
    if crate::runtime::bytes::is_buffer(iterable_of_ints) {
        // Appended from where the bytes lie (a copy first only when extending by itself).
        this.resizable(ip)?;
        if of(iterable_of_ints).is_some_and(|a| std::ptr::eq(a, this)) {
            let whole = this.b.borrow().to_vec();
            this.b.borrow_mut().extend_from_slice(&whole);
        } else {
            crate::runtime::bytes::with_buffer(ip, iterable_of_ints, |b| {
                this.b.borrow_mut().extend_from_slice(b)
            })
            .map_err(|_| {
                ip.err(
                    ExcKind::TypeError,
                    format!(
                        "can't set bytearray slice from {}",
                        ops::type_name(ip, iterable_of_ints)
                    ),
                )
            })?;
        }
        return Ok(());
    }
    crate::runtime::bytes::length_hint(ip, iterable_of_ints)?;
    let add = items_of(ip, iterable_of_ints)?;
    this.resizable(ip)?;
    this.b.borrow_mut().extend(add);
    Ok(())
}

#[method(bytearray, "insert($self, index, item, /)")]
fn insert(ip: &Interp, this: &ByteArray, index: i64, item: &Value) -> PyResult<()> {
    let x = byte_value(ip, item)?;
    this.resizable(ip)?;
    let mut b = this.b.borrow_mut();
    let n = b.len() as i64;
    let i = if index < 0 {
        (index + n).max(0)
    } else {
        index.min(n)
    };
    b.insert(i as usize, x);
    Ok(())
}

#[method(bytearray, "pop($self, index=-1, /)")]
fn pop(ip: &Interp, this: &ByteArray, index: i64) -> PyResult<i64> {
    let n = this.b.borrow().len() as i64;
    if n == 0 {
        return Err(ip.err(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let i = if index < 0 { index + n } else { index };
    if !(0..n).contains(&i) {
        return Err(ip.err(ExcKind::IndexError, "pop index out of range"));
    }
    this.resizable(ip)?;
    Ok(this.b.borrow_mut().remove(i as usize) as i64)
}

#[method(bytearray, "remove($self, value, /)")]
fn remove(ip: &Interp, this: &ByteArray, value: &Value) -> PyResult<()> {
    let x = byte_value(ip, value)?;
    let at = this.b.borrow().iter().position(|&c| c == x);
    match at {
        Some(i) => {
            this.resizable(ip)?;
            this.b.borrow_mut().remove(i);
            Ok(())
        }
        None => Err(ip.err(ExcKind::ValueError, "value not found in bytearray")),
    }
}

#[method(bytearray, "clear($self, /)")]
fn clear(ip: &Interp, this: &ByteArray) -> PyResult<()> {
    this.resizable(ip)?;
    this.b.borrow_mut().clear();
    Ok(())
}

#[method(bytearray, "reverse($self, /)")]
fn reverse(_ip: &Interp, this: &ByteArray) -> PyResult<()> {
    this.b.borrow_mut().reverse();
    Ok(())
}

#[method(bytearray, "copy($self, /)")]
fn copy(ip: &Interp, this: &ByteArray) -> PyResult<Value> {
    Ok(new(ip, this.b.borrow().to_vec()))
}

#[method(bytearray, "__alloc__($self, /)")]
fn alloc(_ip: &Interp, this: &ByteArray) -> PyResult<i64> {
    let b = this.b.borrow();
    Ok(if b.is_empty() { 0 } else { b.len() as i64 + 1 })
}

// ---- the sequence protocol ----

/// `bytearray(b'…')`: quoted as bytes are, but with `'` escaped even inside double quotes,
/// as CPython writes it.
pub fn repr(a: &ByteArray) -> String {
    let inner = crate::runtime::repr::bytes_repr(&a.b.borrow());
    let inner = if inner.starts_with("b\"") {
        format!("b\"{}\"", inner[2..inner.len() - 1].replace('\'', "\\'"))
    } else {
        inner
    };
    format!("bytearray({})", inner)
}

pub fn getitem(ip: &Interp, a: &ByteArray, index: &Value) -> PyResult<Value> {
    if let Some((lo, hi, st)) = crate::stdlib::slice::parts(index) {
        let u = crate::stdlib::slice::unpack(ip, lo, hi, st)?;
        let b = a.b.borrow();
        let sel = u.on(b.len());
        return Ok(new(ip, sel.pick(&b)));
    }
    let i = index_arg(ip, index)?;
    let b = a.b.borrow();
    match seq_index(i, b.len()) {
        Some(j) => Ok(Value::Int(b[j] as i64)),
        None => Err(ip.err(ExcKind::IndexError, "bytearray index out of range")),
    }
}

fn index_arg(ip: &Interp, index: &Value) -> PyResult<i64> {
    match crate::runtime::numbers::index_opt(ip, index)? {
        Some(n) => {
            use num_traits::ToPrimitive;
            n.to_i64().ok_or_else(|| {
                ip.err(
                    ExcKind::IndexError,
                    format!(
                        "cannot fit '{}' into an index-sized integer",
                        ops::type_name(ip, index)
                    ),
                )
            })
        }
        None => ip.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            ops::type_name(ip, index)
        )),
    }
}

fn seq_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

/// `a[index] = v` and `del a[index]` (v None), for an index or a slice.
pub fn setitem(ip: &Interp, a: &ByteArray, index: &Value, v: Option<&Value>) -> PyResult<()> {
    let Some((lo, hi, st)) = crate::stdlib::slice::parts(index) else {
        let i = index_arg(ip, index)?;
        let x = match v {
            Some(v) => Some(byte_value(ip, v)?),
            None => None,
        };
        let n = a.b.borrow().len();
        let Some(j) = seq_index(i, n) else {
            return Err(ip.err(ExcKind::IndexError, "bytearray index out of range"));
        };
        match x {
            Some(x) => a.b.borrow_mut()[j] = x,
            None => {
                a.resizable(ip)?;
                a.b.borrow_mut().remove(j);
            }
        }
        return Ok(());
    };
    let new = match v {
        None => Vec::new(),
        Some(v) => {
            if let Some(b) = gathered(v) {
                b.to_vec()
            } else if is_number_or_str(v) {
                return ip.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                );
            } else {
                from_source(ip, true, Some(v), None, None)?
            }
        }
    };
    let u = crate::stdlib::slice::unpack(ip, lo, hi, st)?;
    let n = a.b.borrow().len();
    let sel = u.on(n);
    if sel.step == 1 {
        let start = sel.start.clamp(0, n as i64) as usize;
        let stop = (sel.stop.max(sel.start)).clamp(0, n as i64) as usize;
        if stop - start != new.len() {
            a.resizable(ip)?;
        }
        a.b.borrow_mut().splice(start..stop, &new);
        return Ok(());
    }
    let positions: Vec<usize> = sel.positions().collect();
    match v {
        None => {
            if positions.is_empty() {
                return Ok(());
            }
            a.resizable(ip)?;
            let mut drop = vec![false; n];
            for p in positions {
                drop[p] = true;
            }
            a.b.borrow_mut().retain_positions(|k| !drop[k]);
            Ok(())
        }
        Some(_) => {
            if new.len() != positions.len() {
                return Err(ip.err(
                    ExcKind::ValueError,
                    format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        positions.len()
                    ),
                ));
            }
            let mut b = a.b.borrow_mut();
            for (p, x) in positions.into_iter().zip(new) {
                b[p] = x;
            }
            Ok(())
        }
    }
}

/// What CPython's `PyNumber_Check` or `PyUnicode_Check` accepts: slice assignment refuses
/// these rather than iterating them.
fn is_number_or_str(v: &Value) -> bool {
    use crate::eval::classes::user_method;
    use crate::intern::{intern, sym};
    match crate::eval::classes::value_base(v) {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Str(_) => true,
        Value::Instance(_) => {
            user_method(v, sym::__index__).is_some()
                || user_method(v, intern("__int__")).is_some()
                || user_method(v, intern("__float__")).is_some()
        }
        _ => false,
    }
}

pub fn contains(ip: &Interp, a: &ByteArray, item: &Value) -> PyResult<bool> {
    if let Some(sub) = buffer(ip, item)? {
        let b = a.b.borrow();
        return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]));
    }
    match crate::runtime::numbers::index_opt(ip, item)? {
        Some(n) => {
            use num_traits::ToPrimitive;
            match n.to_u8() {
                Some(x) => Ok(a.b.borrow().contains(&x)),
                None => Err(ip.err(ExcKind::ValueError, "byte must be in range(0, 256)")),
            }
        }
        None => ip.type_error(format!(
            "a bytes-like object is required, not '{}'",
            ops::type_name(ip, item)
        )),
    }
}

/// The iterator of a bytearray: it sees changes made while it runs, as CPython's does.
struct ByteArrayIter {
    obj: Rc<NativeObj>,
    i: usize,
}

impl NativeIter for ByteArrayIter {
    fn next(&mut self, _ip: &Interp) -> PyResult<Option<Value>> {
        let Native::ByteArray(a) = &self.obj.kind else {
            return Ok(None);
        };
        let x = a.b.borrow().get(self.i).copied();
        self.i += 1;
        Ok(x.map(|c| Value::Int(c as i64)))
    }
}

pub fn iter(o: &Rc<NativeObj>) -> Iter {
    Iter::Std(Box::new(ByteArrayIter {
        obj: o.clone(),
        i: 0,
    }))
}

/// Whether `v` is a bytearray or a memoryview (whose operators are written here).
fn is_mutable_buffer(v: &Value) -> bool {
    matches!(v, Value::Native(o) if matches!(o.kind, Native::ByteArray(_) | Native::MemoryView(_)))
}

/// `a == b` where one side is a bytearray or a memoryview: equal contents (None when the other
/// side is no buffer).
pub fn equals(a: &NativeObj, b: &Value) -> Option<bool> {
    if !matches!(a.kind, Native::ByteArray(_) | Native::MemoryView(_)) {
        return None;
    }
    if let Value::Native(o) = b {
        if std::ptr::eq(&**o, a) {
            return Some(true);
        }
    }
    let mine = match &a.kind {
        Native::ByteArray(x) => Buf::Owned(x.b.borrow().to_vec()),
        Native::MemoryView(m) => match m.bytes() {
            Some(v) => Buf::Owned(v),
            // A released view equals only itself.
            None => return Some(false),
        },
        _ => return None,
    };
    if let Value::Native(o) = b {
        if let Native::MemoryView(m) = &o.kind {
            return Some(m.bytes().is_some_and(|v| v == *mine));
        }
    }
    gathered(b).map(|other| *other == *mine)
}

/// `a < b` and the other orderings between bytes and bytearrays.
pub fn compare(ip: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if of(a).is_none() && of(b).is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (simple(a), simple(b)) else {
        return Ok(None);
    };
    let o = x.cmp(&y);
    let _ = ip;
    Ok(Some(match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::LtE => o.is_le(),
        CmpOp::Gt => o.is_gt(),
        _ => o.is_ge(),
    }))
}

/// `a + b`, `a * n` and `a % x` where `a` is bytes or a bytearray and the other side is not
/// plain bytes (those the evaluator does itself); None when the operator does not apply.
pub fn binary(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let array = of(a).is_some();
    if !array && !matches!(a, Value::Bytes(_)) {
        if let (BinOp::Mult, Some(_)) = (op, of(b)) {
            return binary(ip, op, b, a);
        }
        if let (BinOp::Mult, Some(_)) = (op, crate::stdlib::array::of(b)) {
            return crate::stdlib::array::binary(ip, op, a, b);
        }
        return Ok(None);
    }
    let Some(mine) = simple(a) else {
        return Ok(None);
    };
    let tname = if array { "bytearray" } else { "bytes" };
    match op {
        BinOp::Add => match simple(b) {
            Some(other) => {
                let mut v = mine.to_vec();
                v.extend_from_slice(&other);
                Ok(Some(crate::runtime::bytes::make(ip, array, v)))
            }
            None => ip.type_error(format!(
                "can't concat {} to {}",
                ops::type_name(ip, b),
                tname
            )),
        },
        BinOp::Mult if array => match b {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let n = repeat_count(ip, b, mine.len())?;
                let mut v = crate::runtime::bytes::alloc(ip, n * mine.len())?;
                for _ in 0..n {
                    v.extend_from_slice(&mine);
                }
                Ok(Some(new(ip, v)))
            }
            Value::Instance(_) => Ok(None),
            _ => ip.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                ops::type_name(ip, b)
            )),
        },
        BinOp::Mod if array || !is_mutable_buffer(a) => Ok(Some(crate::runtime::bytes::make(
            ip,
            array,
            crate::runtime::bytes_format::format(ip, &mine, b)?,
        ))),
        _ => Ok(None),
    }
}

fn repeat_count(ip: &Interp, n: &Value, len: usize) -> PyResult<usize> {
    use num_traits::ToPrimitive;
    let n = crate::runtime::numbers::index(ip, n)?;
    let n = n
        .to_i64()
        .unwrap_or(if n.sign() == num_bigint::Sign::Minus {
            0
        } else {
            i64::MAX
        });
    let n = n.max(0) as usize;
    if len != 0 && n.saturating_mul(len) > isize::MAX as usize {
        return Err(ip.err_noargs(ExcKind::MemoryError));
    }
    Ok(n)
}

/// `a += b` and `a *= n` on a bytearray: in place.
pub fn inplace(ip: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(x) = of(a) else {
        return crate::stdlib::array::inplace(ip, op, a, b);
    };
    match op {
        BinOp::Add => {
            if a.is(b) {
                // CPython takes a view of the right side, which the resize then refuses.
                return Err(ip.err(
                    ExcKind::BufferError,
                    "Existing exports of data: object cannot be re-sized",
                ));
            }
            let add = match simple(b) {
                Some(add) => add.to_vec(),
                None => {
                    return ip.type_error(format!(
                        "can't concat {} to bytearray",
                        ops::type_name(ip, b)
                    ))
                }
            };
            x.resizable(ip)?;
            x.b.borrow_mut().extend_from_slice(&add);
            Ok(Some(a.clone()))
        }
        BinOp::Mult if !matches!(b, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            if let Value::Instance(_) = b {
                return Ok(None);
            }
            ip.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                ops::type_name(ip, b)
            ))
        }
        BinOp::Mult => {
            let len = x.b.borrow().len();
            let n = repeat_count(ip, b, len)?;
            if n != 1 {
                x.resizable(ip)?;
            }
            let one = x.b.borrow().to_vec();
            let mut rep = crate::runtime::bytes::alloc(ip, n * one.len())?;
            for _ in 0..n {
                rep.extend_from_slice(&one);
            }
            x.b.borrow_mut().set(rep);
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}
