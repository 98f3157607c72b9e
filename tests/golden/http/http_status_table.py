# Every status code with its phrase and description, grouped by class.
from http import HTTPStatus

groups = {}
for s in HTTPStatus:
    groups.setdefault(s.value // 100, []).append(s)
for k in sorted(groups):
    print(f"{k}xx: {len(groups[k])}")
    for s in groups[k]:
        print(f"  {s.value} {s.name:35} {s.phrase!r} {s.description!r}")
print(len(HTTPStatus), len(HTTPStatus.__members__))
