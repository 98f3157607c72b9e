import os
import tempfile

with tempfile.TemporaryDirectory() as outer:
    inner = [tempfile.mkdtemp(dir=outer, prefix=f"job{i}-") for i in range(5)]
    print(sorted(os.path.basename(p)[:5] for p in inner))
    print(len(os.listdir(outer)))
print(os.path.exists(outer))
