//! `_pickle_core`: the core of `pickle` (`src/lib_py/pickle.py`), native for speed.
//!
//! Reading: `load` runs the unpickler's loop and reads the opcodes of the binary protocols'
//! builtin values, the stack, the marks and the memo; the opcodes that call Python (globals,
//! REDUCE, BUILD, NEWOBJ, persistent IDs, extensions) and those of the text protocol are read
//! by the loaders the `Unpickler` keeps in Python, over the same state.
//!
//! Writing:
//! It writes the opcodes of the objects that have their own (None, bools, ints, floats, str,
//! bytes, bytearray, tuples, lists, dicts, sets, frozensets), keeps the memo and cuts the output
//! into frames; everything else (`__reduce_ex__`, globals, `persistent_id`, `reducer_override`,
//! `dispatch_table`) goes back to the `Pickler` written in Python (`_save_other`,
//! `_save_pers`), which calls `save` here for the parts. The state is the Python pickler's:
//! its output `_out` (a bytearray), `memo` (a dict from memo key to `(index, object)`),
//! `proto`, `fast`, `_pers_func` and `_frame_start`.
//!
//! The bytes are CPython's `_pickle`'s for every protocol, opcode for opcode: the same
//! memoisation, batching by 1000 and 64 KiB frames. CPython memoises by identity, and two equal
//! strings are one object there when they are interned; corun's strings are not interned, so a
//! str of letters, digits and underscores (which CPython interns) is memoised by its value, as
//! are the empty and one-character strings and bytes (CPython's singletons).

use std::borrow::Cow;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::eval::{in_native, ops, Interp};
use crate::intern::intern;
use crate::runtime::dict::{self, PyDict};
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::repr::float_repr;
use crate::runtime::set::PySet;
use crate::runtime::value::{PyBytes, PyList, Value};
use crate::stdlib::{call_with, Native, NativeObj};
use corun_macros::function;

const MARK: u8 = b'(';
const POP: u8 = b'0';
const POP_MARK: u8 = b'1';
const APPEND: u8 = b'a';
const APPENDS: u8 = b'e';
const SETITEM: u8 = b's';
const SETITEMS: u8 = b'u';
const EMPTY_TUPLE: u8 = b')';
const TUPLE: u8 = b't';
const EMPTY_LIST: u8 = b']';
const LIST: u8 = b'l';
const EMPTY_DICT: u8 = b'}';
const DICT: u8 = b'd';
const EMPTY_SET: u8 = 0x8f;
const ADDITEMS: u8 = 0x90;
const FROZENSET: u8 = 0x91;
const MEMOIZE_OP: u8 = 0x94;
const FRAME: u8 = 0x95;
const TUPLE_N: [u8; 3] = [0x85, 0x86, 0x87];

const BATCHSIZE: usize = 1000;
const FRAME_SIZE_MIN: usize = 4;
const FRAME_SIZE_TARGET: usize = 64 * 1024;

/// One call's view of the Python pickler's state.
struct Saver<'a> {
    ip: &'a Interp,
    pickler: &'a Value,
    out: Rc<NativeObj>,
    memo: Rc<PyDict>,
    proto: i64,
    fast: bool,
    pers_func: Option<Value>,
    /// Where the open frame starts in `out` (-1: no frames below protocol 4).
    frame_start: i64,
}

fn attr(ip: &Interp, o: &Value, name: &str) -> PyResult<Value> {
    ops::getattr(ip, o, intern(name))
}

impl<'a> Saver<'a> {
    fn new(ip: &'a Interp, pickler: &'a Value) -> PyResult<Saver<'a>> {
        let out = match attr(ip, pickler, "_out")? {
            Value::Native(o) if matches!(o.kind, Native::ByteArray(_)) => o,
            _ => return ip.type_error("the pickler's output must be a bytearray"),
        };
        let memo = match attr(ip, pickler, "memo")? {
            Value::Dict(d) => d,
            _ => return ip.type_error("memo must be a dictionary"),
        };
        let proto = match attr(ip, pickler, "proto")? {
            Value::Int(p) => p,
            _ => return ip.type_error("the pickle protocol must be an int"),
        };
        let fast = ops::truthy(ip, &attr(ip, pickler, "fast")?)?;
        let pers_func = match attr(ip, pickler, "_pers_func")? {
            Value::None => None,
            f => Some(f),
        };
        let frame_start = match attr(ip, pickler, "_frame_start")? {
            Value::Int(p) => p,
            _ => -1,
        };
        Ok(Saver {
            ip,
            pickler,
            out,
            memo,
            proto,
            fast,
            pers_func,
            frame_start,
        })
    }

    fn bin(&self) -> bool {
        self.proto >= 1
    }

    /// Puts the open frame's start back into the pickler (before Python code runs, and at the end).
    fn store(&self) -> PyResult<()> {
        ops::setattr(
            self.ip,
            self.pickler,
            intern("_frame_start"),
            Value::Int(self.frame_start),
        )
    }

    /// Reads the open frame's start again after Python code, which may have closed frames.
    fn reload(&mut self) -> PyResult<()> {
        if let Value::Int(p) = attr(self.ip, self.pickler, "_frame_start")? {
            self.frame_start = p;
        }
        Ok(())
    }

    /// Calls a method of the Python pickler with the state handed over and taken back.
    fn call_pickler(&mut self, method: &str, arg: &Value) -> PyResult<Value> {
        self.store()?;
        let f = attr(self.ip, self.pickler, method)?;
        let r = call_with(self.ip, &f, std::slice::from_ref(arg));
        self.reload()?;
        r
    }

    fn with_out<R>(&self, f: impl FnOnce(&mut crate::runtime::bytebuf::ByteBuf) -> R) -> R {
        match &self.out.kind {
            Native::ByteArray(b) => f(&mut b.b.borrow_mut()),
            _ => unreachable!("checked to be a bytearray"),
        }
    }

    fn write(&self, bytes: &[u8]) {
        self.with_out(|o| o.extend_from_slice(bytes));
    }

    fn len(&self) -> usize {
        self.with_out(|o| o.len())
    }

    // ---- frames ----

    fn commit_frame(&mut self) {
        if self.frame_start < 0 {
            return;
        }
        let start = self.frame_start as usize;
        let end = self.with_out(|o| {
            let size = o.len().saturating_sub(start);
            if size >= FRAME_SIZE_MIN {
                let mut header = [0u8; 9];
                header[0] = FRAME;
                header[1..].copy_from_slice(&(size as u64).to_le_bytes());
                o.splice(start..start, &header);
            }
            o.len()
        });
        self.frame_start = end as i64;
    }

    /// A header and a bytes-like payload: a payload of 64 KiB or more goes outside any frame.
    fn write_large(&mut self, header: &[u8], payload: &[u8]) {
        if self.frame_start >= 0 && payload.len() >= FRAME_SIZE_TARGET {
            self.commit_frame();
            self.write(header);
            self.write(payload);
            self.frame_start = self.len() as i64;
        } else {
            self.with_out(|o| {
                o.extend_from_slice(header);
                o.extend_from_slice(payload);
            });
        }
    }

    // ---- the memo ----

    fn memo_get(&self, key: &Value) -> PyResult<Option<i64>> {
        Ok(match dict::get(self.ip, &self.memo, key)? {
            Some(Value::Tuple(t)) => match t.items.first() {
                Some(Value::Int(i)) => Some(*i),
                _ => None,
            },
            _ => None,
        })
    }

    fn memoize(&mut self, obj: &Value, key: Value) -> PyResult<()> {
        if self.fast {
            return Ok(());
        }
        let idx = self.memo.len();
        if self.proto >= 4 {
            self.write(&[MEMOIZE_OP]);
        } else if self.bin() {
            if idx < 256 {
                self.write(&[b'q', idx as u8]);
            } else {
                let mut b = vec![b'r'];
                b.extend_from_slice(&(idx as u32).to_le_bytes());
                self.write(&b);
            }
        } else {
            self.write(format!("p{idx}\n").as_bytes());
        }
        let entry = Value::tuple(vec![Value::Int(idx as i64), obj.clone()]);
        dict::set(self.ip, &self.memo, key, entry)
    }

    fn write_get(&self, idx: i64) {
        if self.bin() {
            if (0..256).contains(&idx) {
                self.write(&[b'h', idx as u8]);
            } else {
                let mut b = vec![b'j'];
                b.extend_from_slice(&(idx as u32).to_le_bytes());
                self.write(&b);
            }
        } else {
            self.write(format!("g{idx}\n").as_bytes());
        }
    }

    /// If `obj` was memoised while its parts were written (it holds itself), drops what was
    /// written with `pops` and fetches the memo's copy.
    fn refetch(&self, key: &Value, pops: &[u8]) -> PyResult<bool> {
        match self.memo_get(key)? {
            Some(idx) => {
                self.write(pops);
                self.write_get(idx);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    // ---- saving ----

    /// Writes `obj`, then closes the frame if it has grown to 64 KiB.
    fn save(&mut self, obj: &Value, pers: bool) -> PyResult<()> {
        let ip = self.ip;
        in_native(ip, " while pickling an object", || {
            self.save_here(obj, pers)
        })?;
        if self.frame_start >= 0 && self.len() - self.frame_start as usize >= FRAME_SIZE_TARGET {
            self.commit_frame();
        }
        Ok(())
    }

    fn save_here(&mut self, obj: &Value, pers: bool) -> PyResult<()> {
        if pers {
            if let Some(f) = self.pers_func.clone() {
                self.store()?;
                let pid = call_with(self.ip, &f, std::slice::from_ref(obj));
                self.reload()?;
                let pid = pid?;
                if !matches!(pid, Value::None) {
                    self.call_pickler("_save_pers", &pid)?;
                    return Ok(());
                }
            }
        }
        match obj {
            Value::None => {
                self.write(b"N");
                return Ok(());
            }
            Value::Bool(b) => {
                let t = b.get();
                if self.proto >= 2 {
                    self.write(&[if t { 0x88 } else { 0x89 }]);
                } else {
                    self.write(if t { b"I01\n" } else { b"I00\n" });
                }
                return Ok(());
            }
            Value::Int(i) => {
                self.save_int(*i);
                return Ok(());
            }
            Value::BigInt(b) => {
                self.save_bigint(b);
                return Ok(());
            }
            Value::Float(f) => {
                let x = f.get();
                if self.bin() {
                    let mut b = vec![b'G'];
                    // A NaN as CPython's: the quiet NaN with no payload, and its sign.
                    let bits = if x.is_nan() {
                        0x7ff8_0000_0000_0000u64 | ((x.is_sign_negative() as u64) << 63)
                    } else {
                        x.to_bits()
                    };
                    b.extend_from_slice(&bits.to_be_bytes());
                    self.write(&b);
                } else {
                    self.write(format!("F{}\n", float_repr(x)).as_bytes());
                }
                return Ok(());
            }
            _ => {}
        }
        let key = memo_key(obj);
        if let Some(idx) = self.memo_get(&key)? {
            self.write_get(idx);
            return Ok(());
        }
        match obj {
            Value::Str(s) => self.save_str(obj, s.s.as_str(), key),
            Value::Bytes(b) if self.proto >= 3 => self.save_bytes(obj, &b.b, key),
            Value::Native(o)
                if self.proto >= 5
                    && matches!(o.kind, Native::ByteArray(_))
                    && Rc::ptr_eq(&o.class, &self.ip.types.bytearray) =>
            {
                let data = match &o.kind {
                    Native::ByteArray(b) => b.b.borrow().to_vec(),
                    _ => unreachable!("matched as a bytearray"),
                };
                let mut header = vec![0x96];
                header.extend_from_slice(&(data.len() as u64).to_le_bytes());
                self.write_large(&header, &data);
                self.memoize(obj, key)
            }
            Value::Tuple(t) => self.save_tuple(obj, &t.items, key),
            Value::List(_) => self.save_list(obj, key),
            Value::Dict(d) => self.save_dict(obj, d, key),
            Value::Set(s) if self.proto >= 4 => {
                self.write(&[EMPTY_SET]);
                self.memoize(obj, key)?;
                let items = s.items();
                let size = items.len();
                if size == 0 {
                    return Ok(());
                }
                let mut rest = items.iter();
                loop {
                    self.write(&[MARK]);
                    let mut i = 0;
                    for x in rest.by_ref() {
                        self.save(x, true)?;
                        i += 1;
                        if i == BATCHSIZE {
                            break;
                        }
                    }
                    self.write(&[ADDITEMS]);
                    if s.len() != size {
                        return Err(self
                            .ip
                            .err(ExcKind::RuntimeError, "set changed size during iteration"));
                    }
                    if i < BATCHSIZE {
                        return Ok(());
                    }
                }
            }
            Value::FrozenSet(s) if self.proto >= 4 => {
                self.write(&[MARK]);
                for x in s.items() {
                    self.save(&x, true)?;
                }
                if self.refetch(&key, &[POP_MARK])? {
                    return Ok(());
                }
                self.write(&[FROZENSET]);
                self.memoize(obj, key)
            }
            _ => self.call_pickler("_save_other", obj).map(drop),
        }
    }

    fn save_int(&mut self, x: i64) {
        if self.bin() {
            if (0..=0xff).contains(&x) {
                self.write(&[b'K', x as u8]);
                return;
            }
            if (0..=0xffff).contains(&x) {
                let mut b = vec![b'M'];
                b.extend_from_slice(&(x as u16).to_le_bytes());
                self.write(&b);
                return;
            }
            if (-0x8000_0000..=0x7fff_ffff).contains(&x) {
                let mut b = vec![b'J'];
                b.extend_from_slice(&(x as i32).to_le_bytes());
                self.write(&b);
                return;
            }
        }
        if self.proto >= 2 {
            self.write_long(x.to_le_bytes().to_vec());
        } else if (-0x8000_0000..=0x7fff_ffff).contains(&x) {
            self.write(format!("I{x}\n").as_bytes());
        } else {
            self.write(format!("L{x}L\n").as_bytes());
        }
    }

    fn save_bigint(&mut self, x: &BigInt) {
        if self.proto >= 2 {
            self.write_long(x.to_signed_bytes_le());
        } else {
            self.write(format!("L{x}L\n").as_bytes());
        }
    }

    /// LONG1 or LONG4 with the fewest little-endian two's complement bytes (none for 0).
    fn write_long(&mut self, mut b: Vec<u8>) {
        while let [.., prev, last] = b[..] {
            let redundant = (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0);
            if !redundant {
                break;
            }
            b.pop();
        }
        if b == [0] {
            b.clear();
        }
        let n = b.len();
        let mut head = if n < 256 {
            vec![0x8a, n as u8]
        } else {
            let mut h = vec![0x8b];
            h.extend_from_slice(&(n as i32).to_le_bytes());
            h
        };
        head.extend_from_slice(&b);
        self.write(&head);
    }

    fn save_str(&mut self, obj: &Value, s: &str, key: Value) -> PyResult<()> {
        if self.bin() {
            let encoded: Cow<[u8]> = if crate::surrogates::any(s) {
                Cow::Owned(crate::runtime::codecs::encode_utf8(
                    self.ip,
                    s,
                    "surrogatepass",
                )?)
            } else {
                Cow::Borrowed(s.as_bytes())
            };
            let n = encoded.len();
            let header = if n <= 0xff && self.proto >= 4 {
                vec![0x8c, n as u8]
            } else if n <= 0xffff_ffff {
                let mut h = vec![b'X'];
                h.extend_from_slice(&(n as u32).to_le_bytes());
                h
            } else if self.proto >= 4 {
                let mut h = vec![0x8d];
                h.extend_from_slice(&(n as u64).to_le_bytes());
                h
            } else {
                return Err(self.ip.err(
                    ExcKind::OverflowError,
                    "cannot serialize a string larger than 4GiB",
                ));
            };
            self.write_large(&header, &encoded);
        } else {
            let mut b = vec![b'V'];
            raw_unicode_escape(s, &mut b);
            b.push(b'\n');
            self.write(&b);
        }
        self.memoize(obj, key)
    }

    fn save_bytes(&mut self, obj: &Value, data: &[u8], key: Value) -> PyResult<()> {
        let n = data.len();
        let header = if n <= 0xff {
            vec![b'C', n as u8]
        } else if n <= 0xffff_ffff {
            let mut h = vec![b'B'];
            h.extend_from_slice(&(n as u32).to_le_bytes());
            h
        } else if self.proto >= 4 {
            let mut h = vec![0x8e];
            h.extend_from_slice(&(n as u64).to_le_bytes());
            h
        } else {
            return Err(self.ip.err(
                ExcKind::OverflowError,
                "cannot serialize a bytes object larger than 4 GiB",
            ));
        };
        self.write_large(&header, data);
        self.memoize(obj, key)
    }

    fn save_tuple(&mut self, obj: &Value, items: &[Value], key: Value) -> PyResult<()> {
        let n = items.len();
        if n == 0 {
            if self.bin() {
                self.write(&[EMPTY_TUPLE]);
            } else {
                self.write(&[MARK, TUPLE]);
            }
            return Ok(());
        }
        if n <= 3 && self.proto >= 2 {
            for x in items {
                self.save(x, true)?;
            }
            if self.refetch(&key, &vec![POP; n])? {
                return Ok(());
            }
            self.write(&[TUPLE_N[n - 1]]);
            return self.memoize(obj, key);
        }
        self.write(&[MARK]);
        for x in items {
            self.save(x, true)?;
        }
        let pops = if self.bin() {
            vec![POP_MARK]
        } else {
            vec![POP; n + 1]
        };
        if self.refetch(&key, &pops)? {
            return Ok(());
        }
        self.write(&[TUPLE]);
        self.memoize(obj, key)
    }

    fn save_list(&mut self, obj: &Value, key: Value) -> PyResult<()> {
        let Value::List(l) = obj else {
            unreachable!("called for lists")
        };
        if self.bin() {
            self.write(&[EMPTY_LIST]);
        } else {
            self.write(&[MARK, LIST]);
        }
        self.memoize(obj, key)?;
        let live = |i: usize| l.items.borrow().get(i).cloned();
        let len = || l.items.borrow().len();
        if len() == 0 {
            return Ok(());
        }
        if !self.bin() {
            let mut i = 0;
            while let Some(x) = live(i) {
                self.save(&x, true)?;
                self.write(&[APPEND]);
                i += 1;
            }
            return Ok(());
        }
        if len() == 1 {
            let x = live(0).expect("one item");
            self.save(&x, true)?;
            self.write(&[APPEND]);
            return Ok(());
        }
        let mut total = 0;
        loop {
            self.write(&[MARK]);
            let mut batch = 0;
            while let Some(x) = live(total) {
                self.save(&x, true)?;
                total += 1;
                batch += 1;
                if batch == BATCHSIZE {
                    break;
                }
            }
            self.write(&[APPENDS]);
            if total >= len() {
                return Ok(());
            }
        }
    }

    fn save_dict(&mut self, obj: &Value, d: &Rc<PyDict>, key: Value) -> PyResult<()> {
        if self.bin() {
            self.write(&[EMPTY_DICT]);
        } else {
            self.write(&[MARK, DICT]);
        }
        self.memoize(obj, key)?;
        let items = d.items();
        let size = items.len();
        if size == 0 {
            return Ok(());
        }
        let changed = |s: &Self| {
            if d.len() != size {
                return Err(s.ip.err(
                    ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
            Ok(())
        };
        if !self.bin() {
            for (k, v) in &items {
                self.save(k, true)?;
                self.save(v, true)?;
                self.write(&[SETITEM]);
                changed(self)?;
            }
            return Ok(());
        }
        if size == 1 {
            self.save(&items[0].0, true)?;
            self.save(&items[0].1, true)?;
            self.write(&[SETITEM]);
            return changed(self);
        }
        let mut rest = items.iter();
        loop {
            self.write(&[MARK]);
            let mut i = 0;
            for (k, v) in rest.by_ref() {
                self.save(k, true)?;
                self.save(v, true)?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.write(&[SETITEMS]);
            changed(self)?;
            if i < BATCHSIZE {
                return Ok(());
            }
        }
    }

    /// The items of a `__reduce__`'s list iterator, appended in batches.
    fn batch_appends(&mut self, it: &Value) -> PyResult<()> {
        let mut it = ops::iter(self.ip, it)?;
        if !self.bin() {
            while let Some(x) = it.next_checked(self.ip)? {
                self.save(&x, true)?;
                self.write(&[APPEND]);
            }
            return Ok(());
        }
        loop {
            let Some(first) = it.next_checked(self.ip)? else {
                return Ok(());
            };
            let Some(second) = it.next_checked(self.ip)? else {
                self.save(&first, true)?;
                self.write(&[APPEND]);
                return Ok(());
            };
            self.write(&[MARK]);
            self.save(&first, true)?;
            self.save(&second, true)?;
            let mut n = 2;
            while n < BATCHSIZE {
                let Some(x) = it.next_checked(self.ip)? else {
                    break;
                };
                self.save(&x, true)?;
                n += 1;
            }
            self.write(&[APPENDS]);
            if n < BATCHSIZE {
                return Ok(());
            }
        }
    }

    /// The (key, value) pairs of a `__reduce__`'s dict iterator, set in batches.
    fn batch_setitems(&mut self, it: &Value) -> PyResult<()> {
        let mut it = ops::iter(self.ip, it)?;
        let ip = self.ip;
        let mut next_pair = || -> PyResult<Option<(Value, Value)>> {
            match it.next_checked(ip)? {
                None => Ok(None),
                Some(Value::Tuple(t)) if t.items.len() == 2 => {
                    Ok(Some((t.items[0].clone(), t.items[1].clone())))
                }
                Some(_) => ip.type_error("dict items iterator must return 2-tuples"),
            }
        };
        if !self.bin() {
            while let Some((k, v)) = next_pair()? {
                self.save(&k, true)?;
                self.save(&v, true)?;
                self.write(&[SETITEM]);
            }
            return Ok(());
        }
        loop {
            let Some(first) = next_pair()? else {
                return Ok(());
            };
            let Some(second) = next_pair()? else {
                self.save(&first.0, true)?;
                self.save(&first.1, true)?;
                self.write(&[SETITEM]);
                return Ok(());
            };
            self.write(&[MARK]);
            for (k, v) in [first, second] {
                self.save(&k, true)?;
                self.save(&v, true)?;
            }
            let mut n = 2;
            while n < BATCHSIZE {
                let Some((k, v)) = next_pair()? else {
                    break;
                };
                self.save(&k, true)?;
                self.save(&v, true)?;
                n += 1;
            }
            self.write(&[SETITEMS]);
            if n < BATCHSIZE {
                return Ok(());
            }
        }
    }
}

/// The key `obj` is memoised under: its identity, or its value for the strings and bytes
/// CPython shares (see the module's docstring) and for the singletons with no identity here.
fn memo_key(obj: &Value) -> Value {
    match obj {
        Value::Str(s) => {
            let t = s.s.as_str();
            let mut chars = t.chars();
            let shared = match (chars.next(), chars.next()) {
                (None, _) => true,
                (Some(c), None) => crate::surrogates::python_code(c) < 256,
                _ => t.len() < 4096 && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
            };
            if shared {
                return obj.clone();
            }
        }
        Value::Bytes(b) if b.b.len() <= 1 => return obj.clone(),
        _ => {}
    }
    match obj.ptr() {
        Some(p) => Value::Int(p as i64),
        None => obj.clone(),
    }
}

/// Protocol 0's text: raw-unicode-escape, with the backslash and the characters a line-based
/// reader or a text-mode file would mangle escaped too.
fn raw_unicode_escape(s: &str, out: &mut Vec<u8>) {
    for c in s.chars() {
        let cp = crate::surrogates::python_code(c);
        if matches!(c, '\\' | '\0' | '\n' | '\r' | '\x1a') || (0x100..0x10000).contains(&cp) {
            out.extend_from_slice(format!("\\u{cp:04x}").as_bytes());
        } else if cp < 0x100 {
            out.push(cp as u8);
        } else {
            out.extend_from_slice(format!("\\U{cp:08x}").as_bytes());
        }
    }
}

/// Runs `f` on the pickler's state and hands the state back.
fn with_saver(
    ip: &Interp,
    pickler: &Value,
    f: impl FnOnce(&mut Saver) -> PyResult<()>,
) -> PyResult<Value> {
    let mut s = Saver::new(ip, pickler)?;
    let r = f(&mut s);
    s.store()?;
    r.map(|()| Value::None)
}

/// `save(pickler, obj, save_persistent_id)`: writes `obj` to the pickler's output.
#[function(_pickle_core, "save(pickler, obj, save_persistent_id, /)")]
fn save(ip: &Interp, pickler: &Value, obj: &Value, save_persistent_id: bool) -> PyResult<Value> {
    with_saver(ip, pickler, |s| s.save(obj, save_persistent_id))
}

/// `memoize(pickler, obj)`: writes the memo opcode for `obj` (just written) and records it.
#[function(_pickle_core, "memoize(pickler, obj, /)")]
fn memoize(ip: &Interp, pickler: &Value, obj: &Value) -> PyResult<Value> {
    with_saver(ip, pickler, |s| s.memoize(obj, memo_key(obj)))
}

/// `refetch(pickler, obj, pops)`: if `obj` is in the memo, writes `pops` and the opcode that
/// fetches it, and says so.
#[function(_pickle_core, "refetch(pickler, obj, pops, /)")]
fn refetch(ip: &Interp, pickler: &Value, obj: &Value, pops: &Value) -> PyResult<Value> {
    let Value::Bytes(pops) = pops else {
        return ip.type_error("pops must be bytes");
    };
    let mut found = false;
    with_saver(ip, pickler, |s| {
        found = s.refetch(&memo_key(obj), &pops.b)?;
        Ok(())
    })?;
    Ok(Value::bool(found))
}

/// `batch_appends(pickler, iterator)`: the items of a reduce value's list iterator.
#[function(_pickle_core, "batch_appends(pickler, iterator, /)")]
fn batch_appends(ip: &Interp, pickler: &Value, iterator: &Value) -> PyResult<Value> {
    with_saver(ip, pickler, |s| s.batch_appends(iterator))
}

/// `batch_setitems(pickler, iterator)`: the pairs of a reduce value's dict iterator.
#[function(_pickle_core, "batch_setitems(pickler, iterator, /)")]
fn batch_setitems(ip: &Interp, pickler: &Value, iterator: &Value) -> PyResult<Value> {
    with_saver(ip, pickler, |s| s.batch_setitems(iterator))
}

/// `commit_frame(pickler)`: closes the open frame (its length goes before it).
#[function(_pickle_core, "commit_frame(pickler, /)")]
fn commit_frame(ip: &Interp, pickler: &Value) -> PyResult<Value> {
    with_saver(ip, pickler, |s| {
        s.commit_frame();
        Ok(())
    })
}

// ---- reading ----

/// One `load`'s view of the Python unpickler's state: the buffer `_buf` read from `_pos`, the
/// `stack` and the `metastack` of the stacks below each mark (lists), and `memo`.
struct Loader<'a> {
    ip: &'a Interp,
    u: &'a Value,
    loaders: &'a Rc<PyDict>,
    buf: Rc<PyBytes>,
    pos: usize,
    stack: Rc<PyList>,
    metastack: Rc<PyList>,
    memo: Rc<PyDict>,
}

impl<'a> Loader<'a> {
    fn new(ip: &'a Interp, u: &'a Value, loaders: &'a Rc<PyDict>) -> PyResult<Loader<'a>> {
        let memo = match attr(ip, u, "memo")? {
            Value::Dict(d) => d,
            _ => return ip.type_error("memo must be a dictionary"),
        };
        let empty = Rc::new(PyBytes { b: Box::new([]) });
        let mut l = Loader {
            ip,
            u,
            loaders,
            buf: empty,
            pos: 0,
            stack: Rc::new(PyList {
                items: Default::default(),
            }),
            metastack: Rc::new(PyList {
                items: Default::default(),
            }),
            memo,
        };
        l.reload()?;
        Ok(l)
    }

    fn reload(&mut self) -> PyResult<()> {
        let ip = self.ip;
        self.buf = match attr(ip, self.u, "_buf")? {
            Value::Bytes(b) => b,
            _ => return ip.type_error("the unpickler's buffer must be bytes"),
        };
        self.pos = match attr(ip, self.u, "_pos")? {
            Value::Int(p) if p >= 0 => p as usize,
            _ => return ip.type_error("the unpickler's position must be an int"),
        };
        self.stack = match attr(ip, self.u, "stack")? {
            Value::List(l) => l,
            _ => return ip.type_error("the unpickler's stack must be a list"),
        };
        self.metastack = match attr(ip, self.u, "metastack")? {
            Value::List(l) => l,
            _ => return ip.type_error("the unpickler's metastack must be a list"),
        };
        Ok(())
    }

    fn sync(&self) -> PyResult<()> {
        ops::setattr(self.ip, self.u, intern("_pos"), Value::Int(self.pos as i64))
    }

    /// Calls `f` (a method of the unpickler, or a loader with the unpickler first) with the
    /// state handed over and taken back.
    fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.sync()?;
        let r = call_with(self.ip, f, args);
        self.reload()?;
        r
    }

    fn method(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = attr(self.ip, self.u, name)?;
        self.call(&f, args)
    }

    /// Raises `UnpicklingError(msg)` (through the unpickler's `_error`).
    fn error<T>(&mut self, msg: &str) -> PyResult<T> {
        self.method("_error", &[Value::string(msg.to_string())])?;
        self.ip.type_error(msg.to_string())
    }

    fn read(&mut self, n: usize) -> PyResult<Vec<u8>> {
        if self.pos + n <= self.buf.b.len() {
            let v = self.buf.b[self.pos..self.pos + n].to_vec();
            self.pos += n;
            return Ok(v);
        }
        match self.method("_read", &[Value::Int(n as i64)])? {
            Value::Bytes(b) => Ok(b.b.to_vec()),
            _ => self.ip.type_error("read() must return bytes"),
        }
    }

    fn byte(&mut self) -> PyResult<u8> {
        Ok(self.read(1)?[0])
    }

    fn u32(&mut self) -> PyResult<u32> {
        let b = self.read(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn push(&self, v: Value) {
        self.stack.items.borrow_mut().push(v);
    }

    fn underflow<T>(&mut self) -> PyResult<T> {
        self.method("_underflow", &[])?;
        self.ip.type_error("unpickling stack underflow")
    }

    fn pop(&mut self) -> PyResult<Value> {
        let v = self.stack.items.borrow_mut().pop();
        match v {
            Some(v) => Ok(v),
            None => self.underflow(),
        }
    }

    fn top(&mut self) -> PyResult<Value> {
        let v = self.stack.items.borrow().last().cloned();
        match v {
            Some(v) => Ok(v),
            None => self.underflow(),
        }
    }

    fn mark(&mut self) -> PyResult<()> {
        self.metastack
            .items
            .borrow_mut()
            .push(Value::List(self.stack.clone()));
        let Value::List(fresh) = Value::list(Vec::new()) else {
            unreachable!("a list")
        };
        self.stack = fresh.clone();
        ops::setattr(self.ip, self.u, intern("stack"), Value::List(fresh))
    }

    /// The items above the last mark; the stack below it becomes the stack again.
    fn pop_mark(&mut self) -> PyResult<Vec<Value>> {
        let below = self.metastack.items.borrow_mut().pop();
        let Some(Value::List(below)) = below else {
            self.method("_pop_mark", &[])?;
            return self.ip.type_error("could not find MARK");
        };
        let items = std::mem::take(&mut *self.stack.items.borrow_mut());
        self.stack = below.clone();
        ops::setattr(self.ip, self.u, intern("stack"), Value::List(below))?;
        Ok(items)
    }

    fn text(&mut self, n: usize) -> PyResult<Value> {
        let b = self.read(n)?;
        if b.is_ascii() {
            // ASCII is UTF-8.
            return Ok(Value::string(String::from_utf8(b).unwrap_or_default()));
        }
        let codec = crate::runtime::codecs::lookup(self.ip, "utf-8")?;
        let s = crate::runtime::codecs::decode(self.ip, &b, codec, "surrogatepass")?;
        Ok(Value::string(s))
    }

    fn memo_put(&mut self, i: i64) -> PyResult<()> {
        let v = self.top()?;
        dict::set(self.ip, &self.memo, Value::Int(i), v)
    }

    fn memo_get(&mut self, i: i64) -> PyResult<()> {
        match dict::get(self.ip, &self.memo, &Value::Int(i))? {
            Some(v) => self.push(v),
            None => {
                let v = self.method("_memo_get", &[Value::Int(i)])?;
                self.push(v);
            }
        }
        Ok(())
    }

    fn call_attr(&mut self, target: &Value, name: &str, arg: Value) -> PyResult<()> {
        let f = attr(self.ip, target, name)?;
        self.call(&f, &[arg]).map(drop)
    }

    fn run(&mut self) -> PyResult<Value> {
        loop {
            let key = if self.pos < self.buf.b.len() {
                self.pos += 1;
                self.buf.b[self.pos - 1]
            } else {
                match self.method("_read_opcode", &[])? {
                    Value::Bytes(b) if !b.b.is_empty() => b.b[0],
                    _ => return self.ip.type_error("read() must return bytes"),
                }
            };
            match key {
                b'.' => return self.pop(),
                b'(' => self.mark()?,
                b'N' => self.push(Value::None),
                0x88 => self.push(Value::bool(true)),
                0x89 => self.push(Value::bool(false)),
                b'K' => {
                    let b = self.byte()?;
                    self.push(Value::Int(b as i64));
                }
                b'M' => {
                    let b = self.read(2)?;
                    self.push(Value::Int(u16::from_le_bytes([b[0], b[1]]) as i64));
                }
                b'J' => {
                    let b = self.read(4)?;
                    self.push(Value::Int(
                        i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64
                    ));
                }
                0x8a => {
                    let n = self.byte()? as usize;
                    let b = self.read(n)?;
                    self.push(Value::from_bigint(BigInt::from_signed_bytes_le(&b)));
                }
                b'G' => {
                    let b = self.read(8)?;
                    let mut a = [0u8; 8];
                    a.copy_from_slice(&b);
                    self.push(Value::float(f64::from_be_bytes(a)));
                }
                0x8c => {
                    let n = self.byte()? as usize;
                    let v = self.text(n)?;
                    self.push(v);
                }
                b'X' => {
                    let n = self.u32()? as usize;
                    let v = self.text(n)?;
                    self.push(v);
                }
                b'C' => {
                    let n = self.byte()? as usize;
                    let b = self.read(n)?;
                    self.push(Value::bytes_from_vec(b));
                }
                b'B' => {
                    let n = self.u32()? as usize;
                    let b = self.read(n)?;
                    self.push(Value::bytes_from_vec(b));
                }
                b')' => self.push(Value::tuple(Vec::new())),
                b't' => {
                    let items = self.pop_mark()?;
                    self.push(Value::tuple(items));
                }
                0x85..=0x87 => {
                    let n = (key - 0x84) as usize;
                    let mut items = Vec::with_capacity(n);
                    for _ in 0..n {
                        items.push(self.pop()?);
                    }
                    items.reverse();
                    self.push(Value::tuple(items));
                }
                b']' => self.push(Value::list(Vec::new())),
                b'}' => self.push(Value::dict()),
                0x8f => self.push(Value::Set(PySet::new())),
                b'a' => {
                    let v = self.pop()?;
                    match self.top()? {
                        Value::List(l) => l.items.borrow_mut().push(v),
                        target => self.call_attr(&target, "append", v)?,
                    }
                }
                b'e' => {
                    let items = self.pop_mark()?;
                    match self.top()? {
                        Value::List(l) => l.items.borrow_mut().extend(items),
                        target => {
                            self.method("_extend", &[target, Value::list(items)])?;
                        }
                    }
                }
                b's' => {
                    let v = self.pop()?;
                    let k = self.pop()?;
                    let target = self.top()?;
                    self.sync()?;
                    ops::setitem(self.ip, &target, &k, v)?;
                    self.reload()?;
                }
                b'u' => {
                    let items = self.pop_mark()?;
                    let target = self.top()?;
                    if items.len() % 2 != 0 {
                        return self.error("odd number of items for SETITEMS");
                    }
                    self.sync()?;
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        ops::setitem(self.ip, &target, &k, v)?;
                    }
                    self.reload()?;
                }
                0x90 => {
                    let items = self.pop_mark()?;
                    match self.top()? {
                        Value::Set(s) => {
                            for x in items {
                                crate::runtime::set::add(self.ip, &s, x)?;
                            }
                        }
                        target => {
                            self.method("_add_items", &[target, Value::list(items)])?;
                        }
                    }
                }
                0x94 => {
                    let n = self.memo.len() as i64;
                    self.memo_put(n)?;
                }
                b'q' => {
                    let i = self.byte()? as i64;
                    self.memo_put(i)?;
                }
                b'r' => {
                    let i = self.u32()? as i64;
                    self.memo_put(i)?;
                }
                b'h' => {
                    let i = self.byte()? as i64;
                    self.memo_get(i)?;
                }
                b'j' => {
                    let i = self.u32()? as i64;
                    self.memo_get(i)?;
                }
                _ => match dict::get(self.ip, self.loaders, &Value::Int(key as i64))? {
                    Some(f) => {
                        let u = self.u.clone();
                        self.call(&f, &[u])?;
                    }
                    None => {
                        self.method("_invalid_key", &[Value::Int(key as i64)])?;
                    }
                },
            }
        }
    }
}

/// `load(unpickler, loaders)`: reads one pickle; the opcodes not read here are read by
/// `loaders[opcode](unpickler)`.
#[function(_pickle_core, "load(unpickler, loaders, /)")]
fn load(ip: &Interp, unpickler: &Value, loaders: &Value) -> PyResult<Value> {
    let Value::Dict(loaders) = loaders else {
        return ip.type_error("loaders must be a dict");
    };
    let mut l = Loader::new(ip, unpickler, loaders)?;
    let r = l.run();
    l.sync()?;
    r
}

pub fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_pickle_core", init);
