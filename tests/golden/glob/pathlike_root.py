import glob
import pathlib
from _tree import scratch

FILES = ["conf/a.ini", "conf/b.ini", "conf/c.cfg"]
with scratch(FILES):
    print(sorted(glob.glob("*.ini", root_dir=pathlib.Path("conf"))))
    print(sorted(glob.glob(str(pathlib.Path("conf") / "*.cfg"))))
