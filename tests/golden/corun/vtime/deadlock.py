# corun-args: --virtual-time --timeline
# Under virtual time a loop where every task waits and no timer is set can never go on (CPython
# would hang for ever): corun says so, draws the timeline and exits with status 1.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print("waiting for a future nobody will ever set")
    await fut


asyncio.run(main())
