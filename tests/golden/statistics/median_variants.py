import statistics as st

for data in [[1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 7], [2.5], ["b", "a", "c"], [52, 52, 53, 54],
             [1, 2, 2, 3, 4, 4, 4, 4, 4, 5]]:
    row = [st.median_low(data), st.median_high(data)]
    try:
        row.append(st.median(data))
    except TypeError as e:
        row.append("TypeError")
    try:
        row.append(st.median_grouped(data))
    except TypeError as e:
        row.append(f"TypeError: {e}")
    print(data, row)
print(st.median_grouped([52, 52, 53, 54], 2), st.median_grouped([1, 3, 3, 5, 7], interval=2))
