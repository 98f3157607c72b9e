import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger(__name__)


def check(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")


def parse(text):
    try:
        check(text)
        return int(text)
    except ValueError:
        log.exception("could not parse %r", text)
        return None


def parse_all(items):
    return [parse(t) for t in items]


print(parse_all(["1", "x"]))
log.warning("from %s", "module")
logging.warning("root %(x)s", {"x": 1})
logging.log(logging.ERROR, "via log()")
