# Signature.bind and bind_partial, and BoundArguments.
import inspect


def request(method, url, *, params=None, headers=None, timeout=10):
    pass


sig = inspect.signature(request)
ba = sig.bind("GET", "/items", timeout=3)
print(ba)
print(ba.arguments)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
print(sig.bind_partial("POST"))
for args, kwargs in [((), {}), (("GET",), {}), (("GET", "/", "x"), {}),
                     (("GET", "/"), {"verbose": True}), (("GET",), {"method": "x"})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
