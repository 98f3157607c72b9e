# Writes overwrite at the position; writing past the end fills with NULs; truncate.
import io

s = io.StringIO("abcdef")
s.seek(2)
s.write("ZZ")
print(s.getvalue(), s.tell(), repr(s.read()))
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()))
s.writelines(["1", "2", "3"])
print(s.getvalue(), s.truncate(), s.getvalue())
w = io.StringIO()
w.writelines(f"{i}\n" for i in range(3))
print(repr(w.getvalue()))
