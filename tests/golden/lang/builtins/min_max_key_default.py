# key= picks what is compared; default= answers for an empty iterable; the first best item wins.
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len))
print(max([1, -5, 3], key=abs), max(1, -5, 3, key=abs), min(-1, 1, key=abs), max(-1, 1, key=abs))
print(max(['ab', 'cd', 'e'], key=len), min(['ab', 'cd', 'e', 'f'], key=len))
print(max([], default=None), max([], default=7), min([4, 2], default=0))
print(max([1, 3, 3.0], key=None), max([3.0, 3], key=None))
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words, key=lambda w: (len(w), w)), max(words, key=lambda w: w[-1]))
