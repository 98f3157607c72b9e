import os
import tempfile

name = tempfile.mktemp(suffix=".dat", prefix="scratch-")
print(os.path.exists(name), os.path.basename(name).startswith("scratch-"), name.endswith(".dat"))
print(os.path.dirname(name) == tempfile.gettempdir())
