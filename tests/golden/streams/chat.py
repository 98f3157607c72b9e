# A line-protocol chat server: each client names itself, then every line it sends goes to
# the others. The clients take turns, so the transcript is the same on every run.
import asyncio

clients = {}


async def broadcast(sender, text):
    for name, writer in clients.items():
        if name != sender:
            writer.write(text.encode())
            await writer.drain()


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    await broadcast(name, f"* {name} joined\n")
    try:
        while line := await reader.readline():
            msg = line.decode().strip()
            if msg == "/quit":
                break
            await broadcast(name, f"<{name}> {msg}\n")
    finally:
        del clients[name]
        await broadcast(name, f"* {name} left\n")
        writer.close()
        await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    users = {}
    for name in ["ann", "bob", "cid"]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"{name}\n".encode())
        await writer.drain()
        users[name] = (reader, writer)
        await asyncio.sleep(0.05)

    async def say(name, text):
        writer = users[name][1]
        writer.write(f"{text}\n".encode())
        await writer.drain()
        await asyncio.sleep(0.05)

    await say("ann", "hello all")
    await say("bob", "hi ann")
    await say("cid", "/quit")
    await say("ann", "bye")
    for name in ["ann", "bob"]:
        users[name][1].close()
        await users[name][1].wait_closed()
    await asyncio.sleep(0.05)
    for name, (reader, writer) in users.items():
        print(f"--- {name} saw:")
        while not reader.at_eof():
            try:
                line = await asyncio.wait_for(reader.readline(), 0.2)
            except (asyncio.TimeoutError, ConnectionError):
                break
            if not line:
                break
            print("   ", line.decode().rstrip())
    server.close()
    await server.wait_closed()
    print("connected at the end:", sorted(clients))


asyncio.run(main())
