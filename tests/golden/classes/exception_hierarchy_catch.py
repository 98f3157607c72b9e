class Base(Exception): pass
class A(Base): pass
class B(Base): pass

for exc in (A("a"), B("b"), ValueError("v")):
    try:
        raise exc
    except A as e:
        print("A handler", e)
    except Base as e:
        print("Base handler", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__)
