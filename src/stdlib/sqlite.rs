//! `_sqlite3`: the native half of `sqlite3`, over SQLite itself (rusqlite, bundled). It holds
//! the open connections and runs one statement at a time; the DB-API objects (`Connection`,
//! `Cursor`, `Row`, the exceptions, transactions and parameter binding) are Python, in
//! `src/lib_py/sqlite3.py`, where their logic is naturally written.
//!
//! A connection is named by a small int: the Python `Connection` keeps it and closes it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{ffi, Connection, OpenFlags};

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

thread_local! {
    /// The open connections, by handle; a closed one leaves None.
    static CONNS: RefCell<Vec<Option<Rc<Connection>>>> = const { RefCell::new(Vec::new()) };
    /// The Python functions given to `create_function`, by the index their SQL function holds.
    static FUNCS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// The instances of aggregate classes being run, by the index their SQL state holds.
    static AGGS: RefCell<Vec<Option<Value>>> = const { RefCell::new(Vec::new()) };
    /// The interpreter running a statement, for the Python functions the statement calls.
    static RUNNING: Cell<*const Interp> = const { Cell::new(std::ptr::null()) };
}

/// The message CPython gives when a user-defined SQL function fails.
const UDF_FAILED: &str = "user-defined function raised exception";

/// SQLite's name of a result code, as `sqlite_errorname` shows it.
fn code_name(code: i32) -> String {
    let name = match code {
        ffi::SQLITE_CONSTRAINT_CHECK => "CONSTRAINT_CHECK",
        ffi::SQLITE_CONSTRAINT_COMMITHOOK => "CONSTRAINT_COMMITHOOK",
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY => "CONSTRAINT_FOREIGNKEY",
        ffi::SQLITE_CONSTRAINT_FUNCTION => "CONSTRAINT_FUNCTION",
        ffi::SQLITE_CONSTRAINT_NOTNULL => "CONSTRAINT_NOTNULL",
        ffi::SQLITE_CONSTRAINT_PRIMARYKEY => "CONSTRAINT_PRIMARYKEY",
        ffi::SQLITE_CONSTRAINT_TRIGGER => "CONSTRAINT_TRIGGER",
        ffi::SQLITE_CONSTRAINT_UNIQUE => "CONSTRAINT_UNIQUE",
        ffi::SQLITE_CONSTRAINT_VTAB => "CONSTRAINT_VTAB",
        ffi::SQLITE_CONSTRAINT_ROWID => "CONSTRAINT_ROWID",
        ffi::SQLITE_CONSTRAINT_PINNED => "CONSTRAINT_PINNED",
        ffi::SQLITE_CONSTRAINT_DATATYPE => "CONSTRAINT_DATATYPE",
        ffi::SQLITE_BUSY_RECOVERY => "BUSY_RECOVERY",
        ffi::SQLITE_BUSY_SNAPSHOT => "BUSY_SNAPSHOT",
        ffi::SQLITE_BUSY_TIMEOUT => "BUSY_TIMEOUT",
        ffi::SQLITE_CANTOPEN_ISDIR => "CANTOPEN_ISDIR",
        ffi::SQLITE_CANTOPEN_FULLPATH => "CANTOPEN_FULLPATH",
        ffi::SQLITE_READONLY_DBMOVED => "READONLY_DBMOVED",
        ffi::SQLITE_ERROR_MISSING_COLLSEQ => "ERROR_MISSING_COLLSEQ",
        c => match c & 0xff {
            ffi::SQLITE_OK => "OK",
            ffi::SQLITE_ERROR => "ERROR",
            ffi::SQLITE_INTERNAL => "INTERNAL",
            ffi::SQLITE_PERM => "PERM",
            ffi::SQLITE_ABORT => "ABORT",
            ffi::SQLITE_BUSY => "BUSY",
            ffi::SQLITE_LOCKED => "LOCKED",
            ffi::SQLITE_NOMEM => "NOMEM",
            ffi::SQLITE_READONLY => "READONLY",
            ffi::SQLITE_INTERRUPT => "INTERRUPT",
            ffi::SQLITE_IOERR => "IOERR",
            ffi::SQLITE_CORRUPT => "CORRUPT",
            ffi::SQLITE_NOTFOUND => "NOTFOUND",
            ffi::SQLITE_FULL => "FULL",
            ffi::SQLITE_CANTOPEN => "CANTOPEN",
            ffi::SQLITE_PROTOCOL => "PROTOCOL",
            ffi::SQLITE_EMPTY => "EMPTY",
            ffi::SQLITE_SCHEMA => "SCHEMA",
            ffi::SQLITE_TOOBIG => "TOOBIG",
            ffi::SQLITE_CONSTRAINT => "CONSTRAINT",
            ffi::SQLITE_MISMATCH => "MISMATCH",
            ffi::SQLITE_MISUSE => "MISUSE",
            ffi::SQLITE_NOLFS => "NOLFS",
            ffi::SQLITE_AUTH => "AUTH",
            ffi::SQLITE_FORMAT => "FORMAT",
            ffi::SQLITE_RANGE => "RANGE",
            ffi::SQLITE_NOTADB => "NOTADB",
            _ => "UNKNOWN",
        },
    };
    format!("SQLITE_{name}")
}

/// The DB-API exception class CPython raises for a SQLite result code.
fn class_for(code: i32) -> &'static str {
    match code & 0xff {
        ffi::SQLITE_INTERNAL | ffi::SQLITE_NOTFOUND => "InternalError",
        ffi::SQLITE_ERROR
        | ffi::SQLITE_PERM
        | ffi::SQLITE_ABORT
        | ffi::SQLITE_BUSY
        | ffi::SQLITE_LOCKED
        | ffi::SQLITE_READONLY
        | ffi::SQLITE_INTERRUPT
        | ffi::SQLITE_IOERR
        | ffi::SQLITE_FULL
        | ffi::SQLITE_CANTOPEN
        | ffi::SQLITE_PROTOCOL
        | ffi::SQLITE_EMPTY
        | ffi::SQLITE_SCHEMA => "OperationalError",
        ffi::SQLITE_TOOBIG => "DataError",
        ffi::SQLITE_CONSTRAINT | ffi::SQLITE_MISMATCH => "IntegrityError",
        ffi::SQLITE_MISUSE | ffi::SQLITE_RANGE => "InterfaceError",
        _ => "DatabaseError",
    }
}

/// `sqlite3.<class>(msg)`, made by the Python module.
fn exception(ip: &Interp, class: &str, msg: String) -> Exc {
    let class = crate::runtime::modules::import_dotted(ip, "sqlite3")
        .and_then(|m| ops::getattr(ip, &m, intern(class)));
    match class {
        Ok(c) => match super::call_with(ip, &c, &[Value::string(msg)]) {
            Ok(Value::Exception(e)) => Exc(e),
            Ok(_) => ip.err(ExcKind::TypeError, "sqlite3 errors must be exceptions"),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// The Python exception for a rusqlite error, with `sqlite_errorcode` and `sqlite_errorname`
/// where SQLite gave a code.
fn error(ip: &Interp, e: rusqlite::Error) -> Exc {
    match e {
        rusqlite::Error::SqliteFailure(f, msg) => {
            let code = f.extended_code;
            let msg = msg.unwrap_or_else(|| {
                // SAFETY: sqlite3_errstr returns a static NUL-terminated string for any code.
                unsafe { std::ffi::CStr::from_ptr(ffi::sqlite3_errstr(code)) }
                    .to_string_lossy()
                    .into_owned()
            });
            let exc = exception(ip, class_for(code), msg);
            let v = Value::Exception(exc.0.clone());
            let set = ops::setattr(ip, &v, intern("sqlite_errorcode"), Value::Int(code as i64))
                .and_then(|_| {
                    ops::setattr(
                        ip,
                        &v,
                        intern("sqlite_errorname"),
                        Value::string(code_name(code)),
                    )
                });
            match set {
                Ok(()) => exc,
                Err(e) => e,
            }
        }
        rusqlite::Error::MultipleStatement => exception(
            ip,
            "ProgrammingError",
            "You can only execute one statement at a time.".into(),
        ),
        rusqlite::Error::SqlInputError { error, msg, .. } => {
            error_with_code(ip, error.extended_code, msg)
        }
        rusqlite::Error::NulError(_) => exception(
            ip,
            "ProgrammingError",
            "the query contains a null character".into(),
        ),
        other => exception(ip, "OperationalError", other.to_string()),
    }
}

fn error_with_code(ip: &Interp, code: i32, msg: String) -> Exc {
    error(
        ip,
        rusqlite::Error::SqliteFailure(ffi::Error::new(code), Some(msg)),
    )
}

/// The connection a handle names, or CPython's error for a closed one.
fn conn(ip: &Interp, h: i64) -> PyResult<Rc<Connection>> {
    let c = CONNS.with(|c| c.borrow().get(h as usize).cloned().flatten());
    c.ok_or_else(|| {
        exception(
            ip,
            "ProgrammingError",
            "Cannot operate on a closed database.".into(),
        )
    })
}

#[function(_sqlite3, "open(database, timeout, uri, /)")]
fn open(ip: &Interp, database: &str, timeout: f64, uri: bool) -> PyResult<i64> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if uri {
        flags |= OpenFlags::SQLITE_OPEN_URI;
    }
    let c = Connection::open_with_flags(database, flags).map_err(|e| match e {
        // rusqlite names the path after SQLite's message; CPython shows the message alone.
        rusqlite::Error::SqliteFailure(f, Some(msg)) => {
            let msg = msg
                .strip_suffix(database)
                .and_then(|m| m.strip_suffix(": "))
                .map_or(msg.clone(), str::to_string);
            error(ip, rusqlite::Error::SqliteFailure(f, Some(msg)))
        }
        e => error(ip, e),
    })?;
    let ms = (timeout * 1000.0).clamp(0.0, i32::MAX as f64) as u64;
    c.busy_timeout(std::time::Duration::from_millis(ms))
        .map_err(|e| error(ip, e))?;
    Ok(CONNS.with(|t| {
        let mut t = t.borrow_mut();
        t.push(Some(Rc::new(c)));
        t.len() as i64 - 1
    }))
}

#[function(_sqlite3, "close(handle, /)")]
fn close(_ip: &Interp, handle: i64) -> PyResult<()> {
    let c = CONNS.with(|t| {
        t.borrow_mut()
            .get_mut(handle as usize)
            .and_then(Option::take)
    });
    // Dropping the last reference closes the database (a statement still running keeps it).
    drop(c);
    Ok(())
}

/// The names of a statement's parameters (None for a `?`), or None for empty SQL. Preparing
/// reports syntax errors, unknown tables and more than one statement.
#[function(_sqlite3, "prepare(handle, sql, /)")]
fn prepare(ip: &Interp, handle: i64, sql: &str) -> PyResult<Value> {
    let c = conn(ip, handle)?;
    let stmt = match c.prepare_cached(sql) {
        Ok(s) => s,
        Err(rusqlite::Error::Empty) => return Ok(Value::None),
        Err(e) => return Err(error(ip, e)),
    };
    let names = (1..=stmt.parameter_count())
        .map(|i| stmt.parameter_name(i).map_or(Value::None, Value::str))
        .collect();
    Ok(Value::tuple(names))
}

fn to_sql(ip: &Interp, v: &Value) -> PyResult<SqlValue> {
    Ok(match v {
        Value::None => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(b.get() as i64),
        Value::Int(i) => SqlValue::Integer(*i),
        Value::Float(f) => SqlValue::Real(f.get()),
        Value::Str(s) => SqlValue::Text(s.s.as_str().to_owned()),
        Value::Bytes(b) => SqlValue::Blob(b.b.to_vec()),
        _ => return Err(ip.err(ExcKind::TypeError, "unsupported SQLite parameter")),
    })
}

fn from_sql(ip: &Interp, v: ValueRef<'_>, column: &str) -> PyResult<Value> {
    Ok(match v {
        ValueRef::Null => Value::None,
        ValueRef::Integer(i) => Value::Int(i),
        ValueRef::Real(f) => Value::float(f),
        ValueRef::Text(t) => match std::str::from_utf8(t) {
            Ok(s) => Value::str(s),
            Err(_) => {
                return Err(exception(
                    ip,
                    "OperationalError",
                    format!(
                        "Could not decode to UTF-8 column '{column}' with text '{}'",
                        String::from_utf8_lossy(t)
                    ),
                ))
            }
        },
        ValueRef::Blob(b) => Value::bytes(b),
    })
}

/// Restores the running interpreter of an outer statement when an inner one ends.
struct Running(*const Interp);

impl Drop for Running {
    fn drop(&mut self) {
        RUNNING.with(|r| r.set(self.0));
    }
}

/// Runs one statement with its parameters (in order) to its end: `(column names or None, rows,
/// changes, last rowid)`.
#[function(_sqlite3, "run(handle, sql, params, /)")]
fn run(ip: &Interp, handle: i64, sql: &str, params: &Value) -> PyResult<Value> {
    let c = conn(ip, handle)?;
    let values: Vec<Value> = match params {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let mut stmt = match c.prepare_cached(sql) {
        Ok(s) => s,
        Err(rusqlite::Error::Empty) => {
            return Ok(Value::tuple(vec![
                Value::None,
                Value::list(Vec::new()),
                Value::Int(0),
                Value::Int(c.last_insert_rowid()),
            ]))
        }
        Err(e) => return Err(error(ip, e)),
    };
    for (i, v) in values.iter().enumerate() {
        stmt.raw_bind_parameter(i + 1, to_sql(ip, v)?)
            .map_err(|e| error(ip, e))?;
    }
    let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    let _restore = Running(RUNNING.with(|r| r.replace(ip as *const Interp)));
    let mut out = Vec::new();
    {
        let mut rows = stmt.raw_query();
        loop {
            let row = match rows.next() {
                Ok(Some(r)) => r,
                Ok(None) => break,
                Err(e) => return Err(error(ip, e)),
            };
            let mut items = Vec::with_capacity(names.len());
            for (i, name) in names.iter().enumerate() {
                let v = row.get_ref(i).map_err(|e| error(ip, e))?;
                items.push(from_sql(ip, v, name)?);
            }
            out.push(Value::tuple(items));
        }
    }
    let description = if names.is_empty() {
        Value::None
    } else {
        Value::tuple(names.into_iter().map(Value::string).collect())
    };
    Ok(Value::tuple(vec![
        description,
        Value::list(out),
        Value::Int(c.changes() as i64),
        Value::Int(c.last_insert_rowid()),
    ]))
}

#[function(_sqlite3, "script(handle, sql, /)")]
fn script(ip: &Interp, handle: i64, sql: &str) -> PyResult<()> {
    let c = conn(ip, handle)?;
    let _restore = Running(RUNNING.with(|r| r.replace(ip as *const Interp)));
    c.execute_batch(sql).map_err(|e| error(ip, e))
}

#[function(_sqlite3, "autocommit(handle, /)")]
fn autocommit(ip: &Interp, handle: i64) -> PyResult<bool> {
    Ok(conn(ip, handle)?.is_autocommit())
}

#[function(_sqlite3, "total_changes(handle, /)")]
fn total_changes(ip: &Interp, handle: i64) -> PyResult<i64> {
    Ok(conn(ip, handle)?.total_changes() as i64)
}

fn udf_failed() -> rusqlite::Error {
    failed(UDF_FAILED)
}

fn failed(msg: &str) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(ffi::Error::new(ffi::SQLITE_ERROR), Some(msg.into()))
}

/// The interpreter running the statement that calls a SQL function.
fn running<'a>() -> Option<&'a Interp> {
    let ip = RUNNING.with(Cell::get);
    // SAFETY: RUNNING is set only while `run` or `script` (which hold the interpreter borrowed)
    // are on the stack, and SQL functions are called only from within them.
    (!ip.is_null()).then(|| unsafe { &*ip })
}

fn args_of(ip: &Interp, ctx: &rusqlite::functions::Context<'_>) -> Option<Vec<Value>> {
    (0..ctx.len())
        .map(|i| from_sql(ip, ctx.get_raw(i), "").ok())
        .collect()
}

/// A value a Python function returned, as SQLite stores it.
fn result_of(ip: &Interp, v: &Value) -> Option<SqlValue> {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Bytes(_) => to_sql(ip, v).ok(),
        _ => None,
    }
}

/// An aggregate function whose state is an instance of a Python class (with `step` and
/// `finalize`), kept in AGGS.
struct PyAggregate(usize);

const AGG_INIT: &str = "user-defined aggregate's '__init__' method raised error";
const AGG_STEP: &str = "user-defined aggregate's 'step' method raised error";
const AGG_FINAL: &str = "user-defined aggregate's 'finalize' method raised error";

impl rusqlite::functions::Aggregate<usize, SqlValue> for PyAggregate {
    fn init(&self, _ctx: &mut rusqlite::functions::Context<'_>) -> rusqlite::Result<usize> {
        let ip = running().ok_or_else(|| failed(AGG_INIT))?;
        let class = FUNCS
            .with(|f| f.borrow().get(self.0).cloned())
            .ok_or_else(|| failed(AGG_INIT))?;
        let obj = super::call_with(ip, &class, &[]).map_err(|_| failed(AGG_INIT))?;
        Ok(AGGS.with(|a| {
            let mut a = a.borrow_mut();
            a.push(Some(obj));
            a.len() - 1
        }))
    }

    fn step(
        &self,
        ctx: &mut rusqlite::functions::Context<'_>,
        acc: &mut usize,
    ) -> rusqlite::Result<()> {
        let ip = running().ok_or_else(|| failed(AGG_STEP))?;
        let obj = AGGS
            .with(|a| a.borrow().get(*acc).cloned().flatten())
            .ok_or_else(|| failed(AGG_STEP))?;
        let args = args_of(ip, ctx).ok_or_else(|| failed(AGG_STEP))?;
        let step = ops::getattr(ip, &obj, intern("step")).map_err(|_| failed(AGG_STEP))?;
        super::call_with(ip, &step, &args).map_err(|_| failed(AGG_STEP))?;
        Ok(())
    }

    fn finalize(
        &self,
        _ctx: &mut rusqlite::functions::Context<'_>,
        acc: Option<usize>,
    ) -> rusqlite::Result<SqlValue> {
        let Some(acc) = acc else {
            return Ok(SqlValue::Null);
        };
        let obj = AGGS.with(|a| a.borrow_mut().get_mut(acc).and_then(Option::take));
        let ip = running().ok_or_else(|| failed(AGG_FINAL))?;
        let obj = obj.ok_or_else(|| failed(AGG_FINAL))?;
        let fin = ops::getattr(ip, &obj, intern("finalize")).map_err(|_| failed(AGG_FINAL))?;
        let v = super::call_with(ip, &fin, &[]).map_err(|_| failed(AGG_FINAL))?;
        result_of(ip, &v).ok_or_else(|| failed(AGG_FINAL))
    }
}

#[function(_sqlite3, "create_aggregate(handle, name, narg, cls, /)")]
fn create_aggregate(ip: &Interp, handle: i64, name: &str, narg: i32, cls: Value) -> PyResult<()> {
    use rusqlite::functions::FunctionFlags;
    let c = conn(ip, handle)?;
    let index = FUNCS.with(|f| {
        let mut f = f.borrow_mut();
        f.push(cls);
        f.len() - 1
    });
    c.create_aggregate_function(name, narg, FunctionFlags::SQLITE_UTF8, PyAggregate(index))
        .map_err(|e| error(ip, e))
}

/// Calls the Python function `index` with a SQL function's arguments.
fn call_udf(ctx: &rusqlite::functions::Context<'_>, index: usize) -> rusqlite::Result<SqlValue> {
    let ip = RUNNING.with(Cell::get);
    if ip.is_null() {
        return Err(udf_failed());
    }
    // SAFETY: RUNNING is set only while `run` or `script` (which hold the interpreter borrowed)
    // are on the stack, and SQL functions are called only from within them.
    let ip = unsafe { &*ip };
    let Some(f) = FUNCS.with(|f| f.borrow().get(index).cloned()) else {
        return Err(udf_failed());
    };
    let mut args = Vec::with_capacity(ctx.len());
    for i in 0..ctx.len() {
        args.push(from_sql(ip, ctx.get_raw(i), "").map_err(|_| udf_failed())?);
    }
    match super::call_with(ip, &f, &args) {
        Ok(v) => match v {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) => {
                to_sql(ip, &v).map_err(|_| udf_failed())
            }
            Value::Bytes(_) => to_sql(ip, &v).map_err(|_| udf_failed()),
            _ => Err(udf_failed()),
        },
        Err(_) => Err(udf_failed()),
    }
}

#[function(
    _sqlite3,
    "create_function(handle, name, narg, func, deterministic, /)"
)]
fn create_function(
    ip: &Interp,
    handle: i64,
    name: &str,
    narg: i32,
    func: Value,
    deterministic: bool,
) -> PyResult<()> {
    use rusqlite::functions::FunctionFlags;
    let c = conn(ip, handle)?;
    let index = FUNCS.with(|f| {
        let mut f = f.borrow_mut();
        f.push(func);
        f.len() - 1
    });
    let mut flags = FunctionFlags::SQLITE_UTF8;
    if deterministic {
        flags |= FunctionFlags::SQLITE_DETERMINISTIC;
    }
    c.create_scalar_function(name, narg, flags, move |ctx| call_udf(ctx, index))
        .map_err(|e| error(ip, e))
}

#[function(_sqlite3, "complete(statement, /)")]
fn complete(ip: &Interp, statement: &str) -> PyResult<bool> {
    let Ok(c) = std::ffi::CString::new(statement) else {
        return Err(ip.err(ExcKind::ValueError, "embedded null character"));
    };
    // SAFETY: sqlite3_complete reads the NUL-terminated string it is given.
    Ok(unsafe { ffi::sqlite3_complete(c.as_ptr()) } != 0)
}

pub fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    m.set(intern("sqlite_version"), Value::str(rusqlite::version()));
    Ok(())
}

crate::native_module!("_sqlite3", init);
crate::python_module!("sqlite3", "sqlite3.py");
