def join(row, sep):
    return sep.join(str(x) for x in row)
