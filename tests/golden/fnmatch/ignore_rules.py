import fnmatch

# A small .gitignore-like filter: later rules win, "!" re-includes.
RULES = """
*.o
*.tmp
build*
!build.py
cache/*
""".split()


def ignored(path):
    result = False
    for rule in RULES:
        negate = rule.startswith("!")
        pat = rule[1:] if negate else rule
        if fnmatch.fnmatch(path, pat):
            result = not negate
    return result


for p in ["main.c", "main.o", "x.tmp", "build", "build.py", "builder.sh", "cache/a", "cache"]:
    print(f"{p:10} {'ignored' if ignored(p) else 'tracked'}")
