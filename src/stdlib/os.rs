//! `_os`: the system calls under the `os` module (`src/lib_py/os.py`, which adds `environ`,
//! `makedirs`, `walk` and `os.path` in Python). Failures are CPython's OSErrors, made by
//! `io::os_error`.

use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

use super::io::os_error;

/// A path argument as CPython's `path_t` converter takes it: a str, bytes, or an object
/// whose `__fspath__` gives one of them. The str's lone surrogates (`surrogateescape`)
/// become the bytes they stand for; `shown` is what an OSError names as its `filename`.
pub struct FsPath {
    pub os: std::ffi::OsString,
    pub shown: Value,
    pub is_bytes: bool,
}

impl FsPath {
    fn from_value(v: &Value) -> Option<FsPath> {
        use std::os::unix::ffi::OsStringExt;
        match crate::eval::classes::value_base(v) {
            Value::Str(s) => Some(FsPath {
                os: crate::surrogates::to_os(&s.s),
                shown: Value::Str(s.clone()),
                is_bytes: false,
            }),
            Value::Bytes(b) => Some(FsPath {
                os: std::ffi::OsString::from_vec(b.b.to_vec()),
                shown: Value::Bytes(b.clone()),
                is_bytes: true,
            }),
            _ => None,
        }
    }

    pub fn path(&self) -> &std::path::Path {
        std::path::Path::new(&self.os)
    }

    /// The OSError of a call on this path.
    pub fn error(&self, ip: &Interp, e: &std::io::Error) -> crate::runtime::exceptions::Exc {
        let exc = os_error(ip, e, None);
        exc.0
            .attrs
            .set(crate::intern::intern("filename"), self.shown.clone());
        exc
    }

    /// A name the system gave, as this path's kind: bytes for a bytes path, else a str
    /// (undecodable bytes as lone surrogates).
    pub fn same_kind(&self, name: std::ffi::OsString) -> Value {
        use std::os::unix::ffi::OsStringExt;
        if self.is_bytes {
            Value::bytes(&name.into_vec())
        } else {
            Value::string(crate::surrogates::from_os(name))
        }
    }
}

impl<'a> crate::runtime::bind::FromArg<'a> for FsPath {
    fn from_arg(ip: &Interp, v: &'a Value, at: crate::runtime::bind::At) -> PyResult<Self> {
        if let Some(p) = FsPath::from_value(v) {
            return Ok(p);
        }
        let fspath = crate::intern::intern("__fspath__");
        let bad = || {
            ip.type_error::<FsPath>(format!(
                "{}: path should be string, bytes or os.PathLike, not {}",
                at.sig.name,
                crate::eval::ops::type_name(ip, v)
            ))
        };
        let Some(m) = crate::eval::ops::type_of(ip, v).lookup(fspath) else {
            return bad();
        };
        let r = crate::eval::classes::call_method(ip, v, &m, &[])?;
        match FsPath::from_value(&r) {
            Some(mut p) => {
                p.shown = r;
                Ok(p)
            }
            None => ip.type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                crate::eval::ops::type_name(ip, v),
                crate::eval::ops::type_name(ip, &r)
            )),
        }
    }
}

#[function(_os, "getcwd()")]
fn getcwd(ip: &Interp) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| os_error(ip, &e, None))?;
    Ok(Value::string(d.to_string_lossy().into_owned()))
}

/// `realpath(path)`: the absolute path with every symbolic link of it followed and `.`/`..`
/// resolved, as CPython's non-strict `os.path.realpath`: the part that does not exist is
/// kept as written (normalised).
#[function(_os, "realpath(path)")]
fn realpath(ip: &Interp, path: &str) -> PyResult<Value> {
    use std::path::{Component, PathBuf};
    let mut todo: Vec<std::ffi::OsString> = Vec::new();
    let start = if path.starts_with('/') {
        PathBuf::from(path)
    } else {
        std::env::current_dir()
            .map_err(|e| os_error(ip, &e, None))?
            .join(path)
    };
    // Components still to walk, last first.
    let push_all = |todo: &mut Vec<std::ffi::OsString>, p: &std::path::Path| {
        let comps: Vec<_> = p.components().collect();
        for c in comps.into_iter().rev() {
            match c {
                Component::Normal(n) => todo.push(n.to_os_string()),
                Component::ParentDir => todo.push("..".into()),
                _ => {}
            }
        }
    };
    push_all(&mut todo, &start);
    let mut resolved = PathBuf::from("/");
    let mut links = 0;
    while let Some(c) = todo.pop() {
        if c == ".." {
            resolved.pop();
            continue;
        }
        let next = resolved.join(&c);
        match std::fs::read_link(&next) {
            // A loop of links is left where it stands, as CPython's non-strict form does.
            Ok(target) if links < 40 => {
                links += 1;
                if target.is_absolute() {
                    resolved = PathBuf::from("/");
                }
                push_all(&mut todo, &target);
            }
            _ => resolved = next,
        }
    }
    Ok(Value::string(resolved.to_string_lossy().into_owned()))
}

#[function(_os, "chdir(path)")]
fn chdir(ip: &Interp, path: FsPath) -> PyResult<()> {
    std::env::set_current_dir(path.path()).map_err(|e| path.error(ip, &e))
}

/// The names in a folder, in the order the system gives them (as CPython's `listdir`).
#[function(_os, "listdir(path)")]
fn listdir(ip: &Interp, path: FsPath) -> PyResult<Value> {
    let rd = std::fs::read_dir(path.path()).map_err(|e| path.error(ip, &e))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| path.error(ip, &e))?;
        names.push(path.same_kind(entry.file_name()));
    }
    Ok(Value::list(names))
}

#[function(_os, "mkdir(path, mode)")]
fn mkdir(ip: &Interp, path: FsPath, mode: i64) -> PyResult<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(path.path())
        .map_err(|e| path.error(ip, &e))
}

#[function(_os, "rmdir(path)")]
fn rmdir(ip: &Interp, path: FsPath) -> PyResult<()> {
    std::fs::remove_dir(path.path()).map_err(|e| path.error(ip, &e))
}

#[function(_os, "remove(path)")]
fn remove(ip: &Interp, path: FsPath) -> PyResult<()> {
    // unlink(2) on a folder fails with EISDIR on Linux, as CPython reports it.
    if std::fs::symlink_metadata(path.path()).is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(path.error(ip, &e));
    }
    std::fs::remove_file(path.path()).map_err(|e| path.error(ip, &e))
}

#[function(_os, "unlink(path)")]
fn unlink(ip: &Interp, path: FsPath) -> PyResult<()> {
    remove(ip, path)
}

#[function(_os, "rename(src, dst)")]
fn rename(ip: &Interp, src: FsPath, dst: FsPath) -> PyResult<()> {
    std::fs::rename(src.path(), dst.path()).map_err(|e| {
        // CPython names both paths: `[Errno 2] No such file or directory: 'a' -> 'b'`.
        let exc = src.error(ip, &e);
        exc.0
            .attrs
            .set(crate::intern::intern("filename2"), dst.shown.clone());
        exc
    })
}

/// What is at `path`: "file", "dir", "other", or None when nothing is (links followed).
#[function(_os, "kind(path)")]
fn kind(_ip: &Interp, path: FsPath) -> PyResult<Value> {
    Ok(match std::fs::metadata(path.path()) {
        Ok(m) if m.is_file() => Value::str("file"),
        Ok(m) if m.is_dir() => Value::str("dir"),
        Ok(_) => Value::str("other"),
        Err(_) => Value::None,
    })
}

/// `symlink(src, dst)`: a symbolic link at `dst` pointing to `src`.
#[function(_os, "symlink(src, dst, target_is_directory=False)")]
fn symlink(ip: &Interp, src: &str, dst: &str, _target_is_directory: bool) -> PyResult<()> {
    std::os::unix::fs::symlink(src, dst).map_err(|e| {
        let exc = os_error(ip, &e, Some(src));
        exc.0
            .attrs
            .set(crate::intern::intern("filename2"), Value::str(dst));
        exc
    })
}

/// `readlink(path)`: what a symbolic link points to, as written in it.
#[function(_os, "readlink(path)")]
fn readlink(ip: &Interp, path: FsPath) -> PyResult<Value> {
    let t = std::fs::read_link(path.path()).map_err(|e| path.error(ip, &e))?;
    Ok(path.same_kind(t.into_os_string()))
}

/// `islink(path)`: whether `path` is a symbolic link (False when it does not exist).
#[function(_os, "islink(path)")]
fn islink(_ip: &Interp, path: FsPath) -> PyResult<bool> {
    Ok(std::fs::symlink_metadata(path.path()).is_ok_and(|m| m.file_type().is_symlink()))
}

/// The fields of a stat buffer in the order of CPython's `os.stat_result`: the ten sequence
/// fields (whole-second times), then the float times, the nanosecond times, `st_blksize`,
/// `st_blocks` and `st_rdev`.
pub fn stat_fields(m: &impl std::os::unix::fs::MetadataExt) -> Value {
    let secs = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    let nanos =
        |s: i64, ns: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
    let u = |n: u64| Value::from_bigint(num_bigint::BigInt::from(n));
    Value::tuple(vec![
        Value::Int(m.mode() as i64),
        u(m.ino()),
        u(m.dev()),
        u(m.nlink()),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Int(m.atime()),
        Value::Int(m.mtime()),
        Value::Int(m.ctime()),
        secs(m.atime(), m.atime_nsec()),
        secs(m.mtime(), m.mtime_nsec()),
        secs(m.ctime(), m.ctime_nsec()),
        nanos(m.atime(), m.atime_nsec()),
        nanos(m.mtime(), m.mtime_nsec()),
        nanos(m.ctime(), m.ctime_nsec()),
        Value::Int(m.blksize() as i64),
        Value::Int(m.blocks() as i64),
        u(m.rdev()),
    ])
}

/// `stat(path, follow_symlinks)`: the fields `os.stat_result` is made of (see `stat_fields`).
#[function(_os, "stat(path, follow_symlinks=True)")]
fn stat(ip: &Interp, path: FsPath, follow_symlinks: bool) -> PyResult<Value> {
    let m = if follow_symlinks {
        std::fs::metadata(path.path())
    } else {
        std::fs::symlink_metadata(path.path())
    };
    let m = m.map_err(|e| path.error(ip, &e))?;
    Ok(stat_fields(&m))
}

/// The ids and names of the process (`getuid`, `getppid`…), as `(name, value)` pairs.
#[function(_os, "ids()")]
fn ids(_ip: &Interp) -> PyResult<Value> {
    // SAFETY: plain libc calls without arguments.
    let vals = unsafe {
        [
            ("getuid", libc::getuid() as i64),
            ("geteuid", libc::geteuid() as i64),
            ("getgid", libc::getgid() as i64),
            ("getegid", libc::getegid() as i64),
            ("getppid", libc::getppid() as i64),
            ("getpgrp", libc::getpgrp() as i64),
        ]
    };
    Ok(Value::list(
        vals.iter()
            .map(|(n, v)| Value::tuple(vec![Value::str(n), Value::Int(*v)]))
            .collect(),
    ))
}

/// `access(path, mode)`: whether the real user may use `path` as `mode` (F_OK, R_OK…) asks.
#[function(_os, "access(path, mode)")]
fn access(_ip: &Interp, path: &str, mode: i64) -> PyResult<bool> {
    let Ok(c) = std::ffi::CString::new(path) else {
        return Ok(false);
    };
    // SAFETY: access reads a NUL-terminated path.
    Ok(unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0)
}

/// `chmod(path, mode)`.
#[function(_os, "chmod(path, mode)")]
fn chmod(ip: &Interp, path: FsPath, mode: i64) -> PyResult<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path.path(), std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| path.error(ip, &e))
}

/// `umask(mask)`: sets the mask and gives the previous one.
#[function(_os, "umask(mask)")]
fn umask(_ip: &Interp, mask: i64) -> PyResult<i64> {
    // SAFETY: umask cannot fail.
    Ok(unsafe { libc::umask(mask as libc::mode_t) } as i64)
}

/// `strerror(code)`: the system's message for an errno value.
#[function(_os, "strerror(code)")]
fn strerror(_ip: &Interp, code: i64) -> PyResult<Value> {
    let e = std::io::Error::from_raw_os_error(code as i32).to_string();
    // Rust appends " (os error N)"; CPython gives the bare message.
    let msg = match e.rfind(" (os error") {
        Some(i) => &e[..i],
        None => &e,
    };
    Ok(Value::str(msg))
}

/// `isatty(fd)`.
#[function(_os, "isatty(fd)")]
fn isatty(_ip: &Interp, fd: i64) -> PyResult<bool> {
    // SAFETY: isatty only inspects the descriptor.
    Ok(unsafe { libc::isatty(fd as libc::c_int) } == 1)
}

/// `utime(path, times)`: access and modification times in nanoseconds, or now when None.
#[function(_os, "utime(path, ns)")]
fn utime(ip: &Interp, path: &str, ns: &Value) -> PyResult<()> {
    let Ok(c) = std::ffi::CString::new(path) else {
        return ip.type_error("embedded null byte");
    };
    let spec = |v: &Value| -> PyResult<libc::timespec> {
        let n = crate::runtime::numbers::index(ip, v)?;
        let secs = num_integer::Integer::div_floor(&n, &num_bigint::BigInt::from(1_000_000_000));
        let rem = &n - &secs * 1_000_000_000;
        Ok(libc::timespec {
            tv_sec: num_traits::ToPrimitive::to_i64(&secs).unwrap_or(i64::MAX),
            tv_nsec: num_traits::ToPrimitive::to_i64(&rem).unwrap_or(0),
        })
    };
    let times = match ns {
        Value::None => None,
        Value::Tuple(t) if t.items.len() == 2 => Some([spec(&t.items[0])?, spec(&t.items[1])?]),
        _ => return ip.type_error("utime: 'ns' must be a tuple of two ints"),
    };
    let ptr = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: a NUL-terminated path and either null or two timespecs.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) } != 0 {
        return Err(os_error(ip, &std::io::Error::last_os_error(), Some(path)));
    }
    Ok(())
}

/// `scandir(path)`: `(name, kind)` of each entry, kind 'dir', 'file', 'link' or 'other' as the
/// folder listing tells it (not following links).
#[function(_os, "scandir(path)")]
fn scandir(ip: &Interp, path: &str) -> PyResult<Value> {
    let rd = std::fs::read_dir(path).map_err(|e| os_error(ip, &e, Some(path)))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(ip, &e, Some(path)))?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => "link",
            Ok(t) if t.is_dir() => "dir",
            Ok(t) if t.is_file() => "file",
            Ok(_) => "other",
            Err(_) => "unknown",
        };
        use std::os::unix::fs::DirEntryExt;
        out.push(Value::tuple(vec![
            Value::string(entry.file_name().to_string_lossy().into_owned()),
            Value::str(kind),
            Value::from_bigint(num_bigint::BigInt::from(entry.ino())),
        ]));
    }
    Ok(Value::list(out))
}

#[function(_os, "getpid()")]
fn getpid(_ip: &Interp) -> PyResult<i64> {
    Ok(std::process::id() as i64)
}

/// `system(command)`: runs `command` in `/bin/sh` and returns its wait status (the exit code
/// times 256, or the number of the signal that ended it), as C's `system` does.
#[function(_os, "system(command)")]
fn system(ip: &Interp, command: &Value) -> PyResult<i64> {
    use std::os::unix::process::ExitStatusExt;
    let command = match command {
        Value::Str(s) => s.s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.b).into_owned(),
        other => {
            return ip.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                crate::eval::ops::type_name(ip, other)
            ))
        }
    };
    match std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(&command)
        .status()
    {
        Ok(status) => Ok(status.into_raw() as i64),
        Err(_) => Ok(-1),
    }
}

/// `_exit(status, /)`: ends the process at once with `status`, as CPython's: no cleanup,
/// no `atexit` functions, and nothing still buffered (files, `sys.stdout`) is written.
#[function(_os, "_exit(status, /)")]
fn _exit(ip: &Interp, status: i64) -> PyResult<()> {
    let Ok(status) = i32::try_from(status) else {
        return Err(ip.err(
            ExcKind::OverflowError,
            "signed integer is greater than maximum",
        ));
    };
    // SAFETY: _exit ends the process without running anything of it.
    unsafe { libc::_exit(status) }
}

/// `kill(pid, signal, /)`: sends a signal; one sent to this process is handled at once.
#[function(_os, "kill(pid, signal, /)")]
fn kill(ip: &Interp, pid: i64, signal: i64) -> PyResult<()> {
    let (Ok(pid), Ok(sig)) = (i32::try_from(pid), i32::try_from(signal)) else {
        return Err(ip.err(
            ExcKind::OverflowError,
            "signed integer is greater than maximum",
        ));
    };
    // SAFETY: kill is a plain libc call.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(ip.os_error(&std::io::Error::last_os_error()));
    }
    if pid == 0 || pid as u32 == std::process::id() {
        return crate::stdlib::signal::sent_to_self(ip, sig);
    }
    crate::signals::poll(ip)
}

/// `waitpid(pid, options, /)`: (pid, status) of a child that ended (or (0, 0) with WNOHANG
/// when none has). Other threads run meanwhile; the wait is woken by the child's change itself.
#[function(_os, "waitpid(pid, options, /)")]
fn waitpid(ip: &Interp, pid: i64, options: i64) -> PyResult<Value> {
    let (Ok(pid), Ok(options)) = (i32::try_from(pid), i32::try_from(options)) else {
        return Err(ip.err(
            ExcKind::OverflowError,
            "signed integer is greater than maximum",
        ));
    };
    let hang = options & libc::WNOHANG == 0;
    loop {
        let mut status = 0;
        // Without WNOHANG the call is made with it, so that Ctrl-C and the other threads
        // get their turn between tries.
        // SAFETY: waitpid writes the status into a live int.
        let r = unsafe { libc::waitpid(pid, &mut status, options | libc::WNOHANG) };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(ip.os_error(&e));
            }
        } else if r > 0 || !hang {
            return Ok(Value::tuple(vec![
                Value::Int(r as i64),
                Value::Int(status as i64),
            ]));
        }
        crate::signals::poll(ip)?;
        // Woken by the change of the child itself, with other threads running meanwhile.
        crate::stdlib::subprocess::wait_child(ip, pid as i64, options)?;
    }
}

#[function(_os, "cpu_count()")]
fn cpu_count(_ip: &Interp) -> PyResult<Value> {
    Ok(std::thread::available_parallelism()
        .map(|n| Value::Int(n.get() as i64))
        .unwrap_or(Value::None))
}

/// The environment as `(name, value)` pairs, read once when `os` is imported.
#[function(_os, "environ_items()")]
fn environ_items(_ip: &Interp) -> PyResult<Value> {
    let items = std::env::vars_os()
        .map(|(k, v)| {
            Value::tuple(vec![
                Value::string(k.to_string_lossy().into_owned()),
                Value::string(v.to_string_lossy().into_owned()),
            ])
        })
        .collect();
    Ok(Value::list(items))
}

#[function(_os, "putenv(name, value)")]
fn putenv(ip: &Interp, name: &str, value: &str) -> PyResult<()> {
    if name.is_empty() || name.contains('=') {
        return Err(ip.err(ExcKind::ValueError, "illegal environment variable name"));
    }
    if name.contains('\0') || value.contains('\0') {
        return Err(ip.err(ExcKind::ValueError, "embedded null byte"));
    }
    // SAFETY: corun runs Python code on one thread; nothing reads the environment at the same
    // time.
    unsafe { std::env::set_var(name, value) };
    Ok(())
}

#[function(_os, "unsetenv(name)")]
fn unsetenv(_ip: &Interp, name: &str) -> PyResult<()> {
    if !name.is_empty() && !name.contains('=') && !name.contains('\0') {
        // SAFETY: as in `putenv`.
        unsafe { std::env::remove_var(name) };
    }
    Ok(())
}

/// `(columns, lines)` of the terminal on descriptor `fd`; `os.get_terminal_size` wraps it.
#[function(_os, "get_terminal_size(fd)")]
fn get_terminal_size(ip: &Interp, fd: i64) -> PyResult<Value> {
    let fd = i32::try_from(fd).map_err(|_| ip.err(ExcKind::OverflowError, "fd is too large"))?;
    // SAFETY: TIOCGWINSZ only writes a `winsize` into the struct it is given.
    let (ok, size) = unsafe {
        let mut size: libc::winsize = std::mem::zeroed();
        (libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) == 0, size)
    };
    if !ok {
        return Err(os_error(ip, &std::io::Error::last_os_error(), None));
    }
    Ok(Value::tuple(vec![
        Value::Int(i64::from(size.ws_col)),
        Value::Int(i64::from(size.ws_row)),
    ]))
}

/// `urandom(size)`: bytes from the system's random source (getrandom(2)).
#[function(_os, "urandom(size, /)")]
fn urandom(ip: &Interp, size: i64) -> PyResult<Value> {
    if size < 0 {
        return Err(ip.err(ExcKind::ValueError, "negative argument not allowed"));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(size as usize).is_err() {
        return Err(ip.err(ExcKind::MemoryError, ""));
    }
    buf.resize(size as usize, 0u8);
    fill_random(&mut buf).map_err(|e| os_error(ip, &e, None))?;
    Ok(Value::bytes_from_vec(buf))
}

/// Fills `buf` from the system's random source (getrandom(2)), as `os.urandom` does.
pub fn fill_random(buf: &mut [u8]) -> std::io::Result<()> {
    let mut filled = 0;
    while filled < buf.len() {
        let rest = &mut buf[filled..];
        // SAFETY: the pointer and length describe the unfilled part of `buf`.
        let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        filled += n as usize;
    }
    Ok(())
}

pub fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for (name, flag) in super::os_fd::FLAGS {
        m.set(crate::intern::intern(name), Value::Int(*flag as i64));
    }
    Ok(())
}

crate::native_module!("_os", init);
crate::python_module!("os", "os.py");
crate::python_module!("posixpath", "posixpath.py");
crate::python_module!("genericpath", "genericpath.py");
crate::python_module!("stat", "stat.py");
crate::python_module!("sysconfig", "sysconfig.py");
