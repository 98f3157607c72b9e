# key= (new in 3.10): search records by one field.
import bisect
from operator import itemgetter

events = [(1, "boot"), (5, "login"), (9, "logout")]
print(bisect.bisect_left(events, 5, key=itemgetter(0)))
print(bisect.bisect_right(events, 5, key=itemgetter(0)))
bisect.insort(events, (7, "idle"), key=itemgetter(0))
bisect.insort_left(events, (5, "again"), key=itemgetter(0))
print(events)
words = ["a", "bb", "dddd"]
bisect.insort(words, "ccc", key=len)
print(words, bisect.bisect(words, 2, key=len))
