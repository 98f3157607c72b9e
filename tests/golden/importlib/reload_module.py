import importlib
import os
import sys

with open("reload_settings_mod.py", "w") as f:
    f.write("LEVEL = 1\ncounter = globals().get('counter', 0) + 1\n"
            "def level():\n    return LEVEL\n")
try:
    import reload_settings_mod as settings
    print(settings.LEVEL, settings.counter, settings.level())
    old_level = settings.level
    with open("reload_settings_mod.py", "w") as f:
        f.write("LEVEL = 2\ncounter = globals().get('counter', 0) + 1\n"
                "def level():\n    return LEVEL * 10\nNEW = 'added'\n")
    again = importlib.reload(settings)
    print(again is settings, settings.LEVEL, settings.counter, settings.level(), settings.NEW)
    print(old_level(), old_level is settings.level)
    import reload_settings_mod
    print(reload_settings_mod.LEVEL)
    try:
        importlib.reload("reload_settings_mod")
    except TypeError as e:
        print("TypeError:", e)
    del sys.modules["reload_settings_mod"]
    try:
        importlib.reload(settings)
    except ImportError as e:
        print("ImportError:", e, e.name)
    import json
    print(importlib.reload(json) is json)
    print(importlib.import_module("json").dumps([1]))
    print(importlib.import_module(".util", "importlib").__name__)
    try:
        importlib.import_module("..x", None)
    except TypeError as e:
        print("TypeError:", e)
finally:
    os.remove("reload_settings_mod.py")
