import os
import shutil

u = shutil.disk_usage("/")
print(type(u).__name__, u._fields, u.total > 0, u.used >= 0, u.free >= 0, u.used <= u.total)
print(u == (u.total, u.used, u.free))
os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "40"
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size))
del os.environ["COLUMNS"]
os.environ["LINES"] = "x"
print(shutil.get_terminal_size((120, 50)))
try:
    shutil.disk_usage("/no/such/dir")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
