//! The REPL driven through a real pseudo-terminal, as a person types at it: multi-line entries,
//! top-level `await`, a task printing while the prompt waits, errors, Ctrl-C, history.
//!
//! Every wait allows 20 s, so a loaded machine slows these tests down without failing them.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{ControlCode, Eof, Expect, Session};

const TIMEOUT: Duration = Duration::from_secs(20);
const UP: &str = "\x1b[A";

/// A private folder for one test's history file.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corun-repl-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn start(dir: &std::path::Path) -> OsSession {
    let mut p = spawn(dir, &[]);
    p.expect("asyncio REPL").expect("banner");
    // The import the session makes for the user is shown, as python3 -m asyncio shows it.
    p.expect(">>> import asyncio").expect("the shown import");
    prompt(&mut p);
    p
}

/// corun with `args` in a pty, Ctrl-C reaching it.
fn spawn(dir: &std::path::Path, args: &[&str]) -> OsSession {
    spawn_term(dir, args, "xterm")
}

fn spawn_term(dir: &std::path::Path, args: &[&str], term: &str) -> OsSession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_corun"));
    cmd.args(args)
        .env("TERM", term)
        .env("NO_COLOR", "1")
        .env("HOME", dir)
        .env("CORUN_HISTORY", dir.join("history"))
        .current_dir(dir);
    // SAFETY: only async-signal-safe calls between fork and exec. Ctrl-C must reach corun even
    // where these tests run with SIGINT ignored (a background job), which corun would respect.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut p = Session::spawn(cmd).expect("spawn corun in a pty");
    p.set_expect_timeout(Some(TIMEOUT));
    p
}

fn prompt(p: &mut OsSession) {
    p.expect(">>> ").expect("the prompt");
}

/// Types a line and presses Enter.
fn line(p: &mut OsSession, text: &str) {
    p.send(format!("{text}\r")).unwrap();
}

/// Waits for `what`; returns everything the terminal showed before it.
fn until(p: &mut OsSession, what: &str) -> String {
    match p.expect(what) {
        Ok(c) => String::from_utf8_lossy(c.before()).into_owned(),
        Err(e) => panic!("waiting for {what:?}: {e}"),
    }
}

/// Ends the session with Ctrl-D at the prompt and waits for corun to exit.
fn ctrl_d(p: &mut OsSession) -> WaitStatus {
    p.send(ControlCode::EndOfTransmission).unwrap();
    wait_exit(p)
}

fn wait_exit(p: &mut OsSession) -> WaitStatus {
    if let Err(e) = p.expect(Eof) {
        // Never wait forever on a session that did not end.
        let _ = p.get_process_mut().exit(true);
        panic!("corun did not exit: {e}");
    }
    p.get_process().wait().expect("wait for corun")
}

#[test]
fn multi_line_async_function_is_awaited_and_echoed() {
    let dir = scratch("await");
    let mut p = start(&dir);
    line(&mut p, "async def double(x):");
    until(&mut p, "... ");
    line(&mut p, "    await asyncio.sleep(0.01)");
    until(&mut p, "... ");
    line(&mut p, "    return x * 2");
    until(&mut p, "... ");
    line(&mut p, "");
    prompt(&mut p);
    line(&mut p, "await double(21)");
    until(&mut p, "42\r\n");
    prompt(&mut p);
    // `_` holds the last value; None is not echoed and leaves `_` alone.
    line(&mut p, "None");
    let shown = until(&mut p, ">>> ");
    assert_eq!(
        shown.matches("None").count(),
        1,
        "None was echoed: {shown:?}"
    );
    line(&mut p, "_ + 1");
    until(&mut p, "43\r\n");
    prompt(&mut p);
    line(&mut p, "await asyncio.sleep(0.01, 'done')");
    until(&mut p, "'done'\r\n");
    prompt(&mut p);
    // An open bracket continues the entry; closing it runs it without a blank line.
    line(&mut p, "[1,");
    until(&mut p, "... ");
    line(&mut p, " 2]");
    until(&mut p, "[1, 2]\r\n");
    prompt(&mut p);
    assert_eq!(ctrl_d(&mut p), WaitStatus::Exited(p.get_process().pid(), 0));
}

#[test]
fn background_task_prints_while_the_prompt_waits() {
    let dir = scratch("background");
    let mut p = start(&dir);
    line(&mut p, "async def tick():");
    line(&mut p, "    for i in range(3):");
    line(&mut p, "        await asyncio.sleep(0.05)");
    line(&mut p, "        print('tick', i)");
    line(&mut p, "");
    prompt(&mut p);
    line(&mut p, "t = asyncio.create_task(tick())");
    prompt(&mut p);
    // Nothing more is typed: the session's loop runs the task while the editor waits.
    until(&mut p, "tick 0");
    until(&mut p, "tick 2");
    line(&mut p, "t.done()");
    until(&mut p, "True\r\n");
    prompt(&mut p);
    line(&mut p, "exit(3)");
    assert_eq!(
        wait_exit(&mut p),
        WaitStatus::Exited(p.get_process().pid(), 3)
    );
}

#[test]
fn the_session_survives_errors() {
    let dir = scratch("errors");
    let mut p = start(&dir);
    line(&mut p, "x = 5");
    prompt(&mut p);
    line(&mut p, "x = = 1");
    until(&mut p, "SyntaxError: invalid syntax");
    prompt(&mut p);
    line(&mut p, "def f():");
    until(&mut p, "... ");
    line(&mut p, "");
    until(&mut p, "IndentationError: expected an indented block");
    prompt(&mut p);
    line(&mut p, "1 / 0");
    until(&mut p, "Traceback (most recent call last):");
    until(&mut p, "ZeroDivisionError: division by zero");
    prompt(&mut p);
    line(&mut p, "await asyncio.sleep(0, undefined_name)");
    until(&mut p, "NameError: name 'undefined_name' is not defined");
    prompt(&mut p);
    // Earlier definitions are still there.
    line(&mut p, "x * 2");
    until(&mut p, "10\r\n");
    prompt(&mut p);
    line(&mut p, "exit()");
    assert_eq!(
        wait_exit(&mut p),
        WaitStatus::Exited(p.get_process().pid(), 0)
    );
}

#[test]
fn ctrl_c_interrupts_an_await_a_loop_and_the_line() {
    let dir = scratch("ctrlc");
    let mut p = start(&dir);
    line(&mut p, "print('waiting'); await asyncio.sleep(100)");
    until(&mut p, "waiting\r\n");
    std::thread::sleep(Duration::from_millis(100));
    p.send(ControlCode::EndOfText).unwrap();
    until(&mut p, "KeyboardInterrupt");
    prompt(&mut p);
    line(&mut p, "def spin():");
    line(&mut p, "    print('spinning')");
    line(&mut p, "    while True: pass");
    line(&mut p, "");
    prompt(&mut p);
    line(&mut p, "spin()");
    until(&mut p, "spinning\r\n");
    std::thread::sleep(Duration::from_millis(100));
    p.send(ControlCode::EndOfText).unwrap();
    until(&mut p, "Traceback (most recent call last):");
    until(&mut p, "KeyboardInterrupt");
    prompt(&mut p);
    // Ctrl-C at the prompt drops the line being typed.
    p.send("1 + ").unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    until(&mut p, "KeyboardInterrupt");
    prompt(&mut p);
    line(&mut p, "6 * 7");
    until(&mut p, "42\r\n");
    prompt(&mut p);
    assert_eq!(ctrl_d(&mut p), WaitStatus::Exited(p.get_process().pid(), 0));
}

#[test]
fn history_recalls_entries_whole_and_persists() {
    let dir = scratch("history");
    let mut p = start(&dir);
    line(&mut p, "def three():");
    line(&mut p, "    return 3");
    line(&mut p, "");
    prompt(&mut p);
    line(&mut p, "40 + 2");
    until(&mut p, "42\r\n");
    prompt(&mut p);
    // Up recalls the last entry.
    p.send(UP).unwrap();
    p.send("\r").unwrap();
    until(&mut p, "42\r\n");
    prompt(&mut p);
    ctrl_d(&mut p);

    let saved = std::fs::read_to_string(dir.join("history")).expect("the history file");
    assert!(saved.contains("def three():\\n    return 3"), "{saved:?}");

    // A new session finds the history: three Ups reach the multi-line `def`, recalled whole.
    let mut p = start(&dir);
    p.send(format!("{UP}{UP}{UP}")).unwrap();
    p.send("\r").unwrap();
    prompt(&mut p);
    line(&mut p, "three() * 14");
    until(&mut p, "42\r\n");
    prompt(&mut p);
    ctrl_d(&mut p);
}

#[test]
fn a_pasted_block_runs_statement_by_statement() {
    let dir = scratch("paste");
    let mut p = start(&dir);
    // As a terminal sends a paste (bracketed paste mode).
    p.send("\x1b[200~def g():\r    return 5\r\rg() + 1\r\x1b[201~")
        .unwrap();
    p.send("\r").unwrap();
    until(&mut p, "6\r\n");
    prompt(&mut p);
    // Typed ahead faster than the prompt comes back: nothing is lost.
    p.send("a = 1\rb = 2\ra + b\r").unwrap();
    until(&mut p, "3\r\n");
    // Ctrl-D once the prompt is up: typed while the terminal is still in cooked mode between two
    // prompts, the line discipline would take it as its own end-of-file, not as a key.
    prompt(&mut p);
    ctrl_d(&mut p);
}

#[test]
fn dash_m_asyncio_opens_the_repl_and_ctrl_d_says_it_leaves() {
    let dir = scratch("dash-m");
    let mut p = spawn(&dir, &["-m", "asyncio"]);
    p.expect("asyncio REPL").expect("banner");
    // The import the session makes for the user is shown, as python3 -m asyncio shows it.
    p.expect(">>> import asyncio").expect("the shown import");
    prompt(&mut p);
    line(&mut p, "await asyncio.sleep(0, 'slept')");
    until(&mut p, "'slept'");
    prompt(&mut p);
    // Entries are named <console>, as python3 -m asyncio names them.
    line(&mut p, "x = = 1");
    let shown = until(&mut p, ">>> ");
    let want = "  File \"<console>\", line 1\r\n    x = = 1\r\n        ^\r\nSyntaxError: invalid syntax\r\n";
    assert!(shown.contains(want), "{shown:?}");
    assert_eq!(
        shown.matches("SyntaxError").count(),
        1,
        "one headline: {shown:?}"
    );
    // A coroutine never awaited is reported as python3 -m asyncio reports it: no source line.
    line(&mut p, "async def f(): pass");
    until(&mut p, "... ");
    line(&mut p, "");
    prompt(&mut p);
    line(&mut p, "f()");
    until(&mut p, "<coroutine object f at 0x");
    prompt(&mut p);
    line(&mut p, "1");
    let shown = until(
        &mut p,
        "Enable tracemalloc to get the object allocation traceback\r\n",
    );
    assert!(
        shown.ends_with(
            "<console>:1: RuntimeWarning: coroutine 'f' was never awaited\r\nRuntimeWarning: "
        ),
        "{shown:?}"
    );
    prompt(&mut p);
    p.send(ControlCode::EndOfTransmission).unwrap();
    until(&mut p, "exiting asyncio REPL...");
    assert_eq!(
        wait_exit(&mut p),
        WaitStatus::Exited(p.get_process().pid(), 0)
    );
}

#[test]
fn functions_of_earlier_entries_keep_their_own_lines() {
    let dir = scratch("entries");
    let mut p = start(&dir);
    line(&mut p, "x = 1");
    prompt(&mut p);
    // A task's repr says where its coroutine function was defined, in its own entry.
    line(&mut p, "async def work():");
    until(&mut p, "... ");
    line(&mut p, "    await asyncio.sleep(0)");
    until(&mut p, "... ");
    line(&mut p, "");
    prompt(&mut p);
    line(&mut p, "t = asyncio.ensure_future(work())");
    prompt(&mut p);
    line(&mut p, "await t");
    prompt(&mut p);
    line(&mut p, "t");
    until(
        &mut p,
        "<Task finished name='Task-1' coro=<work() done, defined at <console>:1> result=None>",
    );
    prompt(&mut p);
    // A traceback through a function of an earlier entry gives the line within that entry.
    line(&mut p, "def fail():");
    until(&mut p, "... ");
    line(&mut p, "    y = 2");
    until(&mut p, "... ");
    line(&mut p, "    return y / 0");
    until(&mut p, "... ");
    line(&mut p, "");
    prompt(&mut p);
    line(&mut p, "z = 3");
    prompt(&mut p);
    line(&mut p, "fail()");
    let shown = until(&mut p, "ZeroDivisionError: division by zero");
    assert!(
        shown.contains("  File \"<console>\", line 1, in <module>\r\n  File \"<console>\", line 3, in fail\r\n"),
        "{shown:?}"
    );
    prompt(&mut p);
    assert_eq!(ctrl_d(&mut p), WaitStatus::Exited(p.get_process().pid(), 0));
}

#[test]
fn dash_i_opens_the_prompt_in_the_scripts_globals() {
    let dir = scratch("dash-i");
    std::fs::write(dir.join("setup.py"), "x = 41\nprint('script ran')\n1 / 0\n").unwrap();
    let mut p = spawn(&dir, &["-i", "setup.py"]);
    until(&mut p, "script ran");
    until(&mut p, "ZeroDivisionError: division by zero");
    prompt(&mut p);
    line(&mut p, "x + 1");
    until(&mut p, "42\r\n");
    prompt(&mut p);
    line(&mut p, "exit(3)");
    assert_eq!(
        wait_exit(&mut p),
        WaitStatus::Exited(p.get_process().pid(), 3)
    );
}

#[test]
fn dash_i_opens_the_prompt_after_sys_exit_too() {
    let dir = scratch("dash-i-exit");
    std::fs::write(dir.join("quits.py"), "import sys\nx = 5\nsys.exit('bye')\n").unwrap();
    let mut p = spawn(&dir, &["-i", "quits.py"]);
    // python3 -i reports the SystemExit as any uncaught exception, then prompts.
    until(&mut p, "line 3, in <module>");
    until(&mut p, "SystemExit: bye");
    prompt(&mut p);
    line(&mut p, "x * 2");
    until(&mut p, "10\r\n");
    prompt(&mut p);
    assert_eq!(ctrl_d(&mut p), WaitStatus::Exited(p.get_process().pid(), 0));
}

#[test]
fn an_entry_runs_in_a_frame_of_the_main_module() {
    let dir = scratch("entry-frame");
    let mut p = spawn(&dir, &["-q"]);
    prompt(&mut p);
    line(&mut p, "import sys");
    prompt(&mut p);
    line(
        &mut p,
        "f = sys._getframe(); f.f_code.co_name, f.f_globals['__name__'], f.f_back",
    );
    until(&mut p, "('<module>', '__main__', None)\r\n");
    prompt(&mut p);
    assert_eq!(ctrl_d(&mut p), WaitStatus::Exited(p.get_process().pid(), 0));
}

#[test]
fn lines_are_edited_and_recalled_under_term_dumb() {
    let dir = scratch("dumb");
    let mut p = spawn_term(&dir, &["-q"], "dumb");
    prompt(&mut p);
    line(&mut p, "x = 20");
    prompt(&mut p);
    line(&mut p, "x + 1");
    until(&mut p, "21\r\n");
    prompt(&mut p);
    // Up recalls the last entry; Backspace and Left edit it.
    p.send(format!("{UP}\x7f2\r")).unwrap();
    until(&mut p, "22\r\n");
    prompt(&mut p);
    p.send(format!("{UP}\x1b[D\x1b[D\x7f-\r")).unwrap();
    until(&mut p, "18\r\n");
    prompt(&mut p);
    assert_eq!(ctrl_d(&mut p), WaitStatus::Exited(p.get_process().pid(), 0));
}
