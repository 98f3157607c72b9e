# Searching inside binary data.
data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n"
print(data.find(b"HTTP"), data.find(b"nope"), data.find(b"\r\n"), data.rfind(b"\r\n"))
print(data.find(b"/", 5), data.find(b"e", 10, 20), data.rfind(b"e", 0, 30))
print(data.find(32), data.count(b"\r\n"), data.count(ord("e")), data.count(b""))
print(data.index(b"Host"), data.rindex(b"e"))
print(b"aaaa".count(b"aa"), b"abc".find(b""), b"abc".find(b"", 3), b"abc".find(b"", 4))
print(b"abc".rfind(b""), b"abc".find(b"c", -1), b"abc".find(b"a", -10, -2))
ba = bytearray(data)
print(ba.find(b"Host"), ba.count(b"e"), ba.index(47))
for call in [lambda: data.index(b"zzz"), lambda: data.rindex(b"zzz"), lambda: data.find("GET"),
             lambda: data.find(300), lambda: data.count(), lambda: ba.index(b"q"),
             lambda: data.find(b"a", "x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
