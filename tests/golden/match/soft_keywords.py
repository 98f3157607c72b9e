# match and case stay usable as names.
match = {"case": 1}
case = [1, 2]
print(match["case"], case[0])
match[1] = 5
print(match)


def match(case):
    return case * 2


print(match(21))
_ = "underscore"
print(_)


class match_holder:
    match = "attr"


print(match_holder.match)
match, case = 1, 2
print(match, case)

match (case):
    case 2:
        print("match statement after match was a name")

print([match for match in range(3)])
