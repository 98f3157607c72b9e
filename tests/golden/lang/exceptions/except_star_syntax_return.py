def f():
    try:
        pass
    except* ValueError:
        if True:
            return 1
