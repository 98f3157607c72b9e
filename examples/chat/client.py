"""A chat client for examples/chat/server.py.

    corun examples/chat/client.py 8888 ann

Lines typed are sent; lines from the others are printed as they come. `/quit` or Ctrl-D
leaves. Run without arguments, it starts a server of its own and chats with a scripted user.
"""

import asyncio
import sys


async def chat(port, name, lines=None):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(name.encode() + b"\n")
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def on_input():
        line = sys.stdin.readline()
        if not line or line.strip() == "/quit":
            loop.remove_reader(sys.stdin.fileno())
            writer.write(b"/quit\n")
            if not done.done():
                done.set_result(None)
            return
        writer.write(line.encode())

    async def show():
        async for line in reader:
            print(line.decode().rstrip())
        if not done.done():
            done.set_result(None)

    shower = asyncio.create_task(show())
    if lines is None:
        loop.add_reader(sys.stdin.fileno(), on_input)
    else:
        for line in lines:
            writer.write(line.encode() + b"\n")
            await writer.drain()
            await asyncio.sleep(0.05)
        writer.write(b"/quit\n")
        done.set_result(None)
    await done
    await writer.drain()
    writer.close()
    await shower


async def demo():
    from server import ChatServer

    server = await ChatServer().start(0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"eve\n")
    await asyncio.sleep(0.05)
    await chat(port, "dan", ["hello eve", "/who"])
    writer.write(b"bye dan\n")
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    if len(sys.argv) > 2:
        asyncio.run(chat(int(sys.argv[1]), sys.argv[2]))
    else:
        asyncio.run(demo())
