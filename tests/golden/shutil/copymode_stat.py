import os
import shutil
from _scratch import scratch, write

with scratch():
    write("script.sh", "#!/bin/sh\n")
    write("plain.txt", "x")
    shutil.copymode("/bin/sh", "script.sh")
    print(os.stat("script.sh").st_mode & 0o111 != 0, os.stat("plain.txt").st_mode & 0o111 == 0)
    shutil.copymode("script.sh", "plain.txt")
    print(os.stat("plain.txt").st_mode == os.stat("script.sh").st_mode)
    shutil.copystat("/bin/sh", "plain.txt")
    print(int(os.stat("plain.txt").st_mtime) == int(os.stat("/bin/sh").st_mtime))
    try:
        shutil.copymode("nope", "plain.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.filename)
