# Functions loaded by a spec's loader keep their own file and lines (tracebacks, inspect).
import importlib
import importlib.util
import inspect
import os
import sys
import traceback


def shown(text):
    """The traceback without its lines of markers (^ and ~)."""
    lines = text.replace(os.getcwd() + os.sep, "").splitlines()
    return "\n".join(l for l in lines if l.strip(" ^~"))

path = "exec_module_lines_plugin.py"
with open(path, "w") as f:
    f.write('"""Plugin."""\n\n\ndef divide(a, b):\n    """Divide."""\n    return a / b\n\n\n'
            'class Tool:\n    def run(self):\n        return divide(1, 0)\n')
try:
    spec = importlib.util.spec_from_file_location("exec_module_lines_plugin", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print(mod.divide.__code__.co_firstlineno, mod.Tool.run.__code__.co_firstlineno)
    print(inspect.getsource(mod.divide), end="")
    try:
        mod.Tool().run()
    except ZeroDivisionError:
        print(shown(traceback.format_exc()))
    sys.modules["exec_module_lines_plugin"] = mod
    with open(path, "w") as f:
        f.write('"""Plugin, second version."""\n\ndef divide(a, b):\n'
                '    return a // b\n')
    importlib.reload(mod)
    print(mod.__doc__, mod.divide(7, 2), mod.divide.__code__.co_firstlineno)
    try:
        mod.divide(1, 0)
    except ZeroDivisionError:
        print(shown(traceback.format_exc()))
finally:
    os.remove(path)
