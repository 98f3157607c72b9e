# corun-args: --virtual-time
# Under virtual time, I/O is real while timers stay virtual: the server's 30 s pause and the
# client's 100 s timeout take no real time, and the clock reads exactly their sums.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    await asyncio.sleep(30)
    writer.write(line.upper())
    await writer.drain()
    await reader.read()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    t0 = loop.time()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    print(await reader.readline(), loop.time() - t0)
    try:
        await asyncio.wait_for(reader.readline(), 100)
    except asyncio.TimeoutError:
        print("timed out after", loop.time() - t0)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done at", loop.time() - t0)


asyncio.run(main())
