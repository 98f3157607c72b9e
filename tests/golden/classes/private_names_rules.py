# Which names are mangled and which are not.
import sys
import types


class _Leading:
    def set(self):
        self.__x = 1
        self.__dunder__ = 2
        self.__trailing_ = 3
        self._single = 4
        setattr(self, "__by_string", 5)
        return self


print(sorted(vars(_Leading().set())))


class ___:
    def set(self):
        self.__x = 1
        return self


print(vars(___().set()))


class __Twice__:
    def set(self):
        self.__y = 1
        return self


print(vars(__Twice__().set()))


class Params:
    def call(self, __a, *__args, __k=0, **__kw):
        return sorted(locals())

    def by_keyword(self):
        try:
            return self.call(1, __a=2)
        except TypeError as e:
            return "TypeError: " + str(e)

    def by_kwargs(self):
        return self.call(1, 2, _Params__k=3, other=4)


p = Params()
print(p.call(1, 2, 3))
print(Params.call.__code__.co_varnames)
print(p.by_keyword())
print(p.by_kwargs())
print(getattr(p, "__a", "plain string not mangled"))


class Annotated:
    __size: int = 3
    __name_only: str
    plain: float = 1.0


print(Annotated.__annotations__)
print(Annotated._Annotated__size)


class Slotted:
    __slots__ = ("__secret", "visible")

    def __init__(self):
        self.__secret = "s"
        self.visible = "v"


o = Slotted()
print(o._Slotted__secret, o.visible, Slotted.__slots__)
try:
    o.__secret = 1
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Clash:
        __slots__ = ("__v",)
        __v = 1
except ValueError as e:
    print("ValueError:", e)

mod = types.ModuleType("_Importer__helper")
mod.__hidden = "not mangled at module level"
mod._Importer__hidden = "mangled"
sys.modules["_Importer__helper"] = mod


class Importer:
    def load(self):
        import __helper
        return __helper.__name__

    def load_from(self):
        from _Importer__helper import __hidden
        return __hidden

    def load_missing(self):
        try:
            from types import __nothing
        except ImportError as e:
            return str(e).split(" (")[0]


i = Importer()
print(i.load())
print(i.load_from())
print(i.load_missing())
print(mod.__hidden)


class Outer:
    def make(self):
        class Inner:
            def get(self):
                return self.__v

            def put(self):
                self.__v = "inner"
                return self

        return Inner().put()


print(vars(Outer().make()))


class Missing:
    def read(self):
        return self.__nothing


class Sub(Missing):
    pass


try:
    Sub().read()
except AttributeError as e:
    print("AttributeError:", e)


class B:
    def read(self):
        return self.__x


B().read()
