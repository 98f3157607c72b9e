# Logging through a queue: QueueHandler in the application, QueueListener writing out.
import logging
import logging.handlers
import queue
import sys

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log = logging.getLogger("worker")
log.setLevel(logging.DEBUG)
log.propagate = False
log.addHandler(qh)
log.info("job %s started", "42")
log.warning("low disk: %d%%", 93)
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    log.exception("job failed")
print(q.qsize())
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.levelname, rec.exc_info)
q.put_nowait(rec)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("OUT %(levelname)s %(message)s"))
errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel(logging.ERROR)
errors_only.setFormatter(logging.Formatter("ERR %(message)s"))
listener = logging.handlers.QueueListener(q, out, errors_only, respect_handler_level=True)
log.debug("debug goes through")
# The listener's own loop, run here rather than on its thread.
q.put_nowait(None)
while True:
    item = listener.dequeue(True)
    if item is None:
        break
    listener.handle(item)
print(q.qsize(), listener.handlers == (out, errors_only))
