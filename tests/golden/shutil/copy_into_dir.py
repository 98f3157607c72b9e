import os
import shutil
from _scratch import scratch, write, tree

with scratch():
    for name in ["a.txt", "b.txt", "c.log"]:
        write(name, name * 3)
    os.mkdir("out")
    copied = [shutil.copy(n, "out") for n in sorted(os.listdir(".")) if n.endswith(".txt")]
    print(copied)
    print(tree("out"))
    print(shutil.copy2("c.log", "out/renamed.log"), tree("out"))
