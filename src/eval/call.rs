//! Calling: binding arguments to parameters (with CPython's error messages), running function
//! bodies on the sync path, making coroutine objects for `async def`.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::eval::frames::{Kind, Link};
use crate::eval::{enter_call, leave_call, sync, Frame, Interp, Slots};
use crate::intern::Symbol;
use crate::runtime::coroutine::{CoroBody, Coroutine};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::{CellRef, Function, Kwargs};
use crate::runtime::value::Value;

/// Positional arguments of a call: inline on the stack for up to eight.
pub type Args = SmallVec<[Value; 8]>;

/// CPython's error for a method of a builtin type called without its object.
#[cold]
#[inline(never)]
fn unbound_without_receiver(ip: &Interp, b: &crate::runtime::object::BuiltinFn) -> Exc {
    let msg = crate::runtime::slots::unbound_error(b).unwrap_or_else(|| {
        format!(
            "unbound method {}.{}() needs an argument",
            b.owner.unwrap_or_default(),
            b.name
        )
    });
    ip.err(ExcKind::TypeError, msg)
}

/// Calls `callee`. The arguments are taken by reference and may be consumed (a Python function
/// binds them in place into its frame's slots, so they are never copied).
#[inline]
pub fn call_value(ip: &Interp, callee: &Value, args: &mut Args, kw: &Kwargs) -> PyResult<Value> {
    match callee {
        Value::Function(f) => call_function(ip, f, args, kw),
        Value::Builtin(b) => call_builtin_fn(ip, b, args, kw),
        Value::BoundMethod(m) => {
            args.insert(0, m.receiver.clone());
            call_value(ip, &m.func, args, kw)
        }
        Value::Class(c) if c.user => crate::eval::classes::construct(ip, c, args, kw),
        Value::Class(c) => crate::runtime::types::construct(ip, c, args, kw),
        Value::Instance(_) => {
            match crate::eval::classes::user_method(callee, crate::intern::sym::__call__) {
                Some(m) => {
                    let f = match m {
                        Value::Function(_) => {
                            args.insert(0, callee.clone());
                            m
                        }
                        // Another object as `__call__` (perhaps the instance itself): a
                        // level of recursion that pushes no frame, counted as CPython counts it.
                        _ => {
                            let f = crate::eval::ops::getattr(
                                ip,
                                callee,
                                crate::intern::sym::__call__,
                            )?;
                            crate::eval::enter_native(ip, " while calling a Python object")?;
                            let r = call_value(ip, &f, args, kw);
                            crate::eval::leave_call(ip);
                            return r;
                        }
                    };
                    call_value(ip, &f, args, kw)
                }
                None => Err(ip.err(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object is not callable",
                        crate::eval::ops::type_name(ip, callee)
                    ),
                )),
            }
        }
        Value::Native(o) => crate::stdlib::call(ip, o, args, kw),

        _ => Err(ip.err(
            ExcKind::TypeError,
            format!(
                "'{}' object is not callable",
                crate::eval::ops::type_name(ip, callee)
            ),
        )),
    }
}

/// Calls a builtin function or a method of a builtin type.
#[inline(always)]
pub fn call_builtin_fn(
    ip: &Interp,
    b: &crate::runtime::object::BuiltinFn,
    args: &mut Args,
    kw: &Kwargs,
) -> PyResult<Value> {
    // A method taken from its type and called with nothing (`list.reverse()`): a declared one
    // says so through its binder; one that reads its own arguments needs its receiver checked
    // for here.
    if args.is_empty() && b.sig.is_none() && b.owner.is_some() {
        return Err(unbound_without_receiver(ip, b));
    }
    if let (Some(owner), Some(Value::Instance(_))) = (b.owner, args.first()) {
        if crate::eval::classes::acts_on_base(b) {
            subclass_receiver(ip, owner, args);
        }
    }
    (b.call)(ip, args, kw)
}

/// A method of a builtin type taken from its type and called on an instance of a subclass
/// (`list.append(my_list, x)`): it works on the builtin value the instance holds, as it does
/// when bound through the instance.
#[inline(never)]
fn subclass_receiver(ip: &Interp, owner: &str, args: &mut Args) {
    let Some(base) = crate::eval::classes::base_of(&args[0]) else {
        return;
    };
    if crate::eval::ops::type_name(ip, base) == owner {
        args[0] = base.clone();
    }
}

/// Calls a Python function: binds the arguments, then runs the body (or, for `async def`,
/// makes the coroutine object without running anything).
#[inline]
pub fn call_function(
    ip: &Interp,
    f: &Rc<Function>,
    args: &mut Args,
    kw: &Kwargs,
) -> PyResult<Value> {
    if kw.is_empty() && f.def.scope.plain_arity == Some(args.len() as u32) {
        return call_plain(ip, f, args, ip.cur_pos.get());
    }
    bind_args(ip, f, args, kw)?;
    let def = &f.def;
    if def.is_async {
        if def.scope.is_generator {
            return Ok(crate::runtime::async_gen::make(
                f,
                frame_vec(std::mem::take(args)),
            ));
        }
        return Ok(make_coroutine(f, std::mem::take(args)));
    }
    if def.scope.is_generator {
        // The function's shared names: nothing is cloned per generator.
        return Ok(Value::Generator(Coroutine::with_names(
            crate::runtime::coroutine::CoKind::Generator,
            f.shared_coro_names(),
            CoroBody::Py {
                func: f.clone(),
                locals: frame_vec(std::mem::take(args)),
            },
        )));
    }
    run_sync_body(ip, f, args)
}

/// The slots of a suspendable frame, kept until it finishes: exactly as many as it has. (A
/// `SmallVec` that has not spilled collects into a `Vec` of at least four.)
fn frame_vec(slots: Slots) -> Vec<Value> {
    if slots.spilled() {
        let mut v = slots.into_vec();
        v.shrink_to_fit();
        return v;
    }
    let mut v = Vec::with_capacity(slots.len());
    v.extend(slots);
    v
}

pub fn make_coroutine(f: &Rc<Function>, locals: Slots) -> Value {
    Value::Coroutine(Coroutine::with_names(
        crate::runtime::coroutine::CoKind::Coroutine,
        f.shared_coro_names(),
        CoroBody::Py {
            func: f.clone(),
            locals: frame_vec(locals),
        },
    ))
}

/// Calls a plain function (`ScopeInfo::plain_arity`) with exactly its number of positional
/// arguments: they are its first local slots as they stand.
#[inline]
pub fn call_plain(
    ip: &Interp,
    f: &Rc<Function>,
    locals: &mut Slots,
    caller_pos: u32,
) -> PyResult<Value> {
    pad_slots(locals, f.def.scope.local_names.len());
    run_body_from(ip, f, locals, caller_pos)
}

/// Adds unbound slots to `locals` up to `n`. The test stays inline (the callers are on the
/// call path and must stay small); the pushes are of a constant, where `resize` would clone
/// its fill value out of line for every slot.
#[inline(always)]
pub fn pad_slots(locals: &mut Slots, n: usize) {
    if n > locals.len() {
        push_unbound(locals, n);
    }
}

#[inline(never)]
fn push_unbound(locals: &mut Slots, n: usize) {
    // An exact-size iterator: one reservation, then the slots are written in a plain loop
    // (`push` checks the capacity and whether the vector spilled at every slot).
    let k = n - locals.len();
    locals.extend(std::iter::repeat_with(|| Value::Undef).take(k));
}

/// Runs a function body that cannot suspend to completion on the sync path; `locals` are the
/// bound arguments, moved into the frame.
pub fn run_sync_body(ip: &Interp, f: &Rc<Function>, locals: &mut Slots) -> PyResult<Value> {
    run_body_from(ip, f, locals, ip.cur_pos.get())
}

/// `run_sync_body` called from the source position `caller_pos`, which is restored after the
/// call. A caller that knows its position passes it: the CPU then need not reload it right
/// after it was stored.
#[inline(never)]
pub fn run_body_from(
    ip: &Interp,
    f: &Rc<Function>,
    locals: &mut Slots,
    caller_pos: u32,
) -> PyResult<Value> {
    if crate::stack::has_room() {
        run_body_here(ip, f, locals, caller_pos)
    } else {
        run_body_grown(ip, f, locals, caller_pos)
    }
}

#[cold]
fn run_body_grown(
    ip: &Interp,
    f: &Rc<Function>,
    locals: &mut Slots,
    caller_pos: u32,
) -> PyResult<Value> {
    crate::eval::with_stack(ip, || run_body_here(ip, f, locals, caller_pos))
}

#[inline(always)]
fn run_body_here(
    ip: &Interp,
    f: &Rc<Function>,
    locals: &mut Slots,
    caller_pos: u32,
) -> PyResult<Value> {
    enter_call(ip)?;
    let mut frame = Frame {
        locals,
        cells: Box::default(),
        module: &f.module,
        ret: Value::None,
        handling: None,
    };
    if !f.def.scope.cell_names.is_empty() {
        frame.cells = make_cells_slow(f, frame.locals);
    }
    let link = Link::new(ip, caller_pos, Kind::Function);
    link.set_frame(&frame);
    link.push(ip);
    ip.cur_file.set(f.file);
    ip.cur_name.set(f.def.name);
    let r = sync::exec_block(ip, &mut frame, &f.def.body);
    let ret = std::mem::replace(&mut frame.ret, Value::None);
    if frame.cells.is_empty() && frame.handling.is_none() {
        // It owns nothing: skip the drop glue, an out-of-line call.
        std::mem::forget(frame);
    } else {
        // What it drops may run Python code, which must not see the slots going away.
        link.frame.set(std::ptr::null());
        drop(frame);
    }
    if let Err(e) = &r {
        ip.traceback_here(e);
    }
    leave_call(ip);
    link.pop(ip);
    sync::discard_args(locals);
    match r {
        Ok(_) => Ok(ret),
        Err(e) => {
            sync::discard(ret);
            Err(e)
        }
    }
}

/// The cells of a new frame: its own captured locals (parameters copied in), then the closure.
#[inline]
pub fn make_cells(f: &Function, locals: &[Value]) -> Box<[CellRef]> {
    let scope = &f.def.scope;
    if scope.cell_names.is_empty() {
        return Box::default();
    }
    make_cells_slow(f, locals)
}

fn make_cells_slow(f: &Function, locals: &[Value]) -> Box<[CellRef]> {
    let scope = &f.def.scope;
    let mut cells: Vec<CellRef> = Vec::with_capacity(scope.cell_names.len());
    for _ in 0..scope.own_cells {
        cells.push(crate::runtime::object::new_cell(Value::Undef));
    }
    for &(param, cell) in &scope.cell_params {
        *cells[cell as usize].borrow_mut() = locals[param as usize].clone();
    }
    cells.extend(f.closure.iter().cloned());
    cells.into_boxed_slice()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

fn name_list(names: &[Symbol]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    }
}

/// Binds call arguments to a function's parameters: `args` becomes the frame's local slots.
#[inline]
pub fn bind_args(ip: &Interp, f: &Function, out: &mut Args, kw: &Kwargs) -> PyResult<()> {
    let def = &f.def;
    let p = &def.params;
    // Fast path: exactly the positional parameters, nothing else.
    if kw.is_empty()
        && out.len() == p.posonly.len() + p.args.len()
        && p.vararg.is_none()
        && p.kwonly.is_empty()
        && p.kwarg.is_none()
    {
        pad_slots(out, def.scope.local_names.len());
        return Ok(());
    }
    bind_args_general(ip, f, out, kw)
}

/// Binding with defaults, keywords, `*args`, `**kwargs`, and CPython's errors.
#[inline(never)]
fn bind_args_general(ip: &Interp, f: &Function, out: &mut Args, kw: &Kwargs) -> PyResult<()> {
    let def = &f.def;
    let p = &def.params;
    let npos = p.posonly.len() + p.args.len();
    let nlocals = def.scope.local_names.len();
    // `f(x)` of `def f(x, y=0)`: positional arguments only, the rest from the defaults.
    if kw.is_empty() && p.vararg.is_none() && p.kwonly.is_empty() && p.kwarg.is_none() {
        let defaults = f.defaults.borrow();
        let (n, nd) = (out.len(), defaults.len());
        if n < npos && npos - n <= nd {
            out.extend(defaults[nd - (npos - n)..].iter().map(sync::clone_value));
            pad_slots(out, nlocals);
            return Ok(());
        }
    }
    // The function's `__qualname__`, as CPython names it in these errors.
    let qual = || {
        let q = f.qualname.borrow().clone();
        crate::runtime::repr::str_of(ip, &q).unwrap_or_else(|_| def.qualname.clone())
    };
    // The arguments are bound where they stand: the positional ones are already in the first
    // slots; what goes to `*args` is moved out into its tuple, and the other slots start
    // unbound.
    let nargs = out.len();
    let mut slot = npos;
    let rest = if p.vararg.is_some() {
        let rest: Vec<Value> = if nargs > npos {
            out.drain(npos..).collect()
        } else {
            Vec::new()
        };
        Some(rest)
    } else if nargs > npos {
        return Err(too_many_positional(ip, f, nargs, kw, &qual));
    } else {
        None
    };
    pad_slots(out, nlocals.max(npos + usize::from(rest.is_some())));
    let locals = &mut *out;
    if let Some(rest) = rest {
        locals[slot] = Value::tuple(rest);
        slot += 1;
    }
    let kwonly_start = slot;
    slot += p.kwonly.len();
    let kwarg_slot = if p.kwarg.is_some() { Some(slot) } else { None };
    // Keyword arguments.
    let mut extra_kw: SmallVec<[(Symbol, Value); 4]> = SmallVec::new();
    let mut posonly_as_kw: Vec<Symbol> = Vec::new();
    for (name, v) in kw {
        if let Some(i) = p.args.iter().position(|q| q.name == *name) {
            let i = p.posonly.len() + i;
            if !matches!(locals[i], Value::Undef) {
                return Err(ip.err(
                    ExcKind::TypeError,
                    format!("{}() got multiple values for argument '{}'", qual(), name),
                ));
            }
            locals[i] = v.clone();
        } else if let Some(i) = p.kwonly.iter().position(|q| q.name == *name) {
            locals[kwonly_start + i] = v.clone();
        } else if kwarg_slot.is_some() {
            extra_kw.push((*name, v.clone()));
        } else if p.posonly.iter().any(|q| q.name == *name) {
            posonly_as_kw.push(*name);
        } else {
            return Err(ip.err(
                ExcKind::TypeError,
                format!("{}() got an unexpected keyword argument '{}'", qual(), name),
            ));
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<String> = posonly_as_kw.iter().map(|n| n.to_string()).collect();
        return Err(ip.err(
            ExcKind::TypeError,
            format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qual(),
                names.join(", ")
            ),
        ));
    }
    if let Some(ks) = kwarg_slot {
        let d = crate::runtime::dict::PyDict::new();
        for (k, v) in extra_kw {
            crate::runtime::dict::set(ip, &d, Value::str(k.as_str()), v)?;
        }
        locals[ks] = Value::Dict(d);
    }
    // Defaults and missing arguments.
    // A `__defaults__` set longer than the parameters gives its last ones.
    if nargs < npos {
        let defaults = f.defaults.borrow();
        let first_default = npos.saturating_sub(defaults.len());
        let skipped = defaults.len().saturating_sub(npos);
        let mut missing: Vec<Symbol> = Vec::new();
        for i in nargs.min(npos)..npos {
            if matches!(locals[i], Value::Undef) {
                if i >= first_default {
                    locals[i] = sync::clone_value(&defaults[skipped + i - first_default]);
                } else {
                    let name = if i < p.posonly.len() {
                        p.posonly[i].name
                    } else {
                        p.args[i - p.posonly.len()].name
                    };
                    missing.push(name);
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(ip, &qual(), "positional", &missing));
        }
    }
    if !p.kwonly.is_empty() {
        let kwdefaults = f.kwdefaults.borrow();
        let mut missing_kw: Vec<Symbol> = Vec::new();
        for (i, q) in p.kwonly.iter().enumerate() {
            if matches!(locals[kwonly_start + i], Value::Undef) {
                match kwdefaults.get(i) {
                    Some(d) if !matches!(d, Value::Undef) => {
                        locals[kwonly_start + i] = sync::clone_value(d)
                    }
                    _ => missing_kw.push(q.name),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(missing_error(ip, &qual(), "keyword-only", &missing_kw));
        }
    }
    out.truncate(nlocals);
    Ok(())
}

/// CPython's error for required arguments of one `kind` ("positional", "keyword-only") that
/// a call left out: `f() missing 2 required positional arguments: 'a' and 'b'`.
#[cold]
#[inline(never)]
fn missing_error(ip: &Interp, qual: &str, kind: &str, names: &[Symbol]) -> Exc {
    let noun = format!("required {kind} argument");
    ip.err(
        ExcKind::TypeError,
        format!(
            "{qual}() missing {}: {}",
            plural(names.len(), &noun, &format!("{noun}s")),
            name_list(names)
        ),
    )
}

/// CPython's error for more positional arguments than a function without `*args` takes.
#[cold]
#[inline(never)]
fn too_many_positional(
    ip: &Interp,
    f: &Function,
    given: usize,
    kw: &Kwargs,
    qual: &dyn Fn() -> String,
) -> Exc {
    let p = &f.def.params;
    let npos = p.posonly.len() + p.args.len();
    let ndefaults = f.defaults.borrow().len().min(npos);
    let kwonly_given = kw
        .iter()
        .filter(|(k, _)| p.kwonly.iter().any(|q| q.name == *k))
        .count();
    let takes = if ndefaults > 0 {
        format!("from {} to {} positional arguments", npos - ndefaults, npos)
    } else {
        plural(npos, "positional argument", "positional arguments")
    };
    // "1 positional argument (and 1 keyword-only argument) were given", as CPython words it.
    let was = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    let msg = if kwonly_given > 0 {
        format!(
            "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) {} given",
            qual(),
            takes,
            given,
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" },
            was
        )
    } else {
        format!("{}() takes {} but {} {} given", qual(), takes, given, was)
    };
    ip.err(ExcKind::TypeError, msg)
}

/// Checks a builtin's argument count, with CPython's wording.
pub fn check_args(
    ip: &Interp,
    name: &str,
    args: &[Value],
    kw: &Kwargs,
    min: usize,
    max: usize,
) -> Result<(), Exc> {
    if !kw.is_empty() {
        return Err(ip.err(
            ExcKind::TypeError,
            format!("{}() takes no keyword arguments", name),
        ));
    }
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min >= 2 {
        format!("{} expected {} arguments, got {}", name, min, n)
    } else if min == max && min == 1 {
        format!("{}() takes exactly one argument ({} given)", name, n)
    } else if min == max && min == 0 {
        format!("{}() takes no arguments ({} given)", name, n)
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    };
    Err(ip.err(ExcKind::TypeError, msg))
}
