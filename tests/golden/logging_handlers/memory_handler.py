# Buffering debug records and writing them out only when an error happens.
import logging
import logging.handlers
import sys

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
mem = logging.handlers.MemoryHandler(capacity=5, flushLevel=logging.ERROR, target=target)
log = logging.getLogger("req")
log.setLevel(logging.DEBUG)
log.propagate = False
log.addHandler(mem)
log.debug("parsing request")
log.info("user=%s", "ann")
print("buffered:", len(mem.buffer))
log.error("database timeout")
print("after error:", len(mem.buffer))
for i in range(7):
    log.debug("step %d", i)
print("after steps:", len(mem.buffer))
mem.setTarget(None)
log.critical("no target")
print("kept:", len(mem.buffer))
mem.setTarget(target)
mem.close()
print("closed:", len(mem.buffer), mem.target)

noflush = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
log.addHandler(noflush)
log.removeHandler(mem)
log.info("dropped on close")
noflush.close()
print(len(noflush.buffer), mem.capacity, mem.flushLevel, noflush.flushOnClose)
