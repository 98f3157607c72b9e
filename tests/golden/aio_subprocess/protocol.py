# loop.subprocess_exec with a SubprocessProtocol: the calls a protocol receives, in order.
import asyncio


class Collector(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {1: b"", 2: b""}

    def connection_made(self, transport):
        self.events.append("connection_made")
        self.transport = transport

    def pipe_data_received(self, fd, data):
        self.data[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(f"pipe_connection_lost({fd}, {exc!r})")

    def process_exited(self):
        self.events.append(f"process_exited({self.transport.get_returncode()})")

    def connection_lost(self, exc):
        self.events.append(f"connection_lost({exc!r})")
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(
        lambda: Collector(done), "sh", "-c", "echo to-out; echo to-err >&2; exit 2",
        stdin=None)
    print("pid ok:", transport.get_pid() > 0)
    print("stdin pipe:", transport.get_pipe_transport(0))
    await done
    for e in proto.events:
        if not e.startswith("pipe_connection_lost"):
            print(e)
    print(sorted(e for e in proto.events if e.startswith("pipe_connection_lost")))
    print(proto.data)
    print("returncode:", transport.get_returncode())
    print("closing:", transport.is_closing())
    transport.close()

    done = loop.create_future()
    transport, proto = await loop.subprocess_shell(
        lambda: Collector(done), "cat", stderr=None)
    transport.get_pipe_transport(0).write(b"fed through the transport")
    transport.get_pipe_transport(0).close()
    await done
    print(proto.data[1], transport.get_returncode())
    transport.close()


asyncio.run(main())
