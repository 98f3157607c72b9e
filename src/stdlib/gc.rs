//! The `gc` module: the cycle collector's interface (`runtime::gc` does the work).

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::gc;
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

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

#[function(gc, "collect(generation=2)")]
fn collect(ip: &Interp, generation: i32) -> PyResult<i64> {
    let g = generation as i64;
    if !(0..GENERATIONS).contains(&g) {
        return Err(ip.err(ExcKind::ValueError, "invalid generation"));
    }
    Ok(gc::collect_now(ip, g as usize) as i64)
}

#[function(gc, "enable()")]
fn enable(_ip: &Interp) -> PyResult<()> {
    gc::set_enabled(true);
    Ok(())
}

#[function(gc, "disable()")]
fn disable(_ip: &Interp) -> PyResult<()> {
    gc::set_enabled(false);
    Ok(())
}

#[function(gc, "isenabled()")]
fn isenabled(_ip: &Interp) -> PyResult<bool> {
    Ok(gc::is_enabled())
}

fn ints(xs: &[usize]) -> Value {
    Value::tuple(xs.iter().map(|&x| Value::Int(x as i64)).collect())
}

#[function(gc, "get_count()")]
fn get_count(_ip: &Interp) -> PyResult<Value> {
    Ok(ints(&gc::get_count()))
}

#[function(gc, "get_threshold()")]
fn get_threshold(_ip: &Interp) -> PyResult<Value> {
    Ok(ints(&gc::get_threshold()))
}

#[function(
    gc,
    "set_threshold(threshold0, threshold1=<unrepresentable>, threshold2=<unrepresentable>, /)",
    style = tuple
)]
fn set_threshold(
    ip: &Interp,
    threshold0: &Value,
    threshold1: Option<&Value>,
    threshold2: Option<&Value>,
) -> PyResult<()> {
    let mut t = Vec::with_capacity(3);
    for a in [Some(threshold0), threshold1, threshold2]
        .into_iter()
        .flatten()
    {
        // CPython keeps C ints; a negative threshold acts as zero.
        t.push(int_arg(ip, a)?.clamp(0, i32::MAX as i64) as usize);
    }
    gc::set_threshold(&t);
    Ok(())
}

#[function(gc, "get_objects(generation=None)")]
fn get_objects(ip: &Interp, generation: Option<&Value>) -> PyResult<Value> {
    let g = match generation {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = match crate::eval::classes::value_base(v) {
                Value::Int(_) | Value::Bool(_) => int_arg(ip, v)?,
                other => {
                    return ip.type_error(format!(
                        "argument should be integer or None, not '{}'",
                        ops::type_name(ip, other)
                    ))
                }
            };
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

#[function(gc, "is_tracked(obj, /)")]
fn is_tracked(_ip: &Interp, obj: &Value) -> PyResult<bool> {
    Ok(tracked(obj))
}

#[function(gc, "is_finalized(obj, /)")]
fn is_finalized(_ip: &Interp, obj: &Value) -> PyResult<bool> {
    Ok(match obj {
        Value::Instance(i) => i.flags.get() & crate::runtime::instance::FINALIZED != 0,
        _ => false,
    })
}

#[function(gc, "freeze()")]
fn freeze(_ip: &Interp) -> PyResult<()> {
    gc::freeze();
    Ok(())
}

#[function(gc, "unfreeze()")]
fn unfreeze(_ip: &Interp) -> PyResult<()> {
    gc::unfreeze();
    Ok(())
}

#[function(gc, "get_freeze_count()")]
fn get_freeze_count(_ip: &Interp) -> PyResult<i64> {
    Ok(gc::freeze_count() as i64)
}

#[function(gc, "get_stats()")]
fn get_stats(ip: &Interp) -> PyResult<Value> {
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

#[function(gc, "get_referents(*objs)", style = tuple)]
fn get_referents(_ip: &Interp, objs: &[Value]) -> PyResult<Value> {
    let mut out = Vec::new();
    for a in objs {
        out.extend(gc::referents(a));
    }
    Ok(Value::list(out))
}

#[function(gc, "get_referrers(*objs)", style = tuple)]
fn get_referrers(_ip: &Interp, objs: &[Value]) -> PyResult<Value> {
    Ok(Value::list(gc::referrers(objs)))
}

thread_local! {
    static DEBUG: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

#[function(gc, "set_debug(flags, /)")]
fn set_debug(_ip: &Interp, flags: i32) -> PyResult<()> {
    DEBUG.with(|d| d.set(flags as i64));
    Ok(())
}

#[function(gc, "get_debug()")]
fn get_debug(_ip: &Interp) -> PyResult<i64> {
    Ok(DEBUG.with(|d| d.get()))
}

pub fn init(_ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
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
