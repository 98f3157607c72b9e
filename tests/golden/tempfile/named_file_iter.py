import tempfile

with tempfile.NamedTemporaryFile("w+", encoding="utf-8") as f:
    f.writelines(f"row {i}\n" for i in range(4))
    f.seek(0)
    for line in f:
        print(line.rstrip())
    f.seek(0)
    print(f.readline(), end="")
    print(f.tell() > 0)
