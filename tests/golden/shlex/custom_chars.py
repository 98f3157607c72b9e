import shlex

lex = shlex.shlex("a,b,,c", posix=True)
lex.whitespace = ","
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("x|y|z")
lex.wordchars += "|"
print(list(lex))
lex = shlex.shlex("$a $b", posix=True)
lex.escape = "$"
print(list(lex))
lex = shlex.shlex("say `hi there` ok", posix=True)
lex.quotes = "`"
print(list(lex))
lex = shlex.shlex("a ; b ! c")
lex.commenters = "!"
print(list(lex))
