# A plugin registry that only accepts concrete classes, using inspect.isabstract.
import abc
import inspect


class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self, data):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...


class HalfDone(Plugin):
    def run(self, data):
        return data


class Upper(HalfDone):
    name = "upper"

    def run(self, data):
        return data.upper()


class Plain:
    pass


registry = {}
for cls in (Plugin, HalfDone, Upper, Plain, Upper(), int, abc.ABC):
    print(getattr(cls, "__name__", type(cls).__name__), inspect.isabstract(cls))
    if inspect.isclass(cls) and issubclass(cls, Plugin) and not inspect.isabstract(cls):
        registry[cls.name] = cls()
print({k: v.run("hello") for k, v in registry.items()})
print(sorted(HalfDone.__abstractmethods__))
