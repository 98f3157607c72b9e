import logging
import logging.config
import sys

early = logging.getLogger("thirdparty.client")
early_child = logging.getLogger("app.db.pool")

class OnlyEven:
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0

def make_formatter(fmt, tag):
    return logging.Formatter(f"[{tag}] " + fmt)

CONFIG = {
    "settings": {"streams": ["ext://sys.stdout"]},
    "version": 1,
    "disable_existing_loggers": True,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "braces": {"format": "{levelname}|{name}|{message}", "style": "{"},
        "dollar": {"format": "$levelname/$name/$message", "style": "$"},
        "custom": {"()": make_formatter, "fmt": "%(message)s", "tag": "C"},
    },
    "filters": {
        "app_only": {"name": "app"},
        "even": {"()": OnlyEven},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief",
                    "level": "INFO", "stream": "ext://sys.stdout"},
        "curly": {"class": "logging.StreamHandler", "formatter": "braces",
                  "stream": "ext://sys.stdout", "filters": ["app_only"]},
        "dollars": {"class": "logging.StreamHandler", "formatter": "dollar",
                    "stream": "ext://sys.stdout", "filters": ["even"]},
        "custom": {"class": "logging.StreamHandler", "formatter": "custom",
                   "stream": "cfg://settings.streams[0]"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["curly"], "propagate": True},
        "app.jobs": {"handlers": ["dollars"], "propagate": False},
        "app.custom": {"handlers": ["custom"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}

logging.config.dictConfig(CONFIG)
log = logging.getLogger("app")
log.debug("starting %s", "up")
log.info("ready")
logging.getLogger("app.db").warning("slow query: %d ms", 250)
jobs = logging.getLogger("app.jobs")
for n in range(4):
    jobs.info("job %d done", n)
logging.getLogger("app.custom").warning("custom formatted")
early.error("this logger was disabled")
early_child.error("a child of a configured logger still works")
print(early.disabled, early_child.disabled, logging.getLogger("app").level)
logging.getLogger("other").warning("root catches it")
print(sorted(logging._handlers))
print([type(h).__name__ for h in logging.getLogger().handlers])

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "ERROR"}}})
log.warning("not shown")
log.error("shown")

bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "formatters": {"f": {"format": "no fields", "style": "{"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}},
    {"version": 1, "incremental": True, "handlers": {"ghost": {"level": "INFO"}}},
]
for cfg in bad_configs:
    try:
        logging.config.dictConfig(cfg)
    except ValueError as e:
        print("ValueError:", e, "|", repr(e.__cause__))

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["out"], "level": "DEBUG"}})
print(log.disabled, early.disabled)
logging.getLogger("app.jobs").debug("after reset: %s", "plain")
