# The network handlers and constants of logging.handlers.
import logging.handlers

print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.DEFAULT_UDP_LOGGING_PORT)
print(logging.handlers.SYSLOG_UDP_PORT, logging.handlers.DEFAULT_HTTP_LOGGING_PORT)
print(issubclass(logging.handlers.RotatingFileHandler, logging.FileHandler))
print(issubclass(logging.handlers.TimedRotatingFileHandler, logging.handlers.BaseRotatingHandler))
print(issubclass(logging.handlers.QueueHandler, logging.Handler))
print(issubclass(logging.handlers.SysLogHandler, logging.Handler))
