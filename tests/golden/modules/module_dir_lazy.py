# A module's own __dir__ (PEP 562) decides what dir() lists; its __getattr__ loads lazily.
import plugin_registry

print(dir(plugin_registry))
print(plugin_registry.json_export, sorted(plugin_registry._LOADED))
print([name for name in dir(plugin_registry) if not name.isupper()])
print(hasattr(plugin_registry, "pdf_export"), plugin_registry.__dir__() == dir(plugin_registry))
