# An application log that rotates by size, keeping three backups.
import logging
import logging.handlers
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
h = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=3)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.propagate = False
log.addHandler(h)
for i in range(12):
    log.info("event number %d", i)
h.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
print(h.maxBytes, h.backupCount, h.mode, h.baseFilename == path)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
