# except* refuses group types and non-exception types.
for t in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, "x"]:
    try:
        try:
            raise ExceptionGroup("g", [ValueError()])
        except* t:
            print("matched")
    except TypeError as e:
        print("TypeError:", e)
