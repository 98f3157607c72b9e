# Objects CPython shares: the empty tuple and one-character Latin-1 strings. Code that
# interns tokens or uses `()` as a sentinel default relies on them being one object.
EMPTY = tuple()


def args_of(call, default=EMPTY):
    return "no args" if default is EMPTY else f"args {default}"


def empty_from(items):
    return tuple(items)


print(args_of("f"), args_of("g", (1,)), empty_from([]) is EMPTY, empty_from("") is EMPTY)
print(EMPTY[0:0] is EMPTY, tuple(x for x in []) is EMPTY)

text = "hello, wörld"
word = "".join(["h", "i"])
first = text[0]
print(first is word[0], text[1] is text[-11], text[8] is "xö"[1:][0])
chars = list(text)
print(chars[0] is first, chars[8] is text[8], [c for c in "aa"][0] is [c for c in "aa"][1])
euro = "€uro" * 2
print(euro[0] == euro[4])
counts = {}
for c in text:
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items())[:4])
