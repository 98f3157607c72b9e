# A local read before assignment is an UnboundLocalError.
count = 0


def bump():
    count += 1
    return count


def run():
    return bump()


print("before")
run()
