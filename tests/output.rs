//! Where stdout goes wrong, beside python3: a pipe whose reader is gone, a full device, a closed
//! descriptor, and the order of output and errors. corun must give python3's error, exit
//! status and stderr in each case; where python3 (3.11) is installed it is run too and compared.

use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn corun() -> String {
    env!("CARGO_BIN_EXE_corun").to_string()
}

fn python3() -> Option<String> {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11."));
    ok.then(|| "python3".to_string())
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corun-out-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Where the program's stdout goes.
#[derive(Clone, Copy)]
enum Out {
    /// A pipe whose read end was closed before the program started: every write fails.
    ClosedPipe,
    /// /dev/full: every write fails with ENOSPC.
    Full,
}

struct Run {
    err: String,
    code: i32,
}

fn run(prog: &str, dir: &Path, args: &[&str], out: Out, env: &[(&str, &str)]) -> Run {
    let stdout = match out {
        Out::ClosedPipe => {
            let mut fds = [0; 2];
            // SAFETY: pipe(2) fills the array with two new descriptors, which are owned here.
            assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
            let (r, w) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
            drop(r);
            Stdio::from(w)
        }
        Out::Full => Stdio::from(std::fs::File::create("/dev/full").expect("/dev/full")),
    };
    let mut cmd = Command::new(prog);
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("PYTHONUNBUFFERED")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd.output().expect("spawn");
    Run {
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
        code: o
            .status
            .code()
            .unwrap_or_else(|| 128 + o.status.signal().unwrap_or(0)),
    }
}

/// stderr without the lines CPython draws under a failing expression (`~~^~~`), which corun
/// does not draw everywhere CPython does.
fn without_carets(s: &str) -> String {
    s.lines()
        .filter(|l| !l.trim().chars().all(|c| c == '^' || c == '~') || l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Runs `script` under corun with stdout going to `out`; checks corun's status and stderr,
/// and that python3 gives the same. An `err` that starts with `...` is compared with the end
/// of stderr only.
fn check(name: &str, script: &str, out: Out, env: &[(&str, &str)], code: i32, err: &str) {
    let dir = scratch(name);
    std::fs::write(dir.join("s.py"), script).unwrap();
    let c = run(&corun(), &dir, &["s.py"], out, env);
    let abs = dir.join("s.py").display().to_string();
    let expected = err.replace("PATH", &abs);
    // A traceback through `asyncio.run` has frames of asyncio's files in CPython only: compare
    // from the error line on.
    let cut = |s: &str| match expected.strip_prefix("...\n") {
        Some(tail) => {
            let s = without_carets(s);
            let start = s.len().saturating_sub(tail.len());
            (s[start..].to_string(), tail.to_string())
        }
        None => (without_carets(s), expected.clone()),
    };
    let (got, want) = cut(&c.err);
    assert_eq!(got, want, "corun's stderr for {name}: {}", c.err);
    assert_eq!(c.code, code, "corun's exit status for {name}");
    if let Some(py) = python3() {
        let p = run(&py, &dir, &["s.py"], out, env);
        let (got, want) = cut(&p.err);
        assert_eq!(got, want, "python3's stderr for {name}: {}", p.err);
        assert_eq!(p.code, code, "python3's exit status for {name}");
    }
}

const IGNORED_PIPE: &str = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
                            encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n";
const IGNORED_FULL: &str = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
                            encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n";

/// `corun s.py | head -1`: a script that keeps printing ends at once, with BrokenPipeError
/// at the print whose chunk could not be written, and status 1.
#[test]
fn printing_into_a_closed_pipe_ends_with_broken_pipe_error() {
    check(
        "pipe-loop",
        "i = 0\nwhile True:\n    print(i)\n    i += 1\n",
        Out::ClosedPipe,
        &[],
        1,
        "Traceback (most recent call last):\n  File \"PATH\", line 3, in <module>\n    \
         print(i)\nBrokenPipeError: [Errno 32] Broken pipe\n",
    );
}

/// With `flush=True` the failed flush keeps its bytes, so the flush at exit fails again:
/// "Exception ignored" and status 120, even when the program caught the first error.
#[test]
fn a_failed_flush_fails_again_at_exit_with_status_120() {
    check(
        "pipe-flush",
        "i = 0\nwhile True:\n    print(i, flush=True)\n    i += 1\n",
        Out::ClosedPipe,
        &[],
        120,
        &format!(
            "Traceback (most recent call last):\n  File \"PATH\", line 3, in <module>\n    \
             print(i, flush=True)\nBrokenPipeError: [Errno 32] Broken pipe\n{IGNORED_PIPE}"
        ),
    );
    check(
        "pipe-flush-caught",
        "import sys\ntry:\n    print('x', flush=True)\nexcept BrokenPipeError as e:\n    \
         print('caught', e, file=sys.stderr)\nprint('after', file=sys.stderr)\n",
        Out::ClosedPipe,
        &[],
        120,
        &format!("caught [Errno 32] Broken pipe\nafter\n{IGNORED_PIPE}"),
    );
}

/// A program that catches the BrokenPipeError of a write (not of a flush) ends normally:
/// what failed was dropped.
#[test]
fn a_caught_broken_pipe_error_leaves_nothing_to_flush() {
    check(
        "pipe-caught",
        "import sys\ni = 0\ntry:\n    while True:\n        print(i)\n        i += 1\n\
         except BrokenPipeError as e:\n    print('caught', e.errno, e.strerror, \
         type(e).__mro__[1].__name__, file=sys.stderr)\n",
        Out::ClosedPipe,
        &[],
        0,
        "caught 32 Broken pipe ConnectionError\n",
    );
}

/// Output that stays in the buffer until exit: the flush at exit fails, after the script ran
/// to its end (or after its traceback), and the status is 120 whatever it would have been.
#[test]
fn the_flush_at_exit_reports_its_error_with_status_120() {
    check(
        "pipe-exit",
        "for i in range(10):\n    print(i)\n",
        Out::ClosedPipe,
        &[],
        120,
        IGNORED_PIPE,
    );
    check(
        "pipe-exit-code",
        "import sys\nprint('bye')\nsys.exit(3)\n",
        Out::ClosedPipe,
        &[],
        120,
        IGNORED_PIPE,
    );
    check(
        "pipe-exit-error",
        "print('x')\nraise ValueError('boom')\n",
        Out::ClosedPipe,
        &[],
        120,
        &format!(
            "Traceback (most recent call last):\n  File \"PATH\", line 2, in <module>\n    \
             raise ValueError('boom')\nValueError: boom\n{IGNORED_PIPE}"
        ),
    );
    // Nothing printed: nothing to fail.
    check("pipe-none", "x = 1\n", Out::ClosedPipe, &[], 0, "");
}

/// Under PYTHONUNBUFFERED every print is written at once, so the first one fails.
#[test]
fn unbuffered_output_fails_at_the_first_print() {
    check(
        "pipe-unbuffered",
        "x = 1\nprint('hello')\nprint('never')\n",
        Out::ClosedPipe,
        &[("PYTHONUNBUFFERED", "1")],
        1,
        "Traceback (most recent call last):\n  File \"PATH\", line 2, in <module>\n    \
         print('hello')\nBrokenPipeError: [Errno 32] Broken pipe\n",
    );
}

/// `> /dev/full`: OSError 28, at exit for a little output, at the print that fills a chunk for
/// much.
#[test]
fn a_full_device_gives_oserror_28() {
    check(
        "full-exit",
        "print('hello')\n",
        Out::Full,
        &[],
        120,
        IGNORED_FULL,
    );
    check(
        "full-loop",
        "for i in range(100000):\n    print('line', i)\n",
        Out::Full,
        &[],
        1,
        "Traceback (most recent call last):\n  File \"PATH\", line 2, in <module>\n    \
         print('line', i)\nOSError: [Errno 28] No space left on device\n",
    );
    check(
        "full-asyncio",
        "import asyncio\nasync def main():\n    for i in range(100000):\n        \
         print(i)\n        await asyncio.sleep(0)\nasyncio.run(main())\n",
        Out::Full,
        &[],
        1,
        "...\n    print(i)\nOSError: [Errno 28] No space left on device\n",
    );
}

/// `corun s.py >&-`: sys.stdout is None, print does nothing, and the status is 0.
#[test]
fn a_closed_stdout_makes_sys_stdout_none() {
    let dir = scratch("closed");
    std::fs::write(
        dir.join("s.py"),
        "import sys\nprint('lost')\nprint(sys.stdout is None, file=sys.stderr)\n",
    )
    .unwrap();
    let mut progs = vec![corun()];
    progs.extend(python3());
    for prog in progs {
        let o = Command::new("sh")
            .arg("-c")
            .arg(format!("exec {prog} s.py >&-"))
            .current_dir(&dir)
            .env_remove("PYTHONUNBUFFERED")
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&o.stderr), "True\n", "{prog}");
        assert_eq!(o.status.code(), Some(0), "{prog}");
    }
}

/// With stdout and stderr in one pipe, the order is python3's: for a script file the output
/// is flushed before the traceback; for `-c`, the traceback comes first and the output at exit.
#[test]
fn output_and_traceback_come_in_python3s_order() {
    let dir = scratch("order");
    std::fs::write(dir.join("s.py"), "print('out')\n1/0\n").unwrap();
    let both = |prog: &str, args: &str| {
        let o = Command::new("sh")
            .arg("-c")
            .arg(format!("exec {prog} {args} 2>&1"))
            .current_dir(&dir)
            .env_remove("PYTHONUNBUFFERED")
            .output()
            .unwrap();
        without_carets(&String::from_utf8_lossy(&o.stdout))
    };
    let abs = dir.join("s.py").display().to_string();
    let file = format!(
        "out\nTraceback (most recent call last):\n  File \"{abs}\", line 2, in <module>\n    \
         1/0\nZeroDivisionError: division by zero\n"
    );
    let dash_c = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n\
                  ZeroDivisionError: division by zero\nout\n";
    let mut progs = vec![corun()];
    progs.extend(python3());
    for prog in &progs {
        assert_eq!(both(prog, "s.py"), file, "{prog}");
        assert_eq!(both(prog, "-c \"print('out'); 1/0\""), dash_c, "{prog}");
    }
}
