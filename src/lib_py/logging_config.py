"""`logging.config`: configuring logging from a dictionary (`dictConfig`, schema version 1)
or from an INI file (`fileConfig`), as CPython 3.11's does. Listening on a socket for new
configurations (`listen`) is not supported."""

import io
import logging
import logging.handlers
import os
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(name):
    """The object a dotted name names, importing modules along the way."""
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used = used + "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    # Loggers the configuration does not name: a descendant of one it names is reset so that
    # it passes its records up; any other is disabled when asked.
    for name in existing:
        logger = logging.root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _children_of(name, existing, child_loggers):
    """Note the existing loggers below `name` and take `name` out of `existing`."""
    if name in existing:
        prefix = name + "."
        for other in existing[existing.index(name) + 1:]:
            if other.startswith(prefix):
                child_loggers.append(other)
        existing.remove(name)


# ---- fileConfig ----

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format file (a name, a file object or a parser)."""
    import configparser

    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f"{fname} is an empty file")
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, "readline"):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError(f"{fname} is invalid: {e}")
    formatters = _create_formatters(cp)
    _clearExistingHandlers()
    handlers = _install_handlers(cp, formatters)
    _install_loggers(cp, handlers, disable_existing_loggers)


def _names(text):
    return [name.strip() for name in text.split(",")]


def _create_formatters(cp):
    keys = cp["formatters"]["keys"]
    if not keys:
        return {}
    formatters = {}
    for name in _names(keys):
        section = "formatter_%s" % name
        fmt = cp.get(section, "format", raw=True, fallback=None)
        datefmt = cp.get(section, "datefmt", raw=True, fallback=None)
        style = cp.get(section, "style", raw=True, fallback="%")
        class_name = cp[section].get("class")
        cls = _resolve(class_name) if class_name else logging.Formatter
        formatters[name] = cls(fmt, datefmt, style)
    return formatters


def _install_handlers(cp, formatters):
    keys = cp["handlers"]["keys"]
    if not keys:
        return {}
    handlers = {}
    targets = []
    for name in _names(keys):
        section = cp["handler_%s" % name]
        cls = section["class"]
        fmt = section.get("formatter", "")
        try:
            cls = eval(cls, vars(logging))
        except (AttributeError, NameError):
            cls = _resolve(cls)
        args = eval(section.get("args", "()"), vars(logging))
        kwargs = eval(section.get("kwargs", "{}"), vars(logging))
        h = cls(*args, **kwargs)
        h.name = name
        if "level" in section:
            h.setLevel(section["level"])
        if fmt:
            h.setFormatter(formatters[fmt])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if target:
                targets.append((h, target))
        handlers[name] = h
    for h, target in targets:
        h.setTarget(handlers[target])
    return handlers


def _install_loggers(cp, handlers, disable_existing):
    names = _names(cp["loggers"]["keys"])
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for h in root.handlers[:]:
        root.removeHandler(h)
    if section["handlers"]:
        for hand in _names(section["handlers"]):
            root.addHandler(handlers[hand])
    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        _children_of(qualname, existing, child_loggers)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        if section["handlers"]:
            for hand in _names(section["handlers"]):
                logger.addHandler(handlers[hand])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# ---- dictConfig ----

class BaseConfigurator:
    """Reads a configuration dictionary: strings `ext://a.b` name objects to import and
    `cfg://key.sub[0]` parts of the configuration itself; `()` makes an object by calling a
    factory."""

    CONVERT_PATTERN = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")
    WORD_PATTERN = re.compile(r"^\s*(\w+)\s*")
    DOT_PATTERN = re.compile(r"^\.\s*(\w+)\s*")
    INDEX_PATTERN = re.compile(r"^\[\s*(\w+)\s*\]\s*")
    DIGIT_PATTERN = re.compile(r"^\d+$")

    value_converters = {"ext": "ext_convert", "cfg": "cfg_convert"}

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        parts = s.split(".")
        used = parts.pop(0)
        try:
            found = self.importer(used)
            for part in parts:
                used += "." + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError("Cannot resolve %r: %s" % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        m = self.WORD_PATTERN.match(value)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = value[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.group(1)]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.group(1)
                    if self.DIGIT_PATTERN.match(idx):
                        try:
                            d = d[int(idx)]
                        except TypeError:
                            d = d[idx]
                    else:
                        d = d[idx]
            if not m:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
            rest = rest[m.end():]
        return self.convert(d)

    def convert(self, value):
        """A string with a known `prefix://` becomes what it names; anything else is kept."""
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                converter = self.value_converters.get(m.group("prefix"))
                if converter:
                    return getattr(self, converter)(m.group("suffix"))
        return value

    def _get(self, mapping, key, default=None):
        return self.convert(mapping.get(key, default))

    def configure_custom(self, config):
        factory = config.pop("()")
        if not callable(factory):
            factory = self.resolve(factory)
        kwargs = {k: self.convert(config[k]) for k in config if k != "." and valid_ident(k)}
        result = factory(**kwargs)
        props = config.pop(".", None)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary of schema version 1."""

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        if config.pop("incremental", False):
            self._configure_incremental(config)
            return
        disable_existing = config.pop("disable_existing_loggers", True)
        _clearExistingHandlers()
        formatters = config.get("formatters", {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(dict(formatters[name]))
            except Exception as e:
                raise ValueError("Unable to configure formatter %r" % name) from e
        filters = config.get("filters", {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(dict(filters[name]))
            except Exception as e:
                raise ValueError("Unable to configure filter %r" % name) from e
        handlers = config.get("handlers", {})
        # A handler whose target is another handler waits until that one is made.
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(dict(handlers[name]))
            except _TargetNotReady:
                deferred.append(name)
                continue
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
            handler.name = name
            handlers[name] = handler
        for name in deferred:
            try:
                handler = self.configure_handler(dict(handlers[name]))
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
            handler.name = name
            handlers[name] = handler
        existing = sorted(logging.root.manager.loggerDict)
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            _children_of(name, existing, child_loggers)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root = config.get("root")
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def _configure_incremental(self, config):
        # Only the levels of handlers, and the levels and propagation of loggers, change.
        handlers = config.get("handlers", {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError("No handler found with name %r" % name)
            try:
                level = handlers[name].get("level")
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        loggers = config.get("loggers", {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        root = config.get("root")
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def configure_formatter(self, config):
        if "()" in config:
            factory = config["()"]
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory that takes `fmt` rather than `format`.
                config["fmt"] = config.pop("format")
                config["()"] = factory
                return self.configure_custom(config)
        fmt = self._get(config, "format")
        datefmt = self._get(config, "datefmt")
        style = self._get(config, "style", "%")
        class_name = self._get(config, "class")
        cls = _resolve(class_name) if class_name else logging.Formatter
        if "validate" in config:
            return cls(fmt, datefmt, style, config["validate"])
        return cls(fmt, datefmt, style)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(self._get(config, "name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    filterer.addFilter(f)
                else:
                    filterer.addFilter(self.config["filters"][f])
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            factory = config.pop("()")
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(self.convert(config.pop("class")))
            if issubclass(factory, logging.handlers.MemoryHandler) and "target" in config:
                target = config["target"]
                handler = self.config.get("handlers", {}).get(target)
                if handler is None:
                    raise ValueError("Unable to set target handler %r" % target)
                if not isinstance(handler, logging.Handler):
                    raise _TargetNotReady()
                config["target"] = handler
        kwargs = {k: self.convert(config[k]) for k in config if k != "." and valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs["strm"] = kwargs.pop("stream")
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        props = config.pop(".", None)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level")
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers")
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters")
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate")
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


class _TargetNotReady(Exception):
    pass


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("corun does not support logging.config.listen")


def stopListening():
    pass
