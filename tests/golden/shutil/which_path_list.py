import os
import shutil
from _scratch import scratch, write

with scratch() as root:
    for d in ["a", "b"]:
        write(f"{d}/run", "#!/bin/sh\n")
        shutil.copymode("/bin/sh", f"{d}/run")
    search = os.pathsep.join(["missing", "b", "a", "b"])
    print(shutil.which("run", path=search))
    print(shutil.which("run", path=os.pathsep.join(["a", "b"])))
    os.environ["PATH"] = "a"
    print(shutil.which("run"))
    print(shutil.which("sh"))
