# if / elif / else picks the first true branch.
def classify(n):
    if n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    elif n < 1000:
        kind = "large"
    else:
        kind = "huge"
    return kind


for n in [3, 10, 99, 100, 5000]:
    print(n, classify(n))

if 0:
    print("not printed")
else:
    print("zero is false")
if "text":
    print("a non-empty string is true")
