# except with a tuple matches any listed type, including by base class.
def trigger(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return {}["x"]
    if kind == 2:
        return [][0]
    if kind == 3:
        return int("z")
    return "ok"


for k in range(5):
    try:
        print(trigger(k))
    except (ZeroDivisionError, KeyError) as e:
        print(k, "first handler", type(e).__name__)
    except (LookupError, TypeError) as e:
        print(k, "second handler", type(e).__name__)
    except Exception as e:
        print(k, "generic", type(e).__name__)
