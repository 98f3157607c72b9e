# Streams over a Unix socket: start_unix_server and open_unix_connection.
import asyncio
import os


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b"unix says " + data)
    await writer.drain()
    writer.close()


async def main():
    path = f"/tmp/corun-unix-socket-test-{os.getpid()}.sock"
    server = await asyncio.start_unix_server(handle, path)
    print(os.path.exists(path))
    for word in ["ping", "pong"]:
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(word.encode() + b"\n")
        print(await reader.readline())
        writer.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()
    os.unlink(path)


asyncio.run(main())
