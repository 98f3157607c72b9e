# print checks sep and end once it knows its file; its keywords are declared once.
import io, sys
def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", r)
    except TypeError as e:
        print(label, "TypeError:", e)
attempt("sep=3", print, "a", "b", sep=3)
attempt("end=[]", print, "a", end=[])
attempt("fil=1", print, "a", fil=1)
attempt("flush=[]", print, "a", flush=[])
attempt("sep=None", print, "a", "b", sep=None, end=None)
class Tag(str):
    pass
attempt("sep=Tag", print, "a", "b", sep=Tag("-"), end=Tag("!\n"))
buf = io.StringIO()
attempt("file=buf", print, 1, 2, 3, sep=", ", file=buf)
print(repr(buf.getvalue()))
attempt("file=stderr", print, "to err", file=sys.stderr)
print(*range(5), sep="")
print()
print("x", end="")
print()
saved = sys.stdout
sys.stdout = None
print("nothing", sep=5)
sys.stdout = saved
print("back")
