import os
import tempfile

f = tempfile.NamedTemporaryFile(mode="w", delete=False, suffix=".log")
f.write("kept after close\n")
f.close()
with open(f.name) as r:
    print(r.read(), end="")
print(os.path.exists(f.name), f.delete)
os.remove(f.name)
print(os.path.exists(f.name))
