# Bound methods compare equal when bound to the same object and function, and hash alike:
# callbacks stored in sets and removed later by `obj.method` depend on it.
class Button:
    def __init__(self, name):
        self.name = name
        self.handlers = []

    def subscribe(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)

    def unsubscribe(self, handler):
        self.handlers.remove(handler)


class Logger:
    def __init__(self, tag):
        self.tag = tag

    def on_click(self):
        return self.tag


a, b = Logger("a"), Logger("b")
btn = Button("ok")
btn.subscribe(a.on_click)
btn.subscribe(a.on_click)
btn.subscribe(b.on_click)
print([h() for h in btn.handlers])
btn.unsubscribe(a.on_click)
print([h() for h in btn.handlers])

m1, m2 = a.on_click, a.on_click
print(m1 == m2, m1 is m2, m1 != m2, hash(m1) == hash(m2), a.on_click == b.on_click)
print(len({a.on_click, a.on_click, b.on_click}), a.on_click == None, None != a.on_click)
xs = [1, 2]
print(xs.append == xs.append, xs.append == [].append, {}.get == {}.get)
print(Logger.on_click == Logger.on_click, a.on_click.__func__ is Logger.on_click)
