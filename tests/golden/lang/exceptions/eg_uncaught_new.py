# Exceptions raised in except* clauses, with their context, inside the group printed.
def g():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError(3)

g()
