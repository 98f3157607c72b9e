# logging.disable, filters on loggers and handlers, and the three format styles.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("{levelname:>8} {name}: {message}", style="{"))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.DEBUG)

log = logging.getLogger("billing.invoices")
log.info("invoice %d created", 17)

logging.disable(logging.INFO)
log.info("hidden while disabled")
log.warning("warnings still pass")
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING), root.manager.disable)
logging.disable(logging.NOTSET)
log.info("shown again")


class NoSecrets(logging.Filter):
    def filter(self, record):
        return "password" not in record.getMessage()


handler.addFilter(NoSecrets())
log.info("user logged in")
log.info("password is hunter2")
log.addFilter(lambda record: record.levelno >= logging.WARNING)
log.info("filtered by the logger")
log.error("errors pass the logger's filter")
print(len(log.filters), len(handler.filters))

only_billing = logging.Filter("billing")
rec = logging.makeLogRecord({"name": "billing.invoices", "msg": "x"})
print(only_billing.filter(rec), logging.Filter("bill").filter(rec), logging.Filter().filter(rec))

handler.setFormatter(logging.Formatter("$levelname - $message", style="$"))
log.warning("dollar style")
for fmt, style in [("%(message)", "%"), ("{message!x}", "{"), ("cost: $", "$"), ("x", "#")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
f = logging.Formatter("%(tenant)s %(message)s", defaults={"tenant": "-"})
handler.setFormatter(f)
log.warning("no tenant")
log.warning("with tenant", extra={"tenant": "acme"})
print(logging.getLevelNamesMapping()["WARN"], logging.getLevelName("ERROR"))
print(sorted(k for k in logging.root.manager.loggerDict if k.startswith("billing")))
print(repr(handler), repr(logging.NullHandler()))
