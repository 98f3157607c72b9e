# A client meets a refused connection (a port just closed) and a connection the server
# resets (closed with unread data and SO_LINGER 0).
import asyncio
import socket


async def main():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, e.errno, str(e).startswith("[Errno 111] Connect call failed"))

    async def handle(reader, writer):
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, (1).to_bytes(4, "little") + (0).to_bytes(4, "little"))
        writer.transport.abort()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.1)
    try:
        data = await reader.read(100)
        print("read:", data)
    except ConnectionResetError as e:
        print("reset:", type(e).__name__, e.errno)
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionResetError:
        print("wait_closed: reset")
    server.close()
    await server.wait_closed()


asyncio.run(main())
