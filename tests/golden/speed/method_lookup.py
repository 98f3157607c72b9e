"""Methods found by name (builtin ones of list, dict and str, and a program's own) stay right
when many names share a class, when a class or a base is changed after a call, and for
names a class does not have."""


def builtins():
    lst = list(range(5))
    total = 0
    for i in range(200):
        lst.insert(0, i)
        total += lst.pop(0)
        lst.append(i)
        total += lst.pop()
        total += lst.index(3) + lst.count(4)
    print(total, lst)
    d = {}
    for w in "the quick brown fox jumps over the lazy dog the end".split():
        d[w] = d.get(w, 0) + 1
        d.setdefault(w[0], []).append(w)
    print(sorted(d.items(), key=str))
    s = "Hello, World"
    print(s.lower().upper().replace("L", "l").split(","), s.startswith("He"), s.find("o"))
    for obj in (lst, d, s):
        try:
            obj.no_such_method()
        except AttributeError as e:
            print(e)


class Base:
    def greet(self):
        return "base greet"


class Many(Base):
    pass


# More names than a class keeps entries for, so some share an entry.
for n in range(100):
    setattr(Many, "m%d" % n, (lambda k: lambda self: k)(n))


def user_classes():
    m = Many()
    print(sum(getattr(m, "m%d" % n)() for n in range(100)))
    print(sum(m.m3() + m.m35() + m.m67() + m.m99() for _ in range(10)))
    print(m.greet())
    Base.greet = lambda self: "patched base"
    print(m.greet())
    Many.greet = lambda self: "own greet"
    print(m.greet())
    del Many.greet
    print(m.greet())
    del Base.greet
    try:
        m.greet()
    except AttributeError as e:
        print(e)
    Many.m3 = lambda self: "three"
    print(m.m3(), m.m35())
    m.m35 = lambda: "instance"
    print(m.m35(), Many().m35())


builtins()
user_classes()
