//! The builtins that see the calling frame or run code made at run time: `eval`, `exec`,
//! `compile`, `globals`, `locals`, `dir` and `vars`.
//!
//! A module's globals are slots, so `globals()` is a dict kept beside the module and brought
//! into step with the slots whenever one of these builtins runs (and when a global is missing):
//! entries a program wrote into the dict since then go to the slots, values the program stored
//! since then go to the dict. Code run with a globals dict of its own runs in a module made
//! for it, whose names are copied back into the dict afterwards.

use std::rc::Rc;

use crate::eval::call::Args;
use crate::eval::namespace::Namespace;
use crate::eval::{sync, Frame, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::dict::{self, PyDict};
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::syntax::ast::{Expr, ExprKind, FrameKind, FrameScope, StmtKind};
use corun_macros::function;

/// What `compile()` makes: the source, checked, to be run again by `exec` or `eval`.
pub struct CodeObj {
    pub source: Rc<str>,
    pub filename: String,
    pub mode: Mode,
    /// For code compiled from an `ast` tree: the tree, as `stdlib::ast` takes it (the source
    /// is then only what its positions point into).
    pub tree: Option<Value>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

// ---- the module's dict ----

/// The dict `globals()` returns for a module, brought into step with its slots.
pub fn module_dict(ip: &Interp, m: &ModuleObj) -> PyResult<Rc<PyDict>> {
    // A module's dict shows its `__spec__` from the start, but for the builtins (every
    // module's `__builtins__` is their dict) and corun's modules written in Python (whose own
    // code asks for `globals()`): they show it once it is read (`json.__spec__`), so that
    // importing them does not take `importlib`.
    let shown = m.kind.get() != crate::runtime::object::ModuleKind::Frozen
        && !std::ptr::eq(m, &*ip.builtins_module);
    if m.import_attrs_pending.get() && shown {
        crate::runtime::modules::fill_import_attrs(ip, m);
    }
    let taken = m.ns_dict.borrow_mut().take();
    let (d, shadow) = match taken {
        Some(x) => x,
        None => {
            let d = PyDict::new();
            m.watch_dict(&d);
            (d, Vec::new())
        }
    };
    let names: Vec<Symbol> = m.names.borrow().clone();
    // Entries the program wrote or removed through the dict.
    for (k, v) in d.items() {
        let Value::Str(s) = &k else { continue };
        let name = intern(&s.s);
        let slot = m.index.borrow().get(&name).copied();
        match slot {
            Some(i) => {
                let old = shadow.get(i as usize).cloned().unwrap_or(Value::Undef);
                if !v.is(&old) {
                    m.slots.borrow_mut()[i as usize] = v;
                }
            }
            None => m.set(name, v),
        }
    }
    for (i, name) in names.iter().enumerate() {
        let was = shadow.get(i).cloned().unwrap_or(Value::Undef);
        if matches!(was, Value::Undef) {
            continue;
        }
        let cur = m.slots.borrow()[i].clone();
        if cur.is(&was) && dict::get(ip, &d, &Value::str(name.as_str()))?.is_none() {
            m.slots.borrow_mut()[i] = Value::Undef;
        }
    }
    // Values the program stored in the slots.
    let names: Vec<Symbol> = m.names.borrow().clone();
    for name in &names {
        let Some(v) = m.get(*name) else {
            dict::remove(ip, &d, &Value::str(name.as_str()))?;
            continue;
        };
        let key = Value::str(name.as_str());
        match dict::get(ip, &d, &key)? {
            Some(old) if old.is(&v) => {}
            _ => dict::set(ip, &d, key, v)?,
        }
    }
    let shadow = m.slots.borrow().clone();
    *m.ns_dict.borrow_mut() = Some((d.clone(), shadow));
    Ok(d)
}

/// After `module.name = v` or `del module.name`: the module's dict, once handed out, shows it
/// at once (a program reads `builtins.__dict__` or `vars(mod)` after setting an attribute).
pub fn module_attr_changed(ip: &Interp, m: &ModuleObj, name: Symbol) -> PyResult<()> {
    let Some(i) = m.index.borrow().get(&name).map(|&i| i as usize) else {
        return Ok(());
    };
    let v = m.slots.borrow()[i].clone();
    let (d, was) = {
        let mut ns = m.ns_dict.borrow_mut();
        let Some((d, shadow)) = ns.as_mut() else {
            return Ok(());
        };
        if shadow.len() <= i {
            shadow.resize(i + 1, Value::Undef);
        }
        (d.clone(), std::mem::replace(&mut shadow[i], v.clone()))
    };
    let key = Value::str(name.as_str());
    match v {
        Value::Undef => {
            dict::remove(ip, &d, &key)?;
        }
        v => dict::set(ip, &d, key, v)?,
    }
    drop(was);
    Ok(())
}

/// After a store to (or deletion of) global slot `slot` by the module's code: its `globals()`
/// dict, once handed out, shows it at once (`g = globals(); x = 1; g.popitem()`).
#[inline]
pub fn global_slot_changed(ip: &Interp, m: &ModuleObj, slot: u32) -> PyResult<()> {
    if m.ns_dict.borrow().is_none() {
        return Ok(());
    }
    global_slot_changed_slow(ip, m, slot)
}

#[inline(never)]
fn global_slot_changed_slow(ip: &Interp, m: &ModuleObj, slot: u32) -> PyResult<()> {
    let name = m.names.borrow().get(slot as usize).copied();
    match name {
        Some(name) => module_attr_changed(ip, m, name),
        None => Ok(()),
    }
}

/// A global that is not set: it may have been put into the module's dict, or be a name a
/// program added to the builtins module (through the module or its dict).
#[cold]
pub fn missing_global(ip: &Interp, m: &ModuleObj, id: Symbol) -> Option<Value> {
    if m.import_attrs_pending.get() && crate::runtime::modules::is_import_attr(id) {
        crate::runtime::modules::fill_import_attrs(ip, m);
        if let Some(v) = m.get(id) {
            return Some(v);
        }
    }
    let from_dict = |m: &ModuleObj| {
        if m.ns_dict.borrow().is_none() {
            return None;
        }
        module_dict(ip, m).ok()?;
        m.get(id)
    };
    let b = &ip.builtins_module;
    if own_builtins(ip, m) {
        return from_dict(m);
    }
    from_dict(m).or_else(|| b.get(id)).or_else(|| from_dict(b))
}

/// Code run by `exec` with a `__builtins__` dict of its own sees only that dict.
pub fn own_builtins(ip: &Interp, m: &ModuleObj) -> bool {
    let b = &ip.builtins_module;
    match m.get(crate::intern::sym::__builtins__) {
        None => false,
        Some(Value::Module(x)) => !Rc::ptr_eq(&x, b),
        Some(Value::Dict(d)) => !b
            .ns_dict
            .borrow()
            .as_ref()
            .is_some_and(|(bd, _)| Rc::ptr_eq(bd, &d)),
        Some(_) => true,
    }
}

// ---- the calling frame ----

/// The local names of the frame as a new dict (`locals()` in a function).
fn frame_locals(ip: &Interp, f: &Frame, scope: &FrameScope) -> PyResult<Rc<PyDict>> {
    let d = PyDict::new();
    fill_frame_locals(
        ip,
        &d,
        f,
        &scope.local_names,
        &scope.cell_names,
        &scope.param_order,
    )?;
    Ok(d)
}

/// Puts the bound local names of a function's frame into `d`: the parameters first (in
/// `param_order`), then the other locals, then the cells.
pub fn fill_frame_locals(
    ip: &Interp,
    d: &Rc<PyDict>,
    f: &Frame,
    local_names: &[Symbol],
    cell_names: &[Symbol],
    param_order: &[Symbol],
) -> PyResult<()> {
    let value = |name: &Symbol| -> Value {
        if let Some(i) = local_names.iter().position(|n| n == name) {
            let v = f.locals.get(i).cloned().unwrap_or(Value::Undef);
            // A local that lives in a cell leaves its slot unbound.
            if !matches!(v, Value::Undef) {
                return v;
            }
        }
        match cell_names.iter().position(|n| n == name) {
            Some(i) => f.cells.get(i).map_or(Value::Undef, |c| c.borrow().clone()),
            None => Value::Undef,
        }
    };
    let rest = local_names.iter().chain(cell_names.iter());
    for name in param_order.iter().chain(rest) {
        let v = value(name);
        if !matches!(v, Value::Undef) {
            dict::set(ip, d, Value::str(name.as_str()), v)?;
        }
    }
    Ok(())
}

/// The namespaces of a frame running a class body, or code `exec` runs with a locals
/// mapping: `locals()` there is the mapping (a class body's names copied into a dict).
fn dynamic_ns(ip: &Interp, module: Rc<ModuleObj>) -> PyResult<FrameNs> {
    let ns = crate::eval::namespace::innermost(ip);
    Ok(FrameNs {
        module,
        locals: ns.as_ref().map(|ns| ns.as_value()),
        dynamic: ns,
    })
}

/// A call of one of these builtins by name: with the frame when the name still means the
/// builtin, as any other call otherwise.
pub fn frame_call(ip: &Interp, f: &mut Frame, call: &Expr, scope: &FrameScope) -> PyResult<Value> {
    let ExprKind::Call {
        func,
        args,
        keywords,
    } = &call.kind
    else {
        return sync::eval(ip, f, call);
    };
    let callee = sync::eval(ip, f, func)?;
    let Value::Builtin(b) = &callee else {
        return sync::eval(ip, f, call);
    };
    let known = [
        &EVAL_BUILTIN,
        &EXEC_BUILTIN,
        &GLOBALS_BUILTIN,
        &LOCALS_BUILTIN,
        &DIR_BUILTIN,
        &VARS_BUILTIN,
    ]
    .iter()
    .any(|x| std::ptr::eq(*b, *x));
    if !known {
        return sync::eval(ip, f, call);
    }
    let mut a = Args::new();
    sync::eval_args_into(ip, f, args, &mut a)?;
    let kw = sync::eval_keywords(ip, f, keywords)?;
    ip.cur_pos.set(call.span.start);
    // The declared binder checks the arguments; the frame decides the defaults.
    let ctx = FRAME.with(|c| c.replace(None));
    let frame_ns = match scope.kind {
        FrameKind::Module => FrameNs {
            module: f.module.clone(),
            locals: None,
            dynamic: None,
        },
        FrameKind::Class => dynamic_ns(ip, f.module.clone())?,
        FrameKind::Function => FrameNs {
            module: f.module.clone(),
            locals: Some(Value::Dict(frame_locals(ip, f, scope)?)),
            dynamic: None,
        },
    };
    FRAME.with(|c| *c.borrow_mut() = Some(frame_ns));
    let r = (b.call)(ip, &a, &kw);
    FRAME.with(|c| *c.borrow_mut() = ctx);
    r
}

/// The namespaces of the frame a builtin of this file was called from by name.
struct FrameNs {
    module: Rc<ModuleObj>,
    /// None at module level (the locals are the globals).
    locals: Option<Value>,
    /// The namespace a class body or code run by `exec` with a locals mapping stores its
    /// names in: what `exec`/`eval` without namespaces of their own run in.
    dynamic: Option<Namespace>,
}

thread_local! {
    static FRAME: std::cell::RefCell<Option<FrameNs>> = const { std::cell::RefCell::new(None) };
}

/// The caller's namespaces. A call not made by name (`map(eval, …)`, `f = eval; f(…)`) gets
/// those of the innermost running frame, as in CPython.
/// The frame's namespaces are taken once, so that code the builtin runs does not see them.
fn caller(ip: &Interp, what: &str) -> PyResult<(Rc<ModuleObj>, Option<Value>)> {
    let ns = caller_ns(ip, what)?;
    Ok((ns.module, ns.locals))
}

fn caller_ns(ip: &Interp, what: &str) -> PyResult<FrameNs> {
    if let Some(ns) = FRAME.with(|c| c.borrow_mut().take()) {
        return Ok(ns);
    }
    let plain = |module, locals| FrameNs {
        module,
        locals,
        dynamic: None,
    };
    let not_here = || {
        sync::not_yet(
            ip,
            &format!("{what} called other than by its name from here"),
        )
    };
    let Some(at) = crate::eval::frames::stack(ip).into_iter().next() else {
        return Err(not_here());
    };
    let Some(module) = at.module.clone() else {
        return Err(not_here());
    };
    match at.kind {
        // Code run by `exec` with a locals mapping has it as the innermost namespace (a
        // module's own code runs with none).
        crate::eval::frames::Kind::Module => dynamic_ns(ip, module),
        crate::eval::frames::Kind::Function | crate::eval::frames::Kind::Suspendable => {
            let frames = crate::runtime::frames::running(ip);
            let Some(top) = frames.first() else {
                return Err(not_here());
            };
            match crate::eval::ops::getattr(ip, top, intern("f_locals"))? {
                d @ Value::Dict(_) => Ok(plain(module, Some(d))),
                _ => Err(not_here()),
            }
        }
        // A class body (a comprehension's frame is named `<listcomp>` and the like).
        crate::eval::frames::Kind::Inner if !at.name.as_str().starts_with('<') => {
            dynamic_ns(ip, module)
        }
        crate::eval::frames::Kind::Inner => Err(not_here()),
    }
}

// ---- compiling ----

/// A syntax error of `src` (read from `filename`) as the exception CPython raises for it.
pub fn syntax_exc(ip: &Interp, e: &crate::syntax::SyntaxError, src: &str, filename: &str) -> Exc {
    let kind = match e.kind {
        crate::syntax::SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
        crate::syntax::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
        crate::syntax::SyntaxErrorKind::TabError => ExcKind::TabError,
        crate::syntax::SyntaxErrorKind::RecursionError => {
            return ip.err(ExcKind::RecursionError, e.msg.clone());
        }
        crate::syntax::SyntaxErrorKind::MemoryError => return ip.err_noargs(ExcKind::MemoryError),
    };
    // Made as CPython makes it: `(msg, (filename, lineno, offset, text, end_lineno,
    // end_offset))`, from which its attributes and text follow (see `exception_attrs`).
    let table = crate::syntax::span::LineTable::new(src);
    let place = |at: u32| {
        let line = table.line_of(at.min(src.len() as u32));
        let start = table.line_start(line) as usize;
        let upto = src.get(start..(at as usize).min(src.len())).unwrap_or("");
        (line, upto.chars().count() + 1)
    };
    let (line, col) = place(e.span.start);
    let (end_line, end_col) = place(e.span.end.max(e.span.start));
    let start = table.line_start(line) as usize;
    let text = src[start.min(src.len())..]
        .split_inclusive('\n')
        .next()
        .unwrap_or("")
        .to_string();
    let details = Value::tuple(vec![
        Value::str(filename),
        Value::Int(line as i64),
        Value::Int(col as i64),
        Value::string(text),
        Value::Int(end_line as i64),
        Value::Int(end_col as i64),
    ]);
    Exc(crate::runtime::exceptions::ExcObj::new(
        ip.exc_class(kind).clone(),
        vec![Value::string(e.msg.clone()), details],
    ))
}

/// Parses source for a mode, with CPython's syntax errors; `eval` takes one expression.
fn parse(
    ip: &Interp,
    src: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<crate::syntax::ast::Module> {
    parse_with(ip, src, filename, mode, true)
}

/// `parse`; without `checked`, the tree as `ast.parse` gives it, without the compiler's checks
/// of where `return`, `yield`, `break` … stand.
pub(crate) fn parse_with(
    ip: &Interp,
    src: &str,
    filename: &str,
    mode: Mode,
    checked: bool,
) -> PyResult<crate::syntax::ast::Module> {
    let text = if mode == Mode::Eval {
        src.trim_start_matches([' ', '\t'])
    } else {
        src
    };
    let m = if checked {
        crate::syntax::parse_module(text)
    } else {
        crate::syntax::parse_tree(text)
    }
    .map_err(|e| syntax_exc(ip, &e, text, filename))?;
    // `single` takes one line: several simple statements separated by `;` are one line.
    let one_line = m.body.windows(2).all(|w| {
        let gap = text.get(w[0].span.end as usize..w[1].span.start as usize);
        gap.is_some_and(|g| g.contains(';') && !g.contains('\n'))
    });
    if mode == Mode::Single && !one_line {
        use crate::syntax::{span::Span, SyntaxError, SyntaxErrorKind};
        let compound = matches!(
            m.body[0].kind,
            StmtKind::FunctionDef { .. }
                | StmtKind::ClassDef { .. }
                | StmtKind::If { .. }
                | StmtKind::While { .. }
                | StmtKind::For { .. }
                | StmtKind::With { .. }
                | StmtKind::Try { .. }
                | StmtKind::Match { .. }
        );
        // CPython points at the end of the first line, or after a compound statement at
        // the statement that follows it.
        let e = if compound {
            let at = m.body[1].span.start as usize;
            SyntaxError::new(
                SyntaxErrorKind::SyntaxError,
                "invalid syntax",
                Span::new(at, at + 1),
            )
        } else {
            let from = m.body[0].span.end as usize;
            let at = text[from..].find('\n').map_or(text.len(), |i| from + i);
            SyntaxError::new(
                SyntaxErrorKind::SyntaxError,
                "multiple statements found while compiling a single statement",
                Span::new(at, at),
            )
        };
        return Err(syntax_exc(ip, &e, text, filename));
    }
    if mode == Mode::Eval {
        let one_expr = matches!(&m.body[..], [s] if matches!(s.kind, StmtKind::Expr(_)))
            && !text.trim_end().ends_with(';');
        if !one_expr {
            let at = m.body.get(1).or(m.body.first()).map_or(0, |s| s.span.start);
            let line = crate::syntax::span::LineTable::new(text).line_of(at);
            let line = if m.body.is_empty() { 0 } else { line };
            return Err(ip.err(
                ExcKind::SyntaxError,
                format!("invalid syntax ({filename}, line {line})"),
            ));
        }
    }
    Ok(m)
}

/// `exec(f.__code__)` (and `eval`): the function's body run once, with no arguments (so
/// no defaults either: its parameters are missing arguments), no closure, and the globals of
/// its module, which must be the globals asked for. What it returns is what `eval` returns.
fn run_function_code(
    ip: &Interp,
    fname: &str,
    (def, module): crate::runtime::function_attrs::CodeDef,
    in_module: Option<Rc<ModuleObj>>,
) -> PyResult<Value> {
    let free = def.scope.cell_names.len() - def.scope.own_cells as usize;
    if free > 0 {
        return ip.type_error(if fname == "eval" {
            "code object passed to eval() may not contain free variables".to_string()
        } else {
            format!("code object requires a closure of exactly length {free}")
        });
    }
    let module = match (module.upgrade(), in_module) {
        (Some(m), Some(g)) if Rc::ptr_eq(&m, &g) => m,
        _ => {
            return Err(sync::not_yet(
                ip,
                &format!(
                    "{fname}() of a function's code object in globals other than its module's"
                ),
            ))
        }
    };
    let func = crate::runtime::object::Function::make(crate::runtime::object::Function {
        def: crate::runtime::swap::Swap::new(def.clone()),
        file: module.file_id.get().unwrap_or_else(|| ip.cur_file.get()),
        module,
        defaults: std::cell::RefCell::new(Vec::new()),
        kwdefaults: std::cell::RefCell::new(vec![Value::Undef; def.params.kwonly.len()]),
        closure: Vec::new(),
        name: std::cell::RefCell::new(Value::str(def.name.as_str())),
        qualname: std::cell::RefCell::new(Value::str(&def.qualname)),
        attrs: std::cell::RefCell::new(None),
        coro_names: std::cell::OnceCell::new(),
    });
    crate::eval::call::call_value(
        ip,
        &Value::Function(func),
        &mut crate::eval::call::Args::new(),
        &[],
    )
}

/// Source text from a str, bytes or code object argument.
fn source_of(ip: &Interp, v: &Value, fname: &str) -> PyResult<(Rc<str>, String, Option<Mode>)> {
    match v {
        Value::Str(s) => {
            // The source is encoded before it is parsed: a lone surrogate cannot be.
            if crate::surrogates::any(&s.s) {
                crate::runtime::codecs::encode_utf8(ip, &s.s, "strict")?;
            }
            Ok((Rc::from(&*s.s), "<string>".into(), None))
        }
        Value::Bytes(b) => match std::str::from_utf8(&b.b) {
            Ok(s) => Ok((Rc::from(s), "<string>".into(), None)),
            Err(_) => Err(sync::not_yet(ip, "source bytes that are not UTF-8")),
        },
        Value::Native(o) => match &o.kind {
            crate::stdlib::Native::Code(c) => {
                Ok((c.source.clone(), c.filename.clone(), Some(c.mode)))
            }
            // Any other buffer is source bytes too (a bytearray, a memoryview, an array).
            _ => match crate::runtime::bytes::buffer(ip, v)? {
                Some(b) => match std::str::from_utf8(&b) {
                    Ok(s) => Ok((Rc::from(s), "<string>".into(), None)),
                    Err(_) => Err(sync::not_yet(ip, "source bytes that are not UTF-8")),
                },
                None => ip.type_error(format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                )),
            },
        },
        _ => ip.type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        )),
    }
}

// ---- running ----

/// Runs parsed code in module `m`: the value of the expression for `eval`, None for `exec`.
/// With a namespace `ns`, the top level's names live there (the locals given to `exec`),
/// and `m` holds the globals.
#[allow(clippy::too_many_arguments)]
fn run_in(
    ip: &Interp,
    m: &Rc<ModuleObj>,
    ns: Option<Namespace>,
    mut code: crate::syntax::ast::Module,
    src: &Rc<str>,
    filename: &str,
    mode: Mode,
    with_builtins: bool,
    file_id: u32,
) -> PyResult<Value> {
    let env = crate::compile::resolve::ResolveEnv {
        module: m,
        builtin_index: &|s| ip.builtin_index(s).filter(|_| with_builtins),
        top_level_await: false,
        dynamic_top_level: ns.is_some(),
    };
    crate::compile::resolve::resolve_module(&mut code, &env)
        .map_err(|e| syntax_exc(ip, &e, src, filename))?;
    match &ns {
        None => {
            if mode != Mode::Eval {
                sync::setup_annotations(m, &code.body);
            }
            if let (Mode::Exec, Some(doc)) = (mode, &code.doc) {
                m.set(crate::intern::sym::__doc__, doc.clone());
            }
        }
        Some(ns) => {
            let anns = crate::intern::sym::__annotations__;
            if mode != Mode::Eval && sync::annotates(&code.body) && ns.get(ip, anns)?.is_none() {
                ns.set(ip, anns, Value::Dict(PyDict::new()))?;
            }
            if let (Mode::Exec, Some(doc)) = (mode, &code.doc) {
                ns.set(ip, crate::intern::sym::__doc__, doc.clone())?;
            }
        }
    }
    let mut no_locals = crate::eval::Slots::new();
    let mut frame = Frame::module_level(m, &mut no_locals);
    crate::eval::enter_call(ip)?;
    let r = crate::eval::frames::in_module_frame(ip, file_id, &mut frame, |frame| {
        let pushed = ns.is_some();
        if let Some(ns) = ns {
            ip.class_ns.borrow_mut().push(ns);
        }
        let r = run_code(ip, frame, &code, mode);
        if pushed {
            ip.class_ns.borrow_mut().pop();
        }
        r
    });
    crate::eval::leave_call(ip);
    r
}

/// The top level of parsed code, run in `frame` as `mode` asks.
fn run_code(
    ip: &Interp,
    frame: &mut Frame,
    code: &crate::syntax::ast::Module,
    mode: Mode,
) -> PyResult<Value> {
    match mode {
        Mode::Eval => match &code.body[0].kind {
            StmtKind::Expr(e) => sync::eval(ip, frame, e),
            _ => Ok(Value::None),
        },
        Mode::Exec => sync::exec_block(ip, frame, &code.body).map(|_| Value::None),
        Mode::Single => {
            let mut r = Ok(Value::None);
            for s in &code.body {
                r = match &s.kind {
                    StmtKind::Expr(e) => {
                        ip.cur_pos.set(s.span.start);
                        sync::eval(ip, frame, e)
                    }
                    .and_then(|v| crate::runtime::sys::display(ip, v).map(|_| Value::None)),
                    _ => sync::exec_block(ip, frame, std::slice::from_ref(s)).map(|_| Value::None),
                };
                if r.is_err() {
                    break;
                }
            }
            r
        }
    }
}

/// Whether `v` is a mapping as CPython's `PyMapping_Check` sees it: its type has
/// `__getitem__`.
fn is_mapping(ip: &Interp, v: &Value) -> bool {
    matches!(v, Value::Dict(_))
        || crate::eval::ops::type_of(ip, v)
            .lookup(intern("__getitem__"))
            .is_some()
}

/// The globals argument of `eval` and `exec`: a dict (or an instance of a dict subclass, then
/// also given back, to be the locals when there are none), with each one's messages.
#[allow(clippy::type_complexity)]
fn globals_arg(
    ip: &Interp,
    v: Option<&Value>,
    fname: &str,
) -> PyResult<Option<(Rc<PyDict>, Option<Value>)>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Dict(d)) => Ok(Some((d.clone(), None))),
        Some(sub @ Value::Instance(i)) if matches!(i.base, Some(Value::Dict(_))) => {
            let Some(Value::Dict(d)) = &i.base else {
                unreachable!("a dict base")
            };
            Ok(Some((d.clone(), Some(sub.clone()))))
        }
        Some(other) => ip.type_error(if fname == "eval" {
            if is_mapping(ip, other) {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            }
        } else {
            format!(
                "exec() globals must be a dict, not {}",
                crate::eval::ops::type_name(ip, other)
            )
        }),
    }
}

/// The locals argument of `eval` and `exec`: any mapping (an object with `__getitem__`).
fn locals_arg(ip: &Interp, v: Option<&Value>, fname: &str) -> PyResult<Option<Value>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(d @ Value::Dict(_)) => Ok(Some(d.clone())),
        Some(other) => {
            if is_mapping(ip, other) {
                return Ok(Some(other.clone()));
            }
            ip.type_error(if fname == "eval" {
                "locals must be a mapping".to_string()
            } else {
                format!(
                    "locals must be a mapping or None, not {}",
                    crate::eval::ops::type_name(ip, other)
                )
            })
        }
    }
}

/// The builtins module's dict: what `eval` and `exec` put into a globals dict without them.
pub fn builtins_dict(ip: &Interp) -> PyResult<Rc<PyDict>> {
    module_dict(ip, &ip.builtins_module)
}

/// The builtins dict each imported module gets as `__builtins__`: made once, then the same
/// dict (attribute writes to the module keep it in step; a program's writes into it reach the
/// module at the next `builtins_dict`), so an import does not walk every builtin name.
pub fn builtins_dict_for_module(ip: &Interp) -> PyResult<Rc<PyDict>> {
    if let Some((d, _)) = &*ip.builtins_module.ns_dict.borrow() {
        return Ok(d.clone());
    }
    builtins_dict(ip)
}

/// The module in `sys.modules` whose dict `d` is, if it is one.
fn owner_of_dict(ip: &Interp, d: &Rc<PyDict>) -> Option<Rc<ModuleObj>> {
    let mut modules: Vec<Value> = ip.modules.borrow().values().cloned().collect();
    if let Some(sys_modules) = crate::runtime::modules::sys_modules(ip) {
        modules.extend(sys_modules.items().into_iter().map(|(_, v)| v));
    }
    modules.iter().find_map(|v| match v {
        Value::Module(m)
            if m.ns_dict
                .borrow()
                .as_ref()
                .is_some_and(|(md, _)| Rc::ptr_eq(md, d)) =>
        {
            Some(m.clone())
        }
        _ => None,
    })
}

/// Runs source text or a code object with module `m`'s namespace as its globals: what a
/// loader's `exec_module` does.
pub fn exec_in_module(ip: &Interp, m: &Rc<ModuleObj>, source: &Value) -> PyResult<()> {
    let (src, filename, code_mode) = source_of(ip, source, "exec")?;
    // Source text names the module's file in tracebacks.
    let filename = match (source, m.get(crate::intern::sym::__file__)) {
        (Value::Str(_), Some(Value::Str(f))) => f.s.to_string(),
        _ => filename,
    };
    let tree = parse(ip, &src, &filename, code_mode.unwrap_or(Mode::Exec))?;
    module_dict(ip, m)?;
    let file_id = ip.add_file(filename.to_string(), src.clone());
    // The module's functions are now written in this source.
    m.file_id.set(Some(file_id));
    let r = run_in(
        ip,
        m,
        None,
        tree,
        &src,
        &filename,
        Mode::Exec,
        true,
        file_id,
    );
    module_dict(ip, m)?;
    r.map(|_| ())
}

/// `eval`/`exec`: the code run in the namespaces given, or in the caller's.
fn run(
    ip: &Interp,
    fname: &str,
    source: &Value,
    globals: Option<&Value>,
    locals: Option<&Value>,
    mode: Mode,
) -> PyResult<Value> {
    // The calling frame's namespaces (when called by name), taken before any code runs.
    let taken = FRAME.with(|c| c.borrow_mut().take());
    let g = globals_arg(ip, globals, fname)?;
    let mut l = locals_arg(ip, locals, fname)?;
    // Globals of a dict subclass are the locals too, looked up through its methods.
    let g = g.map(|(d, sub)| {
        if l.is_none() {
            l = sub;
        }
        d
    });
    if let Value::Instance(_) = source {
        let what = format!("{fname}() of");
        if let Some(found) = crate::runtime::function_attrs::code_def(ip, source, &what)? {
            let in_module = match &g {
                Some(d) => owner_of_dict(ip, d),
                None => Some(
                    match taken {
                        Some(ns) => ns,
                        None => caller_ns(ip, fname)?,
                    }
                    .module,
                ),
            };
            let r = run_function_code(ip, fname, found, in_module)?;
            return Ok(if mode == Mode::Eval { r } else { Value::None });
        }
    }
    let (src, filename, code_mode) = source_of(ip, source, fname)?;
    let mode = code_mode.unwrap_or(mode);
    let from_tree = match source {
        Value::Native(o) => match &o.kind {
            crate::stdlib::Native::Code(c) => c.tree.clone(),
            _ => None,
        },
        _ => None,
    };
    let tree = match from_tree {
        Some(t) => crate::stdlib::ast::module_from_tree(ip, &t, &src, &filename)?,
        None => parse(ip, &src, &filename, mode)?,
    };
    // The namespaces: the caller's when none is given; a module's own when the globals are
    // the dict of a module in `sys.modules`.
    let (module, caller_locals, caller_dynamic) = match (&g, taken) {
        (Some(d), _) => (owner_of_dict(ip, d), None, None),
        (None, ns) => {
            let ns = match ns {
                Some(ns) => ns,
                None => caller_ns(ip, fname)?,
            };
            (Some(ns.module), ns.locals, ns.dynamic)
        }
    };
    if let (Some(m), None, None, None) = (&module, &caller_locals, &l, &g) {
        // At module level with no dicts: the module itself.
        module_dict(ip, m)?;
        let file_id = ip.add_file(filename.to_string(), src.clone());
        let r = run_in(ip, m, None, tree, &src, &filename, mode, true, file_id);
        module_dict(ip, m)?;
        return r;
    }
    let globals_dict = match (&g, &module) {
        (Some(g), _) => g.clone(),
        (None, Some(m)) => module_dict(ip, m)?,
        _ => unreachable!("a module or a dict"),
    };
    // The namespace the top level's names live in, apart from the globals: the locals given,
    // or the caller's (a class body's own namespace, a function's locals as a dict).
    let locals_ns = match (l, caller_dynamic) {
        (Some(Value::Dict(d)), _) if Rc::ptr_eq(&d, &globals_dict) => None,
        (Some(l), _) => Some(Namespace::Mapping(l)),
        (None, Some(ns)) => Some(ns),
        (None, None) => caller_locals.map(Namespace::Mapping),
    };
    if let Some(m) = module.as_ref().filter(|m| {
        m.ns_dict
            .borrow()
            .as_ref()
            .is_some_and(|(d, _)| Rc::ptr_eq(d, &globals_dict))
    }) {
        if locals_ns.is_none() {
            module_dict(ip, m)?;
            let file_id = ip.add_file(filename.to_string(), src.clone());
            // A module without a file of its own: its functions are written in this source.
            if m.file_id.get().is_none() {
                m.file_id.set(Some(file_id));
            }
            let r = run_in(ip, m, None, tree, &src, &filename, mode, true, file_id);
            module_dict(ip, m)?;
            return r;
        }
    }
    // The builtins the code sees: the globals' `__builtins__` when it is a dict of its own.
    let mut own_builtins = None;
    if g.is_some() {
        let key = Value::str("__builtins__");
        match dict::get(ip, &globals_dict, &key)? {
            None => dict::set(ip, &globals_dict, key, Value::Dict(builtins_dict(ip)?))?,
            Some(Value::Dict(b)) if !Rc::ptr_eq(&b, &builtins_dict(ip)?) => own_builtins = Some(b),
            Some(_) => {}
        }
    }
    // A module of its own, holding the globals; the functions the code defines belong to it,
    // and so to its source.
    let file_id = ip.add_file(filename.to_string(), src.clone());
    let temp = ModuleObj::new(intern("__main__"), Some(file_id));
    let mut before: Vec<(Symbol, Value)> = Vec::new();
    for source in own_builtins.iter().chain(std::iter::once(&globals_dict)) {
        for (k, v) in source.items() {
            if let Value::Str(s) = &k {
                temp.set(intern(&s.s), v.clone());
            }
        }
    }
    for name in temp.names.borrow().iter() {
        before.push((*name, temp.get(*name).unwrap_or(Value::Undef)));
    }
    if own_builtins.is_none() {
        // The globals dict is the module's dict: the functions' `__globals__`, kept in step.
        let shadow = temp.slots.borrow().clone();
        *temp.ns_dict.borrow_mut() = Some((globals_dict.clone(), shadow));
    }
    let r = run_in(
        ip,
        &temp,
        locals_ns,
        tree,
        &src,
        &filename,
        mode,
        own_builtins.is_none(),
        file_id,
    );
    // What the code bound as globals goes back to the globals dict.
    let names: Vec<Symbol> = temp.names.borrow().clone();
    for name in names {
        let now = temp.get(name);
        let was = before
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone());
        let key = Value::str(name.as_str());
        match (now, was) {
            (Some(v), Some(w)) if v.is(&w) => {}
            (Some(v), _) => dict::set(ip, &globals_dict, key, v)?,
            (None, Some(w)) if !matches!(w, Value::Undef) => {
                dict::remove(ip, &globals_dict, &key)?;
            }
            _ => {}
        }
    }
    r
}

#[function(builtins, "eval(source, globals=None, locals=None, /)")]
fn eval_builtin(
    ip: &Interp,
    source: &Value,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<Value> {
    run(ip, "eval", source, globals, locals, Mode::Eval)
}

#[function(
    builtins,
    "exec(source, globals=None, locals=None, /, *, closure=None)"
)]
fn exec_builtin(
    ip: &Interp,
    source: &Value,
    globals: Option<&Value>,
    locals: Option<&Value>,
    closure: Option<&Value>,
) -> PyResult<Value> {
    if closure.is_some_and(|c| !c.is_none()) {
        return Err(match source {
            Value::Str(_) | Value::Bytes(_) => ip.err(
                ExcKind::TypeError,
                "closure can only be used when source is a code object",
            ),
            // The code `compile` makes has no free variables to close over.
            Value::Native(o) if matches!(o.kind, crate::stdlib::Native::Code(_)) => ip.err(
                ExcKind::TypeError,
                "cannot use a closure with this code object",
            ),
            _ => sync::not_yet(ip, "exec() with a closure"),
        });
    }
    run(ip, "exec", source, globals, locals, Mode::Exec).map(|_| Value::None)
}

#[function(
    builtins,
    "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)"
)]
#[allow(clippy::too_many_arguments)]
fn compile_builtin(
    ip: &Interp,
    source: &Value,
    filename: &Value,
    mode: &str,
    flags: i64,
    _dont_inherit: bool,
    optimize: i64,
    _feature_version: i64,
) -> PyResult<Value> {
    let mode_name = mode;
    let mode = match mode {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(ip.err(
                ExcKind::ValueError,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let filename = match filename {
        Value::Str(s) => s.s.to_string(),
        other => crate::runtime::repr::str_of(ip, other)?,
    };
    check_compile_flags(ip, flags, optimize)?;
    // `ast.PyCF_ONLY_AST`: the tree, as `ast.parse` gives it.
    let only_ast = flags & crate::stdlib::ast::PYCF_ONLY_AST != 0;
    if let Value::Instance(_) = source {
        if let Some(tree) = crate::stdlib::ast::tree_for_compile(ip, source, mode_name)? {
            if only_ast {
                return Ok(source.clone());
            }
            let src: Rc<str> = Rc::from(crate::stdlib::ast::source_for(&tree, &filename));
            crate::stdlib::ast::module_from_tree(ip, &tree, &src, &filename)?;
            let code = CodeObj {
                source: src,
                filename,
                mode,
                tree: Some(tree),
            };
            return Ok(crate::stdlib::code_object(ip, code));
        }
    }
    if only_ast {
        return crate::stdlib::ast::parse_to_nodes(ip, source, &filename, mode_name);
    }
    let (src, _, _) = source_of(ip, source, "compile")?;
    let mut tree = parse(ip, &src, &filename, mode)?;
    // The symbol table's errors (`nonlocal`, `:=` in comprehensions, …) are compile's too:
    // the tree is resolved against a module of its own, then dropped.
    let scratch = crate::runtime::object::ModuleObj::new(crate::intern::sym::__main__, None);
    let env = crate::compile::resolve::ResolveEnv {
        module: &scratch,
        builtin_index: &|s| ip.builtin_index(s),
        top_level_await: false,
        dynamic_top_level: false,
    };
    crate::compile::resolve::resolve_module(&mut tree, &env)
        .map_err(|e| syntax_exc(ip, &e, &src, &filename))?;
    let code = CodeObj {
        source: src,
        filename,
        mode,
        tree: None,
    };
    Ok(crate::stdlib::code_object(ip, code))
}

/// The `__future__` features' flags whose features every 3.11 program has already
/// (`nested_scopes`, `division`, `absolute_import`, `with_statement`, `print_function`,
/// `unicode_literals`, `generator_stop`): compile accepts them and they change nothing.
const FUTURE_MANDATORY: i64 =
    0x10 | 0x2_0000 | 0x4_0000 | 0x8_0000 | 0x10_0000 | 0x20_0000 | 0x80_0000;

/// The flags compile knows, with what corun does not do with them: `__future__.annotations`,
/// `barry_as_FLUFL`, and the `PyCF_` flags beside `PyCF_ONLY_AST`.
const FLAGS_NOT_YET: &[(i64, &str)] = &[
    (0x100_0000, "compile() with the __future__.annotations flag"),
    (
        0x40_0000,
        "compile() with the __future__.barry_as_FLUFL flag",
    ),
    (0x200, "compile() with the PyCF_DONT_IMPLY_DEDENT flag"),
    (0x1000, "compile() with ast.PyCF_TYPE_COMMENTS"),
    (0x2000, "compile() with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT"),
    (
        0x4000,
        "compile() with the PyCF_ALLOW_INCOMPLETE_INPUT flag",
    ),
];

/// CPython's checks of compile's `flags` and `optimize`.
fn check_compile_flags(ip: &Interp, flags: i64, optimize: i64) -> PyResult<()> {
    let known = FLAGS_NOT_YET.iter().fold(
        FUTURE_MANDATORY | crate::stdlib::ast::PYCF_ONLY_AST,
        |k, f| k | f.0,
    );
    if flags & !known != 0 {
        return Err(ip.err(ExcKind::ValueError, "compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(ip.err(ExcKind::ValueError, "compile(): invalid optimize value"));
    }
    if let Some((_, what)) = FLAGS_NOT_YET.iter().find(|f| flags & f.0 != 0) {
        return Err(sync::not_yet(ip, what));
    }
    // Optimizing removes `assert`s and makes `__debug__` false, which corun does not do.
    if optimize > 0 {
        return Err(sync::not_yet(ip, "compile() with optimize above 0"));
    }
    Ok(())
}

#[function(builtins, "globals()")]
fn globals_builtin(ip: &Interp) -> PyResult<Value> {
    let (m, _) = caller(ip, "globals()")?;
    Ok(Value::Dict(module_dict(ip, &m)?))
}

#[function(builtins, "locals()")]
fn locals_builtin(ip: &Interp) -> PyResult<Value> {
    let (m, l) = caller(ip, "locals()")?;
    match l {
        Some(l) => Ok(l),
        None => Ok(Value::Dict(module_dict(ip, &m)?)),
    }
}

/// `vars(obj)`: its `__dict__`; without an argument, `locals()`.
#[function(builtins, "vars(object=<unrepresentable>, /)")]
fn vars_builtin(ip: &Interp, object: Option<&Value>) -> PyResult<Value> {
    let Some(obj) = object else {
        return locals_builtin(ip);
    };
    crate::eval::ops::getattr(ip, obj, crate::intern::sym::__dict__).map_err(|e| {
        if e.is_instance(ip.exc_class(ExcKind::AttributeError)) {
            ip.err(
                ExcKind::TypeError,
                "vars() argument must have __dict__ attribute",
            )
        } else {
            e
        }
    })
}

/// The attribute names every object has from `object`.
/// The attribute names the classes of an MRO give: a user class's namespace with the names
/// every class has; a builtin class's methods as corun defines them (which may lack special
/// methods CPython's type has).
fn class_names(chain: &[Rc<crate::runtime::object::Class>], names: &mut Vec<String>) {
    for c in chain {
        for k in c.dict.borrow().keys() {
            if k.as_str() != "__qualname__" || !c.user {
                names.push(k.as_str().to_string());
            }
        }
        if c.user {
            names.extend(["__module__", "__doc__"].map(String::from));
            if c.slots.is_none() {
                names.extend(["__dict__", "__weakref__"].map(String::from));
            }
        }
    }
    names.extend(OBJECT_ATTRS.iter().map(|s| s.to_string()));
}

const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `dir(obj)`: sorted attribute names, for modules, classes made by `class` statements and
/// their instances; without an argument, the names of `locals()`.
#[function(builtins, "dir(object=<unrepresentable>, /)")]
fn dir_builtin(ip: &Interp, object: Option<&Value>) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    match object {
        None => {
            let (m, l) = caller(ip, "dir()")?;
            let keys: Vec<Value> = match l {
                Some(Value::Dict(d)) => d.items().into_iter().map(|(k, _)| k).collect(),
                None => module_dict(ip, &m)?
                    .items()
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect(),
                // Any other mapping: its `keys()`, sorted (they must be strings).
                Some(other) => {
                    let keys = crate::eval::ops::getattr(ip, &other, intern("keys"))?;
                    let keys = crate::stdlib::call_with(ip, &keys, &[])?;
                    let list = crate::stdlib::call_with(ip, &ip.builtin("sorted"), &[keys])?;
                    return Ok(list);
                }
            };
            for k in keys {
                if let Value::Str(s) = k {
                    names.push(s.s.to_string());
                }
            }
        }
        Some(v @ Value::Instance(_)) | Some(v @ Value::Class(_)) => {
            if let Some(r) = crate::eval::classes::call_dunder(ip, v, intern("__dir__"), &[])
                .filter(|_| matches!(v, Value::Instance(_)))
            {
                return crate::stdlib::call_with(ip, &ip.builtin("sorted"), &[r?]);
            }
            if let Some(r) = crate::eval::classes::call_meta_dunder(ip, v, intern("__dir__"), &[]) {
                return crate::stdlib::call_with(ip, &ip.builtin("sorted"), &[r?]);
            }
            let cls = match v {
                Value::Class(c) => c.clone(),
                _ => crate::eval::ops::type_of(ip, v),
            };
            let chain: Vec<_> = std::iter::once(cls.clone())
                .chain(cls.mro.iter().cloned())
                .collect();
            if let Value::Instance(_) = v {
                if let Ok(Value::Dict(d)) =
                    crate::eval::ops::getattr(ip, v, crate::intern::sym::__dict__)
                {
                    for (k, _) in d.items() {
                        if let Value::Str(s) = k {
                            names.push(s.s.to_string());
                        }
                    }
                }
            }
            class_names(&chain, &mut names);
        }
        Some(Value::Module(m)) => {
            // A module's own `__dir__` function answers for it (PEP 562).
            if let Some(f) = m.get(intern("__dir__")) {
                let r = crate::stdlib::call_with(ip, &f, &[])?;
                return crate::stdlib::call_with(ip, &ip.builtin("sorted"), &[r]);
            }
            crate::runtime::modules::fill_import_attrs(ip, m);
            for name in m.names.borrow().iter() {
                if m.get(*name).is_some() {
                    names.push(name.as_str().to_string());
                }
            }
        }
        Some(other) => {
            // A builtin object: what its type and the type's bases hold.
            let cls = crate::eval::ops::type_of(ip, other);
            let chain: Vec<_> = std::iter::once(cls.clone())
                .chain(cls.mro.iter().cloned())
                .collect();
            class_names(&chain, &mut names);
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.iter().map(|s| Value::str(s)).collect()))
}
