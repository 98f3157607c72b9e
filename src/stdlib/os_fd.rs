//! The file-descriptor calls of `_os` (`os.open`, `read`, `write`, `close`, `pipe`, `dup`,
//! `lseek`, `fstat`): thin wrappers of the system calls, with CPython's OSErrors. Descriptors
//! corun makes are not inherited by child processes, as CPython's are not (PEP 446).

use std::ffi::CString;

use crate::eval::Interp;
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use corun_macros::function;

use super::io::os_error;

fn last_error(ip: &Interp, path: Option<&str>) -> crate::runtime::exceptions::Exc {
    os_error(ip, &std::io::Error::last_os_error(), path)
}

fn fd_arg(ip: &Interp, fd: i64) -> PyResult<i32> {
    i32::try_from(fd).map_err(|_| {
        ip.err(
            ExcKind::OverflowError,
            // A descriptor is converted as a C int, whatever its sign.
            "Python int too large to convert to C int",
        )
    })
}

#[function(_os, "open(path, flags, mode=511, *, dir_fd=None)")]
fn open(ip: &Interp, path: &str, flags: i64, mode: i64, dir_fd: Option<&Value>) -> PyResult<i64> {
    if !matches!(dir_fd, None | Some(Value::None)) {
        return Err(crate::eval::sync::not_yet(ip, "os.open with dir_fd"));
    }
    let c = CString::new(path).map_err(|_| ip.err(ExcKind::ValueError, "embedded null byte"))?;
    let flags = fd_arg(ip, flags)? | libc::O_CLOEXEC;
    // SAFETY: a NUL-terminated path; open(2) reads it and returns a new descriptor or -1.
    let fd = unsafe { libc::open(c.as_ptr(), flags, mode as libc::c_uint) };
    if fd < 0 {
        return Err(last_error(ip, Some(path)));
    }
    Ok(fd as i64)
}

#[function(_os, "read(fd, length, /)")]
fn read(ip: &Interp, fd: i64, length: i64) -> PyResult<Value> {
    let fd = fd_arg(ip, fd)?;
    if length < 0 {
        return Err(ip.os_error(&std::io::Error::from_raw_os_error(libc::EINVAL)));
    }
    let mut buf = vec![0u8; length as usize];
    crate::threads::wait_ready(ip, fd, false, None);
    // SAFETY: the buffer holds `length` writable bytes.
    let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(last_error(ip, None));
    }
    buf.truncate(n as usize);
    Ok(Value::bytes_from_vec(buf))
}

#[function(_os, "write(fd, data, /)")]
fn write(ip: &Interp, fd: i64, data: Buf) -> PyResult<i64> {
    let fd = fd_arg(ip, fd)?;
    crate::threads::wait_ready(ip, fd, true, None);
    // SAFETY: `data` is a live buffer of its length.
    let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if n < 0 {
        return Err(last_error(ip, None));
    }
    Ok(n as i64)
}

#[function(_os, "close(fd)")]
fn close(ip: &Interp, fd: i64) -> PyResult<()> {
    let fd = fd_arg(ip, fd)?;
    // SAFETY: closing a descriptor number; a bad one is EBADF.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_error(ip, None));
    }
    Ok(())
}

#[function(_os, "pipe()")]
fn pipe(ip: &Interp) -> PyResult<Value> {
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 fills the two-element array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_error(ip, None));
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

#[function(_os, "dup(fd, /)")]
fn dup(ip: &Interp, fd: i64) -> PyResult<i64> {
    let fd = fd_arg(ip, fd)?;
    // SAFETY: duplicating a descriptor number; a bad one is EBADF.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(last_error(ip, None));
    }
    Ok(new as i64)
}

#[function(_os, "dup2(fd, fd2, inheritable=True)")]
fn dup2(ip: &Interp, fd: i64, fd2: i64, inheritable: bool) -> PyResult<i64> {
    let (fd, fd2) = (fd_arg(ip, fd)?, fd_arg(ip, fd2)?);
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: as `dup`.
    let r = if fd == fd2 {
        unsafe { libc::fcntl(fd, libc::F_GETFD) }
    } else {
        unsafe { libc::dup3(fd, fd2, flags) }
    };
    if r < 0 {
        return Err(last_error(ip, None));
    }
    Ok(fd2 as i64)
}

/// A descriptor's flags of one kind (`F_GETFL` or `F_GETFD`), or the OSError.
fn fd_flags(ip: &Interp, fd: i64, get: libc::c_int) -> PyResult<(i32, libc::c_int)> {
    let fd = fd_arg(ip, fd)?;
    // SAFETY: reading a descriptor's flags; a bad descriptor is EBADF.
    let flags = unsafe { libc::fcntl(fd, get) };
    if flags < 0 {
        return Err(last_error(ip, None));
    }
    Ok((fd, flags))
}

/// Sets or clears `bit` in a descriptor's flags of one kind (`F_SETFL` or `F_SETFD`).
fn set_fd_flag(
    ip: &Interp,
    fd: i64,
    kind: (libc::c_int, libc::c_int),
    bit: libc::c_int,
    on: bool,
) -> PyResult<()> {
    let (fd, flags) = fd_flags(ip, fd, kind.0)?;
    let new = if on { flags | bit } else { flags & !bit };
    // SAFETY: as above; only the one flag changes.
    if new != flags && unsafe { libc::fcntl(fd, kind.1, new) } < 0 {
        return Err(last_error(ip, None));
    }
    Ok(())
}

/// `os.get_blocking(fd)`: false when the descriptor has O_NONBLOCK set.
#[function(_os, "get_blocking(fd, /)")]
fn get_blocking(ip: &Interp, fd: i64) -> PyResult<bool> {
    Ok(fd_flags(ip, fd, libc::F_GETFL)?.1 & libc::O_NONBLOCK == 0)
}

/// `os.set_blocking(fd, blocking)`: clears or sets O_NONBLOCK.
#[function(_os, "set_blocking(fd, blocking, /)")]
fn set_blocking(ip: &Interp, fd: i64, blocking: bool) -> PyResult<()> {
    set_fd_flag(
        ip,
        fd,
        (libc::F_GETFL, libc::F_SETFL),
        libc::O_NONBLOCK,
        !blocking,
    )
}

/// `os.get_inheritable(fd)`: whether a child process inherits the descriptor (no FD_CLOEXEC).
#[function(_os, "get_inheritable(fd, /)")]
fn get_inheritable(ip: &Interp, fd: i64) -> PyResult<bool> {
    Ok(fd_flags(ip, fd, libc::F_GETFD)?.1 & libc::FD_CLOEXEC == 0)
}

/// `os.set_inheritable(fd, inheritable)`.
#[function(_os, "set_inheritable(fd, inheritable, /)")]
fn set_inheritable(ip: &Interp, fd: i64, inheritable: bool) -> PyResult<()> {
    set_fd_flag(
        ip,
        fd,
        (libc::F_GETFD, libc::F_SETFD),
        libc::FD_CLOEXEC,
        !inheritable,
    )
}

#[function(_os, "lseek(fd, position, whence, /)")]
fn lseek(ip: &Interp, fd: i64, position: i64, whence: i64) -> PyResult<i64> {
    let fd = fd_arg(ip, fd)?;
    // SAFETY: moving a descriptor's offset; bad arguments are errors.
    let r = unsafe { libc::lseek(fd, position, whence as i32) };
    if r < 0 {
        return Err(last_error(ip, None));
    }
    Ok(r)
}

/// The fields of `os.stat_result` for an open descriptor (see `os::stat_fields`).
#[function(_os, "fstat(fd)")]
fn fstat(ip: &Interp, fd: i64) -> PyResult<Value> {
    let fd = fd_arg(ip, fd)?;
    // The descriptor stays the caller's: the File made for asking is never closed.
    // SAFETY: fd is a descriptor number; ManuallyDrop keeps it open.
    let f = std::mem::ManuallyDrop::new(unsafe {
        <std::fs::File as std::os::unix::io::FromRawFd>::from_raw_fd(fd)
    });
    let m = f.metadata().map_err(|e| os_error(ip, &e, None))?;
    Ok(super::os::stat_fields(&m))
}

/// The `O_*` flags of `open`, by name.
pub const FLAGS: &[(&str, i32)] = &[
    ("O_RDONLY", libc::O_RDONLY),
    ("O_WRONLY", libc::O_WRONLY),
    ("O_RDWR", libc::O_RDWR),
    ("O_APPEND", libc::O_APPEND),
    ("O_CREAT", libc::O_CREAT),
    ("O_EXCL", libc::O_EXCL),
    ("O_TRUNC", libc::O_TRUNC),
    ("O_NONBLOCK", libc::O_NONBLOCK),
    ("O_NDELAY", libc::O_NDELAY),
    ("O_SYNC", libc::O_SYNC),
    ("O_DSYNC", libc::O_DSYNC),
    ("O_NOCTTY", libc::O_NOCTTY),
    ("O_CLOEXEC", libc::O_CLOEXEC),
    ("O_DIRECTORY", libc::O_DIRECTORY),
    ("O_NOFOLLOW", libc::O_NOFOLLOW),
    ("O_ACCMODE", libc::O_ACCMODE),
    ("O_NOATIME", libc::O_NOATIME),
    ("O_PATH", libc::O_PATH),
    ("O_TMPFILE", libc::O_TMPFILE),
    ("O_LARGEFILE", libc::O_LARGEFILE),
    ("O_ASYNC", libc::O_ASYNC),
    ("O_DIRECT", libc::O_DIRECT),
    ("O_RSYNC", libc::O_RSYNC),
];
