# Invalid text for int(): CPython's message quotes the text (cut at 200 characters).
for s in ['1.5', '1e5', '', ' ', 'abc', '12a', '2', '0x1g']:
    try:
        print(int(s, 2) if s == '2' else int(s, 16) if s == '0x1g' else int(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('x' * 300)
except ValueError as e:
    print(len(str(e)), str(e)[:50])
for base in [1, 37, -1]:
    try:
        int('10', base)
    except ValueError as e:
        print(type(e).__name__, e)
