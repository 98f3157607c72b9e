//! `_platform`: what the system says about itself (uname(2)), under the `platform` module
//! (`src/lib_py/platform.py`, which lays it out as CPython's `platform` does).

use std::ffi::CStr;
use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

/// `uname()`: (system, node, release, version, machine) as uname(2) gives them.
#[function(_platform, "uname()")]
fn uname(ip: &Interp) -> PyResult<Value> {
    // SAFETY: uname fills a zeroed struct with NUL-terminated fields.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(super::io::os_error(ip, &e, None));
    }
    let field = |f: &[libc::c_char]| {
        // SAFETY: the field is NUL-terminated within its array (uname's contract).
        let s = unsafe { CStr::from_ptr(f.as_ptr()) };
        Value::string(s.to_string_lossy().into_owned())
    };
    Ok(Value::tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

/// `libc_ver()`: the C library corun was built against and its version, as the system's
/// `gnu_get_libc_version` reports it (empty strings elsewhere).
#[function(_platform, "libc_ver()")]
fn libc_ver(_ip: &Interp) -> PyResult<Value> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn gnu_get_libc_version() -> *const libc::c_char;
        }
        // SAFETY: glibc returns a static NUL-terminated string.
        let v = unsafe { CStr::from_ptr(gnu_get_libc_version()) };
        Ok(Value::tuple(vec![
            Value::str("glibc"),
            Value::string(v.to_string_lossy().into_owned()),
        ]))
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    Ok(Value::tuple(vec![Value::str(""), Value::str("")]))
}

fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let bits = (std::mem::size_of::<usize>() * 8).to_string() + "bit";
    m.set(crate::intern::intern("bits"), Value::string(bits));
    Ok(())
}

crate::native_module!("_platform", init);
crate::python_module!("platform", "platform.py");
