import glob
import os
from _tree import scratch

FILES = ["one.txt", "two.txt", "sub/three.txt"]
with scratch(FILES) as root:
    found = glob.glob(os.path.join(root, "*.txt"))
    print(sorted(os.path.relpath(p, root) for p in found))
    print(all(os.path.isabs(p) for p in found))
    deep = glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)
    print(sorted(os.path.relpath(p, root) for p in deep))
    print(glob.glob(os.path.join(root, "sub")) == [os.path.join(root, "sub")])
