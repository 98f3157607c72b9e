import os
import tempfile

print(tempfile.gettempdir() == tempfile.gettempdir(), os.path.isabs(tempfile.gettempdir()))
print(tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX)
custom = tempfile.mkdtemp()
tempfile.tempdir = custom
print(tempfile.gettempdir() == custom)
with tempfile.TemporaryDirectory() as t:
    print(os.path.dirname(t) == custom)
tempfile.tempdir = None
os.rmdir(custom)
print(sorted(tempfile.__all__)[:5])
