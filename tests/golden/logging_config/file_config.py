import io
import logging
import logging.config
import os
import tempfile

INI = """
[loggers]
keys=root,simpleExample,worker

[handlers]
keys=consoleHandler,plainHandler

[formatters]
keys=simpleFormatter,bare

[logger_root]
level=DEBUG
handlers=consoleHandler

[logger_simpleExample]
level=DEBUG
handlers=plainHandler
qualname=simpleExample
propagate=0

[logger_worker]
level=WARNING
handlers=
qualname=service.worker

[handler_consoleHandler]
class=StreamHandler
level=INFO
formatter=simpleFormatter
args=(sys.stdout,)

[handler_plainHandler]
class=logging.StreamHandler
formatter=bare
kwargs={'stream': sys.stdout}

[formatter_simpleFormatter]
format=%(name)s - %(levelname)s - %(message)s

[formatter_bare]
format={levelname}: {message}
style={
"""

stale = logging.getLogger("stale")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "logging.conf")
    with open(path, "w") as f:
        f.write(INI)
    logging.config.fileConfig(path)

logger = logging.getLogger("simpleExample")
logger.debug("debug message")
logger.info("info message")
logger.warning("warn message")
w = logging.getLogger("service.worker")
w.info("hidden")
w.warning("worker trouble")
logging.getLogger("service").info("service info")
logging.debug("root debug is below the handler's level")
stale.error("stale is disabled")
print(stale.disabled, logger.propagate)

logging.config.fileConfig(io.StringIO(INI.replace("level=WARNING", "level=ERROR")),
                          disable_existing_loggers=False)
w.warning("now hidden")
w.error("still shown")

for bad in ["/nonexistent/logging.ini"]:
    try:
        logging.config.fileConfig(bad)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
with tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False) as f:
    name = f.name
try:
    logging.config.fileConfig(name)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace(name, "<file>"))
os.remove(name)
try:
    logging.config.fileConfig(io.StringIO("[loggers]\nkeys=root\n"))
except KeyError as e:
    print("KeyError:", e)
try:
    logging.config.valid_ident("9lives")
except ValueError as e:
    print(e)
