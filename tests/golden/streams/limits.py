# A reader's limit: LimitOverrunError from readuntil, ValueError from readline, and the
# data left to read after them.
import asyncio


async def handle(reader, writer):
    writer.write(b"x" * 40 + b"\n" + b"short\n" + b"y" * 40 + b";rest;")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    await asyncio.sleep(0.05)
    try:
        await reader.readline()
    except ValueError as e:
        print("readline:", e)
    print(await reader.readline())
    try:
        await reader.readuntil(b";")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    print(len(await reader.read(40)), await reader.readuntil(b";"), await reader.read())
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
