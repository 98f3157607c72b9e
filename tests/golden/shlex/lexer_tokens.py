import shlex

lex = shlex.shlex("name = 'value' ; x=1 # comment\nnext line")
print(list(lex))
lex = shlex.shlex("a+b*(c-d)")
print([tok for tok in lex])
lex = shlex.shlex('key "quoted value" other')
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    print(repr(tok), lex.lineno)
print(repr(lex.eof))
