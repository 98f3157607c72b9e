# Negative numbers and float edge cases as literal patterns.
def sign(x):
    match x:
        case 0 | 0.0:
            return "zero"
        case -0.5:
            return "minus half"
        case float("inf") if False:
            return "never"
        case _ if x > 0:
            return "positive"
        case _:
            return "negative"


for v in [0, 0.0, -0.0, -0.5, 3, -7, False]:
    print(v, sign(v))
