import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p).__name__, p.args, p.returncode, p.pid > 0)
p.stdin.write(b"first\n")
p.stdin.write(b"second\n")
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait(), p.returncode)

with subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write("text mode\n")
    p.stdin.close()
    for line in p.stdout:
        print(repr(line))
print(p.returncode)

with subprocess.Popen(["printf", "one\\ntwo\\nthree\\n"], stdout=subprocess.PIPE) as p:
    print(p.stdout.readline())
    print(p.stdout.readlines())
print(p.returncode)
