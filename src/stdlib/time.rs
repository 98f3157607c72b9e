//! The `time` module: clocks, and `sleep`, which blocks the whole thread as CPython's does.

use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::{PyStr, Value};
use corun_macros::{function, method, staticmethod};

/// The zero of the monotonic clocks: the first time one is read.
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

/// Where `time.time()` starts under virtual time: 2024-01-01 00:00:00 UTC.
pub const VIRTUAL_EPOCH: u64 = 1_704_067_200;

/// Wall-clock time since 1970; under virtual time, `VIRTUAL_EPOCH` plus the virtual clock.
fn since_epoch(ip: &Interp) -> Duration {
    match ip.event_loop.virtual_time() {
        Some(t) => Duration::from_secs(VIRTUAL_EPOCH) + Duration::from_secs_f64(t),
        None => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default(),
    }
}

#[function(time, "time()")]
fn time(ip: &Interp) -> PyResult<f64> {
    if let Some(t) = ip.event_loop.virtual_time() {
        return Ok(VIRTUAL_EPOCH as f64 + t);
    }
    Ok(since_epoch(ip).as_secs_f64())
}

#[function(time, "time_ns()")]
fn time_ns(ip: &Interp) -> PyResult<i64> {
    Ok(since_epoch(ip).as_nanos() as i64)
}

/// The monotonic clocks; under virtual time, the virtual clock itself (0 at start).
fn mono(ip: &Interp) -> Duration {
    match ip.event_loop.virtual_time() {
        Some(t) => Duration::from_secs_f64(t),
        // A fixed offset keeps the clock well away from zero, as CPython's (boot-based) one is.
        None => origin().elapsed() + Duration::from_secs(1000),
    }
}

#[function(time, "monotonic()")]
fn monotonic(ip: &Interp) -> PyResult<f64> {
    Ok(mono_secs(ip))
}

#[function(time, "monotonic_ns()")]
fn monotonic_ns(ip: &Interp) -> PyResult<i64> {
    Ok(mono(ip).as_nanos() as i64)
}

/// `monotonic()`/`perf_counter()` as a float: the virtual clock's own value (so differences
/// of readings are exact sums of the sleeps), else the real clock.
fn mono_secs(ip: &Interp) -> f64 {
    match ip.event_loop.virtual_time() {
        Some(t) => t,
        None => mono(ip).as_secs_f64(),
    }
}

#[function(time, "perf_counter()")]
fn perf_counter(ip: &Interp) -> PyResult<f64> {
    Ok(mono_secs(ip))
}

#[function(time, "perf_counter_ns()")]
fn perf_counter_ns(ip: &Interp) -> PyResult<i64> {
    Ok(mono(ip).as_nanos() as i64)
}

/// CPU time of the process, from /proc where there is one, else wall time since start.
fn cpu_time() -> Duration {
    if let Ok(s) = std::fs::read_to_string("/proc/self/stat") {
        // Fields 14 and 15 (utime, stime) after the parenthesised command name, in clock ticks.
        if let Some(rest) = s.rsplit_once(')').map(|(_, r)| r) {
            let f: Vec<&str> = rest.split_whitespace().collect();
            if f.len() > 13 {
                let ticks: u64 =
                    f[11].parse::<u64>().unwrap_or(0) + f[12].parse::<u64>().unwrap_or(0);
                return Duration::from_millis(ticks * 10);
            }
        }
    }
    origin().elapsed()
}

#[function(time, "process_time()")]
fn process_time(_ip: &Interp) -> PyResult<f64> {
    Ok(cpu_time().as_secs_f64())
}

#[function(time, "process_time_ns()")]
fn process_time_ns(_ip: &Interp) -> PyResult<i64> {
    Ok(cpu_time().as_nanos() as i64)
}

/// `sleep(secs)`: any int or float (CPython's own conversion of a timestamp and its errors).
#[function(time, "sleep(secs, /)")]
fn sleep(ip: &Interp, secs: &Value) -> PyResult<()> {
    let secs = match secs {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => f.get(),
        Value::BigInt(_) => {
            return Err(ip.err(
                ExcKind::OverflowError,
                "timestamp too large to convert to C _PyTime_t",
            ))
        }
        other => {
            return ip.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(ip, other)
            ))
        }
    };
    if secs.is_nan() {
        return Err(ip.err(ExcKind::ValueError, "Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(ip.err(ExcKind::ValueError, "sleep length must be non-negative"));
    }
    if secs > 1e10 {
        return Err(ip.err(
            ExcKind::OverflowError,
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    // Under virtual time the clock moves on at once; the loop is still blocked all along.
    if ip.event_loop.advance_virtual(secs) {
        return Ok(());
    }
    // What was printed so far shows before the pause, as it does on a terminal.
    ip.flush_out();
    let d = Duration::from_secs_f64(secs);
    if crate::threads::others() {
        // The other threads run meanwhile.
        return crate::threads::sleep(ip, d);
    }
    crate::signals::sleep_in_code(ip, d)
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    origin();
    add_calendar(ip, m);
    // How many fields a `struct_time` has (nine by index, two more by name).
    m.set(crate::intern::intern("_STRUCT_TM_ITEMS"), Value::Int(11));
    Ok(())
}

crate::native_module!("time", init);

// ---- calendar time: struct_time, gmtime, localtime, mktime, strftime, asctime, ctime ----

/// A broken-down time, as `time.struct_time` holds it.
pub struct Tm {
    /// tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday, tm_yday, tm_isdst.
    pub f: [i64; 9],
    pub zone: String,
    pub gmtoff: i64,
    /// `tm_zone` and `tm_gmtoff` as given to the `struct_time(...)` constructor (None where
    /// not given), rather than the zone this time was computed in.
    pub given: Option<Box<[Value; 2]>>,
}

native_arg!(Tm, StructTime, "time.struct_time");

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn tm_of(dt: chrono::NaiveDateTime, isdst: i64, zone: String, gmtoff: i64) -> Tm {
    use chrono::{Datelike, Timelike};
    Tm {
        f: [
            dt.year() as i64,
            dt.month() as i64,
            dt.day() as i64,
            dt.hour() as i64,
            dt.minute() as i64,
            dt.second() as i64,
            dt.weekday().num_days_from_monday() as i64,
            dt.ordinal() as i64,
            isdst,
        ],
        zone,
        gmtoff,
        given: None,
    }
}

/// Seconds since the epoch from an argument (None: now), rounded down.
fn secs_arg(ip: &Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::None => Ok(since_epoch(ip).as_secs() as i64),
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(ip.err(ExcKind::ValueError, "Invalid value NaN (not a number)"));
            }
            if f.get().abs() > 1e17 {
                return Err(ip.err(
                    ExcKind::OverflowError,
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(f.get().floor() as i64)
        }
        v => match crate::runtime::numbers::as_bigint(v) {
            Some(b) => {
                use num_traits::ToPrimitive;
                b.to_i64().ok_or_else(|| {
                    ip.err(
                        ExcKind::OverflowError,
                        "timestamp out of range for platform time_t",
                    )
                })
            }
            None => Err(super::not_int(ip, v)),
        },
    }
}

fn out_of_range(ip: &Interp) -> crate::runtime::exceptions::Exc {
    ip.err(
        ExcKind::OverflowError,
        "timestamp out of range for platform time_t",
    )
}

fn gm(ip: &Interp, secs: i64) -> PyResult<Tm> {
    let dt = chrono::DateTime::from_timestamp(secs, 0).ok_or_else(|| {
        ip.err(
            ExcKind::OSError,
            "[Errno 75] Value too large for defined data type",
        )
    })?;
    Ok(tm_of(dt.naive_utc(), 0, "GMT".into(), 0))
}

/// The local zone's offset (seconds east of UTC) at a moment.
fn local_offset(secs: i64) -> Option<i64> {
    use chrono::{Offset, TimeZone};
    let dt = chrono::Local.timestamp_opt(secs, 0).single()?;
    Some(dt.offset().fix().local_minus_utc() as i64)
}

/// The zone's standard offset: the smaller of its January and July offsets that year.
fn standard_offset(secs: i64) -> i64 {
    let year_start = secs - secs.rem_euclid(365 * 86400);
    let jan = local_offset(year_start).unwrap_or(0);
    let jul = local_offset(year_start + 182 * 86400).unwrap_or(0);
    jan.min(jul)
}

fn zone_name(offset: i64) -> String {
    if offset == 0 {
        return "UTC".into();
    }
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.abs();
    if a % 3600 == 0 {
        format!("{}{:02}", sign, a / 3600)
    } else {
        format!("{}{:02}{:02}", sign, a / 3600, a % 3600 / 60)
    }
}

fn local(ip: &Interp, secs: i64) -> PyResult<Tm> {
    let off = local_offset(secs).ok_or_else(|| out_of_range(ip))?;
    let dt = chrono::DateTime::from_timestamp(secs + off, 0).ok_or_else(|| out_of_range(ip))?;
    let isdst = (off > standard_offset(secs)) as i64;
    Ok(tm_of(dt.naive_utc(), isdst, zone_name(off), off))
}

fn new_tm(ip: &Interp, tm: Tm) -> Value {
    super::new_obj(ip, &STRUCT_TIME, super::Native::StructTime(tm))
}

#[function(time, "gmtime(seconds=None, /)", style = tuple)]
fn gmtime(ip: &Interp, seconds: &Value) -> PyResult<Value> {
    let s = secs_arg(ip, seconds)?;
    Ok(new_tm(ip, gm(ip, s)?))
}

#[function(time, "localtime(seconds=None, /)", style = tuple)]
fn localtime(ip: &Interp, seconds: &Value) -> PyResult<Value> {
    let s = secs_arg(ip, seconds)?;
    Ok(new_tm(ip, local(ip, s)?))
}

/// A struct_time or a 9-tuple as a broken-down time (`what` names the function for errors).
fn tm_arg(ip: &Interp, v: &Value, what: &str) -> PyResult<Tm> {
    if let Value::Native(o) = v {
        if let super::Native::StructTime(t) = &o.kind {
            return Ok(Tm {
                f: t.f,
                zone: t.zone.clone(),
                gmtoff: t.gmtoff,
                given: t.given.clone(),
            });
        }
    }
    let Value::Tuple(t) = v else {
        return ip.type_error("Tuple or struct_time argument required");
    };
    if t.items.len() != 9 {
        return ip.type_error(format!("{}(): illegal time tuple argument", what));
    }
    let mut f = [0i64; 9];
    for (i, x) in t.items.iter().enumerate() {
        let v = super::ssize(ip, x)?;
        // Each field is a C int.
        if v > i32::MAX as i64 {
            return Err(ip.err(
                ExcKind::OverflowError,
                "signed integer is greater than maximum",
            ));
        }
        if v < i32::MIN as i64 {
            return Err(ip.err(
                ExcKind::OverflowError,
                "signed integer is less than minimum",
            ));
        }
        f[i] = v;
    }
    let zone = if f[8] > 0 { "DST" } else { "UTC" };
    Ok(Tm {
        f,
        zone: zone.into(),
        gmtoff: 0,
        given: None,
    })
}

/// Checks the fields as CPython's `checktm` does, after `gettmarg`'s adjustments.
fn check_tm(ip: &Interp, t: &mut Tm) -> PyResult<()> {
    let f = &mut t.f;
    if f[1] == 0 {
        f[1] = 1;
    }
    if f[2] == 0 {
        f[2] = 1;
    }
    if f[7] == 0 {
        f[7] = 1;
    }
    let bad = |msg: &str| Err(ip.err(ExcKind::ValueError, msg.to_string()));
    if !(1..=12).contains(&f[1]) {
        return bad("month out of range");
    }
    if !(1..=31).contains(&f[2]) {
        return bad("day of month out of range");
    }
    if !(0..=23).contains(&f[3]) {
        return bad("hour out of range");
    }
    if !(0..=59).contains(&f[4]) {
        return bad("minute out of range");
    }
    if !(0..=61).contains(&f[5]) {
        return bad("seconds out of range");
    }
    // Python's Monday=0 becomes C's Sunday=0 the way CPython converts it, C's `%` included.
    let c_wday = (f[6] + 1) % 7;
    if c_wday < 0 {
        return bad("day of week out of range");
    }
    f[6] = (c_wday + 6) % 7;
    if !(1..=366).contains(&f[7]) {
        return bad("day of year out of range");
    }
    Ok(())
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn asctime_of(t: &Tm) -> String {
    let f = &t.f;
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &DAYS[f[6].rem_euclid(7) as usize][..3],
        &MONTHS[(f[1] - 1).clamp(0, 11) as usize][..3],
        f[2],
        f[3],
        f[4],
        f[5],
        f[0]
    )
}

/// ISO 8601 week-based year and week number.
fn iso_week(t: &Tm) -> (i64, i64) {
    let (year, yday, wday) = (t.f[0], t.f[7] - 1, t.f[6]);
    let week = (yday - wday + 10) / 7;
    let is_leap = |y: i64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let weeks_in = |y: i64| {
        // A year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year.
        let jan1 = (wday - yday).rem_euclid(7);
        let _ = y;
        if jan1 == 3 || (jan1 == 2 && is_leap(year)) {
            53
        } else {
            52
        }
    };
    if week < 1 {
        let py = year - 1;
        let days_prev = if is_leap(py) { 366 } else { 365 };
        let jan1_prev = (wday - yday - days_prev).rem_euclid(7);
        let w = if jan1_prev == 3 || (jan1_prev == 2 && is_leap(py)) {
            53
        } else {
            52
        };
        return (py, w);
    }
    if week > weeks_in(year) {
        return (year + 1, 1);
    }
    (year, week)
}

fn strftime_of(fmt: &str, t: &Tm) -> String {
    let f = &t.f;
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let wday_sun = (f[6] + 1) % 7;
    let hour12 = if f[3] % 12 == 0 { 12 } else { f[3] % 12 };
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let s = match d {
            'a' => DAYS[f[6].rem_euclid(7) as usize][..3].to_string(),
            'A' => DAYS[f[6].rem_euclid(7) as usize].to_string(),
            'b' | 'h' => MONTHS[(f[1] - 1).clamp(0, 11) as usize][..3].to_string(),
            'B' => MONTHS[(f[1] - 1).clamp(0, 11) as usize].to_string(),
            'c' => asctime_of(t),
            'C' => format!("{:02}", f[0].div_euclid(100)),
            'd' => format!("{:02}", f[2]),
            'D' => format!("{:02}/{:02}/{:02}", f[1], f[2], f[0].rem_euclid(100)),
            'e' => format!("{:2}", f[2]),
            'F' => format!("{}-{:02}-{:02}", f[0], f[1], f[2]),
            'G' => iso_week(t).0.to_string(),
            'g' => format!("{:02}", iso_week(t).0.rem_euclid(100)),
            'H' => format!("{:02}", f[3]),
            'I' => format!("{:02}", hour12),
            'j' => format!("{:03}", f[7]),
            'k' => format!("{:2}", f[3]),
            'l' => format!("{:2}", hour12),
            'm' => format!("{:02}", f[1]),
            'M' => format!("{:02}", f[4]),
            'n' => "\n".into(),
            'p' => (if f[3] < 12 { "AM" } else { "PM" }).into(),
            'r' => format!(
                "{:02}:{:02}:{:02} {}",
                hour12,
                f[4],
                f[5],
                if f[3] < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{:02}:{:02}", f[3], f[4]),
            'S' => format!("{:02}", f[5]),
            't' => "\t".into(),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", f[3], f[4], f[5]),
            'u' => (f[6] + 1).to_string(),
            'U' => format!("{:02}", (f[7] - 1 - wday_sun + 7) / 7),
            'V' => format!("{:02}", iso_week(t).1),
            'w' => wday_sun.to_string(),
            'W' => format!("{:02}", (f[7] - 1 - f[6] + 7) / 7),
            'x' => format!("{:02}/{:02}/{:02}", f[1], f[2], f[0].rem_euclid(100)),
            'y' => format!("{:02}", f[0].rem_euclid(100)),
            'Y' => f[0].to_string(),
            'z' => {
                let o = t.gmtoff;
                let sign = if o < 0 { '-' } else { '+' };
                format!("{}{:02}{:02}", sign, o.abs() / 3600, o.abs() % 3600 / 60)
            }
            'Z' => t.zone.clone(),
            '%' => "%".into(),
            other => format!("%{}", other),
        };
        out.push_str(&s);
    }
    out
}

#[function(time, "strftime(format, tuple=<unrepresentable>, /)", style = tuple)]
fn strftime(ip: &Interp, format: &Rc<PyStr>, tuple: Option<&Value>) -> PyResult<String> {
    let mut t = match tuple {
        Some(v) => tm_arg(ip, v, "strftime")?,
        None => local(ip, since_epoch(ip).as_secs() as i64)?,
    };
    check_tm(ip, &mut t)?;
    Ok(strftime_of(&format.s, &t))
}

#[function(time, "asctime(t=<unrepresentable>, /)", style = unpack)]
fn asctime(ip: &Interp, t: Option<&Value>) -> PyResult<String> {
    let mut t = match t {
        Some(v) => tm_arg(ip, v, "asctime")?,
        None => local(ip, since_epoch(ip).as_secs() as i64)?,
    };
    check_tm(ip, &mut t)?;
    Ok(asctime_of(&t))
}

#[function(time, "ctime(seconds=None, /)", style = tuple)]
fn ctime(ip: &Interp, seconds: &Value) -> PyResult<String> {
    let s = secs_arg(ip, seconds)?;
    Ok(asctime_of(&local(ip, s)?))
}

/// `strptime(string, format)`: shipped `_strptime`'s `_strptime_time` does the parsing (the
/// C locale's directives), as CPython's time module hands it over.
#[function(time, "strptime(string, format=<unrepresentable>, /)", style = tuple)]
fn strptime(ip: &Interp, string: Value, format: Option<&Value>) -> PyResult<Value> {
    let module = crate::runtime::modules::import_dotted(ip, "_strptime")?;
    let parse = crate::eval::ops::getattr(ip, &module, crate::intern::intern("_strptime_time"))?;
    let mut args: crate::eval::call::Args =
        std::iter::once(string).chain(format.cloned()).collect();
    crate::eval::call::call_value(ip, &parse, &mut args, &[])
}

#[function(time, "mktime(t, /)")]
fn mktime(ip: &Interp, t: &Value) -> PyResult<f64> {
    let t = tm_arg(ip, t, "mktime")?;
    let f = &t.f;
    // The fields as if they were UTC, normalised the way C's mktime does (months and days
    // past their ranges carry over), then the local offset taken off.
    let y = f[0] + (f[1] - 1).div_euclid(12);
    let m = (f[1] - 1).rem_euclid(12) as u32 + 1;
    let Some(first) = chrono::NaiveDate::from_ymd_opt(y as i32, m, 1) else {
        return Err(ip.err(ExcKind::OverflowError, "mktime argument out of range"));
    };
    let Some(midnight) = first.and_hms_opt(0, 0, 0) else {
        return Err(ip.err(ExcKind::OverflowError, "mktime argument out of range"));
    };
    // The fields fit a C int (tm_arg checks), so this cannot overflow.
    let wall = midnight.and_utc().timestamp() + (f[2] - 1) * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    let mut off = local_offset(wall).unwrap_or(0);
    off = local_offset(wall - off).unwrap_or(off);
    Ok((wall - off) as f64)
}

pub fn struct_time_repr(ip: &Interp, t: &Tm) -> PyResult<String> {
    let _ = ip;
    let parts: Vec<String> = FIELDS
        .iter()
        .zip(t.f.iter())
        .map(|(n, v)| format!("{}={}", n, v))
        .collect();
    Ok(format!("time.struct_time({})", parts.join(", ")))
}

pub fn struct_time_attr(t: &Tm, name: crate::intern::Symbol) -> Option<Value> {
    if let Some(g) = &t.given {
        match name.as_str() {
            "tm_zone" => return Some(g[0].clone()),
            "tm_gmtoff" => return Some(g[1].clone()),
            _ => {}
        }
    }
    match name.as_str() {
        "tm_zone" => Some(Value::str(&t.zone)),
        "tm_gmtoff" => Some(Value::Int(t.gmtoff)),
        n => FIELDS
            .iter()
            .position(|f| *f == n)
            .map(|i| Value::Int(t.f[i])),
    }
}

pub fn struct_time_tuple(t: &Tm) -> Value {
    Value::tuple(t.f.iter().map(|x| Value::Int(*x)).collect())
}

/// `struct_time(sequence, dict=None)`: CPython's structseq constructor, named so in its errors.
#[staticmethod(
    "time.struct_time",
    "structseq($type, sequence, dict=None)",
    attr = "__new__"
)]
fn struct_time_new(
    ip: &Interp,
    _cls: &Value,
    sequence: &Value,
    dict: Option<&Value>,
) -> PyResult<Value> {
    let items = match ops::collect(ip, sequence) {
        Ok(items) => items,
        Err(e) if e.is_instance(ip.exc_class(ExcKind::TypeError)) => {
            return ip.type_error("constructor requires a sequence")
        }
        Err(e) => return Err(e),
    };
    // An explicit None is refused too, as CPython does.
    if dict.is_some_and(|d| !matches!(d, Value::Dict(_))) {
        return ip.type_error("time.struct_time() takes a dict as second arg, if any");
    }
    if items.len() < 9 {
        return ip.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        ));
    }
    if items.len() > 11 {
        return ip.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        ));
    }
    let mut t = tm_arg(ip, &Value::tuple(items[..9].to_vec()), "struct_time")?;
    // The two fields reachable only by name: from the sequence, else from the dict.
    let by_name = |i: usize, name: &str| -> PyResult<Value> {
        if let Some(v) = items.get(9 + i) {
            return Ok(v.clone());
        }
        match dict {
            Some(Value::Dict(d)) => {
                Ok(crate::runtime::dict::get(ip, d, &Value::str(name))?.unwrap_or(Value::None))
            }
            _ => Ok(Value::None),
        }
    };
    t.given = Some(Box::new([by_name(0, "tm_zone")?, by_name(1, "tm_gmtoff")?]));
    Ok(new_tm(ip, t))
}

/// `__reduce__()`: how pickle and copy remake a struct_time, as CPython's struct sequences:
/// the class, the nine items and a dict of the two named-only fields.
#[method("time.struct_time", "__reduce__($self, /)")]
fn struct_time_reduce(ip: &Interp, this: &Tm) -> PyResult<Value> {
    let named = Value::dict();
    if let Value::Dict(d) = &named {
        for f in ["tm_zone", "tm_gmtoff"] {
            let v = struct_time_attr(this, intern(f)).unwrap_or(Value::None);
            crate::runtime::dict::set(ip, d, Value::str(f), v)?;
        }
    }
    Ok(Value::tuple(vec![
        Value::Class(super::class(ip, &STRUCT_TIME)),
        Value::tuple(vec![struct_time_tuple(this), named]),
    ]))
}

static STRUCT_TIME: super::ClassSpec = super::ClassSpec {
    key: "time.struct_time",
    module: "time",
    name: "struct_time",
    base: None,
    new: None,
    methods: &[],
};

fn add_calendar(ip: &Interp, m: &ModuleObj) {
    let cls = super::class(ip, &STRUCT_TIME);
    {
        let mut d = cls.dict.borrow_mut();
        for (name, n) in [
            ("n_fields", 11),
            ("n_sequence_fields", 9),
            ("n_unnamed_fields", 0),
        ] {
            d.insert(intern(name), Value::Int(n));
        }
    }
    m.set(intern("struct_time"), Value::Class(cls));
    let now = since_epoch(ip).as_secs() as i64;
    let std_off = standard_offset(now);
    let year_start = now - now.rem_euclid(365 * 86400);
    let jan = local_offset(year_start).unwrap_or(0);
    let jul = local_offset(year_start + 182 * 86400).unwrap_or(0);
    let dst_off = jan.max(jul);
    m.set(intern("timezone"), Value::Int(-std_off));
    m.set(intern("altzone"), Value::Int(-dst_off));
    m.set(intern("daylight"), Value::Int((jan != jul) as i64));
    m.set(
        intern("tzname"),
        Value::tuple(vec![
            Value::string(zone_name(std_off)),
            Value::string(zone_name(dst_off)),
        ]),
    );
}
