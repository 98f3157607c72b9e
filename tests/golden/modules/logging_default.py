import logging

log = logging.getLogger(__name__)
log.info("not shown: no configuration, level WARNING")
log.warning("shown by the last-resort handler")
logging.getLogger().error("root error %s", {"k": 1})
print(log.name, logging.getLogger() is logging.getLogger("root"), logging.INFO, logging.getLevelName("ERROR"))
