from typing import Optional, List, TypeVar, cast

for call in (lambda: Optional[int, str], lambda: List[int][str], lambda: TypeVar(), lambda: cast(int)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(Optional[None], Optional[Optional[int]])
