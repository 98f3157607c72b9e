//! Frame objects of running code: what `sys._getframe`, `inspect.currentframe()`/`stack()` and
//! the `f_back` of a frame give. They are made from the chain of running frames
//! (`eval::frames`) when asked for, one object per frame for as long as the program keeps it:
//! asking twice for a frame that still runs gives the same object. While the frame runs, its
//! `f_lineno` and `f_locals` are read from it; once it has returned, `f_lineno` is the line it
//! was last seen at.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use crate::eval::frames::{self, At, Kind};
use crate::eval::Interp;
use crate::intern::Symbol;
use crate::runtime::coroutine::{CoroBody, CoroState, Coroutine};
use crate::runtime::dict::PyDict;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::{Function, ModuleObj};
use crate::runtime::value::Value;
use crate::stdlib::{Native, NativeObj};
use corun_macros::function;

pub struct FrameObj {
    /// The id of the frame it stands for (see `Interp::cur_frame`).
    id: u32,
    file: u32,
    /// The position it was last seen at.
    pos: Cell<u32>,
    name: Symbol,
    kind: Kind,
    func: Option<Rc<Function>>,
    module: Option<Rc<ModuleObj>>,
    back: Value,
    /// `f_locals`: one dict, brought up to date at each read while the frame runs.
    locals: RefCell<Option<Rc<PyDict>>>,
    /// The coroutine or generator whose frame it is, when it was asked for through it
    /// (`cr_frame`, `gi_frame`): its position and slots are read from it while suspended.
    coro: Option<Weak<Coroutine>>,
}

thread_local! {
    /// The frame objects made, by frame id, for as long as the program keeps them.
    static MADE: RefCell<FxHashMap<u32, Weak<NativeObj>>> = RefCell::new(FxHashMap::default());
}

/// The object of one running frame, `back` being that of its caller.
fn object_of(ip: &Interp, at: &At, back: Value) -> Value {
    let known = MADE.with(|m| m.borrow().get(&at.id).and_then(Weak::upgrade));
    if let Some(o) = known {
        if let Native::Frame(f) = &o.kind {
            if f.file == at.file && f.name == at.name {
                f.pos.set(at.pos);
                return Value::Native(o);
            }
        }
    }
    let v = crate::stdlib::new_obj(
        ip,
        &crate::runtime::traceback::FRAME,
        Native::Frame(FrameObj {
            id: at.id,
            file: at.file,
            pos: Cell::new(at.pos),
            name: at.name,
            kind: at.kind,
            func: at.func.clone(),
            module: at.module.clone(),
            back,
            locals: RefCell::new(None),
            coro: None,
        }),
    );
    if let Value::Native(o) = &v {
        MADE.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= 64 && m.len().is_power_of_two() {
                m.retain(|_, w| w.strong_count() > 0);
            }
            m.insert(at.id, Rc::downgrade(o));
        });
    }
    v
}

/// The objects of the running frames, innermost first.
pub fn running(ip: &Interp) -> Vec<Value> {
    let stack = frames::stack(ip);
    let mut out = Vec::with_capacity(stack.len());
    let mut back = Value::None;
    for at in stack.iter().rev() {
        back = object_of(ip, at, back);
        out.push(back.clone());
    }
    out.reverse();
    out
}

/// `sys._getframe(depth=0)`: the frame `depth` calls out from the caller's.
#[function(sys, "_getframe(depth=0, /)")]
fn getframe(ip: &Interp, depth: i64) -> PyResult<Value> {
    let frames = running(ip);
    // A negative depth is the caller's frame, as in CPython.
    match usize::try_from(depth.max(0))
        .ok()
        .and_then(|d| frames.get(d))
    {
        Some(f) => Ok(f.clone()),
        None => Err(ip.err(ExcKind::ValueError, "call stack is not deep enough")),
    }
}

/// `_corun_frames.stack()`: the running frames, innermost first (for `inspect.stack`,
/// `traceback.extract_stack` and the like).
#[function(_corun_frames, "stack()")]
fn stack(ip: &Interp) -> PyResult<Value> {
    Ok(Value::list(running(ip)))
}

/// `_corun_frames.source(filename)`: the text of a file the program runs or ran (or, for
/// another, the file read now), None for a name of none (`<string>`, corun's own modules).
#[function(_corun_frames, "source(filename, /)")]
fn source(ip: &Interp, filename: &str) -> PyResult<Value> {
    if filename.starts_with('<') {
        return Ok(Value::None);
    }
    let known = {
        let files = ip.files.borrow();
        files
            .iter()
            .rev()
            .find(|f| f.path == filename)
            .map(|f| f.src.clone())
    };
    Ok(match known {
        Some(src) => Value::str(&src),
        None => std::fs::read_to_string(filename).map_or(Value::None, Value::string),
    })
}

/// The line a position of a file is on.
fn line_of(ip: &Interp, file: u32, pos: u32) -> usize {
    let files = ip.files.borrow();
    files.get(file as usize).map_or(0, |f| f.lines.line_of(pos))
}

fn file_name(ip: &Interp, file: u32) -> String {
    let files = ip.files.borrow();
    files
        .get(file as usize)
        .map_or_else(|| "<unknown>".to_string(), |f| f.path.clone())
}

/// `cr_frame`, `gi_frame`, `ag_frame` of a coroutine, generator or async generator that has
/// not finished.
pub fn of_coroutine(ip: &Interp, c: &Rc<Coroutine>) -> PyResult<Value> {
    if c.file() == u32::MAX {
        return Err(ip.err(
            ExcKind::NotImplementedError,
            "the frame of a coroutine written natively",
        ));
    }
    let name = crate::intern::intern(c.name());
    // While it runs, it is in the chain of running frames (the innermost of its name).
    if matches!(&*c.state.borrow(), CoroState::Executing) {
        let stack = frames::stack(ip);
        if let Some(i) = stack
            .iter()
            .position(|a| a.kind == Kind::Suspendable && a.name == name && a.file == c.file())
        {
            return Ok(running(ip).swap_remove(i));
        }
    }
    let (func, pos) = match &*c.state.borrow() {
        CoroState::Created(CoroBody::Py { func, .. }) => (Some(func.clone()), c.def_pos()),
        CoroState::Running(fut, _) => {
            let f = crate::eval::suspend::suspended_frame(c, fut);
            (function_of(f), c.pos.get())
        }
        _ => (None, c.pos.get()),
    };
    Ok(crate::stdlib::new_obj(
        ip,
        &crate::runtime::traceback::FRAME,
        Native::Frame(FrameObj {
            id: 0,
            file: c.file(),
            pos: Cell::new(pos),
            name,
            kind: Kind::Suspendable,
            module: func.as_ref().map(|f| f.module.clone()),
            func,
            back: Value::None,
            locals: RefCell::new(None),
            coro: Some(Rc::downgrade(c)),
        }),
    ))
}

/// The function of a coroutine's frame (see `frames::stack`), None for no frame.
fn function_of(f: *const crate::eval::Frame<'static>) -> Option<Rc<Function>> {
    if f.is_null() {
        return None;
    }
    // SAFETY: `f` is the frame of a suspended coroutine, whose future holds the function.
    Some(unsafe {
        let func = frames::function_of_frame(f);
        Rc::increment_strong_count(func);
        Rc::from_raw(func)
    })
}

impl FrameObj {
    /// Where the frame is now: its live position while it runs, or where its coroutine is
    /// suspended.
    fn pos_now(&self, ip: &Interp) -> u32 {
        if let Some(c) = self.coro.as_ref().and_then(Weak::upgrade) {
            if let CoroState::Running(..) = &*c.state.borrow() {
                self.pos.set(c.pos.get());
            }
            return self.pos.get();
        }
        if let Some(p) = frames::live_pos(ip, self.id) {
            self.pos.set(p);
        }
        self.pos.get()
    }

    /// The slots of the frame while it runs or is suspended, null otherwise.
    fn slots(&self, ip: &Interp) -> Option<*const crate::eval::Frame<'static>> {
        if let Some(c) = self.coro.as_ref().and_then(Weak::upgrade) {
            return match &*c.state.borrow() {
                CoroState::Running(fut, _) => {
                    Some(crate::eval::suspend::suspended_frame(&c, fut)).filter(|f| !f.is_null())
                }
                _ => None,
            };
        }
        frames::stack(ip)
            .into_iter()
            .find(|a| a.id == self.id)
            .map(|a| a.frame)
    }

    fn code(&self, ip: &Interp) -> PyResult<Value> {
        if let Some(f) = &self.func {
            return crate::eval::ops::getattr(
                ip,
                &Value::Function(f.clone()),
                crate::intern::sym::__code__,
            );
        }
        // A frame without a function: a module's top level, a class body, a comprehension.
        let first = match self.kind {
            Kind::Module => 1,
            _ => line_of(ip, self.file, self.pos.get()),
        };
        let m = crate::runtime::modules::import_dotted(ip, "_corun_code")?;
        let make = crate::eval::ops::getattr(ip, &m, crate::intern::intern("for_frame"))?;
        crate::stdlib::call_with(
            ip,
            &make,
            &[
                Value::str(self.name.as_str()),
                Value::string(file_name(ip, self.file)),
                Value::Int(first as i64),
            ],
        )
    }

    fn locals(&self, ip: &Interp) -> PyResult<Value> {
        if self.kind == Kind::Module {
            if let Some(m) = &self.module {
                return Ok(Value::Dict(crate::eval::dynamic::module_dict(ip, m)?));
            }
        }
        let slots = self.slots(ip);
        let (Some(frame), Some(func)) = (slots, &self.func) else {
            return Err(ip.err(
                ExcKind::NotImplementedError,
                match slots {
                    Some(_) => {
                        "frame.f_locals of a class body, a comprehension or a generator expression"
                    }
                    None => "frame.f_locals of a frame that has returned",
                },
            ));
        };
        let d = self
            .locals
            .borrow_mut()
            .get_or_insert_with(PyDict::new)
            .clone();
        d.clear();
        if !frame.is_null() {
            let p = &func.def.params;
            let order: Vec<Symbol> = p
                .posonly
                .iter()
                .chain(&p.args)
                .chain(&p.kwonly)
                .chain(p.vararg.iter())
                .chain(p.kwarg.iter())
                .map(|prm| prm.name)
                .collect();
            let scope = &func.def.scope;
            // SAFETY: the frame runs (it is in the chain), so its slots are alive.
            let f = unsafe { &*frame };
            crate::eval::dynamic::fill_frame_locals(
                ip,
                &d,
                f,
                &scope.local_names,
                &scope.cell_names,
                &order,
            )?;
        }
        Ok(Value::Dict(d))
    }
}

pub fn getattr(ip: &Interp, f: &FrameObj, name: Symbol) -> PyResult<Option<Value>> {
    Ok(Some(match name.as_str() {
        "f_back" => f.back.clone(),
        "f_lineno" => Value::Int(line_of(ip, f.file, f.pos_now(ip)) as i64),
        "f_code" => f.code(ip)?,
        "f_globals" => match &f.module {
            Some(m) => Value::Dict(crate::eval::dynamic::module_dict(ip, m)?),
            None => return Err(ip.err(ExcKind::NotImplementedError, "frame.f_globals here")),
        },
        "f_locals" => f.locals(ip)?,
        "f_builtins" => {
            let b = crate::runtime::modules::import_dotted(ip, "builtins")?;
            crate::eval::ops::getattr(ip, &b, crate::intern::sym::__dict__)?
        }
        "f_trace" => Value::None,
        "f_trace_lines" => Value::bool(true),
        "f_trace_opcodes" => Value::bool(false),
        "f_lasti" => {
            return Err(ip.err(
                ExcKind::NotImplementedError,
                "frame.f_lasti (corun has no bytecode)",
            ))
        }
        _ => return Ok(None),
    }))
}

pub fn repr(ip: &Interp, f: &FrameObj, addr: usize) -> String {
    let line = line_of(ip, f.file, f.pos_now(ip));
    format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        addr,
        file_name(ip, f.file),
        line,
        f.name.as_str()
    )
}

/// For the collector: what a frame object holds.
pub fn traverse(f: &FrameObj, v: &mut crate::runtime::gc::Visit) {
    v.value(&f.back);
    if let Some(func) = &f.func {
        v.rc(func);
    }
    if let Ok(l) = f.locals.try_borrow() {
        if let Some(d) = &*l {
            v.rc(d);
        }
    }
}

/// For the collector: drops what a frame object in a cycle holds (its `f_locals` dict is
/// where a frame commonly refers to itself).
pub fn clear(f: &FrameObj, t: &mut crate::runtime::gc::Trash) {
    if let Ok(mut l) = f.locals.try_borrow_mut() {
        t.put(l.take());
    }
}

fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_corun_frames", init);
