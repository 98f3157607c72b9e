# -X options reach sys._xoptions and sys.flags (dev_mode, utf8_mode) of the program run.
import subprocess
import sys

code = "import sys; print(sorted(sys._xoptions.items()), sys.flags.dev_mode, sys.flags.utf8_mode)"
for opts in ([], ["-X", "dev"], ["-X", "utf8"], ["-X", "utf8=0", "-X", "custom=value"],
             ["-X", "dev", "-X", "flag"]):
    out = subprocess.run([sys.executable, *opts, "-c", code], capture_output=True, text=True)
    print(opts, "->", out.stdout.strip(), out.returncode)
print(sys._xoptions)
