# The typing module's functions and TypeVar, called rightly and wrongly.
import typing
def f(): pass
class C: pass
try:
    print('typing.cast()', "->", repr(typing.cast()))
except Exception as e:
    print('typing.cast()', "->", type(e).__name__ + ":", e)
try:
    print('typing.cast(int)', "->", repr(typing.cast(int)))
except Exception as e:
    print('typing.cast(int)', "->", type(e).__name__ + ":", e)
try:
    print('typing.cast(int, 1, 2)', "->", repr(typing.cast(int, 1, 2)))
except Exception as e:
    print('typing.cast(int, 1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('typing.cast(int, val=1)', "->", repr(typing.cast(int, val=1)))
except Exception as e:
    print('typing.cast(int, val=1)', "->", type(e).__name__ + ":", e)
try:
    print('typing.cast(typ=int, val=1, x=2)', "->", repr(typing.cast(typ=int, val=1, x=2)))
except Exception as e:
    print('typing.cast(typ=int, val=1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print('typing.cast(list[int], [1])', "->", repr(typing.cast(list[int], [1])))
except Exception as e:
    print('typing.cast(list[int], [1])', "->", type(e).__name__ + ":", e)
try:
    print('typing.overload()', "->", repr(typing.overload()))
except Exception as e:
    print('typing.overload()', "->", type(e).__name__ + ":", e)
try:
    print('typing.overload(1, 2)', "->", repr(typing.overload(1, 2)))
except Exception as e:
    print('typing.overload(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('typing.overload(func=f)()', "->", repr(typing.overload(func=f)()))
except Exception as e:
    print('typing.overload(func=f)()', "->", type(e).__name__ + ":", e)
try:
    print('typing.overload(f)(1, x=2)', "->", repr(typing.overload(f)(1, x=2)))
except Exception as e:
    print('typing.overload(f)(1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print('typing.overload(f).__name__', "->", repr(typing.overload(f).__name__))
except Exception as e:
    print('typing.overload(f).__name__', "->", type(e).__name__ + ":", e)
try:
    print('typing.final(1)', "->", repr(typing.final(1)))
except Exception as e:
    print('typing.final(1)', "->", type(e).__name__ + ":", e)
try:
    print('typing.final()', "->", repr(typing.final()))
except Exception as e:
    print('typing.final()', "->", type(e).__name__ + ":", e)
try:
    print('typing.final(f=1)', "->", repr(typing.final(f=1)))
except Exception as e:
    print('typing.final(f=1)', "->", type(e).__name__ + ":", e)
try:
    print('typing.final(f) is f', "->", repr(typing.final(f) is f))
except Exception as e:
    print('typing.final(f) is f', "->", type(e).__name__ + ":", e)
try:
    print('f.__final__', "->", repr(f.__final__))
except Exception as e:
    print('f.__final__', "->", type(e).__name__ + ":", e)
try:
    print('typing.final(C).__final__', "->", repr(typing.final(C).__final__))
except Exception as e:
    print('typing.final(C).__final__', "->", type(e).__name__ + ":", e)
try:
    print('typing.final(int) is int', "->", repr(typing.final(int) is int))
except Exception as e:
    print('typing.final(int) is int', "->", type(e).__name__ + ":", e)
try:
    print('typing.no_type_check(1)', "->", repr(typing.no_type_check(1)))
except Exception as e:
    print('typing.no_type_check(1)', "->", type(e).__name__ + ":", e)
try:
    print('typing.no_type_check()', "->", repr(typing.no_type_check()))
except Exception as e:
    print('typing.no_type_check()', "->", type(e).__name__ + ":", e)
try:
    print('typing.no_type_check(f).__no_type_check__', "->", repr(typing.no_type_check(f).__no_type_check__))
except Exception as e:
    print('typing.no_type_check(f).__no_type_check__', "->", type(e).__name__ + ":", e)
try:
    print('typing.no_type_check(arg=int) is int', "->", repr(typing.no_type_check(arg=int) is int))
except Exception as e:
    print('typing.no_type_check(arg=int) is int', "->", type(e).__name__ + ":", e)
try:
    print('typing.runtime_checkable()', "->", repr(typing.runtime_checkable()))
except Exception as e:
    print('typing.runtime_checkable()', "->", type(e).__name__ + ":", e)
try:
    print('typing.runtime_checkable(cls=1, x=2)', "->", repr(typing.runtime_checkable(cls=1, x=2)))
except Exception as e:
    print('typing.runtime_checkable(cls=1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print('typing.get_type_hints()', "->", repr(typing.get_type_hints()))
except Exception as e:
    print('typing.get_type_hints()', "->", type(e).__name__ + ":", e)
try:
    print('typing.get_type_hints(1, 2, 3, 4, 5)', "->", repr(typing.get_type_hints(1, 2, 3, 4, 5)))
except Exception as e:
    print('typing.get_type_hints(1, 2, 3, 4, 5)', "->", type(e).__name__ + ":", e)
try:
    print('typing.get_type_hints(int, x=1)', "->", repr(typing.get_type_hints(int, x=1)))
except Exception as e:
    print('typing.get_type_hints(int, x=1)', "->", type(e).__name__ + ":", e)
try:
    print('typing.get_type_hints(f)', "->", repr(typing.get_type_hints(f)))
except Exception as e:
    print('typing.get_type_hints(f)', "->", type(e).__name__ + ":", e)
try:
    print('typing.TypeVar()', "->", repr(typing.TypeVar()))
except Exception as e:
    print('typing.TypeVar()', "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', 1, x=2)", "->", repr(typing.TypeVar('T', 1, x=2)))
except Exception as e:
    print("typing.TypeVar('T', 1, x=2)", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar(name='T')", "->", repr(typing.TypeVar(name='T')))
except Exception as e:
    print("typing.TypeVar(name='T')", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', bound=int)", "->", repr(typing.TypeVar('T', bound=int)))
except Exception as e:
    print("typing.TypeVar('T', bound=int)", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', int, str)", "->", repr(typing.TypeVar('T', int, str)))
except Exception as e:
    print("typing.TypeVar('T', int, str)", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', int)", "->", repr(typing.TypeVar('T', int)))
except Exception as e:
    print("typing.TypeVar('T', int)", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', int, str, bound=int)", "->", repr(typing.TypeVar('T', int, str, bound=int)))
except Exception as e:
    print("typing.TypeVar('T', int, str, bound=int)", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', covariant=True, contravariant=True)", "->", repr(typing.TypeVar('T', covariant=True, contravariant=True)))
except Exception as e:
    print("typing.TypeVar('T', covariant=True, contravariant=True)", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', covariant=True)", "->", repr(typing.TypeVar('T', covariant=True)))
except Exception as e:
    print("typing.TypeVar('T', covariant=True)", "->", type(e).__name__ + ":", e)
try:
    print('typing.TypeVar(5)', "->", repr(typing.TypeVar(5)))
except Exception as e:
    print('typing.TypeVar(5)', "->", type(e).__name__ + ":", e)
try:
    print('typing.TypeVar(None)', "->", repr(typing.TypeVar(None)))
except Exception as e:
    print('typing.TypeVar(None)', "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', 'U', name='V')", "->", repr(typing.TypeVar('T', 'U', name='V')))
except Exception as e:
    print("typing.TypeVar('T', 'U', name='V')", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T').__name__", "->", repr(typing.TypeVar('T').__name__))
except Exception as e:
    print("typing.TypeVar('T').__name__", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', contravariant=1)", "->", repr(typing.TypeVar('T', contravariant=1)))
except Exception as e:
    print("typing.TypeVar('T', contravariant=1)", "->", type(e).__name__ + ":", e)
try:
    print("typing.TypeVar('T', contravariant=1).__name__", "->", repr(typing.TypeVar('T', contravariant=1).__name__))
except Exception as e:
    print("typing.TypeVar('T', contravariant=1).__name__", "->", type(e).__name__ + ":", e)
try:
    print('typing.AnyStr', "->", repr(typing.AnyStr))
except Exception as e:
    print('typing.AnyStr', "->", type(e).__name__ + ":", e)
