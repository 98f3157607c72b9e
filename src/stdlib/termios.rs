//! `_termios`: a terminal's attributes through the C library's tcgetattr/tcsetattr, which
//! `getpass` needs to turn echo off. `termios` (Python, in `src/lib_py/`) shapes them into
//! CPython's lists and raises `termios.error`.

use std::rc::Rc;

use corun_macros::function;

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;

/// `(iflag, oflag, cflag, lflag, ispeed, ospeed, cc)`, cc as bytes.
#[function(_termios, "tcgetattr(fd, /)")]
fn tcgetattr(ip: &Interp, fd: i64) -> PyResult<Value> {
    let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
    // SAFETY: `t` is a valid place for the C library to fill.
    if unsafe { libc::tcgetattr(fd as libc::c_int, t.as_mut_ptr()) } != 0 {
        return Err(ip.os_error(&std::io::Error::last_os_error()));
    }
    // SAFETY: tcgetattr succeeded, so `t` is filled.
    let t = unsafe { t.assume_init() };
    // SAFETY: the speeds are read from a filled termios.
    let (ispeed, ospeed) = unsafe { (libc::cfgetispeed(&t), libc::cfgetospeed(&t)) };
    Ok(Value::tuple(vec![
        Value::Int(t.c_iflag as i64),
        Value::Int(t.c_oflag as i64),
        Value::Int(t.c_cflag as i64),
        Value::Int(t.c_lflag as i64),
        Value::Int(ispeed as i64),
        Value::Int(ospeed as i64),
        Value::bytes(&t.c_cc),
    ]))
}

#[allow(clippy::too_many_arguments)]
#[function(
    _termios,
    "tcsetattr(fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, cc, /)"
)]
fn tcsetattr(
    ip: &Interp,
    fd: i64,
    when: i64,
    iflag: i64,
    oflag: i64,
    cflag: i64,
    lflag: i64,
    ispeed: i64,
    ospeed: i64,
    cc: Buf,
) -> PyResult<Value> {
    let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
    // SAFETY: as in tcgetattr; the other fields are kept as the terminal has them.
    if unsafe { libc::tcgetattr(fd as libc::c_int, t.as_mut_ptr()) } != 0 {
        return Err(ip.os_error(&std::io::Error::last_os_error()));
    }
    // SAFETY: tcgetattr succeeded.
    let mut t = unsafe { t.assume_init() };
    t.c_iflag = iflag as libc::tcflag_t;
    t.c_oflag = oflag as libc::tcflag_t;
    t.c_cflag = cflag as libc::tcflag_t;
    t.c_lflag = lflag as libc::tcflag_t;
    for (slot, b) in t.c_cc.iter_mut().zip(cc.iter()) {
        *slot = *b;
    }
    // SAFETY: `t` is a filled termios; the calls only read it or set its speeds.
    let rc = unsafe {
        libc::cfsetispeed(&mut t, ispeed as libc::speed_t);
        libc::cfsetospeed(&mut t, ospeed as libc::speed_t);
        libc::tcsetattr(fd as libc::c_int, when as libc::c_int, &t)
    };
    if rc != 0 {
        return Err(ip.os_error(&std::io::Error::last_os_error()));
    }
    Ok(Value::None)
}

const CONSTANTS: &[(&str, i64)] = &[
    ("TCSANOW", libc::TCSANOW as i64),
    ("TCSADRAIN", libc::TCSADRAIN as i64),
    ("TCSAFLUSH", libc::TCSAFLUSH as i64),
    ("ECHO", libc::ECHO as i64),
    ("ECHONL", libc::ECHONL as i64),
    ("ICANON", libc::ICANON as i64),
    ("ISIG", libc::ISIG as i64),
    ("IEXTEN", libc::IEXTEN as i64),
    ("ICRNL", libc::ICRNL as i64),
    ("IXON", libc::IXON as i64),
    ("OPOST", libc::OPOST as i64),
    ("VMIN", libc::VMIN as i64),
    ("VTIME", libc::VTIME as i64),
    ("NCCS", libc::NCCS as i64),
];

fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for (name, v) in CONSTANTS {
        m.set(intern(name), Value::Int(*v));
    }
    Ok(())
}

crate::native_module!("_termios", init);
crate::python_module!("termios", "termios.py");
