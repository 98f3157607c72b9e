# A year as an HTML page, as bytes in the chosen encoding.
import calendar

h = calendar.HTMLCalendar()
table = h.formatyear(2024, width=4)
print(table.count("<table"), table.count("<tr>"), table[:200])
page = h.formatyearpage(2021, 2, css=None, encoding="ascii")
print(type(page).__name__, len(page))
print(page.decode()[:420])
print(h.formatyearpage(2021)[-120:])
