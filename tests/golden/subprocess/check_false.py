import subprocess
import sys

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    sys.exit(f"{type(e).__name__}: {e}")
