# An asyncio server-like main that shuts down when it gets SIGTERM (or SIGUSR1) from itself.
import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    got = []

    def on_signal(name):
        got.append(name)
        stop.set()

    loop.add_signal_handler(signal.SIGTERM, on_signal, "TERM")
    loop.add_signal_handler(signal.SIGUSR1, on_signal, "USR1")
    print("handler:", signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN))

    async def worker():
        for i in range(100):
            await asyncio.sleep(0.01)
            if i == 3:
                os.kill(os.getpid(), signal.SIGTERM)
        return "worker finished"

    task = asyncio.create_task(worker())
    await stop.wait()
    task.cancel()
    print("got", got, "cancelled", await asyncio.gather(task, return_exceptions=True))
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
    print(signal.getsignal(signal.SIGTERM))
    stop.clear()
    signal.raise_signal(signal.SIGUSR1)
    await stop.wait()
    print("got", got)
    for bad in ("x", 0, 200, signal.SIGKILL):
        try:
            loop.add_signal_handler(bad, print)
        except Exception as e:
            print(type(e).__name__ + ":", e)

    async def coro():
        pass

    try:
        loop.add_signal_handler(signal.SIGUSR2, coro)
    except TypeError as e:
        print("TypeError:", e)
    print(loop.remove_signal_handler(signal.SIGUSR1))
    loop.add_signal_handler(signal.SIGINT, on_signal, "INT")
    stop.clear()
    signal.raise_signal(signal.SIGINT)
    await stop.wait()
    print("got", got)
    print(loop.remove_signal_handler(signal.SIGINT))
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)


asyncio.run(main())
