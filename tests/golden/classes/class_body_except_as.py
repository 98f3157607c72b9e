# The name an `except ... as` clause binds in a class body is deleted after the handler,
# as it is in a function or at module level.
class Parser:
    try:
        import not_a_real_module_xyz
    except ImportError as missing:
        backend = "pure"
    try:
        limit = int("12")
    except ValueError as bad:
        limit = 0


print(Parser.backend, Parser.limit)
print(hasattr(Parser, "missing"), hasattr(Parser, "bad"))
print(sorted(k for k in vars(Parser) if not k.startswith("__")))
