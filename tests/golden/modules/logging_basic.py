import logging
import asyncio
logging.warning("before config %d", 1)
logging.info("hidden")
logging.basicConfig(level=logging.INFO, format="%(levelname)s - %(name)s - %(message)s")
log = logging.getLogger("app.worker")
async def work(n):
    log.info("working on %s", n)
    await asyncio.sleep(0)
    log.debug("debug hidden")
    return n
async def main():
    await asyncio.gather(work(1), work(2))
    logging.error("done: %s", [1, 2])
asyncio.run(main())
print(logging.getLogger("app.worker").getEffectiveLevel(), logging.getLevelName(30), log)
log.setLevel("WARNING")
log.info("not shown")
log.warning("shown")
