//! `_socket`: the socket object and the system's name services, native because they are
//! system calls (through `socket2`, which owns the descriptor and converts addresses). The
//! `socket` module (src/lib_py/socket.py) adds what CPython writes in Python over it.
//!
//! The descriptor is always non-blocking at the system level; a blocking socket, or one with a
//! timeout, waits for readiness with `poll` in slices, so that Ctrl-C still interrupts it
//! (as CPython's socket does).

use std::cell::{Cell, RefCell};
use std::ffi::{CStr, CString};
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV6};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, RawFd};
use std::rc::Rc;
use std::time::{Duration, Instant};

use corun_macros::{function, method, staticmethod};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};

use crate::eval::Interp;
use crate::intern::{intern, Symbol};
use crate::runtime::bytearray::HeldBuf;
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use crate::stdlib::{ClassSpec, Native, NativeObj};

pub struct Sock {
    sock: RefCell<Option<Socket>>,
    pub family: i32,
    pub kind: i32,
    pub proto: i32,
    /// None: blocking; zero: non-blocking; otherwise the timeout in seconds.
    pub timeout: Cell<Option<f64>>,
}

native_arg!(Sock, Socket, "_socket.socket");

impl Drop for Sock {
    /// A socket dropped while the loop still watches its descriptor is unwatched first, so
    /// that the loop does not go on waiting for a descriptor the system has forgotten.
    fn drop(&mut self) {
        if let Some(s) = self.sock.get_mut().take() {
            if let Some(ip) = crate::eval::current() {
                let fd = s.as_raw_fd();
                let _ = ip.event_loop.io.watch(fd, false, None);
                let _ = ip.event_loop.io.watch(fd, true, None);
            }
        }
    }
}

pub static SOCKET: ClassSpec = ClassSpec {
    key: "_socket.socket",
    module: "socket",
    name: "socket",
    base: None,
    new: None,
    methods: &[],
};

thread_local! {
    /// `socket.setdefaulttimeout`: the timeout new sockets start with.
    static DEFAULT_TIMEOUT: Cell<Option<f64>> = const { Cell::new(None) };
}

pub fn os_err(ip: &Interp, e: &io::Error) -> Exc {
    crate::stdlib::io::os_error(ip, e, None)
}

fn closed(ip: &Interp) -> Exc {
    os_err(ip, &io::Error::from_raw_os_error(libc::EBADF))
}

fn timed_out(ip: &Interp) -> Exc {
    ip.err(ExcKind::TimeoutError, "timed out")
}

impl Sock {
    pub fn wrap(ip: &Interp, s: Socket, family: i32, kind: i32, proto: i32) -> PyResult<Value> {
        s.set_nonblocking(true).map_err(|e| os_err(ip, &e))?;
        let sock = Sock {
            sock: RefCell::new(Some(s)),
            family,
            kind,
            proto,
            timeout: Cell::new(DEFAULT_TIMEOUT.with(|d| d.get())),
        };
        Ok(crate::stdlib::new_obj(ip, &SOCKET, Native::Socket(sock)))
    }

    /// One try of `f` on the descriptor, whatever the socket's timeout (the loop's `sock_*`
    /// methods wait for readiness themselves).
    pub fn try_op<T>(&self, f: impl FnOnce(&Socket) -> io::Result<T>) -> io::Result<T> {
        match self.sock.borrow().as_ref() {
            Some(s) => f(s),
            None => Err(io::Error::from_raw_os_error(libc::EBADF)),
        }
    }

    /// The descriptor, or -1 once closed.
    pub fn fd(&self) -> RawFd {
        self.sock.borrow().as_ref().map_or(-1, |s| s.as_raw_fd())
    }

    fn with<T>(&self, ip: &Interp, f: impl FnOnce(&Socket) -> io::Result<T>) -> PyResult<T> {
        let g = self.sock.borrow();
        let s = g.as_ref().ok_or_else(|| closed(ip))?;
        f(s).map_err(|e| os_err(ip, &e))
    }

    /// Runs `f` until it does not say "would block": for a blocking socket, or one with a
    /// timeout, waiting for the descriptor to be ready between tries.
    fn io<T>(
        &self,
        ip: &Interp,
        write: bool,
        mut f: impl FnMut(&Socket) -> io::Result<T>,
    ) -> PyResult<T> {
        let timeout = self.timeout.get();
        let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t));
        loop {
            let r = {
                let g = self.sock.borrow();
                let s = g.as_ref().ok_or_else(|| closed(ip))?;
                f(s)
            };
            match r {
                Ok(v) => return Ok(v),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => crate::signals::poll(ip)?,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock && timeout != Some(0.0) => {
                    if !wait_fd(ip, self.fd(), write, deadline)? {
                        return Err(timed_out(ip));
                    }
                }
                Err(e) => return Err(os_err(ip, &e)),
            }
        }
    }

    /// The address in the form `bind`/`connect` take, for this socket's family.
    fn addr(&self, ip: &Interp, v: &Value) -> PyResult<SockAddr> {
        to_sockaddr(ip, self.family, v)
    }
}

/// Waits until `fd` is ready (true) or the deadline passes (false), in slices, so that Ctrl-C
/// raises KeyboardInterrupt meanwhile.
fn wait_fd(ip: &Interp, fd: RawFd, write: bool, deadline: Option<Instant>) -> PyResult<bool> {
    ip.flush_if_tty();
    loop {
        crate::signals::poll(ip)?;
        if crate::threads::others() {
            // Other threads run while this one waits.
            if !crate::threads::wait_ready(ip, fd, write, deadline) {
                return Ok(false);
            }
            if crate::signals::pending() && crate::threads::is_main() {
                continue;
            }
            return Ok(true);
        }
        let slice = Duration::from_millis(100);
        let wait = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return Ok(false);
                }
                (d - now).min(slice)
            }
            None => slice,
        };
        let mut p = libc::pollfd {
            fd,
            events: if write { libc::POLLOUT } else { libc::POLLIN },
            revents: 0,
        };
        let ms = wait.as_millis().max(1) as libc::c_int;
        // SAFETY: one valid pollfd, for the length given.
        if unsafe { libc::poll(&mut p, 1, ms) } > 0 {
            return Ok(true);
        }
    }
}

fn bad_addr(ip: &Interp, family: i32, v: &Value) -> Exc {
    let name = crate::eval::ops::type_name(ip, v);
    match family {
        libc::AF_UNIX => ip.err(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{name}'"),
        ),
        libc::AF_INET6 => ip.err(
            ExcKind::TypeError,
            format!("AF_INET6 address must be tuple, not {name}"),
        ),
        _ => ip.err(
            ExcKind::TypeError,
            format!("AF_INET address must be tuple, not {name}"),
        ),
    }
}

/// The IP address of a host name: '' is any address, '<broadcast>' the broadcast one,
/// numbers are parsed, other names resolved.
fn host_ip(ip: &Interp, family: i32, host: &str) -> PyResult<IpAddr> {
    let v6 = family == libc::AF_INET6;
    match host {
        "" => {
            return Ok(if v6 {
                IpAddr::V6(Ipv6Addr::UNSPECIFIED)
            } else {
                IpAddr::V4(Ipv4Addr::UNSPECIFIED)
            })
        }
        "<broadcast>" => return Ok(IpAddr::V4(Ipv4Addr::BROADCAST)),
        _ => {}
    }
    if let Ok(a) = host.parse::<IpAddr>() {
        return Ok(a);
    }
    let want = if v6 { libc::AF_INET6 } else { libc::AF_INET };
    match resolve(Some(host), None, want, libc::SOCK_STREAM, 0, 0) {
        Ok(list) => list
            .into_iter()
            .find_map(|e| e.addr.as_socket().map(|a| a.ip()))
            .ok_or_else(|| gai_error(ip, libc::EAI_NONAME)),
        Err(code) => Err(gai_error(ip, code)),
    }
}

fn gai_error(ip: &Interp, code: i32) -> Exc {
    // SAFETY: gai_strerror returns a static string for any code.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    let class = ip.modules.borrow().get(&intern("socket")).cloned();
    let made = class
        .and_then(|m| crate::eval::ops::getattr(ip, &m, intern("gaierror")).ok())
        .map(|c| {
            crate::stdlib::call_with(
                ip,
                &c,
                &[Value::Int(code as i64), Value::string(msg.clone())],
            )
        });
    match made {
        Some(Ok(Value::Exception(e))) => Exc(e),
        _ => ip.err(ExcKind::OSError, format!("[Errno {code}] {msg}")),
    }
}

pub fn to_sockaddr(ip: &Interp, family: i32, v: &Value) -> PyResult<SockAddr> {
    if family == libc::AF_UNIX {
        let path = match v {
            Value::Str(s) => s.s.to_string(),
            other => match crate::runtime::bytes::gathered(other) {
                Some(b) => String::from_utf8_lossy(&b).into_owned(),
                None => return Err(bad_addr(ip, family, v)),
            },
        };
        return SockAddr::unix(path).map_err(|e| os_err(ip, &e));
    }
    let Value::Tuple(t) = v else {
        return Err(bad_addr(ip, family, v));
    };
    let items = &t.items;
    let want = if family == libc::AF_INET6 {
        2..=4
    } else {
        2..=2
    };
    if !want.contains(&items.len()) {
        let fam = if family == libc::AF_INET6 {
            "AF_INET6"
        } else {
            "AF_INET"
        };
        return ip.type_error(format!("{fam} address must be a pair (host, port)"));
    }
    let Value::Str(host) = &items[0] else {
        return ip.type_error(format!(
            "str, bytes or bytearray expected, not {}",
            crate::eval::ops::type_name(ip, &items[0])
        ));
    };
    let port = match &items[1] {
        Value::Int(p) => *p,
        other => {
            return ip.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::eval::ops::type_name(ip, other)
            ))
        }
    };
    if !(0..=65535).contains(&port) {
        let fn_name = "getsockaddrarg";
        return Err(ip.err(
            ExcKind::OverflowError,
            format!("{fn_name}: port must be 0-65535."),
        ));
    }
    let addr = host_ip(ip, family, &host.s)?;
    let sa = match (family, addr) {
        (libc::AF_INET6, IpAddr::V6(a)) => {
            let flow = match items.get(2) {
                Some(Value::Int(f)) => *f as u32,
                _ => 0,
            };
            let scope = match items.get(3) {
                Some(Value::Int(s)) => *s as u32,
                _ => 0,
            };
            SocketAddr::V6(SocketAddrV6::new(a, port as u16, flow, scope))
        }
        (libc::AF_INET6, IpAddr::V4(a)) => {
            SocketAddr::new(IpAddr::V6(a.to_ipv6_mapped()), port as u16)
        }
        (_, a) => SocketAddr::new(a, port as u16),
    };
    Ok(SockAddr::from(sa))
}

/// An address as Python sees it: `(host, port)`, `(host, port, flowinfo, scope_id)` or a path.
pub fn from_sockaddr(a: &SockAddr) -> Value {
    match a.as_socket() {
        Some(SocketAddr::V4(v)) => Value::tuple(vec![
            Value::string(v.ip().to_string()),
            Value::Int(v.port() as i64),
        ]),
        Some(SocketAddr::V6(v)) => Value::tuple(vec![
            Value::string(v.ip().to_string()),
            Value::Int(v.port() as i64),
            Value::Int(v.flowinfo() as i64),
            Value::Int(v.scope_id() as i64),
        ]),
        None => match a.as_pathname() {
            Some(p) => Value::string(p.to_string_lossy().into_owned()),
            None => Value::str(""),
        },
    }
}

/// One answer of getaddrinfo.
struct AddrInfo {
    family: i32,
    kind: i32,
    proto: i32,
    canon: String,
    addr: SockAddr,
}

/// The system's getaddrinfo; Err is its error code.
fn resolve(
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    kind: i32,
    proto: i32,
    flags: i32,
) -> Result<Vec<AddrInfo>, i32> {
    let host_c = host
        .map(|h| CString::new(h).map_err(|_| libc::EAI_NONAME))
        .transpose()?;
    let port_c = port
        .map(|p| CString::new(p).map_err(|_| libc::EAI_SERVICE))
        .transpose()?;
    // SAFETY: hints is zeroed then filled; getaddrinfo's list is read, then freed once.
    unsafe {
        let mut hints: libc::addrinfo = std::mem::zeroed();
        hints.ai_family = family;
        hints.ai_socktype = kind;
        hints.ai_protocol = proto;
        hints.ai_flags = flags;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let rc = libc::getaddrinfo(
            host_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            port_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &hints,
            &mut res,
        );
        if rc != 0 {
            return Err(rc);
        }
        let mut out = Vec::new();
        let mut p = res;
        while !p.is_null() {
            let ai = &*p;
            let len = ai.ai_addrlen;
            let addr = SockAddr::try_init(|storage, l| {
                std::ptr::copy_nonoverlapping(
                    ai.ai_addr as *const u8,
                    storage as *mut u8,
                    len as usize,
                );
                *l = len;
                Ok(())
            })
            .map(|(_, a)| a);
            if let Ok(addr) = addr {
                let canon = if ai.ai_canonname.is_null() {
                    String::new()
                } else {
                    CStr::from_ptr(ai.ai_canonname)
                        .to_string_lossy()
                        .into_owned()
                };
                out.push(AddrInfo {
                    family: ai.ai_family,
                    kind: ai.ai_socktype,
                    proto: ai.ai_protocol,
                    canon,
                    addr,
                });
            }
            p = ai.ai_next;
        }
        libc::freeaddrinfo(res);
        Ok(out)
    }
}

/// `_socket.getaddrinfo(host, port, family, type, proto, flags)`: the list of
/// `(family, type, proto, canonname, sockaddr)`, or `(code, message)` for `socket.py` to raise
/// as gaierror.
#[function(
    _socket,
    "getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)",
    style = py
)]
fn getaddrinfo(
    ip: &Interp,
    host: &Value,
    port: &Value,
    family: i64,
    kind: i64,
    proto: i64,
    flags: i64,
) -> PyResult<Value> {
    let host = match host {
        Value::None => None,
        Value::Str(s) => Some(s.s.to_string()),
        other => match crate::runtime::bytes::gathered(other) {
            Some(b) => Some(String::from_utf8_lossy(&b).into_owned()),
            None => return ip.type_error("getaddrinfo() argument 1 must be string or None"),
        },
    };
    let port = match port {
        Value::None => None,
        Value::Int(p) => Some(p.to_string()),
        Value::Str(s) => Some(s.s.to_string()),
        other => match crate::runtime::bytes::gathered(other) {
            Some(b) => Some(String::from_utf8_lossy(&b).into_owned()),
            None => return Err(ip.err(ExcKind::OSError, "Int or String expected")),
        },
    };
    let r = resolve(
        host.as_deref(),
        port.as_deref(),
        family as i32,
        kind as i32,
        proto as i32,
        flags as i32,
    );
    match r {
        Ok(list) => Ok(Value::list(
            list.iter()
                .map(|a| {
                    Value::tuple(vec![
                        Value::Int(a.family as i64),
                        Value::Int(a.kind as i64),
                        Value::Int(a.proto as i64),
                        Value::string(a.canon.clone()),
                        from_sockaddr(&a.addr),
                    ])
                })
                .collect(),
        )),
        Err(code) => {
            // SAFETY: gai_strerror returns a static string for any code.
            let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
                .to_string_lossy()
                .into_owned();
            Ok(Value::tuple(vec![
                Value::Int(code as i64),
                Value::string(msg),
            ]))
        }
    }
}

/// `socket.gethostname()`.
#[function(_socket, "gethostname()")]
fn gethostname(ip: &Interp) -> PyResult<Value> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer's length is passed with it.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if rc != 0 {
        return Err(os_err(ip, &io::Error::last_os_error()));
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(Value::string(
        String::from_utf8_lossy(&buf[..end]).into_owned(),
    ))
}

/// `socket.getdefaulttimeout()`.
#[function(_socket, "getdefaulttimeout()")]
fn getdefaulttimeout(_ip: &Interp) -> PyResult<Value> {
    Ok(DEFAULT_TIMEOUT
        .with(|d| d.get())
        .map_or(Value::None, Value::float))
}

fn timeout_arg(ip: &Interp, v: &Value) -> PyResult<Option<f64>> {
    let t = match v {
        Value::None => return Ok(None),
        Value::Int(i) => *i as f64,
        Value::Float(f) => f.get(),
        Value::Bool(b) => *b as i64 as f64,
        other => {
            return ip.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::eval::ops::type_name(ip, other)
            ))
        }
    };
    let t = crate::stdlib::select::checked_seconds(ip, t)?;
    if t < 0.0 {
        return Err(ip.err(ExcKind::ValueError, "Timeout value out of range"));
    }
    Ok(Some(t))
}

/// `socket.setdefaulttimeout(timeout)`.
#[function(_socket, "setdefaulttimeout(timeout, /)")]
fn setdefaulttimeout(ip: &Interp, timeout: &Value) -> PyResult<()> {
    let t = timeout_arg(ip, timeout)?;
    DEFAULT_TIMEOUT.with(|d| d.set(t));
    Ok(())
}

/// `socket.socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`.
#[function(_socket, "socketpair(family=-1, type=-1, proto=-1)", style = py)]
fn socketpair(ip: &Interp, family: i64, kind: i64, proto: i64) -> PyResult<Value> {
    let family = if family == -1 {
        libc::AF_UNIX
    } else {
        family as i32
    };
    let kind = if kind == -1 {
        libc::SOCK_STREAM
    } else {
        kind as i32
    };
    let proto = if proto == -1 { 0 } else { proto as i32 };
    let (a, b) =
        Socket::pair(Domain::from(family), Type::from(kind), None).map_err(|e| os_err(ip, &e))?;
    Ok(Value::tuple(vec![
        Sock::wrap(ip, a, family, kind, proto)?,
        Sock::wrap(ip, b, family, kind, proto)?,
    ]))
}

/// `socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)`.
#[staticmethod(
    "_socket.socket",
    "__init__($type, family=-1, type=-1, proto=-1, fileno=None)",
    style = py,
    attr = "__new__"
)]
fn socket_new(
    ip: &Interp,
    _cls: &Value,
    family: i64,
    kind: i64,
    proto: i64,
    fileno: &Value,
) -> PyResult<Value> {
    if let Value::Int(fd) = fileno {
        // SAFETY: the program hands over a descriptor it owns, as CPython's socket(fileno=)
        // takes it.
        let s = unsafe { Socket::from_raw_fd(*fd as RawFd) };
        let family = s
            .local_addr()
            .map(|a| a.family() as i32)
            .unwrap_or(libc::AF_INET);
        let kind = s.r#type().map(i32::from).unwrap_or(libc::SOCK_STREAM);
        return Sock::wrap(ip, s, family, kind, 0);
    }
    let family = if family == -1 {
        libc::AF_INET
    } else {
        family as i32
    };
    let kind = if kind == -1 {
        libc::SOCK_STREAM
    } else {
        kind as i32
    };
    let proto = if proto == -1 { 0 } else { proto as i32 };
    let prot = (proto != 0).then(|| Protocol::from(proto));
    let s =
        Socket::new(Domain::from(family), Type::from(kind), prot).map_err(|e| os_err(ip, &e))?;
    Sock::wrap(ip, s, family, kind, proto)
}

#[method("_socket.socket", "bind($self, address, /)")]
fn bind(ip: &Interp, this: &Sock, address: &Value) -> PyResult<()> {
    let a = this.addr(ip, address)?;
    this.with(ip, |s| s.bind(&a))
}

#[method("_socket.socket", "listen($self, backlog=128, /)")]
fn listen(ip: &Interp, this: &Sock, backlog: i64) -> PyResult<()> {
    this.with(ip, |s| s.listen(backlog.clamp(0, i32::MAX as i64) as i32))
}

/// `accept()`: `(socket, address)`; the new socket is blocking, as CPython makes it.
#[method("_socket.socket", "accept($self, /)")]
fn accept(ip: &Interp, this: &Sock) -> PyResult<Value> {
    let (s, a) = this.io(ip, false, |s| s.accept())?;
    let new = Sock::wrap(ip, s, this.family, this.kind, this.proto)?;
    if let Value::Native(o) = &new {
        if let Native::Socket(n) = &o.kind {
            n.timeout.set(None);
        }
    }
    Ok(Value::tuple(vec![new, from_sockaddr(&a)]))
}

/// connect's result as an errno (0: connected).
fn connect_errno(ip: &Interp, this: &Sock, address: &Value) -> PyResult<i32> {
    let a = this.addr(ip, address)?;
    if this.timeout.get().is_none() {
        // A blocking connect is the system's own: a second try on a socket whose first one
        // failed gets the system's answer again, as it does in CPython.
        let r = this.with(ip, |s| {
            s.set_nonblocking(false)?;
            let r = s.connect(&a);
            s.set_nonblocking(true)?;
            Ok(r)
        })?;
        return Ok(r.err().map_or(0, |e| e.raw_os_error().unwrap_or(0)));
    }
    let r = this.with(ip, |s| Ok(s.connect(&a)))?;
    let e = match r {
        Ok(()) => return Ok(0),
        Err(e) => e,
    };
    let code = e.raw_os_error().unwrap_or(0);
    if code != libc::EINPROGRESS || this.timeout.get() == Some(0.0) {
        return Ok(code);
    }
    let deadline = this
        .timeout
        .get()
        .map(|t| Instant::now() + Duration::from_secs_f64(t));
    if !wait_fd(ip, this.fd(), true, deadline)? {
        return Ok(libc::ETIMEDOUT);
    }
    match this.with(ip, |s| s.take_error())? {
        Some(e) => Ok(e.raw_os_error().unwrap_or(0)),
        None => Ok(0),
    }
}

#[method("_socket.socket", "connect($self, address, /)")]
fn connect(ip: &Interp, this: &Sock, address: &Value) -> PyResult<()> {
    match connect_errno(ip, this, address)? {
        0 => Ok(()),
        libc::ETIMEDOUT if this.timeout.get().is_some() => Err(timed_out(ip)),
        code => Err(os_err(ip, &io::Error::from_raw_os_error(code))),
    }
}

#[method("_socket.socket", "connect_ex($self, address, /)")]
fn connect_ex(ip: &Interp, this: &Sock, address: &Value) -> PyResult<i64> {
    Ok(connect_errno(ip, this, address)? as i64)
}

#[method("_socket.socket", "send($self, data, flags=0, /)")]
fn send(ip: &Interp, this: &Sock, data: HeldBuf, flags: i64) -> PyResult<i64> {
    let n = this.io(ip, true, |s| {
        data.with(|b| s.send_with_flags(b, flags as i32 | libc::MSG_NOSIGNAL))
    })?;
    Ok(n as i64)
}

#[method("_socket.socket", "sendall($self, data, flags=0, /)")]
fn sendall(ip: &Interp, this: &Sock, data: HeldBuf, flags: i64) -> PyResult<()> {
    // The length is read again each time: an array (not held at its size) may shrink.
    let mut at = 0;
    while at < data.len() {
        at += this.io(ip, true, |s| {
            data.with(|b| {
                s.send_with_flags(
                    b.get(at..).unwrap_or(&[]),
                    flags as i32 | libc::MSG_NOSIGNAL,
                )
            })
        })?;
    }
    Ok(())
}

#[method("_socket.socket", "sendto($self, data, address, /)")]
fn sendto(ip: &Interp, this: &Sock, data: Buf, address: &Value) -> PyResult<i64> {
    let a = this.addr(ip, address)?;
    Ok(this.io(ip, true, |s| s.send_to(&data, &a))? as i64)
}

/// The bytes a receive has just written into `buf`'s spare room: buffers are received into
/// without being cleared first (a transport reads 256 KiB at a time, and clearing that much
/// for a few bytes would cost more than all the rest).
pub fn filled(buf: &mut Vec<u8>, got: usize) -> &[u8] {
    assert!(got <= buf.capacity() - buf.len());
    // SAFETY: the system wrote `got` bytes at the start of the spare room it was given.
    unsafe { buf.set_len(buf.len() + got) };
    buf
}

fn bufsize(ip: &Interp, n: i64, what: &str) -> PyResult<usize> {
    if n < 0 {
        return Err(ip.err(
            ExcKind::ValueError,
            format!("negative buffersize in {what}"),
        ));
    }
    Ok(n as usize)
}

#[method("_socket.socket", "recv($self, bufsize, flags=0, /)")]
fn recv(ip: &Interp, this: &Sock, bufsize_: i64, flags: i64) -> PyResult<Value> {
    let n = bufsize(ip, bufsize_, "recv")?;
    let mut buf = crate::runtime::bytes::alloc(ip, n)?;
    let got = this.io(ip, false, |s| {
        s.recv_with_flags(&mut buf.spare_capacity_mut()[..n], flags as i32)
    })?;
    Ok(Value::bytes(filled(&mut buf, got)))
}

#[method("_socket.socket", "recvfrom($self, bufsize, flags=0, /)")]
fn recvfrom(ip: &Interp, this: &Sock, bufsize_: i64, flags: i64) -> PyResult<Value> {
    let n = bufsize(ip, bufsize_, "recvfrom")?;
    let mut buf = crate::runtime::bytes::alloc(ip, n)?;
    let (got, a) = this.io(ip, false, |s| {
        s.recv_from_with_flags(&mut buf.spare_capacity_mut()[..n], flags as i32)
    })?;
    Ok(Value::tuple(vec![
        Value::bytes(filled(&mut buf, got)),
        from_sockaddr(&a),
    ]))
}

/// Writes `data` at the start of a writable buffer (a bytearray or a memoryview of one).
pub fn fill(ip: &Interp, buffer: &Value, data: &[u8]) -> PyResult<()> {
    if let Some(a) = crate::runtime::bytearray::of(buffer) {
        a.b.borrow_mut()[..data.len()].copy_from_slice(data);
        return Ok(());
    }
    let slice = crate::stdlib::slice::make(
        ip,
        Value::Int(0),
        Value::Int(data.len() as i64),
        Value::None,
    );
    crate::eval::ops::setitem(ip, buffer, &slice, Value::bytes(data))
}

/// `recv_into(buffer, nbytes=0, flags=0)`: how many bytes were written into `buffer`.
#[method("_socket.socket", "recv_into($self, buffer, nbytes=0, flags=0)")]
fn recv_into(
    ip: &Interp,
    this: &Sock,
    buffer: crate::runtime::memoryview::WritableBuf,
    nbytes: i64,
    flags: i64,
) -> PyResult<i64> {
    let buffer = buffer.0;
    if nbytes < 0 {
        return Err(ip.err(ExcKind::ValueError, "negative buffersize in recv_into"));
    }
    let len = crate::eval::ops::len(ip, buffer)?;
    let n = if nbytes == 0 { len } else { nbytes as usize };
    if n > len {
        return Err(ip.err(ExcKind::ValueError, "buffer too small for requested bytes"));
    }
    let _hold = crate::runtime::bytearray::Export::of(buffer);
    let mut tmp = crate::runtime::bytes::alloc(ip, n)?;
    let got = this.io(ip, false, |s| {
        s.recv_with_flags(&mut tmp.spare_capacity_mut()[..n], flags as i32)
    })?;
    fill(ip, buffer, filled(&mut tmp, got))?;
    Ok(got as i64)
}

/// `close()`: the descriptor is closed now; closing twice is harmless.
#[method("_socket.socket", "close($self, /)")]
fn close(ip: &Interp, this: &Sock) -> PyResult<()> {
    if let Some(s) = this.sock.borrow_mut().take() {
        let _ = ip.event_loop.io.watch(s.as_raw_fd(), false, None);
        let _ = ip.event_loop.io.watch(s.as_raw_fd(), true, None);
        drop(s);
    }
    Ok(())
}

/// `detach()`: the descriptor, no longer owned by the socket.
#[method("_socket.socket", "detach($self, /)")]
fn detach(_ip: &Interp, this: &Sock) -> PyResult<i64> {
    Ok(this
        .sock
        .borrow_mut()
        .take()
        .map_or(-1, |s| s.into_raw_fd() as i64))
}

#[method("_socket.socket", "fileno($self, /)")]
fn fileno(_ip: &Interp, this: &Sock) -> PyResult<i64> {
    Ok(this.fd() as i64)
}

#[method("_socket.socket", "shutdown($self, how, /)")]
fn shutdown(ip: &Interp, this: &Sock, how: i64) -> PyResult<()> {
    let how = match how as i32 {
        libc::SHUT_RD => std::net::Shutdown::Read,
        libc::SHUT_WR => std::net::Shutdown::Write,
        libc::SHUT_RDWR => std::net::Shutdown::Both,
        _ => return Err(os_err(ip, &io::Error::from_raw_os_error(libc::EINVAL))),
    };
    this.with(ip, |s| s.shutdown(how))
}

#[method("_socket.socket", "setblocking($self, flag, /)")]
fn setblocking(ip: &Interp, this: &Sock, flag: &Value) -> PyResult<()> {
    let on = crate::eval::ops::truthy(ip, flag)?;
    this.timeout.set(if on { None } else { Some(0.0) });
    Ok(())
}

#[method("_socket.socket", "getblocking($self, /)")]
fn getblocking(_ip: &Interp, this: &Sock) -> PyResult<bool> {
    Ok(this.timeout.get() != Some(0.0))
}

#[method("_socket.socket", "settimeout($self, value, /)")]
fn settimeout(ip: &Interp, this: &Sock, value: &Value) -> PyResult<()> {
    this.timeout.set(timeout_arg(ip, value)?);
    Ok(())
}

#[method("_socket.socket", "gettimeout($self, /)")]
fn gettimeout(_ip: &Interp, this: &Sock) -> PyResult<Value> {
    Ok(this.timeout.get().map_or(Value::None, Value::float))
}

/// `setsockopt(level, optname, value)`: an int, or the option's bytes.
#[method("_socket.socket", "setsockopt($self, level, optname, value, /)")]
fn setsockopt(ip: &Interp, this: &Sock, level: i32, optname: i32, value: &Value) -> PyResult<()> {
    let bytes: Vec<u8> = match value {
        Value::Int(i) => (*i as libc::c_int).to_ne_bytes().to_vec(),
        Value::Bool(b) => (*b as libc::c_int).to_ne_bytes().to_vec(),
        other => crate::runtime::bytes::need_buffer(ip, other)?.to_vec(),
    };
    let fd = this.fd();
    if fd < 0 {
        return Err(closed(ip));
    }
    // SAFETY: the option's bytes are passed with their length.
    let rc = unsafe {
        libc::setsockopt(
            fd,
            level,
            optname,
            bytes.as_ptr() as *const libc::c_void,
            bytes.len() as libc::socklen_t,
        )
    };
    if rc != 0 {
        return Err(os_err(ip, &io::Error::last_os_error()));
    }
    Ok(())
}

/// `getsockopt(level, optname)`: the option as an int.
#[method("_socket.socket", "getsockopt($self, level, optname, /)")]
fn getsockopt(ip: &Interp, this: &Sock, level: i32, optname: i32) -> PyResult<i64> {
    let fd = this.fd();
    if fd < 0 {
        return Err(closed(ip));
    }
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: an int's room is passed with its length.
    let rc = unsafe {
        libc::getsockopt(
            fd,
            level,
            optname,
            &mut v as *mut _ as *mut libc::c_void,
            &mut len,
        )
    };
    if rc != 0 {
        return Err(os_err(ip, &io::Error::last_os_error()));
    }
    Ok(v as i64)
}

#[method("_socket.socket", "getsockname($self, /)")]
fn getsockname(ip: &Interp, this: &Sock) -> PyResult<Value> {
    Ok(from_sockaddr(&this.with(ip, |s| s.local_addr())?))
}

#[method("_socket.socket", "getpeername($self, /)")]
fn getpeername(ip: &Interp, this: &Sock) -> PyResult<Value> {
    Ok(from_sockaddr(&this.with(ip, |s| s.peer_addr())?))
}

#[method("_socket.socket", "__enter__($self, /)")]
fn enter(_ip: &Interp, this: &Value) -> PyResult<Value> {
    Ok(this.clone())
}

#[method("_socket.socket", "__exit__($self, *args)")]
fn exit(ip: &Interp, this: &Sock, _args: &[Value]) -> PyResult<()> {
    close(ip, this)
}

fn family_name(f: i32) -> String {
    match f {
        libc::AF_INET => "AddressFamily.AF_INET".into(),
        libc::AF_INET6 => "AddressFamily.AF_INET6".into(),
        libc::AF_UNIX => "AddressFamily.AF_UNIX".into(),
        n => n.to_string(),
    }
}

fn kind_name(k: i32) -> String {
    match k {
        libc::SOCK_STREAM => "SocketKind.SOCK_STREAM".into(),
        libc::SOCK_DGRAM => "SocketKind.SOCK_DGRAM".into(),
        libc::SOCK_RAW => "SocketKind.SOCK_RAW".into(),
        n => n.to_string(),
    }
}

/// The repr: `<socket.socket fd=3, family=AddressFamily.AF_INET, …, laddr=('127.0.0.1', 80)>`.
pub fn repr(ip: &Interp, s: &Sock) -> PyResult<String> {
    let fd = s.fd();
    let mut out = format!(
        "<socket.socket {}fd={}, family={}, type={}, proto={}",
        if fd < 0 { "[closed] " } else { "" },
        fd,
        family_name(s.family),
        kind_name(s.kind),
        s.proto
    );
    if fd >= 0 {
        let g = s.sock.borrow();
        if let Some(sock) = g.as_ref() {
            if let Ok(a) = sock.local_addr() {
                let v = from_sockaddr(&a);
                if !matches!(&v, Value::Str(x) if x.s.is_empty()) {
                    out += &format!(", laddr={}", crate::runtime::repr::repr(ip, &v)?);
                }
            }
            if let Ok(a) = sock.peer_addr() {
                let v = from_sockaddr(&a);
                if !matches!(&v, Value::Str(x) if x.s.is_empty()) {
                    out += &format!(", raddr={}", crate::runtime::repr::repr(ip, &v)?);
                }
            }
        }
    }
    out.push('>');
    Ok(out)
}

/// `family`, `type`, `proto` and `timeout`.
pub fn getattr(s: &Sock, name: Symbol) -> Option<Value> {
    Some(match name.as_str() {
        "family" => Value::Int(s.family as i64),
        "type" => Value::Int(s.kind as i64),
        "proto" => Value::Int(s.proto as i64),
        "timeout" => s.timeout.get().map_or(Value::None, Value::float),
        _ => return None,
    })
}

/// The socket a value is, if it is one.
pub fn sock_of(v: &Value) -> Option<&Sock> {
    match v {
        Value::Native(o) => match &o.kind {
            Native::Socket(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The socket's descriptor, for the loop's `sock_*` methods.
pub fn raw_fd(v: &NativeObj) -> Option<RawFd> {
    match &v.kind {
        Native::Socket(s) => Some(s.fd()),
        _ => None,
    }
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    m.set(
        intern("socket"),
        Value::Class(crate::stdlib::class(ip, &SOCKET)),
    );
    let consts: &[(&str, i32)] = &[
        ("AF_UNSPEC", libc::AF_UNSPEC),
        ("AF_INET", libc::AF_INET),
        ("AF_INET6", libc::AF_INET6),
        ("AF_UNIX", libc::AF_UNIX),
        ("SOCK_STREAM", libc::SOCK_STREAM),
        ("SOCK_DGRAM", libc::SOCK_DGRAM),
        ("SOCK_RAW", libc::SOCK_RAW),
        ("SOL_SOCKET", libc::SOL_SOCKET),
        ("SO_REUSEADDR", libc::SO_REUSEADDR),
        ("SO_REUSEPORT", libc::SO_REUSEPORT),
        ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
        ("SO_BROADCAST", libc::SO_BROADCAST),
        ("SO_ERROR", libc::SO_ERROR),
        ("SO_RCVBUF", libc::SO_RCVBUF),
        ("SO_SNDBUF", libc::SO_SNDBUF),
        ("SO_LINGER", libc::SO_LINGER),
        ("SO_TYPE", libc::SO_TYPE),
        ("IPPROTO_IP", libc::IPPROTO_IP),
        ("IPPROTO_TCP", libc::IPPROTO_TCP),
        ("IPPROTO_UDP", libc::IPPROTO_UDP),
        ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
        ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
        ("TCP_NODELAY", libc::TCP_NODELAY),
        ("SHUT_RD", libc::SHUT_RD),
        ("SHUT_WR", libc::SHUT_WR),
        ("SHUT_RDWR", libc::SHUT_RDWR),
        ("SOMAXCONN", libc::SOMAXCONN),
        ("MSG_PEEK", libc::MSG_PEEK),
        ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
        ("MSG_WAITALL", libc::MSG_WAITALL),
        ("AI_PASSIVE", libc::AI_PASSIVE),
        ("AI_CANONNAME", libc::AI_CANONNAME),
        ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
        ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
        ("EAI_NONAME", libc::EAI_NONAME),
        ("EAI_SERVICE", libc::EAI_SERVICE),
        ("INADDR_ANY", 0),
    ];
    for (name, v) in consts {
        m.set(intern(name), Value::Int(*v as i64));
    }
    Ok(())
}

crate::native_module!("_socket", init);
