import glob
import os
from _tree import scratch

FILES = ["project/src/a.rs", "project/src/b.rs", "project/Cargo.toml", "other/x.rs"]
with scratch(FILES) as root:
    print(sorted(glob.glob("src/*.rs", root_dir="project")))
    print(sorted(glob.glob("*", root_dir="project")))
    print(sorted(glob.glob("**/*.rs", root_dir="project", recursive=True)))
    print(sorted(glob.glob("*.rs", root_dir=os.path.join(root, "other"))))
    print(glob.glob("Cargo.toml", root_dir="project"))
    print(glob.glob("src/", root_dir="project"))
    print(glob.glob("*", root_dir="missing"))
