//! `zlib`: deflate compression with zlib, raw and gzip framing, natively over flate2 (on the
//! zlib-rs backend, so that window sizes and zlib's error messages are those of zlib).

use std::cell::RefCell;
use std::rc::Rc;

use flate2::{
    Compress, Compression, Decompress, DecompressError, FlushCompress, FlushDecompress, Status,
};

use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::{function, method};

use super::{ClassSpec, Native};

const DEF_BUF_SIZE: i64 = 16384;

/// `zlib.error(msg)`.
fn error(ip: &Interp, msg: impl Into<String>) -> Exc {
    let msg = msg.into();
    let class = crate::runtime::modules::import_dotted(ip, "zlib")
        .and_then(|m| ops::getattr(ip, &m, intern("error")));
    match class {
        Ok(c) => match super::call_with(ip, &c, &[Value::string(msg)]) {
            Ok(Value::Exception(e)) => Exc(e),
            Ok(_) => ip.err(ExcKind::TypeError, "zlib.error is not an exception"),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// The framing a `wbits` value asks for.
#[derive(Clone, Copy, PartialEq)]
enum Frame {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, told by the first bytes.
    Auto,
}

/// The framing and window size (9..=15) of a `wbits` argument, or None when zlib refuses it.
fn frame_of(wbits: i64, compressing: bool) -> Option<(Frame, u8)> {
    let (frame, bits) = match wbits {
        8..=15 => (Frame::Zlib, wbits),
        0 if !compressing => (Frame::Zlib, 15),
        -15..=-8 => (Frame::Raw, -wbits),
        24..=31 => (Frame::Gzip, wbits - 16),
        40..=47 if !compressing => (Frame::Auto, wbits - 32),
        _ => return None,
    };
    if bits == 8 && (compressing && frame != Frame::Zlib) {
        return None;
    }
    // zlib itself raises a window of 8 to 9.
    Some((frame, bits.max(9) as u8))
}

fn level_of(ip: &Interp, level: i64) -> PyResult<Compression> {
    match level {
        -1 => Ok(Compression::default()),
        0..=9 => Ok(Compression::new(level as u32)),
        _ => Err(error(ip, "Bad compression level")),
    }
}

fn new_compress(frame: Frame, level: Compression, bits: u8) -> Compress {
    match frame {
        Frame::Gzip => Compress::new_gzip(level, bits),
        f => Compress::new_with_window_bits(level, f == Frame::Zlib, bits),
    }
}

/// Runs the compressor over `data` with `flush`, appending all it writes to `out`.
fn deflate(
    ip: &Interp,
    c: &mut Compress,
    mut data: &[u8],
    flush: FlushCompress,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    loop {
        if out.capacity() - out.len() < 1024 {
            out.reserve(out.capacity().max(4096));
        }
        let before_in = c.total_in();
        let before_out = c.total_out();
        let status = c.compress_vec(data, out, flush).map_err(|_| {
            error(
                ip,
                "Error -2 while compressing data: inconsistent stream state",
            )
        })?;
        let used = (c.total_in() - before_in) as usize;
        data = &data[used..];
        let wrote = c.total_out() - before_out;
        if status == Status::StreamEnd {
            return Ok(());
        }
        // Done once the input is taken and the output had room to spare.
        if data.is_empty() && out.len() < out.capacity() && (wrote > 0 || used == 0) {
            if matches!(flush, FlushCompress::Finish) {
                continue;
            }
            return Ok(());
        }
    }
}

#[function(zlib, "compress(data, /, level=-1, wbits=15)")]
fn compress(ip: &Interp, data: Buf, level: i64, wbits: i64) -> PyResult<Value> {
    let level = level_of(ip, level)?;
    let Some((frame, bits)) = frame_of(wbits, true) else {
        return Err(error(ip, "Bad compression level"));
    };
    let mut c = new_compress(frame, level, bits);
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    deflate(ip, &mut c, &data, FlushCompress::Finish, &mut out)?;
    Ok(Value::bytes_from_vec(out))
}

fn new_decompress(frame: Frame, bits: u8, first: &[u8]) -> Decompress {
    match frame {
        Frame::Gzip => Decompress::new_gzip(bits),
        Frame::Auto if first.first() == Some(&0x1f) => Decompress::new_gzip(bits),
        Frame::Raw => Decompress::new_with_window_bits(false, bits),
        _ => Decompress::new_with_window_bits(true, bits),
    }
}

fn inflate_error(ip: &Interp, e: &DecompressError) -> Exc {
    if e.needs_dictionary().is_some() {
        return error(ip, "Error 2 while decompressing data");
    }
    let msg = e.message().unwrap_or("invalid data");
    error(ip, format!("Error -3 while decompressing data: {msg}"))
}

/// What one run of the decompressor did.
struct Inflated {
    /// How much of the input it took.
    used: usize,
    ended: bool,
}

/// Decompresses `data` into `out`, stopping at the stream's end or after `limit` bytes of
/// output (0: no limit); a dictionary asked for is given from `zdict`.
fn inflate(
    ip: &Interp,
    d: &mut Decompress,
    data: &[u8],
    out: &mut Vec<u8>,
    limit: usize,
    zdict: Option<&[u8]>,
) -> PyResult<Inflated> {
    let start_in = d.total_in();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let want = if limit > 0 {
            (limit - out.len()).min(buf.len())
        } else {
            buf.len()
        };
        let taken = (d.total_in() - start_in) as usize;
        if want == 0 {
            return Ok(Inflated {
                used: taken,
                ended: false,
            });
        }
        let before_out = d.total_out();
        let r = d.decompress(&data[taken..], &mut buf[..want], FlushDecompress::None);
        let produced = (d.total_out() - before_out) as usize;
        out.extend_from_slice(&buf[..produced]);
        let used = (d.total_in() - start_in) as usize;
        match r {
            Ok(Status::StreamEnd) => return Ok(Inflated { used, ended: true }),
            Ok(_) => {}
            Err(e) => match (e.needs_dictionary(), zdict) {
                (Some(_), Some(z)) => {
                    d.set_dictionary(z).map_err(|e| inflate_error(ip, &e))?;
                    continue;
                }
                _ => return Err(inflate_error(ip, &e)),
            },
        }
        if produced == 0 && used == taken {
            return Ok(Inflated { used, ended: false });
        }
    }
}

#[function(zlib, "decompress(data, /, wbits=15, bufsize=16384)")]
fn decompress(ip: &Interp, data: Buf, wbits: i64, bufsize: i64) -> PyResult<Value> {
    if bufsize < 0 {
        return Err(ip.err(ExcKind::ValueError, "bufsize must be non-negative"));
    }
    let Some((frame, bits)) = frame_of(wbits, false) else {
        return Err(error(
            ip,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut d = new_decompress(frame, bits, &data);
    let mut out = Vec::with_capacity((bufsize.max(1) as usize).min(1 << 20));
    let r = inflate(ip, &mut d, &data, &mut out, 0, None)?;
    if !r.ended {
        return Err(error(
            ip,
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(Value::bytes_from_vec(out))
}

/// The state of a `zlib.Compress` or `zlib.Decompress` object.
pub enum Stream {
    Compress {
        c: RefCell<Compress>,
        finished: RefCell<bool>,
    },
    Decompress(RefCell<Inflater>),
}

pub struct Inflater {
    /// Made on the first data when the framing is told by it (wbits 40..47).
    d: Option<Decompress>,
    frame: Frame,
    bits: u8,
    zdict: Option<Vec<u8>>,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

native_arg!(Stream, Zlib, "zlib.Compress");

static COMPRESS_CLASS: ClassSpec = ClassSpec {
    key: "zlib.Compress",
    module: "zlib",
    name: "Compress",
    base: None,
    new: None,
    methods: &[],
};

static DECOMPRESS_CLASS: ClassSpec = ClassSpec {
    key: "zlib.Decompress",
    module: "zlib",
    name: "Decompress",
    base: None,
    new: None,
    methods: &[],
};

#[function(
    zlib,
    "compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)"
)]
fn compressobj(
    ip: &Interp,
    level: i64,
    method: i64,
    wbits: i64,
    mem_level: i64,
    strategy: i64,
    zdict: Option<&Value>,
) -> PyResult<Value> {
    let lvl = level_of(ip, level)
        .map_err(|_| ip.err(ExcKind::ValueError, "Invalid initialization option"))?;
    let frame = frame_of(wbits, true);
    let (Some((frame, bits)), 8, 1..=9) = (frame, method, mem_level) else {
        return Err(ip.err(ExcKind::ValueError, "Invalid initialization option"));
    };
    if mem_level != 8 || strategy != 0 {
        // Other memory levels and strategies change the compressed bytes; flate2 sets neither.
        return Err(ip.err(
            ExcKind::NotImplementedError,
            "zlib.compressobj with a memLevel other than 8 or a strategy other than Z_DEFAULT_STRATEGY",
        ));
    }
    let mut c = new_compress(frame, lvl, bits);
    if let Some(z) = zdict.filter(|z| !matches!(z, Value::None)) {
        let z = crate::runtime::bytes::need_buffer(ip, z)?;
        c.set_dictionary(&z)
            .map_err(|_| ip.err(ExcKind::ValueError, "Invalid dictionary"))?;
    }
    Ok(super::new_obj(
        ip,
        &COMPRESS_CLASS,
        Native::Zlib(Stream::Compress {
            c: RefCell::new(c),
            finished: RefCell::new(false),
        }),
    ))
}

fn compressor<'a>(
    ip: &Interp,
    s: &'a Stream,
) -> PyResult<(&'a RefCell<Compress>, &'a RefCell<bool>)> {
    match s {
        Stream::Compress { c, finished } => Ok((c, finished)),
        Stream::Decompress(_) => Err(ip.err(
            ExcKind::TypeError,
            "descriptor for 'zlib.Compress' objects doesn't apply to a 'zlib.Decompress' object",
        )),
    }
}

fn decompressor<'a>(ip: &Interp, s: &'a Stream) -> PyResult<&'a RefCell<Inflater>> {
    match s {
        Stream::Decompress(d) => Ok(d),
        Stream::Compress { .. } => Err(ip.err(
            ExcKind::TypeError,
            "descriptor for 'zlib.Decompress' objects doesn't apply to a 'zlib.Compress' object",
        )),
    }
}

#[method("zlib.Compress", "compress($self, data, /)")]
fn c_compress(ip: &Interp, this: &Stream, data: Buf) -> PyResult<Value> {
    let (c, finished) = compressor(ip, this)?;
    if *finished.borrow() {
        return Err(error(
            ip,
            "Error -2 while compressing data: inconsistent stream state",
        ));
    }
    let mut out = Vec::new();
    deflate(
        ip,
        &mut c.borrow_mut(),
        &data,
        FlushCompress::None,
        &mut out,
    )?;
    Ok(Value::bytes_from_vec(out))
}

#[method("zlib.Compress", "flush($self, mode=4, /)")]
fn c_flush(ip: &Interp, this: &Stream, mode: i64) -> PyResult<Value> {
    let (c, finished) = compressor(ip, this)?;
    let flush = match mode {
        0 => return Ok(Value::bytes(b"")),
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => {
            return Err(error(
                ip,
                "Error -2 while flushing: inconsistent stream state",
            ))
        }
    };
    if *finished.borrow() {
        return Err(error(
            ip,
            "Error -2 while flushing: inconsistent stream state",
        ));
    }
    let mut out = Vec::new();
    deflate(ip, &mut c.borrow_mut(), &[], flush, &mut out)?;
    if mode == 4 {
        *finished.borrow_mut() = true;
    }
    Ok(Value::bytes_from_vec(out))
}

#[method("zlib.Compress", "copy($self, /)")]
fn c_copy(ip: &Interp, _this: &Stream) -> PyResult<Value> {
    Err(ip.err(ExcKind::NotImplementedError, "zlib.Compress.copy"))
}

#[function(zlib, "decompressobj(wbits=15, zdict=b'')")]
fn decompressobj(ip: &Interp, wbits: i64, zdict: Option<&Value>) -> PyResult<Value> {
    let Some((frame, bits)) = frame_of(wbits, false) else {
        return Err(ip.err(ExcKind::ValueError, "Invalid initialization option"));
    };
    let zdict = match zdict {
        None => None,
        Some(z) => {
            let b = crate::runtime::bytes::buffer(ip, z)?.ok_or_else(|| {
                ip.err(
                    ExcKind::TypeError,
                    "zdict argument must support the buffer protocol",
                )
            })?;
            Some(b.to_vec())
        }
    };
    let mut d = None;
    if frame != Frame::Auto {
        let mut dec = new_decompress(frame, bits, &[]);
        if let (Frame::Raw, Some(z)) = (frame, &zdict) {
            dec.set_dictionary(z).map_err(|e| inflate_error(ip, &e))?;
        }
        d = Some(dec);
    }
    Ok(super::new_obj(
        ip,
        &DECOMPRESS_CLASS,
        Native::Zlib(Stream::Decompress(RefCell::new(Inflater {
            d,
            frame,
            bits,
            zdict,
            unused_data: Vec::new(),
            unconsumed_tail: Vec::new(),
            eof: false,
        }))),
    ))
}

impl Inflater {
    /// Decompresses `data` (up to `limit` bytes of output), keeping what follows the stream's
    /// end in `unused_data` and what the limit left in `unconsumed_tail`.
    fn run(&mut self, ip: &Interp, data: &[u8], limit: usize) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        if self.eof {
            self.unused_data.extend_from_slice(data);
            return Ok(out);
        }
        if self.d.is_none() {
            if data.is_empty() {
                return Ok(out);
            }
            self.d = Some(new_decompress(self.frame, self.bits, data));
        }
        let Some(d) = self.d.as_mut() else {
            return Ok(out);
        };
        let r = inflate(ip, d, data, &mut out, limit, self.zdict.as_deref())?;
        let rest = &data[r.used.min(data.len())..];
        if r.ended {
            self.eof = true;
            self.unused_data.extend_from_slice(rest);
            self.unconsumed_tail.clear();
        } else {
            self.unconsumed_tail = rest.to_vec();
        }
        Ok(out)
    }
}

#[method("zlib.Decompress", "decompress($self, data, /, max_length=0)")]
fn d_decompress(ip: &Interp, this: &Stream, data: Buf, max_length: i64) -> PyResult<Value> {
    if max_length < 0 {
        return Err(ip.err(ExcKind::ValueError, "max_length must be non-negative"));
    }
    let inf = decompressor(ip, this)?;
    let out = inf.borrow_mut().run(ip, &data, max_length as usize)?;
    Ok(Value::bytes_from_vec(out))
}

#[method("zlib.Decompress", "flush($self, length=16384, /)")]
fn d_flush(ip: &Interp, this: &Stream, length: i64) -> PyResult<Value> {
    if length <= 0 {
        return Err(ip.err(ExcKind::ValueError, "length must be greater than zero"));
    }
    let inf = decompressor(ip, this)?;
    let mut inf = inf.borrow_mut();
    let tail = std::mem::take(&mut inf.unconsumed_tail);
    let out = inf.run(ip, &tail, 0)?;
    inf.unconsumed_tail.clear();
    Ok(Value::bytes_from_vec(out))
}

#[method("zlib.Decompress", "copy($self, /)")]
fn d_copy(ip: &Interp, _this: &Stream) -> PyResult<Value> {
    Err(ip.err(ExcKind::NotImplementedError, "zlib.Decompress.copy"))
}

/// `unused_data`, `unconsumed_tail` and `eof` of a decompressor.
pub fn attr(s: &Stream, name: Symbol) -> Option<Value> {
    let Stream::Decompress(d) = s else {
        return None;
    };
    let d = d.borrow();
    Some(match name.as_str() {
        "unused_data" => Value::bytes(&d.unused_data),
        "unconsumed_tail" => Value::bytes(&d.unconsumed_tail),
        "eof" => Value::bool(d.eof),
        _ => return None,
    })
}

#[function(zlib, "crc32(data, value=0, /)")]
fn crc32(ip: &Interp, data: Buf, value: Option<&Value>) -> PyResult<i64> {
    let start = super::binascii::crc_start(ip, value)?;
    Ok(super::binascii::crc32_update(start, &data) as i64)
}

#[function(zlib, "adler32(data, value=1, /)")]
fn adler32(ip: &Interp, data: Buf, value: Option<&Value>) -> PyResult<i64> {
    let start = match value {
        None => 1,
        v => super::binascii::crc_start(ip, v)?,
    };
    const MOD: u32 = 65521;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    // 5552 bytes is the most that can be summed before the 32-bit sums may overflow.
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    Ok((b << 16 | a) as i64)
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let err = crate::eval::classes::new_class(
        ip,
        intern("error"),
        "error".to_string(),
        "zlib",
        vec![ip.exc_class(ExcKind::Exception).clone()],
        Default::default(),
    )?;
    m.set(intern("error"), Value::Class(err));
    for (name, v) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ] {
        m.set(intern(name), Value::Int(v));
    }
    // SAFETY: zlibVersion returns a pointer to a static NUL-terminated string.
    let version = unsafe { std::ffi::CStr::from_ptr(libz_sys::zlibVersion()) };
    let version = version.to_string_lossy().into_owned();
    m.set(intern("ZLIB_VERSION"), Value::string(version.clone()));
    m.set(intern("ZLIB_RUNTIME_VERSION"), Value::string(version));
    m.set(
        intern("Compress"),
        Value::Class(super::class(ip, &COMPRESS_CLASS)),
    );
    m.set(
        intern("Decompress"),
        Value::Class(super::class(ip, &DECOMPRESS_CLASS)),
    );
    Ok(())
}

crate::native_module!("zlib", init);
crate::python_module!("gzip", "gzip.py");
