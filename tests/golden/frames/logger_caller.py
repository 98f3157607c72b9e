import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-7s %(module)s.%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("app")


def load_config(path):
    log.debug("loading %s", path)
    if not path.endswith(".toml"):
        log.warning("unexpected extension for %s", path)
    return {"path": path}


class Service:
    def start(self):
        log.info("starting %s", type(self).__name__)
        self._check()

    def _check(self):
        logging.info("root logger from a method")


def helper_logs(msg):
    # A wrapper that reports its caller's line, not its own.
    log.info(msg, stacklevel=2)


load_config("settings.ini")
Service().start()
helper_logs("reported where helper_logs was called")
log.error("at module level")
logging.getLogger("app.db").critical("child logger, %d retries", 3)
