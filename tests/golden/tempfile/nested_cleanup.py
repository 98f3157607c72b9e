import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    for parts in [("a", "b", "c"), ("a", "d"), ("e",)]:
        d = os.path.join(root, *parts)
        os.makedirs(d)
        with open(os.path.join(d, "file.txt"), "w") as f:
            f.write("x")
    count = sum(len(files) for _, _, files in os.walk(root))
    print(count)
print(os.path.exists(root))
