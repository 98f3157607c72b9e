# and / or return one of their operands and short-circuit; not gives a bool.
def loud(v):
    print("loud", v)
    return v


print(0 or "fallback", "first" or "second", None or 0)
print(1 and "yes", "" and "never", 2 and 0)
print(not 0, not "x", not None)
print(loud(0) and loud(1))
print(loud(5) or loud(6))
print(loud(0) or loud("") or loud("last"))
