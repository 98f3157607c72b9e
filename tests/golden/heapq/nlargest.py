# nlargest and nsmallest, with key and with n at the edges.
import heapq

prices = {"apple": 1.2, "pear": 0.8, "fig": 3.5, "kiwi": 0.8, "plum": 2.0}
print(heapq.nlargest(2, prices, key=prices.get))
print(heapq.nsmallest(2, prices, key=prices.get))
nums = [5, 1, 8, 3, 9, 2, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(1, []))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums), heapq.nlargest(10, nums))
print(heapq.nsmallest(3, iter(nums)), heapq.nlargest(2, (x * x for x in range(-5, 3))))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(heapq.nlargest(2, rows, key=lambda r: r[1]), heapq.nsmallest(2, rows, key=lambda r: r[1]))
