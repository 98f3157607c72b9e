//! Running a program (corun or python3) on one script, as a child process, under a time limit
//! and a memory limit, keeping what it wrote.
//!
//! A child process, not a call in this process: a native stack overflow or an abort in the
//! interpreter must be observed, not suffered.

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Exited(i32),
    /// Killed by this signal, not by us.
    Signal(i32),
    /// Still running at the time limit; killed.
    TimedOut,
    /// Its resident memory went over the limit; killed.
    OutOfMemory,
}

/// What a run left behind.
#[derive(Debug, Clone)]
pub struct Run {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
    /// CPU time (user and system) the process used, as last seen.
    pub cpu: Duration,
}

impl Run {
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// The last non-empty line of stderr (where a traceback's headline is).
    pub fn last_err_line(&self) -> String {
        let text = self.stderr_text();
        text.lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .to_string()
    }
}

/// A program to run scripts with.
#[derive(Debug, Clone)]
pub struct Runner {
    pub program: PathBuf,
    /// Arguments before the script's name.
    pub args: Vec<String>,
    /// CPU time (user and system) a run may use: a loaded machine slows a run down without
    /// making it use more.
    pub time_limit: Duration,
    /// Time by the clock a run may take (a run that sleeps or waits uses no CPU).
    pub wall_limit: Duration,
    pub memory_limit: u64,
    /// At most this much of stdout and of stderr is kept.
    pub output_cap: usize,
}

impl Runner {
    pub fn new(program: impl Into<PathBuf>, time_limit: Duration) -> Runner {
        let program: PathBuf = program.into();
        // Runs start in the input's folder: a relative path must not be read from there.
        let program = if program.components().count() > 1 {
            std::path::absolute(&program).unwrap_or(program)
        } else {
            program
        };
        Runner {
            program,
            args: Vec::new(),
            time_limit,
            wall_limit: time_limit * 4,
            memory_limit: 2 << 30,
            output_cap: 256 << 10,
        }
    }

    /// Runs `script` (a file in `dir`) from `dir`, with empty stdin.
    pub fn run(&self, dir: &Path, script: &str) -> Run {
        let mut cmd = Command::new(&self.program);
        cmd.args(&self.args)
            .arg(script)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .env("NO_COLOR", "1")
            .env("TERM", "dumb")
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env_remove("CORUN_VIRTUAL_TIME")
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LIB_BACKTRACE")
            // A group of its own, so that a time-out kills whatever it started too.
            .process_group(0);
        no_core_dumps(&mut cmd);
        let start = Instant::now();
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => panic!("cannot start {}: {e}", self.program.display()),
        };
        let pid = child.id() as i32;
        let cap = self.output_cap;
        let out = child.stdout.take().map(|s| read_capped(s, cap));
        let err = child.stderr.take().map(|s| read_capped(s, cap));
        let mut nap = Duration::from_micros(500);
        let mut killed = None;
        let mut cpu = Duration::ZERO;
        let status = loop {
            match child.try_wait() {
                Ok(Some(s)) => break s,
                Ok(None) => {}
                Err(e) => panic!("waiting for {}: {e}", self.program.display()),
            }
            if killed.is_none() {
                killed = self.watch(pid, start, &mut cpu);
            }
            std::thread::sleep(nap);
            nap = (nap * 2).min(Duration::from_millis(5));
        };
        let elapsed = start.elapsed();
        if killed.is_none() {
            // Whatever the script left running in its group goes too.
            // SAFETY: as above.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
        }
        let stdout = out
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default();
        let stderr = err
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default();
        let status = match killed {
            Some(k) => k,
            None => match (status.code(), status.signal()) {
                (Some(c), _) => Status::Exited(c),
                (None, Some(s)) => Status::Signal(s),
                (None, None) => Status::Signal(0),
            },
        };
        Run {
            status,
            stdout,
            stderr,
            elapsed,
            cpu,
        }
    }
}

/// Reads a pipe to its end on a thread of its own, keeping the first `cap` bytes.
fn read_capped(
    mut pipe: impl Read + Send + 'static,
    cap: usize,
) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 16384];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = cap.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
        }
        kept
    })
}

#[derive(Debug, Clone, Copy)]
struct Usage {
    cpu: Duration,
    resident: u64,
}

/// A child started by `cmd` writes no core file when it crashes.
fn no_core_dumps(cmd: &mut Command) {
    // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let none = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            libc::setrlimit(libc::RLIMIT_CORE, &none);
            Ok(())
        });
    }
}

impl Runner {
    /// One look at a child running under these limits: its CPU time so far goes to `cpu`;
    /// over a limit, the child's process group is killed and the status says which limit.
    fn watch(&self, pid: i32, start: Instant, cpu: &mut Duration) -> Option<Status> {
        let usage = usage(pid as u32);
        if let Some(u) = usage {
            *cpu = u.cpu;
        }
        let over = if *cpu > self.time_limit || start.elapsed() > self.wall_limit {
            Some(Status::TimedOut)
        } else if usage.is_some_and(|u| u.resident > self.memory_limit) {
            Some(Status::OutOfMemory)
        } else {
            None
        };
        if over.is_some() {
            // SAFETY: a plain kill(2) of the child's own process group.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
        }
        over
    }
}

/// CPU time and resident memory of a process, from /proc (Linux); None where that is not
/// readable.
fn usage(pid: u32) -> Option<Usage> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // After the command's name (in parentheses, and free to hold spaces) come the fields from
    // the third on: utime and stime are the 14th and 15th, rss (in pages) the 24th.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    let num = |i: usize| fields.get(i - 3).and_then(|f| f.parse::<u64>().ok());
    // SAFETY: sysconf only reads a configuration value.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as u64;
    let t = num(14)? + num(15)?;
    Some(Usage {
        cpu: Duration::from_millis(t * 1000 / ticks),
        resident: num(24)? * page,
    })
}

/// The python3 to compare with: `$CORUN_FUZZ_PYTHON` or `python3`; None unless it is 3.11.
///
/// The interpreter's own executable (`sys.executable`), not the name: a `python3` found on
/// the PATH is often a launcher script (pyenv's shims) that costs more than the run itself.
pub fn python3() -> Option<PathBuf> {
    let p = std::env::var_os("CORUN_FUZZ_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("python3"));
    let out = Command::new(&p)
        .args([
            "-c",
            "import sys; print(sys.version_info[:2] == (3, 11)); print(sys.executable)",
        ])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    if lines.next() != Some("True") {
        return None;
    }
    let exe = lines.next().map(PathBuf::from).filter(|e| e.is_file());
    Some(exe.unwrap_or(p))
}

/// A python3 kept running, that forks a child for each script it is given: the reference side
/// of a comparison without paying python3's start (and its imports) for every script, which
/// costs several times what a short asyncio program does.
///
/// The child is what a fresh `python3 script.py` is, bar what the prelude did first: its own
/// process group, stdin from /dev/null, stdout and stderr to files (not a terminal, as with
/// pipes), `sys.argv` the script's name, and the ending of an interpreter (an uncaught
/// exception's traceback and status 1, `SystemExit`'s status, finalizers and atexit) since it
/// leaves the server's code the way a script's end would.
pub struct ForkServer {
    python: PathBuf,
    /// Python source run once before the first fork (imports, patches).
    prelude: String,
    args: Vec<String>,
    live: Option<Server>,
}

struct Server {
    child: std::process::Child,
    requests: std::process::ChildStdin,
    replies: std::sync::mpsc::Receiver<String>,
}

/// The server's loop, after the prelude: one line in (folder and script, tab-separated), the
/// child's pid out, then its exit status (negative: the signal it died of).
const SERVER_LOOP: &str = r#"
import gc as _fs_gc, os as _fs_os, sys as _fs_sys
_fs_gc.collect()
_fs_gc.freeze()
_fs_requests = _fs_sys.stdin.buffer
_fs_replies = _fs_os.fdopen(_fs_os.dup(1), 'w')
while True:
    _fs_line = _fs_requests.readline()
    if not _fs_line:
        _fs_os._exit(0)
    _fs_dir, _fs_script = _fs_line.decode().rstrip('\n').split('\t')
    _fs_sys.stdout.flush()
    _fs_sys.stderr.flush()
    _fs_pid = _fs_os.fork()
    if _fs_pid == 0:
        break
    _fs_replies.write('pid %d\n' % _fs_pid)
    _fs_replies.flush()
    _, _fs_status = _fs_os.waitpid(_fs_pid, 0)
    _fs_replies.write('exit %d\n' % _fs_os.waitstatus_to_exitcode(_fs_status))
    _fs_replies.flush()
_fs_os.setpgid(0, 0)
_fs_replies.close()
_fs_os.chdir(_fs_dir)
for _fs_fd, _fs_path, _fs_flags in (
    (0, '/dev/null', _fs_os.O_RDONLY),
    (1, '.fork_stdout', _fs_os.O_WRONLY | _fs_os.O_CREAT | _fs_os.O_TRUNC),
    (2, '.fork_stderr', _fs_os.O_WRONLY | _fs_os.O_CREAT | _fs_os.O_TRUNC),
):
    _fs_new = _fs_os.open(_fs_path, _fs_flags, 0o644)
    _fs_os.dup2(_fs_new, _fs_fd)
    _fs_os.close(_fs_new)
_fs_sys.stdin = open(0, 'r', closefd=False)
_fs_sys.argv = [_fs_script]
del _fs_line, _fs_pid, _fs_fd, _fs_path, _fs_flags, _fs_new, _fs_requests, _fs_replies
_fs_run(_fs_script)
"#;

impl ForkServer {
    /// `prelude` must define `_fs_run(path)`, which runs the script as `__main__`.
    pub fn new(python: impl Into<PathBuf>, prelude: &str, args: Vec<String>) -> ForkServer {
        ForkServer {
            python: python.into(),
            prelude: prelude.to_string(),
            args,
            live: None,
        }
    }

    fn start(&self) -> Server {
        let source = format!("{}\n{}", self.prelude, SERVER_LOOP);
        let mut cmd = Command::new(&self.python);
        cmd.arg("-c")
            .arg(source)
            .args(&self.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .env("NO_COLOR", "1")
            .env("TERM", "dumb")
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1");
        no_core_dumps(&mut cmd);
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.python.display()));
        let requests = child.stdin.take().unwrap();
        let out = child.stdout.take().unwrap();
        let (tx, replies) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Server {
            child,
            requests,
            replies,
        }
    }

    /// Runs `script` (a file in `dir`) in a fresh child, under `limits`' time and memory
    /// limits and output cap (its program and arguments are not used).
    pub fn run(&mut self, limits: &Runner, dir: &Path, script: &str) -> Run {
        // A server that died (it should not) is started again, once.
        for _ in 0..2 {
            if let Some(run) = self.try_run(limits, dir, script) {
                return run;
            }
            if let Some(mut s) = self.live.take() {
                let _ = s.child.kill();
                let _ = s.child.wait();
            }
        }
        panic!("{} keeps failing as a fork server", self.python.display());
    }

    fn try_run(&mut self, limits: &Runner, dir: &Path, script: &str) -> Option<Run> {
        use std::io::Write;
        use std::sync::mpsc::RecvTimeoutError;
        if self.live.is_none() {
            self.live = Some(self.start());
        }
        let server = self.live.as_mut().unwrap();
        let dir = std::path::absolute(dir).ok()?;
        let request = format!("{}\t{script}\n", dir.display());
        let start = Instant::now();
        server.requests.write_all(request.as_bytes()).ok()?;
        server.requests.flush().ok()?;
        let pid: i32 = server
            .replies
            .recv_timeout(Duration::from_secs(60))
            .ok()?
            .strip_prefix("pid ")?
            .parse()
            .ok()?;
        let mut killed = None;
        let mut cpu = Duration::ZERO;
        let mut nap = Duration::from_micros(500);
        let code: i32 = loop {
            match server.replies.recv_timeout(nap) {
                Ok(line) => break line.strip_prefix("exit ")?.parse().ok()?,
                Err(RecvTimeoutError::Disconnected) => return None,
                Err(RecvTimeoutError::Timeout) => {}
            }
            if killed.is_none() {
                killed = limits.watch(pid, start, &mut cpu);
            }
            nap = (nap * 2).min(Duration::from_millis(5));
        };
        let elapsed = start.elapsed();
        // Whatever the script left running in its group goes too.
        // SAFETY: as above.
        unsafe { libc::kill(-pid, libc::SIGKILL) };
        let read = |name: &str| {
            let path = dir.join(name);
            let kept = std::fs::File::open(&path)
                .map(|f| {
                    let mut v = Vec::new();
                    let _ = f.take(limits.output_cap as u64).read_to_end(&mut v);
                    v
                })
                .unwrap_or_default();
            let _ = std::fs::remove_file(&path);
            kept
        };
        let stdout = read(".fork_stdout");
        let stderr = read(".fork_stderr");
        let status = match killed {
            Some(k) => k,
            None if code < 0 => Status::Signal(-code),
            None => Status::Exited(code),
        };
        Some(Run {
            status,
            stdout,
            stderr,
            elapsed,
            cpu,
        })
    }
}

impl Drop for ForkServer {
    fn drop(&mut self) {
        if let Some(mut s) = self.live.take() {
            let _ = s.child.kill();
            let _ = s.child.wait();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A script run by the fork server ends as it does under a python3 of its own.
    #[test]
    fn fork_server_runs_scripts_as_python3_does() {
        let Some(python) = python3() else {
            return;
        };
        let dir = std::env::temp_dir().join(format!("corun-fuzz-fork-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let scripts = [
            "print('a'); print('b', end='')\n",
            "import sys\nprint(sys.argv)\nsys.exit(3)\n",
            "import sys\nsys.exit('bye')\n",
            "def f():\n    raise ValueError('no')\nprint(1)\nf()\n",
            "import asyncio\nasync def main():\n    asyncio.get_running_loop().create_task(asyncio.sleep(1))\nasyncio.run(main())\nprint(input('x'))\n",
            "import os, signal\nprint('x', flush=True)\nos.kill(os.getpid(), signal.SIGTERM)\n",
            "import atexit\natexit.register(print, 'at exit')\nprint('main')\n",
        ];
        let limits = Runner::new(&python, Duration::from_secs(20));
        let mut server = ForkServer::new(
            &python,
            "import runpy\ndef _fs_run(p):\n    runpy.run_path(p, run_name='__main__')\n",
            vec![],
        );
        for script in scripts {
            std::fs::write(dir.join("s.py"), script).unwrap();
            let fresh = limits.run(&dir, "s.py");
            let forked = server.run(&limits, &dir, "s.py");
            assert_eq!(fresh.status, forked.status, "{script}");
            assert_eq!(fresh.stdout, forked.stdout, "{script}");
            assert_eq!(fresh.last_err_line(), forked.last_err_line(), "{script}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
