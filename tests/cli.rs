//! The command line, form by form, beside python3's: what each prints and its exit status.
//! Where python3 (3.11) is installed, corun's stdout, exit status and last stderr line are compared
//! with it too.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Run {
    out: String,
    err: String,
    /// The exit status, or 128 + the signal that ended the process (as a shell shows it).
    code: i32,
}

fn corun() -> String {
    env!("CARGO_BIN_EXE_corun").to_string()
}

/// python3, when it is CPython 3.11 (the reference; other versions word some errors apart).
fn python3() -> Option<String> {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11."));
    ok.then(|| "python3".to_string())
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corun-cli-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_in(prog: &str, dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(prog)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    let o = child.wait_with_output().unwrap();
    Run {
        out: String::from_utf8_lossy(&o.stdout).into_owned(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
        code: status_code(o.status),
    }
}

fn status_code(s: std::process::ExitStatus) -> i32 {
    s.code().unwrap_or_else(|| 128 + s.signal().unwrap_or(0))
}

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or("")
}

/// Runs the same command line under corun and (if there) python3; checks they agree on stdout,
/// exit status and the last line of stderr. Returns corun's run.
fn both(dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Run {
    let c = run_in(&corun(), dir, args, stdin);
    assert!(!c.err.contains("panicked"), "corun panicked: {}", c.err);
    if let Some(py) = python3() {
        let p = run_in(&py, dir, args, stdin);
        assert_eq!(c.out, p.out, "stdout of {args:?}");
        assert_eq!(c.code, p.code, "exit status of {args:?}\n{}", c.err);
        assert_eq!(
            last_line(&c.err),
            last_line(&p.err),
            "last stderr line of {args:?}"
        );
    }
    c
}

#[test]
fn dash_capital_s_is_accepted_before_the_program() {
    // pyperformance's start-up benchmark runs `python -S -c pass`.
    let dir = scratch("no_site");
    let r = both(
        &dir,
        &["-S", "-c", "import sys; print(sys.argv)", "-S"],
        None,
    );
    assert_eq!(r.out, "['-c', '-S']\n");
    assert_eq!(r.code, 0);
}

#[test]
fn dash_c_runs_a_string_with_its_arguments() {
    let dir = scratch("c");
    let r = both(
        &dir,
        &["-c", "import sys; print(sys.argv)", "-x", "--y", "z"],
        None,
    );
    assert_eq!(r.out, "['-c', '-x', '--y', 'z']\n");
    assert_eq!(r.code, 0);
    let r = both(&dir, &["-c", "print('hi')\n1/0"], None);
    assert_eq!(r.out, "hi\n");
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("File \"<string>\", line 2, in <module>"),
        "{}",
        r.err
    );
    assert_eq!(last_line(&r.err), "ZeroDivisionError: division by zero");
    // No source lines for `<string>` frames: CPython cannot read them again.
    let tb = "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  \
              File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n";
    let r = both(&dir, &["-c", "def f():\n    1/0\nf()"], None);
    assert_eq!(r.err, tb);
    let r = both(&dir, &[], Some("def f():\n    1/0\nf()\n"));
    assert_eq!(r.err, tb.replace("<string>", "<stdin>"));
    // A syntax error: exit status 1 and CPython's headline.
    let r = both(&dir, &["-c", "x = (1,"], None);
    assert_eq!(r.code, 1);
    assert_eq!(last_line(&r.err), "SyntaxError: '(' was never closed");
}

#[test]
fn syntax_warnings_name_strings_and_stdin_without_their_lines() {
    let dir = scratch("warn");
    let warning = "SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n";
    let r = both(&dir, &["-c", "x = 5\nprint(x is 5)"], None);
    assert_eq!(r.out, "True\n");
    assert_eq!(r.err, format!("<string>:2: {warning}"));
    let r = both(&dir, &["-"], Some("x = 5\nprint(x is 5)\n"));
    assert_eq!(r.err, format!("<stdin>:2: {warning}"));
    // Before a syntax error, what the tokenizer warned of on its way to it.
    let r = both(&dir, &["-c", "x = 0b1for"], None);
    assert_eq!(r.code, 1);
    assert!(
        r.err
            .starts_with("<string>:1: SyntaxWarning: invalid binary literal\n"),
        "{}",
        r.err
    );
}

#[test]
fn dash_reads_the_program_from_stdin() {
    let dir = scratch("dash");
    let src = "import sys\nprint(sys.argv)\nraise ValueError(3)\n";
    let r = both(&dir, &["-", "a", "-b"], Some(src));
    assert_eq!(r.out, "['-', 'a', '-b']\n");
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("File \"<stdin>\", line 3, in <module>"),
        "{}",
        r.err
    );
    assert_eq!(last_line(&r.err), "ValueError: 3");
}

#[test]
fn piped_stdin_without_arguments_runs_as_a_script() {
    let dir = scratch("pipe");
    let src = "import sys, asyncio\nprint(sys.argv)\nasync def main():\n    await asyncio.sleep(0)\n    return 7\nprint(asyncio.run(main()))\n";
    let r = both(&dir, &[], Some(src));
    assert_eq!(r.out, "['']\n7\n");
    assert_eq!(r.code, 0);
    // No banner and no prompt when stdin is not a terminal.
    assert_eq!(r.err, "");
}

#[test]
fn script_arguments_and_options_after_the_script_belong_to_it() {
    let dir = scratch("script");
    std::fs::write(dir.join("s.py"), "import sys\nprint(sys.argv)\n").unwrap();
    let r = both(&dir, &["s.py", "-x", "-c", "--help", "-q"], None);
    assert_eq!(r.out, "['s.py', '-x', '-c', '--help', '-q']\n");
    assert_eq!(r.code, 0);
    // -q before the script is the interpreter's (no banner), not the script's.
    let r = both(&dir, &["-q", "s.py", "1"], None);
    assert_eq!(r.out, "['s.py', '1']\n");
}

#[test]
fn exit_statuses_follow_sys_exit() {
    let dir = scratch("exit");
    assert_eq!(both(&dir, &["-c", "import sys; sys.exit(7)"], None).code, 7);
    assert_eq!(both(&dir, &["-c", "import sys; sys.exit()"], None).code, 0);
    let r = both(&dir, &["-c", "import sys; sys.exit('bye')"], None);
    assert_eq!(r.code, 1);
    assert_eq!(r.err, "bye\n");
}

#[test]
fn a_missing_file_is_status_2_with_cpythons_message() {
    let dir = scratch("missing");
    let c = run_in(&corun(), &dir, &["nofile.py"], None);
    assert_eq!(c.code, 2);
    let abs = dir.join("nofile.py");
    let expected = format!(
        ": can't open file '{}': [Errno 2] No such file or directory\n",
        abs.display()
    );
    assert_eq!(c.err, format!("corun{expected}"));
    if let Some(py) = python3() {
        let p = run_in(&py, &dir, &["nofile.py"], None);
        assert_eq!(p.code, 2);
        assert!(p.err.ends_with(&expected), "{}", p.err);
    }
}

#[test]
fn bad_usage_is_status_2_with_a_usage_message() {
    let dir = scratch("usage");
    for args in [&["--bogus"][..], &["-Z", "x.py"], &["-c"]] {
        let c = run_in(&corun(), &dir, args, None);
        assert_eq!(c.code, 2, "{args:?}: {}", c.err);
        assert!(c.err.contains("Usage: corun"), "{args:?}: {}", c.err);
        assert!(!c.err.contains("panicked"), "{}", c.err);
        assert_eq!(c.out, "");
        if let Some(py) = python3() {
            assert_eq!(run_in(&py, &dir, args, None).code, 2, "python3 {args:?}");
        }
    }
}

#[test]
fn version_and_help() {
    let dir = scratch("version");
    let v = run_in(&corun(), &dir, &["--version"], None);
    assert_eq!(v.code, 0);
    assert_eq!(v.out, format!("corun {}\n", env!("CARGO_PKG_VERSION")));
    let h = run_in(&corun(), &dir, &["--help"], None);
    assert_eq!(h.code, 0);
    for opt in ["-c <cmd>", "-q", "--version", "[arg] ..."] {
        assert!(h.out.contains(opt), "--help lacks {opt}: {}", h.out);
    }
}

/// Starts `prog script`, waits for its first line, sends SIGINT; returns the run.
fn interrupt(prog: &str, dir: &std::path::Path, script: &str) -> Run {
    let mut cmd = Command::new(prog);
    // SAFETY: only async-signal-safe calls between fork and exec. SIGINT gets its default
    // disposition back, in case these tests run where it is ignored (a background job):
    // python3 and corun both leave an ignored SIGINT ignored.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd
        .arg(script)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert_eq!(first, "start\n");
    // Give it time to reach the wait (or the loop) it is to be interrupted in.
    std::thread::sleep(Duration::from_millis(200));
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{prog} {script}: still running 20 s after SIGINT");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    std::io::Read::read_to_string(&mut out, &mut first).unwrap();
    Run {
        out: first,
        err,
        code: status_code(status),
    }
}

#[test]
fn sigint_during_asyncio_run_cancels_main_and_exits_130() {
    let dir = scratch("sigint-async");
    std::fs::write(
        dir.join("sl.py"),
        "import asyncio\nasync def main():\n    print('start', flush=True)\n    await asyncio.sleep(100)\nasyncio.run(main())\n",
    )
    .unwrap();
    let c = interrupt(&corun(), &dir, "sl.py");
    assert_eq!(c.code, 130, "{}", c.err);
    // CPython's shape: the cancelled main task, then KeyboardInterrupt raised while handling it.
    assert!(c.err.contains("line 4, in main"), "{}", c.err);
    assert!(
        c.err.contains("asyncio.exceptions.CancelledError\n\nDuring handling of the above exception, another exception occurred:"),
        "{}",
        c.err
    );
    assert_eq!(last_line(&c.err), "KeyboardInterrupt");
    if let Some(py) = python3() {
        let p = interrupt(&py, &dir, "sl.py");
        assert_eq!(p.code, 130);
        assert!(p.err.contains("During handling of the above exception"));
        assert_eq!(last_line(&p.err), "KeyboardInterrupt");
    }
}

#[test]
fn sigint_in_a_busy_loop_raises_keyboard_interrupt() {
    let dir = scratch("sigint-busy");
    std::fs::write(
        dir.join("busy.py"),
        "print('start', flush=True)\nprint('held')\nn = 0\nwhile True:\n    n += 1\n",
    )
    .unwrap();
    let c = interrupt(&corun(), &dir, "busy.py");
    assert_eq!(c.code, 130, "{}", c.err);
    // What was still buffered is written out before the process ends.
    assert_eq!(c.out, "start\nheld\n");
    assert!(c.err.starts_with("Traceback (most recent call last):\n"));
    assert!(c.err.contains("busy.py\", line"), "{}", c.err);
    assert_eq!(last_line(&c.err), "KeyboardInterrupt");
    if let Some(py) = python3() {
        let p = interrupt(&py, &dir, "busy.py");
        assert_eq!(p.code, 130);
        assert_eq!(p.out, c.out);
        assert_eq!(last_line(&p.err), "KeyboardInterrupt");
    }
    // A sleep in the standard library is cut short as well.
    std::fs::write(
        dir.join("nap.py"),
        "import time\nprint('start', flush=True)\ntime.sleep(100)\n",
    )
    .unwrap();
    let c = interrupt(&corun(), &dir, "nap.py");
    assert_eq!(c.code, 130, "{}", c.err);
    assert!(c.err.contains("line 3, in <module>"), "{}", c.err);
    assert_eq!(last_line(&c.err), "KeyboardInterrupt");
}

#[test]
fn ctrl_c_runs_a_python_sigint_handler() {
    let dir = scratch("sigint-handler");
    std::fs::write(
        dir.join("h.py"),
        "import signal\nstop = []\nsignal.signal(signal.SIGINT, lambda s, f: stop.append(s))\nprint('start', flush=True)\nwhile not stop:\n    pass\nprint('stopped by', stop)\n",
    )
    .unwrap();
    let c = interrupt(&corun(), &dir, "h.py");
    assert_eq!(c.code, 0, "{}", c.err);
    assert_eq!(c.out, "start\nstopped by [2]\n");
    assert_eq!(c.err, "");
    if let Some(py) = python3() {
        let p = interrupt(&py, &dir, "h.py");
        assert_eq!((p.code, p.out), (c.code, c.out));
    }
}

#[test]
fn keyboard_interrupt_can_be_caught() {
    let dir = scratch("sigint-caught");
    std::fs::write(
        dir.join("caught.py"),
        "import asyncio\nprint('start', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n",
    )
    .unwrap();
    let c = interrupt(&corun(), &dir, "caught.py");
    assert_eq!(c.code, 0, "{}", c.err);
    assert_eq!(c.out, "start\ncaught\n");
    assert_eq!(c.err, "");
}

#[test]
fn a_busy_main_task_takes_a_second_ctrl_c() {
    // The first Ctrl-C only asks asyncio.run's main task to cancel, which a task that never
    // awaits does not notice; the second raises KeyboardInterrupt in it (as in CPython).
    let dir = scratch("sigint-twice");
    std::fs::write(
        dir.join("spin.py"),
        "import asyncio\nasync def main():\n    print('start', flush=True)\n    while True:\n        pass\nasyncio.run(main())\n",
    )
    .unwrap();
    let mut progs = vec![corun()];
    progs.extend(python3());
    for prog in progs {
        let mut cmd = Command::new(&prog);
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        let mut child = cmd
            .arg("spin.py")
            .current_dir(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        std::thread::sleep(Duration::from_millis(200));
        // SAFETY: signals to our own child.
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
        std::thread::sleep(Duration::from_millis(300));
        assert!(
            child.try_wait().unwrap().is_none(),
            "{prog} ended after one Ctrl-C"
        );
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
        let o = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(status_code(o.status), 130, "{prog}: {err}");
        assert!(err.contains("spin.py\", line"), "{prog}: {err}");
        assert_eq!(last_line(&err), "KeyboardInterrupt", "{prog}");
    }
}

/// Arguments and a script name that are not UTF-8 arrive as CPython's surrogate-escaped str
/// (byte 0xff is '\udcff'), print back as the same bytes, and encode back with
/// `surrogateescape`; no panic.
#[test]
fn arguments_that_are_not_utf8_arrive_surrogate_escaped() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("argv-bytes");
    let name = OsStr::from_bytes(b"s\xff.py");
    std::fs::write(
        dir.join(name),
        "import sys\nprint(sys.argv)\nprint([len(a) for a in sys.argv])\n\
         print(sys.argv[1].encode('utf-8', 'surrogateescape'))\nprint(sys.argv[1])\n\
         sys.argv[1].encode()\n",
    )
    .unwrap();
    let run = |prog: &str| {
        Command::new(prog)
            .arg(name)
            .arg(OsStr::from_bytes(b"a\xffb\xc3"))
            .arg("\u{e9}")
            .current_dir(&dir)
            .env("PYTHONUTF8", "1")
            .output()
            .unwrap()
    };
    let c = run(&corun());
    assert_eq!(
        c.stdout,
        b"['s\\udcff.py', 'a\\udcffb\\udcc3', '\xc3\xa9']\n[5, 4, 1]\nb'a\\xffb\\xc3'\na\xffb\xc3\n"
    );
    let err = String::from_utf8_lossy(&c.stderr);
    assert_eq!(
        last_line(&err),
        "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udcff' in position 1: \
         surrogates not allowed"
    );
    assert!(err.contains("s\\udcff.py\", line 6"), "{err}");
    assert_eq!(c.status.code(), Some(1));
    if let Some(py) = python3() {
        let p = run(&py);
        assert_eq!(p.stdout, c.stdout);
        assert_eq!(
            last_line(&String::from_utf8_lossy(&p.stderr)),
            last_line(&err)
        );
        assert_eq!(p.status.code(), Some(1));
    }
}
#[test]
fn dash_w_sets_the_warning_filters() {
    let dir = scratch("warnings");
    let r = both(
        &dir,
        &["-W", "error", "-c", "import warnings; warnings.warn('x')"],
        None,
    );
    assert_eq!((r.code, last_line(&r.err)), (1, "UserWarning: x"));
    let prog = "import sys, warnings; print(sys.warnoptions); warnings.warn('x')";
    let r = both(&dir, &["-W", "ignore", "-c", prog], None);
    assert_eq!((r.out.as_str(), r.err.as_str()), ("['ignore']\n", ""));
    let r = both(&dir, &["-Werror::UserWarning", "-c", prog], None);
    assert_eq!(r.out, "['error::UserWarning']\n");
    assert_eq!(r.code, 1);
    // The filters apply to the interpreter's own warnings without `import warnings`.
    std::fs::write(
        dir.join("never.py"),
        "async def f(): pass\nf()\nprint('end')\n",
    )
    .unwrap();
    let r = both(&dir, &["-W", "error::RuntimeWarning", "never.py"], None);
    assert_eq!(r.out, "end\n");
    assert_eq!(
        last_line(&r.err),
        "RuntimeWarning: coroutine 'f' was never awaited"
    );
    let r = both(&dir, &["-W", "ignore::RuntimeWarning", "never.py"], None);
    assert_eq!((r.out.as_str(), r.err.as_str()), ("end\n", ""));
    let r = both(&dir, &["-W", "bogus", "-c", "print(1)"], None);
    assert_eq!(
        r.err,
        "Invalid -W option ignored: invalid action: 'bogus'\n"
    );
}

#[test]
fn pythonwarnings_comes_before_dash_w() {
    let dir = scratch("pythonwarnings");
    let prog = "import sys, warnings; print(sys.warnoptions); warnings.warn('x')";
    for p in [Some(corun()), python3()].into_iter().flatten() {
        let o = Command::new(&p)
            .args(["-Wd", "-c", prog])
            .current_dir(&dir)
            .env("PYTHONWARNINGS", "ignore,error::DeprecationWarning")
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(out, "['ignore', 'error::DeprecationWarning', 'd']\n", "{p}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("UserWarning: x"),
            "{p}"
        );
    }
}

#[test]
fn a_timeline_or_trace_path_that_cannot_be_written_stops_before_the_program_runs() {
    let dir = scratch("badpath");
    for opt in [
        "--timeline=/nonexistent/dir/t.svg",
        "--trace=/nonexistent/dir/t.json",
    ] {
        let r = run_in(&corun(), &dir, &[opt, "-c", "print('ran')"], None);
        assert_eq!(r.code, 2, "{opt}: {}", r.err);
        assert_eq!(r.out, "", "{opt}: the program must not run");
        assert!(
            r.err.starts_with("corun: cannot write the "),
            "{opt}: {}",
            r.err
        );
        assert!(r.err.contains("/nonexistent/dir/t."), "{}", r.err);
    }
    let r = run_in(
        &corun(),
        &dir,
        &["--trace=t.json", "-c", "print('ran')"],
        None,
    );
    assert_eq!((r.code, r.out.as_str()), (0, "ran\n"), "{}", r.err);
    assert!(std::fs::read_to_string(dir.join("t.json"))
        .unwrap()
        .starts_with('{'));
}

#[test]
fn warnings_about_strings_show_no_source_line() {
    let dir = scratch("warn-string");
    let prog = "async def f(): pass\nf()\nimport warnings; warnings.warn('x')";
    let r = both(&dir, &["-c", prog], None);
    assert_eq!(
        r.err,
        "<string>:2: RuntimeWarning: coroutine 'f' was never awaited\nRuntimeWarning: Enable \
         tracemalloc to get the object allocation traceback\n<string>:3: UserWarning: x\n"
    );
}

/// Writes `files` (path, text) under `dir`.
fn write_files(dir: &std::path::Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

#[test]
fn dash_m_runs_a_module_or_a_package_as_main() {
    let dir = scratch("dash-m");
    write_files(
        &dir,
        &[
            (
                "tool.py",
                "import os, sys\nprint(__name__, sys.argv[0] == os.path.abspath('tool.py'), \
                 sys.argv[1:], sys.path[0] == os.getcwd())\n",
            ),
            ("app/__init__.py", "print('init', __name__)\n"),
            (
                "app/__main__.py",
                "import sys\nfrom . import conf\nprint('main', __name__, __package__, \
                 sys.argv[0].endswith('app/__main__.py'), sys.argv[1:], conf.NAME)\n",
            ),
            ("app/conf.py", "NAME = 'demo'\n"),
            (
                "app/cmd.py",
                "from .conf import NAME\nprint('cmd', __name__, __package__, NAME)\n1/0\n",
            ),
            ("lib/__init__.py", ""),
        ],
    );
    let r = both(&dir, &["-m", "tool", "a", "-v", "--x"], None);
    assert_eq!(r.out, "__main__ True ['a', '-v', '--x'] True\n");
    let r = both(&dir, &["-m", "app", "run"], None);
    assert_eq!(r.out, "init app\nmain __main__ app True ['run'] demo\n");
    let r = both(&dir, &["-m", "app.cmd"], None);
    assert_eq!(r.out, "init app\ncmd __main__ app demo\n");
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("app/cmd.py\", line 3, in <module>"),
        "{}",
        r.err
    );
    // What cannot run: the message after the program's name, status 1.
    for (args, msg) in [
        (&["-m", "nosuch"][..], "No module named nosuch"),
        (
            &["-m", "lib"],
            "No module named lib.__main__; 'lib' is a package and cannot be directly executed",
        ),
        (
            &["-m", "nopkg.x"],
            "Error while finding module specification for 'nopkg.x' \
             (ModuleNotFoundError: No module named 'nopkg')",
        ),
    ] {
        let c = run_in(&corun(), &dir, args, None);
        assert_eq!(
            (c.code, c.err.as_str()),
            (1, format!("corun: {msg}\n").as_str())
        );
        if let Some(py) = python3() {
            let p = run_in(&py, &dir, args, None);
            assert_eq!(p.code, 1);
            assert!(p.err.ends_with(&format!(": {msg}\n")), "{}", p.err);
        }
    }
}

#[test]
fn dash_m_gives_main_the_spec_of_the_module() {
    let dir = scratch("dash-m-spec");
    let show = "import os, sys\n\
                s = __spec__\n\
                print(repr(__package__), s.name, repr(s.parent), s.has_location, \
                s.origin == os.path.abspath(__file__), type(s.loader).__name__, \
                s.loader is __loader__, sys.modules['__main__'].__spec__ is s)\n\
                print(__cached__ == s.cached, os.path.basename(s.cached))\n";
    write_files(
        &dir,
        &[
            ("top.py", show),
            ("pkg/__init__.py", ""),
            ("pkg/__main__.py", show),
            ("pkg/sub.py", show),
        ],
    );
    for (args, name) in [
        (&["-m", "top"][..], "top"),
        (&["-m", "pkg"], "pkg.__main__"),
        (&["-m", "pkg.sub"], "pkg.sub"),
    ] {
        let r = both(&dir, args, None);
        assert!(r.out.contains(&format!(" {name} ")), "{}", r.out);
    }
    // A script run by its path has none.
    let r = both(&dir, &["-c", "print(__spec__)"], None);
    assert_eq!(r.out, "None\n");
}

#[test]
fn standard_input_read_by_lines_by_input_and_as_bytes() {
    let dir = scratch("stdin-read");
    write_files(
        &dir,
        &[
            (
                "lines.py",
                "import sys\n\
                 print(sys.stdin.readline().strip(), input())\n\
                 for i, line in enumerate(sys.stdin):\n    \
                     print(i, line.rstrip('\\n').upper())\n    \
                     if line.startswith('stop'):\n        break\n\
                 print(repr(sys.stdin.read(4)), sys.stdin.readlines())\n",
            ),
            (
                "sum.py",
                "import sys\n\
                 print(sum(int(w) for line in sys.stdin for w in line.split()))\n",
            ),
            (
                "raw.py",
                "import sys\n\
                 data = sys.stdin.buffer.read()\n\
                 print(len(data), data[:3], data.decode('utf-8', 'replace')[-3:])\n",
            ),
        ],
    );
    both(
        &dir,
        &["lines.py"],
        Some("first\nsecond\nthird\r\nstop here\nrest one\nrest two"),
    );
    both(&dir, &["lines.py"], Some(""));
    both(&dir, &["sum.py"], Some("1 2 3\n4\n\n 5 6\n"));
    both(&dir, &["raw.py"], Some("caf\u{e9} \u{2603}\n"));
}

#[test]
fn dash_m_json_tool_pretty_prints() {
    let dir = scratch("json-tool");
    let doc = "{\"b\": [1, 2.5, \"\\u00e9\", {}], \"a\": null, \"c\": {\"x\": true}}\n";
    write_files(&dir, &[("d.json", doc), ("l.json", "{\"a\":1}\n[2, 3]\n")]);
    let r = both(&dir, &["-m", "json.tool"], Some(doc));
    assert!(
        r.out.starts_with("{\n    \"b\": [\n        1,"),
        "{}",
        r.out
    );
    for args in [
        &["-m", "json.tool", "d.json"][..],
        &["-m", "json.tool", "--sort-keys", "--indent", "2", "d.json"],
        &["-m", "json.tool", "--compact", "d.json"],
        &["-m", "json.tool", "--tab", "--no-ensure-ascii", "d.json"],
        &["-m", "json.tool", "--json-lines", "--no-indent", "l.json"],
        &["-m", "json.tool", "l.json"],
        &["-m", "json.tool", "--bogus"],
        &["-m", "json.tool", "--tab", "--compact", "d.json"],
        &["-m", "json.tool", "missing.json"],
    ] {
        both(&dir, args, None);
    }
    let r = both(&dir, &["-m", "json.tool", "-h"], None);
    assert!(r.out.starts_with("usage: python -m json.tool"), "{}", r.out);
}

/// unittest's report with its run time written as 0.000s and without CPython's `^^^^` lines.
fn unittest_report(err: &str) -> String {
    err.lines()
        .filter(|l| !(l.contains('^') && l.trim().chars().all(|c| c == '^' || c == '~')))
        .map(
            |l| match l.strip_prefix("Ran ").and_then(|r| r.rsplit_once(" in ")) {
                Some((n, _)) => format!("Ran {n} in 0.000s\n"),
                None => format!("{l}\n"),
            },
        )
        .collect()
}

/// Runs `-m unittest …` under corun and python3 in `dir`: the same stdout, exit status and
/// report (all of stderr, timing and caret lines aside).
fn unittest_both(dir: &std::path::Path, args: &[&str]) -> Run {
    let c = run_in(&corun(), dir, args, None);
    assert!(!c.err.contains("panicked"), "corun panicked: {}", c.err);
    if let Some(py) = python3() {
        let p = run_in(&py, dir, args, None);
        assert_eq!(c.out, p.out, "stdout of {args:?}");
        assert_eq!(c.code, p.code, "exit status of {args:?}\n{}", c.err);
        assert_eq!(
            unittest_report(&c.err),
            unittest_report(&p.err),
            "report of {args:?}"
        );
    }
    c
}

const TEST_MATH: &str = "import unittest

def mean(xs):
    return sum(xs) / len(xs)

class MeanTest(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(mean([1, 2, 3]), 2)

    def test_empty(self):
        mean([])

    def test_wrong(self):
        self.assertEqual(mean([1, 2]), 2, 'halves')

    @unittest.skip('not ready')
    def test_later(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(mean([1]), 2)
";

const TEST_ASYNC: &str = "import asyncio
import unittest

async def fetch(x):
    await asyncio.sleep(0)
    return x * 2

class FetchTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.base = await fetch(1)

    async def test_fetch(self):
        self.assertEqual(await fetch(self.base), 4)

    async def test_gather(self):
        self.assertEqual(await asyncio.gather(fetch(1), fetch(2)), [2, 4])

    @unittest.skipIf(True, 'skipped async')
    async def test_skipped(self):
        pass

    def test_plain(self):
        self.assertTrue(self.base)
";

const TEST_TEXT: &str = "import unittest

class TextTest(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')

    def test_lines(self):
        self.assertEqual(['a', 'b', 'c'], ['a', 'B', 'c'])

    def test_split(self):
        for s, n in [('a b', 2), ('a  b', 2), ('a,b', 1)]:
            with self.subTest(s=s):
                self.assertEqual(len(s.split()), n)
";

#[test]
fn dash_m_unittest_discovers_and_runs_a_folder_of_tests() {
    let dir = scratch("unittest");
    write_files(
        &dir,
        &[
            ("test_math.py", TEST_MATH),
            ("test_async.py", TEST_ASYNC),
            ("test_text.py", TEST_TEXT),
            ("helper.py", "X = 1\n"),
            ("tests/__init__.py", ""),
            ("tests/test_more.py", TEST_TEXT),
            ("other/test_outside.py", TEST_MATH),
        ],
    );
    let r = unittest_both(&dir, &["-m", "unittest", "-v"]);
    assert_eq!(r.code, 1);
    assert!(r
        .err
        .contains("FAILED (failures=3, errors=1, skipped=2, expected failures=1)"));
    unittest_both(&dir, &["-m", "unittest"]);
    unittest_both(&dir, &["-m", "unittest", "-q"]);
    unittest_both(&dir, &["-m", "unittest", "test_async", "-v"]);
    unittest_both(&dir, &["-m", "unittest", "test_math.MeanTest.test_simple"]);
    unittest_both(
        &dir,
        &[
            "-m",
            "unittest",
            "tests.test_more",
            "test_text.TextTest.test_upper",
        ],
    );
    unittest_both(&dir, &["-m", "unittest", "test_text.py", "-v"]);
    unittest_both(&dir, &["-m", "unittest", "-k", "upper", "-v"]);
    unittest_both(&dir, &["-m", "unittest", "-f"]);
    unittest_both(
        &dir,
        &[
            "-m",
            "unittest",
            "discover",
            "-s",
            "other",
            "-p",
            "test_*.py",
            "-v",
        ],
    );
    unittest_both(&dir, &["-m", "unittest", "discover", "-s", "tests"]);
    unittest_both(
        &dir,
        &["-m", "unittest", "discover", "other", "*_outside.py"],
    );
    let r = unittest_both(&dir, &["-m", "unittest", "test_async"]);
    assert_eq!(r.code, 0);
    unittest_both(&dir, &["-m", "unittest", "--bogus"]);
    unittest_both(&dir, &["-m", "unittest", "-h"]);
}

#[test]
fn argparse_reads_the_command_line_as_python3_does() {
    let dir = scratch("argparse");
    std::fs::write(
        dir.join("tool.py"),
        "import argparse\n\
         p = argparse.ArgumentParser(description='Count words.')\n\
         p.add_argument('files', nargs='+', help='files to read')\n\
         p.add_argument('-n', '--top', type=int, default=3, help='how many to show')\n\
         p.add_argument('--version', action='version', version='%(prog)s 1.2')\n\
         a = p.parse_args()\n\
         print(a.files, a.top)\n",
    )
    .unwrap();
    let r = both(&dir, &["tool.py", "a.txt", "b.txt", "-n", "5"], None);
    assert_eq!(r.out, "['a.txt', 'b.txt'] 5\n");
    let r = both(&dir, &["tool.py", "--help"], None);
    assert!(r
        .out
        .starts_with("usage: tool.py [-h] [-n TOP] [--version] files [files ...]\n"));
    let r = both(&dir, &["tool.py", "--version"], None);
    assert_eq!((r.out.as_str(), r.code), ("tool.py 1.2\n", 0));
    // Usage errors: status 2, and the usage and message on stderr exactly as python3 writes them.
    for args in [
        &["tool.py"][..],
        &["tool.py", "x", "-n", "many"],
        &["tool.py", "x", "--nope"],
        &["tool.py", "x", "--to"],
    ] {
        let r = both(&dir, args, None);
        assert_eq!(r.code, 2);
        if let Some(py) = python3() {
            assert_eq!(
                r.err,
                run_in(&py, &dir, args, None).err,
                "stderr of {args:?}"
            );
        }
    }
}
