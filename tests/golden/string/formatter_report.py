import string

rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 200, 0.1)]
fmt = string.Formatter()
line = "{name:<10}{qty:>5} x {price:>6.2f} = {total:>8.2f}"
for name, qty, price in rows:
    print(fmt.format(line, name=name, qty=qty, price=price, total=qty * price))
print(fmt.format("{:-^35}", ""))
print(fmt.format("{:<10}{:>24.2f}", "TOTAL", sum(q * p for _, q, p in rows)))
