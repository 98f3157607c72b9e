//! `_subprocess`: starting child processes and talking to them, under `subprocess`
//! (`src/lib_py/subprocess.py`, which builds CPython's API on these calls). Native because
//! it needs the system: the child is started with `std::process::Command`, and
//! `communicate` feeds and drains the pipes with poll(2) so neither side blocks the other.
//!
//! A child is known by its pid; the `Child` handles live in a table of this thread until the
//! child has been waited for.

use std::cell::RefCell;
use std::collections::HashMap;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::eval::Interp;
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::PyResult;
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::function;

thread_local! {
    static CHILDREN: RefCell<HashMap<i64, Child>> = RefCell::new(HashMap::new());
}

// How a standard stream of the child is set up; the Python side passes these numbers
// (a descriptor is passed as itself, so it is never negative).
const INHERIT: i64 = -1;
const PIPE: i64 = -2;
const DEVNULL: i64 = -3;
const STDOUT: i64 = -4;

fn last_error(ip: &Interp) -> crate::runtime::exceptions::Exc {
    ip.os_error(&std::io::Error::last_os_error())
}

/// A pipe whose ends are closed on exec: (read end, write end).
fn pipe(ip: &Interp) -> PyResult<(OwnedFd, OwnedFd)> {
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 fills the two descriptors it creates.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_error(ip));
    }
    // SAFETY: both descriptors were just created and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A new descriptor for `fd` (closed on exec), owned by the caller.
fn dup_fd(ip: &Interp, fd: i32) -> PyResult<OwnedFd> {
    // SAFETY: fcntl with F_DUPFD_CLOEXEC only creates a descriptor.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(last_error(ip));
    }
    // SAFETY: `new` was just created.
    Ok(unsafe { OwnedFd::from_raw_fd(new) })
}

fn fd_of(ip: &Interp, how: i64) -> PyResult<i32> {
    i32::try_from(how).map_err(|_| ip.os_error(&std::io::Error::from_raw_os_error(libc::EBADF)))
}

/// The child's side of one stream, and the parent's end of the pipe when there is one.
fn stream(ip: &Interp, how: i64, child_reads: bool) -> PyResult<(Stdio, Option<OwnedFd>)> {
    match how {
        INHERIT => Ok((Stdio::inherit(), None)),
        DEVNULL => Ok((Stdio::null(), None)),
        PIPE => {
            let (r, w) = pipe(ip)?;
            Ok(if child_reads {
                (Stdio::from(r), Some(w))
            } else {
                (Stdio::from(w), Some(r))
            })
        }
        fd => Ok((Stdio::from(dup_fd(ip, fd_of(ip, fd)?)?), None)),
    }
}

fn into_raw(fd: Option<OwnedFd>) -> Value {
    use std::os::fd::IntoRawFd;
    Value::Int(fd.map_or(-1, |f| f.into_raw_fd() as i64))
}

/// `spawn(argv, cwd, env, stdin, stdout, stderr)`: starts a child. `argv` and `env` are
/// NUL-separated (`env` as `NAME=value` items, None to inherit); each stream is one of the
/// codes above or a descriptor. Returns (pid, stdin's write end, stdout's read end, stderr's
/// read end), -1 for a stream without a pipe.
#[function(_subprocess, "spawn(argv, cwd, env, stdin, stdout, stderr, /)")]
fn spawn(
    ip: &Interp,
    argv: &str,
    cwd: &Value,
    env: &Value,
    stdin: i64,
    stdout: i64,
    stderr: i64,
) -> PyResult<Value> {
    // None or a str (the Python side makes sure of it).
    let text = |v: &Value| match v {
        Value::Str(s) => Some(s.s.as_str().to_owned()),
        _ => None,
    };
    let (cwd, env) = (text(cwd), text(env));
    let mut parts = argv.split('\0');
    let prog = parts.next().unwrap_or("");
    ip.flush_if_tty();
    let mut cmd = Command::new(prog);
    cmd.args(parts);
    if let Some(dir) = cwd.as_deref() {
        if !std::path::Path::new(dir).is_dir() {
            let e = std::fs::metadata(dir)
                .err()
                .unwrap_or_else(|| std::io::Error::from_raw_os_error(libc::ENOTDIR));
            return Err(super::io::os_error(ip, &e, Some(dir)));
        }
        cmd.current_dir(dir);
    }
    if let Some(env) = env {
        cmd.env_clear();
        for item in env.split('\0').filter(|s| !s.is_empty()) {
            let (k, v) = item.split_once('=').unwrap_or((item, ""));
            cmd.env(k, v);
        }
    }
    let (sin, pin) = stream(ip, stdin, true)?;
    let (sout, pout) = stream(ip, stdout, false)?;
    let (serr, perr) = if stderr == STDOUT {
        (Stdio::inherit(), None)
    } else {
        stream(ip, stderr, false)?
    };
    cmd.stdin(sin).stdout(sout).stderr(serr);
    if stderr == STDOUT {
        // The child's stderr goes where its stdout goes, once its streams are in place.
        // SAFETY: dup2 between two descriptors of the child is async-signal-safe.
        unsafe {
            cmd.pre_exec(|| {
                if libc::dup2(1, 2) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Err(super::io::os_error(ip, &e, Some(prog))),
    };
    let pid = child.id() as i64;
    CHILDREN.with(|c| c.borrow_mut().insert(pid, child));
    Ok(Value::tuple(vec![
        Value::Int(pid),
        into_raw(pin),
        into_raw(pout),
        into_raw(perr),
    ]))
}

/// CPython's return code: the exit status, or minus the signal that ended the child.
fn code(st: ExitStatus) -> i64 {
    match st.code() {
        Some(c) => c as i64,
        None => -(st.signal().unwrap_or(0) as i64),
    }
}

fn with_child<T>(
    ip: &Interp,
    pid: i64,
    f: impl FnOnce(&mut Child) -> std::io::Result<T>,
) -> PyResult<T> {
    CHILDREN.with(|c| {
        let mut c = c.borrow_mut();
        let Some(child) = c.get_mut(&pid) else {
            return Err(ip.os_error(&std::io::Error::from_raw_os_error(libc::ECHILD)));
        };
        f(child).map_err(|e| ip.os_error(&e))
    })
}

/// A timeout from the Python side: seconds, or negative for none.
fn limit(timeout: f64) -> Option<f64> {
    (timeout >= 0.0).then_some(timeout)
}

/// `poll(pid)`: the return code if the child has ended, else None.
#[function(_subprocess, "poll(pid, /)")]
fn poll(ip: &Interp, pid: i64) -> PyResult<Value> {
    let st = with_child(ip, pid, |c| c.try_wait())?;
    Ok(match st {
        Some(st) => {
            CHILDREN.with(|c| c.borrow_mut().remove(&pid));
            Value::Int(code(st))
        }
        None => Value::None,
    })
}

/// `wait(pid, timeout)`: the return code once the child ends, or None when `timeout`
/// seconds (negative: no limit) pass first.
#[function(_subprocess, "wait(pid, timeout, /)")]
fn wait(ip: &Interp, pid: i64, timeout: f64) -> PyResult<Value> {
    let end = limit(timeout).map(|t| Instant::now() + Duration::from_secs_f64(t.max(0.0)));
    let r = poll(ip, pid)?;
    if !matches!(r, Value::None) {
        return Ok(r);
    }
    wait_exit(ip, pid, end)?;
    poll(ip, pid)
}

/// Blocks until the child `pid` has ended (it is left to be reaped) or `end` has passed,
/// waiting on the child's exit descriptor: woken by the exit itself, with no timer. Other
/// threads run meanwhile; Ctrl-C and signal handlers are seen within 100 ms.
pub fn wait_exit(ip: &Interp, pid: i64, end: Option<Instant>) -> PyResult<()> {
    let Value::Int(fd) = exit_fd(ip, pid)? else {
        return Ok(());
    };
    wait_then_close(ip, fd as i32, end)
}

/// Blocks until a child that `os.waitpid(pid, options)` would report has something to report
/// (any child for -1, one of our process group for 0, of group -pid below -1; a stop or a
/// continue too with WUNTRACED/WCONTINUED), woken by the change itself: a thread waits in
/// `waitid` with WNOWAIT, leaving the child to be reaped by the caller.
pub fn wait_child(ip: &Interp, pid: i64, options: i32) -> PyResult<()> {
    let flags = libc::WEXITED | (options & (libc::WUNTRACED | libc::WCONTINUED));
    if pid > 0 && flags == libc::WEXITED {
        return wait_exit(ip, pid, None);
    }
    let (idtype, id) = match pid {
        -1 => (libc::P_ALL, 0),
        // SAFETY: getpgrp only reads the caller's process group.
        0 => (libc::P_PGID, unsafe { libc::getpgrp() } as libc::id_t),
        p if p < 0 => (libc::P_PGID, (-p) as libc::id_t),
        p => (libc::P_PID, p as libc::id_t),
    };
    let fd = waitid_fd(ip, idtype, id, flags)?;
    wait_then_close(ip, fd, None)
}

fn wait_then_close(ip: &Interp, fd: i32, end: Option<Instant>) -> PyResult<()> {
    let r = wait_readable(ip, fd, end);
    // SAFETY: the descriptor was made for this wait and is closed once.
    unsafe { libc::close(fd) };
    r
}

/// The read end of a pipe whose write end a thread closes once `waitid(idtype, id, flags)`
/// (with WNOWAIT: nothing is reaped) returns, or fails (no such child: ECHILD).
fn waitid_fd(ip: &Interp, idtype: libc::idtype_t, id: libc::id_t, flags: i32) -> PyResult<i32> {
    use std::os::fd::IntoRawFd;
    let (r, w) = pipe(ip)?;
    std::thread::spawn(move || {
        // SAFETY: waitid fills the zeroed struct; WNOWAIT leaves the child unreaped.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        loop {
            let rc = unsafe { libc::waitid(idtype, id, &mut info, flags | libc::WNOWAIT) };
            if rc == 0 || std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
            {
                break;
            }
        }
        drop(w);
    });
    Ok(r.into_raw_fd())
}

/// Waits until `fd` is readable or `end` has passed: other threads run meanwhile; alone, in
/// slices of 100 ms so that Ctrl-C and signal handlers are seen.
fn wait_readable(ip: &Interp, fd: i32, end: Option<Instant>) -> PyResult<()> {
    loop {
        let ready = if crate::threads::others() {
            crate::threads::wait_ready(ip, fd, false, end) && crate::threads::ready_now(fd, false)
        } else {
            let slice = Duration::from_millis(100);
            let wait = end.map_or(slice, |e| {
                e.saturating_duration_since(Instant::now()).min(slice)
            });
            let mut p = libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd, for the length given.
            unsafe { libc::poll(&mut p, 1, wait.as_millis() as i32 + 1) > 0 }
        };
        if ready {
            return Ok(());
        }
        crate::signals::poll(ip)?;
        if end.is_some_and(|e| Instant::now() >= e) {
            return Ok(());
        }
    }
}

/// `send_signal(pid, sig)`: sends `sig` to a child not yet waited for (nothing otherwise,
/// as CPython does).
#[function(_subprocess, "send_signal(pid, sig, /)")]
fn send_signal(ip: &Interp, pid: i64, sig: i32) -> PyResult<()> {
    let alive = CHILDREN.with(|c| c.borrow().contains_key(&pid));
    // SAFETY: kill only sends a signal to the child's pid, which is not yet reaped.
    if alive && unsafe { libc::kill(pid as libc::pid_t, sig) } != 0 {
        return Err(last_error(ip));
    }
    Ok(())
}

/// `close(fd)`: closes a descriptor the Python side owns.
#[function(_subprocess, "close(fd, /)")]
fn close(_ip: &Interp, fd: i32) -> PyResult<()> {
    // SAFETY: the caller owns `fd` and no longer uses it.
    unsafe { libc::close(fd) };
    Ok(())
}

/// `dup(fd)`: a second descriptor for `fd`.
#[function(_subprocess, "dup(fd, /)")]
fn dup(ip: &Interp, fd: i32) -> PyResult<Value> {
    Ok(into_raw(Some(dup_fd(ip, fd)?)))
}

/// `communicate(in_fd, data, out_fd, err_fd, timeout)`: writes `data` to `in_fd` (closing
/// it once all is written) while reading `out_fd` and `err_fd` to their ends (-1 for none),
/// until done or `timeout` seconds (negative: no limit) pass. Returns (stdout bytes, stderr bytes, how many bytes
/// of `data` were written, whether everything finished).
#[function(_subprocess, "communicate(in_fd, data, out_fd, err_fd, timeout, /)")]
fn communicate(
    ip: &Interp,
    in_fd: i32,
    data: Buf,
    out_fd: i32,
    err_fd: i32,
    timeout: f64,
) -> PyResult<Value> {
    let end = limit(timeout).map(|t| Instant::now() + Duration::from_secs_f64(t.max(0.0)));
    let mut fds = [in_fd, out_fd, err_fd];
    let mut bufs: [Vec<u8>; 2] = [Vec::new(), Vec::new()];
    let mut written = 0usize;
    if fds[0] >= 0 {
        // SAFETY: setting O_NONBLOCK on a descriptor the caller owns.
        unsafe {
            let fl = libc::fcntl(fds[0], libc::F_GETFL);
            libc::fcntl(fds[0], libc::F_SETFL, fl | libc::O_NONBLOCK);
        }
        if data.is_empty() {
            // SAFETY: the descriptor is ours to close (a duplicate made for this call).
            unsafe { libc::close(fds[0]) };
            fds[0] = -1;
        }
    }
    let mut chunk = vec![0u8; 65536];
    while fds.iter().any(|&f| f >= 0) {
        // Slices of at most 100ms, so that Ctrl-C raises KeyboardInterrupt meanwhile.
        crate::signals::poll(ip)?;
        let wait_ms = match end {
            None => 100,
            Some(e) => {
                let now = Instant::now();
                if now >= e {
                    break;
                }
                ((e - now).as_millis() as i32 + 1).min(100)
            }
        };
        let mut pfds: Vec<libc::pollfd> = fds
            .iter()
            .enumerate()
            .filter(|(_, &f)| f >= 0)
            .map(|(i, &f)| libc::pollfd {
                fd: f,
                events: if i == 0 { libc::POLLOUT } else { libc::POLLIN },
                revents: 0,
            })
            .collect();
        crate::threads::wait_any(ip, &mut pfds, end);
        // SAFETY: `pfds` is a valid array of its length.
        let n = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, wait_ms) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(ip.os_error(&e));
        }
        for p in &pfds {
            if p.revents == 0 {
                continue;
            }
            let i = fds.iter().position(|&f| f == p.fd).unwrap_or(0);
            if i == 0 {
                let rest = &data[written..];
                // SAFETY: writing from a live slice of its length.
                let w = unsafe { libc::write(p.fd, rest.as_ptr().cast(), rest.len()) };
                if w > 0 {
                    written += w as usize;
                }
                let broken =
                    w < 0 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EAGAIN);
                if written == data.len() || broken {
                    // SAFETY: the descriptor is ours to close.
                    unsafe { libc::close(p.fd) };
                    fds[0] = -1;
                }
            } else {
                // SAFETY: reading into a live buffer of its length.
                let r = unsafe { libc::read(p.fd, chunk.as_mut_ptr().cast(), chunk.len()) };
                if r > 0 {
                    bufs[i - 1].extend_from_slice(&chunk[..r as usize]);
                } else if r == 0
                    || std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR)
                {
                    fds[i] = -1;
                }
            }
        }
    }
    let done = fds.iter().all(|&f| f < 0);
    let [out, err] = bufs;
    Ok(Value::tuple(vec![
        Value::bytes_from_vec(out),
        Value::bytes_from_vec(err),
        Value::Int(written as i64),
        Value::bool(done),
    ]))
}

/// `set_blocking(fd, blocking)`: sets or clears O_NONBLOCK, as `os.set_blocking` does.
#[function(_subprocess, "set_blocking(fd, blocking, /)")]
fn set_blocking(ip: &Interp, fd: i32, blocking: bool) -> PyResult<()> {
    // SAFETY: F_GETFL/F_SETFL only read and change the flags of a descriptor.
    let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if fl < 0 {
        return Err(last_error(ip));
    }
    let fl = if blocking {
        fl & !libc::O_NONBLOCK
    } else {
        fl | libc::O_NONBLOCK
    };
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, fl) } < 0 {
        return Err(last_error(ip));
    }
    Ok(())
}

/// `read(fd, n)`: at most `n` bytes, as `os.read` reads them (BlockingIOError when a
/// non-blocking descriptor has none yet).
#[function(_subprocess, "read(fd, n, /)")]
fn read(ip: &Interp, fd: i32, n: i64) -> PyResult<Value> {
    let mut buf = vec![0u8; n.max(0) as usize];
    loop {
        // SAFETY: reading into a live buffer of its length.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(Value::bytes_from_vec(buf));
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(ip.os_error(&e));
        }
        crate::signals::poll(ip)?;
    }
}

/// `write(fd, data)`: how many bytes of `data` the descriptor took, as `os.write` answers.
#[function(_subprocess, "write(fd, data, /)")]
fn write(ip: &Interp, fd: i32, data: Buf) -> PyResult<i64> {
    loop {
        // SAFETY: writing from a live slice of its length.
        let w = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if w >= 0 {
            return Ok(w as i64);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(ip.os_error(&e));
        }
        crate::signals::poll(ip)?;
    }
}

/// `is_pipe(fd)`: whether `fd` is a pipe, a socket or a character device, the descriptors
/// a pipe transport takes.
#[function(_subprocess, "is_pipe(fd, /)")]
fn is_pipe(ip: &Interp, fd: i32) -> PyResult<bool> {
    // SAFETY: fstat fills the zeroed struct it is given.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(last_error(ip));
    }
    let kind = st.st_mode & libc::S_IFMT;
    Ok(kind == libc::S_IFIFO || kind == libc::S_IFSOCK || kind == libc::S_IFCHR)
}

/// `exit_fd(pid)`: a descriptor (the caller's to close) that becomes readable when the child
/// ends, so that the event loop's poller notices the exit beside its other I/O, without a
/// timer and without blocking. Not SIGCHLD with a self-pipe: a process-wide handler would
/// take the signal from every other waiter of children (the blocking `subprocess` module);
/// not `waitpid` polled on a timer: that costs wake-ups, adds latency, and a timer does not
/// fit virtual time. A pidfd where the kernel has them (Linux 5.3 and later);
/// else the read end of a pipe whose write end a thread closes once `waitid` (with
/// WNOWAIT, leaving the child to be reaped by `poll`) says the child has ended.
#[function(_subprocess, "exit_fd(pid, /)")]
fn exit_fd(ip: &Interp, pid: i64) -> PyResult<Value> {
    // SAFETY: pidfd_open only creates a descriptor.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, 0) };
    if fd >= 0 {
        return Ok(Value::Int(fd));
    }
    let fd = waitid_fd(ip, libc::P_PID, pid as libc::id_t, libc::WEXITED)?;
    Ok(Value::Int(fd as i64))
}

fn init(_ip: &Interp, _m: &Rc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_subprocess", init);
crate::python_module!("subprocess", "subprocess.py");
crate::python_module!("asyncio.subprocess", "_asyncio_subprocess.py");
