# Echo throughput: a start_server echo server and 100 connections, each making 1,000 round
# trips of one line (100,000 messages). Prints a checksum on stdout and the rate on stderr.
import asyncio
import sys
import time

CONNECTIONS = 100
MESSAGES = 1000


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    total = 0
    for j in range(MESSAGES):
        writer.write(b"message %d from client %d\n" % (j, i))
        await writer.drain()
        total += len(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return total


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    t0 = time.perf_counter()
    totals = await asyncio.gather(*(client(port, i) for i in range(CONNECTIONS)))
    dt = time.perf_counter() - t0
    server.close()
    await server.wait_closed()
    print(CONNECTIONS * MESSAGES, "messages,", sum(totals), "bytes echoed")
    print(f"{CONNECTIONS * MESSAGES / dt:,.0f} messages/s", file=sys.stderr)


asyncio.run(main())
