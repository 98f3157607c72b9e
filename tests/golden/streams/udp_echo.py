# A UDP echo with create_datagram_endpoint and DatagramProtocol.
import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        print("server got", data)
        self.transport.sendto(data[::-1], addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self, messages, done):
        self.messages = messages
        self.done = done
        self.replies = []

    def connection_made(self, transport):
        self.transport = transport
        for m in self.messages:
            transport.sendto(m)

    def datagram_received(self, data, addr):
        self.replies.append(data)
        if len(self.replies) == len(self.messages):
            self.transport.close()

    def connection_lost(self, exc):
        self.done.set_result(self.replies)


async def main():
    loop = asyncio.get_running_loop()
    transport, server = await loop.create_datagram_endpoint(EchoServer, local_addr=("127.0.0.1", 0))
    addr = transport.get_extra_info("sockname")
    done = loop.create_future()
    messages = [b"one", b"two", b"three"]
    await loop.create_datagram_endpoint(lambda: Client(messages, done), remote_addr=addr)
    print(await done)
    transport.close()
    await asyncio.sleep(0)


asyncio.run(main())
