# A growable buffer: building a message in place.
buf = bytearray()
buf.append(0x02)
buf.extend(b"HELLO")
buf.extend([0x20, 0x21])
buf.extend(x for x in range(48, 51))
buf.insert(0, 0x01)
buf.insert(-1, 0x7e)
buf.insert(100, 0x03)
print(buf, len(buf))
print(buf.pop(), buf.pop(0), buf.pop(-2), buf)
buf.remove(ord("L"))
print(buf)
buf.reverse()
print(buf)
c = buf.copy()
c.clear()
print(c, buf, c is buf)
for call in [lambda: buf.append(256), lambda: buf.append("a"), lambda: buf.insert(0, -1),
             lambda: buf.extend(1), lambda: buf.extend(["a"]), lambda: buf.extend("ab"),
             lambda: buf.remove(200), lambda: bytearray().pop(), lambda: buf.pop(99)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
