# An echo server and five clients on the loop's low-level socket API.
import asyncio, socket

async def handle(loop, conn):
    while True:
        data = await loop.sock_recv(conn, 1024)
        if not data:
            break
        await loop.sock_sendall(conn, data.upper())
    conn.close()

async def server(loop, srv, n):
    tasks = []
    for _ in range(n):
        conn, addr = await loop.sock_accept(srv)
        print("accepted", addr[0], conn.getblocking())
        tasks.append(asyncio.create_task(handle(loop, conn)))
    await asyncio.gather(*tasks)

async def client(loop, port, i):
    s = socket.socket()
    s.setblocking(False)
    await loop.sock_connect(s, ("127.0.0.1", port))
    await loop.sock_sendall(s, f"message {i}".encode())
    buf = bytearray(100)
    n = await loop.sock_recv_into(s, buf)
    s.close()
    return bytes(buf[:n])

async def main():
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.setblocking(False)
    port = srv.getsockname()[1]
    st = asyncio.create_task(server(loop, srv, 5))
    print(await asyncio.gather(*(client(loop, port, i) for i in range(5))))
    await st
    srv.close()

asyncio.run(main())
