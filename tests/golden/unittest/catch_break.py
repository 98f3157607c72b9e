# `-c`: a Ctrl-C during a test lets it finish and ends the run with what was collected; once
# the handler is removed, Ctrl-C interrupts as usual.
import os
import signal
import time
import unittest


class Interrupted(unittest.TestCase):
    def test_a_first(self):
        print("first runs")

    def test_b_interrupts(self):
        os.kill(os.getpid(), signal.SIGINT)
        print("still finishes the test")

    def test_c_never(self):
        print("not reached")


if __name__ == "__main__":
    prog = unittest.main(argv=["prog", "-c", "-v"], exit=False)
    print("stopped:", prog.result.shouldStop, "run:", prog.result.testsRun)
    print(signal.getsignal(signal.SIGINT) is not signal.default_int_handler)
    unittest.removeHandler()
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.5)
    except KeyboardInterrupt:
        print("KeyboardInterrupt as usual")
