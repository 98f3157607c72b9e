# A typed configuration layer: TypedDict describes the records, NewType the ids.
import typing
from typing import NewType, NotRequired, Required, TypedDict

UserId = NewType("UserId", int)
Email = NewType("Email", str)


class User(TypedDict):
    id: UserId
    name: str


class Profile(User, total=False):
    email: Email
    age: Required[int]


class Options(TypedDict):
    verbose: NotRequired[bool]
    level: int


Point = TypedDict("Point", {"x": float, "y": float})
Partial = TypedDict("Partial", {"x": float}, total=False)


def make_user(uid: UserId, name: str) -> User:
    return User(id=uid, name=name)


u = make_user(UserId(7), "ada")
print(u, type(u).__name__, u["id"] + 1)
print(User.__mro__, User.__module__, User.__qualname__)
print(sorted(User.__required_keys__), User.__optional_keys__, User.__total__)
print(sorted(Profile.__required_keys__), sorted(Profile.__optional_keys__), Profile.__total__)
print(Profile.__annotations__)
print(sorted(Options.__required_keys__), sorted(Options.__optional_keys__))
print(Point, Point(x=1.0, y=2.5), Point.__annotations__, Partial.__optional_keys__)
print(typing.is_typeddict(Profile), typing.is_typeddict(dict), typing.is_typeddict(u))

for check in (lambda: isinstance(u, User), lambda: issubclass(dict, User)):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Mixed(User, int):
        pass
except TypeError as e:
    print("TypeError:", e)

print(UserId, repr(Email), UserId.__name__, UserId.__supertype__, UserId(5), Email("a@b"))
print(UserId | None, int | UserId, (UserId | str) == typing.Union[UserId, str])
Nested = NewType("Nested", UserId)
print(Nested, Nested.__supertype__)
try:
    class Admin(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
