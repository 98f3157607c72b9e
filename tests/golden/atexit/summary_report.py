import atexit

stats = {"ok": 0, "failed": 0}


@atexit.register
def report():
    print(f"{stats['ok']} ok, {stats['failed']} failed")


for value in [1, 0, 3, 0, 5]:
    try:
        10 / value
        stats["ok"] += 1
    except ZeroDivisionError:
        stats["failed"] += 1
print("processing done")
