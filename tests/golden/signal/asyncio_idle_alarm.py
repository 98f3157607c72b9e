# The loop waits with nothing to do until SIGALRM arrives.
import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.add_signal_handler(signal.SIGALRM, lambda: fut.set_result("alarm"))
    signal.alarm(1)
    print(await asyncio.wait_for(fut, 10))
    loop.remove_signal_handler(signal.SIGALRM)


asyncio.run(main())
