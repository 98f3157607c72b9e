# Rows of a matrix as arrays of doubles, as scimark builds them.
from array import array

n = 4
rows = [array("d", [0]) * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        rows[i][j] = 1.0 / (i + j + 1)
for row in rows:
    print(" ".join(f"{v:.4f}" for v in row))
trace = sum(rows[i][i] for i in range(n))
print("trace", trace)
