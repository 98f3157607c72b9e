# drain() with back-pressure: a writer far ahead of a slow reader waits in drain() until the
# transport's buffer goes under its low-water mark.
import asyncio

CHUNK = b"z" * 65536
N = 64


async def main():
    got = asyncio.get_running_loop().create_future()

    async def slow_reader(reader, writer):
        total = 0
        while True:
            data = await reader.read(65536)
            if not data:
                break
            total += len(data)
            await asyncio.sleep(0)
        got.set_result(total)
        writer.close()

    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    transport = writer.transport
    print(transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=1 << 16)
    print(transport.get_write_buffer_limits())
    waited = 0
    for _ in range(N):
        writer.write(CHUNK)
        if transport.get_write_buffer_size() > (1 << 16):
            waited += 1
        await writer.drain()
        assert transport.get_write_buffer_size() <= (1 << 16)
    print("drain had to wait:", waited > 0)
    writer.write_eof()
    print("received", await got, "of", N * len(CHUNK))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    try:
        transport.set_write_buffer_limits(high=1, low=2)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
