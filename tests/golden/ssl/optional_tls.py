# A client with an optional secure mode: importing ssl and reading its constants works;
# asking for TLS is refused with NotImplementedError (corun has no TLS).
import argparse
import asyncio
import ssl


def make_context(secure):
    if not secure:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.check_hostname = False
    return ctx


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main(secure):
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=make_context(secure))
    writer.write(b"hello over plain tcp\n")
    print((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


parser = argparse.ArgumentParser()
parser.add_argument("--tls", action="store_true")
args = parser.parse_args([])
asyncio.run(main(args.tls))

print(ssl.CERT_NONE, repr(ssl.CERT_REQUIRED), int(ssl.PROTOCOL_TLS_CLIENT))
print(ssl.TLSVersion.TLSv1_2 < ssl.TLSVersion.TLSv1_3, ssl.Purpose.SERVER_AUTH.name)
print(issubclass(ssl.SSLError, OSError), issubclass(ssl.CertificateError, ValueError))
print(ssl.SSLCertVerificationError is ssl.CertificateError)
print(len(ssl.RAND_bytes(16)))
der = b"\x30\x03\x02\x01\x05"
pem = ssl.DER_cert_to_PEM_cert(der)
print(pem.splitlines()[0], ssl.PEM_cert_to_DER_cert(pem) == der)
try:
    raise ssl.SSLWantReadError(2, "The operation did not complete")
except ssl.SSLError as e:
    print(type(e).__name__, e.errno, e)
