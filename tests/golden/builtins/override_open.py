# Replacing builtins.open, as tests do to feed a function a file without touching the disk.
import builtins
import io


def count_words(path):
    with open(path) as f:
        return sum(len(line.split()) for line in f)


def load_settings(path):
    settings = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            settings[key.strip()] = value.strip()
    return settings


FILES = {
    "notes.txt": "one two three\nfour five\n\nsix\n",
    "app.cfg": "# settings\nname = demo\n\nport=8080\n",
}
opened = []
real_open = builtins.open


def fake_open(path, mode="r", encoding=None):
    opened.append((path, mode, encoding))
    if path not in FILES:
        raise FileNotFoundError(2, "No such file or directory", path)
    return io.StringIO(FILES[path])


builtins.open = fake_open
try:
    print(count_words("notes.txt"))
    print(load_settings("app.cfg"))
    try:
        count_words("missing.txt")
    except FileNotFoundError as e:
        print("error:", e)
finally:
    builtins.open = real_open

print(opened)
print(open is real_open, open.__name__)
