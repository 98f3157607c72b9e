"""A line-protocol chat server on asyncio streams.

    corun examples/chat/server.py 8888        # serve on port 8888 until Ctrl-C
    corun examples/chat/client.py 8888 ann    # in other terminals, one per user

Each client first sends its name, then lines; every line goes to all the other clients.
`/who` lists who is there, `/quit` leaves. Run without a port, the server shows itself
with two scripted users and stops.
"""

import asyncio
import sys


class ChatServer:
    def __init__(self):
        self.users = {}

    async def send(self, writer, text):
        writer.write(text.encode() + b"\n")
        try:
            await writer.drain()
        except ConnectionError:
            pass

    async def broadcast(self, sender, text):
        for name, writer in list(self.users.items()):
            if name != sender:
                await self.send(writer, text)

    async def handle(self, reader, writer):
        line = await reader.readline()
        name = line.decode().strip() or "anonymous"
        if name in self.users:
            await self.send(writer, f"* the name {name} is taken")
            writer.close()
            return
        self.users[name] = writer
        print(f"{name} joined")
        await self.broadcast(name, f"* {name} joined")
        try:
            async for line in reader:
                text = line.decode().strip()
                if text == "/quit":
                    break
                if text == "/who":
                    await self.send(writer, "* here: " + ", ".join(sorted(self.users)))
                elif text:
                    await self.broadcast(name, f"<{name}> {text}")
        except ConnectionError:
            pass
        finally:
            del self.users[name]
            print(f"{name} left")
            await self.broadcast(name, f"* {name} left")
            writer.close()

    async def start(self, port):
        return await asyncio.start_server(self.handle, "127.0.0.1", port)


async def demo():
    chat = ChatServer()
    server = await chat.start(0)
    port = server.sockets[0].getsockname()[1]
    ann = await asyncio.open_connection("127.0.0.1", port)
    bob = await asyncio.open_connection("127.0.0.1", port)
    for (reader, writer), words in ((ann, ["ann"]), (bob, ["bob", "hello ann", "/who"]),
                                     (ann, ["hi bob", "/quit"])):
        for w in words:
            writer.write(w.encode() + b"\n")
            await writer.drain()
            await asyncio.sleep(0.05)
    bob[1].close()
    await asyncio.sleep(0.05)
    for who, (reader, _) in (("ann", ann), ("bob", bob)):
        print(f"--- {who} saw:")
        async for line in reader:
            print("   ", line.decode().rstrip())
    server.close()
    await server.wait_closed()


async def serve(port):
    server = await ChatServer().start(port)
    print(f"chat server on 127.0.0.1:{port}, Ctrl-C to stop")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        try:
            asyncio.run(serve(int(sys.argv[1])))
        except KeyboardInterrupt:
            print("stopped")
    else:
        asyncio.run(demo())
