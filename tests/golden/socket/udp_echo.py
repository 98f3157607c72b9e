# A UDP echo: sendto/recvfrom between two datagram sockets on the loopback address.
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", 0))
addr = server.getsockname()
print(addr[0], type(addr[1]).__name__)
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
    for word in ["alpha", "beta", "gamma"]:
        client.sendto(word.encode(), addr)
        data, peer = server.recvfrom(1024)
        print(data, peer == client.getsockname())
        server.sendto(data[::-1], peer)
        reply, frm = client.recvfrom(1024)
        print(reply, frm == addr)
server.close()
