# Single underscores between digits, and surrounding whitespace, are allowed.
print(int('1_000_000'), int('  42  '), int('\t\n7\r '), int('-0'), int('+7'))
print(int('\u00a012\u2003'))
for s in ['1__0', '_1', '1_', '+_1', '- 1', '1 2', '0x__1']:
    try:
        print(int(s, 16 if 'x' in s else 10))
    except ValueError as e:
        print(type(e).__name__, e)
