import os
import tempfile

with tempfile.TemporaryDirectory(prefix="build-") as tmp:
    print(os.path.isdir(tmp), os.path.basename(tmp).startswith("build-"))
    for name in ["a.txt", "b.txt"]:
        with open(os.path.join(tmp, name), "w") as f:
            f.write(name)
    os.makedirs(os.path.join(tmp, "sub", "deeper"))
    print(sorted(os.listdir(tmp)))
print(os.path.exists(tmp))
