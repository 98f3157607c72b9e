//! `sys.stdout`, layered as CPython layers it, so that a write that fails (a closed pipe, a full
//! disk) fails at the same `print` and with the same error as in python3:
//!
//! - the text layer (`TextIOWrapper`) keeps what is written until it reaches `CHUNK` bytes, or
//!   a line ends on a terminal, and then hands it to
//! - the byte layer (`BufferedWriter`), which keeps up to a block of the file (its `st_blksize`)
//!   and writes larger pieces straight through to the file descriptor.
//!
//! A failed write raises `OSError` (`BrokenPipeError` for a closed pipe) and loses what the
//! failing layer was handing on, exactly as CPython's layers do; what a failed flush could not
//! write stays in the byte layer, so the flush at exit fails again and is reported as
//! "Exception ignored in: <stdout>", with exit status 120. Under `PYTHONUNBUFFERED` or `-u`,
//! every write goes straight to the descriptor. When descriptor 1 is not open at start-up,
//! `sys.stdout` is None and printing does nothing.

use std::cell::{Cell, RefCell};

/// The text layer hands its bytes on once it holds this many (CPython's `_CHUNK_SIZE`).
const CHUNK: usize = 8192;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A terminal: each line is written as it ends (`line_buffering`).
    Terminal,
    /// A pipe or a file: written a chunk at a time.
    Block,
    /// `PYTHONUNBUFFERED`, `-u`: every write goes straight to the descriptor.
    Unbuffered,
    /// Descriptor 1 was not open at start-up: `sys.stdout` is None.
    Closed,
}

pub struct Stdout {
    /// 1, but for tests.
    fd: i32,
    mode: Cell<Mode>,
    /// The text layer.
    text: RefCell<Vec<u8>>,
    /// The byte layer.
    bytes: RefCell<Vec<u8>>,
    block: usize,
    /// Set while the REPL edits a line: what is printed stays in the text layer until the REPL
    /// takes it (`take_held`) and shows it above the prompt.
    pub hold: Cell<bool>,
}

/// Set (by the `corun` binary, before the Rust runtime opens /dev/null on a closed standard
/// descriptor) when descriptor 1 was not open when the process started.
pub static CLOSED_AT_START: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Set by the `-u` option: stdout is unbuffered.
pub static UNBUFFERED_OPTION: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Whether descriptor 1 is open now. The `corun` binary calls it before `main`.
pub fn fd_open() -> bool {
    // SAFETY: F_GETFD only inspects the descriptor.
    unsafe { libc::fcntl(1, libc::F_GETFD) != -1 }
}

/// The error handler of stdout's encoder for surrogates, as CPython chooses it: true for
/// `surrogateescape` (in UTF-8 mode, `PYTHONUTF8=1`, and in the C and POSIX locales, where
/// CPython turns UTF-8 mode on), false for `strict` (any other locale).
pub fn escapes_surrogates() -> bool {
    static ESCAPES: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ESCAPES.get_or_init(|| {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        if var("PYTHONUTF8").as_deref() == Some("1") {
            return true;
        }
        // The locale the environment asks for, as the C library resolves it (one that is not
        // installed leaves "C"); the process stays in the "C" locale.
        // SAFETY: setlocale with a valid C string; the name it returns is copied at once; no
        // other thread of corun uses the locale.
        let locale = unsafe {
            let p = libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
            let name = if p.is_null() {
                "C".to_string()
            } else {
                std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
            };
            libc::setlocale(libc::LC_CTYPE, c"C".as_ptr());
            name
        };
        matches!(
            locale.as_str(),
            "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8"
        )
    })
}

thread_local! {
    /// The stdout of the interpreter on this thread, for `write_after_crash`.
    static CURRENT: Cell<*const Stdout> = const { Cell::new(std::ptr::null()) };
}

impl Stdout {
    /// Stdout as the process was started with it: a terminal, a pipe or file, or closed;
    /// unbuffered when `PYTHONUNBUFFERED` is set and not empty, as in CPython.
    pub fn new() -> Stdout {
        let unbuffered = UNBUFFERED_OPTION.load(std::sync::atomic::Ordering::Relaxed)
            || std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
        let open = fd_open() && !CLOSED_AT_START.load(std::sync::atomic::Ordering::Relaxed);
        Stdout::on_fd(1, open, unbuffered)
    }

    /// A stdout writing to `fd`.
    pub fn on_fd(fd: i32, open: bool, unbuffered: bool) -> Stdout {
        // SAFETY: isatty and fstat only inspect the descriptor.
        let (tty, blksize) = unsafe {
            let tty = open && libc::isatty(fd) == 1;
            let mut st: libc::stat = std::mem::zeroed();
            let blksize = if open && libc::fstat(fd, &mut st) == 0 && st.st_blksize > 1 {
                st.st_blksize as usize
            } else {
                8192
            };
            (tty, blksize)
        };
        let mode = if !open {
            Mode::Closed
        } else if unbuffered {
            Mode::Unbuffered
        } else if tty {
            Mode::Terminal
        } else {
            Mode::Block
        };
        Stdout {
            fd,
            mode: Cell::new(mode),
            text: RefCell::new(Vec::with_capacity(CHUNK)),
            bytes: RefCell::new(Vec::with_capacity(blksize)),
            block: blksize,
            hold: Cell::new(false),
        }
    }

    pub fn mode(&self) -> Mode {
        self.mode.get()
    }

    pub fn is_terminal(&self) -> bool {
        self.mode.get() == Mode::Terminal
    }

    /// Makes this the stdout that `write_after_crash` writes out. It must stay where it is
    /// (inside the interpreter, which lives in an `Rc`) until `forget` or its drop.
    pub fn register(&self) {
        CURRENT.with(|c| c.set(self as *const Stdout));
    }

    /// `TextIOWrapper.write`.
    pub fn write(&self, b: &[u8]) -> std::io::Result<()> {
        let mode = self.mode.get();
        if self.hold.get() {
            self.text.borrow_mut().extend_from_slice(b);
            return Ok(());
        }
        match mode {
            Mode::Closed => return Ok(()),
            Mode::Unbuffered => return write_all(self.fd, b),
            Mode::Terminal | Mode::Block => {}
        }
        let pending = self.text.borrow().len();
        if pending + b.len() > CHUNK && pending > 0 {
            // What the text layer holds goes on first; if that fails, `b` is lost with it.
            self.hand_on()?;
        }
        if b.len() >= CHUNK {
            self.bytes_write(b)?;
        } else {
            let full = {
                let mut t = self.text.borrow_mut();
                t.extend_from_slice(b);
                t.len() >= CHUNK
            };
            if full {
                self.hand_on()?;
            }
        }
        if mode == Mode::Terminal && b.iter().any(|&c| c == b'\n' || c == b'\r') {
            self.hand_on()?;
            self.bytes_flush()?;
        }
        Ok(())
    }

    /// `sys.stdout.buffer.write`: straight to the byte layer, past what the text layer holds
    /// (as in CPython, where text printed before can come out after these bytes).
    pub fn buffer_write(&self, b: &[u8]) -> std::io::Result<()> {
        if self.hold.get() {
            self.text.borrow_mut().extend_from_slice(b);
            return Ok(());
        }
        match self.mode.get() {
            Mode::Closed => Ok(()),
            Mode::Unbuffered => write_all(self.fd, b),
            Mode::Terminal | Mode::Block => self.bytes_write(b),
        }
    }

    /// `sys.stdout.buffer.flush`: the byte layer only.
    pub fn buffer_flush(&self) -> std::io::Result<()> {
        if self.hold.get() || self.mode.get() == Mode::Closed {
            return Ok(());
        }
        self.bytes_flush()
    }

    /// `TextIOWrapper.flush`: both layers out to the descriptor.
    pub fn flush(&self) -> std::io::Result<()> {
        if self.hold.get() || self.mode.get() == Mode::Closed {
            return Ok(());
        }
        self.hand_on()?;
        self.bytes_flush()
    }

    /// Writes out what is held without changing what a later write or flush would do if this
    /// fails: corun flushes so where CPython does not (before the loop or `time.sleep` waits,
    /// before a report on stderr), so that output shows as it goes; a failure is left for the
    /// write or flush where CPython meets it.
    pub fn flush_quietly(&self) {
        if self.hold.get() || self.mode.get() == Mode::Closed {
            return;
        }
        for layer in [&self.bytes, &self.text] {
            let mut l = layer.borrow_mut();
            let n = write_some(self.fd, &l);
            l.drain(..n);
            if !l.is_empty() {
                return;
            }
        }
    }

    /// Takes the complete lines held while `hold` is set.
    pub fn take_held(&self) -> Vec<u8> {
        let mut t = self.text.borrow_mut();
        match t.iter().rposition(|&b| b == b'\n') {
            Some(end) => t.drain(..=end).collect(),
            None => Vec::new(),
        }
    }

    /// The text layer's bytes go to the byte layer (`_textiowrapper_writeflush`); they are gone
    /// from the text layer even if that fails.
    fn hand_on(&self) -> std::io::Result<()> {
        let pending = std::mem::take(&mut *self.text.borrow_mut());
        if pending.is_empty() {
            return Ok(());
        }
        let r = self.bytes_write(&pending);
        let mut t = self.text.borrow_mut();
        if t.capacity() == 0 {
            // Keep the text layer's buffer for the next writes.
            *t = pending;
            t.clear();
        }
        r
    }

    /// `BufferedWriter.write`: kept when it fits, else the buffer goes out first and what does
    /// not fit in a block is written straight through.
    fn bytes_write(&self, b: &[u8]) -> std::io::Result<()> {
        {
            let mut buf = self.bytes.borrow_mut();
            if b.len() <= self.block.saturating_sub(buf.len()) {
                buf.extend_from_slice(b);
                return Ok(());
            }
        }
        self.bytes_flush()?;
        let mut rest = b;
        while rest.len() > self.block {
            let n = write_once(self.fd, rest)?;
            rest = &rest[n..];
        }
        self.bytes.borrow_mut().extend_from_slice(rest);
        Ok(())
    }

    /// `BufferedWriter.flush`: what could not be written stays.
    fn bytes_flush(&self) -> std::io::Result<()> {
        let mut buf = self.bytes.borrow_mut();
        while !buf.is_empty() {
            match write_once(self.fd, &buf) {
                Ok(n) => {
                    buf.drain(..n);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

impl Default for Stdout {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Stdout {
    fn drop(&mut self) {
        CURRENT.with(|c| {
            if std::ptr::eq(c.get(), self) {
                c.set(std::ptr::null());
            }
        });
    }
}

/// One `write(2)` of `b` (retried when a signal interrupts it): how much went.
fn write_once(fd: i32, b: &[u8]) -> std::io::Result<usize> {
    loop {
        // SAFETY: writes from a valid slice.
        let n = unsafe { libc::write(fd, b.as_ptr() as *const libc::c_void, b.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

fn write_all(fd: i32, mut b: &[u8]) -> std::io::Result<()> {
    while !b.is_empty() {
        let n = write_once(fd, b)?;
        b = &b[n..];
    }
    Ok(())
}

/// Writes as much of `b` as goes without an error; how much that was.
fn write_some(fd: i32, b: &[u8]) -> usize {
    let mut done = 0;
    while done < b.len() {
        match write_once(fd, &b[done..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => done += n,
        }
    }
    done
}

/// After a panic or an abort: writes out what the interpreter on this thread still holds, if
/// its buffers are not in the middle of a change. Only reads memory and calls `write(2)`, so a
/// signal handler may call it.
pub fn write_after_crash() {
    let Ok(p) = CURRENT.try_with(|c| c.get()) else {
        return;
    };
    if p.is_null() {
        return;
    }
    // SAFETY: `p` was registered by a live `Stdout` (a drop clears it); the RefCells are only
    // read, and only when nothing holds them mutably.
    unsafe {
        let out = &*p;
        if out.mode.get() == Mode::Closed {
            return;
        }
        for layer in [&out.bytes, &out.text] {
            match layer.try_borrow_unguarded() {
                Ok(l) => {
                    write_some(out.fd, l);
                }
                Err(_) => return,
            }
        }
    }
}

/// Makes a panic or an abort (a failed allocation, a native stack overflow) write out what the
/// interpreter holds for stdout before the process ends, so that no output printed before a
/// crash is lost. For the `corun` binary; call once, before the interpreter starts.
pub fn write_out_on_crash() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        write_after_crash();
        default(info);
    }));
    extern "C" fn on_abort(_: libc::c_int) {
        write_after_crash();
    }
    // SAFETY: installs a handler that only reads memory and calls write(2); SA_RESETHAND gives
    // SIGABRT its default action back, so the abort goes on when the handler returns.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_abort as extern "C" fn(libc::c_int) as usize;
        sa.sa_flags = libc::SA_RESETHAND | libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGABRT, &sa, std::ptr::null_mut());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pipe: (read end, write end).
    fn pipe() -> (i32, i32) {
        let mut fds = [0; 2];
        // SAFETY: pipe(2) fills the array.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        (fds[0], fds[1])
    }

    fn read_all(fd: i32) -> Vec<u8> {
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            // SAFETY: reads into a valid buffer.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
            if n <= 0 {
                return out;
            }
            out.extend_from_slice(&buf[..n as usize]);
        }
    }

    /// What a crash finds in the buffers is written out; nothing was before.
    #[test]
    fn a_crash_writes_out_what_is_buffered() {
        let (r, w) = pipe();
        let out = Stdout::on_fd(w, true, false);
        out.register();
        out.write(b"printed before the crash\n").unwrap();
        // SAFETY: sets the read end non-blocking, to see that nothing was written yet.
        unsafe { libc::fcntl(r, libc::F_SETFL, libc::O_NONBLOCK) };
        assert!(read_all(r).is_empty());
        write_after_crash();
        assert_eq!(read_all(r), b"printed before the crash\n");
        drop(out);
        // SAFETY: closes the two descriptors made here.
        unsafe {
            libc::close(w);
            libc::close(r);
        }
    }

    /// The text layer hands on a chunk at a time, and a failed write loses what it was
    /// handing on, as CPython's layers do.
    #[test]
    fn a_closed_pipe_fails_at_the_write_that_fills_a_chunk() {
        let (r, w) = pipe();
        // SAFETY: closes the read end: every write to the pipe now fails with EPIPE (Rust's
        // runtime ignores SIGPIPE).
        unsafe { libc::close(r) };
        let out = Stdout::on_fd(w, true, false);
        let line = [b'x'; 99];
        let mut failed_at = None;
        for i in 0..200 {
            if let Err(e) = out.write(&line) {
                assert_eq!(e.raw_os_error(), Some(libc::EPIPE));
                failed_at = Some(i);
                break;
            }
        }
        // 82 lines of 99 bytes are 8118 bytes; the 83rd would make more than a chunk.
        assert_eq!(failed_at, Some(82));
        // What was handed on is gone: the flush at exit has nothing left to fail on.
        assert!(out.flush().is_ok());
        out.write(b"kept").unwrap();
        assert!(out.flush().is_err());
        assert!(
            out.flush().is_err(),
            "a failed flush keeps what it could not write"
        );
        // SAFETY: closes the write end made here.
        unsafe { libc::close(w) };
    }
}
