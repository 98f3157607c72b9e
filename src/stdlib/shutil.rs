//! `_shutil`: the system calls under `shutil` (`src/lib_py/shutil.py`) that `_os` does not
//! have: copying a file's bytes, permission bits and times, asking what a path is without
//! following a link, a file system's usage, the terminal's size and execute permission.

use std::ffi::CString;
use std::os::unix::fs::MetadataExt;

use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::Value;
use corun_macros::function;

use super::io::os_error;

fn c_path(path: &str) -> CString {
    CString::new(path).unwrap_or_default()
}

/// Copies the bytes of `src` into `dst` (made or truncated), nothing else.
#[function(_shutil, "copyfile(src, dst, /)")]
fn copyfile(ip: &Interp, src: &str, dst: &str) -> PyResult<()> {
    let mut from = std::fs::File::open(src).map_err(|e| os_error(ip, &e, Some(src)))?;
    // A directory opens for reading on Linux; Python's open refuses it before making `dst`.
    if from.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(os_error(ip, &e, Some(src)));
    }
    let mut to = std::fs::File::create(dst).map_err(|e| os_error(ip, &e, Some(dst)))?;
    std::io::copy(&mut from, &mut to).map_err(|e| os_error(ip, &e, Some(dst)))?;
    Ok(())
}

/// Gives `dst` the permission bits of `src`.
#[function(_shutil, "copymode(src, dst, /)")]
fn copymode(ip: &Interp, src: &str, dst: &str) -> PyResult<()> {
    let m = std::fs::metadata(src).map_err(|e| os_error(ip, &e, Some(src)))?;
    std::fs::set_permissions(dst, m.permissions()).map_err(|e| os_error(ip, &e, Some(dst)))
}

/// Gives `dst` the access and modification times of `src`.
#[function(_shutil, "copytimes(src, dst, /)")]
fn copytimes(ip: &Interp, src: &str, dst: &str) -> PyResult<()> {
    let m = std::fs::metadata(src).map_err(|e| os_error(ip, &e, Some(src)))?;
    let times = [
        libc::timespec {
            tv_sec: m.atime() as libc::time_t,
            tv_nsec: m.atime_nsec() as libc::c_long,
        },
        libc::timespec {
            tv_sec: m.mtime() as libc::time_t,
            tv_nsec: m.mtime_nsec() as libc::c_long,
        },
    ];
    let p = c_path(dst);
    // SAFETY: `p` is a NUL-terminated path and `times` two initialised timespecs.
    if unsafe { libc::utimensat(libc::AT_FDCWD, p.as_ptr(), times.as_ptr(), 0) } != 0 {
        return Err(os_error(ip, &std::io::Error::last_os_error(), Some(dst)));
    }
    Ok(())
}

/// What is at `path` itself, a link not followed: "link", "dir", "file", "other", or None.
#[function(_shutil, "lkind(path, /)")]
fn lkind(_ip: &Interp, path: &str) -> PyResult<Value> {
    Ok(match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Value::str("link"),
        Ok(m) if m.is_dir() => Value::str("dir"),
        Ok(m) if m.is_file() => Value::str("file"),
        Ok(_) => Value::str("other"),
        Err(_) => Value::None,
    })
}

/// `(total, used, free)` bytes of the file system that holds `path`.
#[function(_shutil, "disk_usage(path, /)")]
fn disk_usage(ip: &Interp, path: &str) -> PyResult<Value> {
    let p = c_path(path);
    // SAFETY: statvfs fills the zeroed struct for the NUL-terminated path.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(p.as_ptr(), &mut st) } != 0 {
        return Err(os_error(ip, &std::io::Error::last_os_error(), Some(path)));
    }
    let f = st.f_frsize as i64;
    Ok(Value::tuple(vec![
        Value::Int(st.f_blocks as i64 * f),
        Value::Int((st.f_blocks - st.f_bfree) as i64 * f),
        Value::Int(st.f_bavail as i64 * f),
    ]))
}

/// Whether `a` and `b` are the same file (device and inode); false if either is missing.
#[function(_shutil, "samefile(a, b, /)")]
fn samefile(_ip: &Interp, a: &str, b: &str) -> PyResult<bool> {
    Ok(match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    })
}

/// Whether this process may execute `path`.
#[function(_shutil, "executable(path, /)")]
fn executable(_ip: &Interp, path: &str) -> PyResult<bool> {
    let p = c_path(path);
    // SAFETY: access only reads the NUL-terminated path.
    Ok(unsafe { libc::access(p.as_ptr(), libc::X_OK) } == 0)
}

pub fn init(_ip: &Interp, m: &std::rc::Rc<crate::runtime::object::ModuleObj>) -> PyResult<()> {
    super::add_declared(m, "_shutil");
    Ok(())
}

crate::native_module!("_shutil", init);
crate::python_module!("shutil", "shutil.py");
