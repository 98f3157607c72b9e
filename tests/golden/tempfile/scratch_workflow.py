import os
import shutil
import tempfile

# Build into a scratch directory, then publish the result.
out = tempfile.mkdtemp(prefix="publish-")
with tempfile.TemporaryDirectory() as work:
    for i in range(3):
        with open(os.path.join(work, f"page{i}.html"), "w") as f:
            f.write(f"<h1>Page {i}</h1>\n")
    shutil.copytree(work, os.path.join(out, "site"))
print(sorted(os.listdir(os.path.join(out, "site"))))
shutil.rmtree(out)
print(os.path.exists(out))
