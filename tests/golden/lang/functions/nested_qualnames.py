# Nested functions have dotted qualnames with <locals>.
def outer():
    def inner():
        def deepest():
            pass
        return deepest
    return inner
inner = outer()
print(inner.__name__, inner.__qualname__)
deepest = inner()
print(deepest.__name__, deepest.__qualname__)
def maker():
    return lambda: None
print(maker().__qualname__)
def gen():
    yield 1
print(gen.__qualname__, gen().__qualname__, gen().__name__)
