//! `_io`: the system's side of files, under the `io` module (`src/lib_py/io.py`), which
//! writes the layers above in Python (`FileIO`, the buffered readers and writers, `BytesIO`,
//! `TextIOWrapper`, `StringIO`). Here: opening a file with CPython's OSErrors, reading and
//! writing its bytes, seeking. Each write here goes straight to the system: the buffer of a
//! buffered writer is `io.py`'s, flushed when it is closed, collected or full.

use std::cell::RefCell;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{FromRawFd, IntoRawFd};
use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::{function, method};

/// An open file of the system (None once closed). A descriptor the program handed in with
/// `closefd=False` is left open when the file is closed or dropped.
pub struct RawFile {
    file: RefCell<Option<File>>,
    closefd: bool,
}

impl Drop for RawFile {
    fn drop(&mut self) {
        if !self.closefd {
            if let Some(f) = self.file.get_mut().take() {
                let _ = f.into_raw_fd();
            }
        }
    }
}

native_arg!(RawFile, File, "_io.RawFile");

static RAW_FILE: super::ClassSpec = super::ClassSpec {
    key: "_io.RawFile",
    module: "_io",
    name: "RawFile",
    base: None,
    new: None,
    methods: &[],
};

/// CPython's OSError for a failed system call on `filename`: the subclass its errno names,
/// with `errno`, `strerror` and `filename` set and the message `[Errno 2] No such file or
/// directory: 'x.txt'`.
pub fn os_error(ip: &Interp, e: &std::io::Error, filename: Option<&str>) -> Exc {
    let exc = ip.os_error(e);
    if let Some(f) = filename {
        exc.0.attrs.set(intern("filename"), Value::str(f));
    }
    exc
}

fn raw_file(ip: &Interp, f: File, closefd: bool) -> Value {
    super::new_obj(
        ip,
        &RAW_FILE,
        super::Native::File(RawFile {
            file: RefCell::new(Some(f)),
            closefd,
        }),
    )
}

/// `_io.open_file(path, mode)`: `mode` is one of r, w, a, x, with `+` for both ways.
#[function(_io, "open_file(path, mode, /)")]
fn open_file(ip: &Interp, path: super::os::FsPath, mode: &str) -> PyResult<Value> {
    let plus = mode.contains('+');
    let mut o = OpenOptions::new();
    match mode.chars().next() {
        Some('r') => o.read(true).write(plus),
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => return Err(ip.err(ExcKind::ValueError, format!("invalid mode: '{mode}'"))),
    };
    let f = o.open(path.path()).map_err(|e| path.error(ip, &e))?;
    // Opening a directory for reading succeeds on Linux; CPython refuses it.
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(path.error(ip, &e));
    }
    Ok(raw_file(ip, f, true))
}

/// `_io.open_fd(fd, closefd)`: a file over a descriptor the program already has. The
/// descriptor is checked first (`fstat`), so a bad one is CPython's `[Errno 9] Bad file
/// descriptor` and never a file that closes a descriptor it does not own.
#[function(_io, "open_fd(fd, closefd, /)")]
fn open_fd(ip: &Interp, fd: i64, closefd: bool) -> PyResult<Value> {
    let bad = || ip.os_error(&std::io::Error::from_raw_os_error(libc::EBADF));
    let fd = i32::try_from(fd).map_err(|_| bad())?;
    if fd < 0 {
        return Err(ip.err(ExcKind::ValueError, "negative file descriptor"));
    }
    // SAFETY: fstat only reads the descriptor table; a zeroed stat is a valid buffer for it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(ip.os_error(&std::io::Error::last_os_error()));
    }
    if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
        return Err(ip.os_error(&std::io::Error::from_raw_os_error(libc::EISDIR)));
    }
    // SAFETY: the descriptor is open (fstat succeeded); with closefd=False the file gives it
    // back without closing it (RawFile's drop and close).
    let f = unsafe { File::from_raw_fd(fd) };
    Ok(raw_file(ip, f, closefd))
}

/// `_io.preferred_encoding()`: the encoding of a text file opened without one, as CPython
/// 3.11 chooses it: 'utf-8' in UTF-8 mode (`PYTHONUTF8=1`, or the C or POSIX locale, which
/// turns that mode on), and otherwise the codeset of the locale the environment names
/// (`'UTF-8'` under `C.UTF-8`).
#[function(_io, "preferred_encoding()")]
fn preferred_encoding(_ip: &Interp) -> PyResult<Value> {
    thread_local! {
        static FOUND: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
    }
    Ok(Value::string(
        FOUND.with(|f| f.get_or_init(locale_encoding).clone()),
    ))
}

fn locale_encoding() -> String {
    if std::env::var("PYTHONUTF8").as_deref() == Ok("1") {
        return "utf-8".into();
    }
    // SAFETY: setlocale and nl_langinfo are called with valid C strings; the locale is put
    // back before returning, and corun runs no other thread that reads it meanwhile.
    unsafe {
        let old = libc::setlocale(libc::LC_CTYPE, std::ptr::null());
        let old = (!old.is_null()).then(|| std::ffi::CStr::from_ptr(old).to_owned());
        let name = libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
        let name = (!name.is_null()).then(|| std::ffi::CStr::from_ptr(name).to_owned());
        let codeset = libc::nl_langinfo(libc::CODESET);
        let codeset = (!codeset.is_null()).then(|| {
            std::ffi::CStr::from_ptr(codeset)
                .to_string_lossy()
                .into_owned()
        });
        if let Some(old) = old {
            libc::setlocale(libc::LC_CTYPE, old.as_ptr());
        }
        match name.as_deref().map(|n| n.to_bytes()) {
            // The C locale is coerced to C.UTF-8 (PEP 538), which also turns UTF-8 mode on
            // unless PYTHONUTF8=0 said otherwise (PEP 540).
            None | Some(b"C") | Some(b"POSIX") => {
                if std::env::var("PYTHONUTF8").as_deref() == Ok("0") {
                    "UTF-8".into()
                } else {
                    "utf-8".into()
                }
            }
            _ => match codeset {
                Some(c) if !c.is_empty() => c,
                _ => "utf-8".into(),
            },
        }
    }
}

fn closed(ip: &Interp) -> Exc {
    ip.err(ExcKind::ValueError, "I/O operation on closed file")
}

impl RawFile {
    /// Lets other threads run until the file can be read or written without waiting (a
    /// pipe or a terminal; a disk file always can).
    fn wait_ready(&self, ip: &Interp, write: bool) {
        use std::os::unix::io::AsRawFd;
        let fd = self.file.borrow().as_ref().map(|f| f.as_raw_fd());
        if let Some(fd) = fd {
            crate::threads::wait_ready(ip, fd, write, None);
        }
    }

    /// One read of at most `want` bytes, added to `buf`, once the file is ready: how many.
    /// A large `want` is read in slices of 1 MiB (no buffer of a huge `size` is reserved up
    /// front), going on while the file has more at once (a disk file always has).
    fn read_some(&self, ip: &Interp, buf: &mut Vec<u8>, want: usize) -> PyResult<usize> {
        use std::os::unix::io::AsRawFd;
        self.wait_ready(ip, false);
        let mut got = 0;
        while got < want {
            let start = buf.len();
            let slice = (want - got).min(1 << 20);
            buf.resize(start + slice, 0);
            let r = self.with(ip, |f| loop {
                match f.read(&mut buf[start..]) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    r => return r.map(|n| (n, f.as_raw_fd())),
                }
            });
            let (n, fd) = match r {
                Ok(x) => x,
                Err(e) => {
                    buf.truncate(start);
                    return Err(e);
                }
            };
            buf.truncate(start + n);
            got += n;
            if n < slice || !crate::threads::ready_now(fd, false) {
                break;
            }
        }
        Ok(got)
    }

    fn with<T>(&self, ip: &Interp, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> PyResult<T> {
        let mut g = self.file.borrow_mut();
        let file = g.as_mut().ok_or_else(|| closed(ip))?;
        f(file).map_err(|e| os_error(ip, &e, None))
    }
}

/// `f.read(size)`: one read of the system, of at most `size` bytes (all that is left when
/// `size` is negative), as CPython's `FileIO.read`: a pipe or a terminal may give fewer, and
/// b'' means the end. Other threads run while the file is not ready.
#[method("_io.RawFile", "read($self, size, /)")]
fn read(ip: &Interp, this: &RawFile, size: i64) -> PyResult<Value> {
    let mut buf = Vec::new();
    if size < 0 {
        if !crate::threads::others() {
            this.with(ip, |f| f.read_to_end(&mut buf))?;
        } else {
            // Chunk by chunk, so that a slow writer does not stop the other threads.
            while this.read_some(ip, &mut buf, 1 << 16)? > 0 {}
        }
    } else {
        let want = usize::try_from(size).unwrap_or(usize::MAX);
        this.read_some(ip, &mut buf, want)?;
    }
    Ok(Value::bytes_from_vec(buf))
}

/// `f.write(data)`: writes all of a bytes-like `data`; the number of bytes.
#[method("_io.RawFile", "write($self, data, /)")]
fn write(ip: &Interp, this: &RawFile, data: crate::runtime::bytearray::HeldBuf) -> PyResult<i64> {
    let len = data.len();
    if !crate::threads::others() {
        this.with(ip, |f| data.with(|b| f.write_all(b)))?;
        return Ok(len as i64);
    }
    // Slices a ready pipe takes without waiting (PIPE_BUF), so that a slow reader does not
    // stop the other threads.
    for at in (0..len).step_by(4096) {
        this.wait_ready(ip, true);
        this.with(ip, |f| {
            data.with(|b| f.write_all(b.get(at..(at + 4096).min(b.len())).unwrap_or(&[])))
        })?;
    }
    Ok(len as i64)
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

/// `f.seekable()`: whether the descriptor can seek (a pipe or terminal cannot).
#[method("_io.RawFile", "seekable($self, /)")]
fn seekable(ip: &Interp, this: &RawFile) -> PyResult<bool> {
    this.with(ip, |f| Ok(f.stream_position().is_ok()))
}

/// `f.truncate(size)`: cuts or extends the file to `size` bytes.
#[method("_io.RawFile", "truncate($self, size, /)")]
fn truncate(ip: &Interp, this: &RawFile, size: i64) -> PyResult<()> {
    this.with(ip, |f| f.set_len(size.max(0) as u64))
}

#[method("_io.RawFile", "close($self, /)")]
fn close(_ip: &Interp, this: &RawFile) -> PyResult<()> {
    if let Some(f) = this.file.borrow_mut().take() {
        if !this.closefd {
            let _ = f.into_raw_fd();
        }
    }
    Ok(())
}

#[method("_io.RawFile", "fileno($self, /)")]
fn fileno(ip: &Interp, this: &RawFile) -> PyResult<i64> {
    use std::os::fd::AsRawFd;
    this.with(ip, |f| Ok(f.as_raw_fd() as i64))
}

/// `f.blksize()`: the file's preferred block size (`st_blksize`), what CPython's `open()`
/// takes as the size of a buffer it makes without being told one.
#[method("_io.RawFile", "blksize($self, /)")]
fn blksize(ip: &Interp, this: &RawFile) -> PyResult<i64> {
    use std::os::unix::fs::MetadataExt;
    this.with(ip, |f| f.metadata().map(|m| m.blksize() as i64))
}

#[method("_io.RawFile", "isatty($self, /)")]
fn isatty(ip: &Interp, this: &RawFile) -> PyResult<bool> {
    use std::io::IsTerminal;
    this.with(ip, |f| Ok(f.is_terminal()))
}

thread_local! {
    /// What was read of descriptor 0 and not yet taken: `input()` and `sys.stdin` share it.
    static STDIN: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Reads what descriptor 0 has next into `STDIN` (other threads run until it is ready):
/// false at its end. No borrow is held while the thread waits.
fn stdin_fill(ip: &Interp) -> PyResult<bool> {
    crate::threads::wait_ready(ip, 0, false, None);
    let mut chunk = [0u8; 8192];
    loop {
        // SAFETY: reading into a live buffer of its length.
        let n = unsafe { libc::read(0, chunk.as_mut_ptr().cast(), chunk.len()) };
        if n >= 0 {
            STDIN.with(|b| b.borrow_mut().extend_from_slice(&chunk[..n as usize]));
            return Ok(n > 0);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(os_error(ip, &e, None));
        }
        crate::signals::poll(ip)?;
    }
}

/// Takes the first `n` bytes of `STDIN`.
fn stdin_take(n: usize) -> Vec<u8> {
    STDIN.with(|b| b.borrow_mut().drain(..n).collect())
}

/// The next line of descriptor 0 with its b'\n' (at most `size` bytes when `size` is not
/// negative), b'' at the end.
pub fn stdin_line(ip: &Interp, size: i64) -> PyResult<Vec<u8>> {
    let room = usize::try_from(size).unwrap_or(usize::MAX);
    let mut scanned = 0;
    loop {
        let (len, nl) = STDIN.with(|b| {
            let b = b.borrow();
            // Another thread may have taken bytes while this one waited.
            let from = scanned.min(b.len());
            let nl = b[from..].iter().position(|&c| c == b'\n');
            (b.len(), nl.map(|i| from + i + 1))
        });
        if let Some(end) = nl {
            return Ok(stdin_take(end.min(room)));
        }
        if len >= room || !stdin_fill(ip)? {
            return Ok(stdin_take(len.min(room)));
        }
        scanned = len;
    }
}

/// `_io.stdin_read(size)`: up to `size` bytes of descriptor 0 (one read: fewer when fewer
/// are there yet), or all of it when `size` is negative.
#[function(_io, "stdin_read(size, /)")]
fn stdin_read(ip: &Interp, size: i64) -> PyResult<Value> {
    let len = STDIN.with(|b| b.borrow().len());
    if size < 0 {
        while stdin_fill(ip)? {}
    } else if len == 0 && size > 0 {
        stdin_fill(ip)?;
    }
    let len = STDIN.with(|b| b.borrow().len());
    let n = usize::try_from(size).map_or(len, |s| s.min(len));
    Ok(Value::bytes_from_vec(stdin_take(n)))
}

/// `_io.stdin_readline(size)`: the next line of descriptor 0 with its b'\n' (at most `size`
/// bytes when `size` is not negative), b'' at the end.
#[function(_io, "stdin_readline(size, /)")]
fn stdin_readline(ip: &Interp, size: i64) -> PyResult<Value> {
    Ok(Value::bytes_from_vec(stdin_line(ip, size)?))
}

#[function(_io, "stdin_isatty()")]
fn stdin_isatty(_ip: &Interp) -> PyResult<bool> {
    use std::io::IsTerminal;
    Ok(std::io::stdin().is_terminal())
}

/// `_io.std_write(fd, data)`: bytes to `sys.stdout.buffer` (fd 1) or `sys.stderr.buffer`.
#[function(_io, "std_write(fd, data, /)")]
fn std_write(ip: &Interp, fd: i64, data: Buf) -> PyResult<i64> {
    if fd == 1 {
        ip.stdout.buffer_write(&data).map_err(|e| ip.os_error(&e))?;
    } else {
        if ip.stdout.is_terminal() {
            ip.flush_out();
        }
        let _ = std::io::stderr().write_all(&data);
    }
    Ok(data.len() as i64)
}

/// `_io.std_unbuffered()`: whether the standard streams were opened unbuffered (`-u`,
/// `PYTHONUNBUFFERED`), when CPython's `sys.stdout.buffer` is a FileIO.
#[function(_io, "std_unbuffered()")]
fn std_unbuffered(ip: &Interp) -> PyResult<bool> {
    Ok(ip.stdout.mode() == crate::runtime::stdout::Mode::Unbuffered)
}

#[function(_io, "std_flush(fd, /)")]
fn std_flush(ip: &Interp, fd: i64) -> PyResult<()> {
    if fd == 1 {
        ip.stdout.buffer_flush().map_err(|e| ip.os_error(&e))?;
    }
    Ok(())
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

/// `_io`'s classes are written in `io` (Python), which puts them here when it runs: a program
/// importing `_io` first gets `io` run now (when `io` imports `_io`, it is running already).
pub fn init(ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    let io = intern("io");
    if !ip.modules.borrow().contains_key(&io) {
        crate::runtime::modules::import_dotted(ip, "io")?;
    }
    Ok(())
}

crate::native_module!("_io", init);
crate::python_module!("io", "io.py");
