# break in finally discards the pending exception.
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        print("finally", i)
        break
print("loop ended quietly")
