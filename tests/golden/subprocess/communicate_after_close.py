# communicate() after the program already used a pipe itself.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
p.stdin.write(b"")
p.stdin.close()
print(p.communicate(), p.returncode)
p = subprocess.Popen(["printf", "abc"], stdout=subprocess.PIPE)
print(p.stdout.read(1))
print(p.communicate())
try:
    p.communicate()
except ValueError as e:
    print("ValueError:", e)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"abc")
p.stdin.close()
try:
    p.communicate()
except ValueError as e:
    print("ValueError:", e)
print(p.stdout.read(), p.wait())
p.stdout.close()
