def echo():
    received = None
    try:
        while True:
            received = yield received
            print("got", received)
    except ValueError as e:
        print("caught", e)
        yield "after error"
    finally:
        print("cleanup")


g = echo()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.throw(ValueError("boom")))
g.close()
print("closed")


def stops_early():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs when the loop breaks and the generator goes away")


for v in stops_early():
    print(v)
    break
print("end")
