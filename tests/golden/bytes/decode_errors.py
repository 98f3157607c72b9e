# Bad UTF-8 input with every error handler.
samples = [b"ok\xffok", b"\xe2\x82", b"\xe2\x82a", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xc3\x28", b"\x80abc"]
for s in samples:
    for handler in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(handler, repr(s.decode("utf-8", handler)))
        except UnicodeDecodeError as e:
            print(handler, "UnicodeDecodeError:", e)
try:
    b"\xff".decode("utf-8", "nonsense")
except LookupError as e:
    print("LookupError:", e)
print(b"fine".decode("utf-8", "nonsense"))
try:
    b"x".decode("klingon")
except LookupError as e:
    print("LookupError:", e)
