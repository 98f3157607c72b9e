# All sorted words with a prefix, found with two searches.
import bisect

words = sorted("the quick brown fox jumps over the lazy dog then thinks about that".split())


def with_prefix(prefix):
    lo = bisect.bisect_left(words, prefix)
    hi = bisect.bisect_left(words, prefix + "\uffff")
    return words[lo:hi]


for p in ["th", "t", "q", "x", ""]:
    print(repr(p), with_prefix(p))
