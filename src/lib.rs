//! corun: a small, fast interpreter for the part of Python that asyncio programs are written in.
//!
//! The pipeline: `syntax` (logos lexer, layout, chumsky parser → AST) → `compile` (resolver) →
//! `eval` (tree-walking evaluator, sync and suspend paths) ⇄ `aio` (the event loop), with
//! `diagnostics` drawing errors. `run_source` is the embedding entry point.
// The table of predefined symbols (src/intern.rs) is expanded one name at a time.
#![recursion_limit = "512"]

pub mod aio;
pub mod cli;
pub mod compile;
pub mod diagnostics;
pub mod eval;
pub mod intern;
pub mod memory;
pub mod repl;
pub mod run_module;
pub mod runtime;
pub mod signals;
pub mod stack;
pub mod stdlib;
pub mod surrogates;
pub mod syntax;
pub mod threads;
pub mod unicode_name;

use std::rc::Rc;

use crate::compile::resolve::{resolve_module, ResolveEnv};
use crate::eval::{sync, Frame, Interp};
use crate::intern::{intern, sym};
use crate::runtime::exceptions::{Exc, ExcKind};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;

/// How a run ended.
#[derive(Debug)]
pub enum Outcome {
    /// Ran to the end.
    Ok,
    /// A syntax error: nothing ran.
    SyntaxError(String),
    /// An uncaught exception, with its printed traceback.
    Exception(String),
    /// `sys.exit(code)`.
    Exit(i32),
    /// An uncaught KeyboardInterrupt (Ctrl-C), with its printed traceback.
    Interrupted(String),
}

impl Outcome {
    /// The process exit status python3 would give.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Ok => 0,
            Outcome::SyntaxError(_) | Outcome::Exception(_) => 1,
            Outcome::Exit(c) => *c,
            Outcome::Interrupted(_) => 130,
        }
    }
}

/// Runs `src` as the `__main__` module. `name` is the file name as given (shown in syntax
/// errors); `path` is the absolute path shown in tracebacks and warnings. `on_end` is called
/// with the outcome before the interpreter shuts down (where CPython prints the traceback of an
/// uncaught exception: before stdout's last flush and the reports of shutdown). The result says
/// how the run ended, and whether stdout's flush at exit failed (reported on stderr; CPython's
/// exit status is then 120).
pub fn run_source(
    ip: &Rc<Interp>,
    name: &str,
    path: &str,
    src: &str,
    on_end: impl FnOnce(&Outcome),
) -> (Outcome, bool) {
    run_source_in(ip, name, path, src, None, on_end)
}

/// The same for a module run as `__main__` by `-m` (`package` given, "" at the top): its
/// `__package__` is set, for its relative imports, and its `__spec__` is the module's.
pub fn run_source_in(
    ip: &Rc<Interp>,
    name: &str,
    path: &str,
    src: &str,
    package: Option<&str>,
    on_end: impl FnOnce(&Outcome),
) -> (Outcome, bool) {
    let (outcome, module) = run_main(ip, name, path, src, package);
    on_end(&outcome);
    let flushed = match module {
        Some(m) => shutdown(ip, &m),
        None => ip.flush_at_exit(),
    };
    (outcome, flushed)
}

/// `run_source` without the shutdown at its end: the `__main__` module (None after a syntax
/// error) stays for a prompt to go on in (`-i`); `finish_main` shuts down after it.
pub fn run_main(
    ip: &Rc<Interp>,
    name: &str,
    path: &str,
    src: &str,
    package: Option<&str>,
) -> (Outcome, Option<Rc<ModuleObj>>) {
    let color = diagnostics::stderr_color();
    let mut module_ast = match syntax::parse_module(src) {
        Ok(m) => m,
        Err(e) => {
            ip.write_err(&diagnostics::render_syntax_warnings(path, src, &e.warnings));
            let msg = diagnostics::render_syntax_error(name, src, &e, color);
            return (Outcome::SyntaxError(msg), None);
        }
    };
    let file_id = ip.add_file(path.to_string(), Rc::from(src));
    let module = ModuleObj::new(sym::__main__, Some(file_id));
    // Its first names, in CPython's order.
    module.set(sym::__name__, Value::str("__main__"));
    let doc = module_ast.doc.clone().unwrap_or(Value::None);
    module.set(crate::intern::sym::__doc__, doc);
    module.set(sym::__package__, package.map_or(Value::None, Value::str));
    // A script's loader is its file's; code from `-c` or standard input has none of its own;
    // a module run by `-m` (given its package, maybe "") has its own spec.
    let from_file = std::path::Path::new(path).is_absolute();
    let kind = match (package, from_file) {
        (Some(_), _) => crate::runtime::object::ModuleKind::RunModule,
        (None, true) => crate::runtime::object::ModuleKind::Script,
        (None, false) => crate::runtime::object::ModuleKind::Code,
    };
    crate::runtime::modules::pend_import_attrs(&module, kind);
    module.set(
        sym::__annotations__,
        Value::Dict(crate::runtime::dict::PyDict::new()),
    );
    // `__main__` sees the builtins module itself, other modules its dict (as in CPython).
    module.set(sym::__builtins__, Value::Module(ip.builtins_module.clone()));
    // Code from `-c` has no file; standard input's is called `<stdin>`.
    if path != "<string>" {
        module.set(sym::__file__, Value::str(path));
        match kind {
            // Made with the spec, when first read.
            crate::runtime::object::ModuleKind::RunModule => {
                module.slot_of(intern("__cached__"));
            }
            _ => module.set(intern("__cached__"), Value::None),
        }
    }
    let env = ResolveEnv {
        module: &module,
        builtin_index: &|s| ip.builtin_index(s),
        top_level_await: false,
        dynamic_top_level: false,
    };
    if let Err(e) = resolve_module(&mut module_ast, &env) {
        let msg = diagnostics::render_syntax_error(name, src, &e, color);
        return (Outcome::SyntaxError(msg), None);
    }
    ip.write_err(&diagnostics::render_syntax_warnings(
        path,
        src,
        &module_ast.warnings,
    ));
    crate::runtime::modules::register(ip, sym::__main__, Value::Module(module.clone()));
    let mut no_locals = eval::Slots::new();
    let mut frame = Frame::module_level(&module, &mut no_locals);
    // The module's own frame counts toward the recursion limit, as in CPython.
    ip.depth.set(ip.depth.get() + 1);
    let link = eval::frames::Link::new(ip, 0, eval::frames::Kind::Module);
    link.set_frame(&frame);
    link.push(ip);
    ip.cur_file.set(file_id);
    ip.cur_name.set(sym::module);
    sync::setup_annotations(&module, &module_ast.body);
    let r = sync::exec_block(ip, &mut frame, &module_ast.body);
    if let Err(e) = &r {
        ip.traceback_here(e);
    }
    // The position stays where the program ended (for what is reported at exit); only the
    // chain of frames loses it.
    ip.top_link.set(link.prev);
    ip.depth.set(ip.depth.get() - 1);
    let outcome = match r {
        Ok(_) => Outcome::Ok,
        Err(e) => uncaught(ip, &e),
    };
    (outcome, Some(module))
}

/// The shutdown `run_source` ends with, after `run_main`: false when stdout's last flush failed.
pub fn finish_main(ip: &Interp, module: &ModuleObj) -> bool {
    shutdown(ip, module)
}

thread_local! {
    /// Set under `-i`: a `SystemExit` is then reported as any uncaught exception (with its
    /// traceback) and the prompt opens after it, as CPython does.
    static INSPECT_AFTER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `-i`: the prompt follows the program, whatever ends it.
pub fn set_inspect_after(on: bool) {
    INSPECT_AFTER.with(|i| i.set(on));
}

/// What an exception that reached the top level means for the process.
pub fn uncaught(ip: &Interp, e: &Exc) -> Outcome {
    if e.is_instance(ip.exc_class(ExcKind::SystemExit)) && !INSPECT_AFTER.with(|i| i.get()) {
        let arg = e.0.args.borrow().first().cloned();
        return match arg {
            None | Some(Value::None) => Outcome::Exit(0),
            Some(Value::Int(i)) => Outcome::Exit(i as i32),
            Some(Value::Bool(b)) => Outcome::Exit(b as i32),
            Some(other) => {
                let s = runtime::repr::str_of(ip, &other).unwrap_or_default();
                Outcome::Exception(format!("{}\n", s))
            }
        };
    }
    if e.is_instance(ip.exc_class(ExcKind::KeyboardInterrupt)) {
        threads::no_join_at_exit();
        return Outcome::Interrupted(diagnostics::format_traceback(ip, e));
    }
    // A hook the program put in `sys.excepthook` reports it instead (its own failure is
    // reported, then the exception, as CPython does).
    if let Some(hook) = runtime::sys::user_excepthook(ip) {
        let tb = runtime::traceback::of_exception(ip, &e.0);
        let args = [
            Value::Class(e.0.class.clone()),
            Value::Exception(e.0.clone()),
            tb,
        ];
        return match crate::stdlib::call_with(ip, &hook, &args) {
            Ok(_) => Outcome::Exception(String::new()),
            Err(h) => Outcome::Exception(format!(
                "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
                diagnostics::format_traceback(ip, &h),
                diagnostics::format_traceback(ip, e)
            )),
        };
    }
    Outcome::Exception(diagnostics::format_traceback(ip, e))
}

/// Parses, resolves and runs an imported module's source in a new module named `name`.
/// `setup` gives the new module its first names (`__name__`, `__file__`…, in the order they
/// have), before `__builtins__`; `register` is called with the module before its body runs. A
/// syntax error in it is raised as a SyntaxError exception in the importer.
pub fn exec_module(
    ip: &Interp,
    name: &str,
    path: &str,
    src: &str,
    setup: impl FnOnce(&Rc<ModuleObj>),
    register: impl FnOnce(&Rc<ModuleObj>),
) -> Result<Rc<ModuleObj>, Exc> {
    let syntax_exc = |e: syntax::SyntaxError| eval::dynamic::syntax_exc(ip, &e, src, path);
    let mut module_ast = syntax::parse_module(src).map_err(syntax_exc)?;
    let file_id = ip.add_file(path.to_string(), Rc::from(src));
    let module = ModuleObj::new(intern(name), Some(file_id));
    setup(&module);
    module.set(
        sym::__builtins__,
        Value::Dict(eval::dynamic::builtins_dict_for_module(ip)?),
    );
    let env = ResolveEnv {
        module: &module,
        builtin_index: &|s| ip.builtin_index(s),
        top_level_await: false,
        dynamic_top_level: false,
    };
    resolve_module(&mut module_ast, &env).map_err(syntax_exc)?;
    ip.write_err(&diagnostics::render_syntax_warnings(
        path,
        src,
        &module_ast.warnings,
    ));
    register(&module);
    sync::setup_annotations(&module, &module_ast.body);
    let mut no_locals = eval::Slots::new();
    let mut frame = Frame::module_level(&module, &mut no_locals);
    crate::eval::enter_call(ip)?;
    let r = eval::frames::in_module_frame(ip, file_id, &mut frame, |f| {
        sync::exec_block(ip, f, &module_ast.body)
    });
    crate::eval::leave_call(ip);
    r.map(|_| module)
}

/// Interpreter shutdown, as CPython does it: the `atexit` functions run, stdout is flushed (false when that failed), a
/// collection, then a last one that finds what only the modules hold (its finalizers run with
/// the globals still set), then the module globals are cleared, so unawaited coroutines still
/// referenced report from `sys:1`.
fn shutdown(ip: &Interp, module: &ModuleObj) -> bool {
    threads::shutdown(ip);
    stdlib::atexit::run_callbacks(ip);
    let flushed = ip.flush_at_exit();
    runtime::weakref::run_exit_finalizers(ip);
    ip.shutting_down.set(true);
    crate::aio::api::report_pending_at_exit(ip);
    if runtime::gc::is_enabled() {
        runtime::gc::collect_now(ip, 2);
    }
    runtime::gc::collect_at_exit(ip);
    module.clear();
    let modules = std::mem::take(&mut *ip.modules.borrow_mut());
    drop(modules);
    runtime::trashcan::drain();
    ip.flush_out();
    flushed
}
