# Rotation with a custom namer and rotator, and rollover by hand.
import logging
import logging.handlers
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "jobs.log")
h = logging.handlers.RotatingFileHandler(path, backupCount=2, delay=True)
print(h.stream is None)
h.namer = lambda name: name.replace(".log.", "-") + ".old"
rotated = []


def rotator(src, dst):
    rotated.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)


h.rotator = rotator
log = logging.getLogger("jobs")
log.propagate = False
log.addHandler(h)
log.warning("first")
h.doRollover()
log.warning("second")
h.doRollover()
log.warning("third")
h.doRollover()
log.warning("fourth")
h.close()
print(rotated)
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
nobackup = logging.handlers.RotatingFileHandler(os.path.join(d, "nb.log"), maxBytes=10)
log.removeHandler(h)
log.addHandler(nobackup)
log.warning("aaaaaaaaaaaaaaaa")
log.warning("bbbbbbbbbbbbbbbb")
nobackup.close()
print(sorted(os.listdir(d)))
with open(os.path.join(d, "nb.log")) as f:
    print(repr(f.read()))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
