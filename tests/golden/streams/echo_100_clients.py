# An echo server made with start_server, and 100 clients talking to it at once.
import asyncio

served = 0


async def handle(reader, writer):
    global served
    async for line in reader:
        writer.write(line.upper())
        await writer.drain()
    served += 1
    writer.close()
    await writer.wait_closed()


async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for j in range(3):
        writer.write(f"client {i} line {j}\n".encode())
        await writer.drain()
        replies.append(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(*(client(port, i) for i in range(100)))
        while served < 100:
            await asyncio.sleep(0.01)
    print(len(results), "clients")
    print(results[0])
    print(results[99])
    print(all(r[2] == f"CLIENT {i} LINE 2\n".encode() for i, r in enumerate(results)))
    print("served", served, "serving", server.is_serving())


asyncio.run(main())
