# A closed loop refuses to run; closing twice is fine.
import asyncio


async def job():
    return 1


loop = asyncio.new_event_loop()
loop.close()
loop.close()
c = job()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
