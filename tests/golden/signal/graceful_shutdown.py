# A worker loop that stops cleanly when it receives SIGTERM from itself.
import os
import signal


class Worker:
    def __init__(self):
        self.running = True
        self.done = []

    def stop(self, signum, frame):
        print("got", signal.Signals(signum).name)
        self.running = False

    def run(self):
        n = 0
        while self.running:
            n += 1
            self.done.append(n)
            if n == 3:
                os.kill(os.getpid(), signal.SIGTERM)
        return n


w = Worker()
previous = signal.signal(signal.SIGTERM, w.stop)
print("previous:", previous, repr(previous))
print("stopped after", w.run(), "steps:", w.done)
signal.signal(signal.SIGTERM, previous)
print(signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)
