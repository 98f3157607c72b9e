# A small calculator lexer built on re.Scanner, and a token stream driven by Pattern.scanner().
import re


def number(scanner, text):
    return ("NUM", float(text) if "." in text else int(text))


def name(scanner, text):
    return ("NAME", text)


def op(scanner, text):
    return ("OP", text)


lexer = re.Scanner([
    (r"[A-Za-z_]\w*", name),
    (r"\d+\.\d*", number),
    (r"\d+", number),
    (r"[-+*/()=]", op),
    (r"\s+", None),
])

for line in ["total = price * 3 + 12.50", "x=(a+b)/2", "rate = 4 % 2", ""]:
    tokens, rest = lexer.scan(line)
    print(tokens)
    if rest:
        print("  stopped at", repr(rest))

# An action sees the match through scanner.match.
seen = []


def record(scanner, text):
    seen.append((scanner.match.start(), scanner.match.end(), text))
    return text.upper()


tagger = re.Scanner([(r"(a)(b)?", record), (r"c(d)", lambda s, t: t * 2), (r" ", None)])
print(tagger.scan("ab a cd abx"))
print(seen)

# Bytes phrases.
print(re.Scanner([(rb"\d+", lambda s, t: int(t)), (rb",", None)]).scan(b"1,22,333;"))

# Pattern.scanner: match() only at the current position, search() skips ahead.
word = re.compile(r"\w+|\s+")
sc = word.scanner("hello big  world")
print(sc.pattern is word)
while (m := sc.match()) is not None:
    print(repr(m.group()), m.span())
print(sc.match())

digits = re.compile(r"\d+")
sc = digits.scanner("a1bb22ccc333", 2)
print([m.group() for m in iter(sc.search, None)])

empty = re.compile(r"x*")
sc = empty.scanner("axxb")
print([m.span() for m in iter(sc.search, None)])
sc = empty.scanner("xxab")
print([m.span() for m in iter(sc.match, None)])
