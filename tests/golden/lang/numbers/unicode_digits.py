# int() and float() accept any Unicode decimal digits and whitespace.
print(int('١٢'), int('١٢', 0), int('９'), float('１２'), float('٣.٥'))
print(int('\u2003 42 \u3000'), float('\u00a01.5'))
try:
    int('½')
except ValueError as e:
    print(type(e).__name__, e)
