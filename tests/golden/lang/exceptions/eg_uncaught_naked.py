# A bare exception re-raised from except* leaves wrapped in a group.
def g():
    try:
        raise ValueError(1)
    except* ValueError as e:
        raise

g()
