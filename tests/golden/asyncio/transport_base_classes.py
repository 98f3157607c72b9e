# An in-memory transport written against asyncio's abstract transport classes, as a test
# double for a line protocol, plus the server and loop methods such code reaches for.
import asyncio


class MemoryTransport(asyncio.Transport):
    """Delivers what is written to a peer protocol, by the loop, as a socket would."""

    def __init__(self, loop, peer=None):
        super().__init__(extra={"peername": ("memory", 0)})
        self._loop = loop
        self._peer = peer
        self._protocol = None
        self._closing = False
        self.written = []

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def write(self, data):
        self.written.append(bytes(data))
        if self._peer is not None:
            self._loop.call_soon(self._peer.data_received, bytes(data))

    def close(self):
        if not self._closing:
            self._closing = True
            self._loop.call_soon(self._protocol.connection_lost, None)


class LineProtocol(asyncio.Protocol):
    def __init__(self, name, done):
        self.name = name
        self.buffer = b""
        self.done = done

    def connection_made(self, transport):
        self.transport = transport
        print(self.name, "connected to", transport.get_extra_info("peername"))

    def data_received(self, data):
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            print(self.name, "got", line.decode())

    def connection_lost(self, exc):
        print(self.name, "lost", exc)
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    receiver = LineProtocol("receiver", loop.create_future())
    t = MemoryTransport(loop, peer=receiver)
    sender = LineProtocol("sender", done)
    t.set_protocol(sender)
    sender.connection_made(t)
    receiver.connection_made(t)
    t.writelines([b"hello\n", b"wor", b"ld\n"])
    print("written", t.written, "closing", t.is_closing())
    await asyncio.sleep(0)
    t.close()
    await done
    print("closing", t.is_closing(), "protocol", type(t.get_protocol()).__name__)

    # What the abstract classes leave to a subclass.
    for call in (t.pause_reading, t.resume_reading, t.is_reading, t.get_write_buffer_size,
                 t.write_eof, t.can_write_eof, t.abort,
                 lambda: asyncio.DatagramTransport().sendto(b"x"),
                 lambda: asyncio.SubprocessTransport().get_pid(),
                 lambda: asyncio.BaseTransport().close()):
        try:
            call()
        except NotImplementedError as e:
            print("not implemented", repr(e))

    # Loop methods such code calls.
    info = await loop.getaddrinfo("127.0.0.1", 8080)
    print(sorted({ai[4] for ai in info}))
    print(loop.get_task_factory())
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TypeError:", e)

    # A server is an AbstractServer, and serves as an async context manager.
    async def handle(reader, writer):
        writer.write(await reader.readline())
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(isinstance(server, asyncio.AbstractServer), type(server).__name__,
          type(server).__module__, server.is_serving())
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"ping\n")
        print(await reader.readline())
        writer.close()
        await writer.wait_closed()
    print("serving", server.is_serving())
    print(issubclass(asyncio.SendfileNotAvailableError, RuntimeError))


asyncio.run(main())
