# The size of a list, dict, set or bytearray in CPython depends on how it grew; corun does not
# guess it.
import sys

print(sys.getsizeof((1, 2)))
for obj in ([1, 2], {"a": 1}, {1}, bytearray(b"ab")):
    try:
        sys.getsizeof(obj)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(sys.getsizeof([], "default is not a way around it"))
