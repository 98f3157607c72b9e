# A log file read back while the program still runs: each record a file handler emits is
# flushed at once, so a reader sees every line so far (the file's own buffer holds nothing).
import logging
import logging.handlers
import os
import tempfile

workdir = tempfile.mkdtemp()
plain = os.path.join(workdir, "plain.log")
rotating = os.path.join(workdir, "rotating.log")

log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.addHandler(logging.FileHandler(plain))
log.addHandler(logging.handlers.RotatingFileHandler(rotating, maxBytes=10000, backupCount=1))

for i in range(3):
    log.info("request %d handled", i)
    with open(plain) as f:
        print("plain:", f.read().splitlines()[-1])
    with open(rotating) as f:
        print("rotating:", len(f.read().splitlines()), "lines")

logging.shutdown()
for name in os.listdir(workdir):
    os.remove(os.path.join(workdir, name))
os.rmdir(workdir)
