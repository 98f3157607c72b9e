# break and continue inside a loop of their own are fine in an except* block.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print(i)
print("done")
