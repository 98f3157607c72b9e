# A watchdog-style dump of where the program is: sys._current_frames() for the running thread.
import sys
import threading


def dump():
    frames = sys._current_frames()
    frame = frames[threading.get_ident()]
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return len(frames), names


def handler(job):
    return dump()


def serve():
    return handler("job-1")


print(serve())
print(type(sys._current_frames()).__name__, list(sys._current_frames()) == [threading.get_ident()])
