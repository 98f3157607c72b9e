match 3:
    case 1 | x:
        pass
