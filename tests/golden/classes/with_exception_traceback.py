class Log:
    def __enter__(self):
        print("open")
    def __exit__(self, t, v, tb):
        print("close", t.__name__ if t else None)

def work():
    with Log():
        raise RuntimeError("failed inside with")

work()
