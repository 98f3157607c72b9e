# format_list and StackSummary.from_list with tuples and FrameSummary objects.
import traceback

entries = [("app.py", 10, "main", "run()"), ("lib.py", 42, "run", "step(x)"),
           ("lib.py", 50, "step", None)]
for line in traceback.format_list(entries):
    print(repr(line))
summary = traceback.StackSummary.from_list(entries)
print(len(summary), summary[0].name, summary[1].lineno, repr(summary[2].line))
fs = traceback.FrameSummary("x.py", 7, "f", line="return 1", lookup_line=False)
print(fs.filename, fs.lineno, fs.name, fs.line)
print(fs == ("x.py", 7, "f", "return 1"), list(fs))
print(fs)
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")
