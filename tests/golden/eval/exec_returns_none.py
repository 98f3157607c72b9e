# exec always returns None; eval returns the value; both accept code with trailing newlines.
print(exec("1 + 1"))
print(eval("1 + 1\n\n"))
print(eval("\n(1 +\n 2)\n"))
print(exec("x = 5\n\n\n"), x)
print(eval(b"3 * 4"))
print(exec(b"y = 'from bytes'"), y)
