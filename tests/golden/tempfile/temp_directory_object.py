import os
import tempfile

td = tempfile.TemporaryDirectory(suffix="-work")
print(type(td).__name__, td.name.endswith("-work"), repr(td) == f"<TemporaryDirectory {td.name!r}>")
print(os.path.dirname(td.name) == tempfile.gettempdir())
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
print("second cleanup is harmless")
