# logging.exception writes the traceback through the traceback module.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s")
log = logging.getLogger("app")

def handle(req):
    raise PermissionError(f"denied: {req}")

try:
    handle("/admin")
except PermissionError:
    log.exception("request failed")
print("after")
