import atexit


@atexit.register
def save_state():
    print("state saved")


print(save_state.__name__)
print("working")
