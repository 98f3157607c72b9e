import shlex

lex = shlex.shlex("outer1 outer2")
print(lex.get_token())
lex.push_source("inner1 inner2", "inner.txt")
print(lex.get_token(), lex.infile, lex.lineno)
print(lex.get_token())
print(lex.get_token(), lex.infile)
print(repr(lex.get_token()))
print(lex.error_leader())
print(lex.error_leader("other.cfg", 7))
