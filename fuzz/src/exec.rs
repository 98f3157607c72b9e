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
    pub time_limit: Duration,
    pub memory_limit: u64,
    /// At most this much of stdout and of stderr is kept.
    pub output_cap: usize,
}

impl Runner {
    pub fn new(program: impl Into<PathBuf>, time_limit: Duration) -> Runner {
        Runner {
            program: program.into(),
            args: Vec::new(),
            time_limit,
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
        let status = loop {
            match child.try_wait() {
                Ok(Some(s)) => break s,
                Ok(None) => {}
                Err(e) => panic!("waiting for {}: {e}", self.program.display()),
            }
            if killed.is_none() {
                if start.elapsed() > self.time_limit {
                    killed = Some(Status::TimedOut);
                } else if resident_bytes(pid as u32).is_some_and(|b| b > self.memory_limit) {
                    killed = Some(Status::OutOfMemory);
                }
                if killed.is_some() {
                    // SAFETY: a plain kill(2) of the child's own process group.
                    unsafe { libc::kill(-pid, libc::SIGKILL) };
                }
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

/// Resident memory of a process, from /proc (Linux); None where that is not readable.
fn resident_bytes(pid: u32) -> Option<u64> {
    let statm = std::fs::read_to_string(format!("/proc/{pid}/statm")).ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// The python3 to compare with: `$CORUN_FUZZ_PYTHON` or `python3`; None unless it is 3.11.
pub fn python3() -> Option<PathBuf> {
    let p = std::env::var_os("CORUN_FUZZ_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("python3"));
    let out = Command::new(&p).arg("--version").output().ok()?;
    let v =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    v.trim().starts_with("Python 3.11.").then_some(p)
}
