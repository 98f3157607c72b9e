# Searching sorted floats and strings, and a timeline lookup.
import bisect

times = [0.5, 1.25, 2.0, 3.75, 10.0]
events = ["boot", "login", "work", "logout", "shutdown"]
for t in [0.0, 0.5, 1.9, 2.0, 9.99, 10.0, 11.0]:
    i = bisect.bisect_right(times, t)
    print(t, events[i - 1] if i else "before start")
words = sorted(["pear", "apple", "fig", "kiwi", "banana"])
for w in ["a", "fig", "grape", "zzz"]:
    print(w, bisect.bisect_left(words, w), bisect.bisect_right(words, w))
