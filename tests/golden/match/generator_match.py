# match inside generators, yielding from case bodies.
def tokens(text):
    for ch in text:
        match ch:
            case " ":
                continue
            case "(" | ")":
                yield ("paren", ch)
            case d if d.isdigit():
                yield ("digit", int(d))
            case op:
                yield ("op", op)


print(list(tokens("(1 + 2) * 3")))


def events():
    state = "idle"
    while True:
        event = yield state
        match state, event:
            case "idle", "start":
                state = "running"
            case "running", "pause":
                state = "paused"
            case "paused", "start":
                state = "running"
            case _, "stop":
                state = "stopped"
            case _:
                pass


g = events()
print(next(g))
for e in ["start", "pause", "bogus", "start", "stop"]:
    print(e, "->", g.send(e))
