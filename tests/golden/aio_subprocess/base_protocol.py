# The base SubprocessProtocol ignores every event; a subclass overrides only what it needs.
import asyncio


class ExitOnly(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def process_exited(self):
        print("process exited")

    def connection_lost(self, exc):
        self.done.set_result(exc)


async def main():
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_exec(asyncio.SubprocessProtocol, "true")
    print("stdout pipe:", transport.get_pipe_transport(1) is not None,
          "stdin pipe:", transport.get_pipe_transport(0) is not None)
    print(type(transport.get_extra_info("subprocess")).__name__)
    await asyncio.sleep(0.2)
    print("returncode:", transport.get_returncode())
    transport.close()
    print("closing:", transport.is_closing())

    done = loop.create_future()
    transport, _ = await loop.subprocess_shell(lambda: ExitOnly(done), "echo ignored; exit 9")
    print("lost with:", await done, transport.get_returncode())
    transport.close()
    p = asyncio.SubprocessProtocol()
    print(p.pipe_data_received(1, b"x"), p.pipe_connection_lost(1, None), p.process_exited())


asyncio.run(main())
