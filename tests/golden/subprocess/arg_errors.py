import subprocess

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

attempt(subprocess.run, ["cat"], input=b"x", stdin=subprocess.PIPE)
attempt(subprocess.run, ["true"], capture_output=True, stdout=subprocess.PIPE)
attempt(subprocess.check_output, ["true"], stdout=subprocess.PIPE)
attempt(subprocess.check_output, ["true"], check=False)
attempt(subprocess.run, ["echo", b"bytes arg"], capture_output=True)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.TimeoutExpired(["x"], 1.5))
print(subprocess.TimeoutExpired("cmd", 2, output=b"o").stdout)
e = subprocess.CalledProcessError(2, "make", output="log", stderr="bad")
print(e, e.stdout, e.stderr, e.args)
