# Guards run after the pattern binds, only when the pattern matched, left to right.
calls = []


def check(label, result):
    calls.append(label)
    return result


def grade(score):
    match score:
        case int(s) if check("A", s >= 90):
            return "A"
        case int(s) if check("B", s >= 80):
            return "B"
        case float() if check("float", True):
            return "float"
        case int(s) if s >= 0:
            return "C"
        case _:
            return "invalid"


for s in [95, 85, 50, -1, 7.5, "x"]:
    calls.clear()
    print(s, grade(s), calls)

# A guard that raises propagates.
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e)

# Walrus in a guard.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)
