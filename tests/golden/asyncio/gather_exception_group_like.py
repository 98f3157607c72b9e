# gather with return_exceptions collects BaseExceptions other than CancelledError too.
import asyncio


class Custom(Exception):
    def __repr__(self):
        return "Custom!"


async def raiser(e):
    raise e


async def main():
    r = await asyncio.gather(raiser(Custom()), raiser(KeyError(1)), return_exceptions=True)
    print(r)


asyncio.run(main())
