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
fn chdir(ip: &Interp, path: &str) -> PyResult<()> {
    std::env::set_current_dir(path).map_err(|e| os_error(ip, &e, Some(path)))
}

/// The names in a folder, in the order the system gives them (as CPython's `listdir`).
#[function(_os, "listdir(path)")]
fn listdir(ip: &Interp, path: &str) -> PyResult<Value> {
    let rd = std::fs::read_dir(path).map_err(|e| os_error(ip, &e, Some(path)))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(ip, &e, Some(path)))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

#[function(_os, "mkdir(path, mode)")]
fn mkdir(ip: &Interp, path: &str, mode: i64) -> PyResult<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(path)
        .map_err(|e| os_error(ip, &e, Some(path)))
}

#[function(_os, "rmdir(path)")]
fn rmdir(ip: &Interp, path: &str) -> PyResult<()> {
    std::fs::remove_dir(path).map_err(|e| os_error(ip, &e, Some(path)))
}

#[function(_os, "remove(path)")]
fn remove(ip: &Interp, path: &str) -> PyResult<()> {
    // unlink(2) on a folder fails with EISDIR on Linux, as CPython reports it.
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(ip, &e, Some(path)));
    }
    std::fs::remove_file(path).map_err(|e| os_error(ip, &e, Some(path)))
}

#[function(_os, "unlink(path)")]
fn unlink(ip: &Interp, path: &str) -> PyResult<()> {
    remove(ip, path)
}

#[function(_os, "rename(src, dst)")]
fn rename(ip: &Interp, src: &str, dst: &str) -> PyResult<()> {
    std::fs::rename(src, dst).map_err(|e| {
        // CPython names both paths: `[Errno 2] No such file or directory: 'a' -> 'b'`.
        let exc = os_error(ip, &e, Some(src));
        exc.0
            .attrs
            .set(crate::intern::intern("filename2"), Value::str(dst));
        exc
    })
}

/// What is at `path`: "file", "dir", "other", or None when nothing is (links followed).
#[function(_os, "kind(path)")]
fn kind(_ip: &Interp, path: &str) -> PyResult<Value> {
    Ok(match std::fs::metadata(path) {
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
fn readlink(ip: &Interp, path: &str) -> PyResult<Value> {
    let t = std::fs::read_link(path).map_err(|e| os_error(ip, &e, Some(path)))?;
    Ok(Value::string(t.to_string_lossy().into_owned()))
}

/// `islink(path)`: whether `path` is a symbolic link (False when it does not exist).
#[function(_os, "islink(path)")]
fn islink(_ip: &Interp, path: &str) -> PyResult<bool> {
    Ok(std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()))
}

/// `(size, mtime, mode)` of what is at `path`.
#[function(_os, "stat(path)")]
fn stat(ip: &Interp, path: &str) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).map_err(|e| os_error(ip, &e, Some(path)))?;
    let mtime = m.mtime() as f64 + m.mtime_nsec() as f64 / 1e9;
    Ok(Value::tuple(vec![
        Value::Int(m.size() as i64),
        Value::float(mtime),
        Value::Int(m.mode() as i64),
    ]))
}

#[function(_os, "getpid()")]
fn getpid(_ip: &Interp) -> PyResult<i64> {
    Ok(std::process::id() as i64)
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
            return Err(os_error(ip, &e, None));
        }
        filled += n as usize;
    }
    Ok(Value::bytes_from_vec(buf))
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
