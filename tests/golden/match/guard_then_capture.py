for v in [1, 5, 9]:
    match v:
        case x if x > 4:
            print("big", x)
        case x:
            print("small", x)
