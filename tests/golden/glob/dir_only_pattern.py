import glob
from _tree import scratch

FILES = ["pkg_a/mod.py", "pkg_b/mod.py", "pkg_c.py", "pkg_d/readme"]
with scratch(FILES):
    print(sorted(glob.glob("pkg_*")))
    print(sorted(glob.glob("pkg_*/")))
    print(sorted(glob.glob("pkg_*/mod.py")))
    print(sorted(glob.glob("pkg_*/*")))
    print(sorted(glob.glob("*/mod.py")))
