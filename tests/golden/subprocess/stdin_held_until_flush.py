# A child reading a pipe sees what the parent wrote only once the parent flushes it.
import select
import subprocess

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as proc:
    proc.stdin.write(b"first line\n")
    ready, _, _ = select.select([proc.stdout], [], [], 0.5)
    print("echoed before flush:", bool(ready))
    proc.stdin.flush()
    print("after flush:", proc.stdout.readline())
    proc.stdin.write(b"second line\n")
    proc.stdin.write(b"third line\n")
    proc.stdin.close()
    print("after close:", proc.stdout.read())
print("status:", proc.returncode)

# Text mode writes through to the pipe's buffer, which still holds the bytes.
with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                      text=True) as proc:
    proc.stdin.write("text line\n")
    ready, _, _ = select.select([proc.stdout], [], [], 0.5)
    print("text echoed before flush:", bool(ready))
    out, _ = proc.communicate()
    print("communicate:", repr(out))
print("status:", proc.returncode)
