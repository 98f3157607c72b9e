//! The event loop's socket methods (`sock_recv`, `sock_sendall`, `sock_accept`, …), as
//! `selector_events.py` has them: each tries the operation at once, and while the socket
//! would block, waits in its task for the descriptor to be ready (`io_api::wait_ready`).

use std::io;

use corun_macros::method;

use crate::aio::io_api::{native_coro, wait_ready};
use crate::eval::Interp;
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::value::Value;
use crate::stdlib::socket::{filled, from_sockaddr, os_err, sock_of, to_sockaddr, Sock};

fn need_sock(ip: &Interp, v: &Value) -> PyResult<()> {
    match sock_of(v) {
        Some(_) => Ok(()),
        None => ip.type_error(format!(
            "Socket expected, got {}",
            crate::eval::ops::type_name(ip, v)
        )),
    }
}

/// Retries `op` on the socket until it does not say "would block", waiting for readiness in
/// between: the body of every `sock_*` coroutine.
async fn retry<T>(
    ip: &Interp,
    sock: &Value,
    write: bool,
    what: &'static str,
    mut op: impl FnMut(&Sock) -> io::Result<T>,
) -> PyResult<T> {
    loop {
        let s = sock_of(sock).expect("checked when the coroutine was made");
        match op(s) {
            Ok(v) => return Ok(v),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                let fd = s.fd();
                wait_ready(ip, fd, write, || format!("{what}(fd {fd})")).await?;
            }
            Err(e) => return Err(os_err(ip, &e)),
        }
    }
}

/// `loop.sock_recv(sock, nbytes)`.
#[method("asyncio._UnixSelectorEventLoop", "sock_recv($self, sock, n)", style = py, defined_in = "BaseSelectorEventLoop")]
fn sock_recv(ip: &Interp, _this: &Value, sock: &Value, n: i64) -> PyResult<Value> {
    need_sock(ip, sock)?;
    let sock = sock.clone();
    let n = n.max(0) as usize;
    Ok(native_coro("sock_recv", move |ipr| {
        Box::pin(async move {
            let mut buf = crate::runtime::bytes::alloc(&ipr, n)?;
            let got = retry(&ipr, &sock, false, "sock_recv", |s| {
                s.try_op(|s| s.recv(&mut buf.spare_capacity_mut()[..n]))
            })
            .await?;
            Ok(Value::bytes(filled(&mut buf, got)))
        })
    }))
}

/// `loop.sock_recv_into(sock, buf)`.
#[method("asyncio._UnixSelectorEventLoop", "sock_recv_into($self, sock, buf)", style = py, defined_in = "BaseSelectorEventLoop")]
fn sock_recv_into(ip: &Interp, _this: &Value, sock: &Value, buf: &Value) -> PyResult<Value> {
    need_sock(ip, sock)?;
    let n = crate::eval::ops::len(ip, buf)?;
    let (sock, target) = (sock.clone(), buf.clone());
    Ok(native_coro("sock_recv_into", move |ipr| {
        Box::pin(async move {
            let mut tmp = crate::runtime::bytes::alloc(&ipr, n)?;
            let got = retry(&ipr, &sock, false, "sock_recv_into", |s| {
                s.try_op(|s| s.recv(&mut tmp.spare_capacity_mut()[..n]))
            })
            .await?;
            crate::stdlib::socket::fill(&ipr, &target, filled(&mut tmp, got))?;
            Ok(Value::Int(got as i64))
        })
    }))
}

/// `loop.sock_recvfrom(sock, bufsize)`.
#[method("asyncio._UnixSelectorEventLoop", "sock_recvfrom($self, sock, bufsize)", style = py, defined_in = "BaseSelectorEventLoop")]
fn sock_recvfrom(ip: &Interp, _this: &Value, sock: &Value, bufsize: i64) -> PyResult<Value> {
    need_sock(ip, sock)?;
    let sock = sock.clone();
    let n = bufsize.max(0) as usize;
    Ok(native_coro("sock_recvfrom", move |ipr| {
        Box::pin(async move {
            let mut buf = crate::runtime::bytes::alloc(&ipr, n)?;
            let (got, addr) = retry(&ipr, &sock, false, "sock_recvfrom", |s| {
                s.try_op(|s| s.recv_from(&mut buf.spare_capacity_mut()[..n]))
            })
            .await?;
            Ok(Value::tuple(vec![
                Value::bytes(filled(&mut buf, got)),
                from_sockaddr(&addr),
            ]))
        })
    }))
}

/// `loop.sock_sendall(sock, data)`.
#[method("asyncio._UnixSelectorEventLoop", "sock_sendall($self, sock, data)", style = py, defined_in = "BaseSelectorEventLoop")]
fn sock_sendall(ip: &Interp, _this: &Value, sock: &Value, data: Buf) -> PyResult<Value> {
    need_sock(ip, sock)?;
    let sock = sock.clone();
    let data = data.to_vec();
    Ok(native_coro("sock_sendall", move |ipr| {
        Box::pin(async move {
            let mut at = 0;
            while at < data.len() {
                at += retry(&ipr, &sock, true, "sock_sendall", |s| {
                    s.try_op(|s| s.send_with_flags(&data[at..], libc::MSG_NOSIGNAL))
                })
                .await?;
            }
            Ok(Value::None)
        })
    }))
}

/// `loop.sock_sendto(sock, data, address)`.
#[method(
    "asyncio._UnixSelectorEventLoop",
    "sock_sendto($self, sock, data, address)",
    style = py, defined_in = "BaseSelectorEventLoop"
)]
fn sock_sendto(
    ip: &Interp,
    _this: &Value,
    sock: &Value,
    data: Buf,
    address: &Value,
) -> PyResult<Value> {
    need_sock(ip, sock)?;
    let family = sock_of(sock).map_or(libc::AF_INET, |s| s.family);
    let addr = to_sockaddr(ip, family, address)?;
    let sock = sock.clone();
    let data = data.to_vec();
    Ok(native_coro("sock_sendto", move |ipr| {
        Box::pin(async move {
            let n = retry(&ipr, &sock, true, "sock_sendto", |s| {
                s.try_op(|s| s.send_to(&data, &addr))
            })
            .await?;
            Ok(Value::Int(n as i64))
        })
    }))
}

/// `loop.sock_accept(sock)`: `(conn, address)`, the new socket non-blocking.
#[method("asyncio._UnixSelectorEventLoop", "sock_accept($self, sock)", style = py, defined_in = "BaseSelectorEventLoop")]
fn sock_accept(ip: &Interp, _this: &Value, sock: &Value) -> PyResult<Value> {
    need_sock(ip, sock)?;
    let sock = sock.clone();
    Ok(native_coro("sock_accept", move |ipr| {
        Box::pin(async move {
            let (conn, addr) = retry(&ipr, &sock, false, "sock_accept", |s| {
                s.try_op(|s| s.accept())
            })
            .await?;
            let s = sock_of(&sock).expect("a socket");
            let conn = Sock::wrap(&ipr, conn, s.family, s.kind, s.proto)?;
            if let Some(c) = sock_of(&conn) {
                c.timeout.set(Some(0.0));
            }
            Ok(Value::tuple(vec![conn, from_sockaddr(&addr)]))
        })
    }))
}

/// `OSError(err, f'Connect call failed {address}')`, of the subclass the errno names.
fn connect_failed(ip: &Interp, errno: i32, address: &Value) -> PyResult<Exc> {
    let r = crate::runtime::repr::repr(ip, address)?;
    let strerror = format!("Connect call failed {r}");
    let kind = crate::runtime::exceptions::os_error_kind(errno as i64);
    Ok(Exc(crate::runtime::exceptions::ExcObj::new(
        ip.exc_class(kind).clone(),
        vec![Value::Int(errno as i64), Value::string(strerror)],
    )))
}

/// `loop.sock_connect(sock, address)`.
#[method("asyncio._UnixSelectorEventLoop", "sock_connect($self, sock, address)", style = py, defined_in = "BaseSelectorEventLoop")]
fn sock_connect(ip: &Interp, _this: &Value, sock: &Value, address: &Value) -> PyResult<Value> {
    need_sock(ip, sock)?;
    let family = sock_of(sock).map_or(libc::AF_INET, |s| s.family);
    let addr = to_sockaddr(ip, family, address)?;
    let (sock, address) = (sock.clone(), address.clone());
    Ok(native_coro("sock_connect", move |ipr| {
        Box::pin(async move {
            let ip = &*ipr;
            let s = sock_of(&sock).expect("a socket");
            match s.try_op(|s| s.connect(&addr)) {
                Ok(()) => return Ok(Value::None),
                Err(e)
                    if e.raw_os_error() == Some(libc::EINPROGRESS)
                        || e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(os_err(ip, &e)),
            }
            let fd = s.fd();
            wait_ready(ip, fd, true, || format!("sock_connect(fd {fd})")).await?;
            let s = sock_of(&sock).expect("a socket");
            match s.try_op(|s| s.take_error()) {
                Ok(None) => Ok(Value::None),
                Ok(Some(e)) | Err(e) => {
                    Err(connect_failed(ip, e.raw_os_error().unwrap_or(0), &address)?)
                }
            }
        })
    }))
}
