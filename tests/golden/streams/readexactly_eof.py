# StreamReader at the end of the stream: readexactly meets EOF (IncompleteReadError),
# readuntil without its separator, read() to the end, at_eof.
import asyncio


async def handle(reader, writer):
    writer.write(b"HEADER:12345|tail without newline")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readexactly(7))
    print(await reader.readuntil(b"|"))
    print(reader.at_eof())
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e)
        print(e.partial, e.expected, isinstance(e, EOFError))
    print(reader.at_eof(), await reader.read(), await reader.readline())
    reader2, writer2 = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader2.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print("readuntil:", e, e.partial[:6], e.expected)
    reader3, writer3 = await asyncio.open_connection("127.0.0.1", port)
    print(await reader3.read())
    print(await reader3.readexactly(0))
    try:
        await reader3.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader3.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    for w in (writer, writer2, writer3):
        w.close()
        await w.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
