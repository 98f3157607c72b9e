//! The `gc` module: the cycle collector's interface (`runtime::gc` does the work).

use std::rc::Rc;

use crate::eval::call::check_args;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::builtins::clinic_args;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::gc;
use crate::runtime::object::{Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::std_fns;

const GENERATIONS: i64 = 3;

fn int_arg(ip: &Interp, v: &Value) -> PyResult<i64> {
    match crate::eval::classes::value_base(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        other => ip.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(ip, other)
        )),
    }
}

/// `gc.collect(generation=2)`.
fn collect(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [g] = clinic_args(ip, "collect", args, kw, ["generation"], 0, 0)?;
    let g = match g {
        Some(v) => int_arg(ip, &v)?,
        None => GENERATIONS - 1,
    };
    if !(0..GENERATIONS).contains(&g) {
        return Err(ip.err(ExcKind::ValueError, "invalid generation"));
    }
    Ok(Value::Int(gc::collect_now(ip, g as usize) as i64))
}

fn enable(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.enable", args, kw, 0, 0)?;
    gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.disable", args, kw, 0, 0)?;
    gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.isenabled", args, kw, 0, 0)?;
    Ok(Value::bool(gc::is_enabled()))
}

fn ints(xs: &[usize]) -> Value {
    Value::tuple(xs.iter().map(|&x| Value::Int(x as i64)).collect())
}

fn get_count(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.get_count", args, kw, 0, 0)?;
    Ok(ints(&gc::get_count()))
}

fn get_threshold(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.get_threshold", args, kw, 0, 0)?;
    Ok(ints(&gc::get_threshold()))
}

fn set_threshold(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("set_threshold() takes no keyword arguments");
    }
    if args.is_empty() {
        return ip.type_error("set_threshold() takes at least 1 argument (0 given)");
    }
    if args.len() > 3 {
        return ip.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            args.len()
        ));
    }
    let mut t = Vec::with_capacity(args.len());
    for a in args {
        // CPython keeps C ints; a negative threshold acts as zero.
        t.push(int_arg(ip, a)?.clamp(0, i32::MAX as i64) as usize);
    }
    gc::set_threshold(&t);
    Ok(Value::None)
}

fn get_objects(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    let [g] = clinic_args(ip, "get_objects", args, kw, ["generation"], 0, 0)?;
    let g = match g {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = int_arg(ip, &v)?;
            if g >= GENERATIONS {
                return Err(ip.err(
                    ExcKind::ValueError,
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < 0 {
                None
            } else {
                Some(g as usize)
            }
        }
    };
    Ok(Value::list(gc::objects(g)))
}

/// Whether CPython's collector would track `v`: containers are tracked, atomic values are
/// not, and a dict or tuple only while it holds something that is not atomic.
fn tracked(v: &Value) -> bool {
    match v {
        Value::Dict(d) => d.is_tracked(),
        Value::Tuple(t) => t.items.iter().any(Value::is_container),
        Value::Builtin(_) => true,
        other => other.is_container(),
    }
}

fn is_tracked(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.is_tracked", args, kw, 1, 1)?;
    Ok(Value::bool(tracked(&args[0])))
}

fn is_finalized(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.is_finalized", args, kw, 1, 1)?;
    Ok(Value::bool(match &args[0] {
        Value::Instance(i) => i.flags.get() & crate::runtime::instance::FINALIZED != 0,
        _ => false,
    }))
}

fn freeze(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.freeze", args, kw, 0, 0)?;
    gc::freeze();
    Ok(Value::None)
}

fn unfreeze(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.unfreeze", args, kw, 0, 0)?;
    gc::unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.get_freeze_count", args, kw, 0, 0)?;
    Ok(Value::Int(gc::freeze_count() as i64))
}

fn get_stats(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.get_stats", args, kw, 0, 0)?;
    let mut out = Vec::new();
    for (collections, collected) in gc::get_stats() {
        let d = crate::runtime::dict::PyDict::new();
        for (k, v) in [
            ("collections", collections),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            crate::runtime::dict::set(ip, &d, Value::str(k), Value::Int(v as i64))?;
        }
        out.push(Value::Dict(d));
    }
    Ok(Value::list(out))
}

fn get_referents(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("get_referents() takes no keyword arguments");
    }
    let mut out = Vec::new();
    for a in args {
        out.extend(gc::referents(a));
    }
    Ok(Value::list(out))
}

fn get_referrers(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return ip.type_error("get_referrers() takes no keyword arguments");
    }
    Ok(Value::list(gc::referrers(args)))
}

thread_local! {
    static DEBUG: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

fn set_debug(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.set_debug", args, kw, 1, 1)?;
    let flags = int_arg(ip, &args[0])?;
    DEBUG.with(|d| d.set(flags));
    Ok(Value::None)
}

fn get_debug(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    check_args(ip, "gc.get_debug", args, kw, 0, 0)?;
    Ok(Value::Int(DEBUG.with(|d| d.get())))
}

std_fns! { None;
    COLLECT = "collect" => collect,
    ENABLE = "enable" => enable,
    DISABLE = "disable" => disable,
    ISENABLED = "isenabled" => isenabled,
    GET_COUNT = "get_count" => get_count,
    GET_THRESHOLD = "get_threshold" => get_threshold,
    SET_THRESHOLD = "set_threshold" => set_threshold,
    GET_OBJECTS = "get_objects" => get_objects,
    IS_TRACKED = "is_tracked" => is_tracked,
    IS_FINALIZED = "is_finalized" => is_finalized,
    FREEZE = "freeze" => freeze,
    UNFREEZE = "unfreeze" => unfreeze,
    GET_FREEZE_COUNT = "get_freeze_count" => get_freeze_count,
    GET_STATS = "get_stats" => get_stats,
    GET_REFERENTS = "get_referents" => get_referents,
    GET_REFERRERS = "get_referrers" => get_referrers,
    SET_DEBUG = "set_debug" => set_debug,
    GET_DEBUG = "get_debug" => get_debug,
}

pub fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    super::add_fns(
        m,
        &[
            &COLLECT,
            &ENABLE,
            &DISABLE,
            &ISENABLED,
            &GET_COUNT,
            &GET_THRESHOLD,
            &SET_THRESHOLD,
            &GET_OBJECTS,
            &IS_TRACKED,
            &IS_FINALIZED,
            &FREEZE,
            &UNFREEZE,
            &GET_FREEZE_COUNT,
            &GET_STATS,
            &GET_REFERENTS,
            &GET_REFERRERS,
            &SET_DEBUG,
            &GET_DEBUG,
        ],
    );
    // No legacy finalizers exist, so nothing is ever uncollectable: `garbage` stays empty.
    m.set(intern("garbage"), Value::list(Vec::new()));
    let callbacks = Value::list(Vec::new());
    gc::set_callbacks_list(callbacks.clone());
    m.set(intern("callbacks"), callbacks);
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        m.set(intern(name), Value::Int(v));
    }
    Ok(())
}

crate::native_module!("gc", init);
