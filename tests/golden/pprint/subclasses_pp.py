# Subclasses that keep the builtin repr are laid out as their base; others use their repr.
import io
import pprint


class D(dict):
    pass


class L(list):
    def __repr__(self):
        return "L!"


print(pprint.pformat(D(a=list(range(30)))))
print(pprint.pformat(L(range(30))))
out = io.StringIO()
pprint.pprint({"k": list(range(25))}, stream=out, width=40)
print(out.getvalue(), end="")
