# Types without a format-spec language take only an empty spec.
for v in [None, [1, 2], (3,), "x"]:
    print(f"[{v}]")
for v in [None, [1, 2]]:
    try:
        print(f"{v:>5}")
    except TypeError as e:
        print("TypeError:", e)
