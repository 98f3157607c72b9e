//! `_pwdgrp`: the system's user and group databases, read through the C library (so NSS
//! sources count, as in CPython). `pwd` and `grp` (Python, in `src/lib_py/`) wrap the raw
//! entries in their struct types and raise CPython's KeyErrors.

use std::ffi::{CStr, CString};

use corun_macros::function;

use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;

fn text(p: *const libc::c_char) -> Value {
    if p.is_null() {
        return Value::str("");
    }
    // SAFETY: the C library hands back NUL-terminated strings that live in our buffer.
    let s = unsafe { CStr::from_ptr(p) };
    Value::string(s.to_string_lossy().into_owned())
}

/// The seven fields of a passwd entry.
fn passwd_tuple(p: &libc::passwd) -> Value {
    Value::tuple(vec![
        text(p.pw_name),
        text(p.pw_passwd),
        Value::Int(p.pw_uid as i64),
        Value::Int(p.pw_gid as i64),
        text(p.pw_gecos),
        text(p.pw_dir),
        text(p.pw_shell),
    ])
}

/// The four fields of a group entry (members as a list).
fn group_tuple(g: &libc::group) -> Value {
    let mut members = Vec::new();
    let mut p = g.gr_mem;
    // SAFETY: gr_mem is a NULL-terminated array of C strings.
    unsafe {
        while !p.is_null() && !(*p).is_null() {
            members.push(text(*p));
            p = p.add(1);
        }
    }
    Value::tuple(vec![
        text(g.gr_name),
        text(g.gr_passwd),
        Value::Int(g.gr_gid as i64),
        Value::list(members),
    ])
}

/// Runs a reentrant lookup with a buffer that grows until the entry fits; None when there is
/// no such entry.
fn lookup<T, F>(ip: &Interp, mut call: F, make: fn(&T) -> Value) -> PyResult<Option<Value>>
where
    F: FnMut(*mut T, *mut libc::c_char, usize, *mut *mut T) -> libc::c_int,
{
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0 as libc::c_char; size];
        let mut entry = std::mem::MaybeUninit::<T>::uninit();
        let mut result: *mut T = std::ptr::null_mut();
        let rc = call(entry.as_mut_ptr(), buf.as_mut_ptr(), size, &mut result);
        if rc == libc::ERANGE && size < (1 << 24) {
            size *= 4;
            continue;
        }
        if result.is_null() {
            return Ok(None);
        }
        if rc != 0 {
            return Err(ip.err(
                ExcKind::OSError,
                std::io::Error::from_raw_os_error(rc).to_string(),
            ));
        }
        // SAFETY: a non-null result points at the filled entry, whose strings live in `buf`.
        return Ok(Some(make(unsafe { &*result })));
    }
}

fn c_name(ip: &Interp, name: &str) -> PyResult<CString> {
    CString::new(name).map_err(|_| ip.err(ExcKind::ValueError, "embedded null byte"))
}

#[function(_pwdgrp, "getpwnam(name, /)")]
fn getpwnam(ip: &Interp, name: &str) -> PyResult<Value> {
    let n = c_name(ip, name)?;
    let r = lookup(
        ip,
        // SAFETY: every pointer is valid for the call and `size` is the buffer's length.
        |e, b, s, r| unsafe { libc::getpwnam_r(n.as_ptr(), e, b, s, r) },
        passwd_tuple,
    )?;
    Ok(r.unwrap_or(Value::None))
}

#[function(_pwdgrp, "getpwuid(uid, /)")]
fn getpwuid(ip: &Interp, uid: i64) -> PyResult<Value> {
    let Ok(u) = libc::uid_t::try_from(uid) else {
        return Ok(Value::None);
    };
    let r = lookup(
        ip,
        // SAFETY: as in getpwnam.
        |e, b, s, r| unsafe { libc::getpwuid_r(u, e, b, s, r) },
        passwd_tuple,
    )?;
    Ok(r.unwrap_or(Value::None))
}

#[function(_pwdgrp, "getgrnam(name, /)")]
fn getgrnam(ip: &Interp, name: &str) -> PyResult<Value> {
    let n = c_name(ip, name)?;
    let r = lookup(
        ip,
        // SAFETY: as in getpwnam.
        |e, b, s, r| unsafe { libc::getgrnam_r(n.as_ptr(), e, b, s, r) },
        group_tuple,
    )?;
    Ok(r.unwrap_or(Value::None))
}

#[function(_pwdgrp, "getgrgid(gid, /)")]
fn getgrgid(ip: &Interp, gid: i64) -> PyResult<Value> {
    let Ok(g) = libc::gid_t::try_from(gid) else {
        return Ok(Value::None);
    };
    let r = lookup(
        ip,
        // SAFETY: as in getpwnam.
        |e, b, s, r| unsafe { libc::getgrgid_r(g, e, b, s, r) },
        group_tuple,
    )?;
    Ok(r.unwrap_or(Value::None))
}

#[function(_pwdgrp, "getpwall()")]
fn getpwall(_ip: &Interp) -> PyResult<Value> {
    let mut out = Vec::new();
    // SAFETY: the enumeration functions are used from this one thread, start to end.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            out.push(passwd_tuple(&*p));
        }
        libc::endpwent();
    }
    Ok(Value::list(out))
}

#[function(_pwdgrp, "getgrall()")]
fn getgrall(_ip: &Interp) -> PyResult<Value> {
    let mut out = Vec::new();
    // SAFETY: as in getpwall.
    unsafe {
        libc::setgrent();
        loop {
            let g = libc::getgrent();
            if g.is_null() {
                break;
            }
            out.push(group_tuple(&*g));
        }
        libc::endgrent();
    }
    Ok(Value::list(out))
}

fn init(_ip: &Interp, _m: &std::rc::Rc<crate::runtime::object::ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_pwdgrp", init);
crate::python_module!("pwd", "pwd.py");
crate::python_module!("grp", "grp.py");
