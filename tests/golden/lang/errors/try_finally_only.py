# try/finally without except: finally runs, then the exception keeps going.
def inner():
    try:
        print("inner body")
        raise KeyError("k")
    finally:
        print("inner finally")


try:
    inner()
except KeyError as e:
    print("caught", repr(e))
