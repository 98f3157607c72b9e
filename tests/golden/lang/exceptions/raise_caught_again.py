# `raise e` of a caught exception adds the frame's line again to its traceback.
def inner():
    return 1 // 0

def outer():
    try:
        inner()
    except ZeroDivisionError as e:
        err = e
    print("caught, raising again")
    raise err

outer()
