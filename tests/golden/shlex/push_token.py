import shlex

lex = shlex.shlex("alpha beta gamma")
first = lex.get_token()
lex.push_token(first.upper())
lex.push_token("zero")
print([lex.get_token() for _ in range(4)])
print(repr(lex.get_token()))
print(repr(lex.get_token()))
