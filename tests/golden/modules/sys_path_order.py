# sys.path is searched in its order: a folder put first shadows the script's own folder
# (which holds another package named `shop`), and PYTHONPATH-style entries can be removed.
import os, sys, tempfile
root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, "shop"))
with open(os.path.join(root, "shop", "__init__.py"), "w") as f:
    f.write("WHERE = 'temporary folder'\n")
sys.path.insert(0, root)
import shop
print(shop.WHERE, shop.__file__ == os.path.join(root, "shop", "__init__.py"))
print(sys.path[0] == root, os.path.basename(sys.path[1]))
import shutil
shutil.rmtree(root)
