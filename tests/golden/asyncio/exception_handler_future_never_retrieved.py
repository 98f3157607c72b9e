# The handler gets never-retrieved future exceptions with the future in the context.
import asyncio


def handler(loop, context):
    print(context["message"], "|", repr(context["exception"]), "|", repr(context["future"]))


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ValueError("unseen"))
    del f
    print("after del")


asyncio.run(main())
