"""asyncio's protocols, socket transports, servers and streams, built on the loop's
add_reader/add_writer and sock_connect (written natively). Loaded the first time a program
uses one of these names, so that `import asyncio` costs no more for programs without I/O.

The loop's create_connection, create_server, create_unix_connection, create_unix_server and
create_datagram_endpoint call the _loop_* functions here."""

import collections
import socket as _socket
import asyncio as _asyncio

_DEFAULT_LIMIT = 2 ** 16


# ---- exceptions --------------------------------------------------------------------------

class IncompleteReadError(EOFError):
    """The stream ended before the expected bytes were read: `partial` holds what was."""

    def __init__(self, partial, expected):
        what = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {what} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """The separator was not found within the reader's limit: `consumed` bytes are pending."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


IncompleteReadError.__module__ = 'asyncio.exceptions'
LimitOverrunError.__module__ = 'asyncio.exceptions'
SendfileNotAvailableError.__module__ = 'asyncio.exceptions'


# ---- protocols and transports ------------------------------------------------------------

class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


for _c in (BaseProtocol, Protocol, BufferedProtocol, DatagramProtocol, SubprocessProtocol):
    _c.__module__ = 'asyncio.protocols'


class BaseTransport:
    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def get_write_buffer_limits(self):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    pass


class DatagramTransport(BaseTransport):
    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


for _c in (BaseTransport, ReadTransport, WriteTransport, Transport, DatagramTransport,
           SubprocessTransport):
    _c.__module__ = 'asyncio.transports'


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class _TransportEnd:
    """How every transport over a descriptor ends (the socket, datagram and pipe ones): a
    fatal error is reported and ends the transport at once (`_force_close`);
    `connection_lost` runs, then the transport lets go of what it holds (`_release`)."""

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        # Connection errors and broken pipes are part of a network's or a child's life:
        # CPython reports only the others.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._release()
            self._protocol = None


class _WriteBuffer:
    """The write buffer's flow control shared by the socket and pipe transports: `_buffer`,
    `_high_water`/`_low_water`, and the protocol paused above the one and resumed at the
    other."""

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low
        self._maybe_pause_protocol()

    def _maybe_pause_protocol(self):
        if len(self._buffer) <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.pause_writing() failed',
                'exception': exc, 'transport': self, 'protocol': self._protocol})

    def _maybe_resume_protocol(self):
        if self._protocol_paused and len(self._buffer) <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc, 'transport': self, 'protocol': self._protocol})


class _SocketTransport(_TransportEnd, _WriteBuffer, Transport):
    """A stream socket's transport: reads when the poller says the socket is readable, writes
    at once and keeps what the socket does not take until it is writable again."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra)
        self._extra['socket'] = sock
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._eof = False
        self._paused = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        if server is not None:
            server._attach()
        if sock.family != _socket.AF_UNIX and sock.type == _socket.SOCK_STREAM:
            try:
                sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
            except OSError:
                pass
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        state = ' closing' if self._closing else ''
        return f'<_SelectorSocketTransport fd={self._sock_fd}{state}>'

    def _add_reader(self):
        if not self._paused and not self._closing:
            self._loop.add_reader(self._sock_fd, self._read_ready)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop.remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop.add_reader(self._sock_fd, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            # The other way may still be written: stop reading only.
            self._loop.remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            if n == len(data):
                return
            data = memoryview(data)[n:]
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        if n:
            del self._buffer[:n]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(_socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(_socket.SHUT_WR)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _release(self):
        self._sock.close()
        self._sock = None
        server = self._server
        if server is not None:
            server._detach()
            self._server = None


class _DatagramTransport(_TransportEnd, DatagramTransport):
    """A datagram socket's transport: each datagram read goes to datagram_received."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, address=None, waiter=None):
        super().__init__({'socket': sock})
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        try:
            self._extra['peername'] = sock.getpeername()
        except OSError:
            self._extra['peername'] = None
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._address = address
        self._buffer = collections.deque()
        self._closing = False
        self._conn_lost = 0
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(loop.add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return sum(len(data) for data, _ in self._buffer)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop.add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _release(self):
        self._sock.close()
        self._sock = None


# ---- servers -----------------------------------------------------------------------------

class AbstractServer:
    """Abstract server returned by create_server()."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


AbstractServer.__module__ = 'asyncio.events'


class Server(AbstractServer):
    """What create_server and start_server return: the listening sockets and their clients."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._active_count = 0
        self._waiters = []
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop.add_reader(sock.fileno(), self._accept_ready, sock)

    def _accept_ready(self, sock):
        for _ in range(self._backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self._loop.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': sock,
                })
                return
            self._loop.create_task(self._accept_connection(conn, addr))

    async def _accept_connection(self, conn, addr):
        protocol = None
        transport = None
        try:
            protocol = self._protocol_factory()
            waiter = self._loop.create_future()
            transport = _SocketTransport(self._loop, conn, protocol, waiter,
                                         {'peername': addr}, self)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Error on transport creation for incoming connection',
                'exception': exc,
                'protocol': protocol,
                'transport': transport,
            })

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop.remove_reader(sock.fileno())
        self._serving = False
        for sock in sockets:
            sock.close()
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await _asyncio.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except _asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


Server.__module__ = 'asyncio.base_events'


# ---- the loop's connection methods -------------------------------------------------------

async def _connection_transport(loop, sock, protocol_factory, extra=None):
    sock.setblocking(False)
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SocketTransport(loop, sock, protocol, waiter, extra)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _loop_getaddrinfo(loop, host, port, *, family=0, type=0, proto=0, flags=0):
    import socket
    return await loop.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                      proto, flags)


async def _loop_create_connection(loop, protocol_factory, host=None, port=None, *, ssl=None,
                                  family=0, proto=0, flags=0, sock=None, local_addr=None,
                                  server_hostname=None, ssl_handshake_timeout=None,
                                  ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                  interleave=None):
    if ssl:
        raise NotImplementedError('create_connection(ssl=...): corun has no TLS')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        infos = _socket.getaddrinfo(host, port, family, _socket.SOCK_STREAM, proto, flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        errors = []
        for af, kind, pr, _, address in infos:
            sock = _socket.socket(af, kind, pr)
            sock.setblocking(False)
            try:
                if local_addr is not None:
                    sock.bind(local_addr)
                await loop.sock_connect(sock, address)
                break
            except OSError as exc:
                errors.append(exc)
                sock.close()
                sock = None
            except BaseException:
                sock.close()
                raise
        if sock is None:
            if len(errors) == 1 or all(str(e) == str(errors[0]) for e in errors):
                raise errors[0]
            raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in errors)))
    elif sock is None:
        raise ValueError('host and port was not specified and no sock specified')
    elif sock.type != _socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    return await _connection_transport(loop, sock, protocol_factory)


async def _loop_create_server(loop, protocol_factory, host=None, port=None, *,
                              family=_socket.AF_UNSPEC, flags=_socket.AI_PASSIVE, sock=None,
                              backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                              ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                              start_serving=True):
    if ssl:
        raise NotImplementedError('create_server(ssl=...): corun has no TLS')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = True
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not hasattr(host, '__iter__'):
            hosts = [host]
        else:
            hosts = list(host)
        infos = []
        for h in hosts:
            for info in _socket.getaddrinfo(h, port, family, _socket.SOCK_STREAM, 0, flags):
                if info not in infos:
                    infos.append(info)
        sockets = []
        try:
            for af, kind, proto, _, address in infos:
                try:
                    sock = _socket.socket(af, kind, proto)
                except OSError:
                    continue
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEPORT, 1)
                if af == _socket.AF_INET6:
                    sock.setsockopt(_socket.IPPROTO_IPV6, _socket.IPV6_V6ONLY, True)
                try:
                    sock.bind(address)
                except OSError as err:
                    raise OSError(err.errno, 'error while attempting to bind on address '
                                  '%r: %s' % (address, err.strerror.lower())) from None
        except BaseException:
            for s in sockets:
                s.close()
            raise
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        if sock.type != _socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sockets = [sock]
    for s in sockets:
        s.setblocking(False)
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        # One turn of the loop, so that the listening sockets are watched before returning.
        await _asyncio.sleep(0)
    return server


async def _loop_create_unix_connection(loop, protocol_factory, path=None, *, ssl=None,
                                       sock=None, server_hostname=None,
                                       ssl_handshake_timeout=None,
                                       ssl_shutdown_timeout=None):
    if ssl:
        raise NotImplementedError('create_unix_connection(ssl=...): corun has no TLS')
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM, 0)
        try:
            sock.setblocking(False)
            await loop.sock_connect(sock, path)
        except BaseException:
            sock.close()
            raise
    elif sock is None:
        raise ValueError('no path and sock were specified')
    return await _connection_transport(loop, sock, protocol_factory)


async def _loop_create_unix_server(loop, protocol_factory, path=None, *, sock=None,
                                   backlog=100, ssl=None, ssl_handshake_timeout=None,
                                   ssl_shutdown_timeout=None, start_serving=True):
    if ssl:
        raise NotImplementedError('create_unix_server(ssl=...): corun has no TLS')
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            sock.bind(path)
        except OSError as exc:
            sock.close()
            raise
    elif sock is None:
        raise ValueError('path was not specified, and no sock specified')
    sock.setblocking(False)
    server = Server(loop, [sock], protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await _asyncio.sleep(0)
    return server


async def _loop_create_datagram_endpoint(loop, protocol_factory, local_addr=None,
                                         remote_addr=None, *, family=0, proto=0, flags=0,
                                         reuse_port=None, allow_broadcast=None, sock=None):
    if sock is not None:
        if local_addr or remote_addr or family or proto or flags:
            raise ValueError('socket modifier keyword arguments can not be used '
                             'when sock is specified.')
        sock.setblocking(False)
        address = None
    else:
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            sock = _socket.socket(family, _socket.SOCK_DGRAM, proto)
        else:
            where = local_addr or remote_addr
            infos = _socket.getaddrinfo(where[0], where[1], family, _socket.SOCK_DGRAM,
                                        proto, flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            af, kind, pr, _, _ = infos[0]
            sock = _socket.socket(af, kind, pr)
        try:
            if reuse_port:
                sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEPORT, 1)
            if allow_broadcast:
                sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_BROADCAST, 1)
            sock.setblocking(False)
            if local_addr:
                sock.bind(local_addr)
            if remote_addr:
                await loop.sock_connect(sock, remote_addr)
        except BaseException:
            sock.close()
            raise
        address = remote_addr
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _DatagramTransport(loop, sock, protocol, address, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


# ---- streams -----------------------------------------------------------------------------

class StreamReader:
    """Bytes received, buffered until a read asks for them."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = _asyncio.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            waiter.set_result(None)

    def set_transport(self, transport):
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if (self._transport is not None and not self._paused
                and len(self._buffer) > 2 * self._limit):
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    async def _wait_for_data(self, func_name, what):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        # `what` names the wait in timelines and traces.
        _asyncio._label_wait(self._waiter, what)
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        try:
            return await self._readuntil(b'\n', 'StreamReader.readline()')
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(b'\n', e.consumed):
                del self._buffer[:e.consumed + 1]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b'\n'):
        return await self._readuntil(separator, 'StreamReader.readuntil()')

    async def _readuntil(self, separator, what):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        # Where the search goes on from: the bytes before it cannot start the separator.
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                found = self._buffer.find(separator, offset)
                if found != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil', what)
        if found > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', found)
        end = found + seplen
        chunk = bytes(self._buffer[:end])
        del self._buffer[:end]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read', 'StreamReader.read()')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly', 'StreamReader.readexactly()')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class FlowControlMixin(Protocol):
    """What StreamWriter.drain() waits on: pause_writing(), resume_writing() and
    connection_lost() of a protocol (a subclass that overrides them calls these)."""

    def __init__(self, loop=None):
        self._loop = _asyncio.get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = collections.deque()
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, Protocol):
    """Feeds a StreamReader from a transport, and makes the writer for a server's callback."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._reader = stream_reader
        self._stream_writer = None
        self._client_connected_cb = client_connected_cb
        self._task = None
        self._transport = None
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        self._reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, self._reader, self._loop)
            res = self._client_connected_cb(self._reader, self._stream_writer)
            if _asyncio.iscoroutine(res):
                self._task = self._loop.create_task(res)

                def callback(task):
                    # As in CPython 3.11, a cancelled handler makes exception() raise here.
                    exc = task.exception()
                    if exc is not None:
                        self._loop.call_exception_handler({
                            'message': 'Unhandled exception in client_connected_cb',
                            'exception': exc,
                            'transport': transport,
                        })
                        transport.close()

                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        if self._reader is not None:
            if exc is None:
                self._reader.feed_eof()
            else:
                self._reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                # Retrieved here, as CPython's finalizer does: nobody may wait for it.
                self._closed.exception()
        super().connection_lost(exc)
        self._reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        if self._reader is not None:
            self._reader.feed_data(data)

    def eof_received(self):
        if self._reader is not None:
            self._reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """Writes to a transport; drain() waits while the transport's buffer is over its limit."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    async def start_tls(self, sslcontext, *, server_hostname=None,
                        ssl_handshake_timeout=None):
        raise NotImplementedError('corun does not support StreamWriter.start_tls()')

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            # Let connection_lost run first, so that the error below is the right one.
            await _asyncio.sleep(0)
        await self._protocol._drain_helper()


for _c in (StreamReader, FlowControlMixin, StreamReaderProtocol, StreamWriter):
    _c.__module__ = 'asyncio.streams'


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = _asyncio.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    loop = _asyncio.get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_server(factory, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = _asyncio.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = _asyncio.get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_unix_server(factory, path, **kwds)
