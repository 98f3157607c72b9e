import os
import tempfile

path = None
try:
    with tempfile.TemporaryDirectory() as d:
        path = d
        open(os.path.join(d, "partial.txt"), "w").close()
        raise RuntimeError("job failed")
except RuntimeError as e:
    print("caught:", e)
print(os.path.exists(path))
