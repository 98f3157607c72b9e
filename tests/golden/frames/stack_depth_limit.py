import traceback


def level(n):
    if n == 0:
        stack = traceback.extract_stack()
        print(len(stack), [fs.name for fs in stack[-3:]])
        print([fs.name for fs in traceback.extract_stack(limit=2)])
        print(len(traceback.format_stack(limit=-2)))
        return stack
    return level(n - 1)


stack = level(6)
print(stack[0].name, stack[0].lineno, stack[0].line)
print(stack[-1] == (stack[-1].filename, stack[-1].lineno, stack[-1].name, stack[-1].line))
