# `from pkg import sub`: a module the submodule imports that is missing is reported as
# itself; only a missing submodule is "cannot import name", with the package as its name.
import os, sys, tempfile
root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, "shopx"))
with open(os.path.join(root, "shopx", "__init__.py"), "w") as f:
    f.write("VERSION = 1\n")
with open(os.path.join(root, "shopx", "cart.py"), "w") as f:
    f.write("import payment_gateway_sdk\n")
with open(os.path.join(root, "shopx", "items.py"), "w") as f:
    f.write("ITEMS = ['apple']\n")
sys.path.insert(0, root)
from shopx import items
print(items.ITEMS)
try:
    from shopx import cart
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from shopx import orders
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path == os.path.join(root, "shopx", "__init__.py"))
import shutil
shutil.rmtree(root)
