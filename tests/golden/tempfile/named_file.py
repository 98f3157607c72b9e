import os
import tempfile

with tempfile.NamedTemporaryFile("w+", suffix=".csv", prefix="report_") as f:
    f.write("id,value\n1,10\n2,20\n")
    f.flush()
    name = f.name
    print(os.path.exists(name), os.path.basename(name).startswith("report_"), name.endswith(".csv"))
    with open(name) as again:
        print(again.read().splitlines())
    f.seek(0)
    print([line.strip() for line in f])
print(os.path.exists(name))
