# Arguments the system cannot take are refused before anything runs.
import subprocess


def attempt(*args, **kwargs):
    try:
        print(subprocess.run(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


attempt([])
attempt(["echo", "a\0b"])
attempt(["echo"], env={"A": "x\0y"})
attempt(["echo"], env={"A=B": "x"})
attempt(["echo", "ok"], env={"": "x"}, capture_output=True)
attempt(["echo"], cwd="/etc/passwd")
attempt(["/etc"])
attempt(["/etc/passwd"])
attempt(["echo", "hi"], stdout=subprocess.STDOUT)
attempt(["echo"], stdin=99)
attempt(["echo", 3])
attempt("")
attempt([""], env={"PATH": "/no/such/dir"})
