from array import array

for tc in "bBhHiIlLqQ":
    for v in (-2 ** 70, 2 ** 70, -1, 2 ** 31, 2 ** 32, -2 ** 31 - 1, 300, -200, 70000, 2 ** 63,
              2 ** 64, 127, 255):
        try:
            array(tc, [v])
            print(tc, v, "ok")
        except OverflowError as e:
            print(tc, v, "OverflowError:", e)
