# Wrong argument types give CPython's TypeErrors.
import re

def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError, IndexError, re.error) as e:
        print(type(e).__name__ + ":", e)

attempt(re.compile, 42)
attempt(re.search, "a", 42)
attempt(re.search, "a", None)
attempt(re.sub, "a", 5, "abc")
attempt(re.sub, "a", lambda m: 5, "abc")
attempt(re.sub, "a", lambda m: None, "abca")
attempt(re.sub, "(a)", r"\2", "abc")
attempt(re.sub, "(a)", r"\g<x>", "abc")
attempt(re.sub, "(a)", r"\g<1", "abc")
attempt(re.sub, "(a)", r"\g", "abc")
attempt(re.sub, "(a)", r"\q", "abc")
attempt(re.sub, "(a)", "x\\", "abc")
attempt(re.sub, "(a)", r"\g<-1>", "abc")
attempt(re.compile, "a", re.L)
attempt(re.compile, b"a", re.U)
attempt(re.match("(a)", "a").group, 2)
attempt(re.match("(a)", "a").expand, r"\1\1\2")
attempt(re.compile("a").match, "a", "0")
attempt(re.sub, "a", b"x", "a")
attempt(re.sub, b"a", "x", b"a")
attempt(re.sub, b"(a)", r"\1", b"a")
attempt(re.sub, b"a", lambda m: "x", b"ba")
attempt(re.sub, "a", 5, "")
