# A Protocol-based server and client with create_server/create_connection: the callbacks in
# order, get_extra_info, write_eof and the end of the connection.
import asyncio


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection from", transport.get_extra_info("peername")[0])

    def data_received(self, data):
        print("server: got", data)
        self.transport.write(data.upper())

    def eof_received(self):
        print("server: eof")
        self.transport.write(b"bye\n")
        self.transport.close()

    def connection_lost(self, exc):
        print("server: lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = b""

    def connection_made(self, transport):
        print("client: connected", transport.is_closing())
        transport.write(b"hello ")
        transport.writelines([b"protocol ", b"world\n"])
        print("client: can write eof", transport.can_write_eof())

    def data_received(self, data):
        self.received += data

    def eof_received(self):
        print("client: eof")

    def connection_lost(self, exc):
        print("client: lost", exc)
        self.done.set_result(self.received)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Upper, "127.0.0.1", 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    print(isinstance(transport, asyncio.Transport), isinstance(protocol, asyncio.Protocol))
    await asyncio.sleep(0.05)
    transport.write_eof()
    print("client got:", await done)
    print(transport.is_closing())
    try:
        transport.write(b"x")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        transport.write("text")
    except TypeError as e:
        print("TypeError:", e)
    server.close()
    await server.wait_closed()
    print("closed", server.is_serving(), server.sockets)


asyncio.run(main())
