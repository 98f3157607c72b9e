import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s %(filename)s %(funcName)s %(lineno)d: %(message)s"))
log = logging.getLogger("trace")
log.addHandler(handler)
log.setLevel(logging.INFO)


def step_two():
    log.info("with the stack", stack_info=True)


def step_one():
    step_two()


step_one()
log.info("plain")
log.info("extra field %s", "x", extra={"user": "ann"})
try:
    log.info("bad", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
