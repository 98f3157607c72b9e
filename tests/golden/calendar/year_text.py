# A whole year as text, with different column widths and months per row.
import calendar

print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=4, m=4))
calendar.prcal(2000, m=2)
