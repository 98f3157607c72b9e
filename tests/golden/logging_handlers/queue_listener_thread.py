# QueueListener runs its own thread; records carry thread and process fields.
import logging, logging.handlers, queue, sys
q = queue.Queue()
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, h)
log = logging.getLogger("app")
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(logging.handlers.QueueHandler(q))
listener.start()
for i in range(3):
    log.info("event %d", i)
log.warning("done")
listener.stop()
print("stopped", listener._thread)
import threading
plain = logging.getLogger("worker")
plain.propagate = False
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(threadName)s|%(processName)s|%(name)s|%(message)s"))
plain.addHandler(out)
t = threading.Thread(target=lambda: plain.warning("from a worker"), name="Worker-1")
t.start()
t.join()
rec = logging.makeLogRecord({"msg": "m"})
print(rec.thread == threading.get_ident(), rec.process > 0, rec.relativeCreated >= 0)
