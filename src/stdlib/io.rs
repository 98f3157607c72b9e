//! `_io`: the system's side of files, under the `io` module (`src/lib_py/io.py`) that writes
//! the text layer (`TextIOWrapper`, `StringIO`) in Python. Here: opening a file with CPython's
//! OSErrors, reading its bytes and decoding them, encoding and writing text, seeking.
//! Writes go straight to the system, so nothing is lost when a program never closes a file.

use std::cell::RefCell;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::repr::str_repr;
use crate::runtime::value::Value;
use corun_macros::{function, method};

/// An open file of the system (None once closed).
pub struct RawFile {
    file: RefCell<Option<File>>,
}

native_arg!(RawFile, File, "_io.RawFile");

static RAW_FILE: super::ClassSpec = super::ClassSpec {
    key: "_io.RawFile",
    module: "_io",
    name: "RawFile",
    new: None,
    methods: &[],
};

/// The OSError subclass CPython raises for an errno.
pub fn errno_kind(errno: i32) -> ExcKind {
    match errno {
        2 => ExcKind::FileNotFoundError,
        1 | 13 => ExcKind::PermissionError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => ExcKind::BlockingIOError,
        libc::EINTR => ExcKind::InterruptedError,
        libc::EPIPE | libc::ESHUTDOWN => ExcKind::BrokenPipeError,
        libc::ECONNREFUSED => ExcKind::ConnectionRefusedError,
        libc::ECONNRESET => ExcKind::ConnectionResetError,
        libc::ECONNABORTED => ExcKind::ConnectionAbortedError,
        libc::ETIMEDOUT => ExcKind::TimeoutError,
        libc::ESRCH => ExcKind::ProcessLookupError,
        libc::ECHILD => ExcKind::ChildProcessError,
        _ => ExcKind::OSError,
    }
}

/// CPython's OSError for a failed system call on `filename`: the subclass its errno names,
/// with `errno`, `strerror` and `filename` set and the message `[Errno 2] No such file or
/// directory: 'x.txt'`.
pub fn os_error(ip: &Interp, e: &std::io::Error, filename: Option<&str>) -> Exc {
    let errno = e.raw_os_error().unwrap_or(0);
    let kind = errno_kind(errno);
    // Rust words the error as the C library does, then adds " (os error N)".
    let full = e.to_string();
    let strerror = full
        .rsplit_once(" (os error")
        .map(|(s, _)| s.to_string())
        .unwrap_or(full);
    let msg = match filename {
        Some(f) => format!("[Errno {errno}] {strerror}: {}", str_repr(f)),
        None => format!("[Errno {errno}] {strerror}"),
    };
    let exc = ip.err(kind, msg);
    exc.0.attrs.set(intern("errno"), Value::Int(errno as i64));
    exc.0.attrs.set(intern("strerror"), Value::string(strerror));
    exc.0.attrs.set(
        intern("filename"),
        filename.map(Value::str).unwrap_or(Value::None),
    );
    exc
}

/// `_io.open_file(path, mode)`: `mode` is one of r, w, a, x, with `+` for both ways.
#[function(_io, "open_file(path, mode, /)")]
fn open_file(ip: &Interp, path: &str, mode: &str) -> PyResult<Value> {
    let plus = mode.contains('+');
    let mut o = OpenOptions::new();
    match mode.chars().next() {
        Some('r') => o.read(true).write(plus),
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => return Err(ip.err(ExcKind::ValueError, format!("invalid mode: '{mode}'"))),
    };
    let f = o.open(path).map_err(|e| os_error(ip, &e, Some(path)))?;
    // Opening a directory for reading succeeds on Linux; CPython refuses it.
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(ip, &e, Some(path)));
    }
    Ok(super::new_obj(
        ip,
        &RAW_FILE,
        super::Native::File(RawFile {
            file: RefCell::new(Some(f)),
        }),
    ))
}

fn closed(ip: &Interp) -> Exc {
    ip.err(ExcKind::ValueError, "I/O operation on closed file")
}

impl RawFile {
    fn with<T>(&self, ip: &Interp, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> PyResult<T> {
        let mut g = self.file.borrow_mut();
        let file = g.as_mut().ok_or_else(|| closed(ip))?;
        f(file).map_err(|e| os_error(ip, &e, None))
    }
}

/// The codec a name stands for, as CPython normalises encoding names.
#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn codec(ip: &Interp, name: &str) -> PyResult<Codec> {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" => Codec::Ascii,
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" | "8859" | "cp819" => {
            Codec::Latin1
        }
        _ => {
            return Err(ip.err(
                ExcKind::NotImplementedError,
                format!("files in the encoding '{name}' (only utf-8, ascii and latin-1)"),
            ))
        }
    })
}

fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
    }
}

/// Bytes to text; a byte the codec cannot take is CPython's UnicodeDecodeError, or with
/// `errors='replace'`/`'ignore'` a U+FFFD or nothing.
fn decode(ip: &Interp, b: &[u8], c: Codec, errors: &str) -> PyResult<String> {
    let bad = |pos: usize, reason: &str| -> Exc {
        ip.err(
            ExcKind::UnicodeDecodeError,
            format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                codec_name(c),
                b[pos],
                pos,
                reason
            ),
        )
    };
    match c {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            let mut s = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    s.push(x as char);
                } else {
                    match errors {
                        "replace" => s.push('\u{fffd}'),
                        "ignore" => {}
                        _ => return Err(bad(i, "ordinal not in range(128)")),
                    }
                }
            }
            Ok(s)
        }
        Codec::Utf8 => {
            let mut s = String::with_capacity(b.len());
            let mut rest = b;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(t) => {
                        s.push_str(t);
                        return Ok(s);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        s.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let pos = b.len() - rest.len() + good;
                        let n = e.error_len();
                        match errors {
                            "replace" => s.push('\u{fffd}'),
                            "ignore" => {}
                            _ => {
                                let reason = match n {
                                    None => "unexpected end of data",
                                    Some(_) if (0x80..0xc2).contains(&b[pos]) || b[pos] > 0xf4 => {
                                        "invalid start byte"
                                    }
                                    Some(_) => "invalid continuation byte",
                                };
                                return Err(bad(pos, reason));
                            }
                        }
                        rest = &rest[good + n.unwrap_or(rest.len() - good)..];
                    }
                }
            }
        }
    }
}

/// A character as codec errors name it: `'\\xe9'`, `'\\u20ac'`, `'\\U0001f600'`.
fn char_escape(ch: char) -> String {
    let c = ch as u32;
    if c < 0x100 {
        format!("'\\x{c:02x}'")
    } else if c < 0x10000 {
        format!("'\\u{c:04x}'")
    } else {
        format!("'\\U{c:08x}'")
    }
}

fn encode(ip: &Interp, s: &str, c: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match c {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80u32,
        Codec::Latin1 => 0x100u32,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, ch) in s.chars().enumerate() {
        if (ch as u32) < limit {
            out.push(ch as u32 as u8);
        } else {
            match errors {
                "replace" => out.push(b'?'),
                "ignore" => {}
                _ => {
                    return Err(ip.err(
                        ExcKind::UnicodeEncodeError,
                        format!(
                            "'{}' codec can't encode character {} in position {}: ordinal not in range({})",
                            codec_name(c),
                            char_escape(ch),
                            i,
                            limit
                        ),
                    ))
                }
            }
        }
    }
    Ok(out)
}

/// `_io.check_encoding(name)`: the codec's canonical name, or NotImplementedError.
#[function(_io, "check_encoding(name, /)")]
fn check_encoding(ip: &Interp, name: &str) -> PyResult<Value> {
    Ok(Value::str(codec_name(codec(ip, name)?)))
}

/// `f.read(encoding, errors)`: the rest of the file, decoded.
#[method("_io.RawFile", "read($self, encoding, errors, /)")]
fn read(ip: &Interp, this: &RawFile, encoding: &str, errors: &str) -> PyResult<Value> {
    let c = codec(ip, encoding)?;
    let mut buf = Vec::new();
    this.with(ip, |f| f.read_to_end(&mut buf))?;
    Ok(Value::string(decode(ip, &buf, c, errors)?))
}

/// `f.write(text, encoding, errors)`: encodes and writes all of `text`.
#[method("_io.RawFile", "write($self, text, encoding, errors, /)")]
fn write(ip: &Interp, this: &RawFile, text: &str, encoding: &str, errors: &str) -> PyResult<()> {
    let c = codec(ip, encoding)?;
    let bytes = encode(ip, text, c, errors)?;
    this.with(ip, |f| f.write_all(&bytes))
}

/// `f.byte_len(text, encoding)`: how many bytes `text` takes in the file.
#[method("_io.RawFile", "byte_len($self, text, encoding, /)")]
fn byte_len(ip: &Interp, _this: &RawFile, text: &str, encoding: &str) -> PyResult<i64> {
    Ok(match codec(ip, encoding)? {
        Codec::Utf8 => text.len(),
        _ => text.chars().count(),
    } as i64)
}

/// `f.seek(offset, whence)`: the new position in bytes.
#[method("_io.RawFile", "seek($self, offset, whence, /)")]
fn seek(ip: &Interp, this: &RawFile, offset: i64, whence: i64) -> PyResult<i64> {
    let to = match whence {
        0 => SeekFrom::Start(offset.max(0) as u64),
        1 => SeekFrom::Current(offset),
        _ => SeekFrom::End(offset),
    };
    this.with(ip, |f| f.seek(to)).map(|p| p as i64)
}

/// `f.truncate(size)`: cuts or extends the file to `size` bytes.
#[method("_io.RawFile", "truncate($self, size, /)")]
fn truncate(ip: &Interp, this: &RawFile, size: i64) -> PyResult<()> {
    this.with(ip, |f| f.set_len(size.max(0) as u64))
}

#[method("_io.RawFile", "close($self, /)")]
fn close(_ip: &Interp, this: &RawFile) -> PyResult<()> {
    this.file.borrow_mut().take();
    Ok(())
}

#[method("_io.RawFile", "fileno($self, /)")]
fn fileno(ip: &Interp, this: &RawFile) -> PyResult<i64> {
    use std::os::fd::AsRawFd;
    this.with(ip, |f| Ok(f.as_raw_fd() as i64))
}

#[method("_io.RawFile", "isatty($self, /)")]
fn isatty(ip: &Interp, this: &RawFile) -> PyResult<bool> {
    use std::io::IsTerminal;
    this.with(ip, |f| Ok(f.is_terminal()))
}

/// The builtin `open`, which is `io.open` (written in Python): its arguments go there as given.
#[function(builtins, "open(*args, **kwargs)")]
fn open(ip: &Interp, args: &[Value], kwargs: &[(crate::intern::Symbol, Value)]) -> PyResult<Value> {
    let io = crate::runtime::modules::import(
        ip,
        &crate::syntax::ast::DottedName {
            parts: vec![intern("io")],
            span: Default::default(),
        },
    )?;
    let f = crate::eval::ops::getattr(ip, &io, intern("open"))?;
    let mut a: crate::eval::call::Args = args.iter().cloned().collect();
    crate::eval::call::call_value(ip, &f, &mut a, kwargs)
}

pub fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_io", init);
crate::python_module!("io", "io.py");
