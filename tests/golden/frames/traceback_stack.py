import sys
import traceback


def show():
    for summary in traceback.extract_stack():
        print(summary.name, summary.lineno, summary.line)
    print("".join(traceback.format_stack(limit=2)), end="")
    traceback.print_stack(limit=1, file=sys.stdout)


def walk():
    names = [f.f_code.co_name for f, lineno in traceback.walk_stack(None)]
    print("walk:", names)
    summary = traceback.StackSummary.extract(traceback.walk_stack(None))
    print("extract:", [(fs.name, fs.lineno) for fs in summary])


def a():
    show()
    walk()


a()
print(traceback.extract_stack()[-1].name)
traceback.print_stack(file=sys.stdout)
