from array import array

a = array("i", [5, 3, 8])
a.append(1)
a.extend([9, 2])
a.extend(array("i", [7]))
a.insert(0, 10)
a.insert(-1, 4)
a.insert(100, 6)
print(a, len(a), a[0], a[-1], a[2:5], a[::2], a[::-1])
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(9)
print(a, a.index(3), a.count(1), 8 in a, 42 in a)
a.reverse()
print(a, sorted(a), sum(a), max(a), list(a))
a[1] = -4
a[2:4] = array("i", [0, 0, 0])
del a[0]
del a[-2:]
print(a)
for bad in ["a.remove(99)", "a.index(99)", "a[99]", "array('i').pop()", "a.append('x')",
            "a.extend(array('d', [1.0]))", "a.pop(99)"]:
    try:
        eval(bad)
    except (ValueError, IndexError, TypeError) as e:
        print(bad, type(e).__name__, e)
