# Blocking calls handed to threads while the event loop goes on: a socket read that a task
# answers later, a select on a pipe, a child process run to the end, and a plain sleep. The
# loop's own tasks keep ticking while each of them waits.
import asyncio
import os
import select
import socket
import subprocess
import sys
import time


def read_reply(sock):
    return sock.recv(100)


async def ticker(log):
    for i in range(5):
        log.append(i)
        await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    a, b = socket.socketpair()
    reader = asyncio.create_task(asyncio.to_thread(read_reply, a))
    await ticker(log)
    b.send(b"pong")
    print("socket:", await reader, "ticks meanwhile:", log)

    r, w = os.pipe()
    waiting = loop.run_in_executor(None, select.select, [r], [], [], 5)
    log.clear()
    await ticker(log)
    os.write(w, b"x")
    ready, _, _ = await waiting
    print("select:", ready == [r], "ticks meanwhile:", log)

    code = [sys.executable, "-c", "import time; time.sleep(0.05); print('child done')"]
    done, ticks = await asyncio.gather(
        asyncio.to_thread(subprocess.run, code, capture_output=True, text=True),
        ticker([]),
    )
    print("child:", done.returncode, done.stdout.strip())

    t0 = time.monotonic()
    await asyncio.gather(*(asyncio.to_thread(time.sleep, 0.1) for _ in range(4)))
    print("four sleeps of 0.1 s overlap:", time.monotonic() - t0 < 0.39)
    for fd in (r, w):
        os.close(fd)
    a.close()
    b.close()


asyncio.run(main())
