# What cannot be copied says so.
import copy
import sys


def gen():
    yield 1


for thing in [gen(), sys]:
    try:
        copy.copy(thing)
    except TypeError as e:
        print("copy:", e)
    try:
        copy.deepcopy(thing)
    except TypeError as e:
        print("deepcopy:", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
print(sorted(copy.__all__))
try:
    copy.copy()
except TypeError as e:
    print(e)
