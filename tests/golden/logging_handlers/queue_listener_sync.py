# A QueueListener driven by hand: handle() and prepare() without starting its thread.
import logging
import logging.handlers
import queue
import sys


class Upper(logging.handlers.QueueListener):
    def prepare(self, record):
        record.msg = record.msg.upper()
        return record


h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.WARNING)
h.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
q = queue.SimpleQueue()
lst = Upper(q, h)
rec = logging.LogRecord("x", logging.INFO, __file__, 1, "hello %s", None, None)
lst.handle(rec)
strict = Upper(q, h, respect_handler_level=True)
strict.handle(logging.LogRecord("x", logging.INFO, __file__, 1, "hidden", None, None))
strict.handle(logging.LogRecord("x", logging.ERROR, __file__, 1, "shown", None, None))
lst.enqueue_sentinel()
print(q.get_nowait() is None, lst.dequeue(False) if not q.empty() else "empty")
try:
    lst.stop()
except AttributeError as e:
    print("AttributeError:", e)


class ListQueue:
    def __init__(self):
        self.items = []

    def put_nowait(self, item):
        self.items.append(item)


lq = ListQueue()
qh = logging.handlers.QueueHandler(lq)
qh.setFormatter(logging.Formatter("%(name)s says %(message)s"))
log = logging.getLogger("custom")
log.propagate = False
log.addHandler(qh)
log.error("value=%r", [1, 2])
print([(r.msg, r.args) for r in lq.items])
