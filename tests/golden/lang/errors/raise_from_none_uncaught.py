# raise ... from None: the traceback shows only the new exception.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"cannot parse {s!r}") from None


print(parse("12"))
print(parse("twelve"))
