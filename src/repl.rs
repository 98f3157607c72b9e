//! The interactive prompt: what `python3 -m asyncio` gives, with corun's diagnostics.
//!
//! Two threads. The editor thread owns the line editor (rustyline) and reads a line when asked;
//! the interpreter thread (this one, which owns every `Rc`) runs the entries and, while it waits
//! for the next line, keeps the session's event loop turning, so tasks started at the prompt run
//! in the background. What they print meanwhile is held and handed to the editor, which shows it
//! above the line being edited.
//!
//! Every entry is parsed with `await` allowed at the top level. An entry that awaits runs as a
//! task on the session's loop (Ctrl-C cancels it); any other entry runs at once, as the body of
//! a callback of that loop. The value of each expression statement is echoed with `repr` and kept
//! in `_`.

use std::rc::Rc;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use rustyline::error::ReadlineError;
use rustyline::history::{FileHistory, History};
use rustyline::{Cmd, Config, Editor, KeyCode, KeyEvent, Modifiers};

use crate::compile::resolve::{resolve_module, ResolveEnv};
use crate::diagnostics;
use crate::eval::suspend::{eval_maybe, exec_block_async, in_frame};
use crate::eval::{sync, Frame, Interp, Slots};
use crate::intern::{intern, sym};
use crate::runtime::coroutine::{CoroBody, Coroutine};
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::object::{BuiltinFn, Kwargs, ModuleObj};
use crate::runtime::value::Value;
use crate::syntax::ast::{Module, Stmt, StmtKind};
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use crate::Outcome;

type Printer = Box<dyn rustyline::ExternalPrinter + Send>;

/// Requests to the editor thread.
enum ToEditor {
    Read(String),
    /// A finished entry for the history (saved to the history file at once).
    Remember(String),
}

/// What the editor thread sends back.
enum FromEditor {
    Printer(Option<Printer>),
    Line(String),
    Interrupted,
    Eof,
}

/// The history file: `$CORUN_HISTORY`, else `~/.corun_history`.
fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("CORUN_HISTORY") {
        return (!p.is_empty()).then(|| p.into());
    }
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".corun_history"))
}

fn editor_thread(rx: Receiver<ToEditor>, tx: Sender<FromEditor>) {
    // The line editor turns editing off for TERM=dumb, where python3's readline still edits
    // (arrows, history): the plain ANSI terminal's few cursor moves are what it needs then.
    // Only this thread reads the environment while it is changed.
    if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        std::env::set_var("TERM", "ansi");
    }
    let config = Config::builder()
        .auto_add_history(false)
        .max_history_size(10_000)
        .map(|b| b.build())
        .unwrap_or_default();
    let mut rl: Editor<(), FileHistory> = match Editor::with_config(config) {
        Ok(rl) => rl,
        Err(_) => {
            let _ = tx.send(FromEditor::Printer(None));
            let _ = tx.send(FromEditor::Eof);
            return;
        }
    };
    // Tab indents, as it does at python3's prompt.
    rl.bind_sequence(
        KeyEvent(KeyCode::Tab, Modifiers::NONE),
        Cmd::Insert(1, "    ".into()),
    );
    let path = history_path();
    if let Some(p) = &path {
        let _ = rl.load_history(p);
    }
    let printer = rl
        .create_external_printer()
        .ok()
        .map(|p| Box::new(p) as Printer);
    if tx.send(FromEditor::Printer(printer)).is_err() {
        return;
    }
    while let Ok(req) = rx.recv() {
        match req {
            ToEditor::Read(prompt) => {
                let reply = match rl.readline(&prompt) {
                    Ok(line) => FromEditor::Line(line),
                    Err(ReadlineError::Interrupted) => FromEditor::Interrupted,
                    Err(_) => FromEditor::Eof,
                };
                if tx.send(reply).is_err() {
                    return;
                }
            }
            ToEditor::Remember(entry) => {
                let before = rl.history().len();
                let _ = rl.add_history_entry(entry);
                if let (Some(p), true) = (&path, rl.history().len() > before) {
                    let _ = rl.append_history(p);
                }
            }
        }
    }
}

/// A syntax error at the prompt as `python3 -m asyncio` shows it: the place, the line with a
/// caret, then one headline.
fn console_syntax_error(src: &str, e: &crate::syntax::SyntaxError) -> String {
    if !e.kind.is_syntax_error() {
        return diagnostics::render_syntax_error("<console>", src, e, false);
    }
    let lines = crate::syntax::span::LineTable::new(src);
    let start = (e.span.start as usize).min(src.len());
    let line = lines.line_of(start as u32);
    let line_start = lines.line_start(line) as usize;
    let text = src[line_start..].lines().next().unwrap_or("");
    let mut out = format!("  File \"<console>\", line {}\n", line);
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        let indent = text.len() - trimmed.len();
        let col = src
            .get(line_start..start)
            .map_or(0, |s| s.chars().count())
            .saturating_sub(text[..indent].chars().count());
        let end = (e.span.end as usize).clamp(start, line_start + text.len());
        let width = src.get(start..end).map_or(1, |s| s.chars().count()).max(1);
        out.push_str(&format!(
            "    {}\n    {}{}\n",
            trimmed.trim_end(),
            " ".repeat(col),
            "^".repeat(width)
        ));
    }
    out.push_str(&format!("{}: {}\n", e.kind.name(), e.msg));
    out
}

/// `exit()` and `quit()` at the prompt.
fn exit_fn(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value> {
    crate::eval::call::check_args(ip, "exit", args, kw, 0, 1)?;
    Err(Exc(ExcObj::new(
        ip.exc_class(ExcKind::SystemExit).clone(),
        args.to_vec(),
    )))
}

static EXIT: BuiltinFn = BuiltinFn {
    name: "exit",
    owner: None,
    call: exit_fn,
    sig: None,
};
static QUIT: BuiltinFn = BuiltinFn {
    name: "quit",
    owner: None,
    call: exit_fn,
    sig: None,
};

/// One interactive session.
struct Session {
    ip: Rc<Interp>,
    module: Rc<ModuleObj>,
    /// The asyncio REPL (not the prompt of `-i`): it says so as it leaves.
    asyncio: bool,
    to_editor: Sender<ToEditor>,
    from_editor: Receiver<FromEditor>,
    printer: Option<Printer>,
}

/// What the lines typed so far make.
enum Entry {
    /// Nothing but blank lines and comments.
    Empty,
    /// Not finished: ask for a continuation line.
    More,
    Ready(Module),
    Error(SyntaxError),
}

/// Whether `src` is a whole entry. The parser decides: input it reports as incomplete needs more
/// lines; a compound statement (a `def`, an `if`, …) also waits for a blank line, as at
/// python3's prompt, since its block could go on. `ended` says the entry was ended by a blank
/// line or by the end of a pasted or recalled block.
fn classify(src: &str, ended: bool) -> Entry {
    if src
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Entry::Empty;
    }
    match crate::syntax::parse_entry(src) {
        Ok(m) => {
            let compound = m.body.last().is_some_and(is_compound);
            if compound && !ended {
                Entry::More
            } else {
                Entry::Ready(m)
            }
        }
        // A block header still without its body when the entry is ended is an error
        // (CPython's "expected an indented block"); an open bracket or string goes on.
        Err(e) if e.incomplete && !(ended && e.kind == SyntaxErrorKind::IndentationError) => {
            Entry::More
        }
        Err(e) => Entry::Error(e),
    }
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
            | StmtKind::Match { .. }
            | StmtKind::FunctionDef { .. }
            | StmtKind::ClassDef { .. }
    )
}

/// Runs the REPL until Ctrl-D or `exit()`; returns the exit status.
pub fn run(quiet: bool) -> i32 {
    let ip = Interp::new();
    *ip.argv.borrow_mut() = vec![String::new()];
    *ip.script_dir.borrow_mut() = std::env::current_dir().ok();
    let module = ModuleObj::new(sym::__main__, None);
    module.set(sym::__name__, Value::str("__main__"));
    module.set(crate::intern::sym::__doc__, Value::None);
    module.set(sym::__package__, Value::None);
    crate::runtime::modules::pend_import_attrs(&module, crate::runtime::object::ModuleKind::Code);
    module.set(sym::__builtins__, Value::Module(ip.builtins_module.clone()));
    crate::runtime::modules::register(&ip, sym::__main__, Value::Module(module.clone()));
    session(ip, module, quiet, true)
}

/// `corun -i script.py`: the prompt after the script, in its globals (no banner).
pub fn run_after_script(ip: Rc<Interp>) -> i32 {
    let main = ip.modules.borrow().get(&sym::__main__).cloned();
    let module = match main {
        Some(Value::Module(m)) => m,
        // The script did not run (a syntax error): an empty `__main__`.
        _ => {
            let m = ModuleObj::new(sym::__main__, None);
            m.set(sym::__name__, Value::str("__main__"));
            crate::runtime::modules::register(&ip, sym::__main__, Value::Module(m.clone()));
            m
        }
    };
    session(ip, module, true, false)
}

fn session(ip: Rc<Interp>, module: Rc<ModuleObj>, quiet: bool, import_asyncio: bool) -> i32 {
    module.set(intern("exit"), Value::Builtin(&EXIT));
    module.set(intern("quit"), Value::Builtin(&QUIT));

    let (to_editor, editor_rx) = channel();
    let (editor_tx, from_editor) = channel();
    let spawned = std::thread::Builder::new()
        .name("corun-editor".into())
        .spawn(move || editor_thread(editor_rx, editor_tx));
    if spawned.is_err() {
        eprintln!("corun: can't start the line editor");
        return 1;
    }
    let printer = match from_editor.recv() {
        Ok(FromEditor::Printer(p)) => p,
        _ => None,
    };
    let mut s = Session {
        ip,
        module,
        asyncio: import_asyncio,
        to_editor,
        from_editor,
        printer,
    };
    if !quiet {
        eprintln!(
            "corun {} (asyncio REPL for the Python 3.11 that asyncio programs use)\n\
             Use \"await\" directly instead of \"asyncio.run()\".\n\
             Type \"exit()\" or press Ctrl-D to leave.",
            env!("CARGO_PKG_VERSION")
        );
    }
    // The session's loop runs from start to end, as `python -m asyncio`'s does.
    s.ip.event_loop.running.set(true);
    if import_asyncio {
        // `python -m asyncio` shows the import it makes on the session's behalf.
        if !quiet {
            eprintln!(">>> import asyncio");
        }
        if let Some(code) = s.feed("import asyncio\n") {
            return code;
        }
    }
    let code = s.interact();
    s.ip.flush_out();
    s.ip.event_loop.running.set(false);
    code
}

impl Session {
    fn interact(&mut self) -> i32 {
        let mut buf = String::new();
        loop {
            let prompt = if buf.is_empty() { ">>> " } else { "... " };
            let reply = self.read_line(prompt);
            match reply {
                FromEditor::Line(text) => {
                    let lines: Vec<&str> = text.split('\n').collect();
                    let block = lines.len() > 1;
                    for (i, line) in lines.iter().enumerate() {
                        buf.push_str(line.trim_end_matches('\r'));
                        buf.push('\n');
                        let ended = line.trim().is_empty() || (block && i + 1 == lines.len());
                        if let Some(code) = self.step(&mut buf, ended) {
                            return code;
                        }
                    }
                }
                FromEditor::Interrupted => {
                    buf.clear();
                    self.ip.write_err("KeyboardInterrupt\n");
                }
                FromEditor::Eof | FromEditor::Printer(_) => {
                    self.ip.flush_out();
                    if self.asyncio {
                        // As `python3 -m asyncio` leaves on Ctrl-D.
                        eprint!("\nexiting asyncio REPL...\n");
                    } else {
                        println!();
                    }
                    return 0;
                }
            }
        }
    }

    /// Acts on the lines in `buf`: runs the entry they make, reports its syntax error, or
    /// waits for more. Returns an exit status when the session ends.
    fn step(&mut self, buf: &mut String, ended: bool) -> Option<i32> {
        match classify(buf, ended) {
            Entry::More => None,
            Entry::Empty => {
                buf.clear();
                None
            }
            Entry::Error(e) => {
                self.remember(buf);
                let report = console_syntax_error(buf, &e);
                self.ip.flush_out();
                eprint!("{}", report);
                buf.clear();
                None
            }
            Entry::Ready(m) => {
                self.remember(buf);
                let src = std::mem::take(buf);
                self.run_entry(&src, m)
            }
        }
    }

    fn remember(&self, buf: &str) {
        let entry = buf.trim_end_matches('\n').to_string();
        let _ = self.to_editor.send(ToEditor::Remember(entry));
    }

    /// Parses and runs `src` as one entry (used for the session's own setup).
    fn feed(&mut self, src: &str) -> Option<i32> {
        match crate::syntax::parse_entry(src) {
            Ok(m) => self.run_entry(src, m),
            Err(_) => None,
        }
    }

    /// Asks the editor for a line and keeps the event loop turning until it comes.
    fn read_line(&mut self, prompt: &str) -> FromEditor {
        let ip = self.ip.clone();
        ip.flush_out();
        if self
            .to_editor
            .send(ToEditor::Read(prompt.to_string()))
            .is_err()
        {
            return FromEditor::Eof;
        }
        if self.printer.is_some() {
            ip.stdout.hold.set(true);
        }
        let reply = loop {
            let wait = ip
                .event_loop
                .next_wait()
                .unwrap_or(Duration::from_secs(3600));
            match self.from_editor.recv_timeout(wait) {
                Ok(r) => break r,
                Err(RecvTimeoutError::Disconnected) => break FromEditor::Eof,
                Err(RecvTimeoutError::Timeout) => {}
            }
            // Ctrl-C at the prompt is a key the editor reads; a SIGINT from elsewhere while
            // the prompt waits is dropped, not raised into a background task.
            crate::signals::clear();
            if ip.event_loop.next_wait() == Some(Duration::ZERO) {
                ip.event_loop.run_once(&ip);
            }
            self.show_held();
        };
        self.show_held();
        ip.stdout.hold.set(false);
        reply
    }

    /// Hands what background tasks printed to the editor, to show above the prompt.
    fn show_held(&mut self) {
        let text = self.ip.take_held_output();
        if text.is_empty() {
            return;
        }
        match &mut self.printer {
            Some(p) => {
                let _ = p.print(text);
            }
            None => print!("{}", text),
        }
    }

    /// Runs one entry; returns an exit status when it ends the session (`exit()`).
    fn run_entry(&mut self, src: &str, mut m: Module) -> Option<i32> {
        let ip = self.ip.clone();
        let file_id = ip.add_file("<console>".to_string(), Rc::from(src));
        let env = ResolveEnv {
            module: &self.module,
            builtin_index: &|s| ip.builtin_index(s),
            top_level_await: true,
            dynamic_top_level: false,
        };
        if let Err(e) = resolve_module(&mut m, &env) {
            ip.flush_out();
            eprint!("{}", console_syntax_error(src, &e));
            return None;
        }
        ip.write_err(&diagnostics::render_syntax_warnings(
            "<console>",
            src,
            &m.warnings,
        ));
        crate::signals::clear();
        let r = if m.scope.may_suspend {
            self.run_as_task(file_id, m)
        } else {
            self.run_now(file_id, &m)
        };
        ip.flush_out();
        let e = match r {
            Ok(()) => return None,
            Err(e) => e,
        };
        match crate::uncaught(&ip, &e) {
            Outcome::Exit(code) => Some(code),
            Outcome::Exception(s) if e.is_instance(ip.exc_class(ExcKind::SystemExit)) => {
                eprint!("{}", s);
                Some(1)
            }
            Outcome::Exception(s) | Outcome::Interrupted(s) | Outcome::SyntaxError(s) => {
                eprint!("{}", s);
                None
            }
            Outcome::Ok => None,
        }
    }

    /// An entry that cannot suspend runs right away, at the module level.
    fn run_now(&self, file_id: u32, m: &Module) -> PyResult<()> {
        let ip = &*self.ip;
        let mut no_locals = Slots::new();
        let mut frame = Frame::module_level(&self.module, &mut no_locals);
        crate::eval::enter_call(ip)?;
        let r = crate::eval::frames::in_module_frame(ip, file_id, &mut frame, |frame| {
            m.body.iter().try_for_each(|s| match &s.kind {
                StmtKind::Expr(e) => {
                    ip.cur_pos.set(s.span.start);
                    let v = sync::eval(ip, frame, e)?;
                    crate::runtime::sys::display(ip, v)
                }
                _ => sync::exec_stmt(ip, frame, s).map(|_| ()),
            })
        });
        crate::eval::leave_call(ip);
        r
    }

    /// An entry that awaits runs as a task on the session's loop until it is done; Ctrl-C
    /// cancels it.
    fn run_as_task(&self, file_id: u32, m: Module) -> PyResult<()> {
        let ip = self.ip.clone();
        let module = self.module.clone();
        let pos = m.body.first().map_or(0, |s| s.span.start);
        let name: Rc<str> = Rc::from("<module>");
        let coro = Coroutine::new(
            name.clone(),
            name,
            CoroBody::Native(Box::new(move |ipr: Rc<Interp>| {
                let ipr2 = ipr.clone();
                let body = Box::pin(async move {
                    let ip = &*ipr;
                    let mut no_locals = Slots::new();
                    let mut frame = Frame::module_level(&module, &mut no_locals);
                    for s in &m.body {
                        match &s.kind {
                            StmtKind::Expr(e) => {
                                ip.cur_pos.set(s.span.start);
                                let v = eval_maybe(ip, &mut frame, e).await?;
                                crate::runtime::sys::display(ip, v)?;
                            }
                            _ => {
                                exec_block_async(ip, &mut frame, std::slice::from_ref(s)).await?;
                            }
                        }
                    }
                    Ok(Value::None)
                });
                in_frame(&ipr2, file_id, pos, sym::module, body)
            })),
        );
        let task = crate::aio::new_task(&ip, coro, None)?;
        crate::signals::push_target(&task, false);
        let mut outcome = Ok(());
        while !task.is_done() {
            ip.event_loop.run_once(&ip);
            if let Err(e) = crate::signals::poll_in_loop(&ip) {
                // A second Ctrl-C: leave the entry to finish in the background.
                outcome = Err(e);
                break;
            }
        }
        let interrupts = crate::signals::pop_target();
        outcome?;
        match task.result(&ip) {
            Ok(_) => Ok(()),
            Err(e) if interrupts > 0 && e.is_instance(ip.exc_class(ExcKind::CancelledError)) => {
                // As `python -m asyncio` reports an entry cancelled by Ctrl-C.
                ip.flush_out();
                eprintln!("\nKeyboardInterrupt");
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{classify, Entry};

    fn kind(src: &str, ended: bool) -> &'static str {
        match classify(src, ended) {
            Entry::Empty => "empty",
            Entry::More => "more",
            Entry::Ready(_) => "ready",
            Entry::Error(_) => "error",
        }
    }

    #[test]
    fn the_parser_decides_when_an_entry_is_complete() {
        assert_eq!(kind("1 + 1\n", false), "ready");
        assert_eq!(kind("await asyncio.sleep(0)\n", false), "ready");
        assert_eq!(kind("async def f():\n", false), "more");
        assert_eq!(kind("x = (1,\n", false), "more");
        assert_eq!(kind("x = (1,\n2)\n", false), "ready");
        assert_eq!(kind("x = 1 + \\\n", false), "more");
        assert_eq!(kind("s = '''a\n", false), "more");
        assert_eq!(kind("def f():\n    return 1\n", false), "more");
        assert_eq!(kind("def f():\n    return 1\n\n", true), "ready");
        assert_eq!(kind("if 1: pass\n", false), "more");
        assert_eq!(kind("x = (1,\n\n", true), "more");
        assert_eq!(kind("def f():\n\n", true), "error");
        assert_eq!(kind("x = = 1\n", false), "error");
        assert_eq!(kind("# a comment\n", false), "empty");
        assert_eq!(kind("return 1\n", false), "error");
    }
}
