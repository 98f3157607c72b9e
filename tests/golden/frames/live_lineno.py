import sys


def report(frame, label):
    print(label, frame.f_lineno, frame.f_code.co_name)


def task():
    me = sys._getframe()
    report(me, "first")
    x = 1
    report(me, "second")
    values = {"x": x}
    print(sorted(me.f_locals))
    return me


kept = task()
print("after return:", kept.f_code.co_name, kept.f_back.f_code.co_name)
top = sys._getframe()
report(top, "module")
report(top, "module again")
