# API responses described by a generic TypedDict: the payload type is a parameter.
from typing import Generic, TypedDict, TypeVar

T = TypeVar("T")


class Response(TypedDict, Generic[T]):
    status: int
    data: T


class Paged(Response[list], total=False):
    next_page: str


def fetch_user(user_id: int) -> Response[dict]:
    return Response(status=200, data={"id": user_id, "name": "ada"})


r = fetch_user(7)
print(r, type(r).__name__)
print(Response[int], Response.__parameters__)
print(Response.__annotations__)
print(sorted(Response.__required_keys__), sorted(Paged.__optional_keys__), Paged.__total__)
page: Paged = {"status": 200, "data": [1, 2], "next_page": "/p/2"}
print(page["next_page"], Paged.__annotations__["next_page"])

try:
    class Mixed(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError:", e)
