# The program ends when the main thread and every non-daemon thread have ended; a daemon
# thread still blocked is left behind.
import threading
import time

forever = threading.Event()


def daemon_waits():
    forever.wait()
    print("never printed")


def finishes_late():
    time.sleep(0.03)
    print("non-daemon thread finished after main")


threading.Thread(target=daemon_waits, daemon=True).start()
threading.Thread(target=finishes_late).start()
print("main thread ends")
