# Walks JSON-shaped data with mapping and sequence patterns.
doc = {"users": [
  {"name": "ann", "role": "admin", "email": "ann@example.com"},
  {"name": "bob", "role": "user", "tags": ["new", "trial"]},
  {"name": "cy", "role": "user", "tags": []},
  {"name": "dee"},
  {"id": 7, "role": "bot"},
  "not a user"
], "version": 2}


def describe(user):
    match user:
        case {"name": str(name), "role": "admin", **rest}:
            return f"{name} is an admin (extra: {sorted(rest)})"
        case {"name": name, "tags": [first, *others]}:
            return f"{name} tagged {first} (+{len(others)})"
        case {"name": name, "tags": []}:
            return f"{name} has no tags"
        case {"name": name}:
            return f"{name} has no role"
        case {"role": role, **rest} if rest:
            return f"anonymous {role} with {rest}"
        case str() as text:
            return f"a stray string: {text!r}"
        case _:
            return "???"


match doc:
    case {"version": 1}:
        print("old format")
    case {"version": 2 | 3 as v, "users": list(users)}:
        print(f"version {v}, {len(users)} entries")
        for u in users:
            print(" ", describe(u))
