# float() of text: decimal forms, exponents, infinities and NaN in any case.
print(float('1e5'), float('1E-5'), float('-1.5e+10'), float('  3.25  '))
print(float('.5'), float('5.'), float('1.e5'), float('1_000.000_1'))
print(float('inf'), float('-INF'), float('Infinity'), float('+infinity'))
print(float('nan'), float('-nan'), float('NaN'))
print(float('1e400'), float('-1e400'), float('1e-400'))
print(float('0.1'), float('123456789012345678901234567890'))
print(float(b'  2.5'), float(), float(7), float(-0.0))
