# bisect_left and bisect_right around runs of equal items, with lo and hi.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 5, hi=3))
print(bisect.bisect_right(a, 2, lo=4), bisect.bisect_left(a, 100, 0, 100))
b = list(a)
bisect.insort_left(b, 2)
bisect.insort_right(b, 2.0)
bisect.insort(b, 4, 0, len(b))
print(b)
