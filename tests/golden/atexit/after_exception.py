import atexit


def flush_logs():
    print("logs flushed")


atexit.register(flush_logs)
print("start")
raise RuntimeError("main failed")
