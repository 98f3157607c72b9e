# ascii() is repr() with non-ASCII characters escaped.
print(ascii('abc'), ascii('é'), ascii(['ü', 1]), ascii(5), ascii('日本'), ascii('😀'))
print(ascii({'ключ': 'значение'}), ascii(None), ascii(1.5))
