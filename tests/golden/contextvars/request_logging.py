# A realistic use: a request id carried into log lines across awaits and helpers.
import asyncio
import contextvars

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
lines = []


def log(msg):
    lines.append(f"[{request_id.get()}] {msg}")


async def db_query(q):
    log(f"query {q}")
    await asyncio.sleep(0.001)
    return len(q)


async def handle_request(rid, path):
    token = request_id.set(rid)
    try:
        log(f"start {path}")
        n = await db_query(path)
        log(f"done {n}")
    finally:
        request_id.reset(token)
    log("after reset")


async def main():
    log("server up")
    await asyncio.gather(handle_request("r1", "/a"), handle_request("r2", "/bb"))
    log("server down")


asyncio.run(main())
for line in sorted(lines):
    print(line)
