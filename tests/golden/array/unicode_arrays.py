from array import array

u = array("u", "hello")
u.fromunicode(" world")
u.append("!")
print(u, u.tounicode(), len(u), u[0], u[-1], u[1:4])
for bad in [lambda: array("i").tounicode(), lambda: array("i").fromunicode("x"),
            lambda: u.append("ab"), lambda: u.fromunicode(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
