def f(v):
    match v:
        case 1:
            return "one"
        case other:
            return "other"
        case 2:
            return "two"
