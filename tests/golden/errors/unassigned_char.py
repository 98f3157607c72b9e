values = [1, 2]
total = ͸ + 1
