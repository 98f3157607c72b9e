"""asyncio's subprocesses (`asyncio.subprocess`): `create_subprocess_exec`/`_shell`, `Process`,
the loop's `subprocess_exec`/`subprocess_shell` with a `SubprocessProtocol`, and the pipe
transports behind them (also the loop's `connect_read_pipe`/`connect_write_pipe`).

Written in Python over the loop's add_reader/add_writer: the child is started by the blocking
`subprocess.Popen`, its pipes are made non-blocking and watched by the loop's poller, and its
exit is noticed through a descriptor that becomes readable when it ends (`_subprocess.exit_fd`:
a pidfd), watched by the same poller. So nothing here blocks the loop or polls on a timer, and
virtual time is left alone. Loaded the first time a program uses a subprocess."""

import collections
import subprocess
import _subprocess
import asyncio as _asyncio
import asyncio.streams as _streams

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL

def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _check_pipe(fileno):
    if not _subprocess.is_pipe(fileno):
        raise ValueError("Pipe transport is for pipes/sockets only.")


# ---- pipe transports ---------------------------------------------------------------------

class _UnixReadPipeTransport(_streams._TransportEnd, _streams.ReadTransport):
    """The reading end of a pipe: what the poller says is readable goes to data_received."""

    max_size = 256 * 1024

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._paused = False
        _check_pipe(self._fileno)
        _subprocess.set_blocking(self._fileno, False)
        loop.call_soon(protocol.connection_made, self)
        # Reading starts once connection_made() has run.
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._pipe is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fileno}')
        return '<{}>'.format(' '.join(info))

    def _add_reader(self):
        if self.is_reading():
            self._loop.add_reader(self._fileno, self._read_ready)

    def is_reading(self):
        return not self._paused and not self._closing

    def _read_ready(self):
        try:
            data = _subprocess.read(self._fileno, self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
        else:
            self._closing = True
            self._loop.remove_reader(self._fileno)
            self._loop.call_soon(self._protocol.eof_received)
            self._loop.call_soon(self._call_connection_lost, None)

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop.remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop.add_reader(self._fileno, self._read_ready)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._force_close(None)

    def _force_close(self, exc):
        self._closing = True
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _release(self):
        self._pipe.close()
        self._pipe = None
        self._loop = None


class _UnixWritePipeTransport(_streams._TransportEnd, _streams._WriteBuffer,
                              _streams.WriteTransport):
    """The writing end of a pipe: writes at once, keeps what the pipe does not take until
    it is writable again, and watches the pipe for reading to learn when the reader goes."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        # Whether connection_lost is called or on its way.
        self._lost = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        _check_pipe(self._fileno)
        _subprocess.set_blocking(self._fileno, False)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(loop.add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._pipe is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fileno}')
        return '<{}>'.format(' '.join(info))

    def _read_ready(self):
        # The reader of the pipe has closed it.
        if self._lost:
            return
        if self._buffer:
            self._force_close(BrokenPipeError())
        else:
            self._force_close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._conn_lost or self._closing:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = _subprocess.write(self._fileno, data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._conn_lost += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if n == len(data):
                return
            data = memoryview(data)[n:]
            self._loop.add_writer(self._fileno, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        # Readiness seen in the same poll as the reader's end is still delivered.
        if self._lost or not self._buffer:
            return
        try:
            n = _subprocess.write(self._fileno, self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop.remove_writer(self._fileno)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        if n == len(self._buffer):
            self._buffer.clear()
            self._loop.remove_writer(self._fileno)
            self._maybe_resume_protocol()
            if self._closing:
                self._lost = True
                self._loop.remove_reader(self._fileno)
                self._call_connection_lost(None)
            return
        if n > 0:
            del self._buffer[:n]

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._lost = True
            self._loop.remove_reader(self._fileno)
            self._loop.call_soon(self._call_connection_lost, None)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._force_close(None)

    def _force_close(self, exc=None):
        if self._lost:
            return
        self._lost = True
        self._closing = True
        if self._buffer:
            self._loop.remove_writer(self._fileno)
        self._buffer.clear()
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _release(self):
        self._pipe.close()
        self._pipe = None
        self._loop = None


for _c in (_UnixReadPipeTransport, _UnixWritePipeTransport):
    _c.__module__ = 'asyncio.unix_events'


async def _loop_connect_read_pipe(loop, protocol_factory, pipe):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _UnixReadPipeTransport(loop, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _loop_connect_write_pipe(loop, protocol_factory, pipe):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _UnixWritePipeTransport(loop, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


# ---- the subprocess transport ------------------------------------------------------------

class _PipeProto(_streams.BaseProtocol):
    """The protocol of one of the child's pipes: passes what happens on to the transport."""

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f'<{self.__class__.__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)

    def eof_received(self):
        pass


class BaseSubprocessTransport(_streams.SubprocessTransport):
    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = collections.deque()
        self._pipes = {}
        self._finished = False
        self._exit_fd = -1
        if stdin == PIPE:
            self._pipes[0] = None
        if stdout == PIPE:
            self._pipes[1] = None
        if stderr == PIPE:
            self._pipes[2] = None
        try:
            self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                          stderr=stderr, universal_newlines=False,
                                          bufsize=bufsize, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            info.append('running')
        else:
            info.append('not started')
        for fd, name in ((0, 'stdin'), (1, 'stdout'), (2, 'stderr')):
            proto = self._pipes.get(fd)
            if proto is not None:
                info.append(f'{name}={proto.pipe}')
        return '<{}>'.format(' '.join(info))

    def _watch_exit(self):
        # The poller tells when the child ends: its exit descriptor becomes readable.
        self._exit_fd = _subprocess.exit_fd(self._pid)
        self._loop.add_reader(self._exit_fd, self._exit_ready)

    def _exit_ready(self):
        returncode = self._proc.poll() if self._proc is not None else None
        if returncode is None and self._proc is not None:
            return
        self._unwatch_exit()
        if returncode is not None:
            self._loop.call_soon(self._process_exited, returncode)

    def _unwatch_exit(self):
        if self._exit_fd >= 0:
            if self._loop is not None:
                self._loop.remove_reader(self._exit_fd)
            _subprocess.close(self._exit_fd)
            self._exit_fd = -1

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is None:
                continue
            proto.pipe.close()
        if (self._proc is not None and self._returncode is None
                and self._proc.poll() is None):
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        if fd in self._pipes:
            return self._pipes[fd].pipe
        return None

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    async def _connect_pipes(self, waiter):
        try:
            proc = self._proc
            loop = self._loop
            if proc.stdin is not None:
                _, pipe = await loop.connect_write_pipe(lambda: _PipeProto(self, 0),
                                                        proc.stdin)
                self._pipes[0] = pipe
            if proc.stdout is not None:
                _, pipe = await loop.connect_read_pipe(lambda: _PipeProto(self, 1),
                                                       proc.stdout)
                self._pipes[1] = pipe
            if proc.stderr is not None:
                _, pipe = await loop.connect_read_pipe(lambda: _PipeProto(self, 2),
                                                       proc.stderr)
                self._pipes[2] = pipe
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        _asyncio._label_wait(waiter, 'Process.wait()')
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._returncode is None:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._unwatch_exit()
            self._loop = None
            self._proc = None
            self._protocol = None


BaseSubprocessTransport.__module__ = 'asyncio.base_subprocess'


class _UnixSubprocessTransport(BaseSubprocessTransport):
    pass


_UnixSubprocessTransport.__module__ = 'asyncio.unix_events'


async def _make_subprocess_transport(loop, protocol, args, shell, stdin, stdout, stderr,
                                     bufsize, extra=None, **kwargs):
    waiter = loop.create_future()
    transp = _UnixSubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr,
                                      bufsize, waiter=waiter, extra=extra, **kwargs)
    transp._watch_exit()
    _asyncio._label_wait(waiter, f'the pipes of child {transp.get_pid()}')
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transp.close()
        await transp._wait()
        raise
    return transp


def _check_text_options(bufsize, text, encoding, errors):
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


async def _loop_subprocess_shell(loop, protocol_factory, cmd, *, stdin=PIPE, stdout=PIPE,
                                 stderr=PIPE, universal_newlines=False, shell=True,
                                 bufsize=0, encoding=None, errors=None, text=None,
                                 **kwargs):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if not shell:
        raise ValueError("shell must be True")
    _check_text_options(bufsize, text, encoding, errors)
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(loop, protocol, cmd, True, stdin, stdout,
                                                 stderr, bufsize, **kwargs)
    return transport, protocol


async def _loop_subprocess_exec(loop, protocol_factory, program, *args, stdin=PIPE,
                                stdout=PIPE, stderr=PIPE, universal_newlines=False,
                                shell=False, bufsize=0, encoding=None, errors=None,
                                text=None, **kwargs):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if shell:
        raise ValueError("shell must be False")
    _check_text_options(bufsize, text, encoding, errors)
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(loop, protocol, (program,) + args, False,
                                                 stdin, stdout, stderr, bufsize, **kwargs)
    return transport, protocol


# ---- streams over a subprocess -----------------------------------------------------------

class SubprocessStreamProtocol(_streams.FlowControlMixin, _streams.SubprocessProtocol):
    """Like StreamReaderProtocol, but for a subprocess: a StreamReader for each of the
    child's output pipes and a StreamWriter for its input."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = loop.create_future()

    def __repr__(self):
        info = [self.__class__.__name__]
        if self.stdin is not None:
            info.append(f'stdin={self.stdin!r}')
        if self.stdout is not None:
            info.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            info.append(f'stderr={self.stderr!r}')
        return '<{}>'.format(' '.join(info))

    def connection_made(self, transport):
        self._transport = transport
        stdout_transport = transport.get_pipe_transport(1)
        if stdout_transport is not None:
            self.stdout = _streams.StreamReader(limit=self._limit, loop=self._loop)
            self.stdout.set_transport(stdout_transport)
            self._pipe_fds.append(1)
        stderr_transport = transport.get_pipe_transport(2)
        if stderr_transport is not None:
            self.stderr = _streams.StreamReader(limit=self._limit, loop=self._loop)
            self.stderr.set_transport(stderr_transport)
            self._pipe_fds.append(2)
        stdin_transport = transport.get_pipe_transport(0)
        if stdin_transport is not None:
            self.stdin = _streams.StreamWriter(stdin_transport, self, None, self._loop)

    def pipe_data_received(self, fd, data):
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self.connection_lost(exc)
            if exc is None:
                self._stdin_closed.set_result(None)
            else:
                self._stdin_closed.set_exception(exc)
                # Waiting for it is not required: nobody need retrieve the error.
                self._stdin_closed.exception()
            return
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if len(self._pipe_fds) == 0 and self._process_exited:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Wait until the process exit and return the process return code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        try:
            self.stdin.write(input)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            # communicate() ignores a child that does not read all its input.
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        transport = self._transport.get_pipe_transport(fd)
        stream = self.stderr if fd == 2 else self.stdout
        output = await stream.read()
        transport.close()
        return output

    async def communicate(self, input=None):
        stdin = self._feed_stdin(input) if input is not None else self._noop()
        stdout = self._read_stream(1) if self.stdout is not None else self._noop()
        stderr = self._read_stream(2) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await _asyncio.gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_streams._DEFAULT_LIMIT, **kwds):
    loop = _asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
        cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_streams._DEFAULT_LIMIT, **kwds):
    loop = _asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
        program, *args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
