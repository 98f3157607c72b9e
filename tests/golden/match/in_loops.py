# break, continue and return inside case blocks.
def first_negative(items):
    for i, v in enumerate(items):
        match v:
            case int(n) if n < 0:
                return i
            case str():
                continue
            case None:
                break
    return None


print(first_negative([1, "a", -2]))
print(first_negative([1, None, -2]))
print(first_negative([1, 2]))

tokens = ["1", "+", "2", "*", "3", "end", "9"]
total = []
while tokens:
    match tokens.pop(0):
        case "end":
            break
        case "+" | "*" as op:
            total.append(op)
            continue
        case digit:
            total.append(int(digit))
else:
    print("never")
print(total)
