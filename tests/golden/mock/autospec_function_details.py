from unittest.mock import create_autospec
def f(a):
    '''Doc f.'''
m = create_autospec(f)
print(repr(m.__doc__), m.__module__, m.__defaults__, m.__qualname__, m.__name__)
def g(a, b=2, *, c=3): 'G'
m = create_autospec(g)
print(repr(m.__doc__), m.__module__, m.__defaults__, m.__kwdefaults__, m.__qualname__)
class K:
    def meth(self, x): 'M'
m = create_autospec(K.meth)
print(repr(m.__doc__), m.__qualname__, m.__name__)
