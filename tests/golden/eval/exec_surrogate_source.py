# Source text is encoded to UTF-8 before it is parsed: a lone surrogate is an error.
for src in ("x = '\ud800'", "\udc80"):
    try:
        exec(src)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.reason, e.start, e.end)
print(eval("'ok'"))
