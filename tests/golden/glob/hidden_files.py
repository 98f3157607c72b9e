import glob
from _tree import scratch

FILES = [".env", ".config/settings.ini", "app.py", "notes/.draft.txt", "notes/todo.txt"]
with scratch(FILES):
    print(sorted(glob.glob("*")))
    print(sorted(glob.glob(".*")))
    print(sorted(glob.glob("*", include_hidden=True)))
    print(sorted(glob.glob("notes/*")))
    print(sorted(glob.glob("notes/.*")))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("**", recursive=True, include_hidden=True)))
    print(sorted(glob.glob("?env")))
    print(sorted(glob.glob("[.]env")))
