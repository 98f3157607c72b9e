# Special methods called through the type and the value: slot wrappers (bytes.__mod__,
# complex.__abs__) and methods of the type's own (str.__format__) answer and fail as in CPython.
print(bytes.__mod__(b'%d-%s', (5, b'x')), b'%r'.__mod__(3), bytearray(b'%x').__mod__(255), bytearray.__mod__(bytearray(b'%c'), 65))
print(complex.__abs__(3+4j), (1j).__abs__(), abs(-2j))
print(str.__format__('ab', '>4'), 'x'.__format__(''), format('q', '^3'))
for f, a in ((bytes.__mod__, (b'x',)), (bytes.__mod__, ()), (complex.__abs__, ()), (complex.__abs__, (1j, 2)),
             (bytearray.__mod__, (bytearray(),)), (str.__format__, ()), (str.__format__, ('x',)), (str.__format__, ('x', 1))):
    try:
        f(*a)
    except TypeError as e:
        print(e)
print(bytes.__mod__, complex.__abs__, str.__format__, bytearray.__mod__)
