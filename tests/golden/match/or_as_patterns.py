# Or-patterns try alternatives in order; as-patterns bind what matched.
def http(status):
    match status:
        case 200 | 201 | 204 as ok:
            return f"success {ok}"
        case 301 | 302 as code:
            return f"redirect {code}"
        case 400 | 404 | 418:
            return "client error"
        case int(code) if 500 <= code < 600:
            return "server error"
        case _:
            return "unknown"


for s in [200, 204, 302, 404, 418, 503, 99, "200"]:
    print(s, http(s))

match [1, (2, 3)]:
    case [1, (2, _) as pair] as whole:
        print(pair, whole)

match (0, "x"):
    case (0, a) | (a, 0):
        print("first alternative", a)
match ("y", 0):
    case (0, a) | (a, 0):
        print("second alternative", a)
