//! The chain of running frames, for what looks at the stack of callers (`sys._getframe`,
//! `inspect.stack`, `traceback.extract_stack`, `warnings.warn(stacklevel=N)`, logging's caller).
//!
//! Each frame that runs keeps a `Link` on the native stack (or in its coroutine's future) while
//! it runs: the caller's position, put back when the frame returns, and what the frame runs.
//! The innermost link is `Interp::top_link`; its frame's own position is the interpreter's
//! current one (`cur_file`, `cur_pos`, `cur_name`, `cur_frame`), each outer frame's is the
//! one the link inside it saved. A call pays for the link with a few stores and no allocation:
//! nothing is made until a program asks for a frame.

use std::cell::Cell;
use std::rc::Rc;

use crate::eval::{Frame, Interp};
use crate::intern::Symbol;
use crate::runtime::object::{Function, ModuleObj};

/// What a frame runs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// A function's body on the sync path.
    Function,
    /// A module's top level (or code given to `exec`/`eval`): its frame's module holds the
    /// globals.
    Module,
    /// A class body or a comprehension: no slots of its own to show.
    Inner,
    /// The body of a coroutine, generator or async generator (`frame` is set once its body
    /// started; the function is found from it), or a REPL entry run as one (no frame).
    Suspendable,
}

/// One running frame: see the module's comment.
pub struct Link {
    pub prev: *const Link,
    /// The caller's file, position, function name and frame id, put back on return.
    pub file: u32,
    pub pos: u32,
    pub name: Symbol,
    pub id: u32,
    /// The frame's slots and module, or null when it has none to show. For a function's or a
    /// coroutine's frame the function is found from it (`function_of_frame`).
    pub frame: Cell<*const Frame<'static>>,
    pub kind: Kind,
}

impl Link {
    /// The link of a frame about to start: saves the caller's state (with `caller_pos` as its
    /// position) and gives the new frame an id. The caller must `push` it, then `pop` it.
    #[inline(always)]
    pub fn new(ip: &Interp, caller_pos: u32, kind: Kind) -> Link {
        Link {
            prev: ip.top_link.get(),
            file: ip.cur_file.get(),
            pos: caller_pos,
            name: ip.cur_name.get(),
            id: ip.cur_frame.replace(ip.new_frame_id()),
            frame: Cell::new(std::ptr::null()),
            kind,
        }
    }

    /// A link for a frame whose id is kept across runs (a coroutine's).
    #[inline(always)]
    pub fn resumed(ip: &Interp, id: u32, kind: Kind) -> Link {
        Link {
            prev: ip.top_link.get(),
            file: ip.cur_file.get(),
            pos: ip.cur_pos.get(),
            name: ip.cur_name.get(),
            id: ip.cur_frame.replace(id),
            frame: Cell::new(std::ptr::null()),
            kind,
        }
    }

    /// Notes where the frame's slots are.
    #[inline(always)]
    pub fn set_frame(&self, f: &Frame) {
        self.frame.set((f as *const Frame).cast::<Frame<'static>>());
    }

    /// Makes this the innermost frame. It must stay where it is until `pop`.
    #[inline(always)]
    pub fn push(&self, ip: &Interp) {
        ip.top_link.set(self);
    }

    /// The frame ended: the caller's state comes back.
    #[inline(always)]
    pub fn pop(&self, ip: &Interp) {
        ip.top_link.set(self.prev);
        ip.cur_file.set(self.file);
        ip.cur_pos.set(self.pos);
        ip.cur_name.set(self.name);
        ip.cur_frame.set(self.id);
    }
}

/// Runs `body` as a class body's or a comprehension's frame named `name`, in the file of the
/// frame around it; its traceback entry is added when it raises. The position it stopped at
/// stays current after it (the enclosing statement's line, for what follows).
#[inline]
pub fn in_inner_frame<R>(
    ip: &Interp,
    name: Symbol,
    body: impl FnOnce() -> crate::runtime::exceptions::PyResult<R>,
) -> crate::runtime::exceptions::PyResult<R> {
    let link = Link::new(ip, ip.cur_pos.get(), Kind::Inner);
    link.push(ip);
    ip.cur_name.set(name);
    let r = body();
    if let Err(e) = &r {
        ip.traceback_here(e);
    }
    let pos = ip.cur_pos.get();
    link.pop(ip);
    ip.cur_pos.set(pos);
    r
}

/// Runs `body` as the top level of `module` (from `file`), in `frame`: a new frame whose
/// traceback entry is added when it raises; the caller's position comes back after it.
pub fn in_module_frame<R>(
    ip: &Interp,
    file: u32,
    frame: &mut Frame,
    body: impl FnOnce(&mut Frame) -> crate::runtime::exceptions::PyResult<R>,
) -> crate::runtime::exceptions::PyResult<R> {
    let link = Link::new(ip, ip.cur_pos.get(), Kind::Module);
    link.set_frame(frame);
    link.push(ip);
    ip.cur_file.set(file);
    ip.cur_name.set(crate::intern::sym::module);
    // A module's code (one imported from a class body, say) stores its names in the module,
    // not in the namespace of the class body or `exec` that is running.
    let outer_ns = std::mem::take(&mut *ip.class_ns.borrow_mut());
    let r = body(frame);
    *ip.class_ns.borrow_mut() = outer_ns;
    if let Err(e) = &r {
        ip.traceback_here(e);
    }
    link.pop(ip);
    r
}

/// A coroutine's body started: its frame is the innermost link's.
#[inline]
pub fn note_top_frame(ip: &Interp, f: &Frame) {
    let top = ip.top_link.get();
    if !top.is_null() {
        // SAFETY: the innermost link is alive (see `stack`).
        unsafe { (*top).set_frame(f) };
    }
}

/// A running frame as the stack shows it now, innermost first.
pub struct At {
    pub id: u32,
    pub file: u32,
    pub pos: u32,
    pub name: Symbol,
    pub kind: Kind,
    pub func: Option<Rc<Function>>,
    /// The frame's slots (valid while it runs, which it does while the chain is looked at).
    pub frame: *const Frame<'static>,
    pub module: Option<Rc<ModuleObj>>,
}

/// The function whose body runs in a function's or a coroutine's frame: the module reference
/// of such a frame points into its function (see `call::run_body_here` and
/// `suspend::OwnedFrame`), which keeps the link a store less.
///
/// # Safety
/// `f` must be a live frame of a function or coroutine (its link is in the chain, or its
/// coroutine is suspended).
pub unsafe fn function_of_frame(f: *const Frame<'static>) -> *const Function {
    // SAFETY: the frame's `module` is the address of the `module` field of the `Function` that
    // its caller or future holds.
    unsafe {
        let m = (*f).module as *const Rc<ModuleObj> as *const u8;
        m.sub(std::mem::offset_of!(Function, module)) as *const Function
    }
}

/// The running frames, innermost first.
pub fn stack(ip: &Interp) -> Vec<At> {
    let mut out = Vec::new();
    let (mut file, mut pos, mut name, mut id) = (
        ip.cur_file.get(),
        ip.cur_pos.get(),
        ip.cur_name.get(),
        ip.cur_frame.get(),
    );
    let mut link = ip.top_link.get();
    while !link.is_null() {
        // SAFETY: every link in the chain is alive: a frame pops its link before it goes away.
        let l = unsafe { &*link };
        let frame = l.frame.get();
        let func: *const Function = match l.kind {
            // SAFETY: the link is in the chain, so its frame runs.
            Kind::Function | Kind::Suspendable if !frame.is_null() => unsafe {
                function_of_frame(frame)
            },
            _ => std::ptr::null(),
        };
        // SAFETY: the function is held by the running frame (the caller's reference, or the
        // coroutine's future); a new reference is taken from it.
        let func = (!func.is_null()).then(|| unsafe {
            Rc::increment_strong_count(func);
            Rc::from_raw(func)
        });
        let module = match (&func, frame.is_null()) {
            (Some(f), _) => Some(f.module.clone()),
            // SAFETY: as above, the frame runs.
            (None, false) => Some(unsafe { (*frame).module.clone() }),
            (None, true) => None,
        };
        out.push(At {
            id,
            file,
            pos,
            name,
            kind: l.kind,
            func,
            frame,
            module,
        });
        (file, pos, name, id) = (l.file, l.pos, l.name, l.id);
        link = l.prev;
    }
    // A frame without a module of its own (a class body, a comprehension) runs in its
    // enclosing frame's; the outermost (a prompt's entry run as a coroutine) in `__main__`.
    for i in (0..out.len()).rev() {
        if out[i].module.is_none() {
            out[i].module = match out.get(i + 1) {
                Some(o) => o.module.clone(),
                None => main_module(ip),
            };
        }
    }
    out
}

fn main_module(ip: &Interp) -> Option<Rc<ModuleObj>> {
    match ip
        .modules
        .try_borrow()
        .ok()?
        .get(&crate::intern::sym::__main__)
    {
        Some(crate::runtime::value::Value::Module(m)) => Some(m.clone()),
        _ => None,
    }
}

/// The position of the running frame `id` now, if it still runs.
pub fn live_pos(ip: &Interp, id: u32) -> Option<u32> {
    if ip.cur_frame.get() == id {
        return Some(ip.cur_pos.get());
    }
    let mut link = ip.top_link.get();
    while !link.is_null() {
        // SAFETY: as in `stack`.
        let l = unsafe { &*link };
        // A link saved its caller's id and position.
        if l.id == id {
            return Some(l.pos);
        }
        link = l.prev;
    }
    None
}
