# The selector's bookkeeping: keys, modify, errors for wrong use.
import selectors
import socket

a, b = socket.socketpair()
with selectors.DefaultSelector() as sel:
    key = sel.register(a, selectors.EVENT_READ, data="first")
    print(key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
    print(type(key).__name__, key._fields)
    try:
        sel.register(a, selectors.EVENT_READ)
    except KeyError:
        print("already registered")
    for bad in (0, 4, selectors.EVENT_READ | 8):
        try:
            sel.register(b, bad)
        except ValueError as e:
            print(e)
    try:
        sel.register("not a file", selectors.EVENT_READ)
    except ValueError as e:
        print(e)
    try:
        sel.register(-1, selectors.EVENT_READ)
    except ValueError as e:
        print(e)
    print(sel.select(timeout=0))
    b.send(b"x")
    ready = sel.select(timeout=1)
    print([(k.data, m) for k, m in ready])
    key2 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
    print(key2.events, key2.data, sel.get_key(a).data)
    ready = sel.select(timeout=1)
    print([(k.data, m) for k, m in ready])
    key3 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="renamed")
    print(key3.data, sel.get_key(a).events)
    print(a in sel.get_map(), b in sel.get_map(), len(sel.get_map()))
    print(sel.unregister(a).data)
    for f in (sel.unregister, sel.get_key):
        try:
            f(a)
        except KeyError:
            print(f.__name__, "-> not registered")
    try:
        sel.modify(b, selectors.EVENT_READ)
    except KeyError:
        print("modify -> not registered")
print(selectors.EVENT_READ, selectors.EVENT_WRITE)
a.close()
b.close()
