import shlex

argv = ["ssh", "host", "ls -la /tmp; rm -rf ~", "it's", ""]
cmd = shlex.join(argv)
print(cmd)
print(shlex.split(cmd) == argv)
print(shlex.join([]))
print(shlex.join(iter(["a b", "c"])))
