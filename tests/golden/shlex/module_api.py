import shlex

print(shlex.__all__)
lex = shlex.shlex("x")
print(lex.commenters, repr(lex.whitespace), lex.quotes, lex.escape, lex.escapedquotes)
print(lex.wordchars)
print(shlex.shlex("x", posix=True).wordchars)
print(lex.state == " ", lex.lineno, lex.token == "", lex.source, lex.infile, lex.debug)
print(repr(lex.eof), repr(shlex.shlex("", posix=True).eof))
print(list(shlex.shlex("")), list(shlex.shlex("", posix=True)))
