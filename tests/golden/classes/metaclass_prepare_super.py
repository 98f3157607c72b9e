# A metaclass's __prepare__ builds on type.__prepare__ through super(), as plugin registries do.
class PluginMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        ns = super().__prepare__(name, bases, **kwargs)
        ns["plugin_name"] = name.lower()
        return ns

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[ns["plugin_name"]] = cls
        return cls


class Exporter(metaclass=PluginMeta):
    def run(self):
        return f"running {self.plugin_name}"


class CsvExporter(Exporter):
    plugin_name = "csv"


print(sorted(PluginMeta.registry))
print(CsvExporter().run(), Exporter().run())
print(type.__prepare__("Anything", (object,)), type.__prepare__())
print(type(type.__prepare__("X", (), extra=1)).__name__)
print("__prepare__" in dir(type))
