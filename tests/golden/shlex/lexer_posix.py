import shlex

lex = shlex.shlex('cp "a b" c\\ d ~/x # tail', posix=True)
print(list(lex), repr(lex.eof))
lex = shlex.shlex("one two", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("it\\'s 'x'y\"z\"", posix=True)
print(list(lex))
lex = shlex.shlex("héllo wörld", posix=True)
print(list(lex))
lex = shlex.shlex("héllo wörld")
print(list(lex))
