import os
import shutil
from _scratch import scratch, write

with scratch() as root:
    write("bin/tool", "#!/bin/sh\necho hi\n")
    os.chmod("bin/tool", 0o755) if hasattr(os, "chmod") else shutil.copymode("/bin/sh", "bin/tool")
    write("bin/data", "not a program")
    print(shutil.which("tool", path="bin") == os.path.join("bin", "tool"))
    print(shutil.which("data", path="bin"))
    print(shutil.which("tool", path=""))
    print(shutil.which("no-such-program-here"))
    print(shutil.which("bin/tool") == "bin/tool", shutil.which("bin/data"))
    print(shutil.which("sh") is not None, os.path.basename(shutil.which("sh")))
