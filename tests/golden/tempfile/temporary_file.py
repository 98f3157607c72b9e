import tempfile

with tempfile.TemporaryFile("w+") as f:
    f.write("scratch data\nline two\n")
    f.seek(0)
    print(f.readlines())
print(f.closed)
