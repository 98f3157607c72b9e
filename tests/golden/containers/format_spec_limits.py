# More format corners: field indices and nested specs too large, %c and round() extremes.
tests = [
    ("{99999999999999999999}", lambda: '{99999999999999999999}'.format(1)),
    ("{0[99999999999999999999]}", lambda: '{0[99999999999999999999]}'.format([1])),
    ("{0[-1]}", lambda: '{0[-1]}'.format({'-1': 'neg'})),
    (".{}f nested huge", lambda: '{:.{}f}'.format(1.5, 2**70)),
    ("nested negative", lambda: '{:{}}'.format(1, -5)),
    ("%c huge", lambda: '%c' % 2**70),
    ("%c neg", lambda: '%c' % -1),
    ("%c big", lambda: '%c' % 0x110000),
    ("c spec huge", lambda: format(2**70, 'c')),
    ("grouping width", lambda: len('{:0100000,}'.format(1))),
    ("grouping big", lambda: format(10**100, ',')[:10]),
    ("e of big int", lambda: format(10**400, '.3e')),
    ("f of big int", lambda: len(format(10**400, 'f'))),
    ("f of huge int", lambda: format(10**400, '.2f')[:5]),
    ("g huge prec", lambda: format(0.1, '.700g')[:20]),
    ("n", lambda: format(1234.5, '.100000n')[:10]),
    ("% huge prec", lambda: len('%.100000e' % 1.5)),
    ("%s prec", lambda: '%.2s' % 'abcdef'),
    ("%*.*s", lambda: '%*.*s' % (6, 2, 'abcdef')),
    ("% neg width", lambda: '[%*d]' % (-4, 1)),
    ("% minint width", lambda: '[%*d]' % (-2**63, 1)),
    ("spec neg 0 width", lambda: format(1.5, '-010.2f')),
    ("prec 2**31 str", lambda: format('abc', '.2147483648')),
    ("prec 2**31 int", lambda: format(1, '.2147483648')),
    ("prec 2**31 float", lambda: format(1.5, '.2147483648')),
    ("prec 2**31 g", lambda: format(1.5, '.2147483648g')),
    ("%.2147483648f", lambda: '%.2147483648f' % 1.5),
    ("round big", lambda: round(1.5, 2**70)),
    ("round neg big", lambda: round(1.5, -2**70)),
    ("round 10000", lambda: round(1.23456, 10000)),
    ("float str", lambda: str(1e300 * 10)),
]
for label, f in tests:
    try:
        r = f()
        print(label, '->', r if len(str(r)) < 200 else str(r)[:60])
    except Exception as e:
        print(label, '->', type(e).__name__, e)
