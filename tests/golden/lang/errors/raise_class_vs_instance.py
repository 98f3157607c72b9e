# raise with a class makes an instance with no args; with an instance keeps its args.
for thing in [ValueError, ValueError("msg"), KeyError("k"), RuntimeError(1, 2)]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, e.args, repr(e), str(e))
