import os
import shutil
from _scratch import scratch, write, tree

with scratch():
    write("project/src/main.py", "print(1)")
    write("project/README", "readme")
    os.mkdir("archive")
    print(shutil.move("project", "archive"))
    print(tree("archive"))
    print(shutil.move("archive/project/README", "README.txt"))
    print(sorted(os.listdir(".")))
