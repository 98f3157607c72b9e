# A service's logging set up from a dictionary: a rotating log file, a buffer that flushes
# into it on errors, and the console; then read back what was written.
import logging
import logging.config
import logging.handlers
import os
import tempfile

workdir = tempfile.mkdtemp()
logfile = os.path.join(workdir, "service.log")

config = {
    "version": 1,
    "formatters": {
        "file": {"format": "%(levelname)s %(name)s %(message)s"},
        "console": {"format": "console> %(message)s"},
    },
    "handlers": {
        "buffer": {
            "class": "logging.handlers.MemoryHandler",
            "capacity": 100,
            "flushLevel": "ext://logging.ERROR",
            "target": "rotating",
        },
        "rotating": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": logfile,
            "maxBytes": 10000,
            "backupCount": 2,
            "formatter": "file",
        },
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "console",
            "level": logging.WARNING,
        },
        "null": {"class": "logging.NullHandler"},
    },
    "loggers": {
        "service": {"handlers": ["buffer", "console"], "level": "DEBUG"},
        "service.quiet": {"handlers": ["null"], "propagate": False},
    },
}

logging.config.dictConfig(config)
log = logging.getLogger("service")
log.debug("connecting")
log.info("connected")
log.warning("retrying request %d", 3)
logging.getLogger("service.quiet").error("swallowed")
with open(logfile) as f:
    print("before error:", repr(f.read()))
log.error("request failed")
with open(logfile) as f:
    print(f.read(), end="")

buffer = logging.getLogger("service").handlers[0]
print(type(buffer).__name__, type(buffer.target).__name__, buffer.name, buffer.target.name)
print(buffer.capacity, buffer.flushLevel)
logging.shutdown()
for name in os.listdir(workdir):
    os.remove(os.path.join(workdir, name))
os.rmdir(workdir)
