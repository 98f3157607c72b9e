# loop.connect_read_pipe / connect_write_pipe over the pipes of a blocking Popen.
import asyncio
import subprocess


class Lines(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.buffer = b""
        self.events = []

    def connection_made(self, transport):
        self.events.append("made")

    def data_received(self, data):
        self.buffer += data

    def eof_received(self):
        self.events.append("eof")

    def connection_lost(self, exc):
        self.events.append(f"lost {exc!r}")
        self.done.set_result(self.buffer)


async def main():
    loop = asyncio.get_running_loop()
    proc = subprocess.Popen(["sh", "-c", "for w in alpha beta gamma; do echo $w; sleep 0.05; done"],
                            stdout=subprocess.PIPE)
    done = loop.create_future()
    transport, proto = await loop.connect_read_pipe(lambda: Lines(done), proc.stdout)
    print("reading:", transport.is_reading(), transport.get_extra_info("pipe") is proc.stdout)
    data = await done
    print(data.decode().split(), proto.events, transport.is_closing())
    print("exit:", proc.wait())

    # Writing into a child's stdin through a write pipe transport.
    proc = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    transport, _ = await loop.connect_write_pipe(asyncio.BaseProtocol, proc.stdin)
    transport.write(b"written ")
    transport.writelines([b"in ", b"parts\n"])
    print("can write eof:", transport.can_write_eof(), "buffered:",
          transport.get_write_buffer_size())
    transport.close()
    await asyncio.sleep(0.05)
    print(proc.stdout.read(), proc.wait())

    try:
        with open(__file__, "rb") as f:
            await loop.connect_read_pipe(asyncio.Protocol, f)
    except ValueError as e:
        print("regular file:", e)


asyncio.run(main())
