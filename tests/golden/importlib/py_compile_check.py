import os
import py_compile
import sys
import tempfile

folder = tempfile.mkdtemp()
bad = os.path.join(folder, "bad.py")
with open(bad, "w") as f:
    f.write("def broken(:\n    return 1\n")
try:
    py_compile.compile(bad, doraise=True)
except py_compile.PyCompileError as e:
    print("PyCompileError", e.exc_type_name, type(e.exc_value).__name__, e.file == bad)
    print(e.msg.replace(folder, "FOLDER"))
    print(e.args[1], type(e.args[2]).__name__, e.args[3] == bad)

print(py_compile.compile(bad, doraise=False, quiet=2))
sys.stderr = sys.stdout
print(py_compile.compile(bad, dfile="shown_name.py"))
sys.stderr = sys.__stderr__
e = py_compile.PyCompileError(ValueError, ValueError("bad value"), "x.py")
print(str(e), e.exc_type_name)
e = py_compile.PyCompileError(ValueError, ValueError("bad value"), "x.py", "custom")
print(str(e))
print(list(py_compile.PycInvalidationMode), py_compile.PycInvalidationMode(2))
print(py_compile._get_default_invalidation_mode())
try:
    py_compile.compile(os.path.join(folder, "missing.py"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.remove(bad)
os.rmdir(folder)
