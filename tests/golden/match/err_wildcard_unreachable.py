match 3:
    case _:
        pass
    case 3:
        pass
