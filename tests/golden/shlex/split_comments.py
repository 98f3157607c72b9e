import shlex

line = "make all # build everything"
print(shlex.split(line))
print(shlex.split(line, comments=True))
print(shlex.split("a#b c", comments=True))
print(shlex.split("a '#not' # yes", comments=True))
print(shlex.split("# only a comment", comments=True))
print(shlex.split("first\n# second\nthird", comments=True))
