# corun has no TLS: whatever would need it is refused with NotImplementedError naming it,
# never a connection that is silently not encrypted.
import asyncio
import ssl

for make in (ssl.create_default_context, lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
             lambda: ssl.wrap_socket(None)):
    try:
        make()
    except NotImplementedError as e:
        print("NotImplementedError:", e)


async def main():
    try:
        await asyncio.open_connection("127.0.0.1", 9, ssl=True)
    except NotImplementedError as e:
        print("NotImplementedError:", e)


asyncio.run(main())
