# corun-args: --virtual-time
# run_forever runs callbacks until stop() is called.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "first")
loop.call_later(0.01, print, "later")
loop.call_later(0.02, loop.stop)
loop.run_forever()
print("stopped", loop.is_running())
loop.close()
