# A BufferingHandler subclass that batches records, as a bulk uploader would.
import logging
import logging.handlers


class BatchUploader(logging.handlers.BufferingHandler):
    def __init__(self, capacity):
        super().__init__(capacity)
        self.batches = []

    def flush(self):
        if self.buffer:
            self.batches.append([self.format(r) for r in self.buffer])
        super().flush()


up = BatchUploader(3)
up.setFormatter(logging.Formatter("%(name)s:%(message)s"))
log = logging.getLogger("metrics")
log.setLevel(logging.INFO)
log.propagate = False
log.addHandler(up)
for i in range(8):
    log.info("sample %d", i)
print(up.batches, len(up.buffer))
up.close()
print(up.batches, len(up.buffer))
plain = logging.handlers.BufferingHandler(2)
log.addHandler(plain)
log.info("a")
print(len(plain.buffer), plain.shouldFlush(None) if False else plain.capacity)
log.info("b")
print(len(plain.buffer))
print(issubclass(logging.handlers.MemoryHandler, logging.handlers.BufferingHandler))
