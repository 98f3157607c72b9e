//! `_locale`: the C library's locale (setlocale, localeconv, strcoll, strxfrm), which only the
//! system knows. `locale` (Python, in `src/lib_py/`) builds CPython's API on it. Importing it
//! sets LC_CTYPE from the environment, as CPython does at start-up (with its coercion of the
//! bare C locale to C.UTF-8).

use std::ffi::{CStr, CString};
use std::rc::Rc;

use corun_macros::function;

use crate::eval::Interp;
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;

fn c_text(p: *const libc::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: the C library returns NUL-terminated strings.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

fn set(category: i64, name: Option<&CStr>) -> Option<String> {
    let ptr = name.map_or(std::ptr::null(), |n| n.as_ptr());
    // SAFETY: `ptr` is null (a query) or a NUL-terminated name.
    let r = unsafe { libc::setlocale(category as libc::c_int, ptr) };
    (!r.is_null()).then(|| c_text(r))
}

/// The locale name after setting it, or None when the C library refuses it.
#[function(_locale, "setlocale(category, locale, /)")]
fn setlocale(ip: &Interp, category: i64, locale: &str) -> PyResult<Value> {
    let name =
        CString::new(locale).map_err(|_| ip.err(ExcKind::ValueError, "embedded null character"))?;
    Ok(set(category, Some(&name)).map_or(Value::None, Value::string))
}

/// The current locale name of a category, or None for an unknown category.
#[function(_locale, "querylocale(category, /)")]
fn querylocale(_ip: &Interp, category: i64) -> PyResult<Value> {
    Ok(set(category, None).map_or(Value::None, Value::string))
}

fn grouping(p: *const libc::c_char) -> Value {
    // The values up to and including the terminating 0 or CHAR_MAX, as CPython lists them.
    let mut out = Vec::new();
    if !p.is_null() {
        // SAFETY: `p` is a NUL-terminated string of the lconv structure.
        let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
        if !bytes.is_empty() {
            for &b in bytes {
                out.push(Value::Int(b as i8 as i64));
                if b as i8 == i8::MAX {
                    break;
                }
            }
            if bytes.last().map(|&b| b as i8) != Some(i8::MAX) {
                out.push(Value::Int(0));
            }
        }
    }
    Value::list(out)
}

#[function(_locale, "localeconv()")]
fn localeconv(ip: &Interp) -> PyResult<Value> {
    // SAFETY: localeconv returns a pointer to a static structure, read at once.
    let c = unsafe { &*libc::localeconv() };
    let d = Value::dict();
    let text = |p| Value::string(c_text(p));
    let num = |v: libc::c_char| Value::Int(v as u8 as i64);
    let items = [
        ("int_curr_symbol", text(c.int_curr_symbol)),
        ("currency_symbol", text(c.currency_symbol)),
        ("mon_decimal_point", text(c.mon_decimal_point)),
        ("mon_thousands_sep", text(c.mon_thousands_sep)),
        ("mon_grouping", grouping(c.mon_grouping)),
        ("positive_sign", text(c.positive_sign)),
        ("negative_sign", text(c.negative_sign)),
        ("int_frac_digits", num(c.int_frac_digits)),
        ("frac_digits", num(c.frac_digits)),
        ("p_cs_precedes", num(c.p_cs_precedes)),
        ("p_sep_by_space", num(c.p_sep_by_space)),
        ("n_cs_precedes", num(c.n_cs_precedes)),
        ("n_sep_by_space", num(c.n_sep_by_space)),
        ("p_sign_posn", num(c.p_sign_posn)),
        ("n_sign_posn", num(c.n_sign_posn)),
        ("decimal_point", text(c.decimal_point)),
        ("thousands_sep", text(c.thousands_sep)),
        ("grouping", grouping(c.grouping)),
    ];
    for (k, v) in items {
        crate::eval::ops::setitem(ip, &d, &Value::str(k), v)?;
    }
    Ok(d)
}

fn wide(ip: &Interp, s: &str) -> PyResult<Vec<libc::wchar_t>> {
    if s.contains('\0') {
        return Err(ip.err(ExcKind::ValueError, "embedded null character"));
    }
    let mut w: Vec<libc::wchar_t> = s.chars().map(|c| c as libc::wchar_t).collect();
    w.push(0);
    Ok(w)
}

extern "C" {
    fn wcscoll(a: *const libc::wchar_t, b: *const libc::wchar_t) -> libc::c_int;
    fn wcsxfrm(dst: *mut libc::wchar_t, src: *const libc::wchar_t, n: libc::size_t)
        -> libc::size_t;
}

#[function(_locale, "strcoll(os1, os2, /)")]
fn strcoll(ip: &Interp, os1: &str, os2: &str) -> PyResult<Value> {
    let (a, b) = (wide(ip, os1)?, wide(ip, os2)?);
    // SAFETY: both are NUL-terminated wide strings.
    Ok(Value::Int(unsafe { wcscoll(a.as_ptr(), b.as_ptr()) } as i64))
}

#[function(_locale, "strxfrm(string, /)")]
fn strxfrm(ip: &Interp, string: &str) -> PyResult<Value> {
    let src = wide(ip, string)?;
    // SAFETY: a zero-length destination only asks for the needed length.
    let n = unsafe { wcsxfrm(std::ptr::null_mut(), src.as_ptr(), 0) };
    let mut dst: Vec<libc::wchar_t> = vec![0; n + 1];
    // SAFETY: `dst` has room for n characters and the terminator.
    unsafe { wcsxfrm(dst.as_mut_ptr(), src.as_ptr(), n + 1) };
    dst.truncate(n);
    let text: String = dst
        .iter()
        .map(|&c| char::from_u32(c as u32).unwrap_or('\u{fffd}'))
        .collect();
    Ok(Value::string(text))
}

/// The character encoding of LC_CTYPE (nl_langinfo(CODESET)).
#[function(_locale, "codeset()")]
fn codeset(_ip: &Interp) -> PyResult<Value> {
    // SAFETY: nl_langinfo returns a NUL-terminated string.
    Ok(Value::string(c_text(unsafe {
        libc::nl_langinfo(libc::CODESET)
    })))
}

const CATEGORIES: &[(&str, libc::c_int)] = &[
    ("LC_CTYPE", libc::LC_CTYPE),
    ("LC_COLLATE", libc::LC_COLLATE),
    ("LC_TIME", libc::LC_TIME),
    ("LC_MONETARY", libc::LC_MONETARY),
    ("LC_NUMERIC", libc::LC_NUMERIC),
    ("LC_ALL", libc::LC_ALL),
    ("LC_MESSAGES", libc::LC_MESSAGES),
];

fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    for (name, v) in CATEGORIES {
        m.set(intern(name), Value::Int(*v as i64));
    }
    m.set(intern("CHAR_MAX"), Value::Int(127));
    let empty = CString::default();
    let current = set(libc::LC_CTYPE as i64, Some(&empty));
    if matches!(current.as_deref(), None | Some("C") | Some("POSIX")) {
        for name in ["C.UTF-8", "C.utf8", "UTF-8"] {
            let n = CString::new(name).unwrap_or_default();
            if set(libc::LC_CTYPE as i64, Some(&n)).is_some() {
                break;
            }
        }
    }
    Ok(())
}

crate::native_module!("_locale", init);
crate::python_module!("locale", "locale.py");
