# serve_forever until a client asks the server to stop; the server's handler tasks, close,
# wait_closed, and serve_forever on a closed server.
import asyncio

stop = None


async def handle(reader, writer):
    cmd = (await reader.readline()).strip()
    if cmd == b"stop":
        writer.write(b"stopping\n")
        stop.set()
    else:
        writer.write(b"echo " + cmd + b"\n")
    await writer.drain()
    writer.close()


async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text.encode() + b"\n")
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply


async def main():
    global stop
    stop = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print("serving before:", server.is_serving())
    port = server.sockets[0].getsockname()[1]
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving:", server.is_serving())
    print(await ask(port, "one"), await ask(port, "two"))
    print(await ask(port, "stop"))
    await stop.wait()
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print("serving after:", server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is ")[1])
    try:
        await ask(port, "again")
    except ConnectionRefusedError:
        print("refused after close")


asyncio.run(main())
