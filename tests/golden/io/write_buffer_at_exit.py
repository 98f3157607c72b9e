import os, subprocess, sys

CASES = {
    "global": "f = open(PATH, 'wb'); f.write(b'global')",
    "text global": "f = open(PATH, 'w'); f.write('text global')",
    "sys.exit in function": (
        "import sys\n"
        "def main():\n"
        "    f = open(PATH, 'w')\n"
        "    f.write('before exit')\n"
        "    sys.exit(3)\n"
        "main()"),
    "uncaught exception": (
        "def main():\n"
        "    f = open(PATH, 'wb')\n"
        "    f.write(b'before error')\n"
        "    raise KeyError('boom')\n"
        "main()"),
    "os._exit": "import os; f = open(PATH, 'wb'); f.write(b'lost'); os._exit(4)",
    "cycle": (
        "class Node:\n"
        "    pass\n"
        "n = Node(); n.me = n; n.f = open(PATH, 'w'); n.f.write('in a cycle')\n"
        "del n"),
    "asyncio": (
        "import asyncio\n"
        "async def main():\n"
        "    global f\n"
        "    f = open(PATH, 'w')\n"
        "    f.write('from a task')\n"
        "asyncio.run(main())"),
    "closure": (
        "def make():\n"
        "    f = open(PATH, 'w')\n"
        "    def log(s):\n"
        "        f.write(s)\n"
        "    return log\n"
        "log = make(); log('kept by a closure')"),
    "sys.stdout replaced": "import sys; sys.stdout = open(PATH, 'w'); print('redirected')",
    "written by a thread": (
        "import threading\n"
        "f = open(PATH, 'w')\n"
        "t = threading.Thread(target=lambda: f.write('from a thread'))\n"
        "t.start(); t.join()"),
}

path = "write_buffer_exit_data.txt"
for name, body in CASES.items():
    if os.path.exists(path):
        os.remove(path)
    src = f"PATH = {path!r}\n" + body + "\n"
    r = subprocess.run([sys.executable, "-c", src], capture_output=True)
    with open(path, "rb") as f:
        data = f.read()
    print(f"{name}: status {r.returncode}, file {data!r}, stderr tail {r.stderr.splitlines()[-1:]}")
os.remove(path)
