import shlex

lex = shlex.shlex("a && b || c; (d) > out.txt 2>&1", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("ls|grep x>>log", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("~/bin/run.sh -v --x=1 *.py", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a;;b", punctuation_chars=";")
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("x", punctuation_chars=False)
print(repr(lex.punctuation_chars))
