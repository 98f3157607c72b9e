import os
import shutil
from _scratch import scratch, write

with scratch():
    write("a.txt", "a")
    os.mkdir("d")
    for call in [lambda: shutil.copyfile("d", "x"), lambda: shutil.copyfile("a.txt", "d"),
                 lambda: shutil.copy("nope", "x"), lambda: shutil.copytree("a.txt", "t"),
                 lambda: shutil.copytree("missing", "t")]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, os.path.basename(e.filename or ""))
