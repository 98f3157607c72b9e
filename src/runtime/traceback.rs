//! Traceback objects: `e.__traceback__` is a chain of `traceback` objects made from the entries
//! the exception gathered on its way up (see `ExcObj::traceback`), each with its `frame` and the
//! frame's `code`. They are views of those entries, made when asked for.

use std::rc::Rc;

use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::exceptions::{ExcKind, ExcObj, PyResult, TbEntry};
use crate::runtime::value::Value;
use crate::stdlib::{ClassSpec, Native};
use corun_macros::function;

/// One level of a traceback: the entries from the outermost frame in, and which of them this
/// traceback object (or its frame, or the frame's code) stands for.
pub struct TbView {
    pub entries: Rc<[TbEntry]>,
    pub idx: usize,
    pub part: Part,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Part {
    Traceback,
    Frame,
    Code,
}

static TRACEBACK: ClassSpec = ClassSpec {
    key: "traceback",
    module: "builtins",
    name: "traceback",
    base: None,
    new: None,
    methods: &[],
};

pub static FRAME: ClassSpec = ClassSpec {
    key: "frame",
    module: "builtins",
    name: "frame",
    base: None,
    new: None,
    methods: &[],
};

static CODE: ClassSpec = ClassSpec {
    key: "code",
    module: "builtins",
    name: "code",
    base: None,
    new: None,
    methods: &[],
};

fn view(ip: &Interp, entries: &Rc<[TbEntry]>, idx: usize, part: Part) -> Value {
    let spec = match part {
        Part::Traceback => &TRACEBACK,
        Part::Frame => &FRAME,
        Part::Code => &CODE,
    };
    crate::stdlib::new_obj(
        ip,
        spec,
        Native::Traceback(TbView {
            entries: entries.clone(),
            idx,
            part,
        }),
    )
}

/// `e.__traceback__`: None for an exception never raised (or whose traceback was cleared).
pub fn of_exception(ip: &Interp, e: &ExcObj) -> Value {
    let entries: Rc<[TbEntry]> = e.traceback.borrow().iter().rev().cloned().collect();
    if entries.is_empty() {
        return Value::None;
    }
    view(ip, &entries, 0, Part::Traceback)
}

/// `e.__traceback__ = tb` and `e.with_traceback(tb)`: the exception's entries become those of
/// `tb` (none for None); raising it again adds the raising frame's entry after them.
pub fn set_on_exception(ip: &Interp, e: &ExcObj, tb: &Value) -> PyResult<()> {
    let entries: Vec<TbEntry> = match tb {
        Value::None => Vec::new(),
        Value::Native(o) => match &o.kind {
            Native::Traceback(v) if v.part == Part::Traceback => {
                v.entries[v.idx..].iter().rev().cloned().collect()
            }
            _ => return ip.type_error("__traceback__ must be a traceback or None"),
        },
        _ => return ip.type_error("__traceback__ must be a traceback or None"),
    };
    *e.traceback.borrow_mut() = entries;
    e.tb_frame.set(u32::MAX);
    Ok(())
}

/// The file name, line number and function name of an entry.
pub fn entry_place(ip: &Interp, entry: &TbEntry) -> (String, usize) {
    let files = ip.files.borrow();
    match files.get(entry.file_id as usize) {
        Some(f) => (f.path.clone(), f.lines.line_of(entry.pos)),
        None => ("<unknown>".to_string(), 0),
    }
}

/// `(lineno, end_lineno, colno, end_colno)` of an entry, as CPython's code positions give
/// them (columns are byte offsets in their lines); the last three None where the entry names
/// only a line.
fn positions(ip: &Interp, entry: &TbEntry) -> Value {
    let files = ip.files.borrow();
    let Some(f) = files.get(entry.file_id as usize) else {
        return Value::tuple(vec![Value::None, Value::None, Value::None, Value::None]);
    };
    let line = f.lines.line_of(entry.pos);
    let (start, end) = entry.range;
    if end <= start {
        return Value::tuple(vec![
            Value::Int(line as i64),
            Value::None,
            Value::None,
            Value::None,
        ]);
    }
    let end_line = f.lines.line_of(end - 1);
    let col = start - f.lines.line_start(line);
    let end_col = end - f.lines.line_start(end_line);
    Value::tuple(vec![
        Value::Int(line as i64),
        Value::Int(end_line as i64),
        Value::Int(col as i64),
        Value::Int(end_col as i64),
    ])
}

pub fn getattr(ip: &Interp, v: &TbView, name: Symbol) -> PyResult<Option<Value>> {
    let entry = &v.entries[v.idx];
    let line = || Value::Int(entry_place(ip, entry).1 as i64);
    Ok(match (v.part, name.as_str()) {
        (Part::Traceback, "tb_frame") => Some(view(ip, &v.entries, v.idx, Part::Frame)),
        (Part::Traceback, "tb_lineno") => Some(line()),
        (Part::Traceback, "tb_lasti") => Some(Value::Int(-1)),
        (Part::Traceback, "_positions") => Some(positions(ip, entry)),
        (Part::Traceback, "tb_next") => Some(if v.idx + 1 < v.entries.len() {
            view(ip, &v.entries, v.idx + 1, Part::Traceback)
        } else {
            Value::None
        }),
        (Part::Frame, "f_code") => Some(view(ip, &v.entries, v.idx, Part::Code)),
        (Part::Frame, "f_lineno") => Some(line()),
        (Part::Frame, "f_globals" | "f_locals" | "f_back") => {
            return Err(ip.err(
                ExcKind::NotImplementedError,
                format!("frame.{} of a traceback's frame", name.as_str()),
            ))
        }
        (Part::Code, "co_filename") => Some(Value::string(entry_place(ip, entry).0)),
        (Part::Code, "co_name") => Some(Value::str(&entry.name)),
        _ => None,
    })
}

pub fn repr(ip: &Interp, v: &TbView, addr: usize) -> String {
    let entry = &v.entries[v.idx];
    match v.part {
        Part::Traceback => format!("<traceback object at {:#x}>", addr),
        Part::Frame => {
            let (file, line) = entry_place(ip, entry);
            format!(
                "<frame at {:#x}, file '{}', line {}, code {}>",
                addr, file, line, entry.name
            )
        }
        Part::Code => {
            let (file, _) = entry_place(ip, entry);
            format!(
                "<code object {} at {:#x}, file \"{}\">",
                entry.name, addr, file
            )
        }
    }
}

// The native half of the `traceback` module (`src/lib_py/traceback.py`): the formatting is the
// one corun prints uncaught exceptions with.

fn int_of(ip: &Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(*b as i64),
        v => ip.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::eval::ops::type_name(ip, v)
        )),
    }
}

fn limit_of(ip: &Interp, limit: &Value) -> PyResult<Option<i64>> {
    match limit {
        Value::None => Ok(None),
        v => Ok(Some(int_of(ip, v)?)),
    }
}

/// `format_exception(exc, chain, limit, /)`: the whole report of `exc`, as one string.
#[function(_traceback, "format_exception(exc, chain, limit, /)")]
fn format_exception(ip: &Interp, exc: &Value, chain: bool, limit: &Value) -> PyResult<String> {
    let limit = limit_of(ip, limit)?;
    match exc {
        Value::Exception(e) => Ok(crate::diagnostics::format_exception(
            ip,
            &crate::runtime::exceptions::Exc(e.clone()),
            chain,
            limit,
            true,
        )),
        v => ip.type_error(format!(
            "exceptions must derive from BaseException, not {}",
            crate::eval::ops::type_name(ip, v)
        )),
    }
}

/// `headline(exc, /)`: the last line of the report, `Type: message`.
#[function(_traceback, "headline(exc, /)")]
fn headline(ip: &Interp, exc: &Value) -> PyResult<String> {
    match exc {
        Value::Exception(e) => Ok(crate::diagnostics::exception_headline(ip, e)),
        v => ip.type_error(format!(
            "exceptions must derive from BaseException, not {}",
            crate::eval::ops::type_name(ip, v)
        )),
    }
}

/// `format_frames(frames, /)`: the lines of `(filename, lineno, name, line)` entries, or of
/// `(filename, lineno, name, line, end_lineno, colno, end_colno)` ones, whose failed expression
/// is marked under the line as the `traceback` module marks it.
#[function(_traceback, "format_frames(frames, /)")]
fn format_frames(ip: &Interp, frames: &Value) -> PyResult<Value> {
    let mut out = Vec::new();
    for f in crate::eval::ops::collect(ip, frames)? {
        let parts = crate::eval::ops::collect(ip, &f)?;
        let (path, line, name, text, position) = match parts.as_slice() {
            [path, line, name, text] => (path, line, name, text, None),
            [path, line, name, text, end_line, col, end_col] => {
                (path, line, name, text, Some((end_line, col, end_col)))
            }
            _ => return ip.type_error("a frame is (filename, lineno, name, line)"),
        };
        let str_of = |v: &Value| crate::runtime::repr::str_of(ip, v);
        let text = match text {
            Value::None => None,
            t => Some(str_of(t)?).filter(|t| !t.is_empty()),
        };
        let path = str_of(path)?;
        let line = match line {
            Value::None => 0,
            l => int_of(ip, l)?.max(0) as usize,
        };
        let carets = match position {
            Some((end_line, col, end_col)) if text.is_some() => {
                marked_line(ip, &path, line, end_line, col, end_col)?
            }
            _ => None,
        };
        out.push(crate::diagnostics::FrameLine {
            path,
            line,
            name: str_of(name)?,
            text,
            carets,
        });
    }
    Ok(Value::list(
        crate::diagnostics::format_frames(&out)
            .into_iter()
            .map(|(l, _)| Value::string(l))
            .collect(),
    ))
}

/// The marker line of a `traceback` module entry at byte columns `col..end_col` (`end_line`
/// its last line).
fn marked_line(
    ip: &Interp,
    path: &str,
    line: usize,
    end_line: &Value,
    col: &Value,
    end_col: &Value,
) -> PyResult<Option<String>> {
    let (Value::Int(end_line), Value::Int(col), Value::Int(end_col)) = (end_line, col, end_col)
    else {
        return Ok(None);
    };
    let Some(raw) = crate::diagnostics::raw_source_line(ip, path, line) else {
        return Ok(None);
    };
    let one_line = *end_line == line as i64;
    let m = crate::diagnostics::Marked {
        line: &raw,
        start: (*col).max(0) as usize,
        end: if one_line {
            (*end_col).max(0) as usize
        } else {
            raw.len()
        },
        one_line,
    };
    // The module counts the line's trailing white space with its leading white space.
    let shift = crate::diagnostics::trailing_space(&raw);
    Ok(crate::diagnostics::caret_line(&m, shift))
}

/// `getline(filename, lineno, /)`: the stripped source line a traceback shows ('' for none).
#[function(_traceback, "getline(filename, lineno, /)")]
fn getline(ip: &Interp, filename: &str, lineno: i64) -> PyResult<String> {
    if lineno < 1 {
        return Ok(String::new());
    }
    Ok(crate::diagnostics::source_line(ip, filename, lineno as usize).unwrap_or_default())
}

fn init(_ip: &Interp, _m: &Rc<crate::runtime::object::ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_traceback", init);
crate::python_module!("traceback", "traceback.py");
