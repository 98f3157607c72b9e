# TimedRotatingFileHandler's schedule: intervals, suffixes and bad settings.
import logging
import logging.handlers
import os
import tempfile
import datetime

d = tempfile.mkdtemp()
path = os.path.join(d, "t.log")
for when, interval in [("S", 1), ("M", 5), ("H", 2), ("D", 1), ("midnight", 1), ("W0", 1), ("w6", 1)]:
    h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval, backupCount=2)
    print(when, h.when, h.interval, h.suffix, h.extMatch.pattern)
    h.close()
for when in ["X", "W", "W7", "W10"]:
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=when)
    except ValueError as e:
        print("ValueError:", e)
h = logging.handlers.TimedRotatingFileHandler(path, when="S", backupCount=1)
print(h.shouldRollover(None) in (True, False), h.rolloverAt >= h.computeRollover(0))
base = 1_700_000_000
print(h.computeRollover(base) - base)
h2 = logging.handlers.TimedRotatingFileHandler(path, when="midnight", utc=True)
print(h2.computeRollover(base) - base, (h2.computeRollover(base) % 86400))
h3 = logging.handlers.TimedRotatingFileHandler(path, when="midnight", utc=True,
                                               atTime=datetime.time(3, 30))
print(h3.computeRollover(base) % 86400)
h4 = logging.handlers.TimedRotatingFileHandler(path, when="W2", utc=True)
r = h4.computeRollover(base)
print(r % 86400, datetime.datetime.utcfromtimestamp(r).weekday())
for x in (h, h2, h3, h4):
    x.close()
for name in ["t.log.2024-01-01", "t.log.2024-01-02", "t.log.2024-01-03", "t.log.junk"]:
    open(os.path.join(d, name), "w").close()
h5 = logging.handlers.TimedRotatingFileHandler(path, when="D", backupCount=1)
print([os.path.basename(p) for p in h5.getFilesToDelete()])
h5.close()
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
