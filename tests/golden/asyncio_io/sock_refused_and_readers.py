# The loop's low-level API: a refused sock_connect, add_reader/remove_reader callbacks,
# a writer, and a sock_recv cancelled while it waits.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ("127.0.0.1", port))
    except ConnectionRefusedError as e:
        print("refused", e.errno)
    s.close()

    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    fut = loop.create_future()

    def on_readable(tag):
        print("readable", tag, b.recv(10))
        print("removed:", loop.remove_reader(b))
        fut.set_result(None)

    loop.add_reader(b, on_readable, "arg")
    loop.call_later(0.01, a.send, b"later")
    await fut
    print(loop.remove_reader(b), loop.remove_writer(b))

    wrote = loop.create_future()

    def on_writable():
        loop.remove_writer(a.fileno())
        a.send(b"from the writer")
        wrote.set_result(True)

    loop.add_writer(a.fileno(), on_writable)
    await wrote
    print(await loop.sock_recv(b, 100))

    def failing():
        b.recv(10)
        raise ValueError("callback failed")

    def handler(loop, context):
        print("handler:", context["message"].split()[:3], repr(context["exception"]))

    loop.set_exception_handler(handler)
    a.send(b"x")
    loop.add_reader(b, failing)
    await asyncio.sleep(0.01)
    loop.remove_reader(b)

    t = asyncio.create_task(loop.sock_recv(b, 10))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("recv cancelled")
    a.send(b"after")
    print(await loop.sock_recv(b, 10))
    for bad in (-1, "nope"):
        try:
            loop.add_reader(bad, print)
        except ValueError as e:
            print("ValueError:", e)
    a.close()
    b.close()


asyncio.run(main())
